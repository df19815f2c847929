"""Tables of the project store and the mapping between rows and domain objects.

Schema changes are forward migrations appended to :data:`MIGRATIONS`; never edit a
released step.  Text columns hold JSON for lists and mappings so that the same
schema works on SQLite and PostgreSQL.
"""

from __future__ import annotations

import datetime as dt
import json
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import RowMapping

from kpiguide.core.model import Actual, Department, Employee, Kpi, Period, Role, StrategicObjective
from kpiguide.scheme.convert import ENTITIES

SCHEMA_VERSION = 1
metadata = sa.MetaData()


def _text(name: str, **kw: Any) -> sa.Column[str]:
    return sa.Column(name, sa.Text, **kw)


schema_version = sa.Table(
    "schema_version",
    metadata,
    sa.Column("version", sa.Integer, primary_key=True),
    _text("description"),
    _text("applied_at"),
)
organization_t = sa.Table(
    "organization",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True),
    _text("name", nullable=False),
    _text("industry"),
    sa.Column("version", sa.Integer, nullable=False),
)
objectives_t = sa.Table(
    "objectives",
    metadata,
    sa.Column("id", sa.String(120), primary_key=True),
    _text("text", nullable=False),
    _text("perspective"),
    _text("parent"),
    sa.Column("position", sa.Integer),
    sa.Column("version", sa.Integer, nullable=False),
)
departments_t = sa.Table(
    "departments",
    metadata,
    sa.Column("id", sa.String(120), primary_key=True),
    _text("name", nullable=False),
    _text("mission"),
    _text("objectives"),
    sa.Column("position", sa.Integer),
    sa.Column("version", sa.Integer, nullable=False),
)
roles_t = sa.Table(
    "roles",
    metadata,
    sa.Column("id", sa.String(120), primary_key=True),
    _text("name", nullable=False),
    _text("department"),
    _text("responsibilities"),
    sa.Column("position", sa.Integer),
    sa.Column("version", sa.Integer, nullable=False),
)
kpis_t = sa.Table(
    "kpis",
    metadata,
    sa.Column("id", sa.String(120), primary_key=True),
    _text("role"),
    _text("name", nullable=False),
    _text("objective"),
    sa.Column("weight", sa.Float),
    sa.Column("target", sa.Float),
    sa.Column("target_low", sa.Float),
    sa.Column("target_high", sa.Float),
    _text("unit"),
    _text("direction"),
    _text("perspective"),
    sa.Column("leading", sa.Boolean),
    _text("frequency"),
    _text("indicator"),
    _text("data_source"),
    _text("scoring_rule"),
    _text("formula"),
    sa.Column("position", sa.Integer),
    sa.Column("version", sa.Integer, nullable=False),
)
employees_t = sa.Table(
    "employees",
    metadata,
    sa.Column("id", sa.String(120), primary_key=True),
    _text("name", nullable=False),
    _text("role"),
    _text("department"),
    _text("manager"),
    sa.Column("position", sa.Integer),
    sa.Column("version", sa.Integer, nullable=False),
)
actuals_t = sa.Table(
    "actuals",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    sa.Column("subject_kind", sa.String(20), nullable=False),
    sa.Column("subject", sa.String(120), nullable=False),
    sa.Column("kpi", sa.String(120), nullable=False),
    sa.Column("period", sa.String(16), nullable=False),
    sa.Column("value", sa.Float, nullable=False),
    _text("recorded_at"),
    _text("recorded_by"),
    _text("note"),
    sa.Column("version", sa.Integer, nullable=False),
    sa.UniqueConstraint("subject_kind", "subject", "kpi", "period", name="uq_actual"),
    sa.Index("ix_actuals_kpi_period", "kpi", "period"),
)
adjustments_t = sa.Table(
    "adjustments",
    metadata,
    sa.Column("id", sa.String(64), primary_key=True),
    _text("kind", nullable=False),
    _text("employee"),
    _text("kpi"),
    sa.Column("period", sa.String(16)),
    _text("reason", nullable=False),
    _text("by"),
    _text("at"),
    _text("details"),
)
audit_t = sa.Table(
    "audit_log",
    metadata,
    sa.Column("id", sa.Integer, primary_key=True, autoincrement=True),
    _text("at", nullable=False),
    _text("actor", nullable=False),
    sa.Column("action", sa.String(40), nullable=False),
    sa.Column("entity", sa.String(60), nullable=False),
    _text("entity_id"),
    _text("old"),
    _text("new"),
    _text("reason"),
    sa.Index("ix_audit_entity", "entity", "entity_id"),
)
records_t = sa.Table(
    "records",
    metadata,
    sa.Column("kind", sa.String(60), primary_key=True),
    sa.Column("key", sa.String(200), primary_key=True),
    _text("data", nullable=False),
    sa.Column("version", sa.Integer, nullable=False),
    _text("updated_at"),
    _text("updated_by"),
)

# (version, description, function(connection)) — append, never edit a released step.
MIGRATIONS: tuple[tuple[int, str, Any], ...] = ((1, "initial schema", metadata.create_all),)

#: Entity name → its table; the columns besides ``position`` and ``version`` are the
#: fields of the entity's row in :data:`kpiguide.scheme.convert.ENTITIES` (pinned by a test).
ENTITY_TABLES: dict[str, sa.Table] = {
    "objective": objectives_t,
    "department": departments_t,
    "role": roles_t,
    "kpi": kpis_t,
    "employee": employees_t,
}
BOOKKEEPING_COLUMNS = ("position", "version")
#: What the entity tables hold.
SchemeMember = StrategicObjective | Department | Role | Kpi | Employee


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def _dumps(value: Any) -> str | None:
    return None if value is None else json.dumps(value, ensure_ascii=False, sort_keys=True, default=str)


def _loads(text: str | None) -> Any:
    return None if text is None else json.loads(text)


# -- row <-> domain ------------------------------------------------------------------
# The mapping itself is the scheme's (one home); the store only encodes list fields as JSON text.


def _to_row(entity: str, obj: Any) -> dict[str, Any]:
    """The table row of ``obj`` (without ``position``/``version``)."""
    mapping = ENTITIES[entity]
    return {name: _dumps(v) if mapping.kind(name) == "list" else v for name, v in mapping.to_row(obj).items()}


def _from_row(entity: str, row: RowMapping) -> Any:
    """The domain object of a table row."""
    mapping = ENTITIES[entity]
    values = {name: _loads(row[name]) if mapping.kind(name) == "list" else row[name] for name in mapping.fields}
    return mapping.from_row(values)


def _actual_row(actual: Actual, *, actor: str, now: str) -> dict[str, Any]:
    """The table row of a new actual; who and when default to the importing actor and now."""
    return {
        "subject_kind": actual.subject_kind,
        "subject": actual.subject,
        "kpi": actual.kpi,
        "period": str(actual.period),
        "value": float(actual.value),
        "recorded_at": actual.recorded_at.isoformat() if actual.recorded_at else now,
        "recorded_by": actual.recorded_by or actor,
        "note": actual.note,
        "version": 1,
    }


def _actual_from_row(row: RowMapping) -> Actual:
    return Actual(
        row["subject"],
        row["kpi"],
        Period.parse(row["period"]),
        row["value"],
        row["subject_kind"],
        dt.datetime.fromisoformat(row["recorded_at"]) if row["recorded_at"] else None,
        row["recorded_by"] or "",
        row["note"] or "",
    )


def _audit_value(entity: str, obj: Any) -> Any:
    """What the audit log keeps of ``obj``: its row with lists as lists."""
    return None if obj is None else ENTITIES[entity].to_row(obj)
