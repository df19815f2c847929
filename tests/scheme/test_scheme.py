from __future__ import annotations

import json
from dataclasses import replace

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kpiguide.core.errors import SchemeError
from kpiguide.scheme.files import (
    dump_scheme,
    dumps_scheme,
    load_scheme,
    loads_scheme,
    scheme_from_dict,
    scheme_json_schema,
    scheme_to_dict,
)

MINIMAL = """\
organization: {name: 测试公司, industry: retail}
objectives:
  - {id: F1, text: 营收增长15%, perspective: financial}
  - {id: C1, text: 提升客户满意度, perspective: customer, parent: F1}
departments:
  - id: sales
    name: 销售部
    objectives: [F1, C1]
    roles:
      - id: rep
        name: 销售代表
        responsibilities: [拜访客户, 完成销售目标]
        kpis:
          - {name: 月度销售额, objective: F1, weight: 60, target: 100000, unit: 元, direction: higher,
             perspective: financial, leading: false, frequency: monthly}
          - {name: 客户满意度, objective: C1, weight: 40, target: 90, unit: "%", direction: higher,
             perspective: customer, leading: true, frequency: quarterly}
employees:
  - {id: E1, name: 张三, role: rep}
"""


def test_minimal_yaml_loads_with_generated_kpi_ids_and_derived_department():
    scheme = loads_scheme(MINIMAL)
    assert [k.id for k in scheme.kpis] == ["rep-k1", "rep-k2"]
    assert scheme.employee("E1").department == "sales"
    assert scheme.kpi("rep-k2").leading is True


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_yaml_to_xlsx_to_yaml_is_lossless(tmp_path, lang, demo_scheme_zh, demo_scheme_en):
    scheme = demo_scheme_zh if lang == "zh" else demo_scheme_en
    first = tmp_path / "a.yaml"
    dump_scheme(scheme, first)
    loaded = load_scheme(first)
    assert loaded == scheme
    book = tmp_path / "a.xlsx"
    dump_scheme(loaded, book)
    again = load_scheme(book)
    assert again == scheme
    second = tmp_path / "b.yaml"
    dump_scheme(again, second)
    assert first.read_text(encoding="utf-8") == second.read_text(encoding="utf-8")


def test_json_round_trip(tmp_path, demo_scheme_zh):
    path = dump_scheme(demo_scheme_zh, tmp_path / "s.json")
    assert json.loads(path.read_text(encoding="utf-8"))["organization"]["name"] == "华锦优选零售有限公司"
    assert load_scheme(path) == demo_scheme_zh


def test_range_kpi_and_formula_starting_with_equals_survive_xlsx(tmp_path, demo_scheme_en):
    kpi = replace(demo_scheme_en.kpi("fp_budget_execution"), formula="=actual/budget")
    scheme = demo_scheme_en.with_kpi(kpi)
    path = dump_scheme(scheme, tmp_path / "s.xlsx")
    loaded = load_scheme(path)
    assert loaded.kpi("fp_budget_execution").target_range == (95.0, 105.0)
    assert loaded.kpi("fp_budget_execution").formula == "=actual/budget"


def test_all_problems_are_reported_at_once_with_lines():
    bad = MINIMAL.replace("weight: 60", "weight: lots").replace(
        "direction: higher,\n             perspective: customer", "direction: up,\n             perspective: customer"
    )
    bad = bad.replace("objective: C1, weight", "objective: X9, weight")
    bad = bad.replace("  - {id: E1, name: 张三, role: rep}", "  - {id: E1, name: 张三, role: rep, age: 3}")
    with pytest.raises(SchemeError) as info:
        loads_scheme(bad, source="bad.yaml")
    text = str(info.value)
    assert "'lots' is not a number" in text
    assert "'up' is not allowed" in text
    assert "unknown key(s) 'age'" in text
    assert "bad.yaml, line 14" in text  # the first KPI's line
    assert "objective 'X9' does not exist" in text
    assert len(info.value.problems) >= 3


def test_semantic_problems_are_collected_together():
    data = yaml.safe_load(MINIMAL)
    data["objectives"].append({"id": "F1", "text": "dup", "perspective": "financial"})
    data["departments"][0]["roles"][0]["kpis"][1]["objective"] = "NOPE"
    data["employees"].append({"id": "E2", "name": "李四", "role": "ghost"})
    data["employees"].append({"id": "E3", "name": "王五", "role": "rep", "department": "hr"})
    with pytest.raises(SchemeError) as info:
        scheme_from_dict(data, source="x.yaml")
    messages = [p.message for p in info.value.problems]
    assert any("duplicate objective id 'F1'" in m for m in messages)
    assert any("objective 'NOPE' does not exist" in m for m in messages)
    assert any("role 'ghost' does not exist" in m for m in messages)
    assert any("does not match role 'rep'" in m for m in messages)


