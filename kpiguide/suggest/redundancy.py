"""Near-duplicate KPIs: two KPIs that measure the same thing under different names.

Used by the balance check (redundant KPIs within a role) and by the catalog's own
schema test.  Works on the fitted suggester's bilingual index: words alone, and words
with thesaurus concepts, the latter counted only as far as both texts mean the same
concepts.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Any, Protocol

import numpy as np

from kpiguide.core.model import Indicator, Kpi
from kpiguide.text.analysis import normalize

__all__ = ["TextVectorizer", "near_duplicates"]


class TextVectorizer(Protocol):
    """What the search needs of a fitted suggester (:class:`~kpiguide.suggest.engine.IndicatorSuggester`)."""

    def text_vector(self, text: str, *, concept_weight: float | None = None) -> dict[str, float]: ...

    def term_idf(self, term: str) -> float: ...


_MAX_CHARS = 200_000


def _kpi_text(item: Kpi | Indicator | str) -> str:
    """The text that identifies a KPI or indicator: its name(s)."""
    if isinstance(item, str):
        return item
    if isinstance(item, Indicator):
        return f"{item.name_zh} {item.name_en}"
    return item.name


def _gram(vectors: Sequence[Mapping[str, float]]) -> np.ndarray:
    """Pairwise dot products of sparse feature dicts (dense result; fine for a few thousand items)."""
    import scipy.sparse as sp  # heavy: loaded only when duplicates are searched

    columns: dict[str, int] = {}
    rows, cols, vals = [], [], []
    for r, vec in enumerate(vectors):
        for key, value in vec.items():
            rows.append(r)
            cols.append(columns.setdefault(key, len(columns)))
            vals.append(value)
    mat = sp.csr_matrix((vals, (rows, cols)), shape=(len(vectors), max(len(columns), 1)))
    return np.asarray((mat @ mat.T).todense())


def near_duplicates(
    suggester: TextVectorizer, kpis: Sequence[Kpi | Indicator | str], threshold: float
) -> list[tuple[Any, Any, float]]:
    """Pairs ``(a, b, similarity)`` at or above ``threshold``, most similar first (see ``similar_indicators``)."""
    items = list(kpis)
    texts = [_kpi_text(k)[:_MAX_CHARS] for k in items]
    # Two views: words alone, and words with concepts weighted up (synonyms such as 员工离职率 /
    # 员工流失率 count as shared wording).  The concept view counts only as far as the two texts mean
    # the same concepts (idf-weighted Jaccard of their concept sets, square root), so one shared
    # broad concept ("satisfaction") does not make "IT user satisfaction" a duplicate of
    # "supplier satisfaction".
    best = _gram([suggester.text_vector(x, concept_weight=0.0) for x in texts])
    concept_view = _gram([suggester.text_vector(x, concept_weight=3.0) for x in texts])
    best = np.maximum(best, concept_view * np.sqrt(_concept_agreement(suggester, texts)))
    # KPIs linked to the same catalog indicator, or with the same normalised name, are duplicates outright.
    groups: dict[tuple[str, str], list[int]] = {}
    for i, (item, text) in enumerate(zip(items, texts, strict=True)):
        if isinstance(item, Kpi) and item.indicator:
            groups.setdefault(("indicator", item.indicator), []).append(i)
        if normalize(text):
            groups.setdefault(("text", normalize(text)), []).append(i)
    for members in groups.values():
        for x in members:
            for y in members:
                if x != y:
                    best[x, y] = 1.0
    pairs: list[tuple[Any, Any, float]] = []
    for i, j in zip(*np.nonzero(np.triu(best >= threshold, k=1)), strict=True):
        pairs.append((items[i], items[j], round(min(float(best[i, j]), 1.0), 4)))
    return sorted(pairs, key=lambda p: -p[2])


def _concept_agreement(suggester: TextVectorizer, texts: Sequence[str]) -> np.ndarray:
    """Pairwise idf-weighted Jaccard overlap of the texts' thesaurus concepts (1 when both have none)."""
    sets = []
    for text in texts:
        vec = suggester.text_vector(text, concept_weight=1.0)
        sets.append({k: suggester.term_idf(k) for k in vec if k.startswith("~")})
    n = len(texts)
    out = np.ones((n, n))
    for i in range(n):
        for j in range(i + 1, n):
            a, b = sets[i], sets[j]
            if not a and not b:
                continue
            union = sum({**a, **b}.values())
            inter = sum(w for k, w in a.items() if k in b)
            out[i, j] = out[j, i] = inter / union if union > 0 else 0.0
    return out
