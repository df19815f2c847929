"""Data panel: upload actuals (CSV/XLSX), see validation errors and data-quality flags, import into the project.

Reading and validating files is the history engine's job (:mod:`kpiguide.history`);
until it is installed the panel says so instead of guessing at file formats.
"""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

__all__ = ["data_panel"]


def data_panel(ws: Any) -> widgets.Widget:
    """The data panel for the workshop's project."""
    from kpiguide.ui.engine_missing import engine_missing

    try:
        import kpiguide.history  # noqa: F401
    except ImportError:
        return engine_missing("kpiguide.history", ws.lang)
    return engine_missing("kpiguide.ui.data_panel (upload)", ws.lang)
