"""Shared by the tests of the suggestion engine's switches (each round's lever, one test file per switch): the engine
fitted with one switch off and on, and the indicator ids it lists."""

from __future__ import annotations

from kpiguide.catalog import load_catalog
from kpiguide.suggest.engine import IndicatorSuggester


def off_and_on(switch: str) -> tuple[IndicatorSuggester, IndicatorSuggester]:
    """``IndicatorSuggester`` with ``switch`` False and True (every other parameter its default), fitted on the
    shipped catalog."""
    catalog = load_catalog()
    return IndicatorSuggester(**{switch: False}).fit(catalog), IndicatorSuggester(**{switch: True}).fit(catalog)


def listed_ids(engine: IndicatorSuggester, text: str, k: int = 10) -> list[str]:
    """The ids of the first ``k`` indicators ``engine`` suggests for ``text``."""
    return [s.indicator.id for s in engine.suggest(text, top_k=k)]
