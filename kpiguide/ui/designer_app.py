"""The KPI designer app (department head): KPIs per role, suggestions, checks, targets, submit."""

from __future__ import annotations

from collections.abc import Sequence
from html import escape
from typing import Any

import ipywidgets as widgets

from kpiguide.core.errors import KpiGuideError
from kpiguide.core.i18n import t
from kpiguide.core.model import Kpi, Scheme
from kpiguide.design.collaboration import (
    comments,
    draft_kpi,
    kpi_from_form,
    new_kpi_id,
    review_status,
    submit_for_review,
)
from kpiguide.ui.app_shell import app_header, build_app, build_panels
from kpiguide.ui.comments import render_comments
from kpiguide.ui.context import AppContext
from kpiguide.ui.department_view import DepartmentView
from kpiguide.ui.kpi_card import KpiCard
from kpiguide.ui.language import LanguageSwitch
from kpiguide.ui.messages import MessagePanel
from kpiguide.ui.panels import DESIGNER_PANELS, PanelFactory
from kpiguide.ui.submit import SubmitForReview

__all__ = ["DesignerApp", "kpi_designer"]


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
        self.title, header = app_header(self.switch)
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
        self.panels = build_panels(context, panels, DESIGNER_PANELS)
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
    return build_app("head", lambda ctx: DesignerApp(ctx, panels), query_string, project)
