from __future__ import annotations

import datetime as dt
import json

import pytest
import yaml
from click.testing import CliRunner

from kpiguide.cli import main
from kpiguide.design.demo import create_demo_project
from kpiguide.project.access import issue_token
from kpiguide.project.store import open_project


def run(*args):
    return CliRunner().invoke(main, [str(a) for a in args], catch_exceptions=False)


def sales_target(project, period="2026Q3"):
    data = json.loads(run("evaluate", project, "--period", period, "--format", "json").stdout)
    e001 = next(r for r in data if r["employee"] == "E001")
    return next(k for k in e001["kpis"] if k["kpi"] == "sa_sales")["target"]


@pytest.fixture(params=["zh", "en"])
def project(request, demo_project, tmp_path):
    if request.param == "zh":
        return demo_project
    return create_demo_project(tmp_path / "en", lang="en")


def test_full_cycle_through_the_cli(project, tmp_path):
    p = project
    # approving a department that was not submitted: a clear error, exit 2
    res = run("review", p, "--department", "sales", "--period", "2026年第三季度", "--approve")
    assert res.exit_code == 2 and "not been submitted" in res.stderr
    assert run("submit", p, "--department", "sales", "--period", "2026Q3", "--note", "v1").exit_code == 0
    res = run("review", p, "--department", "sales", "--period", "2026Q3", "--return",
              "--kpi-comment", "sa_sales=目标偏低 / target too low", "--kpi-comment", "sa_basket=ok")  # fmt: skip
    assert res.exit_code == 0, res.output
    state = json.loads(run("status", p, "--period", "2026Q3", "--format", "json").stdout)
    sales = next(d for d in state["departments"] if d["id"] == "sales")
    assert sales["stage"] == "returned" and sales["kpi_comments"]["sa_sales"] == "目标偏低 / target too low"
    assert run("submit", p, "--department", "sales", "--period", "2026Q3").exit_code == 0
    assert run("review", p, "--department", "sales", "--period", "2026Q3", "--approve").exit_code == 0
    out = tmp_path / "out"
    for fmt in ("html", "xlsx"):
        for lang in ("zh", "en"):
            res = run("agreement", p, "--employee", "E001", "--period", "2026Q3", "--out", out, "--format", fmt,
                      "--lang", lang)  # fmt: skip
            assert res.exit_code == 0 and res.stdout.strip().endswith(f"_{lang}.{fmt}")
    assert "绩效目标责任书" in (out / "agreement_E001_2026Q3_zh.html").read_text(encoding="utf-8")
    # confirming someone else's agreement with one's own invite is refused
    with open_project(p) as store:
        other = issue_token(store, role="employee", employee="E002")
    res = run("confirm", p, "--employee", "E001", "--period", "2026Q3", "--token", other)
    assert res.exit_code == 2 and "your own" in res.stderr
    assert run("confirm", p, "--employee", "E001", "--period", "2026Q3", "--comment", "ok").exit_code == 0
    # the head countersigns; a head of another department may not
    with open_project(p) as store:
        foreign = issue_token(store, role="head", department="customer_service")
    res = run("countersign", p, "--employee", "E001", "--period", "2026Q3", "--token", foreign)
    assert res.exit_code == 2
    assert run("countersign", p, "--employee", "E001", "--period", "2026Q3").exit_code == 0
    with open_project(p) as store:
        from kpiguide.design import cycle

        assert cycle.agreement_state(store, "E001", "2026Q3")["countersigned_by"].startswith("head:")
    # the agreed target cannot be changed by importing a scheme file: exit 1, nothing written
    scheme_file = tmp_path / "scheme.yaml"
    assert run("export", p, scheme_file).exit_code == 0
    text = yaml.safe_load(scheme_file.read_text(encoding="utf-8"))
    for dept in text["departments"]:
        for role in dept.get("roles", []):
            for kpi in role.get("kpis", []):
                if kpi["id"] == "sa_sales":
                    kpi["target"] = 1
    scheme_file.write_text(yaml.safe_dump(text, allow_unicode=True), encoding="utf-8")
    with open_project(p) as store:
        audit_before = len(store.audit_log())
    res = run("import", p, scheme_file)
    assert res.exit_code == 1 and "kpiguide change" in res.stderr and "sa_sales" in res.stderr
    with open_project(p) as store:
        assert len(store.audit_log()) == audit_before and store.get("kpi", "sa_sales").value.target == 180000
    before = sales_target(p)
    # a change request, then its approval; evaluation pro-rates by days
    res = run("change", p, "--kpi", "sa_sales", "--target", "200000", "--effective", "2026-10-01", "--reason", "x")
    assert res.exit_code == 2 and "outside" in res.stderr
    res = run("change", p, "--kpi", "sa_sales", "--target", "20万", "--effective", "2026-08-16",
              "--reason", "新店开业 / new store")  # fmt: skip
    assert res.exit_code == 0, res.output
    change_id = res.stdout.strip()
    res = run("change", p, "--approve", change_id, "--reason", "ok", "--format", "json")
    assert res.exit_code == 0 and json.loads(res.stdout)["status"] == "approved"
    assert run("change", p, "--reject", change_id).exit_code == 2
    assert sales_target(p) == pytest.approx(before / 180000 * (180000 * 46 + 200000 * 46) / 92)
    state = json.loads(run("status", p, "--period", "2026Q3", "--format", "json").stdout)
    stages = {e["id"]: e["stage"] for e in state["employees"]}
    started = dt.date.today() >= dt.date(2026, 7, 1)
    assert stages["E001"] == ("in_progress" if started else "agreed")
    assert stages["E002"] == "approved" and stages["E014"] == "draft"
    table = run("status", p, "--period", "2026Q3", "--lang", "zh").stdout
    assert ("执行中" if started else "已确认") in table and "已批准待确认" in table
    with open_project(p) as store:
        entities = {e.entity for e in store.audit_log()}
    assert {"record:review", "record:agreement", "record:kpi_change"} <= entities


def test_usage_errors(demo_project):
    assert run("review", demo_project, "--department", "sales").exit_code == 2
    assert run("change", demo_project, "--kpi", "sa_sales", "--effective", "2026-08-01").exit_code == 2
    assert run("change", demo_project, "--approve", "a", "--reject", "b").exit_code == 2
    res = run("review", demo_project, "--department", "sales", "--return", "--kpi-comment", "no-equals-sign")
    assert res.exit_code == 2 and "KPI=TEXT" in res.stderr
    res = run("agreement", demo_project, "--employee", "E999", "--period", "2026Q3", "--out", "x")
    assert res.exit_code == 2 and "E999" in res.stderr
