"""Issue 12 round 55: with a goal read and no job (a department read, or a strategy stated and no role read), the text's
own match's first indicator takes place 1 when the list's first ten hold it (``IndicatorSuggester(text_first=True)``);
off by default until its judged run (benchmarks/suggest_text_first.py), and off the engine is round 53's exactly. The
texts below are written for these tests, not taken from a labelled set."""

from __future__ import annotations

import pytest

from kpiguide.catalog import load_catalog
from kpiguide.suggest.engine import IndicatorSuggester, _text_first
from tests.suggest._switch import listed_ids, off_and_on


@pytest.fixture(scope="module")
def engines() -> tuple[IndicatorSuggester, IndicatorSuggester]:
    return off_and_on("text_first")


def test_the_switch_is_a_bool_and_off_by_default() -> None:
    assert IndicatorSuggester().get_params()["text_first"] is False
    with pytest.raises(Exception):  # a bool only
        IndicatorSuggester(text_first="yes").fit(load_catalog())


def test_the_text_match_first_takes_place_1_only_when_the_first_ten_hold_it() -> None:
    picked = list(range(12))  # places 1-12 hold indicators 0-11
    assert _text_first(picked, [7, 3]) == [7, 0, 1, 2, 3, 4, 5, 6, 8, 9, 10, 11]  # the others keep their order
    assert _text_first(picked, [10, 3]) == picked  # at place 11: not in the first ten, nothing moves
    assert _text_first(picked, [42]) == picked  # not in the list at all
    assert _text_first(picked, []) == picked
    assert _text_first(picked, [0]) == picked  # already first


def test_a_department_strategy_keeps_its_first_ten(engines) -> None:
    off, on = engines
    for text in (
        "Strategy: cut the time we take to answer a customer's email to under four hours. Department: Customer service",
        "策略：把每月关账时间从8天缩短到5天。部门：财务",
    ):
        ctx = on.context(text)
        assert ctx.department and on._firsts(ctx) and not off._firsts(ctx)
        before, after = listed_ids(off, text, 10), listed_ids(on, text, 10)
        assert sorted(before) == sorted(after)  # no indicator enters or leaves the first ten
        assert after[1:] == [i for i in before if i != after[0]]  # only one moved, to place 1


def test_a_stated_strategy_with_no_role_read_gets_the_measure_it_names_first(engines) -> None:
    off, on = engines
    text = "Cut our average days sales outstanding to under 45 days by 2027"
    ctx = on.context(text)
    assert not ctx.department and not ctx.roles and ctx.strategies and on._firsts(ctx)
    before, after = listed_ids(off, text, 10), listed_ids(on, text, 10)
    assert before[0] != "finance.days_sales_outstanding" and after[0] == "finance.days_sales_outstanding"
    assert sorted(before) == sorted(after)


def test_texts_with_a_job_or_a_weak_reading_are_untouched(engines) -> None:
    off, on = engines
    for text in (
        "Bank teller",
        "负责门店的日常运营，降低员工流失率",
        "Raise customer satisfaction with our deliveries",
    ):
        ctx = on.context(text)
        assert not ctx.department and not on._firsts(ctx)
        assert listed_ids(off, text, 10) == listed_ids(on, text, 10)
