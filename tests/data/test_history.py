from __future__ import annotations

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kpiguide.core.errors import DataImportError, InputError
from kpiguide.data.history import import_actuals, read_history, series_from_store
from kpiguide.data.templates import write_template
from kpiguide.project.store import open_project


def _write(path, text, encoding="utf-8"):
    path.write_bytes(text.encode(encoding))
    return path


def test_reads_tidy_chinese_headers_periods_and_numbers_from_gbk(tmp_path):
    text = '指标,期间,实际值\n销售额,2026年第一季度,"1,234"\n销售额,2026年二季度,１２３\n销售额,2026Q3,1.2万\n'
    data = read_history(_write(tmp_path / "h.csv", text, "gbk"))
    s = data.only()
    assert list(s.index) == ["2026Q1", "2026Q2", "2026Q3"]
    assert s.tolist() == [1234.0, 123.0, 12000.0]
    assert data.layout == "tidy"


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gb18030", "utf-8"])
def test_reads_wide_layout_in_any_encoding(tmp_path, encoding):
    text = '序列,2026年1月,2026年2月,2026/3\n退货率,12%,,13.5%\n销量,"1,000",2千,3000\n'
    data = read_history(_write(tmp_path / "w.csv", text, encoding))
    assert data.layout == "wide"
    assert data.get("退货率").to_dict() == {"2026-01": 12.0, "2026-03": 13.5}
    assert data.get("销量").tolist()[0] == 1000.0


def test_series_option_picks_by_kpi_or_employee(tmp_path):
    text = "Employee,KPI,Month,Value\nE1,sales,2026-01,10\nE1,sales,2026-02,12\nE2,calls,2026-01,5\n"
    path = _write(tmp_path / "t.csv", text)
    assert read_history(path, series="E1").only().tolist() == [10.0, 12.0]
    assert read_history(path, series="calls").only().tolist() == [5.0]
    with pytest.raises(DataImportError, match="No series 'nope'"):
        read_history(path, series="nope")


def test_reports_every_problem_with_location_at_once(tmp_path):
    text = "series,period,value\na,2026-01,1\na,someday,2\na,2026-03,abc\n,2026-04,4\n"
    path = _write(tmp_path / "bad.csv", text)
    with pytest.raises(DataImportError) as info:
        read_history(path)
    problems = info.value.problems
    assert len(problems) == 3
    assert {p.row for p in problems} == {3, 4, 5}
    assert all(p.file == str(path) for p in problems)
    assert "'someday'" in str(info.value) and "'abc'" in str(info.value)


def test_missing_value_column_is_named(tmp_path):
    with pytest.raises(DataImportError, match="missing the 'value' column"):
        read_history(_write(tmp_path / "x.csv", "series,period\na,2026-01\n"))


def test_file_without_periods_is_rejected_with_advice(tmp_path):
    with pytest.raises(DataImportError, match="template history"):
        read_history(_write(tmp_path / "x.csv", "name,foo\na,1\n"))


def test_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="not found"):
        read_history(tmp_path / "missing.csv")


@pytest.mark.parametrize("kind", ["history", "actuals", "scheme"])
@pytest.mark.parametrize("lang", ["zh", "en"])
def test_templates_import_cleanly_as_they_are(tmp_path, kind, lang, demo_project):
    path = write_template(kind, tmp_path / f"{kind}.xlsx", lang)
    if kind == "history":
        data = read_history(path)
        assert len(data.names) == 2
    elif kind == "actuals":
        with open_project(demo_project) as store:
            counts = import_actuals(store, path, actor="test")
        assert counts["inserted"] == 2
    else:
        from kpiguide.scheme.workbook import read_scheme_xlsx

        assert len(read_scheme_xlsx(path).kpis) == 2


def test_import_actuals_rejects_unknown_ids_all_at_once_and_writes_nothing(tmp_path, demo_project):
    text = "工号,指标,期间,实际值\nE001,sa_sales,2026-10,100\nE999,sa_sales,2026-10,1\nE001,nope,2026-10,1\n"
    path = _write(tmp_path / "a.csv", text)
    with open_project(demo_project) as store:
        before = len(store.actuals(kpi="sa_sales"))
        with pytest.raises(DataImportError) as info:
            import_actuals(store, path, actor="test")
        assert len(store.actuals(kpi="sa_sales")) == before
    messages = " ".join(p.message for p in info.value.problems)
    assert "'E999'" in messages and "'nope'" in messages
    assert {p.row for p in info.value.problems} == {3, 4}


def test_import_actuals_duplicates_in_file_are_errors(tmp_path, demo_project):
    text = "employee,kpi,period,value\nE001,sa_sales,2026-10,1\nE001,sa_sales,2026年10月,2\n"
    with open_project(demo_project) as store, pytest.raises(DataImportError, match="already given in row 2"):
        import_actuals(store, _write(tmp_path / "d.csv", text), actor="test")


def test_import_actuals_problems_name_file_row_and_the_files_own_header(tmp_path, demo_project):
    text = "工号,指标,期间,实际值\nE001,sa_sales,2026-10,1\nE001,cs_knowledge,2026-10,2\n"
    path = _write(tmp_path / "r.csv", text)
    with open_project(demo_project) as store, pytest.raises(DataImportError) as info:
        import_actuals(store, path, actor="test")
    (problem,) = info.value.problems
    assert (problem.file, problem.row, problem.field) == (str(path), 3, "指标")
    assert "not a KPI of 'E001'" in problem.message


