"""Issue 12 round 33: with a department read, the department's own indicator the text matches second best takes the
place of the last indicator of another function in the first five, which moves to place 6
(``IndicatorSuggester(department_second=...)``; on by default since its judged run passed its rule,
benchmarks/suggest_department_second.py; False is round 32's engine).  The examples are written for this test, not
taken from a labelled set."""

from __future__ import annotations

import pytest

from kpiguide.catalog import load_catalog
from kpiguide.core.errors import InputError
from kpiguide.suggest.engine import IndicatorSuggester


@pytest.fixture(scope="module")
def engines() -> tuple[IndicatorSuggester, IndicatorSuggester]:
    # frame_silent off in both (round 35): with it, 人力资源 alone names the HR staffing ratio in this test's example,
    # which is then put at place 2 after department_second has moved its indicators, so the places this test pins
    # (the moved indicator at place 6) shift by one; the switch's own mechanics are what is tested here.
    # department_agree off in both (re-pinned after round 53's judged run passed, benchmarks/suggest_department_agree.py):
    # it re-orders places 2-10 of a department's list by the text match, so the moved indicator need not stay at place 6
    catalog = load_catalog()
    return (
        IndicatorSuggester(department_second=False, frame_silent=False, department_agree=False).fit(catalog),
        IndicatorSuggester(department_second=True, frame_silent=False, department_agree=False).fit(catalog),
    )


def _ids(engine: IndicatorSuggester, text: str) -> list[str]:
    return [s.indicator.id for s in engine.suggest(text, top_k=10)]


def test_the_switch_is_a_bool_and_on_by_default() -> None:
    assert IndicatorSuggester().department_second is True
    with pytest.raises(InputError):
        IndicatorSuggester(department_second=1).fit(load_catalog())  # type: ignore[arg-type]


def test_the_department_second_match_takes_the_last_place_of_another_function(engines) -> None:
    off, on = engines
    text = "公司战略是保障员工安全，人力资源部门"
    assert on.context(text).department == "hr"
    before, after = _ids(off, text), _ids(on, text)
    assert before != after
    lifted = [i for i in after[:5] if i not in before[:5]]
    assert len(lifted) == 1 and lifted[0].startswith("hr.")
    moved = [i for i in before[:5] if i not in after[:5]]
    assert len(moved) == 1 and not moved[0].startswith("hr.") and after[5] == moved[0]
    for place, i in enumerate(before[:5]):  # the department's own keep their places
        if i.startswith("hr."):
            assert after[place] == i
    assert any(s.indicator.id == lifted[0] and s.why for s in on.suggest(text, top_k=10))


def test_lists_without_a_department_are_the_same(engines) -> None:
    off, on = engines
    for text in (
        "Reduce customer churn",
        "HR专员",
        "负责编制月度财务报表并核对总账",
        "Strategy: cut costs. Department: IT",
    ):
        assert _ids(off, text) == _ids(on, text)
