from __future__ import annotations

import pytest

from kpiguide.connectors.config import parse_connectors
from kpiguide.connectors.survey import fetch_survey, score_of, summarise
from kpiguide.core.errors import InputError
from kpiguide.core.periods import Period

# Input vocabulary of a Chinese survey tool's export (问卷星 style)
ZH_EXPORT = """序号,提交答卷时间,所用时间,客服工号,推荐意愿,满意度
1,2026/10/03 10:01:02,60,E014,10,5
2,2026/10/04 11:00:00,80,E014,9,4
3,2026/10/05 12:00:00,75,E014,7,3
4,2026/10/06 13:00:00,70,E014,3,2
5,2026/10/07 14:00:00,65,E015,8,4
6,2026/09/30 23:59:00,65,E015,0,1
7,2026/10/08 09:00:00,65,E015,,
"""


def _connector(measure: str, score: str, *, extra: str = "", path: str = "survey_*.csv"):
    text = f"""connectors:
  - id: survey
    type: survey
    path: {path}
    kpi: cs_csat
    measure: {measure}
    score_column: {score}
    employee_column: 客服工号
{extra}"""
    return parse_connectors(text, "connectors.yaml").connectors[0]


@pytest.fixture
def gbk_export(tmp_path):
    (tmp_path / "survey_old.csv").write_bytes(b"x\n")
    path = tmp_path / "survey_2026-10.csv"
    path.write_bytes(ZH_EXPORT.encode("gbk"))
    import os

    os.utime(tmp_path / "survey_old.csv", (1_000_000, 1_000_000))  # the newest file wins
    return tmp_path


def test_nps_by_hand_from_a_gbk_export(gbk_export):
    rows = fetch_survey(_connector("nps", "推荐意愿"), Period.parse("2026-10"), base_dir=gbk_export)
    by = {r.subject: (r.value, r.count) for r in rows}
    # E014: promoters 10, 9; passive 7; detractor 3 -> (2 - 1) / 4 = 25
    assert by["E014"] == (25.0, 4)
    # E015 in October: one passive (8); the September answer and the blank one do not count
    assert by["E015"] == (0.0, 1)


def test_csat_top_two_share_and_mean(gbk_export):
    csat = fetch_survey(_connector("csat", "满意度", extra="    scale: 5\n"), None, base_dir=gbk_export)
    by = {(r.subject, str(r.period)): r.value for r in csat}
    assert by[("E014", "2026-10")] == 50.0  # 5 and 4 of 5, 4, 3, 2
    assert by[("E015", "2026-09")] == 0.0
    mean = fetch_survey(_connector("mean", "满意度"), Period.parse("2026-10"), base_dir=gbk_export)
    assert {r.subject: r.value for r in mean}["E014"] == 3.5


def test_english_headers_of_international_tools(tmp_path):
    (tmp_path / "responses.csv").write_text(
        "Timestamp,Agent,How likely are you to recommend us?\n"
        "10/03/2026 10:01:02,E014,9\n2026-10-04T11:00:00Z,E014,10\n",
        encoding="utf-8",
    )
    text = """connectors:
  - id: s
    type: survey
    path: responses.csv
    kpi: cs_csat
    measure: nps
    score_column: How likely are you to recommend us?
    employee_column: Agent
"""
    connector = parse_connectors(text).connectors[0]
    (row,) = fetch_survey(connector, None, base_dir=tmp_path)
    assert (row.subject, str(row.period), row.value, row.count) == ("E014", "2026-10", 100.0, 2)


def test_answers_out_of_scale_and_missing_columns_are_located(tmp_path):
    (tmp_path / "survey_x.csv").write_bytes("提交时间,客服工号,推荐意愿\n2026-10-01,E014,11\n".encode("gbk"))
    with pytest.raises(InputError) as info:
        fetch_survey(_connector("nps", "推荐意愿"), None, base_dir=tmp_path)
    (problem,) = info.value.problems
    assert (problem.row, problem.field) == (2, "推荐意愿")
    with pytest.raises(InputError, match="no column"):
        fetch_survey(_connector("nps", "满意度"), None, base_dir=tmp_path)


def test_no_matching_file(tmp_path):
    with pytest.raises(InputError, match="no file matches"):
        fetch_survey(_connector("nps", "x", path="nothing_*.csv"), None, base_dir=tmp_path)


def test_score_parsing_and_measures():
    assert score_of("9分") == 9.0 and score_of("10 - 极有可能") == 10.0 and score_of("") is None
    assert summarise("nps", [10, 9, 8, 6, 0]) == pytest.approx(0.0)
    assert summarise("csat", [7, 6, 5], scale=7) == pytest.approx(200 / 3)
