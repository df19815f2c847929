"""A plotly figure inside a widget tree (re-drawn when the figure changes)."""

from __future__ import annotations

import json
from typing import Any

import ipywidgets as widgets

__all__ = ["MIME", "FigureBox"]

MIME = "application/vnd.plotly.v1+json"


def _in_kernel() -> bool:
    # Outside a kernel (plain scripts, unit tests) plotly would open a web browser instead.
    try:
        from IPython import get_ipython  # IPython: present only with a kernel
    except ImportError:  # pragma: no cover - IPython comes with ipywidgets
        return False
    shell = get_ipython()
    return shell is not None and getattr(shell, "kernel", None) is not None


class FigureBox(widgets.Output):
    """Shows ``figure`` (a plotly figure); set :attr:`figure` to redraw.

    The figure's display bundle becomes the Output widget's content, which renders in
    JupyterLab and in Voila without ``anywidget`` (see TOOLCHAIN.md).
    """

    def __init__(self, figure: Any = None) -> None:
        super().__init__()
        self.add_class("kpiguide-figure")
        self._figure = None
        if figure is not None:
            self.figure = figure

    @property
    def figure(self) -> Any:
        return self._figure

    @figure.setter
    def figure(self, figure: Any) -> None:
        self._figure = figure
        # Setting the outputs (instead of ``with self: figure.show()``) also works from background
        # threads (capturing display messages only works on the thread running a cell), and the
        # plotly mime type is drawn by the jupyterlab-plotly extension without sending plotly.js
        # inline with the first figure.
        self.outputs = () if figure is None or not _in_kernel() else (_display_data(figure),)


def _display_data(figure: Any) -> dict[str, Any]:
    payload = json.loads(figure.to_json())
    payload["config"] = {"displaylogo": False, "responsive": True}
    return {"output_type": "display_data", "data": {MIME: payload}, "metadata": {}}
