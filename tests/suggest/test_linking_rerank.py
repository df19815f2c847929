"""KPI linking, round 15: the learned re-ranker of a linked name's candidates (catalog/data/link_reranker.yaml)."""

from __future__ import annotations

import numpy as np
import pytest

from kpiguide.catalog import builtin_data_dir, load_catalog
from kpiguide.suggest.linking import RERANK_FEATURES, PractitionerName, load_reranker
from kpiguide.text.analysis import LINKER_WEIGHTS, _corpus_files


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


@pytest.fixture(scope="module")
def plain(catalog, fitted_linker):
    return fitted_linker(rerank=False)


def _weights(**named: float) -> np.ndarray:
    return np.asarray([named.get(f, 0.0) for f in RERANK_FEATURES])


def test_the_shipped_weights_cover_every_feature_and_are_not_read_for_words(fitted_linker):
    weights = load_reranker()
    assert set(weights) == set(RERANK_FEATURES) and any(weights.values())
    assert (builtin_data_dir() / LINKER_WEIGHTS).exists()
    assert LINKER_WEIGHTS not in {p.name for p in _corpus_files()}
    assert fitted_linker().rerank_weights_.any()
    assert not fitted_linker(rerank=False).rerank_weights_.any()


def test_load_reranker_reads_a_file_and_a_missing_one_is_empty(tmp_path):
    path = tmp_path / "w.yaml"
    path.write_text("weights:\n  score: 1.5\n  answer: -2\n", encoding="utf-8")
    assert load_reranker(path) == {"score": 1.5, "answer": -2.0}
    assert load_reranker(tmp_path / "missing.yaml") == {}


def test_the_features_flag_the_answer_and_count_the_labelled_names_support(catalog, plain, fitted_linker):
    name = "客户投诉处理及时率"
    link = plain.link(name)
    assert link.id is not None
    reading = plain.candidate_reading(name)
    linker = fitted_linker(rerank=False)
    linker.use_practitioner_names([PractitionerName("客户投诉处理及时率", (link.id,), ("fresh9",), 1)])
    rows, x = linker.rerank_features(name, link, reading)
    assert linker.indicators_[rows[0]].id == link.id or link.id in [linker.indicators_[r].id for r in rows]
    at = {linker.indicators_[r].id: n for n, r in enumerate(rows)}
    column = RERANK_FEATURES.index
    assert x[at[link.id], column("answer")] == 1.0 and x[:, column("answer")].sum() == 1.0
    assert x[at[link.id], column("neighbour_support")] == pytest.approx(1.0)  # the only close labelled name
    assert all(x[n, column("neighbour_support")] == 0.0 for n in range(len(rows)) if n != at[link.id])
    assert len(rows) <= 6


def test_the_label_prior_counts_the_labelled_names_of_a_candidate_and_is_off_by_default(catalog, plain, fitted_linker):
    name = "客户投诉处理及时率"  # round 17 (class b study): log(1 + labelled practitioners' names that are it)
    link = plain.link(name)
    reading = plain.candidate_reading(name)
    linker = fitted_linker(rerank=False)
    other = "一个无关的名称"
    linker.use_practitioner_names(
        [PractitionerName(n, (link.id,), ("fresh9",), 1) for n in (name, other, "另一个")]
        + [PractitionerName("没有指标", (), ("fresh9",), 1)]
    )
    rows, x = linker.rerank_features(name, link, reading)
    prior = x[:, RERANK_FEATURES.index("label_prior")]
    assert [linker.indicators_[r].id for r, v in zip(rows, prior, strict=True) if v] == [link.id]
    assert prior.max() == pytest.approx(np.log1p(3))
    assert load_reranker().get("label_prior", 0.0) == 0.0  # studied in leave-one-set-out, not wired in


def test_the_reranker_reorders_a_similar_link_keeps_its_confidence_and_never_unlinks(catalog, plain, fitted_linker):
    linker = fitted_linker()
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


def test_with_the_shipped_weights_the_hand_set_answer_usually_stays(catalog, plain, fitted_linker):
    linker = fitted_linker()
    names = ["员工离职率", "销售回款率", "Customer churn rate", "设备综合效率", "Cost per lead", "培训计划完成率"]
    assert [linker.link(n).id for n in names] == [plain.link(n).id for n in names]


def test_the_reranker_leaves_a_link_in_the_callers_context_to_the_hand_set_order(catalog, plain, fitted_linker):
    linker = fitted_linker()
    linker.rerank_weights_ = _weights(answer=-10.0, fit=1.0)
    name = "客户投诉处理及时率"
    assert linker.link(name).method == "reranked"
    assert linker.link(name, function="customer_service").id == plain.link(name, function="customer_service").id
    assert linker.link(name, industry="retail").id == plain.link(name, industry="retail").id


def test_the_reranker_keeps_the_industry_convention(catalog, plain, fitted_linker):
    # an industry's own indicator only when the name (or the caller) names the industry: 续费率 is the general
    # contract renewal rate, not education's renewal rate, whatever the learned weights prefer
    linker = fitted_linker()
    linker.rerank_weights_ = _weights(answer=-10.0, fit=1.0)  # anything but the hand-set answer
    for name in ("续费率", "售罄率", "Capex intensity"):
        link = linker.link(name)
        ind = catalog.get(link.id) if link.id else None
        assert ind is None or "general" in ind.industries or link.id == plain.link(name).id, (name, link.id)


