"""Issue 12 round 39: a Chinese text naming a job by its name without the 师 the library's name ends in (健康管理 of
健康管理师) is read as that job when its words fit the job's duties (``IndicatorSuggester(job_stem=True)``); off by
default until judged, and off the engine is round 38's exactly."""

from __future__ import annotations

import pytest

from benchmarks.suggest_job_stem import verdict
from kpiguide.catalog import load_catalog
from kpiguide.catalog.roles import load_roles
from kpiguide.suggest.engine import IndicatorSuggester, job_stems


def test_the_switch_is_a_bool() -> None:
    assert IndicatorSuggester().get_params()["job_stem"] in (False, True)
    with pytest.raises(Exception):  # a bool only
        IndicatorSuggester(job_stem="yes").fit(load_catalog())


def test_the_stems_are_long_unshared_names_without_their_shi() -> None:
    stems = job_stems(load_roles())
    assert stems["健康管理"].id == "hc_health_manager" and stems["心理咨询"].id == "hc_psychologist"
    assert all(len(s) >= 4 and not s.endswith(("老", "技", "医")) for s in stems)
    names = {n for r in load_roles() for n in r.names("zh")}
    assert not any(s in names for s in stems)  # a role's own name is read as named, not as a stem


def test_a_stem_whose_duties_fit_reads_the_job_and_a_mentioned_method_does_not() -> None:
    catalog = load_catalog()
    off, on = IndicatorSuggester(job_stem=False).fit(catalog), IndicatorSuggester(job_stem=True).fit(catalog)
    text = "为社区居民建立健康管理档案并定期随访"  # nothing read off; the health manager's job on
    assert off.context(text).roles == ()
    read = on.context(text).roles[0]
    assert read.role.id == "hc_health_manager" and not read.surface and read.similarity is None
    assert [s.indicator.id for s in off.suggest(text)] != [s.indicator.id for s in on.suggest(text)]
    for text in (
        "采用数据分析、创意策划等方式从事信息传播工作",  # 数据分析 is a method here: the data scientist's duties do not fit
        "公司战略是提升员工健康管理水平",  # a stated strategy
        "心理咨询师",  # named by its title
        "Sales department: raise market share",
        "HR专员",
    ):
        assert off.context(text) == on.context(text)
        assert [s.indicator.id for s in off.suggest(text)] == [s.indicator.id for s in on.suggest(text)]


def test_the_verdict_reads_the_primary_figure_and_the_tolerance() -> None:
    def halves(zh: tuple[float, float, float], en: tuple[float, float, float]) -> dict:
        keys = ("function_hit5", "id_hit5", "id_ndcg10")
        return {"pooled": {"B": {"zh": dict(zip(keys, zh)), "en": dict(zip(keys, en))}}}

    off = halves((0.93, 0.771, 0.48), (0.92, 0.78, 0.482))
    assert verdict(off, halves((0.93, 0.7724, 0.478), (0.92, 0.78, 0.482)))[0]  # nDCG -0.002: within
    assert not verdict(off, halves((0.93, 0.771, 0.48), (0.92, 0.78, 0.482)))[0]  # primary not higher
    assert not verdict(off, halves((0.925, 0.78, 0.48), (0.92, 0.78, 0.482)))[0]  # zh function -0.005 > 2/730
    assert not verdict(off, halves((0.93, 0.78, 0.476), (0.92, 0.78, 0.482)))[0]  # nDCG -0.004 > 0.003
