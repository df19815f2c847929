from __future__ import annotations

import pytest
from openpyxl import Workbook, load_workbook

from kpiguide.core.errors import SchemeError
from kpiguide.core.spreadsheet import normalize_header
from kpiguide.scheme.files import dump_scheme, load_scheme
from kpiguide.scheme.workbook import SHEETS


def _book(tmp_path, demo_scheme_zh):
    return dump_scheme(demo_scheme_zh, tmp_path / "scheme.xlsx")


def test_sheets_and_headers_are_the_documented_ones(tmp_path, demo_scheme_zh):
    book = load_workbook(_book(tmp_path, demo_scheme_zh))
    assert book.sheetnames == list(SHEETS)
    assert [c.value for c in book["kpis"][1]] == list(SHEETS["kpis"])


def test_missing_sheet_and_extra_column_are_reported_together(tmp_path, demo_scheme_zh):
    path = _book(tmp_path, demo_scheme_zh)
    book = load_workbook(path)
    del book["roles"]
    book["kpis"].cell(row=1, column=len(SHEETS["kpis"]) + 1, value="备注")
    book.save(path)
    with pytest.raises(SchemeError) as info:
        load_scheme(path)
    text = str(info.value)
    assert "missing sheet 'roles'" in text
    assert "sheet 'kpis', row 1, field '备注': unknown column '备注'" in text


def test_bad_cells_name_sheet_row_and_field(tmp_path, demo_scheme_zh):
    path = _book(tmp_path, demo_scheme_zh)
    book = load_workbook(path)
    book["kpis"]["E3"] = "很多"  # weight of the 2nd KPI
    book["kpis"]["J5"] = "upwards"  # direction of the 4th KPI
    book["employees"]["C2"] = "nobody"  # role of the first employee
    book.save(path)
    with pytest.raises(SchemeError) as info:
        load_scheme(path)
    text = str(info.value)
    assert "sheet 'kpis', row 3, field 'weight': '很多' is not a number" in text
    assert "sheet 'kpis', row 5, field 'direction': 'upwards' is not allowed" in text
    assert "sheet 'employees', row 2, field 'role': role 'nobody' does not exist" in text


def test_chinese_sheet_names_and_headers_and_percent_weights(tmp_path):
    book = Workbook()
    book.remove(book.active)
    rows = {
        "组织": [["项", "值"], ["name", "示例公司"], ["industry", "retail"]],
        "目标": [["编号", "目标描述", "视角", "上级目标"], ["F1", "营收增长", "financial", None]],
        "部门": [["编号", "名称", "使命", "关联目标"], ["sales", "销售部", None, "F1"]],
        "岗位": [["编号", "名称", "所属部门", "岗位职责"], ["rep", "销售代表", "sales", "拜访客户\n完成目标"]],
        "指标": [
            ["编号", "岗位", "指标名称", "战略目标", "权重", "目标值", "单位", "方向", "视角", "领先", "频率"],
            ["k1", "rep", "销售额", "F1", "６０%", "１,０００", "元", "higher", "financial", "否", "monthly"],
            ["k2", "rep", "拜访量", "F1", 40, 30, "次", "higher", "internal_process", "是", "monthly"],
        ],
    }
    for name, data in rows.items():
        sheet = book.create_sheet(name)
        for row in data:
            sheet.append(row)
    path = tmp_path / "中文.xlsx"
    book.save(path)
    scheme = load_scheme(path)
    assert scheme.kpi("k1").weight == 60 and scheme.kpi("k1").target == 1000
    assert scheme.kpi("k2").leading is True and scheme.kpi("k1").leading is False
    assert scheme.role("rep").responsibilities == ("拜访客户", "完成目标")


def test_not_an_excel_file(tmp_path):
    path = tmp_path / "fake.xlsx"
    path.write_text("not a zip", encoding="utf-8")
    with pytest.raises(SchemeError, match="Cannot open .* as an Excel workbook"):
        load_scheme(path)


def test_normalize_header_folds_width_case_and_spaces():
    assert normalize_header("  Data Source ") == "data_source"
    assert normalize_header("ＫＰＩ") == "kpi"
