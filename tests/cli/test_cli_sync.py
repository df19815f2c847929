from __future__ import annotations

import hashlib
import json

import pytest
from click.testing import CliRunner

from kpiguide.cli import main
from kpiguide.connectors.demo_sources import write_demo_sources
from kpiguide.project.store import open_project

PERIOD = "2026-10"


@pytest.fixture
def sources(demo_project, tmp_path):
    with open_project(demo_project) as store:
        scheme = store.load_scheme()
    return write_demo_sources(scheme, tmp_path / "sources", PERIOD)


def _run(args, env):
    return CliRunner().invoke(main, [str(a) for a in args], env=env)


def test_dry_run_json_lists_rows_and_writes_nothing(demo_project, sources):
    before = hashlib.sha256(demo_project.read_bytes()).hexdigest()
    res = _run(
        ["sync", demo_project, "--connectors", sources.connectors, "--period", PERIOD, "--dry-run", "--format", "json"],
        sources.env,
    )
    assert res.exit_code == 0, res.output
    rows = json.loads(res.stdout)
    assert len(rows) == 20
    assert set(rows[0]) == {"connector", "kpi", "employee", "period", "value"}
    assert {r["connector"] for r in rows} == {"erp_sales", "erp_tickets", "csat_survey"}
    assert hashlib.sha256(demo_project.read_bytes()).hexdigest() == before


def test_stage_then_approve_in_chinese_and_english(demo_project, sources):
    res = _run(
        ["sync", demo_project, "--connectors", sources.connectors, "--period", PERIOD, "--format", "json"], sources.env
    )
    assert res.exit_code == 0, res.output
    staged = json.loads(res.stdout)
    assert [b["status"] for b in staged] == ["staged"] * 3
    batch = staged[0]["batch"]
    assert batch.startswith("erp_sales-2026-10-")
    res = _run(["sync", demo_project, "--period", PERIOD, "--lang", "zh"], sources.env)  # the stored file
    assert res.exit_code == 0 and "与上次同步相同" in res.stderr
    res = _run(["sync", demo_project, "--approve", batch, "--lang", "en"], {})
    assert res.exit_code == 0 and f"Batch {batch} approved: 8 rows" in res.stderr
    res = _run(["sync", demo_project, "--approve", batch, "--format", "json"], {})
    assert res.exit_code == 2 and json.loads(res.stdout)["error"].startswith(f"Batch {batch} was already approved")


def test_errors_exit_2_with_located_problems(demo_project, sources):
    res = _run(
        ["sync", demo_project, "--connectors", sources.connectors, "--connector", "erp_sales", "--format", "json"], {}
    )
    assert res.exit_code == 2
    problem = json.loads(res.stdout)["problems"][0]
    assert problem["field"] == "url_env" and problem["line"] is not None
    res = _run(
        ["sync", demo_project, "--connectors", sources.connectors, "--connector", "erp_sales", "--lang", "zh"], {}
    )
    assert res.exit_code == 2 and "环境变量 KPIGUIDE_DEMO_ERP_URL 未设置" in res.stderr


def test_every_runs_a_bounded_loop(demo_project, sources):
    args = ["sync", demo_project, "--connectors", sources.connectors, "--period", PERIOD, "--every", "1s"]
    res = _run([*args, "--max-runs", "1", "--format", "json"], sources.env)
    assert res.exit_code == 0, res.output
    assert "Stopped after 1 run(s)" in res.stderr
    res = _run([*args[:-1], "soon"], sources.env)
    assert res.exit_code == 2 and "Cannot read the interval" in res.stderr


def test_signals_json_and_table(demo_project, tmp_path):
    res = _run(["signals", demo_project, "--series", "E001/sa_sales", "--format", "json"], {})
    assert res.exit_code == 0, res.output
    (chart,) = json.loads(res.stdout)
    assert set(chart) >= {"series", "centre", "lower", "upper", "signals"}
    assert chart["lower"] < chart["centre"] < chart["upper"]
    assert all(set(s) >= {"period", "rule"} for s in chart["signals"])
    history = tmp_path / "h.csv"
    history.write_text(
        "series,period,value\n" + "".join(f"a,2025-{m:02d},{10 + m % 2}\n" for m in range(1, 13)), encoding="utf-8"
    )
    res = _run(["signals", history, "--lang", "zh"], {})
    assert res.exit_code == 0 and "常规波动" in res.stdout
    res = _run(["signals", history, "--series", "a", "--format", "json"], {})
    assert json.loads(res.stdout)[0]["centre"] == pytest.approx(10.5)


def test_a_data_quality_error_flag_exits_1_but_stages(demo_project, tmp_path):
    import sqlite3

    db = tmp_path / "erp.sqlite"
    with sqlite3.connect(db) as conn:
        conn.execute("CREATE TABLE t (emp TEXT, rate REAL)")
        conn.execute("INSERT INTO t VALUES ('E014', 130.0)")  # a first-response rate above 100 %
    conn.close()
    yaml_file = tmp_path / "c.yaml"
    yaml_file.write_text(
        "connectors:\n  - id: fcr\n    type: sql\n    url_env: DB\n    kpi: cs_fcr\n"
        '    query: "SELECT emp AS employee, rate AS value FROM t"\n',
        encoding="utf-8",
    )
    res = _run(
        ["sync", demo_project, "--connectors", yaml_file, "--period", PERIOD, "--format", "json"],
        {"DB": f"sqlite:///{db}"},
    )
    assert res.exit_code == 1, res.output
    (batch,) = json.loads(res.stdout)
    assert batch["status"] == "staged" and batch["flags"]


def test_a_bad_period_is_an_input_error(demo_project, sources):
    res = _run(["sync", demo_project, "--connectors", sources.connectors, "--period", "someday"], sources.env)
    assert res.exit_code == 2 and "Cannot read the period 'someday'" in res.stderr
