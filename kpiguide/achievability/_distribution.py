"""A predictive distribution given by a few quantiles: CDF, quantile function, bands.

Between the known quantiles the distribution is interpolated linearly in normal-score
space (so the tails continue like a normal distribution fitted to the outer quantiles);
it never returns NaN.
"""

from __future__ import annotations

from collections.abc import Mapping

import numpy as np
from scipy.stats import norm

__all__ = ["LEVELS", "OUTPUT_LEVELS", "cdf", "ppf", "sort_quantiles"]

#: Levels predicted internally (0.025/0.975 give the 95 % interval).
LEVELS = (0.025, 0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95, 0.975)
#: Levels reported in an :class:`Assessment`.
OUTPUT_LEVELS = (0.05, 0.1, 0.25, 0.5, 0.75, 0.9, 0.95)


def sort_quantiles(values: np.ndarray) -> np.ndarray:
    """Make quantiles non-decreasing along the last axis (quantile crossing fix)."""
    return np.sort(np.asarray(values, dtype=float), axis=-1)


def _knots(quantiles: Mapping[float, float]) -> tuple[np.ndarray, np.ndarray]:
    levels = np.array(sorted(quantiles), dtype=float)
    values = np.maximum.accumulate(np.array([quantiles[k] for k in sorted(quantiles)], dtype=float))
    return norm.ppf(levels), values


def cdf(quantiles: Mapping[float, float], x: float) -> float:
    """P(Y <= x) for the distribution given by ``quantiles``."""
    z, v = _knots(quantiles)
    spread = max(v[-1] - v[0], 1e-12 * max(1.0, abs(v[0])))
    if v[-1] - v[0] <= 1e-12 * max(1.0, abs(v[0])):
        # a point mass: the honest answer is a step
        return 1.0 if x >= v[0] else 0.0
    v = v + np.linspace(0, spread * 1e-9, len(v))  # strictly increasing for interpolation
    if x <= v[0]:
        slope = (z[1] - z[0]) / max(v[1] - v[0], spread * 1e-9)
        zx = z[0] - (v[0] - x) * slope
    elif x >= v[-1]:
        slope = (z[-1] - z[-2]) / max(v[-1] - v[-2], spread * 1e-9)
        zx = z[-1] + (x - v[-1]) * slope
    else:
        zx = float(np.interp(x, v, z))
    return float(norm.cdf(zx))


def ppf(quantiles: Mapping[float, float], p: float) -> float:
    """The value ``x`` with P(Y <= x) = ``p``."""
    z, v = _knots(quantiles)
    zp = float(norm.ppf(min(max(p, 1e-9), 1 - 1e-9)))
    if zp <= z[0]:
        slope = (v[1] - v[0]) / (z[1] - z[0])
        return float(v[0] - (z[0] - zp) * slope)
    if zp >= z[-1]:
        slope = (v[-1] - v[-2]) / (z[-1] - z[-2])
        return float(v[-1] + (zp - z[-1]) * slope)
    return float(np.interp(zp, z, v))
