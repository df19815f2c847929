"""Engine panels without a browser: suggestions, achievability, fairness, data upload, dashboard charts."""

from __future__ import annotations

from dataclasses import replace
from types import SimpleNamespace

import pandas as pd
import pytest

pytest.importorskip("ipywidgets")

from kpiguide.core.findings import Finding, Report
from kpiguide.core.model import Indicator
from kpiguide.project.access import issue_token
from kpiguide.project.store import open_project
from kpiguide.ui.workshop import Workshop


@pytest.fixture(autouse=True)
def sync(monkeypatch):
    monkeypatch.setenv("KPIGUIDE_UI_SYNC", "1")


@pytest.fixture
def ws(tmp_path, demo_project):
    return Workshop(
        "05_targets_and_achievability",
        project=demo_project,
        environ={"KPIGUIDE_HOME": str(tmp_path), "KPIGUIDE_UI_SYNC": "1"},
    )


def app_context(project, role, **scope):
    from kpiguide.ui.context import open_app

    with open_project(project) as store:
        token = issue_token(store, role=role, **scope)
    return open_app(role, query_string=f"invite={token}", project=str(project))


# -- suggestion picker ---------------------------------------------------------------------------


def _suggestion(ind_id, perspective="customer"):
    ind = Indicator(ind_id, f"指标{ind_id}", f"Indicator {ind_id}", perspective=perspective)
    return SimpleNamespace(indicator=ind, score=0.5, why=(f"对应职责：{ind_id}",))


def test_picker_waits_for_the_engine_then_passes_filters_and_hides_chosen(demo_scheme_zh):
    from kpiguide.ui.suggestion_picker import SuggestionPicker

    calls = []

    def suggest(role, **kw):
        calls.append((role.id, kw))
        return [s for s in (_suggestion("a.one"), _suggestion("a.two")) if s.indicator.id not in kw["exclude"]]

    taxonomy = SimpleNamespace(
        industries={"general": {"zh": "通用", "en": "All"}, "retail": {"zh": "零售与电商", "en": "Retail"}},
        functions={"sales": {"zh": "销售", "en": "Sales"}},
        resolve=lambda kind, value: value if value in ("retail", "general") else None,
    )
    picker = SuggestionPicker(demo_scheme_zh, lang="zh")
    assert "kpiguide-loading" in picker.list.children[0].value and picker.add_buttons == []
    picker.set_engine(suggest, taxonomy)
    assert picker.industry.value == "retail", "the organisation's industry is the default filter"
    picker.function.value = "sales"
    picker.perspective.value = "customer"
    role, kw = calls[-1]
    assert role == picker.role.value and kw["industry"] == "retail" and kw["function"] == "sales"
    assert kw["perspective"] == "customer" and kw["lang"] == "zh"
    assert {k.indicator for k in demo_scheme_zh.kpis_of(role) if k.indicator} <= set(kw["exclude"])
    assert len(picker.add_buttons) == 2 and "对应职责：a.one" in picker.list.children[0].children[1].value
    picker.set_lang("en")
    assert picker.industry.options[1] == ("All", "general") and picker.add_buttons[0].description == "Add"


def test_workshop_picker_adds_a_real_suggestion_which_is_then_hidden(ws):
    from kpiguide.ui.suggestion_picker import suggestion_picker

    picker = ws.show(suggestion_picker).children[0]
    assert picker.ready and picker.suggestions, picker.message.value
    first = picker.suggestions[0].indicator
    assert all(s.why for s in picker.suggestions)
    role = picker.role.value
    picker.add_buttons[0].click()
    assert picker.message.kind == "ok"
    added = [k for k in ws.store.load_scheme().kpis_of(role) if k.indicator == first.id]
    assert len(added) == 1 and added[0].weight == 0
    assert ws.store.audit_log(entity="kpi", entity_id=added[0].id)[-1].actor == "workshop"
    assert first.id not in [s.indicator.id for s in picker.suggestions]


