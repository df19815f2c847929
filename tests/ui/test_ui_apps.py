from __future__ import annotations

import datetime as dt

import pytest

from kpiguide.core.errors import KpiGuideError

pytest.importorskip("ipywidgets")

from kpiguide.design.collaboration import review_status
from kpiguide.project.access import issue_token
from kpiguide.project.store import open_project
from kpiguide.ui.apps import DashboardApp, DesignerApp, MyKpisApp, kpi_designer, leadership_dashboard, my_kpis
from kpiguide.ui.context import open_app


@pytest.fixture(autouse=True)
def sync(monkeypatch):
    # Panels compute in background threads in a page; here they run at once so the asserts see the result.
    monkeypatch.setenv("KPIGUIDE_UI_SYNC", "1")


@pytest.fixture
def project(demo_project):
    return str(demo_project)


def invite(project, role, **scope):
    with open_project(project) as store:
        return "invite=" + issue_token(store, role=role, **scope)


def designer(project, department="sales"):
    context = open_app("head", query_string=invite(project, "head", department=department), project=project)
    return DesignerApp(context, panels=None)


def text_of(widget):
    """All HTML/labels of a widget tree (what a visitor can read)."""
    parts = [getattr(widget, "value", "") if isinstance(getattr(widget, "value", ""), str) else ""]
    parts.append(getattr(widget, "description", "") or "")
    for child in getattr(widget, "children", ()):
        parts.append(text_of(child))
    return " ".join(parts)


def test_designer_shows_only_the_head_department(project):
    app = designer(project)
    assert "sa_sales" in app.cards and "fp_budget_execution" not in app.cards
    assert "财务部" not in text_of(app.widget)


def test_designer_save_persists_and_is_audited_with_invite_identity(project):
    app = designer(project)
    card = app.cards["sa_sales"]
    card.fields["target"].value = "20万"
    card.save_button.click()
    assert card.message.kind == "ok"
    with open_project(project) as store:
        assert store.get("kpi", "sa_sales").value.target == 200000.0
        assert store.audit_log(entity="kpi", entity_id="sa_sales")[-1].actor == app.principal.actor
    assert "200,000" in app.view.value  # the shared number formatter groups thousands


def test_bad_input_shows_every_problem_and_saves_nothing(project):
    app = designer(project)
    card = app.cards["sa_sales"]
    card.fields["weight"].value = "很多"
    card.fields["name"].value = ""
    card.save_button.click()
    assert card.message.kind == "error" and "weight" in card.message.value and "name" in card.message.value
    with open_project(project) as store:
        assert store.get("kpi", "sa_sales").version == 1


def test_two_heads_editing_the_same_kpi_second_gets_conflict_and_nothing_is_lost(project):
    first, second = designer(project), designer(project)
    first.cards["sa_sales"].fields["target"].value = "190000"
    first.cards["sa_sales"].save_button.click()
    second.cards["sa_sales"].fields["target"].value = "170000"
    second.cards["sa_sales"].save_button.click()
    assert second.cards["sa_sales"].message.kind == "warning"
    assert "其他人修改" in second.cards["sa_sales"].message.value
    with open_project(project) as store:
        assert store.get("kpi", "sa_sales").value.target == 190000.0
    second.cards["sa_sales"].reload_button.click()
    assert second.cards["sa_sales"].value["target"] == "190000"
    second.cards["sa_sales"].fields["target"].value = "170000"
    second.cards["sa_sales"].save_button.click()
    with open_project(project) as store:
        assert store.get("kpi", "sa_sales").value.target == 170000.0


def test_add_kpi_then_save_inserts_it(project):
    app = designer(project)
    card = app.add_kpi("store_associate")
    assert card.version is None
    card.value = {"name": "会员复购率", "weight": "10", "target": "30%", "unit": "%"}
    card.save_button.click()
    assert card.message.kind == "ok" and card.version == 1
    with open_project(project) as store:
        assert store.get("kpi", card.kpi.id).value.name == "会员复购率"
    assert "会员复购率" in app.view.value
    assert app.add_kpi("store_associate").kpi.id != card.kpi.id


