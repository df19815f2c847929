"""Round 27 (issue 12): on the halves A of held-out 6-56, the pairs the shared-word baseline decides right and the
SMART "relevant" engine wrong at 0.3, and the reverse, counted by label and kind of negative; with ``--list`` each
baseline win with what the engine read.  Halves B are never read (``smart_relevance_cv.halves_a``).

Baseline: relevant when the KPI and the objective share a word (``smart_quality.baseline``: the analyzer's tokens,
stemmed English without stop words, jieba words for Chinese, no character bigrams).  Engine: the SMART default with
the page's other objectives as ``siblings``, as ``smart_quality.py --halves`` scores it.

    python benchmarks/smart_baseline_wins.py [--list]
"""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.smart_quality import _words  # noqa: E402
from benchmarks.smart_relevance_cv import halves_a  # noqa: E402
from kpiguide.checks.smart import _default_relevance  # noqa: E402

THRESHOLD = 0.3


def kind(item: dict) -> str:
    """'relevant' or the kind of negative ('unlabelled' for a negative without one)."""
    return "relevant" if item["relevant"] else str(item.get("negative") or "unlabelled")


def compare(limit: int | None = None) -> list[dict]:
    """Every pair of the halves A with the baseline's and the engine's decision and the shared words."""
    relevance: Any = _default_relevance()
    rows = []
    for name, item, sib in halves_a(limit):
        shared = sorted(_words(item["text"]) & _words(item["objective"]))
        score = float(relevance.score(item["text"], item["objective"], siblings=sib))
        label = bool(item["relevant"])
        rows.append(
            {
                "set": name,
                "kind": kind(item),
                "label": label,
                "baseline_right": bool(shared) == label,
                "engine_right": (score >= THRESHOLD) == label,
                "score": round(score, 3),
                "shared": shared,
                "placed": relevance._indicator_of(item["text"], None)[0],
                "kpi": item["text"],
                "objective": item["objective"],
            }
        )
    return rows


def counts_table(rows: list[dict]) -> list[str]:
    """Baseline right / engine wrong and the reverse, by kind (relevant or the negative's kind)."""
    base = Counter(r["kind"] for r in rows if r["baseline_right"] and not r["engine_right"])
    engine = Counter(r["kind"] for r in rows if r["engine_right"] and not r["baseline_right"])
    both = Counter(r["kind"] for r in rows if not r["engine_right"] and not r["baseline_right"])
    total = Counter(r["kind"] for r in rows)
    lines = [
        "| label / kind | pairs | baseline right, engine wrong | engine right, baseline wrong | both wrong |",
        "|---|---|---|---|---|",
    ]
    for k in sorted(total, key=lambda k: (k != "relevant", k)):
        lines.append(f"| {k} | {total[k]} | {base[k]} | {engine[k]} | {both[k]} |")
    lines.append(f"| all | {len(rows)} | {sum(base.values())} | {sum(engine.values())} | {sum(both.values())} |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--list", action="store_true", help="also list each pair the baseline wins (halves A only)")
    parser.add_argument("--quick", action="store_true", help="smoke run: the first 10 pairs of each file")
    args = parser.parse_args()
    rows = compare(10 if args.quick else None)
    print("\n".join(counts_table(rows)))
    if args.list:
        for r in rows:
            if r["baseline_right"] and not r["engine_right"]:
                print(
                    f"{r['set']} {r['kind']} score={r['score']} shared={r['shared']} placed={r['placed']}: "
                    f"{r['kpi']!r} -> {r['objective']!r}"
                )


if __name__ == "__main__":
    main()
