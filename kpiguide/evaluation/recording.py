"""Recording adjustments in a project: approved leave, force majeure and overrides, each audited.

The kinds and what they do to scores are described in :mod:`kpiguide.evaluation.adjustments`.
Every adjustment is stored with :meth:`Store.add_adjustment` (audit log: who, when, why)
and carries ``before``/``after`` scores of the employee in ``details``; a closed period
refuses them (:class:`~kpiguide.core.errors.PeriodClosed`).
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Iterable, Mapping
from typing import Any

import pandas as pd

from kpiguide.core.errors import InputError, Problem
from kpiguide.core.model import Adjustment, Period
from kpiguide.core.numbers import parse_number
from kpiguide.data.ledger import ensure_open
from kpiguide.evaluation.adjustments import OVERRIDE_FIELDS, date_of, overlap_days
from kpiguide.evaluation.engine import frames_from_scheme, score_frames

__all__ = ["force_majeure", "grant_leave", "override"]


def _new_id() -> str:
    return f"adj-{uuid.uuid4().hex[:12]}"


def _employee_view(store: Any, employee: str, period: Period, extra: Iterable[Adjustment] = ()) -> dict[str, Any]:
    """Score of one employee now (``before``) or with ``extra`` adjustments (``after``)."""
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
        start_d, end_d = date_of(start), date_of(end)
    except ValueError:
        raise InputError(
            f"Cannot read the window {start!r}..{end!r}; write dates as 2026-08-01. Nothing was recorded."
        ) from None
    if end_d < start_d:
        problems.append(Problem(f"the window ends ({end_d}) before it starts ({start_d})", field="exclude_to"))
    if overlap_days(start_d, end_d, period.start, period.end) == 0:
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
        ensure_open(store, period)
        stored: Adjustment = store.add_adjustment(adj)
        return stored
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
                number = parse_number(value)  # NaN and infinities are refused, like in files
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
