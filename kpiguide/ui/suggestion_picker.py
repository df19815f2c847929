"""Suggestion picker: ranked catalog indicators for a role with their "why", filters, one-click add."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

import ipywidgets as widgets

from kpiguide.i18n import t
from kpiguide.model import Perspective, Scheme
from kpiguide.ui.messages import MessagePanel

__all__ = ["SuggestionPicker", "designer_panel", "suggestion_picker"]

ANY = ""


class SuggestionPicker(widgets.VBox):
    """Choose a role and filters; ``suggest(text, industry, function, perspective, exclude, lang)`` ranks indicators.

    Each suggestion shows its score and reasons with an *add* button calling
    ``on_add(indicator, role_id)``; indicators already used by the role are excluded.
    """

    def __init__(
        self,
        scheme: Scheme,
        *,
        suggest: Callable[..., list[Any]],
        lang: str = "zh",
        on_add: Callable[[Any, str], None] | None = None,
        roles: tuple[str, ...] | None = None,
        top_k: int = 8,
    ) -> None:
        self.lang = lang
        self.top_k = top_k
        self._scheme = scheme
        self._suggest = suggest
        self._on_add = on_add
        self._roles = roles
        style = {"description_width": "7em"}
        self.role = widgets.Dropdown(style=style, layout=widgets.Layout(width="60%"))
        self.industry = widgets.Text(value=scheme.organization.industry, style=style)
        self.function = widgets.Text(style=style)
        self.perspective = widgets.Dropdown(style=style)
        self.list = widgets.VBox()
        self.list.add_class("kpiguide-suggestions")
        self.message = MessagePanel(lang)
        self.suggestions: list[Any] = []
        self.add_buttons: list[widgets.Button] = []
        super().__init__(
            [self.role, widgets.HBox([self.industry, self.function, self.perspective]), self.message, self.list]
        )
        self.add_class("kpiguide-suggestion-picker")
        for widget in (self.role, self.industry, self.function, self.perspective):
            widget.observe(lambda _c: self._render_list(), names="value")
        self.set_lang(lang)

    @property
    def widget(self) -> widgets.Widget:
        return self

    def refresh(self, scheme: Scheme) -> None:
        self._scheme = scheme
        self._render_list()

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.message.set_lang(lang)
        self.role.description = t("uiw.kpis.role", lang)
        self.industry.description = t("uiw.suggest.industry", lang)
        self.function.description = t("uiw.suggest.function", lang)
        self.perspective.description = t("uiw.strategy.perspective", lang)
        current = self.perspective.value
        self.perspective.options = [(t("uiw.suggest.any", lang), ANY),
                                    *((t(f"ui.perspective.{p.value}", lang), p.value) for p in reversed(Perspective))]  # fmt: skip
        self.perspective.value = current or ANY
        roles = [r for r in self._scheme.roles if self._roles is None or r.id in self._roles]
        selected = self.role.value
        self.role.options = [(r.name, r.id) for r in roles]
        ids = [r.id for r in roles]
        self.role.value = selected if selected in ids else (ids[0] if ids else None)
        self._render_list()

    def _render_list(self) -> None:
        lang = self.lang
        role_id = self.role.value
        if role_id is None:
            self.list.children = [widgets.HTML(f"<p>{escape(t('uiw.kpis.no_roles', lang))}</p>")]
            return
        role = self._scheme.role(role_id)
        text = " ".join([role.name, *role.responsibilities])
        used = tuple(k.indicator for k in self._scheme.kpis_of(role_id) if k.indicator)
        try:
            self.suggestions = list(
                self._suggest(text, industry=self.industry.value.strip() or None, function=self.function.value.strip() or None,
                              perspective=self.perspective.value or None, exclude=used, top_k=self.top_k, lang=lang)
            )  # fmt: skip
        except Exception as exc:  # noqa: BLE001 - shown in the page
            self.message.show_error(exc)
            self.suggestions = []
        rows = []
        self.add_buttons = []
        for s in self.suggestions:
            ind = s.indicator
            why = "".join(f"<li>{escape(w)}</li>" for w in s.why)
            html = widgets.HTML(
                f"<div class='kpiguide-suggestion' data-indicator='{escape(ind.id)}'><b>{escape(ind.name(lang))}</b> "
                f"<span style='color:#667085'>({escape(t(f'ui.perspective.{ind.perspective.value}', lang))} · "
                f"{s.score:.2f})</span><br><span style='color:#475467'>{escape(ind.definition(lang))}</span>"
                f"<ul style='margin:2px 0'>{why}</ul></div>"
            )
            button = widgets.Button(
                description=t("uiw.suggest.add", lang), icon="plus", layout=widgets.Layout(width="auto")
            )
            button.add_class("kpiguide-add-suggestion")
            button.on_click(lambda _b, i=ind: self._add(i))
            self.add_buttons.append(button)
            rows.append(widgets.HBox([button, html]))
        if not rows:
            rows = [widgets.HTML(f"<p>{escape(t('uiw.suggest.none', lang))}</p>")]
        self.list.children = rows

    def _add(self, indicator: Any) -> None:
        self.message.clear()
        if self._on_add is not None and self.role.value is not None:
            self._on_add(indicator, self.role.value)


def _default_suggest() -> Callable[..., list[Any]]:
    from kpiguide.suggest import default_suggester

    return default_suggester().suggest


def _add_action(store: Any, actor: str, lang_of: Callable[[], str]) -> Callable[[Any, str], Any]:
    from kpiguide.design import kpi_from_indicator, save_entity

    def add(indicator: Any, role: str) -> str:
        kpi = kpi_from_indicator(indicator, role=role, scheme=store.load_scheme(), lang=lang_of())
        save_entity(store, "kpi", kpi, expected_version=None, actor=actor, reason="added from a suggestion")
        return kpi.name

    return add


def suggestion_picker(ws: Any) -> widgets.Widget:
    """The suggestion picker for the workshop's project (adds are saved and audited)."""
    try:
        suggest = _default_suggest()
    except ImportError:
        from kpiguide.ui.engine_missing import engine_missing

        return engine_missing("kpiguide.suggest", ws.lang)
    add = _add_action(ws.store, ws.actor, lambda: ws.lang)
    picker = SuggestionPicker(
        ws.scheme(), suggest=suggest, lang=ws.lang,
        on_add=lambda ind, role: ws.run(lambda: add(ind, role), picker.message, "uiw.suggest.added", name=ind.name(ws.lang)),
    )  # fmt: skip
    return picker


