from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from kpiguide.data.history import read_history
from kpiguide.data.quality import check_history, check_project, check_series
from kpiguide.project.store import open_project

MONTHS = [f"{y}-{m:02d}" for y in (2024, 2025) for m in range(1, 13)]


def _noisy(seed=0, level=100.0):
    rng = np.random.default_rng(seed)
    return pd.Series(level + rng.normal(0, 5, len(MONTHS)), index=MONTHS)


@pytest.fixture(scope="module")
def demo_report(demo_project_template):
    with open_project(demo_project_template) as store:
        return check_project(store)


def test_demo_exact_target_streak_is_found(demo_report):
    hits = [f for f in demo_report if f.code == "data.on_target_streak"]
    assert [f.subject for f in hits] == ["employees/E016/kpis/cs_first_response"]
    assert hits[0].details["count"] == 14


def test_demo_late_entries_are_found_for_e005_only(demo_report):
    late = [f for f in demo_report if f.code == "data.late_edit"]
    assert late and {f.subject.split("/")[1] for f in late} == {"E005"}
    assert all(f.details["days"] > 30 for f in late)


def test_demo_missing_month_of_e010(demo_report):
    missing = [f for f in demo_report if f.code == "data.missing_period"]
    assert {f.subject.split("/")[1] for f in missing} == {"E010"}
    assert all("2025-08" in f.message_en for f in missing)


def test_demo_new_hire_short_history(demo_report):
    short = [f for f in demo_report if f.code == "data.short_history"]
    assert short and {f.subject.split("/")[1] for f in short} == {"E036"}


def test_robust_outlier_is_flagged_and_explained():
    s = _noisy()
    s.iloc[10] = 400.0
    findings = check_series(s, "series/x")
    outliers = [f for f in findings if f.code == "data.outlier"]
    assert [f.details["period"] for f in outliers] == [MONTHS[10]]
    assert "median absolute deviation" in outliers[0].message_en


def test_clean_noise_has_no_findings():
    assert check_series(_noisy(seed=3), "series/x") == []


def test_level_shift_detected():
    s = _noisy()
    s.iloc[12:] += 60
    assert "data.level_shift" in [f.code for f in check_series(s, "series/x")]


def test_rate_above_100_and_negative_count_are_impossible():
    rate = pd.Series([95.0, 101.0, 97.0], index=MONTHS[:3])
    count = pd.Series([5.0, -2.0, 4.0], index=MONTHS[:3])
    assert [f.code for f in check_series(rate, "r", unit="%")] == ["data.impossible_value"]
    found = check_series(count, "c", unit="people")
    assert [f.code for f in found] == ["data.impossible_value"] and found[0].severity == "error"


def test_end_of_quarter_spike():
    values = [100.0 if (i + 1) % 3 else 160.0 for i in range(len(MONTHS))]
    s = pd.Series(values, index=MONTHS) + np.random.default_rng(1).normal(0, 2, len(MONTHS))
    assert "data.end_of_period_spike" in [f.code for f in check_series(s, "x")]


def test_repeated_value_is_too_smooth():
    s = _noisy()
    s.iloc[5:13] = 101.3
    assert "data.too_smooth" in [f.code for f in check_series(s, "x")]


def test_duplicates_in_a_file_are_errors(tmp_path):
    path = tmp_path / "d.csv"
    path.write_text("series,period,value\na,2026-01,1\na,2026年1月,2\na,2026-02,3\n", encoding="utf-8")
    report = check_history(read_history(path))
    dup = [f for f in report if f.code == "data.duplicate"]
    assert len(dup) == 1 and "2, 3" in dup[0].message_en and report.has_errors
