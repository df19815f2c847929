"""A department's name names no measure (``IndicatorSuggester(named_department=...)``, round 37): the indicator the
text names is looked for in the text without the part naming the department."""

from __future__ import annotations

import pytest

from kpiguide.catalog import load_catalog
from kpiguide.core.errors import InputError
from kpiguide.suggest.engine import IndicatorSuggester

STAFFING = "hr.hr_staffing_ratio"


@pytest.fixture(scope="module")
def engines():
    catalog = load_catalog()
    return IndicatorSuggester().fit(catalog), IndicatorSuggester(named_department=True).fit(catalog)


def ids(engine, text, k=5):
    return [s.indicator.id for s in engine.suggest(text, top_k=k)]


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("公司战略是保障员工安全，人力资源部门", STAFFING),  # named by 人力资源 (2nd)
        ("HR department: our strategy is to attract and retain talent", STAFFING),  # named by 'hr'
        ("Strategy: build the brand. Department: legal", "marketing.brand_spend_share"),  # another function's
    ],
)
def test_the_department_name_no_longer_names_a_measure(engines, text, named) -> None:
    off, on = engines
    assert ids(off, text)[1] == named
    listed = ids(on, text)
    assert named not in listed
    department = "hr" if named == STAFFING else "legal"
    assert all(
        i.split(".", maxsplit=1)[0] in (department, "production") for i in listed
    )  # the strategy's and department's own


def test_a_measure_the_text_names_besides_the_department_is_still_named(engines) -> None:
    _, on = engines
    text = "公司战略是减少尚未了结的诉讼涉及的金额，法务部门"
    assert "legal.pending_litigation_amount" in ids(on, text, k=3)


def test_off_is_the_default_and_the_switch_is_checked() -> None:
    assert IndicatorSuggester().named_department is False
    with pytest.raises(InputError):
        IndicatorSuggester(named_department="yes").fit(load_catalog())  # type: ignore[arg-type]
