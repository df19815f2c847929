"""The result of an achievability question, and ``assess`` for one series."""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType
from typing import Any

import numpy as np
import pandas as pd

from kpiguide.achievability._dist import LEVELS, OUTPUT_LEVELS, cdf, ppf
from kpiguide.achievability._series import AGGREGATES, SEASON, prepare_series
from kpiguide.core.errors import InputError
from kpiguide.core.i18n import normalize_lang, t

__all__ = ["Assessment", "assess", "assessment_from_forecast", "method_label"]

_DIRECTIONS = ("higher", "lower", "range")


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
    return ("；" if lang == "zh" else "; ").join(parts)


def _fmt(value: float) -> str:
    if abs(value) >= 1000:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:,.1f}"
    return f"{value:.3g}"


def _pct(value: float) -> str:
    return f"{value:.0%}"


def attainment(quantiles: Mapping[float, float], target: float, direction: str, target_range=None) -> float:
    """Probability that the aggregate meets ``target`` in ``direction``."""
    if direction == "range":
        low, high = target_range
        return max(0.0, cdf(quantiles, high) - cdf(quantiles, low))
    below = cdf(quantiles, target)
    return below if direction == "lower" else 1.0 - below


def assessment_from_forecast(
    forecast: Any,
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
    if direction not in _DIRECTIONS:
        raise InputError(f"direction must be one of {', '.join(_DIRECTIONS)}; got {direction!r}.")
    if target is not None:
        if isinstance(target, bool) or not isinstance(target, int | float | np.number) or not math.isfinite(target):
            raise InputError(f"The target must be a finite number; got {target!r}.")
        target = float(target)
    if direction == "range" and target_range is None:
        raise InputError("direction 'range' needs target_range=(low, high).")
    prep = forecast.prepared
    y = prep.values
    n = prep.n
    notes = list(extra_notes)
    qs = np.asarray(forecast.quantiles, dtype=float)
    wide = bool(forecast.wide)
    method = forecast.method
    if np.ptp(y) == 0 and np.ptp(qs) <= 1e-12 * max(1.0, abs(qs[0])):
        level = abs(float(y[-1])) * (horizon if aggregate == "sum" else 1)
        spread = 0.1 * level if level > 0 else 1.0
        z = np.array([-1.96, -1.645, -1.2816, -0.6745, 0.0, 0.6745, 1.2816, 1.645, 1.96])
        qs = qs + spread / 1.2816 * z
        if np.all(y >= 0):
            qs = np.maximum(qs, 0.0)
        notes.append("constant")
        method, wide = f"{method}+constant_history_wide", True
    if not np.all(np.isfinite(qs)):
        raise InputError("The forecast could not be computed for this history (non-finite values); check the data.")
    all_q = dict(zip(LEVELS, (float(v) for v in qs), strict=True))
    quantiles = {lv: all_q[lv] for lv in OUTPUT_LEVELS}
    lower = direction == "lower"
    bands = {
        "floor": ppf(all_q, 0.8 if lower else 0.2),
        "base": ppf(all_q, 0.5),
        "stretch": ppf(all_q, 0.2 if lower else 0.8),
    }
    if wide and "constant" not in notes:
        notes.append("wide")
    if prep.n_gaps:
        notes.append("gaps")
    if horizon > n:
        notes.append("horizon_long")
    if target is not None and target <= 0:
        notes.append("target_nonpositive")
    if np.any(y < 0) and np.mean(y >= 0) > 0.5:
        notes.append("negative_history")
    p = attainment(all_q, target, direction, target_range) if target is not None or direction == "range" else None

    parts = [t("achievability.explain.basis", lang, n=n, method=method_label(method, lang))]
    parts.append(
        t(
            "achievability.explain.forecast",
            lang,
            horizon=horizon,
            aggregate=t(f"achievability.aggregate.{aggregate}", lang),
            median=_fmt(all_q[0.5]),
            low=_fmt(all_q[0.1]),
            high=_fmt(all_q[0.9]),
        )
    )
    if direction == "range" and target_range is not None:
        parts.append(
            t(
                "achievability.explain.range_probability",
                lang,
                low=_fmt(target_range[0]),
                high=_fmt(target_range[1]),
                p=_pct(p),
            )
        )
    elif target is not None:
        if target > all_q[0.95]:
            parts.append(t("achievability.explain.above_all" + ("_lower" if lower else ""), lang))
        elif target < all_q[0.05]:
            parts.append(t("achievability.explain.below_all" + ("_lower" if lower else ""), lang))
        parts.append(t("achievability.explain.probability", lang, target=_fmt(target), p=_pct(p)))
        if n >= SEASON + horizon - 1 and aggregate != "last":
            window = y[n - SEASON : n - SEASON + horizon]
            same = float(window.sum() if aggregate == "sum" else window.mean())
            if abs(same) > 1e-12:
                change = target / same - 1
                parts.append(t("achievability.explain.target_vs_last_year", lang, change=f"{change:+.0%}"))
    if n >= 2 * SEASON:
        prev, last = float(np.mean(y[-2 * SEASON : -SEASON])), float(np.mean(y[-SEASON:]))
        if abs(prev) > 1e-12:
            parts.append(t("achievability.explain.growth", lang, growth=f"{last / prev - 1:+.0%}"))
    parts.append(
        t(
            "achievability.explain.bands",
            lang,
            floor=_fmt(bands["floor"]),
            base=_fmt(bands["base"]),
            stretch=_fmt(bands["stretch"]),
        )
    )
    params = {
        "gaps": {"count": prep.n_gaps},
        "horizon_long": {"horizon": horizon, "n": n},
        "target_nonpositive": {"target": _fmt(target) if target is not None else ""},
        "negative_history": {"count": int(np.sum(y < 0))},
    }
    for note in notes:
        parts.append(t(f"achievability.note.{note}", lang, **params.get(note, {})))
    sep = "" if lang == "zh" else " "
    return Assessment(
        p_attain=None if p is None else float(p),
        quantiles=quantiles,
        bands=bands,
        method=method,
        explanation=sep.join(parts),
        n_history=n,
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


def assess(
    history: pd.Series,
    target: float | None = None,
    *,
    direction: str = "higher",
    horizon: int = 1,
    aggregate: str = "mean",
    lang: str = "en",
    peers: Mapping[str, pd.Series] | pd.DataFrame | None = None,
    target_range: tuple[float, float] | None = None,
    name: str | None = None,
    random_state: int = 0,
) -> Assessment:
    """How achievable ``target`` is for the KPI whose past values are ``history``.

    Parameters
    ----------
    history : pandas.Series
        Past values, oldest first, indexed by period strings (``"2026-01"``); gaps are allowed.
    target : float, optional
        The proposed target for the aggregate of the next ``horizon`` periods.
    direction : {"higher", "lower", "range"}
        Whether reaching means being at least (``higher``) or at most (``lower``) the target;
        ``range`` uses ``target_range``.
    horizon : int
        Number of future periods the target covers.
    aggregate : {"mean", "sum", "last"}
        How those periods combine.
    lang : {"en", "zh"}
        Language of the explanation.
    peers : mapping of str to Series, optional
        Histories of comparable series (other employees or departments with the same KPI);
        with enough of them a pooled model lets a short history borrow strength.

    Returns
    -------
    Assessment

    Examples
    --------
    >>> import pandas as pd
    >>> hist = pd.Series([100.0, 104, 99, 108, 111, 107, 115, 118, 113, 121, 125, 119],
    ...                  index=[f"2025-{m:02d}" for m in range(1, 13)])
    >>> a = assess(hist, 130.0, horizon=3, aggregate="mean")
    >>> 0.0 <= a.p_attain <= 1.0 and a.bands["floor"] <= a.bands["stretch"]
    True
    """
    from kpiguide.achievability.pooled import INTERACTIVE, AchievabilityModel

    if not isinstance(horizon, int) or isinstance(horizon, bool) or horizon < 1:
        raise InputError(f"horizon must be a whole number of periods, 1 or more; got {horizon!r}.")
    if aggregate not in AGGREGATES:
        raise InputError(f"aggregate must be one of {', '.join(AGGREGATES)}; got {aggregate!r}.")
    if direction not in _DIRECTIONS:
        raise InputError(f"direction must be one of {', '.join(_DIRECTIONS)}; got {direction!r}.")
    key = name or (str(history.name) if getattr(history, "name", None) is not None else "history")
    prepare_series(history, name=f"history {key!r}")  # fail early with a clear message
    data: dict[str, pd.Series] = {}
    if peers is not None:
        items = peers.items() if isinstance(peers, Mapping | pd.DataFrame) else enumerate(peers)
        data.update({f"peer:{k}": v for k, v in items})
    data[key] = history
    model = AchievabilityModel(horizon=horizon, aggregate=aggregate, random_state=random_state, **INTERACTIVE).fit(data)
    return assessment_from_forecast(
        model.forecast(key),
        target,
        direction=direction,
        horizon=horizon,
        aggregate=aggregate,
        lang=lang,
        target_range=target_range,
    )
