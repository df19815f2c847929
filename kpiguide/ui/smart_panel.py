"""SMART verdict of a KPI statement: the five criteria, the findings and the rewrite one click away.

:class:`SmartVerdict` shows one :class:`~kpiguide.checks.smart.SmartResult`;
:func:`designer_panel` lists the verdict of every KPI of the head's department in
the KPI designer app (read-only: edits happen on the KPI cards).
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

import ipywidgets as widgets

from kpiguide.checks.kpi_review import analyze_kpi
from kpiguide.core.i18n import t
from kpiguide.core.model import Kpi, Scheme
from kpiguide.ui.background import BackgroundTask
from kpiguide.ui.context import PanelHost
from kpiguide.ui.findings import render_findings
from kpiguide.ui.messages import error_text

__all__ = ["SmartPanel", "SmartVerdict", "analyze_kpi", "designer_panel", "smart_panel"]

CRITERIA = ("specific", "measurable", "achievable", "relevant", "time_bound")
_MARKS = {True: ("✔", "#054f31"), False: ("✘", "#b42318"), None: ("?", "#667085")}


def overall_mark(result: Any) -> str:
    """✘ when any criterion fails, ? when none fails but some cannot be judged yet, else ✔."""
    states = [c.ok for c in result.criteria.values()]
    key = False if False in states else (None if None in states else True)
    mark, colour = _MARKS[key]
    return f"<span style='color:{colour};font-weight:700'>{mark}</span>"


def render_verdict(result: Any, lang: str) -> str:
    """HTML of the five criteria with their reasons, then the findings."""
    if result is None:
        return ""
    cells = []
    for name in CRITERIA:
        criterion = result.criteria[name]
        mark, colour = _MARKS[criterion.ok]
        reason = criterion.reason_zh if lang == "zh" else criterion.reason_en
        cells.append(
            f"<tr class='kpiguide-smart-{name}' data-ok='{criterion.ok}'>"
            f"<td style='color:{colour};font-weight:700;padding:1px 6px'>{mark}</td>"
            f"<td style='padding:1px 6px;white-space:nowrap'>{escape(t(f'uiw.smart.{name}', lang))}</td>"
            f"<td style='padding:1px 6px;color:#475467'>{escape(reason)}</td></tr>"
        )
    states = [result.criteria[name].ok for name in CRITERIA]
    if False in states:
        verdict, colour = t("uiw.smart.not_smart", lang, n=states.count(False)), "#b54708"
    elif None in states:
        verdict, colour = t("uiw.smart.partly", lang, n=states.count(None)), "#175cd3"
    else:
        verdict, colour = t("uiw.smart.is_smart", lang), "#054f31"
    shown = [f for f in result.findings if f.code != "smart.engine_unavailable"]
    return (
        f"<div class='kpiguide-smart-verdict'><b style='color:{colour}'>{escape(verdict)}</b>"
        f"<table>{''.join(cells)}</table>{render_findings(shown, lang) if shown else ''}</div>"
    )


class SmartVerdict(widgets.VBox):
    """Shows ``value`` (a SMART result) and offers its rewrite: ``on_use_rewrite(text)``."""

    def __init__(
        self, result: Any = None, *, lang: str = "zh", on_use_rewrite: Callable[[str], None] | None = None
    ) -> None:
        self.lang = lang
        self._result = result
        self._on_use = on_use_rewrite
        self.html = widgets.HTML()
        self.rewrite = widgets.HTML()
        self.use_button = widgets.Button(icon="magic", layout=widgets.Layout(width="auto"))
        self.use_button.add_class("kpiguide-use-rewrite")
        self.use_button.on_click(lambda _b: self._use())
        children = [self.html, self.rewrite] + ([self.use_button] if on_use_rewrite is not None else [])
        super().__init__(children, layout=widgets.Layout(padding="2px 0 4px 0"))
        self.add_class("kpiguide-smart")
        self._render()

    @property
    def value(self) -> Any:
        return self._result

    @value.setter
    def value(self, result: Any) -> None:
        self._result = result
        self._render()

    def rewrite_text(self) -> str:
        if self._result is None:
            return ""
        return self._result.rewrite_zh if self.lang == "zh" else self._result.rewrite_en

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self._render()

    def _render(self) -> None:
        self.html.value = render_verdict(self._result, self.lang)
        text = self.rewrite_text()
        differs = bool(text) and self._result is not None and text != self._result.text
        self.rewrite.value = (
            f"<div class='kpiguide-rewrite'>{escape(t('uiw.smart.rewrite', self.lang))} <i>{escape(text)}</i></div>"
            if differs
            else ""
        )
        self.use_button.description = t("uiw.smart.use_rewrite", self.lang)
        self.use_button.layout.display = "" if differs else "none"

    def _use(self) -> None:
        text = self.rewrite_text()
        if text and self._on_use is not None:
            self._on_use(text)


class SmartPanel(widgets.VBox):
    """The SMART verdict of every KPI of one department (or of all when ``department`` is None).

    Judging relevance compares texts with the catalog (a few seconds the first time in a
    kernel), so the verdicts are computed in a :class:`~kpiguide.ui.background.BackgroundTask`.
    """

    def __init__(
        self,
        scheme: Scheme,
        department: str | None = None,
        *,
        lang: str = "zh",
        analyze: Any = None,
        threaded: bool = False,
        history_of: Callable[[Kpi], Any] | None = None,
    ) -> None:
        self._history_of = history_of
        self.department = department
        self.lang = lang
        self._analyze = analyze
        self.heading = widgets.HTML()
        self.task = BackgroundTask(threaded=threaded)
        self.list = widgets.HTML()
        self.list.add_class("kpiguide-smart-list")
        super().__init__([self.heading, self.task, self.list])
        self.add_class("kpiguide-smart-panel")
        self._scheme = scheme
        self._render()

    @property
    def widget(self) -> widgets.Widget:
        return self

    def refresh(self, scheme: Scheme) -> None:
        self._scheme = scheme
        self._render()

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self._render()

    def _render(self) -> None:
        scheme, lang = self._scheme, self.lang
        self.heading.value = f"<h3>{escape(t('uiw.smart.title', lang))}</h3>"
        self.task.start(
            lambda progress: self._blocks(scheme, lang, progress),
            self._show,
            lambda exc: setattr(self.list, "value", f"<p>{escape(error_text(exc, lang))}</p>"),
            label=t("uip.smart.checking", lang),
        )

    def _show(self, html: str) -> None:
        self.list.value = html

    def _blocks(self, scheme: Scheme, lang: str, progress: Callable[[int, int], None]) -> str:
        kpis = scheme.kpis_of_department(self.department) if self.department else scheme.kpis
        blocks = []
        for i, kpi in enumerate(kpis):
            history = self._history_of(kpi) if self._history_of is not None else None
            result = analyze_kpi(scheme, kpi, lang, analyze=self._analyze, history=history)
            text = result.rewrite_zh if lang == "zh" else result.rewrite_en
            rewrite = (
                f"<div>{escape(t('uiw.smart.rewrite', lang))} <i>{escape(text)}</i></div>"
                if text and text != kpi.name
                else ""
            )
            blocks.append(
                f"<details class='kpiguide-smart-kpi' data-kpi='{escape(kpi.id)}'><summary>"
                f"{overall_mark(result)} <b>{escape(kpi.name)}</b></summary>"
                f"{render_verdict(result, lang)}{rewrite}</details>"
            )
            progress(i + 1, len(kpis))
        return "".join(blocks) or f"<p>{escape(t('ui.dept.no_kpis', lang))}</p>"


def smart_panel(host: PanelHost) -> SmartPanel:
    """SMART verdicts of the principal's department's KPIs (all for the organisation's scope), judged with their history."""
    from kpiguide.data.history import series_from_store  # pandas: loaded when the panel is shown

    store = host.store
    return SmartPanel(
        host.scheme(),
        host.principal.department,
        lang=host.lang,
        threaded=host.threaded,
        history_of=lambda kpi: series_from_store(store, kpi.id),
    )


designer_panel = smart_panel
