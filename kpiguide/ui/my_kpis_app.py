"""The "My KPIs" app (employee): my performance agreement, its confirmation, check-ins, results, comments.

The page is made for a phone as much as for a desktop (:mod:`kpiguide.ui.responsive`): at the top
the period's stage and what to do; then one card per KPI with the agreement's fields
(:class:`~kpiguide.ui.agreement_view.AgreementView`), recent results and their process-behaviour
chart (drawn in the background), the monthly check-in (:class:`~kpiguide.ui.checkin_form.CheckinForm`)
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
        self.chart_task.start(lambda _p: self._draw_charts(), lambda _r: None, lambda _exc: None)

    def _section(self, kpi: Kpi) -> widgets.Widget:
        detail = widgets.HTML()
        detail.add_class(f"kpiguide-my-kpi-{kpi.id}")
        box = CommentBox(kpi.id, comments(self.store, self.principal, kpi=kpi.id), lang=self.lang, on_send=self.send)
        self.details[kpi.id] = detail
        self.boxes[kpi.id] = box
        self.signals[kpi.id] = widgets.HTML()
        self.signals[kpi.id].add_class("kpiguide-my-kpi-xmr")
        self.charts[kpi.id] = FigureBox()
        self.checkins[kpi.id] = CheckinForm(self.store, self.principal, self.employee.id, kpi.id, self.period,
                                            lang=self.lang)  # fmt: skip
        section = widgets.VBox(
            [self.agreement.kpi_widget(kpi.id), detail, self.signals[kpi.id], self.charts[kpi.id],
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
            chart = getattr(self, "_xmr", {}).get(kpi.id)
            if chart is not None:
                self._show_xmr(scheme.kpi(kpi.id), chart, lang)

    def _draw_charts(self) -> None:
        """Every KPI's process-behaviour chart (pandas and plotly load here, after the page shows)."""
        self._xmr: dict[str, Any] = {}
        for kpi in self.kpis:
            chart = chart_of(self.store, kpi.id, self.employee.id)
            if chart is not None:
                self._xmr[kpi.id] = chart
                self._show_xmr(kpi, chart, self.lang)

    def _results(self, kpi: Kpi, lang: str) -> str:
        results = recent_results(self.store, self.employee.id, kpi.id)
        text = ", ".join(f"{p}: {format_number(v)}" for p, v in results) or t("ui.mykpis.no_results", lang)
        return f"<p style='margin:4px 0'><b>{escape(t('ui.mykpis.results', lang))}</b> {escape(text)}</p>"

    def _show_xmr(self, kpi: Kpi, chart: Any, lang: str) -> None:
        """The employee's own series on its process-behaviour chart (nothing with fewer than three months)."""
        from kpiguide.plots.xmr import xmr_chart  # plotly: loaded with the first chart

        title = t("plots.xmr.title", lang, series=kpi.name)
        # the title goes above the chart as text that wraps: a plotly title does not, and a phone is narrow
        self.signals[kpi.id].value = f"<b>{escape(title)}</b><br>{status_html(chart, lang)}"
        figure = xmr_chart(chart, lang=lang, title="", unit=kpi.unit)
        figure.update_layout(autosize=True, width=None, margin={"l": 36, "r": 8, "t": 16, "b": 36})
        self.charts[kpi.id].figure = figure


def my_kpis(*, query_string: str | None = None, project: str | None = None) -> widgets.Widget:
    """The employee's own KPIs (needs an employee invite)."""
    return build_app("employee", MyKpisApp, query_string, project)
