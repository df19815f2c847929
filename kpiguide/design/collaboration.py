"""Collaborative steps on a project, done on behalf of a :class:`~kpiguide.project.access.Principal`.

The apps call these functions (never the store directly), so that every write is
authorised for the invite's scope and audited with its identity:

- :func:`kpi_from_form` turns untrusted form values (text typed in a browser)
  into a :class:`~kpiguide.core.model.Kpi`, reporting every problem at once;
- :func:`save_kpi` saves with optimistic concurrency (a stale version raises
  :class:`~kpiguide.core.errors.ConflictError`);
- :func:`submit_for_review` / :func:`review_status` record a department's
  hand-over (record kind ``review``);
- :func:`add_comment` / :func:`comments` keep employees' comments and proposals
  per KPI (record kind ``kpi_comment``) and show them to whoever may see them;
- :func:`strategy_coverage` and :func:`department_overview` summarise a scheme
  for the leadership dashboard;
- :func:`import_actuals_as`, :func:`sync_as` and :func:`approve_batch_as` bring actuals in
  (a file upload, a connector sync, a staged batch approved): data owners' work, so only
  the leadership (HR) scope may do them.
"""

from __future__ import annotations

import datetime as dt
import re
import secrets
from collections.abc import Mapping
from dataclasses import replace
from pathlib import Path
from typing import Any

from kpiguide.connectors import Batch, approve_batch, record_failure, sync
from kpiguide.core.errors import AccessDenied, InputError, KpiGuideError, Problem
from kpiguide.core.i18n import Msg, t
from kpiguide.core.model import Direction, Frequency, Kpi, Perspective, Scheme
from kpiguide.core.numbers import parse_number
from kpiguide.data.history import import_actuals
from kpiguide.design import cycle
from kpiguide.design.weights import DEFAULT_PROFILE, ProfileRef, role_weights
from kpiguide.project.access import Principal, require_current
from kpiguide.project.store import Store

__all__ = [
    "COMMENT_KINDS",
    "DESIGN_ENTITIES",
    "FORM_FIELDS",
    "add_comment",
    "approve_batch_as",
    "comments",
    "department_overview",
    "draft_kpi",
    "import_actuals_as",
    "kpi_from_form",
    "new_kpi_id",
    "recent_results",
    "require_current",
    "require_data_owner",
    "review_status",
    "save_design",
    "save_kpi",
    "strategy_coverage",
    "submit_for_review",
    "sync_as",
]

FORM_FIELDS = (
    "name",
    "objective",
    "weight",
    "target",
    "unit",
    "direction",
    "frequency",
    "data_source",
    "scoring_rule",
)
COMMENT_KINDS = ("comment", "proposal")
DESIGN_ENTITIES = ("objective", "department", "role", "kpi")
MAX_TEXT = 2000


def _number(value: Any, field: str, problems: list[Problem], *, required: bool) -> float | None:
    if value is None or (isinstance(value, str) and not value.strip()):
        if required:
            problems.append(Problem("a number is required", field=field))
        return None
    try:
        return parse_number(value if isinstance(value, int | float) else str(value))
    except (ValueError, TypeError):
        problems.append(Problem(t("design.problem.not_a_number", "en", value=value), field=field))
        return None


