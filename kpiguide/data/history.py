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
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd

from kpiguide.core.errors import DataImportError, Problem
from kpiguide.core.i18n import has_cjk
from kpiguide.core.model import Actual
from kpiguide.core.numbers import parse_number
from kpiguide.core.periods import Period
from kpiguide.core.spreadsheet import normalize_header, open_workbook
from kpiguide.core.textfile import read_text
from kpiguide.data.actuals import import_actuals as import_checked

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
                    raise DataImportError(
                        f"No sheet {sheet!r} in {source!r}",
                        [Problem(f"sheets are {', '.join(map(repr, book.sheetnames))}", file=source)],
                    )
                title = sheet
            else:
                usable = [s for s in book.sheetnames if normalize_header(s) not in _INSTRUCTION_SHEETS]
                title = usable[0] if usable else book.sheetnames[0]
            raw = [(i, tuple(r)) for i, r in enumerate(book[title].iter_rows(values_only=True), start=1)]
        finally:
            book.close()
    elif path.suffix.lower() == ".xls":
        raise DataImportError(
            f"Cannot read {source!r}: the old .xls format is not supported",
            [Problem("open it in Excel or WPS and save it as .xlsx or CSV", file=source)],
        )
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
            raise DataImportError(
                f"Cannot read {source!r} as CSV",
                [Problem(f"{exc}; check the quotes on this line", file=source, line=reader.line_num)],
            ) from None
    rows = [(i, r) for i, r in raw if any(not _blank(v) for v in r)]
    if not rows:
        raise DataImportError(
            f"{source!r} has no data",
            [Problem("the file is empty; the first row must hold the headers", file=source, sheet=title)],
        )
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
        raise DataImportError(
            f"No series {name!r} in {self.source}",
            [Problem(f"series in the file: {', '.join(map(repr, self.names[:20]))}", file=self.source)],
        )

    def only(self) -> pd.Series:
        """The single series of the file (DataImportError when there are several)."""
        if len(self.series) == 1:
            return next(iter(self.series.values()))
        raise DataImportError(
            f"{self.source} holds {len(self.series)} series; choose one with --series",
            [Problem(f"series in the file: {', '.join(map(repr, self.names[:20]))}", file=self.source)],
        )

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
                Problem(f"two columns mean {role!r}; keep one of them", file=source, sheet=sheet, row=1, field=str(raw))
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


