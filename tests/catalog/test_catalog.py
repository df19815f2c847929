from __future__ import annotations

import dataclasses
import os
import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from kpiguide.catalog import Catalog, builtin_data_dir, load_catalog, load_templates, taxonomy
from kpiguide.core.errors import CatalogError, InputError, NotFound
from kpiguide.core.i18n import localize_error
from kpiguide.core.model import Perspective

DATA = Path(__file__).resolve().parents[1] / "fixtures"
FIXTURE = DATA / "catalog_small.yaml"


@pytest.fixture(scope="module")
def small() -> Catalog:
    return load_catalog(FIXTURE, builtin=False)


@pytest.fixture
def entry() -> dict:
    return dict(yaml.safe_load(FIXTURE.read_text(encoding="utf-8"))[0])


def write_yaml(path: Path, entries: list) -> Path:
    path.write_text(yaml.safe_dump(entries, allow_unicode=True, sort_keys=False), encoding="utf-8")
    return path


# -- loading and lookups -------------------------------------------------------------------


def test_fixture_catalog_loads_every_entry(small):
    assert len(small) == 35
    dso = small.get("finance.days_sales_outstanding")
    assert dso.name("zh") == "应收账款周转天数"
    assert dso.perspective is Perspective.FINANCIAL
    assert "finance.days_sales_outstanding" in small
    assert [i.id for i in small][:2] == ["finance.days_sales_outstanding", "finance.gross_margin"]


def test_get_unknown_id_raises_key_error_with_close_match(small):
    with pytest.raises(KeyError, match="did you mean finance.days_sales_outstanding"):
        small.get("finance.days_sales_outstandin")


def test_filter_by_function_industry_and_perspective(small):
    assert {i.function for i in small.filter(function="hr")} == {"hr"}
    retail = small.filter(industry="retail")
    assert all({"retail", "general"} & set(i.industries) for i in retail)
    assert any("retail" in i.industries for i in retail)
    assert all(i.industries == ("retail",) for i in small.filter(industry="retail", specific=True))
    assert {i.perspective.value for i in small.filter(perspective="customer")} == {"customer"}


def test_filter_accepts_display_names_in_both_languages(small):
    assert len(small.filter(function="人力资源")) == len(small.filter(function="hr")) > 0
    assert len(small.filter(industry="Retail and e-commerce")) == len(small.filter(industry="retail"))


def test_unknown_filter_id_lists_the_valid_ids(small):
    with pytest.raises(InputError, match=r"'shipping'.*supply_chain.*legal"):
        small.filter(function="shipping")


def test_function_and_industry_counts_list_every_allowed_id(small):
    functions = small.functions()
    assert set(functions) == set(taxonomy().functions)
    assert functions["finance"] == sum(1 for i in small if i.function == "finance") > 2
    assert small.industries()["retail"] == 8


def test_taxonomy_has_the_fourteen_functions_and_industries_with_names():
    tax = taxonomy()
    assert len(tax.functions) == 14
    assert len(tax.industries) == 14
    assert tax.name("industry", "retail", "zh") == "零售与电商"
    assert tax.name("perspective", "learning_growth", "en") == "Learning and growth"


# -- validation ----------------------------------------------------------------------------


def test_bad_entries_are_all_reported_with_file_entry_line_and_field(tmp_path, entry):
    missing = {k: v for k, v in entry.items() if k != "formula_en"} | {"id": "finance.a"}
    bad_enum = entry | {"id": "finance.b", "direction": "up", "function": "shipping"}
    no_chinese = entry | {"id": "finance.c", "name_zh": "Days"}
    path = write_yaml(tmp_path / "bad.yaml", [missing, bad_enum, no_chinese])
    with pytest.raises(CatalogError) as info:
        load_catalog(path, builtin=False)
    problems = info.value.problems
    fields = {(p.row, p.field) for p in problems}
    assert {(1, "formula_en"), (2, "direction"), (2, "function"), (3, "name_zh")} <= fields
    assert all(p.file == str(path) and p.line for p in problems)
    assert "'up' is not allowed here; use one of: higher, lower, range" in str(info.value)