def test_the_wide_list_adds_the_ranks_6_to_10_and_the_closest_labelled_names_indicators_and_says_so(
    catalog, plain, fitted_linker
):
    name = "客户投诉处理及时率"  # round 16 (rerank_wide): candidates for class (a), the right one outside the top 5
    link = plain.link(name)
    reading = plain.candidate_reading(name)
    assert len(reading.ranked) > 5
    outside = next(ind.id for ind in catalog.indicators if plain.rows_[ind.id] not in reading.fit)
    linker = fitted_linker(rerank=False, rerank_wide=True)
    linker.use_practitioner_names([PractitionerName("客户投诉处理及时率", (outside,), ("fresh9",), 1)])
    rows, x = linker.rerank_features(name, link, reading)
    ids = [linker.indicators_[r].id for r in rows]
    column = RERANK_FEATURES.index
    beyond, only = x[:, column("beyond_top5")], x[:, column("neighbour_only")]
    assert [linker.rows_[i] for i in ids[: len(rows) - int(beyond.sum()) - 1]] == [
        r for r in rows if r in reading.ranked[:5] or r == linker.rows_[link.id]
    ]
    assert {rows[n] for n in np.flatnonzero(beyond)} == set(reading.ranked[5:]) - {linker.rows_[link.id]}
    assert ids[-1] == outside and only.tolist() == [0.0] * (len(rows) - 1) + [1.0]
    narrow = fitted_linker(rerank=False)
    narrow.use_practitioner_names(linker.practitioners_)
    rows5, x5 = narrow.rerank_features(name, link, reading)
    assert rows5 == rows[: len(rows5)] and np.array_equal(x5, x[: len(rows5)])
    assert not x5[:, column("beyond_top5") :].any()


def test_the_learned_decision_is_shipped_and_off_without_the_reranker(catalog, fitted_linker):
    from kpiguide.suggest.linking import DECISION_FEATURES, load_decision

    decision = load_decision()
    assert len(decision["weights"]) == len(DECISION_FEATURES) and decision["weights"].any()
    assert 0 < decision["threshold_linked"] < 1 and 0 < decision["threshold_unlinked"] < 1
    assert fitted_linker().decision_
    assert not fitted_linker(decide=False).decision_
    assert not fitted_linker(rerank=False).decision_


def test_the_learned_decision_unlinks_or_links_says_so_and_keeps_the_conventions(catalog, fitted_linker):
    linker = fitted_linker()
    plain = fitted_linker(decide=False)
    zeros = np.zeros(len(linker.decision_["weights"]))
    name = "门店客流转化率"
    assert plain.link(name).id is not None
    linker.decision_ = {"weights": zeros, "intercept": -10.0, "threshold_linked": 0.5, "threshold_unlinked": 0.5}
    unlinked = linker.link(name, lang="en")
    assert unlinked.id is None and unlinked.method == "none" and "learned link-or-none" in unlinked.why
    assert unlinked.alternatives[0].id == plain.link(name).id
    exact = catalog.indicators[0].name_zh  # an exact catalog name is never changed
    assert linker.link(exact).id == catalog.indicators[0].id
    assert (
        linker.link(name, industry="retail").id == fitted_linker(decide=False).link(name, industry="retail").id
    )  # with the caller's context: the rules decide
    linker.decision_ = {"weights": zeros, "intercept": 10.0, "threshold_linked": 0.5, "threshold_unlinked": 0.5}
    other = next(n for n in ("Widget frobnication tally rate", "门店陈列合格率") if plain.link(n).id is None)
    linked = linker.link(other, lang="zh")
    assert linked.id is not None and linked.method == "decided" and "学习得到的关联判断" in linked.why
    assert linker.link("完成率").id is None  # a bare measure word stays unlinked


def test_the_decision_reads_an_unlinked_name_with_its_own_model_when_shipped(catalog, fitted_linker):
    # round 45: link_reranker.yaml's decision.unlinked (link_rerank_cv's SplitDecision) scores the names the re-ranker
    # leaves unlinked; the linked names keep the first model; without it, both read the first (as before)
    linker = fitted_linker()
    plain = fitted_linker(decide=False)
    zeros = np.zeros(len(linker.decision_["weights"]))
    name = "门店客流转化率"
    other = next(n for n in ("Widget frobnication tally rate", "门店陈列合格率") if plain.link(n).id is None)
    assert plain.link(name).id is not None
    linker.decision_ = {"weights": zeros, "intercept": -10.0, "threshold_linked": 0.5, "threshold_unlinked": 0.5,
                        "unlinked": {"weights": zeros, "intercept": 10.0}}  # fmt: skip
    assert linker.link(name).id is None  # the first model: P ~ 0 < 0.5, unlinked
    assert linker.link(other).method == "decided"  # its own model: P ~ 1 >= 0.5, linked
    del linker.decision_["unlinked"]
    assert linker.link(other).id is None  # the first model for both
    for change in ("客户满意率提升幅度", "Customer satisfaction improvement"):  # the growth of X is not X (round 19)
        assert plain.link(change).id is None and linker.link(change).id is None


def test_the_decision_reads_the_kind_of_quantity_of_its_candidate(catalog, fitted_linker):
    from kpiguide.suggest.linking import CANDIDATE_FEATURES, DECISION_FEATURES

    linker = fitted_linker()
    name = "订单履行周期"  # a time; its first candidate's unit is days
    reading = linker.candidate_reading(name)
    before = linker.link(name)
    cand, x = linker.decision_features(name, before, None, 0.0, reading, linker.closest_label(linker.near_names(name)))
    features = reading.features[linker.rows_[cand]]
    for f in ("kind_agrees", "kind_clashes"):
        assert x[DECISION_FEATURES.index(f)] == features[CANDIDATE_FEATURES.index(f)]
    assert x[DECISION_FEATURES.index("kind_agrees")] == 1.0
