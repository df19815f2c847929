"""Monthly check-ins: per employee and KPI, the value to date, a confidence and a note.

A check-in is a record of kind ``checkin`` keyed ``employee|kpi|period`` (one per
month, or per any period the caller names; checking in again updates it, and the
audit log keeps every earlier version).  The value to date is computed from the
project's actuals of that period up to now, rolled up the way the evaluation rolls
them up (:meth:`Rules.aggregation_for`).

- :func:`record_checkin` — the employee (own KPIs), their head or leadership checks in;
- :func:`checkins` / :func:`history` — stored check-ins (feedback reports show the history);
- :func:`at_risk` — KPIs whose latest check-in in a period is *at risk* or *off track* (dashboard);
- :func:`team_view` — one row per employee × KPI of a department (the designer's team view).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from kpiguide.core.errors import AccessDenied, InputError, Problem
from kpiguide.core.i18n import Msg, t
from kpiguide.core.model import Scheme
from kpiguide.core.periods import Period
from kpiguide.data.checkins import CHECKIN_KIND, CONFIDENCE, checkin_key, checkins
from kpiguide.evaluation.rules import load_rules
from kpiguide.project.access import Principal
from kpiguide.project.store import Store

__all__ = [
    "CHECKIN_KIND",
    "CONFIDENCE",
    "at_risk",
    "checkins",
    "history",
    "record_checkin",
    "team_view",
    "value_to_date",
]

MAX_NOTE = 2000


def _period(value: Period | str) -> Period:
    try:
        return Period.parse(value)
    except (ValueError, TypeError) as exc:
        raise InputError("Cannot read the period", [Problem(str(exc), field="period")]) from None


def _values(store: Store, scheme: Scheme, period: Period, pairs: set[tuple[str, str]]) -> dict[tuple[str, str], float]:
    """Value to date per (employee, KPI) of ``pairs``, from one read of the period's actuals."""
    months = [str(m) for m in period.month_periods()]
    series: dict[tuple[str, str], list[tuple[str, float]]] = {}
    for a in store.actuals(periods=months, subject_kind="employee"):
        if (a.subject, a.kpi) in pairs:
            series.setdefault((a.subject, a.kpi), []).append((str(a.period), a.value))
    rules = load_rules()
    out = {}
    for (employee, kpi_id), points in series.items():
        kpi = scheme.kpi(kpi_id)
        values = [v for _, v in sorted(points)]
        how = rules.aggregation_for(kpi.unit, kpi.formula)
        out[(employee, kpi_id)] = (
            sum(values) if how == "sum" else values[-1] if how == "last" else sum(values) / len(values)
        )
    return out


def value_to_date(store: Store, employee: str, kpi_id: str, period: Period | str) -> float | None:
    """The KPI's value for ``employee`` over the months of ``period`` entered so far (``None``: no data),
    rolled up as the evaluation rolls up monthly actuals (sum, mean or last)."""
    values = _values(store, store.load_scheme(), _period(period), {(employee, kpi_id)})
    return values.get((employee, kpi_id))


def _check_input(scheme: Scheme, employee: str, kpi_id: str, confidence: str, note: str) -> list[Problem]:
    problems: list[Problem] = []
    known = {e.id: e for e in scheme.employees}
    if employee not in known:
        problems.append(Problem(t("checkins.problem.no_employee", "en", employee=employee), field="employee"))
    elif kpi_id not in {k.id for k in scheme.kpis_of(known[employee].role)}:
        problems.append(Problem(t("checkins.problem.not_their_kpi", "en", employee=employee, kpi=kpi_id), field="kpi"))
    if confidence not in CONFIDENCE:
        choices = ", ".join(CONFIDENCE)
        problems.append(Problem(t("checkins.problem.confidence", "en", value=confidence, choices=choices),
                                field="confidence"))  # fmt: skip
    if len(note) > MAX_NOTE:
        problems.append(Problem(t("checkins.problem.note_long", "en", n=len(note), limit=MAX_NOTE), field="note"))
    return problems


