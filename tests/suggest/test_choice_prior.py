"""The learned choice prior (issue 12 round 14): ordering within what the query is read as, explained."""

from __future__ import annotations

import pytest

from kpiguide.catalog import load_catalog
from kpiguide.suggest.engine import IndicatorSuggester

QUERY = "销售经理"


@pytest.fixture(scope="module")
def suggester() -> IndicatorSuggester:
    return IndicatorSuggester(choice_weight=1.0).fit(load_catalog())


def _ranked(s: IndicatorSuggester, prior: dict[str, dict[str, float]], text: str = QUERY) -> list[str]:
    s.set_choice_prior(prior)
    return [x.indicator.id for x in s.suggest(text, top_k=10)]


def test_a_chosen_indicator_of_the_function_read_moves_up(suggester: IndicatorSuggester) -> None:
    plain = _ranked(suggester, {})
    fn = suggester.context(QUERY).roles[0].role.function
    late = next(i for i in reversed(plain) if suggester.catalog_.get(i).function == fn)
    lifted = _ranked(suggester, {fn: {late: 0.9}})
    assert lifted.index(late) < plain.index(late)
    why = next(x for x in suggester.suggest(QUERY, top_k=10) if x.indicator.id == late).why
    assert any(w.startswith("常被选用于") for w in why)
    suggester.set_choice_prior({})


def test_an_indicator_of_another_function_is_not_lifted_by_a_function_key(suggester: IndicatorSuggester) -> None:
    fn = suggester.context(QUERY).roles[0].role.function
    other = next(i.id for i in suggester.catalog_.indicators if i.function != fn)
    suggester.set_choice_prior({fn: {other: 0.9}})
    assert fn not in suggester.choice_prior_
    suggester.set_choice_prior({f"role:{suggester.context(QUERY).roles[0].role.id}": {other: 0.9}})
    assert suggester.choice_prior_  # kept; at ranking time it counts only within the functions read
    suggester.set_choice_prior({})


def test_weight_zero_is_todays_engine(suggester: IndicatorSuggester) -> None:
    plain = _ranked(suggester, {})
    fn = suggester.context(QUERY).roles[0].role.function
    late = next(i for i in reversed(plain) if suggester.catalog_.get(i).function == fn)
    suggester.set_params(choice_weight=0.0)
    try:
        assert _ranked(suggester, {fn: {late: 0.9}}) == plain
    finally:
        suggester.set_params(choice_weight=1.0)
        suggester.set_choice_prior({})


def test_english_reason(suggester: IndicatorSuggester) -> None:
    text = "Sales Managers"
    plain = _ranked(suggester, {}, text)
    fn = suggester.context(text).roles[0].role.function
    late = next(i for i in reversed(plain) if suggester.catalog_.get(i).function == fn)
    suggester.set_choice_prior({fn: {late: 0.9}})
    why = next(x for x in suggester.suggest(text, top_k=10) if x.indicator.id == late).why
    assert any(w.startswith("often chosen for ") for w in why)
    suggester.set_choice_prior({})
