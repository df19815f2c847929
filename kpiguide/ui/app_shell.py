"""What the three apps share: open the app (never a blank page), the title bar, a plain HTML table, the panels."""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from html import escape
from typing import Any

import ipywidgets as widgets

from kpiguide.core.errors import KpiGuideError
from kpiguide.ui.context import AppContext, open_app
from kpiguide.ui.language import LanguageSwitch
from kpiguide.ui.messages import error_page
from kpiguide.ui.panels import Panel, PanelFactory, load_panels

__all__ = ["app_header", "build_app", "build_panels", "html_table"]

log = logging.getLogger("kpiguide.ui")


def build_app(role: str, factory: Callable[[AppContext], Any], query_string: str | None, project: str | None) -> Any:
    try:
        context = open_app(role, query_string=query_string, project=project)
    except Exception as exc:  # noqa: BLE001 - an app must show a message, never a blank page or a traceback
        return error_page(exc, "zh")
    try:
        return factory(context).widget
    except Exception as exc:
        if not isinstance(exc, KpiGuideError):
            log.exception("App failed to start")
        return error_page(exc, context.lang)


def app_header(switch: LanguageSwitch) -> tuple[widgets.HTML, widgets.Widget]:
    title = widgets.HTML()
    title.add_class("kpiguide-app-title")
    box = widgets.HBox([title, switch], layout=widgets.Layout(justify_content="space-between", align_items="center"))
    return title, box


def html_table(headers: Sequence[str], rows: Sequence[Sequence[str]], css: str) -> str:
    head = "".join(f"<th style='text-align:left;padding:2px 8px'>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td style='padding:2px 8px'>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table class='{css}'><tr>{head}</tr>{body}</table>"


def build_panels(context: AppContext, factories: Sequence[PanelFactory] | None, names: tuple[str, ...]) -> list[Panel]:
    return [factory(context) for factory in (load_panels(names) if factories is None else factories)]
