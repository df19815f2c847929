"""The KPI card editor: the fields of one KPI, a save button and a message line.

The card only shows values and reports them: pressing *save* calls
``on_save(card, values)`` with the typed values (untrusted text); the caller
validates and saves them (see :mod:`kpiguide.design.collaboration`) and tells the card the
outcome through :meth:`KpiCard.saved` or :attr:`KpiCard.message`.  ``slot`` is
an empty box under the fields where check panels (SMART verdict...) plug in.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from html import escape
from typing import Any

import ipywidgets as widgets
from ipywidgets.widgets.widget_description import DescriptionStyle
from ipywidgets.widgets.widget_string import TextStyle

from kpiguide.core.i18n import t
from kpiguide.core.model import Direction, Frequency, Kpi
from kpiguide.core.numbers import format_exact
from kpiguide.ui.messages import MessagePanel

__all__ = ["KpiCard"]

_TEXT_FIELDS = ("name", "weight", "target", "unit", "data_source", "scoring_rule")


class KpiCard(widgets.VBox):
    """Editor for one KPI.

    Parameters
    ----------
    kpi : Kpi
        The KPI as stored (or a new draft).
    version : int or None
        The stored version the edit is based on; ``None`` for a KPI not saved yet.
    objectives : sequence of (id, text)
        Strategic objectives the KPI may serve.
    on_save, on_reload : callable
        ``on_save(card, values)`` / ``on_reload(card)``, called on the buttons.
    editable : bool
        ``False`` shows the fields read-only without buttons.
    """

    def __init__(
        self,
        kpi: Kpi,
        version: int | None,
        *,
        objectives: Sequence[tuple[str, str]] = (),
        lang: str = "zh",
        on_save: Callable[[KpiCard, dict[str, Any]], None] | None = None,
        on_reload: Callable[[KpiCard], None] | None = None,
        editable: bool = True,
    ) -> None:
        self.kpi = kpi
        self.version = version
        self.lang = lang
        self._objectives = tuple(objectives)
        if kpi.objective and kpi.objective not in {i for i, _ in self._objectives}:
            self._objectives += ((kpi.objective, ""),)
        self._on_save = on_save
        self._on_reload = on_reload
        self.editable = editable
        layout = widgets.Layout(width="98%")
        # one layout and one style per kind for all fields (each is a widget model the page must carry)
        text, choice = TextStyle(description_width="9em"), DescriptionStyle(description_width="9em")
        self.fields: dict[str, widgets.Widget] = {
            name: widgets.Text(layout=layout, style=text, disabled=not editable) for name in _TEXT_FIELDS
        }
        self.fields["objective"] = widgets.Dropdown(layout=layout, style=choice, disabled=not editable)
        self.fields["direction"] = widgets.Dropdown(layout=layout, style=choice, disabled=not editable)
        self.fields["frequency"] = widgets.Dropdown(layout=layout, style=choice, disabled=not editable)
        for name, widget in self.fields.items():
            widget.add_class(f"kpiguide-field-{name}")
        self.title = widgets.HTML()
        self.message = MessagePanel(lang)
        self.save_button = widgets.Button(button_style="primary", icon="save", disabled=not editable)
        self.save_button.add_class("kpiguide-save")
        self.reload_button = widgets.Button(icon="refresh", disabled=not editable)
        self.reload_button.add_class("kpiguide-reload")
        self.save_button.on_click(lambda _b: self._save())
        self.reload_button.on_click(lambda _b: self._reload())
        self.slot = widgets.VBox()
        order = (
            "name",
            "objective",
            "weight",
            "target",
            "unit",
            "direction",
            "frequency",
            "data_source",
            "scoring_rule",
        )
        buttons = widgets.HBox([self.save_button, self.reload_button]) if editable else widgets.HBox()
        super().__init__(
            [self.title, *(self.fields[n] for n in order), self.slot, buttons, self.message],
            layout=widgets.Layout(border="1px solid #d0d5dd", padding="6px 10px", margin="6px 0"),
        )
        self.add_class("kpiguide-kpi-card")
        self.add_class(f"kpiguide-card-{kpi.id}")
        self.set_lang(lang)
        self.value = self._values_of(kpi)

    # -- value -----------------------------------------------------------------------------------
    @staticmethod
    def _values_of(kpi: Kpi) -> dict[str, Any]:
        return {
            "name": kpi.name,
            "objective": kpi.objective or "",
            "weight": format_exact(kpi.weight),
            "target": format_exact(kpi.target),
            "unit": kpi.unit,
            "direction": kpi.direction.value,
            "frequency": kpi.frequency.value,
            "data_source": kpi.data_source,
            "scoring_rule": kpi.scoring_rule,
        }

    @property
    def value(self) -> dict[str, Any]:
        """The values as typed (strings; ids for the dropdowns)."""
        return {name: widget.value for name, widget in self.fields.items()}

    @value.setter
    def value(self, values: dict[str, Any]) -> None:
        for name, value in values.items():
            self.fields[name].value = value

    def saved(self, kpi: Kpi, version: int) -> None:
        """Show ``kpi`` as the stored state at ``version`` (after a save or reload)."""
        self.kpi = kpi
        self.version = version
        self.value = self._values_of(kpi)
        self._render_title()

    def reload_from(self, store: Any, lang: str) -> None:
        """Show the stored KPI again (the card's Reload); says so when it was deleted meanwhile."""
        try:
            stored = store.get("kpi", self.kpi.id)
        except KeyError:
            self.message.show("warning", t("ui.kpi.gone", lang))
            return
        self.saved(stored.value, stored.version)
        self.message.show("info", t("ui.reloaded", lang))

    def set_editable(self, editable: bool) -> None:
        """Turn the fields and buttons on or off (off: an agreed, locked KPI; changes go through a request)."""
        self.editable = editable
        for widget in (*self.fields.values(), self.save_button, self.reload_button):
            widget.disabled = not editable

    # -- language --------------------------------------------------------------------------------
    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.message.set_lang(lang)
        current = self.value if hasattr(self, "_ready") else None
        for name, widget in self.fields.items():
            widget.description = t(f"ui.kpi.{name}", lang)
        self.fields["objective"].options = [
            (t("ui.kpi.no_objective", lang), ""),
            *((f"{i} {txt}", i) for i, txt in self._objectives),
        ]
        self.fields["direction"].options = [(t(f"ui.direction.{d.value}", lang), d.value) for d in Direction]
        self.fields["frequency"].options = [(t(f"frequency.label.{f.value}", lang), f.value) for f in Frequency]
        self.fields["target"].placeholder = t("ui.kpi.target_hint", lang)
        self.save_button.description = t("ui.save", lang)
        self.reload_button.description = t("ui.reload", lang)
        if current is not None:
            self.value = current
        self._ready = True
        self._render_title()

    def _render_title(self) -> None:
        new = "" if self.version is not None else f" · {t('ui.kpi.unsaved', self.lang)}"
        self.title.value = f"<b>{escape(self.kpi.id)}</b> {escape(self.kpi.name)}{escape(new)}"

    # -- actions ---------------------------------------------------------------------------------
    def _save(self) -> None:
        self.message.clear()
        if self._on_save is not None:
            self._on_save(self, self.value)

    def _reload(self) -> None:
        self.message.clear()
        if self._on_reload is not None:
            self._on_reload(self)
