"""Extension point: check panels (suggestions, SMART, balance, achievability, evaluation) for the apps.

A panel factory takes the :class:`~kpiguide.ui.context.AppContext` and returns an
object with ``widget`` (what to show), ``refresh(scheme)`` (called after every
save) and ``set_lang(lang)``.  A panel that saves by itself (adding a suggested
KPI, adopting a target band) has an ``on_change`` attribute: the app sets it to its
own refresh so that the KPI cards and every other panel show the change.  The apps take a sequence of factories; by default
they load the dotted names in :data:`DESIGNER_PANELS` / :data:`DASHBOARD_PANELS`
whose modules exist, so an engine's panel appears as soon as its module lands
(add its name here).  A module that exists but fails to import is an error, not
skipped.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from html import escape
from typing import Any, Protocol

import ipywidgets as widgets

from kpiguide.core.i18n import t
from kpiguide.core.model import Scheme

__all__ = ["DASHBOARD_PANELS", "DESIGNER_PANELS", "Panel", "PanelFactory", "WeightsPanel", "load_panels"]


class Panel(Protocol):
    widget: widgets.Widget

    def refresh(self, scheme: Scheme) -> None: ...

    def set_lang(self, lang: str) -> None: ...


PanelFactory = Callable[[Any], Panel]

# "module:factory" names, in display order.  Modules not present yet are skipped.
DESIGNER_PANELS: tuple[str, ...] = (
    "kpiguide.ui.panels:WeightsPanel",
    "kpiguide.ui.suggestion_picker:designer_panel",
    "kpiguide.ui.smart_panel:designer_panel",
    "kpiguide.ui.balance_panel:designer_panel",
    "kpiguide.ui.achievability_panel:designer_panel",
)
DASHBOARD_PANELS: tuple[str, ...] = (
    "kpiguide.ui.dashboard_panels:strategy_map_panel",
    "kpiguide.ui.balance_panel:dashboard_panel",
    "kpiguide.ui.fairness_panel:dashboard_panel",
    "kpiguide.ui.dashboard_panels:results_panel",
    "kpiguide.ui.evaluation_panel:dashboard_panel",
    "kpiguide.ui.dashboard_panels:findings_panel",
)


def load_panels(names: Iterable[str]) -> list[PanelFactory]:
    """The factories named ``module:attribute`` whose module is installed."""
    factories = []
    for name in names:
        module_name, _, attribute = name.partition(":")
        try:
            module = importlib.import_module(module_name)
        except ModuleNotFoundError as exc:
            if exc.name == module_name:
                continue
            raise
        factories.append(getattr(module, attribute))
    return factories


class WeightsPanel:
    """Per role of the department: the KPI weights and their total (should be 100)."""

    def __init__(self, context: Any) -> None:
        self.department = context.principal.department
        self.lang = context.lang
        self.widget = widgets.HTML()
        self.widget.add_class("kpiguide-weights-panel")
        self._scheme = context.store.load_scheme()
        self._render()

    def refresh(self, scheme: Scheme) -> None:
        self._scheme = scheme
        self._render()

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self._render()

    def _render(self) -> None:
        scheme = self._scheme
        rows = []
        for role in scheme.roles_of(self.department) if self.department else scheme.roles:
            total = sum(k.weight for k in scheme.kpis_of(role.id))
            colour = "#054f31" if abs(total - 100) < 1e-6 else "#b42318"
            rows.append(
                f"<tr data-role='{escape(role.id)}'><td style='padding:2px 8px'>{escape(role.name)}</td>"
                f"<td style='padding:2px 8px;text-align:right;color:{colour}' class='kpiguide-weight-total'>{total:g}</td></tr>"
            )
        title = escape(t("ui.weights.title", self.lang))
        self.widget.value = f"<b>{title}</b><table>{''.join(rows)}</table>"
