"""Fairness of target difficulty: heat map of attainment probabilities, departments × perspective (or KPI).

The computation and its per-kernel cache live in :mod:`kpiguide.design.fairness`; it runs in a
:class:`~kpiguide.ui.background.BackgroundTask`.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

import ipywidgets as widgets

from kpiguide.core.i18n import t
from kpiguide.core.model import Perspective, Scheme
from kpiguide.core.numbers import format_percent
from kpiguide.design.fairness import MODELS, cached_fairness, make_model
from kpiguide.ui.background import BackgroundTask
from kpiguide.ui.context import PanelHost
from kpiguide.ui.figure import FigureBox
from kpiguide.ui.findings import render_findings
from kpiguide.ui.messages import MessagePanel

__all__ = ["MODELS", "FairnessPanel", "cached_fairness", "dashboard_panel", "fairness_panel", "make_model"]

Compute = Callable[[str], Any]


class FairnessPanel(widgets.VBox):
    """Heat map of target difficulty across departments, the department table and the fairness findings.

    ``compute(model) -> FairnessResult`` is injected (see :func:`cached_fairness`); it runs in
    the background when the panel is built and when the model or *recompute* is chosen.
    """

    def __init__(
        self, scheme: Scheme, *, compute: Compute, lang: str = "zh", threaded: bool = True, model: str = "quick"
    ) -> None:
        self.lang = lang
        self._scheme = scheme
        self._compute = compute
        self._quiet = False
        self.result: Any = None
        self.heading = widgets.HTML()
        self.intro = widgets.HTML()
        self.by = widgets.ToggleButtons(style={"button_width": "auto"})
        self.by.add_class("kpiguide-fairness-by")
        self.model = widgets.Dropdown(layout=widgets.Layout(width="auto"))
        self.model.add_class("kpiguide-fairness-model")
        self.task = BackgroundTask(threaded=threaded)
        self.message = MessagePanel(lang)
        self.figure = FigureBox()
        self.table = widgets.HTML()
        self.table.add_class("kpiguide-fairness-table")
        self.findings = widgets.HTML()
        self.findings.add_class("kpiguide-fairness-findings")
        super().__init__(
            [self.heading, self.intro, widgets.HBox([self.by, self.model]), self.task, self.message, self.figure,
             self.table, self.findings]
        )  # fmt: skip
        self.add_class("kpiguide-fairness-panel")
        self.set_lang(lang)
        self.model.value = model
        self.by.observe(lambda _c: self._changed(draw_only=True), names="value")
        self.model.observe(lambda _c: self._changed(), names="value")
        self.run()

    @property
    def widget(self) -> widgets.Widget:
        return self

    def refresh(self, scheme: Scheme) -> None:
        self._scheme = scheme
        self.run()

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.message.set_lang(lang)
        self._quiet = True
        try:
            self.heading.value = f"<h3>{escape(t('uip.fair.title', lang))}</h3>"
            self.intro.value = f"<p style='color:#475467'>{escape(t('uip.fair.intro', lang))}</p>"
            by = self.by.value or "perspective"
            self.by.options = [(t("uip.fair.by_perspective", lang), "perspective"), (t("uip.fair.by_kpi", lang), "kpi")]
            self.by.value = by
            model = self.model.value or "quick"
            self.model.options = [(t(f"uip.fair.model.{m}", lang), m) for m in MODELS]
            self.model.value = model
        finally:
            self._quiet = False
        self._draw()

    def _changed(self, *, draw_only: bool = False) -> None:
        if self._quiet:
            return
        if draw_only:
            self._draw()
        else:
            self.run()

    def run(self) -> None:
        """(Re)compute with the chosen model, in the background."""
        model = self.model.value
        self.message.clear()
        self.task.start(
            lambda _progress: self._compute(model),
            self._done,
            self.message.show_error,
            label=t("uip.fair.working", self.lang, model=t(f"uip.fair.model.{model}", self.lang)),
        )

    def _done(self, result: Any) -> None:
        self.result = result
        self._draw()

    def _names(self) -> dict[str, str]:
        names = {d.id: d.name for d in self._scheme.departments}
        names.update({k.id: k.name for k in self._scheme.kpis})
        names.update({p.value: t(f"ui.perspective.{p.value}", self.lang) for p in Perspective})
        return names

    def _draw(self) -> None:
        result, lang = self.result, self.lang
        if result is None:
            return
        if result.targets.empty:
            self.figure.figure = None
            self.table.value = f"<p>{escape(t('uip.fair.empty', lang))}</p>"
            self.findings.value = ""
            return
        from kpiguide.plots.achievability import fairness_heatmap  # plotly: loaded with the first chart

        names = self._names()
        fig = fairness_heatmap(result, by=self.by.value, lang=lang, names=names)
        self.figure.figure = fig
        rows = []
        for d in result.departments.to_dict("records"):
            gap = float(d["gap"])
            colour = "#b42318" if gap <= -0.2 else ("#b54708" if gap >= 0.2 else "#101828")
            rows.append(
                f"<tr data-department='{escape(str(d['department']))}'>"
                f"<td style='padding:2px 8px'>{escape(names.get(d['department'], str(d['department'])))}</td>"
                f"<td style='padding:2px 8px;text-align:right'>{int(d['n'])}</td>"
                f"<td style='padding:2px 8px;text-align:right'>{format_percent(float(d['p_median']))}</td>"
                f"<td style='padding:2px 8px;text-align:right;color:{colour}'>{gap:+.0%}</td></tr>"
            )
        head = "".join(
            f"<th style='text-align:left;padding:2px 8px'>{escape(t(f'uip.fair.col.{c}', lang))}</th>"
            for c in ("department", "n", "p", "gap")
        )
        self.table.value = f"<p>{escape(t('uip.fair.org', lang, p=format_percent(result.p_org)))}</p><table><tr>{head}</tr>{''.join(rows)}</table>"
        self.findings.value = render_findings(result.report.findings, lang)


def fairness_panel(host: PanelHost) -> FairnessPanel:
    """The fairness heat map of the host's project (recomputed after edits, cached otherwise)."""
    store = host.store
    return FairnessPanel(
        host.scheme(), compute=lambda model: cached_fairness(store, model=model), lang=host.lang,
        threaded=host.threaded,
    )  # fmt: skip


dashboard_panel = fairness_panel
