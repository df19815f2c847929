from __future__ import annotations

import pytest
import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from kpiguide.connectors.config import load_connectors, parse_connectors
from kpiguide.core.errors import InputError

ISSUE_EXAMPLE = """\
connectors:
  - id: erp_sales
    type: sql
    url_env: ERP_DB_URL            # the SQLAlchemy URL is read from this environment variable
    kpi: sa_sales                  # the project's KPI id
    query: >
      SELECT emp_id AS employee, SUM(amount) AS value FROM sales
      WHERE day >= :period_start AND day < :period_end GROUP BY emp_id
    mode: replace                  # or append; key: employee (or department) + period + kpi
  - id: csat_survey
    type: survey
    path: exports/survey_*.csv     # newest matching file
    kpi: cs_csat
    measure: nps                   # nps | csat | mean
    score_column: 推荐意愿          # 0–10 for nps; answer scale for csat/mean
    employee_column: 客服工号        # or department_column / department: ID
    period_column: 提交时间          # a date; responses are grouped by the KPI's frequency
"""


def test_the_issue_example_is_valid():
    config = parse_connectors(ISSUE_EXAMPLE, "connectors.yaml")
    sql, survey = config.connectors
    assert (sql.id, sql.type, sql.url_env, sql.kpi, sql.mode, sql.auto_approve) == (
        "erp_sales",
        "sql",
        "ERP_DB_URL",
        "sa_sales",
        "replace",
        False,
    )
    assert ":period_start" in str(sql.query)
    assert (survey.measure, survey.score_column, survey.employee_column, survey.period_column) == (
        "nps",
        "推荐意愿",
        "客服工号",
        "提交时间",
    )
    assert sql.line == 2 and survey.line == 10
    assert len(config.sha256) == 64


def test_gbk_connectors_file_is_read(tmp_path):
    path = tmp_path / "connectors.yaml"
    path.write_bytes(ISSUE_EXAMPLE.encode("gbk", errors="replace").replace(b"\xe2\x80\x93", b"-"))
    assert load_connectors(path).connectors[1].score_column == "推荐意愿"


def test_every_problem_at_once_with_line_and_field():
    text = """\
connectors:
  - id: erp_sales
    type: sql
    kpi: sa_sales
    query: DELETE FROM sales
    mode: overwrite
  - id: erp_sales
    type: ftp
    kpi: x
  - id: web
    type: http
    kpi: k
    url: https://example.org/api
    fields: {value: data.amount}
    auto_approve: "yes"
    colour: red
"""
    with pytest.raises(InputError) as info:
        parse_connectors(text, "c.yaml")
    found = {(p.line, p.field) for p in info.value.problems}
    assert (2, "connectors[0].url_env") in found  # missing: located at the connector
    assert (5, "connectors[0].query") in found  # not a SELECT
    assert (6, "connectors[0].mode") in found
    assert (7, "connectors[1].id") in found  # duplicate id
    assert (8, "connectors[1].type") in found
    assert (14, "connectors[2].fields") in found  # no employee/department path
    assert (15, "connectors[2].auto_approve") in found
    assert (16, "connectors[2].colour") in found
    assert all(p.file == "c.yaml" for p in info.value.problems)
    assert "line 6, field 'connectors[0].mode'" in str(info.value)


def test_messages_in_chinese():
    with pytest.raises(InputError) as info:
        parse_connectors("connectors:\n  - id: a\n    type: sql\n    kpi: k\n", "c.yaml", lang="zh")
    assert "缺少必填项" in str(info.value)


def test_broken_yaml_is_located():
    with pytest.raises(InputError) as info:
        parse_connectors("connectors:\n  - id: [a\n", "c.yaml")
    assert info.value.problems[0].line is not None


def test_alias_bomb_and_duplicate_keys_are_refused_fast():
    bomb = "a: &a [x, x, x, x, x, x, x, x, x]\n" + "".join(
        f"{n}: &{n} [{', '.join([f'*{p}'] * 9)}]\n" for p, n in zip("abcdef", "bcdefg", strict=True)
    )
    with pytest.raises(InputError) as info:
        parse_connectors(bomb + "connectors: [*g]\n", "c.yaml")
    assert "aliases (*name) expand this file" in str(info.value)
    with pytest.raises(InputError) as info:
        parse_connectors(ISSUE_EXAMPLE + "connectors: []\n", "c.yaml")
    assert "the key 'connectors' is given twice (lines 1 and 18)" in str(info.value)


def test_unknown_connector_id_names_the_known_ones():
    config = parse_connectors(ISSUE_EXAMPLE)
    with pytest.raises(InputError, match="erp_sales, csat_survey"):
        config.get("nope")


_leaf = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.text(max_size=8),
    st.sampled_from(["sql", "http", "file", "survey", "nps", "replace"]),
)
_keys = st.sampled_from(
    [
        "id",
        "type",
        "kpi",
        "mode",
        "query",
        "url_env",
        "path",
        "measure",
        "fields",
        "url",
        "x",
        "score_column",
        "auto_approve",
    ]
)
_values = st.recursive(
    _leaf,
    lambda inner: st.one_of(st.lists(inner, max_size=3), st.dictionaries(_keys, inner, max_size=5)),
    max_leaves=12,
)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.one_of(
        _values,
        st.fixed_dictionaries({"connectors": st.lists(st.dictionaries(_keys, _values, max_size=8), max_size=3)}),
    )
)
def test_random_structures_never_traceback(data):
    text = yaml.safe_dump(data, allow_unicode=True)
    try:
        config = parse_connectors(text, "random.yaml")
    except InputError as exc:
        assert exc.problems
        assert all(p.file == "random.yaml" for p in exc.problems)
    else:
        assert config.connectors
