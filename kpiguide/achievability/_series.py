"""Series preparation, aggregation, simple forecasts and lag features shared by the methods.

Everything here works on plain float arrays ``y`` (oldest first).  An *origin* ``t`` means
"the first ``t`` values are known"; the target of origin ``t`` is the aggregate of
``y[t : t + horizon]``.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from kpiguide.achievability._season import SEASON
from kpiguide.achievability._smoothing import SmoothedForecasts, holt_winters_forecasts
from kpiguide.core.errors import InputError
from kpiguide.core.periods import Period

__all__ = [
    "AGGREGATES",
    "SEASON",
    "PreparedSeries",
    "aggregate_future",
    "base_forecast",
    "origin_features",
    "prepare_series",
    "profile_forecast",
    "scale_at",
]

AGGREGATES = ("sum", "mean", "last")
N_LAGS = 24


@dataclass(frozen=True)
class PreparedSeries:
    """A history made regular: one value per period, interior gaps interpolated."""

    values: np.ndarray
    periods: tuple[str, ...]
    n_gaps: int
    n_dropped: int

    @property
    def n(self) -> int:
        return len(self.values)


def prepare_series(history: pd.Series | np.ndarray | list[float], name: str = "history") -> PreparedSeries:
    """Turn a history into a regular float array; raise :class:`InputError` if it is unusable.

    Index labels that parse as periods are put on a regular calendar; missing periods in
    between are filled by linear interpolation (and counted in ``n_gaps``).  Missing or
    non-finite values at the ends are dropped.
    """
    if isinstance(history, pd.Series):
        values = pd.to_numeric(history, errors="coerce").astype(float)
        labels = [str(i) for i in history.index]
        periods = _regular_periods(labels)
        if periods is not None:
            values = pd.Series(values.to_numpy(), index=[str(p) for p in periods[0]])
            values = values.groupby(level=0, sort=False).last()
            full = [str(p) for p in periods[1]]
            values = values.reindex(full)
            labels = full
        arr = values.to_numpy(dtype=float)
    else:
        arr = np.asarray(history, dtype=float).ravel()
        labels = [str(i) for i in range(len(arr))]
    finite = np.isfinite(arr)
    if not finite.any():
        raise InputError(
            f"The {name} has no numeric values (got {len(arr)} entries); give at least 2 values, oldest first."
        )
    first, last = int(np.argmax(finite)), len(arr) - int(np.argmax(finite[::-1]))
    n_dropped = len(arr) - (last - first)
    arr, labels = arr[first:last], labels[first:last]
    gaps = ~np.isfinite(arr)
    if gaps.any():
        idx = np.arange(len(arr))
        arr = arr.copy()
        arr[gaps] = np.interp(idx[gaps], idx[~gaps], arr[~gaps])
    if len(arr) < 2:
        raise InputError(
            f"The {name} has only {len(arr)} value; at least 2 are needed to say anything about "
            "what is achievable. Add more past periods (3 or more recommended)."
        )
    return PreparedSeries(arr, tuple(labels), int(gaps.sum()), n_dropped)


def _regular_periods(labels: list[str]) -> tuple[list[Period], list[Period]] | None:
    try:
        parsed = [Period.parse(label) for label in labels]
    except ValueError:
        return None
    kinds = {p.kind for p in parsed}
    if len(kinds) != 1 or not parsed:
        return None
    ordered = sorted(set(parsed))
    full, p = [], ordered[0]
    while p <= ordered[-1]:
        full.append(p)
        p = p.shift(1)
    # keep the caller's values aligned with their own period labels
    return parsed, full


def aggregate_future(y: np.ndarray, t: int, horizon: int, aggregate: str) -> float:
    window = y[t : t + horizon]
    if aggregate == "last":
        return float(window[-1])
    if aggregate == "sum":
        return float(window.sum())
    return float(window.mean())


def _to_aggregate(path: np.ndarray, aggregate: str) -> float:
    if aggregate == "last":
        return float(path[-1])
    if aggregate == "sum":
        return float(path.sum())
    return float(path.mean())


def scale_at(y: np.ndarray, t: int) -> float:
    """A positive scale of the series known at origin ``t`` (mean absolute level of the last year)."""
    recent = y[max(0, t - SEASON) : t]
    s = float(np.mean(np.abs(recent)))
    if s > 1e-12:
        return s
    diffs = np.abs(np.diff(y[:t]))
    s = float(diffs.mean()) if len(diffs) else 0.0
    return s if s > 1e-12 else 1.0


def base_forecast(y: np.ndarray, t: int, horizon: int, aggregate: str, method: str = "snaive_drift") -> float:
    """Point forecast of the aggregate of the next ``horizon`` values from the first ``t``.

    ``snaive_drift``: same period last year plus the average change per period
    (naive with drift when less than a year and a period is known); ``naive``: the last
    value; ``mean3``: the mean of the last three values.
    """
    known = y[:t]
    steps = np.arange(1, horizon + 1)
    if method == "naive":
        path = np.full(horizon, known[-1])
    elif method == "mean3":
        path = np.full(horizon, known[-3:].mean())
    else:
        drift = (known[-1] - known[0]) / (t - 1) if t > 1 else 0.0
        if t > SEASON:
            lag = t - SEASON + (steps - 1) % SEASON
            years = (steps - 1) // SEASON + 1
            path = known[lag] + drift * SEASON * years
        else:
            path = known[-1] + drift * steps
    return _to_aggregate(path, aggregate)


def smoothing_states(y: np.ndarray, alphas: tuple[float, ...] = (0.1, 0.3, 0.6)) -> np.ndarray:
    """Exponential-smoothing levels (one column per alpha) and a damped Holt trend, at every origin.

    Row ``t`` holds the states after seeing ``y[:t]`` (row 0 is the first value).
    """
    n = len(y)
    out = np.empty((n + 1, len(alphas) + 1))
    levels = np.full(len(alphas), y[0])
    hl, hb, a, b, phi = y[0], 0.0, 0.3, 0.1, 0.9
    out[0, :-1], out[0, -1] = levels, 0.0
    alpha_arr = np.asarray(alphas)
    for i in range(n):
        levels = levels + alpha_arr * (y[i] - levels)
        prev = hl
        hl = a * y[i] + (1 - a) * (hl + phi * hb)
        hb = b * (hl - prev) + (1 - b) * phi * hb
        out[i + 1, :-1], out[i + 1, -1] = levels, hb
    return out


#: Features per origin: ``N_LAGS`` scaled lags, then the summaries computed in :func:`origin_features`.
N_FEATURES = N_LAGS + 16
PROFILE_FEATURE = N_LAGS + 13
#: The damped Holt-Winters forecast (see :mod:`kpiguide.achievability._smoothing`) and its one-step error.
SMOOTHING_FEATURE = N_LAGS + 14
SMOOTHING_ERROR_FEATURE = N_LAGS + 15


def _trailing(values: np.ndarray, ts: np.ndarray, width: int) -> np.ndarray:
    """Rows ``values[t - width : t]`` for each origin ``t`` (NaN before the start of the series)."""
    padded = np.concatenate([np.full(width, np.nan), values])
    # row for origin t covers padded[t : t + width] == values[t - width : t]
    windows = np.lib.stride_tricks.sliding_window_view(padded, width)
    return np.asarray(windows[ts])


def _snaive_drift_base(y: np.ndarray, ts: np.ndarray, horizon: int, aggregate: str) -> np.ndarray:
    """Seasonal naive with drift (naive with drift in the first year) of the aggregate at origins ``ts``."""
    drift = np.where(ts > 1, (y[ts - 1] - y[0]) / np.maximum(ts - 1, 1), 0.0)
    steps = np.arange(1, horizon + 1)
    seasonal = ts > SEASON
    lag = np.clip(ts[:, None] - SEASON + (steps[None, :] - 1) % SEASON, 0, len(y) - 1)
    years = (steps - 1) // SEASON + 1
    path = np.where(
        seasonal[:, None],
        y[lag] + drift[:, None] * SEASON * years[None, :],
        y[ts - 1][:, None] + drift[:, None] * steps[None, :],
    )
    if aggregate == "last":
        return np.asarray(path[:, -1])
    return np.asarray(path.sum(axis=1) if aggregate == "sum" else path.mean(axis=1))


def origin_features(
    y: np.ndarray,
    ts: np.ndarray,
    horizon: int,
    aggregate: str,
    states: np.ndarray | None = None,
    smoothed: SmoothedForecasts | None = None,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Scale-free features of the origins ``ts`` of one series; returns ``(X, scales, bases)``.

    Columns: the last ``N_LAGS`` values (most recent first, NaN before the start), the
    seasonal-naive-with-drift ``base`` forecast of the aggregate, the mean of the last three
    values, three exponential-smoothing levels and a damped Holt trend, the year-on-year
    change and its spread, the spread of period-to-period changes, log of the history
    length, the range, whether the history is non-negative, the average change per
    period, the seasonal-profile forecast, the damped Holt-Winters forecast and the
    root mean squared one-step error of that recursion (``smoothed``: its
    :class:`~kpiguide.achievability._smoothing.SmoothedForecasts` for ``y``, computed when
    not given); all divided by the scale (the mean absolute value of the last year).  The
    pooled model predicts ``(aggregate - base) / scale``.
    """
    y = np.asarray(y, dtype=float)
    ts = np.asarray(ts, dtype=int)
    if states is None:
        states = smoothing_states(y)
    if smoothed is None:
        smoothed = holt_winters_forecasts([y], horizon, aggregate)[0]
    m = len(ts)
    x = np.full((m, N_FEATURES), np.nan)
    if m == 0:
        return x, np.empty(0), np.empty(0)
    with np.errstate(invalid="ignore", divide="ignore"):
        year = _trailing(y, ts, SEASON)
        s = np.nanmean(np.abs(year), axis=1)
        small = ~(s > 1e-12)
        if small.any():
            s[small] = [scale_at(y, int(t)) for t in ts[small]]
        base = _snaive_drift_base(y, ts, horizon, aggregate)
        mult = horizon if aggregate == "sum" else 1.0
        lags = _trailing(y, ts, N_LAGS)[:, ::-1]
        x[:, :N_LAGS] = lags / s[:, None]
        x[:, N_LAGS] = base / s / mult
        x[:, N_LAGS + 1] = np.nanmean(_trailing(y, ts, 3), axis=1) / s
        x[:, N_LAGS + 2 : N_LAGS + 5] = states[ts, :3] / s[:, None]
        x[:, N_LAGS + 5] = states[ts, 3] / s
        two = _trailing(y, ts, 2 * SEASON)
        ok = ts >= 2 * SEASON
        if ok.any():
            prev, last = two[ok, :SEASON], two[ok, SEASON:]
            x[ok, N_LAGS + 6] = (last.mean(axis=1) - prev.mean(axis=1)) / s[ok]
            x[ok, N_LAGS + 7] = np.std(last - prev, axis=1) / s[ok]
        ok = ts >= 3
        if ok.any():
            d = np.diff(_trailing(y, ts[ok], N_LAGS), axis=1)
            x[ok, N_LAGS + 8] = np.nanstd(d, axis=1) / s[ok]
        x[:, N_LAGS + 9] = np.log(ts)
        cmax, cmin = np.maximum.accumulate(y), np.minimum.accumulate(y)
        x[:, N_LAGS + 10] = (cmax[ts - 1] - cmin[ts - 1]) / s
        x[:, N_LAGS + 11] = (np.minimum.accumulate(y)[ts - 1] >= 0).astype(float)
        x[:, N_LAGS + 12] = (y[ts - 1] - y[0]) / np.maximum(ts - 1, 1) / s
        x[:, PROFILE_FEATURE] = profile_forecast(y, ts, horizon, aggregate) / s / mult
        x[:, SMOOTHING_FEATURE] = smoothed.forecast[ts] / s / mult
        x[:, SMOOTHING_ERROR_FEATURE] = smoothed.rmse[ts] / s
    return x, s, base


