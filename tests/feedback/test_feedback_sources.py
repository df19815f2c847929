"""Reports show where each actual came from, and the XmR reading of each gap (issue 14)."""

from __future__ import annotations

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
