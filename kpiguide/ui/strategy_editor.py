"""Strategy editor: objectives with their perspective and the objective each one supports, and the strategy map."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape
from typing import Any

import ipywidgets as widgets

from kpiguide.core.i18n import t
from kpiguide.core.model import Perspective, Scheme, StrategicObjective
from kpiguide.design.collaboration import strategy_coverage
from kpiguide.design.forms import objective_from_form
from kpiguide.ui.context import PanelHost
from kpiguide.ui.figure import FigureBox
from kpiguide.ui.messages import MessagePanel
from kpiguide.ui.scheme_value import SchemeValue

__all__ = ["StrategyEditor", "strategy_editor"]

NEW = "__new__"


class StrategyEditor(SchemeValue, widgets.VBox):
    """Pick an objective (or *new*), edit its text, perspective and parent, save.

    ``value`` is the scheme shown; ``versions()`` returns the stored version of
    each objective (read when saving, so an edit made elsewhere is detected).  ``on_save(values, base, version)`` receives the typed values, the
    objective being edited (``None`` for a new one) and its version.
    """

    def __init__(
        self,
        scheme: Scheme,
        versions: Callable[[], Mapping[str, int]] | None = None,
        *,
        lang: str = "zh",
        on_save: Callable[[dict[str, Any], StrategicObjective | None, int | None], None] | None = None,
        draw_map: Callable[[Scheme, str], Any] | None = None,
    ) -> None:
        self.lang = lang
        self._on_save = on_save
        self._draw_map = draw_map
        self._versions = versions or dict
        style = {"description_width": "9em"}
        wide = widgets.Layout(width="90%")
        self.choice = widgets.Dropdown(style=style, layout=wide)
        self.text = widgets.Textarea(style=style, layout=widgets.Layout(width="90%", height="3.5em"))
        self.perspective = widgets.Dropdown(style=style)
        self.parent = widgets.Dropdown(style=style, layout=wide)
        self.save_button = widgets.Button(icon="save", button_style="primary")
        self.save_button.add_class("kpiguide-save-objective")
        self.message = MessagePanel(lang)
        self.table = widgets.HTML()
        self.table.add_class("kpiguide-objectives")
        self.map = FigureBox()
        self.heading = widgets.HTML()
        self.choice.observe(lambda _c: self._load_choice(), names="value")
        self.save_button.on_click(lambda _b: self._save())
        form = widgets.VBox([self.heading, self.choice, self.text, self.perspective, self.parent, self.save_button])
        form.layout = widgets.Layout(border="1px solid #d0d5dd", padding="6px 10px", margin="6px 0")
        super().__init__([self.map, self.table, form, self.message])
        self.add_class("kpiguide-strategy-editor")
        self._scheme = scheme
        self._loaded_versions = dict(self._versions())
        self.set_lang(lang)

    # -- value -----------------------------------------------------------------------------------
    def refresh(self, scheme: Scheme) -> None:
        self._loaded_versions = dict(self._versions())
        self.value = scheme

    @property
    def form(self) -> dict[str, Any]:
        return {"text": self.text.value, "perspective": self.perspective.value, "parent": self.parent.value}

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.message.set_lang(lang)
        self.heading.value = f"<b>{escape(t('uiw.strategy.form', lang))}</b>"
        self.choice.description = t("uiw.strategy.choice", lang)
        self.text.description = t("uiw.strategy.text", lang)
        self.text.placeholder = t("uiw.strategy.text_hint", lang)
        self.perspective.description = t("uiw.strategy.perspective", lang)
        self.parent.description = t("uiw.strategy.parent", lang)
        self.save_button.description = t("ui.save", lang)
        selected = self.perspective.value
        self.perspective.options = [(t(f"ui.perspective.{p.value}", lang), p.value) for p in reversed(Perspective)]
        if selected:
            self.perspective.value = selected
        self._render()

    def _render(self) -> None:
        scheme, lang = self._scheme, self.lang
        current = self.choice.value
        self.choice.options = [
            (t("uiw.strategy.new", lang), NEW),
            *((f"{o.id} {o.text}", o.id) for o in scheme.objectives),
        ]
        self.choice.value = current if current in {o.id for o in scheme.objectives} else NEW
        self._load_choice()
        rows = "".join(
            f"<tr><td style='padding:2px 8px'><b>{escape(o.id)}</b></td><td style='padding:2px 8px'>{escape(o.text)}</td>"
            f"<td style='padding:2px 8px'>{escape(t(f'ui.perspective.{o.perspective.value}', lang))}</td>"
            f"<td style='padding:2px 8px'>{escape(o.parent or '—')}</td></tr>"
            for o in scheme.objectives
        )
        head = "".join(
            f"<th style='text-align:left;padding:2px 8px'>{escape(t(f'uiw.strategy.col.{c}', lang))}</th>"
            for c in ("id", "text", "perspective", "parent")
        )
        self.table.value = f"<table><tr>{head}</tr>{rows}</table>" if scheme.objectives else ""
        if self._draw_map is not None:
            self.map.figure = self._draw_map(scheme, lang)

    def _load_choice(self) -> None:
        chosen = self.choice.value
        others = [o for o in self._scheme.objectives if o.id != chosen]
        parent_options = [(t("uiw.strategy.no_parent", self.lang), ""), *((f"{o.id} {o.text}", o.id) for o in others)]
        if chosen == NEW or chosen is None:
            self.parent.options = parent_options
            self.text.value = ""
            self.parent.value = ""
            return
        objective = self._scheme.objective(chosen)
        self.parent.options = parent_options
        self.text.value = objective.text
        self.perspective.value = objective.perspective.value
        self.parent.value = objective.parent or ""

    def _save(self) -> None:
        self.message.clear()
        chosen = self.choice.value
        base = None if chosen == NEW else self._scheme.objective(chosen)
        if self._on_save is not None:
            self._on_save(self.form, base, None if base is None else self._loaded_versions.get(base.id))


def strategy_editor(host: PanelHost) -> StrategyEditor:
    """The strategy editor wired to the host's project (saves are audited and versioned)."""
    from kpiguide.plots.strategy_map import strategy_map  # plotly: loaded when the editor is shown

    def draw(scheme: Scheme, lang: str) -> Any:
        return strategy_map(scheme, lang=lang, coverage={r["objective"]: r["kpis"] for r in strategy_coverage(scheme)})

    def save(values: dict[str, Any], base: StrategicObjective | None, version: int | None) -> None:
        def action() -> str:
            objective = objective_from_form(values, scheme=host.store.load_scheme(), base=base)
            host.save("objective", objective, expected_version=version)
            return objective.id

        saved = host.run(action, editor.message, "uiw.saved")
        if saved is not None:
            editor.choice.value = saved

    editor = StrategyEditor(
        host.scheme(), lambda: host.store.versions("objective"), lang=host.lang, on_save=save, draw_map=draw
    )
    return editor
