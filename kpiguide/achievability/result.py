"""The answer to an achievability question: :class:`Assessment`, built from a forecast's quantiles.

Below both the one-series ``assess`` and the pooled model, which each turn their forecasts into
assessments here (so neither imports the other for it).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any, Protocol

import numpy as np

from kpiguide.achievability._distribution import LEVELS, OUTPUT_LEVELS, cdf, ppf
from kpiguide.achievability._season import SEASON
from kpiguide.achievability._series import PreparedSeries
from kpiguide.core.errors import InputError
from kpiguide.core.i18n import normalize_lang, t
from kpiguide.core.numbers import format_number, format_percent

__all__ = ["DIRECTIONS", "Assessment", "Forecast", "assessment_from_forecast", "attainment", "method_label"]

DIRECTIONS = ("higher", "lower", "range")


@dataclass(frozen=True)
class Assessment:
    """How achievable a target is, from the predictive distribution of the KPI.

    ``quantiles`` maps the levels 0.05 … 0.95 to values of the aggregate; ``bands``
    holds ``floor`` (≈ 80 % likely to be reached), ``base`` (≈ 50 %) and ``stretch``
    (≈ 20 %) in the KPI's direction.  ``p_attain`` is ``None`` without a target.
    ``wide`` marks an answer whose range is deliberately wide because the history cannot
    support a calibrated one; ``notes`` name the reasons (codes).
    """

    p_attain: float | None
    quantiles: Mapping[float, float]
    bands: Mapping[str, float]
    method: str
    explanation: str
    n_history: int
    target: float | None = None
    direction: str = "higher"
    horizon: int = 1
    aggregate: str = "mean"
    wide: bool = False
    notes: tuple[str, ...] = ()
    history: Mapping[str, float] = field(default_factory=dict)
    all_quantiles: Mapping[float, float] = field(default_factory=dict)
    series: str | None = None

    def __post_init__(self) -> None:
        for name in ("quantiles", "bands", "history", "all_quantiles"):
            object.__setattr__(self, name, MappingProxyType(dict(getattr(self, name))))
        object.__setattr__(self, "notes", tuple(self.notes))

    def cdf(self, x: float) -> float:
        """P(aggregate <= x)."""
        return cdf(self.all_quantiles or self.quantiles, x)

    def ppf(self, p: float) -> float:
        """The value below which the aggregate falls with probability ``p``."""
        return ppf(self.all_quantiles or self.quantiles, p)

    def to_dict(self) -> dict[str, Any]:
        """JSON-ready dict; quantile keys are strings such as ``"0.05"``."""
        return {
            "series": self.series,
            "p_attain": self.p_attain,
            "quantiles": {f"{k:g}": v for k, v in self.quantiles.items()},
            "bands": dict(self.bands),
            "method": self.method,
            "explanation": self.explanation,
            "n_history": self.n_history,
            "target": self.target,
            "direction": self.direction,
            "horizon": self.horizon,
            "aggregate": self.aggregate,
            "wide": self.wide,
            "notes": list(self.notes),
        }


def method_label(method: str, lang: str = "en") -> str:
    """A plain-language name of an internal method name such as ``local_naive_t`` (zh or en).

    A method modified for a constant history (``...+constant_history_wide``) gets both parts.

    Examples
    --------
    >>> method_label("local_naive_t", "en")
    'this series alone: the latest value carried forward, with ranges from its past forecast errors'
    """
    lang = normalize_lang(lang)
    parts = []
    for part in str(method).split("+"):
        try:
            parts.append(t(f"achievability.method.{part}", lang))
        except KeyError:
            parts.append(t("achievability.method.unknown", lang, method=part))
    return t("achievability.method.separator", lang).join(parts)


class Forecast(Protocol):
    """What :func:`assessment_from_forecast` needs of a forecast (a ``SeriesForecast``)."""

    @property
    def key(self) -> str: ...
    @property
    def quantiles(self) -> np.ndarray: ...
    @property
    def method(self) -> str: ...
    @property
    def wide(self) -> bool: ...
    @property
    def prepared(self) -> PreparedSeries: ...


def attainment(
    quantiles: Mapping[float, float],
    target: float | None,
    direction: str,
    target_range: tuple[float, float] | None = None,
) -> float:
    """Probability that the aggregate meets ``target`` in ``direction`` (``range``: within ``target_range``)."""
    if direction == "range":
        if target_range is None:
            raise InputError("direction 'range' needs target_range=(low, high).")
        low, high = target_range
        return max(0.0, cdf(quantiles, high) - cdf(quantiles, low))
    if target is None:
        raise InputError(f"direction {direction!r} needs a target value.")
    below = cdf(quantiles, target)
    return below if direction == "lower" else 1.0 - below


def _checked_target(target: float | None, direction: str, target_range: tuple[float, float] | None) -> float | None:
    if direction not in DIRECTIONS:
        raise InputError(f"direction must be one of {', '.join(DIRECTIONS)}; got {direction!r}.")
    if direction == "range" and target_range is None:
        raise InputError("direction 'range' needs target_range=(low, high).")
    if target is None:
        return None
    if isinstance(target, bool) or not isinstance(target, int | float | np.number) or not math.isfinite(target):
        raise InputError(f"The target must be a finite number; got {target!r}.")
    return float(target)


def _widen_constant(
    y: np.ndarray, qs: np.ndarray, method: str, horizon: int, aggregate: str
) -> tuple[np.ndarray, str, bool]:
    """A constant history gives a point forecast; widen it to +-10 % of the level (an honest "we cannot tell")."""
    level = abs(float(y[-1])) * (horizon if aggregate == "sum" else 1)
    spread = 0.1 * level if level > 0 else 1.0
    z = np.array([-1.96, -1.645, -1.2816, -0.6745, 0.0, 0.6745, 1.2816, 1.645, 1.96])
    qs = qs + spread / 1.2816 * z
    if np.all(y >= 0):
        qs = np.maximum(qs, 0.0)
    return qs, f"{method}+constant_history_wide", True


def _bands(all_q: Mapping[float, float], lower: bool) -> dict[str, float]:
    return {
        "floor": ppf(all_q, 0.8 if lower else 0.2),
        "base": ppf(all_q, 0.5),
        "stretch": ppf(all_q, 0.2 if lower else 0.8),
    }


def _notes(notes: list[str], wide: bool, prep: PreparedSeries, horizon: int, target: float | None) -> list[str]:
    """The reasons to read an answer with care, as note codes (after the ``extra`` ones)."""
    y = prep.values
    if wide and "constant" not in notes:
        notes.append("wide")
    if prep.n_gaps:
        notes.append("gaps")
    if horizon > prep.n:
        notes.append("horizon_long")
    if target is not None and target <= 0:
        notes.append("target_nonpositive")
    if np.any(y < 0) and np.mean(y >= 0) > 0.5:
        notes.append("negative_history")
    return notes


def _target_sentences(
    all_q: Mapping[float, float],
    target: float,
    p: float,
    lower: bool,
    y: np.ndarray,
    horizon: int,
    aggregate: str,
    lang: str,
) -> list[str]:
    """Where the target sits in the forecast, its probability, and its change on the same periods last year."""
    parts = []
    if target > all_q[0.95]:
        parts.append(t("achievability.explain.above_all" + ("_lower" if lower else ""), lang))
    elif target < all_q[0.05]:
        parts.append(t("achievability.explain.below_all" + ("_lower" if lower else ""), lang))
    parts.append(t("achievability.explain.probability", lang, target=format_number(target), p=format_percent(p)))
    n = len(y)
    if n >= SEASON + horizon - 1 and aggregate != "last":
        window = y[n - SEASON : n - SEASON + horizon]
        same = float(window.sum() if aggregate == "sum" else window.mean())
        if abs(same) > 1e-12:
            change = target / same - 1
            parts.append(t("achievability.explain.target_vs_last_year", lang, change=f"{change:+.0%}"))
    return parts


def _explanation(
    *,
    all_q: Mapping[float, float],
    bands: Mapping[str, float],
    method: str,
    notes: list[str],
    prep: PreparedSeries,
    target: float | None,
    p: float | None,
    direction: str,
    horizon: int,
    aggregate: str,
    target_range: tuple[float, float] | None,
    lang: str,
) -> str:
    y, n = prep.values, prep.n
    parts = [t("achievability.explain.basis", lang, n=n, method=method_label(method, lang))]
    parts.append(
        t(
            "achievability.explain.forecast",
            lang,
            horizon=horizon,
            aggregate=t(f"achievability.aggregate.{aggregate}", lang),
            median=format_number(all_q[0.5]),
            low=format_number(all_q[0.1]),
            high=format_number(all_q[0.9]),
        )
    )
    if direction == "range" and target_range is not None:
        low, high = (format_number(v) for v in target_range)
        parts.append(t("achievability.explain.range_probability", lang, low=low, high=high, p=format_percent(p)))
    elif target is not None and p is not None:
        parts += _target_sentences(all_q, target, p, direction == "lower", y, horizon, aggregate, lang)
    if n >= 2 * SEASON:
        prev, last = float(np.mean(y[-2 * SEASON : -SEASON])), float(np.mean(y[-SEASON:]))
        if abs(prev) > 1e-12:
            parts.append(t("achievability.explain.growth", lang, growth=f"{last / prev - 1:+.0%}"))
    floor, base, stretch = (format_number(bands[k]) for k in ("floor", "base", "stretch"))
    parts.append(t("achievability.explain.bands", lang, floor=floor, base=base, stretch=stretch))
    params: dict[str, dict[str, Any]] = {
        "gaps": {"count": prep.n_gaps},
        "horizon_long": {"horizon": horizon, "n": n},
        "target_nonpositive": {"target": format_number(target) if target is not None else ""},
        "negative_history": {"count": int(np.sum(y < 0))},
    }
    parts += [t(f"achievability.note.{note}", lang, **params.get(note, {})) for note in notes]
    return ("" if lang == "zh" else " ").join(parts)


def assessment_from_forecast(
    forecast: Forecast,
    target: float | None,
    *,
    direction: str,
    horizon: int,
    aggregate: str,
    lang: str = "en",
    target_range: tuple[float, float] | None = None,
    extra_notes: tuple[str, ...] = (),
) -> Assessment:
    """Turn quantiles of a forecast into an :class:`Assessment` with bands and an explanation."""
    lang = normalize_lang(lang)
    target = _checked_target(target, direction, target_range)
    prep = forecast.prepared
    y = prep.values
    notes = list(extra_notes)
    qs = np.asarray(forecast.quantiles, dtype=float)
    wide, method = bool(forecast.wide), forecast.method
    if np.ptp(y) == 0 and np.ptp(qs) <= 1e-12 * max(1.0, abs(qs[0])):
        qs, method, wide = _widen_constant(y, qs, method, horizon, aggregate)
        notes.append("constant")
    if not np.all(np.isfinite(qs)):
        raise InputError("The forecast could not be computed for this history (non-finite values); check the data.")
    all_q = dict(zip(LEVELS, (float(v) for v in qs), strict=True))
    bands = _bands(all_q, direction == "lower")
    notes = _notes(notes, wide, prep, horizon, target)
    p = attainment(all_q, target, direction, target_range) if target is not None or direction == "range" else None
    explanation = _explanation(
        all_q=all_q,
        bands=bands,
        method=method,
        notes=notes,
        prep=prep,
        target=target,
        p=p,
        direction=direction,
        horizon=horizon,
        aggregate=aggregate,
        target_range=target_range,
        lang=lang,
    )
    return Assessment(
        p_attain=None if p is None else float(p),
        quantiles={lv: all_q[lv] for lv in OUTPUT_LEVELS},
        bands=bands,
        method=method,
        explanation=explanation,
        n_history=prep.n,
        target=target,
        direction=direction,
        horizon=horizon,
        aggregate=aggregate,
        wide=wide,
        notes=tuple(notes),
        history=dict(zip(prep.periods, (float(v) for v in y), strict=True)),
        all_quantiles=all_q,
        series=forecast.key,
    )
