from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from kpiguide.achievability import AchievabilityModel, assess
from kpiguide.core.errors import InputError, NotFittedError

MONTHS = [f"{y}-{m:02d}" for y in range(2020, 2027) for m in range(1, 13)]


def _ar_series(rng, n, level=100.0, sd=5.0):
    return pd.Series(level + rng.normal(0, sd, n), index=MONTHS[:n])


def test_assess_returns_contract_fields_and_ordered_bands():
    rng = np.random.default_rng(0)
    a = assess(_ar_series(rng, 36), 110.0, horizon=3, aggregate="sum")
    assert set(a.quantiles) == {0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95}
    assert list(a.quantiles.values()) == sorted(a.quantiles.values())
    assert a.bands["floor"] < a.bands["base"] < a.bands["stretch"]
    assert 0.0 <= a.p_attain <= 1.0 and a.n_history == 36
    # a quarterly total of ~100 per month is ~300: a target of 110 is nearly certain
    assert a.p_attain > 0.95
    assert "0.05" in a.to_dict()["quantiles"]


def test_direction_lower_flips_probability_and_bands():
    rng = np.random.default_rng(1)
    hist = _ar_series(rng, 30)
    up = assess(hist, 100.0)
    down = assess(hist, 100.0, direction="lower")
    assert math.isclose(up.p_attain + down.p_attain, 1.0, abs_tol=1e-9)
    assert down.bands["floor"] > down.bands["stretch"]


def test_explanation_is_bilingual_and_mentions_extreme_target():
    rng = np.random.default_rng(2)
    hist = _ar_series(rng, 30)
    en = assess(hist, 1000.0).explanation
    zh = assess(hist, 1000.0, lang="zh").explanation
    assert "above what 95 % of simulated outcomes reach" in en
    assert "95% 模拟结果" in zh and "growth" in en


def test_single_point_is_a_clear_error():
    with pytest.raises(InputError, match="at least 2"):
        assess(pd.Series([5.0], index=["2026-01"]), 6.0)


@pytest.mark.parametrize(
    ("values", "note"),
    [([0.0] * 12, None), ([3.0] * 12, "constant"), ([1.0, 2.0], "wide")],
    ids=["all-zeros", "constant", "two-points"],
)
def test_degenerate_histories_give_labelled_finite_answers(values, note):
    a = assess(pd.Series(values, index=MONTHS[: len(values)]), 3.5, horizon=3)
    assert all(np.isfinite(v) for v in a.quantiles.values())
    assert a.p_attain is not None and np.isfinite(a.p_attain)
    if note:
        assert note in a.notes and a.wide


def test_gaps_nonpositive_target_and_long_horizon_are_noted():
    hist = pd.Series([10.0, 11.0, 13.0, 12.0, 14.0], index=["2026-01", "2026-02", "2026-04", "2026-05", "2026-06"])
    a = assess(hist, -1.0, horizon=12)
    assert {"gaps", "target_nonpositive", "horizon_long"} <= set(a.notes)
    assert a.p_attain > 0.9


def test_bad_parameters_are_rejected_with_the_value():
    hist = pd.Series([1.0, 2.0, 3.0])
    with pytest.raises(InputError, match="'weekly'"):
        assess(hist, 2.0, aggregate="weekly")
    with pytest.raises(InputError, match="horizon"):
        assess(hist, 2.0, horizon=0)
    with pytest.raises(InputError, match="finite"):
        assess(hist, float("nan"))


def test_model_before_fit_raises_not_fitted():
    with pytest.raises(NotFittedError, match="not fitted"):
        AchievabilityModel().forecast("x")


def _panel(seed, n_series=40, n=48):
    rng = np.random.default_rng(seed)
    out = {}
    for i in range(n_series):
        level = rng.uniform(50, 150)
        noise = rng.normal(0, 0.1 * level, n)
        out[f"s{i}"] = pd.Series(level + noise, index=MONTHS[:n])
    return out


