"""KPI linking, round 15: the learned re-ranker of a linked name's candidates (catalog/data/link_reranker.yaml)."""

from __future__ import annotations

import numpy as np
import pytest

from kpiguide.catalog import builtin_data_dir, load_catalog
from kpiguide.suggest.linking import RERANK_FEATURES, IndicatorLinker, PractitionerName, load_reranker
from kpiguide.text.analysis import LINKER_WEIGHTS, _corpus_files


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.fixture(scope="module")
def plain(catalog):
    return IndicatorLinker(rerank=False).fit(catalog)


def _weights(**named: float) -> np.ndarray:
    return np.asarray([named.get(f, 0.0) for f in RERANK_FEATURES])


def test_the_shipped_weights_cover_every_feature_and_are_not_read_for_words():
    weights = load_reranker()
    assert set(weights) == set(RERANK_FEATURES) and any(weights.values())
    assert (builtin_data_dir() / LINKER_WEIGHTS).exists()
    assert LINKER_WEIGHTS not in {p.name for p in _corpus_files()}
    assert IndicatorLinker().fit(load_catalog()).rerank_weights_.any()
    assert not IndicatorLinker(rerank=False).fit(load_catalog()).rerank_weights_.any()


def test_load_reranker_reads_a_file_and_a_missing_one_is_empty(tmp_path):
    path = tmp_path / "w.yaml"
    path.write_text("weights:\n  score: 1.5\n  answer: -2\n", encoding="utf-8")
    assert load_reranker(path) == {"score": 1.5, "answer": -2.0}
    assert load_reranker(tmp_path / "missing.yaml") == {}


def test_the_features_flag_the_answer_and_count_the_labelled_names_support(catalog, plain):
    name = "客户投诉处理及时率"
    link = plain.link(name)
    assert link.id is not None
    reading = plain.candidate_reading(name)
    linker = IndicatorLinker(rerank=False).fit(catalog)
    linker.use_practitioner_names([PractitionerName("客户投诉处理及时率", (link.id,), ("fresh9",), 1)])
    rows, x = linker.rerank_features(name, link, reading)
    assert linker.indicators_[rows[0]].id == link.id or link.id in [linker.indicators_[r].id for r in rows]
    at = {linker.indicators_[r].id: n for n, r in enumerate(rows)}
    column = RERANK_FEATURES.index
    assert x[at[link.id], column("answer")] == 1.0 and x[:, column("answer")].sum() == 1.0
    assert x[at[link.id], column("neighbour_support")] == pytest.approx(1.0)  # the only close labelled name
    assert all(x[n, column("neighbour_support")] == 0.0 for n in range(len(rows)) if n != at[link.id])
    assert len(rows) <= 6


def test_the_reranker_reorders_a_similar_link_keeps_its_confidence_and_never_unlinks(catalog, plain):
    linker = IndicatorLinker().fit(catalog)
    linker.rerank_weights_ = _weights(answer=-10.0, fit=1.0)  # anything but the hand-set answer
    name = "门店客流转化率"  # round 15: no labelled practitioners' name is close enough to take it
    before, after = plain.link(name), linker.link(name, lang="en")
    assert before.method in ("similar", "keyword") and after.id != before.id
    assert after.method == "reranked" and after.confidence == before.confidence and "re-ranked" in after.why
    assert after.id in [plain.indicators_[r].id for r in plain.candidate_reading(name).ranked]
    assert after.id not in [a.id for a in after.alternatives]
    assert "重新排序" in linker.link(name, lang="zh").why
    exact = catalog.indicators[0].name_zh  # an exact catalog name is never reordered
    assert linker.link(exact).id == plain.link(exact).id == catalog.indicators[0].id
    for unlinked in ("完成率", "Widget frobnication tally"):  # none stays none
        assert plain.link(unlinked).id is None and linker.link(unlinked).id is None


def test_with_the_shipped_weights_the_hand_set_answer_usually_stays(catalog, plain):
    linker = IndicatorLinker().fit(catalog)
    names = ["员工离职率", "销售回款率", "Customer churn rate", "设备综合效率", "Cost per lead", "培训计划完成率"]
    assert [linker.link(n).id for n in names] == [plain.link(n).id for n in names]


def test_the_reranker_leaves_a_link_in_the_callers_context_to_the_hand_set_order(catalog, plain):
    linker = IndicatorLinker().fit(catalog)
    linker.rerank_weights_ = _weights(answer=-10.0, fit=1.0)
    name = "客户投诉处理及时率"
    assert linker.link(name).method == "reranked"
    assert linker.link(name, function="customer_service").id == plain.link(name, function="customer_service").id
    assert linker.link(name, industry="retail").id == plain.link(name, industry="retail").id


def test_the_reranker_keeps_the_industry_convention(catalog, plain):
    # an industry's own indicator only when the name (or the caller) names the industry: 续费率 is the general
    # contract renewal rate, not education's renewal rate, whatever the learned weights prefer
    linker = IndicatorLinker().fit(catalog)
    linker.rerank_weights_ = _weights(answer=-10.0, fit=1.0)  # anything but the hand-set answer
    for name in ("续费率", "售罄率", "Capex intensity"):
        link = linker.link(name)
        ind = catalog.get(link.id) if link.id else None
        assert ind is None or "general" in ind.industries or link.id == plain.link(name).id, (name, link.id)
