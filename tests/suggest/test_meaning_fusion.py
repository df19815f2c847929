"""Issue 12 round 51: a code lever, ``IndicatorSuggester(meaning_fusion=True)``: an English text whose role is read by
meaning, the archetype's function not that of any of the text match's first five indicators, fuses the engine's list
with its own text match at weight 0.75 instead of ``text_fusion`` (rule in benchmarks/suggest_meaning_fusion.py; off by
default: its judged run failed). The texts below are written for these tests, not taken from a labelled set."""

from __future__ import annotations

import pytest

from kpiguide.catalog import load_catalog
from kpiguide.core.errors import InputError
from kpiguide.suggest.engine import _MEANING_AGREE, _MEANING_FUSION, IndicatorSuggester
from tests.suggest._switch import listed_ids, off_and_on

# read by meaning as a production set-up technician, while the text match's first five are customer service's and others
DISAGREES = "Tunes the pianos of a concert hall before each performance and repairs broken strings and hammers"
# read by meaning as an electronic component maker (production), a function among the text match's first five
AGREES = "Designs the circuit boards of new hearing devices and tests each prototype in the lab before it goes to the factory"


def test_the_switch_is_a_bool_and_off_by_default() -> None:
    # round 51's judged run (benchmarks/suggest_meaning_fusion.py) failed its rule: the default stays off
    assert IndicatorSuggester().meaning_fusion is False
    assert (_MEANING_FUSION, _MEANING_AGREE) == (0.75, 5)
    with pytest.raises(InputError):
        IndicatorSuggester(meaning_fusion=1).fit(load_catalog())  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def engines() -> tuple[IndicatorSuggester, IndicatorSuggester]:
    return off_and_on("meaning_fusion")


def _words(engine: IndicatorSuggester, text: str) -> list[int]:
    q, _ = engine._query(text, None)
    return engine._text_list(q, engine._mask(None, None, None, ())[0], 10)


def test_an_archetype_read_by_meaning_against_the_text_match_weighs_the_text_more(engines) -> None:
    off, on = engines
    ctx = on.context(DISAGREES)
    role = ctx.roles[0]
    assert role.similarity is not None and not role.bridged and not role.surface and on._fused(ctx)
    assert off.context(DISAGREES) == ctx  # the reading is the same: only the fusion's weight moves
    words = _words(on, DISAGREES)
    assert role.role.function not in {on.functions_[i] for i in words[:_MEANING_AGREE]}
    assert on._fusion_weight(ctx, words) == _MEANING_FUSION and off._fusion_weight(ctx, words) == off.text_fusion
    assert listed_ids(off, DISAGREES) != listed_ids(on, DISAGREES)


@pytest.mark.parametrize(
    "text",
    [
        AGREES,  # English, read by meaning, the archetype's function among the text match's first five
        "在机场引导旅客登机并检查登机牌",  # Chinese, read through the bridge (bridge_fusion's weight, unchanged)
        "在野外采集岩芯样品并填写钻探记录",  # Chinese, nothing read
    ],
)
def test_texts_out_of_scope_list_the_same(engines, text: str) -> None:
    off, on = engines
    ctx = on.context(text)
    assert on._fusion_weight(ctx, _words(on, text)) == off._fusion_weight(ctx, _words(off, text))
    assert listed_ids(off, text) == listed_ids(on, text)
