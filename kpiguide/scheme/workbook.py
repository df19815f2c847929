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
from kpiguide.core.model import Scheme
from kpiguide.core.spreadsheet import normalize_header, open_workbook
from kpiguide.scheme.files import scheme_from_dict, scheme_to_dict

__all__ = ["normalize_header", "open_workbook", "read_scheme_xlsx", "write_scheme_xlsx"]

SHEETS: dict[str, tuple[str, ...]] = {
    "organization": ("key", "value"),
    "objectives": ("id", "text", "perspective", "parent"),
    "departments": ("id", "name", "mission", "objectives"),
    "roles": ("id", "name", "department", "responsibilities"),
    "kpis": (
        "id",
        "role",
        "name",
        "objective",
        "weight",
        "target",
        "target_low",
        "target_high",
        "unit",
        "direction",
        "perspective",
        "leading",
        "frequency",
        "indicator",
        "data_source",
        "scoring_rule",
        "formula",
    ),
    "employees": ("id", "name", "role", "department", "manager"),
}
REQUIRED_SHEETS = ("organization", "objectives", "departments", "roles", "kpis")
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
_TRUE = {"true", "yes", "y", "1", "是", "领先", "leading", "对"}
_FALSE = {"false", "no", "n", "0", "否", "滞后", "lagging", "错"}


def write_scheme_xlsx(scheme: Scheme, path: str | Path) -> Path:
    """Write the scheme as a workbook (header row frozen, columns sized)."""
    from openpyxl import Workbook
    from openpyxl.styles import Alignment, Font

    data = scheme_to_dict(scheme)
    rows: dict[str, list[list[Any]]] = {name: [] for name in SHEETS}
    org = data["organization"]
    rows["organization"] = [["name", org["name"]], ["industry", org.get("industry", "")]]
    for o in data["objectives"]:
        rows["objectives"].append([o["id"], o["text"], o["perspective"], o["parent"]])
    for d in data["departments"]:
        rows["departments"].append([d["id"], d["name"], d.get("mission", ""), "\n".join(d["objectives"])])
        for r in d["roles"]:
            rows["roles"].append([r["id"], r["name"], d["id"], "\n".join(r["responsibilities"])])
            for k in r["kpis"]:
                low, high = k.get("target_range") or (None, None)
                rows["kpis"].append(
                    [
                        k["id"],
                        r["id"],
                        k["name"],
                        k["objective"],
                        k["weight"],
                        k["target"],
                        low,
                        high,
                        k["unit"],
                        k["direction"],
                        k["perspective"],
                        k["leading"],
                        k["frequency"],
                        k["indicator"],
                        k["data_source"],
                        k["scoring_rule"],
                        k["formula"],
                    ]
                )
    for e in data.get("employees", []):
        rows["employees"].append([e["id"], e["name"], e["role"], e["department"], e["manager"]])

    book = Workbook()
    book.remove(book.active)
    for name, header in SHEETS.items():
        sheet = book.create_sheet(name)
        sheet.append(list(header))
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in rows[name]:
            sheet.append([_cell_text(v) for v in row])
        sheet.freeze_panes = "A2"
        for col, key in enumerate(header, start=1):
            letter = sheet.cell(row=1, column=col).column_letter
            wide = key in ("text", "responsibilities", "name", "mission", "formula", "value")
            sheet.column_dimensions[letter].width = 48 if wide else 16
            if wide:
                for cell in sheet[letter][1:]:
                    cell.alignment = Alignment(wrap_text=True, vertical="top")
    path = Path(path)
    book.save(path)
    return path


def _cell_text(value: Any) -> Any:
    # A string that starts with "=" would become a formula in Excel.
    if isinstance(value, str) and value.startswith("="):
        return "'" + value
    return value


def read_scheme_xlsx(path: str | Path) -> Scheme:
    """Read a workbook written by :func:`write_scheme_xlsx` (or by hand in the same layout)."""
    source = str(path)
    book = open_workbook(path, SchemeError)
    problems: list[Problem] = []
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
            problems.append(Problem(f"unknown sheet; expected sheets {', '.join(SHEETS)}", file=source, sheet=title))
    for key in REQUIRED_SHEETS:
        if key not in sheets_by_key:
            problems.append(
                Problem(f"missing sheet {key!r}; add it with headers {', '.join(SHEETS[key])}", file=source)
            )
    for key, title in sheets_by_key.items():
        tables[key] = _read_sheet(book[title], key, source, problems)
    book.close()
    if problems:
        raise SchemeError(f"The workbook {source} is not valid", problems)
    data, where = _assemble(tables, source, problems)
    return scheme_from_dict(data, source=source, locate=lambda p: dict(_lookup(where, p)), extra=problems)


def _read_sheet(sheet: Any, key: str, source: str, problems: list[Problem]) -> list[tuple[int, dict[str, Any]]]:
    rows = sheet.iter_rows(values_only=True)
    header_row = next(rows, None)
    if header_row is None:
        problems.append(
            Problem("the sheet is empty; the first row must hold the headers", file=source, sheet=sheet.title)
        )
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
                    f"unknown column {raw!r} (column {col}); allowed: {', '.join(SHEETS[key])}",
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
    for col in missing:
        problems.append(Problem(f"missing column {col!r}", file=source, sheet=sheet.title, row=1))
    out = []
    for number, values in enumerate(rows, start=2):
        record = {c: v for c, v in zip(columns, values, strict=False) if c is not None}
        if all(v is None or (isinstance(v, str) and not v.strip()) for v in record.values()):
            continue
        if any(v is not None for c, v in zip(columns, values, strict=False) if c is None and columns):
            pass  # values under an unknown header are reported by that header's problem
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


