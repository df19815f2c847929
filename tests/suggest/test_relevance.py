from __future__ import annotations

import numpy as np
import pytest

from kpiguide.suggest.engine import default_suggester
from kpiguide.suggest.relevance import LINKED_WEIGHT, RelevanceLink, TemplateGraph, knowledge_link

TEMPLATES = [
    {
        "id": "f_cash",
        "text_zh": "改善经营性现金流",
        "text_en": "Improve operating cash flow",
        "keywords_zh": ["现金流"],
        "keywords_en": ["cash flow"],
        "indicators": ["dso"],
        "drives": [],
    },
    {
        "id": "p_collect",
        "text_zh": "加快应收账款回收",
        "text_en": "Collect receivables faster",
        "keywords_zh": ["回款"],
        "keywords_en": ["collections"],
        "indicators": ["collection_rate"],
        "drives": ["f_cash"],
    },
    {
        "id": "l_people",
        "text_zh": "留住核心人才",
        "text_en": "Keep key talent",
        "keywords_zh": ["离职"],
        "keywords_en": ["attrition"],
        "indicators": ["turnover"],
        "drives": [],
    },
]
IDS = ["dso", "collection_rate", "turnover"]
POSITIONS = {i: n for n, i in enumerate(IDS)}


def no_similarity(i, rows):
    return 0.0


@pytest.fixture(scope="module")
def graph():
    return TemplateGraph.build(TEMPLATES, POSITIONS)


def test_template_graph_links_causes_and_effects_both_ways(graph):
    assert graph.neighbours[0] == frozenset({1})
    assert graph.neighbours[1] == frozenset({0})
    assert graph.neighbours[2] == frozenset()
    assert graph.members[1] == frozenset({1})


def test_templates_sharing_an_indicator_are_linked():
    shared = [dict(TEMPLATES[0]), dict(TEMPLATES[2], indicators=["turnover", "dso"])]
    g = TemplateGraph.build(shared, POSITIONS)
    assert g.neighbours[0] == frozenset({1})


def test_an_indicator_that_measures_the_objective_template_scores_fully(graph):
    scores = np.array([0.5, 0.0, 0.0])
    link = knowledge_link(scores, "DSO", "改善经营性现金流", graph, IDS, no_similarity)
    assert link.kind == "measures"
    assert (link.indicator, link.template) == ("dso", "f_cash")
    assert link.score == pytest.approx(1.0)


def test_an_indicator_of_a_linked_template_scores_the_link_weight(graph):
    scores = np.array([0.0, 0.5, 0.0])
    link = knowledge_link(scores, "回款率", "Improve operating cash flow", graph, IDS, no_similarity)
    assert link.kind == "linked"
    assert (link.template, link.via) == ("f_cash", "p_collect")
    assert link.score == pytest.approx(LINKED_WEIGHT)


def test_an_unrelated_indicator_has_no_link(graph):
    scores = np.array([0.0, 0.0, 0.5])
    link = knowledge_link(scores, "员工离职率", "改善经营性现金流", graph, IDS, no_similarity)
    assert link.score == 0.0


def test_a_weak_indicator_match_lowers_the_link(graph):
    strong = knowledge_link(np.array([0.5, 0.0, 0.0]), "x", "cash flow", graph, IDS, no_similarity)
    weak = knowledge_link(np.array([0.12, 0.0, 0.0]), "x", "cash flow", graph, IDS, no_similarity)
    assert 0 < weak.score < strong.score


def test_an_objective_that_matches_no_template_has_no_link(graph):
    link = knowledge_link(np.array([0.5, 0.5, 0.5]), "DSO", "Publish more blog posts", graph, IDS, no_similarity)
    assert link == RelevanceLink(0.0, "none")


def test_a_similar_indicator_counts_by_its_similarity(graph):
    link = knowledge_link(np.array([0.0, 0.0, 0.5]), "x", "Keep key talent", graph, IDS, lambda i, rows: 0.0)
    assert link.kind == "measures"
    other = knowledge_link(np.array([0.0, 0.0, 0.5]), "x", "现金流", graph, IDS, lambda i, rows: 0.5)
    assert other.kind == "similar"
    assert other.score == pytest.approx(0.5)


def test_link_to_dict_is_json_ready():
    assert RelevanceLink(0.123456, "linked", "a", "b", "c").to_dict() == {
        "score": 0.1235,
        "kind": "linked",
        "indicator": "a",
        "template": "b",
        "via": "c",
    }


# -- with the built-in catalog --------------------------------------------------------------------


def test_relevance_uses_the_catalog_link_from_collection_rate_to_cash_flow():
    s = default_suggester()
    link = s.relevance_link("回款率不低于95%", "改善经营性现金流")
    assert link.kind in {"measures", "linked"}
    assert s.relevance("回款率不低于95%", "改善经营性现金流") >= 0.3
    assert s.relevance("员工培训覆盖率达到100%", "改善经营性现金流") < 0.3


def test_relevance_links_english_kpis_to_objectives_in_other_words():
    s = default_suggester()
    assert s.relevance("Reduce DSO to 45 days", "Generate more cash from operations") >= 0.3
    assert s.relevance("Hold two town-hall meetings per quarter", "Generate more cash from operations") < 0.3


