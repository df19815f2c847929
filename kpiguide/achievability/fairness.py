"""Fairness of target difficulty across departments.

For every employee (or department) × KPI with a target, the attainment probability of the
target is computed from that subject's history with one pooled achievability model (so
new hires borrow strength from colleagues).  Departments whose median probability is far
from the organisation's get a finding, and every target gets an *equalised* value: the
target that would have the organisation's common attainment probability for that subject.
"""

from __future__ import annotations

import hashlib
import inspect
from collections.abc import MutableMapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from kpiguide.achievability._distribution import LEVELS, cdf, ppf
from kpiguide.achievability.pooled import INTERACTIVE, AchievabilityModel
from kpiguide.core.errors import InputError
from kpiguide.core.findings import Finding, Report
from kpiguide.core.model import Kpi
from kpiguide.core.numbers import format_percent
from kpiguide.core.periods import Period

__all__ = ["FairnessResult", "assess_fairness"]

THRESHOLD = 0.2


@dataclass(frozen=True, eq=False)
class FairnessResult:
    """Per-target probabilities, per-department comparison, findings and equalised targets.

    ``targets`` columns: ``department``, ``role``, ``subject``, ``kpi``, ``kpi_name``,
    ``perspective``, ``direction``, ``target``, ``p_attain``, ``equalised_target``,
    ``n_history``, ``method``.  ``departments`` columns: ``department``, ``n``,
    ``p_median``, ``p_q25``, ``p_q75``, ``gap`` (median minus the organisation's).
    """

    targets: pd.DataFrame
    departments: pd.DataFrame
    p_org: float
    report: Report
    period: str | None

    def heatmap(self, by: str = "perspective") -> pd.DataFrame:
        """Median attainment probability, departments × ``by`` (``perspective`` or ``kpi``)."""
        if by not in ("perspective", "kpi"):
            raise InputError(f"FairnessResult.heatmap: by must be 'perspective' or 'kpi'; got {by!r}.")
        if self.targets.empty:
            return pd.DataFrame()
        return self.targets.pivot_table(index="department", columns=by, values="p_attain", aggfunc="median")

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        def clean(frame: pd.DataFrame) -> list[dict[str, Any]]:
            return [
                {k: (None if isinstance(v, float) and not np.isfinite(v) else v) for k, v in row.items()}
                for row in frame.to_dict("records")
            ]

        return {
            "period": self.period,
            "p_org": self.p_org,
            "departments": clean(self.departments),
            "targets": clean(self.targets),
            **self.report.to_dict(lang),
        }


def assess_fairness(
    store: Any,
    *,
    period: str | Period | None = None,
    threshold: float = THRESHOLD,
    min_targets: int = 3,
    model: Any = None,
    cache: MutableMapping[str, Any] | None = None,
) -> FairnessResult:
    """Compare the difficulty of every target of a project across departments.

    Parameters
    ----------
    store : Store
        The project.
    period : str or Period, optional
        The target period: only history before it is used.  Default: the period after the
        last actual.
    threshold : float
        A department is flagged when its median attainment probability differs from the
        organisation's by at least this much.
    model : AchievabilityModel, optional
        An unfitted model.  The default (horizon 1, aggregate mean, 40 boosting rounds on at
        most 8,000 origins) is fitted once per call on all subjects' series, which takes a
        few seconds on the demo project.
    cache : mutable mapping, optional
        Where fitted models are kept between calls (e.g. a dict held by an app or notebook),
        keyed by a hash of the histories and the model's parameters: asking again about the
        same data does not refit.
    """
    cut = Period.parse(period) if period is not None else None
    series, meta = _target_series(store, cut)
    rows = []
    if series:
        fitted = _fitted_model(series, model, cache)
        rows = [_target_row(fitted, key, *meta[key]) for key in meta if key in fitted.series_]
    targets = pd.DataFrame(rows)
    if targets.empty:
        empty = pd.DataFrame(columns=["department", "n", "p_median", "p_q25", "p_q75", "gap"])
        return FairnessResult(targets, empty, float("nan"), Report(), str(cut) if cut else None)
    p_org = float(targets["p_attain"].median())
    targets["equalised_target"] = [_equalised(row.direction, row.quantiles_, p_org) for row in targets.itertuples()]
    targets = targets.drop(columns="quantiles_")
    depts = (
        targets.groupby("department")["p_attain"]
        .agg(n="size", p_median="median", p_q25=lambda s: s.quantile(0.25), p_q75=lambda s: s.quantile(0.75))
        .reset_index()
    )
    depts["gap"] = depts["p_median"] - p_org
    findings = _department_findings(depts, p_org, threshold=threshold, min_targets=min_targets)
    return FairnessResult(targets, depts, p_org, Report(findings), str(cut) if cut else None)


