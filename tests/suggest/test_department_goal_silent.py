"""A direction word alone ties no department indicator to a strategy
(``IndicatorSuggester(department_goal_silent=...)``, round 35)."""

from __future__ import annotations

import pytest

from kpiguide.catalog import load_catalog
from kpiguide.core.errors import InputError
from kpiguide.suggest.engine import IndicatorSuggester

ARTICLE = "销售部：公司战略目标是提高市场份额"


@pytest.fixture(scope="module")
def engines():
    catalog = load_catalog()
    return (
        IndicatorSuggester(department_goal_silent=False).fit(catalog),
        IndicatorSuggester(department_goal_silent=True).fit(catalog),
    )


def ids(engine, text, k=6):
    return [s.indicator.id for s in engine.suggest(text, top_k=k)]


def test_a_department_indicator_matched_on_a_direction_word_alone_is_not_lifted(engines) -> None:
    off, on = engines
    assert "sales.book_to_bill_ratio" in ids(off, ARTICLE, 5)  # matched on 提高 only
    assert "sales.book_to_bill_ratio" not in ids(on, ARTICLE, 5)
    assert "general_management.revenue_growth_rate" in ids(on, ARTICLE, 5)
    assert ids(on, ARTICLE, 3) == ids(off, ARTICLE, 3)


def test_texts_without_a_department_are_the_same(engines) -> None:
    off, on = engines
    for text in ("提高回款率，缩短账期", "Reduce customer churn", "HR专员"):
        assert ids(off, text) == ids(on, text)


def test_the_switch_is_checked() -> None:
    with pytest.raises(InputError):
        IndicatorSuggester(department_goal_silent=1).fit(load_catalog())  # type: ignore[arg-type]
