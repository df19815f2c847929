"""Build the labelled query set of the suggestion benchmark (benchmarks/data/suggest_queries.yaml).

Queries are taken verbatim from real occupational descriptions: O*NET 29.3 (English titles,
descriptions and task statements) and the Chinese occupational classification 2022
(职业分类大典: names, job-title aliases, definitions and tasks), plus strategy statements
written by us.  Each occupation was labelled by hand with the functions (and industry)
whose indicators are relevant (grade 1); specific indicator ids are judged with grade 2-3
in ``ID_JUDGEMENTS`` below.

    python benchmarks/build_suggest_queries.py --data /work/shared/data/external
"""

from __future__ import annotations

import argparse
import os
import re
from pathlib import Path

import pandas as pd
import yaml

ROOT = Path(__file__).resolve().parents[1]
OUT = ROOT / "benchmarks" / "data" / "suggest_queries.yaml"

# O*NET code -> (functions, industry or None, concepts the role is measured on)
ONET = {
    "11-1011.00": (["general_management", "finance"], None),
    "11-1021.00": (["general_management"], None),
    "11-2011.00": (["marketing"], None),
    "11-2021.00": (["marketing"], None),
    "11-2022.00": (["sales"], None),
    "11-2032.00": (["marketing"], None),
    "11-3012.00": (["administration"], None),
    "11-3013.00": (["administration"], None),
    "11-3021.00": (["it"], None),
    "11-3031.00": (["finance"], None),
    "11-3031.01": (["finance"], None),
    "11-3051.00": (["production"], None),
    "11-3051.01": (["quality"], None),
    "11-3061.00": (["procurement"], None),
    "11-3071.04": (["supply_chain"], None),
    "11-3111.00": (["hr"], None),
    "11-3121.00": (["hr"], None),
    "11-3131.00": (["hr"], None),
    "11-9021.00": (["production", "general_management", "quality"], "construction"),
    "11-9041.00": (["rd"], None),
    "11-9051.00": (["general_management", "production"], "hospitality"),
    "11-9081.00": (["general_management", "sales", "customer_service"], "hospitality"),
    "11-9111.00": (["general_management", "quality"], "healthcare"),
    "13-1023.00": (["procurement"], None),
    "13-1041.00": (["legal"], None),
    "13-1071.00": (["hr"], None),
    "13-1081.00": (["supply_chain"], None),
    "13-1161.00": (["marketing"], None),
    "13-2011.00": (["finance"], None),
    "13-2072.00": (["sales", "finance"], "financial_services"),
    "15-1212.00": (["it"], None),
    "15-1232.00": (["it"], None),
    "15-1252.00": (["rd", "it"], "internet"),
    "15-1253.00": (["rd", "quality", "it"], "internet"),
    "17-2112.00": (["production"], None),
    "23-1011.00": (["legal"], None),
    "23-2011.00": (["legal"], None),
    "41-1011.00": (["sales"], "retail"),
    "41-4012.00": (["sales"], None),
    "43-3011.00": (["finance"], None),
    "43-4051.00": (["customer_service"], None),
    "43-4081.00": (["customer_service"], "hospitality"),
    "43-4171.00": (["administration"], None),
    "43-5011.00": (["supply_chain"], "logistics"),
    "51-1011.00": (["production"], None),
    "51-9061.00": (["quality"], None),
}

# CSCO code -> (functions, industry or None)
CSCO = {
    "1-06-01-02": (["general_management"], None),
    "2-02-10-03": (["rd", "it"], "internet"),
    "2-02-10-07": (["it"], None),
    "2-02-10-08": (["it"], None),
    "2-02-28-03": (["production"], None),
    "2-02-29-03": (["quality"], None),
    "2-02-30-01": (["production"], None),
    "2-02-30-02": (["supply_chain"], None),
    "2-02-30-04": (["general_management", "rd"], None),
    "2-02-30-10": (["finance", "procurement"], "construction"),
    "2-02-31-01": (["quality"], None),
    "2-06-03-00": (["finance"], None),
    "2-06-04-00": (["finance"], None),
    "2-06-07-02": (["marketing", "sales"], None),
    "2-06-07-14": (["legal"], None),
    "2-06-07-15": (["procurement"], None),
    "2-06-08-01": (["hr"], None),
    "2-06-09-04": (["finance", "sales"], "financial_services"),
    "2-06-10-03": (["customer_service"], "financial_services"),
    "2-07-04-00": (["legal"], None),
    "2-07-09-00": (["legal"], None),
    "2-08-02-01": (["general_management"], "education"),
    "2-05-08-01": (["quality", "general_management"], "healthcare"),
    "3-01-01-01": (["administration"], None),
    "3-01-02-02": (["administration"], None),
    "4-01-01-00": (["procurement"], None),
    "4-01-02-01": (["sales", "marketing"], None),
    "4-01-02-03": (["sales"], "retail"),
    "4-01-06-01": (["sales", "marketing"], "retail"),
    "4-01-06-02": (["marketing"], None),
    "4-02-06-01": (["supply_chain"], None),
    "4-02-07-11": (["supply_chain"], "logistics"),
    "4-03-01-01": (["customer_service"], "hospitality"),
    "4-04-05-03": (["customer_service"], None),
    "4-04-04-01": (["it"], "telecom"),
    "4-05-01-02": (["sales", "finance"], "financial_services"),
    "4-06-01-01": (["administration", "customer_service"], "construction"),
    "4-07-02-01": (["finance", "legal"], None),
    "4-07-02-03": (["customer_service"], None),
    "4-07-03-04": (["hr"], None),
    "4-07-03-05": (["hr"], None),
    "4-07-03-08": (["hr"], None),
    "4-07-06-02": (["sales"], "retail"),
    "4-11-01-02": (["sales"], "energy"),
    "4-08-05-07": (["quality"], "manufacturing"),
}

