"""Validation of scheme data in the file layout: the JSON Schema and the cross-references.

Both checks run on plain data (as read from YAML, JSON or a workbook) and return
every problem as a data path (``("departments", 0, "roles", 1, "kpis", 2, "weight")``)
with a message, so that each reader can locate it in its own terms (line, or
sheet/row/field).
"""

from __future__ import annotations

import json
import math
from collections.abc import Iterable, Sequence
from functools import cache
from importlib import resources
from typing import TYPE_CHECKING, Any

from kpiguide.core.i18n import Msg
from kpiguide.core.numbers import MAX_MAGNITUDE

if TYPE_CHECKING:
    from jsonschema import ValidationError

__all__ = ["PathProblem", "default_kpi_id", "dotted", "reference_problems", "schema_problems", "scheme_json_schema"]

#: A problem found in plain data: where (a data path) and what.
PathProblem = tuple[tuple[Any, ...], str]


@cache
def _schema_text() -> str:
    return (resources.files("kpiguide") / "schemas" / "scheme.schema.json").read_text(encoding="utf-8")


def scheme_json_schema() -> dict[str, Any]:
    """The JSON Schema of scheme files (a fresh copy each call)."""
    schema: dict[str, Any] = json.loads(_schema_text())
    return schema


def default_kpi_id(role_id: str | None, index: int) -> str:
    """The id of the ``index``-th (0-based) KPI of a role when the file gives none.

    >>> default_kpi_id("rep", 0)
    'rep-k1'
    """
    return f"{role_id}-k{index + 1}"


def dotted(path: Sequence[Any]) -> str:
    """A data path as text: ``departments[0].roles[1].name``."""
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


# -- JSON Schema -------------------------------------------------------------------------


@cache
def _fast_validator() -> Any:
    """The schema compiled to Python by fastjsonschema (about 20 times faster than jsonschema on a
    50,000-KPI file), or ``None`` when it is not installed. The schema uses only keywords that mean the
    same in draft 7 and draft 2020-12 (pinned by a test), so both validators accept the same files."""
    try:
        import fastjsonschema  # reason: optional accelerator; jsonschema alone gives the same answers
    except ImportError:
        return None
    return fastjsonschema.compile(scheme_json_schema())


def schema_problems(data: Any) -> list[PathProblem]:
    """Every JSON Schema problem of ``data``, in path order, in words a user can act on.

    A valid file is confirmed by the compiled validator; only a file with problems pays for jsonschema,
    which lists every problem with its path.
    """
    fast = _fast_validator()
    if fast is not None:
        try:
            fast(data)
            return []
        except Exception:  # noqa: BLE001 - any refusal (or a limit of the compiled code) means: ask jsonschema
            pass
    from jsonschema import Draft202012Validator  # reason: heavy (~24 MiB per app kernel), only for a bad file

    validator = Draft202012Validator(scheme_json_schema())
    errors = sorted(validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path])
    # jsonschema reports "required" once per missing key; the message names them all, so keep it once
    found = [(tuple(err.absolute_path), _schema_message(err)) for err in errors]
    return list(dict.fromkeys(found))


