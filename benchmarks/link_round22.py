"""KPI linking (issue 12, round 22): the two reading fixes, judged by leave-one-SET-out.

    python benchmarks/link_round22.py [--out benchmarks/results/link_round22_cv.md] [--quick] [--dump FILE]

Four readings, each run through the same folds as ``benchmarks/link_rerank_cv.py`` (each fresh set held out in turn,
fresh and fresh2-fresh16; the re-ranker and the link-or-none decision trained on all other sets, the practitioners'
names mined from them) in the same run; the defaults' answers (top-5 re-ranker + learned link-or-none, two thresholds)
compared:

1. round 21's reading and catalog (the defaults as on main before round 22);
2. (i) the target cut takes the comparison words with the number ("Sales growth of 12%" was "Sales growth of": the
   Chinese pattern cut the number first and left the English "of"; 合格率在98%以上 was 合格率在, 不安全行为3次 不安全行);
3. (ii) the catalog's keywords that named a neighbouring indicator dropped (a keyword that is, after the linker's
   normalisation, another indicator's name or merged name, unless it truly belongs to both:
   tests/catalog/test_catalog.py, ``SHARED_WORDS``); round 21's keywords are put back for the other readings, whichever the catalog files hold;
4. (i) and (ii).

Rule: both are bug fixes: they stay unless they lose right answers pooled; round 19's rule
(:func:`benchmarks.link_rerank_cv.rule19`) is reported as well.
"""

from __future__ import annotations

import argparse
import dataclasses
import datetime as dt
import pickle
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.link_mine_vocabulary import load_sets, loso_rows, wins_losses, write_report  # noqa: E402
from benchmarks.link_rerank_cv import DEFAULTS, rule19, run  # noqa: E402
from benchmarks.suggest_common import machine  # noqa: E402
from kpiguide.catalog import load_catalog  # noqa: E402
from kpiguide.suggest import linking  # noqa: E402

