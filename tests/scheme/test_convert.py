from __future__ import annotations

import subprocess
import sys

import pytest

from kpiguide.core.errors import InputError
from kpiguide.project.tables import BOOKKEEPING_COLUMNS, ENTITY_TABLES
from kpiguide.scheme.convert import ENTITIES, nest_rows, scheme_from_rows, scheme_rows, scheme_to_dict
from kpiguide.scheme.files import dumps_scheme, loads_scheme
from kpiguide.scheme.workbook import SHEETS


def test_dumps_scheme_refuses_an_unknown_format_naming_the_accepted_ones(demo_scheme_en):
    with pytest.raises(InputError, match="Cannot write a scheme as 'xml'") as info:
        dumps_scheme(demo_scheme_en, "xml")
    assert "yaml, json" in str(info.value)


@pytest.mark.parametrize("name", list(ENTITIES))
def test_each_entity_row_has_exactly_the_mapping_fields(demo_scheme_en, name):
    entity = ENTITIES[name]
    rows = scheme_rows(demo_scheme_en)[name]
    assert rows, name
    assert all(tuple(row) == entity.fields for row in rows)


@pytest.mark.parametrize("name", list(ENTITIES))
def test_store_tables_and_workbook_sheets_use_the_mapping_fields(name):
    entity = ENTITIES[name]
    columns = tuple(c.name for c in ENTITY_TABLES[name].columns if c.name not in BOOKKEEPING_COLUMNS)
    assert columns == entity.fields
    assert SHEETS[entity.key] == entity.fields


def test_rows_round_trip_to_the_same_scheme(demo_scheme_zh):
    assert scheme_from_rows(demo_scheme_zh.organization, scheme_rows(demo_scheme_zh)) == demo_scheme_zh


def test_nesting_leaves_out_and_reports_rows_whose_parent_is_missing():
    rows = {
        "department": [{"id": "d1", "name": "D", "mission": "", "objectives": []}],
        "role": [
            {"id": "r1", "name": "R", "department": "d1", "responsibilities": []},
            {"id": "r2", "name": "R2", "department": "ghost", "responsibilities": []},
        ],
    }
    nested = nest_rows(rows)
    assert nested.paths["role"] == [("departments", 0, "roles", 0), None]
    assert nested.data["departments"][0]["roles"] == [{"id": "r1", "name": "R", "responsibilities": [], "kpis": []}]


def test_file_dict_uses_plain_numbers_and_nests_kpis(demo_scheme_en):
    data = scheme_to_dict(demo_scheme_en)
    kpi = data["departments"][0]["roles"][0]["kpis"][0]
    assert "role" not in kpi and "target_low" not in kpi
    assert isinstance(kpi["weight"], int | float) and not (isinstance(kpi["weight"], float) and kpi["weight"] % 1 == 0)
    assert loads_scheme(dumps_scheme(demo_scheme_en)) == demo_scheme_en


@pytest.mark.parametrize("first", ["kpiguide.scheme.workbook", "kpiguide.scheme.files", "kpiguide.scheme.convert"])
def test_scheme_modules_import_in_any_order(first):
    code = f"import {first}; import kpiguide.scheme.files, kpiguide.scheme.workbook"
    subprocess.run([sys.executable, "-c", code], check=True)
