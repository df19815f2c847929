"""Data panel: upload actuals (CSV/XLSX), see validation errors and data-quality flags, import into the project.

Reading and validating is the history engine's job (:func:`kpiguide.data.history.read_history`,
:func:`kpiguide.data.history.import_actuals`); the quality flags come from
:mod:`kpiguide.data.quality`.  The panel only moves the uploaded bytes to a file,
calls them and shows what they say: every problem with its file, sheet, row and
column in one table, and nothing imported while there is any.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable, Sequence
from html import escape
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from kpiguide.core.errors import InputError, KpiGuideError, Problem
from kpiguide.core.i18n import Msg, localize, t
from kpiguide.design.collaboration import import_actuals_as
from kpiguide.ui.background import BackgroundTask
from kpiguide.ui.context import PanelHost
from kpiguide.ui.download import DownloadLink
from kpiguide.ui.messages import MessagePanel
from kpiguide.ui.sync_panel import sync_panel

__all__ = ["ACCEPTED", "MAX_BYTES", "DataPanel", "data_panel", "findings_table", "problems_table"]

ACCEPTED = (".csv", ".xlsx")
MAX_BYTES = 20 * 1024 * 1024
_CELL = "padding:2px 8px;vertical-align:top"
_SEVERITY_COLOURS = {"error": "#b42318", "warning": "#b54708", "info": "#175cd3"}


def problems_table(problems: Sequence[Problem], lang: str) -> str:
    """HTML table of input problems: file, sheet, row (or line), column, what is wrong."""
    head = "".join(
        f"<th style='text-align:left;{_CELL}'>{escape(t(f'uip.data.col.{c}', lang))}</th>"
        for c in ("file", "sheet", "row", "column", "problem")
    )
    rows = "".join(
        "<tr class='kpiguide-problem'>"
        f"<td style='{_CELL}'>{escape(Path(p.file).name if p.file else '')}</td>"
        f"<td style='{_CELL}'>{escape(p.sheet or '')}</td>"
        f"<td style='{_CELL};text-align:right'>{p.row if p.row is not None else (p.line if p.line is not None else '')}</td>"
        f"<td style='{_CELL}'>{escape(p.field or '')}</td>"
        f"<td style='{_CELL}'>{escape(localize(p.message, lang))}</td></tr>"
        for p in problems
    )
    return f"<table class='kpiguide-problems'><tr>{head}</tr>{rows}</table>"


def findings_table(findings: Sequence[Any], lang: str, *, limit: int = 200) -> str:
    """HTML table of findings: severity, subject, what was found, what to do."""
    head = "".join(
        f"<th style='text-align:left;{_CELL}'>{escape(t(f'uip.data.col.{c}', lang))}</th>"
        for c in ("severity", "subject", "finding", "suggestion")
    )
    order = {"error": 0, "warning": 1, "info": 2}
    shown = sorted(findings, key=lambda f: order[f.severity.value])[:limit]
    rows = "".join(
        f"<tr class='kpiguide-quality-finding' data-code='{escape(f.code)}'>"
        f"<td style='{_CELL};color:{_SEVERITY_COLOURS[f.severity.value]};font-weight:600'>"
        f"{escape(t(f'ui.severity.{f.severity.value}', lang))}</td>"
        f"<td style='{_CELL}'>{escape(f.subject)}</td>"
        f"<td style='{_CELL}'>{escape(f.message(lang))}</td>"
        f"<td style='{_CELL};color:#475467'>{escape(f.suggestion(lang))}</td></tr>"
        for f in shown
    )
    more = len(findings) - len(shown)
    extra = f"<p style='color:#667085'>{escape(t('uip.findings.more', lang, n=more))}</p>" if more > 0 else ""
    if not findings:
        return f"<p class='kpiguide-findings-empty'>{escape(t('ui.findings.none', lang))}</p>"
    return (
        f"<div style='max-height:420px;overflow-y:auto'><table class='kpiguide-quality'><tr>{head}</tr>{rows}</table></div>"
        + extra
    )


def _problems_of(exc: BaseException) -> list[Problem]:
    if isinstance(exc, InputError):
        return list(exc.problems) or [Problem(exc.summary)]
    return [Problem(exc.args[0] if len(exc.args) == 1 and isinstance(exc.args[0], Msg) else str(exc))]


class DataPanel(widgets.VBox):
    """Upload a file, read and check it, then import it; or check the data already in the project.

    Parameters
    ----------
    read : callable
        ``read(path) -> HistoryData`` (raises ``DataImportError`` with every problem).
    check : callable
        ``check(data) -> Report`` — data-quality findings of a file just read.
    import_file : callable
        ``import_file(path, replace_existing) -> dict`` of counts (raises like ``read``).
    check_project : callable, optional
        ``check_project() -> Report`` for the actuals already stored.
    template : callable, optional
        ``template(lang) -> (filename, bytes)`` of an empty import template to download.
    """

    def __init__(
        self,
        *,
        read: Callable[[Path], Any],
        check: Callable[[Any], Any],
        import_file: Callable[[Path, bool], dict[str, int]],
        check_project: Callable[[], Any] | None = None,
        template: Callable[[str], tuple[str, bytes]] | None = None,
        lang: str = "zh",
        threaded: bool = True,
    ) -> None:
        self.lang = lang
        self._read = read
        self._check = check
        self._import = import_file
        self._check_project = check_project
        self._template = template
        self._folder = tempfile.TemporaryDirectory(prefix="kpiguide-upload-")
        self.path: Path | None = None
        self.data: Any = None
        self.problems: list[Problem] = []
        self.findings: list[Any] = []
        self._source: str | None = None
        self.sync: Any = None
        self.heading = widgets.HTML()
        self.upload = widgets.FileUpload(accept=",".join(ACCEPTED), multiple=False)
        self.upload.add_class("kpiguide-upload")
        self.template_link = DownloadLink()
        self.replace = widgets.Checkbox(value=False, indent=False)
        self.import_button = widgets.Button(
            icon="upload", button_style="primary", disabled=True, layout=widgets.Layout(width="auto")
        )
        self.import_button.add_class("kpiguide-import")
        self.project_button = widgets.Button(
            icon="search", disabled=check_project is None, layout=widgets.Layout(width="auto")
        )
        self.project_button.add_class("kpiguide-check-project")
        self.task = BackgroundTask(threaded=threaded)
        self.message = MessagePanel(lang)
        self.summary = widgets.HTML()
        self.summary.add_class("kpiguide-upload-summary")
        self.table = widgets.HTML()
        self.table.add_class("kpiguide-data-table")
        self.upload.observe(lambda _c: self._uploaded(), names="value")
        self.import_button.on_click(lambda _b: self.import_now())
        self.project_button.on_click(lambda _b: self.check_stored())
        super().__init__(
            [
                self.heading,
                widgets.HBox([self.upload, self.template_link], layout=widgets.Layout(align_items="center")),
                widgets.HBox([self.import_button, self.replace, self.project_button]),
                self.task,
                self.message,
                self.summary,
                self.table,
            ]
        )
        self.add_class("kpiguide-data-panel")
        self.set_lang(lang)

    @property
    def widget(self) -> widgets.Widget:
        return self

    def refresh(self, _scheme: Any) -> None:
        """Nothing to redraw: the table shows the last file or check."""

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.message.set_lang(lang)
        if self.sync is not None:
            self.sync.set_lang(lang)
        self.heading.value = f"<h3>{escape(t('uip.data.title', lang))}</h3><p style='color:#475467'>{escape(t('uip.data.intro', lang))}</p>"
        self.upload.description = t("uip.data.upload", lang)
        self.replace.description = t("uip.data.replace", lang)
        self.import_button.description = t("uip.data.import", lang)
        self.project_button.description = t("uip.data.check_project", lang)
        if self._template is not None:
            try:
                name, data = self._template(lang)
            except KpiGuideError:
                pass
            else:
                self.template_link.set_file(name, data, t("uip.data.template", lang))
        self._render()

    # -- upload ----------------------------------------------------------------------------------
    def load_file(self, name: str, content: bytes) -> None:
        """Take an uploaded file (name as the browser sent it, untrusted), read and check it."""
        self.message.clear()
        self.data, self.path, self.problems, self.findings = None, None, [], []
        self._source = "file"
        self.import_button.disabled = True
        filename = Path(str(name).replace("\\", "/")).name.strip() or "upload.csv"
        suffix = Path(filename).suffix.lower()
        if suffix not in ACCEPTED:
            self.problems = [Problem(t("uip.data.bad_type", self.lang, types=", ".join(ACCEPTED)), file=filename)]
            self._render()
            return
        if len(content) > MAX_BYTES:
            self.problems = [Problem(t("uip.data.too_big", self.lang, mb=MAX_BYTES // 2**20), file=filename)]
            self._render()
            return
        path = Path(self._folder.name) / filename
        path.write_bytes(bytes(content))
        self.path = path
        try:
            self.data = self._read(path)
        except KpiGuideError as exc:
            self.problems = _problems_of(exc)
            self._render()
            return
        self.findings = list(self._check(self.data).findings)
        self.import_button.disabled = False
        self._render()

    def _uploaded(self) -> None:
        files = self.upload.value
        if not files:
            return
        item = files[0]
        self.load_file(item["name"], bytes(item["content"]))

    def import_now(self) -> None:
        """Import the file read last into the project (all or nothing)."""
        if self.path is None or self.data is None:
            return
        self.message.clear()
        try:
            counts = self._import(self.path, self.replace.value)
        except KpiGuideError as exc:
            self.problems = _problems_of(exc)
            self.message.show("error", t("uip.data.not_imported", self.lang))
            self._render()
            return
        self.problems = []
        self.import_button.disabled = True
        details = ", ".join(f"{k}: {v}" for k, v in counts.items())
        self.message.show("ok", t("uip.data.imported", self.lang, file=self.path.name), details)

    def check_stored(self) -> None:
        """Data-quality findings of the actuals already in the project (in the background)."""
        check = self._check_project
        if check is None:
            return
        self.message.clear()
        self.project_button.disabled = True
        self.task.start(
            lambda _progress: check(),
            self._checked,
            self._failed,
            label=t("uip.data.checking", self.lang),
        )

    def _checked(self, report: Any) -> None:
        self.project_button.disabled = False
        self.data, self.path, self.problems = None, None, []
        self.findings = list(report.findings)
        self._source = "project"
        self._render()

    def _failed(self, exc: BaseException) -> None:
        self.project_button.disabled = False
        self.message.show_error(exc)

    # -- display ---------------------------------------------------------------------------------
    def _render(self) -> None:
        lang = self.lang
        if self.problems:
            self.summary.value = (
                f"<p class='kpiguide-upload-errors'><b style='color:#b42318'>"
                f"{escape(t('uip.data.problems', lang, n=len(self.problems)))}</b></p>"
            )
            self.table.value = problems_table(self.problems, lang)
            return
        if self.data is not None:
            frame = self.data.frame
            periods = sorted(frame["period"].unique()) if len(frame) else []
            span = f"{periods[0]} – {periods[-1]}" if periods else "—"
            self.summary.value = (
                f"<p><b>{escape(self.path.name if self.path else '')}</b>: "
                f"{escape(t('uip.data.read', lang, rows=len(frame), series=len(self.data.series), span=span))}<br>"
                f"{escape(t('uip.data.quality', lang, n=len(self.findings)))}</p>"
            )
            self.table.value = findings_table(self.findings, lang)
            return
        if self._source == "project":
            self.summary.value = f"<p>{escape(t('uip.data.project_quality', lang, n=len(self.findings)))}</p>"
            self.table.value = findings_table(self.findings, lang)
            return
        self.summary.value = ""
        self.table.value = ""


def data_panel(host: PanelHost) -> DataPanel:
    """The data panel for the host's project: file imports (audited, closed periods refused) and, below,
    the connectors' sync with its staged batches to approve; every write is checked against the invite."""

    def read(path: Path) -> Any:
        from kpiguide.data.history import read_history  # pandas and openpyxl: loaded on the first upload

        return read_history(path)

    def check(data: Any) -> Any:
        from kpiguide.data.quality import check_history  # pandas: loaded on the first upload

        return check_history(data)

    def import_file(path: Path, replace_existing: bool) -> dict[str, int]:
        counts = import_actuals_as(
            host.store, host.principal, path, actor=host.actor, replace_existing=replace_existing
        )
        host.changed()
        return counts

    def check_project() -> Any:
        from kpiguide.data.quality import check_project as check_all  # pandas: loaded on the first check

        return check_all(host.store)

    def template(lang: str) -> tuple[str, bytes]:
        from kpiguide.data.templates import write_template  # openpyxl: loaded on the first download

        name = t("uip.data.template_file", lang)
        with tempfile.TemporaryDirectory() as folder:
            path = write_template("actuals", Path(folder) / name, lang=lang)
            return name, path.read_bytes()

    panel = DataPanel(
        read=read, check=check, import_file=import_file, check_project=check_project, template=template,
        lang=host.lang, threaded=host.threaded,
    )  # fmt: skip
    panel.sync = sync_panel(host)
    panel.children = (*panel.children, panel.sync)
    return panel
