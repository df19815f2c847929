"""A plotly figure inside a widget tree (re-drawn when the figure changes)."""

from __future__ import annotations

from typing import Any

import ipywidgets as widgets

__all__ = ["FigureBox"]


def _in_kernel() -> bool:
    # Outside a kernel (plain scripts, unit tests) plotly would open a web browser instead.
    try:
        from IPython import get_ipython
    except ImportError:  # pragma: no cover - IPython comes with ipywidgets
        return False
    shell = get_ipython()
    return shell is not None and getattr(shell, "kernel", None) is not None


class FigureBox(widgets.Output):
    """Shows ``figure`` (a plotly figure); set :attr:`figure` to redraw.

    Uses ``fig.show()`` inside an Output widget, which renders in JupyterLab and
    in Voila without ``anywidget`` (see TOOLCHAIN.md).
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
        self.clear_output(wait=True)
        if figure is not None and _in_kernel():
            with self:
                figure.show(config={"displaylogo": False, "responsive": True})
