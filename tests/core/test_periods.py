import contextlib
import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kpiguide.core.periods import Period


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2026-01", "2026-01"), ("2026/1", "2026-01"), ("202601", "2026-01"), ("2026年1月", "2026-01"),
        ("2026年十二月", "2026-12"), ("２０２６－０３", "2026-03"), ("Jan 2026", "2026-01"), ("2026-03-31", "2026-03"),
        ("2026Q1", "2026Q1"), ("2026 Q1", "2026Q1"), ("Q1 2026", "2026Q1"), ("2026-Q3", "2026Q3"),
        ("2026年第一季度", "2026Q1"), ("2026年一季度", "2026Q1"), ("2026年4季度", "2026Q4"),
        ("2026H2", "2026H2"), ("2026年上半年", "2026H1"), ("2026", "2026"), ("2026年", "2026"), ("FY2026", "2026"),
    ],
)  # fmt: skip
def test_parse_reads_english_and_chinese_spellings(text, expected):
    assert str(Period.parse(text)) == expected


def test_parse_accepts_dates_and_numbers():
    assert str(Period.parse(dt.date(2026, 5, 17))) == "2026-05"
    assert str(Period.parse(202611)) == "2026-11"
    assert str(Period.parse("2026-05", "quarter")) == "2026Q2"


@pytest.mark.parametrize("text", ["", "2026-13", "2026Q5", "hello", "20261", "Q0 2026", None, [2026]])
def test_parse_rejects_garbage_with_the_value_in_the_message(text):
    with pytest.raises(ValueError, match="Cannot read"):
        Period.parse(text)


def test_period_arithmetic_and_labels():
    q = Period.parse("2026Q1")
    assert q.start == dt.date(2026, 1, 1) and q.end == dt.date(2026, 3, 31)
    assert q.days == 90 and q.working_days() == 64
    assert str(q.shift(-1)) == "2025Q4" and str(Period.parse("2026-01").shift(-13)) == "2024-12"
    assert q.label("zh") == "2026年第一季度" and q.label("en") == "2026 Q1"
    assert [str(m) for m in q.month_periods()] == ["2026-01", "2026-02", "2026-03"]
    assert q.contains(Period.parse("2026-02")) and not q.contains(Period.parse("2026-04"))


@given(st.text(max_size=30))
def test_parse_never_raises_anything_but_value_error(text):
    with contextlib.suppress(ValueError):
        Period.parse(text)


@given(st.sampled_from(["month", "quarter", "half", "year"]), st.integers(1990, 2100), st.integers(1, 12))
def test_str_round_trips(kind, year, index):
    limit = {"month": 12, "quarter": 4, "half": 2, "year": 1}[kind]
    period = Period(kind, year, (index - 1) % limit + 1)
    assert Period.parse(str(period)) == period
    assert Period.parse(period.label("zh")) == period
