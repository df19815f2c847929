"""Round 14's learned choice prior, moved out of the engine into benchmarks/suggest_mine_prior.py in round 15 (it lost in
leave-one-set-out and nothing shipped): the study's re-scoring still orders within what the query is read as."""

from __future__ import annotations

import pytest

from benchmarks.suggest_mine_prior import ChoicePrior
from kpiguide.catalog import load_catalog
from kpiguide.suggest.engine import IndicatorSuggester

QUERY = "销售经理"


@pytest.fixture(scope="module")
def suggester() -> ChoicePrior:
    s = ChoicePrior().fit(load_catalog())
    s.choice_weight = 1.0
    return s


def _ranked(s: ChoicePrior, prior: dict[str, dict[str, float]], text: str = QUERY) -> list[str]:
    s.set_choice_prior(prior)
    return [x.indicator.id for x in s.suggest(text, top_k=10)]


def test_the_engine_carries_no_choice_prior() -> None:
    assert "choice_weight" not in IndicatorSuggester().get_params()
    assert not hasattr(IndicatorSuggester, "set_choice_prior")


@pytest.mark.parametrize("text", [QUERY, "Sales Managers"])
def test_a_chosen_indicator_of_the_function_read_moves_up(suggester: ChoicePrior, text: str) -> None:
    plain = _ranked(suggester, {}, text)
    fn = suggester.context(text).roles[0].role.function
    late = next(i for i in reversed(plain) if suggester.catalog_.get(i).function == fn)
    lifted = _ranked(suggester, {fn: {late: 0.9}}, text)
    assert lifted.index(late) < plain.index(late)
    suggester.set_choice_prior({})


def test_an_indicator_of_another_function_is_not_lifted_by_a_function_key(suggester: ChoicePrior) -> None:
    fn = suggester.context(QUERY).roles[0].role.function
    other = next(i.id for i in suggester.catalog_.indicators if i.function != fn)
    suggester.set_choice_prior({fn: {other: 0.9}})
    assert fn not in suggester.choice_prior_
    suggester.set_choice_prior({f"role:{suggester.context(QUERY).roles[0].role.id}": {other: 0.9}})
    assert suggester.choice_prior_  # kept; at ranking time it counts only within the functions read
    suggester.set_choice_prior({})


def test_weight_zero_is_todays_engine(suggester: ChoicePrior) -> None:
    plain = _ranked(suggester, {})
    today = [x.indicator.id for x in IndicatorSuggester().fit(suggester.catalog_).suggest(QUERY, top_k=10)]
    assert plain == today
    fn = suggester.context(QUERY).roles[0].role.function
    late = next(i for i in reversed(plain) if suggester.catalog_.get(i).function == fn)
    suggester.choice_weight = 0.0
    try:
        assert _ranked(suggester, {fn: {late: 0.9}}) == plain
    finally:
        suggester.choice_weight = 1.0
        suggester.set_choice_prior({})