def test_relevance_link_of_empty_text_is_none():
    assert default_suggester().relevance_link("", "改善现金流").kind == "none"


# -- LinkedRelevance: the function that owns the objective ------------------------------------------


@pytest.fixture(scope="module")
def linked():
    from kpiguide.checks.smart import _default_relevance

    return _default_relevance()


def test_an_indicator_of_the_function_the_objective_names_serves_it(linked):
    link = linked.explain("Average handle time under 5 minutes", "Make customer service more efficient")
    assert link.kind == "function"
    assert link.indicator == "customer_service.average_handle_time"
    assert linked.score("Average handle time under 5 minutes", "Make customer service more efficient") >= 0.3


def test_a_template_only_near_the_stated_one_does_not_lend_its_owner(linked):
    # 提升客户满意度 also half-matches "internal customer satisfaction" (owned by administration):
    # a travel-cost KPI of administration must not serve it through that template
    assert linked.score("差旅费用降低10%", "提升客户满意度") < 0.3
    assert linked.score("食堂满意度达到90%", "提高市场份额") < 0.3


def test_short_function_words_are_not_read_as_a_function_in_an_objective(linked):
    from kpiguide.suggest.relevance import _named_functions

    assert _named_functions(linked.suggester, "Make it easy for customers to get help") == []
    assert _named_functions(linked.suggester, "Make customer service more efficient") == ["customer_service"]
    assert _named_functions(linked.suggester, "提高财务工作效率") == ["finance"]


def test_function_weight_zero_turns_the_function_link_off(linked):
    from kpiguide.suggest.relevance import LinkedRelevance

    off = LinkedRelevance(linked.suggester, linked.linker, function_weight=0.0)
    text, objective = "Average handle time under 5 minutes", "Make customer service more efficient"
    assert off.explain(text, objective).kind != "function"
    assert off.score(text, objective) < linked.score(text, objective)


# -- LinkedRelevance: a KPI of a function without a stake in the objective ---------------------------


def test_a_known_indicator_of_a_function_without_a_stake_gets_no_credit_for_shared_words(linked):
    # 员工离职率 (HR) shares 流失/离职 words with churn objectives, but customer churn belongs to sales and service
    text, objective = "一线员工流失率低于12%", "降低客户流失率"
    assert linked.foreign(text, objective)
    assert linked.score(text, objective) < 0.3
    assert linked.score("客户流失率降至5%", objective) >= 0.3


def test_foreign_needs_a_confident_indicator_and_a_stated_template(linked):
    from kpiguide.suggest.relevance import LinkedRelevance

    text, objective = "一线员工流失率低于12%", "降低客户流失率"
    off = LinkedRelevance(linked.suggester, linked.linker, foreign_confidence=2.0)
    assert not off.foreign(text, objective)
    assert off.score(text, objective) >= linked.score(text, objective)
    assert not linked.suggester.template_graph_.match("Zorblax quux")
    assert not linked.foreign(text, "Zorblax quux")  # states no template: nobody's objective


def test_a_kpi_whose_own_words_name_the_template_must_be_able_to_belong_to_it(linked):
    # the KPI text names "reduce customer churn", but its indicator is an HR one: the template route is closed
    link = linked.explain("一线员工流失率低于12%", "降低客户流失率")
    assert link.kind != "template"


@pytest.mark.parametrize(
    ("kpi", "objective"),
    [
        ("单位产品能耗同比下降6%", "2030年前实现碳中和"),
        ("Energy consumption per unit down 6%", "Become a net-zero business by 2035"),
        ("高危漏洞按期修复率达到95%", "防范网络攻击"),
        ("Recruitment plan achievement of 90%", "Secure the talent the new plants need"),
        ("采购周期缩短至5天", "提升采购时效"),
    ],
    ids=["carbon-neutral-zh", "net-zero-en", "cyber-attacks-zh", "talent-supply-en", "procurement-speed-zh"],
)
def test_strategy_words_of_templates_link_driver_kpis(linked, kpi, objective):
    assert linked.score(kpi, objective) >= 0.3, linked.explain(kpi, objective)


def test_an_indicator_measuring_another_template_does_not_borrow_its_functions_stake(linked):
    # IT owns a template linked to customer satisfaction, but IT user satisfaction measures internal service
    assert linked.foreign("IT helpdesk satisfaction score of 4.6", "Improve customer satisfaction")
    assert linked.score("IT helpdesk satisfaction score of 4.6", "Improve customer satisfaction") < 0.3


def test_an_incoming_quality_kpi_serves_a_product_quality_objective(linked):
    # supplier quality drives product quality directly (the linking helper's case, issue 12 round 7)
    assert linked.score("来料检验合格率达到99%", "提升产品质量") >= 0.3
    assert linked.score("Incoming inspection pass rate of 99%", "Improve product quality") >= 0.3
    # but not an unrelated objective
    assert linked.score("来料检验合格率达到99%", "提高员工满意度") < 0.3


