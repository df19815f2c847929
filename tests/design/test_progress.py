from dataclasses import replace

import pytest

from kpiguide.design.progress import STEPS, mark_step, project_status
from kpiguide.project.store import init_project, open_project


def test_demo_project_status(demo_project):
    with open_project(demo_project) as store:
        status = {s.step: s.state for s in project_status(store)}
        assert status["01_strategy"] == "done" and status["06_data_and_evaluation"] == "done"
        assert status["04_smart_and_balance"] == "started" and status["08_workshop_deliverables"] == "todo"
        mark_step(store, "04_smart_and_balance", actor="consultant")
        assert project_status(store)[3].state == "done"
        assert project_status(store)[3].detail("zh") == "已确认完成"


def test_empty_project_status_and_partial_targets(tmp_path, demo_project):
    with init_project(tmp_path / "empty.sqlite", name="x") as store:
        assert {s.state for s in project_status(store)} == {"todo"}
    with open_project(demo_project) as store:
        v = store.get("kpi", "sa_sales")
        store.save("kpi", replace(v.value, target=None), expected_version=v.version, actor="t")
        targets = project_status(store)[4]
        assert targets.state == "started" and "49/50" in targets.detail("zh")
        assert targets.title("en") == "05 Targets and achievability"


def test_mark_step_rejects_unknown_steps(demo_project):
    with open_project(demo_project) as store, pytest.raises(ValueError, match="Unknown step"):
        mark_step(store, "99_magic", actor="x")
    assert len(STEPS) == 8
