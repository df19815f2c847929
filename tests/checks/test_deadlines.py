import datetime as dt

import pytest
from hypothesis import given
from hypothesis import strategies as st

from kpiguide.checks.deadlines import find_time_expressions, first_deadline
from kpiguide.core.model import Frequency

TODAY = dt.date(2026, 5, 10)


@pytest.mark.parametrize(
    ("text", "due"),
    [
        ("本季度末客户满意度不低于90分", dt.date(2026, 6, 30)),
        ("年底前改善仓库管理", dt.date(2026, 12, 31)),
        ("6月30日前完成会员系统上线", dt.date(2026, 6, 30)),
        ("2026年12月31日前门店销售额达到500万元", dt.date(2026, 12, 31)),
        ("Q3末线上转化率提升到3.5%", dt.date(2026, 9, 30)),
        ("H1完成两场新品发布会", dt.date(2026, 6, 30)),
        ("Reduce first response time to under 30 seconds by end of Q4", dt.date(2026, 12, 31)),
        ("Increase MRR by 10% by Dec 31", dt.date(2026, 12, 31)),
        ("Launch the loyalty app by 30 June 2027", dt.date(2027, 6, 30)),
        ("Train staff by 2026-03-31", dt.date(2026, 3, 31)),
        ("2026年第一季度新开门店2家", dt.date(2026, 3, 31)),
        ("Cut inventory days by December 2026", dt.date(2026, 12, 31)),
    ],
)
def test_deadline_resolves_to_due_date(text, due):
    expr = first_deadline(find_time_expressions(text, today=TODAY))
    assert expr is not None and expr.due == due


@pytest.mark.parametrize(
    ("text", "frequency"),
    [
        ("每月新增会员不少于200人", Frequency.MONTHLY),
        ("每周拣货准确率保持在99.5%以上", Frequency.WEEKLY),
        ("每天外呼电话至少80通", Frequency.DAILY),
        ("Keep server uptime at 99.9% monthly", Frequency.MONTHLY),
        ("Make at least 80 calls per day", Frequency.DAILY),
        ("关键岗位员工年流失率不超过8%", Frequency.YEARLY),
    ],
)
def test_recurring_periods(text, frequency):
    (expr,) = find_time_expressions(text, today=TODAY)
    assert (expr.kind, expr.frequency) == ("recurring", frequency)


def test_within_days_is_a_frame():
    (expr,) = find_time_expressions("Ship the checkout redesign within 90 days", today=TODAY)
    assert (expr.kind, expr.days) == ("frame", 90)


@pytest.mark.parametrize(
    "text",
    [
        "95% of orders delivered within 48 hours",
        "订单48小时内送达率达到95%",
        "Collect 95% of invoices within 30 days of issue",
        "投诉在3个工作日内处理完毕的比例达到98%",
        "库存周转天数控制在60天以内",
        "Achieve $5M in annual recurring revenue",
    ],
)
def test_measured_durations_and_indicator_names_are_not_time_frames(text):
    assert find_time_expressions(text, today=TODAY) == ()


def test_amount_2000_wan_is_not_a_year():
    expr = first_deadline(find_time_expressions("Q4前GMV达到2000万", today=TODAY))
    assert str(expr.period) == "2026Q4"


def test_invalid_calendar_date_is_ignored():
    assert all(e.kind != "date" for e in find_time_expressions("2026年2月30日前", today=TODAY))


@given(st.text(max_size=200))
def test_fuzz_never_crashes(text):
    for expr in find_time_expressions(text, today=TODAY):
        assert expr.start < expr.end


@pytest.mark.parametrize(
    ("text", "month"),
    [
        ("Hire 40 sales representatives by June", "2026-06"),
        ("Raise first-contact resolution to 80% by the end of June", "2026-06"),
        ("Finish the audit no later than Sept", "2026-09"),
        ("Migrate the CRM by end of March 2027", "2027-03"),
    ],
)
def test_a_month_named_as_deadline_is_a_deadline(text, month):
    exprs = find_time_expressions(text, today=dt.date(2026, 5, 10))
    assert [str(e.period) for e in exprs] == [month]
    assert exprs[0].deadline


def test_a_month_followed_by_a_day_stays_a_date():
    (expr,) = find_time_expressions("by June 30", today=dt.date(2026, 5, 10))
    assert expr.date == dt.date(2026, 6, 30)


def test_a_modal_may_is_not_a_month():
    assert find_time_expressions("We may reduce costs", today=dt.date(2026, 5, 10)) == ()


@pytest.mark.parametrize("text", ["6月底前完成", "六月底之前完成", "6月末以前完成", "6月前完成"])
def test_chinese_end_of_month_deadlines_keep_the_before_word(text):
    (expr,) = find_time_expressions(text, today=dt.date(2026, 5, 10))
    assert str(expr.period) == "2026-06"
    assert text[expr.end :] == "完成"
