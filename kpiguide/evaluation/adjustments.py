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

Every adjustment is stored with :meth:`Store.add_adjustment` (audit log: who, when,
why) and carries ``before``/``after`` scores of the employee in ``details``.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from kpiguide.core.errors import InputError, Problem
from kpiguide.core.findings import Finding
from kpiguide.core.model import Adjustment, Period

__all__ = [
    "ADJUSTMENT_KINDS",
    "apply_adjustments",
    "exclusions_for",
    "force_majeure",
    "grant_leave",
    "override",
]

ADJUSTMENT_KINDS = ("leave", "force_majeure", "override")
OVERRIDE_FIELDS = ("actual", "target", "weight")


def _date(value: Any) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    return dt.date.fromisoformat(str(value))


def _overlap_days(a_start: dt.date, a_end: dt.date, b_start: dt.date, b_end: dt.date) -> int:
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
        start, end = _date(adj.details["start"]), _date(adj.details["end"])
        months = frozenset(str(m) for m in period.month_periods() if _overlap_days(m.start, m.end, start, end) > 0)
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
            start, end = _date(adj.details["start"]), _date(adj.details["end"])
            factor = adj.details.get("factor")
            if factor is None:
                factor = 1.0 - _overlap_days(period.start, period.end, start, end) / period.days
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


# -- recording adjustments --------------------------------------------------------------------------


def _new_id() -> str:
    return f"adj-{uuid.uuid4().hex[:12]}"


def _employee_view(store: Any, employee: str, period: Period, extra: Iterable[Adjustment] = ()) -> dict[str, Any]:
    """Score of one employee now (``before``) or with ``extra`` adjustments (``after``)."""
    from kpiguide.evaluation.engine import frames_from_scheme, score_frames

    scheme = store.load_scheme()
    employees, kpis = frames_from_scheme(scheme)
    employees = employees.loc[employees["employee"] == employee]
    if employees.empty:
        raise InputError(
            f"No employee {employee!r} in the project; check the id (e.g. with `kpiguide show`). Nothing was recorded."
        )
    months = [str(m) for m in period.month_periods()]
    months += sorted({str(m.to(k)) for m in period.month_periods() for k in ("quarter", "year")})
    rows = store.actuals(subject=employee, periods=months, subject_kind="employee")
    actuals = pd.DataFrame(
        [(a.subject, a.kpi, str(a.period), a.value) for a in rows], columns=["subject", "kpi", "period", "value"]
    )
    adjustments = [a for a in store.adjustments(employee=employee) if a.period.start <= period.end]
    adjustments = [a for a in adjustments if period.start <= a.period.end]
    result = score_frames(employees, kpis, actuals, period, adjustments=[*adjustments, *extra])
    row = result.employee(employee)
    return {
        "score": row["score"],
        "rating": row["rating"],
        "kpis": {
            k["kpi"]: {"target": k["target"], "actual": k["actual"], "weight": k["weight"], "score": k["score"]}
            for k in row["kpis"]
        },
    }


def _record(store: Any, adjustments: list[Adjustment]) -> list[Adjustment]:
    """Store ``adjustments`` of one employee with before/after views, in one transaction."""
    from kpiguide.evaluation.closing import ensure_open

    first = adjustments[0]
    ensure_open(store, first.period)
    before = _employee_view(store, first.employee, first.period)
    after = _employee_view(store, first.employee, first.period, adjustments)
    foreign = sorted({a.kpi for a in adjustments if a.kpi and a.kpi not in after["kpis"]})
    if foreign:
        raise InputError(
            f"KPI(s) {', '.join(map(repr, foreign))} are not KPIs of {first.employee!r}'s role "
            f"(their KPIs: {', '.join(after['kpis'])}); nothing was recorded."
        )
    if any(a.kind == "override" and a.details.get("field") == "weight" for a in adjustments):
        total = sum(k["weight"] for k in after["kpis"].values())
        if abs(total - 100.0) > 1e-6:
            weights = ", ".join(f"{k}={v['weight']:g}" for k, v in after["kpis"].items())
            raise InputError(
                f"After this adjustment the weights of {first.employee!r} add up to {total:g}, not 100 "
                f"({weights}). Override the other weights in the same command so they sum to 100; "
                "nothing was recorded."
            )
    stored = []
    with store.transaction() as tx:
        for adj in adjustments:
            details = {**dict(adj.details), "before": before, "after": after}
            stored.append(
                tx.add_adjustment(
                    Adjustment(adj.id, adj.kind, adj.employee, adj.period, adj.reason, adj.by, adj.at, adj.kpi, details)
                )
            )
    return stored


def _require_reason(reason: str) -> str:
    if not reason or not reason.strip():
        raise InputError(
            "An adjustment needs a reason (e.g. 'approved sick leave 2026-08-03..14'); nothing was recorded."
        )
    return reason.strip()


