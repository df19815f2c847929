"""Excel workbooks of a scheme: one sheet per table, importable back without loss.

Sheets: ``organization``, ``objectives``, ``departments``, ``roles``, ``kpis``,
``employees``.  Headers are the scheme keys; Chinese headers and sheet names
(目标, 部门, 岗位, 指标, 员工 ...) are accepted on import, matched case- and
width-insensitively.  List cells hold one item per line.
"""

from __future__ import annotations

import unicodedata
from pathlib import Path
from typing import Any

from kpiguide.core.errors import Problem, SchemeError
from kpiguide.core.i18n import Msg
from kpiguide.core.model import Scheme
from kpiguide.core.spreadsheet import append_row, normalize_header, open_workbook, uncalculated_formulas
from kpiguide.core.structured import MAX_ITEMS
from kpiguide.scheme.convert import ENTITIES, Entity, Row, nest_rows, plain_number, scheme_from_dict, scheme_rows

__all__ = ["normalize_header", "open_workbook", "read_scheme_xlsx", "write_scheme_xlsx"]

#: Sheet → columns: the organization's key/value pairs, then one sheet per entity of the scheme mapping.
SHEETS: dict[str, tuple[str, ...]] = {
    "organization": ("key", "value"),
    **{entity.key: entity.fields for entity in ENTITIES.values()},
}
REQUIRED_SHEETS = ("organization", "objectives", "departments", "roles", "kpis")
# Sheet names, headers and cell values below are input vocabulary (what people write in
# a workbook they fill in by hand), not user-facing text.

#: Sheets ignored on import: instructions for whoever fills in the workbook.
INSTRUCTION_SHEETS = frozenset({"instructions", "readme", "说明", "填写说明", "使用说明"})

SHEET_ALIASES = {
    "组织": "organization",
    "公司": "organization",
    "战略目标": "objectives",
    "目标": "objectives",
    "部门": "departments",
    "岗位": "roles",
    "职位": "roles",
    "角色": "roles",
    "指标": "kpis",
    "kpi": "kpis",
    "员工": "employees",
    "人员": "employees",
}
HEADER_ALIASES = {
    "编号": "id",
    "代码": "id",
    "名称": "name",
    "指标名称": "name",
    "岗位名称": "name",
    "部门名称": "name",
    "姓名": "name",
    "目标": "text",
    "目标描述": "text",
    "内容": "text",
    "视角": "perspective",
    "维度": "perspective",
    "平衡计分卡维度": "perspective",
    "上级目标": "parent",
    "使命": "mission",
    "部门使命": "mission",
    "关联目标": "objectives",
    "战略目标": "objective",
    "所属目标": "objective",
    "部门": "department",
    "所属部门": "department",
    "岗位": "role",
    "所属岗位": "role",
    "职责": "responsibilities",
    "岗位职责": "responsibilities",
    "权重": "weight",
    "目标值": "target",
    "下限": "target_low",
    "上限": "target_high",
    "单位": "unit",
    "方向": "direction",
    "领先": "leading",
    "领先指标": "leading",
    "频率": "frequency",
    "考核频率": "frequency",
    "目录编号": "indicator",
    "指标库编号": "indicator",
    "数据来源": "data_source",
    "计分规则": "scoring_rule",
    "评分规则": "scoring_rule",
    "公式": "formula",
    "计算公式": "formula",
    "上级": "manager",
    "直属上级": "manager",
    "项": "key",
    "键": "key",
    "值": "value",
}
ORGANIZATION_KEY_ALIASES = {"名称": "name", "公司": "name", "行业": "industry"}
_TRUE = {"true", "yes", "y", "1", "是", "领先", "leading", "对"}
_FALSE = {"false", "no", "n", "0", "否", "滞后", "lagging", "错"}


#: List columns whose items may also be separated by commas (ids never contain one; duty statements may).
_COMMA_LISTS = frozenset({"objectives"})
_WIDE_COLUMNS = frozenset({"text", "responsibilities", "name", "mission", "formula", "value"})


def write_scheme_xlsx(scheme: Scheme, path: str | Path) -> Path:
    """Write the scheme as a workbook (header row frozen, columns sized)."""
    from openpyxl import Workbook  # optional heavy dependency, only for workbooks
    from openpyxl.styles import Alignment, Font  # optional heavy dependency (as above)

    book = Workbook()
    book.remove(book.active)
    for name, rows in _sheet_rows(scheme).items():
        header = SHEETS[name]
        sheet = book.create_sheet(name)
        append_row(sheet, header)
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows:
            append_row(sheet, row)
        sheet.freeze_panes = "A2"
        for col, key in enumerate(header, start=1):
            letter = sheet.cell(row=1, column=col).column_letter
            wide = key in _WIDE_COLUMNS
            sheet.column_dimensions[letter].width = 48 if wide else 16
            if wide:
                for cell in sheet[letter][1:]:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
    path = Path(path)
    book.save(path)
    return path


