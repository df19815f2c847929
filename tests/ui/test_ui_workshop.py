from __future__ import annotations

import pytest

pytest.importorskip("ipywidgets")

from kpiguide.ui.workshop import Workshop


@pytest.fixture
def env(tmp_path):
    return {"KPIGUIDE_HOME": str(tmp_path / "home"), "KPIGUIDE_UI_SYNC": "1"}


def test_without_a_project_components_wait_and_appear_once_the_demo_is_created(env):
    from kpiguide.ui.strategy_editor import strategy_editor

    ws = Workshop("01_strategy", environ=env)
    box = ws.show(strategy_editor)
    assert ws.store is None and "kpiguide-waiting" in box.children[0].value
    ws.picker.demo_button.click()
    assert ws.store is not None and box.children[0].__class__.__name__ == "StrategyEditor"
    assert "kpiguide-step-done" in ws.banner.value


def test_the_project_picked_last_is_reopened_by_the_next_notebook(env):
    first = Workshop(environ=env)
    first.picker.new_name.value = "Riverside Clinics"
    first.picker.new_lang.value = "en"
    first.picker.create_button.click()
    again = Workshop("02_departments_and_jobs", environ=env)
    assert again.project_name() == "Riverside Clinics" and again.lang == "en"


def test_a_wrong_project_variable_is_reported_not_replaced(env, tmp_path):
    ws = Workshop("01_strategy", environ={**env, "KPIGUIDE_PROJECT": str(tmp_path / "typo.sqlite")})
    assert ws.store is None and "typo.sqlite" in ws.messages.value


def test_creating_a_project_without_a_name_shows_the_problem(env):
    ws = Workshop(environ=env)
    ws.picker.create_button.click()
    assert ws.store is None and "name" in ws.picker.message.value


def test_done_button_marks_the_step_and_updates_the_banner(env, demo_project):
    ws = Workshop("04_smart_and_balance", project=demo_project, environ=env)
    box = ws.done_button()
    assert 'data-step="04_smart_and_balance"' in ws.banner.value
    box.children[0].click()
    assert ws.store.audit_log(entity="progress")[-1].entity_id == "04_smart_and_balance"
    assert 'kpiguide-step-done" data-step="04_smart_and_balance"' in ws.banner.value


def test_language_switch_reaches_the_components(env, demo_project):
    from kpiguide.ui.kpi_editor import kpi_editor

    ws = Workshop("04_smart_and_balance", project=demo_project, environ=env, lang="zh")
    editor = ws.show(kpi_editor).children[0]
    ws.switch.value = "en"
    assert editor.add_button.description == "Add a KPI" and "Where the project stands" in ws.banner.value
