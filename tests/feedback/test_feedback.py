from __future__ import annotations

import re
from dataclasses import dataclass

import pytest
from openpyxl import load_workbook

from kpiguide.core.model import Indicator
from kpiguide.evaluation import evaluate, grant_leave
from kpiguide.evaluation.gaps import add_cause_note
from kpiguide.evaluation.incentives import incentives
from kpiguide.feedback import employee_context, render, write_reports
from kpiguide.project.store import open_project
from tests.evaluation._evaluation_helpers import fake_assess


def _lookup(kpi):
    if kpi.id == "sa_sales":
        return Indicator("sales", "销售额", "Sales", levers_zh=("提升连带销售",), levers_en=("Cross-sell <more>",))
    return None


@pytest.fixture
def store(demo_project):
    with open_project(demo_project) as s:
        grant_leave(s, "E003", "2026Q3", 14, reason="病假 <approved>", actor="hr")
        add_cause_note(s, "2026Q3", "E003", "sa_sales", "门店装修停业一周", actor="E009")
        yield s


def test_employee_html_report_in_chinese_has_every_section(store, tmp_path):
    result = evaluate(store, "2026Q3")
    (path,) = write_reports(
        store,
        result,
        tmp_path,
        employees=["E003"],
        lang="zh",
        indicator_lookup=_lookup,
        assess=fake_assess,
        findings=[],
    )
    html = path.read_text(encoding="utf-8")
    for label in (
        "个人绩效反馈报告",
        "做得好的方面",
        "差距与可能原因",
        "改进行动建议",
        "发展计划",
        "下期目标建议",
        "透明度",
        "已应用的调整",
    ):
        assert label in html
    assert html.count("<svg") - html.count('<svg class="xmr"') == 5  # one bullet chart per KPI
    assert html.count('<svg class="xmr"') == 5  # and one process-behaviour chart per KPI (30 months of history)
    assert "门店装修停业一周" in html and "提升连带销售" in html
    assert "病假 &lt;approved&gt;" in html  # autoescaped
    assert "<script" not in html and "@media print" in html
    assert "2026年营业收入同比增长15%" in html  # objective -> department -> role -> KPI
    score = result.employee("E003")["score"]
    assert f"{score:.1f}" in html


def test_department_report_in_english_and_markdown_and_xlsx(store, tmp_path):
    result = evaluate(store, "2026Q3")
    inc = incentives(result, pools={"sales": 100000})
    (html,) = write_reports(
        store, result, tmp_path, departments=["sales"], lang="en", assess=fake_assess, incentives=inc
    )
    text = html.read_text(encoding="utf-8")
    assert "Department performance summary" in text and "Rating distribution" in text
    assert text.count("<tr>") > 13 and "Bonus coefficient" in text
    (md,) = write_reports(
        store, result, tmp_path, employees=["E003"], fmt="md", lang="en", assess=None, indicator_lookup=None
    )
    body = md.read_text(encoding="utf-8")
    assert body.startswith("# Individual performance feedback")
    assert re.search(r"\| .*Monthly personal sales|个人月度销售额", body)
    assert "analyse root causes" in body  # graceful fallback without catalog
    (xlsx,) = write_reports(store, result, tmp_path, employees=["E003"], fmt="xlsx", lang="en", assess=None)
    wb = load_workbook(xlsx)
    assert "Results per KPI" in wb.sheetnames and "Adjustments applied" in wb.sheetnames


def test_catalog_lookup_failure_does_not_stop_report(store):
    def broken(kpi):
        raise RuntimeError("catalog down")

    result = evaluate(store, "2026Q3")
    ctx = employee_context(store, result, "E003", lang="en", indicator_lookup=broken, assess=None)
    assert ctx["actions"] and all(not a["levers"] for a in ctx["actions"])


def test_next_period_targets_come_from_injected_bands(store):
    @dataclass(frozen=True)
    class A:
        bands: dict
        quantiles: dict
        p_attain: float = 0.5
        method: str = "t"

    def assess(history, target=None, **kw):
        return A({"floor": 1.0, "base": 2.0, "stretch": 3.0}, {})

    ctx = employee_context(store, evaluate(store, "2026Q3"), "E003", lang="en", assess=assess, indicator_lookup=None)
    sales = next(n for n in ctx["next_targets"] if n["kpi"] == "个人月度销售额")
    assert (sales["floor"], sales["base"], sales["stretch"]) == ("3", "6", "9")  # flow KPI: × 3 months


def test_unknown_employee_in_report_is_an_input_error(store, tmp_path):
    from kpiguide.core.errors import InputError

    with pytest.raises(InputError, match="'E999'"):
        write_reports(store, evaluate(store, "2026Q3"), tmp_path, employees=["E999"], findings=[])


def test_markdown_escapes_table_pipes():
    from kpiguide.feedback.render import _md

    assert _md("a|b*c") == "a\\|b\\*c"


def test_render_rejects_xlsx():
    with pytest.raises(ValueError, match="write_xlsx"):
        render({}, "employee", "xlsx")
