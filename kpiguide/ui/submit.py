"""The "submit for review" action: a note, a button and the last submission's status."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import ipywidgets as widgets

from kpiguide.core.i18n import t
from kpiguide.ui.messages import MessagePanel

__all__ = ["SubmitForReview"]


class SubmitForReview(widgets.VBox):
    """Calls ``on_submit(note)``; the caller records it and passes the new status to :meth:`show_status`."""

    def __init__(
        self,
        status: Mapping[str, Any] | None = None,
        *,
        lang: str = "zh",
        on_submit: Callable[[str], None] | None = None,
    ) -> None:
        self.lang = lang
        self._status = dict(status) if status else None
        self._on_submit = on_submit
        self.note = widgets.Textarea(layout=widgets.Layout(width="98%", height="4em"))
        self.note.add_class("kpiguide-submit-note")
        self.button = widgets.Button(button_style="success", icon="paper-plane")
        self.button.add_class("kpiguide-submit")
        self.button.on_click(lambda _b: self._submit())
        self.status = widgets.HTML()
        self.status.add_class("kpiguide-review-status")
        self.message = MessagePanel(lang)
        super().__init__([self.status, self.note, self.button, self.message])
        self.add_class("kpiguide-submit-box")
        self.set_lang(lang)

    def show_status(self, status: Mapping[str, Any] | None) -> None:
        self._status = dict(status) if status else None
        self._render()

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.message.set_lang(lang)
        self.note.placeholder = t("ui.submit.note", lang)
        self.button.description = t("ui.submit.button", lang)
        self._render()

    def _render(self) -> None:
        if self._status is None:
            self.status.value = t("ui.submit.never", self.lang)
        else:
            self.status.value = t("ui.submit.status", self.lang, at=self._status["at"], by=self._status["by"])

    def _submit(self) -> None:
        self.message.clear()
        if self._on_submit is not None:
            self._on_submit(self.note.value)
