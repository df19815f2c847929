from __future__ import annotations

import pytest

pytest.importorskip("ipywidgets")

from kpiguide.core.errors import ConflictError, InputError, Problem
from kpiguide.core.findings import Finding
from kpiguide.ui.comments import CommentBox
from kpiguide.ui.department_view import DepartmentView
from kpiguide.ui.findings import FindingsList
from kpiguide.ui.kpi_card import KpiCard
from kpiguide.ui.language import LanguageSwitch
from kpiguide.ui.messages import MessagePanel, error_page
from kpiguide.ui.submit import SubmitForReview


def finding(severity="warning"):
    return Finding(
        "ui.test", severity, "departments/sales", "目标太模糊", "The goal is vague", "加上数字", "Add a number"
    )


def test_findings_list_renders_each_finding_in_the_current_language():
    view = FindingsList([finding("error"), finding("info")], lang="zh")
    assert view.value.count("kpiguide-finding ") == 2 and "目标太模糊" in view.value and "错误" in view.value
    view.set_lang("en")
    assert "The goal is vague" in view.value and "Add a number" in view.value
    view.findings = []
    assert "No findings" in view.value


def test_findings_are_html_escaped():
    evil = Finding("x.y", "info", "s", "<script>alert(1)</script>", "<b>", "", "")
    assert "<script>" not in FindingsList([evil], lang="zh").value


def test_language_switch_drives_followers():
    seen = []
    switch = LanguageSwitch("zh", on_change=seen.append)
    panel = FindingsList([finding()], lang="zh")
    switch.follow(panel)
    switch.value = "en"
    assert seen == ["en"] and "The goal is vague" in panel.value


def test_kpi_card_reports_typed_values_on_save(demo_scheme_zh):
    calls = []
    card = KpiCard(demo_scheme_zh.kpi("sa_sales"), 3, objectives=[("F1", "增长")], on_save=lambda c, v: calls.append(v))
    assert card.value["target"] == "180000" and card.value["objective"] == "F1"
    card.fields["target"].value = "20万"
    card.save_button.click()
    assert calls[0]["target"] == "20万" and calls[0]["direction"] == "higher"


def test_kpi_card_language_switch_keeps_unsaved_input(demo_scheme_zh):
    card = KpiCard(demo_scheme_zh.kpi("sa_sales"), 1, objectives=[("F1", "增长")], lang="zh")
    card.fields["name"].value = "改过的名字"
    card.fields["direction"].value = "lower"
    card.set_lang("en")
    assert card.fields["name"].description == "Name" and card.save_button.description == "Save"
    assert card.value["name"] == "改过的名字" and card.value["direction"] == "lower"
    assert ("lower is better", "lower") in card.fields["direction"].options


def test_read_only_card_has_disabled_fields(demo_scheme_zh):
    card = KpiCard(demo_scheme_zh.kpi("sa_sales"), 1, editable=False)
    assert all(w.disabled for w in card.fields.values()) and card.save_button.disabled


def test_message_panel_shows_conflict_as_reload_hint():
    panel = MessagePanel("en")
    panel.show_error(ConflictError("kpi", "sa_sales", 1, 2))
    assert panel.kind == "warning" and "Changed by someone else — reload" in panel.value
    panel.show_error(InputError("Cannot save", [Problem("not a number", field="target")]))
    assert panel.kind == "error" and "field &#x27;target&#x27;: not a number" in panel.value


def test_unexpected_errors_show_a_generic_message_not_the_exception(caplog):
    panel = MessagePanel("en")
    panel.show_error(RuntimeError("secret path /srv/x"))
    assert "/srv/x" not in panel.value and "unexpected problem" in panel.value


def test_error_page_is_bilingual():
    page = error_page(ConflictError("kpi", "k", 1, 2), "zh")
    text = "".join(child.value for child in page.children)
    assert "重新载入" in text and "reload" in text


def test_department_view_lists_roles_duties_and_kpis(demo_scheme_zh):
    view = DepartmentView(demo_scheme_zh, "sales", "zh")
    assert "销售部" in view.value and "门店销售顾问" in view.value and "个人月度销售额" in view.value
    assert "data-kpi='fp_budget_execution'" not in view.value


def test_submit_component_passes_the_note():
    notes = []
    box = SubmitForReview(None, lang="en", on_submit=notes.append)
    assert "Not submitted" in box.status.value
    box.note.value = "first draft"
    box.button.click()
    assert notes == ["first draft"]
    box.show_status({"at": "2026-11-01T10:00:00+00:00", "by": "head:sales#1"})
    assert "head:sales#1" in box.status.value


def test_comment_box_sends_kind_and_text():
    sent = []
    box = CommentBox("sa_sales", [], lang="zh", on_send=lambda *a: sent.append(a))
    box.kind.value = "proposal"
    box.text.value = "目标偏高"
    box.button.click()
    assert sent == [("sa_sales", "目标偏高", "proposal")]
    box.comments = [{"kind": "comment", "at": "t", "author": "a", "text": "<i>x</i>"}]
    assert "&lt;i&gt;x&lt;/i&gt;" in box.list.value
