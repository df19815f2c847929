"""Single data-quality rules, each on a hand-made series."""

from __future__ import annotations

import numpy as np
import pandas as pd

from kpiguide.data.quality import (
    SERIES_RULES,
    SeriesView,
    check_series,
    end_of_period_spike,
    impossible_values,
    missing_periods,
    on_target_streak,
    too_smooth,
)

MONTHS = [f"{y}-{m:02d}" for y in (2024, 2025) for m in range(1, 13)]


def _view(values, index=None, **context) -> SeriesView:
    return SeriesView.of(pd.Series(values, index=index or MONTHS[: len(values)], dtype=float), "series/x", **context)


def test_missing_periods_lists_the_gap_only():
    (finding,) = missing_periods(_view([1.0, 2.0, 3.0], index=["2026-01", "2026-02", "2026-05"]))
    assert finding.details["periods"] == "2026-03, 2026-04"


def test_impossible_value_reason_is_in_each_language():
    (finding,) = impossible_values(_view([90.0, 101.5], unit="%"))
    assert "it cannot exceed 100" in finding.message_en
    assert "不能超过 100" in finding.message_zh
    assert finding.details == {"period": "2024-02", "value": 101.5}


def test_negative_value_of_a_signed_kpi_is_possible():
    assert impossible_values(_view([5.0, -3.0, 4.0], label="profit change")) == []
    (finding,) = impossible_values(_view([5.0, -3.0, 4.0], label="orders", unit="pcs"))
    assert "该指标不能为负" in finding.message_zh and "cannot be negative" in finding.message_en


def test_on_target_streak_needs_longer_runs_for_small_counts():
    assert on_target_streak(_view([3.0] * 8, target=3.0)) == []
    (finding,) = on_target_streak(_view([120.0] * 8, target=120.0))
    assert finding.details["count"] == 8


def test_end_of_period_spike_on_quarter_end_months():
    (finding,) = end_of_period_spike(_view([100.0, 100.0, 160.0] * 4))
    assert finding.details["quarters"] == 4


def test_too_smooth_against_peers_says_the_share_in_both_languages():
    (finding,) = too_smooth(_view(list(100 + np.arange(12) * 0.01), peer_smoothness=0.5))
    assert "of its peers'" in finding.message_en and "同类序列的 0%" in finding.message_zh


def test_check_series_runs_only_the_rules_given():
    s = pd.Series([90.0, 101.0, 95.0], index=["2026-01", "2026-02", "2026-04"])
    assert [f.code for f in check_series(s, "series/x", unit="%", rules=[missing_periods])] == ["data.missing_period"]
    assert missing_periods in SERIES_RULES
