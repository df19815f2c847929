from __future__ import annotations

import sqlite3
import subprocess
import sys
import textwrap
from dataclasses import replace

import pytest

from kpiguide.core.errors import ConflictError, DataImportError, ProjectNotFound, StoreError
from kpiguide.core.model import Actual, Organization, Period, Scheme
from kpiguide.project.store import SCHEMA_VERSION, init_project, open_project


def test_init_creates_an_empty_migrated_project_and_refuses_to_overwrite(tmp_path):
    path = tmp_path / "p.sqlite"
    with init_project(path, name="示例", industry="retail") as store:
        assert store.schema_version() == SCHEMA_VERSION
        assert store.organization() == Organization("示例", "retail")
    with pytest.raises(StoreError, match="already exists"):
        init_project(path)
    with pytest.raises(StoreError, match="does not exist"):
        init_project(tmp_path / "missing" / "p.sqlite")


def test_open_missing_or_foreign_file_says_what_to_do(tmp_path):
    with pytest.raises(ProjectNotFound, match="kpiguide init"):
        open_project(tmp_path / "nope.sqlite")
    other = tmp_path / "other.sqlite"
    sqlite3.connect(other).execute("create table t(x)").connection.close()
    with pytest.raises(ProjectNotFound, match="not a kpiguide project"):
        open_project(other)
    text = tmp_path / "text.sqlite"
    text.write_text("hello, this is not a database at all" * 10)
    with pytest.raises(ProjectNotFound, match="not a kpiguide project"):
        open_project(text)


def test_wal_mode_is_on(demo_project):
    con = sqlite3.connect(demo_project)
    with open_project(demo_project) as store:
        store.load_scheme()
        assert con.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    con.close()


def test_scheme_round_trips_through_the_store(demo_project, demo_scheme_zh):
    with open_project(demo_project) as store:
        assert store.load_scheme() == demo_scheme_zh


def test_stale_save_raises_conflict_and_keeps_the_first_edit(demo_project):
    first, second = open_project(demo_project), open_project(demo_project)
    a = first.get("kpi", "sa_sales")
    b = second.get("kpi", "sa_sales")
    first.save("kpi", replace(a.value, target=200000), expected_version=a.version, actor="head-a", reason="raise")
    with pytest.raises(ConflictError, match="changed by someone else.*version 1.*version 2"):
        second.save("kpi", replace(b.value, weight=40), expected_version=b.version, actor="head-b")
    now = first.get("kpi", "sa_sales")
    assert now.value.target == 200000 and now.value.weight == 35 and now.version == 2
    first.close()
    second.close()


def test_conflict_across_processes(demo_project):
    with open_project(demo_project) as store:
        seen = store.get("kpi", "cs_fcr")
    code = textwrap.dedent(
        f"""
        from dataclasses import replace
        from kpiguide.project.store import open_project
        with open_project({str(demo_project)!r}) as s:
            v = s.get("kpi", "cs_fcr")
            s.save("kpi", replace(v.value, target=85), expected_version=v.version, actor="other-process")
        """
    )
    subprocess.run([sys.executable, "-c", code], check=True)
    with open_project(demo_project) as store:
        with pytest.raises(ConflictError):
            store.save("kpi", replace(seen.value, target=70), expected_version=seen.version, actor="me")
        assert store.get("kpi", "cs_fcr").value.target == 85


def test_insert_of_existing_and_update_of_deleted_rows_conflict(demo_project):
    with open_project(demo_project) as store:
        current = store.get("kpi", "sa_basket")
        with pytest.raises(ConflictError):
            store.save("kpi", current.value, expected_version=None, actor="x")
        store.delete("kpi", "sa_basket", expected_version=current.version, actor="x", reason="drop")
        with pytest.raises(ConflictError, match="it was deleted"):
            store.save("kpi", current.value, expected_version=current.version, actor="y")


