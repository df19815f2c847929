"""Every place that judges a role's weight total agrees with the balance check, whatever the profile."""

from dataclasses import replace

import pytest

from kpiguide.checks.balance import check_scheme
from kpiguide.checks.profiles import load_profile
from kpiguide.design.weights import role_weights
from kpiguide.project.access import issue_token
from kpiguide.project.store import open_project


@pytest.fixture(autouse=True)
def sync(monkeypatch):
    monkeypatch.setenv("KPIGUIDE_UI_SYNC", "1")


def _context(project, role, **scope):
    from kpiguide.ui.context import open_app

    with open_project(project) as store:
        token = issue_token(store, role=role, **scope)
    return open_app(role, query_string=f"invite={token}", project=str(project))


# The demo's roles total 100: a tolerant profile expecting 95 ± 5 accepts them, a strict one expecting 90 does not.
PROFILES = {
    "tolerant": replace(load_profile("cn"), weights_total=95.0, weights_tolerance=5.0),
    "strict": replace(load_profile("cn"), weights_total=90.0, weights_tolerance=1.0),
}


@pytest.mark.parametrize("name", sorted(PROFILES))
def test_weights_panel_editor_dashboard_and_balance_check_agree(demo_project, name):
    from kpiguide.ui.apps import DashboardApp
    from kpiguide.ui.kpi_editor import KpiEditor
    from kpiguide.ui.panels import WeightsPanel

    profile = PROFILES[name]
    head = replace(_context(demo_project, "head", department="sales"), profile=profile)
    scheme = head.scheme()
    flagged = {
        f.subject.rsplit("/", 1)[-1] for f in check_scheme(scheme, profile).findings if f.code == "balance.weights_sum"
    }
    verdicts = {w.role: w.ok for w in role_weights(scheme, None, profile)}
    assert verdicts and {r for r, ok in verdicts.items() if not ok} == flagged
    assert all(verdicts.values()) is (name == "tolerant")

    panel = WeightsPanel(head)
    for role in scheme.roles_of("sales"):
        assert f"data-role='{role.id}' data-ok='{verdicts[role.id]}'" in panel.widget.value
    assert format(profile.weights_total, "g") in panel.widget.value

    role = scheme.roles_of("sales")[0].id
    editor = KpiEditor(scheme, role=role, profile=profile)
    assert f"data-ok='{verdicts[role]}'" in editor.weights.value

    leadership = replace(_context(demo_project, "leadership"), profile=profile)
    table = DashboardApp(leadership, panels=()).departments.value
    assert ("not 90" in table or "合计不为 90" in table) is (name == "strict")
