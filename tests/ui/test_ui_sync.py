"""Apps side of connected data (issue 14) and access in depth (issue 16 item 7): sync now, preview,
approve, XmR display, and writes refused in the engine whatever the widgets were made to send."""

from __future__ import annotations

import ipywidgets as widgets
import pytest

from kpiguide.connectors import list_batches, load_connectors, sync
from kpiguide.connectors.demo_sources import DEMO_ERP_ENV, write_demo_sources
from kpiguide.core.errors import AccessDenied
from kpiguide.design.collaboration import approve_batch_as, import_actuals_as, sync_as
from kpiguide.project.access import issue_token
from kpiguide.project.store import open_project
from kpiguide.ui.apps import DashboardApp, MyKpisApp
from kpiguide.ui.context import open_app
from kpiguide.ui.kpi_editor import kpi_editor
from kpiguide.ui.signals_panel import SignalsPanel
from kpiguide.ui.sync_panel import SyncPanel, sync_panel

PERIOD = "2026-10"


@pytest.fixture(autouse=True)
def no_threads(monkeypatch):
    monkeypatch.setenv("KPIGUIDE_UI_SYNC", "1")


@pytest.fixture
def sources(demo_project, tmp_path, monkeypatch):
    with open_project(demo_project) as store:
        found = write_demo_sources(store.load_scheme(), tmp_path / "sources", PERIOD)
        # register the connectors file with the project (one connector staged by the CLI's engine)
        sync(
            store,
            connectors=load_connectors(found.connectors),
            connector_id="csat_survey",
            period=PERIOD,
            env=found.env,
        )
    monkeypatch.setenv(DEMO_ERP_ENV, found.env[DEMO_ERP_ENV])
    return found


def context(project, role, **scope):
    with open_project(project) as store:
        token = issue_token(store, role=role, **scope)
    return open_app(role, query_string=f"invite={token}", project=str(project))


def comm(widget, **state):
    """What a browser (or a crafted client) sends: a comm 'update' message with new state."""
    widget._handle_msg({"content": {"data": {"method": "update", "state": state}}, "buffers": []})


def html_of(widget):
    """The markup of every HTML widget in a tree (what the browser parses as HTML)."""
    own = [widget.value] if isinstance(widget, widgets.HTML) else []
    return " ".join([*own, *(html_of(c) for c in getattr(widget, "children", ()))])


def click(button):
    button._handle_msg({"content": {"data": {"method": "custom", "content": {"event": "click"}}}, "buffers": []})


def state(project):
    """What a sync, an approval or an import would change: batches, last runs, actuals."""
    with open_project(project) as store:
        from kpiguide.connectors import last_runs

        batches = [(b.id, b.status) for b in list_batches(store)]
        return batches, last_runs(store), len(store.actuals()), len(store.audit_log())


def test_dashboard_sync_now_preview_and_approve(demo_project, sources):
    app = DashboardApp(context(demo_project, "leadership"))
    panel = next(p for p in app.panels if isinstance(p, SyncPanel))
    assert "csat_survey" in panel.runs.value and "kpiguide-run-staged" in panel.runs.value
    assert panel.staged_html.value.count("kpiguide-staged-batches-row") == 1
    comm(panel.connector, index=[v for _, v in panel.connector.options].index("erp_sales"))
    comm(panel.period, value=PERIOD)
    click(panel.preview_button)
    assert panel.message.kind == "info" and "kpiguide-sync-preview-row" in panel.preview_html.value
    with open_project(demo_project) as store:
        assert len(list_batches(store, status="staged")) == 1  # the preview wrote nothing
    click(panel.sync_button)
    assert panel.message.kind == "ok", panel.message.value
    assert "erp_sales" in panel.runs.value and len(panel.batch.options) == 2
    erp = next(b for b in panel.batch.options if b.startswith("erp_sales"))
    comm(panel.batch, index=list(panel.batch.options).index(erp))
    click(panel.approve_button)
    assert panel.message.kind == "ok" and erp in panel.message.value
    with open_project(demo_project) as store:
        actuals = store.actuals(kpi="sa_sales", periods=[PERIOD])
        assert actuals and all(a.note.endswith(f"batch {erp}") for a in actuals)
        assert all(a.recorded_by.startswith("leadership#") for a in actuals)
    assert len(panel.batch.options) == 1


