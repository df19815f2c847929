"""System health review at period end: is the KPI scheme itself still right?

Findings (each with a suggested revision):

* ``evaluation.health_always_met`` / ``evaluation.health_never_met`` — share of
  person-months meeting the target over the last ``lookback`` months ≥ ``easy_share``
  or ≤ ``hard_share`` (targets too easy / too hard);
* ``evaluation.health_missing_data`` / ``evaluation.health_late_data`` — actuals of
  the period missing, or entered more than ``grace_days`` after their month ended;
* ``evaluation.health_exact_target`` — values equal to the target month after month;
* ``evaluation.health_decoupled`` — a KPI whose monthly mean stops correlating with
  the other KPIs of its objective (previous window ≥ ``corr_before``, recent < ``corr_after``);
* ``evaluation.health_department_drift`` — a department mean score ``drift_points``
  or more away from the mean of the other departments;
* ``evaluation.health_adjustments`` — the adjustments granted in the period.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from kpiguide.core.findings import Finding, Report
from kpiguide.core.model import Adjustment, Kpi, Period, Scheme
from kpiguide.evaluation.result import EvaluationResult
from kpiguide.evaluation.service import evaluate

__all__ = ["HEALTH_RULES", "HealthContext", "HealthParams", "health_review"]


def _who(ids: list[str], limit: int = 5) -> str:
    ids = sorted(set(ids))
    return ", ".join(ids[:limit]) + (f" +{len(ids) - limit}" if len(ids) > limit else "")


@dataclass(frozen=True)
class HealthParams:
    """Thresholds of the health rules (see the module docstring)."""

    lookback: int = 12
    easy_share: float = 95.0
    hard_share: float = 10.0
    grace_days: int = 15
    exact_months: int = 6
    corr_window: int = 12
    corr_before: float = 0.5
    corr_after: float = 0.2
    drift_points: float = 8.0


@dataclass(frozen=True)
class HealthContext:
    """What the health rules look at: the scheme, monthly employee actuals, the period's result."""

    period: Period
    scheme: Scheme
    frame: pd.DataFrame
    result: EvaluationResult
    adjustments: tuple[Adjustment, ...]
    params: HealthParams = field(default_factory=HealthParams)

    @property
    def kpis(self) -> dict[str, Kpi]:
        return {k.id: k for k in self.scheme.kpis}

    @property
    def end_month(self) -> str:
        return str(self.period.end)[:7]

    @property
    def recent(self) -> pd.DataFrame:
        """Actuals of the scheme's KPIs in the ``lookback`` months up to the end of the period."""
        end = self.period.end
        first = str(Period("month", end.year, end.month).shift(-(self.params.lookback - 1)))
        frame = self.frame
        return frame[(frame["period"] >= first) & (frame["period"] <= self.end_month) & frame["kpi"].isin(self.kpis)]

    @property
    def in_period(self) -> pd.DataFrame:
        return self.frame[self.frame["period"].isin([str(m) for m in self.period.month_periods()])]


HealthRule = Callable[[HealthContext], list[Finding]]


def _met(k: Kpi, values: np.ndarray) -> np.ndarray | None:
    """Which values meet the target of ``k`` (``None``: no target to meet)."""
    if k.direction.value == "range" and k.target_range:
        return (values >= k.target_range[0]) & (values <= k.target_range[1])
    if k.target is None:
        return None
    if k.direction.value == "lower":
        return values <= k.target
    return values >= k.target


def targets_too_easy_or_hard(ctx: HealthContext) -> list[Finding]:
    """Share of person-months meeting the target at or above ``easy_share`` / at or below ``hard_share``."""
    p, kpis, findings = ctx.params, ctx.kpis, []
    for kpi_id, part in ctx.recent.groupby("kpi", sort=True):
        k = kpis[kpi_id]
        values = part["value"].to_numpy(dtype=float)
        met = _met(k, values)
        if met is None:
            continue
        share = 100.0 * met.mean()
        path = ctx.scheme.kpi_path(k)
        if share >= p.easy_share:
            median = round(float(np.median(values)), 2)
            findings.append(
                Finding.create(
                    "evaluation.health_always_met",
                    "warning",
                    path,
                    kpi=kpi_id,
                    months=p.lookback,
                    share=round(share, 1),
                    median=median,
                )
            )
        elif share <= p.hard_share:
            better = np.percentile(values, 25 if k.direction.value == "lower" else 75)
            findings.append(
                Finding.create(
                    "evaluation.health_never_met",
                    "warning",
                    path,
                    kpi=kpi_id,
                    months=p.lookback,
                    share=round(share, 1),
                    p75=round(float(better), 2),
                )
            )
    return findings


