from __future__ import annotations

import pytest

from kpiguide.core.errors import InputError, NotFound
from kpiguide.core.i18n import CJK_CHARS, has_cjk, normalize_lang
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
