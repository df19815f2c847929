"""Charts of an evaluation result: scores per department and the rating distribution (plotly)."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import plotly.graph_objects as go
from plotly.subplots import make_subplots

from kpiguide.core.i18n import normalize_lang, t

__all__ = ["findings_chart", "results_chart"]

_LABELS = ("scores", "ratings", "score", "people")
_RATING_COLOURS = ("#1a7f37", "#57ab5a", "#8c959f", "#d4a72c", "#cf222e", "#82071e")
_SEVERITY_COLOURS = {"error": "#b42318", "warning": "#dc6803", "info": "#175cd3"}


def results_chart(result: Any, *, lang: str = "en", names: Mapping[str, str] | None = None) -> go.Figure:
    """Mean score per department with its range, next to the count of each rating per department.

    ``result`` is an :class:`~kpiguide.evaluation.EvaluationResult`; ``names`` maps
    department ids to display names.
    """
    lang = normalize_lang(lang)
    left, right, score, people = (t(f"plots.evaluation.{key}", lang) for key in _LABELS)
    names = dict(names or {})
    depts = result.departments()
    labels = [names.get(d, d) for d in depts["department"]]
    fig = make_subplots(rows=1, cols=2, column_widths=[0.5, 0.5], subplot_titles=(left, right), shared_yaxes=True)
    fig.add_trace(
        go.Bar(
            y=labels,
            x=depts["score"],
            orientation="h",
            marker_color="#2e75b6",
            name=score,
            showlegend=False,
            error_x={
                "type": "data",
                "symmetric": False,
                "array": (depts["max"] - depts["score"]).tolist(),
                "arrayminus": (depts["score"] - depts["min"]).tolist(),
                "color": "#475467",
            },
            text=[f"{v:.1f}" for v in depts["score"]],
            textposition="inside",
            hovertemplate="%{y}: %{x:.1f}<extra></extra>",
        ),
        row=1,
        col=1,
    )
    emp = result.employees
    codes = list(result.rating_counts().keys())
    for i, code in enumerate(codes):
        counts = [int((emp[(emp["department"] == d)]["rating"] == code).sum()) for d in depts["department"]]
        fig.add_trace(
            go.Bar(
                y=labels,
                x=counts,
                orientation="h",
                name=code,
                marker_color=_RATING_COLOURS[i % len(_RATING_COLOURS)],
                text=[str(c) if c else "" for c in counts],
                textposition="inside",
                hovertemplate=f"%{{y}} · {code}: %{{x}}<extra></extra>",
            ),
            row=1,
            col=2,
        )
    top, bottom = 60, 90
    height = 60 + top + bottom + 36 * len(labels)
    fig.update_layout(
        barmode="stack",
        height=height,
        template="plotly_white",
        margin={"t": top, "b": bottom, "l": 10, "r": 10},
        legend={"orientation": "h", "yanchor": "top", "y": -55 / (height - top - bottom), "x": 0.55},
    )
    fig.update_xaxes(title_text=score, row=1, col=1)
    fig.update_xaxes(title_text=people, row=1, col=2)
    fig.update_yaxes(autorange="reversed")
    return fig


def findings_chart(counts: Mapping[str, Mapping[str, int]], *, labels: Mapping[str, str] | None = None) -> go.Figure:
    """Stacked bars: open findings per area (``counts[area][severity]``), by severity."""
    labels = dict(labels or {})
    areas = list(counts)
    fig = go.Figure()
    for severity, colour in _SEVERITY_COLOURS.items():
        values = [int(counts[a].get(severity, 0)) for a in areas]
        fig.add_trace(
            go.Bar(
                y=[labels.get(a, a) for a in areas],
                x=values,
                orientation="h",
                name=labels.get(severity, severity),
                marker_color=colour,
                text=[str(v) if v else "" for v in values],
                textposition="inside",
            )
        )
    top, bottom = 30, 70
    height = 40 + top + bottom + 40 * len(areas)
    fig.update_layout(
        barmode="stack",
        height=height,
        template="plotly_white",
        margin={"t": top, "b": bottom, "l": 10, "r": 10},
        legend={"orientation": "h", "yanchor": "top", "y": -30 / (height - top - bottom)},
    )
    fig.update_yaxes(autorange="reversed")
    return fig
