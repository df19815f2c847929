from __future__ import annotations

import dataclasses

import pytest

from kpiguide.deliverables.agreement import agreement_data, render_agreement_html, write_agreement_xlsx
from kpiguide.project.store import open_project

openpyxl = pytest.importorskip("openpyxl")


@pytest.fixture(scope="module")
def scheme(demo_project_template):
    with open_project(demo_project_template) as store:
        return store.load_scheme()


def test_every_kpi_with_floor_stretch_rule_derivation_in_both_languages(scheme):
    role = scheme.employee("E001").role
    kpis = scheme.kpis_of(role)
    for lang, words in (("zh", ("绩效目标责任书", "底线值", "挑战值", "调整规则", "签字")),
                        ("en", ("Performance agreement", "Floor", "Stretch", "Adjustment rules", "Signatures"))):  # fmt: skip
        data = agreement_data(scheme, "E001", "2026年第三季度", lang=lang)
        assert data["period"] == "2026Q3" and [k["id"] for k in data["kpis"]] == [k.id for k in kpis]
        html = render_agreement_html(data)
        for word in words:
            assert word in html
        assert "@page" in html and "@media print" in html
        sales = next(k for k in data["kpis"] if k["id"] == "sa_sales")
        # linear rule, floor 0 and cap 120: no floor, stretch at 120 % of the target
        assert sales["floor"] == "" and sales["stretch"] == "216,000"
        assert scheme.objective(scheme.kpi("sa_sales").objective).text in sales["derivation"]
        assert "120" in sales["scoring"]


def test_floor_and_stretch_follow_the_rule_and_the_direction(scheme):
    kpi = dataclasses.replace(scheme.kpi("sa_sales"), scoring_rule="threshold_target_stretch")
    low = dataclasses.replace(scheme.kpi("sa_basket"), scoring_rule="threshold_target_stretch", direction="lower")
    kpis = tuple(kpi if k.id == kpi.id else low if k.id == low.id else k for k in scheme.kpis)
    data = agreement_data(dataclasses.replace(scheme, kpis=kpis), "E001", "2026Q3", lang="en")
    rows = {k["id"]: k for k in data["kpis"]}
    assert (rows["sa_sales"]["floor"], rows["sa_sales"]["stretch"]) == ("144,000", "216,000")
    assert (rows["sa_basket"]["floor"], rows["sa_basket"]["stretch"]) == ("312", "208")


def test_state_and_changes_are_shown_and_text_is_escaped(scheme):
    state = {"stage": "agreed", "confirmed_by": "employee:E001#t1", "at": "2026-06-28", "hash": "ab" * 32,
             "countersigned_by": "head:sales#t2", "countersigned_at": "2026-06-29"}  # fmt: skip
    change = {"kpi": "sa_sales", "field": "target", "old": 180000, "new": 200000, "effective": "2026-08-16",
              "reason": "<b>new store</b>"}  # fmt: skip
    html = render_agreement_html(agreement_data(scheme, "E001", "2026Q3", lang="en", state=state, changes=[change]))
    assert "E001" in html and "sales" in html and "#t1" not in html and "#t2" not in html and "abababababab" in html
    assert "&lt;b&gt;new store&lt;/b&gt;" in html and "<b>new store" not in html


def test_xlsx_has_every_kpi_and_keeps_formula_like_text_as_text(scheme, tmp_path):
    kpi = dataclasses.replace(scheme.kpi("sa_sales"), name="=HYPERLINK(\"http://x\")", formula="+1+1",
                              data_source="@SUM(A1)")  # fmt: skip
    hostile = dataclasses.replace(scheme, kpis=tuple(kpi if k.id == kpi.id else k for k in scheme.kpis))
    for lang in ("zh", "en"):
        path = write_agreement_xlsx(agreement_data(hostile, "E001", "2026Q3", lang=lang), tmp_path / f"a_{lang}.xlsx")
        sheet = openpyxl.load_workbook(path).active
        cells = {c.value: c.data_type for row in sheet.iter_rows() for c in row if c.value is not None}
        for text in ('=HYPERLINK("http://x")', "+1+1", "@SUM(A1)"):
            assert cells[text] == "s"
        for k in scheme.kpis_of(scheme.employee("E001").role):
            assert (k.name if k.id != kpi.id else kpi.name) in cells
    assert "绩效目标责任书" in openpyxl.load_workbook(tmp_path / "a_zh.xlsx").active["A1"].value