def test_a_kpi_the_linker_does_not_place_is_read_as_its_closest_indicator(linked):
    from kpiguide.suggest.relevance import LinkedRelevance

    kpi = "Close the monthly books within 4 working days"
    assert linked._indicator_of(kpi, None) == (None, 0.0)  # the linker leaves it unplaced
    off = LinkedRelevance(linked.suggester, linked.linker, unlinked_confidence=0)
    # re-pinned in round 48: the reading links the KPI through the department link (finance's indicator, an
    # objective naming finance), which round 48's lever (function_text, on at 0.05) counts only with a word of text
    # evidence; this pair's text relevance is under 0.05, so the reading is shown with that lever off
    reading = LinkedRelevance(linked.suggester, linked.linker, function_text=None)
    assert off.score(kpi, "Make finance faster") < 0.3 <= reading.score(kpi, "Make finance faster")
    assert linked.score(kpi, "Make finance faster") < 0.3  # the default since round 48
    assert linked.score(kpi, "Improve employee engagement") < 0.3
    assert not linked.foreign(kpi, "Improve employee engagement")  # the reading never makes a KPI foreign


def test_each_clause_of_an_objective_states_its_own_template() -> None:
    # issue 12 round 8 (S4): 优化办公资源管理，降低运营成本 states asset management as well as cost reduction
    from kpiguide.suggest.engine import default_suggester

    graph = default_suggester().template_graph_
    text = "优化办公资源管理，降低运营成本"
    whole = {graph.ids[k] for k, _ in graph.match(text)}
    both = {graph.ids[k] for k, _ in graph.match_objective(text)}
    assert whole < both
    assert both >= {graph.ids[k] for k, _ in graph.match("优化办公资源管理")}
    # "and" inside one clause does not split it: "more reliable" alone is not a second objective
    assert graph.match_objective("Make finance faster and more reliable") == sorted(
        graph.match("Make finance faster and more reliable"), key=lambda kc: -kc[1]
    )


# -- LinkedRelevance.components: the evidence score combines (issue 12 round 9, the learned-combination study) ------


@pytest.mark.parametrize(
    ("kpi", "objective"),
    [
        ("Average handle time under 5 minutes", "Make customer service more efficient"),
        ("一线员工流失率低于12%", "降低客户流失率"),
        ("客户流失率降至5%", "降低客户流失率"),
        ("Zorblax quux", "提升客户满意度"),
    ],
)
def test_the_components_reproduce_the_score(linked, kpi, objective):
    from kpiguide.suggest.relevance import COMPONENTS

    comp = linked.components(kpi, objective)
    assert tuple(comp) == COMPONENTS
    link = max(comp[k] for k in ("knowledge", "objective_indicator", "drives", "function"))
    text = comp["text"] * (1.0 - comp["foreign"])
    assert linked.score(kpi, objective) == pytest.approx(max(link, text))


def test_the_components_name_the_foreign_flag_the_function_and_the_language(linked):
    foreign = linked.components("一线员工流失率低于12%", "降低客户流失率")
    assert foreign["foreign"] == 1.0 and foreign["placed"] == 1.0 and foreign["zh"] == 1.0
    named = linked.components("Average handle time under 5 minutes", "Make customer service more efficient")
    assert named["named"] == 1.0 and named["foreign"] == 0.0 and named["zh"] == 0.0
    assert named["function"] > 0 and 0 < named["confidence"] <= 1
    assert set(linked.components("", "降低客户流失率").values()) == {0.0}


def test_an_unplaced_kpi_is_also_read_among_the_indicators_of_the_objectives_owners(linked):
    # issue 12 round 10: the index's closest indicator of 新员工流失率 is a production one (frontline attrition); under
    # a workplace objective, owned by HR, the KPI is read among HR's indicators too (new-hire turnover).
    # Re-pinned in round 52: under round 52's lever (objective_words, on at 0.3 since its judged run) this objective is
    # read by too few of its words the templates know to state a template, so it has no owners and no owner reading;
    # the mechanism is pinned on an engine with that lever off (objective_words=None), the old default
    from kpiguide.suggest.relevance import LinkedRelevance

    kpi, objective = "将新员工的流失率从20%降低到5%", "创造世界上最好的工作场所"
    assert not linked.objective_known(objective) and linked._owner_reading(kpi, objective) == (None, 0.0)
    linked = LinkedRelevance(linked.suggester, linked.linker, objective_words=None)
    assert linked._indicator_of(kpi, None) == (None, 0.0)  # the linker leaves it unplaced
    owner, _ = linked._owner_reading(kpi, objective)
    closest, _ = linked._closest_indicator(kpi)
    catalog = linked.suggester.catalog_
    assert catalog.get(owner).function == "hr" != catalog.get(closest).function
    off = LinkedRelevance(linked.suggester, linked.linker, owner_confidence=0, objective_words=None)
    assert linked.explain(kpi, objective).indicator == owner != off.explain(kpi, objective).indicator
    assert linked.explain(kpi, objective).score > off.explain(kpi, objective).score
    assert not linked.foreign(kpi, objective)  # the reading never makes a KPI foreign
    assert linked.components(kpi, objective)["knowledge"] == pytest.approx(linked.explain(kpi, objective).score)


