"""Round 24's lever check: the lists of ``IndicatorSuggester(meaning_industry=True)`` against ``False`` on the pooled
halves A and B of the fresh sets (development data only, never the test set): how many lists change per language and
half (Chinese ones must not), and the English queries whose industry reading changes.

    python benchmarks/suggest_meaning_industry.py
    python benchmarks/suggest_meaning_industry.py --vote   # round 26's lever, meaning_vote, the same counts
"""

from __future__ import annotations

import sys
from collections import Counter

from benchmarks.suggest_quality import HALVES, load_queries
from kpiguide.catalog import load_catalog
from kpiguide.suggest.engine import IndicatorSuggester


def main() -> None:
    catalog = load_catalog()
    lever = "meaning_vote" if "--vote" in sys.argv[1:] else "meaning_industry"
    off = IndicatorSuggester(**{lever: False}).fit(catalog)
    on = IndicatorSuggester(**{lever: True}).fit(catalog)
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
        extra = on.context(q["text"]).industries - off.context(q["text"]).industries
        read[(h, q["lang"])] += bool(extra)
    for h in ("A", "B"):
        for lang in ("zh", "en"):
            print(f"halves {h} {lang}: industry read anew {read[(h, lang)]}, lists changed {changed[(h, lang)]}")
    print("Chinese lists identical:", changed[("A", "zh")] == 0 and changed[("B", "zh")] == 0)


if __name__ == "__main__":
    main()
