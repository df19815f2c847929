"""History and actuals: reading CSV/Excel files (tidy or wide, English or Chinese headers),
series from a project store, and importing actuals into a project.

A *tidy* file has one row per value: a ``series`` column (or ``kpi`` / ``employee`` /
``department`` columns), a ``period`` column and a ``value`` column.  A *wide* file has one
row per series and one column per period, as people keep it in Excel.  Headers may be
English or Chinese (指标/序列, 期间/月份/季度/日期, 数值/实际值/完成值, 员工/工号, 部门 ...),
matched case- and width-insensitively.  Every problem is reported at once with its file,
sheet, row and column; nothing is returned (or imported) when there is any.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from kpiguide.core.errors import DataImportError, Problem
from kpiguide.core.i18n import Msg, has_cjk
from kpiguide.core.numbers import parse_number
from kpiguide.core.periods import Period
from kpiguide.core.spreadsheet import normalize_header, open_workbook, uncalculated_formulas
from kpiguide.core.textfile import read_text
from kpiguide.data.actuals import import_actual_columns as import_checked

__all__ = [
    "COLUMN_ALIASES",
    "HistoryData",
    "import_actuals",
    "read_history",
    "read_table",
    "series_from_store",
]

# The header aliases, instruction-sheet names and period example below are input vocabulary
# (what people write in their files), not user-facing text.

#: Column role → accepted headers (after :func:`kpiguide.core.spreadsheet.normalize_header`).
COLUMN_ALIASES: dict[str, tuple[str, ...]] = {
    "series": ("series", "series_id", "series_name", "序列", "序列名", "指标序列", "名称"),
    "kpi": ("kpi", "kpi_id", "indicator", "metric", "指标", "指标编号", "指标代码", "指标名称", "考核指标"),
    "employee": ("employee", "employee_id", "staff", "员工", "工号", "员工编号", "员工工号", "人员", "姓名"),
    "department": ("department", "department_id", "dept", "部门", "部门编号", "部门名称"),
    "period": (
        "period",
        "month",
        "quarter",
        "date",
        "year",
        "期间",
        "月份",
        "季度",
        "日期",
        "年月",
        "时间",
        "统计期间",
        "年度",
        "周期",
    ),
    "value": ("value", "actual", "actuals", "amount", "数值", "实际值", "完成值", "值", "实际", "完成", "实绩", "金额"),
    "target": ("target", "目标", "目标值"),
    "recorded_at": ("recorded_at", "recorded", "录入时间", "填报时间", "记录时间"),
    "note": ("note", "comment", "备注"),
}
_ROLE_OF = {normalize_header(alias): role for role, aliases in COLUMN_ALIASES.items() for alias in aliases}
_ID_ROLES = ("series", "kpi", "employee", "department")
_INSTRUCTION_SHEETS = {"instructions", "说明", "填写说明", "readme", "使用说明"}
#: Input vocabulary: a Chinese period spelling the parser reads, quoted in problems as an example.
PERIOD_EXAMPLE_ZH = "2026年第一季度"


@dataclass(frozen=True)
class _Cell:
    sheet: str | None
    row: int
    values: tuple[Any, ...]


def read_table(path: str | Path, *, sheet: str | None = None) -> tuple[list[Any], list[_Cell], str | None]:
    """Header and data rows of a CSV or Excel file: ``(header, rows, sheet_name)``.

    The header is the first non-empty row; fully empty rows are skipped.
    """
    path = Path(path)
    source = str(path)
    if path.suffix.lower() in (".xlsx", ".xlsm"):
        book = open_workbook(path, DataImportError)
        try:
            if sheet is not None:
                if sheet not in book.sheetnames:
                    listed = Problem(
                        Msg("history.sheets_are", sheets=", ".join(map(repr, book.sheetnames))), file=source
                    )
                    raise DataImportError(Msg("history.no_sheet", sheet=sheet, source=source), [listed])
                title = sheet
            else:
                usable = [s for s in book.sheetnames if normalize_header(s) not in _INSTRUCTION_SHEETS]
                title = usable[0] if usable else book.sheetnames[0]
            try:
                raw = [(i, tuple(r)) for i, r in enumerate(book[title].iter_rows(values_only=True), start=1)]
            except (ValueError, TypeError, KeyError) as exc:  # a cell openpyxl cannot read (e.g. <v>NaN</v>)
                problem = Problem(Msg("history.bad_cell", reason=str(exc)), file=source, sheet=title)
                raise DataImportError(Msg("history.cannot_read", source=source), [problem]) from None
            header = next((r for _i, r in raw if any(v not in (None, "") for v in r)), None)
            formulas = uncalculated_formulas(book[title], source, header)
            if formulas:
                raise DataImportError(Msg("history.formulas", source=source), formulas)
        finally:
            book.close()
    elif path.suffix.lower() == ".xls":
        raise DataImportError(Msg("history.xls", source=source), [Problem(Msg("history.save_as_xlsx"), file=source)])
    else:
        text, _encoding = read_text(path)
        title = None
        sample = text[:4096]
        try:
            dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
        except csv.Error:
            dialect = csv.excel
        reader = csv.reader(io.StringIO(text), dialect)
        raw = []
        try:
            for record in reader:
                raw.append((reader.line_num, tuple(record)))
        except csv.Error as exc:
            problem = Problem(Msg("history.csv_quotes", reason=str(exc)), file=source, line=reader.line_num)
            raise DataImportError(Msg("history.cannot_read_csv", source=source), [problem]) from None
    rows = [(i, r) for i, r in raw if any(not _blank(v) for v in r)]
    if not rows:
        problem = Problem(Msg("history.empty_file"), file=source, sheet=title)
        raise DataImportError(Msg("history.no_data", source=source), [problem])
    (_, header), data = rows[0], rows[1:]
    return list(header), [_Cell(title, i, r) for i, r in data], title


def _blank(value: Any) -> bool:
    return value is None or (isinstance(value, str) and not value.strip())


@dataclass(frozen=True, eq=False)
class HistoryData:
    """Imported history: a tidy frame and one float series per series name.

    ``frame`` columns: ``series``, ``kpi``, ``employee``, ``department``, ``period``
    (text such as ``2026-01``), ``value``, ``target``, ``recorded_at``, ``note``,
    ``sheet``, ``row``.  ``series`` maps each series name to a float ``pd.Series``
    indexed by period strings, oldest first (a period given twice keeps its last value;
    the data-quality check reports it).  ``columns`` maps each recognised role
    (``kpi``, ``employee``, ``period``, …) to the header text used in the file.
    """

    frame: pd.DataFrame
    series: dict[str, pd.Series]
    source: str
    layout: str
    columns: dict[str, str] = field(default_factory=dict)

    @property
    def names(self) -> list[str]:
        return list(self.series)

    def get(self, name: str) -> pd.Series:
        """The series called ``name`` (DataImportError listing the names when unknown)."""
        if name in self.series:
            return self.series[name]
        listed = Problem(Msg("history.series_are", names=", ".join(map(repr, self.names[:20]))), file=self.source)
        raise DataImportError(Msg("history.no_series", series=name, source=self.source), [listed])

    def only(self) -> pd.Series:
        """The single series of the file (DataImportError when there are several)."""
        if len(self.series) == 1:
            return next(iter(self.series.values()))
        listed = Problem(Msg("history.series_are", names=", ".join(map(repr, self.names[:20]))), file=self.source)
        raise DataImportError(Msg("history.choose_series", source=self.source, count=len(self.series)), [listed])

    def targets(self) -> dict[str, float]:
        """Target per series, from a ``target`` column if the file has one."""
        rows = self.frame.dropna(subset=["target"])
        return {str(k): float(v) for k, v in rows.groupby("series", sort=False)["target"].last().items()}


def _roles(header: list[Any], source: str, sheet: str | None, problems: list[Problem]) -> dict[int, str]:
    roles: dict[int, str] = {}
    for col, raw in enumerate(header):
        if _blank(raw):
            continue
        role = _ROLE_OF.get(normalize_header(raw))
        if role is None:
            continue
        if role in roles.values():
            problems.append(
                Problem(Msg("history.two_columns", role=role), file=source, sheet=sheet, row=1, field=str(raw))
            )
            continue
        roles[col] = role
    return roles


def _period_columns(header: list[Any], roles: dict[int, str]) -> dict[int, Period]:
    out = {}
    for col, raw in enumerate(header):
        if col in roles or _blank(raw):
            continue
        if isinstance(raw, int | float) and not 1900 <= raw <= 2200 and not 190001 <= raw <= 220012:
            continue
        try:
            out[col] = Period.parse(raw)
        except ValueError:
            continue
    return out


def _series_key(record: dict[str, Any]) -> str:
    if record.get("series"):
        return str(record["series"])
    parts = [record.get(r) for r in ("department", "employee", "kpi")]
    return "/".join(str(p) for p in parts if p)


def _text(value: Any) -> str | None:
    if _blank(value):
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def _parse_time(value: Any) -> dt.datetime | None:
    if _blank(value):
        return None
    if isinstance(value, dt.datetime):
        return value
    if isinstance(value, dt.date):
        return dt.datetime.combine(value, dt.time())
    return dt.datetime.fromisoformat(str(value).strip().replace("/", "-"))


_FRAME_COLUMNS = [
    "series",
    "kpi",
    "employee",
    "department",
    "period",
    "value",
    "target",
    "recorded_at",
    "note",
    "sheet",
    "row",
    "_period",
]
# The order in which one row's problems are listed (as the fields are checked).
_CHECK_ORDER = {"value": 0, "period": 1, "target": 2, "recorded_at": 3, "series": 4, "kpi": 5, "employee": 6}
_CHECK_ORDER["department"] = 7


@dataclass(frozen=True)
class _Layout:
    """A table's header, data cells (one column per file column) and recognised columns, with where it came from."""

    source: str
    sheet: str | None
    header: list[Any]
    cells: pd.DataFrame
    rows: np.ndarray
    roles: dict[int, str]

    def problem(self, message: str, **where: Any) -> Problem:
        return Problem(message, file=self.source, sheet=self.sheet, **where)

    def column(self, col: int) -> pd.Series:
        if col < self.cells.shape[1]:
            return self.cells.iloc[:, col]
        return pd.Series([None] * len(self.cells), index=self.cells.index, dtype=object)

    def name(self, col: int | None, role: str) -> str:
        return str(self.header[col]) if col is not None and col < len(self.header) else role


