"""Damped-trend Holt-Winters forecasts for many series at once, from a grid of fixed parameters.

A cheap stand-in for per-series fitted exponential smoothing (statsmodels ``ETSModel``):
the additive damped-trend Holt-Winters recursion runs for every series and every point of
a small grid of smoothing parameters in one vectorised pass over time.  At every origin
``t`` each series uses the grid point with the smallest sum of squared one-step errors on
``y[:t]`` — a choice that only looks at the past, so back-test forecasts are honest.

Seasonality is additive on the original scale, or additive on the log scale
(multiplicative) for strictly positive series; which one is also chosen by the one-step
errors (measured on the original scale).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from kpiguide.achievability._season import SEASON

__all__ = ["GRID", "SmoothedForecasts", "holt_winters_forecasts"]


def _grid() -> np.ndarray:
    # chosen on the development split of M3 (the 18 months before its holdout): damping of at
    # most 0.95 and slow seasonal updates forecast best there
    rows = []
    for alpha in (0.02, 0.05, 0.1, 0.2, 0.3, 0.5, 0.7, 0.9):
        for beta in (0.0, 0.01, 0.03, 0.1):
            for gamma in (0.0, 0.02, 0.05, 0.1):
                for phi in (0.8, 0.9, 0.95):
                    if beta <= alpha and gamma <= 1 - alpha:
                        rows.append((alpha, beta, gamma, phi))
    return np.asarray(rows)


#: Smoothing parameters ``(alpha, beta, gamma, phi)`` tried for every series (error-correction form).
GRID = _grid()
#: Origins before two full years have no Holt-Winters forecast (the first two years initialise it).
MIN_ORIGIN = 2 * SEASON


@dataclass(frozen=True)
class SmoothedForecasts:
    """Per series: ``forecast[t]`` of the aggregate of ``y[t : t + horizon]`` from ``y[:t]``
    (NaN for ``t < MIN_ORIGIN``) and ``rmse[t]``, the root mean squared one-step error of the
    chosen parameters on ``y[:t]``."""

    forecast: np.ndarray
    rmse: np.ndarray


def _run(y: np.ndarray, horizon: int, aggregate: str, grid: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Recursion over ``y`` (series × time, NaN-padded at the end, every row with >= 2 years).

    Returns the forecasts (series × time + 1) of the aggregate (a mean for ``sum``) and of
    the next value, each with the parameters of smallest one-step SSE so far.
    """
    n_series, width = y.shape
    alpha, beta, gamma, phi = (grid[:, j][None, :] for j in range(4))
    first, second = y[:, :SEASON], y[:, SEASON : 2 * SEASON]
    m1, m2 = first.mean(axis=1), second.mean(axis=1)
    b0 = (m2 - m1) / SEASON
    centre = np.arange(SEASON) - (SEASON - 1) / 2
    seas0 = 0.5 * (first - (m1[:, None] + centre * b0[:, None]) + second - (m2[:, None] + centre * b0[:, None]))
    seas0 -= seas0.mean(axis=1, keepdims=True)
    n_grid = grid.shape[0]
    level = np.repeat((m1 + (SEASON - 1) / 2 * b0)[:, None], n_grid, axis=1)
    trend = np.repeat(b0[:, None], n_grid, axis=1)
    seas = np.repeat(seas0.T[:, :, None], n_grid, axis=2)  # month (position mod SEASON) × series × grid
    sse = np.zeros((n_series, n_grid))
    # damped multipliers of the trend for steps 1..horizon, aggregated like the target
    cum = np.cumsum(grid[:, 3][:, None] ** np.arange(1, horizon + 1)[None, :], axis=1)  # grid × steps
    steps = np.arange(horizon)
    if aggregate == "last":
        trend_mult, pick = cum[:, -1], steps[-1:]
    else:
        trend_mult, pick = cum.mean(axis=1), steps
    forecast = np.full((n_series, width + 1), np.nan)
    next_value = np.full((n_series, width + 1), np.nan)
    rows = np.arange(n_series)
    phi_grid = grid[:, 3]
    for i in range(SEASON, width):
        obs = y[:, i]
        live = np.isfinite(obs)
        month = i % SEASON
        damped = phi * trend
        err = obs[:, None] - (level + damped + seas[month])
        err[~live] = 0.0
        level += damped + alpha * err
        trend = damped + beta * err
        seas[month] += gamma * err
        sse += err * err
        t = i + 1  # states now hold y[:t]
        if t >= MIN_ORIGIN:
            best = np.argmin(sse, axis=1)
            lv, tr = level[rows, best], trend[rows, best]
            s_best = seas[:, rows, best]  # month × series
            f = lv + trend_mult[best] * tr + s_best[(t + pick) % SEASON].mean(axis=0)
            one = lv + phi_grid[best] * tr + s_best[t % SEASON]
            forecast[live, t] = f[live]
            next_value[live, t] = one[live]
    return forecast, next_value


