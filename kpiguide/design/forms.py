"""Editing a project's design from forms: objectives, departments, roles and KPIs from catalog indicators.

The guided notebooks collect untrusted text in widgets; these functions turn it
into domain objects (reporting every problem at once as an
:class:`~kpiguide.core.errors.InputError`) and save them through the store, so every
write is versioned (optimistic concurrency) and audited.  Nothing here imports a
UI package.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from typing import Any

from kpiguide.checks.kpi_review import kpi_statement  # re-exported: the goal sentence of a KPI
from kpiguide.core.errors import InputError, Problem
from kpiguide.core.i18n import Msg
from kpiguide.core.model import (
    Department,
    Direction,
    Frequency,
    Indicator,
    Kpi,
    Perspective,
    Role,
    Scheme,
    StrategicObjective,
)
from kpiguide.design.jobs import split_duties
from kpiguide.project.store import Store

__all__ = [
    "department_from_form",
    "kpi_from_indicator",
    "kpi_statement",
    "new_id",
    "objective_from_form",
    "role_from_form",
    "save_entity",
    "split_duty_lines",
    "with_target",
]

_ID = re.compile(r"[A-Za-z][A-Za-z0-9_\-]{0,39}")
_PREFIX = {
    Perspective.FINANCIAL: "F",
    Perspective.CUSTOMER: "C",
    Perspective.INTERNAL_PROCESS: "P",
    Perspective.LEARNING_GROWTH: "L",
}
MAX_TEXT = 500


def new_id(taken: Iterable[str], prefix: str) -> str:
    """The first ``<prefix><n>`` (n = 1, 2, ...) not in ``taken``."""
    used = set(taken)
    n = 1
    while f"{prefix}{n}" in used:
        n += 1
    return f"{prefix}{n}"


def _text(values: Mapping[str, Any], field: str, problems: list[Problem], *, required: str = "") -> str:
    text = str(values.get(field) or "").strip()
    if not text and required:
        problems.append(Problem(required, field=field))
    elif len(text) > MAX_TEXT:
        problems.append(Problem(f"the text is {len(text)} characters long; keep it under {MAX_TEXT}", field=field))
    return text


def _check_id(value: str, field: str, problems: list[Problem], *, taken: Iterable[str] = (), kind: str = "") -> None:
    """A new id must be well formed and not used by another item of the same ``kind``."""
    if not _ID.fullmatch(value):
        problems.append(
            Problem(f"{value!r} is not a usable id (start with a letter; letters, digits, _ or -)", field=field)
        )
    if value in set(taken):
        problems.append(Problem(f"the id {value!r} is already used by another {kind}", field=field))


def objective_from_form(
    values: Mapping[str, Any], *, scheme: Scheme, base: StrategicObjective | None = None
) -> StrategicObjective:
    """A strategic objective from form values ``text``, ``perspective``, ``parent`` (and ``id`` for a new one).

    A new objective without an id gets the next free ``F1``/``C1``/``P1``/``L1``
    style id of its perspective.  The parent must exist and must not create a loop.
    """
    problems: list[Problem] = []
    text = _text(values, "text", problems, required=Msg("design.problem.objective_required"))
    try:
        perspective = Perspective(values.get("perspective") or (base.perspective if base else ""))
    except ValueError:
        choices = ", ".join(p.value for p in Perspective)
        problems.append(Problem(f"{values.get('perspective')!r} is not one of {choices}", field="perspective"))
        perspective = Perspective.INTERNAL_PROCESS
    others = {o.id: o for o in scheme.objectives if base is None or o.id != base.id}
    if base is not None:
        objective_id = base.id
    else:
        objective_id = str(values.get("id") or "").strip() or new_id(
            [o.id for o in scheme.objectives], _PREFIX[perspective]
        )
        _check_id(objective_id, "id", problems, taken=others, kind="objective")
    parent = str(values.get("parent") or "").strip() or None
    if parent is not None:
        if parent not in others:
            problems.append(Problem(f"no other objective {parent!r} to link to", field="parent"))
        else:
            seen = {objective_id}
            step: str | None = parent
            while step is not None:
                if step in seen:
                    problems.append(Problem(f"linking to {parent!r} would make a loop", field="parent"))
                    break
                seen.add(step)
                step = others[step].parent if step in others else None
    if problems:
        raise InputError(f"The objective {objective_id!r} cannot be saved", problems)
    return StrategicObjective(objective_id, text, perspective, parent)


def department_from_form(values: Mapping[str, Any], *, scheme: Scheme, base: Department | None = None) -> Department:
    """A department from form values ``name``, ``mission``, ``objectives`` (ids) and ``id`` for a new one."""
    problems: list[Problem] = []
    name = _text(values, "name", problems, required="the department needs a name")
    mission = _text(values, "mission", problems)
    objectives = tuple(str(o) for o in values.get("objectives") or ())
    known = {o.id for o in scheme.objectives}
    for objective in objectives:
        if objective not in known:
            problems.append(Problem(f"no strategic objective {objective!r}", field="objectives"))
    if base is None:
        department_id = str(values.get("id") or "").strip()
        _check_id(department_id, "id", problems, taken=(d.id for d in scheme.departments), kind="department")
    else:
        department_id = base.id
    if problems:
        raise InputError(f"The department {department_id!r} cannot be saved", problems)
    return Department(department_id, name, objectives, mission)


def split_duty_lines(text: str) -> tuple[str, ...]:
    """Duty statements edited one per line (empty lines dropped, duplicates removed, order kept)."""
    return tuple(dict.fromkeys(line.strip() for line in str(text or "").splitlines() if line.strip()))


def role_from_form(values: Mapping[str, Any], *, scheme: Scheme, base: Role | None = None) -> Role:
    """A role from form values ``name``, ``department``, ``duties`` (one per line) and ``id`` for a new one.

    ``job_description`` (pasted text) is split with :func:`kpiguide.design.jobs.split_duties`
    when ``duties`` is empty.
    """
    problems: list[Problem] = []
    name = _text(values, "name", problems, required="the role needs a name")
    department = str(values.get("department") or (base.department if base else "")).strip()
    if department not in {d.id for d in scheme.departments}:
        problems.append(Problem(f"no department {department!r}; add the department first", field="department"))
    duties = split_duty_lines(values.get("duties") or "")
    if not duties and values.get("job_description"):
        duties = tuple(split_duties(str(values["job_description"])))
    for duty in duties:
        if len(duty) > MAX_TEXT:
            problems.append(Problem(f"a duty is {len(duty)} characters long; keep it under {MAX_TEXT}", field="duties"))
    if base is None:
        role_id = str(values.get("id") or "").strip()
        _check_id(role_id, "id", problems, taken=(r.id for r in scheme.roles), kind="role")
    else:
        role_id = base.id
    if problems:
        raise InputError(f"The role {role_id!r} cannot be saved", problems)
    return Role(role_id, name, department, duties)


def kpi_from_indicator(indicator: Indicator, *, role: str, scheme: Scheme, lang: str = "zh") -> Kpi:
    """A draft KPI for ``role`` from a catalog indicator (weight 0, no target yet).

    The KPI serves the first objective of the role's department that has the
    indicator's perspective (or no objective when none does).
    """
    role_obj = scheme.role(role)
    department = scheme.department(role_obj.department)
    objectives = [scheme.objective(o) for o in department.objectives if o in {x.id for x in scheme.objectives}]
    objective = next((o.id for o in objectives if o.perspective == indicator.perspective), None)
    used = {k.id for k in scheme.kpis}
    kpi_id = f"{role}_{indicator.id.rsplit('.', 1)[-1]}"  # catalog ids are dotted (sales.x)
    kpi_id = kpi_id if kpi_id not in used else new_id(used, f"{kpi_id}_")
    return Kpi(
        id=kpi_id,
        name=indicator.name(lang),
        role=role,
        objective=objective,
        weight=0.0,
        target=None,
        unit=indicator.unit,
        direction=Direction(indicator.direction),
        perspective=Perspective(indicator.perspective),
        leading=indicator.leading,
        frequency=Frequency(indicator.frequency),
        indicator=indicator.id,
        data_source=indicator.data_source(lang),
        formula=indicator.formula(lang),
    )


def save_entity(
    store: Store, entity: str, obj: Any, *, expected_version: int | None, actor: str, reason: str = ""
) -> int:
    """Save one objective/department/role/KPI (insert when ``expected_version`` is None); return the new version.

    A thin, audited wrapper over :meth:`Store.save` that raises
    :class:`~kpiguide.core.errors.ConflictError` when someone else changed the row, and
    :class:`~kpiguide.design.cycle.KpiLocked` for an agreed KPI (change it through a change request).
    """
    return store.save(entity, obj, expected_version=expected_version, actor=actor, reason=reason or "workshop")


def with_target(kpi: Kpi, target: float) -> Kpi:
    """``kpi`` with a new target value."""
    return replace(kpi, target=float(target))
