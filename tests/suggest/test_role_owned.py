"""Issue 12 round 40 (lead): with a department read, the indicators of other functions that the department's jobs for
any company carry as core KPIs in the role library count as the department's own when a stated strategy's measures
are ordered (``IndicatorSuggester(role_owned=...)``; on by default since its judged run passed its rule,
benchmarks/suggest_role_owned.py; False is round 39's engine).
The market-share case is the issue's own Done-when case; the other texts are written for this test."""

from __future__ import annotations

import pytest

from kpiguide.catalog import load_catalog
from kpiguide.catalog.roles import load_roles
from kpiguide.core.errors import InputError
from kpiguide.suggest.engine import IndicatorSuggester
from kpiguide.suggest.role_prior import department_role_kpis, strategy_indicators
from tests.suggest._switch import listed_ids as _ids
from tests.suggest._switch import off_and_on

MARKET_SHARE = (
    "\u9500\u552e\u90e8\uff1a\u516c\u53f8\u6218\u7565\u76ee\u6807\u662f\u63d0\u9ad8\u5e02\u573a\u4efd\u989d",
    "Sales department: our strategy is to increase market share",
)


@pytest.fixture(scope="module")
def engines() -> tuple[IndicatorSuggester, IndicatorSuggester]:
    return off_and_on("role_owned")


def test_the_switch_is_a_bool_and_on_by_default() -> None:
    assert IndicatorSuggester().role_owned is True
    with pytest.raises(InputError):
        IndicatorSuggester(role_owned=1).fit(load_catalog())  # type: ignore[arg-type]


def test_a_department_owns_what_its_general_jobs_carry_from_other_functions() -> None:
    catalog = load_catalog()

    def fn_of(ref: str) -> str | None:
        return catalog.get(ref).function if ref in catalog else None

    owned = department_role_kpis(load_roles(), fn_of)
    assert "general_management.revenue_growth_rate" in owned["sales"]
    assert all(fn_of(i) != "sales" for i in owned["sales"])  # only other functions' indicators
    template = next(t for t in catalog.templates if t.id == "c_market_share")
    by_id = {t.id: t for t in catalog.templates}
    before = [i for i, _, _ in strategy_indicators(template, by_id, "sales", fn_of)]
    after = [i for i, _, _ in strategy_indicators(template, by_id, "sales", fn_of, owned["sales"])]
    assert sorted(before) == sorted(after)
    assert after.index("general_management.revenue_growth_rate") < after.index("sales.target_outlet_coverage")
    assert before.index("general_management.revenue_growth_rate") > before.index("sales.target_outlet_coverage")


@pytest.mark.parametrize("text", MARKET_SHARE)
def test_the_articles_market_share_case_lists_sales_growth_and_new_customers(engines, text: str) -> None:
    off, on = engines
    first = _ids(on, text, 5)
    assert "general_management.revenue_growth_rate" in first
    assert "sales.new_customer_count" in first
    assert "general_management.revenue_growth_rate" not in _ids(off, text, 5)  # what the switch moves


def test_lists_without_a_department_are_the_same(engines) -> None:
    off, on = engines
    for text in ("Reduce customer churn", "Raise market share", "负责编制月度财务报表并核对总账"):
        assert _ids(off, text) == _ids(on, text)
