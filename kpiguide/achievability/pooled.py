"""The pooled achievability model: gradient-boosted quantile regression across peer series,
a back-tested choice among pooled, local and combined forecasts, and split-conformal
calibration on rolling-origin back-tests.

Every series is described at every past origin by scale-free features (recent values,
smoothed levels, trend and volatility, a seasonal profile and a damped Holt-Winters
forecast, divided by the series' own scale); one quantile model per level learns the
distribution of ``(future aggregate - base) / scale`` from many series at once, where the
base is the damped Holt-Winters forecast (seasonal naive with drift before two years are
known), so a history of 3–11 points borrows strength from its peers.

The series are split into two folds; the models of one fold forecast the other, so every
past origin of every series has an honest out-of-sample forecast.  For each series:

* *selection* origins (the ``selection_window`` origins before the calibration ones) compare
  the pooled forecast, the series' own seasonal naive, three-year seasonal profile and
  Holt-Winters forecasts each with the empirical quantiles of its own past errors
  (``local``, ``local_profile``, ``local_smoothing``), and the averages of the pooled
  forecast with each of those (``combined``, ``combined_profile``, ``combined_smoothing``)
  by mean pinball loss: the best one over all series becomes the default, and a series
  switches to another only if that halves its loss;
* *calibration* origins (the most recent ``calibration_window`` whose outcome is known) give,
  for the chosen methods, split-conformal shifts of every quantile so that its empirical
  coverage is right (one shift per level, method and history-length group);
* on the most recent ``recalibration_window`` origins with known outcome (by default the
  calibration origins), the probabilities the shifted forecasts gave to beating last year's
  value of the same periods (× 0.9 … 1.2) are compared with what happened, and a logistic map of
  those probabilities (Platt scaling, :mod:`kpiguide.achievability._recalibrate`) is applied to
  the whole predictive distribution of every pooled-model forecast.

Because the choice is made on earlier origins than the calibration, the calibration of the
chosen forecast is not biased by the choice.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from types import MappingProxyType
from typing import Any

import numpy as np
import pandas as pd

from kpiguide.achievability._distribution import LEVELS, sort_quantiles
from kpiguide.achievability._recalibrate import GROWTH, IDENTITY, cdf_rows, fit_platt, recalibrate
from kpiguide.achievability._season import SEASON
from kpiguide.achievability._series import (
    AGGREGATES,
    N_LAGS,
    PROFILE_FEATURE,
    SMOOTHING_FEATURE,
    PreparedSeries,
    future_aggregates,
    origin_features,
    prepare_series,
    smoothing_states,
)
from kpiguide.achievability._smoothing import holt_winters_forecasts
from kpiguide.achievability.local import local_forecast
from kpiguide.achievability.result import Assessment, assessment_from_forecast
from kpiguide.core.errors import InputError, NotFittedError

__all__ = ["INTERACTIVE", "METHODS", "AchievabilityModel", "SeriesForecast"]

_LENGTH_GROUPS = (12, 24)  # history-length group boundaries for the conformal offsets
_MIN_LOCAL_ERRORS = 8  # own back-test errors needed before the local candidate is considered
_MIN_CHOICE_ROWS = 4  # selection origins needed before a candidate can replace the pooled forecast
_SWITCH_MARGIN = 0.5  # a series leaves the default only for a candidate with half its back-test loss
#: Candidate forecasts of the pooled model, by their ``method`` name.
METHODS = (
    "pooled_gbm_conformal",
    "local_empirical_conformal",
    "combined_conformal",
    "local_profile_conformal",
    "combined_profile_conformal",
    "local_smoothing_conformal",
    "combined_smoothing_conformal",
)
_POOLED, _LOCAL, _COMBINED, _PROFILE, _COMBINED_PROFILE, _SMOOTHING, _COMBINED_SMOOTHING = range(len(METHODS))
#: Lighter boosting settings for interactive questions (one project, a few hundred series).
INTERACTIVE: Mapping[str, Any] = MappingProxyType({"max_iter": 40, "learning_rate": 0.15, "max_rows": 8000})
_LEVELS = np.asarray(LEVELS)


def _features(
    y: np.ndarray, ts: np.ndarray, horizon: int, aggregate: str, *args: Any
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """:func:`origin_features` with the base moved to the Holt-Winters forecast where there is one.

    The pooled model then learns the distribution around damped Holt-Winters (seasonal naive
    with drift before two years are known); both stay features.
    """
    x, s, base = origin_features(y, ts, horizon, aggregate, *args)
    smooth = x[:, SMOOTHING_FEATURE] * s
    return x, s, np.where(np.isfinite(smooth), smooth, base)


def _length_group(t: int | np.ndarray) -> np.ndarray:
    return np.searchsorted(_LENGTH_GROUPS, t, side="right")


def prefix_quantiles(values: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """``np.quantile(values[:k], LEVELS)`` for every ``k`` in ``lengths`` (each >= 1), vectorised."""
    lengths = np.asarray(lengths, dtype=int)
    width = int(lengths.max())
    prefix = np.where(np.arange(width)[None, :] < lengths[:, None], values[None, :width], np.inf)
    ordered = np.sort(prefix, axis=1)
    pos = (lengths[:, None] - 1) * _LEVELS[None, :]
    lo = np.floor(pos).astype(int)
    hi = np.ceil(pos).astype(int)
    low = np.take_along_axis(ordered, lo, axis=1)
    high = np.take_along_axis(ordered, hi, axis=1)
    return np.asarray(low + (pos - lo) * (high - low))


def _pinball(z: np.ndarray, q: np.ndarray) -> np.ndarray:
    """Mean pinball loss over ``LEVELS`` of rows ``q`` (…, levels) for outcomes ``z``."""
    diff = z[..., None] - q
    return np.asarray(np.mean(np.maximum(_LEVELS * diff, (_LEVELS - 1) * diff), axis=-1))


@dataclass(frozen=True)
class SeriesForecast:
    """Quantiles (at ``LEVELS``) of one series' target aggregate, with how they were made."""

    key: str
    quantiles: np.ndarray
    method: str
    wide: bool
    prepared: PreparedSeries


