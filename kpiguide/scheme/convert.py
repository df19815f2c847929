"""The one mapping between scheme objects and plain data.

Each entity (objective, department, role, KPI, employee) has one :class:`Entity`:
its flat *row* (field names in order, lists as lists, enums as their values, a
KPI's range as ``target_low``/``target_high``), ``to_row`` and ``from_row``.
Every format is built on these rows:

- the project store's tables (``kpiguide.project.tables``) store rows, lists as JSON;
- the workbook (``kpiguide.scheme.workbook``) has one sheet per entity whose
  columns are the row fields;
- scheme files (YAML/JSON) nest the rows: roles in departments, KPIs in roles
  (:func:`nest_rows`, :func:`scheme_to_dict`), and :func:`scheme_from_dict`
  validates file data and flattens it back into rows.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any, Generic, Literal, TypeVar

from kpiguide.core.errors import Problem, SchemeError
from kpiguide.core.i18n import Msg
from kpiguide.core.model import Department, Employee, Kpi, Organization, Role, Scheme, StrategicObjective
from kpiguide.scheme.validate import default_kpi_id, dotted, reference_problems, schema_problems, scheme_json_schema

__all__ = [
    "ENTITIES",
    "Entity",
    "Locator",
    "Row",
    "nest_rows",
    "plain_number",
    "scheme_from_dict",
    "scheme_from_rows",
    "scheme_json_schema",
    "scheme_rows",
    "scheme_to_dict",
]

Row = dict[str, Any]
Locator = Callable[[tuple[Any, ...]], dict[str, Any]]
FieldKind = Literal["text", "number", "bool", "list"]
T = TypeVar("T")


@dataclass(frozen=True)
class Entity(Generic[T]):
    """How one entity maps to a flat row, and how files nest it.

    ``name`` is the singular used by the store (``"kpi"``), ``key`` the plural used
    by tables, sheets and files (``"kpis"``).  ``kinds`` gives the non-text fields
    (numbers, booleans, lists) so that each format can encode them.  ``parent`` is
    the field that names the entity a file nests this one in (``role`` for a KPI),
    ``children`` the key of the nested list (``kpis`` for a role); a parent field is
    named after the parent entity.  ``defaults`` replace empty values when reading a row;
    ``omit_empty`` fields are left out of a file entry when empty (filled in when loaded).
    """

    name: str
    key: str
    type: type[T]
    fields: tuple[str, ...]
    to_row: Callable[[T], Row]
    from_row: Callable[[Mapping[str, Any]], T]
    kinds: Mapping[str, FieldKind] = field(default_factory=dict)
    parent: str | None = None
    children: str | None = None
    defaults: Mapping[str, Any] = field(default_factory=dict)
    omit_empty: frozenset[str] = frozenset()

    def kind(self, name: str) -> FieldKind:
        return self.kinds.get(name, "text")


def _value(row: Mapping[str, Any], name: str, default: Any = None) -> Any:
    """``row[name]``, or ``default`` when it is missing, None or empty text."""
    value = row.get(name)
    return default if value is None or value == "" else value


# -- objective -------------------------------------------------------------------------


def _objective_row(o: StrategicObjective) -> Row:
    return {"id": o.id, "text": o.text, "perspective": o.perspective.value, "parent": o.parent}


def _objective_from_row(row: Mapping[str, Any]) -> StrategicObjective:
    return StrategicObjective(row["id"], row["text"], row["perspective"], row.get("parent"))


# -- department ------------------------------------------------------------------------


def _department_row(d: Department) -> Row:
    return {"id": d.id, "name": d.name, "mission": d.mission, "objectives": list(d.objectives)}


def _department_from_row(row: Mapping[str, Any]) -> Department:
    return Department(row["id"], row["name"], tuple(row.get("objectives") or ()), _value(row, "mission", ""))


# -- role ----------------------------------------------------------------------------------


def _role_row(r: Role) -> Row:
    return {"id": r.id, "name": r.name, "department": r.department, "responsibilities": list(r.responsibilities)}


def _role_from_row(row: Mapping[str, Any]) -> Role:
    return Role(row["id"], row["name"], row["department"], tuple(row.get("responsibilities") or ()))


# -- KPI -------------------------------------------------------------------------------------

_KPI_DEFAULTS: Mapping[str, Any] = {"unit": "", "data_source": "", "scoring_rule": "linear", "formula": ""}


def _kpi_row(k: Kpi) -> Row:
    low, high = k.target_range or (None, None)
    return {
        "id": k.id,
        "role": k.role,
        "name": k.name,
        "objective": k.objective,
        "weight": k.weight,
        "target": k.target,
        "target_low": low,
        "target_high": high,
        "unit": k.unit,
        "direction": k.direction.value,
        "perspective": k.perspective.value,
        "leading": k.leading,
        "frequency": k.frequency.value,
        "indicator": k.indicator,
        "data_source": k.data_source,
        "scoring_rule": k.scoring_rule,
        "formula": k.formula,
    }


def _kpi_from_row(row: Mapping[str, Any]) -> Kpi:
    low, high = row.get("target_low"), row.get("target_high")
    return Kpi(
        id=row["id"],
        name=row["name"],
        role=row["role"],
        objective=row.get("objective"),
        weight=row["weight"],
        target=row.get("target"),
        unit=_value(row, "unit", _KPI_DEFAULTS["unit"]),
        direction=row["direction"],
        perspective=row["perspective"],
        leading=bool(row["leading"]),
        frequency=row["frequency"],
        indicator=row.get("indicator"),
        data_source=_value(row, "data_source", _KPI_DEFAULTS["data_source"]),
        scoring_rule=_value(row, "scoring_rule", _KPI_DEFAULTS["scoring_rule"]),
        formula=_value(row, "formula", _KPI_DEFAULTS["formula"]),
        target_range=(float(low), float(high)) if low is not None and high is not None else None,
    )


# -- employee ----------------------------------------------------------------------------------


def _employee_row(e: Employee) -> Row:
    return {"id": e.id, "name": e.name, "role": e.role, "department": e.department, "manager": e.manager}


def _employee_from_row(row: Mapping[str, Any]) -> Employee:
    return Employee(row["id"], row["name"], row["role"], row["department"], row.get("manager"))


OBJECTIVE = Entity(
    "objective", "objectives", StrategicObjective, ("id", "text", "perspective", "parent"), _objective_row,
    _objective_from_row,
)  # fmt: skip
DEPARTMENT = Entity(
    "department", "departments", Department, ("id", "name", "mission", "objectives"), _department_row,
    _department_from_row, kinds={"objectives": "list"}, children="roles", defaults={"mission": ""},
    omit_empty=frozenset({"mission"}),
)  # fmt: skip
ROLE = Entity(
    "role", "roles", Role, ("id", "name", "department", "responsibilities"), _role_row, _role_from_row,
    kinds={"responsibilities": "list"}, parent="department", children="kpis",
)  # fmt: skip
KPI = Entity(
    "kpi", "kpis", Kpi,
    ("id", "role", "name", "objective", "weight", "target", "target_low", "target_high", "unit", "direction",
     "perspective", "leading", "frequency", "indicator", "data_source", "scoring_rule", "formula"),
    _kpi_row, _kpi_from_row,
    kinds={"weight": "number", "target": "number", "target_low": "number", "target_high": "number", "leading": "bool"},
    parent="role", defaults=_KPI_DEFAULTS, omit_empty=frozenset({"id"}),  # a KPI without id gets one when loaded
)  # fmt: skip
EMPLOYEE = Entity(
    "employee", "employees", Employee, ("id", "name", "role", "department", "manager"), _employee_row,
    _employee_from_row, omit_empty=frozenset({"department"}),  # derived from the role when loaded
)  # fmt: skip

#: Every entity, in the order a scheme lists them (parents before children).
ENTITIES: Mapping[str, Entity[Any]] = {e.name: e for e in (OBJECTIVE, DEPARTMENT, ROLE, KPI, EMPLOYEE)}


def plain_number(value: Any) -> Any:
    """``30.0`` → ``30`` (files read better without the ``.0``); anything but a float unchanged.

    >>> plain_number(30.0), plain_number(0.5), plain_number(None), plain_number("many")
    (30, 0.5, None, 'many')
    """
    if isinstance(value, float) and value.is_integer() and abs(value) < 2**53:
        return int(value)
    return value


# -- rows <-> Scheme -------------------------------------------------------------------------------


def scheme_rows(scheme: Scheme) -> dict[str, list[Row]]:
    """Entity name → the rows of that entity in ``scheme``, in scheme order."""
    return {e.name: [e.to_row(obj) for obj in getattr(scheme, e.key)] for e in ENTITIES.values()}


def scheme_from_rows(organization: Organization, rows: Mapping[str, Iterable[Mapping[str, Any]]]) -> Scheme:
    """The scheme made of ``rows`` (entity name → rows), without validation."""
    parts = {e.name: tuple(e.from_row(r) for r in rows.get(e.name, ())) for e in ENTITIES.values()}
    return Scheme(organization, parts["objective"], parts["department"], parts["role"], parts["kpi"], parts["employee"])


# -- rows <-> file layout ------------------------------------------------------------------------------


def _file_entry(entity: Entity[Any], row: Mapping[str, Any]) -> dict[str, Any]:
    """One row as an entry of a scheme file (parent implied by nesting, empty optional keys left out)."""
    entry: dict[str, Any] = {}
    for name in entity.fields:
        value = row.get(name)
        if name == entity.parent or name in ("target_low", "target_high"):
            continue
        if name in entity.omit_empty and (value is None or value == ""):
            continue
        entry[name] = plain_number(value) if entity.kind(name) == "number" else value
    if entity is KPI:
        low, high = row.get("target_low"), row.get("target_high")
        if low is not None or high is not None:
            entry["target_range"] = [plain_number(low), plain_number(high)]
    if entity.children:
        entry[entity.children] = []
    return entry


@dataclass(frozen=True)
class Nested:
    """Rows nested into the file layout, with the data path each row landed at.

    ``paths[entity][i]`` is the path of the ``i``-th row of ``entity``
    (``("departments", 0, "roles", 2)``), or ``None`` when its parent is not among
    the rows (the row is left out of ``data``).
    """

    data: dict[str, Any]
    paths: dict[str, list[tuple[Any, ...] | None]]


def nest_rows(rows: Mapping[str, Sequence[Mapping[str, Any]]]) -> Nested:
    """Nest flat rows into the file layout (without ``organization``): roles in departments, KPIs in roles."""
    data: dict[str, Any] = {"objectives": [], "departments": []}
    paths: dict[str, list[tuple[Any, ...] | None]] = {name: [] for name in ENTITIES}
    where: dict[tuple[str, Any], tuple[Any, ...]] = {}  # (entity, id) → path of the entry
    for entity in ENTITIES.values():
        if entity is EMPLOYEE and rows.get(entity.name):
            data["employees"] = []
        for row in rows.get(entity.name, ()):
            if entity.parent is None:
                container, base = data.setdefault(entity.key, []), (entity.key,)
            elif (entity.parent, row.get(entity.parent)) in where:
                base = (*where[(entity.parent, row.get(entity.parent))], entity.key)
                container = _at(data, base)
            else:
                paths[entity.name].append(None)
                continue
            path = (*base, len(container))
            container.append(_file_entry(entity, row))
            paths[entity.name].append(path)
            if entity.children and row.get("id") is not None:
                where.setdefault((entity.name, row["id"]), path)
    return Nested(data, paths)


def _at(data: Any, path: tuple[Any, ...]) -> Any:
    for part in path:
        data = data[part]
    return data


def scheme_to_dict(scheme: Scheme) -> dict[str, Any]:
    """The scheme as plain data in the file layout (roles nested in departments)."""
    org: dict[str, Any] = {"name": scheme.organization.name}
    if scheme.organization.industry:
        org["industry"] = scheme.organization.industry
    return {"organization": org, **nest_rows(scheme_rows(scheme)).data}


def _flatten(data: Mapping[str, Any]) -> dict[str, list[Row]]:
    """Rows of valid file data: the inverse of :func:`nest_rows`, with generated KPI ids."""
    rows: dict[str, list[Row]] = {name: [] for name in ENTITIES}
    rows["objective"] = [dict(o) for o in data["objectives"]]
    role_dept: dict[str, str] = {}
    for d in data["departments"]:
        rows["department"].append({k: v for k, v in d.items() if k != "roles"})
        for r in d.get("roles", ()):
            rows["role"].append({**{k: v for k, v in r.items() if k != "kpis"}, "department": d["id"]})
            role_dept[r["id"]] = d["id"]
            for ki, k in enumerate(r.get("kpis", ())):
                low, high = k.get("target_range") or (None, None)
                kpi = {**k, "id": k.get("id") or default_kpi_id(r["id"], ki), "role": r["id"]}
                rows["kpi"].append({**kpi, "target_low": low, "target_high": high})
    for e in data.get("employees", ()):
        rows["employee"].append({**e, "department": e.get("department") or role_dept[e["role"]]})
    return rows


def scheme_from_dict(
    data: Any, *, source: str = "<data>", locate: Locator | None = None, extra: Iterable[Problem] = ()
) -> Scheme:
    """Validate plain data against the schema and the cross-references; build a Scheme.

    ``locate`` maps a data path such as ``("departments", 0, "roles", 1, "kpis", 2, "weight")``
    to location keywords of :class:`Problem` (``line``, or ``sheet``/``row``/``field``).
    ``extra`` are problems already found while reading the file; they are reported
    together with the validation problems.
    """

    def where(path: tuple[Any, ...]) -> dict[str, Any]:
        loc = locate(path) if locate else {}
        loc.setdefault("field", dotted(path) or None)
        return loc

    found = schema_problems(data)
    if isinstance(data, dict):
        found += reference_problems(data)
    problems = [*extra, *(Problem(message, file=source, **where(path)) for path, message in found)]
    if problems:
        raise SchemeError(Msg("scheme.not_valid", source=source), problems)
    org = Organization(name=data["organization"]["name"], industry=data["organization"].get("industry", ""))
    return scheme_from_rows(org, _flatten(data))
