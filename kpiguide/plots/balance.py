"""Balance chart of a scheme: perspective shares and leading/lagging mix per department."""

from __future__ import annotations

from typing import Any

import plotly.graph_objects as go
from plotly.subplots import make_subplots

from kpiguide.checks.balance import balance_table
from kpiguide.core.i18n import normalize_lang, t
from kpiguide.core.model import Perspective, Scheme

__all__ = ["balance_chart"]

_COLOURS = {
    "financial": "#1f77b4",
    "customer": "#2ca02c",
    "internal_process": "#ff7f0e",
    "learning_growth": "#9467bd",
    "leading": "#17becf",
    "lagging": "#7f7f7f",
}
_LABELS = ("perspectives", "leading_lagging", "leading", "lagging", "share")


def balance_chart(scheme: Scheme, *, lang: str = "en", table: Any = None) -> go.Figure:
    """Stacked bars per department (and the whole organisation): BSC perspective shares
    on the left, leading versus lagging share on the right.

    ``table`` is the frame of :func:`kpiguide.checks.balance.balance_table` when the
    caller already has it.
    """
    lang = normalize_lang(lang)
    frame = balance_table(scheme) if table is None else table
    names = list(frame["name"].fillna(frame["department"]))
    left, right, leading, lagging, axis = (t(f"plots.balance.{key}", lang) for key in _LABELS)
    fig = make_subplots(rows=1, cols=2, column_widths=[0.7, 0.3], subplot_titles=(left, right), shared_yaxes=True)
    for perspective in reversed(tuple(p.value for p in Perspective)):
        fig.add_trace(
            go.Bar(
                y=names,
                x=frame[perspective],
                name=t(f"checks.perspective.{perspective}", lang),
                orientation="h",
                marker_color=_COLOURS[perspective],
                hovertemplate="%{y}: %{x:.0%}<extra>%{fullData.name}</extra>",
            ),
            row=1,
            col=1,
        )
    for column, label in (("leading", leading), ("lagging", lagging)):
        fig.add_trace(
            go.Bar(
                y=names,
                x=frame[column],
                name=label,
                orientation="h",
                marker_color=_COLOURS[column],
                hovertemplate="%{y}: %{x:.0%}<extra>%{fullData.name}</extra>",
            ),
            row=1,
            col=2,
        )
    # The legend sits below the x-axis titles, a fixed number of pixels under the plot area.
    top, bottom = 60, 100
    height = 60 + top + bottom + 36 * len(names)
    plot_px = height - top - bottom
    fig.update_layout(
        barmode="stack",
        height=height,
        margin={"t": top, "b": bottom},
        legend={"orientation": "h", "yanchor": "top", "y": -62 / plot_px, "x": 0, "xanchor": "left"},
    )
    fig.update_xaxes(tickformat=".0%", range=[0, 1], title_text=axis)
    fig.update_yaxes(autorange="reversed")
    return fig
