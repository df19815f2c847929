from collections import Counter

from kpiguide.core.model import Perspective
from kpiguide.design.demo import DEMO_FIRST_PERIOD, DEMO_LAST_PERIOD, build_demo_scheme, demo_actuals


def test_demo_company_has_the_promised_shape(demo_scheme_zh):
    s = demo_scheme_zh
    assert 6 <= len(s.objectives) <= 10
    assert {o.perspective for o in s.objectives} == set(Perspective)
    assert len(s.departments) >= 5 and len(s.employees) >= 30
    for dept in s.departments:
        assert 2 <= len(s.roles_of(dept.id)) <= 4
    for role in s.roles:
        assert role.responsibilities
        assert sum(k.weight for k in s.kpis_of(role.id)) == 100


def test_languages_share_ids_and_numbers(demo_scheme_zh, demo_scheme_en):
    assert [k.id for k in demo_scheme_zh.kpis] == [k.id for k in demo_scheme_en.kpis]
    assert [k.target for k in demo_scheme_zh.kpis] == [k.target for k in demo_scheme_en.kpis]
    assert demo_scheme_zh.kpi("sa_sales").name != demo_scheme_en.kpi("sa_sales").name


def test_history_is_deterministic_and_long_enough(demo_scheme_zh):
    a, b = demo_actuals(demo_scheme_zh), demo_actuals(demo_scheme_zh)
    assert a == b
    per_series = Counter((x.subject, x.kpi) for x in a)
    assert min(n for (emp, _), n in per_series.items() if emp != "E036") >= 24
    assert {str(x.period) for x in a} >= {str(DEMO_FIRST_PERIOD), str(DEMO_LAST_PERIOD)}


def test_history_has_seasonality_and_trend():
    sales = [x for x in demo_actuals(build_demo_scheme("en")) if x.kpi == "sa_sales"]
    by_month = Counter()
    count = Counter()
    for x in sales:
        by_month[x.period.start_month] += x.value
        count[x.period.start_month] += 1
    mean = {m: by_month[m] / count[m] for m in by_month}
    assert mean[11] > mean[2] * 1.3  # Double 11 peak vs Spring Festival dip
    first = [x.value for x in sales if x.period.year == 2024]
    last = [x.value for x in sales if x.period.year == 2026]
    assert sum(last) / len(last) > sum(first) / len(first)


def test_planted_imperfections_are_there(demo_scheme_zh):
    actuals = demo_actuals(demo_scheme_zh)
    on_target = [x.value for x in actuals if x.subject == "E016" and x.kpi == "cs_first_response"][-14:]
    assert set(on_target) == {30.0}
    assert not [x for x in actuals if x.subject == "E010" and str(x.period) == "2025-08"]
    assert min(x.period for x in actuals if x.subject == "E036").year == 2026


def test_demo_kpis_link_to_existing_catalog_indicators(demo_scheme_en):
    from kpiguide.catalog import load_catalog

    catalog = load_catalog()
    linked = [k for k in demo_scheme_en.kpis if k.indicator]
    assert len(linked) >= 35
    for kpi in linked:
        indicator = catalog.get(kpi.indicator)
        assert indicator.direction == kpi.direction or "range" in (kpi.direction.value, indicator.direction.value), (
            kpi.id
        )
