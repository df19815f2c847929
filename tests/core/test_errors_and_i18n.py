from __future__ import annotations

import pytest

from kpiguide.core.errors import InputError, NotFound, Problem
from kpiguide.core.i18n import CJK_CHARS, has_cjk, localize_error, localize_problem, normalize_lang
from kpiguide.core.model import Organization, Scheme


@pytest.mark.parametrize("value", ["中文", "zh-CN", "Chinese"])
def test_normalize_lang_reads_chinese_spellings(value):
    assert normalize_lang(value) == "zh"


def test_normalize_lang_refuses_unknown_language_with_an_input_error_that_is_a_value_error():
    with pytest.raises(InputError, match="Unknown language 'fr'") as info:
        normalize_lang("fr")
    assert isinstance(info.value, ValueError)
    assert "'zh'" in str(info.value) and "'en'" in str(info.value)


def test_scheme_lookup_of_missing_id_raises_not_found_that_is_a_key_error():
    with pytest.raises(KeyError, match="No KPI with id 'k1'"):
        Scheme(Organization("x")).kpi("k1")
    with pytest.raises(NotFound):
        Scheme(Organization("x")).role("r1")


def test_cjk_character_class_is_shared():
    assert has_cjk("提升GMV") and not has_cjk("GMV")
    assert "\u4e00" in CJK_CHARS


def test_a_problem_location_reads_in_chinese_and_stays_byte_identical_in_english():
    p = Problem("x", file="h.xlsx", sheet="历史", row=3, field="目标值")
    assert p.location() == "h.xlsx, sheet '历史', row 3, field '目标值'"
    assert p.location("en") == p.location() == p._location_in("en")
    assert p.location("zh") == "文件 h.xlsx，工作表「历史」，第 3 行，字段「目标值」"
    assert Problem("x", line=7).location("zh") == "第 7 行" and Problem("x").location("zh") == ""
    assert localize_problem(p, "en") == str(p) and localize_problem(Problem("x"), "zh") == "x"
    error = InputError("Bad file", [p, Problem("y", line=2)])
    assert localize_error(error, "en") == str(error)
    assert localize_error(error, "zh").splitlines()[0] == "Bad file（共 2 个问题）："