def _sheet_rows(scheme: Scheme) -> dict[str, list[list[Any]]]:
    """Cell values of every sheet; entity rows in file order (grouped by department, then role)."""
    org = scheme.organization
    out: dict[str, list[list[Any]]] = {"organization": [["name", org.name], ["industry", org.industry]]}
    rows = scheme_rows(scheme)
    paths = nest_rows(rows).paths
    for name, entity in ENTITIES.items():
        placed = sorted((path, i) for i, path in enumerate(paths[name]) if path is not None)
        out[entity.key] = [[_cell(entity, f, rows[name][i][f]) for f in entity.fields] for _, i in placed]
    return out


def _cell(entity: Entity[Any], name: str, value: Any) -> Any:
    kind = entity.kind(name)
    if kind == "list":
        return "\n".join(value)
    if kind == "number":
        return plain_number(value)
    return value


def read_scheme_xlsx(path: str | Path) -> Scheme:
    """Read a workbook written by :func:`write_scheme_xlsx` (or by hand in the same layout)."""
    source = str(path)
    book = open_workbook(path, SchemeError)
    problems: list[Problem] = []
    formulas: list[Problem] = []
    tables: dict[str, list[tuple[int, dict[str, Any]]]] = {}
    sheets_by_key: dict[str, str] = {}
    for title in book.sheetnames:
        key = normalize_header(title)
        key = SHEET_ALIASES.get(key, key)
        if key in INSTRUCTION_SHEETS:
            continue  # a help sheet for the people filling in the workbook (templates have one)
        if key in SHEETS:
            sheets_by_key[key] = title
        else:
            problems.append(Problem(Msg("scheme.unknown_sheet", sheets=", ".join(SHEETS)), file=source, sheet=title))
    for key in REQUIRED_SHEETS:
        if key not in sheets_by_key:
            problems.append(
                Problem(Msg("scheme.missing_sheet", sheet=key, headers=", ".join(SHEETS[key])), file=source)
            )
    for key, title in sheets_by_key.items():
        if _too_long(book[title], source, problems):
            continue
        tables[key] = _read_sheet(book[title], key, source, problems)
        header = next(book[title].iter_rows(max_row=1, values_only=True), None)
        formulas.extend(uncalculated_formulas(book[title], source, header))  # reported with the content problems
    book.close()
    if problems:
        raise SchemeError(Msg("scheme.workbook_not_valid", source=source), problems + formulas)
    problems = formulas
    where: dict[tuple[Any, ...], dict[str, Any]] = {}
    org = _organization(tables.get("organization", []), source, problems, where)
    data = {"organization": org, **_place_rows(tables, source, problems, where)}
    return scheme_from_dict(data, source=source, locate=lambda p: dict(_lookup(where, p)), extra=problems)


def _too_long(sheet: Any, source: str, problems: list[Problem]) -> bool:
    """Whether the sheet says it holds more rows than a scheme may (the limit of every scheme file)."""
    rows = sheet.max_row or 0
    if rows <= MAX_ITEMS + 1:
        return False
    problems.append(
        Problem(
            Msg("scheme.too_many_rows", count=rows, limit=MAX_ITEMS),
            file=source,
            sheet=sheet.title,
        )
    )
    return True


def _read_sheet(sheet: Any, key: str, source: str, problems: list[Problem]) -> list[tuple[int, dict[str, Any]]]:
    rows = sheet.iter_rows(values_only=True)
    header_row = next(rows, None)
    if header_row is None:
        problems.append(Problem(Msg("scheme.empty_sheet"), file=source, sheet=sheet.title))
        return []
    columns: list[str | None] = []
    for col, raw in enumerate(header_row, start=1):
        if raw is None or str(raw).strip() == "":
            columns.append(None)
            continue
        name = normalize_header(raw)
        name = HEADER_ALIASES.get(name, name)
        if name not in SHEETS[key]:
            problems.append(
                Problem(
                    Msg("scheme.unknown_column", column=raw, number=col, allowed=", ".join(SHEETS[key])),
                    file=source,
                    sheet=sheet.title,
                    row=1,
                    field=str(raw),
                )
            )
            columns.append(None)
        else:
            columns.append(name)
    missing = [c for c in ("id",) if key != "organization" and c not in columns]
    if key == "organization":
        missing = [c for c in ("key", "value") if c not in columns]
    for column in missing:
        problems.append(Problem(Msg("scheme.missing_column", column=column), file=source, sheet=sheet.title, row=1))
    out: list[tuple[int, dict[str, Any]]] = []
    for number, values in enumerate(rows, start=2):
        record = {c: v for c, v in zip(columns, values, strict=False) if c is not None}
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in record.values()):
            continue
        # values under an unknown header are left out: that header's problem reports them
        out.append((number, record))
    return out


