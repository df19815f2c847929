"""Connected data: each connector's last run with a "sync now" button, a dry-run preview, and the
staged batches waiting for the data owner's approval (issue 14).

Every write goes through :mod:`kpiguide.design.collaboration` (``sync_as``,
``approve_batch_as``), which refuses anyone but the leadership (HR) scope, whatever the
widgets were made to send.  Pulling runs in a :class:`~kpiguide.ui.background.BackgroundTask`.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Mapping, Sequence
from html import escape
from typing import Any

import ipywidgets as widgets

from kpiguide.connectors import last_runs, list_batches, stored_connectors
from kpiguide.core.i18n import t
from kpiguide.core.numbers import format_number
from kpiguide.design.collaboration import approve_batch_as, sync_as
from kpiguide.ui.background import BackgroundTask
from kpiguide.ui.context import PanelHost
from kpiguide.ui.messages import MessagePanel

__all__ = ["ALL", "SyncPanel", "batches_table", "preview_table", "runs_table", "sync_panel"]

ALL = ""
_CELL = "padding:2px 8px;vertical-align:top"
_STATUS_COLOURS = {"staged": "#b54708", "approved": "#054f31", "failed": "#b42318", "unchanged": "#475467"}
PREVIEW_ROWS = 50


def _table(headers: Sequence[str], rows: Sequence[Sequence[str]], css: str) -> str:
    head = "".join(f"<th style='text-align:left;{_CELL}'>{escape(h)}</th>" for h in headers)
    body = "".join(
        f"<tr class='{css}-row'>" + "".join(f"<td style='{_CELL}'>{c}</td>" for c in row) + "</tr>" for row in rows
    )
    return f"<table class='{css}'><tr>{head}</tr>{body}</table>"


def _when(stamp: Any) -> str:
    """``2026-12-04T06:17:33+00:00`` → ``2026-12-04 06:17 UTC`` (the store writes UTC)."""
    text = str(stamp or "")
    return f"{text[:10]} {text[11:16]} UTC" if len(text) >= 16 and text[10] == "T" else text


def _flags(flags: Sequence[Any]) -> str:
    counts = Counter(str(f.get("code", f)) if isinstance(f, Mapping) else str(f) for f in flags)
    return "; ".join(code if n == 1 else f"{code} ×{n}" for code, n in counts.items()) or "—"


def _status(status: str, lang: str) -> str:
    colour = _STATUS_COLOURS.get(status, "#475467")
    label = t(f"uis.status.{status}", lang) if status in _STATUS_COLOURS else status
    return f"<span class='kpiguide-run-{escape(status)}' style='color:{colour};font-weight:600'>{escape(label)}</span>"


def runs_table(connectors: Sequence[Any], runs: dict[str, dict[str, Any]], lang: str) -> str:
    """One row per connector: type, KPI, and its last run (when, period, status, rows, flags, error)."""
    rows = []
    for c in connectors:
        run = runs.get(c.id) or {}
        rows.append(
            [
                f"<b>{escape(c.id)}</b>",
                escape(c.type),
                escape(c.kpi),
                escape(_when(run.get("at")) or t("uis.never", lang)),
                escape(str(run.get("period") or "—")),
                _status(str(run["status"]), lang) if run.get("status") else "—",
                escape(f"{run.get('pulled', '—')} / {run.get('staged', '—')}"),
                escape(str(run.get("flags", "—"))),
                f"<span style='color:#b42318'>{escape(str(run.get('error') or ''))}</span>",
            ]
        )
    keys = ("connector", "type", "kpi", "at", "period", "status", "rows", "flags", "error")
    return _table([t(f"uis.col.{k}", lang) for k in keys], rows, "kpiguide-sync-runs")


def _subject(row: Any) -> str:
    return str(row.get("employee") or row.get("department") or "")


def preview_table(batches: Sequence[Any], lang: str, *, limit: int = PREVIEW_ROWS) -> str:
    """The rows a dry run would stage: connector, KPI, employee or department, period, value."""
    rows = [
        [escape(b.connector), escape(b.kpi), escape(_subject(r)), escape(str(r.get("period", b.period))),
         format_number(float(r["value"]))]
        for b in batches
        for r in b.rows
    ]  # fmt: skip
    more = len(rows) - limit
    keys = ("connector", "kpi", "subject", "period", "value")
    html = _table([t(f"uis.col.{k}", lang) for k in keys], rows[:limit], "kpiguide-sync-preview")
    if more > 0:
        html += f"<p style='color:#667085'>{escape(t('uip.findings.more', lang, n=more))}</p>"
    return html


def batches_table(batches: Sequence[Any], lang: str) -> str:
    """Staged batches: id, connector, KPI, period, rows, data-quality flags, source, who staged it and when."""
    rows = [
        [
            f"<code>{escape(b.id)}</code>",
            escape(b.connector),
            escape(b.kpi),
            escape(b.period),
            str(len(b.rows)),
            escape(_flags(b.flags)),
            escape(b.source),
            escape(f"{b.staged_by} · {_when(b.staged_at)}"),
        ]
        for b in batches
    ]
    keys = ("batch", "connector", "kpi", "period", "rows", "flags", "source", "staged")
    return _table([t(f"uis.col.{k}", lang) for k in keys], rows, "kpiguide-staged-batches")


class SyncPanel(widgets.VBox):
    """Connectors' last runs, "sync now", a dry-run preview and the staged batches with an approve button.

    The callables are injected (``sync_panel`` wires them to the project through the access check):
    ``connectors() -> list[Connector]``, ``runs() -> {id: run}``, ``staged() -> list[Batch]``,
    ``run_sync(connector_id, period, dry_run) -> list[Batch]``, ``approve(batch_id) -> Batch``.
    """

    def __init__(
        self,
        *,
        connectors: Callable[[], list[Any]],
        runs: Callable[[], dict[str, dict[str, Any]]],
        staged: Callable[[], list[Any]],
        run_sync: Callable[[str | None, str | None, bool], list[Any]],
        approve: Callable[[str], Any],
        lang: str = "zh",
        threaded: bool = True,
        on_change: Callable[[], None] | None = None,
    ) -> None:
        self.lang = lang
        self._connectors, self._runs, self._staged = connectors, runs, staged
        self._run_sync, self._approve, self._on_change = run_sync, approve, on_change
        self.preview: list[Any] = []
        self.heading = widgets.HTML()
        self.runs = widgets.HTML()
        self.connector = widgets.Dropdown(layout=widgets.Layout(width="auto"))
        self.connector.add_class("kpiguide-sync-connector")
        self.period = widgets.Text(placeholder="2026-10", layout=widgets.Layout(width="12em"))
        self.period.add_class("kpiguide-sync-period")
        self.preview_button = widgets.Button(icon="eye", layout=widgets.Layout(width="auto"))
        self.preview_button.add_class("kpiguide-sync-preview-button")
        self.sync_button = widgets.Button(icon="refresh", button_style="primary", layout=widgets.Layout(width="auto"))
        self.sync_button.add_class("kpiguide-sync-now")
        self.task = BackgroundTask(threaded=threaded)
        self.message = MessagePanel(lang)
        self.preview_html = widgets.HTML()
        self.staged_heading = widgets.HTML()
        self.staged_html = widgets.HTML()
        self.batch = widgets.Dropdown(layout=widgets.Layout(width="auto"))
        self.batch.add_class("kpiguide-batch-choice")
        self.approve_button = widgets.Button(icon="check", button_style="success", layout=widgets.Layout(width="auto"))
        self.approve_button.add_class("kpiguide-approve-batch")
        self.preview_button.on_click(lambda _b: self.start(dry_run=True))
        self.sync_button.on_click(lambda _b: self.start(dry_run=False))
        self.approve_button.on_click(lambda _b: self.approve_selected())
        controls = widgets.HBox([self.connector, self.period, self.preview_button, self.sync_button])
        approve = widgets.HBox([self.batch, self.approve_button])
        super().__init__(
            [self.heading, self.runs, controls, self.task, self.message, self.preview_html,
             self.staged_heading, self.staged_html, approve]
        )  # fmt: skip
        self.add_class("kpiguide-sync-panel")
        self.set_lang(lang)

    @property
    def widget(self) -> widgets.Widget:
        return self

    def refresh(self, _scheme: Any = None) -> None:
        """Redraw the runs and the staged batches from the project."""
        lang = self.lang
        connectors = self._connectors()
        choice = self.connector.value
        self.connector.options = [(t("uis.all_connectors", lang), ALL), *((c.id, c.id) for c in connectors)]
        self.connector.value = choice if choice in {ALL, *(c.id for c in connectors)} else ALL
        self.runs.value = runs_table(connectors, self._runs(), lang) if connectors else ""
        if not connectors:
            self.runs.value = f"<p class='kpiguide-no-connectors'>{escape(t('uis.no_connectors', lang))}</p>"
        for button in (self.sync_button, self.preview_button):
            button.disabled = not connectors
        staged = self._staged()
        self.staged_heading.value = f"<h4>{escape(t('uis.staged', lang, n=len(staged)))}</h4>"
        self.staged_html.value = batches_table(staged, lang) if staged else ""
        choice = self.batch.value
        self.batch.options = [b.id for b in staged]
        ids = [b.id for b in staged]
        self.batch.value = choice if choice in ids else (ids[0] if ids else None)
        self.approve_button.disabled = not staged

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.message.set_lang(lang)
        self.heading.value = (
            f"<h3>{escape(t('uis.title', lang))}</h3><p style='color:#475467'>{escape(t('uis.intro', lang))}</p>"
        )
        self.connector.description = t("uis.connector", lang)
        self.period.description = t("uis.period", lang)
        self.preview_button.description = t("uis.preview", lang)
        self.sync_button.description = t("uis.sync_now", lang)
        self.batch.description = t("uis.batch", lang)
        self.approve_button.description = t("uis.approve", lang)
        self.refresh()
        if self.preview:
            self.preview_html.value = preview_table(self.preview, lang)

    # -- actions -----------------------------------------------------------------------------------
    def start(self, *, dry_run: bool) -> None:
        """Pull (``dry_run``: only show what would be staged) in the background."""
        self.message.clear()
        connector = self.connector.value or None
        period = self.period.value.strip() or None
        for button in (self.sync_button, self.preview_button):
            button.disabled = True
        self.task.start(
            lambda _progress: self._run_sync(connector, period, dry_run),
            lambda batches: self._synced(batches, dry_run),
            self._failed,
            label=t("uis.pulling", self.lang),
        )

    def _synced(self, batches: list[Any], dry_run: bool) -> None:
        lang = self.lang
        if dry_run:
            self.preview = batches
            self.preview_html.value = preview_table(batches, lang)
            n = sum(len(b.rows) for b in batches)
            self.message.show("info", t("uis.previewed", lang, n=n))
        else:
            self.preview, self.preview_html.value = [], ""
            text = ", ".join(f"{b.connector}: {t(f'uis.status.{b.status}', lang)} ({len(b.rows)})" for b in batches)
            self.message.show("ok", t("uis.synced", lang, n=len(batches)), text)
        self.refresh()
        if self._on_change is not None and not dry_run:
            self._on_change()

    def _failed(self, exc: BaseException) -> None:
        self.message.show_error(exc)
        self.refresh()

    def approve_selected(self) -> None:
        """Approve the chosen staged batch: its rows become actuals."""
        batch_id = self.batch.value
        if not batch_id:
            return
        self.message.clear()
        try:
            batch = self._approve(batch_id)
        except Exception as exc:  # noqa: BLE001 - shown to the user; kpiguide errors are located
            self.message.show_error(exc)
            return
        self.message.show("ok", t("uis.approved", self.lang, batch=batch.id, n=len(batch.rows)))
        self.refresh()
        if self._on_change is not None:
            self._on_change()


def sync_panel(host: PanelHost) -> SyncPanel:
    """The sync panel for the host's project; syncs and approvals are checked against the invite's scope."""
    store, principal = host.store, host.principal

    def connectors() -> list[Any]:
        stored = stored_connectors(store, host.lang)
        return list(stored.connectors) if stored is not None else []

    def run_sync(connector: str | None, period: str | None, dry_run: bool) -> list[Any]:
        return sync_as(store, principal, connector_id=connector, period=period, dry_run=dry_run, actor=host.actor)

    return SyncPanel(
        connectors=connectors, runs=lambda: last_runs(store), staged=lambda: list_batches(store, status="staged"),
        run_sync=run_sync, approve=lambda batch_id: approve_batch_as(store, principal, batch_id, actor=host.actor),
        lang=host.lang, threaded=host.threaded, on_change=host.changed,
    )  # fmt: skip
