"""NaN and infinite targets and weights are refused, located, in every scheme format (issue 16, item 1)."""

from __future__ import annotations

import re
import zipfile

import pytest

from kpiguide.core.errors import InputError, SchemeError
from kpiguide.core.model import Kpi
from kpiguide.scheme.files import dump_scheme, load_scheme, loads_scheme
from tests.scheme.test_scheme import MINIMAL  # the same two-KPI scheme


@pytest.mark.parametrize(
    ("old", "new", "field"),
    [
        ("weight: 60", "weight: .nan", "weight"),
        ("target: 100000", "target: .nan", "target"),
        ("target: 100000", "target: .inf", "target"),
        ("target: 100000", "target: -.inf", "target"),
    ],
)
def test_yaml_nan_and_infinite_values_are_refused_with_their_line(old, new, field):
    with pytest.raises(SchemeError) as info:
        loads_scheme(MINIMAL.replace(old, new), source="s.yaml")
    (problem,) = info.value.problems
    assert problem.line == 14 and problem.field.endswith(f"kpis[0].{field}")


def test_json_nan_target_is_refused():
    import json

    import yaml

    data = yaml.safe_load(MINIMAL)
    data["departments"][0]["roles"][0]["kpis"][0]["target"] = float("nan")
    with pytest.raises(SchemeError) as info:
        loads_scheme(json.dumps(data), source="s.json")
    assert info.value.problems[0].field.endswith("kpis[0].target")


def _xlsx_with_cell(tmp_path, column: str, text: str):
    """A scheme workbook whose first KPI has the numeric cell ``column``2 set to ``text`` (as another tool may write)."""
    source = tmp_path / "ok.xlsx"
    dump_scheme(loads_scheme(MINIMAL, source="s.yaml"), source)
    target = tmp_path / f"bad_{column}.xlsx"
    with zipfile.ZipFile(source) as zin, zipfile.ZipFile(target, "w") as zout:
        for item in zin.infolist():
            data = zin.read(item.filename)
            if item.filename == "xl/worksheets/sheet5.xml":  # the kpis sheet
                xml = data.decode("utf-8")
                cell = (
                    rf'<c r="{column}2" t="inlineStr"><is><t>{text}</t></is></c>'
                    if text.isalpha() or text[1:].isalpha()
                    else rf'<c r="{column}2"><v>{text}</v></c>'
                )
                xml, count = re.subn(rf'<c r="{column}2"[^>]*>(<v>[^<]*</v>|<is>.*?</is>)</c>', cell, xml)
                assert count == 1
                data = xml.encode("utf-8")
            zout.writestr(item, data)
    return target


@pytest.mark.parametrize(
    ("column", "text", "field"),
    [("E", "NaN", "weight"), ("F", "inf", "target"), ("F", "-inf", "target"), ("F", "1E999", "target")],
)
def test_excel_nan_weight_and_infinite_target_are_refused_with_sheet_and_row(tmp_path, column, text, field):
    path = _xlsx_with_cell(tmp_path, column, text)
    with pytest.raises(SchemeError) as info:
        load_scheme(path)
    (problem,) = info.value.problems
    assert (problem.sheet, problem.row, problem.field) == ("kpis", 2, field)


@pytest.mark.parametrize(("name", "value"), [("weight", float("nan")), ("target", float("inf"))])
def test_a_kpi_built_in_code_refuses_non_finite_numbers(name, value):
    fields = {"id": "k1", "name": "k", "role": "r", "objective": None, "weight": 50.0, "target": 1.0, "unit": ""}
    fields.update(direction="higher", perspective="financial", leading=False, frequency="monthly")
    fields[name] = value
    with pytest.raises(InputError) as info:
        Kpi(**fields)
    assert name in str(info.value)