# -- round 11: frame words and shared object words ----------------------------------------------------


def test_frame_words_are_read_out_of_an_objective():
    from kpiguide.suggest.relevance import without_frame_words

    assert "体系" not in without_frame_words("构建客户生命周期管理体系")
    assert "客户生命周期管理" in without_frame_words("构建客户生命周期管理体系")
    assert "process" not in without_frame_words("Make the checkout process faster")
    assert without_frame_words("体系") == "体系"  # nothing else left: the text itself


def test_a_template_matched_by_a_frame_word_alone_is_not_the_objectives(linked):
    graph = linked.suggester.template_graph_
    stated = [graph.ids[k] for k, _ in graph.match_objective("构建客户生命周期管理体系")]
    assert "p_quality_system" not in stated  # 体系 alone named it
    assert "p_quality_system" in [graph.ids[k] for k, _ in graph.match_objective("建立质量管理体系")]


def test_object_words_are_what_both_texts_are_about_not_how_they_say_it(linked):
    assert linked.shared_objects("Cut checkout page errors by half", "A smoother checkout for mobile shoppers") == [
        "checkout"
    ]
    assert linked.shared_objects("会员续费率达到60%", "提升会员续费") == ["续费率"]
    # direction words, common measure words and frame words are no object
    assert linked.shared_objects("Reduce cost per hire by 10%", "Reduce delays in shipping") == []
    assert linked.shared_objects("Reduce process time", "Make every process faster") == []


def test_a_kpi_sharing_its_object_word_with_some_text_relevance_counts(linked, monkeypatch):
    import kpiguide.suggest.relevance as relevance

    kpi, objective = "Cut checkout page errors by half", "A smoother checkout for mobile shoppers"
    text = linked.suggester.relevance(kpi, objective)
    assert relevance.OBJECT_TEXT <= text < relevance.OBJECT_SCORE
    assert linked.score(kpi, objective) >= relevance.OBJECT_SCORE
    monkeypatch.setattr(relevance, "OBJECT_TEXT", 1.01)  # the rule off: the text relevance alone
    assert linked.score(kpi, objective) < relevance.OBJECT_SCORE


def test_the_objectives_own_object_outside_the_catalog_is_read(linked):
    # a product word no catalog indicator carries is invisible to the text view (round 22; round 23's sibling rule
    # counts it)
    kpi, objective = "Kafka consumer lag under 5 seconds in March", "Make our Kafka pipeline dependable"
    assert linked.outside_objects(kpi, objective) == ["kafka"]
    assert linked.outside_objects("Q3 第四季度 2 releases", "第四季度 Q3 2 plan") == []  # counts, ordinals
    assert linked.outside_objects("Ship in March", "Launch on March 4") == []  # calendar words


def test_the_objectives_own_object_counts_only_when_no_sibling_objective_carries_it(linked):
    # round 23 lever: a product word shared by two objectives of one scheme singles neither out
    from kpiguide.suggest.relevance import SIBLING_OBJECT_DEFAULT, LinkedRelevance

    kpi, objective = "Ship the Pulsar connector", "Pulsar everywhere"
    on = LinkedRelevance(linked.suggester, linked.linker, sibling_object=True)
    old = linked.score(kpi, objective)
    assert old < 0.3
    assert on.own_objects(kpi, objective, ["Hire two data engineers"]) == ["pulsar"]
    assert on.own_objects(kpi, objective, ["Move Pulsar to the cloud"]) == []  # a sibling carries it: no credit
    assert on.score(kpi, objective, siblings=["Hire two data engineers"]) >= 0.3
    assert on.score(kpi, objective, siblings=()) >= 0.3  # a scheme with this objective alone
    assert on.score(kpi, objective, siblings=["Move Pulsar to the cloud"]) == old
    assert on.score(kpi, objective) == old and on(kpi, objective) == old  # no siblings: the old behaviour
    assert on(kpi, objective, siblings=["Hire two data engineers"]) >= 0.3
    assert SIBLING_OBJECT_DEFAULT is True and linked.sibling_object is True  # judged in round 23 and passed: on
    off = LinkedRelevance(linked.suggester, linked.linker, sibling_object=False)
    assert off.score(kpi, objective, siblings=["Hire two data engineers"]) == old
    assert on.own_object_words(kpi, objective, ["Hire two data engineers"]) == ["pulsar"]
    assert on.own_object_words(kpi, objective, None) == [] and off.own_object_words(kpi, objective, []) == []
    # one call gives the score with the words it used (the SMART check's why)
    from kpiguide.checks.smart import SchemeRelevance

    assert isinstance(on, SchemeRelevance)
    assert on.score_in_scheme(kpi, objective, ["Hire two data engineers"]) == (
        on.score(kpi, objective, siblings=["Hire two data engineers"]),
        ("pulsar",),
    )
    assert on.score_in_scheme(kpi, objective, None) == (old, ())