def kpi_from_form(values: Mapping[str, Any], *, base: Kpi, scheme: Scheme) -> Kpi:
    """A KPI equal to ``base`` with the form's fields applied.

    ``values`` holds the fields of :data:`FORM_FIELDS` as typed (numbers may be
    ``"30%"`` or ``"18万"``).  Raises :class:`InputError` listing every problem.
    """
    problems: list[Problem] = []
    name = str(values.get("name", base.name) or "").strip()
    if not name:
        problems.append(Problem("the KPI needs a name", field="name"))
    elif len(name) > 200:
        problems.append(Problem(f"the name is {len(name)} characters long; keep it under 200", field="name"))
    objective = values.get("objective", base.objective) or None
    if objective is not None and objective not in {o.id for o in scheme.objectives}:
        problems.append(Problem(f"no strategic objective {objective!r}", field="objective"))
    weight = _number(values.get("weight", base.weight), "weight", problems, required=True)
    if weight is not None and not 0 <= weight <= 100:
        problems.append(Problem(f"weight {weight:g} is outside 0–100 (per cent of the role's total)", field="weight"))
    target = _number(values.get("target", base.target), "target", problems, required=False)
    enums: dict[str, Any] = {}
    for field, enum in (("direction", Direction), ("frequency", Frequency)):
        raw = values.get(field, getattr(base, field))
        try:
            enums[field] = enum(raw)
        except ValueError:
            choices = ", ".join(e.value for e in enum)
            problems.append(Problem(f"{raw!r} is not one of {choices}", field=field))
    texts = {k: str(values.get(k, getattr(base, k)) or "").strip() for k in ("unit", "data_source", "scoring_rule")}
    for key, text in texts.items():
        if len(text) > MAX_TEXT:
            problems.append(Problem(f"the text is {len(text)} characters long; keep it under {MAX_TEXT}", field=key))
    if not re.fullmatch(r"[A-Za-z0-9_.\-]*", texts["scoring_rule"]):
        problems.append(Problem(f"{texts['scoring_rule']!r} is not a rule name (letters, digits, _)", field="scoring"))
    if problems:
        raise InputError(f"The KPI {base.id!r} cannot be saved", problems)
    perspective = base.perspective
    if objective and objective != base.objective:
        perspective = Perspective(scheme.objective(objective).perspective)
    return replace(
        base,
        name=name,
        objective=objective,
        weight=base.weight if weight is None else weight,  # None only with a problem reported above
        target=target,
        direction=enums["direction"],
        frequency=enums["frequency"],
        unit=texts["unit"],
        data_source=texts["data_source"],
        scoring_rule=texts["scoring_rule"] or "linear",
        perspective=perspective,
    )


def new_kpi_id(scheme: Scheme, role: str) -> str:
    """A fresh, unused KPI id for ``role`` (``<role>_k<n>``)."""
    used = {k.id for k in scheme.kpis}
    n = len(scheme.kpis_of(role)) + 1
    while f"{role}_k{n}" in used:
        n += 1
    return f"{role}_k{n}"


def draft_kpi(scheme: Scheme, role: str, kpi_id: str | None = None) -> Kpi:
    """A new, unsaved KPI for ``role``: serving the department's first objective (with its
    perspective), weight 0, no target, higher is better, monthly; ``kpi_id`` or a fresh id."""
    department = scheme.department(_department_of_role(scheme, role))
    objective = department.objectives[0] if department.objectives else None
    perspective = scheme.objective(objective).perspective if objective else Perspective.INTERNAL_PROCESS
    return Kpi(
        id=kpi_id or new_kpi_id(scheme, role), name="", role=role, objective=objective, weight=0.0, target=None,
        unit="", direction=Direction.HIGHER, perspective=perspective, leading=False, frequency=Frequency.MONTHLY,
    )  # fmt: skip


def _department_of_role(scheme: Scheme, role_id: str) -> str:
    try:
        return scheme.role(role_id).department
    except KeyError:
        raise InputError(f"No role {role_id!r} in the project", [Problem("reload the page", field="role")]) from None


def save_kpi(
    store: Store,
    principal: Principal,
    kpi: Kpi,
    *,
    expected_version: int | None,
    reason: str = "",
    actor: str | None = None,
) -> int:
    """Save ``kpi`` as ``principal`` (insert with ``expected_version=None``); return the new version.

    The principal must be allowed to edit the department of the KPI's role and,
    for an existing KPI, of the role it had before (no moving KPIs out of reach).
    ``actor`` is the name written to the audit log (the principal's by default).
    """
    require_current(store, principal)
    scheme = store.load_scheme()
    principal.require_edit(_department_of_role(scheme, kpi.role))
    if expected_version is not None:
        stored = store.get("kpi", kpi.id).value
        principal.require_edit(_department_of_role(scheme, stored.role))
    return store.save(
        "kpi", kpi, expected_version=expected_version, actor=actor or principal.actor, reason=reason or "edited in app"
    )


