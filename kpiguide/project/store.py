"""The project store: one project = one database (SQLite file by default, PostgreSQL by URL).

Every write runs in one transaction and is recorded in the audit log (who, when,
what, old → new, why).  Editable rows carry a ``version``; saving with a stale
version raises :class:`ConflictError` instead of overwriting someone else's edit.
Engines keep their own state (period closings, tokens, comments, ...) in the
generic ``records`` table through :meth:`Store.put_record`, so they need no
schema change of their own.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import itertools
import time
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, fields
from pathlib import Path
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from kpiguide.core.errors import (
    BusyError,
    ConflictError,
    DataImportError,
    InputError,
    NotFound,
    Problem,
    ProjectNotFound,
    StoreError,
)
from kpiguide.core.model import (
    Actual,
    Adjustment,
    Organization,
    Period,
    Scheme,
)
from kpiguide.core.structured import gc_paused
from kpiguide.project.changes import EntityChanges, EntityDiff, SchemeChanges, diff_entity
from kpiguide.project.records import audited_data, write_guards
from kpiguide.project.tables import (
    ENTITY_TABLES,
    MIGRATIONS,
    SCHEMA_VERSION,
    SchemeMember,
    _actual_from_row,
    _actual_row,
    _audit_value,
    _dumps,
    _from_row,
    _loads,
    _now,
    _to_row,
    actuals_t,
    adjustments_t,
    audit_t,
    departments_t,
    employees_t,
    kpis_t,
    objectives_t,
    organization_t,
    records_t,
    roles_t,
    schema_version,
)
from kpiguide.scheme.convert import ENTITIES

__all__ = ["AuditEntry", "Record", "Store", "Versioned", "actual_columns", "init_project", "open_project"]

_F = TypeVar("_F", bound=Callable[..., Any])


@dataclass(frozen=True)
class Versioned:
    """A value read from the store together with the version to save against."""

    value: Any
    version: int


@dataclass(frozen=True)
class Record:
    kind: str
    key: str
    data: Mapping[str, Any]
    version: int
    updated_at: str | None
    updated_by: str | None


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str
    actor: str
    action: str
    entity: str
    entity_id: str | None
    old: Any
    new: Any
    reason: str | None


# -- the store -------------------------------------------------------------------------


def _url_for(target: str | Path) -> str:
    text = str(target)
    if "://" in text:
        return text
    return f"sqlite:///{Path(text).expanduser().resolve()}"


# What SQLite and PostgreSQL say when another writer is in the way (worth a retry).
_BUSY_MARKS = ("locked", "busy", "deadlock detected", "could not serialize")


def _retrying(method: _F) -> _F:
    """Run a store write again, with back-off, when another writer was in the way, within the busy timeout.

    SQLite waits for a lock by itself, but some conflicts come back at once (a read snapshot that is
    too old to write from, a PostgreSQL deadlock or serialisation failure); they are retried here until
    the busy timeout has passed, then reported as :class:`BusyError` with its clear message.  Writes
    inside :meth:`Store.transaction` are not retried here: the caller's whole transaction must be."""

    @functools.wraps(method)
    def wrapper(self: Store, *args: Any, **kwargs: Any) -> Any:
        if self._conn is not None:
            return method(self, *args, **kwargs)
        deadline = time.monotonic() + self.busy_timeout
        delay = 0.02
        while True:
            try:
                return method(self, *args, **kwargs)
            except BusyError:
                if time.monotonic() + delay > deadline:
                    raise
            time.sleep(delay)
            delay = min(delay * 2, 0.5)

    return wrapper  # type: ignore[return-value]


def _translate(exc: Exception, where: str) -> StoreError:
    text = str(getattr(exc, "orig", exc)).lower()
    if any(mark in text for mark in _BUSY_MARKS):
        return BusyError(
            f"The project {where} is locked by another program (or a long-running write). "
            "Close other programs using it, or wait a moment, and try again; nothing was changed."
        )
    if "readonly" in text or "read-only" in text or "permission" in text:
        return StoreError(
            f"The project {where} is read-only. Copy it to a folder you can write to, "
            "or ask the owner for write access; nothing was changed."
        )
    if "unable to open" in text:
        return StoreError(f"Cannot open the project {where}: the folder does not exist or is not writable.")
    return StoreError(f"The project {where} could not be used: {getattr(exc, 'orig', exc)}")


