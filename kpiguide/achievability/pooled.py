"""The pooled achievability model: gradient-boosted quantile regression across peer series,
calibrated by split conformal on rolling-origin back-tests.

Every series is described at many past origins by scale-free features (recent values,
smoothed levels, trend and volatility divided by the series' own scale); one quantile
model per level learns the distribution of ``(future aggregate - seasonal naive with
drift) / scale`` from all series at once, so a history of 3–11 points borrows strength
from its peers.  The most recent origins of every series are held out of training and
used to shift each quantile so that its empirical coverage on them is right (split
conformal, one offset per level and history-length group).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np
import pandas as pd

from kpiguide.achievability._dist import LEVELS, sort_quantiles
from kpiguide.achievability._series import (
    AGGREGATES,
    N_FEATURES,
    PreparedSeries,
    aggregate_future,
    features_at,
    prepare_series,
    smoothing_states,
)
from kpiguide.achievability.local import local_forecast
from kpiguide.errors import InputError, NotFittedError

__all__ = ["AchievabilityModel", "SeriesForecast"]

_LENGTH_GROUPS = (12, 24)  # history-length group boundaries for the conformal offsets


def _length_group(t: int) -> int:
    return int(np.searchsorted(_LENGTH_GROUPS, t, side="right"))


@dataclass(frozen=True)
class SeriesForecast:
    """Quantiles (at ``LEVELS``) of one series' target aggregate, with how they were made."""

    key: str
    quantiles: np.ndarray
    method: str
    wide: bool
    prepared: PreparedSeries


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
        Training origins sampled at most (keeps fitting time bounded for thousands of series).
    calibration_window : int
        Most recent origins of each series held out for conformal calibration.
    min_pool_rows : int
        Below this many training origins the pooled model is not fitted and every series
        uses its own back-test (``local`` method).
    random_state : int
        Seed of the origin sampling and of the boosting.

    Attributes
    ----------
    series_ : dict of str to PreparedSeries
    skipped_ : dict of str to str
        Series that could not be used, with the reason.
    models_ : list of fitted quantile regressors (one per level) or None
    offsets_ : ndarray of shape (n_groups, n_levels)
        Conformal shifts of the scaled quantiles per history-length group.
    n_train_rows_, n_calibration_rows_ : int

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
        max_iter: int = 120,
        learning_rate: float = 0.08,
        max_leaf_nodes: int = 15,
        min_samples_leaf: int = 40,
        max_rows: int = 30_000,
        calibration_window: int = 12,
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
        items = histories.items() if isinstance(histories, Mapping | pd.DataFrame) else None
        if items is None:
            raise InputError(
                "AchievabilityModel.fit expects a mapping of series key to pandas Series (or a DataFrame "
                f"with one column per series); got {type(histories).__name__}."
            )
        self.series_: dict[str, PreparedSeries] = {}
        self.skipped_: dict[str, str] = {}
        for key, hist in items:
            try:
                self.series_[str(key)] = prepare_series(hist, name=f"series {key!r}")
            except InputError as exc:
                self.skipped_[str(key)] = str(exc)
        if not self.series_:
            raise InputError("No usable series to fit on", [])
        h, cw = self.horizon, self.calibration_window
        rng = np.random.default_rng(self.random_state)
        train_refs, cal_refs = [], []
        for key, prep in self.series_.items():
            n = prep.n
            for t in range(3, n - h + 1):
                (cal_refs if t > n - h - cw else train_refs).append((key, t))
        self.n_train_rows_ = min(len(train_refs), self.max_rows)
        self.n_calibration_rows_ = len(cal_refs)
        self.models_: list | None = None
        self.offsets_ = np.zeros((len(_LENGTH_GROUPS) + 1, len(LEVELS)))
        if len(train_refs) < self.min_pool_rows or len(cal_refs) < 20:
            return self
        if len(train_refs) > self.max_rows:
            pick = rng.choice(len(train_refs), self.max_rows, replace=False)
            train_refs = [train_refs[i] for i in np.sort(pick)]
        states = {key: smoothing_states(p.values) for key, p in self.series_.items()}
        x_train, z_train, _ = self._rows(train_refs, states)
        x_cal, z_cal, t_cal = self._rows(cal_refs, states)
        # a feature never observed in training (e.g. lag 24 of short series) is dropped: all-NaN
        # columns break the binning of the boosting
        self.unused_features_ = np.flatnonzero(np.all(np.isnan(x_train), axis=0))
        x_train[:, self.unused_features_] = 0.0
        from sklearn.ensemble import HistGradientBoostingRegressor
        from threadpoolctl import threadpool_limits

        self.models_ = []
        # one OpenMP thread: on a busy 2-core machine the boosting's thread barriers cost more than they gain
        limiter = threadpool_limits(limits=1, user_api="openmp")
        for i, level in enumerate(LEVELS):
            model = HistGradientBoostingRegressor(
                loss="quantile",
                quantile=level,
                max_iter=self.max_iter,
                learning_rate=self.learning_rate,
                max_leaf_nodes=self.max_leaf_nodes,
                min_samples_leaf=self.min_samples_leaf,
                early_stopping=False,
                random_state=self.random_state + i,
            )
            model.fit(x_train, z_train)
            self.models_.append(model)
        limiter.restore_original_limits()
        raw = self._raw_quantiles(x_cal)
        groups = np.array([_length_group(t) for t in t_cal])
        residual = z_cal[:, None] - raw
        overall = np.array([np.quantile(residual[:, j], lv) for j, lv in enumerate(LEVELS)])
        for g in range(len(_LENGTH_GROUPS) + 1):
            mask = groups == g
            # few rows in a group: shrink its offsets towards the overall ones
            weight = mask.sum() / (mask.sum() + 50.0)
            if mask.any():
                own = np.array([np.quantile(residual[mask, j], lv) for j, lv in enumerate(LEVELS)])
                self.offsets_[g] = weight * own + (1 - weight) * overall
            else:
                self.offsets_[g] = overall
        return self

    def _rows(self, refs: list[tuple[str, int]], states: dict[str, np.ndarray]) -> tuple[np.ndarray, ...]:
        x = np.empty((len(refs), N_FEATURES))
        z = np.empty(len(refs))
        ts = np.empty(len(refs), dtype=int)
        for i, (key, t) in enumerate(refs):
            y = self.series_[key].values
            f, s, base = features_at(y, t, self.horizon, self._inner, states[key])
            x[i] = f
            z[i] = (aggregate_future(y, t, self.horizon, self._inner) - base) / s
            ts[i] = t
        return x, z, ts

    def _raw_quantiles(self, x: np.ndarray) -> np.ndarray:
        x = x.copy()
        x[:, self.unused_features_] = 0.0
        return np.column_stack([m.predict(x) for m in self.models_])

    def _check_fitted(self) -> None:
        if not hasattr(self, "series_"):
            raise NotFittedError("This AchievabilityModel instance is not fitted yet. Call 'fit' with histories first.")

    # -- prediction ----------------------------------------------------------------------
    def forecast(self, key: str, history: pd.Series | None = None) -> SeriesForecast:
        """Quantiles of the target aggregate of series ``key`` (or of ``history`` scored with the pooled model)."""
        self._check_fitted()
        if history is not None:
            prep = prepare_series(history, name=f"series {key!r}")
        elif key in self.series_:
            prep = self.series_[key]
        elif key in self.skipped_:
            raise InputError(self.skipped_[key])
        else:
            raise KeyError(f"No series {key!r} in the fitted data; known: {', '.join(list(self.series_)[:10])}.")
        y = prep.values
        n = prep.n
        if self.models_ is not None and n >= 2:
            f, s, base = features_at(y, n, self.horizon, self._inner, smoothing_states(y))
            raw = self._raw_quantiles(f[None, :])[0] + self.offsets_[_length_group(n)]
            q = sort_quantiles(base + s * raw) * self._mult
            method = "pooled_gbm_conformal"
            wide = n < 3
        else:
            local = local_forecast(y, self.horizon, self.aggregate)
            q, method, wide = sort_quantiles(local.quantiles), f"local_{local.method}_t", local.wide
        if np.all(y >= 0):
            q = np.maximum(q, 0.0)
        return SeriesForecast(key, q, method, wide, prep)

    def predict_quantiles(self) -> pd.DataFrame:
        """Quantiles (columns ``LEVELS``) of every fitted series (rows)."""
        self._check_fitted()
        rows = {key: self.forecast(key).quantiles for key in self.series_}
        return pd.DataFrame.from_dict(rows, orient="index", columns=list(LEVELS))

    def assess(self, key: str, target: float | None = None, *, direction: str = "higher", lang: str = "en"):
        """An :class:`~kpiguide.achievability.Assessment` of ``target`` for series ``key``."""
        from kpiguide.achievability.assessment import assessment_from_forecast

        return assessment_from_forecast(
            self.forecast(key), target, direction=direction, horizon=self.horizon, aggregate=self.aggregate, lang=lang
        )
