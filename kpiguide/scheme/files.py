"""Scheme files: the human-editable interchange format of a KPI design.

YAML or JSON (validated by the JSON Schema that ``kpiguide schema`` prints) and an
Excel workbook with one sheet per table.  Loading collects *every* problem, each
located by file, line or sheet/row, and field, and raises one :class:`SchemeError`.
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

import yaml

from kpiguide.core.errors import Problem, SchemeError
from kpiguide.core.model import (
    Department,
    Employee,
    Kpi,
    Organization,
    Role,
    Scheme,
    StrategicObjective,
)
from kpiguide.core.textfile import read_text

__all__ = [
    "dump_scheme",
    "dumps_scheme",
    "load_scheme",
    "loads_scheme",
    "scheme_from_dict",
    "scheme_json_schema",
    "scheme_to_dict",
]

Locator = Callable[[tuple[Any, ...]], dict[str, Any]]


@cache
def _schema_text() -> str:
    return (resources.files("kpiguide") / "schemas" / "scheme.schema.json").read_text(encoding="utf-8")


def scheme_json_schema() -> dict[str, Any]:
    """The JSON Schema of scheme files (a fresh copy each call)."""
    return json.loads(_schema_text())


# -- dict <-> Scheme -----------------------------------------------------------------


def scheme_to_dict(scheme: Scheme) -> dict[str, Any]:
    """The scheme as plain data in the file layout (roles nested in departments)."""
    org: dict[str, Any] = {"name": scheme.organization.name}
    if scheme.organization.industry:
        org["industry"] = scheme.organization.industry
    departments = []
    for dept in scheme.departments:
        roles = []
        for role in scheme.roles_of(dept.id):
            kpis = [_kpi_to_dict(k) for k in scheme.kpis_of(role.id)]
            roles.append(
                {"id": role.id, "name": role.name, "responsibilities": list(role.responsibilities), "kpis": kpis}
            )
        entry: dict[str, Any] = {"id": dept.id, "name": dept.name}
        if dept.mission:
            entry["mission"] = dept.mission
        entry["objectives"] = list(dept.objectives)
        entry["roles"] = roles
        departments.append(entry)
    out: dict[str, Any] = {
        "organization": org,
        "objectives": [
            {"id": o.id, "text": o.text, "perspective": o.perspective.value, "parent": o.parent}
            for o in scheme.objectives
        ],
        "departments": departments,
    }
    if scheme.employees:
        out["employees"] = [
            {"id": e.id, "name": e.name, "role": e.role, "department": e.department, "manager": e.manager}
            for e in scheme.employees
        ]
    return out


def _kpi_to_dict(kpi: Kpi) -> dict[str, Any]:
    out: dict[str, Any] = {
        "id": kpi.id,
        "name": kpi.name,
        "objective": kpi.objective,
        "weight": _plain_number(kpi.weight),
        "target": _plain_number(kpi.target),
        "unit": kpi.unit,
        "direction": kpi.direction.value,
        "perspective": kpi.perspective.value,
        "leading": kpi.leading,
        "frequency": kpi.frequency.value,
        "indicator": kpi.indicator,
        "data_source": kpi.data_source,
        "scoring_rule": kpi.scoring_rule,
        "formula": kpi.formula,
    }
    if kpi.target_range is not None:
        out["target_range"] = [_plain_number(v) for v in kpi.target_range]
    return out


def _plain_number(value: float | None) -> float | int | None:
    if value is None:
        return None
    return int(value) if float(value).is_integer() and abs(value) < 2**53 else float(value)


def scheme_from_dict(
    data: Any, *, source: str = "<data>", locate: Locator | None = None, extra: Iterable[Problem] = ()
) -> Scheme:
    """Validate plain data against the schema and the cross-references; build a Scheme.

    ``locate`` maps a data path such as ``("departments", 0, "roles", 1, "kpis", 2, "weight")``
    to location keywords of :class:`Problem` (``line``, or ``sheet``/``row``/``field``).
    ``extra`` are problems already found while reading the file; they are reported
    together with the validation problems.
    """
    from jsonschema import Draft202012Validator

    def where(path: tuple[Any, ...]) -> dict[str, Any]:
        loc = locate(path) if locate else {}
        loc.setdefault("field", _dotted(path) or None)
        return loc

    problems = list(extra)
    validator = Draft202012Validator(scheme_json_schema())
    for err in sorted(validator.iter_errors(data), key=lambda e: [str(p) for p in e.absolute_path]):
        path = tuple(err.absolute_path)
        problems.append(Problem(_schema_message(err), file=source, **where(path)))
    if isinstance(data, dict):
        problems += [Problem(msg, file=source, **where(path)) for path, msg in _references(data)]
    if problems:
        raise SchemeError(f"The scheme in {source} is not valid", problems)
    return _construct(data)


def _dotted(path: tuple[Any, ...]) -> str:
    out = ""
    for part in path:
        out += f"[{part}]" if isinstance(part, int) else (f".{part}" if out else str(part))
    return out


def _schema_message(err: Any) -> str:
    value = err.instance
    if err.validator == "required":
        missing = [k for k in err.validator_value if k not in (err.instance or {})]
        return f"missing required key(s) {', '.join(map(repr, missing))}; add them"
    if err.validator == "additionalProperties":
        allowed = sorted(err.schema.get("properties", {}))
        extra = sorted(set(err.instance) - set(allowed))
        return f"unknown key(s) {', '.join(map(repr, extra))}; allowed keys are {', '.join(allowed)}"
    if err.validator == "enum":
        return f"{value!r} is not allowed; use one of {', '.join(map(str, err.validator_value))}"
    if err.validator == "type":
        expected = err.validator_value
        expected = " or ".join(expected) if isinstance(expected, list) else expected
        return f"{value!r} is not a {expected}"
    if err.validator == "pattern":
        return f"{value!r} is not a valid id (no spaces or '/')"
    if err.validator in ("minimum", "maximum"):
        return f"{value!r} is out of range ({err.validator} {err.validator_value})"
    return err.message


def _items(container: Any, key: str) -> list[tuple[int, dict[str, Any]]]:
    """The mapping items of ``container[key]`` with their indexes; ignores malformed parts."""
    value = container.get(key) if isinstance(container, dict) else None
    if not isinstance(value, list):
        return []
    return [(i, item) for i, item in enumerate(value) if isinstance(item, dict)]


def _key(item: dict[str, Any], name: str = "id") -> str | None:
    value = item.get(name)
    return value if isinstance(value, str) else None


def _references(data: dict[str, Any]) -> list[tuple[tuple[Any, ...], str]]:
    """Cross-reference problems (duplicate ids, dangling references, cycles) on raw data.

    Runs even when the schema found problems, so that one run reports everything;
    malformed parts are skipped here because the schema already reported them.
    """
    problems: list[tuple[tuple[Any, ...], str]] = []

    def unique(kind: str, items: list[tuple[tuple[Any, ...], str | None]]) -> None:
        seen: dict[str, tuple[Any, ...]] = {}
        for path, key in items:
            if key is None:
                continue
            if key in seen:
                problems.append((path, f"duplicate {kind} id {key!r} (first used at {_dotted(seen[key])})"))
            else:
                seen[key] = path

    objectives = _items(data, "objectives")
    unique("objective", [(("objectives", i, "id"), _key(o)) for i, o in objectives])
    obj_ids = {_key(o) for _, o in objectives} - {None}
    parents = {_key(o): o.get("parent") for _, o in objectives if _key(o)}
    for i, obj in objectives:
        parent = obj.get("parent")
        if isinstance(parent, str) and parent not in obj_ids:
            problems.append((("objectives", i, "parent"), f"parent objective {parent!r} does not exist"))
        seen, cur = {_key(obj)}, parent
        while isinstance(cur, str) and cur in parents:
            if cur in seen:
                problems.append((("objectives", i, "parent"), f"objective {_key(obj)!r} is its own ancestor (a cycle)"))
                break
            seen.add(cur)
            cur = parents[cur]

    role_paths, kpi_paths, role_dept = [], [], {}
    departments = _items(data, "departments")
    for di, dept in departments:
        for oi, oid in enumerate(dept.get("objectives") or () if isinstance(dept.get("objectives"), list) else ()):
            if isinstance(oid, str) and oid not in obj_ids:
                problems.append((("departments", di, "objectives", oi), f"objective {oid!r} does not exist"))
        for ri, role in _items(dept, "roles"):
            role_paths.append((("departments", di, "roles", ri, "id"), _key(role)))
            if _key(role) and _key(dept):
                role_dept.setdefault(_key(role), _key(dept))
            for ki, kpi in _items(role, "kpis"):
                path = ("departments", di, "roles", ri, "kpis", ki)
                kpi_paths.append(((*path, "id"), _key(kpi) or f"{_key(role)}-k{ki + 1}"))
                objective = kpi.get("objective")
                if isinstance(objective, str) and objective not in obj_ids:
                    problems.append(((*path, "objective"), f"objective {objective!r} does not exist"))
                rng = kpi.get("target_range")
                if kpi.get("direction") == "range" and rng is None:
                    problems.append(((*path, "target_range"), "direction 'range' needs target_range: [low, high]"))
                if (
                    isinstance(rng, list)
                    and len(rng) == 2
                    and all(isinstance(v, int | float) and not isinstance(v, bool) for v in rng)
                    and rng[0] > rng[1]
                ):
                    problems.append(((*path, "target_range"), f"low {rng[0]!r} is above high {rng[1]!r}"))
    unique("department", [(("departments", i, "id"), _key(d)) for i, d in departments])
    unique("role", role_paths)
    unique("KPI", kpi_paths)

    employees = _items(data, "employees")
    for ei, emp in employees:
        role, dept = _key(emp, "role"), _key(emp, "department")
        if role is None:
            continue
        if role not in role_dept:
            problems.append((("employees", ei, "role"), f"role {role!r} does not exist"))
        elif dept is not None and dept != role_dept[role]:
            problems.append(
                (
                    ("employees", ei, "department"),
                    f"department {dept!r} does not match role {role!r}, which is in {role_dept[role]!r}",
                )
            )
    unique("employee", [(("employees", i, "id"), _key(e)) for i, e in employees])
    emp_ids = {_key(e) for _, e in employees}
    for ei, emp in employees:
        manager = emp.get("manager")
        if isinstance(manager, str) and manager not in emp_ids:
            problems.append((("employees", ei, "manager"), f"manager {manager!r} is not an employee"))
    return problems


def _construct(data: dict[str, Any]) -> Scheme:
    """Build the Scheme from data that passed the schema and the reference checks."""
    org = Organization(name=data["organization"]["name"], industry=data["organization"].get("industry", ""))
    objectives = [StrategicObjective(o["id"], o["text"], o["perspective"], o.get("parent")) for o in data["objectives"]]
    departments, roles, kpis = [], [], []
    for d in data["departments"]:
        departments.append(Department(d["id"], d["name"], tuple(d.get("objectives", ())), d.get("mission", "")))
        for r in d.get("roles", ()):
            roles.append(Role(r["id"], r["name"], d["id"], tuple(r.get("responsibilities", ()))))
            for ki, k in enumerate(r.get("kpis", ())):
                tr = k.get("target_range")
                kpis.append(
                    Kpi(
                        id=k.get("id") or f"{r['id']}-k{ki + 1}",
                        name=k["name"],
                        role=r["id"],
                        objective=k["objective"],
                        weight=k["weight"],
                        target=k["target"],
                        unit=k["unit"],
                        direction=k["direction"],
                        perspective=k["perspective"],
                        leading=k["leading"],
                        frequency=k["frequency"],
                        indicator=k.get("indicator"),
                        data_source=k.get("data_source", ""),
                        scoring_rule=k.get("scoring_rule", "linear") or "linear",
                        formula=k.get("formula", ""),
                        target_range=tuple(tr) if tr is not None else None,
                    )
                )
    role_dept = {r.id: r.department for r in roles}
    employees = [
        Employee(e["id"], e["name"], e["role"], e.get("department") or role_dept[e["role"]], e.get("manager"))
        for e in data.get("employees", ())
    ]
    return Scheme(org, tuple(objectives), tuple(departments), tuple(roles), tuple(kpis), tuple(employees))


# -- YAML / JSON -----------------------------------------------------------------


def _yaml_locator(text: str) -> Locator:
    """Map data paths to 1-based line numbers using the YAML node tree."""
    lines: dict[tuple[Any, ...], int] = {}
    try:
        root = yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError:
        root = None

    def walk(node: Any, path: tuple[Any, ...]) -> None:
        lines[path] = node.start_mark.line + 1
        if isinstance(node, yaml.MappingNode):
            for key, value in node.value:
                lines[(*path, key.value)] = key.start_mark.line + 1
                walk(value, (*path, key.value)) if not isinstance(value, yaml.ScalarNode) else None
        elif isinstance(node, yaml.SequenceNode):
            for i, item in enumerate(node.value):
                walk(item, (*path, i))

    if root is not None:
        walk(root, ())

    def locate(path: tuple[Any, ...]) -> dict[str, Any]:
        for cut in range(len(path), -1, -1):
            if path[:cut] in lines:
                return {"line": lines[path[:cut]]}
        return {}

    return locate


def loads_scheme(text: str, *, source: str = "<string>") -> Scheme:
    """Load a scheme from YAML or JSON text."""
    text = text.lstrip("\ufeff")
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = mark.line + 1 if mark is not None else None
        problem = getattr(exc, "problem", None) or str(exc)
        raise SchemeError(
            f"Cannot parse {source} as YAML/JSON",
            [Problem(f"syntax error: {problem}; fix the file and try again", file=source, line=line)],
        ) from None
    except (ValueError, RecursionError) as exc:
        raise SchemeError(f"Cannot parse {source} as YAML/JSON", [Problem(str(exc), file=source)]) from None
    if not isinstance(data, dict):
        raise SchemeError(
            f"The scheme in {source} is not valid",
            [
                Problem(
                    f"the file must hold a mapping with keys organization, objectives, departments; "
                    f"found {type(data).__name__}",
                    file=source,
                )
            ],
        )
    return scheme_from_dict(_stringify_keys(data), source=source, locate=_yaml_locator(text))


def _stringify_keys(value: Any) -> Any:
    # YAML allows non-string keys (1: x, null: y) and dates; JSON Schema wants strings.
    if isinstance(value, dict):
        return {str(k): _stringify_keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_stringify_keys(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


def dumps_scheme(scheme: Scheme, fmt: str = "yaml") -> str:
    data = scheme_to_dict(scheme)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def load_scheme(path: str | Path) -> Scheme:
    """Load a scheme from ``.yaml``/``.yml``/``.json``/``.xlsx``."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        from kpiguide.scheme.workbook import read_scheme_xlsx

        return read_scheme_xlsx(path)
    if suffix not in (".yaml", ".yml", ".json"):
        raise SchemeError(
            f"Cannot load {str(path)!r}",
            [Problem(f"unknown file type {suffix!r}; use .yaml, .yml, .json or .xlsx", file=str(path))],
        )
    text, _ = read_text(path)
    return loads_scheme(text, source=str(path))


def dump_scheme(scheme: Scheme, path: str | Path) -> Path:
    """Write ``scheme`` to ``.yaml``/``.yml``/``.json``/``.xlsx`` (chosen by suffix)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        from kpiguide.scheme.workbook import write_scheme_xlsx

        write_scheme_xlsx(scheme, path)
    elif suffix in (".yaml", ".yml", ".json"):
        path.write_text(dumps_scheme(scheme, "json" if suffix == ".json" else "yaml"), encoding="utf-8")
    else:
        raise SchemeError(f"Cannot write {str(path)!r}: unknown file type {suffix!r}; use .yaml, .json or .xlsx")
    return path
