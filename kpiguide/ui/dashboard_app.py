"""The leadership dashboard app: progress of every department, review, results."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

import ipywidgets as widgets

from kpiguide.checks.profiles import load_profile
from kpiguide.core.i18n import t
from kpiguide.core.model import Scheme
from kpiguide.core.numbers import format_number
from kpiguide.design.collaboration import (
    comments,
    department_overview,
    strategy_coverage,
)
from kpiguide.ui.app_shell import app_header, build_app, build_panels, html_table
from kpiguide.ui.comments import render_comments
from kpiguide.ui.context import AppContext
from kpiguide.ui.language import LanguageSwitch
from kpiguide.ui.panels import DASHBOARD_PANELS, PanelFactory

__all__ = ["DashboardApp", "leadership_dashboard"]


# -- leadership dashboard ------------------------------------------------------------------------


class DashboardApp:
    """Leadership's page: strategy coverage, departments, review status, employees' comments, panels."""

    def __init__(self, context: AppContext, panels: Sequence[PanelFactory] | None = None) -> None:
        self.context = context
        self.store = context.store
        self.lang = context.lang
        self.switch = LanguageSwitch(self.lang, on_change=self.set_lang)
        self.title, header = app_header(self.switch)
        self.coverage = widgets.HTML()
        self.coverage.add_class("kpiguide-coverage")
        self.departments = widgets.HTML()
        self.departments.add_class("kpiguide-departments")
        self.feedback = widgets.HTML()
        self.feedback.add_class("kpiguide-feedback")
        self.panels = build_panels(context, panels, DASHBOARD_PANELS)
        self.widget = widgets.VBox(
            [header, self.departments, *(p.widget for p in self.panels), self.coverage, self.feedback]
        )
        self.widget.add_class("kpiguide-app")
        self.widget.add_class("kpiguide-dashboard")
        self.set_lang(self.lang)

    def set_lang(self, lang: str) -> None:
        self.lang = self.context.lang = lang
        scheme = self.store.load_scheme()
        self.title.value = f"<h2>{escape(t('ui.dashboard.title', lang))} · {escape(scheme.organization.name)}</h2>"
        self.coverage.value = self._coverage_html(scheme, lang)
        self.departments.value = self._departments_html(scheme, lang)
        self.feedback.value = self._feedback_html(lang)
        for panel in self.panels:
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
        return f"<h3>{escape(t('ui.dashboard.departments', lang))}</h3>" + html_table(
            headers, rows, "kpiguide-department-table"
        )

    def _feedback_html(self, lang: str) -> str:
        items = comments(self.store, self.context.principal)
        recent = items[-20:]
        return f"<h3>{escape(t('ui.dashboard.feedback', lang, n=len(items)))}</h3>" + render_comments(recent, lang)


def leadership_dashboard(
    *, query_string: str | None = None, project: str | None = None, panels: Sequence[PanelFactory] | None = None
) -> widgets.Widget:
    """The leadership dashboard (needs a leadership invite)."""
    return build_app("leadership", lambda ctx: DashboardApp(ctx, panels), query_string, project)