def test_extension_catalog_problems_read_in_chinese(tmp_path, entry):
    bad = entry | {"id": "finance.b", "direction": "up", "name_zh": "Days", "owner": "me"}
    path = write_yaml(tmp_path / "bad.yaml", [bad, bad])
    with pytest.raises(CatalogError) as info:
        load_catalog(path, builtin=False)
    english, chinese = localize_error(info.value, "en"), localize_error(info.value, "zh")
    assert english == str(info.value)
    assert "扩展指标库未通过校验" in chinese
    assert "条目 'finance.b'：此处不允许填写 'up'" in chinese
    assert "不含中文" in chinese and "未知字段 ['owner']" in chinese
    assert "编号 'finance.b' 重复" in chinese
    assert "bad.yaml" in chinese and "is not allowed" not in chinese


def test_unknown_indicator_and_function_read_in_chinese():
    with pytest.raises(NotFound) as info:
        load_catalog().get("finance.days_sales_outstandin")
    assert "您是否想找 finance.days_sales_outstanding" in localize_error(info.value, "zh")
    with pytest.raises(InputError) as unknown:
        load_catalog().taxonomy.check("function", "shipping")
    assert "未知的职能 'shipping'" in localize_error(unknown.value, "zh")
    assert "Unknown function 'shipping'" in str(unknown.value)


def test_duplicate_ids_in_one_file_are_reported(tmp_path, entry):
    path = write_yaml(tmp_path / "dup.yaml", [entry, entry])
    with pytest.raises(CatalogError, match="duplicate id 'finance.days_sales_outstanding'"):
        load_catalog(path, builtin=False)


def test_unknown_field_and_empty_list_are_problems(tmp_path, entry):
    path = write_yaml(tmp_path / "x.yaml", [entry | {"owner": "me", "levers_en": []}])
    with pytest.raises(CatalogError) as info:
        load_catalog(path, builtin=False)
    text = str(info.value)
    assert "unknown field(s) ['owner']" in text
    assert "levers_en" in text and "at least one item" in text


def test_benchmark_without_source_is_rejected(tmp_path, entry):
    path = write_yaml(tmp_path / "b.yaml", [entry | {"benchmarks": [{"value": 45, "year": 2023}]}])
    with pytest.raises(CatalogError, match="missing required field 'publisher'"):
        load_catalog(path, builtin=False)


