"""The KPI cycle in the apps without a browser: the dashboard's summary, review and change requests,
"My KPIs"' agreement, confirmation and check-ins (issue 13 / issue 15)."""

from __future__ import annotations

import pytest

pytest.importorskip("ipywidgets")

from kpiguide.design import changes, cycle
from kpiguide.design.reminders import set_calendar
from kpiguide.project.access import issue_token
from kpiguide.project.store import open_project
from kpiguide.ui.apps import DashboardApp, MyKpisApp, leadership_dashboard
from kpiguide.ui.context import open_app

PERIOD = "2026Q4"


@pytest.fixture(autouse=True)
def sync(monkeypatch):
    monkeypatch.setenv("KPIGUIDE_UI_SYNC", "1")


def context(project, role, **scope):
    with open_project(project) as store:
        token = issue_token(store, role=role, **scope)
    return open_app("leadership" if role == "hr" else role, query_string=f"invite={token}", project=str(project))


def dashboard(project, role="leadership", panels=()):
    return DashboardApp(context(project, role), panels=panels)


def submit(project, department="sales", note=""):
    head = context(project, "head", department=department)
    cycle.submit(head.store, head.principal, department, PERIOD, note)
    head.store.close()


def stage(project, department="sales"):
    with open_project(project) as store:
        return cycle.review_state(store, department, PERIOD)


def test_summary_shows_every_department_stage_and_reminders(demo_project):
    with open_project(demo_project) as store:
        names = [d.name for d in store.load_scheme().departments]
        boss = context(demo_project, "leadership").principal
        set_calendar(store, boss, PERIOD, {"submit": "2026-10-15", "review": "2099-01-31"})
    submit(demo_project)
    app = dashboard(demo_project)
    assert app.period.value == PERIOD
    status = app.summary.status.value
    assert all(name in status for name in names)
    assert "data-department='sales' data-stage='submitted'" in status
    assert "data-department='finance' data-stage='draft'" in status
    reminders = app.summary.reminders.value
    assert "data-stage='review'" in reminders and "2099-01-31" in reminders
    assert "kpiguide-overdue" in reminders and "2026-10-15" in reminders  # submit was due before today
    assert list(app.review.cards) == ["sales"]


def test_return_with_a_kpi_comment_resubmit_then_approve(demo_project):
    submit(demo_project, note="first")
    app = dashboard(demo_project)
    card = app.review.cards["sales"]
    assert "first" in card.heading.value
    card.return_button.click()  # a return without any comment is refused, nothing is written
    assert card.message.kind == "error" and stage(demo_project)["stage"] == "submitted"
    card.kpi_comments["sa_sales"].value = "目标偏低，请参考去年"
    card.return_button.click()
    assert app.review.message.kind == "ok" and app.review.cards == {}
    state = stage(demo_project)
    assert state["stage"] == "returned" and state["comments"] == {"sa_sales": "目标偏低，请参考去年"}
    assert "data-department='sales' data-stage='returned'" in app.summary.status.value
    submit(demo_project, note="second")
    app.set_period(PERIOD)
    app.review.cards["sales"].approve_button.click()
    assert stage(demo_project)["stage"] == "approved"
    assert "data-department='sales' data-stage='approved'" in app.summary.status.value
    with open_project(demo_project) as store:
        actors = [e.actor.split("#")[0] for e in store.audit_log(entity="record:review")]
    assert actors[-4:] == ["head:sales", "leadership", "head:sales", "leadership"]


def test_two_reviewers_at_once_one_wins_the_other_sees_the_conflict(demo_project):
    submit(demo_project)
    first, second = dashboard(demo_project), dashboard(demo_project, "hr")
    first.review.cards["sales"].approve_button.click()
    version = stage(demo_project)["version"]
    card = second.review.cards["sales"]
    card.kpi_comments["sa_sales"].value = "too low"
    card.return_button.click()
    assert second.review.message.kind == "warning"
    assert "其他审核人" in second.review.message.value  # the zh page's conflict message
    state = stage(demo_project)
    assert state["stage"] == "approved" and state["version"] == version  # nothing written for the loser
    assert second.review.cards == {} and "data-stage='approved'" in second.summary.status.value


