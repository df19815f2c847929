"""The Platt recalibration of the pooled model's distributions (kpiguide.achievability._recalibrate)."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from kpiguide.achievability import AchievabilityModel
from kpiguide.achievability._distribution import LEVELS, cdf, ppf
from kpiguide.achievability._recalibrate import (
    IDENTITY,
    cdf_rows,
    fit_platt,
    ppf_rows,
    recalibrate,
    recalibrated_levels,
)
from kpiguide.core.errors import InputError


def _rows(seed: int, n: int = 300) -> np.ndarray:
    rng = np.random.default_rng(seed)
    q = np.sort(rng.normal(size=(n, len(LEVELS))) * rng.uniform(0.1, 3, size=(n, 1)), axis=1)
    return q + rng.normal(size=(n, 1))


def test_vectorised_cdf_and_ppf_agree_with_the_one_row_functions():
    q = _rows(0)
    x = np.random.default_rng(1).normal(size=len(q)) * 4  # inside and far outside the quantiles
    expected = [cdf(dict(zip(LEVELS, row, strict=True)), xi) for row, xi in zip(q, x, strict=True)]
    np.testing.assert_allclose(cdf_rows(q, x), expected, atol=1e-12)
    for p in (0.001, 0.03, 0.2, 0.5, 0.8, 0.99):
        np.testing.assert_allclose(ppf_rows(q, p), [ppf(dict(zip(LEVELS, r, strict=True)), p) for r in q], atol=1e-12)


def test_point_mass_cdf_is_a_step():
    q = np.full((2, len(LEVELS)), 5.0)
    assert cdf_rows(q, np.array([4.9, 5.0])).tolist() == [0.0, 1.0]


def test_platt_fit_recovers_a_known_map():
    rng = np.random.default_rng(2)
    p = rng.uniform(0.01, 0.99, 40_000)
    hit = rng.uniform(size=len(p)) < 1 / (1 + np.exp(-(0.3 + 0.7 * np.log(p / (1 - p)))))
    a, b = fit_platt(p, hit)
    assert a == pytest.approx(0.3, abs=0.05) and b == pytest.approx(0.7, abs=0.05)
    # calibrated probabilities give (nearly) the identity
    a, b = fit_platt(p, rng.uniform(size=len(p)) < p)
    assert abs(a) < 0.05 and abs(b - 1) < 0.05


def test_platt_fit_falls_back_to_identity_without_evidence():
    assert fit_platt(np.full(50, 0.5), np.ones(50)) == IDENTITY  # too few cases
    assert fit_platt(np.linspace(0.01, 0.99, 500), np.ones(500)) == IDENTITY  # all hits: nothing to fit
    p = np.linspace(0.01, 0.99, 1000)
    assert fit_platt(p, p > 0.5) == IDENTITY  # a step: slope far outside the trusted range


def test_recalibration_is_one_distribution():
    q = _rows(3, 50)
    assert np.array_equal(recalibrate(q, *IDENTITY), q)
    np.testing.assert_allclose(recalibrated_levels(*IDENTITY), LEVELS, atol=1e-12)
    a, b = 0.2, 0.8
    new = recalibrate(q, a, b)
    assert np.all(np.diff(new, axis=1) >= 0)
    # P'(Y > x) = g(P(Y > x)) at the new quantiles: the new alpha-quantile is where g(old P(Y > x)) = 1 - alpha
    for j, level in enumerate(LEVELS):
        before = 1 - cdf_rows(q, new[:, j])
        g = 1 / (1 + np.exp(-(a + b * np.log(before / (1 - before)))))
        np.testing.assert_allclose(g, 1 - level, atol=1e-6)
        np.testing.assert_allclose(cdf_rows(new, new[:, j]), level, atol=1e-6)
    # b < 1 pulls probabilities towards one half: the central intervals widen
    narrow = recalibrate(q, 0.0, 0.8)
    assert np.all(narrow[:, -1] - narrow[:, 0] > q[:, -1] - q[:, 0])


def _trending_panel(seed: int, n_series: int = 60, n: int = 48) -> dict[str, pd.Series]:
    rng = np.random.default_rng(seed)
    out = {}
    for i in range(n_series):
        t = np.arange(n)
        season = 10 * np.sin(2 * np.pi * t / 12 + i)
        out[f"s{i}"] = pd.Series(200 + rng.normal(0, 0.5) * t + season + rng.normal(0, 8, n))
    return out


def test_pooled_model_learns_a_near_identity_map_on_well_specified_series_and_applies_it():
    panel = _trending_panel(4)
    model = AchievabilityModel(horizon=3, aggregate="mean", max_iter=30, max_rows=4000).fit(panel)
    a, b = model.recalibration_
    assert model.models_ is not None
    # trend + season + noise is what the model is built for: little left to correct, but a map was fitted
    assert (a, b) != IDENTITY
    assert abs(a) < 0.2 and abs(b - 1) < 0.15
    # every pooled forecast goes through the map: the same history without it gives the unmapped quantiles
    history = panel["s0"]
    mapped = model.forecast("new", history).quantiles
    model.recalibration_ = IDENTITY
    plain = model.forecast("new", history).quantiles
    np.testing.assert_allclose(mapped, recalibrate(plain, a, b)[0], rtol=1e-9)
    assert not np.allclose(mapped, plain)


def test_no_map_beyond_one_season_or_without_a_pooled_model():
    panel = _trending_panel(5, n_series=40)
    assert AchievabilityModel(horizon=13, max_iter=20, max_rows=3000).fit(panel).recalibration_ == IDENTITY
    small = {k: panel[k] for k in list(panel)[:3]}
    assert AchievabilityModel(horizon=3, min_pool_rows=10_000).fit(small).recalibration_ == IDENTITY


def test_recalibration_window_sets_how_many_past_origins_the_map_learns_from():
    panel = _trending_panel(6, n_series=50, n=60)
    settings = {"horizon": 3, "aggregate": "mean", "max_iter": 20, "max_rows": 3000}
    default = AchievabilityModel(**settings).fit(panel)
    longer = AchievabilityModel(**settings, recalibration_window=30).fit(panel)
    # the default learns on the calibration origins: the last 12 with known outcome of every series
    assert default.n_recalibration_rows_ == 12 * len(panel)
    # up to 30 per series: earlier origins count where the chosen method had a forecast there
    assert 12 * len(panel) < longer.n_recalibration_rows_ <= 30 * len(panel)
    assert longer.recalibration_ != default.recalibration_
    # the conformal shifts and the method choice do not depend on it
    np.testing.assert_array_equal(longer.offsets_, default.offsets_)
    assert longer.methods_ == default.methods_
    with pytest.raises(InputError, match="recalibration_window"):
        AchievabilityModel(recalibration_window=0).fit(panel)
