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

__all__ = ["normalize_header", "open_workbook"]


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
        raise error(f"File not found: {source!r}. Check the path and try again.") from None
    except (zipfile.BadZipFile, KeyError, OSError, ValueError, TypeError) as exc:
        raise error(
            f"Cannot open {source!r} as an Excel workbook",
            [Problem(f"{type(exc).__name__}: {exc}; save it as .xlsx from Excel or WPS", file=source)],
        ) from None
