"""Small hand-made scheme frames and a deterministic achievability double for evaluation tests."""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd


def frames(kpis: list[tuple], employees: list[tuple] | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """``kpis``: (kpi, role, weight, target, unit, direction, rule, low, high[, formula])."""
    employees = employees or [("A", "Ann", "r", "d1", None)]
    emp = pd.DataFrame(employees, columns=["employee", "name", "role", "department", "manager"])
    rows = [(*k[:9], "monthly", k[9] if len(k) > 9 else "") for k in kpis]
    kp = pd.DataFrame(
        rows,
        columns=["kpi", "role", "weight", "target", "unit", "direction", "rule", "low", "high", "frequency", "formula"],
    )
    kp["target"] = kp["target"].astype(float)
    return emp, kp


def actuals(rows: list[tuple]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["subject", "kpi", "period", "value"])


@dataclass(frozen=True)
class FakeAssessment:
    quantiles: dict
    bands: dict
    p_attain: float | None = 0.5
    method: str = "fake"
    n_history: int = 0
    explanation: str = ""
    extra: dict = field(default_factory=dict)


def fake_assess(history, target=None, *, direction="higher", horizon=1, aggregate="mean", lang="en", peers=None):
    """Mean ± 2 sd of the history (times the horizon for sums): deterministic, no fitting."""
    mean, sd = float(np.mean(history)), float(np.std(history))
    k = horizon if aggregate == "sum" else 1
    q = {
        p: k * (mean + z * sd)
        for p, z in ((0.05, -2), (0.1, -1.3), (0.25, -0.7), (0.5, 0), (0.75, 0.7), (0.9, 1.3), (0.95, 2))
    }
    return FakeAssessment(q, {"floor": mean - sd, "base": mean, "stretch": mean + sd}, n_history=len(history))
