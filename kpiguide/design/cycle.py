"""The KPI cycle of a period: review of each department's KPIs, each employee's agreement, and the lock.

Stages, per department and per employee, per period::

    draft → submitted → returned (comments per KPI) | approved → agreed (employee confirmed)
          → in_progress (the period has started) → closed (the period is closed in the ledger)

There is one review state: record kind ``review`` keyed ``<period>/<department>`` (a record
keyed by the department alone, written by earlier versions, is read as a submission of an
unknown period and replaced at the next submission).  Agreements are record kind
``agreement`` keyed ``<period>/<employee>``.  Every step is a versioned record write, so the
audit log keeps who, when and the data, including the content hash of the KPIs approved or
agreed; two reviewers deciding at once meet the store's optimistic concurrency: one wins,
the other gets a :class:`~kpiguide.core.errors.ConflictError`.

After an employee agreed, the KPIs of their role are *locked* until the period closes:
:func:`guard_kpi_writes`, the store's write guard for KPIs (every save, delete and import,
whoever calls the store), and :func:`locked_changes` (the all-problems preview of
``kpiguide import``) refuse a change of a locked KPI's target, weight or definition and say
how to request one (:mod:`kpiguide.design.changes`).
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import hashlib
import json
from collections.abc import Iterable, Mapping
from typing import Any

from kpiguide.core.errors import AccessDenied, ConflictError, InputError, NotFound, Problem
from kpiguide.core.i18n import Msg, t
from kpiguide.core.model import Kpi, Period, Scheme
from kpiguide.data.ledger import period_status
from kpiguide.project.access import REVIEWER_ROLES, Principal, require_current
from kpiguide.project.records import register_record_kind, register_write_guard
from kpiguide.project.store import Store

__all__ = [
    "AGREEMENT_KIND",
    "LOCKED_FIELDS",
    "REVIEW_KIND",
    "STAGES",
    "KpiLocked",
    "agreement_state",
    "confirm",
    "content_hash",
    "countersign",
    "cycle_status",
    "default_period",
    "department_stage",
    "employee_stage",
    "locked_changes",
    "locked_kpis",
    "propose_instead",
    "record_change",
    "review",
    "review_state",
    "submit",
]

REVIEW_KIND = "review"
AGREEMENT_KIND = "agreement"
register_record_kind(REVIEW_KIND, description="a department's KPIs under review for a period (one state)")
register_record_kind(AGREEMENT_KIND, description="an employee's performance agreement for a period")
STAGES = ("draft", "submitted", "returned", "approved", "agreed", "in_progress", "closed")
# A locked KPI keeps these: its target and weight, and what defines it.
LOCKED_FIELDS = (
    "target", "target_range", "weight", "name", "role", "formula", "unit", "direction", "frequency",
    "data_source", "scoring_rule",
)  # fmt: skip
MAX_TEXT = 2000


class KpiLocked(InputError):
    """An edit of an agreed (locked) KPI without an approved change request."""


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _text(value: Any) -> str:
    return str(value or "").strip()[:MAX_TEXT]


def content_hash(kpis: Iterable[Kpi]) -> str:
    """SHA-256 of the KPIs' content (sorted by id): what a reviewer approved or an employee agreed to."""
    rows = sorted((dataclasses.asdict(k) for k in kpis), key=lambda r: str(r["id"]))
    text = json.dumps(rows, sort_keys=True, ensure_ascii=False, default=lambda v: getattr(v, "value", str(v)))
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def _key(period: Period, subject: str) -> str:
    return f"{period}/{subject}"


def _department(scheme: Scheme, department: str) -> None:
    if department not in {d.id for d in scheme.departments}:
        known = ", ".join(d.id for d in scheme.departments) or "-"
        raise NotFound(Msg("cycle.no_department", department=department, known=known))


def review_state(store: Store, department: str, period: Period | str | None = None) -> dict[str, Any] | None:
    """The review record of ``department`` for ``period`` (its latest when ``period`` is None), with ``version``."""
    if period is not None:
        record = store.get_record(REVIEW_KIND, _key(Period.parse(period), department))
        return None if record is None else {**record.data, "version": record.version}
    found = [r for r in store.list_records(REVIEW_KIND) if r.key == department or r.key.endswith(f"/{department}")]
    if not found:
        return None
    latest = max(found, key=lambda r: str(r.data.get("at", "")))
    return {**latest.data, "version": latest.version}


