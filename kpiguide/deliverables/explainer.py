"""The all-hands explainer: a slide deck (PPTX) and the same content as one HTML page.

The practice ends target setting by explaining the system to all staff "with simple
charts and cases".  :func:`explainer_slides` builds the content once from a project
— why KPIs, the strategy map, how one department's KPIs derive from it, a worked
example of one employee's score from actuals to rating (:func:`kpiguide.evaluation.evaluate`),
the rating bands and incentive table, the adjustment rules, the cycle timeline, an
FAQ — as a list of :class:`Slide`; :func:`write_explainer_pptx` renders it with
python-pptx (native, editable charts that PowerPoint and WPS draw themselves) and
:func:`render_explainer_html` as a page with inline SVG charts.  Every chart is drawn
from the project's data; nothing is illustrative.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from kpiguide.core.i18n import normalize_lang, t
from kpiguide.core.model import Perspective, Scheme
from kpiguide.core.numbers import format_exact, format_number, format_percent
from kpiguide.core.periods import Period
from kpiguide.deliverables import _environment
from kpiguide.evaluation import evaluate
from kpiguide.evaluation.incentives import load_incentive_table
from kpiguide.evaluation.result import EvaluationResult
from kpiguide.evaluation.rules import Rules, load_rules

__all__ = ["CYCLE_STAGES", "Chart", "Slide", "explainer_slides", "render_explainer_html", "write_explainer_pptx"]

CYCLE_STAGES = ("design", "submit", "review", "confirm", "data", "checkin")


@dataclass(frozen=True)
class Chart:
    """A bar (``column``) or ``line`` chart: categories and named series of numbers."""

    kind: str
    title: str
    categories: tuple[str, ...]
    series: tuple[tuple[str, tuple[float | None, ...]], ...]
    number_format: str = "0"


@dataclass(frozen=True)
class Slide:
    title: str
    bullets: tuple[str, ...] = ()
    table: tuple[tuple[str, ...], ...] = ()  # first row: the header
    chart: Chart | None = None
    note: str = ""
    extra: dict[str, Any] = field(default_factory=dict)


def _tr(lang: str) -> Callable[..., str]:
    return lambda key, **params: t(f"explainer.{key}", lang, **params)


def _why(tr: Callable[..., str]) -> Slide:
    return Slide(tr("why.title"), tuple(tr(f"why.b{i}") for i in range(1, 5)))


def _strategy(scheme: Scheme, tr: Callable[..., str], lang: str) -> Slide:
    rows = [(tr("col.perspective"), tr("col.objectives"), tr("col.kpis"))]
    counts = []
    for p in reversed(Perspective):
        objectives = [o for o in scheme.objectives if o.perspective is p]
        ids = {o.id for o in objectives}
        n = sum(1 for k in scheme.kpis if k.objective in ids)
        counts.append(float(n))
        rows.append((t(f"deliverables.perspective.{p.value}", lang), tr("sep").join(o.text for o in objectives), str(n)))  # fmt: skip
    chart = Chart("column", tr("strategy.chart"), tuple(r[0] for r in rows[1:]), ((tr("col.kpis"), tuple(counts)),))
    return Slide(tr("strategy.title", org=scheme.organization.name), table=tuple(rows), chart=chart,
                 note=tr("strategy.note"))  # fmt: skip


def _department(scheme: Scheme, department: str, tr: Callable[..., str]) -> Slide:
    dept = scheme.department(department)
    objectives = {o.id: o.text for o in scheme.objectives}
    rows = [(tr("col.objective"), tr("col.role"), tr("col.kpi"), tr("col.weight"), tr("col.target"))]
    for role in scheme.roles_of(dept.id):
        for k in scheme.kpis_of(role.id):
            target = "" if k.target is None else f"{format_exact(k.target)} {k.unit}".strip()
            rows.append((objectives.get(k.objective or "", ""), role.name, k.name, format_number(k.weight), target))
    served = tr(
        "department.serves", objectives=" · ".join(f"{o} {objectives.get(o, '')}".strip() for o in dept.objectives)
    )
    return Slide(tr("department.title", department=dept.name), (served,), tuple(rows), note=tr("department.note"))


def _worked_example(scheme: Scheme, result: EvaluationResult, employee: str, tr: Callable[..., str]) -> list[Slide]:
    view = result.employee(employee)
    kpis = {k.id: k for k in scheme.kpis}
    rows = [(tr("col.kpi"), tr("col.weight"), tr("col.target"), tr("col.actual"), tr("col.achievement"),
             tr("col.points"))]  # fmt: skip
    names, achieved = [], []
    for item in view["kpis"]:
        kpi = kpis[item["kpi"]]
        ach = item["achievement"]
        rows.append((kpi.name, format_number(item["weight"]), "" if item["target"] is None else format_exact(item["target"]),
                     "" if item["actual"] is None else format_number(item["actual"]),
                     "" if ach is None else format_percent(ach), "" if item["score"] is None else format_number(item["score"])))  # fmt: skip
        names.append(kpi.name)
        achieved.append(None if ach is None else round(100.0 * ach, 1))
    score = view["score"]
    total = tr("example.total", score="—" if score is None else format_number(score), rating=view["rating"] or "—")
    chart = Chart("column", tr("example.chart"), tuple(names), ((tr("col.achievement"), tuple(achieved)),), "0")
    first = Slide(tr("example.title", name=view["name"], period=result.period), (tr("example.how"), total),
                  tuple(rows), chart)  # fmt: skip
    return [first]


def _trend(scheme: Scheme, store: Any, employee: str, period: Period, tr: Callable[..., str]) -> Slide | None:
    role = scheme.employee(employee).role
    kpis = scheme.kpis_of(role)
    if not kpis:
        return None
    kpi = kpis[0]
    months = _last_months(period, 12)
    got = {str(a.period): a.value for a in store.actuals(kpi=kpi.id, periods=[str(m) for m in months])
           if a.subject == employee}  # fmt: skip
    if not got:
        return None
    values = tuple(got.get(str(m)) for m in months)
    series: list[tuple[str, tuple[float | None, ...]]] = [(tr("col.actual"), values)]
    if kpi.target is not None:
        series.append((tr("col.target"), tuple(kpi.target for _ in months)))
    chart = Chart("line", tr("trend.chart", kpi=kpi.name), tuple(str(m) for m in months), tuple(series))
    return Slide(tr("trend.title", kpi=kpi.name), (tr("trend.b1"),), chart=chart)


def _last_months(period: Period, n: int) -> list[Period]:
    end = period.month_periods()[-1]
    return [end.shift(-i) for i in range(n - 1, -1, -1)]


def _ratings(result: EvaluationResult, rules: Rules, tr: Callable[..., str]) -> Slide:
    incentives = load_incentive_table()
    rows = [(tr("col.rating"), tr("col.min_score"), tr("col.coefficient"), tr("col.count"))]
    counts = result.rating_counts()
    for band in rules.ratings:
        coef = incentives.coefficients.get(band.code)
        rows.append((band.code, "—" if band.min is None else f"≥ {format_number(band.min)}",
                     "—" if coef is None else format_number(coef), str(counts.get(band.code, 0))))  # fmt: skip
    chart = Chart("column", tr("ratings.chart", period=result.period), tuple(b.code for b in rules.ratings),
                  ((tr("col.count"), tuple(float(counts.get(b.code, 0)) for b in rules.ratings)),))  # fmt: skip
    return Slide(tr("ratings.title"), (tr("ratings.b1"), tr("ratings.b2")), tuple(rows), chart)


def _timeline(calendar: Mapping[str, str], tr: Callable[..., str], period: Period) -> Slide:
    rows = [(tr("col.stage"), tr("col.what"), tr("col.due"))]
    for stage in CYCLE_STAGES:
        rows.append((tr(f"stage.{stage}"), tr(f"stage_what.{stage}"), calendar.get(stage) or tr("not_set")))
    return Slide(tr("timeline.title", period=period), table=tuple(rows), note=tr("timeline.note"))


def explainer_slides(
    store: Any,
    *,
    period: Period | str,
    lang: str = "zh",
    department: str | None = None,
    employee: str | None = None,
    calendar: Mapping[str, str] | None = None,
    cycle_period: Period | str | None = None,
) -> list[Slide]:
    """The deck's content from the project in ``store``.

    ``period`` is the evaluated period of the worked example and the rating chart;
    ``department`` (default: the one with the most KPIs) and ``employee`` (default:
    its first employee with a score) are the cases; ``calendar`` gives a due date per
    stage of :data:`CYCLE_STAGES` for ``cycle_period`` (default ``period``).
    """
    lang = normalize_lang(lang)
    tr = _tr(lang)
    period = Period.parse(period)
    scheme = store.load_scheme()
    rules = load_rules()
    result = evaluate(store, period, rules=rules)
    department = department or max(scheme.departments, key=lambda d: len(scheme.kpis_of_department(d.id))).id
    if employee is None:
        scored = result.employees[(result.employees["department"] == department) & result.employees["score"].notna()]
        employee = str(scored["employee"].iloc[0]) if len(scored) else scheme.employees[0].id
    title = Slide(tr("title", org=scheme.organization.name), (tr("subtitle", period=period),
                  tr("generated", date=dt.date.today().isoformat())))  # fmt: skip
    slides = [title, _why(tr), _strategy(scheme, tr, lang), _department(scheme, department, tr)]
    slides += _worked_example(scheme, result, employee, tr)
    trend = _trend(scheme, store, employee, period, tr)
    slides += [trend] if trend else []
    slides += [_ratings(result, rules, tr), Slide(tr("adjust.title"), tuple(tr(f"adjust.b{i}") for i in range(1, 5)))]
    slides += [_timeline(calendar or {}, tr, Period.parse(cycle_period or period))]
    slides += [Slide(tr("faq.title"), tuple(f"{tr(f'faq.q{i}')} — {tr(f'faq.a{i}')}" for i in range(1, 6)))]
    return slides


# -- PPTX --------------------------------------------------------------------------------------------

_FONT = {"zh": "Microsoft YaHei", "en": "Calibri"}


def _font(run_font: Any, lang: str, size: int, bold: bool = False) -> None:
    from pptx.oxml.ns import qn  # reason: python-pptx is an optional, heavy dependency
    from pptx.util import Pt  # reason: python-pptx is an optional, heavy dependency

    run_font.size = Pt(size)
    run_font.bold = bold
    run_font.name = _FONT[lang]
    rpr = run_font._element if run_font._element.tag.endswith("rPr") else run_font._rPr
    for tag in ("a:ea", "a:cs"):  # East Asian and complex-script fonts, so WPS and PowerPoint pick a CJK face
        node = rpr.find(qn(tag))
        if node is None:
            node = rpr.makeelement(qn(tag), {})
            rpr.append(node)
        node.set("typeface", _FONT["zh"])


def _text_box(slide: Any, lines: Sequence[str], box: tuple[float, float, float, float], lang: str, size: int) -> None:
    from pptx.util import Inches  # reason: python-pptx is an optional, heavy dependency

    shape = slide.shapes.add_textbox(*(Inches(v) for v in box))
    frame = shape.text_frame
    frame.word_wrap = True
    for i, line in enumerate(lines):
        paragraph = frame.paragraphs[0] if i == 0 else frame.add_paragraph()
        run = paragraph.add_run()
        run.text = f"• {line}" if len(lines) > 1 or size < 24 else line
        _font(run.font, lang, size)


def _table(slide: Any, rows: Sequence[Sequence[str]], box: tuple[float, float, float, float], lang: str) -> None:
    from pptx.util import Inches  # reason: python-pptx is an optional, heavy dependency

    longest = max(len(str(v)) for row in rows for v in row)
    size = 12 if len(rows) <= 8 and longest <= 24 else 10 if len(rows) <= 12 else 8
    shape = slide.shapes.add_table(len(rows), len(rows[0]), *(Inches(v) for v in box))
    widths = [min(max(len(str(row[c])) for row in rows), 40) + 4 for c in range(len(rows[0]))]
    for c, width in enumerate(widths):  # columns share the width in proportion to their longest text
        shape.table.columns[c].width = Inches(box[2] * width / sum(widths))
    for r, row in enumerate(rows):
        shape.table.rows[r].height = Inches(min(0.4, box[3] / len(rows)))
        for c, value in enumerate(row):
            cell = shape.table.cell(r, c)
            cell.text = ""
            run = cell.text_frame.paragraphs[0].add_run()
            run.text = str(value)
            _font(run.font, lang, size, bold=r == 0)


def _chart(slide: Any, chart: Chart, box: tuple[float, float, float, float], lang: str) -> None:
    from pptx.chart.data import CategoryChartData  # reason: python-pptx is an optional, heavy dependency
    from pptx.enum.chart import XL_CHART_TYPE, XL_LEGEND_POSITION  # reason: python-pptx is optional
    from pptx.util import Inches, Pt  # reason: python-pptx is an optional, heavy dependency

    make_data: Any = CategoryChartData  # python-pptx has no type hints
    data = make_data(number_format=chart.number_format)
    data.categories = list(chart.categories)
    for name, values in chart.series:
        data.add_series(name, list(values))
    kind = XL_CHART_TYPE.LINE_MARKERS if chart.kind == "line" else XL_CHART_TYPE.COLUMN_CLUSTERED
    graphic = slide.shapes.add_chart(kind, *(Inches(v) for v in box), data).chart
    graphic.has_title = True
    graphic.chart_title.text_frame.text = chart.title
    _font(graphic.chart_title.text_frame.paragraphs[0].runs[0].font, lang, 14, bold=True)
    graphic.font.size = Pt(11)
    graphic.font.name = _FONT[lang]
    if len(chart.series) > 1:
        graphic.has_legend = True
        graphic.legend.position = XL_LEGEND_POSITION.BOTTOM
        graphic.legend.include_in_layout = False
    if chart.kind == "column":
        plot = graphic.plots[0]
        plot.has_data_labels = True
        plot.data_labels.number_format = chart.number_format
        plot.data_labels.number_format_is_linked = False


def _render_slide(deck: Any, slide: Slide, lang: str, first: bool) -> None:
    layout = deck.slide_layouts[6]  # blank
    page = deck.slides.add_slide(layout)
    if first:
        _text_box(page, [slide.title], (0.8, 2.3, 11.7, 1.2), lang, 36)
        _text_box(page, list(slide.bullets), (0.8, 3.7, 11.7, 1.5), lang, 18)
        return
    _text_box(page, [slide.title], (0.5, 0.3, 12.3, 0.8), lang, 28)
    top = 1.2
    has_side = slide.chart is not None and (slide.table or slide.bullets)
    left_width = 6.6 if has_side else 12.3
    if slide.bullets:
        height = 0.4 * len(slide.bullets) + 0.3 if slide.table or slide.chart else 5.5
        _text_box(page, list(slide.bullets), (0.5, top, left_width if slide.chart else 12.3, height), lang,
                  16 if slide.table or slide.chart else 20)  # fmt: skip
        top += height + 0.1
    if slide.table:
        _table(page, slide.table, (0.5, top, left_width, min(0.4 * len(slide.table), 6.8 - top)), lang)
    if slide.chart is not None:
        box = (7.3, 1.2, 5.6, 5.2) if has_side else (0.5, top, 12.3, 6.9 - top)
        _chart(page, slide.chart, box, lang)
    if slide.note:
        _text_box(page, [slide.note], (0.5, 6.9, 12.3, 0.5), lang, 12)


def write_explainer_pptx(slides: Sequence[Slide], path: str | Path, *, lang: str = "zh") -> Path:
    """The deck as a 16:9 PPTX with native charts; returns ``path``."""
    from pptx import Presentation  # reason: python-pptx is an optional, heavy dependency
    from pptx.util import Inches  # reason: python-pptx is an optional, heavy dependency

    lang = normalize_lang(lang)
    deck = Presentation()
    deck.slide_width, deck.slide_height = Inches(13.333), Inches(7.5)
    for i, slide in enumerate(slides):
        _render_slide(deck, slide, lang, first=i == 0)
    path = Path(path)
    deck.save(str(path))
    return path


# -- HTML with inline SVG -----------------------------------------------------------------------------

_COLORS = ("#1f4e79", "#c0504d", "#4f81bd", "#9bbb59")


def _scale(values: Sequence[float | None]) -> tuple[float, float]:
    numbers = [v for v in values if v is not None]
    high = max([*numbers, 0.0])
    low = min([*numbers, 0.0])
    return low, (high - low) or 1.0


def chart_svg(chart: Chart, width: int = 640, height: int = 300) -> str:
    """The chart as an SVG element (escaped text; bars or lines with a value axis from zero)."""
    from markupsafe import escape  # reason: comes with the optional jinja2 templating

    pad_l, pad_b, pad_t = 48, 56, 28
    inner_w, inner_h = width - pad_l - 12, height - pad_b - pad_t
    low, span = _scale([v for _, values in chart.series for v in values])
    n, k = max(len(chart.categories), 1), max(len(chart.series), 1)

    def y(v: float) -> float:
        return pad_t + inner_h - (v - low) / span * inner_h

    parts = [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
             f'aria-label="{escape(chart.title)}" class="chart">',
             f'<text x="{width / 2}" y="16" text-anchor="middle" font-weight="600">{escape(chart.title)}</text>',
             f'<line x1="{pad_l}" y1="{y(low)}" x2="{width - 12}" y2="{y(low)}" stroke="#888"/>']  # fmt: skip
    for tick in (low, low + span / 2, low + span):  # value axis: bottom, middle, top
        parts.append(f'<text x="{pad_l - 4}" y="{y(tick) + 4:.1f}" text-anchor="end" font-size="10" fill="#5b6673">'
                     f"{format_number(tick)}</text>")  # fmt: skip
    step = inner_w / n
    for s, (name, values) in enumerate(chart.series):
        color = _COLORS[s % len(_COLORS)]
        if chart.kind == "line":
            points = " ".join(
                f"{pad_l + step * (i + 0.5):.1f},{y(v):.1f}" for i, v in enumerate(values) if v is not None
            )
            parts.append(
                f'<polyline fill="none" stroke="{color}" stroke-width="2" points="{points}"><title>{escape(name)}</title></polyline>'
            )
            continue
        bar = step * 0.8 / k
        for i, v in enumerate(values):
            if v is None:
                continue
            x = pad_l + step * i + step * 0.1 + bar * s
            parts.append(f'<rect x="{x:.1f}" y="{min(y(v), y(0)):.1f}" width="{bar:.1f}" height="{abs(y(0) - y(v)):.1f}" '
                         f'fill="{color}"><title>{escape(name)}: {format_number(v)}</title></rect>'
                         f'<text x="{x + bar / 2:.1f}" y="{y(v) - 4:.1f}" text-anchor="middle" font-size="11">'
                         f"{format_number(v)}</text>")  # fmt: skip
    every = max(1, n // 12)
    for i, name in enumerate(chart.categories):
        if i % every == 0:
            label = name if len(name) <= 12 else name[:11] + "…"
            parts.append(f'<text x="{pad_l + step * (i + 0.5):.1f}" y="{height - pad_b + 16}" text-anchor="middle" '
                         f'font-size="11">{escape(label)}</text>')  # fmt: skip
    if k > 1:
        for s, (name, _) in enumerate(chart.series):
            parts.append(f'<text x="{pad_l + 120 * s}" y="{height - 8}" fill="{_COLORS[s % len(_COLORS)]}" '
                         f'font-size="12">■ {escape(name)}</text>')  # fmt: skip
    parts.append("</svg>")
    return "".join(parts)


def render_explainer_html(slides: Sequence[Slide], *, lang: str = "zh") -> str:
    """The deck's content as one printable HTML page (a section per slide, charts as inline SVG)."""
    lang = normalize_lang(lang)
    html: str = (
        _environment()
        .get_template("explainer.html.j2")
        .render(lang=lang, slides=slides, svg=chart_svg, title=slides[0].title if slides else "")
    )
    return html
