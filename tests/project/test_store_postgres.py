"""The store on PostgreSQL: runs when KPIGUIDE_TEST_PG_URL is set, each test in a fresh schema.

Start a throwaway cluster with `source .ci/postgres.sh && start_postgres` (it exports
the URL) and stop it with `stop_postgres`.
"""

from __future__ import annotations

import os
import uuid
from dataclasses import replace

import pytest

from kpiguide.core.errors import ConflictError, StoreError
from kpiguide.project.store import init_project, open_project

PG_URL = os.environ.get("KPIGUIDE_TEST_PG_URL")
pytestmark = [
    pytest.mark.postgres,
    pytest.mark.skipif(
        not PG_URL, reason="PostgreSQL store tests SKIPPED: KPIGUIDE_TEST_PG_URL is not set (see .ci/postgres.sh)"
    ),
]


@pytest.fixture
def pg_url():
    import sqlalchemy as sa

    schema = f"kpiguide_test_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    separator = "&" if "?" in PG_URL else "?"
    yield f"{PG_URL}{separator}options=-csearch_path%3D{schema}"
    with admin.begin() as conn:
        conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


@pytest.fixture
def pg_store(pg_url, demo_scheme_zh):
    store = init_project(pg_url)
    store.replace_scheme(demo_scheme_zh, actor="test")
    yield store
    store.close()


def test_create_and_import_round_trip(pg_store, demo_scheme_zh):
    assert pg_store.load_scheme() == demo_scheme_zh
    assert pg_store.summary()["kpis"] == len(demo_scheme_zh.kpis)


def test_reopening_sees_the_same_project(pg_url, pg_store):
    with open_project(pg_url) as again:
        assert again.get("kpi", "sa_sales").version == 1


def test_concurrent_saves_second_gets_conflict(pg_url, pg_store):
    with open_project(pg_url) as other:
        first = pg_store.get("kpi", "sa_sales")
        second = other.get("kpi", "sa_sales")
        pg_store.save("kpi", replace(first.value, target=1.0), expected_version=first.version, actor="a")
        with pytest.raises(ConflictError, match="changed by someone else"):
            other.save("kpi", replace(second.value, target=2.0), expected_version=second.version, actor="b")
    assert pg_store.get("kpi", "sa_sales").value.target == 1.0


def test_parallel_threads_lose_no_update(pg_url, pg_store):
    from concurrent.futures import ThreadPoolExecutor

    def bump(actor: str) -> bool:
        with open_project(pg_url) as store:
            current = store.get("kpi", "sa_sales")
            try:
                store.save("kpi", replace(current.value, unit=actor), expected_version=current.version, actor=actor)
                return True
            except ConflictError:
                return False

    with ThreadPoolExecutor(4) as pool:
        outcomes = list(pool.map(bump, [f"w{i}" for i in range(8)]))
    final = pg_store.get("kpi", "sa_sales")
    assert final.version == 1 + sum(outcomes)
    updates = [e for e in pg_store.audit_log(entity="kpi", entity_id="sa_sales") if e.action == "update"]
    assert len(updates) == sum(outcomes)


def test_every_write_is_audited_and_records_work(pg_store):
    pg_store.put_record("review", "sales", {"status": "submitted"}, expected_version=None, actor="head:sales#x")
    pg_store.put_record("secret", "k", {"key": "s3cret"}, expected_version=None, actor="kpiguide")
    log = pg_store.audit_log()
    assert any(e.entity == "record:review" and e.actor == "head:sales#x" for e in log)
    assert all("s3cret" not in repr(e.new) for e in log)


def test_transaction_rolls_back_everything_on_error(pg_store):
    before = pg_store.get("kpi", "sa_sales")
    with pytest.raises(ConflictError), pg_store.transaction() as tx:
        tx.save("kpi", replace(before.value, target=5.0), expected_version=before.version, actor="t")
        tx.put_record("review", "sales", {"status": "x"}, expected_version=None, actor="t")
        tx.save("kpi", replace(before.value, target=6.0), expected_version=before.version, actor="t")
    assert pg_store.get("kpi", "sa_sales") == before
    assert pg_store.get_record("review", "sales") is None


def test_invites_work_on_postgres(pg_store):
    from kpiguide.project.access import issue_token, verify_token

    token = issue_token(pg_store, role="head", department="sales")
    assert verify_token(pg_store, token).department == "sales"


def test_bad_url_is_a_store_error():
    with pytest.raises(StoreError):
        open_project("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2").load_scheme()
