"""Spreadsheet helpers shared by every reader of Excel files (scheme, catalog, history, CLI).

One header normaliser, so that "Data Source", "data-source" and full-width "ＤＡＴＡ　ＳＯＵＲＣＥ" name the same
column everywhere, and one way to open a workbook with a located, actionable error.
"""

from __future__ import annotations

import unicodedata
import zipfile
from pathlib import Path
from typing import Any

from kpiguide.core.errors import InputError, Problem
from kpiguide.core.i18n import Msg

__all__ = [
    "FORMULA_STARTS",
    "append_row",
    "formula_like",
    "normalize_header",
    "open_workbook",
    "safe_cell",
    "safe_frame",
    "uncalculated_formulas",
]


def normalize_header(text: Any) -> str:
    """Fold width and case, trim, turn spaces/hyphens into underscores."""
    value = unicodedata.normalize("NFKC", str(text or "")).strip().lower()
    return value.replace(" ", "_").replace("-", "_")


def open_workbook(path: str | Path, error: type[InputError] = InputError) -> Any:
    """Open an .xlsx read-only (values, not formulas); a missing or broken file raises ``error``."""
    from openpyxl import load_workbook  # openpyxl is heavy; only readers of .xlsx files pay for it

    source = str(path)
    try:
        return load_workbook(path, read_only=True, data_only=True)
    except FileNotFoundError:
        raise error(Msg("textfile.not_found", path=source)) from None
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        problem = Problem(Msg("spreadsheet.broken", reason=f"{type(exc).__name__}: {exc}"), file=source)
        raise error(Msg("spreadsheet.cannot_open", path=source), [problem]) from None


def uncalculated_formulas(sheet: Any, source: str, header: Any = None, limit: int = 20) -> list[Problem]:
    """One located problem per cell of a read-only worksheet that holds a formula but no calculated value.

    A workbook written by a program (openpyxl, pandas, a report generator) and never opened in a spreadsheet
    has formulas without the value Excel would have stored; read for values, such a cell looks empty and would
    be imported as a missing value without a word.  Excel's empty-text result (``t="str"``) is not flagged.
    ``header`` (the sheet's first row) names the field; at most ``limit`` cells are listed, then a count.
    """
    from openpyxl.xml.functions import iterparse  # reason: openpyxl is heavy; only readers of .xlsx files pay

    archive, part = getattr(sheet.parent, "_archive", None), getattr(sheet, "_worksheet_path", None)
    if archive is None or part is None:
        return []
    ns = "{http://schemas.openxmlformats.org/spreadsheetml/2006/main}"
    cells: list[str] = []
    with archive.open(part) as stream:
        for _event, element in iterparse(stream):
            if element.tag == ns + "c":
                formula, value = element.find(ns + "f"), element.find(ns + "v")
                if formula is not None and element.get("t") != "str" and (value is None or not value.text):
                    cells.append(element.get("r") or "")
                element.clear()
            elif element.tag == ns + "row":
                element.clear()
    return [_formula_problem(ref, sheet.title, source, header) for ref in cells[:limit]] + (
        [Problem(Msg("spreadsheet.more_formulas", count=len(cells) - limit), file=source, sheet=sheet.title)]
        if len(cells) > limit
        else []
    )


def _formula_problem(ref: str, title: str, source: str, header: Any) -> Problem:
    from openpyxl.utils.cell import column_index_from_string, coordinate_from_string  # reason: as above

    letters, row = coordinate_from_string(ref)
    index = column_index_from_string(letters) - 1
    name = header[index] if header is not None and index < len(header) and header[index] not in (None, "") else None
    return Problem(
        Msg("spreadsheet.uncalculated_formula", cell=ref),
        file=source,
        sheet=title,
        row=row,
        field=str(name) if name is not None else letters,
    )


# -- writing: text stays text ---------------------------------------------------------------------------
#: A cell whose text starts with one of these may be run as a formula by Excel, WPS or LibreOffice
#: ("CSV injection"): ``=HYPERLINK(...)``, ``+cmd|...``, ``-2+3``, ``@SUM(...)``, a leading tab or CR.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def formula_like(value: Any) -> bool:
    """Whether ``value`` is text that a spreadsheet could take for a formula (numbers never are).

    >>> formula_like("=1+1"), formula_like("-5"), formula_like(-5), formula_like("销售额")
    (True, True, False, False)
    """
    return isinstance(value, str) and value.startswith(FORMULA_STARTS)


def safe_cell(value: Any) -> Any:
    """``value`` for a CSV cell: formula-like text gets a leading apostrophe so it stays text;
    numbers (a negative number too) and other text are unchanged.

    >>> safe_cell("=1+1"), safe_cell(-5), safe_cell("@SUM(A1)"), safe_cell("ok")
    ("'=1+1", -5, "'@SUM(A1)", 'ok')
    """
    return "'" + value if formula_like(value) else value


def safe_frame(frame: Any) -> Any:
    """A copy of a pandas DataFrame with :func:`safe_cell` applied to its text cells (for ``to_csv``)."""
    out = frame.copy()
    for column in out.columns:
        if out[column].dtype.kind not in "biufcmM":  # text (object or string dtype), not numbers or dates
            out[column] = out[column].map(safe_cell)
    return out


def append_row(sheet: Any, values: Any) -> None:
    """Append ``values`` to an openpyxl worksheet; formula-like text is stored as text (never a formula)
    with Excel's quote prefix, so the value reads back exactly and editing the cell keeps it text."""
    from openpyxl.cell import Cell  # reason: openpyxl is heavy; only writers of .xlsx files pay for it

    row = []
    for value in values:
        if formula_like(value):
            cell = Cell(sheet, value=value)
            cell.data_type = "s"
            cell.quotePrefix = True
            row.append(cell)
        else:
            row.append(value)
    sheet.append(row)