class Store:
    """Access to one project. Create with :func:`open_project` or :func:`init_project`."""

    def __init__(
        self, engine: Engine, *, where: str, _conn: Connection | None = None, busy_timeout: float = 10.0
    ) -> None:
        self.engine = engine
        self.where = where
        self._conn = _conn
        self.busy_timeout = busy_timeout

    # -- plumbing --------------------------------------------------------------------
    @contextmanager
    def _begin(self) -> Iterator[Connection]:
        if self._conn is not None:
            yield self._conn
            return
        try:
            with self.engine.begin() as conn:
                yield conn
        except sa.exc.OperationalError as exc:
            raise _translate(exc, self.where) from None

    def _guard(self, entity: str, changes: Mapping[str, Any]) -> None:
        for guard in write_guards(entity):
            guard(self, entity, changes)

    @contextmanager
    def transaction(self) -> Iterator[Store]:
        """A view of this store whose writes all commit together (or not at all)."""
        if self._conn is not None:
            yield self
            return
        with self._begin() as conn:
            yield Store(self.engine, where=self.where, _conn=conn, busy_timeout=self.busy_timeout)

    def _audit(
        self,
        conn: Connection,
        actor: str,
        action: str,
        entity: str,
        entity_id: str | None,
        old: Any,
        new: Any,
        reason: str | None,
    ) -> None:
        conn.execute(
            audit_t.insert().values(
                at=_now(),
                actor=actor or "unknown",
                action=action,
                entity=entity,
                entity_id=entity_id,
                old=_dumps(old),
                new=_dumps(new),
                reason=reason,
            )
        )

    def migrate(self) -> int:
        """Apply pending migrations; return the schema version now in force."""
        with self._begin() as conn:
            if not sa.inspect(conn).has_table("schema_version"):
                schema_version.create(conn)
            done = set(conn.execute(sa.select(schema_version.c.version)).scalars())
            for version, description, step in MIGRATIONS:
                if version not in done:
                    step(conn)
                    conn.execute(
                        schema_version.insert().values(version=version, description=description, applied_at=_now())
                    )
            return max(done | {v for v, _, _ in MIGRATIONS})

    def schema_version(self) -> int:
        with self._begin() as conn:
            return int(conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar() or 0)

    def close(self) -> None:
        self.engine.dispose()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # -- scheme ------------------------------------------------------------------------
    def organization(self) -> Organization:
        with self._begin() as conn:
            row = conn.execute(sa.select(organization_t)).mappings().first()
        return Organization(row["name"], row["industry"] or "") if row else Organization("")

    def load_scheme(self) -> Scheme:
        """The whole scheme as stored now."""
        with self._begin() as conn:
            org = conn.execute(sa.select(organization_t)).mappings().first()
            parts = {}
            for entity, table in ENTITY_TABLES.items():
                rows = conn.execute(sa.select(table).order_by(table.c.position, table.c.id)).mappings()
                parts[entity] = tuple(_from_row(entity, r) for r in rows)
        return Scheme(
            Organization(org["name"], org["industry"] or "") if org else Organization(""),
            parts["objective"],
            parts["department"],
            parts["role"],
            parts["kpi"],
            parts["employee"],
        )

    def get(self, entity: str, key: str) -> Versioned:
        """One objective/department/role/kpi/employee with its version."""
        table = self._table(entity)
        with self._begin() as conn:
            row = conn.execute(sa.select(table).where(table.c.id == key)).mappings().first()
        if row is None:
            raise NotFound(f"No {entity} with id {key!r} in the project {self.where}; reload it and check the id.")
        return Versioned(_from_row(entity, row), row["version"])

    def versions(self, entity: str) -> dict[str, int]:
        table = self._table(entity)
        with self._begin() as conn:
            return {row[0]: row[1] for row in conn.execute(sa.select(table.c.id, table.c.version))}

    @staticmethod
    def _table(entity: str) -> sa.Table:
        if entity not in ENTITY_TABLES:
            raise InputError(
                f"Unknown entity {entity!r}", [Problem(f"use one of {', '.join(ENTITY_TABLES)}", field="entity")]
            )
        return ENTITY_TABLES[entity]

    @_retrying
    def save(
        self,
        entity: str,
        obj: Any,
        *,
        expected_version: int | None,
        actor: str,
        reason: str = "",
        override: str = "",
    ) -> int:
        """Insert (``expected_version=None``) or update one row; return its new version.

        Raises :class:`ConflictError` when the row changed since ``expected_version``
        was read, or when inserting a row that already exists.  The entity's write guards
        (:func:`~kpiguide.project.records.register_write_guard`) may refuse the write;
        ``override`` (why, e.g. an approved change request; part of the audited reason) skips them.
        """
        table = self._table(entity)
        row = _to_row(entity, obj)
        if override:
            reason = reason if override in reason else f"{reason} [{override}]".lstrip()
        else:
            self._guard(entity, {obj.id: obj})
        with self._begin() as conn:
            current = conn.execute(sa.select(table).where(table.c.id == obj.id)).mappings().first()
            if expected_version is None:
                if current is not None:
                    raise ConflictError(entity, obj.id, None, current["version"])
                position = conn.execute(sa.select(sa.func.count()).select_from(table)).scalar() or 0
                conn.execute(table.insert().values(**row, position=position, version=1))
                self._audit(conn, actor, "create", entity, obj.id, None, _audit_value(entity, obj), reason)
                return 1
            if current is None:
                raise ConflictError(entity, obj.id, expected_version, None)
            result = conn.execute(
                table.update()
                .where(table.c.id == obj.id, table.c.version == expected_version)
                .values(**row, version=expected_version + 1)
            )
            if result.rowcount != 1:
                raise ConflictError(entity, obj.id, expected_version, current["version"])
            old = _audit_value(entity, _from_row(entity, current))
            self._audit(conn, actor, "update", entity, obj.id, old, _audit_value(entity, obj), reason)
            return expected_version + 1

    @_retrying
    def delete(self, entity: str, key: str, *, expected_version: int, actor: str, reason: str = "") -> None:
        """Delete one row (audited with the row as it was, so :meth:`restore` can bring it back)."""
        table = self._table(entity)
        self._guard(entity, {key: None})
        with self._begin() as conn:
            current = conn.execute(sa.select(table).where(table.c.id == key)).mappings().first()
            if current is None or current["version"] != expected_version:
                raise ConflictError(entity, key, expected_version, None if current is None else current["version"])
            conn.execute(table.delete().where(table.c.id == key, table.c.version == expected_version))
            self._audit(
                conn, actor, "delete", entity, key, _audit_value(entity, _from_row(entity, current)), None, reason
            )

    @_retrying
    def replace_scheme(
        self, scheme: Scheme, *, actor: str, reason: str = "import", delete_missing: bool = False
    ) -> dict[str, int]:
        """Import ``scheme`` in one transaction: rows matched by id.

        New rows are inserted, changed ones updated (version bumped); rows missing from
        ``scheme`` are deleted only with ``delete_missing`` (otherwise kept and counted as
        ``kept``). Every change is audited, a deletion with the row as it was, so that
        :meth:`restore` can bring it back. Returns the counts (created, updated, deleted,
        kept, unchanged).
        """
        counts = {"created": 0, "updated": 0, "deleted": 0, "kept": 0, "unchanged": 0}
        now = _now()
        with gc_paused(), self._begin() as conn:
            self._replace_organization(conn, scheme.organization, actor=actor, reason=reason)
            audits: list[dict[str, Any]] = []
            for entity, objs in _members(scheme).items():
                diff = diff_entity(entity, self._rows_by_id(conn, entity), objs)
                if write_guards(entity):
                    changes: dict[str, Any] = {obj.id: obj for _, obj, _ in diff.updated}
                    changes.update({row["id"]: None for row in diff.missing} if delete_missing else {})
                    view = Store(self.engine, where=self.where, _conn=conn, busy_timeout=self.busy_timeout)
                    view._guard(entity, changes)
                audits += self._apply_diff(conn, entity, diff, delete_missing=delete_missing)
                counts["created"] += len(diff.created)
                counts["updated"] += len(diff.updated)
                counts["unchanged"] += diff.unchanged + len(diff.moved)
                counts["deleted" if delete_missing else "kept"] += len(diff.missing)
            if audits:
                conn.execute(
                    audit_t.insert(), [{**a, "at": now, "actor": actor or "unknown", "reason": reason} for a in audits]
                )
        return counts

    def scheme_changes(self, scheme: Scheme, *, delete_missing: bool = False) -> SchemeChanges:
        """What :meth:`replace_scheme` would change, per entity, without writing anything."""
        with self._begin() as conn:
            org = conn.execute(sa.select(organization_t)).mappings().first()
            new_org = (scheme.organization.name, scheme.organization.industry)
            org_changes = EntityChanges(
                "organization",
                created=("1",) if org is None else (),
                updated=("1",) if org is not None and (org["name"], org["industry"] or "") != new_org else (),
                unchanged=int(org is not None and (org["name"], org["industry"] or "") == new_org),
            )
            entities = [
                EntityChanges.of(entity, diff_entity(entity, self._rows_by_id(conn, entity), objs))
                for entity, objs in _members(scheme).items()
            ]
        return SchemeChanges((org_changes, *entities), delete_missing)

    def _rows_by_id(self, conn: Connection, entity: str) -> dict[str, Any]:
        table = self._table(entity)
        return {r["id"]: r for r in conn.execute(sa.select(table)).mappings()}

    def _replace_organization(self, conn: Connection, organization: Organization, *, actor: str, reason: str) -> None:
        org = conn.execute(sa.select(organization_t)).mappings().first()
        new_org = {"name": organization.name, "industry": organization.industry}
        if org is None:
            conn.execute(organization_t.insert().values(id=1, version=1, **new_org))
            self._audit(conn, actor, "create", "organization", "1", None, new_org, reason)
        elif (org["name"], org["industry"] or "") != (new_org["name"], new_org["industry"]):
            conn.execute(organization_t.update().values(version=org["version"] + 1, **new_org))
            old = {"name": org["name"], "industry": org["industry"]}
            self._audit(conn, actor, "update", "organization", "1", old, new_org, reason)

    def _apply_diff(
        self, conn: Connection, entity: str, diff: EntityDiff, *, delete_missing: bool
    ) -> list[dict[str, Any]]:
        """Write one entity's diff (inserts in bulk); return its audit rows (without who/when/why)."""
        table = self._table(entity)
        audits: list[dict[str, Any]] = []

        def audit(action: str, key: str, old: Any, new: Any) -> None:
            audits.append(
                {"action": action, "entity": entity, "entity_id": key, "old": _dumps(old), "new": _dumps(new)}
            )

        if delete_missing and diff.missing:
            keys = [str(r["id"]) for r in diff.missing]
            for start in range(0, len(keys), 500):
                conn.execute(table.delete().where(table.c.id.in_(keys[start : start + 500])))
            for stored in diff.missing:
                audit("delete", str(stored["id"]), _audit_value(entity, _from_row(entity, stored)), None)
        if diff.created:
            conn.execute(table.insert(), [{**_to_row(entity, o), "position": p, "version": 1} for p, o in diff.created])
            for _, obj in diff.created:
                audit("create", obj.id, None, _audit_value(entity, obj))
        for position, obj, stored in [*diff.updated, *diff.moved]:
            conn.execute(
                table.update()
                .where(table.c.id == obj.id)
                .values(**_to_row(entity, obj), position=position, version=stored["version"] + 1)
            )
        for _, obj, stored in diff.updated:
            audit("update", obj.id, _audit_value(entity, _from_row(entity, stored)), _audit_value(entity, obj))
        return audits

    def restore(self, audit_id: int, *, actor: str, reason: str = "") -> str:
        """Bring back a scheme row (or the organization) as it was before the deletion or update
        recorded as audit entry ``audit_id``; the restore is itself audited. Returns ``"entity id"``.

        Raises :class:`NotFound` for an unknown id and :class:`InputError` for an entry that is
        not a deletion or update of an objective, department, role, KPI, employee or the organization.
        """
        with self._begin() as conn:
            entry = conn.execute(sa.select(audit_t).where(audit_t.c.id == audit_id)).mappings().first()
            if entry is None:
                raise NotFound(f"No audit entry {audit_id} in the project {self.where}; see `kpiguide log`.")
            old = _loads(entry["old"])
            restorable = entry["entity"] in (*ENTITY_TABLES, "organization") and entry["action"] in ("delete", "update")
            if not restorable or not isinstance(old, dict):
                raise InputError(
                    f"Audit entry {audit_id} cannot be restored",
                    [
                        Problem(
                            f"it records {entry['action']!r} of {entry['entity']!r}; only deletions and updates of "
                            f"{', '.join(ENTITY_TABLES)} and the organization can be restored",
                            field="audit_id",
                        )
                    ],
                )
            why = reason or f"restore of audit entry {audit_id}"
            if entry["entity"] == "organization":
                self._replace_organization(
                    conn, Organization(old["name"], old["industry"] or ""), actor=actor, reason=why
                )
            else:
                self._restore_row(conn, entry["entity"], old, actor=actor, reason=why)
        return f"{entry['entity']} {entry['entity_id']}"

    def _restore_row(self, conn: Connection, entity: str, old: dict[str, Any], *, actor: str, reason: str) -> None:
        table = self._table(entity)
        obj = ENTITIES[entity].from_row(old)
        current = conn.execute(sa.select(table).where(table.c.id == obj.id)).mappings().first()
        if current is None:
            position = conn.execute(sa.select(sa.func.count()).select_from(table)).scalar() or 0
            conn.execute(table.insert().values(**_to_row(entity, obj), position=position, version=1))
            self._audit(conn, actor, "restore", entity, obj.id, None, _audit_value(entity, obj), reason)
            return
        conn.execute(
            table.update().where(table.c.id == obj.id).values(**_to_row(entity, obj), version=current["version"] + 1)
        )
        before = _audit_value(entity, _from_row(entity, current))
        self._audit(conn, actor, "restore", entity, obj.id, before, _audit_value(entity, obj), reason)

    # -- actuals --------------------------------------------------------------------------
    def add_actuals(
        self, actuals: Iterable[Actual], *, actor: str, replace_existing: bool = False, reason: str = "import"
    ) -> dict[str, int]:
        """Insert actuals in one transaction.

        An actual for the same subject, KPI and period as a stored one raises
        :class:`StoreError` naming it, unless ``replace_existing`` (then the old
        value is kept in the audit log).
        """
        return self.add_actual_columns(
            actual_columns(actuals), actor=actor, replace_existing=replace_existing, reason=reason
        )

    @_retrying
    def add_actual_columns(
        self,
        columns: Mapping[str, Sequence[Any]],
        *,
        actor: str,
        replace_existing: bool = False,
        reason: str = "import",
    ) -> dict[str, int]:
        """:meth:`add_actuals` for actuals given column by column (how a large file arrives).

        ``columns`` has equally long sequences ``subject_kind``, ``subject``, ``kpi``, ``period``
        (text such as ``2026-01``), ``value`` and optionally ``recorded_at`` (ISO text or a datetime;
        default now), ``recorded_by`` (default ``actor``) and ``note``.  New rows are written in
        bulk, all in one transaction with one audit entry.
        """
        size = len(columns["subject"])
        blank: Sequence[Any] = [None] * size
        cols = [columns["subject_kind"], columns["subject"], columns["kpi"], columns["period"], columns["value"]]
        extra = [columns.get("recorded_at", blank), columns.get("recorded_by", blank), columns.get("note", blank)]
        counts = {"inserted": 0, "replaced": 0, "unchanged": 0}
        now = _now()
        with self._begin() as conn:
            existing = _stored_actuals(conn, set(columns["kpi"]))
            if not existing and _all_new(cols):
                whens = [w.isoformat() if isinstance(w, dt.datetime) else (w or now) for w in extra[0]]
                rows_iter = zip(
                    *cols[:4],
                    map(float, cols[4]),
                    whens,
                    [w or actor for w in extra[1]],
                    [n or "" for n in extra[2]],
                    itertools.repeat(1),
                )
                inserted = _bulk_insert_actuals(conn, rows_iter)
                if inserted:
                    self._audit(conn, actor, "import", "actual", None, None, {"rows": inserted}, reason)
                return {**counts, "inserted": inserted}
            seen: dict[tuple[str, str, str, str], float] = {}  # new in this batch → value
            clashes: list[Problem] = []
            rows: list[tuple[Any, ...]] = []
            for kind, subject, kpi, period, value, when, who, note in zip(*cols, *extra, strict=True):
                key = (kind, subject, kpi, str(period))
                value = float(value)
                stored = existing.get(key)
                if stored is None:
                    if key in seen:
                        if seen[key] != value:
                            actual = Actual(subject, kpi, Period.parse(period), value, kind)
                            clashes.append(_actual_clash(actual, seen[key]))
                        else:
                            counts["unchanged"] += 1
                        continue
                    seen[key] = value
                    when = when.isoformat() if isinstance(when, dt.datetime) else (when or now)
                    rows.append((*key, value, when, who or actor, note or "", 1))
                elif stored[1] == value:
                    counts["unchanged"] += 1
                elif not replace_existing:
                    clashes.append(_actual_clash(Actual(subject, kpi, Period.parse(period), value, kind), stored[1]))
                else:
                    actual = Actual(
                        subject, kpi, Period.parse(period), value, kind, _as_time(when), who or "", note or ""
                    )
                    self._replace_actual(conn, actual, stored, actor=actor, now=now, reason=reason)
                    counts["replaced"] += 1
            if clashes:
                raise DataImportError("Actuals clash with values already in the project; nothing was imported", clashes)
            if rows:
                _bulk_insert_actuals(conn, rows)
                counts["inserted"] = len(rows)
                self._audit(conn, actor, "import", "actual", None, None, {"rows": len(rows)}, reason)
        return counts

    def _replace_actual(
        self,
        conn: Connection,
        actual: Actual,
        stored: tuple[int | None, float, int],
        *,
        actor: str,
        now: str,
        reason: str,
    ) -> None:
        """Overwrite a stored actual's value (version bumped); the old value goes to the audit log."""
        row_id, old_value, version = stored
        row = _actual_row(actual, actor=actor, now=now)
        changes = {k: row[k] for k in ("recorded_at", "recorded_by", "note")}
        conn.execute(
            actuals_t.update()
            .where(actuals_t.c.id == row_id)
            .values(**changes, value=actual.value, version=version + 1)
        )
        key = "|".join(_actual_key(actual))
        self._audit(conn, actor, "update", "actual", key, {"value": old_value}, {"value": actual.value}, reason)

    def actuals(
        self,
        *,
        kpi: str | None = None,
        subject: str | None = None,
        periods: Iterable[Period | str] | None = None,
        subject_kind: str | None = None,
    ) -> list[Actual]:
        query = sa.select(actuals_t)
        if kpi is not None:
            query = query.where(actuals_t.c.kpi == kpi)
        if subject is not None:
            query = query.where(actuals_t.c.subject == subject)
        if subject_kind is not None:
            query = query.where(actuals_t.c.subject_kind == subject_kind)
        if periods is not None:
            query = query.where(actuals_t.c.period.in_([str(p) for p in periods]))
        with self._begin() as conn:
            rows = conn.execute(query.order_by(actuals_t.c.id)).mappings().all()
        return [_actual_from_row(r) for r in rows]

    def actuals_frame(self, *, kpi: str | None = None) -> Any:
        """All actuals as a pandas DataFrame (columns of :class:`Actual`, period as text)."""
        import pandas as pd  # optional heavy dependency, only for this frame view

        query = sa.select(
            actuals_t.c.subject_kind,
            actuals_t.c.subject,
            actuals_t.c.kpi,
            actuals_t.c.period,
            actuals_t.c.value,
            actuals_t.c.recorded_at,
            actuals_t.c.recorded_by,
            actuals_t.c.version,
        )
        if kpi is not None:
            query = query.where(actuals_t.c.kpi == kpi)
        with self._begin() as conn:
            rows = conn.execute(query.order_by(actuals_t.c.id)).mappings().all()
        columns = ["subject_kind", "subject", "kpi", "period", "value", "recorded_at", "recorded_by", "version"]
        return pd.DataFrame([dict(r) for r in rows], columns=columns)

    # -- adjustments ---------------------------------------------------------------------------
    @_retrying
    def add_adjustment(self, adjustment: Adjustment) -> Adjustment:
        with self._begin() as conn:
            row = {f.name: getattr(adjustment, f.name) for f in fields(adjustment)}
            row["period"] = str(adjustment.period)
            row["at"] = adjustment.at.isoformat()
            row["details"] = _dumps(dict(adjustment.details))
            conn.execute(adjustments_t.insert().values(**row))
            audit_new = {**row, "details": dict(adjustment.details)}
            self._audit(conn, adjustment.by, "adjust", "adjustment", adjustment.id, None, audit_new, adjustment.reason)
        return adjustment

    def adjustments(self, *, employee: str | None = None, period: Period | str | None = None) -> list[Adjustment]:
        query = sa.select(adjustments_t)
        if employee is not None:
            query = query.where(adjustments_t.c.employee == employee)
        if period is not None:
            query = query.where(adjustments_t.c.period == str(period))
        with self._begin() as conn:
            rows = conn.execute(query.order_by(adjustments_t.c.at, adjustments_t.c.id)).mappings().all()
        return [
            Adjustment(
                r["id"],
                r["kind"],
                r["employee"],
                Period.parse(r["period"]),
                r["reason"],
                r["by"] or "",
                dt.datetime.fromisoformat(r["at"]),
                r["kpi"],
                _loads(r["details"]) or {},
            )
            for r in rows
        ]

    # -- generic records for engines --------------------------------------------------------------
    def get_record(self, kind: str, key: str) -> Record | None:
        with self._begin() as conn:
            row = (
                conn.execute(sa.select(records_t).where(records_t.c.kind == kind, records_t.c.key == key))
                .mappings()
                .first()
            )
        return (
            None
            if row is None
            else Record(kind, key, _loads(row["data"]), row["version"], row["updated_at"], row["updated_by"])
        )

    def list_records(self, kind: str) -> list[Record]:
        with self._begin() as conn:
            rows = (
                conn.execute(sa.select(records_t).where(records_t.c.kind == kind).order_by(records_t.c.key))
                .mappings()
                .all()
            )
        return [Record(kind, r["key"], _loads(r["data"]), r["version"], r["updated_at"], r["updated_by"]) for r in rows]

    @_retrying
    def put_record(
        self,
        kind: str,
        key: str,
        data: Mapping[str, Any],
        *,
        expected_version: int | None,
        actor: str,
        reason: str = "",
    ) -> int:
        """Insert (``expected_version=None``) or update a record; return its new version."""
        payload = _dumps(dict(data))
        with self._begin() as conn:
            current = (
                conn.execute(sa.select(records_t).where(records_t.c.kind == kind, records_t.c.key == key))
                .mappings()
                .first()
            )
            entity = f"record:{kind}"
            # Kinds registered as redacted (e.g. the invite-signing key) stay out of the audit log.
            audited = audited_data(kind, dict(data))
            if expected_version is None:
                if current is not None:
                    raise ConflictError(kind, key, None, current["version"])
                conn.execute(
                    records_t.insert().values(
                        kind=kind, key=key, data=payload, version=1, updated_at=_now(), updated_by=actor
                    )
                )
                self._audit(conn, actor, "create", entity, key, None, audited, reason)
                return 1
            if current is None:
                raise ConflictError(kind, key, expected_version, None)
            result = conn.execute(
                records_t.update()
                .where(records_t.c.kind == kind, records_t.c.key == key, records_t.c.version == expected_version)
                .values(data=payload, version=expected_version + 1, updated_at=_now(), updated_by=actor)
            )
            if result.rowcount != 1:
                raise ConflictError(kind, key, expected_version, current["version"])
            old_audited = audited_data(kind, _loads(current["data"]))
            self._audit(conn, actor, "update", entity, key, old_audited, audited, reason)
            return expected_version + 1

    @_retrying
    def delete_record(self, kind: str, key: str, *, actor: str, reason: str = "") -> None:
        with self._begin() as conn:
            current = (
                conn.execute(sa.select(records_t).where(records_t.c.kind == kind, records_t.c.key == key))
                .mappings()
                .first()
            )
            if current is None:
                return
            conn.execute(records_t.delete().where(records_t.c.kind == kind, records_t.c.key == key))
            old = audited_data(kind, _loads(current["data"]))
            self._audit(conn, actor, "delete", f"record:{kind}", key, old, None, reason)

    # -- audit -------------------------------------------------------------------------------------------
    def audit_log(
        self, *, entity: str | None = None, entity_id: str | None = None, limit: int | None = None
    ) -> list[AuditEntry]:
        query = sa.select(audit_t)
        if entity is not None:
            query = query.where(audit_t.c.entity == entity)
        if entity_id is not None:
            query = query.where(audit_t.c.entity_id == entity_id)
        query = query.order_by(audit_t.c.id.desc())
        if limit is not None:
            query = query.limit(limit)
        with self._begin() as conn:
            rows = conn.execute(query).mappings().all()
        return [
            AuditEntry(
                r["id"],
                r["at"],
                r["actor"],
                r["action"],
                r["entity"],
                r["entity_id"],
                _loads(r["old"]),
                _loads(r["new"]),
                r["reason"],
            )
            for r in reversed(rows)
        ]

    def log(
        self,
        *,
        actor: str,
        action: str,
        entity: str,
        entity_id: str | None = None,
        old: Any = None,
        new: Any = None,
        reason: str = "",
    ) -> None:
        """Record an event that changes no table row (a report sent, a submission)."""
        with self._begin() as conn:
            self._audit(conn, actor, action, entity, entity_id, old, new, reason)

    def summary(self) -> dict[str, Any]:
        """Counts per table, for ``kpiguide show``."""
        with self._begin() as conn:
            count = {
                name: conn.execute(sa.select(sa.func.count()).select_from(t)).scalar() or 0
                for name, t in (
                    ("objectives", objectives_t),
                    ("departments", departments_t),
                    ("roles", roles_t),
                    ("kpis", kpis_t),
                    ("employees", employees_t),
                    ("actuals", actuals_t),
                    ("adjustments", adjustments_t),
                    ("audit_log", audit_t),
                )
            }
            periods = conn.execute(sa.select(sa.func.min(actuals_t.c.period), sa.func.max(actuals_t.c.period))).first()
        org = self.organization()
        return {
            "project": self.where,
            "organization": org.name,
            "industry": org.industry,
            **count,
            "first_period": periods[0] if periods else None,
            "last_period": periods[1] if periods else None,
        }


