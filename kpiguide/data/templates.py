"""Excel import templates: ``history``, ``actuals`` and ``scheme``, in Chinese or English.

Each workbook has a data sheet with headers and example rows (which import cleanly as
they are) and an instructions sheet that the readers skip.  The content (headers,
example rows, instructions, the example scheme) is data: ``kpiguide/data/templates.yaml``.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from pathlib import Path
from typing import Any

from kpiguide.core.errors import InputError
from kpiguide.core.i18n import Msg, normalize_lang
from kpiguide.core.model import (
    Department,
    Direction,
    Employee,
    Frequency,
    Kpi,
    Organization,
    Perspective,
    Role,
    Scheme,
    StrategicObjective,
)
from kpiguide.core.spreadsheet import append_row
from kpiguide.core.structured import load_package_yaml
from kpiguide.scheme.workbook import write_scheme_xlsx

__all__ = ["TEMPLATE_KINDS", "example_scheme", "write_template"]

TEMPLATE_KINDS = ("history", "actuals", "scheme")


@cache
def _content() -> dict[str, Any]:
    """The parsed ``templates.yaml`` (read once)."""
    text = (resources.files("kpiguide") / "data" / "templates.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = load_package_yaml(text)
    return data


def example_scheme(lang: str = "zh") -> Scheme:
    """A small, valid example scheme (one department, one role, two KPIs, two employees)."""
    d = _content()["example_scheme"][normalize_lang(lang)]
    return Scheme(
        Organization(d["organization"]["name"], d["organization"]["industry"]),
        tuple(StrategicObjective(o["id"], o["text"], Perspective(o["perspective"])) for o in d["objectives"]),
        tuple(Department(x["id"], x["name"], tuple(x["objectives"])) for x in d["departments"]),
        tuple(Role(r["id"], r["name"], r["department"], tuple(r["responsibilities"])) for r in d["roles"]),
        tuple(
            Kpi(
                k["id"],
                k["name"],
                k["role"],
                k["objective"],
                k["weight"],
                k["target"],
                k["unit"],
                Direction(k["direction"]),
                Perspective(k["perspective"]),
                k["leading"],
                Frequency(k["frequency"]),
            )
            for k in d["kpis"]
        ),
        tuple(Employee(e["id"], e["name"], e["role"], e["department"]) for e in d["employees"]),
    )


def _check(kind: str, path: Path) -> None:
    if kind not in TEMPLATE_KINDS:
        raise InputError(Msg("history.unknown_template", kind=kind, kinds=", ".join(TEMPLATE_KINDS)))
    if path.suffix.lower() != ".xlsx":
        raise InputError(Msg("history.template_not_xlsx", name=path.name))


def _data_book(kind: str, lang: str) -> Any:
    """A workbook with the header and example rows of ``kind`` (``history`` or ``actuals``)."""
    from openpyxl import Workbook  # reason: openpyxl is an optional, heavy dependency
    from openpyxl.styles import Font  # reason: as above

    content = _content()
    book = Workbook()
    sheet = book.active
    sheet.title = content["sheet_names"][kind][lang]
    append_row(sheet, content["headers"][kind][lang])
    for cell in sheet[1]:
        cell.font = Font(bold=True)
    for row in content["examples"][kind][lang]:
        append_row(sheet, row)
    sheet.freeze_panes = "A2"
    for letter in "ABCDE":
        sheet.column_dimensions[letter].width = 18
    # keep periods and formatted numbers as text so Excel does not turn them into dates
    for row in sheet.iter_rows(min_row=2):
        for cell in row:
            cell.number_format = "@"
    return book


def write_template(kind: str, path: str | Path, lang: str = "zh") -> Path:
    """Write the Excel template ``kind`` (``history``, ``actuals`` or ``scheme``) to ``path``."""
    from openpyxl import load_workbook  # reason: openpyxl is an optional, heavy dependency
    from openpyxl.styles import Alignment  # reason: as above

    path = Path(path)
    _check(kind, path)
    lang = normalize_lang(lang)
    if kind == "scheme":
        write_scheme_xlsx(example_scheme(lang), path)
        book = load_workbook(path)
    else:
        book = _data_book(kind, lang)
    content = _content()
    notes = book.create_sheet(content["sheet_names"]["instructions"][lang])
    for line in content["instructions"][kind][lang]:
        append_row(notes, [line])
    notes.column_dimensions["A"].width = 100
    for row in notes.iter_rows():
        row[0].alignment = Alignment(wrap_text=True)
    book.save(path)
    return path
