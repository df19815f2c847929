"""Process-behaviour (XmR) chart of a KPI: natural process limits and signals, so a change that is
real stands apart from routine variation (issue 14).

The chart is :func:`kpiguide.data.signals.xmr` of :func:`kpiguide.data.history.series_from_store`;
the texts are :func:`kpiguide.data.signals.signal_findings`.  Read only: nothing is written.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

import ipywidgets as widgets

from kpiguide.core.errors import KpiGuideError
from kpiguide.core.i18n import t
from kpiguide.core.model import Scheme
from kpiguide.core.numbers import format_number
from kpiguide.data.signals import MIN_POINTS, latest_status, signal_findings, xmr
from kpiguide.ui.context import PanelHost
from kpiguide.ui.figure import FigureBox
from kpiguide.ui.findings import render_findings
from kpiguide.ui.messages import error_text

__all__ = ["SignalsPanel", "chart_of", "signals_panel", "status_html"]


def chart_of(store: Any, kpi: str, subject: str | None = None) -> Any:
    """The XmR chart of a KPI's monthly values (one subject, or the mean of all), ``None`` when too short."""
    from kpiguide.data.history import series_from_store  # pandas: loaded with the first chart

    series = series_from_store(store, kpi, subject)
    if len(series) < MIN_POINTS:
        return None
    return xmr(series)


def status_html(chart: Any, lang: str) -> str:
    """One line: signal or routine variation, with the natural process limits in force."""
    status = latest_status(chart)
    colour = "#dc6803" if status == "signal" else "#054f31"
    text = t(
        "uix.status",
        lang,
        status=t(f"signals.status.{status}", lang),
        centre=format_number(chart.centre),
        lower=format_number(chart.lower),
        upper=format_number(chart.upper),
        n=len(chart.signals),
    )
    return f"<p class='kpiguide-xmr-status' data-status='{status}' style='color:{colour}'>{escape(text)}</p>"


class SignalsPanel(widgets.VBox):
    """Pick a KPI (and an employee or all); see its XmR chart and what the signals say.

    ``load(kpi, subject) -> XmrChart | None`` is injected; ``subjects(kpi)`` lists who has values.
    """

    def __init__(
        self,
        scheme: Scheme,
        *,
        load: Callable[[str, str | None], Any],
        subjects: Callable[[str], list[str]],
        lang: str = "zh",
    ) -> None:
        self.lang = lang
        self._scheme = scheme
        self._load = load
        self._subjects = subjects
        self.chart: Any = None
        self.heading = widgets.HTML()
        self.kpi = widgets.Dropdown(layout=widgets.Layout(width="auto"))
        self.kpi.add_class("kpiguide-xmr-kpi")
        self.subject = widgets.Dropdown(layout=widgets.Layout(width="auto"))
        self.subject.add_class("kpiguide-xmr-subject")
        self.status = widgets.HTML()
        self.figure = FigureBox()
        self.findings = widgets.HTML()
        self.findings.add_class("kpiguide-xmr-findings")
        super().__init__(
            [self.heading, widgets.HBox([self.kpi, self.subject]), self.status, self.figure, self.findings]
        )
        self.add_class("kpiguide-signals-panel")
        self._quiet = True
        self._set_kpis()
        self.kpi.observe(lambda _c: self._kpi_changed(), names="value")
        self.subject.observe(lambda _c: None if self._quiet else self.draw(), names="value")
        self.set_lang(lang)

    @property
    def widget(self) -> widgets.Widget:
        return self

    def _set_kpis(self) -> None:
        choice = self.kpi.value
        options = [(f"{k.name} ({k.id})", k.id) for k in self._scheme.kpis]
        self.kpi.options = options
        ids = [v for _, v in options]
        self.kpi.value = choice if choice in ids else (ids[0] if ids else None)
        self._set_subjects()

    def _set_subjects(self) -> None:
        self._quiet = True
        kpi = self.kpi.value
        choice = self.subject.value
        people = self._subjects(kpi) if kpi else []
        self.subject.options = [(t("uix.all", self.lang), ""), *((s, s) for s in people)]
        self.subject.value = choice if choice in people else ""
        self._quiet = False

    def _kpi_changed(self) -> None:
        self._set_subjects()
        self.draw()

    def refresh(self, scheme: Scheme) -> None:
        self._scheme = scheme
        self._set_kpis()
        self.draw()

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.heading.value = (
            f"<h3>{escape(t('uix.title', lang))}</h3><p style='color:#475467'>{escape(t('uix.intro', lang))}</p>"
        )
        self.kpi.description = t("uix.kpi", lang)
        self.subject.description = t("uix.subject", lang)
        self._set_subjects()
        self.draw()

    def draw(self) -> None:
        """Compute and draw the chart of the chosen KPI and subject."""
        kpi = self.kpi.value
        if not kpi:
            return
        lang = self.lang
        try:
            self.chart = self._load(kpi, self.subject.value or None)
        except KpiGuideError as exc:
            self.chart = None
            self.status.value = f"<p style='color:#b42318'>{escape(error_text(exc, lang))}</p>"
            return
        if self.chart is None:
            self.status.value = f"<p class='kpiguide-xmr-short'>{escape(t('uix.too_short', lang, n=MIN_POINTS))}</p>"
            self.figure.figure = None
            self.findings.value = ""
            return
        from kpiguide.plots.xmr import xmr_chart  # plotly: loaded with the first chart

        name = self._scheme.kpi(kpi).name
        unit = self._scheme.kpi(kpi).unit
        self.status.value = status_html(self.chart, lang)
        self.figure.figure = xmr_chart(self.chart, lang=lang, title=t("plots.xmr.title", lang, series=name), unit=unit)
        self.findings.value = render_findings(signal_findings(self.chart).findings, lang)


def signals_panel(host: PanelHost) -> SignalsPanel:
    """XmR charts of the project's KPIs, for the people the invite may see."""
    store, principal = host.store, host.principal

    def subjects(kpi: str) -> list[str]:
        seen = {a.subject for a in store.actuals(kpi=kpi)}
        return sorted(s for s in seen if principal.can_see_employee(s) or principal.can_read(s))

    def load(kpi: str, subject: str | None) -> Any:
        if subject is not None and not (principal.can_see_employee(subject) or principal.can_read(subject)):
            return None
        return chart_of(store, kpi, subject)

    return SignalsPanel(host.scheme(), load=load, subjects=subjects, lang=host.lang)
