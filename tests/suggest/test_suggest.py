from __future__ import annotations

import re
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from sklearn.base import clone

from kpiguide.catalog import load_catalog
from kpiguide.core.errors import InputError, NotFittedError
from kpiguide.core.model import Kpi, Role
from kpiguide.suggest.engine import IndicatorSuggester, Suggestion, default_suggester

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "catalog_small.yaml"
CJK = re.compile(r"[\u4e00-\u9fff]")


@pytest.fixture(scope="module")
def catalog():
    return load_catalog(FIXTURE, builtin=False)


@pytest.fixture(scope="module")
def suggester(catalog):
    return IndicatorSuggester().fit(catalog)


def ids(suggestions):
    return [s.indicator.id for s in suggestions]


def kpi(kpi_id, name, indicator=None, formula=""):
    return Kpi(
        kpi_id,
        name,
        "r1",
        None,
        10,
        None,
        "%",
        "higher",
        "financial",
        False,
        "monthly",
        indicator=indicator,
        formula=formula,
    )


# -- estimator contract ------------------------------------------------------------------


def test_suggest_before_fit_raises_not_fitted():
    with pytest.raises(NotFittedError, match="not fitted yet"):
        IndicatorSuggester().suggest("回款")


def test_invalid_top_k_gives_the_sklearn_style_message(catalog):
    message = "The 'top_k' parameter of IndicatorSuggester must be an int in [1, inf). Got 0 instead."
    with pytest.raises(InputError, match=re.escape(message)):
        IndicatorSuggester(top_k=0).fit(catalog)
    with pytest.raises(ValueError, match=re.escape(message)):
        IndicatorSuggester().fit(catalog).suggest("回款", top_k=0)


@pytest.mark.parametrize(
    ("params", "text"),
    [
        ({"diversity": 1.5}, "'diversity' parameter of IndicatorSuggester must be a float in [0, 1]. Got 1.5"),
        ({"use_thesaurus": "yes"}, "'use_thesaurus' parameter of IndicatorSuggester must be a bool. Got 'yes'"),
    ],
)
def test_other_parameters_are_validated_declaratively(catalog, params, text):
    with pytest.raises(InputError, match=re.escape(text)):
        IndicatorSuggester(**params).fit(catalog)


def test_estimator_clones_and_exposes_params(suggester):
    copy = clone(suggester)
    assert copy.get_params() == suggester.get_params()
    assert not hasattr(copy, "index_")
    assert suggester.n_indicators_ == 35


def test_fit_rejects_something_else_than_a_catalog():
    with pytest.raises(TypeError, match="Catalog"):
        IndicatorSuggester().fit(["not", "a", "catalog"])


# -- matching ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("query", "expected"),
    [
        ("加快回款，缩短账期", "finance.days_sales_outstanding"),
        ("reduce DSO and chase overdue receivables", "finance.days_sales_outstanding"),
        ("降低员工离职率", "hr.employee_turnover_rate"),
        ("too many resignations in the team", "hr.employee_turnover_rate"),
        ("提升门店坪效", "retail.sales_per_square_metre"),
        ("sales per square metre", "retail.sales_per_square_metre"),
        ("應收帳款週轉天數", "finance.days_sales_outstanding"),
        ("ＤＳＯ", "finance.days_sales_outstanding"),
        ("客服回复太慢", "customer_service.first_response_time"),
    ],
    ids=["zh", "en", "zh-hr", "en-thesaurus", "zh-retail", "en-retail", "traditional", "full-width", "zh-colloquial"],
)
def test_top_suggestion_for_typical_queries(suggester, query, expected):
    assert ids(suggester.suggest(query))[0] == expected


def test_chinese_query_finds_indicator_through_english_only_terms(catalog):
    # The thesaurus maps 离职 ↔ attrition; without it the Chinese query has no English bridge.
    with_t = IndicatorSuggester().fit(catalog).suggest("人员流失严重", top_k=3)
    assert "hr.employee_turnover_rate" in ids(with_t)


def test_thesaurus_can_be_switched_off(catalog):
    plain = IndicatorSuggester(use_thesaurus=False).fit(catalog)
    assert "hr.employee_turnover_rate" not in ids(plain.suggest("too many resignations", top_k=3))


