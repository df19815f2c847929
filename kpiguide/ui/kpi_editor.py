"""KPI card editor for the notebooks: the KPI cards of one role, each with a live SMART verdict.

Composes :class:`~kpiguide.ui.kpi_card.KpiCard` (the fields and save/reload
buttons) with :class:`~kpiguide.ui.smart_panel.SmartVerdict` in the card's slot:
the verdict follows what is typed, and the suggested rewrite is one click away.
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
from kpiguide.core.numbers import format_number
from kpiguide.design.collaboration import draft_kpi, kpi_from_form
from kpiguide.design.weights import DEFAULT_PROFILE, ProfileRef, role_weights
from kpiguide.ui.context import PanelHost
from kpiguide.ui.kpi_card import KpiCard
from kpiguide.ui.messages import MessagePanel
from kpiguide.ui.smart_panel import SmartVerdict
from kpiguide.ui.subjects import role_of, subject_label

__all__ = ["KpiEditor", "kpi_editor"]

_LIVE_FIELDS = ("name", "objective", "target", "unit", "direction", "frequency")


class KpiEditor(widgets.VBox):
    """Choose a role; edit its KPIs on cards with live SMART verdicts; add a KPI.

    ``on_save(card, values)`` and ``on_reload(card)`` are the card actions;
    ``versions()`` gives stored KPI versions; ``new_kpi(scheme, role)`` makes a draft.
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
        self.verdicts: dict[str, SmartVerdict] = {}
        self.role = widgets.Dropdown(layout=widgets.Layout(width="70%"), style={"description_width": "9em"})
        self.weights = widgets.HTML()
        self.weights.add_class("kpiguide-weight-total")
        self.cards_box = widgets.VBox()
        self.add_button = widgets.Button(icon="plus")
        self.add_button.add_class("kpiguide-add-kpi")
        self.add_button.on_click(lambda _b: self.add_kpi())
        self.message = MessagePanel(lang)
        super().__init__([self.role, self.message, self.weights, self.cards_box, self.add_button])
        self.add_class("kpiguide-kpi-editor")
        self._set_role_options()
        if role is not None:
            self.role.value = role
        self.role.observe(lambda _c: self._build_cards(), names="value")
        self.set_lang(lang)
        self._build_cards()

    # -- value -----------------------------------------------------------------------------------
    @property
    def value(self) -> Scheme:
        return self._scheme

    @value.setter
    def value(self, scheme: Scheme) -> None:
        self._scheme = scheme
        self._render_weights()

    def refresh(self, scheme: Scheme) -> None:
        self.value = scheme

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

    def _build_cards(self) -> None:
        self.cards.clear()
        self.verdicts.clear()
        role = self.role.value
        if role is None:
            self.cards_box.children = [widgets.HTML(f"<p>{escape(t('uiw.kpis.no_roles', self.lang))}</p>")]
            self.add_button.disabled = True
            self._render_weights()
            return
        self.add_button.disabled = False
        versions = self._versions()
        self.cards_box.children = [self._card(k, versions.get(k.id)) for k in self._scheme.kpis_of(role)]
        self._render_weights()

    def _card(self, kpi: Kpi, version: int | None) -> KpiCard:
        scheme = self._scheme
        card = KpiCard(
            kpi, version, objectives=[(o.id, o.text) for o in scheme.objectives], lang=self.lang,
            on_save=self._on_save, on_reload=self._on_reload,
        )  # fmt: skip

        def use_rewrite(text: str, c: KpiCard = card) -> None:
            c.fields["name"].value = text

        verdict = SmartVerdict(lang=self.lang, on_use_rewrite=use_rewrite)
        card.slot.children = [verdict]
        self.cards[kpi.id] = card
        self.verdicts[kpi.id] = verdict
        for name in _LIVE_FIELDS:
            card.fields[name].observe(lambda _c, c=card: self.check(c), names="value")
        self.check(card)
        return card

    def check(self, card: KpiCard) -> None:
        """Re-run the SMART check on what is typed in ``card``."""
        try:
            kpi = kpi_from_form(card.value, base=card.kpi, scheme=self._scheme)
        except KpiGuideError:
            kpi = replace(card.kpi, name=str(card.value.get("name") or ""))
        self.verdicts[card.kpi.id].value = analyze_kpi(self._scheme, kpi, self.lang, analyze=self._analyze)

    def show_subject(self, subject: str) -> None:
        """Open the role of a finding's subject (``departments/d/roles/r/...``)."""
        role = role_of(subject)
        if role in {v for _, v in self.role.options}:
            self.role.value = role
            self.message.show("info", t("uiw.kpis.focused", self.lang, role=subject_label(self._scheme, subject)))

    def add_kpi(self) -> KpiCard:
        """A new, unsaved card for the chosen role."""
        role_id = self.role.value
        scheme = self._scheme
        for card in self.cards.values():
            scheme = scheme.with_kpi(card.kpi)
        card = self._card(draft_kpi(scheme, role_id), None)
        self.cards_box.children = (*self.cards_box.children, card)
        return card

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.message.set_lang(lang)
        self.role.description = t("uiw.kpis.role", lang)
        self.add_button.description = t("ui.kpi.add", lang)
        for kpi_id, card in self.cards.items():
            card.set_lang(lang)
            self.verdicts[kpi_id].set_lang(lang)
            self.check(card)
        self._render_weights()

    def _render_weights(self) -> None:
        role = self.role.value
        if role is None:
            self.weights.value = ""
            return
        weights = next((w for w in role_weights(self._scheme, None, self.profile) if w.role == role), None)
        if weights is None:
            self.weights.value = ""
            return
        colour = "#054f31" if weights.ok else "#b42318"
        text = t(
            "uiw.kpis.weights", self.lang, total=format_number(weights.total), expected=format_number(weights.expected)
        )
        self.weights.value = f"<span style='color:{colour}' data-ok='{weights.ok}'>{escape(text)}</span>"


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
