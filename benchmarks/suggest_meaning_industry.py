"""Round 24's lever check: the lists of ``IndicatorSuggester(meaning_industry=True)`` against ``False`` on the pooled
halves A and B of the fresh sets (development data only, never the test set): how many lists change per language and
half (Chinese ones must not), and the English queries whose industry reading changes.  ``--agree``: round 27's lever,
bridge_agree, which touches Chinese queries only: English lists must not change; the Chinese queries whose roles read
change are counted.  ``--rerank``: round 28's lever, bridge_rerank (Chinese queries only, English lists must not
change); the Chinese queries re-ranked by their rendering are counted.

    python benchmarks/suggest_meaning_industry.py
    python benchmarks/suggest_meaning_industry.py --vote   # round 26's lever, meaning_vote, the same counts
    python benchmarks/suggest_meaning_industry.py --agree  # round 27's lever, bridge_agree (English lists identical)
    python benchmarks/suggest_meaning_industry.py --rerank  # round 28's lever, bridge_rerank (the same)
"""

from __future__ import annotations

import sys
from collections import Counter

from benchmarks.suggest_quality import HALVES, load_queries
from kpiguide.catalog import load_catalog
from kpiguide.suggest.engine import IndicatorSuggester


def main() -> None:
    catalog = load_catalog()
    rerank = "--rerank" in sys.argv[1:]
    agree = "--agree" in sys.argv[1:] or rerank
    lever = "bridge_agree" if agree else "meaning_vote" if "--vote" in sys.argv[1:] else "meaning_industry"
    lever = "bridge_rerank" if rerank else lever
    untouched = "en" if agree else "zh"
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
        if rerank:
            read[(h, q["lang"])] += on._meaning_text(q["text"], on.context(q["text"])) is not None and q["lang"] == "zh"
        elif agree:
            read[(h, q["lang"])] += on.context(q["text"]).roles != off.context(q["text"]).roles
        else:
            read[(h, q["lang"])] += bool(on.context(q["text"]).industries - off.context(q["text"]).industries)
    for h in ("A", "B"):
        for lang in ("zh", "en"):
            what = "re-ranked by rendering" if rerank else "roles read anew" if agree else "industry read anew"
            print(f"halves {h} {lang}: {what} {read[(h, lang)]}, lists changed {changed[(h, lang)]}")
    name = "English" if agree else "Chinese"
    print(f"{name} lists identical:", changed[("A", untouched)] == 0 and changed[("B", untouched)] == 0)


if __name__ == "__main__":
    main()