def _text(value: Any) -> Any:
    if value is None:
        return None
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    text = str(value).strip()
    if text.startswith("'="):
        text = text[1:]
    return text or None


def _list(value: Any, *, commas: bool) -> list[str]:
    text = _text(value)
    if text is None:
        return []
    parts = text.replace("\r", "\n").split("\n")
    if commas:
        parts = [p for part in parts for p in part.replace("，", ",").replace("、", ",").split(",")]
    return [p.strip() for p in parts if p.strip()]


def _number(value: Any) -> Any:
    """Numbers and numeric text ("30", "30%", "１２"); anything else is returned unchanged to fail validation."""
    if value is None or isinstance(value, bool):
        return value
    if isinstance(value, int | float):
        return value
    text = unicodedata.normalize("NFKC", str(value)).strip().replace(",", "")
    if text == "":
        return None
    try:
        return float(text[:-1]) if text.endswith("%") else float(text)
    except ValueError:
        return str(value)


def _bool(value: Any) -> Any:
    if isinstance(value, bool):
        return value
    if isinstance(value, int | float) and value in (0, 1):
        return bool(value)
    text = normalize_header(value)
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    return value


def _organization(
    records: list[tuple[int, dict[str, Any]]],
    source: str,
    problems: list[Problem],
    where: dict[tuple[Any, ...], dict[str, Any]],
) -> dict[str, Any]:
    """The organization entry from the key/value rows of its sheet."""
    org: dict[str, Any] = {}
    for number, rec in records:
        k = normalize_header(rec.get("key"))
        k = ORGANIZATION_KEY_ALIASES.get(k, k)
        if k not in ("name", "industry"):
            problems.append(
                Problem(
                    Msg("scheme.unknown_organization_key", key=rec.get("key")),
                    file=source,
                    sheet="organization",
                    row=number,
                    field="key",
                )
            )
            continue
        org[k] = _text(rec.get("value")) or ""
        where[("organization", k)] = {"sheet": "organization", "row": number, "field": "value"}
    return org


def _entity_row(entity: Entity[Any], record: dict[str, Any]) -> Row:
    """One sheet record as a row of the scheme mapping: cells read by field kind, defaults filled in."""
    row: Row = {}
    for name in entity.fields:
        value = record.get(name)
        kind = entity.kind(name)
        if kind == "list":
            row[name] = _list(value, commas=name in _COMMA_LISTS)
        elif kind == "number":
            row[name] = _number(value)
        elif kind == "bool":
            row[name] = _bool(value)
        else:
            row[name] = _text(value)
        if row[name] is None and name in entity.defaults:
            row[name] = entity.defaults[name]
    return row


def _place_rows(
    tables: dict[str, list[tuple[int, dict[str, Any]]]],
    source: str,
    problems: list[Problem],
    where: dict[tuple[Any, ...], dict[str, Any]],
) -> dict[str, Any]:
    """Nest the entity sheets into the file layout; record where each entry came from.

    A role whose department (a KPI whose role) is not on its sheet is reported and left out.
    """
    records = {name: tables.get(entity.key, []) for name, entity in ENTITIES.items()}
    nested = nest_rows({name: [_entity_row(ENTITIES[name], rec) for _, rec in recs] for name, recs in records.items()})
    for name, entity in ENTITIES.items():
        for (number, rec), path in zip(records[name], nested.paths[name], strict=True):
            if path is not None:
                where[path] = {"sheet": entity.key, "row": number}
                continue
            parent = str(entity.parent)
            problems.append(
                Problem(
                    Msg(f"scheme.parent_missing.{parent}", value=_text(rec.get(parent)), sheet=ENTITIES[parent].key),
                    file=source,
                    sheet=entity.key,
                    row=number,
                    field=parent,
                )
            )
    return nested.data


def _lookup(where: dict[tuple[Any, ...], dict[str, Any]], path: tuple[Any, ...]) -> dict[str, Any]:
    for cut in range(len(path), -1, -1):
        if path[:cut] in where:
            loc = dict(where[path[:cut]])
            rest = [p for p in path[cut:] if isinstance(p, str)]
            if rest and "field" not in loc:
                field = rest[0]
                if field == "target_range":
                    field = "target_low/target_high"
                loc["field"] = field
            return loc
    return {}