def missing_data(ctx: HealthContext) -> list[Finding]:
    """Employee × KPI × month of the period without an actual."""
    in_period = ctx.in_period
    have = set(zip(in_period["subject"], in_period["kpi"], in_period["period"], strict=True))
    missing: dict[str, list[str]] = {}
    for e in ctx.scheme.employees:
        for k in ctx.scheme.kpis_of(e.role):
            for m in (str(m) for m in ctx.period.month_periods()):
                if (e.id, k.id, m) not in have:
                    missing.setdefault(k.id, []).append(f"{e.id} {m}")
    kpis = ctx.kpis
    return [
        Finding.create(
            "evaluation.health_missing_data",
            "warning",
            ctx.scheme.kpi_path(kpis[kpi_id]),
            kpi=kpi_id,
            period=str(ctx.period),
            count=len(who),
            who=_who(who),
        )
        for kpi_id, who in sorted(missing.items())
    ]


def late_data(ctx: HealthContext) -> list[Finding]:
    """Actuals of the period entered more than ``grace_days`` after their month ended."""
    in_period, grace = ctx.in_period, ctx.params.grace_days
    if not len(in_period) or not in_period["recorded_at"].notna().any():
        return []
    recorded = pd.to_datetime(in_period["recorded_at"], utc=True, errors="coerce")
    month_end = pd.to_datetime([Period.parse(p).end + dt.timedelta(days=1) for p in in_period["period"]], utc=True)
    delay = (recorded - month_end).dt.days.to_numpy()
    late = in_period.assign(delay=delay)[delay > grace]
    kpis = ctx.kpis
    return [
        Finding.create(
            "evaluation.health_late_data",
            "warning",
            ctx.scheme.kpi_path(kpis[kpi_id]),
            kpi=kpi_id,
            count=len(part),
            grace=grace,
            max_days=int(part["delay"].max()),
            who=_who([f"{s} {p}" for s, p in zip(part["subject"], part["period"], strict=True)]),
        )
        for kpi_id, part in late.groupby("kpi", sort=True)
        if kpi_id in kpis
    ]


def exact_target(ctx: HealthContext) -> list[Finding]:
    """Values equal to the target for the last ``exact_months`` months or more."""
    kpis, months, findings = ctx.kpis, ctx.params.exact_months, []
    for (emp, kpi_id), part in ctx.recent.groupby(["subject", "kpi"], sort=True):
        k = kpis[kpi_id]
        if k.target is None or len(part) < months:
            continue
        tail = part.sort_values("period")["value"].to_numpy(dtype=float)
        run = 0
        for v in tail[::-1]:
            if not np.isclose(v, k.target):
                break
            run += 1
        if run >= months:
            findings.append(
                Finding.create(
                    "evaluation.health_exact_target",
                    "warning",
                    f"employees/{emp}/kpis/{kpi_id}",
                    employee=emp,
                    kpi=kpi_id,
                    months=run,
                    target=k.target,
                )
            )
    return findings


def _monthly_means(ctx: HealthContext) -> pd.DataFrame:
    """Mean per month and KPI over the last two correlation windows, sign-flipped for lower-is-better KPIs."""
    kpis, frame = ctx.kpis, ctx.frame
    window = frame[(frame["period"] <= ctx.end_month) & frame["kpi"].isin(kpis)]
    monthly = window.pivot_table(index="period", columns="kpi", values="value", aggfunc="mean").sort_index()
    monthly = monthly.iloc[-2 * ctx.params.corr_window :]
    for col in monthly.columns:
        if kpis[col].direction.value == "lower":
            monthly[col] = -monthly[col]
    return monthly


def _corr_with_others(part: pd.DataFrame, kpi_id: str, others: list[str]) -> float:
    z = (part - part.mean()) / part.std(ddof=0).replace(0, np.nan)
    value = z[kpi_id].corr(z[others].mean(axis=1))
    return float(value) if pd.notna(value) else float("nan")


