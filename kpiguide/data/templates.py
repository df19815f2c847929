"""Excel import templates: ``history``, ``actuals`` and ``scheme``, in Chinese or English.

Each workbook has a data sheet with headers and example rows (which import cleanly as
they are) and an instructions sheet that the readers skip.
"""

from __future__ import annotations

from pathlib import Path

from kpiguide.core.errors import InputError
from kpiguide.core.i18n import normalize_lang
from kpiguide.core.model import Department, Employee, Kpi, Organization, Role, Scheme, StrategicObjective

__all__ = ["TEMPLATE_KINDS", "example_scheme", "write_template"]

TEMPLATE_KINDS = ("history", "actuals", "scheme")

_HEADERS = {
    "history": {"zh": ["序列", "期间", "数值"], "en": ["series", "period", "value"]},
    "actuals": {"zh": ["工号", "指标", "期间", "实际值", "备注"], "en": ["employee", "kpi", "period", "value", "note"]},
}
_EXAMPLES = {
    "history": {
        "zh": [
            ["门店销售额", f"2025年{m}月", v]
            for m, v in zip(range(1, 13), (118, 96, 105, 110, 121, 126, 119, 115, 124, 131, 158, 176), strict=True)
        ]
        + [
            ["退货率", f"2025年第{q}季度", v] for q, v in zip("一二三四", ("3.2%", "2.9%", "3.4%", "3.0%"), strict=True)
        ],
        "en": [
            ["store_sales", f"2025-{m:02d}", v]
            for m, v in zip(range(1, 13), (118, 96, 105, 110, 121, 126, 119, 115, 124, 131, 158, 176), strict=True)
        ]
        + [["return_rate", f"2025Q{q}", v] for q, v in zip("1234", ("3.2%", "2.9%", "3.4%", "3.0%"), strict=True)],
    },
    # ids of the demo company (kpiguide demo): they import into a demo project as they are
    "actuals": {
        "zh": [["E001", "sa_sales", "2026年10月", "18.6万", "示例"], ["E001", "sa_basket", "2026年10月", "356", ""]],
        "en": [["E001", "sa_sales", "2026-10", "186,000", "example"], ["E001", "sa_basket", "2026-10", "356", ""]],
    },
}
_INSTRUCTIONS = {
    "history": {
        "zh": [
            "历史数据模板：每行一个数值。",
            "序列：指标或序列的名称（也可以改用 指标 / 员工 / 部门 三列）。",
            "期间：2026-01、2026年1月、2026Q1、2026年第一季度 或日期均可。",
            "数值：可带千分位、%、万/亿、货币符号；留空表示缺失。",
            "也可以使用宽表：每行一个序列，每列一个期间（列名写期间）。",
            "本工作表（说明）在导入时会被忽略。",
        ],
        "en": [
            "History template: one value per row.",
            "series: name of the KPI or series (or use kpi / employee / department columns instead).",
            "period: 2026-01, 2026Q1, Q1 2026, 2026年第一季度 or a date.",
            "value: thousands separators, %, 万/亿 and currency signs are fine; leave blank when missing.",
            "A wide layout also works: one row per series, one column per period (period as header).",
            "This instructions sheet is ignored on import.",
        ],
    },
    "actuals": {
        "zh": [
            "实际值模板：每行一个员工（或部门）某指标某期的实际值。",
            "工号：员工编号或姓名；也可用“部门”列录入部门实际值。",
            "指标：项目中的指标编号或名称。",
            "期间：2026-10、2026年10月、2026年第四季度等。",
            "实际值：可带千分位、%、万/亿；同一员工、指标、期间只能出现一次。",
            "示例行使用演示公司的编号（kpiguide demo），请替换为本项目的数据。本工作表在导入时会被忽略。",
        ],
        "en": [
            "Actuals template: one row per employee (or department), KPI and period.",
            "employee: employee id or name; use a 'department' column for department actuals.",
            "kpi: KPI id or name of the project.",
            "period: 2026-10, Oct 2026, 2026Q4 ...",
            "value: thousands separators, % and 万/亿 are fine; one value per employee, KPI and period.",
            "The example rows use ids of the demo company (kpiguide demo); replace them with your own. "
            "This sheet is ignored on import.",
        ],
    },
    "scheme": {
        "zh": [
            "KPI 方案模板：每张工作表一张表（组织、目标、部门、岗位、指标、员工）。",
            "多项内容（如岗位职责）在同一单元格内每行一项。",
            "指标的 方向：higher（越高越好）/ lower（越低越好）/ range（区间）。",
            "视角：financial / customer / internal_process / learning_growth。",
            "导入：kpiguide import 项目 本文件.xlsx。本工作表在导入时会被忽略。",
        ],
        "en": [
            "KPI scheme template: one sheet per table (organization, objectives, departments, roles, kpis, employees).",
            "Lists (e.g. responsibilities) hold one item per line in the cell.",
            "direction: higher / lower / range; perspective: financial / customer / internal_process / learning_growth.",
            "Import with: kpiguide import PROJECT this_file.xlsx. This sheet is ignored on import.",
        ],
    },
}


