import datetime as dt
import sys
from pathlib import Path
from types import SimpleNamespace

import pandas as pd
import pytest
import yaml
from hypothesis import given, settings
from hypothesis import strategies as st

from kpiguide.checks.smart import CRITERIA, analyze

TODAY = dt.date(2026, 5, 10)
LABELLED = yaml.safe_load(
    (Path(__file__).resolve().parents[1] / "fixtures" / "smart_labelled.yaml").read_text(encoding="utf-8")
)


def run(text, **kw):
    kw.setdefault("matcher", None)
    kw.setdefault("today", TODAY)
    return analyze(text, **kw)


def fake_assess(p):
    """An achievability engine double returning a fixed probability and bands."""
    calls = []

    def assess(history, target=None, *, direction="higher", horizon=1, lang="en", **kw):
        calls.append({"target": target, "direction": direction, "horizon": horizon})
        return SimpleNamespace(
            p_attain=None if target is None else p,
            bands={"floor": 40.0, "base": 45.0, "stretch": 50.0},
            method="test-double",
            explanation="",
            n_history=len(history),
        )

    assess.calls = calls
    return assess


HISTORY = pd.Series([40.0, 42.0, 41.0, 43.0, 44.0, 42.0], index=[f"2026-0{i}" for i in range(1, 7)])


def test_smart_flags_vague_chinese_goal_without_number():
    r = run("提高客户满意度")
    assert [r.criteria[c].ok for c in ("specific", "measurable", "time_bound")] == [False, False, False]
    assert {"smart.not_specific", "smart.not_measurable", "smart.not_time_bound"} <= {f.code for f in r.findings}
    assert "提高" in r.criteria["specific"].reason
    assert "〔目标值〕" in r.rewrite and "〔截止日期〕" in r.rewrite


def test_precise_chinese_statement_passes_text_criteria():
    r = run("2026年Q4前将首次响应时间缩短至30秒以内")
    assert all(r.criteria[c].ok for c in ("specific", "measurable", "time_bound"))
    assert r.lang == "zh" and "2026年第四季度" in r.rewrite and "30秒" in r.rewrite


def test_english_vague_and_precise():
    assert run("Improve team performance").criteria["specific"].ok is False
    r = run("Increase monthly recurring revenue by 10% by Dec 31")
    assert all(r.criteria[c].ok for c in ("specific", "measurable", "time_bound"))
    assert r.rewrite.startswith("Increase") and "by 10%" in r.rewrite and "31 Dec 2026" in r.rewrite


def test_without_history_achievable_is_unknown_and_says_what_data_is_needed():
    r = run("毛利率提升至32%")
    assert r.criteria["achievable"].ok is None
    finding = next(f for f in r.findings if f.code == "smart.achievability_unknown")
    assert "12" in finding.suggestion_en and "history" in finding.suggestion_en


def test_history_uses_injected_assess_and_reports_probability():
    assess = fake_assess(0.1)
    r = run("Reach an NPS of 45 by the end of 2026", history=HISTORY, assess=assess)
    assert r.criteria["achievable"].ok is False
    assert "10%" in r.criteria["achievable"].reason
    assert assess.calls[0]["target"] == 45 and assess.calls[0]["horizon"] == 6
    assert "smart.target_unlikely" in [f.code for f in r.findings]
    assert "baseline" in r.rewrite


def test_relative_target_is_applied_to_the_baseline():
    assess = fake_assess(0.6)
    r = run("NPS增长10%", history=HISTORY, assess=assess)
    baseline = HISTORY.iloc[-3:].mean()
    assert assess.calls[0]["target"] == pytest.approx(baseline * 1.1)
    assert r.criteria["achievable"].ok is True


def test_missing_target_uses_bands_in_rewrite():
    r = run("提高NPS", history=HISTORY, assess=fake_assess(0.5), lang="en")
    assert r.criteria["achievable"].ok is None
    assert "45" in r.rewrite


def test_relevance_uses_injected_scorer():
    r = run("差旅费用降低10%", objective="提升客户满意度与复购率", relevance=lambda a, b: 0.05)
    assert r.criteria["relevant"].ok is False
    assert "smart.weak_relevance" in [f.code for f in r.findings]
    assert run("会员复购率达到35%", objective="提升复购率", relevance=lambda a, b: 0.8).criteria["relevant"].ok