def grant_leave(
    store: Any,
    employee: str,
    period: Period | str,
    days: float,
    *,
    reason: str,
    actor: str = "unknown",
    basis: str = "calendar",
) -> Adjustment:
    """Record approved leave of ``days`` in ``period``; flow-KPI targets are pro-rated.

    Raises :class:`InputError` for leave longer than the period, a negative number
    of days or an unknown basis; :class:`PeriodClosed` for a closed period.
    """
    period = Period.parse(period)
    reason = _require_reason(reason)
    if basis not in ("calendar", "working"):
        raise InputError(f"Unknown leave basis {basis!r}; use 'calendar' or 'working'. Nothing was recorded.")
    length = period.days if basis == "calendar" else period.working_days()
    if not 0 < float(days) <= length:
        raise InputError(
            f"Leave of {days!r} {basis} days does not fit {period} ({length} {basis} days). "
            "Give the days of leave inside this period (split longer leave over the periods it covers); "
            "nothing was recorded."
        )
    adj = Adjustment(
        _new_id(),
        "leave",
        employee,
        period,
        reason,
        actor,
        dt.datetime.now(dt.UTC),
        None,
        {"days": float(days), "basis": basis, "factor": round(1 - float(days) / length, 6)},
    )
    return _record(store, [adj])[0]


def force_majeure(
    store: Any,
    employee: str,
    period: Period | str,
    start: dt.date | str,
    end: dt.date | str,
    *,
    reason: str,
    actor: str = "unknown",
    mode: str = "exclude",
    kpi: str | None = None,
    factor: float | None = None,
) -> Adjustment:
    """Record a force-majeure window; ``mode`` ``exclude`` drops its months, ``scale`` scales targets."""
    period = Period.parse(period)
    reason = _require_reason(reason)
    problems = []
    try:
        start_d, end_d = _date(start), _date(end)
    except ValueError:
        raise InputError(
            f"Cannot read the window {start!r}..{end!r}; write dates as 2026-08-01. Nothing was recorded."
        ) from None
    if end_d < start_d:
        problems.append(Problem(f"the window ends ({end_d}) before it starts ({start_d})", field="exclude_to"))
    if _overlap_days(start_d, end_d, period.start, period.end) == 0:
        problems.append(Problem(f"the window {start_d}..{end_d} lies outside {period}", field="exclude_from"))
    if mode not in ("exclude", "scale"):
        problems.append(Problem(f"mode {mode!r} unknown; use 'exclude' or 'scale'", field="mode"))
    if factor is not None and not 0 <= factor <= 1:
        problems.append(Problem(f"factor must be in 0..1, got {factor!r}", field="factor"))
    if problems:
        raise InputError("The force-majeure adjustment is not valid; nothing was recorded", problems)
    details: dict[str, Any] = {"start": start_d.isoformat(), "end": end_d.isoformat(), "mode": mode}
    if factor is not None:
        details["factor"] = float(factor)
    adj = Adjustment(_new_id(), "force_majeure", employee, period, reason, actor, dt.datetime.now(dt.UTC), kpi, details)
    if employee == "*":
        from kpiguide.evaluation.closing import ensure_open

        ensure_open(store, period)
        return store.add_adjustment(adj)
    return _record(store, [adj])[0]


def override(
    store: Any,
    employee: str,
    period: Period | str,
    changes: Mapping[str, Mapping[str, float]],
    *,
    reason: str,
    actor: str = "unknown",
) -> list[Adjustment]:
    """Override values of KPIs, e.g. ``{"sa_sales": {"actual": 540000}, "sa_csat": {"weight": 20}}``.

    All changes are recorded together or not at all; weight changes must keep the
    employee's weights at 100.
    """
    period = Period.parse(period)
    reason = _require_reason(reason)
    problems = []
    now = dt.datetime.now(dt.UTC)
    adjustments = []
    scheme_kpis = {k.id for k in store.load_scheme().kpis}
    for kpi_id, fields in changes.items():
        if kpi_id not in scheme_kpis:
            problems.append(Problem(f"unknown KPI {kpi_id!r}", field=kpi_id))
            continue
        for field_name, value in fields.items():
            if field_name not in OVERRIDE_FIELDS:
                problems.append(
                    Problem(f"cannot override {field_name!r}; use {', '.join(OVERRIDE_FIELDS)}", field=kpi_id)
                )
                continue
            try:
                number = float(value)
            except (TypeError, ValueError):
                problems.append(Problem(f"{field_name} must be a number, got {value!r}", field=kpi_id))
                continue
            if field_name == "weight" and number < 0:
                problems.append(Problem(f"weight must not be negative, got {value!r}", field=kpi_id))
                continue
            adjustments.append(
                Adjustment(
                    _new_id(),
                    "override",
                    employee,
                    period,
                    reason,
                    actor,
                    now,
                    kpi_id,
                    {"field": field_name, "value": number},
                )
            )
    if problems:
        raise InputError("The override is not valid; nothing was recorded", problems)
    if not adjustments:
        raise InputError("An override needs at least one KPI=VALUE; nothing was recorded.")
    return _record(store, adjustments)