STRATEGY_EN = [
    ("Grow revenue from new products to 30% of sales within three years", ["rd", "marketing", "sales"], None),
    ("Become known for the fastest delivery in our market", ["supply_chain", "customer_service"], None),
    ("Cut operating costs by 10% while keeping service levels", ["finance", "general_management", "production"], None),
    ("Improve cash flow by collecting receivables faster", ["finance"], None),
    ("Build digital skills across the workforce", ["hr", "it"], None),
    ("Reduce employee turnover in our stores", ["hr"], "retail"),
    ("Raise customer satisfaction and loyalty", ["customer_service", "marketing", "sales"], None),
    ("Achieve zero workplace accidents in all plants", ["production"], "manufacturing"),
    ("Shorten the time to bring new software features to customers", ["rd", "it"], "internet"),
    ("Strengthen compliance and reduce regulatory fines", ["legal"], None),
    ("Lower purchasing costs through strategic sourcing", ["procurement"], None),
    ("Improve first pass yield and reduce scrap", ["production", "quality"], "manufacturing"),
    ("Increase occupancy and revenue per available room", ["sales", "marketing"], "hospitality"),
    (
        "Reduce patient waiting times and readmissions",
        ["general_management", "quality", "customer_service"],
        "healthcare",
    ),
    ("Keep non-performing loans below target while growing the loan book", ["finance", "sales"], "financial_services"),
]
STRATEGY_ZH = [
    ("三年内新产品收入占比达到30%", ["rd", "marketing", "sales"], None),
    ("以快速交付著称，缩短订单交付周期", ["supply_chain", "production"], None),
    ("降本增效，期间费用率下降两个百分点", ["finance", "general_management"], None),
    ("加快回款，改善经营性现金流", ["finance", "sales"], None),
    ("打造学习型组织，提升员工数字化能力", ["hr", "it"], None),
    ("降低门店员工流失率，提升人效", ["hr"], "retail"),
    ("提升客户满意度和复购率", ["customer_service", "sales", "marketing"], None),
    ("安全生产零事故", ["production"], "manufacturing"),
    ("提升研发效能，缩短版本发布周期", ["rd", "it"], "internet"),
    ("依法合规经营，杜绝重大合规风险", ["legal"], None),
    ("通过集中采购降低采购成本", ["procurement"], None),
    ("提高一次交验合格率，降低质量损失", ["quality", "production"], "manufacturing"),
    ("提升门店坪效和同店销售增长", ["sales"], "retail"),
    ("缩短患者候诊时间，提升患者满意度", ["general_management", "customer_service", "quality"], "healthcare"),
    ("控制不良贷款率，稳健扩大信贷规模", ["finance", "sales"], "financial_services"),
]