@dataclass(frozen=True)
class _Rows:
    """Origins of all series with their features, scale, base forecast and outcome."""

    series: np.ndarray  # index into the key list
    t: np.ndarray
    x: np.ndarray
    scale: np.ndarray
    base: np.ndarray
    z: np.ndarray  # scaled outcome; NaN for the forecast origin (t = n)
    role: np.ndarray  # 0 train only, 1 selection, 2 calibration, 3 forecast


class AchievabilityModel:
    """Predictive distributions of the next ``horizon`` periods' aggregate for many series.

    Parameters
    ----------
    horizon : int
        Number of future periods the target covers (3 = next quarter of a monthly KPI).
    aggregate : {"mean", "sum", "last"}
        How the periods combine: a quarterly total (``sum``), an average (``mean``) or the
        level at the end (``last``).
    max_iter, learning_rate, max_leaf_nodes, min_samples_leaf : gradient-boosting settings.
    max_rows : int
        Training origins sampled at most over both folds (bounds the fitting time).
    calibration_window : int
        Most recent origins of each series (with known outcome) used for conformal calibration.
    selection_window : int
        Origins before those used to choose each series' method.
    recalibration_window : int
        Most recent origins of each series (with known outcome) the probability map is fitted on;
        the default, 12, is the calibration window.  Longer windows were tried on several M3
        development origins (24, 36, 48) and were no better (benchmarks/results/achievability.md).
    min_pool_rows : int
        Below this many origins the pooled model is not fitted and every series uses its
        own back-test (``local_*_t`` methods).
    random_state : int
        Seed of the fold split, the origin sampling and the boosting.

    Attributes
    ----------
    series_ : dict of str to PreparedSeries
    skipped_ : dict of str to str
        Series that could not be used, with the reason.
    models_ : list of two lists of fitted quantile regressors (one per level), or None
    fold_ : dict of str to int
        The fold of each series; it is forecast by the models of the other fold.
    methods_ : dict of str to str
        The method chosen for each series.
    default_method_ : str
        The method with the lowest back-test loss over all series (used unless a series'
        own back-test clearly prefers another); None when too few origins for the pooled model.
    offsets_ : ndarray of shape (n_methods, n_groups, n_levels)
        Conformal shifts of the scaled quantiles per method and history-length group.
    recalibration_ : tuple of float
        ``(a, b)`` of the probability map ``p' = σ(a + b·logit p)`` learned on the calibration
        origins and applied to the pooled model's distributions; ``(0.0, 1.0)`` is none.
    n_train_rows_, n_calibration_rows_ : int
    n_recalibration_rows_ : int
        Origins (of all series) the probability map was fitted on; 0 when none was fitted.

    Examples
    --------
    >>> import pandas as pd
    >>> hist = {f"s{i}": pd.Series(range(10 + i, 40 + i), dtype=float) for i in range(3)}
    >>> model = AchievabilityModel(horizon=3, aggregate="sum", min_pool_rows=10_000).fit(hist)
    >>> round(model.assess("s0", 120.0).p_attain, 2) >= 0.0
    True
    """

    def __init__(
        self,
        horizon: int = 1,
        aggregate: str = "mean",
        *,
        max_iter: int = 80,
        learning_rate: float = 0.1,
        max_leaf_nodes: int = 15,
        min_samples_leaf: int = 40,
        max_rows: int = 20_000,
        calibration_window: int = 12,
        selection_window: int = 12,
        recalibration_window: int = 12,
        min_pool_rows: int = 300,
        random_state: int = 0,
    ) -> None:
        self.horizon = horizon
        self.aggregate = aggregate
        self.max_iter = max_iter
        self.learning_rate = learning_rate
        self.max_leaf_nodes = max_leaf_nodes
        self.min_samples_leaf = min_samples_leaf
        self.max_rows = max_rows
        self.calibration_window = calibration_window
        self.selection_window = selection_window
        self.recalibration_window = recalibration_window
        self.min_pool_rows = min_pool_rows
        self.random_state = random_state

    # -- parameter validation ------------------------------------------------------------
    def _validate_params(self) -> None:
        if not isinstance(self.horizon, int | np.integer) or isinstance(self.horizon, bool) or self.horizon < 1:
            raise InputError(
                f"The 'horizon' parameter of AchievabilityModel must be an int in [1, inf). Got {self.horizon!r}."
            )
        if self.aggregate not in AGGREGATES:
            raise InputError(
                f"The 'aggregate' parameter of AchievabilityModel must be one of {', '.join(AGGREGATES)}. "
                f"Got {self.aggregate!r}."
            )
        for name in ("calibration_window", "selection_window", "recalibration_window", "max_rows", "max_iter"):
            value = getattr(self, name)
            if not isinstance(value, int | np.integer) or isinstance(value, bool) or value < 1:
                raise InputError(
                    f"The {name!r} parameter of AchievabilityModel must be an int in [1, inf). Got {value!r}."
                )

    @property
    def _inner(self) -> str:
        # a sum is h times a mean: one model serves both
        return "mean" if self.aggregate == "sum" else self.aggregate

    @property
    def _mult(self) -> float:
        return float(self.horizon) if self.aggregate == "sum" else 1.0

    # -- fitting -------------------------------------------------------------------------
    def fit(self, histories: Mapping[str, pd.Series] | pd.DataFrame) -> AchievabilityModel:
        """Learn from every series in ``histories`` (a mapping key → series, or a wide frame)."""
        self._validate_params()
        if not isinstance(histories, Mapping | pd.DataFrame):
            raise InputError(
                "AchievabilityModel.fit expects a mapping of series key to pandas Series (or a DataFrame "
                f"with one column per series); got {type(histories).__name__}."
            )
        self.series_: dict[str, PreparedSeries] = {}
        self.skipped_: dict[str, str] = {}
        for key, hist in histories.items():
            try:
                self.series_[str(key)] = prepare_series(hist, name=f"series {key!r}")
            except InputError as exc:
                self.skipped_[str(key)] = str(exc)
        if not self.series_:
            raise InputError("No usable series to fit on", [])
        keys = list(self.series_)
        rng = np.random.default_rng(self.random_state)
        order = rng.permutation(len(keys))
        fold = np.empty(len(keys), dtype=int)
        fold[order] = np.arange(len(keys)) % 2
        self.fold_ = {k: int(f) for k, f in zip(keys, fold, strict=True)}
        rows = self._all_rows(keys)
        known = rows.role < 3
        self.n_calibration_rows_ = int(np.sum(rows.role == 2))
        self.models_: list[list[Any]] | None = None
        self.offsets_ = np.zeros((len(METHODS), len(_LENGTH_GROUPS) + 1, len(LEVELS)))
        self.methods_: dict[str, str] = {}
        self.default_method_: str | None = None
        self.recalibration_: tuple[float, float] = IDENTITY
        self.n_recalibration_rows_ = 0
        self._forecasts: dict[str, SeriesForecast] = {}
        row_fold = fold[rows.series]
        per_fold = [np.flatnonzero(known & (row_fold == f)) for f in (0, 1)]
        self.n_train_rows_ = int(sum(min(len(p), self.max_rows // 2) for p in per_fold))
        if min(len(p) for p in per_fold) < self.min_pool_rows // 2 or self.n_calibration_rows_ < 20:
            for key in keys:
                self._forecasts[key] = self._local(key, self.series_[key])
                self.methods_[key] = self._forecasts[key].method
            return self
        self._fit_folds(rows, per_fold, rng)
        # out-of-fold raw quantiles for the selection, calibration, recalibration and forecast origins
        lengths = np.array([self.series_[k].n for k in keys])[rows.series]
        recal = (rows.role < 3) & (rows.t > lengths - self.horizon - self.recalibration_window)
        need = np.flatnonzero((rows.role > 0) | recal)
        raw = np.full((len(rows.t), len(LEVELS)), np.nan)
        for f in (0, 1):
            sel = need[row_fold[need] != f]
            if len(sel):
                raw[sel] = self._raw(f, rows.x[sel])
        cands = self._candidates(rows, raw)
        choice = self._choose(rows, cands)
        self._calibrate(rows, cands, choice)
        self.recalibration_ = self._fit_recalibration(rows, cands, choice, recal)
        for i in np.flatnonzero(rows.role == 3):
            key = keys[rows.series[i]]
            m = int(choice[rows.series[i]])
            prep = self.series_[key]
            z = cands[i, m] + self.offsets_[m, int(_length_group(prep.n))]
            self._forecasts[key] = self._finish(key, prep, rows.base[i] + rows.scale[i] * z, METHODS[m], prep.n < 3)
            self.methods_[key] = METHODS[m]
        return self

    def _all_rows(self, keys: list[str]) -> _Rows:
        h, cw, sw = self.horizon, self.calibration_window, self.selection_window
        parts = []
        smoothed = holt_winters_forecasts([self.series_[k].values for k in keys], h, self._inner)
        for idx, key in enumerate(keys):
            y = self.series_[key].values
            n = len(y)
            ts = np.arange(3, n - h + 1) if n - h >= 3 else np.empty(0, dtype=int)
            ts = np.append(ts, n)
            x, s, base = _features(y, ts, h, self._inner, smoothing_states(y), smoothed[idx])
            z = np.full(len(ts), np.nan)
            z[:-1] = (future_aggregates(y, ts[:-1], h, self._inner) - base[:-1]) / s[:-1]
            role = np.zeros(len(ts), dtype=int)
            role[:-1] = np.where(ts[:-1] > n - h - cw, 2, np.where(ts[:-1] > n - h - cw - sw, 1, 0))
            role[-1] = 3
            parts.append((np.full(len(ts), idx), ts, x, s, base, z, role))
        cols = list(zip(*parts, strict=True))
        return _Rows(*(np.concatenate(c) for c in cols))

    def _fit_folds(self, rows: _Rows, per_fold: list[np.ndarray], rng: np.random.Generator) -> None:
        from sklearn.ensemble import HistGradientBoostingRegressor  # heavy: loaded only when a pooled model is fitted
        from threadpoolctl import threadpool_limits  # comes with scikit-learn, loaded with it

        self.models_ = []
        self.unused_features_ = []
        # one OpenMP thread: on a busy 2-core machine the boosting's thread barriers cost more than they gain
        with threadpool_limits(limits=1, user_api="openmp"):
            for f, idx in enumerate(per_fold):
                if len(idx) > self.max_rows // 2:
                    idx = np.sort(rng.choice(idx, self.max_rows // 2, replace=False))
                x = rows.x[idx].copy()
                # a feature never observed in training (e.g. lag 24 of short series) is dropped: all-NaN
                # columns break the binning of the boosting
                unused = np.flatnonzero(np.all(np.isnan(x), axis=0))
                x[:, unused] = 0.0
                self.unused_features_.append(unused)
                models = []
                for i, level in enumerate(LEVELS):
                    model = HistGradientBoostingRegressor(
                        loss="quantile",
                        quantile=level,
                        max_iter=self.max_iter,
                        learning_rate=self.learning_rate,
                        max_leaf_nodes=self.max_leaf_nodes,
                        min_samples_leaf=self.min_samples_leaf,
                        early_stopping=False,
                        random_state=self.random_state + 17 * f + i,
                    )
                    model.fit(x, rows.z[idx])
                    models.append(model)
                self.models_.append(models)

    def _raw(self, fold: int, x: np.ndarray) -> np.ndarray:
        from threadpoolctl import threadpool_limits  # comes with scikit-learn, loaded only with a fitted model

        x = x.copy()
        x[:, self.unused_features_[fold]] = 0.0
        # one thread: per-tree OpenMP start-up dominates for the few thousand rows predicted here
        with threadpool_limits(limits=1, user_api="openmp"):
            return np.sort(np.column_stack([m.predict(x) for m in (self.models_ or [])[fold]]), axis=1)

    def _candidates(self, rows: _Rows, raw: np.ndarray) -> np.ndarray:
        """Scaled quantiles (rows × methods × levels) of each candidate; NaN where unavailable."""
        h = self.horizon
        out = np.full((len(rows.t), len(METHODS), len(LEVELS)), np.nan)
        out[:, _POOLED] = raw
        starts = np.flatnonzero(np.r_[True, rows.series[1:] != rows.series[:-1]])
        ends = np.r_[starts[1:], len(rows.t)]
        # seasonal naive, the seasonal-profile and the Holt-Winters forecasts, relative to the base,
        # with the empirical quantiles of their own past errors (scaled)
        own = ((N_LAGS, _LOCAL), (PROFILE_FEATURE, _PROFILE), (SMOOTHING_FEATURE, _SMOOTHING))
        shifts = [rows.x[:, col] - rows.base / rows.scale for col, _ in own]
        z_own = [rows.z - shift for shift in shifts]
        for a, b in zip(starts, ends, strict=True):
            t, role = rows.t[a:b], rows.role[a:b]
            need = np.flatnonzero(np.isfinite(raw[a:b, 0]))
            past = role < 3
            # errors whose outcome is known at origin t: origins <= t - h
            known = np.searchsorted(t[past], t[need] - h, side="right")
            for (_, method), shift, z in zip(own, shifts, z_own, strict=True):
                has = np.isfinite(z[a:b][past])
                if has.sum() < _MIN_LOCAL_ERRORS:
                    continue
                # the profile and Holt-Winters forecasts exist from two years on: count only their errors
                first = int(np.argmax(has))
                k = known - first
                use = k >= _MIN_LOCAL_ERRORS
                if use.any():
                    q = prefix_quantiles(z[a:b][past][first:], k[use])
                    out[a + need[use], method] = shift[a + need[use], None] + q
        out[:, _COMBINED] = 0.5 * (out[:, _POOLED] + out[:, _LOCAL])
        out[:, _COMBINED_PROFILE] = 0.5 * (out[:, _POOLED] + out[:, _PROFILE])
        out[:, _COMBINED_SMOOTHING] = 0.5 * (out[:, _POOLED] + out[:, _SMOOTHING])
        return out

    def _choose(self, rows: _Rows, cands: np.ndarray) -> np.ndarray:
        """Per series, the method to use, by pinball loss on the selection origins.

        First a default for all series: the candidate with the lowest mean loss over every
        series' selection origins (each compared with the pooled forecast where both are
        available).  A series then switches to another candidate only if that one's mean loss
        on its own selection origins (at least ``_MIN_CHOICE_ROWS``) is lower than the
        default's by more than ``_SWITCH_MARGIN`` of the default's: a dozen overlapping
        back-test errors are a noisy guide, and an average of methods is hard to beat.
        Series whose default is unavailable at the forecast origin fall back to the pooled one.
        """
        n_series = len(self.series_)
        sel = rows.role == 1
        loss = _pinball(rows.z[sel][:, None], cands[sel])  # rows × methods
        finite = np.isfinite(loss)
        sums = np.zeros((n_series, len(METHODS)))
        counts = np.zeros((n_series, len(METHODS)))
        np.add.at(sums, rows.series[sel], np.where(finite, loss, 0.0))
        np.add.at(counts, rows.series[sel], finite)
        # the default: lowest mean loss, each candidate measured against the pooled one on shared rows
        shared = finite & finite[:, [_POOLED]]
        gain = np.where(shared, loss - loss[:, [_POOLED]], 0.0).sum(axis=0)
        n_shared = shared.sum(axis=0)
        with np.errstate(invalid="ignore", divide="ignore"):
            overall = np.where(n_shared >= _MIN_CHOICE_ROWS, gain / np.maximum(n_shared, 1), np.inf)
        overall[_POOLED] = 0.0
        self.default_method_ = METHODS[int(np.argmin(overall))]
        # a candidate unavailable at the forecast origin cannot be chosen
        last = rows.role == 3
        avail = np.isfinite(cands[last][:, :, 0])
        avail[:, _POOLED] = True
        default = np.where(avail[:, int(np.argmin(overall))], int(np.argmin(overall)), _POOLED)
        with np.errstate(invalid="ignore", divide="ignore"):
            mean = np.where(counts >= _MIN_CHOICE_ROWS, sums / np.maximum(counts, 1), np.inf)
        mean[~avail] = np.inf
        ref = mean[np.arange(n_series), default]
        best = np.argmin(mean, axis=1)
        switch = np.isfinite(ref) & (mean[np.arange(n_series), best] < (1.0 - _SWITCH_MARGIN) * ref)
        return np.where(switch, best, default)

    def _calibrate(self, rows: _Rows, cands: np.ndarray, choice: np.ndarray) -> None:
        cal = np.flatnonzero(rows.role == 2)
        m = choice[rows.series[cal]]
        q = cands[cal, m]
        ok = np.all(np.isfinite(q), axis=1)
        cal, m, q = cal[ok], m[ok], q[ok]
        residual = rows.z[cal][:, None] - q
        groups = _length_group(rows.t[cal])
        overall = np.quantile(residual, LEVELS, axis=0).diagonal()

        def shrunk(mask: np.ndarray, prior: np.ndarray) -> np.ndarray:
            k = int(mask.sum())
            if not k:
                return prior
            own = np.quantile(residual[mask], LEVELS, axis=0).diagonal()
            weight = k / (k + 50.0)  # few rows: shrink towards the broader offsets
            return np.asarray(weight * own + (1 - weight) * prior)

        for method in range(len(METHODS)):
            in_method = m == method
            prior = shrunk(in_method, overall)
            for g in range(len(_LENGTH_GROUPS) + 1):
                self.offsets_[method, g] = shrunk(in_method & (groups == g), prior)

    def _fit_recalibration(
        self, rows: _Rows, cands: np.ndarray, choice: np.ndarray, recal: np.ndarray
    ) -> tuple[float, float]:
        """The Platt map of "reach last year × growth" probabilities on the ``recal`` origins.

        Each of those origins' forecast is the chosen method with its conformal shifts (as at
        the forecast origin); its targets are the same periods one season earlier × ``GROWTH``
        (known at that origin only when ``horizon <= SEASON`` and a season has passed).
        """
        if self.horizon > SEASON:
            return IDENTITY
        cal = np.flatnonzero(recal & (rows.t >= SEASON))
        m = choice[rows.series[cal]]
        qz = cands[cal, m] + self.offsets_[m, _length_group(rows.t[cal])]
        ok = np.all(np.isfinite(qz), axis=1)
        cal, qz = cal[ok], qz[ok]
        self.n_recalibration_rows_ = len(cal)
        if not len(cal):
            return IDENTITY
        values = [self.series_[key].values for key in self.series_]
        last_year = np.empty(len(cal))
        for s in np.unique(rows.series[cal]):
            at = rows.series[cal] == s
            last_year[at] = future_aggregates(values[s], rows.t[cal][at] - SEASON, self.horizon, self._inner)
        q = rows.base[cal, None] + rows.scale[cal, None] * np.sort(qz, axis=1)
        truth = rows.base[cal] + rows.scale[cal] * rows.z[cal]
        p = np.concatenate([1.0 - cdf_rows(q, last_year * g) for g in GROWTH])
        hit = np.concatenate([truth >= last_year * g for g in GROWTH])
        return fit_platt(p, hit)

    def _finish(self, key: str, prep: PreparedSeries, q: np.ndarray, method: str, wide: bool) -> SeriesForecast:
        q = sort_quantiles(recalibrate(sort_quantiles(q), *self.recalibration_)[0]) * self._mult
        if np.all(prep.values >= 0):
            q = np.maximum(q, 0.0)
        return SeriesForecast(key, q, method, wide, prep)

    def _local(self, key: str, prep: PreparedSeries) -> SeriesForecast:
        local = local_forecast(prep.values, self.horizon, self.aggregate)
        q = local.quantiles
        if np.all(prep.values >= 0):
            q = np.maximum(q, 0.0)
        return SeriesForecast(key, sort_quantiles(q), f"local_{local.method}_t", local.wide, prep)

    def _check_fitted(self) -> None:
        if not hasattr(self, "series_"):
            raise NotFittedError("This AchievabilityModel instance is not fitted yet. Call 'fit' with histories first.")

    # -- prediction ----------------------------------------------------------------------
    def forecast(self, key: str, history: pd.Series | None = None) -> SeriesForecast:
        """Quantiles of the target aggregate of series ``key`` (or of ``history`` scored with the pooled model).

        Forecasts of the fitted series are computed once, in :meth:`fit`; a new ``history``
        is scored by both folds' models (averaged) with the pooled method's calibration.
        """
        self._check_fitted()
        if history is None:
            if key in self._forecasts:
                return self._forecasts[key]
            if key in self.skipped_:
                raise InputError(self.skipped_[key])
            known = ", ".join(list(self.series_)[:10])
            raise InputError(
                f"No series {key!r} in the data this model was fitted on (known: {known}); "
                "pass its history as forecast(key, history) or fit the model with it."
            )
        prep = prepare_series(history, name=f"series {key!r}")
        if self.models_ is None:
            return self._local(key, prep)
        y = prep.values
        x, s, base = _features(y, np.array([prep.n]), self.horizon, self._inner)
        raw = 0.5 * (self._raw(0, x) + self._raw(1, x))[0]
        z = raw + self.offsets_[_POOLED, int(_length_group(prep.n))]
        return self._finish(key, prep, base[0] + s[0] * z, METHODS[_POOLED], prep.n < 3)

    def predict_quantiles(self) -> pd.DataFrame:
        """Quantiles (columns ``LEVELS``) of every fitted series (rows)."""
        self._check_fitted()
        rows = {key: self.forecast(key).quantiles for key in self.series_}
        return pd.DataFrame.from_dict(rows, orient="index", columns=list(LEVELS))

    def assess(
        self, key: str, target: float | None = None, *, direction: str = "higher", lang: str = "en"
    ) -> Assessment:
        """An :class:`~kpiguide.achievability.Assessment` of ``target`` for series ``key``."""
        return assessment_from_forecast(
            self.forecast(key), target, direction=direction, horizon=self.horizon, aggregate=self.aggregate, lang=lang
        )