def test_suggestions_carry_score_and_reasons_in_the_query_language(suggester):
    zh = suggester.suggest("加快回款", top_k=3)
    en = suggester.suggest("faster cash collection", top_k=3)
    assert all(isinstance(s, Suggestion) and 0 < s.score <= 1 for s in zh + en)
    assert all(s.why and all(CJK.search(w) for w in s.why[:1]) for s in zh)
    assert any("职能：财务" in w for w in zh[0].why)
    assert all(not CJK.search(" ".join(w for w in s.why if not w.startswith("related"))) for s in en)
    assert any(w.startswith("function: Finance") for w in en[0].why)


def test_reasons_follow_the_lang_argument(suggester):
    (s,) = suggester.suggest("加快回款", top_k=1, lang="en")
    assert s.why[-1].startswith(("function:", "industry:"))


def test_filters_restrict_the_results(suggester):
    assert {s.indicator.function for s in suggester.suggest("员工培训和离职", function="hr", top_k=5)} == {"hr"}
    retail = suggester.suggest("提升销售", industry="retail", top_k=8)
    assert all({"retail", "general"} & set(s.indicator.industries) for s in retail)
    assert {s.indicator.perspective.value for s in suggester.suggest("客户", perspective="customer")} == {"customer"}


def test_exclude_drops_chosen_indicators(suggester):
    first = ids(suggester.suggest("坪效", top_k=1))[0]
    assert first not in ids(suggester.suggest("坪效", exclude=[first]))


def test_industry_filter_boosts_industry_specific_indicators(suggester):
    plain = suggester.suggest("客户复购和会员", top_k=5)
    retail = suggester.suggest("客户复购和会员", industry="retail", top_k=5)
    assert any("retail" in s.indicator.industries for s in retail)
    assert any("行业：零售与电商" in w for s in retail for w in s.why) or retail == plain


@pytest.mark.parametrize("kind", ["industry", "function", "perspective"])
def test_unknown_filter_ids_raise_a_clear_error_listing_valid_ids(suggester, kind):
    with pytest.raises(InputError, match=rf"(?s)Unknown {kind} .mars.*use one of"):
        suggester.suggest("回款", **{kind: "mars"})


@pytest.mark.parametrize("text", ["", "   \n\t", "😀🚀🎉", "！！！……", "12345"])
def test_empty_or_wordless_text_gives_a_clear_error(suggester, text):
    with pytest.raises(InputError, match="empty|no words"):
        suggester.suggest(text)


def test_a_100kb_pasted_document_is_answered(suggester):
    text = ("岗位职责：负责应收账款管理，跟进客户回款，降低逾期。" * 3000)[:100_000]
    assert ids(suggester.suggest(text, top_k=3))[0] == "finance.days_sales_outstanding"


def test_text_without_any_catalog_word_returns_an_empty_list(suggester):
    assert suggester.suggest("xyzzy plugh") == []


def test_results_are_diverse_for_broad_queries(suggester):
    broad = suggester.suggest("公司战略：提升收入和利润，提高客户满意度，优化流程，培养员工", top_k=5)
    assert len(set(ids(broad))) == 5
    assert len({s.indicator.perspective for s in broad}) >= 3


def test_diversity_zero_ranks_by_score_only(catalog):
    # no role read: with the model, round 19's bridge reads 门店销售 (the small catalog's word table) as a role, whose
    # typical indicators come first whatever their score (bridge_embedding=False keeps this the word-level engine)
    plain = IndicatorSuggester(diversity=0.0, bridge_embedding=False).fit(catalog).suggest("门店销售", top_k=5)
    scores = [s.score for s in plain]
    assert scores == sorted(scores, reverse=True)


# -- roles, relevance, duplicates, matching ---------------------------------------------------


def test_suggest_for_role_covers_every_duty(suggester):
    role = Role("r1", "运营主管", "d1", ("跟进客户回款", "降低员工离职率", "缩短客服首次响应时间"))
    got = ids(suggester.suggest_for_role(role, top_k=3))
    assert set(got) == {
        "finance.days_sales_outstanding",
        "hr.employee_turnover_rate",
        "customer_service.first_response_time",
    }
    first = suggester.suggest_for_role(role, top_k=3)[0]
    assert first.why[0].startswith("对应职责：")


def test_suggest_for_role_accepts_text_with_one_duty_per_line(suggester):
    got = ids(suggester.suggest_for_role("Chase overdue receivables\nReduce staff turnover", top_k=2))
    assert set(got) == {"finance.days_sales_outstanding", "hr.employee_turnover_rate"}


