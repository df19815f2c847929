"""User text never becomes markup or a formula in reports and deliverables (issue 16, item 6)."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import replace

import pytest
from click.testing import CliRunner
from openpyxl import load_workbook

from kpiguide.cli import main
from kpiguide.core.spreadsheet import formula_like
from kpiguide.deliverables import (
    render_charter_html,
    render_worksheets_html,
    write_kpi_dictionary_xlsx,
    write_worksheets_xlsx,
)
from kpiguide.evaluation import evaluate, grant_leave
from kpiguide.evaluation.gaps import add_cause_note
from kpiguide.feedback import write_reports
from kpiguide.project.store import open_project
from kpiguide.scheme.files import load_scheme, write_scheme_xlsx

SCRIPT = "<script>alert(1)</script>"
IMG = '"><img src=x onerror=alert(1)>'
FORMULAS = ('=HYPERLINK("http://evil","x")', "+cmd|' /C calc'!A0", "-2+3", "@SUM(A1:A2)", "\tx", "\rx")


def _hostile(scheme, *, name: str, kpi_name: str, formula: str = ""):
    kpis = tuple(
        replace(k, name=kpi_name, formula=formula or k.formula) if k.id == "sa_sales" else k for k in scheme.kpis
    )
    employees = tuple(replace(e, name=name) if e.id == "E003" else e for e in scheme.employees)
    return replace(scheme, kpis=kpis, employees=employees)


@pytest.fixture
def hostile_store(demo_project):
    with open_project(demo_project) as store:
        store.replace_scheme(_hostile(store.load_scheme(), name=SCRIPT, kpi_name=IMG), actor="t")
        grant_leave(store, "E003", "2026Q3", 14, reason=SCRIPT, actor="hr")
        add_cause_note(store, "2026Q3", "E003", "sa_sales", IMG, actor="E009")
        yield store


def _no_raw_markup(text: str) -> None:
    assert "<script>" not in text and "<img" not in text


def test_html_feedback_report_escapes_names_comments_and_reasons(hostile_store, tmp_path):
    result = evaluate(hostile_store, "2026Q3")
    (path,) = write_reports(hostile_store, result, tmp_path, employees=["E003"], lang="en", assess=None, findings=[])
    html = path.read_text(encoding="utf-8")
    _no_raw_markup(html)
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "&lt;img src=x" in html


@pytest.mark.parametrize("report", ["employee", "department"])
def test_markdown_feedback_report_escapes_user_text(hostile_store, tmp_path, report):
    result = evaluate(hostile_store, "2026Q3")
    kwargs = {"employees": ["E003"]} if report == "employee" else {"employees": [], "departments": ["sales"]}
    paths = write_reports(hostile_store, result, tmp_path, fmt="md", lang="en", assess=None, findings=[], **kwargs)
    body = "".join(p.read_text(encoding="utf-8") for p in paths)
    assert re.search(r"(?<!\\)[<>]", body) is None  # every < and > is backslash-escaped
    assert "\\<script\\>" in body or "\\<img" in body


def test_xlsx_feedback_report_writes_formula_like_text_as_text(demo_project, tmp_path):
    with open_project(demo_project) as store:
        store.replace_scheme(_hostile(store.load_scheme(), name=FORMULAS[0], kpi_name=FORMULAS[1]), actor="t")
        result = evaluate(store, "2026Q3")
        (path,) = write_reports(store, result, tmp_path, employees=["E003"], fmt="xlsx", lang="en", assess=None)
    cells = [c for ws in load_workbook(path) for row in ws.iter_rows() for c in row if c.value in FORMULAS[:2]]
    assert cells and all(c.data_type == "s" for c in cells)
    assert not [c for ws in load_workbook(path) for row in ws.iter_rows() for c in row if c.data_type == "f"]


def test_deliverables_html_escape_and_xlsx_keep_text(demo_scheme_en, tmp_path):
    scheme = _hostile(demo_scheme_en, name=SCRIPT, kpi_name=IMG)
    for html in (render_charter_html(scheme, lang="en"), render_worksheets_html(scheme, lang="en")):
        _no_raw_markup(html)
    formula_scheme = _hostile(demo_scheme_en, name=FORMULAS[3], kpi_name=FORMULAS[0])
    for write in (write_kpi_dictionary_xlsx, write_worksheets_xlsx):
        path = write(formula_scheme, tmp_path / f"{write.__name__}.xlsx", lang="en")
        cells = [c for ws in load_workbook(path) for row in ws.iter_rows() for c in row]
        assert not [c for c in cells if c.data_type == "f"]
        if write is write_kpi_dictionary_xlsx:
            assert any(c.value == FORMULAS[0] and c.data_type == "s" for c in cells)


@pytest.mark.parametrize("text", FORMULAS)
def test_scheme_workbook_keeps_formula_like_text_exact_and_as_text(demo_scheme_en, tmp_path, text):
    scheme = _hostile(demo_scheme_en, name="x" + text, kpi_name=text, formula=text)
    path = write_scheme_xlsx(scheme, tmp_path / "s.xlsx")
    cells = [c for ws in load_workbook(path) for row in ws.iter_rows() for c in row]
    assert not [c for c in cells if c.data_type == "f"]
    written = [c for c in cells if formula_like(c.value)]
    assert written or text.startswith("\r")  # the XLSX format stores CR as LF
    assert all(c.quotePrefix and c.data_type == "s" for c in written)
    assert load_scheme(path).kpi("sa_sales").formula == text.strip()  # the reader trims surrounding blanks


def test_negative_numbers_stay_numbers_in_xlsx(demo_scheme_en, tmp_path):
    kpis = tuple(replace(k, target=-5.0) if k.id == "sa_sales" else k for k in demo_scheme_en.kpis)
    path = write_scheme_xlsx(replace(demo_scheme_en, kpis=kpis), tmp_path / "n.xlsx")
    assert load_scheme(path).kpi("sa_sales").target == -5.0
    cells = [c for ws in load_workbook(path) for row in ws.iter_rows() for c in row if c.value == -5]
    assert cells and all(c.data_type == "n" for c in cells)


def test_incentives_csv_writes_formula_like_names_as_text(demo_project):
    with open_project(demo_project) as store:
        store.replace_scheme(_hostile(store.load_scheme(), name=FORMULAS[0], kpi_name="Sales"), actor="t")
    result = CliRunner().invoke(main, ["incentives", str(demo_project), "--period", "2026Q3", "--format", "csv"])
    assert result.exit_code == 0, result.output
    cells = [c for row in csv.reader(io.StringIO(result.stdout)) for c in row]
    assert "'" + FORMULAS[0] in cells
    assert not [c for c in cells if c.startswith(("=", "+", "@"))]