def _members(scheme: Scheme) -> dict[str, Sequence[SchemeMember]]:
    return {
        "objective": scheme.objectives,
        "department": scheme.departments,
        "role": scheme.roles,
        "kpi": scheme.kpis,
        "employee": scheme.employees,
    }


_INSERT_CHUNK = 50_000
_ACTUAL_COLUMNS = ("subject_kind", "subject", "kpi", "period", "value", "recorded_at", "recorded_by", "note", "version")


def actual_columns(actuals: Iterable[Actual]) -> dict[str, list[Any]]:
    """Actuals as the columns :meth:`Store.add_actual_columns` takes."""
    actuals = list(actuals)
    return {
        "subject_kind": [a.subject_kind for a in actuals],
        "subject": [a.subject for a in actuals],
        "kpi": [a.kpi for a in actuals],
        "period": [str(a.period) for a in actuals],
        "value": [a.value for a in actuals],
        "recorded_at": [a.recorded_at for a in actuals],
        "recorded_by": [a.recorded_by for a in actuals],
        "note": [a.note for a in actuals],
    }


def _as_time(value: Any) -> dt.datetime | None:
    if value is None or isinstance(value, dt.datetime):
        return value
    return dt.datetime.fromisoformat(str(value))


def _all_new(cols: list[Sequence[Any]]) -> bool:
    """Whether no (subject kind, subject, KPI, period) is given twice in the batch."""
    size = len(cols[0])
    return len(set(zip(cols[0], cols[1], cols[2], map(str, cols[3]), strict=True))) == size