def test_relevance_scorer_gets_the_sibling_objectives_only_when_it_reads_the_scheme():
    from kpiguide.checks.smart import SchemeRelevance

    seen = []

    class Scorer:  # a SchemeRelevance: scores a pair in its scheme and names the words it used
        def __call__(self, kpi, objective):
            return 0.1

        def score_in_scheme(self, kpi, objective, siblings):
            seen.append(siblings)
            return 0.8, ("复购",)

    scorer = Scorer()
    assert isinstance(scorer, SchemeRelevance) and not isinstance(lambda a, b: 0.8, SchemeRelevance)
    with_scheme = run("会员复购率达到35%", objective="提升复购率", siblings=["降低成本"], relevance=scorer)
    assert with_scheme.criteria["relevant"].ok and "复购" in with_scheme.criteria["relevant"].reason_en
    assert run("会员复购率达到35%", objective="提升复购率", relevance=scorer).criteria["relevant"].ok
    assert seen == [("降低成本",), None]
    plain = run("会员复购率达到35%", objective="提升复购率", siblings=["降低成本"], relevance=lambda a, b: 0.8)
    assert plain.criteria["relevant"].ok  # a two-argument scorer keeps working, without the scheme


def test_relevance_scorer_out_of_range_is_misuse():
    with pytest.raises(ValueError, match="relevance scorer"):
        run("x", objective="y", relevance=lambda a, b: 3.0)


def test_missing_default_engines_are_reported_not_crashing(monkeypatch):
    # A None entry in sys.modules makes `import` raise ImportError, as when an engine is not installed.
    monkeypatch.setitem(sys.modules, "kpiguide.suggest.engine", None)
    monkeypatch.setitem(sys.modules, "kpiguide.achievability", None)
    r = analyze("会员复购率达到35%", objective="提升复购率", history=HISTORY, today=TODAY)
    assert r.criteria["relevant"].ok is None and r.criteria["achievable"].ok is None
    assert "smart.engine_unavailable" in [f.code for f in r.findings]


def test_catalog_match_names_the_indicator_in_the_rewrite():
    indicator = SimpleNamespace(
        id="csat", name=lambda lang: "客户满意度（CSAT）" if lang == "zh" else "CSAT", direction="higher"
    )
    r = run("提高客户满意度", matcher=lambda text: indicator)
    assert "客户满意度（CSAT）" in r.rewrite and r.rewrite_en.startswith("CSAT")


def test_empty_statement_is_an_error_finding():
    r = run("   ")
    assert [f.code for f in r.findings] == ["smart.empty"] and r.findings[0].severity.value == "error"


def test_very_long_statement_warns_and_does_not_crash():
    r = run("提高客户满意度，" * 700)
    assert "smart.too_long" in [f.code for f in r.findings]


@pytest.mark.parametrize(
    "text", ["季度销售额达到1,000.5万元", "Monthly sales of 1.000,5 k EUR", "客单价不低于１２８元"]
)
def test_odd_number_formats_are_measurable(text):
    assert run(text).criteria["measurable"].ok


def test_lang_overrides_reason_language_and_json_shape():
    d = run("提高客户满意度", lang="en").to_dict()
    assert set(d) == {"text", "criteria", "findings", "rewrite"}
    assert set(d["criteria"]) == set(CRITERIA)
    assert d["criteria"]["specific"]["reason"].startswith("uses the vague verb")


def test_non_string_is_misuse():
    with pytest.raises(TypeError, match="as a str"):
        analyze(None)


def test_labelled_set_floor():
    """Agreement with the hand-labelled statements (labels written before tuning)."""
    items = LABELLED["statements"]
    assert len(items) >= 150
    for criterion in ("specific", "measurable", "time_bound"):
        correct = sum(run(x["text"]).criteria[criterion].ok == x[criterion] for x in items)
        assert correct / len(items) >= 0.9, criterion


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=300))
def test_fuzz_analyze_never_crashes(text):
    r = run(text)
    assert set(r.criteria) == set(CRITERIA)


def test_catalog_vocabulary_makes_an_unlisted_object_concrete():
    def vocabulary(text):
        return "人均产值" if "人均产值" in text else None

    assert analyze("下半年人均产值提高8%", matcher=None, vocabulary=vocabulary).criteria["specific"].ok is True
    assert analyze("下半年人均产值提高8%", matcher=None, vocabulary=None).criteria["specific"].ok is False
    assert analyze("提升工作效率", matcher=None, vocabulary=vocabulary).criteria["specific"].ok is False


