"""Issue 12 round 43: in a Chinese job text that states no goal and names no department, a strategy area counts only
when the text names a function the area's template serves (``IndicatorSuggester(named_area=...)``; on by default
since its rule held, benchmarks/suggest_named_area.py; False is round 42's engine). The acupuncture technician is a
职业分类大典-style definition whose setting word 技术人员 read the R&D-talent area."""

from __future__ import annotations

import pytest

from kpiguide.catalog import load_catalog
from kpiguide.core.errors import InputError
from kpiguide.suggest.engine import IndicatorSuggester
from tests.suggest._switch import listed_ids as _ids
from tests.suggest._switch import off_and_on

ACUPUNCTURE = "运用中医药理论和中医技术，从事针灸推拿治疗的技术人员"


@pytest.fixture(scope="module")
def engines() -> tuple[IndicatorSuggester, IndicatorSuggester]:
    return off_and_on("named_area")


def test_the_switch_is_a_bool_and_on_by_default() -> None:
    assert IndicatorSuggester().named_area is True
    with pytest.raises(InputError):
        IndicatorSuggester(named_area=1).fit(load_catalog())  # type: ignore[arg-type]


def test_a_job_definition_no_longer_leads_with_the_area_its_setting_word_reads(engines) -> None:
    off, on = engines
    assert _ids(off, ACUPUNCTURE, 5)[0] == "rd.rd_staff_ratio"  # what the switch moves
    after = _ids(on, ACUPUNCTURE, 5)
    assert after[0] == "healthcare.patient_satisfaction"
    assert after.index("rd.rd_staff_ratio") > 0


@pytest.mark.parametrize(
    "text",
    [
        "检查包装质量",  # names quality: its quality areas stay
        "公司战略是提高客户满意度，客服部门",  # states a goal and names a department
        "Raise customer satisfaction",  # English is untouched
    ],
)
def test_texts_that_name_the_function_state_a_goal_or_are_english_are_the_same(engines, text: str) -> None:
    off, on = engines
    assert _ids(off, text, 10) == _ids(on, text, 10)