def test_designer_suggestion_add_refreshes_cards_smart_and_balance(demo_project):
    from kpiguide.ui.apps import DesignerApp
    from kpiguide.ui.balance_panel import BalancePanel
    from kpiguide.ui.smart_panel import SmartPanel
    from kpiguide.ui.suggestion_picker import SuggestionPicker

    app = DesignerApp(app_context(demo_project, "head", department="sales"))
    assert app.panels == [], "the panels are built when their tab is opened"
    for tab in ("suggestions", "checks"):
        app.open_tab(tab)
    picker = next(p for p in app.panels if isinstance(p, SuggestionPicker))
    smart = next(p for p in app.panels if isinstance(p, SmartPanel))
    balance = next(p for p in app.panels if isinstance(p, BalancePanel))
    role = picker.role.value
    before = len(app.role_boxes[role].children)
    chosen = picker.suggestions[0].indicator.id
    picker.add_buttons[0].click()
    assert picker.message.kind == "ok", picker.message.value
    new = next(k for k in app.store.load_scheme().kpis_of(role) if k.indicator == chosen)
    assert len(app.role_boxes[role].children) == before + 1 and new.id in app.cards
    assert app.cards[new.id].version == 1 and app.cards[new.id].value["name"] == new.name
    assert f"data-kpi='{new.id}'" in smart.list.value
    assert any(new.id in f.subject for f in balance.findings), "a weight-0 KPI is a balance finding"
    assert app.store.audit_log(entity="kpi", entity_id=new.id)[-1].actor == app.principal.actor


def test_designer_cards_follow_an_edit_made_elsewhere_but_keep_unsaved_typing(demo_project):
    from kpiguide.ui.apps import DesignerApp

    app = DesignerApp(app_context(demo_project, "head", department="sales"), panels=())
    other = open_project(demo_project)
    for kpi_id, target in (("sa_sales", 150000.0), ("sa_basket", 50.0)):
        stored = other.get("kpi", kpi_id)
        other.save("kpi", replace(stored.value, target=target), expected_version=stored.version, actor="other")
    app.cards["sa_basket"].fields["unit"].value = "typing"
    app.refresh()
    assert app.cards["sa_sales"].value["target"] == "150000" and app.cards["sa_sales"].version == 2
    assert app.cards["sa_basket"].value["unit"] == "typing" and app.cards["sa_basket"].version == 1


# -- achievability --------------------------------------------------------------------------------


def test_round_target_keeps_three_significant_digits():
    from kpiguide.ui.achievability_panel import round_target

    assert round_target(202179.13) == 202000.0 and round_target(28.7804) == 28.8 and round_target(0.9346) == 0.935


def test_achievability_panel_shows_the_fan_and_sets_a_band_with_the_version_it_showed(demo_scheme_zh):
    from kpiguide.achievability import assess
    from kpiguide.ui.achievability_panel import AchievabilityPanel

    history = pd.Series([100.0, 104, 99, 108, 111, 107, 115, 118], index=[f"2026-0{m}" for m in range(1, 9)])
    calls = []
    panel = AchievabilityPanel(
        demo_scheme_zh,
        assess_kpi=lambda kpi, lang: (history, assess(history, kpi.target, lang=lang, name=kpi.name)),
        on_set_target=lambda kpi, value, version: calls.append((kpi.id, value, version)),
        version_of=lambda kpi_id: 7,
        kpis=("sa_sales",),
        threaded=False,
    )
    assert panel.figure.figure is not None and "kpiguide-p-attain" in panel.summary.value
    assert any(shape.line.dash == "dash" for shape in panel.figure.figure.layout.shapes)
    panel.stretch_button.click()
    kpi_id, value, version = calls[0]
    assert kpi_id == "sa_sales" and version == 7
    assert value == float(f"{panel.assessment.bands['stretch']:.3g}")


