"""Strategy editor, department/role editor, KPI card editor, balance panel: build, type, click, check the store."""

from __future__ import annotations

import pytest

pytest.importorskip("ipywidgets")

from kpiguide.project.store import open_project
from kpiguide.ui.workshop import Workshop


@pytest.fixture
def ws(tmp_path, demo_project):
    return Workshop(
        "01_strategy", project=demo_project, environ={"KPIGUIDE_HOME": str(tmp_path), "KPIGUIDE_UI_SYNC": "1"}
    )


def test_strategy_editor_adds_an_objective_and_refuses_a_loop(ws):
    from kpiguide.ui.strategy_editor import strategy_editor

    editor = ws.show(strategy_editor).children[0]
    editor.text.value = "会员复购率提升至35%"
    editor.perspective.value = "customer"
    editor.parent.value = "F1"
    editor.save_button.click()
    assert ws.store.get("objective", "C3").value.parent == "F1"
    editor.choice.value = "F1"
    editor.parent.value = "C3"
    editor.save_button.click()
    assert "loop" in editor.message.value and ws.store.get("objective", "F1").value.parent is None


def test_strategy_editor_reports_an_edit_made_elsewhere_as_a_conflict(ws, demo_project):
    from dataclasses import replace

    from kpiguide.ui.strategy_editor import strategy_editor

    editor = ws.show(strategy_editor).children[0]
    editor.choice.value = "C1"
    other = open_project(demo_project)
    stored = other.get("objective", "C1")
    other.save("objective", replace(stored.value, text="别人改的"), expected_version=stored.version, actor="other")
    editor.text.value = "我改的"
    editor.save_button.click()
    assert editor.message.kind == "warning" and ws.store.get("objective", "C1").value.text == "别人改的"


def test_role_editor_splits_a_pasted_job_description_and_saves_the_duties(ws):
    from kpiguide.ui.role_editor import role_editor

    editor = ws.show(role_editor).children[0]
    editor.department.value = "sales"
    editor.role.value = "__new__"
    editor.role_id.value = "cashier"
    editor.role_name.value = "收银员"
    editor.job_description.value = "岗位职责：1、准确快速完成收银；2、处理退换货。任职要求：高中以上"
    editor.split_button.click()
    assert editor.duties.value.splitlines() == ["准确快速完成收银", "处理退换货"]
    editor.save_role_button.click()
    role = ws.store.get("role", "cashier").value
    assert role.department == "sales" and role.responsibilities == ("准确快速完成收银", "处理退换货")
    assert ws.store.audit_log(entity="role")[-1].actor == "workshop"


def test_kpi_editor_verdict_follows_typing_and_rewrite_is_one_click(ws):
    from kpiguide.ui.kpi_editor import kpi_editor

    editor = ws.show(kpi_editor).children[0]
    card = editor.cards["sa_sales"]
    card.fields["name"].value = "提高客户体验"
    card.fields["target"].value = ""
    verdict = editor.verdicts["sa_sales"]
    assert "✘" in verdict.html.value
    assert "kpiguide-badge-warning" in editor.rows["sa_sales"].check.value  # the row's badge follows the typing
    editor.rows["sa_sales"].details_button.click()
    assert card in editor.drawer.children and editor.drawer.layout.display == ""
    suggested = verdict.rewrite_text()
    verdict.use_button.click()
    assert card.fields["name"].value == suggested != "提高客户体验"


def test_kpi_editor_saves_a_new_kpi_and_shows_the_weight_total(ws):
    from kpiguide.ui.kpi_editor import kpi_editor

    editor = ws.show(kpi_editor).children[0]
    card = editor.add_kpi()
    row = editor.rows[card.kpi.id]
    assert row in editor.table.rows and card in editor.drawer.children  # a new KPI opens in the side panel
    assert "kpiguide-badge-unsaved" in row.check.value
    card.fields["name"].value = "每月新增会员数"
    card.fields["weight"].value = "10"
    card.fields["target"].value = "60"
    assert row.cells["weight"].value == "10"  # the row and the card show the same typed values
    card.save_button.click()
    assert ws.store.get("kpi", card.kpi.id).value.target == 60
    assert "kpiguide-badge-unsaved" not in row.check.value
    # the same weight total as the designer app's table (typed weights, by the profile's rule)
    assert "权重合计 110 / 应为 100" in editor.weights.value and "data-ok='False'" in editor.weights.value


def test_balance_finding_button_opens_its_role_in_the_kpi_editor(ws):
    from kpiguide.ui.balance_panel import balance_panel
    from kpiguide.ui.kpi_editor import kpi_editor

    panel = ws.show(balance_panel).children[0]
    editor = ws.show(kpi_editor).children[0]
    index = next(i for i, f in enumerate(panel.findings) if "/roles/fp_analyst" in f.subject)
    panel.open_buttons[index].click()
    assert editor.role.value == "fp_analyst"


def test_balance_panel_on_an_empty_scheme_says_what_to_do_first():
    from kpiguide.core.model import Organization, Scheme
    from kpiguide.ui.balance_panel import BalancePanel

    panel = BalancePanel(Scheme(Organization("X")), lang="en")
    assert "No KPIs yet" in panel.summary.value and panel.findings == ()


def test_evaluation_feedback_and_deliverables_produce_downloads(ws):
    from kpiguide.ui.deliverables_panel import deliverables_panel
    from kpiguide.ui.evaluation_panel import evaluation_panel
    from kpiguide.ui.feedback_preview import feedback_preview

    table = ws.show(evaluation_panel).children[0]
    table.button.click()
    assert table.value is not None and table.table.value.count("data-employee=") == 37
    preview = ws.show(feedback_preview).children[0]
    preview.button.click()
    assert preview.download_xlsx.data[:2] == b"PK" and "<iframe" in preview.frame.value
    deliverables = ws.show(deliverables_panel).children[0]
    deliverables.button.click()
    assert all(link.data for link in deliverables.links.values())
    assert ws.store.audit_log(entity="progress")[-1].entity_id == "08_workshop_deliverables"


def test_suggestion_picker_adds_the_indicator_and_hides_it_afterwards(demo_scheme_zh):
    from kpiguide.core.model import Indicator
    from kpiguide.ui.suggestion_picker import SuggestionPicker

    indicator = Indicator("retail_conversion", "成交转化率", "Conversion rate", perspective="customer")

    class Suggestion:
        def __init__(self):
            self.indicator, self.score, self.why = indicator, 0.8, ("职责提到接待顾客",)

    calls = []
    picker = SuggestionPicker(
        demo_scheme_zh,
        suggest=lambda text, exclude=(), **kw: [] if "retail_conversion" in exclude else [Suggestion()],
        on_add=lambda ind, role: calls.append((ind.id, role)),
    )
    picker.add_buttons[0].click()
    assert calls == [("retail_conversion", "store_associate")]
