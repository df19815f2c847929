"""Formula cells without a calculated value are reported, not read as empty (core.spreadsheet)."""

from __future__ import annotations

import zipfile

import pytest
from openpyxl import Workbook, load_workbook

from kpiguide.core.errors import DataImportError, SchemeError
from kpiguide.core.spreadsheet import open_workbook, uncalculated_formulas
from kpiguide.data.history import read_history
from kpiguide.scheme.files import dump_scheme, load_scheme


def _history_book(path, formula="=100*1.1"):
    book = Workbook()
    sheet = book.active
    sheet.title = "历史"
    sheet.append(["period", "value"])
    sheet.append(["2026-01", 100])
    sheet.append(["2026-02", formula])
    sheet.append(["2026-03", 120])
    book.save(path)
    return path


def _store_value(path, old, new):
    """Rewrite one cell's XML the way a spreadsheet saves a calculated result."""
    with zipfile.ZipFile(path) as source:
        parts = {name: source.read(name) for name in source.namelist()}
    sheet = "xl/worksheets/sheet1.xml"
    assert old.encode() in parts[sheet]
    parts[sheet] = parts[sheet].replace(old.encode(), new.encode())
    with zipfile.ZipFile(path, "w") as target:
        for name, data in parts.items():
            target.writestr(name, data)


def test_a_program_written_formula_is_located_by_sheet_row_and_field(tmp_path):
    path = _history_book(tmp_path / "h.xlsx")
    book = open_workbook(path)
    problems = uncalculated_formulas(book["历史"], str(path), ("period", "value"))
    book.close()
    assert [(p.sheet, p.row, p.field) for p in problems] == [("历史", 3, "value")]
    assert "B3 holds a formula without a calculated value" in problems[0].message


def test_a_calculated_formula_and_an_empty_text_result_are_not_flagged(tmp_path):
    path = _history_book(tmp_path / "h.xlsx")
    _store_value(path, "<f>100*1.1</f><v></v>", "<f>100*1.1</f><v>110</v>")
    assert read_history(path).frame["value"].tolist() == [100.0, 110.0, 120.0]
    path = _history_book(tmp_path / "e.xlsx", formula='=""')
    _store_value(path, '<c r="B3"><f>""</f><v></v></c>', '<c r="B3" t="str"><f>""</f><v></v></c>')
    book = open_workbook(path)
    assert uncalculated_formulas(book.active, str(path)) == []
    book.close()


def test_history_import_refuses_uncalculated_formulas_instead_of_reading_them_as_empty(tmp_path):
    path = _history_book(tmp_path / "h.xlsx")
    with pytest.raises(DataImportError) as info:
        read_history(path)
    assert "sheet '历史', row 3, field 'value': cell B3 holds a formula" in str(info.value)


def test_many_formulas_are_listed_up_to_a_limit_then_counted(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.append(["period", "value"])
    for month in range(1, 13):
        sheet.append([f"2026-{month:02d}", f"={month}*10"])
    book.save(tmp_path / "m.xlsx")
    read = open_workbook(tmp_path / "m.xlsx")
    problems = uncalculated_formulas(read.active, "m.xlsx", limit=5)
    read.close()
    assert [p.row for p in problems[:5]] == [2, 3, 4, 5, 6]
    assert problems[5].message == "7 more cells like these"


def test_scheme_workbook_with_a_formula_weight_is_reported_with_the_other_problems(tmp_path, demo_scheme_zh):
    path = dump_scheme(demo_scheme_zh, tmp_path / "scheme.xlsx")
    book = load_workbook(path)
    book["kpis"]["E3"] = "=100/4"  # weight of the 2nd KPI, typed as a formula by a generator
    book["kpis"]["J5"] = "upwards"
    book.save(path)
    with pytest.raises(SchemeError) as info:
        load_scheme(path)
    text = str(info.value)
    assert "sheet 'kpis', row 3, field 'weight': cell E3 holds a formula without a calculated value" in text
    assert "sheet 'kpis', row 5, field 'direction': 'upwards' is not allowed" in text


def test_catalog_workbook_with_an_uncalculated_formula_is_refused(tmp_path):
    from kpiguide.catalog.files import read_entries
    from kpiguide.core.errors import CatalogError

    book = Workbook()
    sheet = book.active
    sheet.append(["id", "name_zh", "name_en", "target_benchmark"])
    sheet.append(["sales.x", "销售额", "Sales", "=1000*12"])
    book.save(tmp_path / "c.xlsx")
    with pytest.raises(CatalogError) as info:
        read_entries(tmp_path / "c.xlsx")
    assert "row 2, field 'target_benchmark': cell D2 holds a formula" in str(info.value)
