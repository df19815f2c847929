"""Suggestion picker: ranked catalog indicators for a role with their "why", filters, one-click add.

The ranking is the suggestion engine's (:mod:`kpiguide.suggest.engine`); fitting it on the
catalog takes a few seconds once per kernel, so the factories fit it in a
:class:`~kpiguide.ui.background.BackgroundTask` and the picker fills in when it is ready.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape
from typing import Any

import ipywidgets as widgets

from kpiguide.core.i18n import t
from kpiguide.core.model import Perspective, Role, Scheme
from kpiguide.core.numbers import format_number
from kpiguide.design.forms import kpi_from_indicator
from kpiguide.ui.background import BackgroundTask
from kpiguide.ui.context import PanelHost
from kpiguide.ui.messages import MessagePanel

__all__ = ["SuggestionPicker", "designer_panel", "role_suggest", "suggestion_picker"]

ANY = ""
Suggest = Callable[..., list[Any]]


def role_suggest(suggester: Any) -> Suggest:
    """``suggest(role, *, industry, function, perspective, exclude, top_k, lang)`` over a fitted suggester.

    Without a perspective filter every duty of the role gets an indicator
    (:meth:`~kpiguide.suggest.engine.IndicatorSuggester.suggest_for_role`); with one, the
    duties are searched as one text restricted to that perspective.
    """

    def suggest(role: Role, *, industry=None, function=None, perspective=None, exclude=(), top_k=8, lang=None):
        if perspective:
            text = "\n".join([role.name, *role.responsibilities])
            return suggester.suggest(text, industry=industry, function=function, perspective=perspective,
                                     exclude=exclude, top_k=top_k, lang=lang)  # fmt: skip
        return suggester.suggest_for_role(role, industry=industry, function=function, exclude=exclude,
                                          top_k=top_k, lang=lang)  # fmt: skip

    return suggest


def _options(table: Mapping[str, Mapping[str, Any]] | None, lang: str) -> list[tuple[str, str]]:
    items = [(str(entry.get(lang) or entry.get("en") or key), key) for key, entry in (table or {}).items()]
    return [(t("uiw.suggest.any", lang), ANY), *items]


class SuggestionPicker(widgets.VBox):
    """Choose a role and filters; the suggestions show their score and reasons with an *add* button.

    Parameters
    ----------
    scheme : Scheme
        The scheme as stored; :meth:`refresh` with a newer one (indicators the role
        already uses are not suggested again).
    suggest : callable, optional
        ``suggest(role, *, industry, function, perspective, exclude, top_k, lang) -> list[Suggestion]``
        (see :func:`role_suggest`).  ``None`` shows a loading line until :meth:`set_engine`.
    taxonomy : object, optional
        With ``industries`` / ``functions`` mappings (id → ``{zh, en}``) for the filter choices.
    on_add : callable, optional
        ``on_add(indicator, role_id)``, called by an *add* button.
    roles : tuple of str, optional
        Only these roles (a department head's).
    """

    def __init__(
        self,
        scheme: Scheme,
        *,
        suggest: Suggest | None = None,
        taxonomy: Any = None,
        lang: str = "zh",
        on_add: Callable[[Any, str], None] | None = None,
        roles: tuple[str, ...] | None = None,
        top_k: int = 8,
    ) -> None:
        self.lang = lang
        self.top_k = top_k
        self._scheme = scheme
        self._suggest = suggest
        self._taxonomy = taxonomy
        self._on_add = on_add
        self._roles = roles
        self._quiet = False
        self._industry_set = False
        style = {"description_width": "5em"}
        self.heading = widgets.HTML()
        self.role = widgets.Dropdown(style=style, layout=widgets.Layout(width="60%"))
        natural = {"description_width": "initial"}
        self.industry = widgets.Dropdown(style=style, layout=widgets.Layout(width="32%"))
        self.function = widgets.Dropdown(style=natural, layout=widgets.Layout(width="32%"))
        self.perspective = widgets.Dropdown(style=natural, layout=widgets.Layout(width="34%"))
        for name in ("role", "industry", "function", "perspective"):
            getattr(self, name).add_class(f"kpiguide-suggest-{name}")
        self.list = widgets.VBox()
        self.list.add_class("kpiguide-suggestions")
        self.message = MessagePanel(lang)
        self.task = BackgroundTask(threaded=False)
        self.suggestions: list[Any] = []
        self.add_buttons: list[widgets.Button] = []
        super().__init__(
            [
                self.heading,
                self.role,
                widgets.HBox([self.industry, self.function, self.perspective]),
                self.task,
                self.message,
                self.list,
            ]
        )
        self.add_class("kpiguide-suggestion-picker")
        for widget in (self.role, self.industry, self.function, self.perspective):
            widget.observe(lambda _c: self._changed(), names="value")
        self.set_lang(lang)

    @property
    def widget(self) -> widgets.Widget:
        return self

    @property
    def ready(self) -> bool:
        return self._suggest is not None

    def set_engine(self, suggest: Suggest, taxonomy: Any = None) -> None:
        """Install the ranking (after a background fit) and show the suggestions."""
        self._suggest = suggest
        self._taxonomy = taxonomy if taxonomy is not None else self._taxonomy
        self.set_lang(self.lang)

    def refresh(self, scheme: Scheme) -> None:
        self._scheme = scheme
        self._render_list()

    def _changed(self) -> None:
        if not self._quiet:
            self._render_list()

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.message.set_lang(lang)
        self._quiet = True
        try:
            self.heading.value = f"<h3>{escape(t('uip.suggest.title', lang))}</h3>"
            self.role.description = t("uiw.kpis.role", lang)
            self.industry.description = t("uiw.suggest.industry", lang)
            self.function.description = t("uiw.suggest.function", lang)
            self.perspective.description = t("uiw.strategy.perspective", lang)
            tax = self._taxonomy
            industry = self.industry.value
            if tax is not None and not self._industry_set:
                industry, self._industry_set = self._default_industry(), True
            self.industry.options = _options(getattr(tax, "industries", None), lang)
            self.industry.value = industry if industry in {v for _, v in self.industry.options} else ANY
            function = self.function.value
            self.function.options = _options(getattr(tax, "functions", None), lang)
            self.function.value = function if function in {v for _, v in self.function.options} else ANY
            current = self.perspective.value
            self.perspective.options = [(t("uiw.suggest.any", lang), ANY),
                                        *((t(f"ui.perspective.{p.value}", lang), p.value) for p in reversed(Perspective))]  # fmt: skip
            self.perspective.value = current or ANY
            roles = [r for r in self._scheme.roles if self._roles is None or r.id in self._roles]
            names = {d.id: d.name for d in self._scheme.departments}
            selected = self.role.value
            self.role.options = [(f"{names.get(r.department, r.department)} · {r.name}", r.id) for r in roles]
            ids = [r.id for r in roles]
            self.role.value = selected if selected in ids else (ids[0] if ids else None)
        finally:
            self._quiet = False
        self._render_list()

    def _default_industry(self) -> str:
        tax = self._taxonomy
        industry = self._scheme.organization.industry
        if tax is None or not industry:
            return ANY
        try:
            return tax.resolve("industry", industry) or ANY
        except (KeyError, ValueError):
            return ANY

    def _render_list(self) -> None:
        lang = self.lang
        role_id = self.role.value
        self.add_buttons = []
        self.suggestions = []
        if role_id is None:
            self.list.children = [widgets.HTML(f"<p>{escape(t('uiw.kpis.no_roles', lang))}</p>")]
            return
        if self._suggest is None:
            self.list.children = [widgets.HTML(f"<p class='kpiguide-loading'>{escape(t('uip.suggest.loading', lang))}</p>")]  # fmt: skip
            return
        role = self._scheme.role(role_id)
        used = tuple(k.indicator for k in self._scheme.kpis_of(role_id) if k.indicator)
        try:
            self.suggestions = list(
                self._suggest(role, industry=self.industry.value or None, function=self.function.value or None,
                              perspective=self.perspective.value or None, exclude=used, top_k=self.top_k, lang=lang)
            )  # fmt: skip
        except Exception as exc:  # noqa: BLE001 - shown in the page
            self.message.show_error(exc)
        rows = []
        for s in self.suggestions:
            ind = s.indicator
            why = "".join(f"<li>{escape(w)}</li>" for w in s.why)
            html = widgets.HTML(
                f"<div class='kpiguide-suggestion' data-indicator='{escape(ind.id)}'><b>{escape(ind.name(lang))}</b> "
                f"<span style='color:#667085'>({escape(t(f'ui.perspective.{ind.perspective.value}', lang))} · "
                f"{escape(t('uip.suggest.score', lang, score=format_number(s.score, decimals=2)))})</span><br>"
                f"<span style='color:#475467'>{escape(ind.definition(lang))}</span>"
                f"<ul style='margin:2px 0'>{why}</ul></div>"
            )
            button = widgets.Button(
                description=t("uiw.suggest.add", lang), icon="plus", layout=widgets.Layout(width="7em", min_width="7em")
            )
            button.add_class("kpiguide-add-suggestion")
            button.on_click(lambda _b, i=ind: self._add(i))
            self.add_buttons.append(button)
            rows.append(widgets.HBox([button, html], layout=widgets.Layout(align_items="flex-start")))
        if not rows:
            rows = [widgets.HTML(f"<p>{escape(t('uiw.suggest.none', lang))}</p>")]
        self.list.children = rows

    def _add(self, indicator: Any) -> None:
        self.message.clear()
        if self._on_add is not None and self.role.value is not None:
            self._on_add(indicator, self.role.value)


def _fit_engine(_progress: Callable[[int, int], None]) -> tuple[Suggest, Any]:
    from kpiguide.suggest.engine import default_suggester  # scikit-learn and jieba: fitted in the background

    suggester = default_suggester()
    return role_suggest(suggester), suggester.catalog_.taxonomy


def start_engine(picker: SuggestionPicker, *, threaded: bool) -> None:
    """Fit the suggestion engine (once per kernel) off the UI thread, then fill ``picker``."""
    picker.task.threaded = threaded
    picker.task.start(
        _fit_engine,
        lambda result: picker.set_engine(*result),
        picker.message.show_error,
        label=t("uip.suggest.loading", picker.lang),
    )


def suggestion_picker(host: PanelHost) -> SuggestionPicker:
    """The suggestion picker for the roles the principal may edit (a head: the department's).

    An add is saved through the host (access check, audit); the host then refreshes every panel.
    """
    department = host.principal.department
    scheme = host.scheme()

    def add(indicator: Any, role: str) -> None:
        def action() -> str:
            kpi = kpi_from_indicator(indicator, role=role, scheme=host.scheme(), lang=picker.lang)
            host.save_kpi(kpi, expected_version=None, reason="added from a suggestion")
            return kpi.name

        host.run(action, picker.message, "uiw.suggest.added", name=indicator.name(picker.lang))

    roles = tuple(r.id for r in scheme.roles_of(department)) if department else None
    picker = SuggestionPicker(scheme, lang=host.lang, on_add=add, roles=roles)
    start_engine(picker, threaded=host.threaded)
    return picker


designer_panel = suggestion_picker
