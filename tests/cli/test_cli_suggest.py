from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from kpiguide.cli import main

FIXTURE = str(Path(__file__).resolve().parents[1] / "fixtures" / "catalog_small.yaml")


@pytest.fixture(scope="module")
def runner():
    return CliRunner()


def run(runner, *args):
    return runner.invoke(main, list(args), catch_exceptions=False)


def test_suggest_json_has_the_documented_shape(runner):
    result = run(runner, "suggest", "提升门店坪效", "--top", "3", "--format", "json", "--catalog", FIXTURE)
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)
    assert data["query"] == "提升门店坪效"
    assert len(data["results"]) == 3
    first = data["results"][0]
    assert set(first) == {"id", "name_zh", "name_en", "function", "perspective", "score", "why"}
    assert first["id"] == "retail.sales_per_square_metre"
    assert first["why"] and isinstance(first["score"], float)


def test_suggest_table_output(runner):
    result = run(runner, "suggest", "reduce", "DSO", "--catalog", FIXTURE)
    assert result.exit_code == 0
    assert "finance.days_sales_outstanding" in result.stdout


def test_suggest_input_file_answers_every_line_in_order(runner, tmp_path):
    path = tmp_path / "queries.txt"
    path.write_text("坪效\n\nreduce DSO\n😀😀\n", encoding="utf-8")
    result = run(runner, "suggest", "--input", str(path), "--format", "json", "--catalog", FIXTURE)
    data = json.loads(result.stdout)
    assert [d["query"] for d in data] == ["坪效", "reduce DSO", "😀😀"]
    assert data[1]["results"][0]["id"] == "finance.days_sales_outstanding"
    assert data[2]["results"] == [] and "no words" in data[2]["error"]


def test_suggest_input_xlsx_with_text_column(runner, tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    book.active.append(["岗位", "Text"])
    book.active.append(["财务", "跟进客户回款"])
    book.active.append(["HR", "降低员工离职率"])
    path = tmp_path / "jobs.xlsx"
    book.save(path)
    data = json.loads(run(runner, "suggest", "--input", str(path), "--format", "json", "--catalog", FIXTURE).stdout)
    assert [d["query"] for d in data] == ["跟进客户回款", "降低员工离职率"]


def test_suggest_csv_without_text_column_is_an_input_error(runner, tmp_path):
    path = tmp_path / "q.csv"
    path.write_text("title\nx\n", encoding="utf-8")
    result = runner.invoke(main, ["suggest", "--input", str(path)])
    assert result.exit_code == 2
    assert "no 'text' column" in result.output


def test_suggest_unknown_industry_lists_valid_ids(runner):
    result = runner.invoke(main, ["suggest", "回款", "--industry", "mars"])
    assert result.exit_code == 2
    assert "retail" in result.output and "manufacturing" in result.output


def test_suggest_needs_text_or_input(runner):
    result = runner.invoke(main, ["suggest"])
    assert result.exit_code == 2
    assert "--input" in result.output


def test_cascade_json(runner):
    result = run(runner, "cascade", "提升新产品收入", "缩短订单交付周期", "--format", "json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert {o["source"] for o in data["objectives"]} >= {"matched", "supporting"}
    assert data["links"]


def test_cascade_table(runner):
    result = run(runner, "cascade", "Be known for fast delivery")
    assert result.exit_code == 0
    assert "Be known for fast delivery" in result.stdout and "→" in result.stdout


def test_catalog_lists_filters_and_shows_one_entry(runner):
    listing = run(runner, "catalog", "--function", "finance", "--format", "json", "--catalog", FIXTURE)
    records = json.loads(listing.stdout)
    assert records and {r["function"] for r in records} == {"finance"}
    one = json.loads(
        run(
            runner, "catalog", "--id", "finance.days_sales_outstanding", "--format", "json", "--catalog", FIXTURE
        ).stdout
    )
    assert one["name_zh"] == "应收账款周转天数" and one["direction"] == "lower"
    counts = json.loads(run(runner, "catalog", "--counts", "--format", "json").stdout)
    assert set(counts) == {"total", "functions", "industries", "templates"}


def test_catalog_unknown_id_is_an_input_error(runner):
    result = runner.invoke(main, ["catalog", "--id", "nope.nothing"])
    assert result.exit_code == 2
    assert "No indicator 'nope.nothing'" in result.output


def test_suggest_no_match_names_the_closest_functions(runner):
    result = run(runner, "suggest", "xyzzy qwerty")
    assert result.exit_code == 0
    assert "No catalog indicator matches" in result.output and "Closest functions:" in result.output
    data = json.loads(run(runner, "suggest", "xyzzy qwerty", "--format", "json").output)
    assert data["results"] == [] and len(data["closest_functions"]) == 3


def test_suggest_role_and_strategy_reasons_in_the_cli(runner):
    # Re-pinned in round 30: department_text (on since its judged run) puts the sales department's own closest measure
    # by words, share of wallet (份额), at place 3, so revenue growth moves from place 5 to 6 (--top 6; the engine's
    # test, tests/suggest/test_roles_strategy.py, pins both places). Re-pinned in round 33: department_second (on since
    # its judged run) adds the department's second-closest own measure (book-to-bill, matched on 提高) at place 6, so
    # revenue growth moves from place 6 to 7 (--top 7; the engine's test pins the same places). Re-pinned in round 35:
    # frame_silent (on since its judged run) no longer lets the frame word 战略目标 name the strategic objective
    # achievement rate at place 2, so revenue growth is back at place 6 (--top 6; the engine's test pins the places).
    # Re-pinned in round 40 (lead): role_owned (on since its judged run) counts revenue growth, which the sales jobs of
    # the role library carry, as the sales department's own, so department_second no longer moves it: place 4, and
    # both of the article's indicators are in the first five, as the Done-when asks.
    data = json.loads(
        run(runner, "suggest", "销售部：公司战略目标是提高市场份额", "--top", "6", "--format", "json").output
    )
    ids = [r["id"] for r in data["results"]]
    assert "sales.new_customer_count" in ids[:5] and ids[3] == "general_management.revenue_growth_rate"
    assert any("市场份额" in w for r in data["results"] for w in r["why"])
