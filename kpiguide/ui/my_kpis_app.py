"""The "My KPIs" app (employee): my performance agreement, its confirmation, check-ins, results, comments.

The page is made for a phone as much as for a desktop (:mod:`kpiguide.ui.responsive`): at the top
the period's stage and what to do; then one card per KPI with the agreement's fields
(:class:`~kpiguide.ui.agreement_view.AgreementView`), recent results with their process-behaviour
status (computed in the background) and the chart itself when the employee opens it (a first plotly
figure costs a kernel ~30 MiB: benchmarks/results/kernel_profile.md), the monthly check-in (:class:`~kpiguide.ui.checkin_form.CheckinForm`)
and comments; at the bottom the adjustment rules, "confirm" or "propose a change", and the printable
agreement.
"""

from __future__ import annotations

from html import escape
from typing import Any

import ipywidgets as widgets

from kpiguide.core.errors import KpiGuideError
from kpiguide.core.i18n import t
from kpiguide.core.model import Kpi
from kpiguide.core.numbers import format_number
from kpiguide.design.collaboration import (
    add_comment,
    comments,
    recent_results,
)
from kpiguide.ui.agreement_view import AgreementView, employee_period
from kpiguide.ui.app_shell import app_header, build_app
from kpiguide.ui.background import BackgroundTask
from kpiguide.ui.checkin_form import CheckinForm
from kpiguide.ui.comments import CommentBox
from kpiguide.ui.context import AppContext
from kpiguide.ui.figure import FigureBox
from kpiguide.ui.language import LanguageSwitch
from kpiguide.ui.responsive import app_style
from kpiguide.ui.signals_panel import chart_of, status_html

__all__ = ["MyKpisApp", "my_kpis"]


# -- my KPIs ---------------------------------------------------------------------------------------


