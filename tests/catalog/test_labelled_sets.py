"""Schema checks of the held-out labelled sets labelled before any engine ran on them (issue 12).

tests/fixtures/smart_holdout6.yaml (SMART "relevant") and benchmarks/data/suggest_queries_fresh.yaml
(suggestions): each file parses, every indicator id exists in the catalog, every function and industry
exists in the taxonomy, and no text repeats a set that existed before (the new sets are only a fair test
if the tuned engine has never seen their texts).
"""

from __future__ import annotations

import re
from collections import Counter
from pathlib import Path

import pytest
import yaml

from kpiguide.catalog import load_catalog, taxonomy
from kpiguide.core.i18n import has_cjk

ROOT = Path(__file__).resolve().parents[2]
FIXTURES = ROOT / "tests" / "fixtures"
SMART_NEW = FIXTURES / "smart_holdout6.yaml"
SMART_OLD = sorted(p for p in FIXTURES.glob("smart_*.yaml") if p != SMART_NEW)
SUGGEST_NEW = ROOT / "benchmarks" / "data" / "suggest_queries_fresh.yaml"
SUGGEST_OLD = ROOT / "benchmarks" / "data" / "suggest_queries.yaml"
JUDGEMENTS = ROOT / "benchmarks" / "data" / "suggest_id_judgements.yaml"
KINDS = {"title", "task", "description", "job_description", "strategy", "role_duties", "department_strategy"}
URL = re.compile(r"https?://\S+")


def _load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def catalog_ids() -> set[str]:
    return {ind.id for ind in load_catalog()}


@pytest.fixture(scope="module")
def statements() -> list[dict]:
    return _load(SMART_NEW)["statements"]


@pytest.fixture(scope="module")
def queries() -> list[dict]:
    return _load(SUGGEST_NEW)["queries"]


# -- smart_holdout6.yaml ---------------------------------------------------------------------


def test_smart_holdout6_rows_have_the_schema_of_the_earlier_sets(statements):
    assert len(statements) >= 100
    for s in statements:
        assert {"text", "objective", "relevant", "function", "source"} <= set(s), s
        assert isinstance(s["relevant"], bool), s
        assert s["text"].strip() and s["objective"].strip(), s
        assert has_cjk(s["text"]) == has_cjk(s["objective"]), s  # one language per pair
        assert s["function"] in taxonomy().functions, s
        assert s["source"] == "written" or URL.search(s["source"]), s


def test_smart_holdout6_balance_language_relevance_and_coverage(statements):
    zh = sum(has_cjk(s["text"]) for s in statements)
    assert abs(zh - (len(statements) - zh)) <= 2
    share = sum(s["relevant"] for s in statements) / len(statements)
    assert 0.55 <= share <= 0.65
    assert len({s["function"] for s in statements}) >= 12
    assert len({(s["text"], s["objective"]) for s in statements}) == len(statements)


def test_smart_holdout6_repeats_no_text_of_an_earlier_set(statements):
    assert SMART_OLD, "the earlier SMART sets are missing"
    seen = {s["text"].strip() for p in SMART_OLD for s in _load(p)["statements"]}
    assert not [s["text"] for s in statements if s["text"].strip() in seen]


# -- suggest_queries_fresh.yaml --------------------------------------------------------------


def test_fresh_queries_have_the_schema_of_suggest_queries(queries):
    assert len(queries) >= 120
    for q in queries:
        assert {"id", "lang", "kind", "source", "text", "functions", "industry", "ids", "split"} <= set(q), q["id"]
        assert q["lang"] in {"zh", "en"} and has_cjk(q["text"]) == (q["lang"] == "zh"), q["id"]
        assert q["kind"] in KINDS, q["id"]
        assert q["split"] == "test", q["id"]
        assert q["source"].strip() and q["text"].strip(), q["id"]
    assert len({q["id"] for q in queries}) == len(queries)
    langs = Counter(q["lang"] for q in queries)
    assert langs["zh"] >= 60 and langs["en"] >= 60


def test_fresh_queries_mix_of_kinds(queries):
    kinds = Counter(q["kind"] for q in queries)
    assert kinds["title"] + kinds["description"] + kinds["task"] + kinds["role_duties"] >= 60
    assert kinds["department_strategy"] >= 30
    assert kinds["strategy"] >= 1


def test_fresh_query_labels_name_known_functions_industries_and_indicators(queries, catalog_ids):
    tax = taxonomy()
    for q in queries:
        assert q["functions"] and set(q["functions"]) <= set(tax.functions), q["id"]
        assert q["industry"] is None or q["industry"] in tax.industries, q["id"]
        assert len(q["ids"]) >= 2, q["id"]
        unknown = set(q["ids"]) - catalog_ids
        assert not unknown, (q["id"], unknown)
        assert set(q["ids"].values()) <= {2, 3}, q["id"]


def test_fresh_queries_repeat_no_text_occupation_or_id_of_the_existing_set(queries):
    old = _load(SUGGEST_OLD)["queries"]
    old_texts = {q["text"].strip() for q in old}
    assert not [q["id"] for q in queries if q["text"].strip() in old_texts]
    assert not {q["id"] for q in queries} & {q["id"] for q in old}
    # an occupation already used there (its source line) is not used again
    old_sources = {q["source"] for q in old if not q["source"].startswith("written")}
    reused = [q["id"] for q in queries if re.split(r" \(|（", q["source"])[0] in old_sources]
    assert not reused
    if JUDGEMENTS.exists():  # suggest_quality.py merges these judgements by query id
        assert not {q["id"] for q in queries} & set(_load(JUDGEMENTS)["judgements"])


def test_fresh_department_strategies_are_new_combinations(queries):
    old = {q["text"] for q in _load(SUGGEST_OLD)["queries"] if q["kind"] == "department_strategy"}
    new = [q["text"] for q in queries if q["kind"] == "department_strategy"]
    assert len(set(new)) == len(new)
    assert not set(new) & old
