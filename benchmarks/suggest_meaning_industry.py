"""Round 26's lever check: the lists of ``IndicatorSuggester(meaning_vote=True)`` against ``False`` on the pooled
halves A and B of the fresh sets (development data only, never the test set): how many lists change per language and
half (Chinese ones must not), and the English queries whose industry reading changes.

    python benchmarks/suggest_meaning_industry.py --vote

Rounds 24, 27 and 28's modes (the levers meaning_industry, bridge_agree and bridge_rerank, and the options
``--agree`` / ``--rerank`` and the default mode) were retired with those levers in round 29; their recorded commands
reproduce at commit ff968f5.  ``--vote`` is kept as the recorded command; it is also the default now.
"""

from __future__ import annotations

from collections import Counter

from benchmarks.suggest_quality import HALVES, load_queries
from kpiguide.catalog import load_catalog
from kpiguide.suggest.engine import IndicatorSuggester


def main() -> None:
    catalog = load_catalog()
    off = IndicatorSuggester(meaning_vote=False).fit(catalog)
    on = IndicatorSuggester(meaning_vote=True).fit(catalog)
    half = {s: h for h, parts in HALVES.items() for s in parts}
    changed: Counter[tuple[str, str]] = Counter()
    read: Counter[tuple[str, str]] = Counter()
    for q in load_queries():
        h = half.get(str(q.get("split")))
        if h is None:
            continue
        a = [s.indicator.id for s in off.suggest(q["text"], top_k=10)]
        b = [s.indicator.id for s in on.suggest(q["text"], top_k=10)]
        changed[(h, q["lang"])] += a != b
        read[(h, q["lang"])] += bool(on.context(q["text"]).industries - off.context(q["text"]).industries)
    for h in ("A", "B"):
        for lang in ("zh", "en"):
            print(f"halves {h} {lang}: industry read anew {read[(h, lang)]}, lists changed {changed[(h, lang)]}")
    print("Chinese lists identical:", changed[("A", "zh")] == 0 and changed[("B", "zh")] == 0)


if __name__ == "__main__":
    main()
