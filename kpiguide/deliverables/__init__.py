"""Workshop deliverables: the KPI dictionary (XLSX), a printable KPI charter (HTML) and worksheets.

All texts come from the ``deliverables.*`` message table; HTML is rendered from
Jinja2 templates in ``kpiguide/deliverables/templates`` with autoescaping on.
A catalog (anything with ``get(indicator_id) -> Indicator``) adds definitions for
KPIs linked to catalog indicators.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kpiguide.core.i18n import normalize_lang, t
from kpiguide.core.model import Kpi, Perspective, Scheme
from kpiguide.core.numbers import format_exact
from kpiguide.core.spreadsheet import append_row

__all__ = ["DICTIONARY_COLUMNS", "kpi_dictionary", "render_charter_html", "render_worksheets_html",
           "write_kpi_dictionary_xlsx", "write_worksheets_xlsx"]  # fmt: skip

DICTIONARY_COLUMNS = (
    "department", "role", "kpi_id", "name", "definition", "formula", "unit", "direction", "target",
    "weight", "frequency", "data_source", "objective", "perspective", "leading", "scoring_rule", "indicator",
)  # fmt: skip


def _definition(kpi: Kpi, catalog: Any, lang: str) -> str:
    if catalog is None or not kpi.indicator:
        return ""
    try:
        definition: str = catalog.get(kpi.indicator).definition(lang)
    except KeyError:
        return ""
    return definition


def _target_text(kpi: Kpi) -> str:
    if kpi.target_range is not None:
        low, high = kpi.target_range
        return f"{format_exact(low)}–{format_exact(high)}"
    return "" if kpi.target is None else format_exact(kpi.target)


def kpi_dictionary(scheme: Scheme, *, lang: str = "en", catalog: Any = None) -> list[dict[str, Any]]:
    """One row per KPI with everything a reader needs to understand and measure it."""
    lang = normalize_lang(lang)
    objectives = {o.id: o.text for o in scheme.objectives}
    rows = []
    for kpi in scheme.kpis:
        role = scheme.role(kpi.role)
        rows.append(
            {
                "department": scheme.department(role.department).name,
                "role": role.name,
                "kpi_id": kpi.id,
                "name": kpi.name,
                "definition": _definition(kpi, catalog, lang),
                "formula": kpi.formula,
                "unit": kpi.unit,
                "direction": t(f"deliverables.direction.{kpi.direction.value}", lang),
                "target": _target_text(kpi),
                "weight": kpi.weight,
                "frequency": t(f"frequency.label.{kpi.frequency.value}", lang),
                "data_source": kpi.data_source,
                "objective": f"{kpi.objective} {objectives.get(kpi.objective, '')}".strip() if kpi.objective else "",
                "perspective": t(f"deliverables.perspective.{kpi.perspective.value}", lang),
                "leading": t("deliverables.leading" if kpi.leading else "deliverables.lagging", lang),
                "scoring_rule": kpi.scoring_rule,
                "indicator": kpi.indicator or "",
            }
        )
    return rows


def _write_sheet(book: Any, title: str, header: list[str], rows: list[list[Any]], widths: dict[int, int]) -> None:
    from openpyxl.styles import Alignment, Font, PatternFill  # reason: openpyxl is an optional, heavy dependency

    sheet = book.create_sheet(title[:31])
    append_row(sheet, header)
    for cell in sheet[1]:
        cell.font = Font(bold=True, color="FFFFFF")
        cell.fill = PatternFill("solid", fgColor="1F4E79")
        cell.alignment = Alignment(wrap_text=True, vertical="top")
    for row in rows:
        append_row(sheet, row)
    for column_cells in sheet.iter_cols(min_row=2):
        for cell in column_cells:
            cell.alignment = Alignment(wrap_text=True, vertical="top")
    for index in range(1, len(header) + 1):
        sheet.column_dimensions[sheet.cell(row=1, column=index).column_letter].width = widths.get(index, 16)
    sheet.freeze_panes = "A2"


def write_kpi_dictionary_xlsx(scheme: Scheme, path: str | Path, *, lang: str = "en", catalog: Any = None) -> Path:
    """The KPI dictionary as an Excel workbook (one sheet, headers in ``lang``)."""
    from openpyxl import Workbook  # reason: openpyxl is an optional, heavy dependency

    lang = normalize_lang(lang)
    rows = kpi_dictionary(scheme, lang=lang, catalog=catalog)
    book = Workbook()
    book.remove(book.active)
    header = [t(f"deliverables.col.{c}", lang) for c in DICTIONARY_COLUMNS]
    wide = {5: 40, 6: 36, 4: 24, 13: 30}
    _write_sheet(book, t("deliverables.dictionary_title", lang), header,
                 [[r[c] for c in DICTIONARY_COLUMNS] for r in rows], wide)  # fmt: skip
    path = Path(path)
    book.save(path)
    return path


def _environment() -> Any:
    from jinja2 import Environment, PackageLoader, StrictUndefined, select_autoescape  # reason: optional templating

    return Environment(
        loader=PackageLoader("kpiguide.deliverables", "templates"),
        autoescape=select_autoescape(["html", "j2"], default=True),
        undefined=StrictUndefined,
        trim_blocks=True,
        lstrip_blocks=True,
    )


def _text(lang: str) -> Callable[..., str]:
    return lambda key, **params: t(f"deliverables.{key}", lang, **params)


def render_charter_html(scheme: Scheme, *, lang: str = "en", catalog: Any = None) -> str:
    """A printable KPI charter: strategy by perspective, then each department's roles and KPI cards."""
    lang = normalize_lang(lang)
    rows = kpi_dictionary(scheme, lang=lang, catalog=catalog)
    by_kpi = {r["kpi_id"]: r for r in rows}
    perspectives = [
        {"name": t(f"deliverables.perspective.{p.value}", lang),
         "objectives": [o for o in scheme.objectives if o.perspective is p]}
        for p in reversed(Perspective)
    ]  # fmt: skip
    departments = []
    for dept in scheme.departments:
        roles = [
            {"role": role, "kpis": [by_kpi[k.id] for k in scheme.kpis_of(role.id)]} for role in scheme.roles_of(dept.id)
        ]
        objectives = [scheme.objective(o) for o in dept.objectives]
        departments.append({"dept": dept, "objectives": objectives, "roles": roles})
    html: str = _environment().get_template("charter.html.j2").render(
        lang=lang, tr=_text(lang), org=scheme.organization, perspectives=perspectives,
        departments=departments, generated=dt.date.today().isoformat(),
    )  # fmt: skip
    return html


