"""Change requests for agreed KPIs in the middle of a period.

A head (or leadership) proposes a new target, weight or definition of a locked KPI with a
reason and an effective date inside the agreed period (:func:`propose_change`); leadership or
HR approves or rejects it (:func:`decide_change`).  Approving updates the KPI in the same
transaction; evaluation then counts the old value for the days before the effective date and
the new one from it on (:func:`kpiguide.evaluation.engine.apply_kpi_changes`), and
:func:`effective_kpis` shows those value segments.  Requests are records of kind
:data:`~kpiguide.evaluation.service.KPI_CHANGE_KIND`; every step is audited.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import secrets
from collections.abc import Mapping
from typing import Any

from kpiguide.core.errors import AccessDenied, ConflictError, InputError, NotFound, Problem
from kpiguide.core.i18n import Msg
from kpiguide.core.model import Kpi, Period
from kpiguide.core.numbers import parse_number
from kpiguide.design import cycle
from kpiguide.evaluation.adjustments import date_of
from kpiguide.evaluation.engine import change_segments
from kpiguide.evaluation.service import KPI_CHANGE_KIND
from kpiguide.project.access import REVIEWER_ROLES, Principal, require_current
from kpiguide.project.records import register_record_kind
from kpiguide.project.store import Store

__all__ = ["CHANGE_FIELDS", "DEFINITION_FIELDS", "changes", "decide_change", "effective_kpis", "propose_change"]

CHANGE_FIELDS = ("target", "weight", "definition")
DEFINITION_FIELDS = ("name", "formula", "unit", "data_source", "scoring_rule")
register_record_kind(KPI_CHANGE_KIND, description="a change request of an agreed KPI (mid-period)")


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _value(kpi: Kpi, field: str) -> Any:
    if field == "definition":
        return {f: getattr(kpi, f) for f in DEFINITION_FIELDS}
    return getattr(kpi, field)


def _new_value(kpi: Kpi, field: str, value: Any, problems: list[Problem]) -> Any:
    if field == "definition":
        given = dict(value) if isinstance(value, Mapping) else {}
        unknown = [k for k in given if k not in DEFINITION_FIELDS]
        if unknown or not given:
            problems.append(Problem(Msg("cycle.change.bad_field", field=",".join(unknown) or "-"), field=field))
        return {**_value(kpi, field), **{k: str(v).strip() for k, v in given.items()}}
    try:
        return parse_number(value if isinstance(value, int | float) else str(value))
    except (ValueError, TypeError):
        problems.append(Problem(Msg("cycle.change.not_number", field=field, value=value), field=field))
        return None


def _effective(value: Any, problems: list[Problem]) -> dt.date | None:
    try:
        return date_of(value)
    except ValueError:
        problems.append(Problem(Msg("cycle.change.bad_date", value=value), field="effective"))
        return None


def propose_change(
    store: Store,
    principal: Principal,
    kpi_id: str,
    *,
    field: str,
    value: Any,
    effective: Any,
    reason: str,
) -> str:
    """Propose changing an agreed KPI's ``field`` (target, weight or definition) from ``effective``; return its id.

    The KPI must be locked (agreed for an open period) and ``effective`` inside one of those
    periods.  Every problem is reported at once; nothing is written then.
    """
    scheme = store.load_scheme()
    try:
        kpi = scheme.kpi(kpi_id)
    except KeyError:
        raise NotFound(f"No KPI {kpi_id!r} in the project; check the id (kpiguide show).") from None
    principal.require_edit(scheme.role(kpi.role).department)
    require_current(store, principal)
    periods = cycle.locked_kpis(store).get(kpi_id)
    if not periods:
        raise InputError(
            Msg("cycle.change.refused", kpi=kpi_id),
            [Problem(Msg("cycle.change.not_locked", kpi=kpi_id), field="kpi")],
        )
    problems: list[Problem] = []
    if field not in CHANGE_FIELDS:
        raise InputError(
            Msg("cycle.change.refused", kpi=kpi_id),
            [Problem(Msg("cycle.change.bad_field", field=field), field="field")],
        )
    new = _new_value(kpi, field, value, problems)
    day = _effective(effective, problems)
    period = next((p for p in periods if day is not None and p.start <= day <= p.end), None)
    if day is not None and period is None:
        spans = ", ".join(f"{p} ({p.start} – {p.end})" for p in periods)
        problems.append(
            Problem(Msg("cycle.change.outside", effective=day, kpi=kpi_id, periods=spans), field="effective")
        )
    if not str(reason or "").strip():
        problems.append(Problem(Msg("cycle.change.needs_reason"), field="reason"))
    if new is not None and new == _value(kpi, field):
        problems.append(Problem(Msg("cycle.change.same"), field=field))
    if problems:
        raise InputError(Msg("cycle.change.refused", kpi=kpi_id), problems)
    change_id = f"chg-{dt.date.today():%Y%m%d}-{secrets.token_hex(3)}"
    data = {"id": change_id, "kpi": kpi_id, "field": field, "old": _value(kpi, field), "new": new,
            "effective": str(day), "period": str(period), "reason": str(reason).strip()[:2000], "status": "pending",
            "proposed_by": principal.actor, "proposed_at": _now()}  # fmt: skip
    store.put_record(
        KPI_CHANGE_KIND, change_id, data, expected_version=None, actor=principal.actor, reason=data["reason"]
    )
    return change_id


def changes(store: Store, *, kpi: str | None = None, status: str | None = None) -> list[dict[str, Any]]:
    """Change requests (each with its record ``version``), oldest first."""
    out = [{**r.data, "version": r.version} for r in store.list_records(KPI_CHANGE_KIND)]
    out = [c for c in out if (kpi is None or c["kpi"] == kpi) and (status is None or c["status"] == status)]
    return sorted(out, key=lambda c: (c["proposed_at"], c["id"]))


def _changed_kpi(kpi: Kpi, field: str, new: Any) -> Kpi:
    if field == "definition":
        return dataclasses.replace(kpi, **dict(new))
    if field == "target":
        return dataclasses.replace(kpi, target=float(new))
    return dataclasses.replace(kpi, weight=float(new))


def decide_change(
    store: Store,
    principal: Principal,
    change_id: str,
    *,
    approve: bool,
    reason: str = "",
    expected_version: int | None = None,
) -> dict[str, Any]:
    """Approve (the KPI is updated from now on, evaluation pro-rates) or reject a change; return the record.

    Leadership or HR only.  A change decided by someone else in between raises
    :class:`~kpiguide.core.errors.ConflictError`; nothing is written then.
    """
    if principal.role not in REVIEWER_ROLES:
        raise AccessDenied(Msg("cycle.change.not_reviewer"))
    require_current(store, principal)
    record = store.get_record(KPI_CHANGE_KIND, change_id)
    if record is None:
        raise NotFound(Msg("cycle.change.not_found", change=change_id))
    if expected_version is not None and expected_version != record.version:
        raise ConflictError(KPI_CHANGE_KIND, change_id, expected_version, record.version)
    if record.data["status"] != "pending":
        raise InputError(Msg("cycle.change.decided", change=change_id, status=record.data["status"]))
    data = {**record.data, "status": "approved" if approve else "rejected", "decided_by": principal.actor,
            "decided_at": _now(), "decision_reason": str(reason or "").strip()[:2000]}  # fmt: skip
    with store.transaction() as tx:
        if approve:
            current = tx.get("kpi", data["kpi"])
            data["old"] = _value(current.value, data["field"])  # the value in force when approved
            kpi = _changed_kpi(current.value, data["field"], data["new"])
            tx.save("kpi", kpi, expected_version=current.version, actor=principal.actor,
                    reason=f"change {change_id}: {data['reason']}", override=f"change {change_id}")  # fmt: skip
            department = tx.load_scheme().role(kpi.role).department
            cycle.record_change(tx, department, data["period"], actor=principal.actor, change_id=change_id)
        tx.put_record(KPI_CHANGE_KIND, change_id, data, expected_version=record.version, actor=principal.actor,
                      reason="change approved" if approve else "change rejected")  # fmt: skip
    return data


def effective_kpis(store: Store, period: Period | str) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """Per KPI with approved changes: per field, the value segments over ``period`` with their day ranges."""
    period = Period.parse(period)
    approved = changes(store, status="approved")
    scheme = store.load_scheme()
    out: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for kpi in scheme.kpis:
        for field in CHANGE_FIELDS:
            group = [c for c in approved if c["kpi"] == kpi.id and c["field"] == field]
            if not group:
                continue
            segments = change_segments(_value(kpi, field), group, period.start, period.end)
            out.setdefault(kpi.id, {})[field] = [
                {"value": v, "start": str(a), "end": str(b), "days": (b - a).days + 1, "change": c}
                for v, a, b, c in segments
            ]
    return out