def default_period(store: Store, today: dt.date | None = None) -> Period:
    """The period a submission without one belongs to: the latest period under review, else this quarter."""
    periods = [Period.parse(r.data["period"]) for r in store.list_records(REVIEW_KIND) if r.data.get("period")]
    open_ = [p for p in periods if period_status(store, p)["status"] != "closed"]
    return max(open_) if open_ else Period.parse((today or dt.date.today()).strftime("%Y-%m")).to("quarter")


def _step(data: Mapping[str, Any], stage: str, by: str, **extra: Any) -> dict[str, Any]:
    at = _now()
    step = {"stage": stage, "by": by, "at": at, **extra}
    return {**data, **extra, "stage": stage, "status": stage, "by": by, "at": at,
            "history": [*data.get("history", []), step]}  # fmt: skip


def submit(
    store: Store, principal: Principal, department: str, period: Period | str | None = None, note: str = ""
) -> int:
    """Submit ``department``'s KPIs for review in ``period``; return the record version (audited).

    Allowed from draft, returned or submitted (a resubmission), and from approved while no
    employee has agreed yet.  Records the content hash and the version of every KPI.
    """
    principal.require_edit(department)
    require_current(store, principal)
    scheme = store.load_scheme()
    _department(scheme, department)
    period = Period.parse(period) if period is not None else default_period(store)
    key = _key(period, department)
    current = store.get_record(REVIEW_KIND, key)
    stage = current.data["stage"] if current else "draft"
    if stage == "approved" and _agreed_employees(store, scheme, department, period):
        raise InputError(Msg("cycle.already_agreed", department=department, period=period))
    kpis = scheme.kpis_of_department(department)
    base = dict(current.data) if current else {"department": department, "period": str(period), "history": []}
    data = _step(base, "submitted", principal.actor, note=_text(note), hash=content_hash(kpis), comments={},
                 kpis={k.id: store.get("kpi", k.id).version for k in kpis})  # fmt: skip
    legacy = store.get_record(REVIEW_KIND, department)
    with store.transaction() as tx:
        if legacy is not None:  # the one review state of earlier versions, keyed by department alone
            tx.delete_record(REVIEW_KIND, department, actor=principal.actor, reason="migrated to per-period review")
        return tx.put_record(
            REVIEW_KIND, key, data, expected_version=None if current is None else current.version,
            actor=principal.actor, reason="submitted for review",
        )  # fmt: skip


def _require_reviewer(principal: Principal, department: str) -> None:
    if principal.role not in REVIEWER_ROLES:
        raise AccessDenied(Msg("cycle.not_reviewer", department=department))


def review(
    store: Store,
    principal: Principal,
    department: str,
    period: Period | str | None = None,
    *,
    approve: bool,
    comment: str = "",
    kpi_comments: Mapping[str, str] | None = None,
    expected_version: int | None = None,
) -> int:
    """Approve or return a submitted department (leadership or HR); return the record version.

    A return needs a comment (overall or on a KPI of the department).  ``expected_version``
    is the version the reviewer looked at: when someone decided in between, the store raises
    :class:`~kpiguide.core.errors.ConflictError` and nothing is written.
    """
    _require_reviewer(principal, department)
    require_current(store, principal)
    scheme = store.load_scheme()
    _department(scheme, department)
    period = Period.parse(period) if period is not None else default_period(store)
    record = store.get_record(REVIEW_KIND, _key(period, department))
    stage = record.data["stage"] if record else "draft"
    if record is not None and stage != "submitted" and expected_version not in (None, record.version):
        raise ConflictError(REVIEW_KIND, record.key, expected_version, record.version)  # another reviewer decided
    if record is None or stage != "submitted":
        raise InputError(Msg("cycle.not_submitted", department=department, period=period, stage=stage))
    kpi_comments = {str(k): _text(v) for k, v in (kpi_comments or {}).items() if _text(v)}
    own = {k.id for k in scheme.kpis_of_department(department)}
    problems = [Problem(Msg("cycle.comment_unknown_kpi", kpi=k, department=department), field="kpi_comment")
                for k in kpi_comments if k not in own]  # fmt: skip
    if not approve and not set(kpi_comments) & own and not _text(comment):
        problems.append(Problem(Msg("cycle.return_needs_comment"), field="comment"))
    if problems:
        raise InputError(Msg("cycle.review_refused", department=department), problems)
    current_hash = content_hash(scheme.kpis_of_department(department))
    if approve and current_hash != record.data.get("hash"):
        raise InputError(Msg("cycle.changed_since_submitted", department=department))
    data = _step(record.data, "approved" if approve else "returned", principal.actor, comment=_text(comment),
                 comments=kpi_comments if not approve else {}, approved_hash=current_hash if approve else None)  # fmt: skip
    return store.put_record(
        REVIEW_KIND, record.key, data, expected_version=expected_version or record.version,
        actor=principal.actor, reason="approved" if approve else "returned with comments",
    )  # fmt: skip