def test_submit_for_review_is_recorded(project):
    app = designer(project)
    app.submit.note.value = "请审核"
    app.submit.button.click()
    assert app.submit.message.kind == "ok"
    with open_project(project) as store:
        assert review_status(store, "sales")["note"] == "请审核"  # the one review state (design/cycle.py)


def test_language_switch_relabels_the_designer(project):
    app = designer(project)
    app.switch.value = "en"
    assert "KPI designer" in app.title.value
    assert app.cards["sa_sales"].fields["target"].description == "Target"


def test_employee_comment_reaches_the_head(project):
    page = my_kpis(query_string=invite(project, "employee", employee="E001"), project=project)
    assert "kpiguide-my-kpis" in page._dom_classes
    text = text_of(page)
    assert "个人月度销售额" in text and "2026-09" in text
    box = next(w for w in page.children[1].children if "kpiguide-comment-box" in w._dom_classes)
    box.text.value = "希望调整目标"
    box.button.click()
    assert "希望调整目标" in box.list.value
    assert "希望调整目标" in designer(project).team_comments.value
    assert "希望调整目标" not in designer(project, "finance").team_comments.value


def test_dashboard_needs_leadership_and_shows_coverage(project):
    page = leadership_dashboard(query_string=invite(project, "leadership"), project=project)
    assert "kpiguide-dashboard" in page._dom_classes
    assert "F1" in text_of(page) and "销售部" in text_of(page)
    denied = leadership_dashboard(query_string=invite(project, "head", department="sales"), project=project)
    assert "kpiguide-error-page" in denied._dom_classes and "管理层" in text_of(denied)


@pytest.mark.parametrize(
    "query",
    ["", "invite=", "invite=garbage", "invite=eyJ9.abc"],
    ids=["no-query", "empty", "garbage", "bad-payload"],
)
def test_apps_without_a_valid_invite_show_access_denied(project, query):
    for app in (kpi_designer, leadership_dashboard, my_kpis):
        page = app(query_string=query, project=project)
        assert "kpiguide-error-page" in page._dom_classes
        assert "Access denied" in text_of(page) and "无法访问" in text_of(page)


def test_expired_invite_is_denied(project):
    with open_project(project) as store:
        token = issue_token(store, role="head", department="sales", now=dt.datetime(2020, 1, 1, tzinfo=dt.UTC))
    page = kpi_designer(query_string=f"invite={token}", project=project)
    assert "expired" in text_of(page)


def test_missing_project_configuration_is_explained(monkeypatch):
    monkeypatch.delenv("KPIGUIDE_PROJECT", raising=False)
    page = kpi_designer(query_string="invite=x")
    assert "kpiguide serve" in text_of(page)


def test_preheated_kernel_warms_up_before_reading_the_invite(monkeypatch):
    from kpiguide.ui import context

    calls = []
    monkeypatch.setattr(context, "warm_up", calls.append)
    monkeypatch.setattr(context, "request_query_string", lambda: calls.append("query") or "")
    with pytest.raises(KpiGuideError):  # no project file, no invite: refused after warming up
        context.open_app("head", project="x.sqlite", environ={"VOILA_PREHEAT": "True", "KPIGUIDE_PROJECT": "x"})
    assert calls[:2] == ["head", "query"]


def test_the_query_string_of_a_page_comes_from_the_kernel_environment_without_voila_utils(monkeypatch):
    """A kernel started for one page: Voila put the query string in its environment (issue 15: importing
    voila.utils, i.e. Voila's server stack, cost every kernel +48 MiB)."""
    import sys

    from kpiguide.ui.context import request_query_string

    monkeypatch.delitem(sys.modules, "voila.utils", raising=False)
    assert request_query_string({"QUERY_STRING": "invite=abc&lang=en"}) == "invite=abc&lang=en"
    assert request_query_string({}) == ""
    assert "voila.utils" not in sys.modules


