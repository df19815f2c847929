"""The 中文 / English switch that every component follows."""

from __future__ import annotations

from collections.abc import Callable

import ipywidgets as widgets

from kpiguide.core.i18n import Lang, normalize_lang, t

__all__ = ["LanguageSwitch"]


class LanguageSwitch(widgets.ToggleButtons):
    """Two buttons, 中文 and English; ``value`` is ``"zh"`` or ``"en"``.

    ``on_change(lang)`` callbacks run after the value changed; :meth:`follow`
    registers components that have a ``set_lang(lang)`` method.
    """

    def __init__(self, value: str = "zh", on_change: Callable[[Lang], None] | None = None) -> None:
        super().__init__(
            options=[(t("ui.language.name", code), code) for code in ("zh", "en")], value=normalize_lang(value)
        )
        self.add_class("kpiguide-language")
        self.style.button_width = "6em"
        self._callbacks: list[Callable[[Lang], None]] = []
        if on_change is not None:
            self._callbacks.append(on_change)
        self.observe(self._changed, names="value")

    def on_change(self, callback: Callable[[Lang], None]) -> None:
        self._callbacks.append(callback)

    def follow(self, *components: object) -> None:
        """Make each component's ``set_lang`` follow this switch."""
        for component in components:
            self._callbacks.append(component.set_lang)  # type: ignore[attr-defined]

    def _changed(self, change: dict) -> None:
        for callback in list(self._callbacks):
            callback(change["new"])
