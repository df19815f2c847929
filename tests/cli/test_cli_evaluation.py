from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kpiguide.cli import main


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def test_evaluate_json_one_object_per_employee(demo_project):
    res = run("evaluate", demo_project, "--period", "2026年第三季度", "--format", "json")
    assert res.exit_code == 0
    data = json.loads(res.stdout)
    assert len(data) == 37
    assert {"employee", "score", "rating", "kpis"} <= set(data[0])
    assert {"target", "actual", "achievement", "adjusted"} <= set(data[0]["kpis"][0])


def test_adjust_leave_then_evaluate_shows_adjusted_score(demo_project):
    before = {
        r["employee"]: r
        for r in json.loads(run("evaluate", demo_project, "--period", "2026Q3", "--format", "json").stdout)
    }
    res = run(
        "adjust",
        demo_project,
        "--employee",
        "E003",
        "--period",
        "2026Q3",
        "--leave-days",
        "14",
        "--reason",
        "sick leave",
        "--actor",
        "hr",
    )
    assert res.exit_code == 0, res.output
    after = {
        r["employee"]: r
        for r in json.loads(run("evaluate", demo_project, "--period", "2026Q3", "--format", "json").stdout)
    }
    assert after["E003"]["adjusted"] and after["E003"]["score"] > before["E003"]["score"]


def test_adjust_errors_exit_2_with_message(demo_project):
    res = run(
        "adjust", demo_project, "--employee", "E003", "--period", "2026Q3", "--leave-days", "100", "--reason", "x"
    )
    assert res.exit_code == 2 and "does not fit" in res.stderr
    res = run(
        "adjust",
        demo_project,
        "--employee",
        "E003",
        "--period",
        "2026Q3",
        "--override",
        "sa_sales=abc",
        "--reason",
        "x",
    )
    assert res.exit_code == 2 and "not a number" in res.output
    res = run("adjust", demo_project, "--employee", "E003", "--period", "2026Q3", "--reason", "x")
    assert res.exit_code == 2


def test_close_reopen_cycle(demo_project):
    assert run("close", demo_project, "--period", "2026Q3").exit_code == 0
    res = run("adjust", demo_project, "--employee", "E003", "--period", "2026-08", "--leave-days", "1", "--reason", "x")
    assert res.exit_code == 2 and "closed" in res.stderr
    assert run("reopen", demo_project, "--period", "2026Q3").exit_code == 2  # --reason is required
    assert run("reopen", demo_project, "--period", "2026Q3", "--reason", "fix").exit_code == 0


def test_report_all_writes_files_with_progress(demo_project, tmp_path):
    res = run(
        "report", demo_project, "--period", "2026Q3", "--all", "--out", tmp_path, "--format", "md", "--lang", "en"
    )
    assert res.exit_code == 0, res.output
    assert len(list(tmp_path.glob("*.md"))) == 37 + 6 + 1
    assert "report" in res.stderr  # tqdm bar on stderr


def test_incentives_and_health_json(demo_project):
    res = run("incentives", demo_project, "--period", "2026Q3", "--pool", "sales=100000", "--format", "json")
    data = json.loads(res.stdout)
    assert round(sum(e["bonus"] for e in data["employees"] if e["department"] == "sales"), 2) == 100000
    res = run("health", demo_project, "--period", "2026Q3", "--format", "json")
    assert res.exit_code == 0
    assert "evaluation.health_exact_target" in json.loads(res.stdout)["summary"]["by_code"]


@pytest.mark.parametrize(
    ("option", "value"),
    [
        ("--leave-days", "nan"),
        ("--leave-days", "inf"),
        ("--override", "sa_sales=nan"),
        ("--override", "sa_sales.target=inf"),
    ],
)
def test_adjust_refuses_non_finite_numbers(demo_project, option, value):
    res = run("adjust", demo_project, "--employee", "E003", "--period", "2026Q3", option, value, "--reason", "x")
    assert res.exit_code == 2 and "not a number" in res.stderr


def test_adjust_leave_days_read_like_a_file_number(demo_project):
    res = run(
        "adjust", demo_project, "--employee", "E003", "--period", "2026Q3", "--leave-days", "１４", "--reason", "x"
    )
    assert res.exit_code == 0, res.output


def test_incentives_base_refuses_infinity(demo_project):
    res = run("incentives", demo_project, "--period", "2026Q3", "--base", "inf")
    assert res.exit_code == 2 and "not a number" in res.stderr
