"""Every public reader of user files, fed random bytes, random encodings and random structures, raises
only a :class:`KpiGuideError` (issue 16, item 4). Bounded: each test runs a fixed number of examples."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kpiguide.catalog.core import load_templates
from kpiguide.catalog.files import read_entries
from kpiguide.checks.profiles import load_profile
from kpiguide.core.errors import KpiGuideError
from kpiguide.core.structured import load_json_text, load_yaml_text
from kpiguide.data.history import read_history, read_table
from kpiguide.evaluation.incentives import load_incentive_table
from kpiguide.evaluation.rules import load_rules
from kpiguide.scheme.files import load_scheme
from tests.cli.test_cli_fuzz import ENCODINGS, contents, scalars, structures, yaml_tricks

SETTINGS = settings(
    max_examples=int(os.environ.get("KPIGUIDE_FUZZ_EXAMPLES", "25")),
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.function_scoped_fixture],
)


def _xlsx(rows: list[list[object]], path: Path, title: str) -> None:
    from openpyxl import Workbook
    from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE

    book = Workbook()
    sheet = book.active
    sheet.title = title[:31] or "x"
    for row in rows:
        cells = [v if isinstance(v, int | float | type(None)) else ILLEGAL_CHARACTERS_RE.sub("", str(v)) for v in row]
        sheet.append(cells)
    book.save(path)


def _only_kpiguide_errors(read, path: Path) -> None:
    try:
        read(path)
    except KpiGuideError:
        pass


READERS = {
    "scheme": load_scheme,
    "history": read_history,
    "table": read_table,
    "catalog": read_entries,
    "templates": load_templates,
    "profile": load_profile,
    "rules": load_rules,
    "incentives": load_incentive_table,
}
SUFFIX = {"scheme": [".yaml", ".json", ".xlsx"], "history": [".csv", ".xlsx"], "table": [".csv", ".xlsx"],
          "catalog": [".yaml", ".csv", ".xlsx"], "templates": [".yaml"], "profile": [".yaml", ".json"],
          "rules": [".yaml"], "incentives": [".yaml"]}  # fmt: skip


@pytest.fixture
def folder(tmp_path_factory) -> Path:
    return tmp_path_factory.mktemp("readers")


@SETTINGS
@given(reader=st.sampled_from(sorted(READERS)), content=contents, data=st.data())
def test_every_reader_raises_only_kpiguide_errors_on_random_bytes(folder, reader, content, data):
    suffix = data.draw(st.sampled_from(SUFFIX[reader]), label="suffix")
    path = folder / f"input{suffix}"
    path.write_bytes(content)
    _only_kpiguide_errors(READERS[reader], path)


@SETTINGS
@given(
    reader=st.sampled_from(sorted(READERS)),
    tree=structures,
    fmt=st.sampled_from(["yaml", "json"]),
    encoding=st.sampled_from(ENCODINGS),
)
def test_every_reader_raises_only_kpiguide_errors_on_random_structures(folder, reader, tree, fmt, encoding):
    text = yaml.safe_dump(tree, allow_unicode=True) if fmt == "yaml" else json.dumps(tree, ensure_ascii=False)
    suffix = ".json" if fmt == "json" and ".json" in SUFFIX[reader] else SUFFIX[reader][0]
    path = folder / f"input{suffix}"
    path.write_bytes(text.encode(encoding, errors="replace"))
    _only_kpiguide_errors(READERS[reader], path)


@SETTINGS
@given(
    reader=st.sampled_from(["scheme", "history", "table", "catalog"]),
    rows=st.lists(st.lists(scalars, max_size=6), max_size=8),
    title=st.sampled_from(["kpis", "指标", "history", "organization", "Sheet", "indicators"]),
)
def test_xlsx_readers_raise_only_kpiguide_errors_on_random_sheets(folder, reader, rows, title):
    shutil.rmtree(folder, ignore_errors=True)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / "input.xlsx"
    _xlsx(rows, path, title)
    _only_kpiguide_errors(READERS[reader], path)


@SETTINGS
@given(text=st.one_of(st.text(max_size=300), yaml_tricks, st.builds(json.dumps, structures)))
def test_strict_loaders_raise_only_input_errors(text):
    for load in (load_yaml_text, load_json_text):
        try:
            load(text, "fuzz")
        except KpiGuideError:
            pass