def render_worksheets_html(scheme: Scheme, *, lang: str = "en", blank_kpi_cards: int = 3) -> str:
    """Printable worksheets for a workshop: objective cascade, duty statements, blank KPI cards."""
    lang = normalize_lang(lang)
    html: str = _environment().get_template("worksheets.html.j2").render(
        lang=lang, tr=_text(lang), org=scheme.organization, scheme=scheme,
        perspective_name=lambda p: t(f"deliverables.perspective.{p.value}", lang),
        blank_cards=range(blank_kpi_cards), generated=dt.date.today().isoformat(),
    )  # fmt: skip
    return html


def write_worksheets_xlsx(scheme: Scheme, path: str | Path, *, lang: str = "en") -> Path:
    """The same worksheets as an Excel workbook, for clients who fill them in on screen."""
    from openpyxl import Workbook  # reason: openpyxl is an optional, heavy dependency

    lang = normalize_lang(lang)
    tr = _text(lang)
    book = Workbook()
    book.remove(book.active)
    cascade = []
    for dept in scheme.departments:
        for oid in dept.objectives or ("",):
            obj = scheme.objective(oid) if oid else None
            cascade.append([obj.text if obj else "", dept.name, "", ""])
    _write_sheet(book, tr("sheet.cascade"), [tr("ws.objective"), tr("ws.department"), tr("ws.dept_goal"),
                                              tr("ws.owner")], cascade, {1: 40, 3: 40})  # fmt: skip
    duties = [
        [scheme.department(r.department).name, r.name, d, ""] for r in scheme.roles for d in r.responsibilities or ("",)
    ]
    _write_sheet(book, tr("sheet.duties"), [tr("ws.department"), tr("ws.role"), tr("ws.duty"), tr("ws.output")],
                 duties, {3: 50, 4: 40})  # fmt: skip
    card_fields = [
        "name",
        "objective",
        "formula",
        "unit",
        "direction",
        "target",
        "weight",
        "frequency",
        "data_source",
        "scoring_rule",
    ]
    _write_sheet(book, tr("sheet.kpi_card"), [tr("ws.field"), tr("ws.value")],
                 [[t(f"deliverables.col.{f}", lang), ""] for f in card_fields], {1: 24, 2: 60})  # fmt: skip
    path = Path(path)
    book.save(path)
    return path
