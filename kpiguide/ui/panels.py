"""Extension point: check panels (suggestions, SMART, balance, achievability, evaluation) for the apps.

A panel factory takes the :class:`~kpiguide.ui.context.PanelHost` (an app's
:class:`~kpiguide.ui.context.AppContext` or a guided notebook's host) and returns an
object with ``widget`` (what to show), ``refresh(scheme)`` (called after every
save) and ``set_lang(lang)``.  A panel that saves by itself (adding a suggested
KPI, adopting a target band) saves through ``host.save_kpi`` inside ``host.run``, which
then calls ``host.changed()``: the app (or notebook) refreshes the KPI cards and every
other panel.  The apps take a sequence of factories; by default
they load the dotted names in :data:`DESIGNER_PANELS` / :data:`DASHBOARD_PANELS`
whose modules exist, so an engine's panel appears as soon as its module lands
(add its name here).  A module that exists but fails to import is an error, not
skipped.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable
from html import escape
from typing import Protocol

import ipywidgets as widgets

from kpiguide.checks.profiles import load_profile
from kpiguide.core.i18n import t
from kpiguide.core.model import Scheme
from kpiguide.core.numbers import format_number
from kpiguide.design.weights import role_weights
from kpiguide.ui.context import PanelHost

__all__ = ["DASHBOARD_PANELS", "DESIGNER_PANELS", "Panel", "PanelFactory", "WeightsPanel", "load_panels"]


class Panel(Protocol):
    widget: widgets.Widget

    def refresh(self, scheme: Scheme) -> None: ...

    def set_lang(self, lang: str) -> None: ...


PanelFactory = Callable[[PanelHost], Panel]

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
    "kpiguide.ui.sync_panel:sync_panel",
    "kpiguide.ui.signals_panel:signals_panel",
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
    """Per role of the department: the KPI weights and their total (by the balance profile's rule)."""

    def __init__(self, host: PanelHost) -> None:
        self.department = host.principal.department
        self.lang = host.lang
        self.profile = host.profile
        self.widget = widgets.HTML()
        self.widget.add_class("kpiguide-weights-panel")
        self._scheme = host.scheme()
        self._render()

    def refresh(self, scheme: Scheme) -> None:
        self._scheme = scheme
        self._render()

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self._render()

    def _render(self) -> None:
        rows = []
        for weights in role_weights(self._scheme, self.department, self.profile):
            colour = "#054f31" if weights.ok else "#b42318"
            rows.append(
                f"<tr data-role='{escape(weights.role)}' data-ok='{weights.ok}'>"
                f"<td style='padding:2px 8px'>{escape(weights.name)}</td>"
                f"<td style='padding:2px 8px;text-align:right;color:{colour}' class='kpiguide-weight-total'>"
                f"{format_number(weights.total)}</td></tr>"
            )
        title = escape(
            t("ui.weights.title", self.lang, expected=format_number(load_profile(self.profile).weights_total))
        )
        self.widget.value = f"<b>{title}</b><table>{''.join(rows)}</table>"
