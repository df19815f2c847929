from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kpiguide.text.analysis import Thesaurus, analyze, concepts, normalize, similarity, stem, thesaurus, tokenize


def test_normalize_folds_full_width_case_and_traditional_chinese():
    assert normalize("  應收帳款ＤＳＯ　周轉 ") == "应收账款dso 周转"
    assert normalize("員工離職率") == "员工离职率"
    assert normalize("") == ""


def test_tokenize_gives_chinese_words_plus_bigrams():
    tokens = tokenize("提高回款率")
    assert "回款" in tokens
    assert "款率" in tokens  # a bigram that is not a jieba word


def test_tokenize_can_skip_bigrams():
    assert "款率" not in tokenize("提高回款率", bigrams=False)


def test_tokenize_stems_english_and_drops_stop_words():
    assert tokenize("The deliveries of the orders") == ["delivery", "order"]


def test_tokenize_drops_emoji_punctuation_and_bare_numbers():
    assert tokenize("😀🚀！！ 123 ,,, ") == []
    assert tokenize("KPI😀达成") == ["kpi", "达成"]


@pytest.mark.parametrize(
    ("word", "expected"),
    [("rates", "rate"), ("deliveries", "delivery"), ("shipping", "ship"), ("saas", "saas"), ("analysis", "analysis")],
)
def test_stem_is_light_and_conservative(word, expected):
    assert stem(word) == expected


def test_thesaurus_has_several_hundred_bilingual_groups():
    groups = thesaurus().concepts
    assert len(groups) >= 300
    assert all(g.zh and g.en for g in groups)
    assert len({g.id for g in groups}) == len(groups)


def test_concepts_meet_across_languages():
    assert "collection" in concepts("缩短回款周期")
    assert "collection" in concepts("reduce DSO")
    assert "turnover" in concepts("降低员工离职率")
    assert "turnover" in concepts("cut staff attrition")
    assert "sales_per_area" in concepts("门店坪效")
    assert "sales_per_area" in concepts("sales per square metre")


def test_a_mixed_chinese_latin_term_needs_both_its_parts():
    groups = [
        {"id": "incidents_it", "zh": ["IT事件", "故障"], "en": ["incidents"]},
        {"id": "roi", "zh": ["营销ROI"], "en": []},
    ]
    found = Thesaurus.from_groups(groups)
    ids = lambda text: {cid for cid, _ in found.find(text)}  # noqa: E731
    assert ids("IT事件数") == {"incidents_it"}
    assert ids("ＩＴ 事件") == {"incidents_it"}  # full width and a space: the same term
    assert ids("营销 ROI") == {"roi"}
    assert ids("IT") == set()  # the Latin part alone is not the term (it was: every "IT" meant IT incidents)
    assert ids("事件") == set()  # nor the Chinese part alone
    assert ids("audit事件") == set()  # nor inside a longer Latin word
    assert ids("ROI") == set()


def test_the_built_in_thesaurus_reads_it_alone_as_no_it_concept():
    assert concepts("IT") == ()
    assert "it_cost" in concepts("IT成本")
    assert "it_cost" not in concepts("成本")


def test_similarity_is_one_for_same_text_and_zero_for_unrelated():
    assert similarity("客户满意度", "客户满意度") == 1.0
    assert similarity("客户满意度", "设备停机") == 0.0
    assert similarity("", "anything") == 0.0


def test_similarity_works_across_languages_through_concepts():
    assert similarity("回款率", "collection rate") > 0.3
    assert similarity("员工离职率", "employee turnover rate") > 0.3
    assert similarity("回款率", "collection rate") > similarity("回款率", "employee turnover rate")


def test_similarity_is_symmetric():
    a, b = "提升门店坪效", "increase sales per square metre in stores"
    assert similarity(a, b) == pytest.approx(similarity(b, a))


def test_analyze_handles_a_100kb_document():
    text = "负责门店运营管理，提升坪效和客单价。" * 6000
    result = analyze(text)
    assert "坪效" in result.words
    assert "sales_per_area" in result.concepts


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=200))
def test_text_functions_never_fail_on_any_text(text):
    tokens = tokenize(text)
    assert all(isinstance(t, str) and t for t in tokens)
    assert 0.0 <= similarity(text, "提高客户满意度 customer satisfaction") <= 1.0
    assert normalize(normalize(text)) == normalize(text)