class MyKpisApp:
    """An employee's page: the agreement (confirm or propose a change), each KPI with results,
    check-ins and comments."""

    def __init__(self, context: AppContext) -> None:
        self.context = context
        self.store = context.store
        self.principal = context.principal
        self.lang = context.lang
        scheme = self.store.load_scheme()
        self.employee = scheme.employee(self.principal.employee or "")
        self.kpis = scheme.kpis_of(self.employee.role)
        self.period = employee_period(self.store, self.employee.department)
        self.switch = LanguageSwitch(self.lang, on_change=self.set_lang)
        self.title, header = app_header(self.switch)
        self.agreement = AgreementView(self.store, self.principal, self.employee.id, self.period, lang=self.lang,
                                       threaded=context.threaded)  # fmt: skip
        self.details: dict[str, widgets.HTML] = {}
        self.signals: dict[str, widgets.HTML] = {}
        self.charts: dict[str, FigureBox] = {}
        self.chart_buttons: dict[str, widgets.ToggleButton] = {}
        self._xmr: dict[str, Any] = {}
        self.checkins: dict[str, CheckinForm] = {}
        self.boxes: dict[str, CommentBox] = {}
        sections = [self._section(kpi) for kpi in self.kpis]
        top = widgets.VBox([app_style(), header, self.agreement.banner])
        top.add_class("kpiguide-my-kpis-top")
        self.widget = widgets.VBox([top, *sections, self.agreement.footer])
        self.widget.add_class("kpiguide-app")
        self.widget.add_class("kpiguide-cycle")
        self.widget.add_class("kpiguide-my-kpis")
        self.set_lang(self.lang)
        self.chart_task = BackgroundTask(threaded=context.threaded)
        self.chart_task.start(lambda _p: self._chart_status(), lambda _r: None, lambda _exc: None)

    def _section(self, kpi: Kpi) -> widgets.Widget:
        detail = widgets.HTML()
        detail.add_class(f"kpiguide-my-kpi-{kpi.id}")
        box = CommentBox(kpi.id, comments(self.store, self.principal, kpi=kpi.id), lang=self.lang, on_send=self.send)
        self.details[kpi.id] = detail
        self.boxes[kpi.id] = box
        self.signals[kpi.id] = widgets.HTML()
        self.signals[kpi.id].add_class("kpiguide-my-kpi-xmr")
        self.charts[kpi.id] = FigureBox()
        self.charts[kpi.id].layout.display = "none"
        button = widgets.ToggleButton(value=False, icon="line-chart", layout=widgets.Layout(width="auto"))
        button.add_class("kpiguide-my-kpi-chart-toggle")
        button.layout.display = "none"  # until the status says there is a chart to show
        button.observe(lambda change, kpi_id=kpi.id: self.toggle_chart(kpi_id, change["new"]), "value")
        self.chart_buttons[kpi.id] = button
        self.checkins[kpi.id] = CheckinForm(self.store, self.principal, self.employee.id, kpi.id, self.period,
                                            lang=self.lang)  # fmt: skip
        section = widgets.VBox(
            [self.agreement.kpi_widget(kpi.id), detail, self.signals[kpi.id], button, self.charts[kpi.id],
             self.checkins[kpi.id], box]
        )  # fmt: skip
        section.add_class("kpiguide-card")
        section.add_class("kpiguide-my-kpi")
        return section

    def send(self, kpi_id: str, text: str, kind: str) -> None:
        box = self.boxes[kpi_id]
        try:
            add_comment(self.store, self.principal, kpi_id, text, kind)
        except KpiGuideError as exc:
            box.message.show_error(exc)
            return
        box.text.value = ""
        box.comments = comments(self.store, self.principal, kpi=kpi_id)
        box.message.show("ok", t("ui.comment.sent", self.lang))

    def set_lang(self, lang: str) -> None:
        self.lang = self.context.lang = lang
        scheme = self.store.load_scheme()
        role = scheme.role(self.employee.role)
        dept = scheme.department(role.department)
        self.title.value = (
            f"<h2 style='margin:4px 0'>{escape(t('ui.mykpis.title', lang))} · {escape(self.employee.name)}</h2>"
            f"<p style='margin:0'>{escape(dept.name)} · {escape(role.name)}</p>"
        )
        if lang != self.agreement.lang:
            self.agreement.set_lang(lang)
        for kpi in self.kpis:
            self.details[kpi.id].value = self._results(kpi, lang)
            self.checkins[kpi.id].set_lang(lang)
            self.boxes[kpi.id].set_lang(lang)
            self._label_chart_button(kpi.id)
            if kpi.id in self._xmr:
                self._show_status(scheme.kpi(kpi.id), self._xmr[kpi.id], lang)
                if self.chart_buttons[kpi.id].value:
                    self._draw_chart(scheme.kpi(kpi.id), lang)
                else:
                    self.charts[kpi.id].figure = None  # drawn again, in this language, when opened

    def _chart_status(self) -> None:
        """Every KPI's process-behaviour status (after the page shows); the chart waits for its button."""
        for kpi in self.kpis:
            chart = chart_of(self.store, kpi.id, self.employee.id)
            if chart is not None:
                self._xmr[kpi.id] = chart
                self._show_status(kpi, chart, self.lang)
                self.chart_buttons[kpi.id].layout.display = None

    def toggle_chart(self, kpi_id: str, show: bool) -> None:
        """Show (drawing it the first time) or hide one KPI's process-behaviour chart."""
        self._label_chart_button(kpi_id)
        self.charts[kpi_id].layout.display = None if show else "none"
        if show and self.charts[kpi_id].figure is None and kpi_id in self._xmr:
            self._draw_chart(self.store.load_scheme().kpi(kpi_id), self.lang)

    def _label_chart_button(self, kpi_id: str) -> None:
        button = self.chart_buttons[kpi_id]
        button.description = t("ui.mykpis.hide_chart" if button.value else "ui.mykpis.show_chart", self.lang)

    def _results(self, kpi: Kpi, lang: str) -> str:
        results = recent_results(self.store, self.employee.id, kpi.id)
        text = ", ".join(f"{p}: {format_number(v)}" for p, v in results) or t("ui.mykpis.no_results", lang)
        return f"<p style='margin:4px 0'><b>{escape(t('ui.mykpis.results', lang))}</b> {escape(text)}</p>"

    def _show_status(self, kpi: Kpi, chart: Any, lang: str) -> None:
        """The employee's own series: signal or routine variation (nothing with fewer than three months)."""
        title = t("plots.xmr.title", lang, series=kpi.name)
        # the title goes above the chart as text that wraps: a plotly title does not, and a phone is narrow
        self.signals[kpi.id].value = f"<b>{escape(title)}</b><br>{status_html(chart, lang)}"

    def _draw_chart(self, kpi: Kpi, lang: str) -> None:
        """The employee's own series on its process-behaviour chart."""
        from kpiguide.plots.xmr import xmr_chart  # plotly: loaded with the first chart the employee opens

        chart = self._xmr[kpi.id]
        figure = xmr_chart(chart, lang=lang, title="", unit=kpi.unit)
        figure.update_layout(autosize=True, width=None, margin={"l": 36, "r": 8, "t": 16, "b": 36})
        self.charts[kpi.id].figure = figure


def my_kpis(*, query_string: str | None = None, project: str | None = None) -> widgets.Widget:
    """The employee's own KPIs (needs an employee invite)."""
    return build_app("employee", MyKpisApp, query_string, project)
