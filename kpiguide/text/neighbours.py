"""Near names: which of a set of known names is closest to a new one, by its characters.

Practitioners write the same measure in many near variants (回款率 / 销售回款率 / 货款回收率, "Days Sales
Outstanding" / "DSO days"); a labelled name is evidence for the names that are written almost like it.
:class:`NameNeighbours` compares normalised names (the caller's key: no spaces, no punctuation) by their character
2- and 3-grams (with a start and an end mark), each weighted by its idf over the known names, as a cosine in [0, 1].
Deterministic: of equally close names the first known one wins.
"""

from __future__ import annotations

import math
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.sparse import csr_matrix

__all__ = ["NameNeighbours", "char_grams"]


def char_grams(key: str) -> Counter[str]:
    """The character 2- and 3-grams of ``key`` with a start (^) and an end ($) mark: "回款率" → ^回, 回款, … 率$."""
    padded = f"^{key}$"
    return Counter(padded[i : i + n] for n in (2, 3) for i in range(len(padded) - n + 1))


@dataclass(frozen=True)
class NameNeighbours:
    """The known names' character-gram vectors (rows, unit length) and the grams' idf."""

    vocabulary: dict[str, int]
    idf: np.ndarray
    matrix: csr_matrix

    @classmethod
    def build(cls, keys: Sequence[str]) -> NameNeighbours:
        counts = [char_grams(k) for k in keys]
        df = Counter(g for c in counts for g in c)
        grams = sorted(df)
        vocabulary = {g: i for i, g in enumerate(grams)}
        idf = np.asarray([math.log((1 + len(keys)) / (1 + df[g])) + 1.0 for g in grams])
        rows: list[int] = []
        cols: list[int] = []
        values: list[float] = []
        for row, count in enumerate(counts):
            vector = _unit({vocabulary[g]: n * float(idf[vocabulary[g]]) for g, n in count.items()})
            rows += [row] * len(vector)
            cols += list(vector)
            values += list(vector.values())
        matrix = csr_matrix((values, (rows, cols)), shape=(len(keys), len(grams)))
        return cls(vocabulary, idf, matrix)

    def __len__(self) -> int:
        return int(self.matrix.shape[0])

    def similarities(self, key: str) -> np.ndarray:
        """The cosine similarity of ``key`` to every known name (grams no known name has count in its length)."""
        count = char_grams(key)
        rare = float(self.idf.max()) if len(self.idf) else 1.0
        weights = {
            g: n * (float(self.idf[self.vocabulary[g]]) if g in self.vocabulary else rare) for g, n in count.items()
        }
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        known = [(self.vocabulary[g], w / norm) for g, w in weights.items() if g in self.vocabulary]
        if not known or not len(self):
            return np.zeros(len(self))
        cols, values = zip(*known, strict=True)
        return np.asarray(self.matrix[:, list(cols)] @ np.asarray(values)).ravel()

    def closest(self, key: str) -> tuple[int, float]:
        """The closest known name (its row) and its similarity; (-1, 0.0) when none shares a gram."""
        return self.best(self.similarities(key))

    @staticmethod
    def best(sims: np.ndarray) -> tuple[int, float]:
        """The row of the highest of :meth:`similarities` (the first of equals) and its value; (-1, 0.0) when none
        is above 0."""
        if not len(sims):
            return -1, 0.0
        row = int(np.argmax(sims))
        return (row, float(sims[row])) if sims[row] > 0 else (-1, 0.0)


def _unit(vector: dict[int, float]) -> dict[int, float]:
    norm = math.sqrt(sum(v * v for v in vector.values())) or 1.0
    return {k: v / norm for k, v in vector.items()}
