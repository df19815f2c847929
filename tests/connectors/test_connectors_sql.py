from __future__ import annotations

import os
import sqlite3
import uuid

import pytest

from kpiguide.connectors.sql import fetch_sql
from kpiguide.connectors.staging import sync
from kpiguide.core.errors import InputError, PeriodClosed
from kpiguide.core.periods import Period
from kpiguide.evaluation import close_period
from kpiguide.project.store import open_project
from tests.connectors.helpers import PERIOD, SUM_QUERY, fingerprint, make_erp, sql_connectors

OCT = Period.parse(PERIOD)


def _env(path) -> dict[str, str]:
    return {"ERP_DB_URL": f"sqlite:///{path}"}


def test_sqlite_query_is_parameterised_by_the_period(erp):
    connector = sql_connectors(SUM_QUERY).connectors[0]
    rows = fetch_sql(connector, OCT, env=_env(erp))
    assert {(r.subject, r.value) for r in rows} == {("E001", 150.0), ("E002", 70.0)}
    assert {str(r.period) for r in rows} == {PERIOD}


def test_raw_rows_with_an_aggregate_and_a_period_column(erp):
    query = "SELECT emp_id AS employee, substr(day, 1, 7) AS period, amount AS value FROM sales"
    connector = sql_connectors(query, extra="    aggregate: sum\n").connectors[0]
    rows = fetch_sql(connector, OCT, env=_env(erp))
    assert {(r.subject, str(r.period), r.value) for r in rows} == {
        ("E001", "2026-10", 150.0),
        ("E002", "2026-10", 70.0),
        ("E001", "2026-09", 999.0),
        ("E002", "2026-11", 999.0),
    }


def test_the_source_database_is_opened_read_only(erp):
    before = erp.read_bytes()
    query = "WITH x AS (SELECT 1) INSERT INTO sales SELECT '2026-10-02', 'E001', 1 FROM x"
    connector = sql_connectors(query).connectors[0]
    with pytest.raises(InputError, match="tries to write"):
        fetch_sql(connector, OCT, env=_env(erp))
    assert erp.read_bytes() == before


def _refused(project, connectors, env, match, **kwargs):
    """Sync fails with a located message, nothing staged, the project byte-for-byte unchanged."""
    before = fingerprint(project)
    with open_project(project) as store, pytest.raises((InputError, PeriodClosed), match=match) as info:
        sync(store, connectors=connectors, period=PERIOD, env=env, **kwargs)
    assert fingerprint(project) == before
    with open_project(project) as store:
        assert store.list_records("connectors.batch") == []
        assert store.get_record("connectors.config", "connectors") is None
    return info.value


def test_missing_env_var(demo_project):
    error = _refused(demo_project, sql_connectors(SUM_QUERY), {}, "ERP_DB_URL is not set")
    assert error.problems[0].field == "url_env" and error.problems[0].line == 2


def test_unreachable_database(demo_project, tmp_path):
    _refused(demo_project, sql_connectors(SUM_QUERY), _env(tmp_path / "missing.sqlite"), "cannot reach the database")


def test_unreachable_postgres(demo_project):
    env = {"ERP_DB_URL": "postgresql+psycopg://kpi:pw@127.0.0.1:1/erp"}
    _refused(demo_project, sql_connectors(SUM_QUERY), env, "cannot reach the database")


def test_bad_sql(demo_project, erp):
    error = _refused(demo_project, sql_connectors("SELECT nope FROM sales"), _env(erp), "the query failed")
    assert error.problems[0].field == "query"


def test_missing_columns(demo_project, erp):
    _refused(demo_project, sql_connectors("SELECT emp_id, amount FROM sales"), _env(erp), "lacks columns")


def test_timeout(demo_project, erp):
    slow = (
        "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n) "
        "SELECT 'E001' AS employee, COUNT(*) AS value FROM n"
    )
    _refused(demo_project, sql_connectors(slow, extra="    timeout: 0.3\n"), _env(erp), "within 0.3 s")


def test_duplicate_rows(demo_project, erp):
    query = "SELECT emp_id AS employee, amount AS value FROM sales WHERE day >= :period_start AND day < :period_end"
    error = _refused(demo_project, sql_connectors(query), _env(erp), "duplicate actual")
    assert any("E001" in p.message for p in error.problems)


def test_unknown_employees(demo_project, tmp_path):
    db = make_erp(tmp_path / "erp.sqlite", [("2026-10-03", "E999", 5.0), ("2026-10-03", "E001", 5.0)])
    error = _refused(demo_project, sql_connectors(SUM_QUERY), _env(db), "do not match the project")
    assert [p.row for p in error.problems if "E999" in p.message]