@dataclass(frozen=True)
class _Layout:
    """A table's header, data rows and recognised columns, with where it came from."""

    source: str
    sheet: str | None
    header: list[Any]
    rows: list[_Cell]
    roles: dict[int, str]

    def problem(self, message: str, **where: Any) -> Problem:
        return Problem(message, file=self.source, sheet=self.sheet, **where)


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
    """
    source = str(path)
    header, rows, title = read_table(path, sheet=sheet)
    problems: list[Problem] = []
    table = _Layout(source, title, header, rows, _roles(header, source, title, problems))
    role_set = set(table.roles.values())
    if "period" in role_set or "value" in role_set:
        layout, records = "tidy", _tidy_records(table, problems)
    else:
        layout, records = "wide", _wide_records(table, problems)
    if not records and not problems:
        problems.append(table.problem("no values found below the header row"))
    frame = pd.DataFrame(records, columns=_FRAME_COLUMNS)
    problems += _mixed_kinds(frame, table)
    if problems:
        raise DataImportError(f"{source} has problems; nothing was imported", problems)
    if series is not None:
        frame = _select_series(frame, series, table)
    frame = frame.sort_values(["series", "_period"], kind="stable").reset_index(drop=True)
    columns = {role: str(header[col]) for col, role in table.roles.items() if col < len(header)}
    return HistoryData(frame.drop(columns="_period"), _series_of(frame, series), source, layout, columns)


def _tidy_records(table: _Layout, problems: list[Problem]) -> list[dict[str, Any]]:
    """One record per row of a tidy table (``period`` and ``value`` columns)."""
    role_set = set(table.roles.values())
    for needed in ("period", "value"):
        if needed not in role_set:
            problems.append(
                table.problem(
                    f"missing the {needed!r} column; name it {needed} or " + ", ".join(COLUMN_ALIASES[needed][5:8]),
                    row=1,
                )
            )
    if problems:
        raise DataImportError(f"{table.source} cannot be read as history", problems)
    records = []
    for cell in table.rows:
        rec = {role: _value_at(cell, col) for col, role in table.roles.items()}
        out = _record(rec, cell, table.source, problems, table.header, table.roles)
        if out is not None:
            records.append(out)
    return records


def _wide_records(table: _Layout, problems: list[Problem]) -> list[dict[str, Any]]:
    """One record per filled period cell of a wide table (one column per period)."""
    periods = _period_columns(table.header, table.roles)
    if not periods:
        problems.append(
            table.problem(
                "no 'period' and 'value' columns (tidy layout) and no column headed by a period such as "
                f"2026-01 or {PERIOD_EXAMPLE_ZH} (wide layout); see `kpiguide template history`",
                row=1,
            )
        )
        raise DataImportError(f"{table.source} cannot be read as history", problems)
    seen: dict[str, int] = {}
    for col, p in periods.items():
        if str(p) in seen:
            problems.append(table.problem(f"period {p} appears in two columns", row=1, field=str(table.header[col])))
        seen[str(p)] = col
    records = []
    for cell in table.rows:
        ids = {role: _value_at(cell, col) for col, role in table.roles.items()}
        for col, p in periods.items():
            value = _value_at(cell, col)
            if _blank(value):
                continue
            rec = {**ids, "period": p, "value": value}
            out = _record(rec, cell, table.source, problems, table.header, {**table.roles, col: "value"})
            if out is not None:
                records.append(out)
    return records


def _value_at(cell: _Cell, col: int) -> Any:
    return cell.values[col] if col < len(cell.values) else None


def _mixed_kinds(frame: pd.DataFrame, table: _Layout) -> list[Problem]:
    """Series that mix period kinds (months and quarters, …)."""
    problems = []
    for key, group in frame.groupby("series", sort=False):
        kinds = {p.kind for p in group["_period"]}
        if len(kinds) > 1:
            problems.append(
                table.problem(
                    f"series {key!r} mixes period kinds ({', '.join(sorted(kinds))}); use one kind per series",
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
        raise DataImportError(
            f"No series {series!r} in {table.source}",
            [table.problem(f"series in the file: {', '.join(map(repr, names[:20]))}")],
        )
    frame = frame[mask].copy()
    if frame["series"].nunique() > 1:
        frame["series"] = series
    return frame


def _series_of(frame: pd.DataFrame, series: str | None) -> dict[str, pd.Series]:
    """One float series per series name, indexed by period text (a repeated period keeps its last value)."""
    out: dict[str, pd.Series] = {}
    for key in dict.fromkeys(frame["series"]):
        group = frame[frame["series"] == key]
        values = group.groupby("period", sort=False)["value"].last() if len(group) else group["value"]
        if series is not None and group["series"].nunique() == 1 and group[["kpi", "employee"]].nunique().max() > 1:
            values = group.groupby("period", sort=False)["value"].mean()
        out[str(key)] = pd.Series(values.to_numpy(float), index=list(values.index), name=str(key), dtype=float)
    return out


def _record(
    rec: dict[str, Any],
    cell: _Cell,
    source: str,
    problems: list[Problem],
    header: list[Any],
    roles: dict[int, str],
) -> dict[str, Any] | None:
    col_of = {role: col for col, role in roles.items()}

    def where(role: str) -> dict[str, Any]:
        col = col_of.get(role)
        name = str(header[col]) if col is not None and col < len(header) else role
        return {"file": source, "sheet": cell.sheet, "row": cell.row, "field": name}

    start = len(problems)
    ids = {role: _text(rec.get(role)) for role in _ID_ROLES}
    if _blank(rec.get("value")):
        return None  # a blank cell is a missing value, reported by the data-quality check
    try:
        value = parse_number(rec["value"])
    except ValueError:
        problems.append(Problem(f"cannot read {rec['value']!r} as a number", **where("value")))
        value = None
    period = rec.get("period")
    if isinstance(period, Period):
        p = period
    elif _blank(period):
        problems.append(Problem(f"the period is empty; write it as 2026-01 or {PERIOD_EXAMPLE_ZH}", **where("period")))
        p = None
    else:
        try:
            p = Period.parse(period)
        except ValueError:
            problems.append(
                Problem(
                    f"cannot read {period!r} as a period; write 2026-01, 2026Q1 or {PERIOD_EXAMPLE_ZH}",
                    **where("period"),
                )
            )
            p = None
    target = None
    if not _blank(rec.get("target")):
        try:
            target = parse_number(rec["target"])
        except ValueError:
            problems.append(Problem(f"cannot read target {rec['target']!r} as a number", **where("target")))
    recorded = None
    try:
        recorded = _parse_time(rec.get("recorded_at"))
    except ValueError:
        problems.append(Problem(f"cannot read {rec['recorded_at']!r} as a date and time", **where("recorded_at")))
    for role in _ID_ROLES:
        if role in col_of and ids[role] is None:
            problems.append(Problem(f"the {role} is empty", **where(role)))
    if len(problems) > start:
        return None
    key = _series_key(ids) or "series"
    return {
        "series": key,
        **{r: ids[r] for r in ("kpi", "employee", "department")},
        "period": str(p),
        "value": value,
        "target": target,
        "recorded_at": recorded,
        "note": _text(rec.get("note")) or "",
        "sheet": cell.sheet,
        "row": cell.row,
        "_period": p,
    }


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
    data = read_history(path, sheet=sheet)
    source = str(path)
    scheme = store.load_scheme()
    problems: list[Problem] = []
    if data.frame["kpi"].isna().all():
        problems.append(
            Problem(f"the file needs a 'kpi' ({_alias('kpi')}) column naming the KPI of each row", file=source, row=1)
        )
    if data.frame["employee"].isna().all() and data.frame["department"].isna().all():
        problems.append(
            Problem(
                f"the file needs an 'employee' ({_alias('employee')}/{_alias('employee', 4)}) "
                f"or a 'department' ({_alias('department')}) column",
                file=source,
                row=1,
            )
        )
    if problems:
        raise DataImportError(f"{source} cannot be imported as actuals", problems)
    kpis = _lookup_table((k.id, k.name) for k in scheme.kpis)
    employees = _lookup_table((e.id, e.name) for e in scheme.employees)
    departments = _lookup_table((d.id, d.name) for d in scheme.departments)
    columns = data.columns
    actuals: list[Actual] = []
    locations: list[dict[str, Any]] = []
    for rec in data.frame.to_dict("records"):
        # names resolve to ids; an unresolved name is passed on as is and reported by the checker
        kpi = kpis.get(normalize_header(rec["kpi"]), rec["kpi"]) if rec["kpi"] else ""
        if rec["employee"]:
            kind, role = "employee", "employee"
            subject = employees.get(normalize_header(rec["employee"]), rec["employee"])
        else:
            kind, role = "department", "department"
            subject = departments.get(normalize_header(rec["department"]), rec["department"])
        recorded = rec["recorded_at"] if isinstance(rec["recorded_at"], dt.datetime) else None
        actuals.append(
            Actual(
                subject, kpi, Period.parse(rec["period"]), float(rec["value"]), kind, recorded, actor, rec["note"] or ""
            )
        )
        locations.append(
            {
                "file": source,
                "sheet": rec["sheet"],
                "row": int(rec["row"]),
                "fields": {
                    "kpi": columns.get("kpi", "kpi"),
                    "subject": columns.get(role, role),
                    "period": columns.get("period", "period"),
                },
            }
        )
    return import_checked(
        store,
        actuals,
        actor=actor,
        replace_existing=replace_existing,
        reason=f"import actuals: {Path(path).name}",
        locations=locations,
        source=source,
    )


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
