"""Render report contexts to self-contained HTML, Markdown or XLSX, and write report sets.

HTML and Markdown come from the Jinja2 templates in ``kpiguide/feedback/templates``
(autoescaping on for HTML; Markdown escapes table pipes).  XLSX is written with openpyxl.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from functools import cache
from pathlib import Path
from typing import Any

import jinja2

from kpiguide.core.errors import InputError
from kpiguide.core.spreadsheet import append_row
from kpiguide.evaluation.gaps import default_assess
from kpiguide.evaluation.health import health_review
from kpiguide.evaluation.result import EvaluationResult
from kpiguide.feedback.context import (
    default_indicator_lookup,
    department_context,
    employee_context,
    organisation_context,
)

__all__ = ["FORMATS", "ReportFormatError", "render", "write_reports", "write_xlsx"]

FORMATS = ("html", "md", "xlsx")


class ReportFormatError(InputError, ValueError):
    """A report format that does not exist (or that this function does not make)."""


class _MdText(str):
    """Text already escaped for Markdown (the finalizer leaves it alone)."""


#: Characters that mean something in Markdown or in the HTML a Markdown viewer passes through.
_MD_SPECIAL = re.compile(r"([\\`*_\[\]<>#|~&])")


def _md(value: Any) -> str:
    """``value`` as literal Markdown text: special characters backslash-escaped, lines joined.

    >>> print(_md('<script>alert(1)</script> *x* | y'))
    \\<script\\>alert(1)\\</script\\> \\*x\\* \\| y
    """
    if isinstance(value, _MdText):
        return value
    text = " ".join(str(value).splitlines())
    return _MdText(_MD_SPECIAL.sub(r"\\\1", text))


def _md_finalize(value: Any) -> Any:
    # every {{ value }} of a Markdown template is escaped, so user text (names, comments, reasons) never becomes markup
    return value if value is None or isinstance(value, int | float) else _md(value)


@cache
def _env(kind: str) -> jinja2.Environment:
    env = jinja2.Environment(
        loader=jinja2.PackageLoader("kpiguide.feedback", "templates"),
        autoescape=kind == "html",
        undefined=jinja2.StrictUndefined,
        trim_blocks=kind == "md",
        lstrip_blocks=kind == "md",
        keep_trailing_newline=True,
        finalize=_md_finalize if kind == "md" else None,
    )
    env.filters["md"] = _md
    return env


def render(context: dict[str, Any], report: str, fmt: str = "html") -> str:
    """Text of ``report`` (``employee``/``department``/``organisation``) in ``fmt`` (``html``/``md``)."""
    if fmt not in ("html", "md"):
        raise ReportFormatError(f"render() makes html or md, got {fmt!r}; use write_xlsx() for xlsx.")
    return _env(fmt).get_template(f"{report}.{fmt}.j2").render(**context)


Sheets = dict[str, list[list[Any]]]


def _employee_sheets(context: dict[str, Any]) -> Sheets:
    L = context["L"]
    e = context["employee"]
    return {
        L.results: [
            [L.employee, f"{e['name']} ({e['id']})"],
            [L.department, context["department"]],
            [L.role, context["role"]],
            [L.period, context["period"]],
            [L.score, context["score"]],
            [L.rating, context["rating"]],
            [],
            [L.kpi, L.unit, L.weight, L.target, L.actual, L.achievement, L.score, L.adjusted],
            *[
                [
                    k["name"],
                    k["unit"],
                    k["weight"],
                    k["target"],
                    k["actual"],
                    k["achievement"],
                    k["score"],
                    k["adjusted"],
                ]
                for k in context["kpis"]
            ],
        ],
        L.gaps: [
            [L.kpi, L.target, L.actual, L.shortfall, L.verdict, L.causes],
            *[
                [g["kpi"], g["target"], g["actual"], g["shortfall"], g["verdict"], "; ".join(g["notes"])]
                for g in context["gaps"]
            ],
        ],
        L.actions: [
            [L.kpi, L.action],
            *[[a["kpi"], lever] for a in context["actions"] for lever in (a["levers"] or [a["fallback"]])],
        ],
        L.next: [
            [L.kpi, L.target, L.floor, L.base, L.stretch],
            *[[n["kpi"], n["current"], n["floor"], n["base"], n["stretch"]] for n in context["next_targets"]],
        ],
        L.transparency: [
            [L.path, L.formula, L.source, L.weight, L.rule, L.aggregation],
            *[
                [" → ".join(tr["path"]), tr["formula"], tr["source"], tr["weight"], tr["rule"], tr["aggregation"]]
                for tr in context["transparency"]
            ],
        ],
    }


def _person_row(p: dict[str, Any]) -> list[Any]:
    inc = p["incentive"]
    return [
        f"{p['name']} ({p['id']})",
        p["role"],
        p["score"],
        p["rating"],
        p["missed"],
        p["signals"],
        inc["coefficient"] if inc else "",
        inc["bonus"] if inc else "",
        ", ".join(inc["eligibility"]) if inc else "",
    ]


def _findings_sheet(context: dict[str, Any]) -> list[list[Any]]:
    L = context["L"]
    return [
        [L.severity, L.finding, L.suggestion],
        *[[f["severity"], f["message"], f["suggestion"]] for f in context["findings"]],
    ]


def _department_sheets(context: dict[str, Any]) -> Sheets:
    L = context["L"]
    return {
        L.employees: [
            [L.employee, L.role, L.score, L.rating, L.missed_kpis, L.signals, L.coefficient, L.bonus, L.eligibility],
            *[_person_row(p) for p in context["people"]],
        ],
        L.kpis: [
            [L.kpi, L.role, L.employees, L.achievement, L.met_share, L.score],
            *[
                [k["name"], k["role"], k["employees"], k["achievement"], k["met_share"], k["score"]]
                for k in context["kpi_rows"]
            ],
        ],
        L.findings: _findings_sheet(context),
    }


def _organisation_sheets(context: dict[str, Any]) -> Sheets:
    L = context["L"]
    return {
        L.departments: [
            [L.department, L.employees, L.score, L.rating],
            *[[d["name"], d["employees"], d["score"], d["rating"]] for d in context["departments"]],
        ],
        L.findings: _findings_sheet(context),
    }


_SHEETS: dict[str, Callable[[dict[str, Any]], Sheets]] = {
    "employee": _employee_sheets,
    "department": _department_sheets,
    "organisation": _organisation_sheets,
}


def _sheet_rows(context: dict[str, Any], report: str) -> Sheets:
    """The rows of each sheet of ``report``, by sheet title."""
    L = context["L"]
    sheets = _SHEETS.get(report, _organisation_sheets)(context)
    if report != "organisation":
        sheets[L.adjustments] = [
            [L.employee, L.kind, L.kpi, L.reason, L.by, L.at, L.before_after],
            *[
                [a["employee"], a["kind"], a["kpi"], a["reason"], a["by"], a["at"], a["before_after"]]
                for a in context["adjustments"]
            ],
        ]
    if "distribution" in context:
        sheets[L.distribution] = [
            [L.rating, L.count, L.share, L.guide],
            *[[d["ratings"], d["count"], d["actual_share"], d["guide_share"]] for d in context["distribution"]],
        ]
    return sheets


def write_xlsx(context: dict[str, Any], report: str, path: str | Path) -> Path:
    """Write ``report`` as a workbook, one sheet per section."""
    from openpyxl import Workbook  # reason: openpyxl is an optional, heavy dependency
    from openpyxl.styles import Font  # reason: as above

    wb = Workbook()
    wb.remove(wb.active)
    for title, rows in _sheet_rows(context, report).items():
        ws = wb.create_sheet(re.sub(r"[\[\]:*?/\\]", " ", title)[:31])
        for row in rows:
            append_row(ws, row)
        header = 8 if report == "employee" and ws.max_row > 7 and rows[0][0] == context["L"].employee else 1
        for cell in ws[header]:
            cell.font = Font(bold=True)
        for col in ws.columns:
            width = max((len(str(c.value)) if c.value is not None else 0) for c in col)
            ws.column_dimensions[col[0].column_letter].width = min(max(10, width * 1.3), 60)
    path = Path(path)
    wb.save(path)
    return path


def _write(context: dict[str, Any], report: str, fmt: str, path: Path) -> Path:
    if fmt == "xlsx":
        return write_xlsx(context, report, path)
    path.write_text(render(context, report, fmt), encoding="utf-8")
    return path


def _unknown_ids(result: EvaluationResult, scheme: Any, employees: list[str], departments: list[str]) -> None:
    known_emp = set(result.employees["employee"])
    known_dept = {d.id for d in scheme.departments}
    unknown = [e for e in employees if e not in known_emp] + [d for d in departments if d not in known_dept]
    if unknown:
        raise InputError(
            f"No employee or department {', '.join(map(repr, unknown))} in {result.period}; "
            "check the id with `kpiguide evaluate PROJECT --period P`."
        )


def _default_findings(store: Any, result: EvaluationResult, actuals: Any) -> Any:
    """Calibration and health findings of the period, shown in department and organisation reports."""
    from kpiguide.evaluation.calibration import calibration  # reason: imports scipy, only needed here

    return calibration(result).findings + health_review(store, result.period, result, actuals=actuals)


def write_reports(
    store: Any,
    result: EvaluationResult,
    out: str | Path,
    *,
    employees: Iterable[str] = (),
    departments: Iterable[str] = (),
    organisation: bool = False,
    fmt: str = "html",
    lang: str = "en",
    findings: Any = None,
    incentives: Any = None,
    indicator_lookup: Callable[..., Any] | str | None = "default",
    assess: Callable[..., Any] | str | None = "default",
    progress: Callable[[Iterable[Any]], Iterable[Any]] | None = None,
) -> list[Path]:
    """Write individual, department and organisation reports into ``out``; return their paths.

    Files are named ``<period>_<id>_<lang>.<fmt>`` (``organisation`` for the overview).
    ``progress`` wraps the employee loop (the CLI passes a tqdm bar).
    """
    if fmt not in FORMATS:
        raise ReportFormatError(f"Unknown report format {fmt!r}; use one of {', '.join(FORMATS)}.")
    scheme = store.load_scheme()
    employees, departments = list(employees), list(departments)
    _unknown_ids(result, scheme, employees, departments)
    out = Path(out)
    out.mkdir(parents=True, exist_ok=True)
    actuals = store.actuals_frame()
    if isinstance(indicator_lookup, str):
        indicator_lookup = default_indicator_lookup()
    if isinstance(assess, str):
        assess = default_assess()
    if findings is None:
        findings = _default_findings(store, result, actuals)
    inc_rows = {r["employee"]: r for r in incentives.to_records()} if incentives is not None else {}
    common: dict[str, Any] = {"lang": lang, "scheme": scheme, "actuals": actuals, "assess": assess}
    paths = []
    suffix = f"{lang}.{fmt}"
    for emp in progress(employees) if progress is not None else employees:
        ctx = employee_context(
            store, result, emp, indicator_lookup=indicator_lookup, incentive_row=inc_rows.get(emp), **common
        )
        paths.append(_write(ctx, "employee", fmt, out / f"{result.period}_{emp}_{suffix}"))
    for dept in departments:
        ctx = department_context(store, result, dept, findings=findings, incentives=incentives, **common)
        paths.append(_write(ctx, "department", fmt, out / f"{result.period}_{dept}_{suffix}"))
    if organisation:
        ctx = organisation_context(store, result, lang=lang, scheme=scheme, findings=findings)
        paths.append(_write(ctx, "organisation", fmt, out / f"{result.period}_organisation_{suffix}"))
    return paths
