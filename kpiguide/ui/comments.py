"""Comments and proposals on one KPI: the list and (optionally) a box to add one."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping
from html import escape
from typing import Any

import ipywidgets as widgets

from kpiguide.core.i18n import t
from kpiguide.ui.messages import MessagePanel

__all__ = ["CommentBox", "render_comments"]


def render_comments(items: Iterable[Mapping[str, Any]], lang: str) -> str:
    rows = [
        f"<li class='kpiguide-comment' data-kind='{escape(c['kind'])}'><b>{escape(t('ui.comment.kind.' + c['kind'], lang))}</b>"
        f" · {escape(c['at'])} · {escape(c['author'])}<br>{escape(c['text'])}</li>"
        for c in items
    ]
    if not rows:
        return f"<p class='kpiguide-comments-empty'>{escape(t('ui.comment.none', lang))}</p>"
    return "<ul class='kpiguide-comments'>" + "".join(rows) + "</ul>"


class CommentBox(widgets.VBox):
    """Shows ``comments`` and calls ``on_send(kpi_id, text, kind)`` (``None``: read-only list)."""

    def __init__(
        self,
        kpi_id: str,
        comments: Iterable[Mapping[str, Any]] = (),
        *,
        lang: str = "zh",
        on_send: Callable[[str, str, str], None] | None = None,
    ) -> None:
        self.kpi_id = kpi_id
        self.lang = lang
        self._comments = list(comments)
        self._on_send = on_send
        self.list = widgets.HTML()
        self.kind = widgets.ToggleButtons()
        self.text = widgets.Textarea(layout=widgets.Layout(width="98%", height="4em"))
        self.text.add_class("kpiguide-comment-text")
        self.button = widgets.Button(icon="comment")
        self.button.add_class("kpiguide-comment-send")
        self.button.on_click(lambda _b: self._send_clicked())
        self.message = MessagePanel(lang)
        children = [self.list]
        if on_send is not None:
            children += [self.kind, self.text, self.button, self.message]
        super().__init__(children)
        self.add_class("kpiguide-comment-box")
        self.add_class(f"kpiguide-comments-{kpi_id}")
        self.set_lang(lang)

    @property
    def comments(self) -> list[Mapping[str, Any]]:
        return list(self._comments)

    @comments.setter
    def comments(self, items: Iterable[Mapping[str, Any]]) -> None:
        self._comments = list(items)
        self.list.value = render_comments(self._comments, self.lang)

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.message.set_lang(lang)
        kind = self.kind.value or "comment"
        self.kind.options = [(t(f"ui.comment.kind.{k}", lang), k) for k in ("comment", "proposal")]
        self.kind.value = kind
        self.text.placeholder = t("ui.comment.placeholder", lang)
        self.button.description = t("ui.comment.send", lang)
        self.list.value = render_comments(self._comments, lang)

    def _send_clicked(self) -> None:
        self.message.clear()
        if self._on_send is not None:
            self._on_send(self.kpi_id, self.text.value, self.kind.value)
