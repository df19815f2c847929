"""Leadership dashboard panels: strategy map with coverage, results of closed periods, open findings.

Each factory takes the :class:`~kpiguide.ui.context.PanelHost` and returns a panel (``widget``,
``refresh``, ``set_lang``); what the panels show comes from :mod:`kpiguide.evaluation.dashboard`
and :mod:`kpiguide.design.collaboration`, and the work runs in a
:class:`~kpiguide.ui.background.BackgroundTask`, so opening the page does not wait for it.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

import ipywidgets as widgets

from kpiguide.core.i18n import t
from kpiguide.core.model import Scheme
from kpiguide.core.numbers import format_number, format_percent
from kpiguide.design.collaboration import strategy_coverage
from kpiguide.evaluation.dashboard import AREAS, closed_periods, findings_counts, open_findings
from kpiguide.ui.background import BackgroundTask
from kpiguide.ui.context import PanelHost
from kpiguide.ui.figure import FigureBox
from kpiguide.ui.findings import render_findings
from kpiguide.ui.messages import MessagePanel

__all__ = [
    "AREAS",
    "FindingsOverview",
    "ResultsPanel",
    "StrategyMapPanel",
    "closed_periods",
    "findings_panel",
    "open_findings",
    "results_panel",
    "strategy_map_panel",
]

# -- strategy map ------------------------------------------------------------------------------


class StrategyMapPanel(widgets.VBox):
    """The strategy map; every objective shows how many KPIs serve it (none: red outline)."""

    def __init__(self, scheme: Scheme, *, lang: str = "zh") -> None:
        self.lang = lang
        self._scheme = scheme
        self.heading = widgets.HTML()
        self.figure = FigureBox()
        self.note = widgets.HTML()
        self.note.add_class("kpiguide-coverage-note")
        super().__init__([self.heading, self.figure, self.note])
        self.add_class("kpiguide-strategy-map-panel")
        self._render()

    @property
    def widget(self) -> widgets.Widget:
        return self

    def refresh(self, scheme: Scheme) -> None:
        self._scheme = scheme
        self._render()

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self._render()

    def coverage(self) -> dict[str, int]:
        return {row["objective"]: row["kpis"] for row in strategy_coverage(self._scheme)}

    def _render(self) -> None:
        from kpiguide.plots.strategy_map import strategy_map  # plotly: loaded with the first chart

        coverage = self.coverage()
        self.heading.value = f"<h3>{escape(t('uip.map.title', self.lang))}</h3>"
        self.figure.figure = strategy_map(self._scheme, lang=self.lang, coverage=coverage)
        missing = [o for o, n in coverage.items() if n == 0]
        key = "uip.map.uncovered" if missing else "uip.map.covered"
        self.note.value = f"<p>{escape(t(key, self.lang, ids=', '.join(missing), n=len(coverage)))}</p>"


def strategy_map_panel(host: PanelHost) -> StrategyMapPanel:
    """Panel for the leadership dashboard: the strategy map with KPI coverage."""
    return StrategyMapPanel(host.scheme(), lang=host.lang)


# -- results of closed periods -----------------------------------------------------------------


class ResultsPanel(widgets.VBox):
    """Frozen results of a closed period: scores per department, rating distribution, distribution guide.

    ``load(period) -> EvaluationResult`` is injected; ``periods`` are the closed periods, newest first.
    """

    def __init__(
        self,
        scheme: Scheme,
        periods: list[str],
        *,
        load: Callable[[str], Any],
        lang: str = "zh",
        threaded: bool = True,
    ) -> None:
        self.lang = lang
        self._scheme = scheme
        self._load = load
        self._quiet = False
        self.result: Any = None
        self.heading = widgets.HTML()
        self.period = widgets.Dropdown(options=periods, value=periods[0] if periods else None)
        self.period.add_class("kpiguide-results-period")
        self.task = BackgroundTask(threaded=threaded)
        self.message = MessagePanel(lang)
        self.figure = FigureBox()
        self.summary = widgets.HTML()
        self.summary.add_class("kpiguide-results-summary")
        super().__init__([self.heading, self.period, self.task, self.message, self.summary, self.figure])
        self.add_class("kpiguide-results-panel")
        self.period.observe(lambda _c: None if self._quiet else self.run(), names="value")
        self.set_lang(lang)
        self.run()

    @property
    def widget(self) -> widgets.Widget:
        return self

    def refresh(self, scheme: Scheme) -> None:
        self._scheme = scheme
        self._draw()

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.message.set_lang(lang)
        self.heading.value = f"<h3>{escape(t('uip.results.title', lang))}</h3>"
        self.period.description = t("uiw.eval.period", lang)
        if not self.period.options:
            self.message.show("info", t("uip.results.none", lang), t("uip.results.none_hint", lang))
        self._draw()

    def run(self) -> None:
        period = self.period.value
        if not period:
            return
        self.task.start(
            lambda _progress: self._load(period),
            self._done,
            self.message.show_error,
            label=t("uip.results.loading", self.lang, period=period),
        )

    def _done(self, result: Any) -> None:
        self.result = result
        self._draw()

    def _draw(self) -> None:
        result, lang = self.result, self.lang
        if result is None:
            return
        from kpiguide.plots.evaluation import results_chart  # plotly: loaded with the first chart

        names = {d.id: d.name for d in self._scheme.departments}
        self.figure.figure = results_chart(result, lang=lang, names=names)
        counts = result.rating_counts()
        total = sum(counts.values())
        dist = " · ".join(
            f"{escape(code)} {n} ({format_percent(n / total if total else 0)})" for code, n in counts.items()
        )
        rows = []
        for g in result.distribution():
            actual = "—" if g["actual_share"] is None else f"{format_number(g['actual_share'])}%"
            rows.append(
                f"<tr><td style='padding:1px 8px'>{escape(g['ratings'])}</td>"
                f"<td style='padding:1px 8px;text-align:right'>{format_number(g['guide_share'])}%</td>"
                f"<td style='padding:1px 8px;text-align:right'>{actual}</td></tr>"
            )
        guide = "".join(rows)
        guide_html = (
            f"<table><tr><th style='text-align:left;padding:1px 8px'>{escape(t('uip.results.ratings', lang))}</th>"
            f"<th style='padding:1px 8px'>{escape(t('uip.results.guide', lang))}</th>"
            f"<th style='padding:1px 8px'>{escape(t('uip.results.actual', lang))}</th></tr>{guide}</table>"
            if guide
            else ""
        )
        revision = getattr(result, "revision", None)
        self.summary.value = (
            f"<p><b>{escape(str(result.period))}</b> · "
            f"{escape(t('uip.results.frozen', lang, revision='—' if revision is None else revision))} · "
            f"{escape(t('uip.results.people', lang, n=len(result.employees), skipped=len(result.skipped)))}<br>"
            f"{escape(t('uiw.eval.ratings', lang))} {dist}</p>{guide_html}"
        )


def results_panel(host: PanelHost) -> ResultsPanel:
    """Panel for the leadership dashboard: results and rating distributions of closed periods."""
    store = host.store

    def load(period: str) -> Any:
        from kpiguide.evaluation import evaluate  # pandas: loaded in the background task

        return evaluate(store, period)

    return ResultsPanel(host.scheme(), closed_periods(store), load=load, lang=host.lang, threaded=host.threaded)


# -- open findings -----------------------------------------------------------------------------


class FindingsOverview(widgets.VBox):
    """Open findings of every check, counted per area and severity in a chart, listed per area below.

    ``collect() -> dict[area, list[Finding]]`` is injected and runs in the background.
    """

    def __init__(self, *, collect: Callable[[], dict[str, list[Any]]], lang: str = "zh", threaded: bool = True) -> None:
        self.lang = lang
        self._collect = collect
        self.findings: dict[str, list[Any]] | None = None
        self.heading = widgets.HTML()
        self.task = BackgroundTask(threaded=threaded)
        self.message = MessagePanel(lang)
        self.figure = FigureBox()
        self.lists = widgets.HTML()
        self.lists.add_class("kpiguide-open-findings")
        super().__init__([self.heading, self.task, self.message, self.figure, self.lists])
        self.add_class("kpiguide-findings-overview")
        self.set_lang(lang)
        self.run()

    @property
    def widget(self) -> widgets.Widget:
        return self

    def refresh(self, _scheme: Scheme) -> None:
        self.run()

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.message.set_lang(lang)
        self.heading.value = f"<h3>{escape(t('uip.findings.title', lang))}</h3>"
        self._draw()

    def run(self) -> None:
        self.task.start(
            lambda _progress: self._collect(),
            self._done,
            self.message.show_error,
            label=t("uip.findings.loading", self.lang),
        )

    def _done(self, findings: dict[str, list[Any]]) -> None:
        self.findings = findings
        self._draw()

    def _draw(self) -> None:
        if self.findings is None:
            return
        from kpiguide.plots.evaluation import findings_chart  # plotly: loaded with the first chart

        lang = self.lang
        counts = findings_counts(self.findings)
        labels = {area: t(f"uip.findings.area.{area}", lang) for area in self.findings}
        labels.update({s: t(f"ui.severity.{s}", lang) for s in ("error", "warning", "info")})
        self.figure.figure = findings_chart(counts, labels=labels)
        blocks = []
        for area, items in self.findings.items():
            order = {"error": 0, "warning": 1, "info": 2}
            shown = sorted(items, key=lambda f: order[f.severity.value])[:30]
            more = len(items) - len(shown)
            blocks.append(
                f"<details data-area='{escape(area)}'><summary><b>{escape(labels[area])}</b> ({len(items)})</summary>"
                f"{render_findings(shown, lang)}"
                + (f"<p style='color:#667085'>{escape(t('uip.findings.more', lang, n=more))}</p>" if more else "")
                + "</details>"
            )
        self.lists.value = "".join(blocks)


def findings_panel(host: PanelHost) -> FindingsOverview:
    """Panel for the leadership dashboard: every check's open findings (balance by the host's profile)."""
    store, profile = host.store, host.profile
    return FindingsOverview(collect=lambda: open_findings(store, profile), lang=host.lang, threaded=host.threaded)
