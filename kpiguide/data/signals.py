"""Process-behaviour (XmR) charts: tell a signal from routine variation.

Natural process limits are ``centre ± 2.66 × average moving range`` (the centre is the mean).
Signals (Wheeler's detection rules):

* ``beyond_limits`` — a point outside the natural process limits;
* ``run_of_eight`` — eight points in a row on one side of the centre line (reported at the
  eighth point; ``first_period`` is where the run began);
* ``three_of_four`` — three of four consecutive points beyond halfway to a limit, same side.

A run of eight is a confirmed shift: with ``recalculate=True`` (the default) the limits are
computed afresh from the start of the run, and the points before it keep the old limits (a
recalculation needs a baseline of at least eight points before the run).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import Any

from kpiguide.core.errors import InputError
from kpiguide.core.findings import Finding, Report
from kpiguide.core.i18n import Msg
from kpiguide.core.numbers import format_number

__all__ = ["MIN_POINTS", "SCALE", "Limits", "Signal", "XmrChart", "latest_status", "signal_findings", "xmr"]

SCALE = 2.66  # 3 / d2 with d2 = 1.128 for moving ranges of two points
MIN_POINTS = 3
RUN = 8


@dataclass(frozen=True)
class Limits:
    """Limits of the points ``start`` (inclusive) to ``end`` (exclusive)."""

    start: int
    end: int
    centre: float
    lower: float
    upper: float
    mr_bar: float
    first_period: str


@dataclass(frozen=True)
class Signal:
    index: int
    period: str
    rule: str
    value: float
    side: str
    first_period: str
    centre: float


@dataclass(frozen=True)
class XmrChart:
    series: str
    periods: tuple[str, ...]
    values: tuple[float, ...]
    limits: tuple[Limits, ...]
    signals: tuple[Signal, ...]

    @property
    def current(self) -> Limits:
        """The limits in force now (of the last segment)."""
        return self.limits[-1]

    @property
    def centre(self) -> float:
        return self.current.centre

    @property
    def lower(self) -> float:
        return self.current.lower

    @property
    def upper(self) -> float:
        return self.current.upper

    def limits_at(self, index: int) -> Limits:
        return next(lim for lim in self.limits if lim.start <= index < lim.end)

    def to_dict(self) -> dict[str, Any]:
        return {
            "series": self.series,
            "centre": self.centre,
            "lower": self.lower,
            "upper": self.upper,
            "limits": [lim.__dict__ for lim in self.limits],
            "signals": [
                {"period": s.period, "rule": s.rule, "value": s.value, "side": s.side, "first_period": s.first_period}
                for s in self.signals
            ],
            "status": latest_status(self),
        }


def _limits(values: Sequence[float], start: int, end: int, periods: Sequence[str]) -> Limits:
    part = values[start:end]
    centre = sum(part) / len(part)
    ranges = [abs(b - a) for a, b in pairwise(part)]
    mr_bar = sum(ranges) / len(ranges) if ranges else 0.0
    return Limits(start, end, centre, centre - SCALE * mr_bar, centre + SCALE * mr_bar, mr_bar, periods[start])


def _side(value: float, centre: float) -> int:
    return 1 if value > centre else (-1 if value < centre else 0)


def _first_run(values: Sequence[float], lim: Limits, begin: int) -> int | None:
    """Start of the first run of eight or more on one side of ``lim``'s centre that starts at or after ``begin``."""
    run_start, side = lim.start, 0
    for i in range(lim.start, lim.end + 1):
        s = _side(values[i], lim.centre) if i < lim.end else 0
        if s != 0 and s == side:
            continue
        if side != 0 and i - run_start >= RUN and run_start >= begin:
            return run_start
        run_start, side = i, s
    return None


def _segments(values: Sequence[float], periods: Sequence[str], recalculate: bool) -> list[Limits]:
    segments: list[Limits] = []
    start = 0
    while True:
        lim = _limits(values, start, len(values), periods)
        shift = _first_run(values, lim, start + RUN) if recalculate else None
        if shift is None:
            segments.append(lim)
            return segments
        segments.append(_limits(values, start, shift, periods))
        start = shift


def _beyond(values: Sequence[float], periods: Sequence[str], lim: Limits) -> list[Signal]:
    out = []
    for i in range(lim.start, lim.end):
        if values[i] > lim.upper or values[i] < lim.lower:
            side = "above" if values[i] > lim.upper else "below"
            out.append(Signal(i, periods[i], "beyond_limits", values[i], side, periods[i], lim.centre))
    return out


