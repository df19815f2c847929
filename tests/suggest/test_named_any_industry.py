"""Issue 12 round 22: an indicator the text names by its own name keeps its named place even when it is specific to an
industry the text does not otherwise name (naming the indicator names its industry); the user's filters still apply."""

from __future__ import annotations

import pytest

from kpiguide.catalog import load_catalog
from kpiguide.suggest.engine import IndicatorSuggester

# names the energy industry's forced outages, and no industry (round 29: the first example, 推进关键工序数控化改造,
# now reads the CNC machinist archetype, whose industry names manufacturing, so it no longer tests this rule)
NAMES_IT = "减少发电机组非计划停运"
NAMED = "energy.forced_outage_count"


@pytest.fixture(scope="module")
def engines() -> tuple[IndicatorSuggester, IndicatorSuggester]:
    catalog = load_catalog()
    return IndicatorSuggester().fit(catalog), IndicatorSuggester(named_any_industry=False).fit(catalog)


def _ids(engine: IndicatorSuggester, text: str, **kw) -> list[str]:
    return [s.indicator.id for s in engine.suggest(text, top_k=5, **kw)]


def test_on_by_default_and_a_bool() -> None:
    assert IndicatorSuggester().named_any_industry is True
    with pytest.raises(ValueError, match="named_any_industry"):
        IndicatorSuggester(named_any_industry="yes").fit(load_catalog())  # type: ignore[arg-type]


def test_a_named_indicator_of_an_industry_not_named_keeps_its_place(engines) -> None:
    on, off = engines
    assert not on.context(NAMES_IT).industries
    assert NAMED in _ids(on, NAMES_IT)[:2]
    assert NAMED not in _ids(off, NAMES_IT)


@pytest.mark.parametrize(("lang", "words"), [("zh", "名称"), ("en", "names this indicator")])
def test_the_reason_says_the_text_names_it(engines, lang: str, words: str) -> None:
    on, _ = engines
    hit = next(s for s in on.suggest(NAMES_IT, top_k=5, lang=lang) if s.indicator.id == NAMED)
    assert words in hit.why[0]


def test_the_users_filters_still_apply(engines) -> None:
    on, _ = engines
    assert NAMED not in _ids(on, NAMES_IT, industry="retail")


@pytest.mark.parametrize("text", ["医院要提高医疗服务收入占比", "Sales Managers", "人力资源总监"])
def test_a_text_naming_no_other_industrys_indicator_is_left_alone(engines, text: str) -> None:
    on, off = engines
    assert _ids(on, text) == _ids(off, text)