def _assemble(
    tables: dict[str, list[tuple[int, dict[str, Any]]]], source: str, problems: list[Problem]
) -> tuple[dict[str, Any], dict[tuple[Any, ...], dict[str, Any]]]:
    where: dict[tuple[Any, ...], dict[str, Any]] = {}
    org: dict[str, Any] = {}
    for number, rec in tables.get("organization", []):
        k = normalize_header(rec.get("key"))
        k = {"名称": "name", "公司": "name", "行业": "industry"}.get(k, k)
        if k not in ("name", "industry"):
            problems.append(
                Problem(
                    f"unknown key {rec.get('key')!r}; use name or industry",
                    file=source,
                    sheet="organization",
                    row=number,
                    field="key",
                )
            )
            continue
        org[k] = _text(rec.get("value")) or ""
        where[("organization", k)] = {"sheet": "organization", "row": number, "field": "value"}
    objectives = []
    for i, (number, rec) in enumerate(tables.get("objectives", [])):
        objectives.append(
            {
                "id": _text(rec.get("id")),
                "text": _text(rec.get("text")),
                "perspective": _text(rec.get("perspective")),
                "parent": _text(rec.get("parent")),
            }
        )
        where[("objectives", i)] = {"sheet": "objectives", "row": number}
    departments: list[dict[str, Any]] = []
    dept_index: dict[str, int] = {}
    for number, rec in tables.get("departments", []):
        dept = {"id": _text(rec.get("id")), "name": _text(rec.get("name"))}
        mission = _text(rec.get("mission"))
        if mission:
            dept["mission"] = mission
        dept["objectives"] = _list(rec.get("objectives"), commas=True)
        dept["roles"] = []
        where[("departments", len(departments))] = {"sheet": "departments", "row": number}
        dept_index.setdefault(str(dept["id"]), len(departments))
        departments.append(dept)
    role_at: dict[str, tuple[int, int]] = {}
    for number, rec in tables.get("roles", []):
        dept_id = _text(rec.get("department"))
        if dept_id not in dept_index:
            problems.append(
                Problem(
                    f"department {dept_id!r} is not on the departments sheet",
                    file=source,
                    sheet="roles",
                    row=number,
                    field="department",
                )
            )
            continue
        di = dept_index[dept_id]
        roles = departments[di]["roles"]
        role = {
            "id": _text(rec.get("id")),
            "name": _text(rec.get("name")),
            "responsibilities": _list(rec.get("responsibilities"), commas=False),
            "kpis": [],
        }
        where[("departments", di, "roles", len(roles))] = {"sheet": "roles", "row": number}
        role_at.setdefault(str(role["id"]), (di, len(roles)))
        roles.append(role)
    for number, rec in tables.get("kpis", []):
        role_id = _text(rec.get("role"))
        if role_id not in role_at:
            problems.append(
                Problem(
                    f"role {role_id!r} is not on the roles sheet", file=source, sheet="kpis", row=number, field="role"
                )
            )
            continue
        di, ri = role_at[role_id]
        kpis = departments[di]["roles"][ri]["kpis"]
        kpi: dict[str, Any] = {
            "id": _text(rec.get("id")),
            "name": _text(rec.get("name")),
            "objective": _text(rec.get("objective")),
            "weight": _number(rec.get("weight")),
            "target": _number(rec.get("target")),
            "unit": _text(rec.get("unit")) or "",
            "direction": _text(rec.get("direction")),
            "perspective": _text(rec.get("perspective")),
            "leading": _bool(rec.get("leading")),
            "frequency": _text(rec.get("frequency")),
            "indicator": _text(rec.get("indicator")),
            "data_source": _text(rec.get("data_source")) or "",
            "scoring_rule": _text(rec.get("scoring_rule")) or "linear",
            "formula": _text(rec.get("formula")) or "",
        }
        if kpi["id"] is None:
            del kpi["id"]
        low, high = _number(rec.get("target_low")), _number(rec.get("target_high"))
        if low is not None or high is not None:
            kpi["target_range"] = [low, high]
        where[("departments", di, "roles", ri, "kpis", len(kpis))] = {"sheet": "kpis", "row": number}
        kpis.append(kpi)
    data: dict[str, Any] = {"organization": org, "objectives": objectives, "departments": departments}
    if tables.get("employees"):
        data["employees"] = []
        for i, (number, rec) in enumerate(tables["employees"]):
            emp = {
                "id": _text(rec.get("id")),
                "name": _text(rec.get("name")),
                "role": _text(rec.get("role")),
                "manager": _text(rec.get("manager")),
            }
            dept = _text(rec.get("department"))
            if dept is not None:
                emp["department"] = dept
            data["employees"].append(emp)
            where[("employees", i)] = {"sheet": "employees", "row": number}
    return data, where


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
