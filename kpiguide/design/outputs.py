"""Files a project produces for people: workshop deliverables, feedback reports, and the quarters they cover.

The notebooks' panels offer these as downloads; what goes into each file is decided here.
"""

from __future__ import annotations

import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kpiguide.core.model import Scheme
from kpiguide.core.periods import Period
from kpiguide.project.store import Store
from kpiguide.scheme.files import dumps_scheme

__all__ = ["DELIVERABLES", "feedback_maker", "make_deliverable", "quarters_between", "quarters_with_data"]

DELIVERABLES = ("dictionary_xlsx", "scheme_yaml", "charter_html", "worksheets_html", "worksheets_xlsx")
_FILES = {
    "dictionary_xlsx": "kpi_dictionary_{lang}.xlsx",
    "scheme_yaml": "scheme.yaml",
    "charter_html": "kpi_charter_{lang}.html",
    "worksheets_html": "worksheets_{lang}.html",
    "worksheets_xlsx": "worksheets_{lang}.xlsx",
}
MAX_QUARTERS = 200


def make_deliverable(scheme: Scheme, kind: str, lang: str) -> tuple[str, bytes]:
    """File name and bytes of one deliverable of ``scheme``."""
    from kpiguide import deliverables  # jinja2 and openpyxl: loaded on the first download

    name = _FILES[kind].format(lang=lang)
    if kind == "scheme_yaml":
        return name, dumps_scheme(scheme, "yaml").encode("utf-8")
    if kind == "charter_html":
        return name, deliverables.render_charter_html(scheme, lang=lang).encode("utf-8")
    if kind == "worksheets_html":
        return name, deliverables.render_worksheets_html(scheme, lang=lang).encode("utf-8")
    writer = deliverables.write_kpi_dictionary_xlsx if kind == "dictionary_xlsx" else deliverables.write_worksheets_xlsx
    with tempfile.TemporaryDirectory() as folder:
        return name, writer(scheme, Path(folder) / name, lang=lang).read_bytes()


def quarters_between(first: str | None, last: str | None) -> list[str]:
    """Quarter labels (``2026Q3``) from the quarter of ``first`` to that of ``last``, newest first."""
    if not first or not last:
        return []
    start, end = Period.parse(first).to("quarter"), Period.parse(last).to("quarter")
    out: list[str] = []
    current = start
    while current.start <= end.start and len(out) < MAX_QUARTERS:
        out.append(str(current))
        current = current.shift(1)
    return out[::-1]


def quarters_with_data(store: Store) -> list[str]:
    """The quarters from the first to the last period with actuals, newest first."""
    summary = store.summary()
    return quarters_between(summary.get("first_period"), summary.get("last_period"))


def feedback_maker(store: Store, period: str) -> Callable[[str, str | None, str], tuple[str, bytes]]:
    """``make(kind, subject, lang) -> (html, xlsx bytes)`` of the feedback reports of ``period``.

    ``kind`` is ``employee``, ``department`` or ``organisation``; the period is evaluated once.
    """
    from kpiguide.evaluation import evaluate  # pandas: loaded when a report is made
    from kpiguide.feedback import (  # jinja2 and openpyxl: loaded when a report is made
        department_context,
        employee_context,
        organisation_context,
        render,
        write_xlsx,
    )  # fmt: skip

    cache: dict[str, Any] = {}

    def make(kind: str, subject: str | None, lang: str) -> tuple[str, bytes]:
        if "result" not in cache:
            cache["result"] = evaluate(store, period)
        result = cache["result"]
        if kind == "employee":
            context = employee_context(store, result, subject or "", lang=lang)
        elif kind == "department":
            context = department_context(store, result, subject or "", lang=lang)
        else:
            context = organisation_context(store, result, lang=lang)
        with tempfile.TemporaryDirectory() as folder:
            data = write_xlsx(context, kind, Path(folder) / "report.xlsx").read_bytes()
        return render(context, kind, "html"), data

    return make