def test_hr_invite_opens_the_dashboard_and_reviews(demo_project):
    with open_project(demo_project) as store:
        token = issue_token(store, role="hr")
    page = leadership_dashboard(query_string=f"invite={token}", project=str(demo_project))
    assert "kpiguide-dashboard" in page._dom_classes
    submit(demo_project)
    app = dashboard(demo_project, "hr")
    app.review.cards["sales"].approve_button.click()
    assert stage(demo_project)["by"].startswith("hr#")


def test_details_are_built_when_opened(demo_project):
    built = []

    class Tiny:
        def __init__(self, name):
            import ipywidgets as widgets

            self.widget = widgets.HTML(name)
            built.append(name)

        def refresh(self, scheme):
            pass

        def set_lang(self, lang):
            pass

    app = dashboard(demo_project, panels=[lambda host: Tiny("a"), lambda host: Tiny("b")])
    assert built == [] and app.details.selected_index is None
    assert len(app.details.children) == 4 and app.details.titles[2] == "更多（1）"
    app.details.selected_index = 3
    assert built == ["b"] and app.details.children[3].children[0].value == "b"
    assert [p.widget.value for p in app.panels] == ["a", "b"] and built == ["b", "a"]
    app.switch.value = "en"
    assert app.details.titles[0] == "Departments' designs and strategy coverage"


def agree(project, employee="E001"):
    submit(project)
    boss = context(project, "leadership")
    cycle.review(boss.store, boss.principal, "sales", PERIOD, approve=True)
    boss.store.close()
    me = context(project, "employee", employee=employee)
    cycle.confirm(me.store, me.principal, employee, PERIOD)
    me.store.close()


def test_change_requests_are_decided_in_the_dashboard(demo_project):
    agree(demo_project)
    head = context(demo_project, "head", department="sales")
    keep = changes.propose_change(head.store, head.principal, "sa_sales", field="target", value="200000",
                                  effective="2026-11-01", reason="新店开业")  # fmt: skip
    drop = changes.propose_change(head.store, head.principal, "sa_basket", field="weight", value="10",
                                  effective="2026-11-01", reason="调整")  # fmt: skip
    app = dashboard(demo_project)
    assert set(app.change_requests.items) == {keep, drop} and "新店开业" in app.change_requests.items[keep].text.value
    app.change_requests.items[keep].approve_button.click()
    app.change_requests.items[drop].reject_button.click()
    assert app.change_requests.items == {} and app.change_requests.message.kind == "ok"
    with open_project(demo_project) as store:
        assert store.get("kpi", "sa_sales").value.target == 200000.0
        assert {c["id"]: c["status"] for c in changes.changes(store)} == {keep: "approved", drop: "rejected"}


def mine(project, employee="E001"):
    return MyKpisApp(context(project, "employee", employee=employee))


def test_my_kpis_shows_the_agreement_and_confirms_only_after_approval(demo_project):
    page = mine(demo_project)
    assert page.period.__str__() == PERIOD and page.agreement.stage == "draft"
    card = page.agreement.kpis["sa_sales"].value
    for label in ("定义", "计算公式", "数据来源", "权重", "目标", "底线值 / 挑战值", "计分规则", "战略承接"):
        assert label in card
    assert "216,000" in card  # the stretch from agreement_data (linear rule capped at 120 %)
    assert page.agreement.actions.layout.display == "none"
    assert "调整规则" in page.agreement.rules.value
    submit(demo_project)
    boss = context(demo_project, "leadership")
    cycle.review(boss.store, boss.principal, "sales", PERIOD, approve=True)
    page = mine(demo_project)
    assert page.agreement.stage == "approved" and page.agreement.actions.layout.display is None
    page.agreement.comment.value = "同意"
    page.agreement.confirm_button.click()
    assert page.agreement.message.kind == "ok" and page.agreement.stage in ("agreed", "in_progress")
    assert page.agreement.actions.layout.display == "none" and "已锁定" in page.agreement.kpis["sa_sales"].value
    with open_project(demo_project) as store:
        assert PERIOD in [str(p) for p in cycle.locked_kpis(store)["sa_sales"]]
        assert cycle.agreement_state(store, "E001", PERIOD)["comment"] == "同意"
    assert "已在线确认" in page.agreement.rules.value


