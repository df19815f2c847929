"""Issue 12 round 41: with a department read and a stated strategy the department does not own, its own function's
indicators come before the role-carried indicators of other functions (``IndicatorSuggester(own_first=...)``; on by
default since its judged run passed its rule, benchmarks/suggest_own_first.py; False is round 40's engine). The supply-chain case is the one noticed in round 40
(benchmarks/suggest_role_owned.py); the market-share case is the issue's own Done-when case."""

from __future__ import annotations

import pytest

from kpiguide.catalog import load_catalog
from kpiguide.core.errors import InputError
from kpiguide.suggest.engine import IndicatorSuggester
from tests.suggest._switch import listed_ids as _ids
from tests.suggest._switch import off_and_on

SUPPLY_CHAIN = "Strategy: raise customer satisfaction. Department: supply chain"
MARKET_SHARE = (
    "\u9500\u552e\u90e8\uff1a\u516c\u53f8\u6218\u7565\u76ee\u6807\u662f\u63d0\u9ad8\u5e02\u573a\u4efd\u989d",
    "Sales department: our strategy is to increase market share",
)


@pytest.fixture(scope="module")
def engines() -> tuple[IndicatorSuggester, IndicatorSuggester]:
    return off_and_on("own_first")


def test_the_switch_is_a_bool_and_on_by_default() -> None:
    assert IndicatorSuggester().own_first is True
    with pytest.raises(InputError):
        IndicatorSuggester(own_first=1).fit(load_catalog())  # type: ignore[arg-type]


def test_supply_chain_lists_its_own_delivery_satisfaction_before_the_carried_complaint_rate(engines) -> None:
    off, on = engines
    before, after = _ids(off, SUPPLY_CHAIN, 5), _ids(on, SUPPLY_CHAIN, 5)
    assert before[0] == "quality.customer_complaint_rate"  # what the switch moves
    assert after[0] == "supply_chain.delivery_satisfaction"
    assert all(i.startswith("supply_chain.") for i in after)


@pytest.mark.parametrize("text", MARKET_SHARE)
def test_a_strategy_the_department_owns_keeps_its_order(engines, text: str) -> None:
    off, on = engines
    assert _ids(off, text) == _ids(on, text)
    assert "general_management.revenue_growth_rate" in _ids(on, text, 5)


def test_lists_without_a_department_are_the_same(engines) -> None:
    off, on = engines
    for text in ("Raise customer satisfaction", "Raise market share", "负责编制月度财务报表并核对总账"):
        assert _ids(off, text) == _ids(on, text)