def test_missing_keys_and_parent_cycle():
    data = yaml.safe_load(MINIMAL)
    del data["departments"][0]["roles"][0]["kpis"][0]["weight"]
    with pytest.raises(SchemeError, match="missing required key\\(s\\) 'weight'"):
        scheme_from_dict(data)
    data = yaml.safe_load(MINIMAL)
    data["objectives"][0]["parent"] = "C1"
    with pytest.raises(SchemeError, match="its own ancestor"):
        scheme_from_dict(data)


def test_range_direction_needs_a_range():
    data = yaml.safe_load(MINIMAL)
    data["departments"][0]["roles"][0]["kpis"][0]["direction"] = "range"
    with pytest.raises(SchemeError, match="needs target_range"):
        scheme_from_dict(data)


@pytest.mark.parametrize("encoding", ["utf-8-sig", "gbk", "gb18030", "utf-16"])
def test_yaml_in_chinese_encodings_loads(tmp_path, encoding):
    path = tmp_path / "scheme.yaml"
    path.write_bytes(MINIMAL.encode(encoding))
    assert load_scheme(path).organization.name == "测试公司"


def test_yaml_syntax_error_names_the_line(tmp_path):
    path = tmp_path / "broken.yaml"
    path.write_text("organization: {name: x\nobjectives: [", encoding="utf-8")
    with pytest.raises(SchemeError, match=r"broken.yaml, line \d+: syntax error"):
        load_scheme(path)


def test_not_a_mapping_and_unknown_suffix(tmp_path):
    with pytest.raises(SchemeError, match="must hold a mapping"):
        loads_scheme("- a\n- b\n")
    other = tmp_path / "scheme.txt"
    other.write_text("x", encoding="utf-8")
    with pytest.raises(SchemeError, match="unknown file type '.txt'"):
        load_scheme(other)


def test_schema_is_valid_json_schema_with_the_documented_keys():
    from jsonschema import Draft202012Validator

    schema = scheme_json_schema()
    Draft202012Validator.check_schema(schema)
    kpi = schema["$defs"]["kpi"]
    assert set(kpi["required"]) == {
        "name", "objective", "weight", "target", "unit", "direction", "perspective", "leading", "frequency",
    }  # fmt: skip
    assert schema["required"] == ["organization", "objectives", "departments"]


def test_dump_is_stable_text(demo_scheme_zh):
    assert dumps_scheme(demo_scheme_zh) == dumps_scheme(loads_scheme(dumps_scheme(demo_scheme_zh)))
    assert scheme_to_dict(demo_scheme_zh)["departments"][0]["roles"][0]["kpis"][0]["id"] == "sa_sales"


# -- fuzzing: any input gives a Scheme or a SchemeError, nothing else -----------------------------

_scalars = st.one_of(st.none(), st.booleans(), st.integers(), st.floats(allow_nan=True), st.text(max_size=8))
_json = st.recursive(
    _scalars, lambda children: st.lists(children, max_size=4) | st.dictionaries(st.text(max_size=8), children, max_size=4),
    max_leaves=20,
)  # fmt: skip


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=300))
def test_fuzz_loads_scheme_text(text):
    try:
        loads_scheme(text)
    except SchemeError:
        pass


@settings(max_examples=150, suppress_health_check=[HealthCheck.too_slow])
@given(_json)
def test_fuzz_scheme_from_dict(data):
    try:
        scheme_from_dict(data)
    except SchemeError:
        pass


@settings(max_examples=100, suppress_health_check=[HealthCheck.too_slow])
@given(st.sampled_from(["weight", "target", "objective", "leading", "id", "name"]), _scalars)
def test_fuzz_mutated_valid_scheme(field, value):
    data = yaml.safe_load(MINIMAL)
    data["departments"][0]["roles"][0]["kpis"][0][field] = value
    try:
        scheme_from_dict(data)
    except SchemeError:
        pass


@pytest.mark.parametrize("field", ["weight", "target"])
def test_a_value_beyond_the_number_readers_limit_is_a_located_scheme_error(field):
    """Found by the fuzz test above: 1.0000000000000001e18 passed the schema but not the KPI model (a bare
    InputError from deep inside, 'not a finite number').  The schema's bound is the number reader's."""
    data = yaml.safe_load(MINIMAL)
    data["departments"][0]["roles"][0]["kpis"][0][field] = 1.0000000000000001e18
    with pytest.raises(SchemeError) as info:
        scheme_from_dict(data)
    assert any("10^18" in str(p) or "10¹⁸" in str(p) for p in info.value.problems), info.value.problems


def test_the_schemas_finite_bound_is_the_number_readers():
    from kpiguide.core.numbers import MAX_MAGNITUDE
    from kpiguide.scheme.validate import scheme_json_schema

    bound = scheme_json_schema()["$defs"]["finite"]["then"]
    assert bound["maximum"] == MAX_MAGNITUDE and bound["minimum"] == -MAX_MAGNITUDE
