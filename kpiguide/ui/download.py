"""A download button for a file made in the kernel (an HTML link carrying the bytes)."""

from __future__ import annotations

import base64
from html import escape

import ipywidgets as widgets

__all__ = ["MIME_TYPES", "DownloadLink"]

MIME_TYPES = {
    ".html": "text/html",
    ".xlsx": "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    ".yaml": "application/x-yaml",
    ".json": "application/json",
    ".csv": "text/csv",
    ".md": "text/markdown",
}


class DownloadLink(widgets.HTML):
    """Shows a download button for ``data`` named ``filename``; empty until :meth:`set_file` is called.

    The bytes travel inside the link (a ``data:`` URL), so it works in JupyterLab
    and in Voila without serving files; keep files to a few megabytes.
    """

    def __init__(self, label: str = "", *, filename: str = "", data: bytes | None = None) -> None:
        super().__init__()
        self.add_class("kpiguide-download")
        self.label = label
        self.filename = filename
        self.data = data
        self._render()

    def set_file(self, filename: str, data: bytes, label: str | None = None) -> None:
        self.filename = filename
        self.data = data
        if label is not None:
            self.label = label
        self._render()

    def set_label(self, label: str) -> None:
        self.label = label
        self._render()

    def _render(self) -> None:
        if self.data is None:
            self.value = ""
            return
        suffix = "." + self.filename.rsplit(".", 1)[-1].lower() if "." in self.filename else ""
        mime = MIME_TYPES.get(suffix, "application/octet-stream")
        payload = base64.b64encode(self.data).decode("ascii")
        size = f"{len(self.data) / 1024:.0f} KB" if len(self.data) >= 1024 else f"{len(self.data)} B"
        self.value = (
            f'<a download="{escape(self.filename)}" href="data:{mime};base64,{payload}" '
            'class="kpiguide-download-link" style="display:inline-block;padding:4px 12px;margin:2px 4px 2px 0;'
            'border:1px solid #175cd3;border-radius:4px;color:#175cd3;text-decoration:none">'
            f"⬇ {escape(self.label or self.filename)} <span style='color:#667085'>({escape(self.filename)}, {size})</span></a>"
        )