def record_checkin(
    store: Store,
    principal: Principal,
    *,
    employee: str,
    kpi: str,
    period: Period | str,
    confidence: str,
    note: str = "",
    now: dt.datetime | None = None,
) -> dict[str, Any]:
    """Record (or update) a check-in as ``principal``; return it.

    The employee may check in on their own KPIs, their department's head on the
    department's employees, leadership on anyone.  Raises :class:`InputError` for
    an unknown employee, a KPI not of their role, a confidence outside
    :data:`CONFIDENCE` or an over-long note (all problems at once), and
    :class:`AccessDenied` for anyone else.
    """
    period = _period(period)
    scheme = store.load_scheme()
    note = str(note or "").strip()
    problems = _check_input(scheme, employee, kpi, confidence, note)
    if problems:
        raise InputError(Msg("checkins.cannot_record"), problems)
    if not principal.bind(scheme).can_see_employee(employee):
        raise AccessDenied(t("checkins.not_allowed", "en", employee=employee))
    data = {
        "employee": employee,
        "kpi": kpi,
        "period": str(period),
        "value_to_date": value_to_date(store, employee, kpi, period),
        "target": scheme.kpi(kpi).target,
        "confidence": confidence,
        "note": note,
        "by": principal.actor,
        "at": (now or dt.datetime.now(dt.UTC)).isoformat(timespec="seconds"),
    }
    key = checkin_key(employee, kpi, period)
    current = store.get_record(CHECKIN_KIND, key)
    version = store.put_record(
        CHECKIN_KIND, key, data, expected_version=None if current is None else current.version,
        actor=principal.actor, reason=f"check-in {confidence}",
    )  # fmt: skip
    return {**data, "version": version}


def history(store: Store, employee: str) -> list[dict[str, Any]]:
    """One employee's check-ins, oldest first (for feedback reports)."""
    return checkins(store, employee=employee)


def _latest(rows: list[dict[str, Any]]) -> dict[tuple[str, str], dict[str, Any]]:
    latest: dict[tuple[str, str], dict[str, Any]] = {}
    for row in rows:  # oldest period first: later ones overwrite
        latest[(row["employee"], row["kpi"])] = row
    return latest


def at_risk(store: Store, period: Period | str) -> list[dict[str, Any]]:
    """KPIs whose latest check-in within ``period`` says *at risk* or *off track* (worst first)."""
    scheme = store.load_scheme()
    names = {e.id: e for e in scheme.employees}
    rows = [r for r in _latest(checkins(store, period=period)).values() if r["confidence"] != "on_track"]
    out = [
        {**r, "name": names[r["employee"]].name, "department": names[r["employee"]].department,
         "kpi_name": scheme.kpi(r["kpi"]).name}
        for r in rows
        if r["employee"] in names and r["kpi"] in {k.id for k in scheme.kpis}
    ]  # fmt: skip
    return sorted(out, key=lambda r: (CONFIDENCE.index(r["confidence"]) * -1, r["department"], r["employee"]))


def team_view(store: Store, principal: Principal, department: str, period: Period | str) -> list[dict[str, Any]]:
    """One row per employee × KPI of ``department``: target, value to date, latest confidence and note."""
    principal.require_read(department)
    period = _period(period)
    scheme = store.load_scheme()
    latest = _latest(checkins(store, period=period))
    team = [e for e in scheme.employees if e.department == department]
    values = _values(store, scheme, period, {(e.id, k.id) for e in team for k in scheme.kpis_of(e.role)})
    rows = []
    for emp in team:
        for kpi in scheme.kpis_of(emp.role):
            last = latest.get((emp.id, kpi.id), {})
            rows.append(
                {"employee": emp.id, "name": emp.name, "kpi": kpi.id, "kpi_name": kpi.name, "target": kpi.target,
                 "value_to_date": values.get((emp.id, kpi.id)),
                 "confidence": last.get("confidence"), "note": last.get("note", ""), "checked_in": last.get("at")}
            )  # fmt: skip
    return rows
