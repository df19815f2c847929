"""The KPI designer app (department head): one role at a time, a tab per task, a "what to do next" line.

Layout: the title bar; the next step (from :func:`kpiguide.design.next_step.next_step`, following
the department's cycle stage for the period); a role chooser; tabs KPIs · suggestions · checks ·
targets · submit · team.  The KPI tab is a compact table per role (:class:`~kpiguide.ui.kpi_table.KpiTable`)
with the full form of a KPI in a side panel; once agreed, a KPI is read-only and the side panel
offers a change request instead.  Every tab but the first is built when it is first opened.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from typing import Any

import ipywidgets as widgets

from kpiguide.core.errors import KpiGuideError
from kpiguide.core.i18n import t
from kpiguide.core.model import Kpi, Scheme
from kpiguide.design import changes, cycle
from kpiguide.design.collaboration import comments, draft_kpi, kpi_from_form, new_kpi_id
from kpiguide.design.next_step import kpi_badge, next_step
from kpiguide.ui.app_shell import app_header, build_app
from kpiguide.ui.background import BackgroundTask
from kpiguide.ui.change_request import ChangeRequestForm
from kpiguide.ui.comments import render_comments
from kpiguide.ui.context import AppContext, run_action
from kpiguide.ui.department_view import DepartmentView
from kpiguide.ui.kpi_card import KpiCard
from kpiguide.ui.kpi_table import KpiDrawer, KpiRow, KpiTable, RowLook, table_with_drawer
from kpiguide.ui.language import LanguageSwitch
from kpiguide.ui.messages import MessagePanel
from kpiguide.ui.panels import DESIGNER_PANELS, Panel, PanelFactory, load_panels
from kpiguide.ui.submit import SubmitForReview
from kpiguide.ui.team_view import TeamView

__all__ = ["TABS", "DesignerApp", "kpi_designer"]

TABS = ("kpis", "suggestions", "checks", "targets", "submit", "team")
# which tab shows a panel, by the panel factory's module (others go to "checks")
_PANEL_TABS = {"kpiguide.ui.suggestion_picker": "suggestions", "kpiguide.ui.achievability_panel": "targets"}
_TONES = {"action": "#fffaeb;border-left:4px solid #f79009", "wait": "#eff8ff;border-left:4px solid #2e90fa",
          "done": "#ecfdf3;border-left:4px solid #12b76a"}  # fmt: skip


class DesignerApp:
    """The department head's page (see the module docstring)."""

    def __init__(
        self, context: AppContext, panels: Sequence[PanelFactory] | None = None, *, analyze: Any = None
    ) -> None:
        self.context = context
        self.store = context.store
        self.principal = context.principal
        self.department = context.principal.department or ""
        self.lang = context.lang
        self.principal.require_read(self.department)
        self.period = cycle.default_period(self.store)
        self._analyze = analyze
        scheme = self.store.load_scheme()
        self.switch = LanguageSwitch(self.lang, on_change=self.set_lang)
        self.title, header = app_header(self.switch)
        self.messages = MessagePanel(self.lang)
        self.next_line = widgets.HTML()
        self.next_line.add_class("kpiguide-next-step")
        self.cards: dict[str, KpiCard] = {}
        self._look = RowLook()  # one set of row layouts and styles for the whole page
        self.rows: dict[str, KpiRow] = {}
        self.tables: dict[str, KpiTable] = {}
        self.locked: dict[str, list[Any]] = {}
        self.review: dict[str, Any] = {}
        roles = scheme.roles_of(self.department)
        for role in roles:
            self.tables[role.id] = KpiTable(role.id, role.name, lang=self.lang, profile=context.profile,
                                            on_add=lambda role_id: self.open_drawer(self.add_kpi(role_id)))  # fmt: skip
            self.tables[role.id].set_rows([self._row(k, scheme) for k in scheme.kpis_of(role.id)])
        self.role = widgets.ToggleButtons(options=[(r.name, r.id) for r in roles], style={"button_width": "auto"})
        self.role.add_class("kpiguide-role-chooser")
        self.role.observe(lambda _c: self.show_role(), names="value")
        self.table_box = widgets.VBox()
        self.badges = BackgroundTask(threaded=context.threaded)
        self.drawer = KpiDrawer(lang=self.lang)
        self.drawer.on_close = self.close_drawer
        self.drawer_kpi: str | None = None
        self.change_form: ChangeRequestForm | None = None
        kpis_tab = widgets.VBox([table_with_drawer(self.table_box, self.drawer), self.badges])
        self.view = DepartmentView(scheme, self.department, self.lang)
        self.team_comments = widgets.HTML()
        self.team_comments.add_class("kpiguide-team-comments")
        self.submit = SubmitForReview(cycle.review_state(self.store, self.department, self.period), lang=self.lang,
                                      on_submit=self.submit_review)  # fmt: skip
        self.submit_stage = widgets.HTML()
        self.team: TeamView | None = None
        self._factories = list(load_panels(DESIGNER_PANELS) if panels is None else panels)
        self.panels: list[Panel] = []
        self._built: set[str] = {"kpis"}
        self.tab_boxes = {name: widgets.VBox() for name in TABS}
        self.tab_boxes["kpis"].children = [kpis_tab]
        self.tabs = widgets.Tab(children=[self.tab_boxes[name] for name in TABS])
        self.tabs.add_class("kpiguide-designer-tabs")
        self.tabs.observe(lambda _c: self.open_tab(TABS[self.tabs.selected_index or 0]), names="selected_index")
        context.listen(self.refresh)
        self.widget = widgets.VBox([header, self.next_line, self.messages, self.role, self.tabs])
        self.widget.add_class("kpiguide-app")
        self.widget.add_class("kpiguide-designer")
        self._load_cycle(scheme)
        self.set_lang(self.lang)
        self.show_role()
        self._ready = True

    @property
    def role_boxes(self) -> dict[str, widgets.VBox]:
        """The box of KPI rows of each role."""
        return {role_id: table.rows_box for role_id, table in self.tables.items()}

    # -- building ----------------------------------------------------------------------------------
    def _row(self, kpi: Kpi, scheme: Scheme, version: int | None = -1) -> KpiRow:
        if version == -1:
            version = self.store.get("kpi", kpi.id).version
        card = KpiCard(kpi, version, objectives=[(o.id, o.text) for o in scheme.objectives], lang=self.lang,
                       on_save=self.save, on_reload=self.reload, editable=self.principal.can_edit(self.department))  # fmt: skip
        self.cards[kpi.id] = card
        row = KpiRow(card, lang=self.lang, on_details=self.open_drawer, look=self._look)
        self.rows[kpi.id] = row
        return row

    def open_tab(self, name: str) -> None:
        """Show tab ``name``, building its content the first time (suggestion index, achievability are heavy)."""
        index = TABS.index(name)
        if self.tabs.selected_index != index:
            self.tabs.selected_index = index  # observed: comes back here
            return
        if name in self._built:
            return
        self._built.add(name)
        box = self.tab_boxes[name]
        box.children = [widgets.HTML(escape(t("uid.loading", self.lang)))]
        if name == "submit":
            box.children = [self.submit_stage, self.submit, self.view]
        elif name == "team":
            self.team = TeamView(self.context, self.department, self.period, self.role.value)
            heading = widgets.HTML(f"<h4>{escape(t('uid.team.comments', self.lang))}</h4>")
            box.children = [self.team, heading, self.team_comments]
        else:
            built = [factory(self.context) for factory in self._factories if self._tab_of(factory) == name]
            self.panels.extend(built)
            self._follow_role(built)
            box.children = [p.widget for p in built]

    @staticmethod
    def _tab_of(factory: Callable[..., Any]) -> str:
        return _PANEL_TABS.get(getattr(factory, "__module__", ""), "checks")

    # -- the role and its table --------------------------------------------------------------------
    def show_role(self, role_id: str | None = None) -> None:
        """Show the KPI table of ``role_id`` (default: the chosen role) and check its rows."""
        if role_id is not None and role_id != self.role.value:
            self.role.value = role_id  # observed: comes back here
            return
        table = self.tables.get(self.role.value)
        self.table_box.children = (
            [table] if table is not None else [widgets.HTML(escape(t("ui.dept.no_kpis", self.lang)))]
        )
        self._follow_role(self.panels)
        if self.team is not None:
            self.team.show_role(self.role.value)
        self.check_rows()

    def _follow_role(self, panels: Sequence[Panel]) -> None:
        for panel in panels:  # a panel with its own role chooser (suggestions) follows the designer's
            chooser = getattr(panel, "role", None)
            if isinstance(chooser, widgets.Dropdown) and self.role.value in {v for _, v in chooser.options}:
                chooser.value = self.role.value

    def check_rows(self) -> None:
        """Badges of the shown role's saved rows, computed off the UI thread."""
        table = self.tables.get(self.role.value)
        if table is None:
            return
        rows = [r for r in table.rows if r.card.version is not None]
        scheme, lang = self.store.load_scheme(), self.lang

        def work(progress: Callable[[int, int], None]) -> list[tuple[KpiRow, Any]]:
            out = []
            for i, row in enumerate(rows):
                out.append((row, kpi_badge(scheme, row.card.kpi, lang, analyze=self._analyze)))
                progress(i + 1, len(rows))
            return out

        def done(results: list[tuple[KpiRow, Any]]) -> None:
            for row, badge in results:
                row.show_badge(badge)
            self.badges.layout.display = "none"  # an idle progress bar would keep an empty line

        self.badges.layout.display = ""
        self.badges.start(work, done, self.messages.show_error, label=t("uid.badge.pending", lang))

    # -- the side panel ----------------------------------------------------------------------------
    def open_drawer(self, card: KpiCard) -> None:
        """Show the full form of ``card``'s KPI; a locked KPI shows the change-request form instead of editing."""
        kpi_id = card.kpi.id
        self.drawer_kpi = kpi_id
        lang = self.drawer.lang = self.lang
        parts: list[widgets.Widget] = []
        comment = self.review.get("kpi_comments", {}).get(kpi_id)
        if comment:
            note = widgets.HTML(f"<div class='kpiguide-drawer-comment' style='background:#fffaeb;padding:4px 8px'>"
                                f"{escape(t('uid.row.comment', lang, text=comment))}</div>")  # fmt: skip
            parts.append(note)
        row = self.rows.get(kpi_id)
        if row is not None and row.badge is not None and row.badge.messages:
            parts.append(widgets.HTML("<ul style='margin:2px 0'>" + "".join(
                f"<li>{escape(m)}</li>" for m in row.badge.messages) + "</ul>"))  # fmt: skip
        if kpi_id in self.locked:
            periods = ", ".join(str(p) for p in self.locked[kpi_id])
            parts.insert(
                0,
                widgets.HTML(
                    f"<p class='kpiguide-locked-note'>{escape(t('uid.locked.note', lang, periods=periods))}</p>"
                ),
            )
            self.change_form = ChangeRequestForm(lang=lang, on_submit=self.request_change)
            self.change_form.show_history(changes.changes(self.store, kpi=kpi_id))
        else:
            self.change_form = None
        self.drawer.show_card(card, notes=parts, below=[self.change_form] if self.change_form is not None else [])

    def close_drawer(self) -> None:
        self.drawer_kpi = None
        self.change_form = None
        self.drawer.hide()

    # -- actions (validation, authorisation and stages live in kpiguide.design) ---------------------
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
        card.reload_from(self.store, self.lang)

    def add_kpi(self, role_id: str) -> KpiCard:
        """A new, unsaved row (and card) for ``role_id``."""
        scheme = self.store.load_scheme()
        draft = draft_kpi(scheme, role_id, self._free_id(scheme, role_id))
        row = self._row(draft, scheme, None)
        table = self.tables[role_id]
        table.set_rows([*table.rows, row])
        return row.card

    def _free_id(self, scheme: Scheme, role_id: str) -> str:
        # Drafts not saved yet also hold an id.
        taken = Scheme(scheme.organization, roles=scheme.roles, kpis=scheme.kpis)
        kpi_id = new_kpi_id(taken, role_id)
        while kpi_id in self.cards:
            taken = taken.with_kpi(self.cards[kpi_id].kpi)
            kpi_id = new_kpi_id(taken, role_id)
        return kpi_id

    def submit_review(self, note: str) -> None:
        ok, _ = run_action(lambda: cycle.submit(self.store, self.principal, self.department, self.period, note),
                           self.submit.message, self.lang, "ui.submit.done")  # fmt: skip
        if ok:
            self.submit.show_status(cycle.review_state(self.store, self.department, self.period))
            self._load_cycle(self.store.load_scheme())

    def request_change(self, field: str, value: Any, effective: str, reason: str) -> None:
        form, kpi_id = self.change_form, self.drawer_kpi
        if form is None or kpi_id is None:
            return
        ok, change_id = run_action(
            lambda: changes.propose_change(self.store, self.principal, kpi_id, field=field, value=value,
                                           effective=effective, reason=reason),
            form.message, self.lang,
        )  # fmt: skip
        if ok:
            form.message.show("ok", t("uid.change.done", self.lang, id=change_id))
            form.show_history(changes.changes(self.store, kpi=kpi_id))

    # -- state -------------------------------------------------------------------------------------
    def refresh(self) -> None:
        """Show the stored state everywhere: rows, badges, stage, built panels, comments (after any save)."""
        scheme = self.store.load_scheme()
        self.view.show(scheme)
        self._sync_rows(scheme)
        for panel in self.panels:
            panel.refresh(scheme)
        if self.team is not None:
            self.team.refresh()
        self._load_cycle(scheme)
        self.check_rows()

    def _load_cycle(self, scheme: Scheme) -> None:
        """The stage, the reviewer's comments on rows, the locks and the next step."""
        self.review = cycle.department_stage(self.store, scheme, self.department, self.period)
        self.locked = cycle.locked_kpis(self.store)
        for kpi_id, row in self.rows.items():
            row.show_comment(self.review["kpi_comments"].get(kpi_id, "") if self.review["stage"] == "returned" else "")
            row.set_lock(kpi_id in self.locked)
        self._render_state(scheme)

    def _render_state(self, scheme: Scheme) -> None:
        lang = self.lang
        step = next_step(self.store, self.department, self.period, profile=self.context.profile)
        stage = t("uid.stage", lang, period=str(self.period), stage=t(f"cycle.stage.{step.stage}", lang))
        self.next_line.value = (
            f"<div data-stage='{escape(step.stage)}' style='background:{_TONES[step.tone]};padding:6px 12px;"
            f"margin:4px 0'><b>{escape(step.text(lang))}</b> <span style='color:#475467'>· {escape(stage)}</span></div>"
        )
        review_comment = self.review.get("comment") if self.review["stage"] == "returned" else ""
        self.submit_stage.value = escape(t("uid.submit.stage", lang, stage=t(f"cycle.stage.{step.stage}", lang))) + (
            f"<br>{escape(t('uid.submit.review_comment', lang, comment=review_comment))}" if review_comment else ""
        )
        self.submit.button.disabled = not self.principal.can_edit(self.department) or step.stage in (
            "agreed", "in_progress", "closed",
        )  # fmt: skip
        self._render_comments(scheme)

    def _sync_rows(self, scheme: Scheme) -> None:
        """Add rows for KPIs saved elsewhere (a suggestion, another head), update untouched ones, drop deleted ones.

        A row with unsaved typing is left alone: its save will meet the conflict check.
        """
        versions = self.store.versions("kpi")
        for role_id, table in self.tables.items():
            stored = scheme.kpis_of(role_id)
            rows = list(table.rows)
            for kpi in stored:
                card = self.cards.get(kpi.id)
                if card is None:
                    rows.append(self._row(kpi, scheme, versions.get(kpi.id)))
                elif card.version != versions.get(kpi.id) and card.value == KpiCard._values_of(card.kpi):
                    card.saved(kpi, versions[kpi.id])
            ids = {k.id for k in stored}
            keep = []
            for row in rows:
                card = row.card
                if card.version is not None and card.kpi.id not in ids and card.value == KpiCard._values_of(card.kpi):
                    self.cards.pop(card.kpi.id, None)
                    self.rows.pop(card.kpi.id, None)
                    continue
                keep.append(row)
            if keep != table.rows:
                table.set_rows(keep)
            else:
                table.render_total()

    # -- language ----------------------------------------------------------------------------------
    def set_lang(self, lang: str) -> None:
        self.lang = self.context.lang = lang
        scheme = self.store.load_scheme()
        dept = scheme.department(self.department)
        self.title.value = f"<h2>{escape(t('ui.designer.title', lang))} · {escape(dept.name)}</h2>"
        self.role.description = ""
        for i, name in enumerate(TABS):
            self.tabs.set_title(i, t(f"uid.tab.{name}", lang))
        components: list[Any] = [self.messages, self.view, *self.cards.values(), *self.rows.values(),
                                 *self.tables.values(), *self.panels, self.submit]  # fmt: skip
        if self.team is not None:
            components.append(self.team)
        for component in components:
            component.set_lang(lang)
        if self.drawer_kpi is not None and self.drawer_kpi in self.cards:
            self.open_drawer(self.cards[self.drawer_kpi])
        self._render_state(scheme)
        if getattr(self, "_ready", False):
            self.check_rows()  # the badges' texts are in the page's language

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
