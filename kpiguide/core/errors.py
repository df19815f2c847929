"""Exceptions raised by kpiguide.

Every exception the package raises on purpose derives from :class:`KpiGuideError`,
so a notebook, an app or the CLI can catch that one class and show its message::

    KpiGuideError
    ├── InputError               bad user input (files, text, parameters); also a ValueError
    │   ├── SchemeError          a scheme file (YAML/JSON/XLSX) that does not validate
    │   ├── DataImportError      history/actuals that do not validate
    │   └── CatalogError         a catalog or extension catalog that does not validate
    ├── StoreError               the project store cannot be opened or written
    │   ├── ProjectNotFound      no project at the given path or URL
    │   ├── ConflictError        a row was changed by someone else since it was read
    │   └── BusyError            another writer held the project longer than the busy timeout
    ├── NotFound                 no item with the given id (also a KeyError)
    ├── AccessDenied             a token is missing, forged, expired or revoked
    ├── PeriodClosed             a write to a period that is closed
    └── NotFittedError           an estimator used before ``fit``

Checks never raise for problems in the content they check: they return
:class:`kpiguide.core.findings.Finding` objects.  Exceptions are for misuse and for
input that cannot be read at all.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from typing import Any

from kpiguide.core.texttable import render

__all__ = [
    "AccessDenied",
    "BusyError",
    "CatalogError",
    "ConflictError",
    "DataImportError",
    "InputError",
    "KpiGuideError",
    "NotFittedError",
    "NotFound",
    "PeriodClosed",
    "Problem",
    "ProjectNotFound",
    "SchemeError",
    "StoreError",
]


class KpiGuideError(Exception):
    """Base class of every error kpiguide raises on purpose."""


@dataclass(frozen=True)
class Problem:
    """One problem in an input file, located as precisely as the format allows.

    ``line`` is a 1-based text line (YAML/JSON/CSV), ``row`` a 1-based spreadsheet
    row or record number, ``field`` a key, column header or dotted path.
    """

    message: str
    file: str | None = None
    sheet: str | None = None
    line: int | None = None
    row: int | None = None
    field: str | None = None

    def location(self, lang: str = "en") -> str:
        """Where the problem is, for people: ``file.xlsx, sheet 'History', row 3, field 'target'``.

        ``lang`` is ``"en"`` (the default: logs and the command line) or ``"zh"``
        (``文件 file.xlsx，工作表「History」，第 3 行，字段「target」``).
        """
        if lang != "en":
            return self._location_in(lang)
        parts = []
        if self.file:
            parts.append(self.file)
        if self.sheet:
            parts.append(f"sheet {self.sheet!r}")
        if self.line is not None:
            parts.append(f"line {self.line}")
        if self.row is not None:
            parts.append(f"row {self.row}")
        if self.field:
            parts.append(f"field {self.field!r}")
        return ", ".join(parts)

    def _location_in(self, lang: str) -> str:
        values = {"file": self.file, "sheet": self.sheet, "line": self.line, "row": self.row, "field": self.field}
        parts = [
            render(f"location.{name}", lang, **{name: value})
            for name, value in values.items()
            if value is not None and value != ""
        ]
        return render("location.separator", lang).join(parts)

    def __str__(self) -> str:
        where = self.location()
        return f"{where}: {self.message}" if where else self.message

    def to_dict(self) -> dict[str, Any]:
        return {
            "file": self.file,
            "sheet": self.sheet,
            "line": self.line,
            "row": self.row,
            "field": self.field,
            "message": self.message,
        }


class InputError(KpiGuideError, ValueError):
    """Input that cannot be used; carries every problem found, not only the first.

    Also a :class:`ValueError`, so that code written against the plain parsers
    (``except ValueError``) keeps working when they raise this instead.
    """

    def __init__(self, summary: str, problems: Iterable[Problem] = ()) -> None:
        self.summary = summary
        self.problems: tuple[Problem, ...] = tuple(problems)
        super().__init__(self._render())

    def _render(self) -> str:
        if not self.problems:
            return self.summary
        lines = [f"{self.summary} ({len(self.problems)} problem(s)):"]
        lines += [f"  - {p}" for p in self.problems]
        return "\n".join(lines)


class SchemeError(InputError):
    """A scheme file or scheme object does not validate."""


class DataImportError(InputError):
    """History or actuals data does not validate."""


class CatalogError(InputError):
    """A catalog or an extension catalog does not validate."""


class StoreError(KpiGuideError):
    """The project store cannot be opened, read or written."""


class ProjectNotFound(StoreError):
    """No project exists at the given path or URL."""


class BusyError(StoreError):
    """Another writer held the project for longer than the busy timeout (retried with back-off, then refused)."""


class ConflictError(StoreError):
    """A row was changed by someone else after it was read (optimistic concurrency)."""

    def __init__(self, entity: str, key: str, expected: int | None, actual: int | None) -> None:
        self.entity = entity
        self.key = key
        self.expected = expected
        self.actual = actual
        if actual is None:
            detail = "it was deleted"
        else:
            detail = f"you read version {expected}, the store now has version {actual}"
        super().__init__(
            f"{entity} {key!r} was changed by someone else ({detail}). "
            "Reload it and apply your change again; nothing was saved."
        )


class NotFound(KpiGuideError, KeyError):
    """No item with the given id (a store row, a scheme member, a catalog entry); also a :class:`KeyError`.

    >>> str(NotFound("No KPI with id 'k9' in the project."))
    "No KPI with id 'k9' in the project."
    """

    def __str__(self) -> str:
        # KeyError quotes its argument; the message reads better as plain text.
        return str(self.args[0]) if self.args else ""


class AccessDenied(KpiGuideError):
    """A token is missing, forged, expired or revoked, or does not grant this action."""


class PeriodClosed(KpiGuideError):
    """A write was attempted on a closed period; reopen it with a reason first."""


class NotFittedError(KpiGuideError, ValueError):
    """An estimator was used before ``fit``."""
