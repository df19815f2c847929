"""Issue 12 round 30: with a department read, the department's own indicator the text matches best (without the words
naming the function) takes place 2 of the list unless it is already in the first five
(``IndicatorSuggester(department_text=...)``; on by default since it passed its judged run,
benchmarks/suggest_department_text.py; False is round 29's engine).
The examples are written for this test, not taken from a labelled set."""

from __future__ import annotations

import pytest

from kpiguide.catalog import load_catalog
from kpiguide.core.errors import InputError
from kpiguide.suggest.engine import IndicatorSuggester
from tests.suggest._switch import listed_ids as _ids
from tests.suggest._switch import off_and_on


@pytest.fixture(scope="module")
def engines() -> tuple[IndicatorSuggester, IndicatorSuggester]:
    return off_and_on("department_text")


def test_the_switch_is_on_by_default_and_a_bool() -> None:
    assert IndicatorSuggester().department_text is True
    with pytest.raises(InputError):
        IndicatorSuggester(department_text=1).fit(load_catalog())  # type: ignore[arg-type]


def test_the_department_measure_the_statement_describes_takes_place_two(engines) -> None:
    off, on = engines
    text = "公司战略是让每一笔员工申诉在五个工作日内办结，人力资源部门"
    assert off.context(text).department == "hr"
    assert "hr.employee_grievance_resolution_rate" not in _ids(off, text)[:5]
    ranked = _ids(on, text)
    assert ranked[1] == "hr.employee_grievance_resolution_rate"
    assert "hr.hr_staffing_ratio" not in ranked[:5]  # 人力资源 names the department, not a measure
    assert ranked[0] == _ids(off, text)[0] and set(ranked[2:5]) <= set(_ids(off, text)[1:5])


def test_lists_without_a_department_or_with_the_measure_in_the_first_five_are_the_same(engines) -> None:
    off, on = engines
    for text in (
        "Reduce customer churn",
        "HR专员",
        "负责编制月度财务报表并核对总账",
        "Strategy: cut the time it takes to close the books each month. Department: Finance",
    ):
        assert _ids(off, text) == _ids(on, text)
