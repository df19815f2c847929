"""Workshop deliverables with download buttons: KPI dictionary (XLSX), scheme (YAML), KPI charter and worksheets."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

import ipywidgets as widgets

from kpiguide.core.i18n import t
from kpiguide.core.model import Scheme
from kpiguide.design.outputs import DELIVERABLES, make_deliverable
from kpiguide.design.progress import mark_step
from kpiguide.ui.context import PanelHost
from kpiguide.ui.download import DownloadLink
from kpiguide.ui.messages import MessagePanel

__all__ = ["DELIVERABLES", "DeliverablesPanel", "deliverables_panel", "make_deliverable"]


class DeliverablesPanel(widgets.VBox):
    """One button makes every deliverable of ``value`` (a scheme) in the current language; each gets a download link.

    ``make(scheme, kind, lang) -> (filename, bytes)`` is injected (default :func:`make_deliverable`);
    ``on_made(kinds)`` is told what was produced.
    """

    def __init__(
        self,
        scheme: Scheme,
        *,
        lang: str = "zh",
        make: Callable[[Scheme, str, str], tuple[str, bytes]] = make_deliverable,
        on_made: Callable[[tuple[str, ...]], None] | None = None,
    ) -> None:
        self.lang = lang
        self._scheme = scheme
        self._make = make
        self._on_made = on_made
        self.heading = widgets.HTML()
        self.button = widgets.Button(icon="file-export", button_style="primary")
        self.button.add_class("kpiguide-make-deliverables")
        self.button.on_click(lambda _b: self.make_all())
        self.links = {kind: DownloadLink() for kind in DELIVERABLES}
        self.message = MessagePanel(lang)
        super().__init__([self.heading, self.button, self.message, *self.links.values()])
        self.add_class("kpiguide-deliverables")
        self.set_lang(lang)

    def refresh(self, scheme: Scheme) -> None:
        self._scheme = scheme

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.message.set_lang(lang)
        self.heading.value = f"<p>{escape(t('uiw.deliverables.intro', lang))}</p>"
        self.button.description = t("uiw.deliverables.make", lang)

    def make_all(self) -> None:
        self.message.clear()
        if not self._scheme.kpis:
            self.message.show("info", t("uiw.deliverables.empty", self.lang))
        made = []
        for kind, link in self.links.items():
            try:
                name, data = self._make(self._scheme, kind, self.lang)
            except Exception as exc:  # noqa: BLE001 - every other deliverable is still produced
                self.message.show_error(exc)
                continue
            link.set_file(name, data, t(f"uiw.deliverables.{kind}", self.lang))
            made.append(kind)
        if made and self._on_made is not None:
            self._on_made(tuple(made))


def deliverables_panel(host: PanelHost) -> DeliverablesPanel:
    """The deliverables of the host's project; producing them marks step 08 as done (audited)."""

    def made(kinds: tuple[str, ...]) -> None:
        host.run(
            lambda: mark_step(host.store, "08_workshop_deliverables", actor=host.actor, note=", ".join(kinds)),
            panel.message,
            "uiw.deliverables.done",
        )

    panel = DeliverablesPanel(host.scheme(), lang=host.lang, on_made=made)
    return panel
