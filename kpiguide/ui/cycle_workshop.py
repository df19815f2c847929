"""The review / agreement step of a guided notebook (07): what a consultant runs in the workshop.

The period's status table (:class:`~kpiguide.ui.cycle_summary.CycleSummary`), the review cards of
submitted departments and the pending change requests (:mod:`kpiguide.ui.review_panel`, the same
components as the leadership dashboard), and the performance agreements of a department generated
with :mod:`kpiguide.deliverables.agreement` (HTML for printing, or XLSX) as one zip download.
"""

from __future__ import annotations

import io
import tempfile
import zipfile
from html import escape
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from kpiguide.core.errors import KpiGuideError
from kpiguide.core.i18n import t
from kpiguide.core.model import Period, Scheme
from kpiguide.deliverables.agreement import agreement_data, render_agreement_html, write_agreement_xlsx
from kpiguide.design import changes, cycle
from kpiguide.project.store import Store
from kpiguide.ui.context import PanelHost
from kpiguide.ui.cycle_summary import CycleSummary, period_choices
from kpiguide.ui.download import DownloadLink
from kpiguide.ui.messages import MessagePanel
from kpiguide.ui.responsive import app_style
from kpiguide.ui.review_panel import ChangeRequestsPanel, ReviewPanel

__all__ = ["CycleWorkshop", "agreements_zip", "review_and_agreement"]


def agreements_zip(store: Store, department: str, period: Period | str, *, lang: str, fmt: str = "html") -> bytes:
    """Every employee's agreement of ``department`` for ``period`` (HTML or XLSX files) in one zip archive."""
    from kpiguide.catalog import load_catalog  # the catalog is large: loaded when agreements are made

    period = Period.parse(period)
    scheme = store.load_scheme()
    approved = [c for c in changes.changes(store, status="approved") if c.get("period") == str(period)]
    catalog = load_catalog()
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive, tempfile.TemporaryDirectory() as tmp:
        for emp in scheme.employees_of(department):
            data = agreement_data(scheme, emp.id, period, lang=lang, state=cycle.agreement_state(store, emp.id, period),
                                  changes=approved, catalog=catalog)  # fmt: skip
            name = f"agreement_{emp.id}_{period}_{lang}.{fmt}"
            if fmt == "html":
                archive.writestr(name, render_agreement_html(data))
            else:
                archive.write(write_agreement_xlsx(data, Path(tmp) / name), name)
    return buffer.getvalue()


class CycleWorkshop(widgets.VBox):
    """Status of every department, review, change requests and the agreements of one department."""

    def __init__(self, host: PanelHost) -> None:
        self.host = host
        self.store, self.lang = host.store, host.lang
        period = str(cycle.default_period(self.store))
        self.period = widgets.Dropdown(options=period_choices(self.store), value=period)
        self.period.add_class("kpiguide-cycle-period")
        self.period.observe(lambda change: self.set_period(change["new"]), names="value")
        self.summary = CycleSummary(self.store, lang=self.lang, period=period)
        self.review = ReviewPanel(self.store, host.principal, period=period, lang=self.lang, on_change=host.changed)
        self.change_requests = ChangeRequestsPanel(self.store, host.principal, lang=self.lang,
                                                   on_change=host.changed)  # fmt: skip
        self.agreements_title = widgets.HTML()
        self.department = widgets.Dropdown()
        self.department.add_class("kpiguide-agreements-department")
        self.format = widgets.ToggleButtons(options=[("HTML", "html"), ("Excel", "xlsx")], value="html")
        self.generate_button = widgets.Button(icon="file", button_style="primary")
        self.generate_button.add_class("kpiguide-agreements-generate")
        self.generate_button.on_click(lambda _b: self.generate())
        self.message = MessagePanel(self.lang)
        self.download = DownloadLink()
        super().__init__([app_style(), self.period, self.summary.status, self.review, self.change_requests,
                          self.agreements_title, self.department, self.format, self.generate_button, self.message,
                          self.download])  # fmt: skip
        self.add_class("kpiguide-app")
        self.add_class("kpiguide-cycle-workshop")
        self.set_lang(self.lang)

    def set_period(self, period: str) -> None:
        self.summary.set_period(period)
        self.review.set_period(period)

    def refresh(self, scheme: Scheme) -> None:
        self.summary.refresh()
        self.review.refresh()
        self.change_requests.refresh()
        self._departments(scheme)

    def _departments(self, scheme: Scheme) -> None:
        current = self.department.value
        options = [(d.name, d.id) for d in scheme.departments if scheme.employees_of(d.id)]
        self.department.options = options
        ids = [v for _, v in options]
        self.department.value = current if current in ids else (ids[0] if ids else None)

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.message.set_lang(lang)
        self.period.description = t("uicyc.period", lang)
        self.summary.set_lang(lang)
        self.review.set_lang(lang)
        self.change_requests.set_lang(lang)
        self.agreements_title.value = f"<h3>{escape(t('uicyc.workshop.agreements', lang))}</h3>"
        self.department.description = t("uicyc.status.department", lang)
        self.generate_button.description = t("uicyc.workshop.generate", lang)
        self._departments(self.store.load_scheme())

    def generate(self) -> Any:
        """The chosen department's agreements for the period as a zip download."""
        self.message.clear()
        department, period, fmt = self.department.value, self.period.value, self.format.value
        if department is None:
            return None
        try:
            data = agreements_zip(self.store, department, period, lang=self.lang, fmt=fmt)
        except KpiGuideError as exc:
            self.message.show_error(exc)
            return None
        name = f"agreements_{department}_{period}_{self.lang}_{fmt}.zip"
        self.download.set_file(name, data, label=t("uicyc.workshop.download", self.lang))
        n = len(self.store.load_scheme().employees_of(department))
        self.message.show("ok", t("uicyc.workshop.generated", self.lang, n=n, period=period))
        return data


def review_and_agreement(host: PanelHost) -> CycleWorkshop:
    """Guided notebook 07: review departments, decide change requests, make the agreements."""
    return CycleWorkshop(host)