def _bulk_insert_actuals(conn: Connection, rows: Iterable[tuple[Any, ...]]) -> int:
    """Insert rows (in :data:`_ACTUAL_COLUMNS` order) through the driver's executemany, in chunks; return the count.

    The driver call skips SQLAlchemy's per-row parameter processing (a large import spends most of
    its time there otherwise); the chunks bound the memory; all stay in the caller's transaction."""
    style = conn.dialect.paramstyle
    marks = ", ".join(["?"] * len(_ACTUAL_COLUMNS) if style == "qmark" else ["%s"] * len(_ACTUAL_COLUMNS))
    sql = f"INSERT INTO actuals ({', '.join(_ACTUAL_COLUMNS)}) VALUES ({marks})"
    rows = iter(rows)
    count = 0
    while chunk := list(itertools.islice(rows, _INSERT_CHUNK)):
        conn.exec_driver_sql(sql, chunk)
        count += len(chunk)
    return count


def _actual_key(actual: Actual) -> tuple[str, str, str, str]:
    """What makes an actual unique in the store: subject kind, subject, KPI and period."""
    return (actual.subject_kind, actual.subject, actual.kpi, str(actual.period))


def _stored_actuals(conn: Connection, kpis: set[str]) -> dict[tuple[str, str, str, str], tuple[int | None, float, int]]:
    """Key → (row id, value, version) of the stored actuals of ``kpis``."""
    c = actuals_t.c
    query = sa.select(c.id, c.subject_kind, c.subject, c.kpi, c.period, c.value, c.version).where(c.kpi.in_(kpis))
    return {(r.subject_kind, r.subject, r.kpi, r.period): (r.id, r.value, r.version) for r in conn.execute(query)}


