"""The "My KPIs" app (employee): my KPIs, targets, results, comments."""

from __future__ import annotations

from html import escape

import ipywidgets as widgets

from kpiguide.core.errors import KpiGuideError
from kpiguide.core.i18n import t
from kpiguide.core.model import Kpi, Scheme
from kpiguide.core.numbers import format_number
from kpiguide.design.collaboration import (
    add_comment,
    comments,
    recent_results,
)
from kpiguide.ui.app_shell import app_header, build_app
from kpiguide.ui.comments import CommentBox
from kpiguide.ui.context import AppContext
from kpiguide.ui.figure import FigureBox
from kpiguide.ui.language import LanguageSwitch
from kpiguide.ui.signals_panel import chart_of, status_html

__all__ = ["MyKpisApp", "my_kpis"]


# -- my KPIs ---------------------------------------------------------------------------------------


class MyKpisApp:
    """An employee's transparency view: each KPI, where it comes from, recent results, a comment box."""

    def __init__(self, context: AppContext) -> None:
        self.context = context
        self.store = context.store
        self.principal = context.principal
        self.lang = context.lang
        scheme = self.store.load_scheme()
        self.employee = scheme.employee(self.principal.employee or "")
        self.kpis = scheme.kpis_of(self.employee.role)
        self.switch = LanguageSwitch(self.lang, on_change=self.set_lang)
        self.title, header = app_header(self.switch)
        self.details: dict[str, widgets.HTML] = {}
        self.signals: dict[str, widgets.HTML] = {}
        self.charts: dict[str, FigureBox] = {}
        self.boxes: dict[str, CommentBox] = {}
        sections = []
        for kpi in self.kpis:
            detail = widgets.HTML()
            detail.add_class(f"kpiguide-my-kpi-{kpi.id}")
            box = CommentBox(
                kpi.id, comments(self.store, self.principal, kpi=kpi.id), lang=self.lang, on_send=self.send
            )
            self.details[kpi.id] = detail
            self.boxes[kpi.id] = box
            self.signals[kpi.id] = widgets.HTML()
            self.signals[kpi.id].add_class("kpiguide-my-kpi-xmr")
            self.charts[kpi.id] = FigureBox()
            section = widgets.VBox(
                [detail, self.signals[kpi.id], self.charts[kpi.id], box],
                layout=widgets.Layout(border="1px solid #d0d5dd", padding="6px 10px", margin="6px 0"),
            )
            section.add_class("kpiguide-my-kpi")
            sections.append(section)
        self.widget = widgets.VBox([header, *sections])
        self.widget.add_class("kpiguide-app")
        self.widget.add_class("kpiguide-my-kpis")
        self.set_lang(self.lang)

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
        self.lang = lang
        scheme = self.store.load_scheme()
        role = scheme.role(self.employee.role)
        dept = scheme.department(role.department)
        self.title.value = (
            f"<h2>{escape(t('ui.mykpis.title', lang))} · {escape(self.employee.name)}</h2>"
            f"<p>{escape(dept.name)} · {escape(role.name)}</p>"
        )
        for kpi in self.kpis:
            self.details[kpi.id].value = self._detail(scheme, scheme.kpi(kpi.id), lang)
            self._draw_xmr(scheme.kpi(kpi.id), lang)
            self.boxes[kpi.id].set_lang(lang)

    def _draw_xmr(self, kpi: Kpi, lang: str) -> None:
        """The employee's own series on its process-behaviour chart (nothing with fewer than three months)."""
        chart = chart_of(self.store, kpi.id, self.employee.id)
        if chart is None:
            self.signals[kpi.id].value = ""
            self.charts[kpi.id].figure = None
            return
        from kpiguide.plots.xmr import xmr_chart  # plotly: loaded with the first chart

        self.signals[kpi.id].value = status_html(chart, lang)
        title = t("plots.xmr.title", lang, series=kpi.name)
        self.charts[kpi.id].figure = xmr_chart(chart, lang=lang, title=title, unit=kpi.unit)

    def _detail(self, scheme: Scheme, kpi: Kpi, lang: str) -> str:
        objective = scheme.objective(kpi.objective).text if kpi.objective else t("ui.kpi.no_objective", lang)
        role = scheme.role(kpi.role)
        path = " → ".join([objective, scheme.department(role.department).name, role.name, kpi.name])
        target = "" if kpi.target is None else f"{format_number(kpi.target)} {kpi.unit}"
        results = recent_results(self.store, self.employee.id, kpi.id)
        result_text = ", ".join(f"{p}: {format_number(v)}" for p, v in results) or t("ui.mykpis.no_results", lang)
        rows = [
            (t("ui.mykpis.path", lang), path),
            (t("ui.kpi.weight", lang), format_number(kpi.weight)),
            (t("ui.kpi.target", lang), f"{target} ({t(f'ui.direction.{kpi.direction.value}', lang)})"),
            (t("ui.mykpis.formula", lang), kpi.formula or "—"),
            (t("ui.kpi.data_source", lang), kpi.data_source or "—"),
            (t("ui.kpi.scoring_rule", lang), kpi.scoring_rule),
            (t("ui.mykpis.results", lang), result_text),
        ]
        body = "".join(
            f"<tr><td style='padding:2px 8px;color:#475467'>{escape(k)}</td><td>{escape(v)}</td></tr>" for k, v in rows
        )
        return f"<h3>{escape(kpi.name)}</h3><table>{body}</table>"


def my_kpis(*, query_string: str | None = None, project: str | None = None) -> widgets.Widget:
    """The employee's own KPIs (needs an employee invite)."""
    return build_app("employee", MyKpisApp, query_string, project)