def decoupled(ctx: HealthContext) -> list[Finding]:
    """A KPI whose monthly mean stops correlating with the other KPIs of its objective."""
    p, kpis = ctx.params, ctx.kpis
    monthly = _monthly_means(ctx)
    if len(monthly) < 2 * p.corr_window:
        return []
    by_objective: dict[str, list[str]] = {}
    for k in ctx.scheme.kpis:
        if k.objective and k.id in monthly.columns:
            by_objective.setdefault(k.objective, []).append(k.id)
    before, after = monthly.iloc[: p.corr_window], monthly.iloc[p.corr_window :]
    findings = []
    for objective, ids in sorted(by_objective.items()):
        for kpi_id in ids if len(ids) >= 2 else []:
            others = [i for i in ids if i != kpi_id]
            c0, c1 = _corr_with_others(before, kpi_id, others), _corr_with_others(after, kpi_id, others)
            if c0 >= p.corr_before and c1 < p.corr_after:
                findings.append(
                    Finding.create(
                        "evaluation.health_decoupled",
                        "warning",
                        ctx.scheme.kpi_path(kpis[kpi_id]),
                        kpi=kpi_id,
                        objective=objective,
                        before=round(c0, 2),
                        after=round(c1, 2),
                    )
                )
    return findings


def department_drift(ctx: HealthContext) -> list[Finding]:
    """A department mean score ``drift_points`` or more away from the mean of the other departments."""
    emp = ctx.result.employees[ctx.result.employees["score"].notna()]
    findings = []
    for dept, part in emp.groupby("department", sort=True):
        rest = emp[emp["department"] != dept]
        if rest.empty:
            continue
        score, others = float(part["score"].mean()), float(rest["score"].mean())
        if abs(score - others) >= ctx.params.drift_points:
            findings.append(
                Finding.create(
                    "evaluation.health_department_drift",
                    "warning",
                    f"departments/{dept}",
                    department=dept,
                    score=round(score, 1),
                    others=round(others, 1),
                    diff=round(abs(score - others), 1),
                )
            )
    return findings


def adjustments_granted(ctx: HealthContext) -> list[Finding]:
    """The adjustments granted in the period, by kind."""
    adjustments = ctx.adjustments
    if not adjustments:
        return []
    kinds = Counter(a.kind for a in adjustments)
    return [
        Finding.create(
            "evaluation.health_adjustments",
            "info",
            f"periods/{ctx.period}",
            period=str(ctx.period),
            count=len(adjustments),
            kinds=", ".join(f"{k} {n}" for k, n in sorted(kinds.items())),
            employees=len({a.employee for a in adjustments}),
        )
    ]


#: The rules :func:`health_review` runs, in this order; each takes a :class:`HealthContext`.
HEALTH_RULES: tuple[HealthRule, ...] = (
    targets_too_easy_or_hard,
    missing_data,
    late_data,
    exact_target,
    decoupled,
    department_drift,
    adjustments_granted,
)


def health_review(
    store: Any,
    period: Period | str,
    result: EvaluationResult | None = None,
    *,
    lookback: int = 12,
    easy_share: float = 95.0,
    hard_share: float = 10.0,
    grace_days: int = 15,
    exact_months: int = 6,
    corr_window: int = 12,
    corr_before: float = 0.5,
    corr_after: float = 0.2,
    drift_points: float = 8.0,
    actuals: pd.DataFrame | None = None,
    rules: Sequence[HealthRule] = HEALTH_RULES,
) -> Report:
    """Review the scheme at the end of ``period``; returns a :class:`Report` of findings.

    ``rules`` are the checks run (default :data:`HEALTH_RULES`); the keyword thresholds
    are described in the module docstring.
    """
    period = Period.parse(period)
    result = result if result is not None else evaluate(store, period)
    frame = actuals if actuals is not None else store.actuals_frame()
    frame = frame[(frame["subject_kind"] == "employee") & (frame["period"].str.len() == 7)]
    params = HealthParams(
        lookback, easy_share, hard_share, grace_days, exact_months, corr_window, corr_before, corr_after, drift_points
    )
    adjustments = tuple(a for a in store.adjustments() if a.period.start <= period.end and period.start <= a.period.end)
    ctx = HealthContext(period, store.load_scheme(), frame, result, adjustments, params)
    return Report([finding for rule in rules for finding in rule(ctx)])
