"""KPI linking, round 18: meaning similarity from the sentence encoder (features of the re-ranker and the decision).

The encoder is replaced by a deterministic fake (:func:`kpiguide.suggest.linking.meaning_vectors`): these tests check
what the linker does with the vectors, not the model (tests/text/test_embedding.py does)."""

from __future__ import annotations

import zlib

import numpy as np
import pytest

from kpiguide.catalog import load_catalog
from kpiguide.suggest import linking
from kpiguide.suggest.linking import (
    DECISION_FEATURES,
    MEANING_FEATURES,
    RERANK_FEATURES,
    PractitionerName,
    load_decision,
    load_reranker,
)


@pytest.fixture(scope="module")
def catalog():
    return load_catalog()


def _fake(texts):
    """A unit vector per text, the same for the same lower-cased words (a fake of the encoder)."""
    out = []
    for text in texts:
        v = np.zeros(16)
        for word in text.lower().split():
            v[zlib.crc32(word.encode()) % 16] += 1.0
        out.append(v / (np.linalg.norm(v) or 1.0))
    return np.asarray(out)


@pytest.fixture
def meaning(monkeypatch, catalog, fitted_linker):
    monkeypatch.setattr(linking, "meaning_vectors", _fake)
    linker = fitted_linker(rerank=False)
    linker.meaning_ = True
    return linker


def test_the_meaning_features_are_off_unless_the_shipped_weights_read_them(catalog, fitted_linker):
    weights, decision = load_reranker(), load_decision()
    used = [weights.get(f, 0.0) for f in MEANING_FEATURES] + [
        w for f, w in zip(DECISION_FEATURES, decision["weights"], strict=True) if f in MEANING_FEATURES
    ]
    linker = fitted_linker()
    assert linker.meaning_ == (any(used) and linking.meaning_available())
    if not linker.meaning_:
        assert linker.name_meaning("Customer churn rate") is None
        assert not linker.meanings("Customer churn rate", [0, 1]).any()


def test_meaning_is_the_best_cosine_over_the_english_names_and_zero_without_latin_letters(meaning, catalog):
    ind = next(i for i in catalog.indicators if len(i.name_en.split()) >= 2)
    row = meaning.rows_[ind.id]
    assert meaning.meanings(ind.name_en, [row])[0] == pytest.approx(1.0)
    assert meaning.meanings(ind.name_zh, [row])[0] == 0.0  # no Latin letters: 0
    assert meaning.name_meaning("客户满意度") is None


def test_the_reranker_and_decision_read_meaning_and_the_closest_name_by_meaning(meaning, catalog):
    name = "Customer churn rate"
    link = meaning.link(name)
    reading = meaning.candidate_reading(name)
    meaning.use_practitioner_names([PractitionerName("customer churn rate", (), ("fresh9",), 1)])
    rows, x = meaning.rerank_features(name, link, reading)
    m, r = x[:, RERANK_FEATURES.index("meaning")], x[:, RERANK_FEATURES.index("relative_meaning")]
    assert np.allclose(m, meaning.meanings(name, rows)) and (m >= 0).all()
    assert r.max() == pytest.approx(0.0) and np.allclose(r, m - m.max())
    _, d = meaning.decision_features(name, link, link.id, 0.0, reading, meaning.closest_label(meaning.near_names(name)))
    assert d[DECISION_FEATURES.index("near_meaning")] == pytest.approx(1.0)  # same words, another case
    assert d[DECISION_FEATURES.index("near_meaning_none")] == 1.0
    _, zh = meaning.decision_features("客户流失率", link, link.id, 0.0, reading, (0.0, None))
    assert not zh[[DECISION_FEATURES.index(f) for f in ("meaning", "near_meaning", "near_meaning_none")]].any()


def test_a_decision_that_reads_meaning_says_so_in_both_languages(monkeypatch, catalog, fitted_linker):
    monkeypatch.setattr(linking, "meaning_vectors", _fake)
    linker = fitted_linker()
    linker.meaning_ = True
    zeros = np.zeros(len(DECISION_FEATURES))
    linker.decision_ = {"weights": zeros, "intercept": -10.0, "threshold_linked": 0.5, "threshold_unlinked": 0.5}
    name = next(n for n in ("Store visitor conversion rate", "Customer churn rate") if linker.link(n).method == "none")
    assert "meaning similarity" in linker.link(name, lang="en").why
    assert "语义相似度" in linker.link(name, lang="zh").why
    assert "语义相似度" not in linker.link("门店客流转化率", lang="zh").why  # no Latin letters: not read