def test_default_catalog_vocabulary_leaves_generic_nouns_vague():
    assert analyze("Add 500 new paying subscribers every month", matcher=None).criteria["specific"].ok is True
    for text in ("提升工作效率", "改善服务质量", "Improve quality", "Boost productivity"):
        assert analyze(text, matcher=None).criteria["specific"].ok is False, text


@pytest.mark.parametrize(
    "text",
    ["提高客户满意度", "降低员工离职率", "Improve onboarding experience", "2026年Q4前将首次响应时间缩短至30秒以内"],
)
def test_analysing_a_rewrite_again_gives_the_same_rewrite(text):
    first = analyze(text, matcher=None)
    for lang, rewrite in (("zh", first.rewrite_zh), ("en", first.rewrite_en)):
        again = analyze(rewrite, matcher=None, lang=lang)
        assert again.rewrite == rewrite
        assert "〔〔" not in again.rewrite and "[[" not in again.rewrite


def test_placeholders_of_a_rewrite_count_as_unknown():
    result = analyze("〔截止日期〕，〔衡量“客户满意度”的具体指标〕不低于〔目标值〕", matcher=None)
    assert [result.criteria[c].ok for c in ("specific", "measurable", "time_bound")] == [False, False, False]


def test_bound_inside_a_longer_bound_word_takes_the_longer_meaning():
    assert analyze("首次响应时间不超过30秒", matcher=None).details["quantities"][0].bound == "max"
    assert analyze("客户满意度不低于90分", matcher=None).details["quantities"][0].bound == "min"


@pytest.mark.parametrize(
    "text",
    [
        "完成供应商年度审核",
        "9月底前通过客户验收",
        "Pass the annual external audit by March",
        "Achieve SOC 2 certification",
    ],
)
def test_a_verifiable_deliverable_is_specific_and_measurable(text):
    result = run(text)
    assert result.criteria["specific"].ok is True
    assert result.criteria["measurable"].ok is True


@pytest.mark.parametrize("text", ["完成领导交办的各项任务", "Achieve our goals", "加强审核"])
def test_a_deliverable_verb_without_a_concrete_object_is_not_measurable(text):
    assert run(text).criteria["measurable"].ok is False


def test_a_month_deadline_in_english_makes_the_goal_time_bound():
    assert run("Hire 40 sales representatives by June").criteria["time_bound"].ok is True


# -- single criteria, each a rule of the parsed statement ------------------------------------------------
def _parsed(text):
    from kpiguide.checks.lexicon import load_lexicon
    from kpiguide.checks.smart import _parse

    return _parse(text, load_lexicon(), TODAY)


def test_text_criteria_are_listed_rules_in_order():
    from kpiguide.checks.smart import TEXT_CRITERIA

    assert [name for name, _ in TEXT_CRITERIA] == ["specific", "measurable", "time_bound"]


def test_specific_rule_flags_a_generic_noun_alone():
    from kpiguide.checks.smart import _specific

    crit = _specific(_parsed("提高质量"), "en")
    assert crit.ok is False and crit.reason_zh and crit.reason_en


def test_measurable_rule_accepts_a_zero_target():
    from kpiguide.checks.smart import _measurable

    assert _measurable(_parsed("全年安全事故为零"), "zh").ok is True
    assert _measurable(_parsed("Improve team morale"), "en").ok is False


def test_time_bound_rule_reads_a_recurring_frequency_from_the_core_labels():
    from kpiguide.checks.smart import _time_bound

    crit = _time_bound(_parsed("每月客户投诉不超过5件"), "en")
    assert crit.ok is True and "each month" in crit.reason_en and "每月" in crit.reason_zh


def test_failed_criterion_finding_carries_reason_and_rewrite_in_each_language():
    r = run("提高客户满意度")
    finding = next(f for f in r.findings if f.code == "smart.not_measurable")
    assert finding.message_zh.startswith("不可衡量") and finding.message_en.startswith("Not measurable")
    assert r.rewrite_zh in finding.suggestion_zh and r.rewrite_en in finding.suggestion_en


def test_direction_must_be_higher_or_lower():
    from kpiguide.core.errors import InputError

    with pytest.raises(InputError, match="direction must be 'higher', 'lower'"):
        run("NPS达到45", direction="up")