def test_band_button_saves_the_target_audited_and_refuses_a_stale_view(ws):
    from kpiguide.ui.achievability_panel import achievability_panel

    panel = ws.show(achievability_panel).children[0]
    panel.kpi.value = "sa_sales"
    assert panel.assessment is not None, panel.message.value
    base = float(f"{panel.assessment.bands['base']:.3g}")
    panel.base_button.click()
    assert panel.message.kind == "ok" and ws.store.get("kpi", "sa_sales").value.target == base
    assert ws.store.audit_log(entity="kpi", entity_id="sa_sales")[-1].reason == "target from achievability band"
    other = open_project(ws.store.where)
    stored = other.get("kpi", "sa_sales")
    other.save("kpi", replace(stored.value, target=1.0), expected_version=stored.version, actor="other")
    panel.stretch_button.click()
    assert panel.message.kind == "warning" and ws.store.get("kpi", "sa_sales").value.target == 1.0


def test_achievability_with_too_little_history_says_so(demo_scheme_zh):
    from kpiguide.ui.achievability_panel import AchievabilityPanel

    panel = AchievabilityPanel(
        demo_scheme_zh,
        assess_kpi=lambda kpi, lang: (pd.Series([1.0]), None),
        on_set_target=lambda *a: None,
        lang="en",
        threaded=False,
    )
    assert "Too little history" in panel.summary.value and panel.base_button.disabled


# -- fairness -------------------------------------------------------------------------------------


def _fairness_result():
    from kpiguide.achievability.fairness import FairnessResult

    targets = pd.DataFrame(
        {
            "department": ["sales", "sales", "finance"],
            "kpi": ["sa_sales", "sa_retention", "fp_budget_execution"],
            "perspective": ["financial", "customer", "financial"],
            "p_attain": [0.2, 0.3, 0.8],
        }
    )
    depts = pd.DataFrame(
        {"department": ["finance", "sales"], "n": [1, 2], "p_median": [0.8, 0.25], "gap": [0.5, -0.05]}
    )
    finding = Finding("fairness.easier_than_org", "warning", "departments/finance", "偏易", "Easier")
    return FairnessResult(targets, depts, 0.3, Report([finding]), None)


def test_fairness_panel_draws_named_heat_map_table_and_findings(demo_scheme_zh):
    from kpiguide.ui.fairness_panel import FairnessPanel

    models = []
    panel = FairnessPanel(
        demo_scheme_zh, compute=lambda model: models.append(model) or _fairness_result(), lang="zh", threaded=False
    )
    heat = panel.figure.figure.data[0]
    assert "销售部" in heat.y and "财务" in heat.x and models == ["quick"]
    assert "data-department='finance'" in panel.table.value and "+50%" in panel.table.value
    assert "偏易" in panel.findings.value
    panel.by.value = "kpi"
    assert "个人月度销售额" in panel.figure.figure.data[0].x and models == ["quick"]
    panel.model.value = "pooled"
    assert models == ["quick", "pooled"]


def test_fairness_is_cached_per_project_state(demo_project, monkeypatch):
    import kpiguide.achievability.fairness as fairness
    from kpiguide.design.fairness import clear_fairness_cache
    from kpiguide.ui import fairness_panel

    runs = []
    monkeypatch.setattr(fairness, "assess_fairness", lambda store, **kw: runs.append(kw) or _fairness_result())
    clear_fairness_cache()
    with open_project(demo_project) as store:
        first = fairness_panel.cached_fairness(store)
        assert fairness_panel.cached_fairness(store) is first and len(runs) == 1
        stored = store.get("kpi", "sa_sales")
        store.save("kpi", replace(stored.value, target=1.0), expected_version=stored.version, actor="t")
        fairness_panel.cached_fairness(store)
        assert len(runs) == 2 and runs[0]["model"].min_pool_rows > 10**9
    with pytest.raises(ValueError, match="model must be one of"):
        fairness_panel.cached_fairness(store, model="huge")


