from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from kpiguide.achievability import AchievabilityModel, assess
from kpiguide.errors import InputError, NotFittedError

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