def _schema_message(err: ValidationError) -> str:
    value = err.instance
    if err.validator == "required":
        missing = [k for k in err.validator_value if k not in (err.instance or {})]
        return Msg("scheme.missing_keys", keys=", ".join(map(repr, missing)))
    if err.validator == "additionalProperties":
        allowed = sorted(err.schema.get("properties", {})) if isinstance(err.schema, dict) else []
        extra = sorted(set(err.instance) - set(allowed))
        return Msg("scheme.unknown_keys", keys=", ".join(map(repr, extra)), allowed=", ".join(allowed))
    if err.validator == "enum":
        return Msg("scheme.not_allowed", value=value, options=", ".join(map(str, err.validator_value)))
    if err.validator == "type":
        expected = _type_names(err.validator_value)
        return (
            Msg("scheme.empty", expected=expected)
            if value is None
            else Msg("scheme.wrong_type", value=value, expected=expected)
        )
    if err.validator == "pattern":
        return Msg("scheme.bad_id", value=value)
    if isinstance(value, float) and not math.isfinite(value):  # NaN / infinity caught by the schema's "finite"
        return Msg("numbers.not_finite_hint", value=value)
    if isinstance(value, int | float) and abs(value) > MAX_MAGNITUDE:  # the schema's "finite" bound is the reader's
        return Msg("numbers.too_large", value=value)
    if err.validator in ("minimum", "maximum", "minLength", "maxLength", "minItems", "maxItems"):
        return Msg(f"scheme.limit.{err.validator}", value=value, limit=err.validator_value)
    return str(err.message)


def _type_names(expected: str | list[str]) -> Msg:
    """``"string"`` or ``["string", "null"]`` in words: ``string or null``."""
    names = [Msg(f"scheme.type.{name}") for name in ([expected] if isinstance(expected, str) else expected)]
    words = names[0]
    for name in names[1:]:
        words = Msg("scheme.type.either", first=words, second=name)
    return words


# -- cross-references ----------------------------------------------------------------------


def _items(container: Any, key: str) -> list[tuple[int, dict[str, Any]]]:
    """The mapping items of ``container[key]`` with their indexes; ignores malformed parts."""
    value = container.get(key) if isinstance(container, dict) else None
    if not isinstance(value, list):
        return []
    return [(i, item) for i, item in enumerate(value) if isinstance(item, dict)]


def _key(item: dict[str, Any], name: str = "id") -> str | None:
    value = item.get(name)
    return value if isinstance(value, str) else None


def _duplicates(kind: str, items: Iterable[tuple[tuple[Any, ...], str | None]]) -> list[PathProblem]:
    seen: dict[str, tuple[Any, ...]] = {}
    problems: list[PathProblem] = []
    for path, key in items:
        if key is None:
            continue
        if key in seen:
            problems.append((path, Msg(f"scheme.duplicate.{kind}", key=key, first=dotted(seen[key]))))
        else:
            seen[key] = path
    return problems


def reference_problems(data: dict[str, Any]) -> list[PathProblem]:
    """Cross-reference problems (duplicate ids, dangling references, cycles) on raw data.

    Runs even when the schema found problems, so that one run reports everything;
    malformed parts are skipped here because the schema already reported them.
    """
    objectives = _items(data, "objectives")
    obj_ids = {k for _, o in objectives if (k := _key(o)) is not None}
    departments = _items(data, "departments")
    kpis = kpis_with_roles(data)
    problems = _objective_problems(objectives, obj_ids)
    for di, dept in departments:
        problems += _department_problems(di, dept, obj_ids)
    problems += _duplicates("department", [(("departments", i, "id"), _key(d)) for i, d in departments])
    problems += _duplicates(
        "role",
        [(("departments", di, "roles", ri, "id"), _key(r)) for di, d in departments for ri, r in _items(d, "roles")],
    )
    problems += _duplicates(
        "kpi", [((*path, "id"), _key(kpi) or default_kpi_id(_key(role), path[-1])) for path, kpi, role in kpis]
    )
    problems += _employee_problems(_items(data, "employees"), _role_departments(departments))
    return problems


def _objective_problems(objectives: list[tuple[int, dict[str, Any]]], obj_ids: set[str]) -> list[PathProblem]:
    problems = _duplicates("objective", [(("objectives", i, "id"), _key(o)) for i, o in objectives])
    parents = {key: o.get("parent") for _, o in objectives if (key := _key(o))}
    for i, obj in objectives:
        parent = obj.get("parent")
        if isinstance(parent, str) and parent not in obj_ids:
            problems.append((("objectives", i, "parent"), Msg("scheme.no_parent_objective", parent=parent)))
        seen, cur = {_key(obj)}, parent
        while isinstance(cur, str) and cur in parents:
            if cur in seen:
                problems.append((("objectives", i, "parent"), Msg("scheme.objective_cycle", objective=_key(obj))))
                break
            seen.add(cur)
            cur = parents[cur]
    return problems


