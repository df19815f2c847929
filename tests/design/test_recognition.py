from __future__ import annotations

import pytest

from kpiguide.core.errors import AccessDenied, InputError
from kpiguide.design.recognition import (
    RecognitionSettings,
    configure_recognition,
    recognition_board,
    recognition_settings,
)
from kpiguide.evaluation import close_period, evaluate
from kpiguide.project.access import issue_token, verify_token
from kpiguide.project.store import open_project


@pytest.fixture(scope="module")
def closed_project(tmp_path_factory, demo_project_template):
    import shutil

    path = tmp_path_factory.mktemp("recognition") / "demo.sqlite"
    shutil.copy(demo_project_template, path)
    with open_project(path) as store:
        close_period(store, "2026Q3", actor="test")
    return path


@pytest.fixture
def store(closed_project, tmp_path):
    import shutil

    copy = tmp_path / "demo.sqlite"
    shutil.copy(closed_project, copy)
    with open_project(copy) as s:
        yield s


def leadership(store):
    return verify_token(store, issue_token(store, role="leadership"))


def test_board_is_off_until_leadership_switches_it_on(store):
    assert recognition_settings(store) == RecognitionSettings(enabled=False)
    with pytest.raises(InputError):
        recognition_board(store, "2026Q3")
    head = verify_token(store, issue_token(store, role="head", department="sales"))
    with pytest.raises(AccessDenied):
        configure_recognition(store, head, enabled=True)
    with pytest.raises(InputError):
        configure_recognition(store, leadership(store), enabled=True, top=50)
    configure_recognition(store, leadership(store), enabled=True, top=2, most_improved=1)
    assert recognition_settings(store) == RecognitionSettings(True, 2, 1)
    assert store.audit_log(entity="record:recognition")[-1].reason == "recognition board on"


def test_only_closed_periods_have_a_board(store):
    configure_recognition(store, leadership(store), enabled=True)
    with pytest.raises(InputError, match="not closed"):
        recognition_board(store, "2026Q2")


def test_board_lists_top_and_most_improved_and_never_a_low_performer(store):
    configure_recognition(store, leadership(store), enabled=True, top=3, most_improved=3)
    board = recognition_board(store, "2026Q3")
    result = evaluate(store, "2026Q3")
    emp = result.employees.set_index("employee")
    previous = evaluate(store, "2026Q2").employees.set_index("employee")["score"]
    assert set(board) <= set(emp["department"])
    listed = 0
    for department, lists in board.items():
        team = emp[emp["department"] == department]
        median = team["score"].median()
        assert len(lists["top"]) <= 3 and len(lists["most_improved"]) <= 3
        for entry in lists["top"] + lists["most_improved"]:
            listed += 1
            assert entry["rating"] not in ("C", "D"), entry  # never a low performer
            assert entry["score"] >= median
        scores = [e["score"] for e in lists["top"]]
        assert scores == sorted(scores, reverse=True)
        for entry in lists["most_improved"]:
            assert entry["rise"] == pytest.approx(entry["score"] - previous[entry["employee"]]) and entry["rise"] > 0
    assert listed > 0
    low = set(emp.index[emp["rating"].isin(["C", "D"])])
    assert low, "the demo has low ratings in 2026Q3, so the exclusion is exercised"
    assert not low & {e["employee"] for lists in board.values() for e in lists["top"] + lists["most_improved"]}


def test_zero_lengths_give_empty_lists(store):
    configure_recognition(store, leadership(store), enabled=True, top=0, most_improved=0)
    board = recognition_board(store, "2026Q3")
    assert all(lists == {"top": [], "most_improved": []} for lists in board.values())
