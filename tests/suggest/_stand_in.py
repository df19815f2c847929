"""A stand-in sentence encoder for the tests of readings by meaning (no model needed)."""

from __future__ import annotations

import numpy as np


class StandInEncoder:
    """A stand-in encoder: archetype k is the unit vector k; the query's vector is given."""

    def __init__(self, n: int, query: np.ndarray) -> None:
        self.n, self.query = n, query

    def encode_cached(self, texts: list[str], kind: str) -> np.ndarray:
        return np.eye(self.n)

    def encode_one(self, text: str) -> np.ndarray:
        return self.query
