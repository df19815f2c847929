from __future__ import annotations

import pytest

from kpiguide.connectors.config import load_connectors, parse_connectors
from kpiguide.connectors.files import fetch_file
from kpiguide.connectors.staging import (
    approve_batch,
    last_runs,
    list_batches,
    record_failure,
    stored_connectors,
    sync,
)
from kpiguide.core.errors import InputError, PeriodClosed
from kpiguide.evaluation import close_period, evaluate
from kpiguide.project.store import open_project
from tests.connectors.helpers import PERIOD, SUM_QUERY, fingerprint, sql_connectors


def test_demo_end_to_end_stage_approve_evaluate(demo_project, demo_sources):
    config = load_connectors(demo_sources.connectors)
    with open_project(demo_project) as store:
        batches = sync(store, connectors=config, period=PERIOD, env=demo_sources.env, actor="hr")
        assert [b.connector for b in batches] == ["erp_sales", "erp_tickets", "csat_survey"]
        assert {b.status for b in batches} == {"staged"}
        assert store.actuals(periods=[PERIOD]) == []  # staged values do not count yet
        survey = batches[2]
        assert all(r["responses"] >= 25 for r in survey.rows)
        for b in batches:
            approve_batch(store, b.id, "hr-lead")
        result = evaluate(store, PERIOD)
        values = {(a.subject, a.kpi): a for a in store.actuals(periods=[PERIOD])}
        assert len(values) == sum(b.counts["staged"] for b in batches)
        e001 = values[("E001", "sa_sales")]
        assert "batch erp_sales-2026-10" in e001.note and e001.recorded_by == "hr-lead"
        items = result.items.set_index(["employee", "kpi"])
        assert items.loc[("E001", "sa_sales"), "actual"] == pytest.approx(e001.value)
        assert items.loc[("E014", "cs_csat"), "actual"] == pytest.approx(values[("E014", "cs_csat")].value)
        assert items.loc[("E014", "cs_first_response"), "status"] == "scored"
        audit = [e for e in store.audit_log(entity="record:connectors.batch")]
        assert any("SUM(amount)" in str(e.new) for e in audit)  # the query is in the audit log
        assert last_runs(store)["erp_sales"]["staged"] == 8


def test_resync_is_idempotent_and_uses_the_stored_file(demo_project, demo_sources):
    config = load_connectors(demo_sources.connectors)
    with open_project(demo_project) as store:
        first = sync(store, connectors=config, period=PERIOD, env=demo_sources.env)
        assert stored_connectors(store) is not None
        count = len(store.audit_log(entity="record:connectors.batch"))
        again = sync(store, period=PERIOD, env=demo_sources.env, base_dir=demo_sources.directory)
        assert [b.id for b in again] == [b.id for b in first]
        assert not any(b.new for b in again)
        assert len(store.audit_log(entity="record:connectors.batch")) == count  # nothing new staged
        assert last_runs(store)["erp_sales"]["batch"] == first[0].id  # the run itself is recorded
        assert len(list_batches(store)) == 3


def test_auto_approve_and_append_mode(demo_project, erp):
    extra = "    auto_approve: true\n    mode: append\n"
    config = sql_connectors(SUM_QUERY, extra=extra)
    env = {"ERP_DB_URL": f"sqlite:///{erp}"}
    with open_project(demo_project) as store:
        (batch,) = sync(store, connectors=config, period=PERIOD, env=env)
        assert batch.status == "approved"
        assert {a.subject: a.value for a in store.actuals(kpi="sa_sales", periods=[PERIOD])} == {
            "E001": 150,
            "E002": 70,
        }
        (again,) = sync(store, connectors=config, period=PERIOD, env=env)
        assert again.id == batch.id and not again.new


def test_approving_twice_or_an_unknown_batch(demo_project, erp):
    env = {"ERP_DB_URL": f"sqlite:///{erp}"}
    with open_project(demo_project) as store:
        (batch,) = sync(store, connectors=sql_connectors(SUM_QUERY), period=PERIOD, env=env)
        approve_batch(store, batch.id, "hr")
        with pytest.raises(InputError, match="already approved"):
            approve_batch(store, batch.id, "hr")
        with pytest.raises(InputError, match="No batch"):
            approve_batch(store, "nope", "hr")


def test_approval_of_a_batch_whose_period_was_closed_meanwhile(demo_project, erp):
    env = {"ERP_DB_URL": f"sqlite:///{erp}"}
    with open_project(demo_project) as store:
        (batch,) = sync(store, connectors=sql_connectors(SUM_QUERY), period="2026-09", env=env)
        close_period(store, "2026-09", actor="hr")
    before = fingerprint(demo_project)
    with open_project(demo_project) as store, pytest.raises(PeriodClosed):
        approve_batch(store, batch.id, "hr")
    assert fingerprint(demo_project) == before


def test_dry_run_writes_nothing(demo_project, demo_sources):
    before = fingerprint(demo_project)
    with open_project(demo_project) as store:
        batches = sync(
            store,
            connectors=load_connectors(demo_sources.connectors),
            period=PERIOD,
            env=demo_sources.env,
            dry_run=True,
        )
    assert sum(len(b.rows) for b in batches) == 20
    assert fingerprint(demo_project) == before


def test_file_connector_reads_the_newest_file(tmp_path):
    (tmp_path / "actuals_1.csv").write_text("employee,period,value\nE001,2026-09,1\n", encoding="utf-8")
    (tmp_path / "actuals_2.csv").write_text(
        "employee,kpi,period,value\nE001,sa_sales,2026-10,5\nE001,other,2026-10,9\n", encoding="utf-8"
    )
    import os

    os.utime(tmp_path / "actuals_1.csv", (1_000_000, 1_000_000))
    text = "connectors:\n  - id: f\n    type: file\n    path: actuals_*.csv\n    kpi: sa_sales\n"
    (row,) = fetch_file(parse_connectors(text).connectors[0], None, base_dir=tmp_path)
    assert (row.subject, str(row.period), row.value, row.row) == ("E001", "2026-10", 5.0, 2)


def test_no_connectors_file_yet(demo_project):
    with open_project(demo_project) as store, pytest.raises(InputError, match="--connectors"):
        sync(store, period=PERIOD)


def test_a_failed_run_can_be_recorded_for_the_dashboard(demo_project):
    config = sql_connectors(SUM_QUERY)
    with open_project(demo_project) as store:
        with pytest.raises(InputError) as info:
            sync(store, connectors=config, period=PERIOD, env={})
        assert record_failure(store, info.value) == "erp_sales"
        run = last_runs(store)["erp_sales"]
        assert run["status"] == "failed" and "ERP_DB_URL" in run["error"]


def test_resync_a_second_later_updates_only_the_run(demo_project, demo_sources, monkeypatch):
    from kpiguide.connectors import staging

    config = load_connectors(demo_sources.connectors)
    with open_project(demo_project) as store:
        monkeypatch.setattr(staging, "_now", lambda: "2026-11-01T08:00:00+00:00")
        sync(store, connectors=config, period=PERIOD, env=demo_sources.env)
        batches = len(store.audit_log(entity="record:connectors.batch"))
        monkeypatch.setattr(staging, "_now", lambda: "2026-11-01T09:00:00+00:00")
        sync(store, connectors=config, period=PERIOD, env=demo_sources.env)
        assert len(store.audit_log(entity="record:connectors.batch")) == batches
        assert last_runs(store)["erp_sales"]["at"] == "2026-11-01T09:00:00+00:00"