def test_the_smart_check_names_the_objectives_own_object_in_both_languages():
    from kpiguide.checks.smart import analyze

    kpi, objective = "Ship the Pulsar connector", "Pulsar everywhere"
    result = analyze(kpi, objective=objective, siblings=["Hire two data engineers"], matcher=None)
    relevant = result.criteria["relevant"]
    assert relevant.ok
    assert "目标本身的对象 pulsar" in relevant.reason_zh
    assert "the objective's own object pulsar" in relevant.reason_en
    carried = analyze(kpi, objective=objective, siblings=["Move Pulsar to the cloud"], matcher=None)
    assert not carried.criteria["relevant"].ok  # a sibling objective carries the word: no credit
    assert not analyze(kpi, objective=objective, matcher=None).criteria["relevant"].ok  # no scheme: as before


def test_an_unplaced_kpi_about_one_clause_of_a_long_objective_is_read_against_that_clause(linked):
    # round 32 lever (judged on the halves B and passed, so on by default at 0.85): the text relevance of a KPI the
    # linker does not place is at least S x its direct word similarity with the closest clause of the objective; an
    # objective of one clause adds nothing
    from kpiguide.suggest.relevance import (
        CLAUSE_TEXT_DEFAULT,
        CLAUSE_TEXT_SCALES,
        LinkedRelevance,
        objective_clauses,
    )

    assert tuple(sorted(CLAUSE_TEXT_SCALES)) == CLAUSE_TEXT_SCALES
    kpi = "病虫害预报准确率"  # written for this test, as the objectives below
    objective = "完善苗圃基础设施;做好病虫害预报和防治工作;开展护林员岗位培训。"
    assert len(objective_clauses(objective)) == 3
    assert linked._indicator_of(kpi, None)[0] is None  # unplaced
    suggester = linked.suggester
    clause = linked.clause_relevance(kpi, objective)
    assert clause == pytest.approx(suggester.direct_relevance(kpi, "做好病虫害预报和防治工作"))
    assert clause > suggester.direct_relevance(kpi, objective)  # the long objective dilutes the whole-text similarity
    on = LinkedRelevance(suggester, linked.linker, clause_text=max(CLAUSE_TEXT_SCALES))
    low = LinkedRelevance(suggester, linked.linker, clause_text=min(CLAUSE_TEXT_SCALES))
    off = LinkedRelevance(suggester, linked.linker, clause_text=None)
    assert on.score(kpi, objective) >= max(CLAUSE_TEXT_SCALES) * clause > off.score(kpi, objective)
    assert on.score(kpi, objective) >= low.score(kpi, objective) >= min(CLAUSE_TEXT_SCALES) * clause
    assert linked.clause_text == CLAUSE_TEXT_DEFAULT == 0.85 and CLAUSE_TEXT_DEFAULT in CLAUSE_TEXT_SCALES
    assert linked.score(kpi, objective) >= 0.85 * clause > off.score(kpi, objective)
    # an objective of one clause adds nothing; a KPI the linker places is left to its indicator
    assert on.clause_relevance(kpi, "做好病虫害预报和防治工作") == 0.0
    english = "Repair the harbour wall; keep the lighthouse lamp lit; train the crew"
    assert on.score("Lighthouse lamp outages", english) > off.score("Lighthouse lamp outages", english)
    kpi_placed, goal = "Share of repeat customers", "More repeat customers, fewer complaints"
    assert on._indicator_of(kpi_placed, None)[0] is not None
    assert on.score(kpi_placed, goal) == off.score(kpi_placed, goal)


def test_an_unplaced_kpis_department_link_does_not_count_when_another_objective_of_the_scheme_fits_it_better(linked):
    # round 39 lever: a relevant verdict of an unplaced KPI resting on the function link does not count when the KPI
    # scores at least M higher for another objective of its scheme; texts written for this test. Re-pinned after its
    # judged run passed (on by default at 0.1 since then; it was off, None, when this test was written): the engine's
    # default is compared with an explicitly switched-off one, and the margin pinned at 0.1
    from kpiguide.suggest.relevance import FUNCTION_HOME_DEFAULT, FUNCTION_HOME_MARGINS, LinkedRelevance

    assert FUNCTION_HOME_DEFAULT == 0.1 == linked.function_home and FUNCTION_HOME_DEFAULT in FUNCTION_HOME_MARGINS
    assert tuple(sorted(FUNCTION_HOME_MARGINS)) == FUNCTION_HOME_MARGINS
    kpi, objective = "页面加载时长", "把开发工作外包出去"
    better, worse = ["降低页面加载时长，网站打开更快"], ["Hire two data engineers"]
    # re-pinned in round 48: this pair's text relevance is under round 48's floor (function_text, on at 0.05), which
    # drops the department link by itself, so round 39's engines are built with that lever off
    off_engine = LinkedRelevance(linked.suggester, linked.linker, function_home=None, function_text=None)
    placed = off_engine._indicator_of(kpi, None)
    assert placed[0] is None  # unplaced
    link = off_engine._explain(kpi, objective, placed, None)
    assert link.kind == "function" and link.score >= 0.3  # the verdict rests on the department link
    on = LinkedRelevance(linked.suggester, linked.linker, function_home=max(FUNCTION_HOME_MARGINS), function_text=None)
    off = off_engine.score(kpi, objective, siblings=better)
    assert on.score(kpi, objective, siblings=better) < 0.3 <= off
    without = off_engine._base_score(kpi, objective, placed, None, function_link=False)[0]
    assert on.score(kpi, objective, siblings=better) == pytest.approx(without)
    assert linked.score(kpi, objective, siblings=better) == pytest.approx(without)  # the default, 0.1, too
    # no scheme, or no sibling that fits the KPI better: unchanged
    assert on.score(kpi, objective) == off_engine.score(kpi, objective) == off
    assert on.score(kpi, objective, siblings=worse) == off_engine.score(kpi, objective, siblings=worse)
    # a placed KPI is left to its indicator
    kpi_placed, goal = "Share of repeat customers", "More repeat customers, fewer complaints"
    assert on._indicator_of(kpi_placed, None)[0] is not None
    assert on.score(kpi_placed, goal, siblings=better) == off_engine.score(kpi_placed, goal, siblings=better)


