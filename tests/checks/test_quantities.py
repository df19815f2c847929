import pytest
from hypothesis import given
from hypothesis import strategies as st

from kpiguide.checks.quantities import find_quantities, normalize_statement


@pytest.mark.parametrize(
    ("text", "value", "kind", "bound"),
    [
        ("客户投诉率控制在0.5%以内", 0.5, "percent", "max"),
        ("每月新增会员不少于200人", 200, "count", "min"),
        ("复购率提高两成", 20, "percent", "exact"),
        ("单均配送成本下降百分之十五", 15, "percent", "exact"),
        ("每月盘点差异率控制在千分之三以内", 0.3, "percent", "max"),
        ("Quarterly sales of 1,000.5 thousand USD", 1_000_500, "currency", "exact"),
        ("Monthly sales of 1.000,5 k EUR", 1_000_500, "currency", "exact"),
        ("门店月均客单价不低于１２８元", 128, "currency", "min"),
        ("销售额达到五百万元", 5_000_000, "currency", "exact"),
        ("线上GMV年增长三倍", 3, "multiple", "exact"),
        ("Make at least 80 outbound calls per day", 80, "number", "min"),
        ("Cut inventory days to 45 days or fewer", 45, "duration", "max"),
    ],
)
def test_finds_quantity_with_kind_and_bound(text, value, kind, bound):
    q = find_quantities(text)[0]
    assert q.value == pytest.approx(value)
    assert (q.kind, q.bound) == (kind, bound)


def test_relative_change_is_marked():
    (q,) = find_quantities("营业收入同比增长15%")
    assert q.relative
    (q,) = find_quantities("毛利率提升至32%")
    assert not q.relative


def test_ranges_and_tolerances():
    (q,) = find_quantities("满意度保持在85-90%")
    assert (q.bound, q.value, q.high) == ("range", 85, 90)
    (q,) = find_quantities("预算执行偏差在±5%以内")
    assert (q.bound, q.value, q.high) == ("range", -5, 5)


def test_from_to_marks_baseline():
    baseline, target = find_quantities("Reduce churn from 5% to 3%")
    assert (baseline.role, baseline.value, target.role, target.value) == ("baseline", 5, "target", 3)


def test_scale_and_standard_codes_are_not_targets():
    kinds = [q.kind for q in find_quantities("CSAT of at least 4.5 out of 5")]
    assert kinds == ["number", "scale"]
    assert find_quantities("通过ISO 9001认证") == ()


def test_chinese_idioms_are_not_numbers():
    assert [q.value for q in find_quantities("一次解决率≥85%")] == [85]


def test_ignore_spans_skip_dates():
    text = "2026年12月31日前销售额达到500万元"
    assert [q.value for q in find_quantities(text, ignore=[(0, 12)])] == [5_000_000]


@given(st.text(max_size=200))
def test_fuzz_never_crashes_and_spans_are_in_text(text):
    norm = normalize_statement(text)
    for q in find_quantities(text):
        assert 0 <= q.start < q.end <= len(norm)
