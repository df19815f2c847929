"""The three Voila apps, each built from the components and the core's public API.

``kpi_designer()`` (department head), ``leadership_dashboard()`` and ``my_kpis()``
(employee) each return one widget.  They read the invite from the page's query
string (or ``query_string=``), open the project named by ``KPIGUIDE_PROJECT`` (or
``project=``) and never show a blank page: any failure becomes a friendly message.
Handlers only collect values and call :mod:`kpiguide.design.collaboration`; check panels plug
in through :mod:`kpiguide.ui.panels`.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from html import escape
from typing import Any

import ipywidgets as widgets

from kpiguide.checks.profiles import load_profile
from kpiguide.core.errors import KpiGuideError
from kpiguide.core.i18n import t
from kpiguide.core.model import Kpi, Scheme
from kpiguide.core.numbers import format_number
from kpiguide.design.collaboration import (
    add_comment,
    comments,
    department_overview,
    draft_kpi,
    kpi_from_form,
    new_kpi_id,
    recent_results,
    review_status,
    strategy_coverage,
    submit_for_review,
)
from kpiguide.ui.comments import CommentBox, render_comments
from kpiguide.ui.context import AppContext, open_app
from kpiguide.ui.department_view import DepartmentView
from kpiguide.ui.figure import FigureBox
from kpiguide.ui.kpi_card import KpiCard
from kpiguide.ui.language import LanguageSwitch
from kpiguide.ui.messages import MessagePanel, error_page
from kpiguide.ui.panels import DASHBOARD_PANELS, DESIGNER_PANELS, Panel, PanelFactory, load_panels
from kpiguide.ui.signals_panel import chart_of, status_html
from kpiguide.ui.submit import SubmitForReview

__all__ = ["DashboardApp", "DesignerApp", "MyKpisApp", "kpi_designer", "leadership_dashboard", "my_kpis"]

log = logging.getLogger("kpiguide.ui")


def _build(role: str, factory: Callable[[AppContext], Any], query_string: str | None, project: str | None) -> Any:
    try:
        context = open_app(role, query_string=query_string, project=project)
    except Exception as exc:  # noqa: BLE001 - an app must show a message, never a blank page or a traceback
        return error_page(exc, "zh")
    try:
        return factory(context).widget
    except Exception as exc:
        if not isinstance(exc, KpiGuideError):
            log.exception("App failed to start")
        return error_page(exc, context.lang)


def _header(switch: LanguageSwitch) -> tuple[widgets.HTML, widgets.Widget]:
    title = widgets.HTML()
    title.add_class("kpiguide-app-title")
    box = widgets.HBox([title, switch], layout=widgets.Layout(justify_content="space-between", align_items="center"))
    return title, box


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], css: str) -> str:
    head = "".join(f"<th style='text-align:left;padding:2px 8px'>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td style='padding:2px 8px'>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table class='{css}'><tr>{head}</tr>{body}</table>"


def _panels(context: AppContext, factories: Sequence[PanelFactory] | None, names: tuple[str, ...]) -> list[Panel]:
    return [factory(context) for factory in (load_panels(names) if factories is None else factories)]


# -- KPI designer --------------------------------------------------------------------------------


class DesignerApp:
    """The department head's page: department overview, KPI cards per role, panels, comments, submit."""

    def __init__(self, context: AppContext, panels: Sequence[PanelFactory] | None = None) -> None:
        self.context = context
        self.store = context.store
        self.principal = context.principal
        self.department = context.principal.department or ""
        self.lang = context.lang
        scheme = self.store.load_scheme()
        self.principal.require_read(self.department)
        self.switch = LanguageSwitch(self.lang, on_change=self.set_lang)
        self.title, header = _header(self.switch)
        self.messages = MessagePanel(self.lang)
        self.view = DepartmentView(scheme, self.department, self.lang)
        self.cards: dict[str, KpiCard] = {}
        self.role_boxes: dict[str, widgets.VBox] = {}
        self.add_buttons: dict[str, widgets.Button] = {}
        self.role_titles: dict[str, widgets.HTML] = {}
        sections = []
        for role in scheme.roles_of(self.department):
            cards = [self._card(k, self.store.get("kpi", k.id).version, scheme) for k in scheme.kpis_of(role.id)]
            self.role_boxes[role.id] = widgets.VBox(cards)
            add = widgets.Button(icon="plus")
            add.add_class("kpiguide-add-kpi")
            add.add_class(f"kpiguide-add-{role.id}")
            add.on_click(lambda _b, role_id=role.id: self.add_kpi(role_id))
            self.add_buttons[role.id] = add
            self.role_titles[role.id] = widgets.HTML(f"<h4>{escape(role.name)}</h4>")
            section = widgets.VBox([self.role_titles[role.id], self.role_boxes[role.id], add])
            section.add_class(f"kpiguide-role-{role.id}")
            sections.append(section)
        self.panels = _panels(context, panels, DESIGNER_PANELS)
        context.listen(self.refresh)
        self.team_comments = widgets.HTML()
        self.team_comments.add_class("kpiguide-team-comments")
        self.submit = SubmitForReview(
            review_status(self.store, self.department), lang=self.lang, on_submit=self.submit_review
        )
        self.headings = {key: widgets.HTML() for key in ("edit", "panels", "comments", "submit")}
        self.widget = widgets.VBox(
            [
                header,
                self.messages,
                self.view,
                self.headings["edit"],
                *sections,
                self.headings["panels"],
                *(p.widget for p in self.panels),
                self.headings["comments"],
                self.team_comments,
                self.headings["submit"],
                self.submit,
            ]
        )
        self.widget.add_class("kpiguide-app")
        self.widget.add_class("kpiguide-designer")
        self.set_lang(self.lang)

    def _card(self, kpi: Kpi, version: int | None, scheme: Scheme) -> KpiCard:
        card = KpiCard(
            kpi,
            version,
            objectives=[(o.id, o.text) for o in scheme.objectives],
            lang=self.lang,
            on_save=self.save,
            on_reload=self.reload,
            editable=self.principal.can_edit(self.department),
        )
        self.cards[kpi.id] = card
        return card

    # -- actions (validation and authorisation live in kpiguide.design.collaboration) --------------------------
    def save(self, card: KpiCard, values: dict[str, Any]) -> None:
        try:
            kpi = kpi_from_form(values, base=card.kpi, scheme=self.store.load_scheme())
            version = self.context.save_kpi(kpi, expected_version=card.version)
        except KpiGuideError as exc:
            card.message.show_error(exc)
            return
        card.saved(kpi, version)
        card.message.show("ok", t("ui.saved", self.lang))
        self.refresh()

    def reload(self, card: KpiCard) -> None:
        try:
            stored = self.store.get("kpi", card.kpi.id)
        except KeyError:
            card.message.show("warning", t("ui.kpi.gone", self.lang))
            return
        card.saved(stored.value, stored.version)
        card.message.show("info", t("ui.reloaded", self.lang))

    def add_kpi(self, role_id: str) -> KpiCard:
        scheme = self.store.load_scheme()
        draft = draft_kpi(scheme, role_id, self._free_id(scheme, role_id))
        card = self._card(draft, None, scheme)
        box = self.role_boxes[role_id]
        box.children = (*box.children, card)
        return card

    def _free_id(self, scheme: Scheme, role_id: str) -> str:
        # Drafts not saved yet also hold an id.
        taken = Scheme(scheme.organization, roles=scheme.roles, kpis=scheme.kpis)
        kpi_id = new_kpi_id(taken, role_id)
        while kpi_id in self.cards:
            taken = taken.with_kpi(self.cards[kpi_id].kpi)
            kpi_id = new_kpi_id(taken, role_id)
        return kpi_id

    def submit_review(self, note: str) -> None:
        try:
            submit_for_review(self.store, self.principal, self.department, note)
        except KpiGuideError as exc:
            self.submit.message.show_error(exc)
            return
        self.submit.show_status(review_status(self.store, self.department))
        self.submit.message.show("ok", t("ui.submit.done", self.lang))

    def refresh(self) -> None:
        """Show the stored state everywhere: overview, KPI cards, panels, comments (after any save)."""
        scheme = self.store.load_scheme()
        self.view.show(scheme)
        self._sync_cards(scheme)
        for panel in self.panels:
            panel.refresh(scheme)
        self._render_comments(scheme)

    def _sync_cards(self, scheme: Scheme) -> None:
        """Add cards for KPIs saved elsewhere (a suggestion, another head), update untouched cards, drop deleted ones.

        A card with unsaved typing is left alone: its save will meet the conflict check.
        """
        versions = self.store.versions("kpi")
        for role_id, box in self.role_boxes.items():
            stored = scheme.kpis_of(role_id)
            children = list(box.children)
            for kpi in stored:
                card = self.cards.get(kpi.id)
                if card is None:
                    children.append(self._card(kpi, versions.get(kpi.id), scheme))
                elif card.version != versions.get(kpi.id) and card.value == KpiCard._values_of(card.kpi):
                    card.saved(kpi, versions[kpi.id])
            ids = {k.id for k in stored}
            keep = []
            for card in children:
                if card.version is not None and card.kpi.id not in ids and card.value == KpiCard._values_of(card.kpi):
                    self.cards.pop(card.kpi.id, None)
                    continue
                keep.append(card)
            if keep != list(box.children):
                box.children = keep

    # -- language --------------------------------------------------------------------------------
    def set_lang(self, lang: str) -> None:
        self.lang = self.context.lang = lang
        scheme = self.store.load_scheme()
        dept = scheme.department(self.department)
        self.title.value = f"<h2>{escape(t('ui.designer.title', lang))} · {escape(dept.name)}</h2>"
        for key, widget in self.headings.items():
            widget.value = f"<h3>{escape(t(f'ui.designer.{key}', lang))}</h3>"
        for button in self.add_buttons.values():
            button.description = t("ui.kpi.add", lang)
        components: list[Any] = [self.messages, self.view, *self.cards.values(), *self.panels, self.submit]
        for component in components:
            component.set_lang(lang)
        self._render_comments(scheme)

    def _render_comments(self, scheme: Scheme) -> None:
        items = comments(self.store, self.principal)
        names = {k.id: k.name for k in scheme.kpis}
        blocks = []
        for kpi_id in dict.fromkeys(c["kpi"] for c in items):
            own = [c for c in items if c["kpi"] == kpi_id]
            blocks.append(f"<b>{escape(names.get(kpi_id, kpi_id))}</b>{render_comments(own, self.lang)}")
        self.team_comments.value = "".join(blocks) or render_comments([], self.lang)


