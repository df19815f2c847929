"""A list of :class:`~kpiguide.core.findings.Finding`, shared by every check's panel."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

import ipywidgets as widgets

from kpiguide.core.findings import Finding
from kpiguide.core.i18n import t

__all__ = ["FindingsList", "render_findings"]

_COLOURS = {"error": "#b42318", "warning": "#b54708", "info": "#175cd3"}


def render_findings(findings: Iterable[Finding], lang: str) -> str:
    """HTML for findings: severity badge, message and suggestion in ``lang``."""
    items = []
    for f in findings:
        colour = _COLOURS[f.severity.value]
        badge = t(f"ui.severity.{f.severity.value}", lang)
        suggestion = f.suggestion(lang)
        items.append(
            f'<li class="kpiguide-finding kpiguide-finding-{f.severity.value}" data-code="{escape(f.code)}">'
            f'<span style="color:{colour};font-weight:600">{escape(badge)}</span> '
            f"{escape(f.message(lang))}"
            + (f'<br><span style="color:#475467">→ {escape(suggestion)}</span>' if suggestion else "")
            + "</li>"
        )
    if not items:
        return f'<p class="kpiguide-findings-empty">{escape(t("ui.findings.none", lang))}</p>'
    return '<ul class="kpiguide-findings" style="padding-left:1.2em">' + "".join(items) + "</ul>"


class FindingsList(widgets.HTML):
    """Shows ``value`` (a tuple of findings) in the current language."""

    def __init__(self, findings: Iterable[Finding] = (), lang: str = "zh") -> None:
        super().__init__()
        self._findings: tuple[Finding, ...] = tuple(findings)
        self._lang = lang
        self.add_class("kpiguide-findings-list")
        self._render()

    @property
    def findings(self) -> tuple[Finding, ...]:
        return self._findings

    @findings.setter
    def findings(self, findings: Iterable[Finding]) -> None:
        self._findings = tuple(findings)
        self._render()

    def set_lang(self, lang: str) -> None:
        self._lang = lang
        self._render()

    def _render(self) -> None:
        self.value = render_findings(self._findings, self._lang)
