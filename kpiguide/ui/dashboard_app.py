"""The leadership dashboard app (leadership or HR invite): summary first, decisions, details folded.

At the top the period's summary: the stage of every department (:func:`kpiguide.design.cycle.cycle_status`),
the review cards of submitted departments and the pending change requests
(:mod:`kpiguide.ui.review_panel`), KPIs at risk from check-ins and the reminders list
(:mod:`kpiguide.ui.cycle_summary`).  Below, folded, the design overview, employees' comments and the
analysis panels; a panel is built when its section is first opened (or when :attr:`DashboardApp.panels`
is read), so the page appears before the heavy work.
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

import ipywidgets as widgets

from kpiguide.checks.profiles import load_profile
from kpiguide.core.i18n import has_text, t
from kpiguide.core.model import Scheme
from kpiguide.core.numbers import format_number
from kpiguide.design.collaboration import (
    comments,
    department_overview,
    strategy_coverage,
)
from kpiguide.design.cycle import default_period
from kpiguide.ui.app_shell import app_header, build_app, html_table
from kpiguide.ui.comments import render_comments
from kpiguide.ui.context import AppContext
from kpiguide.ui.cycle_summary import CycleSummary, period_choices
from kpiguide.ui.language import LanguageSwitch
from kpiguide.ui.panels import DASHBOARD_PANELS, Panel, PanelFactory, load_panels
from kpiguide.ui.responsive import app_style
from kpiguide.ui.review_panel import ChangeRequestsPanel, ReviewPanel

__all__ = ["DashboardApp", "leadership_dashboard"]


# -- leadership dashboard ------------------------------------------------------------------------


class DashboardApp:
    """Leadership's (or HR's) page: the period's summary and decisions first, details folded below."""

    def __init__(self, context: AppContext, panels: Sequence[PanelFactory] | None = None) -> None:
        self.context = context
        self.store = context.store
        self.lang = context.lang
        self.switch = LanguageSwitch(self.lang, on_change=self.set_lang)
        self.title, header = app_header(self.switch)
        period = str(default_period(self.store))
        self.period = widgets.Dropdown(options=period_choices(self.store), value=period)
        self.period.add_class("kpiguide-cycle-period")
        self.period.observe(lambda change: self.set_period(change["new"]), names="value")
        self.summary = CycleSummary(self.store, lang=self.lang, period=period)
        self.review = ReviewPanel(self.store, context.principal, period=period, lang=self.lang, on_change=self.decided)
        self.change_requests = ChangeRequestsPanel(self.store, context.principal, lang=self.lang,
                                                   on_change=self.decided)  # fmt: skip
        self.coverage = widgets.HTML()
        self.coverage.add_class("kpiguide-coverage")
        self.departments = widgets.HTML()
        self.departments.add_class("kpiguide-departments")
        self.feedback = widgets.HTML()
        self.feedback.add_class("kpiguide-feedback")
        self._factories = list(load_panels(DASHBOARD_PANELS) if panels is None else panels)
        self._built: dict[int, Panel] = {}
        self._slots = [widgets.VBox() for _ in self._factories]
        self.details = widgets.Accordion(
            children=[widgets.VBox([self.departments, self.coverage]), self.feedback, *self._slots], selected_index=None
        )
        self.details.add_class("kpiguide-dashboard-details")
        self.details.observe(lambda change: self._opened(change["new"]), names="selected_index")
        self.details_title = widgets.HTML()
        self.widget = widgets.VBox(
            [app_style(), header, self.period, self.summary.status, self.review, self.change_requests,
             self.summary.risk, self.summary.reminders, self.details_title, self.details]
        )  # fmt: skip
        self.widget.add_class("kpiguide-app")
        self.widget.add_class("kpiguide-cycle")
        self.widget.add_class("kpiguide-dashboard")
        self.set_lang(self.lang)

    # -- the folded details: panels built when opened ------------------------------------------

    @property
    def panels(self) -> list[Panel]:
        """Every analysis panel (building the ones not opened yet)."""
        for index in range(len(self._factories)):
            self._build(index)
        return [self._built[i] for i in range(len(self._factories))]

    def _build(self, index: int) -> Panel:
        if index not in self._built:
            panel = self._factories[index](self.context)
            panel.set_lang(self.lang)
            self._built[index] = panel
            self._slots[index].children = [panel.widget]
        return self._built[index]

    def _opened(self, index: int | None) -> None:
        if index is not None and index >= 2:
            self._build(index - 2)

    def _titles(self, lang: str) -> list[str]:
        titles = [t("uicyc.details.design", lang), t("uicyc.details.feedback", lang)]
        for n, factory in enumerate(self._factories, 1):
            module = getattr(factory, "__module__", "").rpartition(".")[2]
            key = f"uicyc.panel.{module}.{getattr(factory, '__name__', '')}"
            titles.append(t(key, lang) if has_text(key) else t("uicyc.panel.other", lang, n=n))
        return titles

    # -- the period's summary and decisions ------------------------------------------------------

    def set_period(self, period: str) -> None:
        self.summary.set_period(period)
        self.review.set_period(period)

    def decided(self) -> None:
        """After a review or change decision: redraw the summary, the overview and the opened panels."""
        self.summary.refresh()
        self.change_requests.refresh()
        scheme = self.store.load_scheme()
        self.departments.value = self._departments_html(scheme, self.lang)
        for panel in self._built.values():
            panel.refresh(scheme)

    def set_lang(self, lang: str) -> None:
        self.lang = self.context.lang = lang
        scheme = self.store.load_scheme()
        self.title.value = f"<h2>{escape(t('ui.dashboard.title', lang))} · {escape(scheme.organization.name)}</h2>"
        self.period.description = t("uicyc.period", lang)
        self.summary.set_lang(lang)
        self.review.set_lang(lang)
        self.change_requests.set_lang(lang)
        self.details_title.value = f"<h3>{escape(t('uicyc.details.title', lang))}</h3>"
        self.details.titles = tuple(self._titles(lang))
        self.coverage.value = self._coverage_html(scheme, lang)
        self.departments.value = self._departments_html(scheme, lang)
        self.feedback.value = self._feedback_html(lang)
        for panel in self._built.values():
            panel.set_lang(lang)

    def _coverage_html(self, scheme: Scheme, lang: str) -> str:
        rows = []
        for row in strategy_coverage(scheme):
            style = "color:#b42318;font-weight:600" if row["kpis"] == 0 else ""
            rows.append(
                [
                    escape(row["objective"]),
                    escape(row["text"]),
                    escape(t(f"ui.perspective.{row['perspective']}", lang)),
                    f"<span style='{style}'>{row['kpis']}</span>",
                    escape(", ".join(row["departments"])),
                ]
            )
        headers = [
            t(f"ui.dashboard.coverage.{k}", lang) for k in ("objective", "text", "perspective", "kpis", "departments")
        ]
        return (
            f"<details><summary><b>{escape(t('ui.dashboard.coverage', lang))}</b></summary>"
            + html_table(headers, rows, "kpiguide-coverage-table")
            + "</details>"
        )

    def _departments_html(self, scheme: Scheme, lang: str) -> str:
        rows = []
        expected = format_number(load_profile(self.context.profile).weights_total)
        for row in department_overview(scheme, self.store, self.context.profile):
            off = row["weights_off"]
            weights = (
                t("ui.dashboard.weights_ok", lang, expected=expected)
                if not off
                else t("ui.dashboard.weights_off", lang, roles=", ".join(off), expected=expected)
            )
            review = (
                t("ui.dashboard.review_none", lang)
                if row["review"] is None
                else t("ui.dashboard.review_submitted", lang, at=row["reviewed_at"])
            )
            rows.append(
                [
                    escape(row["name"]),
                    str(row["roles"]),
                    str(row["kpis"]),
                    str(row["employees"]),
                    escape(weights),
                    f"<span class='kpiguide-review-{escape(row['department'])}'>{escape(review)}</span>",
                ]
            )
        headers = [
            t(f"ui.dashboard.dept.{k}", lang) for k in ("name", "roles", "kpis", "employees", "weights", "review")
        ]
        table = html_table(headers, rows, "kpiguide-department-table")
        return f"<h3>{escape(t('ui.dashboard.departments', lang))}</h3><div class='kpiguide-scroll'>{table}</div>"

    def _feedback_html(self, lang: str) -> str:
        items = comments(self.store, self.context.principal)
        recent = items[-20:]
        return f"<h3>{escape(t('ui.dashboard.feedback', lang, n=len(items)))}</h3>" + render_comments(recent, lang)


def leadership_dashboard(
    *, query_string: str | None = None, project: str | None = None, panels: Sequence[PanelFactory] | None = None
) -> widgets.Widget:
    """The leadership dashboard (needs a leadership or HR invite)."""
    return build_app("leadership", lambda ctx: DashboardApp(ctx, panels), query_string, project)