def save_design(
    store: Store,
    principal: Principal,
    entity: str,
    obj: Any,
    *,
    expected_version: int | None,
    reason: str = "",
    actor: str | None = None,
) -> int:
    """Save an objective, department, role or KPI as ``principal``; return the new version.

    Strategic objectives are the organisation's: only the leadership scope may change them.
    A department or a role needs the right to edit that department; a KPI goes through
    :func:`save_kpi`.  ``actor`` is the audit name (the principal's by default).
    """
    if entity == "kpi":
        return save_kpi(store, principal, obj, expected_version=expected_version, reason=reason, actor=actor)
    require_current(store, principal)
    if entity not in DESIGN_ENTITIES:
        raise AccessDenied(t("access.not_a_design_entity", "en", entity=entity))
    if entity == "objective" and principal.role != "leadership":
        raise AccessDenied(t("access.cannot_edit", "en", department=store.organization().name))
    if entity == "department":
        principal.require_edit(obj.id)
    elif entity == "role":
        principal.require_edit(obj.department)
        if expected_version is not None:  # no moving another department's role into reach
            principal.require_edit(store.get("role", obj.id).value.department)
    return store.save(
        entity, obj, expected_version=expected_version, actor=actor or principal.actor, reason=reason or "edited in app"
    )


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def submit_for_review(store: Store, principal: Principal, department: str, note: str = "") -> int:
    """Record that ``department``'s KPIs are ready for review; return the record version (audited).

    The one review state is the cycle's (:func:`kpiguide.design.cycle.submit`, for the period under review).
    """
    require_current(store, principal)
    return cycle.submit(store, principal, department, None, note)


def review_status(store: Store, department: str) -> dict[str, Any] | None:
    """The last review state of ``department`` (``status``, ``at``, ``by`` …; ``None`` when never submitted)."""
    return cycle.review_state(store, department)


def add_comment(store: Store, principal: Principal, kpi_id: str, text: str, kind: str = "comment") -> str:
    """Store a comment or proposal on a KPI; return its key.

    An employee may comment on the KPIs of their own role; a head on their
    department's KPIs; leadership on any KPI.
    """
    if kind not in COMMENT_KINDS:
        raise InputError(f"Unknown comment kind {kind!r}", [Problem(f"use one of {COMMENT_KINDS}", field="kind")])
    text = str(text or "").strip()
    if not text:
        raise InputError("The comment is empty", [Problem("write something before sending", field="text")])
    if len(text) > MAX_TEXT:
        raise InputError(
            "The comment is too long", [Problem(f"{len(text)} characters; keep it under {MAX_TEXT}", field="text")]
        )
    require_current(store, principal)
    scheme = store.load_scheme()
    try:
        kpi = scheme.kpi(kpi_id)
    except KeyError:
        raise InputError(f"No KPI {kpi_id!r} in the project", [Problem("reload the page", field="kpi")]) from None
    department = scheme.role(kpi.role).department
    if principal.role == "employee":
        employee = scheme.employee(principal.employee or "")
        if employee.role != kpi.role:
            raise AccessDenied(t("access.cannot_read", "en", department=department))
    else:
        principal.require_read(department)
    at = _now()
    key = f"{kpi_id}/{at}/{secrets.token_hex(4)}"
    data = {
        "kpi": kpi_id,
        "department": department,
        "employee": principal.employee,
        "author": principal.actor,
        "kind": kind,
        "text": text,
        "at": at,
    }
    store.put_record("kpi_comment", key, data, expected_version=None, actor=principal.actor, reason=kind)
    return key


def comments(store: Store, principal: Principal, *, kpi: str | None = None) -> list[dict[str, Any]]:
    """Comments the principal may see, oldest first (an employee sees their own)."""
    out = []
    for record in store.list_records("kpi_comment"):
        data = dict(record.data)
        if kpi is not None and data["kpi"] != kpi:
            continue
        if principal.role == "employee":
            visible = data["employee"] == principal.employee
        else:
            visible = principal.can_read(data["department"])
        if visible:
            out.append({"key": record.key, **data})
    return sorted(out, key=lambda c: (c["at"], c["key"]))


