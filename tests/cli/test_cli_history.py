from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

from kpiguide.cli import main


def _csv(tmp_path, text, name="h.csv"):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


HIST = "series,period,value\n" + "".join(f"a,2025-{m:02d},{100 + m}\n" for m in range(1, 13))
HIST += "".join(f"b,2025-{m:02d},{50 + (m % 3)}\n" for m in range(1, 13))


def test_achievability_json_for_one_series_has_exact_keys(tmp_path):
    res = CliRunner().invoke(
        main,
        [
            "achievability",
            _csv(tmp_path, HIST),
            "--series",
            "a",
            "--target",
            "115",
            "--horizon",
            "3",
            "--format",
            "json",
        ],
    )
    assert res.exit_code == 0, res.output
    data = json.loads(res.stdout)
    assert set(data) == {"series", "p_attain", "quantiles", "bands", "method", "explanation"}
    assert set(data["quantiles"]) == {"0.05", "0.1", "0.25", "0.5", "0.75", "0.9", "0.95"}
    assert set(data["bands"]) == {"floor", "base", "stretch"}


def test_achievability_lists_every_series_without_series_option(tmp_path):
    res = CliRunner().invoke(main, ["achievability", _csv(tmp_path, HIST), "--target", "60", "--format", "json"])
    assert res.exit_code == 0, res.output
    assert [d["series"] for d in json.loads(res.stdout)] == ["a", "b"]


def test_achievability_targets_file(tmp_path):
    targets = _csv(tmp_path, "series,target\na,120\nb,49\n", "t.csv")
    res = CliRunner().invoke(main, ["achievability", _csv(tmp_path, HIST), "--targets", targets, "--format", "json"])
    data = json.loads(res.stdout)
    assert [d["series"] for d in data] == ["a", "b"] and data[1]["p_attain"] > 0.5


def test_quality_exits_1_on_error_findings(tmp_path):
    bad = _csv(tmp_path, "series,period,value\na,2026-01,1\na,2026-01,2\n")
    res = CliRunner().invoke(main, ["quality", bad, "--format", "json"])
    assert res.exit_code == 1
    assert json.loads(res.stdout)["summary"]["by_code"] == {"data.duplicate": 1}


def test_bad_file_is_exit_2_with_located_problems(tmp_path):
    bad = _csv(tmp_path, "series,period,value\na,never,1\n")
    res = CliRunner().invoke(main, ["achievability", bad, "--target", "1", "--format", "json"])
    assert res.exit_code == 2
    assert json.loads(res.stdout)["problems"][0]["row"] == 2


def test_template_and_import_actuals(tmp_path, demo_project):
    out = str(tmp_path / "a.xlsx")
    assert CliRunner().invoke(main, ["template", "actuals", out, "--lang", "en"]).exit_code == 0
    res = CliRunner().invoke(main, ["import-actuals", str(demo_project), out, "--format", "json"])
    assert res.exit_code == 0, res.output
    assert json.loads(res.stdout)["inserted"] == 2


def test_import_actuals_refuses_closed_periods_with_exit_2(tmp_path, demo_project):
    from kpiguide.evaluation import close_period
    from kpiguide.project.store import open_project

    with open_project(demo_project) as store:
        close_period(store, "2026Q3", actor="hr")
    path = _csv(tmp_path, "employee,kpi,period,value\nE001,sa_sales,2026-09,5\n", "a.csv")
    res = CliRunner().invoke(main, ["import-actuals", str(demo_project), path])
    assert res.exit_code == 2
    assert "2026Q3" in res.stderr and "closed" in res.stderr


def test_achievability_target_reads_a_percent_like_the_history_does(tmp_path):
    hist = "series,period,value\n" + "".join(f"r,2025-{m:02d},{2 + m / 10:.1f}%\n" for m in range(1, 13))
    res = CliRunner().invoke(main, ["achievability", _csv(tmp_path, hist), "--target", "2.4%", "--format", "json"])
    assert res.exit_code == 0, res.output
    plain = CliRunner().invoke(main, ["achievability", _csv(tmp_path, hist), "--target", "2.4", "--format", "json"])
    assert json.loads(res.stdout)["p_attain"] == json.loads(plain.stdout)["p_attain"]


@pytest.mark.parametrize("bad", ["nan", "inf", "-inf", "abc"])
def test_achievability_target_refuses_non_numbers_with_exit_2(tmp_path, bad):
    res = CliRunner().invoke(main, ["achievability", _csv(tmp_path, HIST), "--target", bad])
    assert res.exit_code == 2
    assert "--target" in res.output and "not a number" in res.output


def test_targets_file_nan_target_is_located(tmp_path):
    targets = _csv(tmp_path, "series,target\na,110\nb,nan\n", "t.csv")
    res = CliRunner().invoke(main, ["achievability", _csv(tmp_path, HIST), "--targets", targets, "--format", "json"])
    assert res.exit_code == 2
    problems = json.loads(res.stdout)["problems"]
    assert [(p["row"], p["field"]) for p in problems] == [(3, "target")]


def test_broken_history_reports_the_duplicate_period_too(tmp_path):
    bad = _csv(tmp_path, "series,period,value\na,2025-01,1\na,2025-02,2\na,2025-02,3\na,2025-03,x\n")
    res = CliRunner().invoke(main, ["achievability", bad, "--target", "1", "--format", "json"])
    assert res.exit_code == 2
    messages = {(p["row"], p["message"].split(" ")[0]) for p in json.loads(res.stdout)["problems"]}
    assert any(row == 5 for row, _ in messages)  # the bad value
    dup = [p for p in json.loads(res.stdout)["problems"] if "2025-02" in p["message"]]
    assert dup and dup[0]["row"] == 4 and "row 3" in dup[0]["message"]
