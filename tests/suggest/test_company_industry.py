"""Issue 12 round 44: a Chinese text that states a goal and names no industry by the taxonomy's words reads the
industry of the organisation it names at its start (``IndicatorSuggester(company_industry=...)``; off by default
until its rule holds, benchmarks/suggest_company_industry.py; False is round 43's engine). The motorcycle factory and the housing developer
are fresh35A's strategies (benchmarks/results/suggest_round43_misses.md, class b)."""

from __future__ import annotations

import pytest

from kpiguide.catalog import load_catalog
from kpiguide.core.errors import InputError
from kpiguide.suggest.engine import IndicatorSuggester
from tests.suggest._switch import listed_ids as _ids
from tests.suggest._switch import off_and_on

MOTORCYCLES = "电动摩托车厂卖出的车，每千辆在保修期内报修的故障数减少一半"
HOUSING = "住宅开发公司已经拿到手的可开发土地，始终够未来二十个月开工使用"


@pytest.fixture(scope="module")
def engines() -> tuple[IndicatorSuggester, IndicatorSuggester]:
    return off_and_on("company_industry")


def test_the_switch_is_a_bool_and_off_by_default() -> None:
    assert IndicatorSuggester().company_industry is False
    with pytest.raises(InputError):
        IndicatorSuggester(company_industry=1).fit(load_catalog())  # type: ignore[arg-type]


def test_a_factory_reads_manufacturing_and_its_own_measure_is_offered(engines) -> None:
    off, on = engines
    assert off.context(MOTORCYCLES).industries == frozenset()
    assert on.context(MOTORCYCLES).industries == frozenset({"manufacturing"})
    assert "manufacturing.faults_per_thousand_vehicles" not in _ids(off, MOTORCYCLES, 5)
    assert "manufacturing.faults_per_thousand_vehicles" in _ids(on, MOTORCYCLES, 5)


def test_a_company_reads_the_one_industry_its_words_name(engines) -> None:
    off, on = engines
    assert off.context(HOUSING).industries == frozenset()
    assert on.context(HOUSING).industries == frozenset({"construction"})


@pytest.mark.parametrize(
    "text",
    [
        "公司战略是提高客户满意度",  # a company of no named kind: no industry
        "家具厂的仓库管理员",  # a factory named, but no goal stated
        "医院的门诊患者等待时间缩短",  # names its industry by the taxonomy's words already
        "The motorcycle plant halves warranty faults",  # English is untouched
    ],
)
def test_texts_naming_no_kind_of_company_no_goal_an_industry_or_in_english_are_the_same(engines, text: str) -> None:
    off, on = engines
    assert _ids(off, text, 10) == _ids(on, text, 10)
