"""Latency cost of the role and strategy reading of IndicatorSuggester (issue 12), in one process.

Two suggesters fitted on the same catalog of 10,000 indicators (the real one replicated as in
suggest_speed.py): ``knowledge_weight=0`` (words only, no role or strategy recognition) and the default;
every query of the set is timed on both, interleaved, so both see the same machine load.

    python benchmarks/suggest_knowledge_cost.py --data /work/shared/data/external
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from suggest_common import ROOT, machine, today
from suggest_speed import replicate

from kpiguide.catalog import load_catalog
from kpiguide.suggest.engine import IndicatorSuggester


def main() -> None:
    default = os.environ.get("KPIGUIDE_EXTERNAL_DATA") or str(ROOT.parent / "shared" / "data" / "external")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=default, help="external data folder (unused; for run_all)")
    parser.add_argument("--size", type=int, default=10_000, help="catalog size")
    parser.add_argument("--quick", action="store_true", help="smoke run: the real catalog, 20 queries")
    args = parser.parse_args()
    queries = yaml.safe_load((ROOT / "benchmarks" / "data" / "suggest_queries.yaml").read_text(encoding="utf-8"))
    texts = [q["text"] for q in queries["queries"]]
    catalog = load_catalog() if args.quick else replicate(load_catalog(), args.size)
    texts = texts[:20] if args.quick else texts
    models = {
        "words only (knowledge_weight=0)": IndicatorSuggester(knowledge_weight=0.0).fit(catalog),
        "with role and strategy reading": IndicatorSuggester().fit(catalog),
    }
    times: dict[str, list[float]] = {name: [] for name in models}
    for _ in range(2):
        for text in texts:
            for name, model in models.items():
                start = time.perf_counter()
                model.suggest(text, top_k=10)
                times[name].append((time.perf_counter() - start) * 1000)
    print(f"Command: `python benchmarks/suggest_knowledge_cost.py --size {args.size}` — {today()} — {machine()}")
    print(f"{len(catalog)} indicators, {len(texts)} queries × 2 passes, top 10, interleaved")
    for name, values in times.items():
        ordered = sorted(values)
        p95 = ordered[int(0.95 * (len(ordered) - 1))]
        print(f"- {name}: p50 {statistics.median(values):.2f} ms, p95 {p95:.2f} ms")


if __name__ == "__main__":
    main()
