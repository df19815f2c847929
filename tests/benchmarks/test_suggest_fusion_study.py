"""Round 15's study of the engine against BM25 and rank fusion (benchmarks/suggest_mine_prior.py --fusion)."""

from __future__ import annotations

import pytest

from benchmarks.suggest_mine_prior import FUSION_DEPTH, TokenBM25, _Runs, fuse, reading, text_match
from kpiguide.catalog import load_catalog
from kpiguide.suggest.engine import IndicatorSuggester


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.fixture(scope="module")
def engine(catalog) -> IndicatorSuggester:
    return IndicatorSuggester().fit(catalog)


def test_fusion_weight_zero_keeps_the_engine_order_and_a_shared_item_rises():
    first, second = ["a", "b", "c", "d"], ["d", "x"]
    assert fuse(first, second, 0.0, 5) == first
    fused = fuse(first, second, 0.2, 5)  # d: 1/9 + 0.2/6 above b (1/7) and c (1/8), below a (1/6)
    assert fused[:4] == ["a", "d", "b", "c"] and fused[4] == "x"
    assert len(fuse([str(i) for i in range(30)], [], 0.5, 2)) == 10


def test_package_word_bm25_finds_a_named_indicator(catalog):
    bm25 = TokenBM25(list(catalog.indicators))
    assert "days" in TokenBM25.tokens("Days Sales Outstanding")  # English words unstemmed, lower case
    hits = bm25.search("应收账款周转天数")
    assert hits and len(hits) <= FUSION_DEPTH
    assert any("receivable" in i or "dso" in i for i in hits[:5])


def test_text_match_ignores_the_reading(engine):
    # a job title read as a role: the role's core indicators lead the engine's list, the text match alone differs
    text = "Sales Managers"
    assert reading(engine, text) == "named role"
    assert text_match(engine, text, 10) != [s.indicator.id for s in engine.suggest(text, top_k=10)]


def test_reading_names_a_department_first(engine):
    assert reading(engine, "销售部：提升大客户收入占比") == "department"


def test_rule_allows_at_most_two_lost_sets_and_no_pooled_loss():
    queries = [
        {"id": f"q{n}", "lang": "en", "split": split} for n, split in enumerate(["dev", "fresh", "fresh2", "fresh3"])
    ]
    today = {q["id"]: (1.0, 1.0, 0.5) for q in queries}
    one_loss = dict(today, q1=(1.0, 1.0, 0.4), q2=(1.0, 1.0, 0.8))
    three_losses = dict(today, q0=(0.0, 1.0, 0.5), q1=(1.0, 1.0, 0.4), q2=(1.0, 1.0, 0.4), q3=(1.0, 1.0, 2.0))
    runs = _Runs(queries, {None: today, "one": one_loss, "three": three_losses})
    sets = ["base", "fresh", "fresh2", "fresh3"]
    assert runs.lost_sets("one", sets) == ["fresh"]
    assert runs.eligible("one", sets)
    assert not runs.eligible("three", sets)  # pooled function hit lower, three sets lost
