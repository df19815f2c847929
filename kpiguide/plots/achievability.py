"""Fan chart of an achievability assessment and heat map of target difficulty (plotly)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import plotly.graph_objects as go

from kpiguide.core.i18n import normalize_lang, t
from kpiguide.core.numbers import format_number, format_percent
from kpiguide.core.periods import Period

__all__ = ["fairness_heatmap", "fan_chart"]

_LABELS = ("history", "median", "target", "floor", "base", "stretch", "p_attain")


def _titles(lang: str) -> tuple[str, ...]:
    lang = normalize_lang(lang)
    return tuple(t(f"plots.achievability.{key}", lang) for key in _LABELS)


def _future_labels(history: list[str], horizon: int) -> list[str]:
    try:
        last = Period.parse(history[-1])
        return [str(last.shift(k)) for k in range(1, horizon + 1)]
    except (ValueError, IndexError):
        return [f"+{k}" for k in range(1, horizon + 1)]


def fan_chart(assessment: Any, lang: str = "en") -> go.Figure:
    """History, forecast quantile fans (50/80/90 %), the target line and the floor/base/stretch bands.

    The fan is drawn over the target window of the aggregate (``horizon`` periods after the
    history); for ``sum`` the values are per-period averages, so they share the history's axis.
    """
    names = _titles(lang)
    hist_x = list(assessment.history)
    hist_y = list(assessment.history.values())
    future = _future_labels(hist_x, assessment.horizon)
    per = float(assessment.horizon) if assessment.aggregate == "sum" else 1.0
    q = {k: v / per for k, v in assessment.quantiles.items()}
    fig = go.Figure()
    fig.add_trace(go.Scatter(x=hist_x, y=hist_y, mode="lines+markers", name=names[0], line={"color": "#1f4e79"}))
    xs = [hist_x[-1], *future] if hist_x else future
    anchor = hist_y[-1] if hist_y else q[0.5]
    for (lo, hi), alpha in (((0.05, 0.95), 0.15), ((0.1, 0.9), 0.25), ((0.25, 0.75), 0.4)):
        upper = [anchor] + [q[hi]] * len(future)
        lower = [anchor] + [q[lo]] * len(future)
        fig.add_trace(
            go.Scatter(
                x=xs + xs[::-1],
                y=upper + lower[::-1],
                fill="toself",
                mode="none",
                fillcolor=f"rgba(46,117,182,{alpha})",
                name=f"{round((hi - lo) * 100)} %",
            )
        )
    fig.add_trace(
        go.Scatter(
            x=xs,
            y=[anchor] + [q[0.5]] * len(future),
            mode="lines",
            name=names[1],
            line={"dash": "dot", "color": "#2e75b6"},
        )
    )
    if assessment.target is not None:
        fig.add_hline(
            y=assessment.target / per,
            line={"color": "#c00000", "width": 2},
            annotation_text=f"{names[2]} {format_number(assessment.target)}",
            annotation_position="bottom left",
        )
    for key, name, color in (
        ("floor", names[3], "#548235"),
        ("base", names[4], "#7f7f7f"),
        ("stretch", names[5], "#bf8f00"),
    ):
        fig.add_hline(
            y=assessment.bands[key] / per,
            line={"color": color, "dash": "dash", "width": 1},
            annotation_text=name,
            annotation_position="top left",
        )
    title = (
        f"{assessment.series or ''} · p = {format_percent(assessment.p_attain)}"
        if assessment.p_attain is not None
        else (assessment.series or "")
    )
    fig.update_layout(title=title, template="plotly_white", legend={"orientation": "h"}, margin={"t": 50})
    return fig


def fairness_heatmap(
    result: Any, by: str = "perspective", lang: str = "en", names: Mapping[str, str] | None = None
) -> go.Figure:
    """Median attainment probability by department × perspective (or KPI).

    ``names`` maps department, perspective and KPI ids to display names (ids are shown otherwise).
    """
    table = result.heatmap(by)
    titles = _titles(lang)
    names = dict(names or {})
    values = table.to_numpy()
    fig = go.Figure(
        go.Heatmap(
            z=values,
            x=[names.get(str(c), str(c)) for c in table.columns],
            y=[names.get(str(i), str(i)) for i in table.index],
            zmin=0,
            zmax=1,
            colorscale="RdYlGn",
            colorbar={"title": {"text": titles[6], "side": "right"}, "tickformat": ".0%"},
            text=[[format_percent(v, missing="") for v in row] for row in values],
            texttemplate="%{text}",
            hovertemplate="%{y} · %{x}: %{text}<extra></extra>",
            xgap=2,
            ygap=2,
        )
    )
    fig.update_layout(
        title=titles[6],
        template="plotly_white",
        height=160 + 40 * len(table.index),
        margin={"t": 50, "l": 10, "r": 10, "b": 10},
    )
    fig.update_yaxes(autorange="reversed")
    return fig
