"""Scheme files with problems (YAML, JSON, workbook): every problem in zh for the apps, English unchanged."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook

from kpiguide.core.errors import InputError, SchemeError
from kpiguide.core.i18n import has_cjk, localize_error
from kpiguide.core.model import Organization, Scheme
from kpiguide.scheme.files import dump_scheme, dumps_scheme, load_scheme, loads_scheme
from kpiguide.scheme.workbook import SHEETS
from kpiguide.ui.messages import error_text
from tests.core._zh_helpers import english_words

BAD = """\
organization: {name: 测试公司, industry: retail}
objectives:
  - {id: F1, text: 营收增长15%, perspective: financial, parent: X9}
  - {id: F1, text: 重复, perspective: money}
departments:
  - id: sales
    name: 销售部
    objectives: [F1, Z1]
    roles:
      - id: rep
        name: 销售代表
        colour: blue
        kpis:
          - {name: 月度销售额, objective: F1, weight: 160, target: .nan, direction: range, target_range: [9, 1]}
          - {name: 客户满意度, weight: 很多, direction: higher}
employees:
  - {id: E1, name: 张三, role: boss, manager: E7}
"""


def _zh(exc, *values):
    zh = error_text(exc, "zh")
    assert has_cjk(zh)
    assert english_words(zh, *values) == [], zh
    return zh


def test_a_scheme_with_many_problems_reads_in_chinese(tmp_path):
    with pytest.raises(SchemeError) as info:
        loads_scheme(BAD, source="bad.yaml")
    assert len(info.value.problems) >= 10
    assert len({str(p) for p in info.value.problems}) == len(info.value.problems), "each problem once"
    values = (
        "bad.yaml",
        "range",
        "target_range",
        "financial, customer, internal_process, learning_growth",
        "nan",
        "id, kpis, name, responsibilities",
        "objectives[0].id",
    )
    zh = _zh(info.value, *values)
    assert "文件 bad.yaml，第 4 行，字段「objectives[1].id」：目标编号 'F1' 重复（首次出现在 objectives[0].id）" in zh
    assert "未知的键 'colour'" in zh and "'很多' 不是数字" in zh and "上级 'E7' 不是员工" in zh
    assert "160 超出范围（最大值 100）" in zh and "下限 9 高于上限 1" in zh
    en = localize_error(info.value, "en")
    assert en == str(info.value)
    assert (
        "bad.yaml, line 4, field 'objectives[1].id': duplicate objective id 'F1' (first used at objectives[0].id)" in en
    )
    assert "'很多' is not a number" in en and "160 is out of range (maximum 100)" in en


@pytest.mark.parametrize(
    "text",
    ['{"organization": {"name": "a"}, "organization": {}}', '{"a": [1, 2,]}', "[1, 2]", '{"a": NaN}', "a: [1\n"],
)
def test_unreadable_yaml_and_json_read_in_chinese(text):
    fmt = "yaml" if text.startswith("a:") else "json"
    with pytest.raises(InputError) as info:
        loads_scheme(text, source="s." + fmt, fmt=fmt)
    # the parser's own words (yaml's "did not find expected ','", json's "Expecting value") are quoted as they are
    details = [p.message.params.get("problem", "") for p in info.value.problems]
    _zh(info.value, "s." + fmt, "organization、objectives、departments", "NaN", "list", *details)


def test_a_bad_workbook_reads_in_chinese(tmp_path, demo_scheme_zh):
    path = dump_scheme(demo_scheme_zh, tmp_path / "scheme.xlsx")
    book = load_workbook(path)
    del book["roles"]
    book["kpis"].cell(row=1, column=20, value="备注")
    book["kpis"]["E3"] = "很多"
    book.save(path)
    with pytest.raises(SchemeError) as info:
        load_scheme(path)
    zh = _zh(info.value, str(path), *(", ".join(columns) for columns in SHEETS.values()))
    assert "工作表「kpis」，第 1 行，字段「备注」：未知的列 '备注'（第 20 列）" in zh
    assert "缺少工作表 'roles'" in zh


def test_unknown_formats_read_in_chinese(tmp_path):
    for call in (lambda: dumps_scheme(Scheme(Organization("a")), "xml"), lambda: load_scheme("x.txt")):
        with pytest.raises(InputError) as info:
            call()
        _zh(info.value, "yaml", "json", "x.txt", ".txt")
