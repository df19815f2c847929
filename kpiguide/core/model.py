"""Domain types of a KPI scheme and its data.

All types are frozen dataclasses; collections are tuples.  Edit with
:func:`dataclasses.replace` (or ``Scheme.with_kpi``...), which returns a new value.
Ids are stable strings chosen by the user or derived once and then kept.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field, replace
from enum import StrEnum
from types import MappingProxyType
from typing import Any, Protocol, TypeVar

from kpiguide.core.errors import NotFound
from kpiguide.core.numbers import finite_number
from kpiguide.core.periods import Period

__all__ = [
    "Actual",
    "Adjustment",
    "Department",
    "Direction",
    "Employee",
    "Frequency",
    "Indicator",
    "Kpi",
    "Organization",
    "Period",
    "Perspective",
    "Role",
    "Scheme",
    "StrategicObjective",
]


class Perspective(StrEnum):
    """Balanced-scorecard perspective, ordered from the bottom of a strategy map up."""

    LEARNING_GROWTH = "learning_growth"
    INTERNAL_PROCESS = "internal_process"
    CUSTOMER = "customer"
    FINANCIAL = "financial"


class Direction(StrEnum):
    HIGHER = "higher"
    LOWER = "lower"
    RANGE = "range"


class Frequency(StrEnum):
    DAILY = "daily"
    WEEKLY = "weekly"
    MONTHLY = "monthly"
    QUARTERLY = "quarterly"
    YEARLY = "yearly"


@dataclass(frozen=True)
class Organization:
    name: str
    industry: str = ""


@dataclass(frozen=True)
class StrategicObjective:
    id: str
    text: str
    perspective: Perspective
    parent: str | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "perspective", Perspective(self.perspective))


@dataclass(frozen=True)
class Department:
    id: str
    name: str
    objectives: tuple[str, ...] = ()
    mission: str = ""

    def __post_init__(self) -> None:
        object.__setattr__(self, "objectives", tuple(self.objectives))


@dataclass(frozen=True)
class Role:
    id: str
    name: str
    department: str
    responsibilities: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "responsibilities", tuple(self.responsibilities))


@dataclass(frozen=True)
class Indicator:
    """A catalog entry: what an indicator means, independent of any organisation.

    ``industries`` is ``("general",)`` for indicators that apply everywhere.
    ``benchmarks`` holds published reference values, each a mapping with its
    public source (publisher, title, year, url); never a figure without a source.
    """

    id: str
    name_zh: str
    name_en: str
    definition_zh: str = ""
    definition_en: str = ""
    formula_zh: str = ""
    formula_en: str = ""
    unit: str = ""
    direction: Direction = Direction.HIGHER
    frequency: Frequency = Frequency.MONTHLY
    perspective: Perspective = Perspective.INTERNAL_PROCESS
    leading: bool = False
    function: str = ""
    industries: tuple[str, ...] = ("general",)
    keywords_zh: tuple[str, ...] = ()
    keywords_en: tuple[str, ...] = ()
    data_source_zh: str = ""
    data_source_en: str = ""
    levers_zh: tuple[str, ...] = ()
    levers_en: tuple[str, ...] = ()
    gaming_risks_zh: tuple[str, ...] = ()
    gaming_risks_en: tuple[str, ...] = ()
    benchmarks: tuple[Mapping[str, Any], ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "direction", Direction(self.direction))
        object.__setattr__(self, "frequency", Frequency(self.frequency))
        object.__setattr__(self, "perspective", Perspective(self.perspective))
        for name in (
            "industries",
            "keywords_zh",
            "keywords_en",
            "levers_zh",
            "levers_en",
            "gaming_risks_zh",
            "gaming_risks_en",
        ):
            object.__setattr__(self, name, tuple(getattr(self, name)))
        object.__setattr__(self, "benchmarks", tuple(MappingProxyType(dict(b)) for b in self.benchmarks))

    def _pick(self, lang: str, zh: str, en: str) -> str:
        return zh if lang.startswith("zh") else en

    def name(self, lang: str = "en") -> str:
        return self._pick(lang, self.name_zh, self.name_en)

    def definition(self, lang: str = "en") -> str:
        return self._pick(lang, self.definition_zh, self.definition_en)

    def formula(self, lang: str = "en") -> str:
        return self._pick(lang, self.formula_zh, self.formula_en)

    def data_source(self, lang: str = "en") -> str:
        return self._pick(lang, self.data_source_zh, self.data_source_en)

    def levers(self, lang: str = "en") -> tuple[str, ...]:
        return self.levers_zh if lang.startswith("zh") else self.levers_en

    def gaming_risks(self, lang: str = "en") -> tuple[str, ...]:
        return self.gaming_risks_zh if lang.startswith("zh") else self.gaming_risks_en


@dataclass(frozen=True)
class Kpi:
    """An indicator assigned to a role, with its objective, weight, target and rules.

    ``target`` is the value aimed at per ``frequency`` period; for
    ``direction == "range"`` the acceptable band is ``target_range`` and ``target``
    its ideal point.  ``scoring_rule`` names a rule of the evaluation engine
    (``linear`` by default).
    """

    id: str
    name: str
    role: str
    objective: str | None
    weight: float
    target: float | None
    unit: str
    direction: Direction
    perspective: Perspective
    leading: bool
    frequency: Frequency
    indicator: str | None = None
    data_source: str = ""
    scoring_rule: str = "linear"
    formula: str = ""
    target_range: tuple[float, float] | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "direction", Direction(self.direction))
        object.__setattr__(self, "perspective", Perspective(self.perspective))
        object.__setattr__(self, "frequency", Frequency(self.frequency))
        object.__setattr__(self, "weight", finite_number(self.weight, f"kpi {self.id!r} weight"))
        if self.target is not None:
            object.__setattr__(self, "target", finite_number(self.target, f"kpi {self.id!r} target"))
        if self.target_range is not None:
            low, high = self.target_range
            where = f"kpi {self.id!r} target_range"
            object.__setattr__(self, "target_range", (finite_number(low, where), finite_number(high, where)))


@dataclass(frozen=True)
class Employee:
    id: str
    name: str
    role: str
    department: str
    manager: str | None = None


@dataclass(frozen=True, slots=True)
class Actual:
    """A measured value of a KPI for one subject and period.

    ``subject`` is an employee id, or a department id when ``subject_kind`` is
    ``"department"``.
    """

    subject: str
    kpi: str
    period: Period
    value: float
    subject_kind: str = "employee"
    recorded_at: dt.datetime | None = None
    recorded_by: str = ""
    note: str = ""


@dataclass(frozen=True)
class Adjustment:
    """A change to how a result is computed, made for a reason outside the person's control.

    ``kind``: ``leave`` (pro-rate targets), ``force_majeure`` (exclude or scale),
    ``override`` (manual value). ``details`` holds the kind's parameters.
    """

    id: str
    kind: str
    employee: str
    period: Period
    reason: str
    by: str
    at: dt.datetime
    kpi: str | None = None
    details: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "details", MappingProxyType(dict(self.details)))


@dataclass(frozen=True)
class Scheme:
    """A whole KPI design: strategy, departments, roles, KPIs and (optionally) employees."""

    organization: Organization
    objectives: tuple[StrategicObjective, ...] = ()
    departments: tuple[Department, ...] = ()
    roles: tuple[Role, ...] = ()
    kpis: tuple[Kpi, ...] = ()
    employees: tuple[Employee, ...] = ()

    def __post_init__(self) -> None:
        for name in ("objectives", "departments", "roles", "kpis", "employees"):
            object.__setattr__(self, name, tuple(getattr(self, name)))

    # -- lookups ---------------------------------------------------------------
    def objective(self, objective_id: str) -> StrategicObjective:
        return _find(self.objectives, objective_id, "objective")

    def department(self, department_id: str) -> Department:
        return _find(self.departments, department_id, "department")

    def role(self, role_id: str) -> Role:
        return _find(self.roles, role_id, "role")

    def kpi(self, kpi_id: str) -> Kpi:
        return _find(self.kpis, kpi_id, "KPI")

    def employee(self, employee_id: str) -> Employee:
        return _find(self.employees, employee_id, "employee")

    def roles_of(self, department_id: str) -> tuple[Role, ...]:
        return tuple(r for r in self.roles if r.department == department_id)

    def kpis_of(self, role_id: str) -> tuple[Kpi, ...]:
        return tuple(k for k in self.kpis if k.role == role_id)

    def kpis_of_department(self, department_id: str) -> tuple[Kpi, ...]:
        role_ids = {r.id for r in self.roles_of(department_id)}
        return tuple(k for k in self.kpis if k.role in role_ids)

    def employees_of(self, department_id: str) -> tuple[Employee, ...]:
        return tuple(e for e in self.employees if e.department == department_id)

    def department_of_kpi(self, kpi_id: str) -> Department:
        return self.department(self.role(self.kpi(kpi_id).role).department)

    def kpi_path(self, kpi: Kpi) -> str:
        """Subject path of a KPI, as used by findings."""
        role = self.role(kpi.role)
        return f"departments/{role.department}/roles/{role.id}/kpis/{kpi.id}"

    # -- edits (return new schemes) -------------------------------------------
    def with_kpi(self, kpi: Kpi) -> Scheme:
        """Add ``kpi`` or replace the KPI with the same id."""
        kpis = [k for k in self.kpis if k.id != kpi.id]
        index = next((i for i, k in enumerate(self.kpis) if k.id == kpi.id), len(kpis))
        kpis.insert(index, kpi)
        return replace(self, kpis=tuple(kpis))

    def without_kpi(self, kpi_id: str) -> Scheme:
        return replace(self, kpis=tuple(k for k in self.kpis if k.id != kpi_id))


class _HasId(Protocol):
    @property
    def id(self) -> str: ...


_T = TypeVar("_T", bound=_HasId)


def _find(items: Iterable[_T], key: str, what: str) -> _T:
    for item in items:
        if item.id == key:
            return item
    raise NotFound(f"No {what} with id {key!r}.")
