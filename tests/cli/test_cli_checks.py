import json

from click.testing import CliRunner

from kpiguide.cli import main
from kpiguide.scheme.files import dump_scheme


def test_smart_json_shape():
    result = CliRunner().invoke(main, ["smart", "提高客户满意度", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"text", "criteria", "findings", "rewrite"}
    assert data["criteria"]["specific"]["ok"] is False and data["criteria"]["achievable"]["ok"] is None


def test_smart_table_in_english():
    result = CliRunner().invoke(main, ["smart", "Improve team performance", "--lang", "en"])
    assert result.exit_code == 0 and "Specific" in result.output and "Suggested wording" in result.output


def test_smart_history_without_history_engine_is_a_clear_error(tmp_path):
    path = tmp_path / "h.csv"
    path.write_text("period,value\n2026-01,1\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["smart", "NPS达到45", "--history", str(path)])
    try:
        import kpiguide.data.history  # noqa: F401
    except ImportError:
        assert result.exit_code == 2 and "kpiguide.data.history" in result.output


def test_check_project_json_exit_zero(demo_project):
    result = CliRunner().invoke(main, ["check", str(demo_project), "--profile", "bsc", "--format", "json"])
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert set(data) == {"findings", "summary"} and data["summary"]["error"] == 0


def test_check_broken_scheme_file_exits_one(tmp_path, demo_scheme_en):
    from dataclasses import replace

    kpi = demo_scheme_en.kpi("sa_sales")
    path = dump_scheme(demo_scheme_en.with_kpi(replace(kpi, weight=90)), tmp_path / "s.yaml")
    result = CliRunner().invoke(main, ["check", str(path)])
    assert result.exit_code == 1 and "balance.weights_sum" in result.output


def test_check_unknown_profile_exits_two(demo_project):
    result = CliRunner().invoke(main, ["check", str(demo_project), "--profile", "nope"])
    assert result.exit_code == 2 and "Unknown balance profile" in result.output
