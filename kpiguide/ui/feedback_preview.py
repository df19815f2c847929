"""Feedback preview: an individual, department or organisation report on screen, with HTML/XLSX downloads."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

import ipywidgets as widgets

from kpiguide.core.i18n import t
from kpiguide.core.model import Scheme
from kpiguide.design.outputs import feedback_maker, quarters_with_data
from kpiguide.ui.context import PanelHost
from kpiguide.ui.download import DownloadLink
from kpiguide.ui.messages import MessagePanel

__all__ = ["FeedbackPreview", "feedback_preview"]

KINDS = ("employee", "department", "organisation")


class FeedbackPreview(widgets.VBox):
    """Choose a report and a subject; ``make(kind, subject, lang) -> (html, xlsx_bytes)`` builds it.

    The report shows in a frame (its own styles) with two download buttons.
    """

    def __init__(
        self,
        scheme: Scheme,
        *,
        make: Callable[[str, str | None, str], tuple[str, bytes]],
        lang: str = "zh",
        period: str = "",
    ) -> None:
        self.lang = lang
        self.period = period
        self._scheme = scheme
        self._make = make
        self.kind = widgets.ToggleButtons()
        self.subject = widgets.Dropdown(layout=widgets.Layout(width="50%"))
        self.button = widgets.Button(icon="eye", button_style="primary")
        self.button.add_class("kpiguide-preview")
        self.message = MessagePanel(lang)
        self.download_html = DownloadLink()
        self.download_xlsx = DownloadLink()
        self.frame = widgets.HTML()
        self.frame.add_class("kpiguide-report-frame")
        self.heading = widgets.HTML()
        self.kind.observe(lambda _c: self._subjects(), names="value")
        self.button.on_click(lambda _b: self.show_report())
        super().__init__(
            [self.heading, self.kind, widgets.HBox([self.subject, self.button]), self.message,
             widgets.HBox([self.download_html, self.download_xlsx]), self.frame]
        )  # fmt: skip
        self.add_class("kpiguide-feedback-preview")
        self.set_lang(lang)

    def refresh(self, scheme: Scheme) -> None:
        self._scheme = scheme
        self._subjects()

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.message.set_lang(lang)
        self.heading.value = f"<h3>{escape(t('uiw.feedback.title', lang, period=self.period))}</h3>"
        current = self.kind.value or "employee"
        self.kind.options = [(t(f"uiw.feedback.kind.{k}", lang), k) for k in KINDS]
        self.kind.value = current
        self.button.description = t("uiw.feedback.show", lang)
        self._subjects()

    def _subjects(self) -> None:
        scheme = self._scheme
        if self.kind.value == "employee":
            options = [(f"{e.id} {e.name}", e.id) for e in scheme.employees]
        elif self.kind.value == "department":
            options = [(d.name, d.id) for d in scheme.departments]
        else:
            options = [(scheme.organization.name or "—", "")]
        current = self.subject.value
        self.subject.options = options
        values = [v for _, v in options]
        self.subject.value = current if current in values else (values[0] if values else None)
        self.subject.disabled = self.kind.value == "organisation"
        self.button.disabled = not options

    def show_report(self) -> None:
        self.message.clear()
        try:
            html, xlsx = self._make(self.kind.value, self.subject.value or None, self.lang)
        except Exception as exc:  # noqa: BLE001 - shown in the page
            self.message.show_error(exc)
            return
        name = f"{self.period}_{self.subject.value or 'organisation'}_{self.lang}"
        self.download_html.set_file(f"{name}.html", html.encode("utf-8"), t("uiw.feedback.download_html", self.lang))
        self.download_xlsx.set_file(f"{name}.xlsx", xlsx, t("uiw.feedback.download_xlsx", self.lang))
        self.frame.value = f'<iframe srcdoc="{escape(html, quote=True)}" style="width:100%;height:640px;border:1px solid #d0d5dd"></iframe>'


def feedback_preview(host: PanelHost, period: str | None = None) -> FeedbackPreview | MessagePanel:
    """The feedback preview for the host's project (latest quarter with data by default)."""
    quarters = quarters_with_data(host.store)
    if period is None and not quarters:
        no_data = MessagePanel(host.lang)
        no_data.show("info", t("uiw.eval.no_data", host.lang))
        return no_data
    period = period or quarters[0]
    return FeedbackPreview(host.scheme(), make=feedback_maker(host.store, period), lang=host.lang, period=period)
