"""Fair adjustments: approved leave, force majeure and manual overrides, each audited.

Kinds and their ``details``:

``leave``
    ``{days, basis}`` — approved leave of ``days`` calendar (``basis="calendar"``) or
    working days (``basis="working"``) in the adjustment's period.  Targets of flow
    KPIs (aggregation ``sum``: sales, tickets...) are pro-rated by
    ``1 - days / days_in_period``; rates and levels (``mean``) are not, because a
    conversion rate does not fall with fewer days worked.  Leave longer than the
    period is an error.
``force_majeure``
    ``{start, end, mode}`` — a window of dates.  ``mode="exclude"`` drops the months
    the window touches from the period (actuals and targets);
    ``mode="scale"`` scales flow-KPI targets by the share of the period outside
    the window.  ``employee="*"`` applies to everyone.
``override``
    ``{field, value}`` on one KPI (``field`` is ``actual``, ``target`` or ``weight``);
    needs a reason.  Weight overrides must leave the employee's weights at 100.

This module holds the pure part (applying adjustments to score arrays);
:mod:`kpiguide.evaluation.recording` stores them: every adjustment is stored with
:meth:`Store.add_adjustment` (audit log: who, when, why) and carries
``before``/``after`` scores of the employee in ``details``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from typing import Any

import numpy as np
import pandas as pd

from kpiguide.core.findings import Finding
from kpiguide.core.model import Adjustment, Period

__all__ = ["ADJUSTMENT_KINDS", "OVERRIDE_FIELDS", "apply_adjustments", "date_of", "exclusions_for", "overlap_days"]

ADJUSTMENT_KINDS = ("leave", "force_majeure", "override")
OVERRIDE_FIELDS = ("actual", "target", "weight")


def date_of(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def overlap_days(a_start: dt.date, a_end: dt.date, b_start: dt.date, b_end: dt.date) -> int:
    return max((min(a_end, b_end) - max(a_start, b_start)).days + 1, 0)


def _working_days(start: dt.date, end: dt.date) -> int:
    if end < start:
        return 0
    return int(np.busday_count(start, end + dt.timedelta(days=1)))


def _leave_factor(adj: Adjustment, period: Period) -> float:
    """Share of ``period`` worked, given the leave in ``adj`` (spread evenly over ``adj.period``)."""
    basis = adj.details.get("basis", "calendar")
    span = _working_days if basis == "working" else (lambda s, e: (e - s).days + 1)
    adj_len = span(adj.period.start, adj.period.end)
    lo, hi = max(adj.period.start, period.start), min(adj.period.end, period.end)
    share = span(lo, hi) / adj_len if adj_len else 0.0
    days = float(adj.details.get("days", 0)) * share
    length = span(period.start, period.end)
    return max(1.0 - days / length, 0.0) if length else 0.0


def exclusions_for(adjustments: Iterable[Adjustment], period: Period) -> list[tuple[str, str | None, frozenset[str]]]:
    """``(employee or "*", kpi or None, months)`` excluded by force-majeure windows in ``period``."""
    out = []
    for adj in adjustments:
        if adj.kind != "force_majeure" or adj.details.get("mode", "exclude") != "exclude":
            continue
        start, end = date_of(adj.details["start"]), date_of(adj.details["end"])
        months = frozenset(str(m) for m in period.month_periods() if overlap_days(m.start, m.end, start, end) > 0)
        if months:
            out.append((adj.employee, adj.kpi, months))
    return out


def apply_adjustments(
    items: pd.DataFrame,
    period: Period,
    adjustments: Iterable[Adjustment],
    *,
    target: np.ndarray,
    low: np.ndarray,
    high: np.ndarray,
    actual: np.ndarray,
    weight: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, np.ndarray, list[Finding]]:
    """Apply leave, force-majeure scaling and overrides to item arrays (copies are returned).

    Force-majeure exclusions act earlier, on the actuals (see :func:`exclusions_for`).
    """
    target, low, high, actual, weight = (a.astype(float, copy=True) for a in (target, low, high, actual, weight))
    adjusted = np.zeros(len(items), dtype=bool)
    findings: list[Finding] = []
    emp = items["employee"].to_numpy()
    kpi = items["kpi"].to_numpy()
    is_sum = items["aggregation"].to_numpy() == "sum"
    known = set(emp)
    for adj in adjustments:
        who = np.ones(len(items), dtype=bool) if adj.employee == "*" else emp == adj.employee
        if adj.employee != "*" and adj.employee not in known:
            findings.append(
                Finding.create(
                    "evaluation.adjustment_unmatched",
                    "warning",
                    f"adjustments/{adj.id}",
                    id=adj.id,
                    employee=adj.employee,
                    kpi=adj.kpi or "",
                )
            )
            continue
        if adj.kpi:
            who &= kpi == adj.kpi
            if not who.any():
                findings.append(
                    Finding.create(
                        "evaluation.adjustment_unmatched",
                        "warning",
                        f"adjustments/{adj.id}",
                        id=adj.id,
                        employee=adj.employee,
                        kpi=adj.kpi,
                    )
                )
                continue
        if adj.kind == "leave":
            factor = _leave_factor(adj, period)
            m = who & is_sum
            target[m] *= factor
            low[m] *= factor
            high[m] *= factor
            adjusted |= m
        elif adj.kind == "force_majeure":
            if adj.details.get("mode", "exclude") == "exclude":
                adjusted |= who
                continue
            start, end = date_of(adj.details["start"]), date_of(adj.details["end"])
            given = adj.details.get("factor")
            factor = 1.0 - overlap_days(period.start, period.end, start, end) / period.days if given is None else given
            m = who if adj.kpi else who & is_sum
            target[m] *= float(factor)
            low[m] *= float(factor)
            high[m] *= float(factor)
            adjusted |= m
        elif adj.kind == "override":
            if adj.period != period:
                continue
            field = adj.details["field"]
            value = float(adj.details["value"])
            {"actual": actual, "target": target, "weight": weight}[field][who] = value
            adjusted |= who
    return target, low, high, actual, weight, adjusted, findings
