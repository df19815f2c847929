from __future__ import annotations

import pytest

from kpiguide.core.errors import AccessDenied, InputError
from kpiguide.design.checkins import at_risk, checkins, history, record_checkin, team_view, value_to_date
from tests.design._design_helpers import principal


def test_value_to_date_rolls_up_the_months_entered_like_the_evaluation(store):
    months = {str(a.period): a.value for a in store.actuals(kpi="sa_sales") if a.subject == "E001"}
    quarter = months["2026-07"] + months["2026-08"] + months["2026-09"]  # sales are a flow: summed
    assert value_to_date(store, "E001", "sa_sales", "2026Q3") == pytest.approx(quarter)
    assert value_to_date(store, "E001", "sa_sales", "2026-08") == pytest.approx(months["2026-08"])
    assert value_to_date(store, "E001", "sa_sales", "2027-01") is None


def test_employee_checks_in_on_own_kpi_and_it_is_audited(store):
    me = principal(store, "employee", employee="E001")
    saved = record_checkin(store, me, employee="E001", kpi="sa_sales", period="2026年8月", confidence="at_risk",
                           note="客流下降")  # fmt: skip
    assert saved["period"] == "2026-08" and saved["confidence"] == "at_risk" and saved["target"] == 180000.0
    assert saved["value_to_date"] > 0
    again = record_checkin(store, me, employee="E001", kpi="sa_sales", period="2026-08", confidence="on_track")
    assert again["version"] == 2
    log = store.audit_log(entity="record:checkin")
    assert [e.new["confidence"] for e in log] == ["at_risk", "on_track"]
    assert all(e.actor.startswith("employee:E001#") for e in log)
    assert [c["confidence"] for c in history(store, "E001")] == ["on_track"]


def test_others_cannot_check_in_for_an_employee(store):
    other = principal(store, "employee", employee="E002")
    with pytest.raises(AccessDenied):
        record_checkin(store, other, employee="E001", kpi="sa_sales", period="2026-08", confidence="on_track")
    wrong_head = principal(store, "head", department="finance")
    with pytest.raises(AccessDenied):
        record_checkin(store, wrong_head, employee="E001", kpi="sa_sales", period="2026-08", confidence="on_track")
    head = principal(store, "head", department="sales")
    assert record_checkin(store, head, employee="E001", kpi="sa_sales", period="2026-08", confidence="off_track")
    assert store.list_records("checkin")[0].data["by"].startswith("head:sales#")


def test_bad_input_lists_every_problem_and_writes_nothing(store):
    boss = principal(store, "leadership")
    with pytest.raises(InputError) as caught:
        record_checkin(store, boss, employee="E001", kpi="fi_close", period="2026-08", confidence="maybe",
                       note="x" * 3000)  # fmt: skip
    fields = {p.field for p in caught.value.problems}
    assert fields == {"kpi", "confidence", "note"}
    with pytest.raises(InputError):
        record_checkin(store, boss, employee="E999", kpi="sa_sales", period="2026-08", confidence="on_track")
    with pytest.raises(InputError):
        record_checkin(store, boss, employee="E001", kpi="sa_sales", period="soon", confidence="on_track")
    assert store.list_records("checkin") == []


def test_at_risk_lists_the_latest_non_green_check_ins_of_the_period_worst_first(store):
    boss = principal(store, "leadership")
    record_checkin(store, boss, employee="E001", kpi="sa_sales", period="2026-07", confidence="off_track")
    record_checkin(store, boss, employee="E001", kpi="sa_sales", period="2026-08", confidence="on_track")  # recovered
    record_checkin(store, boss, employee="E002", kpi="sa_basket", period="2026-08", confidence="at_risk")
    record_checkin(store, boss, employee="E003", kpi="sa_sales", period="2026-09", confidence="off_track")
    record_checkin(store, boss, employee="E004", kpi="sa_sales", period="2026-10", confidence="off_track")  # Q4
    rows = at_risk(store, "2026Q3")
    assert [(r["employee"], r["confidence"]) for r in rows] == [("E003", "off_track"), ("E002", "at_risk")]
    assert rows[0]["kpi_name"] and rows[0]["department"] == "sales"
    assert len(checkins(store, period="2026Q3")) == 4


def test_team_view_has_every_employee_and_kpi_of_the_department_for_its_head_only(store):
    head = principal(store, "head", department="sales")
    record_checkin(store, head, employee="E001", kpi="sa_sales", period="2026-09", confidence="at_risk", note="n")
    rows = team_view(store, head, "sales", "2026Q3")
    scheme = store.load_scheme()
    expected = sum(len(scheme.kpis_of(e.role)) for e in scheme.employees if e.department == "sales")
    assert len(rows) == expected
    mine = next(r for r in rows if (r["employee"], r["kpi"]) == ("E001", "sa_sales"))
    assert mine["confidence"] == "at_risk" and mine["note"] == "n"
    assert mine["value_to_date"] == pytest.approx(value_to_date(store, "E001", "sa_sales", "2026Q3"))
    assert sum(r["confidence"] is None for r in rows) == expected - 1
    with pytest.raises(AccessDenied):
        team_view(store, principal(store, "head", department="finance"), "sales", "2026Q3")


def test_the_feedback_report_shows_the_check_in_history_escaped(store):
    from kpiguide.evaluation import evaluate
    from kpiguide.feedback.context import employee_context
    from kpiguide.feedback.render import render

    boss = principal(store, "leadership")
    record_checkin(store, boss, employee="E001", kpi="sa_sales", period="2026-07", confidence="at_risk",
                   note="<b>客流</b> down")  # fmt: skip
    record_checkin(store, boss, employee="E001", kpi="sa_sales", period="2026-10", confidence="off_track")  # later
    result = evaluate(store, "2026Q3")
    ctx = employee_context(store, result, "E001", lang="zh", indicator_lookup=None, assess=None)
    assert [(c["period"], c["confidence"]) for c in ctx["checkins"]] == [("2026-07", "有风险")]
    html = render(ctx, "employee", "html")
    assert "进度检查记录" in html and "&lt;b&gt;客流&lt;/b&gt; down" in html and "<b>客流" not in html
    md = render(
        employee_context(store, result, "E001", lang="en", indicator_lookup=None, assess=None), "employee", "md"
    )
    assert "## Check-in history" in md and "| 2026-07 |" in md and "at risk" in md
    other = employee_context(store, result, "E002", lang="en", indicator_lookup=None, assess=None)
    assert other["checkins"] == [] and "Check-in history" not in render(other, "employee", "html")
