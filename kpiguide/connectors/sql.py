"""SQL connector: a parameterised SELECT run read-only against a database named by an env var.

The SQLAlchemy URL comes from the environment variable the connector names (so no password
is ever written in the connectors file).  The query may use ``:period_start`` (first day),
``:period_end`` (the day after the last) and ``:period`` (``2026-10``) and returns a column
``employee`` or ``department``, a column ``value`` and optionally ``period``; with
``aggregate: sum|mean|count|last`` it may return raw rows that are then aggregated.

Read-only: SQLite files are opened with ``mode=ro`` and ``PRAGMA query_only=ON``;
PostgreSQL runs ``SET TRANSACTION READ ONLY`` and ``SET LOCAL statement_timeout``.  SQLite's
timeout is enforced with a progress handler.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Iterator, Mapping, Sequence
from contextlib import contextmanager
from typing import Any
from urllib.parse import quote

import sqlalchemy as sa
from sqlalchemy.engine import Connection, Engine

from kpiguide.connectors.config import Connector
from kpiguide.connectors.rows import SourceRow, env_value, located, period_params
from kpiguide.core.errors import InputError
from kpiguide.core.periods import Period

__all__ = ["fetch_sql", "rows_from_records"]

_WRITE_HINTS = ("read-only", "readonly", "read only", "attempt to write", "query_only", "permission denied")


def _sqlite_engine(url: sa.URL, deadline: list[float]) -> Engine:
    path = url.database or ""

    def connect() -> sqlite3.Connection:
        conn = sqlite3.connect(f"file:{quote(path)}?mode=ro", uri=True, timeout=5.0, check_same_thread=False)
        conn.execute("PRAGMA query_only=ON")
        conn.set_progress_handler(lambda: int(time.monotonic() > deadline[0]), 10_000)
        return conn

    return sa.create_engine("sqlite://", creator=connect, poolclass=sa.pool.NullPool)


def _engine(connector: Connector, text_url: str, lang: str, deadline: list[float]) -> Engine:
    try:
        url = sa.make_url(text_url)
    except sa.exc.ArgumentError:
        raise located(connector, "url_env", "connectors.sql.bad_url", lang, name=connector.url_env) from None
    try:
        if url.get_backend_name() == "sqlite":
            return _sqlite_engine(url, deadline)
        args = {"connect_timeout": 10} if url.get_backend_name() == "postgresql" else {}
        return sa.create_engine(url, connect_args=args, poolclass=sa.pool.NullPool)
    except (ImportError, sa.exc.ArgumentError) as exc:
        raise located(connector, "url_env", "connectors.sql.no_driver", lang, error=str(exc)) from None


@contextmanager
def _read_only(engine: Engine, timeout: float) -> Iterator[Connection]:
    with engine.connect() as conn, conn.begin():
        backend = engine.dialect.name
        if backend == "postgresql":
            conn.exec_driver_sql("SET TRANSACTION READ ONLY")
            conn.exec_driver_sql(f"SET LOCAL statement_timeout = {int(timeout * 1000)}")
        elif backend == "mysql":
            conn.exec_driver_sql(f"SET SESSION MAX_EXECUTION_TIME = {int(timeout * 1000)}")
        yield conn


def _classify(exc: Exception, connector: Connector, lang: str, connected: bool) -> InputError:
    text = str(getattr(exc, "orig", exc)).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    low = text.lower()
    if "password authentication failed" in low or "authentication failed" in low:
        return located(connector, "url_env", "connectors.sql.auth", lang, name=connector.url_env, error=text)
    if "statement timeout" in low or "interrupted" in low or "max_execution_time" in low:
        return located(connector, "timeout", "connectors.sql.timeout", lang, seconds=connector.timeout)
    if any(hint in low for hint in _WRITE_HINTS):
        return located(connector, "query", "connectors.sql.writes", lang, error=text)
    if not connected:
        return located(connector, "url_env", "connectors.sql.unreachable", lang, name=connector.url_env, error=text)
    return located(connector, "query", "connectors.sql.bad_sql", lang, error=text)


def fetch_sql(
    connector: Connector, period: Period, *, lang: str = "en", env: Mapping[str, str] | None = None
) -> list[SourceRow]:
    """Run the connector's query for ``period`` read-only and return its rows.

    Raises a located :class:`InputError` for a missing env var, an unreachable database, a
    wrong password, bad SQL, a query that tries to write, a timeout or missing columns.
    """
    text_url = env_value(str(connector.url_env), connector, "url_env", lang, env)
    deadline = [time.monotonic() + 3600.0]
    engine = _engine(connector, text_url, lang, deadline)
    params = period_params(period)
    query = sa.text(str(connector.query))
    wanted = {k: v for k, v in params.items() if f":{k}" in str(connector.query)}
    connected = False
    try:
        with _read_only(engine, connector.timeout) as conn:
            connected = True
            deadline[0] = time.monotonic() + connector.timeout
            result = conn.execute(query, wanted)
            columns = [str(c).lower() for c in result.keys()]  # noqa: SIM118 - a Result, not a dict
            records = result.fetchall()
    except sa.exc.DBAPIError as exc:
        raise _classify(exc, connector, lang, connected) from None
    finally:
        engine.dispose()
    return rows_from_records(connector, period, columns, records, lang)


def _subject_column(connector: Connector, columns: Sequence[str], lang: str) -> tuple[str, int | None]:
    if "employee" in columns:
        return "employee", columns.index("employee")
    if "department" in columns:
        return "department", columns.index("department")
    if connector.department:
        return "department", None
    raise located(connector, "query", "connectors.source.missing_columns", lang, columns=", ".join(columns) or "-")


def rows_from_records(
    connector: Connector, period: Period, columns: Sequence[str], records: Sequence[Sequence[Any]], lang: str = "en"
) -> list[SourceRow]:
    """SourceRows from a result table with ``employee``/``department``, ``value`` and optional ``period``."""
    kind, subject_col = _subject_column(connector, columns, lang)
    if "value" not in columns:
        raise located(connector, "query", "connectors.source.missing_columns", lang, columns=", ".join(columns) or "-")
    value_col = columns.index("value")
    period_col = columns.index("period") if "period" in columns else None
    groups: dict[tuple[str, str], list[tuple[int, float]]] = {}
    periods: dict[str, Period] = {str(period): period}
    bad: list[int] = []
    for number, rec in enumerate(records, start=1):
        subject = str(connector.department) if subject_col is None else _ident(rec[subject_col])
        value = rec[value_col]
        try:
            p = period if period_col is None else Period.parse(rec[period_col])
            number_value = 1.0 if connector.aggregate == "count" else float(value)
        except (TypeError, ValueError):
            bad.append(number)
            continue
        periods.setdefault(str(p), p)
        groups.setdefault((subject, str(p)), []).append((number, number_value))
    if bad:
        shown = ", ".join(str(b) for b in bad[:5])
        raise located(connector, "query", "connectors.source.bad_values", lang, rows=shown, count=len(bad))
    return _aggregate(connector, groups, periods, kind)


def _ident(value: Any) -> str:
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return "" if value is None else str(value).strip()


def _aggregate(
    connector: Connector,
    groups: dict[tuple[str, str], list[tuple[int, float]]],
    periods: dict[str, Period],
    kind: str,
) -> list[SourceRow]:
    out: list[SourceRow] = []
    for (subject, p), numbered in groups.items():
        how = connector.aggregate
        if how == "none":
            # duplicates are kept and reported by the import check, each with its row
            out.extend(
                SourceRow(connector.id, connector.kpi, kind, subject, periods[p], v, connector.id, n)
                for n, v in numbered
            )
            continue
        values = [v for _, v in numbered]
        number = numbered[0][0]
        value = {
            "sum": sum(values),
            "mean": sum(values) / len(values),
            "count": float(len(values)),
            "last": values[-1],
        }[how]
        out.append(
            SourceRow(connector.id, connector.kpi, kind, subject, periods[p], round(value, 6), connector.id, number)
        )
    return out