def _employee(scheme: Scheme, employee: str) -> Any:
    try:
        return scheme.employee(employee)
    except KeyError:
        raise NotFound(Msg("cycle.no_employee", employee=employee)) from None


def agreement_state(store: Store, employee: str, period: Period | str) -> dict[str, Any] | None:
    """The agreement record of ``employee`` for ``period`` with its ``version`` (``None``: none yet)."""
    record = store.get_record(AGREEMENT_KIND, _key(Period.parse(period), employee))
    return None if record is None else {**record.data, "version": record.version}


def _agreed_employees(store: Store, scheme: Scheme, department: str, period: Period) -> list[str]:
    out = []
    for emp in scheme.employees_of(department):
        state = agreement_state(store, emp.id, period)
        if state is not None and state["stage"] == "agreed":
            out.append(emp.id)
    return out


def confirm(store: Store, principal: Principal, employee: str, period: Period | str, comment: str = "") -> int:
    """The employee confirms their KPIs for ``period`` (only their own); return the record version.

    The department must be approved for the period and its KPIs unchanged since; the
    agreement records the content hash and the KPI ids it locks.
    """
    period = Period.parse(period)
    if principal.role != "employee" or principal.employee != employee:
        raise AccessDenied(Msg("cycle.not_your_agreement", employee=employee))
    require_current(store, principal)
    scheme = store.load_scheme()
    emp = _employee(scheme, employee)
    review = review_state(store, emp.department, period)
    if review is None or review["stage"] != "approved":
        stage = "draft" if review is None else review["stage"]
        raise InputError(Msg("cycle.not_approved", department=emp.department, period=period, stage=stage))
    if content_hash(scheme.kpis_of_department(emp.department)) != review.get("approved_hash"):
        raise InputError(Msg("cycle.changed_since_approved", department=emp.department))
    kpis = scheme.kpis_of(emp.role)
    current = store.get_record(AGREEMENT_KIND, _key(period, employee))
    if current is not None and current.data["stage"] == "agreed":
        raise InputError(Msg("cycle.already_confirmed", employee=employee, period=period))
    base = dict(current.data) if current else {"employee": employee, "department": emp.department,
                                               "period": str(period), "history": []}  # fmt: skip
    data = _step(base, "agreed", principal.actor, comment=_text(comment), hash=content_hash(kpis),
                 kpis=[k.id for k in kpis], confirmed_by=principal.actor)  # fmt: skip
    return store.put_record(
        AGREEMENT_KIND, _key(period, employee), data, expected_version=None if current is None else current.version,
        actor=principal.actor, reason="employee confirmed the agreement",
    )  # fmt: skip


