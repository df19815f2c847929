"""Sync: pull → check like a file import → data-quality flags → stage a batch → approve → actuals.

State lives in store records:

* ``connectors.config`` (key ``connectors``): the connectors file text, so later syncs use it;
* ``connectors.batch`` (key: the batch id): rows, mode, snapshot hash, counts, source, query,
  quality flags and status (``staged`` / ``approved``) — its audit entry keeps the source and query;
* ``connectors.run`` (key: the connector id): the last run (when, period, rows, batch).

Every failure raises before anything is written (the project stays unchanged); all writes of
one sync are one transaction.  Re-syncing the same data finds the same batch (idempotent).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import json
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

import sqlalchemy as sa

from kpiguide.connectors.config import Connector, ConnectorsFile, parse_connectors
from kpiguide.connectors.files import fetch_file
from kpiguide.connectors.http import fetch_http
from kpiguide.connectors.rows import SourceRow, located, period_kind
from kpiguide.connectors.sql import fetch_sql
from kpiguide.connectors.survey import fetch_survey
from kpiguide.core.errors import InputError, StoreError
from kpiguide.core.i18n import t
from kpiguide.core.model import Actual, Scheme
from kpiguide.core.periods import Period, PeriodKind
from kpiguide.data.actuals import import_actuals
from kpiguide.data.quality import check_series
from kpiguide.project.store import Store

if TYPE_CHECKING:
    import httpx

__all__ = [
    "BATCH_KIND",
    "CONFIG_KIND",
    "RUN_KIND",
    "Batch",
    "SourceRow",
    "approve_batch",
    "default_period",
    "last_runs",
    "list_batches",
    "pull",
    "record_failure",
    "stored_connectors",
    "sync",
]

BATCH_KIND = "connectors.batch"
CONFIG_KIND = "connectors.config"
RUN_KIND = "connectors.run"
_CONFIG_KEY = "connectors"


@dataclass(frozen=True)
class Batch:
    """A staged (or approved) set of rows from one connector for one period."""

    id: str
    connector: str
    kpi: str
    period: str
    mode: str
    status: str
    rows: tuple[Mapping[str, Any], ...]
    sha256: str
    counts: Mapping[str, int]
    source: str
    query: str | None
    flags: tuple[Mapping[str, Any], ...] = ()
    staged_by: str = ""
    staged_at: str = ""
    approved_by: str | None = None
    approved_at: str | None = None
    new: bool = field(default=True, compare=False)

    def to_dict(self) -> dict[str, Any]:
        data = {k: getattr(self, k) for k in self.__dataclass_fields__ if k != "new"}
        data["rows"] = [dict(r) for r in self.rows]
        data["flags"] = [dict(f) for f in self.flags]
        data["counts"] = dict(self.counts)
        return data

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Batch:
        values: dict[str, Any] = {k: data.get(k) for k in cls.__dataclass_fields__ if k != "new" and k in data}
        values["rows"] = tuple(data.get("rows", ()))
        values["flags"] = tuple(data.get("flags", ()))
        return cls(**values, new=False)


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def default_period(kind: PeriodKind = "month", today: dt.date | None = None) -> Period:
    """The last complete period of ``kind`` (last month, by default)."""
    return Period.of_date(today or dt.date.today(), kind).shift(-1)


def _parse_period(value: Period | str, lang: str) -> Period:
    try:
        return Period.parse(value)
    except ValueError:
        raise InputError(t("connectors.staging.bad_period", lang, value=value)) from None


def stored_connectors(store: Any, lang: str = "en") -> ConnectorsFile | None:
    """The connectors file stored in the project by an earlier sync, or ``None``."""
    rec = store.get_record(CONFIG_KIND, _CONFIG_KEY)
    if rec is None:
        return None
    return parse_connectors(str(rec.data["text"]), str(rec.data.get("source", "project")), lang=lang)


def pull(
    store: Any,
    connector: Connector,
    period: Period | None,
    *,
    base_dir: str | Path | None = None,
    env: Mapping[str, str] | None = None,
    transport: httpx.BaseTransport | None = None,
    lang: str = "en",
) -> list[SourceRow]:
    """The rows ``connector`` yields for ``period`` (periods follow its KPI's frequency)."""
    scheme: Scheme = store.load_scheme()
    kpi = next((k for k in scheme.kpis if k.id == connector.kpi), None)
    if kpi is None:
        raise located(connector, "kpi", "connectors.staging.unknown_kpi", lang, kpi=connector.kpi)
    kind = period_kind(kpi.frequency)
    if period is not None:
        period = Period.parse(period, kind)
    if connector.type == "sql":
        return fetch_sql(connector, period or default_period(kind), lang=lang, env=env)
    if connector.type == "http":
        return fetch_http(connector, period or default_period(kind), lang=lang, env=env, transport=transport)
    if connector.type == "survey":
        return fetch_survey(connector, period, kind=kind, base_dir=base_dir, lang=lang)
    return fetch_file(connector, period, base_dir=base_dir, lang=lang)


def _existing(store: Any, kpi: str) -> dict[tuple[str, str, str], float]:
    return {(a.subject_kind, a.subject, str(a.period)): a.value for a in store.actuals(kpi=kpi)}


def _actuals(rows: Sequence[SourceRow], connector: Connector, actor: str, note: str) -> list[Actual]:
    return [Actual(r.subject, r.kpi, r.period, float(r.value), r.subject_kind, None, actor, note) for r in rows]


def _locations(rows: Sequence[SourceRow], connector: Connector) -> list[dict[str, Any]]:
    file = f"connector {connector.id}"
    return [
        {"file": f"{file} ({r.where})" if r.where and r.where != connector.id else file, "sheet": None, "row": r.row}
        for r in rows
    ]


class _CheckView(Store):
    """A store view for one import check or approval: the period records are read once.

    The import check asks whether each row's period is closed; inside one transaction the
    answer cannot change, so the records list is cached instead of read per row.
    """

    def __init__(self, engine: Any, *, where: str, conn: Any) -> None:
        super().__init__(engine, where=where, _conn=conn)
        self._records: dict[str, list[Any]] = {}

    def list_records(self, kind: str) -> list[Any]:
        if kind not in self._records:
            self._records[kind] = super().list_records(kind)
        return self._records[kind]

    def put_record(self, kind: str, key: str, data: Mapping[str, Any], **kwargs: Any) -> int:
        self._records.pop(kind, None)
        return super().put_record(kind, key, data, **kwargs)


@contextmanager
def _scratch(store: Store) -> Iterator[Store]:
    """A view of the project whose writes are always rolled back (to run the import check)."""
    with store.engine.connect() as conn:
        trans = conn.begin()
        try:
            yield _CheckView(store.engine, where=store.where, conn=conn)
        finally:
            trans.rollback()


@contextmanager
def _writing(store: Store) -> Iterator[Store]:
    """One transaction (all or nothing) on a check view of the project."""
    try:
        with store.engine.begin() as conn:
            yield _CheckView(store.engine, where=store.where, conn=conn)
    except sa.exc.OperationalError as exc:
        raise StoreError(t("connectors.staging.store_failed", "en", where=store.where, error=exc.orig)) from None


def check_rows(
    store: Store, connector: Connector, rows: Sequence[SourceRow], *, actor: str, lang: str = "en"
) -> list[SourceRow]:
    """Check ``rows`` exactly as a file import would (unknown employees, duplicates, closed periods…).

    Returns the rows to stage: with ``mode: append`` rows whose key is already in the
    project are left out.  Raises the import's located errors; nothing is written.
    """
    if not rows:
        raise located(connector, None, "connectors.staging.no_rows", lang)
    keep = list(rows)
    if connector.mode == "append":
        existing = _existing(store, connector.kpi)
        keep = [r for r in rows if (r.subject_kind, r.subject, str(r.period)) not in existing]
    with _scratch(store) as scratch:
        import_actuals(
            scratch,
            _actuals(keep, connector, actor, ""),
            actor=actor,
            replace_existing=connector.mode == "replace",
            reason="sync check",
            locations=_locations(keep, connector),
            source=f"connector {connector.id}",
        )
    return keep


def _mentions(finding: Any, periods: set[str]) -> bool:
    details = dict(finding.details)
    return any(str(v) in periods for v in details.values()) or any(p in str(details) for p in periods)


def quality_flags(
    store: Any, connector: Connector, rows: Sequence[SourceRow], lang: str = "en"
) -> list[dict[str, Any]]:
    """Data-quality findings (outliers, impossible values …) about the new values, in each subject's series."""
    import pandas as pd  # reason: pandas is heavy and only needed once rows are staged

    history: dict[tuple[str, str], dict[str, float]] = {}
    for a in store.actuals(kpi=connector.kpi):
        history.setdefault((a.subject_kind, a.subject), {})[str(a.period)] = a.value
    kpi = next((k for k in store.load_scheme().kpis if k.id == connector.kpi), None)
    target, unit = (kpi.target, kpi.unit) if kpi else (None, "")
    flags: list[dict[str, Any]] = []
    new_periods = {str(r.period) for r in rows}
    for r in rows:
        values = {**history.get((r.subject_kind, r.subject), {}), str(r.period): float(r.value)}
        index = sorted(values)
        series = pd.Series([values[p] for p in index], index=index, dtype=float)
        subject = f"{r.subject_kind}s/{r.subject}/kpis/{connector.kpi}"
        for finding in check_series(series, subject, target=target, unit=unit):
            if _mentions(finding, new_periods):
                flags.append(finding.to_dict(lang))
    return flags


def _snapshot(connector: Connector, period: str, rows: Sequence[SourceRow]) -> str:
    payload = json.dumps(
        [
            connector.id,
            connector.kpi,
            connector.mode,
            period,
            sorted(json.dumps(r.to_dict(), sort_keys=True) for r in rows),
        ]
    )
    return hashlib.sha256(payload.encode("utf-8")).hexdigest()


def _batch(
    connector: Connector,
    period: str,
    pulled: Sequence[SourceRow],
    rows: Sequence[SourceRow],
    flags: list[dict[str, Any]],
    actor: str,
) -> Batch:
    digest = _snapshot(connector, period, pulled)  # the source's snapshot: same data, same batch
    return Batch(
        id=f"{connector.id}-{period}-{digest[:10]}",
        connector=connector.id,
        kpi=connector.kpi,
        period=period,
        mode=connector.mode,
        status="staged",
        rows=tuple(r.to_dict() for r in rows),
        sha256=digest,
        counts={
            "pulled": len(pulled),
            "staged": len(rows),
            "skipped_existing": len(pulled) - len(rows),
            "flags": len(flags),
        },
        source=connector.source,
        query=connector.query if connector.type == "sql" else (connector.url if connector.type == "http" else None),
        flags=tuple(flags),
        staged_by=actor,
        staged_at=_now(),
    )


def _batch_actuals(batch: Batch, actor: str) -> list[Actual]:
    note = f"{batch.source} · batch {batch.id}"
    out = []
    for row in batch.rows:
        kind = "employee" if "employee" in row else "department"
        period = Period.parse(row["period"])
        out.append(Actual(str(row[kind]), batch.kpi, period, float(row["value"]), kind, None, actor, note))
    return out


def _approve_in(tx: Store, batch: Batch, version: int, actor: str) -> Batch:
    rows = _batch_actuals(batch, actor)
    if batch.mode == "append":
        existing = _existing(tx, batch.kpi)
        rows = [a for a in rows if (a.subject_kind, a.subject, str(a.period)) not in existing]
    import_actuals(
        tx,
        rows,
        actor=actor,
        replace_existing=batch.mode == "replace",
        reason=f"sync {batch.connector}: approve batch {batch.id}",
        source=f"batch {batch.id}",
    )
    done = replace(batch, status="approved", approved_by=actor, approved_at=_now())
    tx.put_record(BATCH_KIND, batch.id, done.to_dict(), expected_version=version, actor=actor, reason="approve batch")
    return done


def approve_batch(store: Store, batch_id: str, actor: str, *, lang: str = "en") -> Batch:
    """Write a staged batch's rows as actuals, in one transaction (closed periods are refused)."""
    rec = store.get_record(BATCH_KIND, batch_id)
    if rec is None:
        known = ", ".join(r.key for r in store.list_records(BATCH_KIND) if r.data.get("status") == "staged") or "-"
        raise InputError(t("connectors.staging.no_batch", lang, id=batch_id, known=known))
    batch = Batch.from_dict(rec.data)
    if batch.status == "approved":
        raise InputError(t("connectors.staging.already_approved", lang, id=batch_id, by=batch.approved_by))
    with _writing(store) as tx:
        return _approve_in(tx, batch, rec.version, actor)


def _put(tx: Store, kind: str, key: str, data: Mapping[str, Any], actor: str, reason: str) -> None:
    rec = tx.get_record(kind, key)
    if rec is not None and dict(rec.data) == dict(data):
        return
    tx.put_record(kind, key, data, expected_version=None if rec is None else rec.version, actor=actor, reason=reason)


def _write(tx: Store, config: ConnectorsFile | None, batch: Batch, connector: Connector, actor: str) -> Batch:
    if config is not None:
        data = {"text": config.text, "source": config.source, "sha256": config.sha256}
        _put(tx, CONFIG_KIND, _CONFIG_KEY, data, actor, "store connectors file")
    rec = tx.get_record(BATCH_KIND, batch.id)
    if rec is not None:
        batch = Batch.from_dict(rec.data)  # same data as an earlier sync: nothing new to stage
    else:
        tx.put_record(
            BATCH_KIND, batch.id, batch.to_dict(), expected_version=None, actor=actor, reason=f"stage {batch.source}"
        )
    if connector.auto_approve and batch.status == "staged":
        version = tx.get_record(BATCH_KIND, batch.id).version  # type: ignore[union-attr]
        batch = replace(_approve_in(tx, batch, version, actor), new=rec is None)
    run = {"at": _now(), "period": batch.period, "batch": batch.id, "status": batch.status, **batch.counts}
    _put(tx, RUN_KIND, connector.id, run, actor, "sync run")
    return replace(batch, new=rec is None)


def sync(
    store: Store,
    *,
    connectors: ConnectorsFile | None = None,
    connector_id: str | None = None,
    period: Period | str | None = None,
    dry_run: bool = False,
    actor: str = "sync",
    base_dir: str | Path | None = None,
    env: Mapping[str, str] | None = None,
    transport: httpx.BaseTransport | None = None,
    lang: str = "en",
) -> list[Batch]:
    """Pull, check and stage every connector (or ``connector_id``); return one batch per connector.

    ``connectors`` (a file given now) is stored in the project; without it the stored copy
    is used.  Everything is pulled and checked before anything is written, so any failure
    leaves the project unchanged.  ``dry_run`` checks and returns the batches, writing nothing.
    """
    config = connectors or stored_connectors(store, lang)
    if config is None:
        raise InputError(t("connectors.staging.no_config", lang))
    chosen = [config.get(connector_id, lang)] if connector_id else list(config.connectors)
    if base_dir is None and Path(config.source).parent.is_dir():
        base_dir = Path(config.source).parent  # relative paths are relative to the connectors file
    wanted = None if period is None else _parse_period(period, lang)
    planned: list[tuple[Connector, Batch]] = []
    for connector in chosen:
        rows = pull(store, connector, wanted, base_dir=base_dir, env=env, transport=transport, lang=lang)
        keep = check_rows(store, connector, rows, actor=actor, lang=lang)
        label = str(wanted) if wanted is not None else ",".join(sorted({str(r.period) for r in rows}))
        flags = quality_flags(store, connector, keep, lang) if keep else []
        planned.append((connector, _batch(connector, label, rows, keep, flags, actor)))
    if dry_run:
        return [b for _, b in planned]
    with _writing(store) as tx:
        return [_write(tx, connectors, batch, connector, actor) for connector, batch in planned]


def list_batches(store: Any, *, status: str | None = None) -> list[Batch]:
    """Stored batches (newest first), optionally only ``staged`` or ``approved`` ones."""
    batches = [Batch.from_dict(r.data) for r in store.list_records(BATCH_KIND)]
    batches = [b for b in batches if status is None or b.status == status]
    return sorted(batches, key=lambda b: b.staged_at, reverse=True)


def last_runs(store: Any) -> dict[str, dict[str, Any]]:
    """The last run of each connector: ``{id: {at, period, batch, status, pulled, staged, ...}}``."""
    return {r.key: dict(r.data) for r in store.list_records(RUN_KIND)}


def record_failure(store: Store, error: Exception, *, connector_id: str | None = None, actor: str = "sync") -> str:
    """Record a failed run as the connector's last run (for the dashboard); return the connector id used.

    :func:`sync` itself never writes on failure; a scheduler or a "sync now" button calls this
    after catching the error.  Without ``connector_id`` the id is read from the error's location.
    """
    if connector_id is None:
        files = [p.file or "" for p in getattr(error, "problems", ())]
        named = [f.split()[1] for f in files if f.startswith("connector ") and len(f.split()) > 1]
        connector_id = named[0] if named else "*"
    run = {"at": _now(), "status": "failed", "error": str(error)}
    with _writing(store) as tx:
        _put(tx, RUN_KIND, connector_id, run, actor, "sync run failed")
    return connector_id
