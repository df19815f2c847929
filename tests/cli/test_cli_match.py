"""`kpiguide match`: KPI names → catalog indicators (issue 12)."""

from __future__ import annotations

import json

from click.testing import CliRunner

from kpiguide.cli import main


def test_match_json_is_one_object_per_name():
    result = CliRunner().invoke(main, ["match", "销售收入", "离职率", "员工生日会举办次数", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    assert [d["name"] for d in data] == ["销售收入", "离职率", "员工生日会举办次数"]
    assert data[0]["id"] == "general_management.revenue"
    assert data[1]["id"] == "hr.employee_turnover_rate"
    assert data[2]["id"] is None and data[2]["confidence"] == 0
    for d in data:
        assert {"name", "id", "confidence", "alternatives", "why"} <= set(d)


def test_match_table_and_input_file(tmp_path):
    path = tmp_path / "names.csv"
    path.write_text("name,text\n1,CSAT\n2,Staff turnover\n", encoding="gbk")
    result = CliRunner().invoke(main, ["match", "--input", str(path), "--lang", "en"])
    assert result.exit_code == 0, result.output
    assert "customer_service.csat" in result.output and "hr.employee_turnover_rate" in result.output


def test_match_scheme_lists_kpis_without_an_indicator(tmp_path, demo_scheme_zh):
    from kpiguide.scheme.files import dump_scheme

    path = dump_scheme(demo_scheme_zh, tmp_path / "scheme.yaml")
    result = CliRunner().invoke(main, ["match", str(path), "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.output)
    unlinked = [k.id for k in demo_scheme_zh.kpis if not k.indicator]
    assert [d["kpi"] for d in data] == unlinked and unlinked
    assert all("id" in d and "why" in d for d in data)


def test_match_without_names_is_a_usage_error():
    result = CliRunner().invoke(main, ["match"])
    assert result.exit_code == 2
