"""Open a project, create the demo one, or start an empty project — the first thing a new user sees."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

import ipywidgets as widgets

from kpiguide.core.i18n import t
from kpiguide.ui.messages import MessagePanel

_LANGUAGES = [(t("ui.language.name", code), code) for code in ("zh", "en")]

__all__ = ["ProjectPicker"]


class ProjectPicker(widgets.VBox):
    """Three ways in, each reported to an injected action.

    ``on_open(path)``, ``on_create_demo(lang)`` and
    ``on_create(name, industry, filename, lang)``; ``value`` is the list of known
    project files offered in the dropdown.
    """

    def __init__(
        self,
        projects: Sequence[str | Path] = (),
        *,
        lang: str = "zh",
        on_open: Callable[[str], None] | None = None,
        on_create_demo: Callable[[str], None] | None = None,
        on_create: Callable[[str, str, str, str], None] | None = None,
    ) -> None:
        self.lang = lang
        self._on_open = on_open
        self._on_create_demo = on_create_demo
        self._on_create = on_create
        wide = widgets.Layout(width="60%")
        style = {"description_width": "10em"}
        self.known = widgets.Dropdown(layout=wide, style=style)
        self.path = widgets.Text(layout=wide, style=style)
        self.open_button = widgets.Button(icon="folder-open", button_style="primary")
        self.demo_lang = widgets.ToggleButtons(options=_LANGUAGES, value=lang)
        self.demo_lang.style.button_width = "6em"
        self.demo_button = widgets.Button(icon="magic", button_style="success", layout=widgets.Layout(width="auto"))
        self.new_name = widgets.Text(layout=wide, style=style)
        self.new_industry = widgets.Text(layout=wide, style=style)
        self.new_file = widgets.Text(layout=wide, style=style)
        self.new_lang = widgets.ToggleButtons(options=_LANGUAGES, value=lang)
        self.new_lang.style.button_width = "6em"
        self.create_button = widgets.Button(icon="plus", layout=widgets.Layout(width="auto"))
        self.headings = {k: widgets.HTML() for k in ("open", "demo", "new")}
        self.message = MessagePanel(lang)
        for name in ("open_button", "demo_button", "create_button"):
            getattr(self, name).add_class(f"kpiguide-{name.replace('_', '-')}")
        self.open_button.on_click(lambda _b: self._open())
        self.demo_button.on_click(lambda _b: self._demo())
        self.create_button.on_click(lambda _b: self._create())
        super().__init__(
            [
                self.headings["demo"],
                widgets.HBox([self.demo_lang, self.demo_button]),
                self.headings["open"],
                self.known,
                self.path,
                self.open_button,
                self.headings["new"],
                self.new_name,
                self.new_industry,
                self.new_file,
                widgets.HBox([self.new_lang, self.create_button]),
                self.message,
            ]
        )
        self.add_class("kpiguide-project-picker")
        self.value = [str(p) for p in projects]
        self.set_lang(lang)

    @property
    def value(self) -> list[str]:
        return [v for _, v in self.known.options if v]

    @value.setter
    def value(self, projects: Sequence[str]) -> None:
        self.known.options = [("—", ""), *((str(p), str(p)) for p in projects)]
        self.known.value = str(projects[0]) if projects else ""

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.message.set_lang(lang)
        for key, widget in self.headings.items():
            widget.value = f"<b>{t(f'uiw.picker.{key}', lang)}</b>"
        self.known.description = t("uiw.picker.known", lang)
        self.path.description = t("uiw.picker.path", lang)
        self.path.placeholder = t("uiw.picker.path_hint", lang)
        self.open_button.description = t("uiw.picker.open_button", lang)
        self.demo_button.description = t("uiw.picker.demo_button", lang)
        self.new_name.description = t("uiw.picker.name", lang)
        self.new_name.placeholder = t("uiw.picker.name_hint", lang)
        self.new_industry.description = t("uiw.picker.industry", lang)
        self.new_industry.placeholder = t("uiw.picker.industry_hint", lang)
        self.new_file.description = t("uiw.picker.file", lang)
        self.new_file.placeholder = t("uiw.picker.file_hint", lang)
        self.create_button.description = t("uiw.picker.create_button", lang)

    def _open(self) -> None:
        self.message.clear()
        target = self.path.value.strip() or self.known.value
        if not target:
            self.message.show("warning", t("uiw.picker.nothing", self.lang))
            return
        if self._on_open is not None:
            self._on_open(target)

    def _demo(self) -> None:
        self.message.clear()
        if self._on_create_demo is not None:
            self._on_create_demo(self.demo_lang.value)

    def _create(self) -> None:
        self.message.clear()
        if self._on_create is not None:
            self._on_create(self.new_name.value, self.new_industry.value, self.new_file.value, self.new_lang.value)