def test_propose_a_change_needs_a_reason_and_goes_back_to_the_head(demo_project):
    submit(demo_project)
    boss = context(demo_project, "leadership")
    cycle.review(boss.store, boss.principal, "sales", PERIOD, approve=True)
    page = mine(demo_project, "E002")
    page.agreement.propose_button.click()
    assert page.agreement.message.kind == "error"
    with open_project(demo_project) as store:
        assert cycle.agreement_state(store, "E002", PERIOD) is None
    page.agreement.reason.value = "门店在装修，目标请下调"
    page.agreement.propose_button.click()
    assert page.agreement.message.kind == "ok" and page.agreement.stage == "returned"
    with open_project(demo_project) as store:
        st = cycle.employee_stage(store, store.load_scheme(), "E002", cycle.Period.parse(PERIOD))
    assert st["stage"] == "returned" and st["comment"] == "门店在装修，目标请下调"


def test_checkin_is_recorded_listed_and_reaches_the_dashboard(demo_project):
    page = mine(demo_project)
    form = page.checkins["sa_sales"]
    assert form.month.options == ("2026-10", "2026-11", "2026-12")
    form.month.value = "2026-11"
    form.confidence.value = "off_track"
    form.note.value = "<b>客流下降</b>"
    form.button.click()
    assert form.message.kind == "ok" and "data-confidence='off_track'" in form.history.value
    assert "&lt;b&gt;客流下降" in form.history.value
    risk = dashboard(demo_project).summary.risk.value
    assert "data-employee='E001' data-kpi='sa_sales'" in risk and "已偏离" in risk


def test_my_kpis_in_english_and_printable_agreement(demo_project):
    page = mine(demo_project)
    page.switch.value = "en"
    assert (
        "Performance agreement" in page.agreement.banner.value
        and "Floor / stretch" in page.agreement.kpis["sa_sales"].value
    )
    assert page.checkins["sa_sales"].button.description == "Check in"
    page.agreement.html_button.click()
    assert "agreement_E001_2026Q4_en.html" in page.agreement.download.value


def test_review_comments_are_escaped(demo_project):
    submit(demo_project, note="<script>x</script>")
    app = dashboard(demo_project)
    assert "<script>" not in app.review.cards["sales"].heading.value
    card = app.review.cards["sales"]
    card.comment.value = "<img src=x onerror=alert(1)>"
    card.return_button.click()
    assert "<img" not in app.summary.status.value and "&lt;img" in app.summary.status.value


def test_workshop_step_reviews_and_makes_the_agreements(demo_project):
    import io
    import zipfile

    from kpiguide.ui.cycle_workshop import review_and_agreement

    submit(demo_project)
    host = context(demo_project, "leadership")
    step = review_and_agreement(host)
    assert "data-department='sales' data-stage='submitted'" in step.summary.status.value
    step.review.cards["sales"].approve_button.click()
    assert stage(demo_project)["stage"] == "approved"
    step.department.value = "sales"
    for fmt in ("html", "xlsx"):
        step.format.value = fmt
        data = step.generate()
        names = zipfile.ZipFile(io.BytesIO(data)).namelist()
        with open_project(demo_project) as store:
            employees = store.load_scheme().employees_of("sales")
        assert sorted(names) == sorted(f"agreement_{e.id}_{PERIOD}_zh.{fmt}" for e in employees)
        assert step.message.kind == "ok" and f"agreements_sales_{PERIOD}_zh_{fmt}.zip" in step.download.value
    workbook = zipfile.ZipFile(io.BytesIO(step.generate() or b"")).read(f"agreement_E001_{PERIOD}_zh.xlsx")
    assert workbook[:2] == b"PK"