def propose_instead(store: Store, principal: Principal, employee: str, period: Period | str, reason: str) -> int:
    """The employee does not confirm but proposes a change with a reason; it goes back to the head.

    The agreement's stage becomes ``returned`` (the head sees the reason in :func:`employee_stage`);
    the head changes the KPIs and resubmits the department, and the employee confirms later.
    """
    period = Period.parse(period)
    if principal.role != "employee" or principal.employee != employee:
        raise AccessDenied(Msg("cycle.not_your_agreement", employee=employee))
    if not _text(reason):
        raise InputError(Msg("cycle.propose_refused", employee=employee),
                         [Problem(Msg("cycle.change.needs_reason"), field="reason")])  # fmt: skip
    require_current(store, principal)
    emp = _employee(store.load_scheme(), employee)
    current = store.get_record(AGREEMENT_KIND, _key(period, employee))
    if current is not None and current.data["stage"] == "agreed":
        raise InputError(Msg("cycle.already_confirmed", employee=employee, period=period))
    base = dict(current.data) if current else {"employee": employee, "department": emp.department,
                                               "period": str(period), "history": []}  # fmt: skip
    review = review_state(store, emp.department, period) or {}
    data = _step(base, "returned", principal.actor, comment=_text(reason), review_version=review.get("version"))
    return store.put_record(
        AGREEMENT_KIND, _key(period, employee), data, expected_version=None if current is None else current.version,
        actor=principal.actor, reason="employee proposed a change instead of confirming",
    )  # fmt: skip


def countersign(store: Store, principal: Principal, employee: str, period: Period | str) -> int:
    """The manager (the department's head, leadership or HR) countersigns an agreed agreement."""
    period = Period.parse(period)
    emp = _employee(store.load_scheme(), employee)
    if principal.role not in REVIEWER_ROLES and not (
        principal.role == "head" and principal.department == emp.department
    ):
        raise AccessDenied(Msg("cycle.not_manager", employee=employee))
    require_current(store, principal)
    record = store.get_record(AGREEMENT_KIND, _key(period, employee))
    if record is None or record.data["stage"] != "agreed":
        raise InputError(Msg("cycle.not_confirmed", employee=employee, period=period))
    data = {**record.data, "countersigned_by": principal.actor, "countersigned_at": _now()}
    return store.put_record(AGREEMENT_KIND, record.key, data, expected_version=record.version,
                            actor=principal.actor, reason="manager countersigned")  # fmt: skip


def record_change(tx: Store, department: str, period: Period | str, *, actor: str, change_id: str) -> None:
    """After an approved change (inside ``tx``): what the department's review approved is now the changed KPIs."""
    record = tx.get_record(REVIEW_KIND, _key(Period.parse(period), department))
    if record is None or record.data.get("stage") != "approved":
        return
    new_hash = content_hash(tx.load_scheme().kpis_of_department(department))
    step = {"stage": "approved", "by": actor, "at": _now(), "change": change_id, "hash": new_hash}
    data = {**record.data, "approved_hash": new_hash, "history": [*record.data.get("history", []), step]}
    tx.put_record(REVIEW_KIND, record.key, data, expected_version=record.version, actor=actor,
                  reason=f"approved change {change_id}")  # fmt: skip


def _started_or_closed(store: Store, period: Period, today: dt.date) -> str | None:
    if period_status(store, period)["status"] == "closed":
        return "closed"
    return "in_progress" if today >= period.start else None


def department_stage(
    store: Store, scheme: Scheme, department: str, period: Period, today: dt.date | None = None
) -> dict[str, Any]:
    """Stage of one department in ``period`` with the review's details (comments, who, when)."""
    review = review_state(store, department, period) or {}
    stage = review.get("stage", "draft")
    employees = [e.id for e in scheme.employees_of(department)]
    agreed = _agreed_employees(store, scheme, department, period) if stage == "approved" else []
    if stage == "approved" and employees and len(agreed) == len(employees):
        stage = _started_or_closed(store, period, today or dt.date.today()) or "agreed"
    changed = bool(review) and content_hash(scheme.kpis_of_department(department)) != (
        review.get("approved_hash") or review.get("hash")
    )
    return {"kind": "department", "id": department, "period": str(period), "stage": stage,
            "by": review.get("by"), "at": review.get("at"), "comment": review.get("comment") or review.get("note", ""),
            "kpi_comments": review.get("comments", {}), "agreed": len(agreed), "employees": len(employees),
            "changed_since": changed}  # fmt: skip


