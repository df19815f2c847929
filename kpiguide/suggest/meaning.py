"""The closeness in meaning of an English query to a few candidate indicators (issue 12 round 18, variant 2).

For an English query the engine reads weakly (no department, no role named by its title, no stated strategy), its first
:data:`DEPTH` suggestions are re-ranked by reciprocal-rank fusion of the engine's order and their order by the cosine
between the query's sentence embedding (:mod:`kpiguide.text.embedding`) and each indicator's English name and
definition: ``1 / (2 + rank) + WEIGHT / (2 + rank by meaning)``.  Chosen by nested leave-one-set-out over the
suggestion development sets (``benchmarks/suggest_embedding_study.py --indicators``).

Only the candidates are embedded, never the whole catalog at fit: each indicator text's vector is memoised in the
process (:meth:`~kpiguide.text.embedding.SentenceEncoder.encode_memoised`, shared by every engine on the model), and the real catalog's vectors, once stored in the artifact cache
(``kpiguide cache build``, ``kpiguide serve``: :func:`kpiguide.suggest.cache.build_cache`), are read from there.
"""

from __future__ import annotations

from collections.abc import Hashable, Sequence
from typing import TypeVar

import numpy as np

from kpiguide.core.model import Indicator
from kpiguide.text.embedding import SentenceEncoder

__all__ = [
    "CONSTANT",
    "DEPTH",
    "KIND",
    "WEIGHT",
    "IndicatorsByMeaning",
    "indicator_text",
    "rank_fusion",
]

WEIGHT = 0.5  # weight of the order by meaning (grid 0.25 / 0.5 / 1.0) ...
DEPTH = 30  # ... over the engine's first 30 (grid 10 / 30: later ones may enter the first ten)
CONSTANT = 2.0  # the fusion constant (as the text fusion, engine._FUSION_CONSTANT)
KIND = "indicator_embedding"  # the artifact cache's kind for a catalog's vectors

_T = TypeVar("_T", bound=Hashable)


def rank_fusion(primary: Sequence[_T], secondary: Sequence[_T], weight: float, constant: float = CONSTANT) -> list[_T]:
    """Reciprocal-rank fusion of two ranked lists: ``1 / (constant + rank) + weight / (constant + rank in secondary)``
    (ranks from 1); ties keep ``primary``'s order, items only in ``secondary`` after them.  The engine's text fusion and
    the order by meaning both use it."""
    score: dict[_T, float] = {}
    for r, i in enumerate(primary):
        score[i] = score.get(i, 0.0) + 1.0 / (constant + r + 1)
    for r, i in enumerate(secondary):
        score[i] = score.get(i, 0.0) + weight / (constant + r + 1)
    place = {i: r for r, i in enumerate(primary)}
    return sorted(score, key=lambda i: (-score[i], place.get(i, len(place))))


def indicator_text(indicator: Indicator) -> str:
    """The English text an indicator is embedded from: its name and definition."""
    return f"{indicator.name_en}. {indicator.definition_en}".strip()


class IndicatorsByMeaning:
    """A catalog's indicators, embedded on demand, to re-rank an English query's candidates by meaning."""

    def __init__(self, indicators: Sequence[Indicator], encoder: SentenceEncoder) -> None:
        self.texts = tuple(indicator_text(ind) for ind in indicators)
        self.encoder = encoder

    def preload(self, *, compute: bool = False) -> int:
        """Put the catalog's vectors stored in the artifact cache in the process memo (``compute``: embed and store
        them when they are not stored: minutes for 10,000 indicators); how many are memoised."""
        vectors = self.encoder.encode_cached(list(self.texts), kind=KIND, stored_only=not compute)
        if len(vectors) == len(self.texts):
            self.encoder.remember(self.texts, vectors)
        return len(vectors)

    def vectors(self, rows: Sequence[int]) -> np.ndarray:
        """The vectors of the indicators at ``rows`` (the missing ones embedded in one batch and memoised)."""
        return self.encoder.encode_memoised([self.texts[i] for i in rows])

    def rerank(
        self, query: str, picked: Sequence[int], weight: float = WEIGHT, depth: int = DEPTH
    ) -> tuple[list[int], dict[int, float]]:
        """The engine's list ``picked`` with its first ``depth`` fused with their order by meaning (weight
        ``weight``; the rest after them), and the indicators lifted by meaning (placed higher than the engine placed
        them, and higher by meaning than by the engine) with their cosine to ``query``."""
        first = list(picked[:depth])
        if not first:
            return list(picked), {}
        sims = self.vectors(first) @ self.encoder.encode_one(query)
        order = [first[k] for k in np.argsort(-sims, kind="stable")]
        by_meaning = {i: r for r, i in enumerate(order)}
        place = {i: r for r, i in enumerate(first)}
        fused = rank_fusion(first, order, weight)
        lifted = {i: float(sims[place[i]]) for r, i in enumerate(fused) if r < place[i] and by_meaning[i] < place[i]}
        return fused + list(picked[depth:]), lifted
