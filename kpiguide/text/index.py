"""A sparse bilingual text index: BM25-style weighted word, bigram and concept features.

Used by :mod:`kpiguide.suggest.engine` (indicators) and :mod:`kpiguide.suggest.cascade` (strategy
templates).  Documents are given as weighted fields, e.g. ``[(name, 3.0), (definition, 1.0)]``;
each row of the matrix is BM25-saturated term weight × idf, L2-normalised, so a query
score (cosine) lies in [0, 1].

:meth:`BilingualIndex.build` keeps what it builds in the artifact cache (:mod:`kpiguide.core.cache`),
keyed by the documents, the parameters, the tokenizer and this code: a process that finds an index
there loads its arrays (memory-mapped) and vocabulary instead of segmenting every document again.
Every engine that indexes text (suggestions, linking, roles, strategy templates) shares it.
"""

from __future__ import annotations

import json
import math
from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path
from typing import Any

import numpy as np
import scipy.sparse as sp

from kpiguide.core.cache import default_cache, digest, read_json, write_json
from kpiguide.text.analysis import Analysis, analyze, tokenizer_signature

__all__ = ["BilingualIndex", "QueryVector"]

_INDEX_FORMAT = "1"
_ARRAYS = ("data", "indices", "indptr", "csc_data", "csc_indices", "csc_indptr", "idf")


@cache
def _code_version() -> str:
    return digest(_INDEX_FORMAT, Path(__file__).read_bytes())


@lru_cache(maxsize=200_000)
def _cached_analysis(text: str, use_thesaurus: bool) -> Analysis:
    return analyze(text, use_thesaurus=use_thesaurus)


@dataclass(frozen=True)
class QueryVector:
    """A query as the index sees it: feature columns, their weights, and the analysis for explanations."""

    columns: np.ndarray
    weights: np.ndarray
    features: Mapping[str, float]
    analysis: Analysis
    n_terms: int

    @property
    def empty(self) -> bool:
        return self.columns.size == 0

    def reweighted(self, factors: Mapping[str, float]) -> QueryVector:
        """The same query with some features' weights multiplied by ``factors`` (re-normalised)."""
        if not factors:
            return self
        keys = list(self.features)
        weights = np.asarray([self.features[k] * factors.get(k, 1.0) for k in keys], dtype=np.float64)
        total = float(np.sqrt((weights**2).sum()))
        if total <= 0:
            return self
        weights = weights / total
        return QueryVector(
            self.columns, weights, dict(zip(keys, weights.tolist(), strict=True)), self.analysis, self.n_terms
        )

    def without(self, features: Collection[str]) -> QueryVector:
        """The same query with ``features`` weighted 0 (re-normalised); the query itself when they are all it has."""
        return self.reweighted({f: 0.0 for f in self.features if f in features})


