from __future__ import annotations

import pytest
from click.testing import CliRunner

from kpiguide.cli import main
from kpiguide.core.model import Organization
from kpiguide.deliverables.explainer import chart_svg, explainer_slides, render_explainer_html, write_explainer_pptx
from kpiguide.evaluation import evaluate
from kpiguide.project.store import open_project

pptx = pytest.importorskip("pptx")


@pytest.fixture(scope="module")
def project(demo_project_template):
    with open_project(demo_project_template) as store:
        yield store


@pytest.fixture(scope="module")
def slides_zh(project):
    return explainer_slides(
        project, period="2026Q3", lang="zh", calendar={"submit": "2026-10-05"}, cycle_period="2026Q4"
    )


def test_the_deck_covers_every_section_in_both_languages(project, slides_zh):
    en = explainer_slides(project, period="2026Q3", lang="en")
    assert len(en) == len(slides_zh) == 10
    titles = [s.title for s in en]
    for words in ("Why KPIs", "Strategy map", "derive from the strategy", "Worked example", "Month by month",
                  "Rating bands", "Adjustment rules", "Cycle timeline", "FAQ"):  # fmt: skip
        assert any(words in title for title in titles), words
    assert "为什么要做 KPI" in [s.title for s in slides_zh]


def test_the_worked_example_is_the_evaluation_of_a_real_employee(project, slides_zh):
    example = next(s for s in slides_zh if s.title.startswith("算分示例"))
    result = evaluate(project, "2026Q3")
    employee = result.employees[result.employees["department"] == "sales"].iloc[0]
    assert employee["name"] in example.title
    view = result.employee(employee["employee"])
    assert len(example.table) == 1 + len(view["kpis"])
    assert [v for v in example.chart.series[0][1]] == [round(100 * k["achievement"], 1) for k in view["kpis"]]
    assert f"{employee['rating']}" in example.bullets[1]


def test_rating_chart_counts_the_period_and_the_timeline_has_the_dates(project, slides_zh):
    ratings = next(s for s in slides_zh if s.title == "等级与奖金系数")
    counts = evaluate(project, "2026Q3").rating_counts()
    assert dict(zip(ratings.chart.categories, ratings.chart.series[0][1], strict=True)) == {
        k: float(v) for k, v in counts.items()
    }
    timeline = next(s for s in slides_zh if s.title.startswith("考核周期时间表"))
    assert ("提交", "提交给管理层审核", "2026-10-05") in timeline.table and "2026Q4" in timeline.title


def test_pptx_opens_with_native_charts_carrying_the_data(tmp_path, slides_zh):
    path = write_explainer_pptx(slides_zh, tmp_path / "deck.pptx", lang="zh")
    deck = pptx.Presentation(str(path))
    assert len(deck.slides) == len(slides_zh)
    charts = [shape.chart for slide in deck.slides for shape in slide.shapes if shape.has_chart]
    assert len(charts) == sum(s.chart is not None for s in slides_zh) >= 4
    rating = next(c for c in charts if "等级人数" in c.chart_title.text_frame.text)
    expected = next(s.chart for s in slides_zh if s.chart and "等级人数" in s.chart.title)
    assert list(rating.plots[0].categories) == list(expected.categories)
    assert list(rating.plots[0].series[0].values) == list(expected.series[0][1])
    texts = " ".join(shape.text_frame.text for slide in deck.slides for shape in slide.shapes if shape.has_text_frame)
    assert "华锦优选" in texts and "常见问题" in texts
    ea = (
        deck.slides[1]
        .shapes[0]
        .text_frame.paragraphs[0]
        .runs[0]
        .font._rPr.find("{http://schemas.openxmlformats.org/drawingml/2006/main}ea")
    )
    assert ea is not None and ea.get("typeface")  # East Asian font set for PowerPoint and WPS


def test_html_has_the_same_sections_with_inline_svg_and_escapes_text(project, slides_zh):
    html = render_explainer_html(slides_zh, lang="zh")
    assert html.count('<section class="slide') == len(slides_zh)
    assert html.count("<svg") == sum(s.chart is not None for s in slides_zh)
    assert 'lang="zh-CN"' in html
    evil = [type(slides_zh[0])(title="<script>x</script>", bullets=("a & b",))]
    rendered = render_explainer_html(evil, lang="en")
    assert "<script>x" not in rendered and "&lt;script&gt;" in rendered and "a &amp; b" in rendered


def test_svg_escapes_labels_and_skips_missing_values():
    from kpiguide.deliverables.explainer import Chart

    svg = chart_svg(Chart("column", "<b>", ("a<", "b"), (("s", (1.0, None)),)))
    assert "<b>" not in svg.replace("<svg", "") and svg.count("<rect") == 1


def test_cli_deliverables_writes_the_deck_and_its_html(demo_project, tmp_path):
    with open_project(demo_project) as store:
        assert store.organization() != Organization("")
    result = CliRunner().invoke(main, ["deliverables", str(demo_project), "--out", str(tmp_path), "--lang", "en",
                                       "--period", "2026Q3"])  # fmt: skip
    assert result.exit_code == 0, result.output
    deck = pptx.Presentation(str(tmp_path / "kpi_explainer_en.pptx"))
    assert len(deck.slides) == 10
    assert "Worked example" in (tmp_path / "kpi_explainer_en.html").read_text(encoding="utf-8")
