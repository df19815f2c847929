"""Issue 12 round 50: a code lever, ``IndicatorSuggester(bridge_fusion=True)``: a Chinese text whose role is read
through the word bridge fuses the engine's list with its own text match at weight 0.75 instead of ``text_fusion``
(rule in benchmarks/suggest_bridge_fusion.py; on by default since its judged run passed). The texts below are written
for these tests, not taken from a labelled set."""

from __future__ import annotations

import pytest

from kpiguide.catalog import load_catalog
from kpiguide.core.errors import InputError
from kpiguide.suggest.engine import _BRIDGE_FUSION, IndicatorSuggester
from tests.suggest._switch import listed_ids, off_and_on

BRIDGED = (
    "在机场引导旅客登机并检查登机牌"  # boarding passengers at an airport: no archetype's words, read through the bridge
)


def test_the_switch_is_a_bool_and_on_by_default() -> None:
    # re-pinned after round 50's judged run (benchmarks/suggest_bridge_fusion.py): the rule passed, so the default is on
    assert IndicatorSuggester().bridge_fusion is True
    assert _BRIDGE_FUSION == 0.75
    with pytest.raises(InputError):
        IndicatorSuggester(bridge_fusion=1).fit(load_catalog())  # type: ignore[arg-type]


@pytest.fixture(scope="module")
def engines() -> tuple[IndicatorSuggester, IndicatorSuggester]:
    return off_and_on("bridge_fusion")


def test_a_role_read_through_the_bridge_weighs_the_text_more(engines) -> None:
    off, on = engines
    ctx = on.context(BRIDGED)
    assert ctx.roles and ctx.roles[0].bridged and on._fused(ctx)
    assert off.context(BRIDGED) == ctx  # the reading is the same: only the fusion's weight moves
    assert on._fusion_weight(ctx) == _BRIDGE_FUSION and off._fusion_weight(ctx) == off.text_fusion
    before, after = listed_ids(off, BRIDGED), listed_ids(on, BRIDGED)
    assert before != after and set(before[:4]) == set(after[:4])  # the same first four, reordered by the text


@pytest.mark.parametrize(
    "text",
    [
        "Repairs the forklifts of a warehouse: finds the faults, replaces worn parts and records every repair",  # English
        "负责城市道路绿化带的苗木栽种和日常浇灌修剪",  # Chinese, a role read by its words, not through the bridge
        "在野外采集岩芯样品并填写钻探记录",  # Chinese, nothing read
    ],
)
def test_texts_out_of_scope_list_the_same(engines, text: str) -> None:
    off, on = engines
    ctx = on.context(text)
    assert not (ctx.roles and ctx.roles[0].bridged) and on._fusion_weight(ctx) == on.text_fusion
    assert listed_ids(off, text) == listed_ids(on, text)