def test_import_actuals_file_into_a_closed_period_is_refused_and_writes_nothing(tmp_path, demo_project):
    from kpiguide.core.errors import PeriodClosed
    from kpiguide.evaluation import close_period

    path = _write(tmp_path / "c.csv", "employee,kpi,period,value\nE001,sa_sales,2026-08,1\nE001,sa_sales,2026-10,1\n")
    with open_project(demo_project) as store:
        close_period(store, "2026Q3", actor="hr")
        before = len(store.actuals(kpi="sa_sales"))
        with pytest.raises(PeriodClosed, match=r"2026Q3 \(rows 2\)"):
            import_actuals(store, path, actor="test")
        assert len(store.actuals(kpi="sa_sales")) == before


def test_series_from_store_one_subject_and_mean(demo_project):
    with open_project(demo_project) as store:
        one = series_from_store(store, "cs_first_response", "E016")
        mean = series_from_store(store, "cs_first_response")
    assert one.index[0] == "2024-01" and one.index[-1] == "2026-09"
    assert one.iloc[-1] == 30.0
    assert len(mean) == len(one) and mean.dtype == float


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    st.lists(
        st.sampled_from([*'ab,;\t\n"12345.-%万年月季度Q第一 ', "2026-01", "期间", "数值", "series,period,value\n"]),
        max_size=60,
    ).map("".join)
)
def test_reader_fuzz_raises_only_documented_errors(tmp_path, text):
    path = tmp_path / "fuzz.csv"
    path.write_text(text, encoding="utf-8")
    try:
        data = read_history(path)
    except DataImportError:
        return
    assert all(isinstance(s, pd.Series) for s in data.series.values())


def test_large_file_reports_every_bad_cell_with_its_row(tmp_path):
    lines = ["部门,工号,指标,期间,实际值"]
    bad_rows = set()
    for i in range(20_000):
        period = f"2025年{i % 12 + 1}月" if i % 2 else f"2025-{i % 12 + 1:02d}"
        value = f"{i % 997 * 1.5:,.2f}"
        if i % 1999 == 7:
            value, _ = "n/a", bad_rows.add(i + 2)
        if i % 3001 == 11:
            period, _ = "2025-13", bad_rows.add(i + 2)
        lines.append(f"D1,E{i // 12:05d},k{i % 5},{period},{value}")
    path = _write(tmp_path / "big.csv", "\n".join(lines) + "\n")
    with pytest.raises(DataImportError) as info:
        read_history(path)
    located = {p.row for p in info.value.problems if p.field in ("实际值", "期间")}
    assert located == bad_rows


def test_plain_thousands_and_percent_cells_read_as_parse_number_reads_them(tmp_path):
    text = 'series,period,value\na,2025-01,"1,234.5"\na,2025-02,12.5%\na,2025-03,1.5E3\na,2025-04,３万\na,2025-05,-7\n'
    data = read_history(_write(tmp_path / "n.csv", text))
    assert data.get("a").tolist() == [1234.5, 12.5, 1500.0, 30000.0, -7.0]


@pytest.mark.parametrize("cell", ["nan", "inf", "-inf", "1e999"])
def test_non_finite_history_values_are_located_problems(tmp_path, cell):
    path = _write(tmp_path / "f.csv", f"series,period,value\na,2025-01,1\na,2025-02,{cell}\n")
    with pytest.raises(DataImportError) as info:
        read_history(path)
    assert [(p.row, p.field) for p in info.value.problems] == [(3, "value")]


def test_excel_date_where_a_value_is_expected_is_a_located_problem(tmp_path):
    import datetime as dt

    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.title = "历史"
    sheet.append(["指标", "期间", "数值"])
    sheet.append(["sales", "2025-01", 10])
    sheet.append(["sales", "2025-02", dt.datetime(2025, 2, 1)])
    path = tmp_path / "d.xlsx"
    book.save(path)
    with pytest.raises(DataImportError) as info:
        read_history(path)
    (problem,) = info.value.problems
    assert (problem.sheet, problem.row, problem.field) == ("历史", 3, "数值")


def test_workbook_with_an_unreadable_numeric_cell_is_a_located_error(tmp_path):
    import re
    import zipfile

    from openpyxl import Workbook

    book = Workbook()
    book.active.title = "历史"
    book.active.append(["指标", "期间", "数值"])
    book.active.append(["sales", "2025-01", 10])
    good, bad = tmp_path / "ok.xlsx", tmp_path / "nan.xlsx"
    book.save(good)
    with zipfile.ZipFile(good) as zin, zipfile.ZipFile(bad, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                data = re.sub(rb'<c r="C2"[^>]*><v>10</v></c>', b'<c r="C2"><v>NaN</v></c>', data)
            zout.writestr(item, data)
    with pytest.raises(DataImportError) as info:
        read_history(bad)
    assert info.value.problems[0].sheet == "历史"


def test_a_corrupt_huge_value_is_a_located_problem_not_a_forecast(tmp_path):
    path = tmp_path / "h.csv"
    path.write_text("period,value\n2025-01,1.4990384980306193e+154\n2025-02,3\n2025-03,5\n", encoding="utf-8")
    with pytest.raises(DataImportError) as info:
        read_history(path)
    assert "row 2, field 'value'" in str(info.value)
