"""Reports show where each actual came from, and the XmR reading of each gap (issue 14)."""

from __future__ import annotations

import pytest

from kpiguide.connectors import approve_batch, load_connectors, sync
from kpiguide.connectors.demo_sources import write_demo_sources
from kpiguide.evaluation import evaluate
from kpiguide.feedback import employee_context, render
from kpiguide.project.store import open_project
from tests.evaluation._evaluation_helpers import fake_assess

PERIOD = "2026-10"


def test_synced_month_report_names_the_source_batch(demo_project, tmp_path):
    with open_project(demo_project) as store:
        sources = write_demo_sources(store.load_scheme(), tmp_path / "sources", PERIOD)
        batches = sync(store, connectors=load_connectors(sources.connectors), period=PERIOD, env=sources.env)
        sales = next(b for b in batches if b.connector == "erp_sales")
        for batch in batches:
            approve_batch(store, batch.id, "hr")
        result = evaluate(store, PERIOD)
        employee = str(sales.rows[0]["employee"])
        contexts = {
            lang: employee_context(store, result, employee, lang=lang, indicator_lookup=None, assess=fake_assess)
            for lang in ("en", "zh")
        }
    row = next(tr for tr in contexts["en"]["transparency"] if sales.id in " ".join(tr["sources"]))
    assert row["sources"][0].endswith(f"batch {sales.id}")
    assert "this period's values from" in row["source"]
    for lang, ctx in contexts.items():
        html = render(ctx, "employee", "html")
        md = render(ctx, "employee", "md")
        assert sales.id in html, lang
        assert sales.id.replace("_", "\\_") in md, lang  # Markdown escapes the underscore
    assert "本期数据来源" in render(contexts["zh"], "employee", "html")


def test_typed_in_actuals_show_no_source(demo_project):
    with open_project(demo_project) as store:
        result = evaluate(store, "2026Q3")
        employee = str(result.employees["employee"].iloc[0])
        ctx = employee_context(store, result, employee, lang="en", indicator_lookup=None, assess=fake_assess)
    assert all(tr["sources"] == [] and "values from" not in tr["source"] for tr in ctx["transparency"])


def test_gap_shows_the_process_behaviour_reading(demo_project):
    with open_project(demo_project) as store:
        result = evaluate(store, "2026Q3")
        gaps = [
            g
            for e in result.employees["employee"]
            for g in employee_context(store, result, e, lang="en", indicator_lookup=None, assess=fake_assess)["gaps"]
        ]
    assert gaps
    assert any("process-behaviour chart: routine variation" in g["verdict"] for g in gaps) or any(
        "process-behaviour chart: signal" in g["verdict"] for g in gaps
    )


def test_report_draws_the_xmr_chart_inline(demo_project):
    with open_project(demo_project) as store:
        result = evaluate(store, "2026Q3")
        ctx = employee_context(store, result, "E001", lang="zh", indicator_lookup=None, assess=fake_assess)
    assert ctx["process_charts"]
    html = render(ctx, "employee", "html")
    assert html.count('<svg class="xmr"') == len(ctx["process_charts"])
    assert "过程行为图（XmR）" in html and "自然过程界限" in html
    signals = sum(len(p["chart"].signals) for p in ctx["process_charts"])
    assert html.count('class="xmr-signal"') == signals


def test_xmr_svg_geometry_by_hand():
    from kpiguide.data.signals import xmr
    from kpiguide.feedback.charts import xmr_svg

    chart = xmr([10.0, 12.0, 11.0, 30.0], periods=["a", "b", "c", "d"])
    # mean 15.75, moving ranges 2, 1, 19 → mean 22/3; limits 15.75 ± 2.66 × 22/3
    centre, upper, lower = 15.75, 15.75 + 2.66 * 22 / 3, 15.75 - 2.66 * 22 / 3
    svg = xmr_svg(chart, width=106, height=112)  # 6 px padding: a plot area of 94 × 100
    (x1, x2, yc, yu, yl) = svg.segments[0]
    assert (x1, x2) == (6.0, 100.0)
    assert yu == 6.0 and yl == 106.0  # the limits span the values here
    assert yc == pytest.approx(106 - 100 * (centre - lower) / (upper - lower), abs=0.05)
    assert svg.points.split()[0] == f"6.0,{round(106 - 100 * (10 - lower) / (upper - lower), 1)}"
