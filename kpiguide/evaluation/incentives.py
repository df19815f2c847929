"""Incentive link: rating (or score) → bonus coefficient → bonus from a base or a department pool.

The table lives in ``kpiguide/evaluation_rules/incentives.yaml`` (S 1.5, A 1.2, B 1.0,
C 0.6, D 0 shipped); pass another file to :func:`load_incentive_table`.  Pools are
shared in proportion to coefficient × base and rounded with the largest-remainder
method, so the amounts add up to the pool exactly.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np
import pandas as pd

from kpiguide.core.errors import InputError, Problem
from kpiguide.core.structured import load_yaml_text
from kpiguide.core.textfile import read_text
from kpiguide.evaluation.result import EvaluationResult

__all__ = ["IncentiveTable", "Incentives", "allocate_pool", "incentives", "load_incentive_table"]


@dataclass(frozen=True)
class IncentiveTable:
    coefficients: Mapping[str, float] = field(default_factory=dict)
    score_table: tuple[tuple[float, float], ...] = ()
    rounding: float = 0.01
    eligibility: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "coefficients", MappingProxyType(dict(self.coefficients)))
        object.__setattr__(self, "eligibility", MappingProxyType(dict(self.eligibility)))

    def coefficient(self, rating: np.ndarray, score: np.ndarray) -> np.ndarray:
        if self.score_table:
            out = np.full(len(score), np.nan)
            todo = ~np.isnan(score)
            for min_score, coef in self.score_table:
                hit = todo & (score >= min_score)
                out[hit] = coef
                todo &= ~hit
            return out
        return np.array([self.coefficients.get(r, np.nan) if r else np.nan for r in rating], dtype=float)


def load_incentive_table(path: str | Path | None = None) -> IncentiveTable:
    """The shipped table, or the one in ``path`` (same shape)."""
    if path is None:
        text = (resources.files("kpiguide") / "evaluation_rules" / "incentives.yaml").read_text(encoding="utf-8")
        where = "incentives.yaml"
    else:
        where = str(path)
        text, _ = read_text(Path(path))
    data = load_yaml_text(text, where) or {}
    if not isinstance(data, dict):
        problem = Problem(
            f"the file must hold a mapping (coefficients:, score_table: ...), found {type(data).__name__}", where
        )
        raise InputError(f"Cannot read the incentive table {where!r}", [problem])
    problems = []
    coefs = {}
    for rating, value in (data.get("coefficients") or {}).items():
        if not isinstance(value, int | float) or isinstance(value, bool) or not math.isfinite(value) or value < 0:
            problems.append(Problem(f"coefficient of {rating!r} must be a number ≥ 0, got {value!r}", where))
        else:
            coefs[str(rating)] = float(value)
    table = tuple((float(a), float(b)) for a, b in data.get("score_table") or ())
    if not coefs and not table:
        problems.append(Problem("give `coefficients` (by rating) or a `score_table`", where))
    rounding = data.get("rounding", 0.01)
    if not isinstance(rounding, int | float) or rounding <= 0:
        problems.append(Problem(f"rounding must be a positive number, got {rounding!r}", where))
    if problems:
        raise InputError("The incentive table is not valid", problems)
    elig = {k: tuple(v.get("ratings", ())) for k, v in (data.get("eligibility") or {}).items()}
    return IncentiveTable(coefs, table, float(rounding), elig)


def allocate_pool(pool: float, weights: np.ndarray, unit: float = 0.01) -> np.ndarray:
    """Share ``pool`` in proportion to ``weights``, rounded to ``unit``, summing exactly to ``pool``.

    Largest-remainder (Hamilton) method on whole units; ties go to the earlier entry.
    """
    weights = np.asarray(weights, dtype=float)
    units_total = round(pool / unit)
    if abs(units_total * unit - pool) > unit * 1e-6:
        raise InputError(f"Pool {pool!r} is not a whole multiple of the rounding unit {unit!r}.")
    total_w = weights.sum()
    if total_w <= 0:
        return np.zeros(len(weights))
    exact = weights / total_w * units_total
    base = np.floor(exact).astype(np.int64)
    left = int(units_total - base.sum())
    order = np.lexsort((np.arange(len(weights)), -(exact - base)))
    base[order[:left]] += 1
    rounded: np.ndarray = np.round(base * unit, 10)
    return rounded


@dataclass(frozen=True, eq=False)
class Incentives:
    """``frame``: one row per employee; ``pools``: one row per department pool."""

    frame: pd.DataFrame
    pools: pd.DataFrame
    table: IncentiveTable

    def to_records(self) -> list[dict[str, Any]]:
        def clean(v: Any) -> Any:
            if isinstance(v, float) and math.isnan(v):
                return None
            return v.item() if hasattr(v, "item") else v

        return [{k: clean(v) for k, v in r.items()} for r in self.frame.to_dict("records")]


def incentives(
    result: EvaluationResult,
    *,
    bases: Mapping[str, float] | None = None,
    default_base: float | None = None,
    pools: Mapping[str, float] | None = None,
    table: IncentiveTable | None = None,
) -> Incentives:
    """Coefficient, bonus and eligibility per employee.

    Parameters
    ----------
    bases : bonus base per employee (e.g. a monthly salary multiple)
    default_base : base for employees not in ``bases``
    pools : department id → pool amount to share (∝ coefficient × base)
    table : incentive table (default: the shipped one)
    """
    table = table or load_incentive_table()
    bases = dict(bases or {})
    pools = dict(pools or {})
    emp = result.employees
    unknown = sorted(set(pools) - set(emp["department"]))
    if unknown:
        raise InputError(
            f"Pool(s) for unknown department(s) {', '.join(map(repr, unknown))}; "
            f"departments are {', '.join(sorted(set(emp['department'])))}."
        )
    coef = table.coefficient(emp["rating"].to_numpy(), emp["score"].to_numpy(dtype=float))
    base = np.array([bases.get(e, np.nan if default_base is None else default_base) for e in emp["employee"]])
    bonus = coef * base
    pool_rows = []
    dept = emp["department"].to_numpy()
    for d, amount in pools.items():
        m = dept == d
        w = np.nan_to_num(coef[m]) * np.where(np.isnan(base[m]), 1.0, base[m])
        shares = allocate_pool(float(amount), w, table.rounding)
        bonus[m] = np.where(np.isnan(coef[m]), np.nan, shares)
        pool_rows.append(
            {
                "department": d,
                "pool": float(amount),
                "allocated": float(np.nansum(bonus[m])),
                "employees": int(m.sum()),
                "unrated": int(np.isnan(coef[m]).sum()),
            }
        )
    not_pool = ~np.isin(dept, list(pools))
    bonus[not_pool] = np.round(bonus[not_pool] / table.rounding) * table.rounding
    frame = pd.DataFrame(
        {
            "employee": emp["employee"].to_numpy(),
            "name": emp["name"].to_numpy(),
            "department": dept,
            "score": emp["score"].to_numpy(dtype=float),
            "rating": emp["rating"].to_numpy(),
            "coefficient": coef,
            "base": base,
            "bonus": bonus,
            "source": np.where(np.isin(dept, list(pools)), "pool", np.where(np.isnan(base), "", "base")),
        }
    )
    for flag, ratings in table.eligibility.items():
        frame[flag] = frame["rating"].isin(ratings)
    return Incentives(
        frame, pd.DataFrame(pool_rows, columns=["department", "pool", "allocated", "employees", "unrated"]), table
    )
