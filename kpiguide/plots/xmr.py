"""Process-behaviour (XmR) chart: the values, the centre line, the natural process limits and the signals (plotly).

The chart itself is computed by :func:`kpiguide.data.signals.xmr`; this module only draws it.
Each segment (limits recalculated after a confirmed shift) gets its own centre and limit lines.
"""

from __future__ import annotations

from typing import Any

import plotly.graph_objects as go

from kpiguide.core.i18n import normalize_lang, t
from kpiguide.core.numbers import format_number

__all__ = ["xmr_chart"]

_VALUE = "#2e75b6"
_CENTRE = "#344054"
_LIMIT = "#b42318"
_SIGNAL = "#dc6803"


def _segment_lines(fig: go.Figure, chart: Any, lang: str) -> None:
    periods = list(chart.periods)
    for k, lim in enumerate(chart.limits):
        xs = periods[lim.start : lim.end]
        first = k == 0
        for value, colour, dash, key in (
            (lim.centre, _CENTRE, "solid", "centre"),
            (lim.upper, _LIMIT, "dash", "upper"),
            (lim.lower, _LIMIT, "dash", "lower"),
        ):
            fig.add_trace(
                go.Scatter(
                    x=xs, y=[value] * len(xs), mode="lines", line={"color": colour, "dash": dash, "width": 1.5},
                    name=t(f"plots.xmr.{key}", lang), legendgroup=key, showlegend=first,
                    hovertemplate=f"{t(f'plots.xmr.{key}', lang)} {format_number(value)}<extra></extra>",
                )
            )  # fmt: skip


def xmr_chart(chart: Any, *, lang: str = "en", title: str | None = None, unit: str = "") -> go.Figure:
    """A plotly figure of an :class:`~kpiguide.data.signals.XmrChart`.

    Points that are part of a signal are drawn as larger orange diamonds, their rule in the hover text.
    """
    lang = normalize_lang(lang)
    fig = go.Figure()
    _segment_lines(fig, chart, lang)
    periods, values = list(chart.periods), list(chart.values)
    fig.add_trace(
        go.Scatter(
            x=periods, y=values, mode="lines+markers", name=t("plots.xmr.values", lang),
            line={"color": _VALUE, "width": 2}, marker={"size": 6},
            hovertemplate="%{x}: %{y}" + (f" {unit}" if unit else "") + "<extra></extra>",
        )
    )  # fmt: skip
    rules: dict[int, list[str]] = {}
    for s in chart.signals:
        rules.setdefault(s.index, []).append(t(f"signals.rule.{s.rule}", lang))
    if rules:
        idx = sorted(rules)
        fig.add_trace(
            go.Scatter(
                x=[periods[i] for i in idx], y=[values[i] for i in idx], mode="markers", name=t("plots.xmr.signal", lang),
                marker={"color": _SIGNAL, "size": 12, "symbol": "diamond", "line": {"color": "#7a2e0e", "width": 1}},
                text=["; ".join(rules[i]) for i in idx], hovertemplate="%{x}: %{y} — %{text}<extra></extra>",
            )
        )  # fmt: skip
    fig.update_layout(
        title=title if title is not None else t("plots.xmr.title", lang, series=chart.series),
        height=320, margin={"l": 40, "r": 20, "t": 50, "b": 40}, template="plotly_white",
        legend={"orientation": "h", "y": -0.2}, xaxis={"type": "category"},
    )  # fmt: skip
    return fig
