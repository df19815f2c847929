from __future__ import annotations

import datetime as dt

import numpy as np
import pytest

from kpiguide.core.errors import DataImportError, InputError, PeriodClosed
from kpiguide.core.model import Actual, Adjustment, Period
from kpiguide.evaluation import (
    close_period,
    evaluate,
    force_majeure,
    grant_leave,
    import_actuals,
    load_snapshot,
    override,
    period_status,
    reopen_period,
    revisions,
    score_frames,
)
from kpiguide.project.store import open_project
from tests.evaluation._evaluation_helpers import actuals, frames

Q3 = Period.parse("2026Q3")
MONTHS = ["2026-07", "2026-08", "2026-09"]


def _adj(kind, details, kpi=None, employee="A", period=Q3):
    return Adjustment("x", kind, employee, period, "why", "hr", dt.datetime(2026, 10, 1, tzinfo=dt.UTC), kpi, details)


def _small():
    emp, kpis = frames(
        [
            ("sales", "r", 50, 100.0, "CNY", "higher", "linear", np.nan, np.nan),
            ("conv", "r", 50, 4.0, "%", "higher", "linear", np.nan, np.nan),
        ]
    )
    act = actuals([("A", "sales", m, 92.0) for m in MONTHS] + [("A", "conv", m, 4.0) for m in MONTHS])
    return emp, kpis, act


def test_leave_prorates_flow_targets_only_by_calendar_days():
    emp, kpis, act = _small()
    r = score_frames(emp, kpis, act, Q3, adjustments=[_adj("leave", {"days": 23, "basis": "calendar"})])
    items = r.items.set_index("kpi")
    # 92 days in Q3, 23 on leave -> factor 0.75; 300 -> 225; actual 276 -> 122.7 % capped at 120
    assert items.loc["sales", "target"] == pytest.approx(225.0)
    assert items.loc["sales", "score"] == 120
    assert items.loc["conv", "target"] == 4.0 and not items.loc["conv", "adjusted"]
    assert items.loc["sales", "adjusted"] and r.employees.loc[0, "adjusted"]


def test_leave_by_working_days():
    emp, kpis, act = _small()
    working = Q3.working_days()  # 66 in 2026Q3
    r = score_frames(emp, kpis, act, Q3, adjustments=[_adj("leave", {"days": 33, "basis": "working"})])
    assert working == 66
    assert r.items.set_index("kpi").loc["sales", "target"] == pytest.approx(150.0)


def test_force_majeure_excludes_touched_months():
    emp, kpis, act = _small()
    fm = _adj("force_majeure", {"start": "2026-08-10", "end": "2026-08-20", "mode": "exclude"})
    items = score_frames(emp, kpis, act, Q3, adjustments=[fm]).items.set_index("kpi")
    assert items.loc["sales", "months_found"] == 2
    assert items.loc["sales", "target"] == 200 and items.loc["sales", "actual"] == 184


def test_force_majeure_scale_uses_share_of_period_outside_window():
    emp, kpis, act = _small()
    fm = _adj("force_majeure", {"start": "2026-07-01", "end": "2026-07-31", "mode": "scale"})
    items = score_frames(emp, kpis, act, Q3, adjustments=[fm]).items.set_index("kpi")
    assert items.loc["sales", "target"] == pytest.approx(300 * (1 - 31 / 92))


def test_override_replaces_actual_for_the_period():
    emp, kpis, act = _small()
    ov = _adj("override", {"field": "actual", "value": 300.0}, kpi="sales")
    items = score_frames(emp, kpis, act, Q3, adjustments=[ov]).items.set_index("kpi")
    assert items.loc["sales", "score"] == 100 and items.loc["sales", "adjusted"]


def test_grant_leave_records_audit_with_before_and_after(demo_project):
    with open_project(demo_project) as store:
        before = evaluate(store, Q3).employees.set_index("employee").loc["E003", "score"]
        adj = grant_leave(store, "E003", "2026年第三季度", 14, reason="sick leave (approved)", actor="hr-li")
        after = evaluate(store, Q3).employees.set_index("employee").loc["E003", "score"]
        log = store.audit_log(entity="adjustment", entity_id=adj.id)
        stored = store.adjustments(employee="E003")
    assert after > before
    assert adj.details["before"]["score"] == pytest.approx(before)
    assert adj.details["after"]["score"] == pytest.approx(after)
    assert log[0].actor == "hr-li" and log[0].reason == "sick leave (approved)"
    assert stored[0].details["days"] == 14


