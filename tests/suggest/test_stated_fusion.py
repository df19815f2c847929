"""Issue 12 round 25 (h127): the text match's own list fused with the engine's also for a stated reading (a
department and / or a stated strategy, no role named by its title): ``IndicatorSuggester(stated_fusion=...)``, False:
it failed the round's rule on the pooled halves B (English function hit@5 lower, 10 halves worse)."""

from __future__ import annotations

import pytest

from kpiguide.catalog import load_catalog
from kpiguide.core.errors import InputError
from kpiguide.suggest.engine import IndicatorSuggester


def test_off_by_default_and_a_bool_switch() -> None:
    assert IndicatorSuggester().stated_fusion is False
    with pytest.raises(InputError):
        IndicatorSuggester(stated_fusion=1).fit(load_catalog())  # type: ignore[arg-type]


def test_it_reaches_stated_readings_only() -> None:
    catalog = load_catalog()
    off, on = IndicatorSuggester(stated_fusion=False).fit(catalog), IndicatorSuggester(stated_fusion=True).fit(catalog)
    stated = "Strategy: earn income by licensing our patents and know-how to other companies. Department: R&D"
    assert (
        not off.weak_reading(off.context(stated))
        and on._fused(on.context(stated))
        and not off._fused(off.context(stated))
    )
    for text in ("HR专员", "Bank teller", "负责编制月度财务报表并核对总账"):  # a role named by its title, or weak
        ctx = on.context(text)
        if any(m.surface for m in ctx.roles) or on.weak_reading(ctx):
            assert [s.indicator.id for s in on.suggest(text)] == [s.indicator.id for s in off.suggest(text)]
