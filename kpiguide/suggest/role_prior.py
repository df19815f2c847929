"""The role prior of the suggestion engine: which business function a query names, and
which catalog indicators are core to each function.

A bare job title ("Recruiter", "出纳") says little in words but names a function; the
suggester boosts that function's core indicators by how much of the query the naming
words cover.  Both pieces are learned from the catalog (taxonomy names and aliases,
strategy templates owned by each function), never from benchmark queries.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any

import numpy as np

from kpiguide.catalog import Catalog
from kpiguide.core.model import Indicator
from kpiguide.text.analysis import Thesaurus

__all__ = ["field_of", "function_core", "function_hints", "longest_hints", "query_coverage"]


def function_hints(catalog: Catalog) -> Thesaurus:
    """Words that name a function or an industry (from the taxonomy) as a small thesaurus."""
    groups = []
    tax = catalog.taxonomy
    for kind, table in (("fn", tax.functions), ("ind", tax.industries)):
        for key, entry in table.items():
            zh = [entry["zh"], *entry.get("aliases_zh", [])]
            en = [entry["en"], *entry.get("aliases_en", [])]
            groups.append({"id": f"{kind}:{key}", "zh": zh, "en": en})
    return Thesaurus.from_groups(groups)


def longest_hints(found: Sequence[tuple[str, str]]) -> list[tuple[str, str]]:
    """Drop a hint whose words lie inside a longer hint ("engineers" inside "industrial engineers")."""
    surfaces = {surface for _, surface in found}
    return [
        (cid, surface) for cid, surface in found if not any(surface != other and surface in other for other in surfaces)
    ]


def query_coverage(analysis: Any, surfaces: Iterable[str], generic: frozenset[str]) -> float:
    """Share of the query's informative words inside the function-naming words (1.0 for a bare title)."""
    words = [w for w in analysis.words if w not in generic]
    if not words:
        return 1.0
    named = " ".join(surfaces)
    covered = sum(1 for w in words if w in named or analysis.surface.get(w, w) in named)
    return covered / len(words)


def function_core(
    catalog: Catalog, indicators: Sequence[Indicator], functions: np.ndarray, typicality: np.ndarray
) -> dict[str, np.ndarray]:
    """Per function, how central each indicator is to it, in [0, 1].

    Two sources from the catalog itself: the function's own indicators by typicality (text
    similarity to the function's names, at most 0.5), and the indicators that the strategy templates
    owned by the function are measured with (which may belong to another function, e.g. a general
    manager's revenue growth; the more templates, the higher, up to 1).
    """
    position = {ind.id: i for i, ind in enumerate(indicators)}
    counts: dict[str, np.ndarray] = {}
    for template in getattr(catalog, "templates", ()) or ():
        owners = field_of(template, "functions") or ()
        ids = [position[i] for i in (field_of(template, "indicators") or ()) if i in position]
        for owner in owners:
            vec = counts.setdefault(owner, np.zeros(len(indicators)))
            for rank, i in enumerate(ids):
                vec[i] += 1.0 if rank == 0 else 0.6
    core: dict[str, np.ndarray] = {}
    for key in catalog.taxonomy.functions:
        own = np.where(functions == key, typicality, 0.0)
        # typicality runs 0.5..1 for members; spread it to 0..1 so only the most typical count fully
        own = 0.5 * np.clip((own - 0.5) * 2.0, 0.0, 1.0)
        tpl = counts.get(key)
        if tpl is not None and tpl.max() > 0:
            own = np.maximum(own, tpl / tpl.max())
        core[key] = own
    return core


def field_of(obj: Any, name: str) -> Any:
    return obj.get(name) if isinstance(obj, Mapping) else getattr(obj, name, None)
