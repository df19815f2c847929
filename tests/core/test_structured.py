"""The strict YAML/JSON reader: duplicate keys, alias bombs, depth and size limits (issue 16, item 2)."""

from __future__ import annotations

import codecs
import time

import pytest

from kpiguide.catalog.files import read_entries
from kpiguide.checks.profiles import load_profile
from kpiguide.core import structured
from kpiguide.core.errors import CatalogError, InputError, SchemeError
from kpiguide.core.structured import load_json_text, load_yaml_text
from kpiguide.core.textfile import decode_bytes, read_text
from kpiguide.scheme.files import load_scheme, loads_scheme

BOMB = "\n".join(
    [
        'a: &a ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]',
        *(f"{c}: &{c} [{', '.join([f'*{p}'] * 9)}]" for p, c in zip("abcdefgh", "bcdefghi", strict=True)),
    ]
)


def test_duplicate_key_names_both_lines():
    with pytest.raises(InputError) as info:
        load_yaml_text("name: a\nweight: 10\nname: b\n", "dup.yaml")
    (problem,) = info.value.problems
    assert problem.line == 3 and problem.field == "name"
    assert "lines 1 and 3" in problem.message


def test_every_duplicate_is_reported_at_once():
    text = "x:\n  a: 1\n  a: 2\ny: {b: 1, b: 2}\n"
    with pytest.raises(InputError) as info:
        load_yaml_text(text, "dup.yaml")
    assert [p.field for p in info.value.problems] == ["a", "b"]


def test_json_duplicate_key_names_both_lines():
    with pytest.raises(InputError, match="lines 2 and 3"):
        load_json_text('{\n "a": 1,\n "a": 2\n}', "dup.json")


def test_merge_keys_and_plain_aliases_still_work():
    text = "base: &b {x: 1}\nd:\n  <<: *b\n  y: 2\nlist: [*b, *b]\n"
    assert load_yaml_text(text, "ok.yaml")["d"] == {"x": 1, "y": 2}


def test_alias_bomb_fails_fast_with_a_clear_message():
    start = time.perf_counter()
    with pytest.raises(InputError, match="aliases"):
        load_yaml_text(BOMB, "bomb.yaml")
    assert time.perf_counter() - start < 1.0


def test_recursive_alias_is_refused():
    with pytest.raises(InputError, match="recursive"):
        load_yaml_text("a: &x [1, *x]\n", "rec.yaml")


@pytest.mark.parametrize("text", ["[" * 200 + "]" * 200, "\n".join(" " * i + f"k{i}:" for i in range(100)) + " 1"])
def test_nesting_depth_is_limited(text):
    with pytest.raises(InputError, match="levels deep"):
        load_yaml_text(text, "deep.yaml")


def test_json_nesting_depth_is_limited():
    with pytest.raises(InputError, match="levels deep"):
        load_json_text("[" * 5000 + "]" * 5000, "deep.json")


def test_size_and_list_limits_say_how_to_split(monkeypatch):
    monkeypatch.setattr(structured, "MAX_CHARS", 100)
    with pytest.raises(InputError, match="split the file"):
        load_yaml_text("a: " + "x" * 200, "big.yaml")
    monkeypatch.setattr(structured, "MAX_ITEMS", 3)
    with pytest.raises(InputError, match="split the file"):
        load_yaml_text("[1, 2, 3, 4]", "long.yaml")
    with pytest.raises(InputError, match="split the file"):
        load_json_text("[1, 2, 3, 4]", "long.json")


def test_scheme_file_with_duplicate_key_is_refused(tmp_path):
    path = tmp_path / "s.yaml"
    path.write_text("organization:\n  name: Acme\n  name: Other\nobjectives: []\ndepartments: []\n", encoding="utf-8")
    with pytest.raises(SchemeError, match="lines 2 and 3"):
        load_scheme(path)


def test_scheme_alias_bomb_is_refused_fast():
    start = time.perf_counter()
    with pytest.raises(SchemeError, match="aliases"):
        loads_scheme("organization: {name: x}\n" + BOMB.replace("\n", "\n"), source="bomb.yaml")
    assert time.perf_counter() - start < 1.0


def test_extension_catalog_with_duplicate_key_is_refused(tmp_path):
    path = tmp_path / "ext.yaml"
    path.write_text("- id: a\n  name_zh: 甲\n  id: b\n", encoding="utf-8")
    with pytest.raises(CatalogError, match="lines 1 and 3"):
        read_entries(path)