# Specific indicator ids judged relevant (grade 3 = the indicator the text is about, 2 = clearly fits).
ID_JUDGEMENTS: dict[str, dict[str, int]] = {
    "en_strategy_01": {
        "rd.new_product_revenue_share": 3,
        "rd.new_products_launched": 2,
        "marketing.new_product_launch_success_rate": 2,
        "retail.new_product_sales_share": 2,
    },
    "en_strategy_02": {
        "supply_chain.order_cycle_time": 3,
        "supply_chain.otif": 3,
        "production.rush_order_response": 2,
    },
    "en_strategy_03": {
        "general_management.cost_reduction_target_achievement": 3,
        "finance.period_expense_ratio": 3,
        "production.manufacturing_cost_reduction": 2,
    },
    "en_strategy_04": {
        "finance.days_sales_outstanding": 3,
        "sales.collection_rate": 3,
        "finance.operating_cash_flow": 3,
        "sales.overdue_receivables_ratio": 2,
    },
    "en_strategy_05": {
        "general_management.digital_maturity_score": 2,
        "hr.training_hours_per_employee": 2,
        "hr.training_coverage_rate": 2,
    },
    "en_strategy_06": {
        "hr.employee_turnover_rate": 3,
        "production.frontline_attrition": 2,
        "hr.new_hire_early_turnover_rate": 2,
    },
    "en_strategy_07": {
        "customer_service.csat": 3,
        "customer_service.nps": 3,
        "retail.member_repurchase_rate": 2,
        "sales.contract_renewal_rate": 2,
    },
    "en_strategy_08": {
        "manufacturing.lost_time_injury_frequency": 3,
        "general_management.major_safety_accidents": 3,
        "production.safety_hazard_rectification": 2,
    },
    "en_strategy_09": {
        "internet.deployment_frequency": 3,
        "internet.lead_time_for_changes": 3,
        "rd.requirement_lead_time": 2,
    },
    "en_strategy_10": {
        "legal.compliance_incident_count": 3,
        "legal.regulatory_penalties": 3,
        "legal.compliance_training_coverage": 2,
    },
    "en_strategy_11": {
        "procurement.cost_reduction_rate": 3,
        "procurement.centralized_procurement_rate": 2,
        "procurement.cost_avoidance": 2,
    },
    "en_strategy_12": {
        "production.first_pass_yield": 3,
        "production.scrap_rate": 3,
        "quality.quality_loss_rate": 2,
        "production.rolled_throughput_yield": 2,
    },
    "en_strategy_13": {"hospitality.occupancy_rate": 3, "hospitality.revpar": 3, "hospitality.average_daily_rate": 2},
    "en_strategy_14": {
        "healthcare.outpatient_waiting_time": 3,
        "healthcare.unplanned_readmission_30d": 3,
        "healthcare.patient_satisfaction": 2,
    },
    "en_strategy_15": {
        "financial_services.npl_ratio": 3,
        "financial_services.delinquency_rate_30plus": 2,
        "financial_services.loan_migration_rate": 2,
    },
    "zh_strategy_01": {
        "rd.new_product_revenue_share": 3,
        "rd.new_products_launched": 2,
        "marketing.new_product_launch_success_rate": 2,
        "retail.new_product_sales_share": 2,
    },
    "zh_strategy_02": {
        "supply_chain.order_cycle_time": 3,
        "supply_chain.otif": 3,
        "production.rush_order_response": 2,
    },
    "zh_strategy_03": {
        "general_management.cost_reduction_target_achievement": 3,
        "finance.period_expense_ratio": 3,
        "production.manufacturing_cost_reduction": 2,
    },
    "zh_strategy_04": {
        "finance.days_sales_outstanding": 3,
        "sales.collection_rate": 3,
        "finance.operating_cash_flow": 3,
        "sales.overdue_receivables_ratio": 2,
    },
    "zh_strategy_05": {
        "general_management.digital_maturity_score": 2,
        "hr.training_hours_per_employee": 2,
        "hr.training_coverage_rate": 2,
    },
    "zh_strategy_06": {
        "hr.employee_turnover_rate": 3,
        "production.frontline_attrition": 2,
        "hr.new_hire_early_turnover_rate": 2,
        "general_management.labor_productivity": 2,
    },
    "zh_strategy_07": {
        "customer_service.csat": 3,
        "customer_service.nps": 3,
        "retail.member_repurchase_rate": 2,
        "sales.contract_renewal_rate": 2,
    },
    "zh_strategy_08": {
        "manufacturing.lost_time_injury_frequency": 3,
        "general_management.major_safety_accidents": 3,
        "production.safety_hazard_rectification": 2,
    },
    "zh_strategy_09": {
        "internet.deployment_frequency": 3,
        "internet.lead_time_for_changes": 3,
        "rd.requirement_lead_time": 2,
    },
    "zh_strategy_10": {
        "legal.compliance_incident_count": 3,
        "legal.regulatory_penalties": 3,
        "legal.compliance_training_coverage": 2,
    },
    "zh_strategy_11": {
        "procurement.cost_reduction_rate": 3,
        "procurement.centralized_procurement_rate": 2,
        "procurement.cost_avoidance": 2,
    },
    "zh_strategy_12": {
        "production.first_pass_yield": 3,
        "production.scrap_rate": 3,
        "quality.quality_loss_rate": 2,
        "production.rolled_throughput_yield": 2,
    },
    "zh_strategy_13": {"retail.sales_per_square_metre": 3, "retail.same_store_sales_growth": 3},
    "zh_strategy_14": {"healthcare.outpatient_waiting_time": 3, "healthcare.patient_satisfaction": 3},
    "zh_strategy_15": {
        "financial_services.npl_ratio": 3,
        "financial_services.delinquency_rate_30plus": 2,
        "financial_services.loan_migration_rate": 2,
    },
}