def test_suggest_for_role_without_duties_is_an_error(suggester):
    with pytest.raises(InputError, match="empty"):
        suggester.suggest_for_role([])


def test_relevance_is_higher_for_a_kpi_that_measures_the_objective(suggester):
    good = suggester.relevance("应收账款周转天数", "加快回款，改善现金流")
    bad = suggester.relevance("员工离职率", "加快回款，改善现金流")
    assert 0 <= bad < good <= 1
    assert suggester.relevance("", "加快回款") == 0.0


def test_similar_indicators_finds_near_duplicate_kpis(suggester):
    kpis = [
        kpi("k1", "销售目标达成率"),
        kpi("k2", "销售额目标达成率"),
        kpi("k3", "员工离职率"),
        kpi("k4", "DSO", indicator="finance.days_sales_outstanding"),
        kpi("k5", "回款天数", indicator="finance.days_sales_outstanding"),
    ]
    pairs = {(a.id, b.id): s for a, b, s in suggester.similar_indicators(kpis)}
    assert ("k1", "k2") in pairs
    assert pairs[("k4", "k5")] == 1.0
    assert not any("k3" in pair for pair in pairs)


def test_match_kpi_finds_the_catalog_indicator(suggester):
    assert suggester.match_kpi(kpi("k", "应收账款周转天数")).indicator.id == "finance.days_sales_outstanding"
    linked = suggester.match_kpi(kpi("k", "whatever", indicator="hr.employee_turnover_rate"))
    assert linked.indicator.id == "hr.employee_turnover_rate" and linked.score == 1.0
    assert suggester.match_kpi(kpi("k", "xyzzy")) is None


def test_default_suggester_is_fitted_once_per_process():
    assert default_suggester() is default_suggester()
    assert default_suggester().n_indicators_ == len(load_catalog())


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=120))
def test_suggest_never_fails_unexpectedly(suggester, text):
    try:
        result = suggester.suggest(text)
    except InputError:
        return
    assert all(0 <= s.score <= 1 and s.why for s in result)


def test_customer_satisfaction_query_ranks_csat_first():
    top = [s.indicator.id for s in default_suggester().suggest("顾客满意度评分 Customer satisfaction score", top_k=4)]
    assert top[0] == "customer_service.csat"


def test_pronoun_it_is_not_information_technology(suggester):
    top = [
        s.indicator.function for s in suggester.suggest("Monitor the facility to ensure that it remains safe", top_k=5)
    ]
    assert "it" not in top


def test_bare_job_title_gets_the_functions_core_indicators(suggester):
    for title, function in (("Sales Managers", "sales"), ("人力资源总监", "hr"), ("财务经理", "finance")):
        assert {s.indicator.function for s in suggester.suggest(title, top_k=5)} == {function}, title


def test_generic_duty_verbs_weigh_less_than_the_object(suggester):
    q = suggester._query("Plan, direct, or coordinate the training programs", "en")[0]
    assert q.features["plan"] < q.features["train"]


def test_similar_indicators_does_not_pair_satisfaction_of_different_parties():
    suggester = default_suggester()
    cat = suggester.catalog_
    items = [cat.get("it.it_user_satisfaction"), cat.get("procurement.supplier_satisfaction")]
    assert suggester.similar_indicators(items) == []
    assert suggester.similar_indicators(["员工离职率", "员工离职率（月度）"])


def test_general_indicators_come_first_without_industry_context():
    from kpiguide.suggest.engine import default_suggester

    top = default_suggester().suggest("提高客户满意度", top_k=1)[0]
    assert "general" in top.indicator.industries


@pytest.mark.parametrize(
    "text",
    [
        "Customer service agent: answers customer calls and resolves complaints",
        "Recruiter: sources candidates, schedules interviews and onboards new hires",
        "人力资源专员：负责员工招聘和培训组织",
        "销售部：公司战略目标是提高市场份额",
    ],
)
def test_the_first_places_do_not_depend_on_how_many_are_asked_for(text):
    # a role's typical KPIs are pinned and one place is kept for a duty match; that place used to move with top_k,
    # so a list of 5 was not the first 5 of the list of 10 the quality benchmark scores (the first two texts)
    engine = default_suggester()
    ten = ids(engine.suggest(text, top_k=10))
    for k in (1, 3, 5, 8):
        assert ids(engine.suggest(text, top_k=k)) == ten[:k]
    assert ids(engine.suggest(text, top_k=20))[:10] == ten