def test_leave_longer_than_period_is_an_error_and_nothing_is_written(demo_project):
    with open_project(demo_project) as store:
        with pytest.raises(InputError, match="does not fit 2026Q3"):
            grant_leave(store, "E003", Q3, 93, reason="long leave")
        assert store.adjustments() == []


def test_adjustment_needs_reason_and_known_employee(demo_project):
    with open_project(demo_project) as store:
        with pytest.raises(InputError, match="needs a reason"):
            grant_leave(store, "E003", Q3, 3, reason="  ")
        with pytest.raises(InputError, match="No employee 'E999'"):
            grant_leave(store, "E999", Q3, 3, reason="x")
        with pytest.raises(InputError, match="not KPIs of 'E003'"):
            override(store, "E003", Q3, {"cs_knowledge": {"actual": 1}}, reason="x")


def test_weight_override_must_keep_weights_at_100(demo_project):
    with open_project(demo_project) as store:
        with pytest.raises(InputError, match="add up to 105, not 100"):
            override(store, "E001", Q3, {"sa_csat": {"weight": 20}}, reason="re-weight")
        done = override(store, "E001", Q3, {"sa_csat": {"weight": 20}, "sa_attach": {"weight": 10}}, reason="re-weight")
        assert len(done) == 2
        row = evaluate(store, Q3).employee("E001")
    weights = {k["kpi"]: k["weight"] for k in row["kpis"]}
    assert weights["sa_csat"] == 20 and weights["sa_attach"] == 10 and sum(weights.values()) == 100


def test_force_majeure_window_outside_period_is_rejected(demo_project):
    with open_project(demo_project) as store, pytest.raises(InputError, match="outside 2026Q3"):
        force_majeure(store, "E001", Q3, "2026-01-01", "2026-01-31", reason="flood")


def test_close_freezes_results_blocks_writes_and_reopen_creates_revision(demo_project):
    with open_project(demo_project) as store:
        first = close_period(store, Q3, actor="hr")
        assert first.revision == 1 and first.frozen
        with pytest.raises(PeriodClosed, match="2026Q3 is closed"):
            grant_leave(store, "E003", "2026-08", 2, reason="x")
        with pytest.raises(PeriodClosed):
            import_actuals(store, [Actual("E001", "sa_sales", Period.parse("2026-09"), 1.0)], actor="t")
        # frozen: a new actual for 2026-09 changes nothing until the period is reopened
        frozen = evaluate(store, Q3)
        assert frozen.revision == 1
        with pytest.raises(InputError, match="needs a reason"):
            reopen_period(store, Q3, reason="")
        reopen_period(store, Q3, reason="correction of E003 leave", actor="hr")
        grant_leave(store, "E003", Q3, 14, reason="sick leave")
        second = close_period(store, Q3, actor="hr")
        assert revisions(store, Q3) == [1, 2]
        old = load_snapshot(store, Q3, 1)
        assert period_status(store, Q3)["status"] == "closed"
    s1 = old.employees.set_index("employee").loc["E003", "score"]
    s2 = second.employees.set_index("employee").loc["E003", "score"]
    assert s2 > s1
    assert old.to_dict()["revision"] == 1


def test_import_actuals_reports_all_problems_at_once(demo_project):
    bad = [
        Actual("E999", "sa_sales", Period.parse("2026-10"), 1.0),
        Actual("E001", "nope", Period.parse("2026-10"), 1.0),
        Actual("E001", "sa_sales", Period.parse("2026-10"), 1.0),
        Actual("E001", "sa_sales", Period.parse("2026-10"), 2.0),
        Actual("E001", "cs_knowledge", Period.parse("2026-10"), 2.0),
    ]
    with open_project(demo_project) as store:
        with pytest.raises(DataImportError, match=r"4 problem\(s\)") as info:
            import_actuals(store, bad, actor="t")
        assert not store.actuals(periods=["2026-10"])
    text = str(info.value)
    assert "'E999'" in text and "'nope'" in text and "duplicate" in text and "not a KPI of 'E001'" in text


@pytest.mark.parametrize("value", [float("nan"), float("inf"), "nan"])
def test_override_through_the_api_refuses_non_finite_values(demo_project, value):
    with open_project(demo_project) as store, pytest.raises(InputError, match="must be a number"):
        override(store, "E001", Q3, {"sa_sales": {"actual": value}}, reason="x")