def test_every_change_is_audited_with_old_and_new(demo_project):
    with open_project(demo_project) as store:
        v = store.get("kpi", "sa_members")
        store.save("kpi", replace(v.value, target=70), expected_version=v.version, actor="王经理", reason="新门店开业")
        entry = store.audit_log(entity="kpi", entity_id="sa_members")[-1]
    assert (entry.actor, entry.action, entry.reason) == ("王经理", "update", "新门店开业")
    assert entry.old["target"] == 60 and entry.new["target"] == 70
    assert entry.at.endswith("+00:00")


def test_failed_transaction_leaves_the_project_exactly_as_it_was(demo_project):
    with open_project(demo_project) as store:
        before_scheme, before_log = store.load_scheme(), len(store.audit_log())
        with pytest.raises(RuntimeError), store.transaction() as tx:
            tx.replace_scheme(Scheme(Organization("gone")), actor="x")
            raise RuntimeError("boom")
        assert store.load_scheme() == before_scheme
        assert len(store.audit_log()) == before_log


def test_actual_clashes_are_all_reported_and_nothing_is_imported(demo_project):
    p = Period.parse("2026-09")
    with open_project(demo_project) as store:
        n = len(store.actuals())
        new = [
            Actual("E001", "sa_sales", p, 1.0),
            Actual("E002", "sa_sales", p, 2.0),
            Actual("E001", "sa_sales", Period.parse("2026-10"), 3.0),
        ]
        with pytest.raises(DataImportError) as info:
            store.add_actuals(new, actor="x")
        assert len(info.value.problems) == 2
        assert len(store.actuals()) == n
        counts = store.add_actuals(new, actor="x", replace_existing=True, reason="corrected")
        assert counts == {"inserted": 1, "replaced": 2, "unchanged": 0}
        assert store.actuals(kpi="sa_sales", subject="E001", periods=[p])[0].value == 1.0
        assert store.audit_log(entity="actual")[-2].old is not None


def test_records_are_versioned(demo_project):
    with open_project(demo_project) as store:
        assert store.put_record("comment", "c1", {"text": "太难了"}, expected_version=None, actor="E001") == 1
        assert store.put_record("comment", "c1", {"text": "太难"}, expected_version=1, actor="E001") == 2
        with pytest.raises(ConflictError):
            store.put_record("comment", "c1", {"text": "x"}, expected_version=1, actor="E002")
        assert store.get_record("comment", "c1").data == {"text": "太难"}
        assert [r.key for r in store.list_records("comment")] == ["c1"]
        store.delete_record("comment", "c1", actor="E001")
        assert store.get_record("comment", "c1") is None


def test_read_only_project_gives_a_clear_message(demo_project):
    url = f"sqlite:///file:{demo_project}?mode=ro&uri=true"
    with open_project(url) as store:
        assert store.load_scheme().organization.name
        with pytest.raises(StoreError, match="read-only"):
            store.log(actor="x", action="note", entity="test")


def test_locked_project_gives_a_clear_message(demo_project):
    blocker = sqlite3.connect(demo_project, isolation_level=None)
    blocker.execute("BEGIN EXCLUSIVE")
    try:
        with open_project(demo_project, busy_timeout=0.2) as store:
            with pytest.raises(StoreError, match="locked by another program"):
                store.log(actor="x", action="note", entity="test")
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()


def test_summary_counts(demo_project):
    with open_project(demo_project) as store:
        summary = store.summary()
    assert summary["kpis"] == 50 and summary["employees"] == 37
    assert (summary["first_period"], summary["last_period"]) == ("2024-01", "2026-09")


def test_get_of_a_missing_id_names_it_and_is_still_a_key_error(demo_project):
    from kpiguide.core.errors import InputError, KpiGuideError, NotFound

    with open_project(demo_project) as store:
        with pytest.raises(NotFound, match="No kpi with id 'nope' in the project") as info:
            store.get("kpi", "nope")
        assert isinstance(info.value, KpiGuideError) and isinstance(info.value, KeyError)
        assert str(info.value).startswith("No kpi")  # not quoted like a plain KeyError
        with pytest.raises(InputError, match="Unknown entity 'team'"):
            store.get("team", "x")
