from dataclasses import replace

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from kpiguide.checks.balance import balance_table, check_scheme
from kpiguide.checks.profiles import available_profiles, load_profile
from kpiguide.core.errors import InputError
from kpiguide.core.model import Organization, Scheme


def no_similar(kpis, threshold):
    return []


def codes(report):
    return set(report.codes())


def test_builtin_profiles_load():
    assert {"cn", "bsc"} <= set(available_profiles())
    cn, bsc = load_profile("cn"), load_profile("bsc")
    assert (cn.kpi_count_min, cn.kpi_count_max, cn.weight_min, cn.weight_max, cn.weight_step) == (5, 8, 5, 30, 5)
    assert (bsc.kpi_count_min, bsc.kpi_count_max, bsc.department.leading_min_share) == (3, 5, 0.3)
    assert load_profile("cn") is cn  # read and validated once per process (a page asks for it many times)


def test_demo_scheme_is_sound_but_has_advice(demo_scheme_zh):
    report = check_scheme(demo_scheme_zh, "cn", similar=no_similar)
    assert not report.has_errors
    # demo roles have 3-5 KPIs and weights up to 40 %: outside the cn profile
    assert {"balance.kpi_count", "balance.weight_bounds"} <= codes(report)
    assert "balance.weights_sum" not in codes(report)


def test_demo_scheme_en_under_bsc(demo_scheme_en):
    report = check_scheme(demo_scheme_en, "bsc", similar=no_similar)
    assert "balance.leading_share" in codes(report)
    assert all(f.message_en and f.message_zh and f.suggestion_en for f in report)


def test_broken_weights_zero_weight_and_missing_fields(demo_scheme_en):
    kpi = demo_scheme_en.kpi("sa_sales")
    broken = demo_scheme_en.with_kpi(replace(kpi, weight=0.0, unit="", data_source=""))
    report = check_scheme(broken, "cn", similar=no_similar)
    assert {"balance.zero_weight", "balance.weights_sum", "balance.missing_field"} <= codes(report)
    assert report.has_errors
    path = "departments/sales/roles/store_associate/kpis/sa_sales"
    assert {f.code for f in report.about(path)} >= {"balance.zero_weight", "balance.missing_field"}


def test_unmeasured_objective_and_untraced_kpi(demo_scheme_en):
    scheme = demo_scheme_en
    for kpi in scheme.kpis:
        if kpi.objective == "L2":
            scheme = scheme.with_kpi(replace(kpi, objective=None))
    report = check_scheme(scheme, "cn", similar=no_similar)
    assert any(f.code == "balance.objective_unmeasured" and f.subject == "objectives/L2" for f in report)
    assert "balance.kpi_untraced" in codes(report)


def test_redundancy_uses_injected_finder(demo_scheme_en):
    def finder(kpis, threshold):
        return [(kpis[0], kpis[1], 0.95)] if kpis[0].id == "sa_sales" else []

    report = check_scheme(demo_scheme_en, "cn", similar=finder)
    (f,) = [f for f in report if f.code == "balance.redundant_kpis"]
    assert f.subject.endswith("/kpis/sa_basket")


def test_missing_similarity_engine_is_an_info_finding(demo_scheme_en):
    report = check_scheme(demo_scheme_en, "cn")
    assert "balance.redundancy_unchecked" in codes(report) or "balance.redundant_kpis" not in codes(report)


def test_scheme_without_roles():
    report = check_scheme(Scheme(Organization("Empty Co")), "cn")
    assert report.has_errors and "balance.no_roles" in codes(report)


def test_user_profile_file_and_invalid_profile(tmp_path, demo_scheme_en):
    good = tmp_path / "mine.yaml"
    good.write_text(load_profile_text("bsc").replace("max: 5}", "max: 6}"), encoding="utf-8")
    assert load_profile(good).kpi_count_max == 6
    bad = tmp_path / "bad.yaml"
    bad.write_text(
        "kind: balance_profile\nrole: {kpi_count: {min: 9, max: 2}, weight: {min: x, max: 30}}\n", encoding="utf-8"
    )
    with pytest.raises(InputError, match="not valid") as err:
        load_profile(bad)
    fields = {p.field for p in err.value.problems}
    assert {"role.kpi_count", "role.weight.min", "department", "organization"} <= fields
    with pytest.raises(InputError, match="Unknown balance profile"):
        check_scheme(demo_scheme_en, "nope")


def load_profile_text(name):
    from importlib import resources

    return (resources.files("kpiguide.checks") / "profiles" / f"{name}.yaml").read_text(encoding="utf-8")


def test_balance_table_shares(demo_scheme_en):
    table = balance_table(demo_scheme_en)
    assert list(table["department"])[-1] == "organization"
    shares = table[["financial", "customer", "internal_process", "learning_growth"]].sum(axis=1)
    assert shares.round(6).eq(1).all()
    assert (table["leading"] + table["lagging"]).round(6).eq(1).all()


def test_balance_chart_has_a_trace_per_share(demo_scheme_zh):
    pytest.importorskip("plotly")
    from kpiguide.plots.balance import balance_chart

    fig = balance_chart(demo_scheme_zh, lang="zh")
    assert len(fig.data) == 6 and fig.data[0].name in {"学习与成长", "财务"}


@settings(max_examples=40, deadline=None)
@given(st.lists(st.floats(min_value=-50, max_value=150, allow_nan=False), min_size=1, max_size=8))
def test_fuzz_weights_never_crash(weights):
    from kpiguide.design.demo import build_demo_scheme

    scheme = build_demo_scheme("en")
    kpis = scheme.kpis_of("store_associate")
    for kpi, w in zip(kpis, weights, strict=False):
        scheme = scheme.with_kpi(replace(kpi, weight=w))
    report = check_scheme(scheme, "bsc", similar=no_similar)
    assert all(f.message_en for f in report)
