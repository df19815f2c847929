"""The redesigned KPI designer driven as a department head would, in both languages."""

from __future__ import annotations

import pytest

pytest.importorskip("ipywidgets")

from kpiguide.design import changes, checkins, cycle
from kpiguide.project.access import issue_token, verify_token
from kpiguide.project.store import open_project
from kpiguide.ui.context import open_app
from kpiguide.ui.designer_app import TABS, DesignerApp

Q = "2026Q4"
WORDS = {
    "zh": {"returned": "审核意见", "locked": "已锁定", "next_submit": "提交审核", "waiting": "等待管理层审核"},
    "en": {
        "returned": "Review comment",
        "locked": "locked",
        "next_submit": "submit",
        "waiting": "waiting for the review",
    },
}


@pytest.fixture(autouse=True)
def sync(monkeypatch):
    monkeypatch.setenv("KPIGUIDE_UI_SYNC", "1")


@pytest.fixture(params=["zh", "en"])
def lang(request):
    return request.param


@pytest.fixture
def project(demo_project):
    return str(demo_project)


def designer(project, lang, department="sales"):
    with open_project(project) as store:
        token = issue_token(store, role="head", department=department)
    context = open_app("head", query_string=f"invite={token}&lang={lang}", project=project)
    return DesignerApp(context)


def as_(store, role, **scope):
    return verify_token(store, issue_token(store, role=role, **scope)).bind(store.load_scheme())


def text_of(widget):
    value = getattr(widget, "value", "")
    parts = [value if isinstance(value, str) else "", getattr(widget, "description", "") or ""]
    parts += [text_of(child) for child in getattr(widget, "children", ())]
    return " ".join(parts)


def shown_rows(app):
    return [row.kpi_id for table in app.table_box.children for row in getattr(table, "rows", [])]


def agree_all(project, department="sales"):
    with open_project(project) as store:
        cycle.submit(store, as_(store, "head", department=department), department, Q)
        cycle.review(store, as_(store, "leadership"), department, Q, approve=True)
        for emp in store.load_scheme().employees_of(department):
            cycle.confirm(store, as_(store, "employee", employee=emp.id), emp.id, Q)


def test_one_role_at_a_time_and_heavy_tabs_built_when_opened(project, lang):
    app = designer(project, lang)
    scheme = app.store.load_scheme()
    assert app.role.value == "store_associate" and app.panels == []
    assert shown_rows(app) == [k.id for k in scheme.kpis_of("store_associate")]
    app.role.value = "store_manager"
    assert shown_rows(app) == [k.id for k in scheme.kpis_of("store_manager")]
    assert not set(shown_rows(app)) & {k.id for k in scheme.kpis_of("store_associate")}
    titles = [app.tabs.get_title(i) for i in range(len(TABS))]
    assert titles[0] == ("指标" if lang == "zh" else "KPIs") and len(set(titles)) == len(TABS)
    assert "财务部" not in text_of(app.widget)
    app.open_tab("suggestions")
    assert app.tabs.selected_index == 1 and [type(p).__name__ for p in app.panels] == ["SuggestionPicker"]
    assert app.panels[0].role.value == "store_manager", "the suggestions follow the chosen role"


def test_edit_a_row_updates_the_total_and_saves_through_the_card(project, lang):
    app = designer(project, lang)
    table = app.tables["store_associate"]
    row = app.rows["sa_sales"]
    assert "data-ok='True'" in table.total.value and "badge-" in row.check.value
    old = row.cells["weight"].value
    row.cells["weight"].value = str(float(old) + 5)
    assert "data-ok='False'" in table.total.value and "105" in table.total.value
    assert app.cards["sa_sales"].fields["weight"].value == row.cells["weight"].value
    row.cells["weight"].value = old
    row.cells["target"].value = "20万"
    row.save_button.click()
    assert app.cards["sa_sales"].message.kind == "ok"
    with open_project(project) as store:
        assert store.get("kpi", "sa_sales").value.target == 200000.0
    assert "data-ok='True'" in table.total.value
    row.cells["weight"].value = "lots"
    row.save_button.click()
    assert app.cards["sa_sales"].message.kind == "error" and "weight" in app.cards["sa_sales"].message.value


def test_details_open_the_full_form_and_add_opens_a_new_one(project, lang):
    app = designer(project, lang)
    app.rows["sa_sales"].details_button.click()
    assert app.drawer.layout.display == "" and app.cards["sa_sales"] in app.drawer.children
    app.tables["store_associate"].add_button.click()
    new = app.cards[app.drawer_kpi]
    assert new.version is None and new.kpi.role == "store_associate" and new in app.drawer.children
    assert app.rows[new.kpi.id] in app.tables["store_associate"].rows
    app.rows[new.kpi.id].cells["name"].value = "会员复购率"
    app.rows[new.kpi.id].cells["weight"].value = "0"
    new.save_button.click()
    assert new.message.kind == "ok" and new.version == 1
    app.close_drawer()
    assert app.drawer.layout.display == "none"


