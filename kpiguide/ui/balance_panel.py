"""Balance panel: perspective and leading/lagging shares per department, and the balance findings.

Each finding names its subject with a button; pressing it calls
``on_open(subject)`` (in the notebooks the KPI editor jumps to that role).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

import ipywidgets as widgets

from kpiguide.checks.balance import ORGANIZATION, balance_table, check_scheme
from kpiguide.core.findings import Report
from kpiguide.core.i18n import t
from kpiguide.core.model import Scheme
from kpiguide.design.weights import DEFAULT_PROFILE, ProfileRef
from kpiguide.ui.background import BackgroundTask
from kpiguide.ui.context import PanelHost
from kpiguide.ui.figure import FigureBox
from kpiguide.ui.findings import render_findings
from kpiguide.ui.messages import error_text
from kpiguide.ui.scheme_value import SchemeValue
from kpiguide.ui.subjects import department_of, subject_label

__all__ = ["BalancePanel", "balance_panel", "dashboard_panel", "designer_panel"]


class BalancePanel(SchemeValue, widgets.VBox):
    """Balance chart and findings of ``value`` (a scheme), optionally for one department.

    ``check(scheme) -> Report`` and ``chart(scheme, lang, table) -> figure`` default
    to :func:`kpiguide.checks.balance.check_scheme` and :func:`kpiguide.plots.balance.balance_chart`.
    """

    def __init__(
        self,
        scheme: Scheme,
        department: str | None = None,
        *,
        lang: str = "zh",
        profile: ProfileRef = DEFAULT_PROFILE,
        on_open: Callable[[str], None] | None = None,
        check: Callable[[Scheme], Any] | None = None,
        chart: Callable[..., Any] | None = None,
        threaded: bool = False,
        collapsed: bool = False,
    ) -> None:
        self.department = department
        self.collapsed = collapsed
        self.lang = lang
        self.profile = profile
        self._on_open = on_open
        self._check = check
        self._chart = chart
        self.heading = widgets.HTML()
        self.summary = widgets.HTML()
        self.figure = FigureBox()
        self.findings_box = widgets.VBox()
        self.findings_box.add_class("kpiguide-balance-findings")
        self.findings: tuple[Any, ...] = ()
        self.open_buttons: list[widgets.Button] = []
        # The check compares KPI texts with the catalog (a few seconds the first time): off the UI thread.
        self.task = BackgroundTask(threaded=threaded)
        super().__init__([self.heading, self.figure, self.task, self.summary, self.findings_box])
        self.add_class("kpiguide-balance-panel")
        self._scheme = scheme
        self._render()

    @property
    def widget(self) -> widgets.Widget:
        return self

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self._render()

    def _report(self) -> Any:
        if self._check is not None:
            return self._check(self._scheme)
        return check_scheme(self._scheme, self.profile)

    def _figure(self) -> Any:
        if self._chart is not None:
            return self._chart(self._scheme, self.lang, None)
        from kpiguide.plots.balance import balance_chart  # plotly: loaded with the first chart

        table = balance_table(self._scheme)
        if self.department is not None:
            table = table[table["department"].isin([self.department, ORGANIZATION])]
        return balance_chart(self._scheme, lang=self.lang, table=table)

    def _render(self) -> None:
        scheme, lang = self._scheme, self.lang
        self.heading.value = f"<h3>{escape(t('uiw.balance.title', lang))}</h3>"
        if not scheme.kpis:
            self.figure.figure = None
            self.summary.value = f"<p>{escape(t('uiw.balance.no_kpis', lang))}</p>"
            self.findings_box.children = []
            self.findings = ()
            return
        self.figure.figure = self._figure()
        self.task.start(
            lambda _progress: tuple(self._report().findings),
            lambda findings: self._show(scheme, findings),
            self._failed,
            label=t("uip.balance.checking", lang),
        )

    def _failed(self, exc: BaseException) -> None:
        self.summary.value = f"<p style='color:#b42318'>{escape(error_text(exc, self.lang))}</p>"

    def _show(self, scheme: Scheme, findings: tuple[Any, ...]) -> None:
        lang = self.lang
        if self.department is not None:
            findings = tuple(f for f in findings if department_of(f.subject) in (self.department, None))
        self.findings = findings
        counts = Report(findings).summary()
        text = t("uiw.balance.summary", lang, error=counts["error"], warning=counts["warning"], info=counts["info"])
        self.summary.value = f"<p>{escape(text)}</p>"
        rows = []
        self.open_buttons = []
        for finding in findings:
            html = widgets.HTML(render_findings([finding], lang))
            button = widgets.Button(
                description=f"→ {subject_label(scheme, finding.subject)}"[:60],
                tooltip=finding.subject,
                layout=widgets.Layout(width="auto"),
            )
            button.add_class("kpiguide-open-subject")
            button.on_click(lambda _b, s=finding.subject: self._open(s))
            self.open_buttons.append(button)
            rows.append(widgets.VBox([html, button] if self._on_open is not None else [html]))
        if not rows:
            rows = [widgets.HTML(render_findings([], lang))]
        elif self.collapsed and self._on_open is None:
            # A long list (the whole organisation) folds away under the summary line.
            summary = escape(t("uip.balance.show", lang, n=len(findings)))
            rows = [widgets.HTML(f"<details><summary>{summary}</summary>{render_findings(findings, lang)}</details>")]
        self.findings_box.children = rows

    def _open(self, subject: str) -> None:
        if self._on_open is not None:
            self._on_open(subject)


def balance_panel(host: PanelHost, *, collapsed: bool = False) -> BalancePanel:
    """The balance panel for the host's project, by the host's balance profile.

    A department head sees the department next to the organisation; a finding's button
    focuses its subject in the host's editors.
    """
    return BalancePanel(
        host.scheme(), host.principal.department, lang=host.lang, profile=host.profile,
        on_open=host.show_subject, threaded=host.threaded, collapsed=collapsed,
    )  # fmt: skip


designer_panel = balance_panel


def dashboard_panel(host: PanelHost) -> BalancePanel:
    """Collapsed variant for the leadership dashboard."""
    return balance_panel(host, collapsed=True)
