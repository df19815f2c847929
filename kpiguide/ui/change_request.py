"""The "request a change" form of an agreed KPI: what changes (target, weight or a definition field), reason, date.

It replaces editing once a KPI is locked; :func:`kpiguide.design.changes.propose_change` validates
and records the request, leadership decides it in the dashboard or with ``kpiguide change``.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from html import escape
from typing import Any

import ipywidgets as widgets

from kpiguide.core.i18n import t
from kpiguide.core.numbers import format_number
from kpiguide.design.changes import CHANGE_FIELDS, DEFINITION_FIELDS
from kpiguide.ui.messages import MessagePanel

__all__ = ["ChangeRequestForm", "render_changes"]


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return "; ".join(f"{k}={v}" for k, v in value.items())
    if isinstance(value, int | float):
        return format_number(value)
    return str(value)


def render_changes(items: Sequence[dict[str, Any]], lang: str) -> str:
    """The change requests of one KPI, newest last."""
    if not items:
        return ""
    rows = []
    for c in items:
        old, new = c.get("old"), c.get("new")
        if c["field"] == "definition" and isinstance(old, dict) and isinstance(new, dict):
            old = {k: v for k, v in old.items() if new.get(k) != v}
            new = {k: v for k, v in new.items() if k in old}
        text = t("uid.change.row", lang, field=t(f"uid.change.field.{c['field']}", lang), old=_shown(old),
                 new=_shown(new), effective=c["effective"], status=t(f"uid.change.status.{c['status']}", lang),
                 reason=c["reason"])  # fmt: skip
        rows.append(f"<li data-change='{escape(c['id'])}'>{escape(text)}</li>")
    return f"<b>{escape(t('uid.change.list', lang))}</b><ul>{''.join(rows)}</ul>"


class ChangeRequestForm(widgets.VBox):
    """Calls ``on_submit(field, value, effective, reason)``; ``value`` is a dict for a definition change."""

    def __init__(
        self,
        *,
        lang: str = "zh",
        on_submit: Callable[[str, Any, str, str], None] | None = None,
        today: dt.date | None = None,
    ) -> None:
        self.lang = lang
        self._on_submit = on_submit
        style = {"description_width": "7em"}
        wide = widgets.Layout(width="96%")
        self.heading = widgets.HTML()
        self.field = widgets.Dropdown(style=style)
        self.field.add_class("kpiguide-change-field")
        self.definition_field = widgets.Dropdown(options=list(DEFINITION_FIELDS), style=style)
        self.definition_field.add_class("kpiguide-change-definition-field")
        self.new_value = widgets.Text(style=style, layout=wide)
        self.new_value.add_class("kpiguide-change-value")
        self.effective = widgets.Text(value=str(today or dt.date.today()), style=style)
        self.effective.add_class("kpiguide-change-effective")
        self.reason = widgets.Textarea(style=style, layout=widgets.Layout(width="96%", height="4em"))
        self.reason.add_class("kpiguide-change-reason")
        self.button = widgets.Button(button_style="warning", icon="exchange", layout=widgets.Layout(width="auto"))
        self.button.add_class("kpiguide-change-submit")
        self.button.on_click(lambda _b: self._submit())
        self.message = MessagePanel(lang)
        self.history = widgets.HTML()
        self.history.add_class("kpiguide-change-history")
        self.field.observe(lambda _c: self._show_definition(), names="value")
        super().__init__(
            [self.heading, self.field, self.definition_field, self.new_value, self.effective, self.reason, self.button,
             self.message, self.history],
            layout=widgets.Layout(border="1px solid #fec84b", padding="6px 10px", margin="6px 0"),
        )  # fmt: skip
        self.add_class("kpiguide-change-form")
        self.set_lang(lang)

    @property
    def value(self) -> tuple[str, Any, str, str]:
        field = self.field.value
        value: Any = (
            {self.definition_field.value: self.new_value.value} if field == "definition" else self.new_value.value
        )
        return field, value, self.effective.value, self.reason.value

    def show_history(self, items: Sequence[dict[str, Any]]) -> None:
        self._items = list(items)
        self.history.value = render_changes(self._items, self.lang)

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.message.set_lang(lang)
        self.heading.value = f"<b>{escape(t('uid.change.title', lang))}</b>"
        kept = self.field.value
        self.field.options = [(t(f"uid.change.field.{f}", lang), f) for f in CHANGE_FIELDS]
        self.field.value = kept if kept in CHANGE_FIELDS else CHANGE_FIELDS[0]
        kept_def = self.definition_field.value
        self.definition_field.options = [(t(f"uid.def.{f}", lang), f) for f in DEFINITION_FIELDS]
        self.definition_field.value = kept_def if kept_def in DEFINITION_FIELDS else DEFINITION_FIELDS[0]
        labels = {self.field: "field", self.definition_field: "definition_field", self.new_value: "value",
                  self.effective: "effective", self.reason: "reason"}  # fmt: skip
        for widget, key in labels.items():
            widget.description = t(f"uid.change.{key}", lang)
        self.effective.placeholder = t("uid.change.effective_hint", lang)
        self.button.description = t("uid.change.submit", lang)
        self.history.value = render_changes(getattr(self, "_items", []), lang)
        self._show_definition()

    def _show_definition(self) -> None:
        self.definition_field.layout.display = "" if self.field.value == "definition" else "none"

    def _submit(self) -> None:
        self.message.clear()
        if self._on_submit is not None:
            self._on_submit(*self.value)
