"""Redundant KPIs: two KPIs of one role that are the same measure under different names.

Used by the balance check (redundant KPIs within a role, through
``IndicatorSuggester.similar_indicators``) and by the catalog's own schema test.  One engine — KPI
linking (:mod:`kpiguide.suggest.linking`) — decides:

* two KPIs linked to the same catalog indicator (given, or linked by name with confidence of at least
  :data:`LINK_CONFIDENCE`) are the same measure (销售额 and 销售收入 both are 营业收入);
  ids merged into one indicator count as that indicator;
* two KPIs with the same name or the same formula after normalisation are the same measure;
* two KPIs confidently linked to *different* indicators are different measures (销售额 vs 毛利率),
  however many words they share;
* otherwise (one or both not in the catalog, or catalog entries compared with each other) the
  similarity of their names decides: the cosine of their vectors on the linker's name index
  (words, bigrams and thesaurus concepts).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any, Protocol

import numpy as np

from kpiguide.core.model import Indicator, Kpi
from kpiguide.suggest.linking import IndicatorLinker, Link, default_linker
from kpiguide.text.analysis import normalize

__all__ = ["LINK_CONFIDENCE", "TextVectorizer", "near_duplicates", "redundancy_score"]

LINK_CONFIDENCE = 0.3
"""Confidence from which a link by name decides redundancy (same indicator: yes; different: no)."""

_MAX_CHARS = 2_000
_PUNCT = re.compile(r"[\s()（）\[\]【】:：,，.。、;；'\"“”‘’]+")


class TextVectorizer(Protocol):
    """What older callers pass (a fitted suggester); its catalog, when it has one, is the linker's."""

    def text_vector(self, text: str, *, concept_weight: float | None = None) -> dict[str, float]: ...


def _name(item: Kpi | Indicator | str) -> str:
    if isinstance(item, str):
        return item[:_MAX_CHARS]
    if isinstance(item, Indicator):
        return f"{item.name_zh} {item.name_en}"
    return item.name[:_MAX_CHARS]


def _formula_key(item: Kpi | Indicator | str) -> str:
    if isinstance(item, Indicator):
        return _PUNCT.sub("", normalize(item.formula_zh or item.formula_en))
    if isinstance(item, Kpi):
        return _PUNCT.sub("", normalize(getattr(item, "formula", "") or ""))
    return ""


def _link(linker: IndicatorLinker, item: Kpi | Indicator | str) -> Link:
    if isinstance(item, Indicator):
        return Link(_name(item), item, 1.0, method="catalog")
    return linker.link(item)


def _vector(linker: IndicatorLinker, text: str) -> dict[str, float]:
    return linker.index_.vector(text)


def redundancy_score(linker: IndicatorLinker, a: Kpi | Indicator | str, b: Kpi | Indicator | str) -> float:
    """How surely ``a`` and ``b`` are the same measure, in [0, 1] (see the module docstring)."""
    return float(_scores(linker, [a, b])[0, 1])


def _canonical(linker: IndicatorLinker, link: Link) -> str | None:
    if link.id is None or (link.method not in ("given", "catalog") and link.confidence < LINK_CONFIDENCE):
        return None
    return linker.catalog_.canonical_id(link.id) if link.id in linker.catalog_ else link.id


def _scores(linker: IndicatorLinker, items: Sequence[Kpi | Indicator | str]) -> np.ndarray:
    links = [_link(linker, x) for x in items]
    ids = [_canonical(linker, lk) for lk in links]
    catalog_entries = [isinstance(x, Indicator) for x in items]
    names = [_PUNCT.sub("", normalize(_name(x))) for x in items]
    formulas = [_formula_key(x) for x in items]
    vectors = [_vector(linker, _name(x)) for x in items]
    n = len(items)
    out = np.eye(n)
    for i in range(n):
        for j in range(i + 1, n):
            if (
                (names[i] and names[i] == names[j])
                or (formulas[i] and formulas[i] == formulas[j])
                or (ids[i] is not None and ids[i] == ids[j])
            ):
                value = 1.0
            elif ids[i] is not None and ids[j] is not None and not (catalog_entries[i] and catalog_entries[j]):
                value = 0.0  # the catalog says these are two measures
            else:
                value = sum(w * vectors[j].get(k, 0.0) for k, w in vectors[i].items())
            out[i, j] = out[j, i] = min(1.0, value)
    return out


_FITTED: dict[int, IndicatorLinker] = {}


def _linker_for(suggester: Any) -> IndicatorLinker:
    """The default linker, or one fitted (once) on the suggester's own catalog."""
    catalog = getattr(suggester, "catalog_", None)
    default = default_linker()
    if catalog is None or catalog is default.catalog_:
        return default
    if id(catalog) not in _FITTED or _FITTED[id(catalog)].catalog_ is not catalog:
        _FITTED.clear()
        _FITTED[id(catalog)] = IndicatorLinker().fit(catalog)
    return _FITTED[id(catalog)]


def near_duplicates(
    suggester: TextVectorizer | IndicatorLinker, kpis: Sequence[Kpi | Indicator | str], threshold: float
) -> list[tuple[Any, Any, float]]:
    """Pairs ``(a, b, score)`` of KPIs that are the same measure, score at or above ``threshold``, surest first.

    ``suggester`` is an :class:`~kpiguide.suggest.linking.IndicatorLinker`, or a fitted suggester whose
    catalog the linker uses.
    """
    linker = suggester if isinstance(suggester, IndicatorLinker) else _linker_for(suggester)
    items = list(kpis)
    if len(items) < 2:
        return []
    best = _scores(linker, items)
    pairs: list[tuple[Any, Any, float]] = []
    for i, j in zip(*np.nonzero(np.triu(best >= threshold, k=1)), strict=True):
        pairs.append((items[i], items[j], round(float(best[i, j]), 4)))
    return sorted(pairs, key=lambda p: -p[2])