def test_submit_return_with_comments_then_resubmit(project, lang):
    app = designer(project, lang)
    assert "data-stage='draft'" in app.next_line.value and WORDS[lang]["next_submit"] in app.next_line.value
    app.open_tab("submit")
    app.submit.note.value = "v1"
    app.submit.button.click()
    assert app.submit.message.kind == "ok"
    assert "data-stage='submitted'" in app.next_line.value and WORDS[lang]["waiting"] in app.next_line.value
    with open_project(project) as store:
        assert cycle.review_state(store, "sales", Q)["stage"] == "submitted"
        cycle.review(store, as_(store, "leadership"), "sales", Q, approve=False,
                     kpi_comments={"sa_sales": "目标偏低 too low"})  # fmt: skip
    app = designer(project, lang)
    assert "data-stage='returned'" in app.next_line.value and "1" in app.next_line.value
    assert "目标偏低 too low" in app.rows["sa_sales"].comment.value
    assert WORDS[lang]["returned"] in app.rows["sa_sales"].comment.value
    assert app.rows["sa_basket"].comment.value == ""
    app.rows["sa_sales"].details_button.click()
    assert "目标偏低 too low" in text_of(app.drawer)
    app.rows["sa_sales"].cells["target"].value = "210000"
    app.rows["sa_sales"].save_button.click()
    app.submit.button.click()
    assert "data-stage='submitted'" in app.next_line.value and app.rows["sa_sales"].comment.value == ""


def test_after_agreement_editing_is_refused_and_a_change_request_works(project, lang):
    agree_all(project)
    app = designer(project, lang)
    assert "data-stage='agreed'" in app.next_line.value or "data-stage='in_progress'" in app.next_line.value
    row, card = app.rows["sa_sales"], app.cards["sa_sales"]
    assert row.cells["target"].disabled and row.save_button.disabled and card.save_button.disabled
    assert WORDS[lang]["locked"] in row.check.value
    app.save(
        card, {**card.value, "target": "1"}
    )  # the engine refuses too (the store's write guard, cycle.guard_kpi_writes)
    assert card.message.kind == "error"
    with open_project(project) as store:
        assert store.get("kpi", "sa_sales").version == 1
    row.details_button.click()
    form = app.change_form
    assert form is not None and form in app.drawer.children
    assert form.field.value == "target", "a change of the target is the usual one"
    form.new_value.value = "190000"
    form.effective.value = "2026-11-01"
    form.reason.value = ""
    form.button.click()
    assert form.message.kind == "error" and "reason" in form.message.value
    form.reason.value = "市场变化 market shift"
    form.button.click()
    assert form.message.kind == "ok"
    with open_project(project) as store:
        [change] = changes.changes(store, kpi="sa_sales")
        assert (change["field"], change["new"], change["effective"], change["status"]) == (
            "target", 190000.0, "2026-11-01", "pending",
        )  # fmt: skip
        assert store.get("kpi", "sa_sales").version == 1, "nothing changes before leadership decides"
    assert "190,000" in form.history.value and "market shift" in form.history.value
    form.field.value = "definition"
    form.definition_field.value = "data_source"
    form.new_value.value = "POS"
    form.effective.value = "2027-05-01"
    form.reason.value = "x"
    form.button.click()
    assert form.message.kind == "error" and "2027-05-01" in form.message.value


def test_team_view_shows_checkins_and_countersigning(project, lang):
    agree_all(project)
    with open_project(project) as store:
        checkins.record_checkin(store, as_(store, "employee", employee="E001"), employee="E001", kpi="sa_sales",
                                period="2026-11", confidence="at_risk", note="客流下降")  # fmt: skip
    app = designer(project, lang)
    assert app.team is None
    app.open_tab("team")
    html = app.team.checkins.value
    assert "data-confidence='at_risk'" in html and "客流下降" in html
    scheme = app.store.load_scheme()
    associates = [e for e in scheme.employees_of("sales") if e.role == "store_associate"]
    assert html.count("<tr>") == 1 + len(associates) * len(scheme.kpis_of("store_associate")), "the chosen role's"
    app.role.value = "store_manager"
    managers = [e for e in scheme.employees_of("sales") if e.role == "store_manager"]
    assert app.team.checkins.value.count("<tr>") == 1 + len(managers) * len(scheme.kpis_of("store_manager"))
    assert "客流下降" not in app.team.checkins.value
    app.role.value = "store_associate"
    app.team.countersign_choice.value = "E001"
    app.team.countersign_button.click()
    assert app.team.message.kind == "ok"
    with open_project(project) as store:
        assert cycle.agreement_state(store, "E001", Q)["countersigned_by"] == app.principal.actor
    assert "E001" not in [v for _, v in app.team.countersign_choice.options]


def test_switching_language_keeps_typed_values(project, lang):
    app = designer(project, lang)
    row = app.rows["sa_sales"]
    row.cells["unit"].value = "typing"
    row.cells["frequency"].value = "quarterly"
    app.switch.value = "en" if lang == "zh" else "zh"
    assert row.cells["unit"].value == "typing" and app.cards["sa_sales"].value["frequency"] == "quarterly"
    assert row.cells["frequency"].value == "quarterly"