def test_a_preheated_kernel_waits_for_the_visitors_request_on_voilas_query_socket(monkeypatch):
    """Voila sends a preheated kernel the visitor's request on ws://IP:PORT/voila/query/KERNEL_ID."""
    import asyncio
    import json
    import threading

    from websockets.asyncio.server import serve

    from kpiguide.ui.context import request_query_string

    paths: list[str] = []
    ready = threading.Event()
    port: list[int] = []

    async def handler(socket):
        paths.append(socket.request.path)
        await socket.send(json.dumps({"QUERY_STRING": "invite=tok&lang=zh", "SCRIPT_NAME": "/voila"}))

    async def server():
        async with serve(handler, "127.0.0.1", 0) as running:
            port.append(running.sockets[0].getsockname()[1])
            ready.set()
            while not paths:
                await asyncio.sleep(0.05)
            await asyncio.sleep(0.2)

    thread = threading.Thread(target=lambda: asyncio.run(server()))
    thread.start()
    assert ready.wait(10)
    monkeypatch.setenv("QUERY_STRING", "stale")
    monkeypatch.setenv("SCRIPT_NAME", "")  # restored after the test (the request sets it)
    environ = {"VOILA_PREHEAT": "True", "VOILA_APP_PORT": str(port[0]), "VOILA_KERNEL_ID": "k-1"}
    try:
        assert request_query_string(environ) == "invite=tok&lang=zh"
    finally:
        thread.join(10)
    assert paths == ["/voila/query/k-1"]


def test_warm_up_builds_the_shared_suggester():
    from kpiguide.suggest.engine import default_suggester
    from kpiguide.ui.context import warm_up

    warm_up("head")
    assert default_suggester.cache_info().currsize == 1
    warm_up("employee")  # the employee app needs no engine: nothing to do


def test_an_hr_invite_opens_the_dashboard_and_nothing_else(project):
    """HR reviews departments in the leadership dashboard (issue 13); it cannot open the designer."""
    query = invite(project, "hr")
    context = open_app("leadership", query_string=query, project=project)
    assert context.principal.role == "hr" and not context.principal.can_edit("sales")
    with pytest.raises(KpiGuideError):
        open_app("head", query_string=query, project=project)


def test_cycle_errors_reach_the_visitor_in_their_language(project):
    """Engines raise with message-table texts (Msg); the apps show them in zh or en."""
    from kpiguide.design import cycle
    from kpiguide.ui.messages import error_text

    with open_project(project) as store:
        from kpiguide.project.access import verify_token

        hr = verify_token(store, issue_token(store, role="hr"))
        with pytest.raises(KpiGuideError) as caught:
            cycle.review(store, hr, "sales", "2026Q3", approve=True)  # never submitted
    zh, en = error_text(caught.value, "zh"), error_text(caught.value, "en")
    assert zh != en and any("\u4e00" <= ch <= "\u9fff" for ch in zh)
    assert "sales" in en and str(caught.value) == en


def _live_widgets():
    from ipywidgets.widgets.widget import _instances

    return len(_instances)


@pytest.mark.parametrize(
    "build",
    [
        designer,
        lambda p: DashboardApp(open_app("leadership", query_string=invite(p, "leadership"), project=p), panels=None),
        lambda p: MyKpisApp(open_app("employee", query_string=invite(p, "employee", employee="E001"), project=p)),
    ],
    ids=["designer", "dashboard", "my_kpis"],
)
def test_switching_language_relabels_widgets_without_making_new_ones(project, build):
    # every widget is a model the browser creates and the kernel keeps: a switch that made new header cells
    # left the old ones alive (the designer grew by ~50 models per switch)
    app = build(project)
    app.switch.value = "en"
    count = _live_widgets()
    for lang in ("zh", "en", "zh"):
        app.switch.value = lang
    assert _live_widgets() == count