#: Round 21's Chinese target pattern: 为 / 达 a comparison word even inside 行为 / 送达.
_ROUND21_TARGET_ZH = re.compile(
    "(?:"
    + "|".join(re.escape(w) for w in sorted(linking._TARGET_WORDS_ZH, key=len, reverse=True))
    + r")?\s*[-+]?\d[\d.,]*+"
    + linking._NOT_HYPHENED
)
#: The keywords round 22 dropped (tests/catalog/test_catalog.py: a keyword naming another indicator), put back for
#: round 21's catalog (appended: the index reads keywords as a bag of words). internet.service_availability's
#: 系统可用性（SLA） became 系统可用性.
ROUND21_KEYWORDS: dict[str, dict[str, list[str]]] = {
    "administration.facility_vendor_performance": {"zh": ["SLA"], "en": ["SLA"]},
    "administration.reception_satisfaction": {"en": ["customer visits"]},
    "administration.service_request_response": {"en": ["SLA"]},
    "construction.sell_through_rate_property": {"zh": ["销售速度"]},
    "customer_service.service_cost_to_revenue": {"zh": ["成本收入比"]},
    "customer_service.service_level": {"zh": ["平均应答速度"], "en": ["ASA"]},
    "education.course_completion_rate": {"zh": ["到课率"]},
    "education.first_year_retention": {"zh": ["流失"]},
    "education.referral_enrolment_share": {"zh": ["获客成本"]},
    "education.student_satisfaction": {"zh": ["NPS"], "en": ["NPS"]},
    "energy.coal_consumption_per_kwh": {"en": ["heat rate"]},
    "finance.travel_policy_violation_rate": {"en": ["travel policy compliance"]},
    "financial_services.aum_growth": {"en": ["net new money"]},
    "financial_services.combined_ratio": {"zh": ["赔付率"], "en": ["loss ratio"]},
    "financial_services.digital_channel_substitution_rate": {"en": ["self-service rate"]},
    "general_management.crisis_response_time": {"en": ["emergency response time"]},
    "general_management.revenue_growth_rate": {"zh": ["营业收入"]},
    "hospitality.channel_commission_ratio": {"zh": ["获客成本"]},
    "hr.hr_data_accuracy_rate": {"en": ["master data accuracy"]},
    "hr.revenue_per_employee": {"zh": ["人均产值"]},
    "internet.arppu": {"zh": ["客单价"]},
    "internet.cac_payback_months": {"zh": ["获客成本"]},
    "internet.ltv_cac_ratio": {"zh": ["获客成本"], "en": ["CAC"]},
    "internet.rule_of_40": {"zh": ["自由现金流"], "en": ["free cash flow"]},
    "internet.service_availability": {"zh": ["SLA", "系统可用性（SLA）"], "en": ["SLA"]},
    "it.change_success_rate": {"zh": ["变更失败率"], "en": ["change failure rate"]},
    "it.phishing_click_rate": {"zh": ["点击率"]},
    "it.sla_compliance": {"zh": ["服务水平"]},
    "it.system_availability": {"zh": ["SLA"], "en": ["SLA"]},
    "legal.settlement_rate": {"en": ["ADR"]},
    "logistics.on_time_delivery_rate": {"en": ["service level"]},
    "logistics.warehouse_order_accuracy": {"zh": ["拣货准确率"], "en": ["picking accuracy"]},
    "logistics.warehouse_space_utilization": {"zh": ["坪效"]},
    "manufacturing.wafer_yield": {"zh": ["缺陷密度"], "en": ["defect density"]},
    "manufacturing.wip_days": {"zh": ["WIP", "生产周期"]},
    "marketing.average_time_on_site": {"en": ["stickiness"]},
    "marketing.customer_acquisition_cost": {"en": ["cost per acquisition"]},
    "procurement.payment_terms": {"en": ["DPO"]},
    "procurement.pr_processing_timeliness": {"zh": ["SLA"]},
    "procurement.supplier_on_time_delivery": {"en": ["OTIF"]},
    "production.direct_indirect_ratio": {"zh": ["管理幅度"], "en": ["span of control"]},
    "production.equipment_downtime": {"zh": ["停线时间"]},
    "production.mes_data_capture_rate": {"zh": ["设备联网率"]},
    "production.output_per_employee": {"zh": ["全员劳动生产率"], "en": ["value added per employee"]},
    "professional_services.client_satisfaction_score": {"zh": ["NPS"], "en": ["NPS"]},
    "public_sector.petition_first_resolution": {"en": ["first-contact resolution"]},
    "public_sector.program_expense_ratio": {"zh": ["管理费用率"]},
    "quality.customer_complaint_rate": {"zh": ["客户投诉率"], "en": ["customer complaint rate"]},
    "rd.advanced_degree_staff_share": {"zh": ["人才密度"]},
    "rd.cost_performance_index": {"zh": ["项目成本偏差率"], "en": ["project cost variance"]},
    "rd.first_pass_test_rate": {"en": ["first-pass yield"]},
    "rd.post_release_design_changes": {"zh": ["设计变更率"]},
    "rd.schedule_performance_index": {"en": ["schedule variance"]},
    "retail.on_shelf_availability": {"zh": ["缺货率"]},
    "sales.average_sales_cycle": {"en": ["sales velocity"]},
    "sales.channel_sell_through_rate": {"zh": ["售罄率"]},
    "sales.cross_sell_rate": {"zh": ["连带率"]},
    "sales.numeric_distribution": {"en": ["on-shelf availability"]},
    "sales.sales_forecast_accuracy": {"zh": ["预测偏差"], "en": ["forecast bias"]},
    "supply_chain.delivery_satisfaction": {"zh": ["客户满意度", "NPS"]},
    "supply_chain.otif": {"en": ["on time delivery rate"]},
    "supply_chain.safety_stock_compliance": {"zh": ["服务水平"], "en": ["service level"]},
    "supply_chain.transport_cost_per_unit": {"en": ["cost per shipment"]},
    "supply_chain.warehouse_cost_per_order": {"zh": ["单票成本"]},
}
TODAY = "round 21's reading and catalog"
CUT = "(i) comparison words cut with the number"
WORDS = "(ii) no keyword naming a neighbouring indicator"
BOTH = "(i) + (ii)"


