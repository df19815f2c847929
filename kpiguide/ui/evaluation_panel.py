"""Evaluation table: pick a period, evaluate (off the UI thread), see scores, ratings and what was skipped."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

import ipywidgets as widgets

from kpiguide.core.i18n import t
from kpiguide.core.model import Scheme
from kpiguide.core.numbers import format_number
from kpiguide.design.outputs import quarters_between, quarters_with_data
from kpiguide.ui.background import BackgroundTask
from kpiguide.ui.context import PanelHost
from kpiguide.ui.messages import MessagePanel

__all__ = ["EvaluationPanel", "dashboard_panel", "evaluation_panel", "quarters_between"]


def _score(value: Any) -> str:
    try:
        number = float(value)
    except (TypeError, ValueError):
        return "—"
    return format_number(number, decimals=1, missing="—")


class EvaluationPanel(widgets.VBox):
    """Period choice + *evaluate* button; shows the department summary and the employee table.

    ``evaluate(period) -> EvaluationResult`` is injected; it runs in a
    :class:`~kpiguide.ui.background.BackgroundTask`.  ``value`` is the last result.
    """

    def __init__(
        self,
        scheme: Scheme,
        periods: list[str],
        *,
        evaluate: Callable[[str], Any],
        lang: str = "zh",
        department: str | None = None,
        threaded: bool = True,
        on_result: Callable[[Any], None] | None = None,
    ) -> None:
        self.lang = lang
        self.department = department
        self._scheme = scheme
        self._evaluate = evaluate
        self._on_result = on_result
        self._result: Any = None
        self.heading = widgets.HTML()
        self.period = widgets.Dropdown(options=periods, value=periods[0] if periods else None)
        self.period.add_class("kpiguide-period")
        self.button = widgets.Button(icon="calculator", button_style="primary", disabled=not periods)
        self.button.add_class("kpiguide-evaluate")
        self.task = BackgroundTask(threaded=threaded)
        self.message = MessagePanel(lang)
        self.summary = widgets.HTML()
        self.table = widgets.HTML()
        self.table.add_class("kpiguide-evaluation-table")
        self.button.on_click(lambda _b: self.run())
        super().__init__(
            [self.heading, widgets.HBox([self.period, self.button]), self.task, self.message, self.summary, self.table]
        )
        self.add_class("kpiguide-evaluation-panel")
        self.set_lang(lang)

    @property
    def widget(self) -> widgets.Widget:
        return self

    @property
    def value(self) -> Any:
        return self._result

    def refresh(self, scheme: Scheme) -> None:
        self._scheme = scheme

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.message.set_lang(lang)
        self.heading.value = f"<h3>{escape(t('uiw.eval.title', lang))}</h3>"
        self.period.description = t("uiw.eval.period", lang)
        self.button.description = t("uiw.eval.run", lang)
        if not self.period.options:
            self.message.show("info", t("uiw.eval.no_data", lang))
        self._render()

    def run(self) -> None:
        """Evaluate the chosen period (in the background); the table fills in when done."""
        period = self.period.value
        if not period:
            return
        self.message.clear()
        self.button.disabled = True
        self.task.start(
            lambda progress: self._work(period, progress),
            self._done,
            self._failed,
            label=t("uiw.eval.running", self.lang, period=period),
        )

    def _work(self, period: str, progress: Callable[[int, int], None]) -> Any:
        progress(0, 1)
        result = self._evaluate(period)
        progress(1, 1)
        return result

    def _done(self, result: Any) -> None:
        self._result = result
        self.button.disabled = False
        self._render()
        if self._on_result is not None:
            self._on_result(result)

    def _failed(self, exc: BaseException) -> None:
        self.button.disabled = False
        self.message.show_error(exc)

    def _render(self) -> None:
        result, lang = self._result, self.lang
        if result is None:
            self.summary.value = ""
            self.table.value = ""
            return
        names = {d.id: d.name for d in self._scheme.departments}
        roles = {r.id: r.name for r in self._scheme.roles}
        emp = result.employees
        if self.department is not None:
            emp = emp[emp["department"] == self.department]
        counts = result.rating_counts(emp)
        frozen = t("uiw.eval.frozen", lang) if getattr(result, "frozen", False) else t("uiw.eval.live", lang)
        dist = " · ".join(f"{escape(code)}: {n}" for code, n in counts.items())
        skipped = len(result.skipped)
        self.summary.value = (
            f"<p><b>{escape(str(result.period))}</b> — {escape(frozen)}. "
            f"{escape(t('uiw.eval.summary', lang, employees=len(emp), skipped=skipped))}<br>"
            f"{escape(t('uiw.eval.ratings', lang))} {dist}</p>"
        )
        head = "".join(
            f"<th style='text-align:left;padding:2px 8px'>{escape(t(f'uiw.eval.col.{c}', lang))}</th>"
            for c in ("employee", "name", "department", "role", "score", "rating", "scored")
        )
        rows = "".join(
            f"<tr data-employee='{escape(str(r['employee']))}'><td style='padding:2px 8px'>{escape(str(r['employee']))}</td>"
            f"<td style='padding:2px 8px'>{escape(str(r['name']))}</td>"
            f"<td style='padding:2px 8px'>{escape(names.get(r['department'], str(r['department'])))}</td>"
            f"<td style='padding:2px 8px'>{escape(roles.get(r['role'], str(r['role'])))}</td>"
            f"<td style='padding:2px 8px;text-align:right'>{_score(r['score'])}</td>"
            f"<td style='padding:2px 8px;text-align:center'>{escape(str(r['rating'] or '—'))}</td>"
            f"<td style='padding:2px 8px;text-align:right'>{int(r['n_scored'])}/{int(r['n_scored'] + r['n_skipped'])}</td></tr>"
            for r in emp.to_dict("records")
        )
        self.table.value = f"<div style='max-height:420px;overflow-y:auto'><table><tr>{head}</tr>{rows}</table></div>"


def evaluation_panel(host: PanelHost, *, on_result: Callable[[Any], None] | None = None) -> EvaluationPanel:
    """The evaluation table of the host's project (results of a chosen quarter)."""
    from kpiguide.evaluation import evaluate  # pandas: loaded when the panel is shown, not with the apps

    store = host.store
    return EvaluationPanel(
        host.scheme(), quarters_with_data(store), evaluate=lambda period: evaluate(store, period), lang=host.lang,
        threaded=host.threaded, on_result=on_result,
    )  # fmt: skip


def dashboard_panel(host: PanelHost) -> EvaluationPanel:
    """Panel for the leadership dashboard (same panel)."""
    return evaluation_panel(host)
