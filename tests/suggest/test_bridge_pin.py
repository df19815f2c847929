"""Issue 12 round 38: a Chinese text's role read through the word bridge under ``role_prior._BRIDGE_PIN`` pins none of
its typical indicators (``IndicatorSuggester(bridge_pin=True)``); off by default until judged, and off the engine is
round 36's exactly."""

from __future__ import annotations

from dataclasses import replace

import pytest

from benchmarks.suggest_bridge_pin import verdict
from kpiguide.catalog import load_catalog
from kpiguide.suggest import role_prior
from kpiguide.suggest.engine import IndicatorSuggester
from kpiguide.suggest.role_prior import RoleMatch, pins


def test_the_switch_and_its_floor() -> None:
    assert role_prior._BRIDGE_PIN == 0.53
    assert IndicatorSuggester().get_params()["bridge_pin"] in (False, True)
    with pytest.raises(Exception):  # a bool only
        IndicatorSuggester(bridge_pin="yes").fit(load_catalog())


def test_only_bridged_readings_under_the_floor_pin_nothing() -> None:
    role = IndicatorSuggester().fit(load_catalog()).roles_.roles[0]
    bridged = RoleMatch(role, 0.5, similarity=0.51, bridged=True)
    meant = RoleMatch(role, 0.8, similarity=0.51)
    named = RoleMatch(role, 0.9, surface="x")
    assert pins(bridged) and pins(bridged, 0.0, 0.0)  # off: a bridged reading always pins
    assert not pins(bridged, 0.0, 0.53) and pins(replace(bridged, similarity=0.53), 0.0, 0.53)
    assert pins(meant, 0.0, 0.53) and pins(named, 0.0, 0.53)  # English readings and named roles untouched


def test_a_far_bridged_reading_stays_read_but_pins_nothing_and_other_texts_are_untouched() -> None:
    catalog = load_catalog()
    off, on = IndicatorSuggester(bridge_pin=False).fit(catalog), IndicatorSuggester(bridge_pin=True).fit(catalog)
    # an optician's description the bridge reads as the waiter at cosine 0.51: off, the waiter's restaurant measures
    # come first; on, the waiter is still read (the same context) but its measures are not pinned
    text = "从事眼镜验配的人员"
    read = on.context(text).roles[0]
    assert read.bridged and read.similarity is not None and read.similarity < role_prior._BRIDGE_PIN
    assert off.context(text) == on.context(text)
    assert [s.indicator.id for s in off.suggest(text)][:2] == [
        "hospitality.online_review_score",
        "hospitality.average_spend_per_cover",
    ]
    assert not any(s.indicator.function == "hospitality" for s in on.suggest(text))
    for text in ("Sales department: raise market share", "Troubleshoot network servers and routers", "HR专员"):
        assert [s.indicator.id for s in off.suggest(text)] == [s.indicator.id for s in on.suggest(text)]


def test_the_verdict_reads_the_primary_figure_and_the_tolerance() -> None:
    def halves(zh: tuple[float, float, float], en: tuple[float, float, float]) -> dict:
        keys = ("function_hit5", "id_hit5", "id_ndcg10")
        return {"pooled": {"B": {"zh": dict(zip(keys, zh)), "en": dict(zip(keys, en))}}}

    off = halves((0.93, 0.776, 0.483), (0.93, 0.79, 0.489))
    assert verdict(off, halves((0.93, 0.7775, 0.481), (0.93, 0.79, 0.489)))[0]  # nDCG -0.002: within
    assert not verdict(off, halves((0.93, 0.776, 0.483), (0.93, 0.79, 0.489)))[0]  # primary not higher
    assert not verdict(off, halves((0.9250, 0.78, 0.483), (0.93, 0.79, 0.489)))[0]  # zh function -0.005 > 2/706
    assert not verdict(off, halves((0.93, 0.78, 0.479), (0.93, 0.79, 0.489)))[0]  # nDCG -0.004 > 0.003