def test_invalid_yaml_names_the_line(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("- id: a\n  name_zh: [unclosed\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="not valid YAML") as info:
        load_catalog(path, builtin=False)
    assert info.value.problems[0].line is not None


# -- extension catalogs --------------------------------------------------------------------

CHINESE_HEADERS = [
    "指标编号",
    "指标名称",
    "英文名称",
    "定义",
    "英文定义",
    "计算公式",
    "英文公式",
    "单位",
    "方向",
    "考核周期",
    "平衡计分卡维度",
    "先行指标",
    "职能",
    "适用行业",
    "中文关键词",
    "英文关键词",
    "数据来源",
    "英文数据来源",
    "改进措施",
    "英文改进措施",
    "博弈风险",
    "英文博弈风险",
]
ROW = [
    "sales.visit_count",
    "客户拜访次数",
    "Customer visits",
    "销售人员当期拜访客户的次数。",
    "Visits to customers in the period.",
    "拜访记录数",
    "Count of visit records",
    "count",
    "越高越好",
    "月度",
    "客户",
    "是",
    "销售",
    "通用；零售与电商",
    "拜访；客户拜访",
    "visits;sales calls",
    "CRM",
    "CRM",
    "按客户分级安排拜访\n用CRM记录拜访",
    "Plan visits by tier;Log in CRM",
    "虚报拜访",
    "Logging fake visits",
]


def test_csv_extension_with_chinese_headers_and_values_is_merged(tmp_path, small):
    path = tmp_path / "ext.csv"
    lines = [",".join(CHINESE_HEADERS), ",".join(f'"{c}"' for c in ROW)]
    path.write_bytes("\n".join(lines).encode("gbk"))
    merged = load_catalog(FIXTURE, path, builtin=False)
    ind = merged.get("sales.visit_count")
    assert ind.direction.value == "higher" and ind.frequency.value == "monthly"
    assert ind.perspective is Perspective.CUSTOMER and ind.leading is True and ind.function == "sales"
    assert ind.industries == ("general", "retail")
    assert ind.levers_zh == ("按客户分级安排拜访", "用CRM记录拜访")
    assert len(merged) == len(small) + 1
    assert merged.sources["sales.visit_count"] == str(path)


def test_extension_entry_with_same_id_overrides_the_base(tmp_path, entry):
    path = write_yaml(tmp_path / "override.yaml", [entry | {"name_en": "DSO (our definition)"}])
    merged = load_catalog(FIXTURE, path, builtin=False)
    assert merged.get(entry["id"]).name_en == "DSO (our definition)"
    assert len(merged) == 35


def test_xlsx_extension_bad_row_names_row_and_column(tmp_path):
    from openpyxl import Workbook

    book = Workbook()
    sheet = book.active
    sheet.append(CHINESE_HEADERS)
    sheet.append(ROW)
    bad = list(ROW)
    bad[0], bad[8] = "sales.visit_quality", "越多越好"
    sheet.append(bad)
    path = tmp_path / "ext.xlsx"
    book.save(path)
    with pytest.raises(CatalogError) as info:
        load_catalog(path, builtin=False)
    (problem,) = info.value.problems
    assert (problem.row, problem.field) == (3, "方向")
    assert "'越多越好'" in problem.message


def test_extension_with_unknown_column_is_rejected(tmp_path):
    path = tmp_path / "ext.csv"
    path.write_text("id,colour\nsales.a,red\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="unknown column 'colour'"):
        load_catalog(path, builtin=False)


@pytest.mark.parametrize("name", ["missing.yaml", "catalog.txt"])
def test_missing_or_unsupported_extension_file_is_a_clear_error(tmp_path, name):
    path = tmp_path / name
    if name.endswith(".txt"):
        path.write_text("x", encoding="utf-8")
    with pytest.raises(CatalogError, match="no such file|unsupported file type"):
        load_catalog(path, builtin=False)


# -- strategy templates --------------------------------------------------------------------


def test_builtin_templates_validate_and_are_many_and_bilingual():
    templates = load_templates()
    assert len(templates) >= 150
    assert Counter(t.perspective for t in templates).keys() == set(Perspective)
    cjk = re.compile(r"[\u4e00-\u9fff]")
    assert all(cjk.search(t.text_zh) and not cjk.search(t.text_en) for t in templates)


def test_template_links_go_from_causes_to_effects():
    order = {p: i for i, p in enumerate(Perspective)}
    templates = {t.id: t for t in load_templates()}
    links = [(t, templates[d]) for t in templates.values() for d in t.drives]
    assert len(links) >= 150
    assert all(order[a.perspective] <= order[b.perspective] for a, b in links)
    # every non-financial template helps some other objective
    assert all(t.drives for t in templates.values() if t.perspective is not Perspective.FINANCIAL)


def test_template_linking_downward_is_rejected(tmp_path):
    base = {
        "text_zh": "目标",
        "text_en": "Goal",
        "functions": ["hr"],
        "keywords_zh": ["目标"],
        "keywords_en": ["goal"],
        "indicators": ["hr.employee_turnover_rate"],
    }
    data = {
        "templates": [
            base | {"id": "f_top", "perspective": "financial", "drives": ["l_bottom"]},
            base | {"id": "l_bottom", "perspective": "learning_growth", "drives": []},
        ]
    }
    path = tmp_path / "t.yaml"
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    with pytest.raises(CatalogError, match="links go from causes to effects"):
        load_templates(path)


# -- the real data files (run on whatever fn_*/ind_* files are present) ---------------------


@pytest.fixture(scope="module")
def real() -> Catalog:
    return load_catalog()


def test_builtin_data_files_validate(real):
    files = sorted(builtin_data_dir().glob("fn_*.yaml")) + sorted(builtin_data_dir().glob("ind_*.yaml"))
    assert len(real) == sum(len(yaml.safe_load(f.read_text(encoding="utf-8")) or []) for f in files)


def _need_data(real: Catalog) -> None:
    """Skip full-catalog thresholds while the data writers' files are still being merged.

    Incomplete = fewer than 100 entries, or fewer than 1,200 while some function is below 40
    (a writer's file has not fully landed).  Set KPIGUIDE_REQUIRE_FULL_CATALOG=1 to never skip.
    """
    if os.environ.get("KPIGUIDE_REQUIRE_FULL_CATALOG") == "1":
        return
    if len(real) < 100:
        pytest.skip(f"only {len(real)} catalog entries present; full-catalog thresholds apply once the data is merged")
    thin = [f"{f} ({n})" for f, n in real.functions().items() if n < 40]
    if len(real) < 1200 and thin:
        pytest.skip(f"catalog data still being merged: {len(real)} entries; below 40: {', '.join(thin)}")


def test_real_ids_follow_the_naming_convention(real):
    tax = real.taxonomy
    for ind in real:
        prefix = ind.id.split(".")[0]
        specific = [i for i in ind.industries if i != "general"]
        assert prefix == ind.function or prefix in specific, f"{ind.id}: prefix must be its function or industry"
        assert prefix in tax.functions or prefix in tax.industries


def test_real_catalog_has_at_least_1200_indicators(real):
    _need_data(real)
    assert len(real) >= 1200


def test_every_function_has_at_least_40_indicators(real):
    _need_data(real)
    small = {f: n for f, n in real.functions().items() if n < 40}
    assert not small, f"functions with fewer than 40 indicators: {small}"


def test_every_industry_has_at_least_25_specific_indicators(real):
    _need_data(real)
    small = {i: n for i, n in real.industries().items() if i != "general" and n < 25}
    assert not small, f"industries with fewer than 25 specific indicators: {small}"


def test_real_benchmarks_all_cite_a_source(real):
    for ind in real:
        for b in ind.benchmarks:
            for key in ("publisher", "title", "year", "url", "value"):
                assert b.get(key) not in (None, ""), f"{ind.id}: benchmark without {key}"
            assert str(b["url"]).startswith(("http://", "https://"))


def test_real_names_are_unique_in_each_language(real):
    for attr in ("name_zh", "name_en"):
        counts = Counter(getattr(i, attr).strip().lower() for i in real)
        assert not [n for n, c in counts.items() if c > 1], f"duplicate {attr}"


def test_template_indicators_exist_in_the_real_catalog(real):
    _need_data(real)
    missing = real.missing_template_indicators()
    assert not missing, f"{len(missing)} template indicator references not in the catalog, e.g. {missing[:5]}"


def test_real_catalog_has_no_near_duplicates(real):
    if len(real) < 100:
        pytest.skip(f"only {len(real)} catalog entries present")
    from kpiguide.suggest.engine import IndicatorSuggester

    suggester = IndicatorSuggester().fit(real)
    pairs = suggester.similar_indicators(list(real.indicators), threshold=0.93)
    assert not pairs, "near-duplicates: " + "; ".join(f"{a.id} ~ {b.id} ({s})" for a, b, s in pairs[:10])


# -- one id per measure -----------------------------------------------------------------------


def _same_after_normalising(real: Catalog, attr: str) -> list[list[str]]:
    from kpiguide.text.analysis import normalize

    groups: dict[str, list[str]] = {}
    for ind in real:
        key = re.sub(r"[\s()（）\[\]【】:：,，.。、]+", "", normalize(getattr(ind, attr)))
        if key:
            groups.setdefault(key, []).append(ind.id)
    return [ids for ids in groups.values() if len(ids) > 1]


@pytest.mark.parametrize("attr", ["name_zh", "name_en", "formula_zh", "formula_en"])
def test_no_two_entries_share_a_name_or_formula_after_normalisation(real, attr):
    same = _same_after_normalising(real, attr)
    assert not same, f"entries with the same {attr} (one id per measure: merge them): {same[:5]}"


def test_the_duplicate_check_catches_a_copied_formula():
    base = load_catalog()
    ind = base.get("sales.collection_rate")
    copy = dataclasses.replace(ind, id="sales.collection_rate_copy", name_zh="回款比例", name_en="Collection ratio")
    doubled = Catalog((*base.indicators, copy), base.templates, base.taxonomy)
    assert ["sales.collection_rate", "sales.collection_rate_copy"] in _same_after_normalising(doubled, "formula_zh")


#: Keywords that are, after the linker's normalisation, the name or a merged name of another indicator and that truly
#: belong to both (round 22, each pair read).  The other such keywords name a neighbouring measure (赔付率 is
#: financial_services.loss_ratio's name, not combined_ratio's): see NEIGHBOUR_WORDS.
SHARED_WORDS = {
    # the same measure in a narrower scope: a function's, an industry's or a process's instance of the named one
    ("administration.admin_budget_execution", "预算执行率"), ("it.it_budget_execution", "预算执行率"),
    ("public_sector.budget_execution_rate_public", "预算执行率"), ("supply_chain.logistics_budget_adherence", "预算执行率"),
    ("administration.food_safety_inspection", "食品安全检查合格率"),
    ("construction.bid_win_rate", "win rate"), ("professional_services.proposal_win_rate", "win rate"),
    ("professional_services.proposal_win_rate", "赢单率"),
    ("construction.output_value_per_capita", "人均产值"), ("construction.output_value_per_capita", "全员劳动生产率（建筑业）"),
    ("construction.property_management_fee_collection", "collection rate"),
    ("financial_services.collection_recovery_rate", "collection rate"),
    ("customer_service.contact_volume_forecast_accuracy", "forecast accuracy"),
    ("energy.load_forecast_accuracy", "forecast accuracy"), ("finance.rolling_forecast_accuracy", "forecast accuracy"),
    ("sales.sales_forecast_accuracy", "forecast accuracy"),
    ("customer_service.product_adoption_rate", "feature adoption rate"),
    ("customer_service.return_refund_processing_time", "returns processing time"),
    ("logistics.returns_processing_time", "returns processing time"), ("logistics.returns_processing_time", "退货处理时效"),
    ("energy.supply_reliability_rate", "service availability"), ("it.system_availability", "service availability"),
    ("finance.admin_expense_ratio", "administrative expense ratio"), ("finance.capex_to_revenue", "capex intensity"),
    ("general_management.carbon_intensity", "carbon intensity"),
    ("hospitality.average_spend_per_cover", "客单价"), ("sales.average_order_value", "客单价"),
    ("sales.average_order_value", "average transaction value"),
    ("internet.recommendation_ctr", "CTR"), ("internet.recommendation_ctr", "click-through rate"),
    ("internet.recommendation_ctr", "点击率"),
    ("internet.subscription_churn_rate", "churn rate"), ("sales.customer_churn_rate", "churn rate"),
    ("legal.compliance_training_coverage", "培训覆盖率"), ("production.safety_training_completion", "培训覆盖率"),
    ("quality.quality_training", "培训覆盖率"),
    ("logistics.picking_productivity", "UPH"), ("supply_chain.warehouse_labor_productivity", "UPH"),
    ("manufacturing.energy_per_unit_output", "energy consumption per unit"),
    ("manufacturing.first_time_through_vehicle", "直通率"),
    ("manufacturing.mold_changeover_time", "changeover time"), ("manufacturing.mold_changeover_time", "换型时间"),
    ("marketing.negative_pr_response_time", "crisis response time"), ("marketing.trial_to_paid_conversion", "付费转化率"),
    ("production.certified_operator_rate", "持证上岗率"),
    ("professional_services.client_satisfaction_score", "CSAT"),
    ("professional_services.client_satisfaction_score", "客户满意度"),
    ("professional_services.client_satisfaction_score", "客户满意度（项目）"),
    ("professional_services.revenue_per_consultant", "人均营收（顾问）"), ("quality.lab_turnaround", "检验报告及时率"),
    ("rd.project_on_time_delivery_rate", "projects delivered on time"), ("rd.timesheet_timeliness", "timesheet compliance"),
    ("retail.member_repurchase_rate", "repeat purchase rate"), ("retail.member_repurchase_rate", "复购率"),
    ("sales.contract_renewal_rate", "续费率"), ("sales.pipeline_coverage_ratio", "商机覆盖倍数"),
    ("supply_chain.cargo_damage_rate", "damage rate"), ("supply_chain.cargo_damage_rate", "破损率"),
    ("supply_chain.inventory_shrinkage", "shrinkage rate"), ("supply_chain.inventory_shrinkage", "损耗率"),
    ("telecom.mobile_arpu", "ARPU"),
    # one word that two contexts each use for their own measure (the industry or function tells them apart)
    ("customer_service.agent_occupancy", "occupancy rate"), ("healthcare.bed_occupancy_rate", "occupancy rate"),
    ("customer_service.agent_occupancy", "人员利用率"), ("customer_service.call_answer_rate", "接通率"),
    ("finance.debt_to_asset_ratio", "leverage ratio"), ("finance.finance_staff_certification_rate", "CPA"),
    ("hr.employee_turnover_rate", "流失"), ("legal.litigation_win_rate", "win rate"),
    ("it.mttr", "MTTR"), ("production.equipment_mttr", "MTTR"),
    ("production.production_plan_achievement", "schedule adherence"), ("quality.ppap_on_time", "PPAP"),
    ("quality.product_certification_coverage", "CCC"), ("rd.certification_first_pass_rate", "CCC"),
    ("retail.sell_through_rate", "sell-through rate"), ("sales.channel_sell_through_rate", "sell-through rate"),
    ("sales.channel_sell_through_rate", "动销率"), ("sales.average_sales_cycle", "days to close"),
}  # fmt: skip
#: Keywords read in round 22 as naming a neighbouring measure (to be dropped from the indicator that is not that
#: measure), still in the catalog: dropping all of them lowered suggestions' id hit@5 on the pooled halves B (English
#: 0.779 -> 0.776, one query; the rule fixed before the run allowed no drop), so they were put back
#: (benchmarks/results/link_round22.md; `benchmarks/link_round22.py` reads the catalog with and without them).  A new
#: keyword that names another indicator fails the test below; remove a pair here once its word is dropped.
NEIGHBOUR_WORDS = {
    ("administration.facility_vendor_performance", "SLA"),
    ("administration.reception_satisfaction", "customer visits"), ("administration.service_request_response", "SLA"),
    ("construction.sell_through_rate_property", "销售速度"), ("customer_service.service_cost_to_revenue", "成本收入比"),
    ("customer_service.service_level", "ASA"), ("customer_service.service_level", "平均应答速度"),
    ("education.course_completion_rate", "到课率"), ("education.first_year_retention", "流失"),
    ("education.referral_enrolment_share", "获客成本"), ("education.student_satisfaction", "NPS"),
    ("energy.coal_consumption_per_kwh", "heat rate"),
    ("finance.travel_policy_violation_rate", "travel policy compliance"),
    ("financial_services.aum_growth", "net new money"), ("financial_services.combined_ratio", "loss ratio"),
    ("financial_services.combined_ratio", "赔付率"),
    ("financial_services.digital_channel_substitution_rate", "self-service rate"),
    ("general_management.crisis_response_time", "emergency response time"),
    ("general_management.revenue_growth_rate", "营业收入"), ("hospitality.channel_commission_ratio", "获客成本"),
    ("hr.hr_data_accuracy_rate", "master data accuracy"), ("hr.revenue_per_employee", "人均产值"),
    ("internet.arppu", "客单价"), ("internet.cac_payback_months", "获客成本"), ("internet.ltv_cac_ratio", "CAC"),
    ("internet.ltv_cac_ratio", "获客成本"), ("internet.rule_of_40", "free cash flow"), ("internet.rule_of_40", "自由现金流"),
    ("internet.service_availability", "SLA"), ("internet.service_availability", "系统可用性（SLA）"),
    ("it.change_success_rate", "change failure rate"), ("it.change_success_rate", "变更失败率"),
    ("it.phishing_click_rate", "点击率"), ("it.sla_compliance", "服务水平"), ("it.system_availability", "SLA"),
    ("legal.settlement_rate", "ADR"), ("logistics.on_time_delivery_rate", "service level"),
    ("logistics.warehouse_order_accuracy", "picking accuracy"), ("logistics.warehouse_order_accuracy", "拣货准确率"),
    ("logistics.warehouse_space_utilization", "坪效"), ("manufacturing.wafer_yield", "defect density"),
    ("manufacturing.wafer_yield", "缺陷密度"), ("manufacturing.wip_days", "WIP"), ("manufacturing.wip_days", "生产周期"),
    ("marketing.average_time_on_site", "stickiness"),
    ("marketing.customer_acquisition_cost", "cost per acquisition"), ("procurement.payment_terms", "DPO"),
    ("procurement.pr_processing_timeliness", "SLA"), ("procurement.supplier_on_time_delivery", "OTIF"),
    ("production.direct_indirect_ratio", "span of control"), ("production.direct_indirect_ratio", "管理幅度"),
    ("production.equipment_downtime", "停线时间"), ("production.mes_data_capture_rate", "设备联网率"),
    ("production.output_per_employee", "value added per employee"), ("production.output_per_employee", "全员劳动生产率"),
    ("professional_services.client_satisfaction_score", "NPS"),
    ("public_sector.petition_first_resolution", "first-contact resolution"),
    ("public_sector.program_expense_ratio", "管理费用率"), ("quality.customer_complaint_rate", "customer complaint rate"),
    ("quality.customer_complaint_rate", "客户投诉率"), ("rd.advanced_degree_staff_share", "人才密度"),
    ("rd.cost_performance_index", "project cost variance"), ("rd.cost_performance_index", "项目成本偏差率"),
    ("rd.first_pass_test_rate", "first-pass yield"), ("rd.post_release_design_changes", "设计变更率"),
    ("rd.schedule_performance_index", "schedule variance"), ("retail.on_shelf_availability", "缺货率"),
    ("sales.average_sales_cycle", "sales velocity"), ("sales.channel_sell_through_rate", "售罄率"),
    ("sales.cross_sell_rate", "连带率"), ("sales.numeric_distribution", "on-shelf availability"),
    ("sales.sales_forecast_accuracy", "forecast bias"), ("sales.sales_forecast_accuracy", "预测偏差"),
    ("supply_chain.delivery_satisfaction", "NPS"), ("supply_chain.delivery_satisfaction", "客户满意度"),
    ("supply_chain.otif", "on time delivery rate"), ("supply_chain.safety_stock_compliance", "service level"),
    ("supply_chain.safety_stock_compliance", "服务水平"), ("supply_chain.transport_cost_per_unit", "cost per shipment"),
    ("supply_chain.warehouse_cost_per_order", "单票成本"),
}  # fmt: skip


def _keywords_naming_another(catalog: Catalog) -> set[tuple[str, str]]:
    """(indicator id, keyword) pairs whose keyword is, after the linker's normalisation, the name or a merged name of
    another indicator (round 22: 赔付率 was a keyword of combined_ratio, the name of loss_ratio)."""
    from kpiguide.suggest.linking import _name_keys

    named: dict[str, set[str]] = {}
    for ind in catalog:
        for name in (ind.name_zh, ind.name_en):
            for key in _name_keys(name):
                named.setdefault(key, set()).add(ind.id)
    for old, new in catalog.aliases.items():  # a merged id's words name the indicator it was merged into
        for key in _name_keys(old.split(".", 1)[-1].replace("_", " ")):
            named.setdefault(key, set()).add(catalog.canonical_id(new))
    return {
        (ind.id, word)
        for ind in catalog
        for word in (*ind.keywords_zh, *ind.keywords_en)
        if any(named.get(key, set()) - {ind.id} for key in _name_keys(word))
    }


def test_no_keyword_names_a_neighbouring_indicator(real):
    colliding, known = _keywords_naming_another(real), SHARED_WORDS | NEIGHBOUR_WORDS
    assert not colliding - known, f"keywords naming another indicator: {sorted(colliding - known)[:8]}"
    assert not known - colliding, f"listed words that no longer collide: {sorted(known - colliding)}"


def test_the_neighbour_check_catches_a_keyword_that_is_another_indicators_name():
    base = load_catalog()
    ind = base.get("financial_services.npl_ratio")
    wrong = dataclasses.replace(ind, keywords_zh=(*ind.keywords_zh, "赔付率"))  # loss_ratio's name
    others = tuple(i for i in base.indicators if i.id != ind.id)
    assert ("financial_services.npl_ratio", "赔付率") not in _keywords_naming_another(base)
    found = _keywords_naming_another(Catalog((*others, wrong), base.templates, base.taxonomy))
    assert ("financial_services.npl_ratio", "赔付率") in found


def test_merged_ids_resolve_to_the_indicator_they_were_merged_into(real):
    from kpiguide.catalog import load_merged_ids

    merged = load_merged_ids()
    assert len(merged) >= 14
    for old, new in merged.items():
        assert old not in {i.id for i in real}, f"{old} is merged but still an entry"
        assert old in real and real.get(old).id == new == real.canonical_id(old)
        assert real.index_of(old) == real.index_of(new)
    # the issue's named duplicates are one measure now
    for old, new in [
        ("logistics.customs_clearance_time", "supply_chain.customs_clearance_time"),
        ("it.ticket_backlog", "customer_service.ticket_backlog"),
        ("internet.escaped_defect_rate", "rd.defect_escape_rate"),
        ("quality.defect_escape_rate", "rd.defect_escape_rate"),
        ("procurement.supplier_payment_on_time", "finance.supplier_on_time_payment_rate"),
        ("logistics.order_fulfilment_cycle_time", "supply_chain.order_cycle_time"),
    ]:
        assert real.get(old).id == new
    # the industry wording stays findable on the merged entry
    assert "通关时效" in real.get("supply_chain.customs_clearance_time").keywords_zh
    # a filtered catalog keeps resolving old ids
    assert real.filter(function="rd").get("internet.escaped_defect_rate").id == "rd.defect_escape_rate"


def test_templates_reference_merged_indicators_by_their_new_id(real):
    merged = set(real.aliases)
    assert not [(t.id, ref) for t in real.templates for ref in t.indicators if ref in merged]


def test_an_extension_may_reuse_a_merged_id_for_its_own_entry(tmp_path, entry):
    e = {**entry, "id": "it.ticket_backlog", "function": "it", "name_zh": "IT积压单", "name_en": "IT backlog"}
    path = tmp_path / "ext.yaml"
    path.write_text(yaml.safe_dump([e], allow_unicode=True), encoding="utf-8")
    cat = load_catalog(path)
    assert cat.get("it.ticket_backlog").name_en == "IT backlog"


@pytest.mark.parametrize(
    ("ident", "unit"),
    [
        ("telecom.ftth_install_time", "%"),
        ("energy.capacity_factor", "%"),
        ("production.energy_per_unit", "kgce/unit"),
        ("energy.heat_rate", "kJ/kWh"),
        ("construction.land_bank_months", "months"),
    ],
)
def test_unit_errors_named_in_issue_12_are_fixed(real, ident, unit):
    ind = real.get(ident)
    assert ind.unit == unit
    if unit == "%":
        assert "%" in ind.formula_zh and "小时" not in ind.name_zh
    if ident == "construction.land_bank_months":
        assert "年限" not in ind.name_zh and "月" in ind.name_zh