def test_quick_fairness_model_on_the_demo_flags_departments(demo_project):
    from kpiguide.ui.fairness_panel import cached_fairness

    with open_project(demo_project) as store:
        result = cached_fairness(store, model="quick")
    assert len(result.targets) > 100 and 0 < result.p_org < 1
    assert set(result.departments["department"]) == {
        "sales",
        "customer_service",
        "product",
        "hr",
        "logistics",
        "finance",
    }


# -- data panel -----------------------------------------------------------------------------------


@pytest.fixture
def data(ws):
    from kpiguide.ui.data_panel import data_panel

    return ws.show(data_panel).children[0]


def test_upload_with_errors_lists_file_row_and_column_and_imports_nothing(data, ws):
    before = len(ws.store.actuals(kpi="sa_sales"))
    data.load_file("C:\\Users\\hr\\实际.csv", "指标,员工,期间,数值\nsa_sales,E001,2026-10,abc\n".encode("gbk"))
    assert data.import_button.disabled and "kpiguide-upload-errors" in data.summary.value
    cells = data.table.value.split("<tr class='kpiguide-problem'>")[1]
    assert "实际.csv" in cells and ">2<" in cells and "数值" in cells and "abc" in cells
    assert "无法把 &#x27;abc&#x27; 读作数字" in cells  # the problem in the visitor's language
    assert "Users" not in data.table.value
    data.import_button.click()
    assert len(ws.store.actuals(kpi="sa_sales")) == before


def test_upload_checks_quality_then_imports_and_refuses_unknown_rows(data, ws):
    text = "kpi,employee,period,value\n" + "".join(f"sa_sales,E001,2026-1{m},{v}\n" for m, v in ((0, 1), (1, 2)))
    data.load_file("ok.csv", text.encode())
    assert not data.import_button.disabled and "读取 2 行" in data.summary.value
    data.import_button.click()
    assert data.message.kind == "ok" and ws.store.actuals(kpi="sa_sales", subject="E001")[-1].value == 2
    data.load_file("unknown.csv", b"kpi,employee,period,value\nsa_sales,E999,2026-12,5\n")
    data.import_button.click()
    assert data.message.kind == "error" and "E999" in data.table.value


def test_upload_refuses_other_file_types_and_closed_periods(data, ws):
    from kpiguide.evaluation import close_period

    data.load_file("evil.sqlite", b"SQLite format 3")
    assert data.import_button.disabled and ".csv, .xlsx" in data.table.value
    close_period(ws.store, "2026Q3", actor="t")
    data.load_file("late.csv", b"kpi,employee,period,value\nsa_sales,E001,2026-09,5\n")
    data.import_button.click()
    assert data.message.kind == "error" and "2026Q3" in data.table.value


def test_project_data_check_lists_the_planted_problems(data):
    data.project_button.click()
    assert "kpiguide-quality-finding" in data.table.value and "E016" in data.table.value
    assert data.template_link.data[:2] == b"PK"


# -- dashboard ------------------------------------------------------------------------------------


def test_dashboard_shows_map_fairness_results_and_findings_as_charts(demo_project):
    from kpiguide.evaluation import close_period
    from kpiguide.ui.apps import DashboardApp
    from kpiguide.ui.dashboard_panels import FindingsOverview, ResultsPanel, StrategyMapPanel
    from kpiguide.ui.fairness_panel import FairnessPanel

    app = DashboardApp(app_context(demo_project, "leadership"))
    kinds = {type(p): p for p in app.panels}
    results = kinds[ResultsPanel]
    assert results.result is None and results.message.kind == "info"
    assert kinds[StrategyMapPanel].figure.figure is not None and "F1" in str(kinds[StrategyMapPanel].figure.figure)
    assert kinds[FairnessPanel].figure.figure is not None
    overview = kinds[FindingsOverview]
    assert overview.figure.figure is not None and "data-area='data'" in overview.lists.value
    with open_project(demo_project) as store:
        close_period(store, "2026Q3", actor="t")
    app = DashboardApp(app_context(demo_project, "leadership"))
    results = next(p for p in app.panels if isinstance(p, ResultsPanel))
    assert results.period.options == ("2026Q3",) and "S/A" in results.summary.value
    chart = results.figure.figure
    assert {trace.name for trace in chart.data} >= {"S", "A", "B", "C"} and "销售部" in chart.data[0].y
    app.switch.value = "en"
    overview = next(p for p in app.panels if isinstance(p, FindingsOverview))
    assert "Ratings" in results.summary.value and "Open findings" in overview.heading.value


