from dataclasses import replace
from html import escape as html_escape

import pytest
from openpyxl import load_workbook

from kpiguide.core.model import Indicator
from kpiguide.deliverables import (
    DICTIONARY_COLUMNS,
    kpi_dictionary,
    render_charter_html,
    render_worksheets_html,
    write_kpi_dictionary_xlsx,
    write_worksheets_xlsx,
)


class _Catalog:
    def get(self, indicator_id):
        if indicator_id != "sales.revenue":
            raise KeyError(indicator_id)
        return Indicator(
            "sales.revenue", "销售额", "Sales revenue", definition_zh="当期销售收入", definition_en="Revenue"
        )


def test_dictionary_rows_follow_the_scheme_and_the_language(demo_scheme_zh):
    rows = kpi_dictionary(demo_scheme_zh, lang="zh")
    assert len(rows) == len(demo_scheme_zh.kpis)
    first = rows[0]
    assert set(first) == set(DICTIONARY_COLUMNS)
    assert (first["kpi_id"], first["direction"], first["leading"]) == ("sa_sales", "越高越好", "滞后指标")
    assert first["objective"].startswith("F1 2026年")
    budget = next(r for r in rows if r["kpi_id"] == "fp_budget_execution")
    assert budget["target"] == "95–105"


def test_dictionary_takes_definitions_from_a_catalog(demo_scheme_en):
    scheme = demo_scheme_en.with_kpi(replace(demo_scheme_en.kpi("sa_sales"), indicator="sales.revenue"))
    rows = kpi_dictionary(scheme, lang="en", catalog=_Catalog())
    assert rows[0]["definition"] == "Revenue" and rows[1]["definition"] == ""


def test_dictionary_xlsx_has_translated_headers(tmp_path, demo_scheme_zh):
    path = write_kpi_dictionary_xlsx(demo_scheme_zh, tmp_path / "dict.xlsx", lang="zh")
    sheet = load_workbook(path).active
    assert sheet.title == "KPI词典"
    assert sheet["D1"].value == "指标名称" and sheet.max_row == len(demo_scheme_zh.kpis) + 1


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_charter_and_worksheets_render_every_kpi_escaped(demo_scheme_en, lang):
    scheme = demo_scheme_en.with_kpi(replace(demo_scheme_en.kpi("sa_sales"), name="<script>alert(1)</script>"))
    html = render_charter_html(scheme, lang=lang)
    assert "<script>alert(1)" not in html and "&lt;script&gt;" in html
    assert all(k.id in html for k in scheme.kpis)
    sheets = render_worksheets_html(scheme, lang=lang)
    assert all(html_escape(r.name) in sheets for r in scheme.roles)
    assert ("目标分解表" in sheets) == (lang == "zh")


def test_worksheets_xlsx_has_three_sheets(tmp_path, demo_scheme_zh):
    book = load_workbook(write_worksheets_xlsx(demo_scheme_zh, tmp_path / "ws.xlsx", lang="zh"))
    assert book.sheetnames == ["目标分解表", "岗位职责表", "KPI卡片"]


def test_cli_writes_all_deliverables(tmp_path, demo_project):
    import json

    from click.testing import CliRunner

    from kpiguide.cli import main

    result = CliRunner().invoke(
        main, ["deliverables", str(demo_project), "--out", str(tmp_path / "out"), "--format", "json"]
    )
    assert result.exit_code == 0, result.stderr
    files = json.loads(result.stdout)["files"]
    assert len(files) == 7 and {f.split("/")[-1] for f in files} >= {"kpi_explainer_zh.pptx", "kpi_explainer_zh.html"}
    assert all((tmp_path / "out").joinpath(f.split("/")[-1]).stat().st_size > 500 for f in files)
