"""History and actuals files with problems: every problem in zh for the apps, English unchanged on the command line."""

from __future__ import annotations

import pytest
from openpyxl import Workbook

from kpiguide.core.errors import DataImportError, InputError, PeriodClosed
from kpiguide.core.i18n import has_cjk, localize_error
from kpiguide.data.history import import_actuals, read_history
from kpiguide.data.templates import write_template
from kpiguide.project.store import open_project
from kpiguide.ui.messages import error_text
from tests.core._zh_helpers import english_words


def _zh(exc, *values):
    zh = error_text(exc, "zh")
    assert has_cjk(zh)
    assert english_words(zh, *values) == [], zh
    return zh


def test_a_bad_csv_reads_in_chinese_with_every_problem_located(tmp_path):
    path = tmp_path / "bad.csv"
    path.write_text("序列,期间,实际值,目标值\na,2026-01,1,5\na,someday,2,5\na,2026-03,abc,x\n,2026-04,4,5\n", "gbk")
    with pytest.raises(DataImportError) as info:
        read_history(path)
    zh = _zh(info.value, str(path))
    assert len(info.value.problems) == 4
    assert f"文件 {path}，第 4 行，字段「实际值」：无法把 'abc' 读作数字" in zh
    assert "字段「期间」：无法把 'someday' 读作期间" in zh and "序列为空" in zh
    en = error_text(info.value, "en")
    assert f"{path}, row 4, field '实际值': cannot read 'abc' as a number" in en
    assert localize_error(info.value, "en") == str(info.value)


def test_a_workbook_with_formulas_without_values_and_a_missing_column_reads_in_chinese(tmp_path):
    book = Workbook()
    sheet = book.active
    sheet.title = "历史"
    sheet.append(["序列", "期间", "实际值"])
    sheet.append(["a", "2026-01", "=1+1"])
    book.save(tmp_path / "f.xlsx")
    with pytest.raises(DataImportError) as info:
        read_history(tmp_path / "f.xlsx")
    zh = _zh(info.value, str(tmp_path / "f.xlsx"), "C2")
    assert "工作表「历史」，第 2 行，字段「实际值」：单元格 C2 有公式但没有计算结果" in zh
    (tmp_path / "m.csv").write_text("series,period\na,2026-01\n", "utf-8")
    with pytest.raises(DataImportError) as info:
        read_history(tmp_path / "m.csv")
    _zh(info.value, str(tmp_path / "m.csv"), "value", "期间", "期", "月份")


@pytest.mark.parametrize(
    ("name", "content"),
    [("x.xls", b"old"), ("empty.csv", b"\n\n"), ("bom.csv", b"\xef\xbb\xbfa,b\n\xff\xfe\n"), ("b.xlsx", b"not a zip")],
)
def test_unreadable_files_are_explained_in_chinese(tmp_path, name, content):
    path = tmp_path / name
    path.write_bytes(content)
    with pytest.raises(InputError) as info:
        read_history(path)
    _zh(info.value, str(path), "0xff", "BadZipFile", "File is not a zip file")


def test_templates_refuse_in_chinese(tmp_path):
    with pytest.raises(InputError) as info:
        write_template("nope", tmp_path / "x.xlsx", "zh")
    _zh(info.value, "history", "actuals", "scheme")


def test_actuals_that_do_not_match_the_project_read_in_chinese(tmp_path, demo_project):
    path = tmp_path / "a.csv"
    rows = "E001,sa_sales,2026-10,100\nE999,sa_sales,2026-10,1\nE001,nope,2026-10,1\nE001,sa_sales,2026年10月,2\n"
    path.write_text("工号,指标,期间,实际值\n" + rows + "E001,cs_knowledge,2026-10,2\n", "utf-8")
    with open_project(demo_project) as store, pytest.raises(DataImportError) as info:
        import_actuals(store, path, actor="test")
    zh = _zh(info.value, str(path), "E001")
    assert len(info.value.problems) == 4
    assert "未知的员工 'E999'" in zh and "第 5 行已经给出" not in zh and "第 2 行已经给出" in zh
    assert "不属于 'E001' 的岗位" in zh


def test_actuals_in_a_closed_period_are_refused_in_chinese(tmp_path, demo_project):
    from kpiguide.evaluation import close_period

    path = tmp_path / "c.csv"
    path.write_text("employee,kpi,period,value\nE001,sa_sales,2026-08,1\nE001,sa_sales,2026-10,1\n", "utf-8")
    with open_project(demo_project) as store:
        close_period(store, "2026Q3", actor="hr")
        with pytest.raises(PeriodClosed) as info:
            import_actuals(store, path, actor="test")
    zh = _zh(info.value, str(path), "2026Q3", "PROJECT")
    assert "2026Q3（第 2 行）" in zh
    assert str(info.value).startswith(f"{path}: actuals fall in closed period(s) 2026Q3 (rows 2); reopen them")


def test_a_change_to_a_closed_period_is_refused_in_chinese(demo_project):
    from kpiguide.data.ledger import ensure_open
    from kpiguide.evaluation import close_period

    with open_project(demo_project) as store:
        close_period(store, "2026Q3", actor="hr")
        with pytest.raises(PeriodClosed) as info:
            ensure_open(store, "2026-08")
    assert str(info.value).startswith("2026Q3 is closed, so 2026-08 cannot be changed. Reopen it with a reason first")
    assert _zh(info.value, "2026Q3", "2026-08", "PROJECT").startswith("2026Q3 已关闭，因此不能修改 2026-08。")
