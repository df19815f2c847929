"""Friendly messages in the page: errors, access denied, confirmations — never a blank page."""

from __future__ import annotations

import logging
from html import escape

import ipywidgets as widgets

from kpiguide.core.errors import AccessDenied, ConflictError, InputError, KpiGuideError
from kpiguide.core.i18n import localize, localize_error, localize_problem, t

__all__ = ["MessagePanel", "error_page", "error_text"]

_STYLES = {
    "error": "background:#fef3f2;border:1px solid #fda29b;color:#7a271a",
    "warning": "background:#fffaeb;border:1px solid #fec84b;color:#7a2e0e",
    "ok": "background:#ecfdf3;border:1px solid #6ce9a6;color:#054f31",
    "info": "background:#eff8ff;border:1px solid #84caff;color:#194185",
}


def error_text(exc: BaseException, lang: str) -> str:
    """What to tell the user about ``exc`` in ``lang`` (kpiguide errors carry their own message)."""
    localised = getattr(exc, "message", None)
    if callable(localised):
        return str(localised(lang))
    if isinstance(exc, ConflictError):
        return t("ui.conflict", lang)
    if isinstance(exc, InputError):
        problems = (localize_problem(p, lang) for p in exc.problems)
        return "\n".join([localize(exc.summary, lang), *problems])
    if isinstance(exc, KpiGuideError):
        return localize_error(exc, lang)
    logging.getLogger("kpiguide.ui").exception("Unexpected error in an app", exc_info=exc)
    return t("ui.unexpected", lang)


def _box(kind: str, title: str, text: str) -> str:
    body = "<br>".join(escape(line) for line in text.splitlines()) or ""
    return (
        f'<div class="kpiguide-message kpiguide-message-{kind}" role="alert" '
        f'style="{_STYLES[kind]};border-radius:6px;padding:10px 14px;margin:6px 0">'
        f"<b>{escape(title)}</b>" + (f"<br>{body}" if body else "") + "</div>"
    )


class MessagePanel(widgets.HTML):
    """One message at a time (``kind`` error/warning/ok/info); empty when cleared."""

    def __init__(self, lang: str = "zh") -> None:
        super().__init__()
        self.lang = lang
        self.kind: str | None = None
        self.add_class("kpiguide-messages")

    def show(self, kind: str, title: str, text: str = "") -> None:
        self.kind = kind
        self.value = _box(kind, title, text)

    def show_error(self, exc: BaseException) -> None:
        kind = "warning" if isinstance(exc, ConflictError) else "error"
        title_key = "ui.access_denied" if isinstance(exc, AccessDenied) else f"ui.title.{kind}"
        self.show(kind, t(title_key, self.lang), error_text(exc, self.lang))

    def clear(self) -> None:
        self.kind = None
        self.value = ""

    def set_lang(self, lang: str) -> None:
        self.lang = lang


def error_page(exc: BaseException, lang: str = "zh") -> widgets.Widget:
    """A whole page for an app that cannot start (bilingual, as the language may be unknown)."""
    panel = MessagePanel(lang)
    panel.show_error(exc)
    other = "en" if lang == "zh" else "zh"
    second = MessagePanel(other)
    second.show_error(exc)
    page = widgets.VBox([panel, second])
    page.add_class("kpiguide-error-page")
    return page