def _read_cells(path: str | Path, sheet: str | None) -> tuple[list[Any], pd.DataFrame, np.ndarray, str | None]:
    """Header, data cells and their 1-based row (line) numbers; a plain CSV is read by pandas in one go."""
    fast = _read_csv_fast(path) if Path(path).suffix.lower() not in (".xlsx", ".xlsm", ".xls") else None
    if fast is not None:
        return fast
    header, rows, title = read_table(path, sheet=sheet)
    width = max([len(header), *(len(c.values) for c in rows)])
    cells = pd.DataFrame([c.values + (None,) * (width - len(c.values)) for c in rows], columns=range(width))
    return header, cells, np.array([c.row for c in rows], dtype=np.int64), title


def _read_csv_fast(path: str | Path) -> tuple[list[Any], pd.DataFrame, np.ndarray, None] | None:
    """A CSV read by pandas, or ``None`` when its line numbers would not be exact (quoted line breaks,
    ragged rows, old Mac line ends): the careful reader then reads it."""
    text, _encoding = read_text(path)
    try:
        dialect: Any = csv.Sniffer().sniff(text[:4096], delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    if "\r" in text.replace("\r\n", ""):
        return None
    data = io.BytesIO(text.encode("utf-8"))  # bytes take a quarter of the memory of a text buffer of Chinese text
    del text
    try:
        frame = pd.read_csv(
            data,
            encoding="utf-8",
            sep=dialect.delimiter,
            quotechar=dialect.quotechar or '"',
            header=None,
            dtype=str,
            na_filter=False,
            skip_blank_lines=False,
            engine="c",
        )
    except (ValueError, pd.errors.ParserError):
        return None
    if len(frame) != lines:
        return None
    filled = (frame != "").any(axis=1).to_numpy()
    if not filled.any():
        return None
    numbers = np.flatnonzero(filled) + 1
    frame = frame[filled]
    header = list(frame.iloc[0])
    cells = frame.iloc[1:].reset_index(drop=True)
    cells.columns = range(cells.shape[1])
    return header, cells, numbers[1:].astype(np.int64), None


def read_history(path: str | Path, *, series: str | None = None, sheet: str | None = None) -> HistoryData:
    """Read a history or actuals file (CSV or .xlsx, tidy or wide).

    Parameters
    ----------
    path : path-like
        The file. CSV encodings (UTF-8, UTF-8 with BOM, GBK/GB18030) are detected.
    series : str, optional
        Keep only this series (matched on the series name, or on the KPI, employee or
        department id in either layout).
    sheet : str, optional
        Sheet of a workbook (default: the first sheet that is not an instructions sheet).

    Raises
    ------
    DataImportError
        With every problem found (file, sheet, row, column), when anything cannot be read.
        A period given twice in a series is reported too when the file has other problems.
    """
    frame, layout, columns = _read_frame(path, series, sheet)
    return HistoryData(frame, _series_of(frame, series), str(path), layout, columns)


def _read_frame(
    path: str | Path, series: str | None, sheet: str | None, *, sort: bool = True
) -> tuple[pd.DataFrame, str, dict[str, str]]:
    """The checked rows of a history file (sorted by series and period, or in file order when ``sort`` is
    false), its layout and its role → header map."""
    source = str(path)
    header, cells, rows, title = _read_cells(path, sheet)
    problems: list[Problem] = []
    table = _Layout(source, title, header, cells, rows, _roles(header, source, title, problems))
    role_set = set(table.roles.values())
    if "period" in role_set or "value" in role_set:
        layout, frame = "tidy", _tidy_frame(table, problems)
    else:
        layout, frame = "wide", _wide_frame(table, problems)
    if frame.empty and not problems:
        problems.append(table.problem(Msg("history.no_values")))
    problems += _mixed_kinds(frame, table)
    if problems:
        problems += _duplicate_periods(frame, table)
        raise DataImportError(Msg("history.has_problems", source=source), problems)
    if series is not None:
        frame = _select_series(frame, series, table)
    if sort:
        frame = frame.sort_values(["series", "_order"], kind="stable").reset_index(drop=True)
    columns = {role: str(header[col]) for col, role in table.roles.items() if col < len(header)}
    return frame.drop(columns=["_period", "_order"]), layout, columns


def _tidy_frame(table: _Layout, problems: list[Problem]) -> pd.DataFrame:
    """The rows of a tidy table (``period`` and ``value`` columns), parsed column by column."""
    role_set = set(table.roles.values())
    for needed in ("period", "value"):
        if needed not in role_set:
            problems.append(
                table.problem(
                    Msg("history.missing_column", column=needed, aliases=", ".join(COLUMN_ALIASES[needed][5:8])),
                    row=1,
                )
            )
    if problems:
        raise DataImportError(Msg("history.not_history", source=table.source), problems)
    col_of = {role: col for col, role in table.roles.items()}
    raw = {role: table.column(col) for role, col in col_of.items()}
    fields = {role: table.name(col, role) for role, col in col_of.items()}
    return _parse_block(raw, table.rows, fields, table, problems, set(col_of))


def _wide_frame(table: _Layout, problems: list[Problem]) -> pd.DataFrame:
    """The filled period cells of a wide table (one column per period), parsed column by column."""
    periods = _period_columns(table.header, table.roles)
    if not periods:
        problems.append(
            table.problem(
                Msg("history.no_layout", example=PERIOD_EXAMPLE_ZH),
                row=1,
            )
        )
        raise DataImportError(Msg("history.not_history", source=table.source), problems)
    seen: dict[str, int] = {}
    for col, p in periods.items():
        if str(p) in seen:
            problems.append(
                table.problem(Msg("history.period_twice", period=str(p)), row=1, field=str(table.header[col]))
            )
        seen[str(p)] = col
    col_of = {role: col for col, role in table.roles.items()}
    ids = {role: table.column(col) for role, col in col_of.items()}
    blocks = [pd.DataFrame(columns=[*_FRAME_COLUMNS, "_order"])]
    for col, p in periods.items():
        raw = {**ids, "value": table.column(col), "period": pd.Series([p] * len(table.cells), dtype=object)}
        fields = {**{role: table.name(c, role) for role, c in col_of.items()}, "value": table.name(col, "value")}
        blocks.append(_parse_block(raw, table.rows, fields, table, problems, set(col_of)))
    return pd.concat([b for b in blocks if len(b)] or blocks[:1], ignore_index=True)


def _per_unique(
    column: pd.Series, read: Any, skip_blank: bool = True
) -> tuple[np.ndarray, np.ndarray, np.ndarray, np.ndarray]:
    """``read`` applied once per distinct cell: (codes, blank mask, values by code, failed mask by code).

    Codes index the distinct values; a blank cell (empty text, ``None``, NaN) is not read."""
    codes, uniques = pd.factorize(column.to_numpy(dtype=object), use_na_sentinel=True)
    values = np.empty(len(uniques) + 1, dtype=object)
    failed = np.zeros(len(uniques) + 1, dtype=bool)
    blank_code = np.zeros(len(uniques) + 1, dtype=bool)
    blank_code[-1] = True  # code -1 (a missing cell) indexes the last slot
    for i, cell in enumerate(uniques):
        if skip_blank and _blank(cell):
            blank_code[i] = True
            continue
        try:
            values[i] = read(cell)
        except ValueError:
            failed[i] = True
    return codes, blank_code[codes], values, failed


def _read_values(column: pd.Series) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Numbers of a column: (values, blank mask, failed mask).

    Each distinct cell is read once; plain decimals, thousands-separated numbers and plain percentages
    (most cells of a large export) are read in bulk, exactly as :func:`parse_number` reads them."""
    codes, uniques = pd.factorize(column.to_numpy(dtype=object), use_na_sentinel=True)
    cells = pd.Series(uniques, dtype=object)
    numbers = np.full(len(cells) + 1, np.nan)
    done = np.zeros(len(cells) + 1, dtype=bool)
    done[-1] = True  # code -1: a missing cell
    text = cells.map(lambda c: c if isinstance(c, str) else None)
    for pattern, clean, scale in _BULK_NUMBERS:
        match = text.str.fullmatch(pattern, na=False).to_numpy() & ~done[:-1]
        if match.any():
            numbers[:-1][match] = clean(text[match]).astype(float).to_numpy() * scale
            done[:-1] |= match
    blank_code = np.zeros(len(cells) + 1, dtype=bool)
    blank_code[-1] = True
    failed = np.zeros(len(cells) + 1, dtype=bool)
    for i in np.flatnonzero(~done[:-1]):
        cell = uniques[i]
        if _blank(cell) or (isinstance(cell, float) and np.isnan(cell)):
            blank_code[i] = True
            continue
        try:
            numbers[i] = parse_number(cell)
        except ValueError:
            failed[i] = True
    blank = blank_code[codes]
    return numbers[codes], blank, failed[codes] & ~blank


# Cells read in bulk: (pattern, cleaning of the text, scale); every other cell goes through parse_number.
_BULK_NUMBERS: tuple[tuple[str, Any, float], ...] = (
    (r"-?\d{1,15}(?:\.\d{1,15})?", lambda t: t, 1.0),
    (r"-?\d{1,3}(?:,\d{3})+(?:\.\d{1,15})?", lambda t: t.str.replace(",", "", regex=False), 1.0),
    (r"-?\d{1,15}(?:\.\d{1,15})?%", lambda t: t.str[:-1], 1.0),
)


def _texts(column: pd.Series) -> np.ndarray:
    """Id, note and name cells as stripped text (``None`` when blank; ``3.0`` read as ``3``)."""
    codes, _blank_mask, values, _failed = _per_unique(column, _text)
    return np.asarray(values[codes], dtype=object)


def _parse_block(
    raw: dict[str, pd.Series],
    rows: np.ndarray,
    fields: dict[str, str],
    table: _Layout,
    problems: list[Problem],
    id_columns: set[str],
) -> pd.DataFrame:
    """Parse one block of cells (a tidy table, or one period column of a wide one) into frame rows.

    A row with a blank value is a missing value (left to the data-quality check); every other row
    with a cell that cannot be read is a located problem, and is left out."""
    value, blank, bad = _read_values(raw["value"])
    keep = ~blank
    issues: list[tuple[int, int, Problem]] = []

    def report(mask: np.ndarray, role: str, message: Any) -> None:
        for i in np.flatnonzero(mask & keep):
            problem = Problem(
                message(i), file=table.source, sheet=table.sheet, row=int(rows[i]), field=fields.get(role, role)
            )
            issues.append((int(rows[i]), _CHECK_ORDER.get(role, 9), problem))

    cells = {role: column.to_numpy(dtype=object) for role, column in raw.items()}
    report(bad, "value", lambda i: Msg("history.bad_value", value=cells["value"][i]))
    periods, period_blank, period_bad = _read_periods(raw["period"])
    report(period_blank, "period", lambda i: Msg("history.empty_period", example=PERIOD_EXAMPLE_ZH))
    report(
        period_bad,
        "period",
        lambda i: Msg("history.bad_period", value=cells["period"][i], example=PERIOD_EXAMPLE_ZH),
    )
    target = np.full(len(value), np.nan)
    if "target" in raw:
        target, _t_blank, t_bad = _read_values(raw["target"])
        report(t_bad, "target", lambda i: Msg("history.bad_target", value=cells["target"][i]))
    recorded = np.full(len(value), None, dtype=object)
    if "recorded_at" in raw:
        codes, _r_blank, times, r_failed = _per_unique(raw["recorded_at"], _parse_time)
        recorded = times[codes]
        report(r_failed[codes], "recorded_at", lambda i: Msg("history.bad_time", value=cells["recorded_at"][i]))
    ids = {role: _texts(raw[role]) if role in raw else np.full(len(value), None, dtype=object) for role in _ID_ROLES}
    for role in _ID_ROLES:
        if role in id_columns:
            report(pd.isna(ids[role]), role, lambda i, role=role: Msg(f"history.empty_id.{role}"))
    return _block_frame(issues, problems, keep, value, target, periods, recorded, ids, raw, rows, table)


def _block_frame(
    issues: list[tuple[int, int, Problem]],
    problems: list[Problem],
    keep: np.ndarray,
    value: np.ndarray,
    target: np.ndarray,
    periods: tuple[np.ndarray, np.ndarray, np.ndarray],
    recorded: np.ndarray,
    ids: dict[str, np.ndarray],
    raw: dict[str, pd.Series],
    rows: np.ndarray,
    table: _Layout,
) -> pd.DataFrame:
    """The frame of a block's good rows; its problems appended in row order."""
    issues.sort(key=lambda item: (item[0], item[1]))
    problems += [p for _row, _order, p in issues]
    if issues:
        keep = keep & ~np.isin(rows, [row for row, _order, _p in issues])
    period_obj, order, period_text = periods
    series = _series_keys(ids, keep)
    note = _texts(raw["note"]) if "note" in raw else np.full(len(value), None, dtype=object)
    frame = pd.DataFrame(
        {
            "series": series,
            "kpi": ids["kpi"][keep],
            "employee": ids["employee"][keep],
            "department": ids["department"][keep],
            "period": period_text[keep],
            "value": value[keep],
            "target": target[keep],
            "recorded_at": recorded[keep],
            "note": np.asarray([n or "" for n in note[keep]], dtype=object),
            "sheet": table.sheet,
            "row": rows[keep],
            "_period": period_obj[keep],
            "_order": order[keep],
        }
    )
    frame["target"] = frame["target"].astype(object).where(frame["target"].notna(), None)
    return frame


def _read_periods(
    column: pd.Series,
) -> tuple[tuple[np.ndarray, np.ndarray, np.ndarray], np.ndarray, np.ndarray]:
    """((periods, sort order, period text), blank mask, failed mask) of a period column (cells may be periods)."""
    codes, blank, values, failed = _per_unique(column, Period.parse)
    known = sorted({v for v in values if v is not None})
    rank = {p: i for i, p in enumerate(known)}
    order = np.array([rank.get(v, -1) if v is not None else -1 for v in values], dtype=np.int64)
    text = np.array([str(v) if v is not None else None for v in values], dtype=object)
    return (values[codes], order[codes], text[codes]), blank, failed[codes] & ~blank


def _series_keys(ids: dict[str, np.ndarray], keep: np.ndarray) -> np.ndarray:
    """The series name of each kept row: its ``series`` cell, else department/employee/kpi joined by ``/``."""
    joined = np.full(int(keep.sum()), "", dtype=object)
    for role in ("department", "employee", "kpi"):
        part = ids[role][keep]
        part = np.where(pd.isna(part), "", part).astype(object)
        both = (joined != "") & (part != "")
        joined = np.where(both, joined + "/" + part, joined + part)
    named = ids["series"][keep]
    keys = np.where(pd.isna(named) | (named == ""), joined, named).astype(object)
    keys[keys == ""] = "series"
    return keys


def _duplicate_periods(frame: pd.DataFrame, table: _Layout) -> list[Problem]:
    """A period given twice in one series, located at the repeat and naming the first row."""
    if frame.empty:
        return []
    repeated = frame.duplicated(["series", "period"], keep="first")
    if not repeated.any():
        return []
    first = frame[~repeated].set_index(["series", "period"])["row"]
    field_name = next((str(table.header[c]) for c, r in table.roles.items() if r == "period"), "period")
    out = []
    for rec in frame[repeated].itertuples(index=False):
        out.append(
            table.problem(
                Msg(
                    "history.period_again",
                    period=rec.period,
                    series=rec.series,
                    first=int(first[(rec.series, rec.period)]),
                ),
                row=int(rec.row),
                field=field_name,
            )
        )
    return out


def _mixed_kinds(frame: pd.DataFrame, table: _Layout) -> list[Problem]:
    """Series that mix period kinds (months and quarters, …)."""
    if frame.empty:
        return []
    kinds = pd.Series([p.kind for p in frame["_period"]], index=frame.index)
    counts = kinds.groupby(frame["series"], sort=False).nunique()
    problems = []
    for key in counts[counts > 1].index:
        group = frame[frame["series"] == key]
        listed = ", ".join(sorted(set(kinds[group.index])))
        problems.append(
            table.problem(
                Msg("history.mixed_kinds", series=key, kinds=listed),
                row=int(group["row"].iloc[0]),
            )
        )
    return problems


def _select_series(frame: pd.DataFrame, series: str, table: _Layout) -> pd.DataFrame:
    """The rows of ``series`` (a series name, or a KPI, employee or department id)."""
    mask = frame["series"].eq(series)
    for role in ("kpi", "employee", "department"):
        if not mask.any():
            mask = frame[role].eq(series)
    if not mask.any():
        names = list(dict.fromkeys(frame["series"]))
        listed = table.problem(Msg("history.series_are", names=", ".join(map(repr, names[:20]))))
        raise DataImportError(Msg("history.no_series", series=series, source=table.source), [listed])
    frame = frame[mask].copy()
    if frame["series"].nunique() > 1:
        frame["series"] = series
    return frame


def _series_of(frame: pd.DataFrame, series: str | None) -> dict[str, pd.Series]:
    """One float series per series name, indexed by period text (a repeated period keeps its last value).

    ``frame`` is sorted by series, then period."""
    if frame.empty:
        return {}
    how = "last"
    if series is not None and frame[["kpi", "employee"]].nunique().max() > 1:
        how = "mean"  # one KPI over several employees (or the reverse): the mean per period
    agg = frame.groupby(["series", "period"], sort=False)["value"].agg(how)
    keys = agg.index.get_level_values(0).to_numpy(dtype=object)
    periods = agg.index.get_level_values(1).to_numpy(dtype=object)
    values = agg.to_numpy(float)
    cuts = [0, *(np.flatnonzero(keys[1:] != keys[:-1]) + 1).tolist(), len(keys)]
    out: dict[str, pd.Series] = {}
    for start, stop in itertools.pairwise(cuts):
        key = str(keys[start])
        out[key] = pd.Series(values[start:stop], index=list(periods[start:stop]), name=key, dtype=float)
    return out


def series_from_store(store: Any, kpi_id: str, subject: str | None = None) -> pd.Series:
    """Monthly actuals of one KPI from a project store, as a float series indexed by period.

    ``subject`` is an employee (or department) id; ``None`` averages across subjects per
    period.  Periods come out oldest first; a period nobody reported is absent.
    """
    actuals = store.actuals(kpi=kpi_id, subject=subject)
    name = kpi_id if subject is None else f"{subject}/{kpi_id}"
    if not actuals:
        return pd.Series([], index=pd.Index([], dtype=object), dtype=float, name=name)
    frame = pd.DataFrame({"period": [a.period for a in actuals], "value": [a.value for a in actuals]})
    means = frame.groupby("period", sort=True)["value"].mean()
    return pd.Series(means.to_numpy(float), index=[str(p) for p in means.index], dtype=float, name=name)


def import_actuals(
    store: Any, path: str | Path, *, actor: str, replace_existing: bool = False, sheet: str | None = None
) -> dict[str, int]:
    """Import actuals from a file into the project, all or nothing.

    Each row needs a KPI (id or name), an employee or a department (id or name), a period
    and a value.  This function reads the file (cells that are not a number or a period
    are located problems) and resolves names to ids; checking the rows against the scheme
    (unknown KPIs, employees and departments, a KPI that is not in the employee's role, a
    value given twice) and against closed periods, and the write, are done by
    :func:`kpiguide.data.actuals.import_actuals` — every problem names the file,
    sheet, row and column.
    """
    # in file order, without per-series views: only the rows are imported
    frame, _layout, file_columns = _read_frame(path, None, sheet, sort=False)
    source = str(path)
    scheme = store.load_scheme()
    problems: list[Problem] = []
    if frame["kpi"].isna().all():
        problems.append(Problem(Msg("history.needs_kpi_column", alias=_alias("kpi")), file=source, row=1))
    if frame["employee"].isna().all() and frame["department"].isna().all():
        problems.append(
            Problem(
                Msg(
                    "history.needs_subject_column",
                    employee=_alias("employee"),
                    employee_id=_alias("employee", 4),
                    department=_alias("department"),
                ),
                file=source,
                row=1,
            )
        )
    if problems:
        raise DataImportError(Msg("history.not_actuals", source=source), problems)
    kpis = _lookup_table((k.id, k.name) for k in scheme.kpis)
    employees = _lookup_table((e.id, e.name) for e in scheme.employees)
    departments = _lookup_table((d.id, d.name) for d in scheme.departments)
    by_employee = frame["employee"].notna().to_numpy() & (frame["employee"].to_numpy(dtype=object) != "")
    departments_of = _resolve(frame["department"], departments)
    columns = {
        "subject_kind": np.where(by_employee, "employee", "department").astype(object),
        "subject": np.where(by_employee, _resolve(frame["employee"], employees), departments_of),
        "kpi": _resolve(frame["kpi"], kpis),
        "period": frame["period"].to_numpy(dtype=object),
        "value": frame["value"].to_numpy(dtype=float),
        "recorded_at": [r if isinstance(r, dt.datetime) else None for r in frame["recorded_at"]],
        "recorded_by": [actor] * len(frame),
        "note": frame["note"].to_numpy(dtype=object),
    }
    sheets, rows = frame["sheet"].to_numpy(dtype=object), frame["row"].to_numpy()
    locations = _Locations(source, file_columns, sheets, rows, by_employee)
    return import_checked(
        store,
        columns,
        actor=actor,
        replace_existing=replace_existing,
        reason=f"import actuals: {Path(path).name}",
        locations=locations,
        source=source,
    )


def _resolve(column: pd.Series, table: dict[str, str]) -> np.ndarray:
    """Ids of a column of ids or names (an unresolved name is kept as is and reported by the checker)."""
    codes, uniques = pd.factorize(column.to_numpy(dtype=object), use_na_sentinel=True)
    resolved = np.array([table.get(normalize_header(u), u) if u else "" for u in uniques] + [""], dtype=object)
    out: np.ndarray = resolved[codes]
    return out


@dataclass(frozen=True)
class _Locations(Sequence[Mapping[str, Any]]):
    """Where each actual of an import came from, built when a problem asks for it (not once per row)."""

    source: str
    columns: dict[str, str]
    sheets: np.ndarray
    rows: np.ndarray
    by_employee: np.ndarray

    def __len__(self) -> int:
        return len(self.rows)

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        role = "employee" if self.by_employee[i] else "department"
        fields = {
            "kpi": self.columns.get("kpi", "kpi"),
            "subject": self.columns.get(role, role),
            "period": self.columns.get("period", "period"),
        }
        return {"file": self.source, "sheet": self.sheets[i], "row": int(self.rows[i]), "fields": fields}


def _alias(role: str, index: int | None = None) -> str:
    """The first Chinese header accepted for ``role`` (or the one at ``index``), to quote in problems."""
    aliases = COLUMN_ALIASES[role]
    return aliases[index] if index is not None else next(a for a in aliases if has_cjk(a))


def _lookup_table(pairs: Iterable[tuple[str, str]]) -> dict[str, str]:
    table: dict[str, str] = {}
    names: dict[str, list[str]] = {}
    for ident, name in pairs:
        table[normalize_header(ident)] = ident
        names.setdefault(normalize_header(name), []).append(ident)
    for name, ids in names.items():
        if len(ids) == 1:
            table.setdefault(name, ids[0])
    return table
