"""The misses of the SMART "relevant" check at 0.3 on the halves A of held-out 6-56 (development data whose misses may
be read), each with what the engine read: the KPI's indicator (linker, else the closest readings), the objective's
strategy templates, the indicator the objective names, the strongest link and whether the KPI is foreign (round 19).

Never a half B (the checks) nor the test set: only the sets of ``smart_quality.HALVED``, only their half A.

    python benchmarks/smart_miss_readings.py [--json FILE]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.smart_quality import HALVED, LABEL_SETS, TEST_SETS, source_half  # noqa: E402
from kpiguide.checks.smart import RELEVANCE_THRESHOLD, _default_relevance  # noqa: E402

THRESHOLD = RELEVANCE_THRESHOLD


def readings(relevance, kpi: str, objective: str) -> dict:
    """What the engine read for one pair."""
    catalog, graph = relevance.suggester.catalog_, relevance.suggester.template_graph_

    def name(ind: str | None) -> str | None:
        if not ind:
            return None
        i = catalog.get(ind)
        return f"{ind} ({i.name_en} / {i.name_zh}; {i.function}; {'leading' if i.leading else 'lagging'})"

    placed = relevance._indicator_of(kpi, None)
    named = relevance._indicator_of(objective, None)
    link = relevance.explain(kpi, objective)
    return {
        "placed": [name(placed[0]), round(placed[1], 2)],
        "readings": [[name(i), round(c, 2)] for i, c in relevance._readings(kpi, objective, placed)],
        "templates": [[graph.ids[t], round(c, 2)] for t, c in graph.match_objective(objective)],
        "objective names": [name(named[0]), round(named[1], 2)],
        "link": link.to_dict(),
        "foreign": relevance.foreign(kpi, objective),
        "text": round(float(relevance.suggester.relevance(kpi, objective)), 3),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--json", default=None, help="also write the misses as JSON to this file")
    args = parser.parse_args()
    relevance = _default_relevance()
    out = []
    for name, path in LABEL_SETS:
        if name not in HALVED or name in TEST_SETS:
            continue
        items = yaml.safe_load((ROOT / path).read_text(encoding="utf-8"))["statements"]
        for item in items:
            if not item.get("objective") or "relevant" not in item or source_half(item) != "A":
                continue
            score = relevance.score(item["text"], item["objective"])
            if bool(item["relevant"]) == (score >= THRESHOLD):
                continue
            row = {
                "set": name,
                "miss": "FN" if item["relevant"] else f"FP ({item.get('negative') or 'unlabelled kind'})",
                "score": round(score, 3),
                "kpi": item["text"],
                "objective": item["objective"],
                **readings(relevance, item["text"], item["objective"]),
            }
            out.append(row)
            print(json.dumps(row, ensure_ascii=False))
    if args.json:
        Path(args.json).write_text(json.dumps(out, ensure_ascii=False, indent=1), encoding="utf-8")


if __name__ == "__main__":
    main()