def recent_results(store: Store, employee: str, kpi: str, n: int = 6) -> list[tuple[str, float]]:
    """The last ``n`` monthly (or other) results of one employee on one KPI, oldest first."""
    rows = sorted(((str(a.period), a.value) for a in store.actuals(kpi=kpi, subject=employee)), key=lambda r: r[0])
    return rows[-n:]


def strategy_coverage(scheme: Scheme) -> list[dict[str, Any]]:
    """Per strategic objective: how many KPIs (and departments) serve it."""
    out = []
    for objective in scheme.objectives:
        kpis = [k for k in scheme.kpis if k.objective == objective.id]
        departments = sorted({scheme.role(k.role).department for k in kpis})
        out.append(
            {
                "objective": objective.id,
                "text": objective.text,
                "perspective": objective.perspective.value,
                "kpis": len(kpis),
                "departments": departments,
            }
        )
    return out


def department_overview(
    scheme: Scheme, store: Store | None = None, profile: ProfileRef = DEFAULT_PROFILE
) -> list[dict[str, Any]]:
    """Per department: roles, KPIs, weight totals per role (and the roles whose total misses the
    balance profile's rule), objectives served, review status."""
    out = []
    for department in scheme.departments:
        roles = scheme.roles_of(department.id)
        totals = role_weights(scheme, department.id, profile)
        weights = {w.role: w.total for w in totals}
        kpis = scheme.kpis_of_department(department.id)
        review = review_status(store, department.id) if store is not None else None
        out.append(
            {
                "department": department.id,
                "name": department.name,
                "roles": len(roles),
                "kpis": len(kpis),
                "employees": len(scheme.employees_of(department.id)),
                "weights": weights,
                "weights_off": [w.role for w in totals if not w.ok],
                "objectives": sorted({k.objective for k in kpis if k.objective}),
                "review": None if review is None else review["status"],
                "reviewed_at": None if review is None else review["at"],
            }
        )
    return out


# -- actuals: uploads, syncs and approvals (the data owner's work) --------------------------------


def require_data_owner(store: Store, principal: Principal) -> None:
    """Only the leadership scope (HR, the data owner) brings actuals into a project."""
    require_current(store, principal)
    if principal.role != "leadership":
        raise AccessDenied(Msg("access.data_owner_only"))


def import_actuals_as(
    store: Store, principal: Principal, path: str | Path, *, replace_existing: bool = False, actor: str | None = None
) -> dict[str, int]:
    """Import an actuals file as ``principal`` (all or nothing, closed periods refused, audited)."""
    require_data_owner(store, principal)
    return import_actuals(store, path, actor=actor or principal.actor, replace_existing=replace_existing)


def sync_as(
    store: Store,
    principal: Principal,
    *,
    connector_id: str | None = None,
    period: str | None = None,
    dry_run: bool = False,
    env: Mapping[str, str] | None = None,
    actor: str | None = None,
) -> list[Batch]:
    """Run the stored connectors (or one) as ``principal``: the dashboard's "sync now".

    A failed run is recorded as the connector's last run (so the dashboard shows it) and
    the error raised again; a dry run writes nothing, not even a failure.
    """
    require_data_owner(store, principal)
    who = actor or principal.actor
    try:
        return sync(store, connector_id=connector_id, period=period, dry_run=dry_run, actor=who, env=env)
    except KpiGuideError as exc:
        if not dry_run:
            record_failure(store, exc, connector_id=connector_id, actor=who)
        raise


def approve_batch_as(store: Store, principal: Principal, batch_id: str, *, actor: str | None = None) -> Batch:
    """Approve a staged batch as ``principal``: its rows become actuals (closed periods refused)."""
    require_data_owner(store, principal)
    return approve_batch(store, batch_id, actor or principal.actor)