def profile_forecast(y: np.ndarray, ts: np.ndarray, horizon: int, aggregate: str) -> np.ndarray:
    """Seasonal-profile forecast of the aggregate at origins ``ts`` (NaN before two years are known).

    The level is the mean of the last year, the trend half the change of the yearly mean
    (a damped trend), the seasonal index of each future month the average deviation of
    that month from its year's mean over the last (up to three) years: a smoother
    cousin of seasonal naive, in the spirit of Holt-Winters.
    """
    y = np.asarray(y, dtype=float)
    ts = np.asarray(ts, dtype=int)
    out = np.full(len(ts), np.nan)
    ok = ts >= 2 * SEASON
    if not ok.any():
        return out
    t = ts[ok]
    pos = np.broadcast_to((np.arange(horizon) % SEASON)[None, :], (len(t), horizon))
    index_sum = np.zeros((len(t), horizon))
    count = np.zeros((len(t), 1))
    year_means = []
    for k in range(1, 4):
        have = t >= k * SEASON
        year = _trailing(y, np.where(have, t - (k - 1) * SEASON, SEASON), SEASON)
        mean = year.mean(axis=1, keepdims=True)
        year_means.append(mean[:, 0])
        index_sum += np.where(have[:, None], np.take_along_axis(year, pos, 1) - mean, 0.0)
        count += have[:, None]
    trend = (year_means[0] - year_means[1]) / SEASON
    steps = np.arange(1, horizon + 1)[None, :]
    path = year_means[0][:, None] + 0.5 * trend[:, None] * ((SEASON - 1) / 2 + steps) + index_sum / count
    if aggregate == "last":
        out[ok] = path[:, -1]
    elif aggregate == "sum":
        out[ok] = path.sum(axis=1)
    else:
        out[ok] = path.mean(axis=1)
    return out


def future_aggregates(y: np.ndarray, ts: np.ndarray, horizon: int, aggregate: str) -> np.ndarray:
    """:func:`aggregate_future` for many origins (each needs ``t + horizon <= len(y)``)."""
    if len(ts) == 0:
        return np.empty(0)
    windows = np.lib.stride_tricks.sliding_window_view(np.asarray(y, dtype=float), horizon)[np.asarray(ts, dtype=int)]
    if aggregate == "last":
        return np.asarray(windows[:, -1])
    return np.asarray(windows.sum(axis=1) if aggregate == "sum" else windows.mean(axis=1))
