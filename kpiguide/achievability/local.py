"""Per-series methods: point forecast chosen by rolling-origin back-test, intervals from its errors.

Used for a single series without peers, for series the pooled model cannot serve, and as
the "seasonal naive + empirical quantiles" baseline of the benchmark.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
from scipy.stats import t as student_t

from kpiguide.achievability._distribution import LEVELS
from kpiguide.achievability._season import SEASON
from kpiguide.achievability._series import aggregate_future, base_forecast, scale_at

__all__ = ["LocalForecast", "backtest_errors", "local_forecast"]

_METHODS = ("snaive_drift", "naive", "mean3")


@dataclass(frozen=True)
class LocalForecast:
    quantiles: np.ndarray  # at LEVELS
    point: float
    method: str
    n_backtest: int
    wide: bool


def backtest_errors(y: np.ndarray, horizon: int, aggregate: str, method: str, min_origin: int = 3) -> np.ndarray:
    """Scaled errors ``(actual - forecast) / scale`` over every rolling origin of the history."""
    n = len(y)
    errors = []
    for t in range(max(min_origin, 2), n - horizon + 1):
        f = base_forecast(y, t, horizon, aggregate, method)
        errors.append((aggregate_future(y, t, horizon, aggregate) - f) / scale_at(y, t))
    return np.asarray(errors, dtype=float)


def local_forecast(
    y: np.ndarray, horizon: int, aggregate: str, *, method: str | None = None, empirical: bool = False
) -> LocalForecast:
    """Quantiles of the aggregate of the next ``horizon`` values from ``y`` alone.

    ``method=None`` chooses among seasonal naive with drift, naive and the mean of the
    last three values by back-test mean absolute error.  Quantiles are the point forecast
    plus the back-test errors: their empirical quantiles when ``empirical`` (the benchmark
    baseline), else a Student-t fitted to them, whose heavier tails for few errors keep the
    interval honest.  With fewer than two back-test errors the answer is wide and marked so.
    """
    n = len(y)
    s = scale_at(y, n)
    mult = horizon if aggregate == "sum" else 1.0
    candidates = (method,) if method else _METHODS
    best, best_err, best_mae = candidates[0], np.array([]), np.inf
    for m in candidates:
        if m == "snaive_drift" and n <= SEASON and method is None:
            continue
        err = backtest_errors(y, horizon, aggregate, m)
        mae = float(np.mean(np.abs(err))) if len(err) else np.inf
        if mae < best_mae or not len(best_err):
            best, best_err, best_mae = m, err, mae
    point = base_forecast(y, n, horizon, aggregate, best)
    levels = np.asarray(LEVELS)
    k = len(best_err)
    if k >= 2 and empirical:
        q = np.quantile(best_err, levels)
        return LocalForecast(point + s * q, point, best, k, wide=False)
    if k >= 2:
        center = float(np.median(best_err))
        spread = float(np.std(best_err, ddof=1))
        spread = max(spread, 1.4826 * float(np.median(np.abs(best_err - center))))
        df = max(k - 1, 1)
        # the back-test errors of the last origins overlap; inflate for the fewer effective errors
        inflate = np.sqrt(1.0 + 1.0 / k) * (1.0 + 1.0 / max(k - 1, 1))
        q = center + spread * inflate * student_t.ppf(levels, df)
        return LocalForecast(point + s * q, point, best, k, wide=k < 6)
    # too short to back-test: spread of the period-to-period changes, Cauchy-like tails
    diffs = np.diff(y) / s
    step = float(np.std(diffs)) if len(diffs) > 1 else float(np.abs(diffs).mean() if len(diffs) else 0.0)
    step = max(step, 0.1)  # a constant or two-point history says nothing about its spread
    spread = step * np.sqrt(horizon) * (mult if aggregate == "sum" else 1.0)
    q = spread * student_t.ppf(levels, 2)
    return LocalForecast(point + s * q, point, best, k, wide=True)