def _runs(values: Sequence[float], periods: Sequence[str], lim: Limits, start: int, centre: float) -> list[Signal]:
    """One signal per run of eight (at its eighth point) among points ``start`` … ``lim.end``."""
    out, length, side = [], 0, 0
    for i in range(start, lim.end):
        s = _side(values[i], centre)
        length, side = (length + 1, s) if s != 0 and s == side else ((1, s) if s != 0 else (0, 0))
        if length == RUN:
            name = "above" if side > 0 else "below"
            out.append(Signal(i, periods[i], "run_of_eight", values[i], name, periods[i - RUN + 1], centre))
    return out


def _three_of_four(values: Sequence[float], periods: Sequence[str], lim: Limits) -> list[Signal]:
    out, before = [], False
    for i in range(lim.start + 3, lim.end):
        window = values[i - 3 : i + 1]
        high = sum(1 for v in window if v > lim.centre + (lim.upper - lim.centre) / 2)
        low = sum(1 for v in window if v < lim.centre - (lim.centre - lim.lower) / 2)
        hit = lim.mr_bar > 0 and (high >= 3 or low >= 3)
        if hit and not before:
            side = "above" if high >= 3 else "below"
            out.append(Signal(i, periods[i], "three_of_four", values[i], side, periods[i - 3], lim.centre))
        before = hit
    return out


def xmr(
    values: Sequence[float] | Any, periods: Sequence[Any] | None = None, *, series: str = "", recalculate: bool = True
) -> XmrChart:
    """The XmR chart of ``values`` (a sequence, or a pandas Series indexed by period).

    Raises :class:`InputError` with fewer than :data:`MIN_POINTS` values.
    """
    if periods is None and hasattr(values, "to_numpy"):
        index: Any = values.index
        periods = list(index)
        series = series or str(getattr(values, "name", "") or "")
    data = [float(v) for v in values]
    labels = [str(p) for p in (periods if periods is not None else range(1, len(data) + 1))]
    if len(data) < MIN_POINTS:
        raise InputError(Msg("signals.too_short", series=series or "series", needed=MIN_POINTS))
    segments = _segments(data, labels, recalculate)
    found: dict[tuple[str, int], Signal] = {}
    for k, lim in enumerate(segments):
        # a shift that started this segment is reported against the previous segment's centre
        run_from, centre = (lim.start, lim.centre) if k == 0 else (lim.start, segments[k - 1].centre)
        for sig in [
            *_beyond(data, labels, lim),
            *_runs(data, labels, lim, run_from, centre),
            *_three_of_four(data, labels, lim),
        ]:
            found.setdefault((sig.rule, sig.index), sig)
    ordered = sorted(found.values(), key=lambda s: (s.index, s.rule))
    return XmrChart(series, tuple(labels), tuple(data), tuple(segments), tuple(ordered))


def latest_status(chart: XmrChart) -> str:
    """``"signal"`` when the latest point is part of a signal, else ``"routine"`` (routine variation)."""
    last = len(chart.values) - 1
    return "signal" if any(s.index == last for s in chart.signals) else "routine"


def signal_findings(chart: XmrChart, subject: str | None = None) -> Report:
    """Findings (zh/en) for a chart: one per signal, one per recalculation, or routine variation."""
    subject = subject or f"series/{chart.series}"
    findings: list[Finding] = []
    for s in chart.signals:
        lim = chart.limits_at(s.index)
        params: dict[str, Any] = {"series": chart.series, "value": format_number(s.value)}
        params["centre"] = format_number(s.centre)
        params.update(lower=format_number(lim.lower), upper=format_number(lim.upper))
        params["period"] = s.first_period if s.rule == "run_of_eight" else s.period
        details = {"rule": s.rule, "period": s.period, "first_period": s.first_period, "value": s.value, "side": s.side}
        findings.append(Finding.create(f"signals.{s.rule}", "warning", subject, details=details, **params))
    for lim in chart.limits[1:]:
        params = {"series": chart.series, "period": lim.first_period, "centre": format_number(lim.centre)}
        params.update(lower=format_number(lim.lower), upper=format_number(lim.upper))
        findings.append(Finding.create("signals.limits_recalculated", "info", subject, **params))
    if not chart.signals:
        bounds: dict[str, Any] = {"lower": format_number(chart.lower), "upper": format_number(chart.upper)}
        findings.append(Finding.create("signals.routine_variation", "info", subject, series=chart.series, **bounds))
    return Report(findings)