def test_the_kpis_pick_among_the_objectives_stated_templates_counts_at_a_share_of_the_best(graph, linked):
    # round 43 lever: every template the objective states counts at least S x its best template's confidence in the
    # catalog link; templates read and their order unchanged; texts written for this test. Re-pinned after its judged
    # run passed (on by default at 0.8 since then; it was off, None, when this test was written): the engine's default
    # is compared with an explicitly switched-off one, and the share pinned at 0.8
    from kpiguide.suggest.relevance import STATED_PICK_DEFAULT, STATED_PICK_SHARES, LinkedRelevance

    assert STATED_PICK_DEFAULT == 0.8 == linked.stated_pick and STATED_PICK_DEFAULT in STATED_PICK_SHARES
    assert tuple(sorted(STATED_PICK_SHARES)) == STATED_PICK_SHARES

    class Stated(TemplateGraph):
        def match_objective(self, text, relative=0.6):
            return [(0, 1.0), (2, 0.5)]  # cash flow best, talent second at half its confidence

    stated = Stated(graph.ids, graph.index, graph.members, graph.neighbours)
    turnover = np.array([0.0, 0.0, 0.3])  # the KPI is the turnover indicator (measures l_people)
    off = knowledge_link(turnover, "x", "y", stated, IDS, no_similarity)
    assert off.kind == "measures" and off.template == "l_people" and off.score == pytest.approx(0.5)
    for share in STATED_PICK_SHARES:
        on = knowledge_link(turnover, "x", "y", stated, IDS, no_similarity, stated_pick=share)
        assert on.template == "l_people" and on.score == pytest.approx(share)
    dso = np.array([0.3, 0.0, 0.0])  # the best template's own link is unchanged
    assert knowledge_link(dso, "x", "y", stated, IDS, no_similarity, stated_pick=1.0).score == pytest.approx(1.0)
    # it only raises scores, on the real engine too (the default, 0.8, against an engine switched off)
    off_engine = LinkedRelevance(linked.suggester, linked.linker, stated_pick=None)
    on_engine = LinkedRelevance(linked.suggester, linked.linker, stated_pick=max(STATED_PICK_SHARES))
    for kpi, objective in [
        ("回款率", "改善经营性现金流，留住核心人才"),
        ("Voluntary attrition rate", "Improve operating cash flow and keep key talent"),
        ("页面加载时长", "把开发工作外包出去"),
    ]:
        assert on_engine.score(kpi, objective) >= linked.score(kpi, objective) >= off_engine.score(kpi, objective)


def test_an_unplaced_kpi_sharing_a_phrase_with_its_objective_scores_the_threshold_round46(linked):
    # round 46 lever: an unplaced KPI under 0.3 that shares two adjacent tokens with its objective, carried by no other
    # objective of the scheme, scores 0.3; texts written for this test. Re-pinned after its judged run passed (on by
    # default at "words" since then; it was off, None, when this test was written): the default is "words", and an
    # engine switched off explicitly (shared_phrase=None) plays the part of the old default
    from kpiguide.suggest.relevance import (
        OBJECT_SCORE,
        SHARED_PHRASE_DEFAULT,
        SHARED_PHRASE_SETTINGS,
        LinkedRelevance,
    )

    assert SHARED_PHRASE_DEFAULT == "words" == linked.shared_phrase
    assert SHARED_PHRASE_SETTINGS == ("words", "content")
    on = linked
    linked = LinkedRelevance(on.suggester, on.linker, shared_phrase=None)
    assert linked.shared_phrases("snow plough routes cleared", "Keep snow plough routes open") == []
    kpi, objective = "Share of snow plough routes cleared within four hours", "Keep snow plough routes open all winter"
    assert on.shared_phrases(kpi, objective) == [("plough", "route"), ("snow", "plough")]
    # a phrase another objective of the scheme carries names neither objective alone
    assert on.shared_phrases(kpi, objective, ["Buy new snow plough trucks"]) == [("plough", "route")]
    assert on.shared_phrases(kpi, objective, ["Plan snow plough routes"]) == []
    # no phrase with a calendar word or a count
    assert on.shared_phrases("Reports filed each March 2026", "File reports by March 2026") == []
    # a Chinese word the tokenizer's dictionary lacks is cut into single characters: the phrase still counts
    assert on.shared_phrases("学前儿童入园率", "发展学前儿童教育")
    for kpi_text, objective_text in [(kpi, objective), ("学前儿童入园率", "发展学前儿童教育")]:
        # these short pairs already score above the threshold without the lever (its other rules): unchanged
        assert on.score(kpi_text, objective_text) == linked.score(kpi_text, objective_text) >= OBJECT_SCORE
    # pairs the lever moves (lead, after the merge: written for this test, none from a labelled set; each unplaced,
    # under the threshold without the lever and exactly at it with the lever)
    for kpi_text, objective_text in [
        (
            "Share of parks department work orders closed within 10 days",
            "Handle work order requests by inspecting the site, ranking requests by risk and scheduling crews",
        ),
        ("学前两年毛入园率", "积极发展学前教育"),
        (
            "Visitors rating the condition of buildings good",
            "Plan and carry out a campus appearance programme that improves the condition of buildings and grounds",
        ),
    ]:
        assert linked._indicator_of(kpi_text, None)[0] is None
        assert linked.score(kpi_text, objective_text) < OBJECT_SCORE == on.score(kpi_text, objective_text)


