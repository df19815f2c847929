from __future__ import annotations

import json
import subprocess
import sys

import pytest
import yaml
from click.testing import CliRunner

from kpiguide.cli import main


def run(*args: str, check: bool = True) -> subprocess.CompletedProcess:
    proc = subprocess.run([sys.executable, "-m", "kpiguide", *args], check=False, capture_output=True, text=True)
    if check and proc.returncode != 0:
        raise AssertionError(f"exit {proc.returncode}: {proc.stderr}")
    return proc


def test_demo_export_import_round_trip_through_the_real_command(tmp_path):
    out = run("demo", str(tmp_path / "d"))
    project = out.stdout.strip()
    assert project.endswith("demo.sqlite")
    run("export", project, str(tmp_path / "scheme.xlsx"))
    run("init", str(tmp_path / "copy.sqlite"))
    imported = run("import", str(tmp_path / "copy.sqlite"), str(tmp_path / "scheme.xlsx"), "--format", "json")
    assert json.loads(imported.stdout)["created"] > 100
    run("export", project, str(tmp_path / "a.yaml"))
    run("export", str(tmp_path / "copy.sqlite"), str(tmp_path / "b.yaml"))
    assert (tmp_path / "a.yaml").read_text(encoding="utf-8") == (tmp_path / "b.yaml").read_text(encoding="utf-8")


def test_show_json_is_alone_on_stdout(demo_project):
    result = CliRunner().invoke(main, ["show", str(demo_project), "--format", "json"])
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["summary"]["kpis"] == 50
    assert data["scheme"]["organization"]["industry"] == "retail"


def test_show_table_lists_kpis(demo_project):
    result = CliRunner().invoke(main, ["show", str(demo_project)])
    assert result.exit_code == 0
    assert "sa_sales" in result.stdout and "个人月度销售额" in result.stdout


def test_schema_prints_json_schema():
    result = CliRunner().invoke(main, ["schema"])
    assert json.loads(result.stdout)["title"] == "kpiguide KPI scheme"


def test_bad_import_exits_2_lists_every_problem_and_writes_nothing(tmp_path, demo_project):
    scheme = tmp_path / "bad.yaml"
    data = yaml.safe_load(run("show", str(demo_project), "--format", "json").stdout)["scheme"]
    data["departments"][0]["roles"][0]["kpis"][0]["weight"] = "三十"
    data["departments"][1]["roles"][0]["kpis"][0]["objective"] = "ZZ"
    scheme.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="gb18030")
    before = run("show", str(demo_project), "--format", "json").stdout
    proc = run("import", str(demo_project), str(scheme), check=False)
    assert proc.returncode == 2
    assert "'三十' is not a number" in proc.stderr and "objective 'ZZ' does not exist" in proc.stderr
    assert "bad.yaml, line" in proc.stderr
    assert run("show", str(demo_project), "--format", "json").stdout == before


def test_import_json_errors_on_stdout_when_asked(tmp_path, demo_project):
    bad = tmp_path / "bad.json"
    bad.write_text('{"organization": {"name": "x"}, "objectives": [], "departments": [{"id": "d"}]}', encoding="utf-8")
    result = CliRunner().invoke(main, ["import", str(demo_project), str(bad), "--format", "json"])
    assert result.exit_code == 2
    payload = json.loads(result.stdout)
    assert payload["problems"][0]["field"] == "departments[0]"


@pytest.mark.parametrize(
    ("args", "needle"),
    [
        (["show", "missing.sqlite"], "No project at 'missing.sqlite'"),
        (["import", "missing.sqlite", "x.yaml"], "File not found"),
        (["export", "missing.sqlite", "x.txt"], "No project"),
    ],
)
def test_input_errors_exit_2_with_a_message(tmp_path, monkeypatch, args, needle):
    monkeypatch.chdir(tmp_path)
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 2
    assert needle in result.stderr


def test_usage_error_exits_2():
    assert CliRunner().invoke(main, ["show"]).exit_code == 2


def test_unwritable_path_is_a_message_not_a_traceback(demo_project, tmp_path):
    blocker = tmp_path / "a_file"
    blocker.write_text("x", encoding="utf-8")
    result = CliRunner().invoke(main, ["export", str(demo_project), str(blocker / "scheme.yaml")])
    assert result.exit_code == 2 and "cannot read or write" in result.output
    assert result.exception is None or isinstance(result.exception, SystemExit)
