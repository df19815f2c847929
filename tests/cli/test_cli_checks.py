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


def _history(tmp_path, text):
    path = tmp_path / "h.csv"
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_smart_with_history_judges_achievability(tmp_path):
    rows = "".join(f"2025-{m:02d},{100 + 3 * m}\n" for m in range(1, 13))
    path = _history(tmp_path, "period,value\n" + rows)
    result = CliRunner().invoke(main, ["smart", "2026年底前销售额达到200", "--history", path, "--format", "json"])
    assert result.exit_code == 0, result.output
    assert json.loads(result.stdout)["criteria"]["achievable"]["ok"] is not None


def test_smart_history_with_several_series_needs_series(tmp_path):
    rows = "".join(f"{s},2025-{m:02d},{100 + m}\n" for s in ("a", "b") for m in range(1, 13))
    path = _history(tmp_path, "series,period,value\n" + rows)
    result = CliRunner().invoke(main, ["smart", "2026年底前销售额达到200", "--history", path])
    assert result.exit_code == 2 and "--series" in result.output and "Traceback" not in result.output
    chosen = CliRunner().invoke(main, ["smart", "2026年底前销售额达到200", "--history", path, "--series", "b"])
    assert chosen.exit_code == 0, chosen.output


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