@dataclass(frozen=True)
class BilingualIndex:
    """Fitted sparse index over documents made of weighted text fields.

    Build with :meth:`build`.  ``matrix`` is CSR (documents × features), ``matrix_csc``
    the same in CSC for fast scoring of short queries.
    """

    vocabulary: Mapping[str, int]
    idf: np.ndarray
    matrix: sp.csr_matrix
    matrix_csc: sp.csc_matrix
    bigram_weight: float
    concept_weight: float
    use_thesaurus: bool
    terms: tuple[str, ...] = field(repr=False, default=())

    @classmethod
    def build(
        cls,
        documents: Sequence[Sequence[tuple[str, float]]],
        *,
        bigram_weight: float = 0.5,
        concept_weight: float = 1.0,
        use_thesaurus: bool = True,
        k1: float = 1.2,
        b: float = 0.5,
        cache: bool = True,
    ) -> BilingualIndex:
        """The index of ``documents`` (from the artifact cache when built before with the same inputs)."""
        params: dict[str, Any] = {
            "bigram_weight": float(bigram_weight),
            "concept_weight": float(concept_weight),
            "use_thesaurus": bool(use_thesaurus),
            "k1": float(k1),
            "b": float(b),
        }
        if not cache:
            return cls._build(documents, **params)
        docs = [[[str(text or ""), float(weight)] for text, weight in fields] for fields in documents]
        key = digest(_code_version(), tokenizer_signature(), json.dumps([docs, params], ensure_ascii=False))
        return default_cache().get("index", key, lambda: cls._build(documents, **params), _save_index, _load_index)

    @classmethod
    def _build(
        cls,
        documents: Sequence[Sequence[tuple[str, float]]],
        *,
        bigram_weight: float,
        concept_weight: float,
        use_thesaurus: bool,
        k1: float,
        b: float,
    ) -> BilingualIndex:
        counts: list[defaultdict[str, float]] = []
        for fields in documents:
            doc: defaultdict[str, float] = defaultdict(float)
            for text, weight in fields:
                if not text or weight <= 0:
                    continue
                feats = _cached_analysis(text, use_thesaurus).features(1.0, bigram_weight, concept_weight)
                for key, value in feats.items():
                    doc[key] += value * weight
            counts.append(doc)
        vocab: dict[str, int] = {}
        rows: list[int] = []
        cols: list[int] = []
        vals: list[float] = []
        for r, doc in enumerate(counts):
            for key, value in doc.items():
                c = vocab.setdefault(key, len(vocab))
                rows.append(r)
                cols.append(c)
                vals.append(value)
        n_docs = max(len(counts), 1)
        tf = sp.csr_matrix(
            (np.asarray(vals, dtype=np.float64), (np.asarray(rows), np.asarray(cols))),
            shape=(len(counts), len(vocab)),
        )
        df = np.bincount(tf.indices, minlength=len(vocab)).astype(np.float64)
        idf = np.log1p((n_docs - df + 0.5) / (df + 0.5))
        lengths = np.asarray(tf.sum(axis=1)).ravel()
        avg = float(lengths.mean()) if lengths.size else 1.0
        norm = k1 * (1 - b + b * lengths / (avg or 1.0))
        data = tf.data.copy()
        row_of = np.repeat(np.arange(tf.shape[0]), np.diff(tf.indptr))
        data = data * (k1 + 1) / (data + norm[row_of]) * idf[tf.indices]
        weighted = sp.csr_matrix((data, tf.indices.copy(), tf.indptr.copy()), shape=tf.shape)
        row_norms = np.sqrt(np.asarray(weighted.multiply(weighted).sum(axis=1)).ravel())
        row_norms[row_norms == 0] = 1.0
        weighted = sp.csr_matrix(sp.diags(1.0 / row_norms) @ weighted)
        weighted.sort_indices()
        terms = [""] * len(vocab)
        for key, c in vocab.items():
            terms[c] = key
        return cls(
            vocabulary=vocab,
            idf=idf,
            matrix=weighted,
            matrix_csc=weighted.tocsc(),
            bigram_weight=bigram_weight,
            concept_weight=concept_weight,
            use_thesaurus=use_thesaurus,
            terms=tuple(terms),
        )

    @property
    def n_documents(self) -> int:
        return int(self.matrix.shape[0])

    def query(self, text: str, analysis: Analysis | None = None) -> QueryVector:
        """Vectorise a query (sub-linear term frequency × idf, L2-normalised)."""
        analysis = analysis or analyze(text, use_thesaurus=self.use_thesaurus)
        feats = analysis.features(1.0, self.bigram_weight, self.concept_weight)
        cols: list[int] = []
        weights: list[float] = []
        kept: dict[str, float] = {}
        for key, value in feats.items():
            c = self.vocabulary.get(key)
            if c is None:
                continue
            w = (1.0 + math.log(value) if value >= 1 else value) * float(self.idf[c])
            cols.append(c)
            weights.append(w)
            kept[key] = w
        arr = np.asarray(weights, dtype=np.float64)
        total = float(np.sqrt((arr**2).sum())) if arr.size else 0.0
        if total > 0:
            arr = arr / total
            kept = {k: v / total for k, v in kept.items()}
        return QueryVector(np.asarray(cols, dtype=np.int64), arr, kept, analysis, len(feats))

    def vector(self, text: str, *, concept_weight: float | None = None) -> dict[str, float]:
        """A standalone L2-normalised feature vector of ``text`` for text-to-text comparison.

        Unlike :meth:`query`, features unknown to the index are kept (with the idf of an
        unseen term), so two texts can be compared on words the catalog never uses.
        """
        analysis = _cached_analysis(text, self.use_thesaurus)
        cw = self.concept_weight if concept_weight is None else concept_weight
        feats = analysis.features(1.0, self.bigram_weight, cw)
        unseen = float(np.log1p((self.n_documents + 0.5) / 0.5))
        out: dict[str, float] = {}
        for key, value in feats.items():
            c = self.vocabulary.get(key)
            idf = float(self.idf[c]) if c is not None else unseen
            out[key] = (1.0 + math.log(value) if value >= 1 else value) * idf
        total = math.sqrt(sum(v * v for v in out.values()))
        return {k: v / total for k, v in out.items()} if total > 0 else {}

    def scores(self, q: QueryVector) -> np.ndarray:
        """Cosine score of every document for the query (zeros for an empty query)."""
        if q.empty:
            return np.zeros(self.n_documents)
        sub = self.matrix_csc[:, q.columns]
        return np.asarray(sub @ q.weights).ravel()

    def as_sparse(self, q: QueryVector) -> sp.csr_matrix:
        return sp.csr_matrix(
            (q.weights, (np.zeros(q.columns.size, dtype=np.int64), q.columns)), shape=(1, len(self.vocabulary))
        )

    def contributions(self, q: QueryVector, doc: int) -> list[tuple[str, float]]:
        """Features shared by the query and document ``doc`` with their share of the score, largest first."""
        start, end = self.matrix.indptr[doc], self.matrix.indptr[doc + 1]
        row = dict(zip(self.matrix.indices[start:end].tolist(), self.matrix.data[start:end].tolist(), strict=True))
        out = [
            (self.terms[c], w * row[c]) for c, w in zip(q.columns.tolist(), q.weights.tolist(), strict=True) if c in row
        ]
        return sorted(out, key=lambda kv: -kv[1])

    def pairwise(self, docs: Sequence[int]) -> np.ndarray:
        """Cosine similarity matrix of the given documents."""
        sub = self.matrix[list(docs)]
        return np.asarray((sub @ sub.T).todense())

    def similarities(self, doc: int) -> np.ndarray:
        """Cosine similarity of document ``doc`` to every document (one sparse product; index it with the rows
        wanted instead of building :meth:`pairwise` matrices one small set at a time)."""
        start, end = self.matrix.indptr[doc], self.matrix.indptr[doc + 1]
        return np.asarray(self.matrix_csc[:, self.matrix.indices[start:end]] @ self.matrix.data[start:end]).ravel()