def _target_series(store: Any, cut: Period | None) -> tuple[dict[str, pd.Series], dict[str, tuple[str, str, Kpi]]]:
    """The history before ``cut`` of every subject × KPI with a target, keyed ``subject|kpi``, with its
    department, subject and KPI."""
    scheme = store.load_scheme()
    frame = store.actuals_frame()
    if cut is not None and not frame.empty:
        keep = [Period.parse(p) < cut for p in frame["period"]]
        frame = frame[keep]
    kpis = {k.id: k for k in scheme.kpis}
    series: dict[str, pd.Series] = {}
    meta: dict[str, tuple[str, str, Kpi]] = {}
    for (kind, subject, kpi_id), g in frame.groupby(["subject_kind", "subject", "kpi"], sort=True):
        kpi = kpis.get(kpi_id)
        if kpi is None or len(g) < 2 or (kpi.target is None and kpi.target_range is None):
            continue
        if kind == "employee":
            try:
                dept = scheme.employee(subject).department
            except KeyError:
                continue
        else:
            dept = subject
        key = f"{subject}|{kpi_id}"
        series[key] = pd.Series(g["value"].to_numpy(float), index=g["period"].tolist())
        meta[key] = (dept, subject, kpi)
    return series, meta


def _fitted_model(series: dict[str, pd.Series], model: Any, cache: MutableMapping[str, Any] | None) -> Any:
    """``model`` (default: an interactive :class:`AchievabilityModel`) fitted on ``series``, via ``cache``."""
    if model is None:
        model = AchievabilityModel(horizon=1, aggregate="mean", **INTERACTIVE)
    if cache is None:
        return model.fit(series)
    key = _data_key(series, model)
    fitted = cache.get(key)
    if fitted is None:
        fitted = cache[key] = model.fit(series)
    return fitted


def _target_row(fitted: Any, key: str, dept: str, subject: str, kpi: Kpi) -> dict[str, Any]:
    """One row of :attr:`FairnessResult.targets` (plus the quantiles, column ``quantiles_``)."""
    direction = kpi.direction.value
    target = kpi.target if kpi.target is not None else float(np.mean(kpi.target_range or (0.0, 0.0)))
    fc = fitted.forecast(key)
    q = dict(zip(LEVELS, fc.quantiles, strict=True))
    if direction == "range":
        low, high = kpi.target_range or (target, target)
        p, method = max(0.0, cdf(q, high) - cdf(q, low)), fc.method
    else:
        a = fitted.assess(key, target, direction=direction)
        p, method = a.p_attain, a.method
    return {
        "department": dept,
        "role": kpi.role,
        "subject": subject,
        "kpi": kpi.id,
        "kpi_name": kpi.name,
        "perspective": kpi.perspective.value,
        "direction": direction,
        "target": target,
        "p_attain": float(p),
        "n_history": fc.prepared.n,
        "method": method,
        "quantiles_": q,
    }


def _equalised(direction: str, quantiles: dict[float, float], p_org: float) -> float | None:
    """The target with the organisation's attainment probability ``p_org`` (none for a range)."""
    if direction == "range":
        return None
    level = p_org if direction == "lower" else 1.0 - p_org
    return float(ppf(quantiles, level))


def _department_findings(depts: pd.DataFrame, p_org: float, *, threshold: float, min_targets: int) -> list[Finding]:
    findings = []
    for d in depts.itertuples():
        if d.n < min_targets or abs(d.gap) < threshold:
            continue
        code = "fairness.harder_than_org" if d.gap < 0 else "fairness.easier_than_org"
        findings.append(
            Finding.create(
                code,
                "warning",
                f"departments/{d.department}",
                details={"p_department": d.p_median, "p_org": p_org, "n": int(d.n), "gap": d.gap},
                department=d.department,
                p_department=format_percent(d.p_median),
                p_org=format_percent(p_org),
                n=int(d.n),
                p_common=format_percent(p_org),
            )
        )
    return findings


def _data_key(series: dict[str, pd.Series], model: Any) -> str:
    """A hash of the histories and the model's parameters (the cache key of a fitted model)."""
    params = {name: getattr(model, name, None) for name in inspect.signature(type(model)).parameters}
    digest = hashlib.sha256(f"{type(model).__qualname__}{sorted(params.items())!r}".encode())
    for key in sorted(series):
        values = series[key]
        digest.update(key.encode())
        digest.update("|".join(map(str, values.index)).encode())
        digest.update(values.to_numpy(float).tobytes())
    return digest.hexdigest()