# -- background work and plots --------------------------------------------------------------------


def test_background_task_runs_the_latest_request_queued_while_busy():
    import threading

    from kpiguide.ui.background import BackgroundTask

    gate, done, seen = threading.Event(), threading.Event(), []
    task = BackgroundTask(threaded=True)

    def slow(_progress):
        gate.wait(5)
        return "first"

    task.start(slow, seen.append, seen.append)
    task.start(lambda _p: "second", seen.append, seen.append)
    task.start(lambda _p: "third", lambda r: (seen.append(r), done.set()), seen.append)
    gate.set()
    assert done.wait(5) and seen == ["first", "third"]
    task.wait(5)
    assert task.bar.bar_style == "success" and task.bar.layout.visibility == "hidden"


def test_strategy_map_arrow_skipping_a_row_goes_round_its_boxes(demo_scheme_zh):
    from kpiguide.plots.strategy_map import arrow_route

    rows = {3.0: [0.3, 0.77], 2.0: [0.3, 0.77], 1.0: [0.2, 0.5, 0.83]}
    route = arrow_route((0.83, 1.0), (0.77, 3.0), rows, 0.24)
    middle = [x for x, y in route if 1.5 < y < 2.5]
    assert len(route) == 4 and all(abs(x - b) > 0.12 for x in middle for b in rows[2.0])
    assert arrow_route((0.3, 2.0), (0.3, 3.0), rows, 0.24) == [(0.3, 2.33), (0.3, 2.67)]


def test_balance_legend_sits_below_the_axis_titles(demo_scheme_zh):
    from kpiguide.plots.balance import balance_chart

    fig = balance_chart(demo_scheme_zh, lang="zh")
    plot_px = fig.layout.height - fig.layout.margin.t - fig.layout.margin.b
    assert fig.layout.legend.yanchor == "top" and fig.layout.legend.y * plot_px <= -55


def test_a_kpi_made_from_a_dotted_catalog_id_gets_a_plain_id(demo_scheme_zh):
    from kpiguide.design.forms import kpi_from_indicator

    ind = Indicator("sales.win_rate", "赢单率", "Win rate", perspective="customer")
    kpi = kpi_from_indicator(ind, role="store_associate", scheme=demo_scheme_zh)
    assert kpi.id == "store_associate_win_rate" and kpi.indicator == "sales.win_rate"


def test_designer_smart_panel_judges_achievability_from_history(demo_project):
    from kpiguide.ui.smart_panel import designer_panel

    panel = designer_panel(app_context(demo_project, "head", department="sales"))
    block = panel.list.value.split("data-kpi='sa_sales'")[1].split("</details>")[0]
    assert "kpiguide-smart-achievable' data-ok='True'" in block


def test_smart_overall_mark_separates_failed_from_not_yet_judged():
    from types import SimpleNamespace

    from kpiguide.ui.smart_panel import overall_mark

    def result(*states):
        return SimpleNamespace(criteria={str(i): SimpleNamespace(ok=s) for i, s in enumerate(states)})

    assert "✔" in overall_mark(result(True, True))
    assert "?" in overall_mark(result(True, None))
    assert "✘" in overall_mark(result(True, None, False))
