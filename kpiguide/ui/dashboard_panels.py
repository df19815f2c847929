"""Leadership dashboard panels: strategy map with coverage, results of closed periods, open findings.

Each factory takes the app context and returns a panel (``widget``, ``refresh``,
``set_lang``); engines are imported inside the factories and the work runs in a
:class:`~kpiguide.ui.background.BackgroundTask`, so opening the page does not wait
for them.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from html import escape
from typing import Any

import ipywidgets as widgets

from kpiguide.core.i18n import t
from kpiguide.core.model import Scheme
from kpiguide.ui.background import BackgroundTask
from kpiguide.ui.figure import FigureBox
from kpiguide.ui.findings import render_findings
from kpiguide.ui.messages import MessagePanel

__all__ = [
    "FindingsOverview",
    "ResultsPanel",
    "StrategyMapPanel",
    "closed_periods",
    "findings_panel",
    "results_panel",
    "strategy_map_panel",
]

SYNC_ENV = "KPIGUIDE_UI_SYNC"


def _threaded() -> bool:
    return not os.environ.get(SYNC_ENV)


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
        from kpiguide.design.collaboration import strategy_coverage

        return {row["objective"]: row["kpis"] for row in strategy_coverage(self._scheme)}

    def _render(self) -> None:
        from kpiguide.plots.strategy_map import strategy_map

        coverage = self.coverage()
        self.heading.value = f"<h3>{escape(t('uip.map.title', self.lang))}</h3>"
        self.figure.figure = strategy_map(self._scheme, lang=self.lang, coverage=coverage)
        missing = [o for o, n in coverage.items() if n == 0]
        key = "uip.map.uncovered" if missing else "uip.map.covered"
        self.note.value = f"<p>{escape(t(key, self.lang, ids=', '.join(missing), n=len(coverage)))}</p>"


def strategy_map_panel(context: Any) -> StrategyMapPanel:
    """Panel for the leadership dashboard: the strategy map with KPI coverage."""
    return StrategyMapPanel(context.store.load_scheme(), lang=context.lang)


# -- results of closed periods -----------------------------------------------------------------


def closed_periods(store: Any) -> list[str]:
    """Periods closed in the project (frozen results), newest first."""
    from kpiguide.core.periods import Period
    from kpiguide.evaluation.closing import STATUS_KIND

    closed = [Period.parse(r.key) for r in store.list_records(STATUS_KIND) if r.data.get("status") == "closed"]
    return [str(p) for p in sorted(closed, key=lambda p: (p.start, p.end), reverse=True)]


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
        from kpiguide.plots.evaluation import results_chart

        names = {d.id: d.name for d in self._scheme.departments}
        self.figure.figure = results_chart(result, lang=lang, names=names)
        counts = result.rating_counts()
        total = sum(counts.values())
        dist = " · ".join(f"{escape(code)} {n} ({(n / total if total else 0):.0%})" for code, n in counts.items())
        rows = []
        for g in result.distribution():
            actual = "—" if g["actual_share"] is None else f"{g['actual_share']:g}%"
            rows.append(
                f"<tr><td style='padding:1px 8px'>{escape(g['ratings'])}</td>"
                f"<td style='padding:1px 8px;text-align:right'>{g['guide_share']:g}%</td>"
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


def results_panel(context: Any) -> ResultsPanel:
    """Panel for the leadership dashboard: results and rating distributions of closed periods."""
    store = context.store

    def load(period: str) -> Any:
        from kpiguide.evaluation import evaluate

        return evaluate(store, period)

    return ResultsPanel(store.load_scheme(), closed_periods(store), load=load, lang=context.lang, threaded=_threaded())


# -- open findings -----------------------------------------------------------------------------

AREAS = ("balance", "data", "evaluation")


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
        from kpiguide.plots.evaluation import findings_chart

        lang = self.lang
        counts = {
            area: {s: sum(1 for f in items if f.severity.value == s) for s in ("error", "warning", "info")}
            for area, items in self.findings.items()
        }
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


def open_findings(store: Any) -> dict[str, list[Any]]:
    """Findings of the balance check, the data-quality check and the latest closed period's evaluation."""
    from kpiguide.checks.balance import check_scheme
    from kpiguide.data.quality import check_project

    scheme = store.load_scheme()
    out: dict[str, list[Any]] = {
        "balance": list(check_scheme(scheme).findings),
        "data": list(check_project(store).findings),
    }
    periods = closed_periods(store)
    if periods:
        from kpiguide.evaluation import evaluate

        out["evaluation"] = list(evaluate(store, periods[0]).findings.findings)
    return out


def findings_panel(context: Any) -> FindingsOverview:
    """Panel for the leadership dashboard: every check's open findings."""
    store = context.store
    return FindingsOverview(collect=lambda: open_findings(store), lang=context.lang, threaded=_threaded())
