"""Reading catalog files: built-in YAML data and extension catalogs (.yaml, .csv, .xlsx).

Tabular extension files use the same fields as the YAML entries.  Headers may be
the field names or their usual Chinese names (``指标名称``, ``计算公式``, ``方向``...);
list cells hold items separated by ``;`` or new lines; Chinese values such as
``越高越好``, ``月度``, ``客户``, ``是`` or a function's Chinese name are accepted.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from kpiguide.catalog.schema import INDICATOR_FIELDS, LIST_FIELDS
from kpiguide.catalog.taxonomy import Taxonomy, taxonomy
from kpiguide.core.errors import CatalogError, Problem
from kpiguide.core.i18n import Msg
from kpiguide.core.spreadsheet import normalize_header, open_workbook, uncalculated_formulas
from kpiguide.core.structured import load_yaml_text
from kpiguide.core.textfile import read_text

__all__ = ["RawEntries", "read_entries", "read_yaml_entries"]


# Header names, sheet names and cell values below are input vocabulary (what people write in
# the spreadsheets they hand in), not user-facing text.

HEADER_ALIASES: Mapping[str, tuple[str, ...]] = {
    "id": ("编号", "指标编号", "指标id", "指标代码", "代码"),
    "name_zh": ("中文名称", "指标名称", "名称", "中文名", "指标中文名称"),
    "name_en": ("英文名称", "英文名", "指标英文名称", "name"),
    "definition_zh": ("定义", "中文定义", "指标定义"),
    "definition_en": ("英文定义", "definition"),
    "formula_zh": ("公式", "计算公式", "中文公式"),
    "formula_en": ("英文公式", "英文计算公式", "formula"),
    "unit": ("单位", "计量单位"),
    "direction": ("方向", "指标方向", "极性"),
    "frequency": ("频率", "考核周期", "统计周期", "周期"),
    "perspective": ("维度", "bsc维度", "平衡计分卡维度", "视角"),
    "leading": ("先行指标", "领先指标", "是否先行指标"),
    "function": ("职能", "所属职能"),
    "industries": ("行业", "适用行业", "industry"),
    "keywords_zh": ("中文关键词", "关键词", "别名"),
    "keywords_en": ("英文关键词", "keywords"),
    "data_source_zh": ("数据来源", "中文数据来源"),
    "data_source_en": ("英文数据来源", "data_source"),
    "levers_zh": ("改进措施", "改进抓手", "中文改进措施", "提升措施"),
    "levers_en": ("英文改进措施", "levers"),
    "gaming_risks_zh": ("博弈风险", "操纵风险", "中文博弈风险"),
    "gaming_risks_en": ("英文博弈风险", "gaming_risks"),
}

VALUE_ALIASES: Mapping[str, Mapping[str, str]] = {
    "direction": {
        "越高越好": "higher",
        "越大越好": "higher",
        "正向": "higher",
        "高": "higher",
        "越低越好": "lower",
        "越小越好": "lower",
        "反向": "lower",
        "低": "lower",
        "区间": "range",
        "范围": "range",
        "适中": "range",
        "区间最优": "range",
    },
    "frequency": {
        "日": "daily",
        "每日": "daily",
        "日度": "daily",
        "周": "weekly",
        "每周": "weekly",
        "周度": "weekly",
        "月": "monthly",
        "每月": "monthly",
        "月度": "monthly",
        "季": "quarterly",
        "季度": "quarterly",
        "每季度": "quarterly",
        "年": "yearly",
        "年度": "yearly",
        "每年": "yearly",
        "annual": "yearly",
        "annually": "yearly",
    },
    "perspective": {
        "财务": "financial",
        "客户": "customer",
        "内部流程": "internal_process",
        "内部运营": "internal_process",
        "流程": "internal_process",
        "学习与成长": "learning_growth",
        "学习成长": "learning_growth",
        "学习与发展": "learning_growth",
    },
}
_TRUE = {"true", "yes", "y", "1", "是", "先行", "领先", "对"}
_FALSE = {"false", "no", "n", "0", "否", "滞后", "不是"}
_SPLIT = re.compile(r"[;；\n]+")
#: Sheet names preferred when a workbook has several sheets.
INDICATOR_SHEET_NAMES = frozenset({"indicators", "指标", "指标库", "catalog"})


@dataclass(frozen=True)
class RawEntries:
    """Entries read from one file, before validation, with where each came from."""

    source: str
    entries: tuple[Any, ...]
    rows: tuple[int, ...]
    field_names: Mapping[str, str]


def read_yaml_entries(path: Path) -> RawEntries:
    """Entries of a YAML catalog file (a list, or a mapping with an ``indicators`` list)."""
    text, _ = read_text(path)
    data = load_yaml_text(text, str(path), error=CatalogError)
    if isinstance(data, Mapping) and "indicators" in data:
        data = data["indicators"]
    if data is None:
        data = []
    if not isinstance(data, list):
        raise CatalogError(Msg("catalog.cannot_read", name=path.name), [Problem(Msg("catalog.not_a_list"), str(path))])
    return RawEntries(str(path), tuple(data), tuple(range(1, len(data) + 1)), {})


def _header_map(headers: list[Any]) -> tuple[dict[int, str], list[str]]:
    lookup: dict[str, str] = {}
    for field in INDICATOR_FIELDS:
        lookup[normalize_header(field)] = field
    for field, aliases in HEADER_ALIASES.items():
        for alias in aliases:
            lookup.setdefault(normalize_header(alias), field)
    mapping: dict[int, str] = {}
    unknown: list[str] = []
    for i, header in enumerate(headers):
        key = normalize_header(header)
        if not key:
            continue
        if key in lookup:
            mapping[i] = lookup[key]
        else:
            unknown.append(str(header))
    return mapping, unknown


def _cell_list(value: Any) -> list[str]:
    return [part.strip() for part in _SPLIT.split(str(value)) if part.strip()]


def _coerce(field: str, value: Any, tax: Taxonomy) -> Any:
    if isinstance(value, str):
        value = value.strip()
    if field in LIST_FIELDS:
        items = _cell_list(value)
        if field == "industries":
            items = [tax.resolve("industry", i) or i for i in items]
        return items
    if field == "leading":
        text = str(value).strip().lower()
        if text in _TRUE:
            return True
        if text in _FALSE:
            return False
        return value
    if field in VALUE_ALIASES:
        text = str(value).strip()
        return VALUE_ALIASES[field].get(text, VALUE_ALIASES[field].get(text.lower(), text.lower()))
    if field == "function":
        return tax.resolve("function", str(value)) or str(value)
    return value if isinstance(value, str) else str(value)


def _rows_to_entries(source: str, header: list[Any], rows: list[tuple[int, list[Any]]], tax: Taxonomy) -> RawEntries:
    mapping, unknown = _header_map(header)
    if unknown:
        allowed = ", ".join(INDICATOR_FIELDS)
        raise CatalogError(
            Msg("catalog.cannot_read_extension", name=Path(source).name),
            [
                Problem(Msg("catalog.unknown_column", header=h, allowed=allowed), source, row=1, field=h)
                for h in unknown
            ],
        )
    names = {field: str(header[i]) for i, field in mapping.items()}
    entries: list[dict[str, Any]] = []
    numbers: list[int] = []
    for number, cells in rows:
        if all(c is None or str(c).strip() == "" for c in cells):
            continue
        entry: dict[str, Any] = {}
        for i, field in mapping.items():
            value = cells[i] if i < len(cells) else None
            if value is None or (isinstance(value, str) and not value.strip()):
                continue
            entry[field] = _coerce(field, value, tax)
        entries.append(entry)
        numbers.append(number)
    return RawEntries(source, tuple(entries), tuple(numbers), names)


def _read_csv(path: Path, tax: Taxonomy) -> RawEntries:
    text, _ = read_text(path)
    sample = text[:4096]
    try:
        dialect: Any = csv.Sniffer().sniff(sample, delimiters=",;\t")
    except csv.Error:
        dialect = csv.excel
    reader = list(csv.reader(io.StringIO(text), dialect))
    if not reader:
        return RawEntries(str(path), (), (), {})
    return _rows_to_entries(str(path), reader[0], [(i + 2, r) for i, r in enumerate(reader[1:])], tax)


def _read_xlsx(path: Path, tax: Taxonomy) -> RawEntries:
    book = open_workbook(path, CatalogError)
    try:
        names = book.sheetnames
        preferred = [n for n in names if normalize_header(n) in INDICATOR_SHEET_NAMES]
        sheet = book[preferred[0] if preferred else names[0]]
        values = [list(r) for r in sheet.iter_rows(values_only=True)]
        formulas = uncalculated_formulas(sheet, str(path), values[0] if values else None)
        if formulas:
            raise CatalogError(Msg("catalog.formulas", path=str(path)), formulas)
    finally:
        book.close()
    if not values:
        return RawEntries(str(path), (), (), {})
    return _rows_to_entries(str(path), values[0], [(i + 2, r) for i, r in enumerate(values[1:])], tax)


def read_entries(path: str | Path, tax: Taxonomy | None = None) -> RawEntries:
    """Raw entries of one catalog file, chosen by its suffix (.yaml/.yml/.csv/.xlsx)."""
    path = Path(path)
    tax = tax or taxonomy()
    if not path.exists():
        raise CatalogError(Msg("catalog.not_found", path=str(path)), [Problem(Msg("catalog.no_such_file"), str(path))])
    suffix = path.suffix.lower()
    if suffix in {".yaml", ".yml"}:
        return read_yaml_entries(path)
    if suffix == ".csv":
        return _read_csv(path, tax)
    if suffix in {".xlsx", ".xlsm"}:
        return _read_xlsx(path, tax)
    raise CatalogError(
        Msg("catalog.cannot_read_extension", name=path.name),
        [Problem(Msg("catalog.unsupported_type", suffix=suffix), str(path))],
    )