def test_sync_now_failure_is_shown_and_recorded_as_last_run(demo_project, sources, monkeypatch):
    monkeypatch.delenv(DEMO_ERP_ENV)
    app = DashboardApp(context(demo_project, "leadership"))
    panel = next(p for p in app.panels if isinstance(p, SyncPanel))
    comm(panel.connector, index=[v for _, v in panel.connector.options].index("erp_sales"))
    comm(panel.period, value=PERIOD)
    click(panel.sync_button)
    assert panel.message.kind == "error" and DEMO_ERP_ENV in panel.message.value
    assert "kpiguide-run-failed" in panel.runs.value


def test_head_and_employee_kernels_cannot_sync_approve_or_import(demo_project, sources, tmp_path):
    head = context(demo_project, "head", department="sales")
    employee = context(demo_project, "employee", employee="E001")
    before = state(demo_project)
    panel = sync_panel(head)  # a crafted kernel building the panel the dashboard has
    (staged,) = panel.batch.options
    comm(panel.batch, index=0)
    click(panel.approve_button)
    assert panel.message.kind == "error"
    click(panel.sync_button)
    assert panel.message.kind == "error"
    upload = tmp_path / "a.csv"
    upload.write_text("kpi,employee,period,value\nsa_sales,E001,2026-10,1\n", encoding="utf-8")
    for principal in (head.principal, employee.principal):
        with open_project(demo_project) as store:
            with pytest.raises(AccessDenied):
                approve_batch_as(store, principal, staged)
            with pytest.raises(AccessDenied):
                sync_as(store, principal, period=PERIOD)
            with pytest.raises(AccessDenied):
                import_actuals_as(store, principal, upload)
    head.store.close()
    employee.store.close()
    assert state(demo_project) == before


def test_crafted_role_choice_cannot_save_another_departments_kpi(demo_project):
    """A head's kernel: the KPI editor's role dropdown is sent a finance role and a card saved."""
    head = context(demo_project, "head", department="sales")
    editor = kpi_editor(head)
    values = [v for _, v in editor.role.options] if isinstance(editor.role.options[0], tuple) else editor.role.options
    finance = next(v for v in values if head.scheme().role(v).department == "finance")
    comm(editor.role, index=list(values).index(finance))
    card = next(iter(editor.cards.values()))
    kpi_id = card.kpi.id
    with open_project(demo_project) as store:
        version = store.get("kpi", kpi_id).version
    comm(card.fields["target"], value="1")
    click(card.save_button)
    assert card.message.kind == "error" and "finance" in card.message.value
    with open_project(demo_project) as store:
        assert store.get("kpi", kpi_id).version == version


def test_xmr_in_dashboard_and_my_kpis(demo_project):
    app = DashboardApp(context(demo_project, "leadership"))
    panel = next(p for p in app.panels if isinstance(p, SignalsPanel))
    comm(panel.kpi, index=[v for _, v in panel.kpi.options].index("sa_sales"))
    assert panel.chart is not None and panel.figure.figure is not None
    assert "kpiguide-xmr-status" in panel.status.value and "kpiguide-finding" in panel.findings.value
    names = {trace.name for trace in panel.figure.figure.data}
    assert {"中心线", "过程上限", "过程下限", "实际值"} <= names
    centre = panel.figure.figure.data[0].y[0]
    values = panel.chart.values[panel.chart.limits[0].start : panel.chart.limits[0].end]
    assert centre == pytest.approx(sum(values) / len(values))  # the centre line is the segment's mean
    comm(panel.subject, index=[v for _, v in panel.subject.options].index("E001"))
    assert panel.chart.series == "E001/sa_sales"
    mine = MyKpisApp(context(demo_project, "employee", employee="E001"))
    assert "kpiguide-xmr-status" in mine.signals["sa_sales"].value
    # the chart itself is drawn when the employee opens it (issue 15: a first plotly figure costs ~30 MiB)
    assert mine.charts["sa_sales"].figure is None and mine.chart_buttons["sa_sales"].layout.display is None
    mine.chart_buttons["sa_sales"].value = True
    assert mine.charts["sa_sales"].figure is not None and mine.charts["sa_sales"].layout.display is None
    assert {"中心线", "实际值"} <= {trace.name for trace in mine.charts["sa_sales"].figure.data}
    mine.set_lang("en")
    assert {"centre line"} <= {trace.name for trace in mine.charts["sa_sales"].figure.data}
    mine.chart_buttons["sa_sales"].value = False
    assert mine.charts["sa_sales"].layout.display == "none"
    mine.set_lang("zh")
    mine.chart_buttons["sa_sales"].value = True
    assert "中心线" in {trace.name for trace in mine.charts["sa_sales"].figure.data}


