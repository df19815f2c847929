"""The words framing a stated strategy name no measure (``IndicatorSuggester(frame_silent=...)``, round 35)."""

from __future__ import annotations

import pytest

from kpiguide.catalog import load_catalog
from kpiguide.core.errors import InputError
from kpiguide.suggest.engine import IndicatorSuggester
from tests.suggest._switch import off_and_on

ARTICLE = "销售部：公司战略目标是提高市场份额"
FRAMED = "general_management.strategic_objective_achievement"


@pytest.fixture(scope="module")
def engines():
    return off_and_on("frame_silent")


def ids(engine, text, k=5):
    return [s.indicator.id for s in engine.suggest(text, top_k=k)]


def test_the_framing_words_no_longer_name_the_strategy_office_indicator(engines) -> None:
    off, on = engines
    assert FRAMED in ids(off, ARTICLE)  # 战略目标 in 公司战略目标是… named it (2nd)
    listed = ids(on, ARTICLE)
    assert FRAMED not in listed
    assert listed[0] == "marketing.market_share"
    assert "sales.new_customer_count" in listed


def test_a_text_that_names_the_measure_itself_still_names_it(engines) -> None:
    _, on = engines
    # no strategy framing here: the words are the measure's own name
    assert ids(on, "战略目标达成率", k=3)[0] == FRAMED


def test_the_switch_is_checked() -> None:
    with pytest.raises(InputError):
        IndicatorSuggester(frame_silent="yes").fit(load_catalog())  # type: ignore[arg-type]
