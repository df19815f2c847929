"""The performance agreement (绩效目标责任书) of one employee and period: printable HTML and XLSX, zh/en.

Per KPI: definition, formula, data source, weight, target with floor and stretch, the scoring
rule in words and how the KPI derives from the strategy; then the adjustment rules (leave, force
majeure, mid-period changes), the approved changes and the signatures block.  ``state`` is the
agreement record of :mod:`kpiguide.design.cycle` (who confirmed, when, the content hash), when
there is one.  Spreadsheet cells are written as text when they start with ``= + - @`` so that
no typed text becomes a formula.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from pathlib import Path
from typing import Any

from kpiguide.core.i18n import normalize_lang, t
from kpiguide.core.model import Kpi, Period, Scheme
from kpiguide.core.numbers import format_exact
from kpiguide.deliverables import _environment
from kpiguide.evaluation.rules import Rules, load_rules

__all__ = ["agreement_data", "render_agreement_html", "write_agreement_xlsx"]

_FORMULA_START = ("=", "+", "-", "@")


def _person(actor: object) -> str:
    """Who, as people read it: ``employee:E002#8499…`` (role, person, invite id) → ``E002``."""
    text = str(actor or "").split("#", 1)[0]
    return text.split(":", 1)[-1]


def _when(stamp: object) -> str:
    """An ISO time stamp as ``2026-12-04 10:21 UTC`` (the text itself when it is not one)."""
    text = str(stamp or "")
    if len(text) <= 10:  # a date alone (or nothing) stays as written
        return text
    try:
        moment = dt.datetime.fromisoformat(text)
    except ValueError:
        return text
    return (
        f"{moment:%Y-%m-%d %H:%M} UTC"
        if moment.utcoffset() in (None, dt.timedelta(0))
        else f"{moment:%Y-%m-%d %H:%M %z}"
    )


def _tr(lang: str) -> Any:
    return lambda key, **params: t(f"cycle.agreement.{key}", lang, **params)


def _num(value: float | None) -> str:
    return "" if value is None else format_exact(value, grouping=True)


def _floor_stretch(kpi: Kpi, rules: Rules) -> tuple[float | None, float | None]:
    """Actual values that reach the rule's lowest scoring point and its highest (the stretch)."""
    if kpi.target_range is not None:
        return kpi.target_range
    rule = rules.rules.get(kpi.scoring_rule)
    if kpi.target is None or rule is None:
        return None, None
    p = rule.params
    if rule.kind == "piecewise":
        lo, hi = float(p["points"][0][0]), float(p["points"][-1][0])
    elif rule.kind == "bands":
        lo, hi = float(p["bands"][0][0]), float(p["bands"][-1][0])
    elif rule.kind == "linear":
        lo, hi = float(p.get("floor", 0)) / 100, float(p.get("cap", 120)) / 100
    else:
        lo = hi = 1.0
    if kpi.direction.value == "lower":
        lo, hi = 2 - lo, 2 - hi
    return (kpi.target * lo if lo > 0 or kpi.direction.value == "lower" else None), kpi.target * hi


def _rule_text(kpi: Kpi, rules: Rules, lang: str) -> str:
    rule = rules.rules.get(kpi.scoring_rule)
    tr = _tr(lang)
    if rule is None:
        return str(tr("rule.unknown", name=kpi.scoring_rule))
    p = rule.params
    points = "; ".join(f"{format_exact(a * 100)}% → {format_exact(b)}" for a, b in p.get("points", p.get("bands", [])))
    params = {"floor": p.get("floor", 0), "cap": p.get("cap", 100), "passed": p.get("pass", 100),
              "failed": p.get("fail", 0), "below": p.get("below", 0), "points": points}  # fmt: skip
    return f"{kpi.scoring_rule}: {tr(f'rule.{rule.kind}', **params)}"


def _kpi_row(scheme: Scheme, kpi: Kpi, rules: Rules, lang: str, catalog: Any) -> dict[str, Any]:
    role = scheme.role(kpi.role)
    department = scheme.department(role.department)
    floor, stretch = _floor_stretch(kpi, rules)
    if kpi.objective:
        objective = scheme.objective(kpi.objective)
        perspective = t(f"deliverables.perspective.{objective.perspective.value}", lang)
        derivation = _tr(lang)("derivation_text", objective=objective.text, perspective=perspective,
                               department=department.name, role=role.name)  # fmt: skip
    else:
        derivation = _tr(lang)("no_objective")
    definition = ""
    if catalog is not None and kpi.indicator:
        try:
            definition = catalog.get(kpi.indicator).definition(lang)
        except KeyError:
            definition = ""
    return {"id": kpi.id, "name": kpi.name, "definition": definition, "formula": kpi.formula,
            "data_source": kpi.data_source, "unit": kpi.unit, "weight": kpi.weight, "target": _num(kpi.target),
            "floor": _num(floor), "stretch": _num(stretch),
            "direction": t(f"deliverables.direction.{kpi.direction.value}", lang),
            "frequency": t(f"frequency.label.{kpi.frequency.value}", lang),
            "scoring": _rule_text(kpi, rules, lang), "derivation": derivation}  # fmt: skip