def _one_step_sse(y: np.ndarray, one_step: np.ndarray) -> np.ndarray:
    """``sse[:, t]``: sum of squared one-step errors of the origins ``MIN_ORIGIN .. t - 1``."""
    err = y - one_step[:, :-1]
    err = np.where(np.isfinite(err), err, 0.0)
    return np.concatenate([np.zeros((len(y), 1)), np.cumsum(err * err, axis=1)], axis=1)


def holt_winters_forecasts(
    histories: Sequence[np.ndarray], horizon: int, aggregate: str, grid: np.ndarray = GRID
) -> list[SmoothedForecasts]:
    """Holt-Winters forecasts of the ``aggregate`` of the next ``horizon`` values at every origin.

    Parameters
    ----------
    histories : sequence of 1-d float arrays (oldest first), of any lengths.
    horizon : int
    aggregate : {"mean", "sum", "last"}
    grid : ndarray of shape (n, 4)
        Candidate ``(alpha, beta, gamma, phi)``.

    Returns
    -------
    list of SmoothedForecasts
        One per history; arrays of length ``len(history) + 1`` indexed by origin.
    """
    out = [SmoothedForecasts(np.full(len(y) + 1, np.nan), np.full(len(y) + 1, np.nan)) for y in histories]
    usable = [i for i, y in enumerate(histories) if len(y) >= MIN_ORIGIN]
    if not usable:
        return out
    width = max(len(histories[i]) for i in usable)
    y = np.full((len(usable), width), np.nan)
    for r, i in enumerate(usable):
        y[r, : len(histories[i])] = histories[i]
    positive = np.all((y > 0) | np.isnan(y), axis=1)
    with np.errstate(invalid="ignore", divide="ignore", over="ignore"):
        forecast, one_step = _run(y, horizon, aggregate, grid)
        sse = _one_step_sse(y, one_step)
        if positive.any():
            # multiplicative season: the same recursion on the log scale; kept where its one-step
            # errors (on the original scale, over the same past origins) are smaller
            logs = np.log(y[positive])
            f_log, one_log = _run(logs, horizon, aggregate, grid)
            f_mult = np.exp(f_log)  # the median of the log-scale mean, back on the original scale
            sse_mult = _one_step_sse(y[positive], np.exp(one_log))
            use = sse_mult < sse[positive]
            sub_f, sub_s = forecast[positive], sse[positive]
            sub_f[use], sub_s[use] = f_mult[use], sse_mult[use]
            forecast[positive], sse[positive] = sub_f, sub_s
    if aggregate == "sum":
        forecast = forecast * horizon
    rmse = np.sqrt(sse / np.maximum(np.arange(width + 1) - MIN_ORIGIN, 1))
    rmse[:, : MIN_ORIGIN + 1] = np.nan
    # an exploding recursion (e.g. exp of a steep log trend) gives no forecast rather than inf
    forecast[~np.isfinite(forecast)] = np.nan
    rmse[~np.isfinite(rmse)] = np.nan
    for r, i in enumerate(usable):
        n = len(histories[i])
        out[i] = SmoothedForecasts(forecast[r, : n + 1], rmse[r, : n + 1])
    return out
