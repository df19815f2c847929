"""Issue 12 round 15: when the engine's reading of a query is weak (no department, no role named by its title, no stated
strategy), its list is fused with the text match's own list, so a wrong reading cannot hide the words' best matches."""

from __future__ import annotations

import pytest

from kpiguide.catalog import load_catalog
from kpiguide.suggest.engine import IndicatorSuggester

# a task with no role named by its title (the first example, 'Billing and Posting Clerks', names the billing clerk
# archetype since round 29, so its reading is no longer weak); the words name receivables
WEAK = "Prepare invoices and post payments to customer accounts"
FUSED = "sales.overdue_receivables_ratio"


@pytest.fixture(scope="module")
def engines() -> tuple[IndicatorSuggester, IndicatorSuggester]:
    catalog = load_catalog()
    # words only (round 18's reading of English tasks by meaning off): the fusion is what is tested
    return (
        IndicatorSuggester(role_embedding=False, indicator_embedding=False).fit(catalog),
        IndicatorSuggester(text_fusion=0.0, role_embedding=False, indicator_embedding=False).fit(catalog),
    )


def _ids(engine: IndicatorSuggester, text: str, k: int = 5) -> list[str]:
    return [s.indicator.id for s in engine.suggest(text, top_k=k)]


def test_the_texts_own_match_keeps_a_place_when_the_reading_is_weak(engines) -> None:
    fused, plain = engines
    assert fused.weak_reading(fused.context(WEAK))
    assert FUSED in _ids(fused, WEAK)
    assert FUSED not in _ids(plain, WEAK)
    why = next(s for s in fused.suggest(WEAK, top_k=5) if s.indicator.id == FUSED).why
    assert why  # explained like any text match


@pytest.mark.parametrize("text", ["销售部：提升大客户收入占比", "Sales Managers", "人力资源总监"])
def test_a_clear_reading_is_left_alone(engines, text: str) -> None:
    fused, plain = engines
    assert not fused.weak_reading(fused.context(text))
    assert _ids(fused, text, 10) == _ids(plain, text, 10)


def test_a_shorter_list_is_the_head_of_a_longer_one(engines) -> None:
    fused, _ = engines
    assert _ids(fused, WEAK, 3) == _ids(fused, WEAK, 10)[:3]


def test_filters_still_hold_for_the_text_matches(engines) -> None:
    fused, _ = engines
    assert {s.indicator.function for s in fused.suggest(WEAK, function="sales", top_k=10)} == {"sales"}


def test_negative_weight_is_refused() -> None:
    with pytest.raises(ValueError):
        IndicatorSuggester(text_fusion=-1.0).fit(load_catalog())
