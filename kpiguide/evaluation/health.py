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
from typing import Any

import numpy as np
import pandas as pd

from kpiguide.core.findings import Finding, Report
from kpiguide.core.model import Period
from kpiguide.evaluation.result import EvaluationResult
from kpiguide.evaluation.service import evaluate

__all__ = ["health_review"]


def _who(ids: list[str], limit: int = 5) -> str:
    ids = sorted(set(ids))
    return ", ".join(ids[:limit]) + (f" +{len(ids) - limit}" if len(ids) > limit else "")


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
) -> Report:
    """Review the scheme at the end of ``period``; returns a :class:`Report` of findings."""
    period = Period.parse(period)
    result = result if result is not None else evaluate(store, period)
    scheme = store.load_scheme()
    frame = actuals if actuals is not None else store.actuals_frame()
    frame = frame[(frame["subject_kind"] == "employee") & (frame["period"].str.len() == 7)]
    kpis = {k.id: k for k in scheme.kpis}
    findings: list[Finding] = []
    end_month = str(period.end)[:7]
    first = str(Period("month", period.end.year, period.end.month).shift(-(lookback - 1)))
    recent = frame[(frame["period"] >= first) & (frame["period"] <= end_month) & frame["kpi"].isin(kpis)]

    # targets too easy / too hard
    for kpi_id, part in recent.groupby("kpi", sort=True):
        k = kpis[kpi_id]
        values = part["value"].to_numpy(dtype=float)
        if k.direction.value == "range" and k.target_range:
            met = (values >= k.target_range[0]) & (values <= k.target_range[1])
        elif k.target is None:
            continue
        elif k.direction.value == "lower":
            met = values <= k.target
        else:
            met = values >= k.target
        share = 100.0 * met.mean()
        path = scheme.kpi_path(k)
        if share >= easy_share:
            findings.append(
                Finding.create(
                    "evaluation.health_always_met",
                    "warning",
                    path,
                    kpi=kpi_id,
                    months=lookback,
                    share=round(share, 1),
                    median=round(float(np.median(values)), 2),
                )
            )
        elif share <= hard_share:
            better = np.percentile(values, 25 if k.direction.value == "lower" else 75)
            findings.append(
                Finding.create(
                    "evaluation.health_never_met",
                    "warning",
                    path,
                    kpi=kpi_id,
                    months=lookback,
                    share=round(share, 1),
                    p75=round(float(better), 2),
                )
            )

    # missing and late data in the period
    months = [str(m) for m in period.month_periods()]
    in_period = frame[frame["period"].isin(months)]
    have = set(zip(in_period["subject"], in_period["kpi"], in_period["period"], strict=True))
    missing: dict[str, list[str]] = {}
    for e in scheme.employees:
        for k in scheme.kpis_of(e.role):
            for m in months:
                if (e.id, k.id, m) not in have:
                    missing.setdefault(k.id, []).append(f"{e.id} {m}")
    for kpi_id, who in sorted(missing.items()):
        findings.append(
            Finding.create(
                "evaluation.health_missing_data",
                "warning",
                scheme.kpi_path(kpis[kpi_id]),
                kpi=kpi_id,
                period=str(period),
                count=len(who),
                who=_who(who),
            )
        )
    if len(in_period) and in_period["recorded_at"].notna().any():
        recorded = pd.to_datetime(in_period["recorded_at"], utc=True, errors="coerce")
        month_end = pd.to_datetime([Period.parse(p).end + dt.timedelta(days=1) for p in in_period["period"]], utc=True)
        delay = (recorded - month_end).dt.days.to_numpy()
        late = in_period.assign(delay=delay)[delay > grace_days]
        for kpi_id, part in late.groupby("kpi", sort=True):
            if kpi_id not in kpis:
                continue
            findings.append(
                Finding.create(
                    "evaluation.health_late_data",
                    "warning",
                    scheme.kpi_path(kpis[kpi_id]),
                    kpi=kpi_id,
                    count=len(part),
                    grace=grace_days,
                    max_days=int(part["delay"].max()),
                    who=_who([f"{s} {p}" for s, p in zip(part["subject"], part["period"], strict=True)]),
                )
            )

    # values equal to the target, month after month
    for (emp, kpi_id), part in recent.groupby(["subject", "kpi"], sort=True):
        k = kpis[kpi_id]
        if k.target is None or len(part) < exact_months:
            continue
        tail = part.sort_values("period")["value"].to_numpy(dtype=float)
        run = 0
        for v in tail[::-1]:
            if not np.isclose(v, k.target):
                break
            run += 1
        if run >= exact_months:
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

    # KPIs that stop moving with their objective
    window = frame[(frame["period"] <= end_month) & frame["kpi"].isin(kpis)]
    monthly = window.pivot_table(index="period", columns="kpi", values="value", aggfunc="mean").sort_index()
    monthly = monthly.iloc[-2 * corr_window :]
    for col in monthly.columns:
        if kpis[col].direction.value == "lower":
            monthly[col] = -monthly[col]
    by_objective: dict[str, list[str]] = {}
    for k in scheme.kpis:
        if k.objective and k.id in monthly.columns:
            by_objective.setdefault(k.objective, []).append(k.id)
    if len(monthly) >= 2 * corr_window:
        before, after = monthly.iloc[:corr_window], monthly.iloc[corr_window:]
        for objective, ids in sorted(by_objective.items()):
            if len(ids) < 2:
                continue
            for kpi_id in ids:
                others = [i for i in ids if i != kpi_id]

                def corr(part: pd.DataFrame, kpi_id: str = kpi_id, others: list[str] = others) -> float:
                    z = (part - part.mean()) / part.std(ddof=0).replace(0, np.nan)
                    value = z[kpi_id].corr(z[others].mean(axis=1))
                    return float(value) if pd.notna(value) else float("nan")

                c0, c1 = corr(before), corr(after)
                if c0 >= corr_before and c1 < corr_after:
                    findings.append(
                        Finding.create(
                            "evaluation.health_decoupled",
                            "warning",
                            scheme.kpi_path(kpis[kpi_id]),
                            kpi=kpi_id,
                            objective=objective,
                            before=round(c0, 2),
                            after=round(c1, 2),
                        )
                    )

    # departments drifting from the rest
    emp = result.employees[result.employees["score"].notna()]
    for dept, part in emp.groupby("department", sort=True):
        rest = emp[emp["department"] != dept]
        if rest.empty:
            continue
        score, others = float(part["score"].mean()), float(rest["score"].mean())
        if abs(score - others) >= drift_points:
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

    # adjustments granted
    adjustments = [a for a in store.adjustments() if a.period.start <= period.end and period.start <= a.period.end]
    if adjustments:
        kinds = Counter(a.kind for a in adjustments)
        findings.append(
            Finding.create(
                "evaluation.health_adjustments",
                "info",
                f"periods/{period}",
                period=str(period),
                count=len(adjustments),
                kinds=", ".join(f"{k} {n}" for k, n in sorted(kinds.items())),
                employees=len({a.employee for a in adjustments}),
            )
        )
    return Report(findings)