def test_balance_profile_with_duplicate_key_is_refused(tmp_path):
    path = tmp_path / "p.yaml"
    path.write_text("kind: balance_profile\nweights_total: 100\nweights_total: 1\n", encoding="utf-8")
    with pytest.raises(InputError, match="lines 2 and 3"):
        load_profile(path)


# -- decoding (item 4) ---------------------------------------------------------------------------


def test_utf16_with_odd_number_of_bytes_is_a_located_error(tmp_path):
    path = tmp_path / "odd.csv"
    path.write_bytes(codecs.BOM_UTF16_LE + "a,b\n1,2\n".encode("utf-16-le") + b"x")
    with pytest.raises(InputError) as info:
        read_text(path)
    (problem,) = info.value.problems
    assert problem.file == str(path) and problem.line == 3
    assert "odd number of bytes" in problem.message and "byte offset 18" in problem.message


def test_utf8_bom_with_invalid_bytes_is_a_located_error():
    data = codecs.BOM_UTF8 + b"a,b\n1,\xff2\n"
    with pytest.raises(InputError) as info:
        decode_bytes(data, "bad.csv")
    (problem,) = info.value.problems
    assert problem.line == 2 and "byte offset 9" in problem.message and "0xff" in problem.message


def test_scheme_workbook_row_limit_says_how_to_split(monkeypatch, tmp_path, demo_scheme_en):
    from kpiguide.scheme import workbook

    path = workbook.write_scheme_xlsx(demo_scheme_en, tmp_path / "s.xlsx")
    monkeypatch.setattr(workbook, "MAX_ITEMS", 5)
    with pytest.raises(SchemeError, match="split the workbook"):
        load_scheme(path)


def test_compiled_schema_uses_only_keywords_that_mean_the_same_in_draft_7():
    """The fast validator (draft 7) and jsonschema (2020-12) accept the same files only while the schema
    sticks to keywords whose meaning did not change between the drafts."""
    import json as _json

    from kpiguide.scheme.validate import scheme_json_schema

    same = {"$defs", "$id", "$ref", "$schema", "additionalProperties", "description", "enum", "items", "maxItems",
            "maxLength", "maximum", "minItems", "minLength", "minimum", "pattern", "properties", "required", "title",
            "type", "default", "examples", "const", "uniqueItems", "exclusiveMinimum", "exclusiveMaximum",
            "allOf", "anyOf", "oneOf", "not", "if", "then", "else"}  # fmt: skip
    used: set[str] = set()
    ref_siblings: list[set[str]] = []

    def walk(node, under_names=False):
        if isinstance(node, dict):
            if not under_names and "$ref" in node and set(node) - {"$ref", "description"}:
                ref_siblings.append(set(node))  # draft 7 ignores every keyword beside $ref
            for key, value in node.items():
                if not under_names:
                    used.add(key)
                walk(value, under_names=key in ("properties", "$defs") and not under_names)
        elif isinstance(node, list):
            for value in node:
                walk(value)

    walk(_json.loads(_json.dumps(scheme_json_schema())))
    assert used <= same, used - same
    assert not ref_siblings, ref_siblings


@pytest.mark.parametrize(
    ("field", "value"), [("weight", None), ("weight", float("nan")), ("target", float("inf")), ("target", "=1/0")]
)
def test_fast_and_full_schema_validation_agree_on_bad_numbers(demo_scheme_en, field, value):
    from kpiguide.scheme.convert import scheme_to_dict
    from kpiguide.scheme.validate import _fast_validator, schema_problems

    data = scheme_to_dict(demo_scheme_en)
    data["departments"][0]["roles"][0]["kpis"][0][field] = value
    fast = _fast_validator()
    if fast is not None:
        with pytest.raises(Exception):
            fast(data)
    assert [path[-1] for path, _ in schema_problems(data)] == [field]


def test_fast_and_full_schema_validation_agree_on_broken_schemes(demo_scheme_en):
    from kpiguide.scheme.convert import scheme_to_dict
    from kpiguide.scheme.validate import _fast_validator, schema_problems

    if _fast_validator() is None:
        pytest.skip("fastjsonschema is not installed")
    data = scheme_to_dict(demo_scheme_en)
    kpi = data["departments"][0]["roles"][0]["kpis"][0]
    for key, value in [("weight", "ten"), ("direction", "up"), ("unknown", 1), ("weight", True), ("id", "a b")]:
        broken = {**kpi, key: value}
        data["departments"][0]["roles"][0]["kpis"][0] = broken
        assert schema_problems(data), (key, value)
    data["departments"][0]["roles"][0]["kpis"][0] = kpi
    assert schema_problems(data) == []
