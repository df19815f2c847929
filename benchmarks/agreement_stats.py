"""Agreement statistics of two labellers' yes/no labels, shared by the label-agreement benchmarks (issue 12).

``benchmarks/label_agreement.py`` (KPI linking: "has a catalog indicator?") and ``label_agreement_smart.py`` (SMART
"relevant") both report Cohen's kappa and percentile bootstrap intervals; this is their one implementation.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass


@dataclass(frozen=True)
class Agreement:
    """The 2x2 table of two labellers' "relevant" labels over the same pairs."""

    pairs: int
    first: int  # relevant by the first labeller
    second: int  # relevant by the second labeller
    both: int  # relevant by both

    @property
    def raw(self) -> float:
        """Share of pairs both label the same way."""
        return (self.pairs - self.first - self.second + 2 * self.both) / self.pairs if self.pairs else math.nan

    @property
    def chance(self) -> float:
        """Agreement expected from two independent labellers with these relevant shares."""
        if not self.pairs:
            return math.nan
        p1, p2 = self.first / self.pairs, self.second / self.pairs
        return p1 * p2 + (1 - p1) * (1 - p2)

    @property
    def kappa(self) -> float:
        """Cohen's kappa: (observed - chance) / (1 - chance); 1.0 when both agree on every pair of one class."""
        if not self.pairs:
            return math.nan
        if self.chance == 1.0:
            return 1.0 if self.raw == 1.0 else math.nan
        return (self.raw - self.chance) / (1 - self.chance)

    @property
    def precision(self) -> float:
        """Precision of the second labeller's "relevant", scored against the first labeller's."""
        return self.both / self.second if self.second else math.nan

    @property
    def recall(self) -> float:
        """Recall of the second labeller's "relevant", scored against the first labeller's."""
        return self.both / self.first if self.first else math.nan

    def reverse(self) -> Agreement:
        """The same table with the labellers swapped (the first scored against the second)."""
        return Agreement(self.pairs, self.second, self.first, self.both)


def agreement(first: Sequence[bool], second: Sequence[bool]) -> Agreement:
    """Count the 2x2 table of two equally long label lists (same pairs, same order)."""
    if len(first) != len(second):
        raise ValueError(f"the two label lists differ in length: {len(first)} vs {len(second)}")
    return Agreement(len(first), sum(first), sum(second), sum(a and b for a, b in zip(first, second, strict=True)))


def cohen_kappa(first: Sequence[bool], second: Sequence[bool]) -> float:
    """Cohen's kappa of two labellers' boolean labels."""
    return agreement(first, second).kappa


def percentile_interval(draws: list[float]) -> tuple[float, float]:
    """The 95% percentile interval of bootstrap draws (nan draws dropped; nan, nan when none is left)."""
    values = sorted(d for d in draws if not math.isnan(d))
    if not values:
        return math.nan, math.nan
    return values[int(0.025 * (len(values) - 1))], values[int(0.975 * (len(values) - 1))]
