"""The multi-origin calibration report of benchmarks/achievability_m3.py (synthetic forecasts; no M3 data needed)."""

from __future__ import annotations

import numpy as np
from scipy.stats import norm

from benchmarks.achievability_m3 import (
    KPIGUIDE,
    SNAIVE,
    calibration_diagnostics,
    development_split,
    max_gap,
    multi_origin_report,
    scores,
)
from kpiguide.achievability._distribution import LEVELS


def _forecasts(seed: int, n: int = 1000) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """Normal forecasts around last year's value (±20 %), their truth drawn from them, scale, last year."""
    rng = np.random.default_rng(seed)
    last_year = rng.uniform(50, 150, n)
    centre = last_year * rng.uniform(0.8, 1.2, n)
    sd = last_year * rng.uniform(0.02, 0.15, n)
    q = centre[:, None] + sd[:, None] * norm.ppf(np.asarray(LEVELS))[None, :]
    truth = centre + sd * rng.normal(size=n)
    return q, truth, last_year, last_year.copy()


def test_development_split_cuts_the_last_months_and_drops_short_series():
    train = {"a": np.arange(40.0), "b": np.arange(20.0)}
    dev_train, dev_test = development_split(train, 10, min_train=13)
    assert list(dev_train) == ["a"]
    assert dev_train["a"].tolist() == list(range(30)) and dev_test["a"].tolist() == list(range(30, 40))
    assert list(development_split(train, 10)[0]) == ["a", "b"]


def test_diagnostics_separate_a_common_surprise_from_miscalibration():
    q, truth, scale, last_year = _forecasts(0)
    calm = calibration_diagnostics(q, truth, last_year, draws=30)
    # calibrated forecasts: no shift needed, and the gap is of the order of the sampling floor
    assert abs(calm["shift"]) < 0.15
    assert 0.0 < calm["floor"] < 0.08
    assert max_gap(scores(q, truth, scale, last_year)["reliability"]) < calm["floor"] + 0.03
    # every series falls short by the same 6 %: a large gap, removed by one common shift
    low = truth * 0.94
    gap = max_gap(scores(q, low, scale, last_year)["reliability"])
    surprise = calibration_diagnostics(q, low, last_year, draws=30)
    assert gap > 0.1
    assert surprise["shift"] < -0.5
    assert surprise["shifted"] < gap / 2


def test_multi_origin_report_gives_mean_max_met_and_pooled_reliability():
    runs = {}
    for origin, factor in ((18, 1.0), (22, 0.94)):
        q, truth, scale, last_year = _forecasts(origin)
        results = {(name, 3, "mean"): scores(q, truth * factor, scale, last_year) for name in (KPIGUIDE, SNAIVE)}
        runs[origin] = {"results": results, "series": len(q), "times": (1.0, 0.1, float("nan")), "load": (1.0, 1.0)}
    gaps = [max_gap(runs[o]["results"][(KPIGUIDE, 3, "mean")]["reliability"]) for o in runs]
    text = multi_origin_report("Test origins", "python x.py", runs, "months before the holdout")
    assert gaps[0] <= 0.05 < gaps[1]
    row = next(line for line in text.splitlines() if line.startswith(f"| {KPIGUIDE} |"))
    cells = [c.strip() for c in row.split("|")[1:-1]]
    assert cells[1] == f"{np.mean(gaps):.3f}" and cells[2] == f"{max(gaps):.3f}" and cells[3] == "1 of 2"
    assert "| 18 | 1000 |" in text and "| 22 | 1000 |" in text