def test_a_closed_period_is_refused(demo_project, erp):
    with open_project(demo_project) as store:
        close_period(store, "2026-09", actor="hr")
    env = _env(erp)
    before = fingerprint(demo_project)
    with open_project(demo_project) as store, pytest.raises(PeriodClosed, match="closed"):
        sync(store, connectors=sql_connectors(SUM_QUERY), period="2026-09", env=env)
    assert fingerprint(demo_project) == before


# -- PostgreSQL (the CI's throwaway cluster) -------------------------------------------------


@pytest.fixture
def pg_erp():
    url = os.environ.get("KPIGUIDE_TEST_PG_URL")
    if not url:
        pytest.skip("KPIGUIDE_TEST_PG_URL is not set: no PostgreSQL to test the SQL connector against")
    import sqlalchemy as sa

    role, schema = f"kg_ro_{uuid.uuid4().hex[:8]}", f"erp_{uuid.uuid4().hex[:8]}"
    admin = sa.create_engine(url, poolclass=sa.pool.NullPool)
    with admin.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
        conn.exec_driver_sql(f"CREATE TABLE {schema}.sales (day DATE, emp_id TEXT, amount NUMERIC)")
        conn.exec_driver_sql(
            f"INSERT INTO {schema}.sales VALUES ('2026-10-01','E001',100), ('2026-10-20','E001',50), "
            f"('2026-10-31','E002',70), ('2026-11-01','E002',999)"
        )
        conn.exec_driver_sql(f"CREATE ROLE {role} LOGIN PASSWORD 'read-only-pw'")
        conn.exec_driver_sql(f"GRANT USAGE ON SCHEMA {schema} TO {role}")
        conn.exec_driver_sql(f"GRANT SELECT ON ALL TABLES IN SCHEMA {schema} TO {role}")
    ro_url = sa.make_url(url).set(username=role, password="read-only-pw")
    yield ro_url.render_as_string(hide_password=False), schema, role
    with admin.begin() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
        conn.exec_driver_sql(f"DROP ROLE {role}")
    admin.dispose()


@pytest.mark.postgres
def test_postgres_read_only_role(pg_erp, demo_project):
    url, schema, _ = pg_erp
    query = SUM_QUERY.replace("FROM sales", f"FROM {schema}.sales").replace(
        ":period_start", "CAST(:period_start AS date)"
    )
    query = query.replace(":period_end", "CAST(:period_end AS date)")
    with open_project(demo_project) as store:
        (batch,) = sync(store, connectors=sql_connectors(query), period=PERIOD, env={"ERP_DB_URL": url}, dry_run=True)
    assert sorted((r["employee"], r["value"]) for r in batch.rows) == [("E001", 150.0), ("E002", 70.0)]


@pytest.mark.postgres
def test_postgres_query_that_writes_is_refused(pg_erp, demo_project):
    url, schema, _ = pg_erp
    query = f"WITH x AS (INSERT INTO {schema}.sales VALUES ('2026-10-02','E001',1) RETURNING emp_id) SELECT emp_id AS employee, 1 AS value FROM x"
    _refused(demo_project, sql_connectors(query), {"ERP_DB_URL": url}, "tries to write")


@pytest.mark.postgres
def test_postgres_timeout(pg_erp, demo_project):
    url, _, _ = pg_erp
    slow = "SELECT 'E001' AS employee, 1 AS value FROM pg_sleep(3)"
    _refused(demo_project, sql_connectors(slow, extra="    timeout: 0.5\n"), {"ERP_DB_URL": url}, "within 0.5 s")


@pytest.mark.postgres
def test_postgres_wrong_password(pg_erp, demo_project):
    import sqlalchemy as sa

    url, _, _ = pg_erp
    wrong = sa.make_url(url).set(password="wrong").render_as_string(hide_password=False)
    engine = sa.create_engine(wrong, poolclass=sa.pool.NullPool)
    try:
        with engine.connect():
            pytest.skip("this PostgreSQL trusts local connections, so a wrong password cannot be refused")
    except sa.exc.OperationalError:
        pass
    finally:
        engine.dispose()
    _refused(demo_project, sql_connectors(SUM_QUERY), {"ERP_DB_URL": wrong}, "refused the user or password")


def test_sqlite_helper_closes(tmp_path):
    path = make_erp(tmp_path / "x.sqlite", [])
    with sqlite3.connect(path) as conn:
        assert conn.execute("SELECT COUNT(*) FROM sales").fetchone() == (0,)
    conn.close()