def designer_panel(context: Any) -> widgets.Widget:
    """Panel for the KPI designer app: suggestions for the department's roles (adding needs the head's rights)."""
    from kpiguide.workflow import save_kpi

    try:
        suggest = _default_suggest()
    except ImportError:
        from kpiguide.ui.engine_missing import engine_missing

        panel = engine_missing("kpiguide.suggest", context.lang)
        panel.refresh = lambda _scheme: None  # type: ignore[attr-defined]
        panel.widget = panel  # type: ignore[attr-defined]
        return panel
    from kpiguide.design import kpi_from_indicator

    store, principal = context.store, context.principal

    def add(indicator: Any, role: str) -> None:
        try:
            kpi = kpi_from_indicator(indicator, role=role, scheme=store.load_scheme(), lang=picker.lang)
            save_kpi(store, principal, kpi, expected_version=None, reason="added from a suggestion")
        except Exception as exc:  # noqa: BLE001 - shown in the page
            picker.message.show_error(exc)
            return
        picker.message.show("ok", t("uiw.suggest.added", picker.lang, name=kpi.name))
        picker.refresh(store.load_scheme())

    scheme = store.load_scheme()
    roles = tuple(r.id for r in scheme.roles_of(principal.department or ""))
    picker = SuggestionPicker(scheme, suggest=suggest, lang=context.lang, on_add=add, roles=roles)
    return picker