def test_user_text_is_escaped_in_the_apps(demo_project):
    evil = "<script>alert(1)</script>"
    with open_project(demo_project) as store:
        stored = store.get("kpi", "sa_sales")
        from dataclasses import replace

        store.save("kpi", replace(stored.value, name=evil, unit=evil), expected_version=stored.version, actor="t")
        emp = store.get("employee", "E001")
        store.save("employee", replace(emp.value, name=evil), expected_version=emp.version, actor="t")
    mine = MyKpisApp(context(demo_project, "employee", employee="E001"))
    mine.send("sa_sales", evil, "comment")
    dashboard = DashboardApp(context(demo_project, "leadership"))
    for widget in (mine.widget, dashboard.widget):
        text = html_of(widget)  # button and dropdown labels are plain text in the browser; HTML values are markup
        assert "<script>" not in text and "&lt;script&gt;alert(1)&lt;/script&gt;" in text
    assert "&lt;script&gt;alert(1)" in dashboard.feedback.value  # the employee's comment, escaped


@pytest.mark.parametrize("case", ["revoked", "foreign-project"])
def test_revoked_and_foreign_project_invites_open_no_app(demo_project, demo_project_template, tmp_path, case):
    from kpiguide.project.access import revoke_token
    from kpiguide.ui.apps import kpi_designer, leadership_dashboard, my_kpis

    if case == "revoked":
        with open_project(demo_project) as store:
            tokens = [issue_token(store, role="leadership"), issue_token(store, role="head", department="sales")]
            tokens.append(issue_token(store, role="employee", employee="E001"))
            for token in tokens:
                revoke_token(store, token, actor="test")
        expected = ("Access denied", "revoked", "撤销")
    else:  # a project with the same demo content but its own signing key (a fresh demo project)
        from kpiguide.design.demo import create_demo_project

        other = create_demo_project(tmp_path / "other")
        with open_project(other) as store:
            tokens = [issue_token(store, role="leadership"), issue_token(store, role="head", department="sales")]
            tokens.append(issue_token(store, role="employee", employee="E001"))
        expected = ("Access denied", "无法访问")
    for app, token in zip((leadership_dashboard, kpi_designer, my_kpis), tokens, strict=True):
        page = app(query_string=f"invite={token}", project=str(demo_project))
        assert "kpiguide-error-page" in page._dom_classes, (case, app.__name__)
        text = html_of(page)
        assert all(word in text for word in expected), text


def test_an_invite_revoked_while_the_page_is_open_can_no_longer_write(demo_project):
    from kpiguide.project.access import revoke_token
    from kpiguide.ui.apps import DesignerApp

    head = context(demo_project, "head", department="sales")
    employee = context(demo_project, "employee", employee="E001")
    designer, mine = DesignerApp(head, panels=[]), MyKpisApp(employee)
    with open_project(demo_project) as store:
        version = store.get("kpi", "sa_sales").version
        for principal in (head.principal, employee.principal):
            revoke_token(store, principal.token_id, actor="test")
    card = designer.cards["sa_sales"]
    comm(card.fields["target"], value="1")
    click(card.save_button)
    assert card.message.kind == "error" and "已被撤销" in card.message.value  # "has been revoked" (zh page)
    mine.send("sa_sales", "still here?", "comment")
    assert mine.boxes["sa_sales"].message.kind == "error"
    with open_project(demo_project) as store:
        assert store.get("kpi", "sa_sales").version == version
        assert not store.list_records("kpi_comment") or all(
            r.data["text"] != "still here?" for r in store.list_records("kpi_comment")
        )
