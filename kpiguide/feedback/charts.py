"""Geometry of the small inline-SVG charts in reports (drawn by the templates' macros).

Python computes coordinates only; the SVG markup is in ``templates/_macros.html.j2``
so that it is escaped and kept with the rest of the layout.  No JavaScript, no plotly:
the HTML stays self-contained and prints cleanly.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Any, TypeGuard

__all__ = ["BarChart", "BulletChart", "XmrSvg", "bar_chart", "bullet_chart", "xmr_svg"]


@dataclass(frozen=True)
class BulletChart:
    """A bullet chart: qualitative bands, the actual as a bar, the target as a tick."""

    width: float
    height: float
    bands: tuple[tuple[float, float, str], ...]  # (x, width, css class)
    bar_x: float
    bar_width: float
    target_x: float | None
    bar_class: str
    title: str


def _finite(x: float | None) -> TypeGuard[float]:
    return x is not None and not (isinstance(x, float) and math.isnan(x))


def bullet_chart(
    actual: float | None,
    target: float | None,
    direction: str,
    *,
    low: float | None = None,
    high: float | None = None,
    met: bool = False,
    width: float = 260.0,
    height: float = 22.0,
    title: str = "",
) -> BulletChart:
    """Bands at 80 % / 100 % / 120 % of the target (mirrored for lower-is-better; the band for range KPIs)."""
    values = [v for v in (actual, target, low, high) if _finite(v)]
    top = max([*values, 1e-9]) * 1.25
    if direction == "range" and _finite(low) and _finite(high):
        stops = [(0.0, low, "poor"), (low, high, "good"), (high, top, "poor")]
    elif _finite(target) and direction == "lower":
        stops = [
            (0.0, target, "great"),
            (target, min(target * 1.2, top), "good"),
            (min(target * 1.2, top), top, "poor"),
        ]
    elif _finite(target):
        stops = [(0.0, target * 0.8, "poor"), (target * 0.8, target, "good"), (target, top, "great")]
    else:
        stops = [(0.0, top, "good")]
    scale = width / top
    bands = tuple((round(a * scale, 1), round(max(b - a, 0) * scale, 1), cls) for a, b, cls in stops)
    bar = actual if _finite(actual) else 0.0
    return BulletChart(
        width,
        height,
        bands,
        0.0,
        round(max(min(bar, top), 0.0) * scale, 1),
        round(target * scale, 1) if _finite(target) and direction != "range" else None,
        "bar-met" if met else "bar-missed",
        title,
    )


@dataclass(frozen=True)
class BarChart:
    """Grouped horizontal bars (e.g. rating shares: this group vs organisation vs guide)."""

    width: float
    height: float
    rows: tuple[tuple[str, tuple[tuple[float, float, str, str], ...]], ...]  # label, (y, width, class, text)
    label_width: float


def bar_chart(
    rows: list[tuple[str, list[tuple[float, str]]]], *, maximum: float = 100.0, width: float = 360.0
) -> BarChart:
    """``rows``: label → list of (value, css class); one thin bar per value, labelled with the value."""
    label_width, bar_h, gap = 44.0, 9.0, 7.0
    out = []
    y = 0.0
    for label, values in rows:
        bars = []
        for value, cls in values:
            w = (width - label_width - 40) * (max(value, 0.0) / maximum if maximum else 0.0)
            bars.append((round(y, 1), round(w, 1), cls, f"{value:.0f}%"))
            y += bar_h
        out.append((label, tuple(bars)))
        y += gap
    return BarChart(width, y, tuple(out), label_width)


@dataclass(frozen=True)
class XmrSvg:
    """A small process-behaviour chart: the values as a polyline, per segment a centre line and
    the natural process limits (dashed), the signals as larger dots."""

    width: float
    height: float
    points: str  # "x,y x,y ..." for the polyline
    segments: tuple[tuple[float, float, float, float, float], ...]  # (x1, x2, centre y, upper y, lower y)
    signals: tuple[tuple[float, float], ...]
    title: str


def xmr_svg(chart: Any, *, title: str = "", width: float = 320, height: float = 90) -> XmrSvg:
    """Coordinates of an :class:`~kpiguide.data.signals.XmrChart` (values, limits, signals)."""
    values = [float(v) for v in chart.values]
    lows = [float(lim.lower) for lim in chart.limits] + values
    highs = [float(lim.upper) for lim in chart.limits] + values
    lo, hi = min(lows), max(highs)
    span = (hi - lo) or 1.0
    pad, n = 6.0, len(values)

    def x(i: float) -> float:
        return round(pad + (width - 2 * pad) * (i / (n - 1) if n > 1 else 0.5), 1)

    def y(v: float) -> float:
        return round(height - pad - (height - 2 * pad) * (v - lo) / span, 1)

    segments = tuple((x(lim.start), x(lim.end - 1), y(lim.centre), y(lim.upper), y(lim.lower)) for lim in chart.limits)
    flagged = sorted({s.index for s in chart.signals})
    return XmrSvg(
        width,
        height,
        " ".join(f"{x(i)},{y(v)}" for i, v in enumerate(values)),
        segments,
        tuple((x(i), y(values[i])) for i in flagged),
        title,
    )