def test_pooled_model_is_calibrated_on_synthetic_iid_series():
    # known distribution: each series is level + N(0, (0.1 level)^2); the next value's 80 % interval
    # is level ± 1.28 sd, and the pooled model should cover about 80 % of fresh draws
    panel = _panel(0, n_series=60)
    model = AchievabilityModel(horizon=1, aggregate="mean", max_iter=30, max_rows=2000, random_state=0).fit(panel)
    rng = np.random.default_rng(99)
    inside = []
    for key, s in panel.items():
        q = model.forecast(key).quantiles
        level = s.mean()
        draws = level + rng.normal(0, 0.1 * level, 50)
        inside.append(np.mean((draws >= q[2]) & (draws <= q[6])))
    assert model.models_ is not None
    assert 0.7 <= float(np.mean(inside)) <= 0.9


def test_short_history_borrows_from_peers():
    panel = _panel(1)
    short = pd.Series([100.0, 104.0, 97.0], index=MONTHS[:3], name="new")
    a = assess(short, 105.0, peers=panel)
    assert a.method == "pooled_gbm_conformal"
    alone = assess(short, 105.0)
    assert alone.method.startswith("local")


def test_deterministic_given_random_state():
    panel = _panel(2, n_series=30)
    q1 = AchievabilityModel(max_iter=20, random_state=3).fit(panel).predict_quantiles()
    q2 = AchievabilityModel(max_iter=20, random_state=3).fit(panel).predict_quantiles()
    pd.testing.assert_frame_equal(q1, q2)


def test_fan_chart_has_history_fans_and_target():
    from kpiguide.plots.achievability import fan_chart

    rng = np.random.default_rng(4)
    fig = fan_chart(assess(_ar_series(rng, 24), 105.0, horizon=3), lang="zh")
    assert fig.data[0].name == "历史"
    assert len(fig.data) == 5 and any("目标" in (s.text or "") for s in fig.layout.annotations)


def test_explanations_name_methods_in_plain_language():
    from kpiguide.achievability import method_label

    rng = np.random.default_rng(5)
    a = assess(_ar_series(rng, 12), 110.0, lang="zh")
    assert a.method.startswith("local_")
    assert a.method not in a.explanation and "仅用本序列" in a.explanation
    assert "this series alone" in assess(_ar_series(rng, 12), 110.0, lang="en").explanation
    assert "同类序列" in method_label("pooled_gbm_conformal", "zh")
    assert "peer-series" in method_label("combined_conformal+constant_history_wide", "en")
    assert "strange" in method_label("strange", "en")


def test_prefix_quantiles_match_numpy():
    from kpiguide.achievability._distribution import LEVELS
    from kpiguide.achievability.pooled import prefix_quantiles

    values = np.random.default_rng(6).normal(size=40)
    lengths = np.array([1, 2, 7, 40])
    expected = np.array([np.quantile(values[:k], LEVELS) for k in lengths])
    assert np.allclose(prefix_quantiles(values, lengths), expected)


def test_origin_features_are_scaled_lags_and_seasonal_naive_base():
    from kpiguide.achievability._series import N_LAGS, base_forecast, origin_features, scale_at

    y = np.random.default_rng(7).uniform(50, 150, 40)
    ts = np.array([2, 13, 30])
    x, s, base = origin_features(y, ts, 3, "mean")
    for i, t in enumerate(ts):
        assert s[i] == pytest.approx(scale_at(y, t))
        assert base[i] == pytest.approx(base_forecast(y, t, 3, "mean"))
        assert x[i, 0] == pytest.approx(y[t - 1] / s[i])
        assert np.isnan(x[i, t:N_LAGS]).all()


