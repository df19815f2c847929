"""`kpiguide import` and `kpiguide import-actuals` print the problems of a bad file in --lang; English is unchanged."""

from __future__ import annotations

import json

from click.testing import CliRunner

from kpiguide.cli import main
from kpiguide.core.i18n import has_cjk
from tests.core._zh_helpers import english_words

BAD_ACTUALS = "工号,指标,期间,实际值\nE001,sa_sales,2026-10,abc\nE999,sa_sales,2026-10,1\nE001,sa_sales,someday,2\n"


def _write(tmp_path, name, text):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


def test_import_actuals_without_lang_prints_the_english_text_as_before(tmp_path, demo_project):
    path = _write(tmp_path, "a.csv", BAD_ACTUALS)
    res = CliRunner().invoke(main, ["import-actuals", str(demo_project), path])
    assert res.exit_code == 2
    assert res.stderr == (
        f"Error: {path} has problems; nothing was imported (2 problem(s)):\n"
        f"  - {path}, row 2, field '实际值': cannot read 'abc' as a number\n"
        f"  - {path}, row 4, field '期间': cannot read 'someday' as a period; write 2026-01, 2026Q1 or 2026年第一季度\n"
    )


def test_import_actuals_with_lang_zh_prints_every_problem_in_chinese(tmp_path, demo_project):
    path = _write(tmp_path, "a.csv", BAD_ACTUALS)
    res = CliRunner().invoke(main, ["import-actuals", str(demo_project), path, "--lang", "zh"])
    assert res.exit_code == 2
    assert res.stderr.startswith(
        f"错误：{path} 有问题；未导入任何内容（共 2 个问题）：\n  - 文件 {path}，第 2 行，字段「实际值」"
    )
    assert english_words(res.stderr, path) == [], res.stderr
    unknown = _write(tmp_path, "u.csv", "工号,指标,期间,实际值\nE999,sa_sales,2026-10,1\n")
    res = CliRunner().invoke(main, ["import-actuals", str(demo_project), unknown, "--lang", "zh", "--format", "json"])
    assert res.exit_code == 2 and "未知的员工 'E999'" in res.stderr
    data = json.loads(res.stdout)
    assert data["error"].endswith("与项目不符；未导入任何内容")
    assert data["problems"][0]["field"] == "工号" and data["problems"][0]["message"].startswith("未知的员工")


def test_import_of_a_bad_scheme_with_lang_zh_prints_chinese_and_english_stays(tmp_path, demo_project):
    path = _write(
        tmp_path, "s.yaml", "organization: {name: 测试}\nobjectives: []\ndepartments: []\nemployees: [{id: E1}]\n"
    )
    zh = CliRunner().invoke(main, ["import", str(demo_project), path, "--lang", "zh"])
    en = CliRunner().invoke(main, ["import", str(demo_project), path])
    assert zh.exit_code == en.exit_code == 2
    assert has_cjk(zh.stderr.replace("测试", "")) and english_words(zh.stderr, path, "employees[0]") == [], zh.stderr
    assert en.stderr == (
        f"Error: The scheme in {path} is not valid (1 problem(s)):\n"
        f"  - {path}, line 4, field 'employees[0]': missing required key(s) 'name', 'role'; add them\n"
    )


def test_quality_check_and_achievability_with_lang_zh_print_a_bad_file_in_chinese(tmp_path):
    history = _write(tmp_path, "h.csv", "序列,期间,实际值\na,2026-01,abc\n")
    scheme = _write(tmp_path, "s.yaml", "organization: {name: 测试}\nobjectives: []\ndepartments: []\nextra: 1\n")
    for args in (["quality", history], ["achievability", history, "--target", "5"], ["check", scheme]):
        res = CliRunner().invoke(main, [*args, "--lang", "zh"])
        assert res.exit_code == 2, res.output
        assert (
            res.stderr.startswith("错误：")
            and english_words(res.stderr, history, scheme, "departments, employees, objectives, organization") == []
        )
