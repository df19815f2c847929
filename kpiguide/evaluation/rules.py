"""Scoring rules, rating bands and aggregation defaults, read from data files.

The shipped file is ``kpiguide/evaluation_rules/scoring.yaml``; users pass their
own files of the same shape to :func:`load_rules` (later files win, rule by rule).
Every function here works on numpy arrays so that 100,000 people × 8 KPIs score
in one pass.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

import numpy as np

from kpiguide.core.errors import InputError, Problem
from kpiguide.core.structured import load_package_yaml, load_yaml_text
from kpiguide.core.textfile import read_text

__all__ = [
    "AGGREGATIONS",
    "RULE_KINDS",
    "RatingBand",
    "Rules",
    "ScoringRule",
    "achievement",
    "guide_shares",
    "load_rules",
]

# A formula that divides or averages defines a rate or level, whatever its unit (basket size in CNY).
# Input vocabulary (words in formulas people write), not user-facing text.
_RATIO = re.compile(r"÷|\s/\s|平均|均值|比例|average|mean|ratio|\bper\b", re.IGNORECASE)
RULE_KINDS = ("linear", "piecewise", "pass_fail", "bands", "range")
AGGREGATIONS = ("sum", "mean", "last")


@dataclass(frozen=True)
class ScoringRule:
    """One named rule: ``kind`` plus its parameters (see ``scoring.yaml``)."""

    name: str
    kind: str
    params: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "params", MappingProxyType(dict(self.params)))

    def describe(self) -> dict[str, Any]:
        return {"name": self.name, "kind": self.kind, **{k: _plain(v) for k, v in self.params.items()}}

    def score(self, ach: np.ndarray, met: np.ndarray) -> np.ndarray:
        """Points for achievements ``ach`` (ratios); ``met`` is the pass/fail test per item."""
        p = self.params
        if self.kind == "linear":
            return np.clip(ach * 100.0, float(p.get("floor", 0)), float(p.get("cap", 120)))
        if self.kind == "range":
            return np.clip(ach * 100.0, 0.0, float(p.get("cap", 100)))
        if self.kind == "pass_fail":
            return np.where(met, float(p.get("pass", 100)), float(p.get("fail", 0)))
        if self.kind == "piecewise":
            pts = np.asarray(p["points"], dtype=float)
            out = np.interp(ach, pts[:, 0], pts[:, 1])
            return np.where(ach < pts[0, 0], float(p.get("below", 0)), out)
        if self.kind == "bands":
            table = np.asarray(p["bands"], dtype=float)
            idx = np.searchsorted(table[:, 0], ach, side="right") - 1
            return np.where(idx >= 0, table[np.clip(idx, 0, None), 1], 0.0)
        raise ValueError(f"Unknown rule kind {self.kind!r}")


def _plain(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


@dataclass(frozen=True)
class RatingBand:
    code: str
    min: float | None


@dataclass(frozen=True)
class Rules:
    """All scoring data in force: rules by name, rating bands, guide, aggregation by unit."""

    rules: Mapping[str, ScoringRule]
    ratings: tuple[RatingBand, ...]
    distribution_guide: tuple[tuple[tuple[str, ...], float], ...] = ()
    aggregation_by_unit: Mapping[str, str] = field(default_factory=dict)
    default_aggregation: str = "mean"

    def __post_init__(self) -> None:
        object.__setattr__(self, "rules", MappingProxyType(dict(self.rules)))
        object.__setattr__(self, "aggregation_by_unit", MappingProxyType(dict(self.aggregation_by_unit)))

    @property
    def rating_codes(self) -> tuple[str, ...]:
        return tuple(b.code for b in self.ratings)

    def rate(self, scores: np.ndarray) -> np.ndarray:
        """Rating code per score (object array); NaN scores get ``""``."""
        scores = np.asarray(scores, dtype=float)
        out = np.full(scores.shape, "", dtype=object)
        todo = ~np.isnan(scores)
        for band in self.ratings:
            hit = todo & (True if band.min is None else scores >= band.min)
            out[hit] = band.code
            todo &= ~hit
        return out

    def aggregation_for(self, unit: str, formula: str = "") -> str:
        """``sum``/``mean``/``last`` for a KPI: a ratio or average formula means ``mean``, else by unit."""
        if _RATIO.search(formula or ""):
            return "mean"
        return self.aggregation_by_unit.get(unit.strip(), self.default_aggregation)

    def to_dict(self) -> dict[str, Any]:
        return {
            "rules": {n: r.describe() for n, r in self.rules.items()},
            "ratings": [{"code": b.code, "min": b.min} for b in self.ratings],
            "distribution_guide": [{"ratings": list(r), "share": s} for r, s in self.distribution_guide],
        }


def _read(source: str | Path | None) -> tuple[str, dict[str, Any]]:
    if source is None:
        entry = resources.files("kpiguide") / "evaluation_rules" / "scoring.yaml"
        return "scoring.yaml", load_package_yaml(entry.read_text(encoding="utf-8")) or {}
    path = Path(source)
    text, _ = read_text(path)
    data = load_yaml_text(text, str(path)) or {}
    if not isinstance(data, dict):
        problem = Problem(
            f"the file must hold a mapping (rules:, ratings: ...), found {type(data).__name__}", str(path)
        )
        raise InputError(f"Cannot read scoring rules from {str(path)!r}", [problem])
    return path.name, data


def _check_rule(name: str, spec: Any, where: str, problems: list[Problem]) -> ScoringRule | None:
    if not isinstance(spec, Mapping) or spec.get("kind") not in RULE_KINDS:
        kind = spec.get("kind") if isinstance(spec, Mapping) else spec
        problems.append(
            Problem(f"rule {name!r} has kind {kind!r}; use one of {', '.join(RULE_KINDS)}", where, field=name)
        )
        return None
    params = {k: v for k, v in spec.items() if k != "kind"}
    kind = spec["kind"]
    if kind in ("piecewise", "bands"):
        key = "points" if kind == "piecewise" else "bands"
        table = params.get(key)
        try:
            arr = np.asarray(table, dtype=float)
            ok = arr.ndim == 2 and arr.shape[1] == 2 and len(arr) >= 1 and bool(np.all(np.diff(arr[:, 0]) > 0))
        except (TypeError, ValueError):
            ok = False
        if not ok:
            problems.append(
                Problem(
                    f"rule {name!r} needs `{key}`: a list of [achievement, score] pairs with rising achievement, "
                    f"got {table!r}",
                    where,
                    field=f"{name}.{key}",
                )
            )
            return None
    for key in ("floor", "cap", "pass", "fail", "falloff", "zero_tolerance", "below"):
        if key in params and not isinstance(params[key], int | float):
            problems.append(Problem(f"rule {name!r}: {key} must be a number, got {params[key]!r}", where, field=name))
            return None
    if kind == "linear" and float(params.get("floor", 0)) > float(params.get("cap", 120)):
        problems.append(Problem(f"rule {name!r}: floor {params['floor']!r} is above cap", where, field=name))
        return None
    return ScoringRule(name, kind, params)


def load_rules(*extra: str | Path) -> Rules:
    """The shipped scoring data, updated by each file in ``extra`` in order.

    Raises :class:`InputError` listing every problem found in the files.
    """
    problems: list[Problem] = []
    rules: dict[str, ScoringRule] = {}
    ratings: tuple[RatingBand, ...] = ()
    guide: tuple[tuple[tuple[str, ...], float], ...] = ()
    by_unit: dict[str, str] = {}
    default_agg = "mean"
    for source in (None, *extra):
        where, data = _read(source)
        for name, spec in (data.get("rules") or {}).items():
            rule = _check_rule(str(name), spec, where, problems)
            if rule is not None:
                rules[str(name)] = rule
        if "ratings" in data:
            bands = []
            for i, band in enumerate(data["ratings"] or []):
                if not isinstance(band, Mapping) or "code" not in band:
                    problems.append(Problem(f"rating band {band!r} needs a code and a min", where, row=i + 1))
                    continue
                bands.append(RatingBand(str(band["code"]), None if band.get("min") is None else float(band["min"])))
            mins = [b.min for b in bands if b.min is not None]
            if mins != sorted(mins, reverse=True):
                problems.append(Problem(f"rating bands must be listed best first, got minimums {mins!r}", where))
            ratings = tuple(bands)
        if "distribution_guide" in data:
            guide = tuple(
                (tuple(str(r) for r in g["ratings"]), float(g["share"])) for g in data["distribution_guide"] or []
            )
            total = sum(s for _, s in guide)
            if guide and abs(total - 100) > 1e-6:
                problems.append(Problem(f"distribution guide shares must add up to 100, got {total:g}", where))
        for agg, units in (data.get("aggregation_by_unit") or {}).items():
            if agg not in AGGREGATIONS:
                problems.append(Problem(f"aggregation {agg!r} unknown; use {', '.join(AGGREGATIONS)}", where))
                continue
            by_unit.update({str(u).strip(): agg for u in units})
        default_agg = data.get("default_aggregation", default_agg)
    if not ratings:
        problems.append(Problem("no rating bands defined"))
    if problems:
        raise InputError("The scoring rules are not valid", problems)
    return Rules(rules, ratings, guide, by_unit, default_agg)


def achievement(
    actual: np.ndarray,
    target: np.ndarray,
    direction: np.ndarray,
    low: np.ndarray,
    high: np.ndarray,
    falloff: np.ndarray,
    zero_tolerance: np.ndarray,
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Direction-aware achievement ratios.

    Parameters
    ----------
    actual, target : float arrays
    direction : object/str array of ``higher``, ``lower``, ``range``
    low, high : band of range KPIs (NaN elsewhere)
    falloff : relative distance outside the band at which a range KPI reaches 0
    zero_tolerance : for lower-is-better KPIs with target 0, the actual at which achievement is 0 (NaN = none)

    Returns
    -------
    achievement : float array, NaN where undefined
    met : bool array, whether the target (or band) is met
    undefined_reason : object array, ``""`` or a reason code where the achievement is undefined
    """
    actual = np.asarray(actual, dtype=float)
    target = np.asarray(target, dtype=float)
    direction = np.asarray(direction)
    higher = direction == "higher"
    lower = direction == "lower"
    rng = direction == "range"
    out = np.full(actual.shape, np.nan)
    reason = np.full(actual.shape, "", dtype=object)
    with np.errstate(divide="ignore", invalid="ignore"):
        pos = target > 0
        h = higher & pos
        out[h] = actual[h] / target[h]
        lo = lower & pos
        out[lo] = 2.0 - actual[lo] / target[lo]
        zero_lower = lower & (target == 0)
        tol = zero_lower & (zero_tolerance > 0)
        out[tol] = 1.0 - actual[tol] / zero_tolerance[tol]
        reason[zero_lower & ~tol] = "zero_target_lower"
        reason[(higher | lower) & ~pos & ~zero_lower] = "target_not_positive"
        inside = (actual >= low) & (actual <= high)
        scale = falloff * np.where(np.isnan(target), (low + high) / 2, target)
        dist = np.where(actual < low, low - actual, actual - high)
        rng_ok = rng & ~np.isnan(low) & ~np.isnan(high) & (scale > 0)
        out[rng_ok] = np.where(inside[rng_ok], 1.0, 1.0 - dist[rng_ok] / scale[rng_ok])
        reason[rng & ~rng_ok] = "range_without_band"
        met = np.where(rng, inside, np.where(lower, actual <= target, actual >= target))
    out[rng_ok] = np.maximum(out[rng_ok], 0.0)
    return out, met.astype(bool), reason


def guide_shares(rules: Rules, counts: Mapping[str, int]) -> list[dict[str, Any]]:
    """Actual shares per distribution-guide group, next to the guide's shares (never enforced)."""
    total = sum(counts.values())
    out = []
    for codes, share in rules.distribution_guide:
        n = sum(counts.get(c, 0) for c in codes)
        out.append(
            {
                "ratings": "/".join(codes),
                "guide_share": share,
                "count": n,
                "actual_share": round(100.0 * n / total, 1) if total else None,
            }
        )
    return out