def test_per_series_choice_prefers_own_pattern_for_series_unlike_their_peers():
    # most series are noise around a level; a few repeat an exact yearly pattern that the
    # seasonal methods of the series itself capture better than the pooled model
    panel = _panel(8, n_series=40, n=60)
    pattern = np.tile(100.0 + 40.0 * np.sin(np.arange(12) * 2.0), 5)
    rng = np.random.default_rng(8)
    for i in range(4):
        panel[f"seasonal{i}"] = pd.Series(pattern + rng.normal(0, 1.0, 60), index=MONTHS[:60])
    model = AchievabilityModel(horizon=3, max_iter=30, max_rows=4000).fit(panel)
    from kpiguide.achievability.pooled import METHODS

    assert set(model.methods_.values()) <= set(METHODS)
    chosen = [model.methods_[f"seasonal{i}"] for i in range(4)]
    assert sum(m != "pooled_gbm_conformal" for m in chosen) >= 3
    q = model.forecast("seasonal0").quantiles
    truth = pattern[:3].mean()  # the next quarter repeats the pattern
    assert q[1] <= truth <= q[-2]


def test_new_history_is_scored_with_the_fitted_pooled_model():
    model = AchievabilityModel(horizon=1, max_iter=20, max_rows=2000).fit(_panel(9, n_series=30))
    fc = model.forecast("new", history=pd.Series([100.0, 98.0, 103.0, 101.0], index=MONTHS[:4]))
    assert fc.method == "pooled_gbm_conformal" and np.all(np.diff(fc.quantiles) >= 0)


def test_holt_winters_recovers_trend_and_season_of_a_clean_series():
    from kpiguide.achievability._smoothing import MIN_ORIGIN, holt_winters_forecasts

    t = np.arange(60)
    y = 200.0 + 1.5 * t + 20.0 * np.sin(2 * np.pi * t / 12)
    (fc,) = holt_winters_forecasts([y], 3, "mean")
    assert np.isnan(fc.forecast[:MIN_ORIGIN]).all() and len(fc.forecast) == 61
    truth = np.array([y[k : k + 3].mean() for k in range(48, 58)])
    assert np.allclose(fc.forecast[48:58], truth, rtol=0.02)
    (summed,) = holt_winters_forecasts([y], 3, "sum")
    assert np.allclose(summed.forecast[48:58], 3 * fc.forecast[48:58])


def test_holt_winters_forecast_uses_only_the_past_and_batches_like_single_series():
    from kpiguide.achievability._smoothing import holt_winters_forecasts

    rng = np.random.default_rng(11)
    a = 100 + rng.normal(0, 5, 50)
    b = a.copy()
    b[40:] += 500.0  # a different future must not change the forecasts made before it
    short = rng.normal(10, 1, 20)  # under two years: no forecast, no error
    fa, fb, fs = holt_winters_forecasts([a, b, short], 12, "last")
    assert np.allclose(fa.forecast[:41], fb.forecast[:41], equal_nan=True)
    assert not np.allclose(fa.forecast[41:], fb.forecast[41:])
    assert np.isnan(fs.forecast).all()
    (alone,) = holt_winters_forecasts([a], 12, "last")
    assert np.allclose(alone.forecast, fa.forecast, equal_nan=True)
    assert np.isfinite(fa.rmse[30:]).all() and (fa.rmse[30:] > 0).all()


def test_default_method_is_the_best_on_back_test_and_series_switch_only_for_a_clear_gain():
    from kpiguide.achievability.pooled import METHODS

    model = AchievabilityModel(horizon=3, max_iter=20, max_rows=3000).fit(_panel(12, n_series=30, n=48))
    assert model.default_method_ in METHODS
    # noise around a level: no series' own back-test halves the default's loss for most series
    counts = pd.Series(model.methods_).value_counts()
    assert counts.get(model.default_method_, 0) >= 0.8 * len(model.methods_)
    short = AchievabilityModel(horizon=1, min_pool_rows=10_000).fit(_panel(13, n_series=3, n=10))
    assert short.default_method_ is None


def test_holt_winters_never_returns_infinite_values_for_extreme_series():
    from kpiguide.achievability._smoothing import holt_winters_forecasts

    steep = np.exp(np.linspace(0, 700, 40))  # near the float limit: the log-scale forecast overflows
    signs = np.tile([1e300, -1e300], 20)
    for fc in holt_winters_forecasts([steep, signs, np.zeros(30)], 12, "sum"):
        assert not np.isinf(fc.forecast).any() and not np.isinf(fc.rmse).any()
