"""KPI editor for the guided notebooks: the KPIs of one role as the designer app shows them.

The same compact table as the KPI designer app (:class:`~kpiguide.ui.kpi_table.KpiTable`: one row per
KPI with its check badge and the live weight total) and the same side panel
(:class:`~kpiguide.ui.kpi_table.KpiDrawer`) with a KPI's full form, a
:class:`~kpiguide.ui.kpi_card.KpiCard` whose slot holds a live
:class:`~kpiguide.ui.smart_panel.SmartVerdict`: the verdict and the row's badge follow what is typed,
and the suggested rewrite is one click away.  Unlike the app, the notebook editor reaches every role.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace
from html import escape
from typing import Any

import ipywidgets as widgets

from kpiguide.checks.kpi_review import analyze_kpi
from kpiguide.core.errors import KpiGuideError
from kpiguide.core.i18n import t
from kpiguide.core.model import Kpi, Scheme
from kpiguide.design.collaboration import draft_kpi, kpi_from_form
from kpiguide.design.next_step import badge_of
from kpiguide.design.weights import DEFAULT_PROFILE, ProfileRef
from kpiguide.ui.context import PanelHost
from kpiguide.ui.kpi_card import KpiCard
from kpiguide.ui.kpi_table import KpiDrawer, KpiRow, KpiTable, RowLook, table_with_drawer
from kpiguide.ui.messages import MessagePanel
from kpiguide.ui.smart_panel import SmartVerdict
from kpiguide.ui.subjects import role_of, subject_label

__all__ = ["KpiEditor", "kpi_editor"]

_LIVE_FIELDS = ("name", "objective", "target", "unit", "direction", "frequency")


class KpiEditor(widgets.VBox):
    """Choose a role; edit its KPIs in the KPI table (full form and live SMART verdict in the side panel); add a KPI.

    ``on_save(card, values)`` and ``on_reload(card)`` are the card actions;
    ``versions()`` gives stored KPI versions.
    """

    def __init__(
        self,
        scheme: Scheme,
        *,
        versions: Callable[[], dict[str, int]] | None = None,
        lang: str = "zh",
        on_save: Callable[[KpiCard, dict[str, Any]], None] | None = None,
        on_reload: Callable[[KpiCard], None] | None = None,
        analyze: Any = None,
        role: str | None = None,
        profile: ProfileRef = DEFAULT_PROFILE,
    ) -> None:
        self.lang = lang
        self.profile = profile
        self._scheme = scheme
        self._versions = versions or dict
        self._on_save = on_save
        self._on_reload = on_reload
        self._analyze = analyze
        self.cards: dict[str, KpiCard] = {}
        self._look = RowLook()  # one set of row layouts and styles for the whole editor
        self.verdicts: dict[str, SmartVerdict] = {}
        self.rows: dict[str, KpiRow] = {}
        self.table: KpiTable | None = None
        self.role = widgets.Dropdown(layout=widgets.Layout(width="70%"), style={"description_width": "9em"})
        self.table_box = widgets.VBox()
        self.drawer = KpiDrawer(lang=lang)
        self.drawer.on_close = self.drawer.hide
        self.message = MessagePanel(lang)
        super().__init__([self.role, self.message, table_with_drawer(self.table_box, self.drawer)])
        self.add_class("kpiguide-kpi-editor")
        self.role.description = t("uiw.kpis.role", lang)
        self._set_role_options()
        if role is not None:
            self.role.value = role
        self.role.observe(lambda _c: self._build_table(), names="value")
        self._build_table()

    # -- value -----------------------------------------------------------------------------------
    @property
    def value(self) -> Scheme:
        return self._scheme

    @value.setter
    def value(self, scheme: Scheme) -> None:
        self._scheme = scheme
        if self.table is not None:
            self.table.render_total()

    def refresh(self, scheme: Scheme) -> None:
        self.value = scheme

    @property
    def weights(self) -> widgets.HTML:
        """The live weight total of the shown role (the table's)."""
        return self.table.total if self.table is not None else widgets.HTML()

    @property
    def add_button(self) -> widgets.Button:
        return self.table.add_button if self.table is not None else widgets.Button(disabled=True)

    def _set_role_options(self) -> None:
        scheme = self._scheme
        options = []
        for role in scheme.roles:
            dept = next((d.name for d in scheme.departments if d.id == role.department), role.department)
            options.append((f"{dept} · {role.name} ({len(scheme.kpis_of(role.id))})", role.id))
        current = self.role.value
        self.role.options = options
        values = [v for _, v in options]
        self.role.value = current if current in values else (values[0] if values else None)

    def _build_table(self) -> None:
        self.cards.clear()
        self.verdicts.clear()
        self.rows.clear()
        self.drawer.hide()
        role_id = self.role.value
        if role_id is None:
            self.table = None
            self.table_box.children = [widgets.HTML(f"<p>{escape(t('uiw.kpis.no_roles', self.lang))}</p>")]
            return
        role = self._scheme.role(role_id)
        self.table = KpiTable(role.id, role.name, lang=self.lang, profile=self.profile,
                              on_add=self._add)  # fmt: skip
        versions = self._versions()
        self.table.set_rows([self._row(k, versions.get(k.id)) for k in self._scheme.kpis_of(role_id)])
        self.table_box.children = [self.table]

    def _row(self, kpi: Kpi, version: int | None) -> KpiRow:
        scheme = self._scheme
        card = KpiCard(
            kpi, version, objectives=[(o.id, o.text) for o in scheme.objectives], lang=self.lang,
            on_save=self._save, on_reload=self._on_reload,
        )  # fmt: skip

        def use_rewrite(text: str, c: KpiCard = card) -> None:
            c.fields["name"].value = text

        verdict = SmartVerdict(lang=self.lang, on_use_rewrite=use_rewrite)
        card.slot.children = [verdict]
        self.cards[kpi.id] = card
        self.verdicts[kpi.id] = verdict
        self.rows[kpi.id] = KpiRow(card, lang=self.lang, on_details=self.open_details, look=self._look)
        for name in _LIVE_FIELDS:
            card.fields[name].observe(lambda _c, c=card: self.check(c), names="value")
        self.check(card)
        return self.rows[kpi.id]

    def _save(self, card: KpiCard, values: dict[str, Any]) -> None:
        if self._on_save is not None:
            self._on_save(card, values)
        self.check(card)  # a saved row's badge replaces "unsaved"

    def check(self, card: KpiCard) -> None:
        """Re-run the SMART check on what is typed in ``card``: its verdict and its row's badge."""
        try:
            kpi = kpi_from_form(card.value, base=card.kpi, scheme=self._scheme)
        except KpiGuideError:
            kpi = replace(card.kpi, name=str(card.value.get("name") or ""))
        result = analyze_kpi(self._scheme, kpi, self.lang, analyze=self._analyze)
        self.verdicts[card.kpi.id].value = result
        row = self.rows.get(card.kpi.id)
        if row is not None:
            row.show_badge(badge_of(result, self.lang))

    def open_details(self, card: KpiCard) -> None:
        """The full form of ``card``'s KPI, with its live SMART verdict, in the side panel."""
        self.drawer.lang = self.lang
        self.drawer.show_card(card)

    def show_subject(self, subject: str) -> None:
        """Open the role of a finding's subject (``departments/d/roles/r/...``)."""
        role = role_of(subject)
        if role in {v for _, v in self.role.options}:
            self.role.value = role
            self.message.show("info", t("uiw.kpis.focused", self.lang, role=subject_label(self._scheme, subject)))

    def _add(self, _role: str) -> None:
        self.add_kpi()

    def add_kpi(self) -> KpiCard:
        """A new, unsaved row for the chosen role, its form open in the side panel."""
        scheme = self._scheme
        for card in self.cards.values():
            scheme = scheme.with_kpi(card.kpi)
        row = self._row(draft_kpi(scheme, self.role.value), None)
        if self.table is not None:
            self.table.set_rows([*self.table.rows, row])
        self.open_details(row.card)
        return row.card

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.message.set_lang(lang)
        self.role.description = t("uiw.kpis.role", lang)
        for kpi_id, card in self.cards.items():
            card.set_lang(lang)
            self.verdicts[kpi_id].set_lang(lang)
        if self.table is not None:
            self.table.set_lang(lang)  # the rows too
        for card in self.cards.values():
            self.check(card)
        if self.drawer.card is not None:
            self.open_details(self.drawer.card)


def kpi_editor(host: PanelHost, role: str | None = None) -> KpiEditor:
    """The KPI card editor wired to the host's project (validated, access-checked, versioned, audited saves)."""

    def save(card: KpiCard, values: dict[str, Any]) -> None:
        def action() -> tuple[Kpi, int]:
            kpi = kpi_from_form(values, base=card.kpi, scheme=host.scheme())
            return kpi, host.save_kpi(kpi, expected_version=card.version)

        saved = host.run(action, card.message, "uiw.saved")
        if saved is not None:
            card.saved(*saved)

    def reload(card: KpiCard) -> None:
        card.reload_from(host.store, host.lang)

    return KpiEditor(
        host.scheme(), versions=lambda: host.store.versions("kpi"), lang=host.lang, on_save=save, on_reload=reload,
        role=role, profile=host.profile,
    )  # fmt: skip