def test_the_department_link_needs_a_word_of_evidence_round48(linked):
    # round 48 lever: with a floor T the function link (the KPI's indicator belongs to the department owning the
    # objective) counts only when the pair's text relevance is at least T; texts written for this test, none from a
    # labelled set. Re-pinned after its judged run passed (on by default at 0.05 since then; it was off, None, when
    # this test was written): the default is 0.05, and an engine switched off explicitly (function_text=None) plays
    # the part of the old default
    from kpiguide.suggest.relevance import FUNCTION_TEXT_DEFAULT, FUNCTION_TEXT_FLOORS, OBJECT_SCORE, LinkedRelevance

    assert FUNCTION_TEXT_DEFAULT == 0.05 == linked.function_text
    assert FUNCTION_TEXT_FLOORS == (0.025, 0.05, 0.1)
    floor = {t: LinkedRelevance(linked.suggester, linked.linker, function_text=t) for t in FUNCTION_TEXT_FLOORS}
    linked = LinkedRelevance(linked.suggester, linked.linker, function_text=None)
    # days sales outstanding is finance's; the objective names finance and shares no word with it (text about 0.03)
    kpi, objective = "Days sales outstanding", "Make finance a trusted partner"
    assert linked.explain(kpi, objective).kind == "function"
    assert linked.score(kpi, objective) >= OBJECT_SCORE
    assert floor[0.025].score(kpi, objective) == linked.score(kpi, objective)
    assert floor[0.05].score(kpi, objective) < OBJECT_SCORE
    # the link explain gives is the one the score counts: no department link under the floor (lead, after round 50)
    assert floor[0.025].explain(kpi, objective).kind == "function" != floor[0.05].explain(kpi, objective).kind
    # a pair with a little text relevance (about 0.09) keeps its department link under the lower floors
    kpi, objective = "Invoice processing time", "Improve the finance department"
    assert floor[0.05].score(kpi, objective) == linked.score(kpi, objective) >= OBJECT_SCORE
    assert floor[0.1].score(kpi, objective) < OBJECT_SCORE
    # it only lowers scores
    for t, engine in floor.items():
        for kpi_text, objective_text in [
            ("员工流失率", "加强人力资源部门建设"),
            ("Gross margin", "Grow the sales team"),
        ]:
            assert engine.score(kpi_text, objective_text) <= linked.score(kpi_text, objective_text), t


def test_an_unplaced_kpi_in_its_clear_home_round50(linked):
    # round 50 lever: an unplaced KPI scoring from HOME_FLOOR to under OBJECT_SCORE whose text relevance for its
    # objective is at least the margin higher than for every other objective of the scheme, sharing a word with it,
    # scores OBJECT_SCORE; texts written for this test, none from a labelled set. Re-pinned after its judged run passed
    # (on by default at 0.1 since then; it was off, None, when this test was written): the default is 0.1, and an
    # engine switched off explicitly (home_margin=None) plays the part of the old default
    from kpiguide.suggest.relevance import (
        HOME_FLOOR,
        HOME_MARGIN_DEFAULT,
        HOME_MARGINS,
        OBJECT_SCORE,
        LinkedRelevance,
    )

    assert HOME_MARGIN_DEFAULT == 0.1 == linked.home_margin
    assert HOME_MARGINS == (0.1, 0.15, 0.2) and HOME_FLOOR == 0.2
    on = linked
    linked = LinkedRelevance(on.suggester, on.linker, home_margin=None)
    siblings = ["Reduce fleet fuel costs"]
    kpi, objective = "蛋鸡存栏量", "发展禽蛋产业"
    assert linked._indicator_of(kpi, None)[0] is None
    assert HOME_FLOOR <= linked.score(kpi, objective, siblings=siblings) < OBJECT_SCORE
    assert on.score(kpi, objective, siblings=siblings) == OBJECT_SCORE
    # only with another objective of the scheme, and never when the lever is off
    assert on.score(kpi, objective) == linked.score(kpi, objective) < OBJECT_SCORE
    assert not linked.clear_home(kpi, objective, siblings)
    # a pair sharing no word is left alone; only raises scores
    kpi, objective = "Streetlights converted to LED", "Make the city's lighting more energy efficient"
    assert not on.clear_home(kpi, objective, siblings)
    for kpi_text, objective_text in [
        ("Tons of compost collected", "Divert more household waste from the landfill through composting"),
        ("义诊活动场次", "提升基层群众健康水平"),
    ]:
        assert on.score(kpi_text, objective_text, siblings=siblings) >= linked.score(
            kpi_text, objective_text, siblings=siblings
        )