def employee_stage(
    store: Store, scheme: Scheme, employee: str, period: Period, today: dt.date | None = None
) -> dict[str, Any]:
    """Stage of one employee in ``period``: their agreement's, else their department's review stage."""
    emp = _employee(scheme, employee)
    state = agreement_state(store, employee, period) or {}
    if state.get("stage") == "agreed":
        stage = _started_or_closed(store, period, today or dt.date.today()) or "agreed"
    else:
        review = review_state(store, emp.department, period) or {}
        stage = review.get("stage", "draft")
        if state.get("stage") == "returned" and review.get("version") == state.get("review_version"):
            stage = "returned"  # the department has not been reviewed again since the employee's proposal
    return {"kind": "employee", "id": employee, "department": emp.department, "period": str(period),
            "stage": stage, "by": state.get("by"), "at": state.get("at"), "comment": state.get("comment", ""),
            "countersigned_by": state.get("countersigned_by")}  # fmt: skip


def cycle_status(store: Store, period: Period | str, today: dt.date | None = None) -> dict[str, Any]:
    """The stage of every department and employee in ``period``."""
    period = Period.parse(period)
    scheme = store.load_scheme()
    return {
        "period": str(period),
        "departments": [department_stage(store, scheme, d.id, period, today) for d in scheme.departments],
        "employees": [employee_stage(store, scheme, e.id, period, today) for e in scheme.employees],
    }


# -- the lock ---------------------------------------------------------------------------------


def locked_kpis(store: Store) -> dict[str, list[Period]]:
    """KPI id → the open periods in which an employee agreed to it (those KPIs are locked)."""
    out: dict[str, list[Period]] = {}
    closed: dict[str, bool] = {}
    for record in store.list_records(AGREEMENT_KIND):
        if record.data.get("stage") != "agreed":
            continue
        period = Period.parse(record.data["period"])
        if str(period) not in closed:
            closed[str(period)] = period_status(store, period)["status"] == "closed"
        if closed[str(period)]:
            continue
        for kpi in record.data.get("kpis", []):
            if period not in out.setdefault(kpi, []):
                out[kpi].append(period)
    return out


def _differences(old: Kpi, new: Kpi) -> list[str]:
    return [f for f in LOCKED_FIELDS if getattr(old, f) != getattr(new, f)]


def _locked_problem(kpi_id: str, fields: list[str], periods: list[Period], lang: str = "en") -> Problem:
    return Problem(
        t("cycle.locked", lang, kpi=kpi_id, fields=", ".join(fields), periods=", ".join(str(p) for p in periods)),
        field=f"kpis.{kpi_id}",
    )


def guard_kpi_writes(store: Store, entity: str, changes: Mapping[str, Any]) -> None:
    """The store's write guard for KPIs: refuse changing or deleting an agreed KPI's target, weight or
    definition (every problem at once); an approved change request writes with ``override``."""
    locked = locked_kpis(store)
    hit = {k: v for k, v in changes.items() if k in locked}
    if not hit:
        return
    problems = []
    for kpi_id, new in sorted(hit.items()):
        stored = store.get("kpi", kpi_id).value
        fields = ["removed"] if new is None else _differences(stored, new)
        if fields:
            problems.append(_locked_problem(kpi_id, fields, locked[kpi_id]))
    if problems:
        raise KpiLocked(Msg("cycle.locked_title", kpi=", ".join(sorted(hit))), problems)


register_write_guard("kpi", f"{__name__}:guard_kpi_writes")


def locked_changes(store: Store, scheme: Scheme) -> list[Problem]:
    """What importing ``scheme`` would change in locked KPIs (removing one counts), one problem each."""
    locked = locked_kpis(store)
    if not locked:
        return []
    stored = {k.id: k for k in store.load_scheme().kpis}
    incoming = {k.id: k for k in scheme.kpis}
    problems = []
    for kpi_id, periods in sorted(locked.items()):
        if kpi_id not in stored:
            continue
        if kpi_id not in incoming:
            problems.append(_locked_problem(kpi_id, ["removed"], periods))
            continue
        fields = _differences(stored[kpi_id], incoming[kpi_id])
        if fields:
            problems.append(_locked_problem(kpi_id, fields, periods))
    return problems
