"""Both hosts (an app's context, a notebook's workshop) provide the PanelHost protocol and save through the access check."""

from dataclasses import replace

import pytest

from kpiguide.core.errors import AccessDenied
from kpiguide.project.access import issue_token
from kpiguide.project.store import open_project
from kpiguide.ui.context import PanelHost
from kpiguide.ui.workshop import Workshop


@pytest.fixture(autouse=True)
def sync(monkeypatch):
    monkeypatch.setenv("KPIGUIDE_UI_SYNC", "1")


def _context(project, role, **scope):
    from kpiguide.ui.context import open_app

    with open_project(project) as store:
        token = issue_token(store, role=role, **scope)
    return open_app(role, query_string=f"invite={token}", project=str(project))


def _members(protocol):
    return {name for name in vars(protocol) if not name.startswith("_")}


def test_both_hosts_have_every_member_of_the_protocol(demo_project, tmp_path):
    ws = Workshop("04_smart_and_balance", project=demo_project, environ={"KPIGUIDE_HOME": str(tmp_path)})
    context = _context(demo_project, "head", department="sales")
    assert {"store", "principal", "lang", "profile", "save_kpi", "save", "run"} <= _members(PanelHost)
    for host in (ws.host(), context):
        assert all(hasattr(host, name) for name in _members(PanelHost))
    assert ws.host().principal.can_edit("sales") and ws.host().actor == "workshop"


def test_a_head_cannot_save_another_departments_kpi_through_the_host(demo_project):
    context = _context(demo_project, "head", department="sales")
    scheme = context.scheme()
    other = next(k for k in scheme.kpis if scheme.role(k.role).department != "sales")
    version = context.store.get("kpi", other.id).version
    with pytest.raises(AccessDenied):
        context.save_kpi(replace(other, target=1.0), expected_version=version)


def test_one_factory_serves_both_hosts(demo_project, tmp_path):
    from kpiguide.ui.balance_panel import BalancePanel, balance_panel

    ws = Workshop("04_smart_and_balance", project=demo_project, environ={"KPIGUIDE_HOME": str(tmp_path)})
    notebook = ws.show(balance_panel).children[0]
    app = balance_panel(_context(demo_project, "head", department="sales"))
    assert isinstance(notebook, BalancePanel) and isinstance(app, BalancePanel)
    assert notebook.department is None and app.department == "sales"
