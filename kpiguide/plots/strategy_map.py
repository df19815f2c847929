"""Strategy map: objectives by balanced-scorecard perspective, with arrows to the objectives they support."""

from __future__ import annotations

import textwrap
from collections.abc import Mapping

import plotly.graph_objects as go

from kpiguide.core.i18n import has_cjk, normalize_lang, t
from kpiguide.core.model import Perspective, Scheme

__all__ = ["arrow_route", "strategy_map", "wrap_label"]

# Top to bottom, as strategy maps are drawn: finance on top, learning and growth at the base.
_ROWS = (Perspective.FINANCIAL, Perspective.CUSTOMER, Perspective.INTERNAL_PROCESS, Perspective.LEARNING_GROWTH)
_COLOURS = {
    Perspective.FINANCIAL: "#1f77b4",
    Perspective.CUSTOMER: "#2ca02c",
    Perspective.INTERNAL_PROCESS: "#ff7f0e",
    Perspective.LEARNING_GROWTH: "#9467bd",
}


def wrap_label(text: str, width: int = 16, max_lines: int = 4) -> str:
    """``text`` broken into lines of about ``width`` display columns (CJK counts double), joined by ``<br>``."""
    if has_cjk(text):
        step = max(width // 2, 1)
        lines = [text[i : i + step] for i in range(0, len(text), step)]
    else:
        lines = textwrap.wrap(text, width) or [text]
    if len(lines) > max_lines:
        lines = [*lines[: max_lines - 1], lines[max_lines - 1][:-1] + "…"]
    return "<br>".join(lines)


_HALF_BOX = 0.33


def arrow_route(
    start: tuple[float, float], end: tuple[float, float], rows: Mapping[float, list[float]], box_w: float
) -> list[tuple[float, float]]:
    """Points of an arrow from the top of the box at ``start`` to the bottom of the box at ``end``.

    An arrow that skips a row would cross the boxes drawn there; it is routed through the
    gap between that row's boxes nearest to its straight line.  ``rows`` maps a row's y to
    the x centres of its boxes.
    """
    (x0, y0), (x1, y1) = start, end
    first, last = (x0, y0 + _HALF_BOX * (1 if y1 >= y0 else -1)), (x1, y1 - _HALF_BOX * (1 if y1 >= y0 else -1))
    points = [first]
    up = 1 if y1 >= y0 else -1
    for y in sorted((r for r in rows if min(y0, y1) < r < max(y0, y1)), reverse=up < 0):
        frac = (y - first[1]) / (last[1] - first[1]) if last[1] != first[1] else 0.0
        x = first[0] + (last[0] - first[0]) * frac
        boxes = sorted(rows[y])
        pad = box_w / 2 + 0.01
        if all(abs(x - b) > pad for b in boxes):
            continue
        edges = [0.06, *(e for b in boxes for e in (b - box_w / 2, b + box_w / 2)), 1.0]
        gaps = [((edges[i] + edges[i + 1]) / 2) for i in range(0, len(edges), 2) if edges[i + 1] - edges[i] > 0.01]
        if not gaps:
            continue
        gap = min(gaps, key=lambda g: abs(g - x))
        points += [(gap, y - up * (_HALF_BOX + 0.08)), (gap, y + up * (_HALF_BOX + 0.08))]
    points.append(last)
    return points


def strategy_map(scheme: Scheme, *, lang: str = "en", coverage: Mapping[str, int] | None = None) -> go.Figure:
    """The objectives of ``scheme`` in four bands (finance on top), arrows from each objective to its parent.

    ``coverage`` maps objective ids to how many KPIs serve them; when given, an
    objective without KPIs is drawn with a red outline and the count is shown.
    """
    lang = normalize_lang(lang)
    fig = go.Figure()
    widest = max((sum(1 for o in scheme.objectives if o.perspective == p) for p in _ROWS), default=1)
    box_w = min(0.24, 0.86 / max(widest, 1))
    positions = _draw_bands(fig, scheme, lang)
    _draw_arrows(fig, scheme, positions, box_w)
    _draw_boxes(fig, scheme, positions, box_w, coverage, lang)
    if not scheme.objectives:
        fig.add_annotation(
            x=0.5, y=1.5, showarrow=False, text=t("uiw.map.empty", lang), font={"size": 15, "color": "#475467"}
        )  # fmt: skip
    fig.update_xaxes(visible=False, range=[0, 1])
    fig.update_yaxes(visible=False, range=[-0.5, len(_ROWS) - 0.5])
    fig.update_layout(
        title=t("uiw.map.title", lang, name=scheme.organization.name),
        height=640,
        margin={"l": 10, "r": 10, "t": 50, "b": 10},
        plot_bgcolor="white",
        font={"family": "Noto Sans CJK SC, Microsoft YaHei, PingFang SC, sans-serif"},
    )
    return fig


def _draw_bands(fig: go.Figure, scheme: Scheme, lang: str) -> dict[str, tuple[float, float]]:
    """One shaded band per perspective with its name; returns the centre of every objective's box."""
    positions: dict[str, tuple[float, float]] = {}
    for row, perspective in enumerate(_ROWS):
        y = float(len(_ROWS) - 1 - row)
        members = [o for o in scheme.objectives if o.perspective == perspective]
        # Place each objective under the one it supports (fewer crossing arrows).
        members.sort(key=lambda o: positions.get(o.parent or "", (0.5, 0))[0])
        for i, objective in enumerate(members):
            positions[objective.id] = (0.07 + 0.93 * (i + 0.5) / len(members), y)
        fig.add_shape(
            type="rect", x0=0, x1=1, y0=y - 0.47, y1=y + 0.47, line_width=0,
            fillcolor=_COLOURS[perspective], opacity=0.07, layer="below",
        )  # fmt: skip
        fig.add_annotation(
            x=0.005, y=y, xanchor="left", yanchor="middle", showarrow=False, textangle=-90,
            text=f"<b>{t(f'ui.perspective.{perspective.value}', lang)}</b>",
            font={"color": _COLOURS[perspective], "size": 13},
        )  # fmt: skip
    return positions


def _draw_arrows(fig: go.Figure, scheme: Scheme, positions: Mapping[str, tuple[float, float]], box_w: float) -> None:
    """An arrow from each objective to the one it supports, routed around the boxes in between."""
    rows: dict[float, list[float]] = {}
    for x, y in positions.values():
        rows.setdefault(y, []).append(x)
    for objective in scheme.objectives:
        parent = objective.parent
        if parent is not None and parent in positions and objective.id in positions:
            points = arrow_route(positions[objective.id], positions[parent], rows, box_w)
            if len(points) > 2:
                fig.add_trace(
                    go.Scatter(
                        x=[p[0] for p in points[:-1]], y=[p[1] for p in points[:-1]], mode="lines",
                        line={"color": "#667085", "width": 1.5}, hoverinfo="skip", showlegend=False,
                    )
                )  # fmt: skip
            (ax, ay), (x1, y1) = points[-2], points[-1]
            fig.add_annotation(
                x=x1, y=y1, ax=ax, ay=ay, xref="x", yref="y", axref="x", ayref="y",
                showarrow=True, arrowhead=3, arrowsize=1.2, arrowwidth=1.5, arrowcolor="#667085", text="",
            )  # fmt: skip


def _draw_boxes(
    fig: go.Figure,
    scheme: Scheme,
    positions: Mapping[str, tuple[float, float]],
    box_w: float,
    coverage: Mapping[str, int] | None,
    lang: str,
) -> None:
    """The objectives' boxes (red outline when no KPI serves one) and an invisible layer for hover texts."""
    chars = max(int(box_w * 1000 / 7.5), 10)
    for objective in scheme.objectives:
        x, y = positions[objective.id]
        colour = _COLOURS[objective.perspective]
        count = None if coverage is None else coverage.get(objective.id, 0)
        outline = "#b42318" if count == 0 else colour
        fig.add_shape(
            type="rect", x0=x - box_w / 2, x1=x + box_w / 2, y0=y - 0.33, y1=y + 0.33,
            line={"color": outline, "width": 3 if count == 0 else 2}, fillcolor="white",
        )  # fmt: skip
        suffix = "" if count is None else f"<br><i>{t('uiw.map.kpis', lang, n=count)}</i>"
        fig.add_annotation(
            x=x, y=y, showarrow=False, align="center", font={"size": 12, "color": "#101828"},
            text=f"<b>{objective.id}</b> {wrap_label(objective.text, chars)}{suffix}",
        )  # fmt: skip
    if scheme.objectives:
        fig.add_trace(
            go.Scatter(
                x=[positions[o.id][0] for o in scheme.objectives],
                y=[positions[o.id][1] for o in scheme.objectives],
                mode="markers",
                marker={"size": 40, "opacity": 0},
                hovertext=[f"{o.id}: {o.text}" for o in scheme.objectives],
                hoverinfo="text",
                showlegend=False,
            )
        )
