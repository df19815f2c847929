"""Recalibration of the probability of beating last year, learned from the model's own past origins.

KPI targets are usually set relative to the same periods last year ("last year + 5 %").  The
conformal shifts make every quantile level right on average, but the probability of reaching a
target near last year's value can still be too extreme: on M3 the forecasts extrapolate a change
against last year a little too confidently.  So, on the calibration origins (outcome known, forecast
out of sample), the probabilities the calibrated forecast gave to reaching last year × ``GROWTH``
are compared with what happened, and a logistic map ``p' = σ(a + b·logit p)`` is fitted by maximum
likelihood (Platt scaling).  The map is applied to the whole predictive distribution, not to one
answer: the new CDF is ``F'(x) = 1 − g(1 − F(x))``, so probabilities, quantiles, bands and intervals
stay one consistent distribution (``b < 1`` widens it, ``a`` shifts it).  Without enough cases, or
when the fit is implausible, the map is the identity.
"""

from __future__ import annotations

import numpy as np
from scipy.stats import norm

from kpiguide.achievability._distribution import LEVELS

__all__ = ["GROWTH", "IDENTITY", "cdf_rows", "fit_platt", "ppf_rows", "recalibrate", "recalibrated_levels"]

#: Targets the map is learned on: multiples of the same periods last year.
GROWTH = (0.9, 0.95, 1.0, 1.05, 1.1, 1.2)
#: ``(a, b)`` of the identity map.
IDENTITY = (0.0, 1.0)
_MIN_CASES = 200  # anchored cases needed before a map is fitted
_SLOPE_RANGE = (0.5, 1.5)  # a slope outside this range is not trusted: identity instead
_EPS = 1e-4
_Z = norm.ppf(np.asarray(LEVELS))


def _logit(p: np.ndarray) -> np.ndarray:
    p = np.clip(p, _EPS, 1 - _EPS)
    return np.asarray(np.log(p / (1 - p)))


def cdf_rows(q: np.ndarray, x: np.ndarray) -> np.ndarray:
    """``P(Y <= x[i])`` for quantile rows ``q[i]`` at ``LEVELS``: the vectorised ``_distribution.cdf``."""
    v = np.maximum.accumulate(np.atleast_2d(np.asarray(q, dtype=float)), axis=1)
    x = np.asarray(x, dtype=float)
    n, k = v.shape
    tiny = 1e-12 * np.maximum(1.0, np.abs(v[:, 0]))
    point = v[:, -1] - v[:, 0] <= tiny  # a point mass: a step
    spread = np.maximum(v[:, -1] - v[:, 0], tiny)
    v = v + spread[:, None] * np.linspace(0, 1e-9, k)[None, :]
    floor = spread * 1e-9
    pos = np.clip(np.sum(v < x[:, None], axis=1), 1, k - 1)
    rows = np.arange(n)
    lo, hi = v[rows, pos - 1], v[rows, pos]
    z = _Z[pos - 1] + np.clip(x - lo, 0, None) * (_Z[pos] - _Z[pos - 1]) / np.maximum(hi - lo, floor)
    z = np.minimum(z, _Z[pos])
    below = _Z[0] - (v[:, 0] - x) * (_Z[1] - _Z[0]) / np.maximum(v[:, 1] - v[:, 0], floor)
    above = _Z[-1] + (x - v[:, -1]) * (_Z[-1] - _Z[-2]) / np.maximum(v[:, -1] - v[:, -2], floor)
    z = np.where(x <= v[:, 0], below, np.where(x >= v[:, -1], above, z))
    return np.asarray(np.where(point, (x >= v[:, 0]).astype(float), norm.cdf(z)))


def ppf_rows(q: np.ndarray, p: float) -> np.ndarray:
    """The value with ``P(Y <= value) = p`` for every quantile row ``q`` (the vectorised ``_distribution.ppf``)."""
    v = np.maximum.accumulate(np.asarray(q, dtype=float), axis=1)
    zp = float(norm.ppf(min(max(p, 1e-9), 1 - 1e-9)))
    if zp <= _Z[0]:
        return np.asarray(v[:, 0] - (_Z[0] - zp) * (v[:, 1] - v[:, 0]) / (_Z[1] - _Z[0]))
    if zp >= _Z[-1]:
        return np.asarray(v[:, -1] + (zp - _Z[-1]) * (v[:, -1] - v[:, -2]) / (_Z[-1] - _Z[-2]))
    j = int(np.searchsorted(_Z, zp, side="right"))
    w = (zp - _Z[j - 1]) / (_Z[j] - _Z[j - 1])
    return np.asarray(v[:, j - 1] + w * (v[:, j] - v[:, j - 1]))


def fit_platt(p: np.ndarray, hit: np.ndarray) -> tuple[float, float]:
    """``(a, b)`` maximising the likelihood of ``hit ~ σ(a + b·logit p)`` (Newton steps; identity if unfit)."""
    p, hit = np.asarray(p, dtype=float), np.asarray(hit, dtype=float)
    keep = np.isfinite(p) & np.isfinite(hit)
    p, hit = p[keep], hit[keep]
    if len(p) < _MIN_CASES or hit.min() == hit.max():
        return IDENTITY
    x = np.column_stack([np.ones(len(p)), _logit(p)])
    beta = np.array(IDENTITY)
    for _ in range(50):
        mu = 0.5 * (1.0 + np.tanh(0.5 * (x @ beta)))  # the logistic function, without overflow
        grad = x.T @ (hit - mu)
        hess = (x * (mu * (1 - mu))[:, None]).T @ x + 1e-9 * np.eye(2)
        step = np.linalg.solve(hess, grad)
        beta = beta + step
        if not np.all(np.isfinite(beta)) or np.max(np.abs(step)) < 1e-10:
            break
    a, b = float(beta[0]), float(beta[1])
    if not (np.isfinite(a) and np.isfinite(b)) or not _SLOPE_RANGE[0] <= b <= _SLOPE_RANGE[1]:
        return IDENTITY
    return a, b


def recalibrated_levels(a: float, b: float) -> np.ndarray:
    """The old levels whose values become the quantiles at ``LEVELS`` under the map ``(a, b)``.

    ``F'(x) = 1 − g(1 − F(x))`` with ``g(r) = σ(a + b·logit r)``; the ``α``-quantile of ``F'`` is
    the ``1 − g⁻¹(1 − α)`` quantile of ``F``.
    """
    levels = np.asarray(LEVELS)
    inner = (_logit(1 - levels) - a) / b
    return np.asarray(1 - 0.5 * (1.0 + np.tanh(0.5 * inner)))


def recalibrate(q: np.ndarray, a: float, b: float) -> np.ndarray:
    """Quantile rows ``q`` (at ``LEVELS``; one row or many) of the recalibrated distribution, as rows."""
    q = np.atleast_2d(np.asarray(q, dtype=float))
    if (a, b) == IDENTITY:
        return q
    return np.column_stack([ppf_rows(q, float(lv)) for lv in recalibrated_levels(a, b)])