def agreement_data(
    scheme: Scheme,
    employee: str,
    period: Period | str,
    *,
    lang: str = "en",
    rules: Rules | None = None,
    state: Mapping[str, Any] | None = None,
    changes: Iterable[Mapping[str, Any]] = (),
    catalog: Any = None,
) -> dict[str, Any]:
    """Everything the agreement shows, as plain data (texts in ``lang``)."""
    lang = normalize_lang(lang)
    tr = _tr(lang)
    period = Period.parse(period)
    emp = scheme.employee(employee)
    rules = rules or load_rules()
    kpis = scheme.kpis_of(emp.role)
    manager = next((e.name for e in scheme.employees if e.id == emp.manager), emp.manager or "")
    state = dict(state or {})
    confirmed = (tr("confirmed", by=_person(state.get("confirmed_by")), at=_when(state.get("at")),
                    hash=str(state.get("hash", ""))[:12])
                 if state.get("stage") == "agreed" else tr("not_confirmed"))  # fmt: skip
    own = {k.id for k in kpis}
    change_lines = [tr("change_line", kpi=c["kpi"], field=c["field"], old=c["old"], new=c["new"],
                       effective=c["effective"], reason=c["reason"]) for c in changes if c["kpi"] in own]  # fmt: skip
    return {
        "lang": lang, "title": tr("title"), "organization": scheme.organization.name, "period": str(period),
        "period_span": f"{period.start} – {period.end}", "employee": emp, "role": scheme.role(emp.role).name,
        "department": scheme.department(emp.department).name, "manager": manager,
        "kpis": [_kpi_row(scheme, k, rules, lang, catalog) for k in kpis],
        "rules": [tr("rule_leave"), tr("rule_force_majeure"), tr("rule_change")], "changes": change_lines,
        "confirmed": confirmed,
        "countersigned": tr("countersigned", by=_person(state["countersigned_by"]),
                            at=_when(state.get("countersigned_at")))
        if state.get("countersigned_by") else "",
        "generated": dt.date.today().isoformat(),
    }  # fmt: skip


def render_agreement_html(data: Mapping[str, Any]) -> str:
    """The agreement as one printable HTML page (print CSS: A4, cards kept whole, signatures on the page)."""
    lang = data["lang"]
    html: str = (
        _environment()
        .get_template("agreement.html.j2")
        .render(d=data, lang=lang, tr=_tr(lang), col=lambda key: t(f"deliverables.col.{key}", lang))
    )
    return html


def _put(sheet: Any, row: int, column: int, value: Any) -> Any:
    cell = sheet.cell(row=row, column=column, value=value)
    if isinstance(value, str) and value.startswith(_FORMULA_START):
        cell.data_type = "s"  # text typed by people is never a formula (CSV/formula injection)
    return cell


def write_agreement_xlsx(data: Mapping[str, Any], path: str | Path) -> Path:
    """The agreement as an Excel workbook (one sheet, printable: fit to width, landscape)."""
    from openpyxl import Workbook  # reason: openpyxl is an optional, heavy dependency
    from openpyxl.styles import Alignment, Font  # reason: as above

    lang = data["lang"]
    tr = _tr(lang)
    book = Workbook()
    sheet = book.active
    sheet.title = str(data["title"])[:31]
    _put(sheet, 1, 1, f"{data['title']} — {data['organization']}").font = Font(bold=True, size=14)
    head = [(tr("period"), f"{data['period']} ({data['period_span']})"), (tr("employee"), f"{data['employee'].name} ({data['employee'].id})"),
            (tr("department"), data["department"]), (tr("role"), data["role"]), (tr("manager"), data["manager"])]  # fmt: skip
    row = 2
    for label, value in head:
        _put(sheet, row, 1, label).font = Font(bold=True)
        _put(sheet, row, 2, value)
        row += 1
    _put(sheet, row, 1, tr("intro"))
    row += 2
    columns = ["name", "definition", "formula", "data_source", "unit", "weight", "target", "floor", "stretch",
               "direction", "frequency", "scoring", "derivation"]  # fmt: skip
    labels = {"floor": tr("floor"), "stretch": tr("stretch"), "scoring": t("deliverables.col.scoring_rule", lang),
              "derivation": tr("derivation")}  # fmt: skip
    for i, c in enumerate(columns, 1):
        _put(sheet, row, i, labels.get(c) or t(f"deliverables.col.{c}", lang)).font = Font(bold=True)
    for k in data["kpis"]:
        row += 1
        for i, c in enumerate(columns, 1):
            _put(sheet, row, i, k[c]).alignment = Alignment(wrap_text=True, vertical="top")
    row += 2
    for title, lines in ((tr("rules"), data["rules"]), (tr("changes"), data["changes"])):
        if lines:
            _put(sheet, row, 1, title).font = Font(bold=True)
            for line in lines:
                row += 1
                _put(sheet, row, 1, line)
            row += 2
    _put(sheet, row, 1, tr("signatures")).font = Font(bold=True)
    for label in (tr("sign_employee"), tr("sign_manager")):
        row += 2
        _put(sheet, row, 1, label)
        _put(sheet, row, 2, "")
        _put(sheet, row, 3, tr("sign_date"))
    _put(sheet, row + 2, 1, data["confirmed"])
    _put(sheet, row + 3, 1, data["countersigned"])
    for letter, width in zip("ABCDEFGHIJKLM", (22, 30, 28, 20, 8, 8, 10, 10, 10, 10, 10, 30, 36), strict=True):
        sheet.column_dimensions[letter].width = width
    sheet.page_setup.orientation = "landscape"
    sheet.page_setup.fitToWidth = 1
    sheet.sheet_properties.pageSetUpPr.fitToPage = True
    path = Path(path)
    book.save(path)
    return path
