"""Index build time and query latency of IndicatorSuggester at the real catalog size, 10,000 and 50,000.

Larger catalogs are the real one replicated with variations (a variant tag in the names,
keywords rotated and one keyword borrowed from another entry), so the vocabulary grows
as it would with a bigger catalog.  The plain BM25 baseline (bm25s, jieba words) is
timed in the same run on the same catalog and queries.

    python benchmarks/suggest_speed.py --data /work/shared/data/external
"""

from __future__ import annotations

import argparse
import dataclasses
import os
import random
import statistics
import sys
import time
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from suggest_common import ROOT, PlainBM25, machine, today, write_section

from kpiguide.catalog import Catalog, load_catalog
from kpiguide.suggest.engine import IndicatorSuggester

QUERIES = ROOT / "benchmarks" / "data" / "suggest_queries.yaml"
_TAGS_ZH = ["门店", "区域", "线上", "事业部", "项目", "集团", "分公司", "渠道", "产品线", "季度"]
_TAGS_EN = [
    "store",
    "regional",
    "online",
    "division",
    "project",
    "group",
    "branch",
    "channel",
    "product line",
    "quarterly",
]


def replicate(catalog: Catalog, size: int, seed: int = 0) -> Catalog:
    rng = random.Random(seed)
    base = list(catalog.indicators)
    out = list(base)
    n = 0
    while len(out) < size:
        ind = base[n % len(base)]
        other = base[rng.randrange(len(base))]
        k = n // len(base) + 1
        tag_zh, tag_en = _TAGS_ZH[k % len(_TAGS_ZH)], _TAGS_EN[k % len(_TAGS_EN)]
        kw_zh = list(ind.keywords_zh[1:]) + list(ind.keywords_zh[:1]) + [other.keywords_zh[0]]
        kw_en = list(ind.keywords_en[1:]) + list(ind.keywords_en[:1]) + [other.keywords_en[0]]
        out.append(
            dataclasses.replace(
                ind,
                id=f"{ind.id}_v{k}",
                name_zh=f"{tag_zh}{ind.name_zh}（{k}）",
                name_en=f"{ind.name_en} ({tag_en} {k})",
                keywords_zh=tuple(kw_zh),
                keywords_en=tuple(kw_en),
            )
        )
        n += 1
    return Catalog(tuple(out[:size]), catalog.templates, catalog.taxonomy)


def percentile(values: list[float], q: float) -> float:
    values = sorted(values)
    return values[min(len(values) - 1, round(q * (len(values) - 1)))]


def time_queries(fn, queries: list[str], repeats: int) -> list[float]:
    for q in queries[:10]:
        fn(q)  # warm-up (jieba dictionary, caches)
    out = []
    for _ in range(repeats):
        for q in queries:
            t0 = time.perf_counter()
            fn(q)
            out.append((time.perf_counter() - t0) * 1000)
    return out


def main() -> None:
    default = os.environ.get("KPIGUIDE_EXTERNAL_DATA") or str(ROOT.parent / "shared" / "data" / "external")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=default, help="external data folder (the query set is built from it)")
    parser.add_argument("--sizes", default="real,10000,50000", help="comma-separated catalog sizes")
    parser.add_argument("--repeats", type=int, default=2, help="passes over the query set per size")
    parser.add_argument("--no-write", action="store_true", help="print only")
    parser.add_argument("--quick", action="store_true", help="smoke run: the real catalog, 20 queries; writes nothing")
    args = parser.parse_args()
    queries = [q["text"] for q in yaml.safe_load(QUERIES.read_text(encoding="utf-8"))["queries"]]
    if args.quick:
        queries, args.sizes, args.repeats, args.no_write = queries[:20], "real", 1, True
    real = load_catalog()
    rows = []
    for size_text in args.sizes.split(","):
        size = len(real) if size_text == "real" else int(size_text)
        catalog = real if size == len(real) else replicate(real, size)
        t0 = time.perf_counter()
        ours = IndicatorSuggester().fit(catalog)
        build = time.perf_counter() - t0
        t0 = time.perf_counter()
        base = PlainBM25(list(catalog.indicators))
        base_build = time.perf_counter() - t0
        ours_ms = time_queries(lambda q, s=ours: s.suggest(q, top_k=10), queries, args.repeats)
        base_ms = time_queries(lambda q, b=base: b.search(q, 10), queries, args.repeats)
        row = {
            "size": len(catalog),
            "build": build,
            "base_build": base_build,
            "p50": statistics.median(ours_ms),
            "p95": percentile(ours_ms, 0.95),
            "base_p50": statistics.median(base_ms),
            "base_p95": percentile(base_ms, 0.95),
        }
        rows.append(row)
        print(row, flush=True)
    lines = [
        "## Speed (suggest_speed.py)",
        "",
        f"Command: `python benchmarks/suggest_speed.py --data /work/shared/data/external` — {today()} — {machine()}",
        "",
        f"{len(queries)} queries (titles to full job descriptions) × {args.repeats} passes per size, top 10, no filters; "
        "latency includes normalisation, segmentation, scoring, diversity and explanations. "
        "Larger catalogs: the real catalog replicated with variations.",
        "",
        "| indicators | kpiguide build (s) | p50 (ms) | p95 (ms) | BM25 build (s) | BM25 p50 (ms) | BM25 p95 (ms) | p50 ratio |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for r in rows:
        lines.append(
            f"| {r['size']:,} | {r['build']:.2f} | {r['p50']:.2f} | {r['p95']:.2f} | {r['base_build']:.2f} | "
            f"{r['base_p50']:.2f} | {r['base_p95']:.2f} | {r['p50'] / r['base_p50']:.1f}× |"
        )
    ten = next((r for r in rows if r["size"] == 10000), None)
    if ten:
        verdict = "met" if ten["p50"] <= 10 else "NOT met"
        lines += ["", f"- p50 at 10,000 indicators: {ten['p50']:.2f} ms (goal ≤ 10 ms: {verdict})"]
    body = "\n".join(lines)
    print(body)
    if not args.no_write:
        write_section("speed", body)


if __name__ == "__main__":
    main()