def _tasks_zh(text: str) -> list[str]:
    parts = re.split(r"\s*\d+[.．、]\s*", str(text or ""))
    return [p.strip(" 。；;") for p in parts if p.strip(" 。；;")]


def build(data: Path) -> list[dict]:
    occ = pd.read_csv(data / "onet_occupations" / "onet_occupations.csv").set_index("onet_soc_code")
    tasks = pd.read_csv(data / "onet_occupations" / "onet_task_statements.csv")
    csco = pd.read_csv(data / "csco2022_zh" / "csco2022_occupations.csv").set_index("code")
    queries: list[dict] = []

    kinds_en = ["title", "task", "description", "job_description"]
    for n, (code, (functions, industry)) in enumerate(ONET.items()):
        row = occ.loc[code]
        own = tasks[(tasks.onet_soc_code == code)]
        core = own[own.task_type == "Core"].task.tolist() or own.task.tolist()
        texts = {
            "title": row.title,
            "task": core[0],
            "description": row.description,
            "job_description": row.description + " " + " ".join(core[:5]),
        }
        for kind in (kinds_en[n % 4], kinds_en[(n + 2) % 4]):
            queries.append(
                {
                    "id": f"en_{code}_{kind}",
                    "lang": "en",
                    "kind": kind,
                    "source": f"O*NET 29.3 {code} {row.title}",
                    "text": texts[kind],
                    "functions": functions,
                    "industry": industry,
                }
            )

    kinds_zh = ["title", "task", "description", "job_description"]
    for n, (code, (functions, industry)) in enumerate(CSCO.items()):
        row = csco.loc[code]
        duties = _tasks_zh(row.tasks)
        aliases = [a for a in str(row.alias or "").split(",") if a and a != row["name"]]
        texts = {
            "title": aliases[0] if aliases else row["name"],
            "task": duties[min(1, len(duties) - 1)],
            "description": row.definition,
            "job_description": f"{row.definition} 主要工作任务：" + "；".join(duties[:6]),
        }
        for kind in (kinds_zh[n % 4], kinds_zh[(n + 2) % 4]):
            queries.append(
                {
                    "id": f"zh_{code}_{kind}",
                    "lang": "zh",
                    "kind": kind,
                    "source": f"职业分类大典2022 {code} {row['name']}",
                    "text": texts[kind],
                    "functions": functions,
                    "industry": industry,
                }
            )

    for lang, items in (("en", STRATEGY_EN), ("zh", STRATEGY_ZH)):
        for i, (text, functions, industry) in enumerate(items, start=1):
            queries.append(
                {
                    "id": f"{lang}_strategy_{i:02d}",
                    "lang": lang,
                    "kind": "strategy",
                    "source": "written by us",
                    "text": text,
                    "functions": functions,
                    "industry": industry,
                }
            )
    for q in queries:
        q["ids"] = dict(ID_JUDGEMENTS.get(q["id"], {}))
    return queries


def main() -> None:
    default = os.environ.get("KPIGUIDE_EXTERNAL_DATA") or str(ROOT.parent / "shared" / "data" / "external")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=default, help="folder with onet_occupations/ and csco2022_zh/")
    args = parser.parse_args()
    queries = build(Path(args.data))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    header = (
        "# Labelled queries of the suggestion benchmark, generated by benchmarks/build_suggest_queries.py.\n"
        "# Texts are verbatim O*NET 29.3 (CC BY 4.0, USDOL/ETA) and 职业分类大典2022 content, or written by us.\n"
        "# Relevance: grade 1 = an indicator of one of `functions` (usable in `industry`), grade 2-3 = `ids`.\n"
    )
    OUT.write_text(
        header + yaml.safe_dump({"queries": queries}, allow_unicode=True, sort_keys=False, width=120), encoding="utf-8"
    )
    langs = pd.Series([q["lang"] for q in queries]).value_counts().to_dict()
    print(f"{len(queries)} queries written to {OUT} ({langs})")


if __name__ == "__main__":
    main()
