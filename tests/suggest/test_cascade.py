from __future__ import annotations

import json
from pathlib import Path

import pytest

from kpiguide.catalog import Catalog, load_catalog, load_templates
from kpiguide.core.errors import InputError
from kpiguide.core.model import Perspective
from kpiguide.suggest.cascade import propose_strategy_map, split_objectives
from kpiguide.suggest.engine import IndicatorSuggester

FIXTURE = Path(__file__).resolve().parents[1] / "fixtures" / "catalog_small.yaml"
ORDER = {p: i for i, p in enumerate(Perspective)}


@pytest.fixture(scope="module")
def catalog() -> Catalog:
    small = load_catalog(FIXTURE, builtin=False)
    return Catalog(small.indicators, load_templates(), small.taxonomy, small.sources)


@pytest.fixture(scope="module")
def suggester(catalog):
    return IndicatorSuggester().fit(catalog)


def test_split_objectives_on_lines_semicolons_and_numbering():
    assert split_objectives("1. 提升新产品收入；2、缩短交付周期\n打造学习型组织") == [
        "提升新产品收入",
        "缩短交付周期",
        "打造学习型组织",
    ]
    assert split_objectives(["a", " ", "b; c"]) == ["a", "b", "c"]


@pytest.mark.parametrize(
    ("text", "template"),
    [
        ("提升新产品收入", "f_new_product_revenue"),
        ("Grow revenue from new products", "f_new_product_revenue"),
        ("我们要以快速交付著称", "c_fast_delivery"),
        ("build digital skills across the company", "l_digital_skills"),
        ("降低核心员工流失", "l_talent_retention"),
    ],
)
def test_objective_matches_its_template(catalog, suggester, text, template):
    smap = propose_strategy_map([text], catalog=catalog, suggester=suggester)
    matched = [o.id for o in smap.objectives if o.source == "matched"]
    assert template in matched


def test_links_imply_supporting_objectives_in_lower_perspectives(catalog, suggester):
    smap = propose_strategy_map(["提升新产品收入"], catalog=catalog, suggester=suggester)
    top = smap.objective("f_new_product_revenue")
    supporting = [o for o in smap.objectives if o.source == "supporting"]
    assert supporting and all(ORDER[o.perspective] <= ORDER[top.perspective] for o in supporting)
    assert {o.perspective for o in smap.objectives} >= {Perspective.CUSTOMER, Perspective.INTERNAL_PROCESS}
    ids = {o.id for o in smap.objectives}
    assert all(a in ids and b in ids for a, b in smap.links)
    assert all(ORDER[smap.objective(a).perspective] <= ORDER[smap.objective(b).perspective] for a, b in smap.links)


def test_each_objective_has_owners_and_indicators_from_the_catalog(catalog, suggester):
    smap = propose_strategy_map(["加快回款，改善现金流", "降低员工离职率"], catalog=catalog, suggester=suggester)
    assert all(o.functions for o in smap.objectives)
    assert all(i.id in catalog for o in smap.objectives for i in o.indicators)
    collections = next(o for o in smap.objectives if o.id in {"f_collections", "f_cash_flow"})
    assert "finance.days_sales_outstanding" in [i.id for i in collections.indicators]
    assert "hr" in smap.owners()


def test_objective_without_template_is_kept_with_suggested_indicators(catalog, suggester):
    smap = propose_strategy_map(["xyzzy 坪效"], catalog=catalog, suggester=suggester)
    (own,) = [o for o in smap.objectives if o.source == "unmatched"]
    assert own.inputs == ("xyzzy 坪效",)
    assert "retail.sales_per_square_metre" in [i.id for i in own.indicators]


def test_industry_excludes_templates_of_other_industries(catalog, suggester):
    smap = propose_strategy_map(["提供安全优质的医疗服务"], catalog=catalog, suggester=suggester, industry="retail")
    assert "c_patient_care" not in {o.id for o in smap.objectives}
    smap = propose_strategy_map(["提供安全优质的医疗服务"], catalog=catalog, suggester=suggester, industry="healthcare")
    assert "c_patient_care" in {o.id for o in smap.objectives}


def test_map_is_in_the_language_of_the_input_and_serialisable(catalog, suggester):
    smap = propose_strategy_map(["提升客户满意度"], catalog=catalog, suggester=suggester)
    assert smap.lang == "zh"
    data = json.loads(json.dumps(smap.to_dict(), ensure_ascii=False))
    assert data["objectives"][0]["text"] == data["objectives"][0]["text_zh"]
    rows = smap.to_rows()
    assert rows[0]["perspective"] in {"财务", "客户"}
    assert list(smap.by_perspective()) == ["financial", "customer", "internal_process", "learning_growth"]


def test_no_objectives_is_a_clear_error(catalog, suggester):
    with pytest.raises(InputError, match="No objectives|没有输入"):
        propose_strategy_map(["  ", ""], catalog=catalog, suggester=suggester)


def test_unknown_industry_is_a_clear_error(catalog, suggester):
    with pytest.raises(InputError, match="(?s)Unknown industry 'mars'.*retail"):
        propose_strategy_map(["提升收入"], catalog=catalog, suggester=suggester, industry="mars")