def example_scheme(lang: str = "zh") -> Scheme:
    """A small, valid example scheme (one department, one role, two KPIs, two employees)."""
    zh = normalize_lang(lang) == "zh"
    return Scheme(
        Organization("示例公司" if zh else "Example Ltd", "retail"),
        (
            StrategicObjective("F1", "提升门店销售收入" if zh else "Grow store revenue", "financial"),
            StrategicObjective("C1", "提高顾客满意度" if zh else "Raise customer satisfaction", "customer"),
        ),
        (Department("stores", "门店部" if zh else "Stores", ("F1", "C1")),),
        (
            Role(
                "associate",
                "店员" if zh else "Store associate",
                "stores",
                ("接待顾客并完成销售", "维护陈列") if zh else ("Serve customers and sell", "Keep displays tidy"),
            ),
        ),
        (
            Kpi(
                "sales",
                "月度销售额" if zh else "Monthly sales",
                "associate",
                "F1",
                60,
                150000,
                "元" if zh else "CNY",
                "higher",
                "financial",
                False,
                "monthly",
            ),
            Kpi(
                "csat",
                "顾客满意度" if zh else "Customer satisfaction",
                "associate",
                "C1",
                40,
                90,
                "%",
                "higher",
                "customer",
                True,
                "monthly",
            ),
        ),
        (
            Employee("E001", "张伟" if zh else "Wei Zhang", "associate", "stores"),
            Employee("E002", "李娜" if zh else "Na Li", "associate", "stores"),
        ),
    )


def write_template(kind: str, path: str | Path, lang: str = "zh") -> Path:
    """Write the Excel template ``kind`` (``history``, ``actuals`` or ``scheme``) to ``path``."""
    from openpyxl import Workbook, load_workbook
    from openpyxl.styles import Alignment, Font

    if kind not in TEMPLATE_KINDS:
        raise InputError(f"Unknown template {kind!r}; choose one of {', '.join(TEMPLATE_KINDS)}.")
    lang = normalize_lang(lang)
    path = Path(path)
    if path.suffix.lower() != ".xlsx":
        raise InputError(f"Templates are Excel workbooks; give a file name ending in .xlsx, not {path.name!r}.")
    if kind == "scheme":
        from kpiguide.scheme.workbook import write_scheme_xlsx

        write_scheme_xlsx(example_scheme(lang), path)
        book = load_workbook(path)
    else:
        book = Workbook()
        sheet = book.active
        sheet.title = {"history": "历史数据", "actuals": "实际值"}[kind] if lang == "zh" else kind
        sheet.append(_HEADERS[kind][lang])
        for cell in sheet[1]:
            cell.font = Font(bold=True)
        for row in _EXAMPLES[kind][lang]:
            sheet.append(row)
        sheet.freeze_panes = "A2"
        for letter in "ABCDE":
            sheet.column_dimensions[letter].width = 18
        # keep periods and formatted numbers as text so Excel does not turn them into dates
        for row in sheet.iter_rows(min_row=2):
            for cell in row:
                cell.number_format = "@"
    notes = book.create_sheet("说明" if lang == "zh" else "instructions")
    for line in _INSTRUCTIONS[kind][lang]:
        notes.append([line])
    notes.column_dimensions["A"].width = 100
    for row in notes.iter_rows():
        row[0].alignment = Alignment(wrap_text=True)
    book.save(path)
    return path