def _department_problems(di: int, dept: dict[str, Any], obj_ids: set[str]) -> list[PathProblem]:
    """Dangling objectives of one department and of the KPIs of its roles, in file order."""
    problems: list[PathProblem] = []
    listed = dept.get("objectives")
    for oi, oid in enumerate(listed if isinstance(listed, list) else ()):
        if isinstance(oid, str) and oid not in obj_ids:
            problems.append((("departments", di, "objectives", oi), Msg("scheme.no_objective", objective=oid)))
    for ri, role in _items(dept, "roles"):
        for ki, kpi in _items(role, "kpis"):
            problems += _kpi_problems(("departments", di, "roles", ri, "kpis", ki), kpi, obj_ids)
    return problems


def kpis_with_roles(data: dict[str, Any]) -> list[tuple[tuple[Any, ...], dict[str, Any], dict[str, Any]]]:
    """``(path, kpi, role)`` for every well-formed KPI entry of the file layout, in file order."""
    return [
        (("departments", di, "roles", ri, "kpis", ki), kpi, role)
        for di, dept in _items(data, "departments")
        for ri, role in _items(dept, "roles")
        for ki, kpi in _items(role, "kpis")
    ]


def _role_departments(departments: list[tuple[int, dict[str, Any]]]) -> dict[str, str]:
    """Role id → id of the department it is listed under (the first one, if listed twice)."""
    role_dept: dict[str, str] = {}
    for _, dept in departments:
        for _, role in _items(dept, "roles"):
            role_id, dept_id = _key(role), _key(dept)
            if role_id and dept_id:
                role_dept.setdefault(role_id, dept_id)
    return role_dept


def _kpi_problems(path: tuple[Any, ...], kpi: dict[str, Any], obj_ids: set[str]) -> list[PathProblem]:
    problems: list[PathProblem] = []
    objective = kpi.get("objective")
    if isinstance(objective, str) and objective not in obj_ids:
        problems.append(((*path, "objective"), Msg("scheme.no_objective", objective=objective)))
    rng = kpi.get("target_range")
    if kpi.get("direction") == "range" and rng is None:
        problems.append(((*path, "target_range"), Msg("scheme.range_needs_band")))
    if (
        isinstance(rng, list)
        and len(rng) == 2
        and all(isinstance(v, int | float) and not isinstance(v, bool) for v in rng)
        and rng[0] > rng[1]
    ):
        problems.append(((*path, "target_range"), Msg("scheme.range_reversed", low=rng[0], high=rng[1])))
    return problems


def _employee_problems(employees: list[tuple[int, dict[str, Any]]], role_dept: dict[str, str]) -> list[PathProblem]:
    problems: list[PathProblem] = []
    for ei, emp in employees:
        role, dept = _key(emp, "role"), _key(emp, "department")
        if role is None:
            continue
        if role not in role_dept:
            problems.append((("employees", ei, "role"), Msg("scheme.no_role", role=role)))
        elif dept is not None and dept != role_dept[role]:
            problems.append(
                (
                    ("employees", ei, "department"),
                    Msg("scheme.department_mismatch", department=dept, role=role, actual=role_dept[role]),
                )
            )
    problems += _duplicates("employee", [(("employees", i, "id"), _key(e)) for i, e in employees])
    emp_ids = {_key(e) for _, e in employees}
    for ei, emp in employees:
        manager = emp.get("manager")
        if isinstance(manager, str) and manager not in emp_ids:
            problems.append((("employees", ei, "manager"), Msg("scheme.no_manager", manager=manager)))
    return problems