def _save_index(index: BilingualIndex, folder: Path) -> None:
    csr, csc = index.matrix, index.matrix_csc
    arrays = {
        "data": csr.data,
        "indices": csr.indices,
        "indptr": csr.indptr,
        "csc_data": csc.data,
        "csc_indices": csc.indices,
        "csc_indptr": csc.indptr,
        "idf": index.idf,
    }
    for name, array in arrays.items():
        np.save(folder / f"{name}.npy", np.ascontiguousarray(array), allow_pickle=False)
    write_json(folder / "terms.json", list(index.terms))
    write_json(
        folder / "meta.json",
        {
            "shape": list(csr.shape),
            "bigram_weight": index.bigram_weight,
            "concept_weight": index.concept_weight,
            "use_thesaurus": index.use_thesaurus,
        },
    )


def _load_index(folder: Path) -> BilingualIndex:
    meta = read_json(folder / "meta.json")
    terms = read_json(folder / "terms.json")
    a = {name: np.load(folder / f"{name}.npy", mmap_mode="r", allow_pickle=False) for name in _ARRAYS}
    n_docs, n_terms = (int(v) for v in meta["shape"])
    if len(terms) != n_terms or a["idf"].shape != (n_terms,) or a["indptr"].shape != (n_docs + 1,):
        raise ValueError("index arrays do not fit together")
    if a["csc_indptr"].shape != (n_terms + 1,) or a["data"].shape != a["indices"].shape:
        raise ValueError("index arrays do not fit together")
    csr = sp.csr_matrix((a["data"], a["indices"], a["indptr"]), shape=(n_docs, n_terms), copy=False)
    csc = sp.csc_matrix((a["csc_data"], a["csc_indices"], a["csc_indptr"]), shape=(n_docs, n_terms), copy=False)
    return BilingualIndex(
        vocabulary={term: i for i, term in enumerate(terms)},
        idf=a["idf"],
        matrix=csr,
        matrix_csc=csc,
        bigram_weight=float(meta["bigram_weight"]),
        concept_weight=float(meta["concept_weight"]),
        use_thesaurus=bool(meta["use_thesaurus"]),
        terms=tuple(terms),
    )