def with_keywords(catalog, dropped: bool):
    """``catalog`` with round 21's keywords (``dropped=False``) or without the ones round 22 judged to name a
    neighbouring indicator (``dropped=True``), whichever the catalog files hold."""
    indicators = []
    for ind in catalog.indicators:
        words = ROUND21_KEYWORDS.get(ind.id)
        if words:
            zh, en = ind.keywords_zh, ind.keywords_en
            renamed = ("系统可用性",) if ind.id == "internet.service_availability" else ()  # was 系统可用性（SLA）
            zh = tuple(w for w in zh if w not in (*words.get("zh", ()), *renamed))
            en = tuple(w for w in en if w not in words.get("en", ()))
            if dropped:
                zh = (*zh, *renamed)
            if not dropped:
                zh, en = (*zh, *words.get("zh", ())), (*en, *words.get("en", ()))
            ind = dataclasses.replace(ind, keywords_zh=zh, keywords_en=en)
        indicators.append(ind)
    return dataclasses.replace(catalog, indicators=tuple(indicators))


@contextmanager
def reading(cut: bool) -> Iterator[None]:
    """The linker's target cut as round 22 reads it (``cut``) or as round 21 did, while the block runs."""
    saved = (linking._TARGET_ZH, linking._without_trailing_comparison)
    try:
        if not cut:
            linking._TARGET_ZH, linking._without_trailing_comparison = _ROUND21_TARGET_ZH, _as_cut
        yield
    finally:
        linking._TARGET_ZH, linking._without_trailing_comparison = saved


def _as_cut(text: str) -> str:
    return text


def report(items: list[dict], out: dict[str, dict[str, list]], variants: list[str]) -> list[str]:
    lines = [
        "## KPI linking, round 22: the reading fixes (leave one set out)",
        "",
        f"Command: `python benchmarks/link_round22.py` · {dt.date.today()} · {machine()}",
        "",
        "Each fresh set held out in turn; the defaults (top-5 re-ranker + learned link-or-none, two thresholds) "
        "trained in each fold on all other sets, for each reading, in the same run. Cells: right answers · top-1 · "
        "none precision.",
        "",
        "| held set | names | " + " | ".join(variants) + " |",
        "|---|---|" + "---|" * len(variants),
    ]
    lines += loso_rows(items, {v: out[v] for v in variants})
    for new in variants[1:]:
        wins, losses = wins_losses(items, out[new], out[TODAY])
        lines.append(
            f"- {new} against {TODAY}: {rule19(items, out[new], out[TODAY])[1]} ({wins} better, {losses} worse)."
        )
    return [*lines, ""]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None, help="unused: the labelled names live in benchmarks/data")
    parser.add_argument("--out", default=None, help="write the Markdown section here (default: print only)")
    parser.add_argument("--quick", action="store_true", help="smoke run: every 10th name; writes nothing")
    parser.add_argument("--dump", default=None, help="also pickle the answers of every reading here")
    parser.add_argument(
        "--only", default=None, help="comma-separated readings to run (today,cut,words,both; default: all four)"
    )
    args = parser.parse_args()
    catalog = load_catalog()
    items = load_sets(catalog)
    if args.quick:
        items = items[::10]
    old, new = with_keywords(catalog, dropped=False), with_keywords(catalog, dropped=True)
    plan = {TODAY: (False, old), CUT: (True, old), WORDS: (False, new), BOTH: (True, new)}
    tags = {"today": TODAY, "cut": CUT, "words": WORDS, "both": BOTH}
    variants = [tags[t] for t in args.only.split(",")] if args.only else list(plan)
    out: dict[str, dict[str, list]] = {}
    for variant in variants:
        cut, used = plan[variant]
        with reading(cut):
            out[variant] = run(used, items)[DEFAULTS[1]]
        print(f"{variant}: done", file=sys.stderr, flush=True)
        if args.dump:  # after each reading: a long run's finished readings are kept
            Path(args.dump).write_bytes(pickle.dumps(out))
    write_report(report(items, out, variants), args.out, args.quick)


if __name__ == "__main__":
    main()