def _actual_clash(actual: Actual, stored_value: float) -> Problem:
    return Problem(
        f"{actual.subject_kind} {actual.subject!r}, KPI {actual.kpi!r}, period {actual.period}: the project "
        f"already has {stored_value!r} (new value {actual.value!r}); import with replace to overwrite"
    )


def _make_engine(url: str, busy_timeout: float) -> Engine:
    if url.startswith("sqlite"):
        engine = sa.create_engine(url, connect_args={"timeout": busy_timeout})

        @sa.event.listens_for(engine, "connect")
        def _pragmas(dbapi_conn: Any, _record: Any) -> None:
            cur = dbapi_conn.cursor()
            # A read-only file cannot switch journal mode; reads still work.
            with contextlib.suppress(Exception):
                cur.execute("PRAGMA journal_mode=WAL")
            cur.execute("PRAGMA foreign_keys=ON")
            cur.execute(f"PRAGMA busy_timeout={int(busy_timeout * 1000)}")
            cur.close()

        return engine
    return sa.create_engine(url, pool_pre_ping=True)


def open_project(target: str | Path, *, create: bool = False, busy_timeout: float = 10.0) -> Store:
    """Open the project at a SQLite path or a database URL (``postgresql+psycopg://...``).

    Raises :class:`ProjectNotFound` when a SQLite file does not exist and ``create``
    is false.  Pending schema migrations are applied.  ``busy_timeout`` is how many
    seconds a write waits for another writer before reporting the project locked.
    """
    url = _url_for(target)
    where = str(target)
    if url.startswith("sqlite:///") and not create:
        path = Path(url.removeprefix("sqlite:///").removeprefix("file:").split("?")[0])
        if not path.exists():
            raise ProjectNotFound(
                f"No project at {where!r}. Create one with `kpiguide init {where}` or a demo with `kpiguide demo`."
            )
    try:
        engine = _make_engine(url, busy_timeout)
    except (sa.exc.ArgumentError, ImportError) as exc:
        raise StoreError(f"Cannot use {where!r} as a project: {exc}") from None
    store = Store(engine, where=where, busy_timeout=busy_timeout)
    try:
        with engine.connect() as conn:
            current = (
                conn.execute(sa.select(sa.func.max(schema_version.c.version))).scalar()
                if sa.inspect(conn).has_table("schema_version")
                else 0
            )
        if (current or 0) < SCHEMA_VERSION:
            if not create and current == 0:
                raise ProjectNotFound(f"{where!r} is not a kpiguide project (no kpiguide tables found).")
            store.migrate()
    except sa.exc.DatabaseError as exc:
        engine.dispose()
        if "file is not a database" in str(exc).lower():
            raise ProjectNotFound(f"{where!r} is not a kpiguide project (not a SQLite database).") from None
        raise _translate(exc, where) from None
    return store


def init_project(target: str | Path, *, name: str = "", industry: str = "", actor: str = "cli") -> Store:
    """Create a new, empty project; refuse to overwrite an existing one."""
    url = _url_for(target)
    if url.startswith("sqlite:///"):
        path = Path(url.removeprefix("sqlite:///"))
        if path.exists() and path.stat().st_size > 0:
            raise StoreError(f"{str(target)!r} already exists; choose another name or delete it first.")
        if not path.parent.exists():
            raise StoreError(f"The folder {str(path.parent)!r} does not exist; create it first.")
    store = open_project(target, create=True)
    if store.organization().name == "" and name:
        store.replace_scheme(Scheme(Organization(name, industry)), actor=actor, reason="init")
    return store