def kpi_designer(
    *, query_string: str | None = None, project: str | None = None, panels: Sequence[PanelFactory] | None = None
) -> widgets.Widget:
    """The KPI designer app for the department head named by the invite."""
    return _build("head", lambda ctx: DesignerApp(ctx, panels), query_string, project)


# -- leadership dashboard ------------------------------------------------------------------------


class DashboardApp:
    """Leadership's page: strategy coverage, departments, review status, employees' comments, panels."""

    def __init__(self, context: AppContext, panels: Sequence[PanelFactory] | None = None) -> None:
        self.context = context
        self.store = context.store
        self.lang = context.lang
        self.switch = LanguageSwitch(self.lang, on_change=self.set_lang)
        self.title, header = _header(self.switch)
        self.coverage = widgets.HTML()
        self.coverage.add_class("kpiguide-coverage")
        self.departments = widgets.HTML()
        self.departments.add_class("kpiguide-departments")
        self.feedback = widgets.HTML()
        self.feedback.add_class("kpiguide-feedback")
        self.panels = _panels(context, panels, DASHBOARD_PANELS)
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
            + _table(headers, rows, "kpiguide-coverage-table")
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
        return f"<h3>{escape(t('ui.dashboard.departments', lang))}</h3>" + _table(
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
    return _build("leadership", lambda ctx: DashboardApp(ctx, panels), query_string, project)


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
        self.title, header = _header(self.switch)
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
    return _build("employee", MyKpisApp, query_string, project)
