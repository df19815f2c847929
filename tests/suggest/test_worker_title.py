"""Issue 12 round 40: a Chinese worker's bare job title ending in 工 (电线电缆制造工) in which no role is read by its
words is read as the general production operator, with no strategy area (``IndicatorSuggester(worker_title=True)``);
on by default since its judged run (benchmarks/suggest_worker_title.py: the rule passed), and off the engine is round
38's exactly."""

from __future__ import annotations

import pytest

from benchmarks.suggest_worker_title import verdict
from kpiguide.catalog import load_catalog
from kpiguide.suggest.engine import IndicatorSuggester
from tests.suggest._switch import off_and_on


@pytest.fixture(scope="module")
def engines() -> tuple[IndicatorSuggester, IndicatorSuggester]:
    return off_and_on("worker_title")


def test_the_switch_is_a_bool_and_on_by_default() -> None:
    assert IndicatorSuggester().get_params()["worker_title"] is True  # round 40's rule passed
    with pytest.raises(Exception):  # a bool only
        IndicatorSuggester(worker_title="yes").fit(load_catalog())


def test_a_worker_title_read_as_nothing_is_read_as_the_production_operator(engines) -> None:
    off, on = engines
    text = "电线电缆制造工"  # a strategy area (manufacturing cost) read off; the operator on
    assert not any(m.surface for m in off.context(text).roles)
    read = on.context(text)
    assert read.roles[0].role.id == "pd_operator" and not read.roles[0].surface and read.strategies == ()
    assert "production.first_pass_yield" in [s.indicator.id for s in on.suggest(text)]


def test_other_texts_are_untouched(engines) -> None:
    off, on = engines
    for text in (
        "缝纫工",  # a role named by its title
        "一线员工",  # staff: names no trade
        "患者打医院服务热线时都能接通人工",  # a statement, not a bare title
        "公司战略是降低制造成本，生产部",
        "负责焊接工作，保证焊缝质量",
        "Machine operator",
    ):
        assert off.context(text) == on.context(text)
        assert [s.indicator.id for s in off.suggest(text)] == [s.indicator.id for s in on.suggest(text)]


def test_the_verdict_reads_the_primary_figure_and_the_tolerance() -> None:
    def halves(zh: tuple[float, float, float], en: tuple[float, float, float]) -> dict:
        keys = ("function_hit5", "id_hit5", "id_ndcg10")
        return {"pooled": {"B": {"zh": dict(zip(keys, zh)), "en": dict(zip(keys, en))}}}

    off = halves((0.92, 0.767, 0.474), (0.92, 0.78, 0.478))
    assert verdict(off, halves((0.92, 0.7683, 0.472), (0.92, 0.78, 0.478)))[0]  # nDCG -0.002: within
    assert not verdict(off, halves((0.92, 0.767, 0.474), (0.92, 0.78, 0.478)))[0]  # primary not higher
    assert not verdict(off, halves((0.915, 0.78, 0.474), (0.92, 0.78, 0.478)))[0]  # zh function -0.005 > 2/759
    assert not verdict(off, halves((0.92, 0.78, 0.47), (0.92, 0.78, 0.478)))[0]  # nDCG -0.004 > 0.003