def test_an_objective_read_by_few_of_its_words_states_no_template_round52(linked):
    # round 52 lever: an objective under the share S of whose content words the template index knows is read by
    # LinkedRelevance alone as stating no strategy template; the suggester's own template graph is unchanged. Texts
    # written for this test, none from a labelled set. Re-pinned after its judged run passed (on by default at 0.3
    # since then; it was off, None, when this test was written): the default is 0.3, and an engine switched off
    # explicitly (objective_words=None) plays the part of the old default
    from kpiguide.suggest.relevance import OBJECTIVE_WORDS_DEFAULT, OBJECTIVE_WORDS_SHARES, LinkedRelevance

    assert OBJECTIVE_WORDS_DEFAULT == 0.3 == linked.objective_words
    assert OBJECTIVE_WORDS_SHARES == (0.3, 0.4, 0.5)
    linked = LinkedRelevance(linked.suggester, linked.linker, objective_words=None)
    assert linked._graph() is linked.suggester.template_graph_
    on = LinkedRelevance(linked.suggester, linked.linker, objective_words=0.5)
    graph = linked.suggester.template_graph_
    forestry = "林業生態建設取得突破性進展"
    assert graph.match_objective(forestry)  # read by one word the templates know
    assert linked.objective_known(forestry) and not on.objective_known(forestry)
    assert on._graph().match_objective(forestry) == []
    assert graph.match_objective(forestry)  # the suggester's graph still reads it
    assert on._graph().ids == graph.ids
    # an objective whose words the templates know keeps its reading
    known = "提升客户满意度"
    assert on.objective_known(known)
    assert on._graph().match_objective(known) == graph.match_objective(known)
    kpi = "客户满意度"
    assert on.score(kpi, known) == linked.score(kpi, known)


def test_a_clear_home_below_round50s_floor_by_text_round54(linked):
    # round 54 lever: a pair of an unplaced KPI scoring under HOME_FLOOR whose text relevance is at least the floor F
    # is raised by round 50's clear-home rule too; texts written for this test, none from a labelled set. Re-pinned
    # after its judged run passed (on by default at 0.125 since then; it was off, None, when this test was written):
    # the default is 0.125, and an engine switched off explicitly (home_text=None) plays the part of the old default
    from kpiguide.suggest.relevance import (
        HOME_FLOOR,
        HOME_TEXT_DEFAULT,
        HOME_TEXT_FLOORS,
        OBJECT_SCORE,
        LinkedRelevance,
    )

    assert HOME_TEXT_DEFAULT == 0.125 == linked.home_text
    assert HOME_TEXT_FLOORS == (0.1, 0.125, 0.15) and HOME_FLOOR == 0.2
    linked = LinkedRelevance(linked.suggester, linked.linker, home_text=None)
    low, high = (LinkedRelevance(linked.suggester, linked.linker, home_text=f) for f in (0.1, 0.15))
    siblings = ["Reduce fleet fuel costs"]
    kpi = "Average waiting time for card renewals at the library counter"
    objective = (
        "Make the library a welcoming place for reading, learning, culture and meeting neighbours in every district "
        "of the county"
    )
    assert linked._indicator_of(kpi, None)[0] is None
    off = linked.score(kpi, objective, siblings=siblings)
    assert off < HOME_FLOOR
    text = float(linked.suggester.relevance(kpi, objective))
    assert 0.1 <= text < 0.15
    # the floor is read on the text relevance; off, the lever never lets a pair under HOME_FLOOR through
    assert low.home_below_floor(kpi, objective) and not high.home_below_floor(kpi, objective)
    assert not linked.home_below_floor(kpi, objective)
    # the clear home itself is round 50's (this pair is not one: the scores stay); where it holds, the pair is raised
    assert not low.clear_home(kpi, objective, siblings)
    assert low.score(kpi, objective, siblings=siblings) == off
    low.clear_home = lambda *_: True  # type: ignore[method-assign]
    high.clear_home = lambda *_: True  # type: ignore[method-assign]
    assert low.score(kpi, objective, siblings=siblings) == OBJECT_SCORE
    assert high.score(kpi, objective, siblings=siblings) == off
    # without siblings round 50's rule never runs
    fresh = LinkedRelevance(linked.suggester, linked.linker, home_text=0.1)
    assert fresh.score(kpi, objective) == linked.score(kpi, objective)
