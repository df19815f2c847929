"""What the shipped suggestion engine reads in the id-level misses of the halves A (round 21's reading of the misses).

For each query of the named halves A (never a half B, never the test set) with no labelled id in the engine's first
5: the context it reads (roles with surface and confidence, department, strategies), whether the reading is weak
(:meth:`IndicatorSuggester.weak_reading`), the place of each labelled id in the engine's first 30 and the first 5.

    python benchmarks/suggest_miss_readings.py fresh12A fresh11A fresh10A fresh9A
"""

from __future__ import annotations

import sys

from benchmarks.suggest_quality import UNLISTED, id_grades, load_queries
from kpiguide.catalog import load_catalog
from kpiguide.suggest.engine import IndicatorSuggester


def describe(engine: IndicatorSuggester, q: dict) -> str:
    """One miss: the reading, the labelled ids' places in the first 30 and the first 5."""
    ctx = engine.context(q["text"])
    ranked = [s.indicator.id for s in engine.suggest(q["text"], top_k=30)]
    roles = ", ".join(
        f"{m.role.id}{'[' + m.surface + ']' if m.surface else ''}{'~' if m.similarity is not None else ''}"
        f"{'(bridge)' if m.bridged else ''}:{m.confidence:.2f}"
        for m in ctx.roles[:3]
    )
    strategies = ", ".join(f"{tid}:{c:.2f}" for tid, c in ctx.strategies)
    places = {i: (ranked.index(i) + 1 if i in ranked else "-") for i in id_grades(q)}
    labels = ", ".join(f"{i}={g}@{places[i]}" for i, g in id_grades(q).items())
    return (
        f"### {q['split']} {q['id']} ({q['kind']}; functions {q.get('functions')}, industry {q.get('industry')})\n"
        f"text: {q['text'][:300]!r}\n"
        f"read: roles [{roles}]; department {ctx.department}; strategies [{strategies}]; industries "
        f"{sorted(ctx.industries)}; weak {engine.weak_reading(ctx)}\n"
        f"labels (grade@place in first 30): {labels}\n"
        f"first 5: {ranked[:5]}\n"
    )


def main() -> None:
    parts = [p for p in sys.argv[1:] if p.endswith("A") and p not in UNLISTED]
    engine = IndicatorSuggester().fit(load_catalog())
    for q in load_queries():
        if q.get("split") not in parts or not id_grades(q):
            continue
        # the first 5 of the list of 10 the metric scores (suggest_quality.py): a list asked for 5 can differ
        first5 = [s.indicator.id for s in engine.suggest(q["text"], top_k=10)][:5]
        if not any(i in id_grades(q) for i in first5):
            print(describe(engine, q))


if __name__ == "__main__":
    main()
