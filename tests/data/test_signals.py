from __future__ import annotations

import pandas as pd
import pytest

from kpiguide.core.errors import InputError
from kpiguide.data.signals import Limits, _beyond, _runs, _three_of_four, latest_status, signal_findings, xmr

BASE = [10, 12, 11, 13, 12, 11, 10, 12]


def test_limits_by_hand():
    chart = xmr(BASE, series="calls")
    # mean 91 / 8 = 11.375; moving ranges 2 1 2 1 1 1 2 -> 10 / 7; 2.66 * 10 / 7 = 3.8
    assert chart.centre == pytest.approx(11.375)
    assert chart.current.mr_bar == pytest.approx(10 / 7)
    assert (chart.lower, chart.upper) == (pytest.approx(7.575), pytest.approx(15.175))
    assert chart.signals == ()
    assert latest_status(chart) == "routine"
    (finding,) = signal_findings(chart)
    assert finding.code == "signals.routine_variation"
    assert "7.575" in finding.message_en and "常规波动" in finding.message_zh


def test_a_point_beyond_the_limits_by_hand():
    chart = xmr([*BASE, 20], periods=[f"2026-{m:02d}" for m in range(1, 10)], series="calls")
    # mean 111 / 9; moving ranges sum 10 + 8 = 18 over 8 -> 2.25; upper 12.333 + 5.985 = 18.318
    assert chart.upper == pytest.approx(111 / 9 + 2.66 * 2.25)
    (signal,) = chart.signals
    assert (signal.period, signal.rule, signal.side) == ("2026-09", "beyond_limits", "above")
    assert latest_status(chart) == "signal"
    finding = next(iter(signal_findings(chart)))
    assert finding.code == "signals.beyond_limits" and finding.details["period"] == "2026-09"
    assert "2026-09" in finding.message_zh and "outside the natural process limits" in finding.message_en


def test_shift_recalculates_limits_from_the_start_of_the_run():
    later = [20, 21, 19, 20, 22, 21, 20, 19, 21, 20]
    chart = xmr(BASE + later, series="calls")
    first, second = chart.limits
    assert (first.start, first.end, first.centre) == (0, 8, pytest.approx(11.375))
    # second segment: mean 203 / 10, moving ranges 12 / 9
    assert (second.start, second.centre, second.mr_bar) == (8, pytest.approx(20.3), pytest.approx(12 / 9))
    assert second.upper == pytest.approx(20.3 + 2.66 * 12 / 9)
    (signal,) = chart.signals
    assert (signal.rule, signal.index, signal.first_period, signal.centre) == ("run_of_eight", 15, "9", 11.375)
    codes = signal_findings(chart).codes()
    assert codes == ["signals.run_of_eight", "signals.limits_recalculated"]
    unrecalculated = xmr(BASE + later, recalculate=False)
    assert len(unrecalculated.limits) == 1


def test_rule_three_of_four_alone():
    lim = Limits(0, 6, 10.0, 4.0, 16.0, 2.0, "1")  # halfway to the upper limit: 13
    values = [10, 14, 9, 14, 14, 10]
    (signal,) = _three_of_four(values, [str(i) for i in range(1, 7)], lim)
    assert (signal.index, signal.side, signal.first_period) == (4, "above", "2")
    assert _three_of_four([10, 14, 9, 14, 12, 10], list("abcdef"), lim) == []


def test_rule_run_of_eight_alone():
    lim = Limits(0, 10, 10.0, 4.0, 16.0, 2.0, "1")
    values = [9, 11, 11, 11, 11, 10, 11, 11, 11, 11]  # a point on the centre line breaks the run
    assert _runs(values, list("abcdefghij"), lim, 0, 10.0) == []
    (signal,) = _runs([11] * 9 + [9], list("abcdefghij"), lim, 0, 10.0)
    assert (signal.index, signal.first_period) == (7, "a")


def test_rule_beyond_limits_alone():
    lim = Limits(0, 3, 10.0, 4.0, 16.0, 2.0, "1")
    assert [s.side for s in _beyond([3, 10, 17], ["a", "b", "c"], lim)] == ["below", "above"]


def test_series_input_and_too_short():
    chart = xmr(pd.Series([1.0, 2.0, 3.0], index=["2026-01", "2026-02", "2026-03"], name="k"))
    assert chart.series == "k" and chart.periods[-1] == "2026-03"
    assert chart.to_dict()["signals"] == [] and chart.to_dict()["status"] == "routine"
    with pytest.raises(InputError, match="fewer than 3"):
        xmr([1.0, 2.0])
