"""KPI linking quality (issue 12): real KPI names written by others, linked to the catalog indicator they are.

    python benchmarks/link_quality.py [--data ../shared/data/external] [--out benchmarks/results/linking.md] [--quick]

Labelled sets (labelled by hand BEFORE the engine was written; dev/test split fixed by a hash of the name):
``benchmarks/data/link_names.yaml`` (311 names: KPi Kluster digital-product KPIs and GitLab handbook performance
indicators) and ``benchmarks/data/link_names_ours.yaml`` (80 Chinese and mixed names written by us, reported apart).
Metrics: top-1 accuracy on names that have a catalog indicator (a "none" answer counts as wrong), "none"
precision (of the names the engine leaves unlinked, the share labelled none) and recall, linked precision.
Baselines in the same run: plain BM25 (bm25s over names, keywords, definitions and formulas) top-1 with a
score threshold chosen on the dev part, and the previous matcher (``IndicatorSuggester.match_kpi``, threshold 0.3).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.suggest_common import PlainBM25, machine, plain_tokens  # noqa: E402
from kpiguide.catalog import load_catalog  # noqa: E402
from kpiguide.suggest.engine import default_suggester  # noqa: E402
from kpiguide.suggest.linking import IndicatorLinker  # noqa: E402

SETS = (
    ("real names", "benchmarks/data/link_names.yaml"),
    ("our zh/mixed names", "benchmarks/data/link_names_ours.yaml"),
)


def load(path: str, catalog) -> list[dict]:
    items = yaml.safe_load((ROOT / path).read_text(encoding="utf-8"))["items"]
    for item in items:  # labels may use ids merged since: compare canonical ids
        item["ids"] = {catalog.canonical_id(i) for i in item["ids"]} if item["ids"] else None
    return items


def score(items: list[dict], predict: Callable[[str], str | None]) -> dict[str, float]:
    has_id = [i for i in items if i["ids"]]
    preds = {i["name"]: predict(i["name"]) for i in items}
    top1 = sum(1 for i in has_id if preds[i["name"]] in i["ids"])
    said_none = [i for i in items if preds[i["name"]] is None]
    none_right = sum(1 for i in said_none if not i["ids"])
    n_none = sum(1 for i in items if not i["ids"])
    linked = [i for i in items if preds[i["name"]] is not None]
    linked_right = sum(1 for i in linked if i["ids"] and preds[i["name"]] in i["ids"])
    return {
        "n": len(items),
        "n_id": len(has_id),
        "top1": top1 / len(has_id) if has_id else float("nan"),
        "none_p": none_right / len(said_none) if said_none else float("nan"),
        "none_r": none_right / n_none if n_none else float("nan"),
        "linked_p": linked_right / len(linked) if linked else float("nan"),
    }


class BM25Baseline:
    def __init__(self, catalog) -> None:
        self.bm25 = PlainBM25(list(catalog.indicators))
        self.threshold = 0.0

    def best(self, name: str) -> tuple[str | None, float]:
        tokens = [t for t in plain_tokens(name) if t in self.bm25.vocab]
        if not tokens:
            return None, 0.0
        scores = self.bm25.model.get_scores(tokens)
        i = int(np.argmax(scores))
        return (self.bm25.ids[i], float(scores[i])) if scores[i] > 0 else (None, 0.0)

    def tune(self, items: list[dict]) -> None:
        """The score threshold with the most right answers (right id or right none) on the dev part."""
        best = (-1.0, 0.0)
        found = [(i, *self.best(i["name"])) for i in items]
        for th in sorted({s for _, _, s in found} | {0.0}):
            right = sum(1 for i, pid, s in found if (pid if s > th else None) in (i["ids"] or {None}))
            best = max(best, (right, -th))
        self.threshold = -best[1]

    def __call__(self, name: str) -> str | None:
        pid, s = self.best(name)
        return pid if s > self.threshold else None


def table(rows: list[tuple[str, str, dict]]) -> list[str]:
    out = [
        "| set | part | engine | names | with an indicator | top-1 accuracy | none precision | none recall "
        "| linked precision |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for set_name, part, engines in rows:
        for engine, m in engines.items():
            out.append(
                f"| {set_name} | {part} | {engine} | {m['n']} | {m['n_id']} | {m['top1']:.2f} | {m['none_p']:.2f} "
                f"| {m['none_r']:.2f} | {m['linked_p']:.2f} |"
            )
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None, help="unused: the labelled names live in benchmarks/data")
    parser.add_argument("--out", default=None, help="write the Markdown section here (default: print only)")
    parser.add_argument("--quick", action="store_true", help="smoke run: 20 names of each set; writes nothing")
    parser.add_argument("--dev-only", action="store_true", help="measure the dev parts only (while tuning)")
    args = parser.parse_args()
    catalog = load_catalog()
    start = time.perf_counter()
    linker = IndicatorLinker().fit(catalog)
    fit_s = time.perf_counter() - start
    strict = IndicatorLinker(threshold=0.3).fit(catalog)
    suggester = default_suggester()
    bm25 = BM25Baseline(catalog)

    def ours(name: str) -> str | None:
        return linker.link(name).id

    def ours_strict(name: str) -> str | None:
        return strict.link(name).id

    def previous(name: str) -> str | None:
        found = suggester.match_kpi(name)
        return found.indicator.id if found else None

    rows = []
    timings = []
    for set_name, path in SETS:
        items = load(path, catalog)[: 20 if args.quick else None]
        dev = [i for i in items if i["split"] == "dev"]
        bm25.tune(dev)
        for part in ("dev",) if args.dev_only else ("dev", "test"):
            chosen = [i for i in items if i["split"] == part]
            t0 = time.perf_counter()
            mine = score(chosen, ours)
            timings.append((time.perf_counter() - t0) / max(len(chosen), 1))
            rows.append(
                (
                    set_name,
                    part,
                    {
                        f"linker (default, threshold {linker.threshold})": mine,
                        "linker, threshold 0.3": score(chosen, ours_strict),
                        f"BM25 top-1 (threshold {bm25.threshold:.2f} from dev)": score(chosen, bm25),
                        "previous match_kpi": score(chosen, previous),
                    },
                )
            )
    goal = [
        f"{set_name} {part}: top-1 {m['top1']:.2f}, none precision {m['none_p']:.2f}"
        for set_name, part, engines in rows
        for name, m in engines.items()
        if part == "test" and name.startswith("linker (default")
    ]
    met = all(m["top1"] >= 0.85 and m["none_p"] >= 0.90 for _, part, e in rows if part == "test" for n, m in e.items()
              if n.startswith("linker (default"))  # fmt: skip
    lines = [
        "## KPI linking (issue 12)",
        "",
        f"Command: `python benchmarks/link_quality.py` · {dt.date.today()} · {machine()}",
        f"Catalog: {len(catalog)} indicators ({len(catalog.aliases)} merged ids resolve). Linker fit {fit_s:.1f} s; "
        f"{1000 * float(np.mean(timings)):.1f} ms per name.",
        "Labels written before the engine; dev/test split fixed by a hash of the name before tuning. "
        "The linker's weights and threshold were tuned looking at the dev parts only; the test parts were run once "
        "for the first time at threshold 0.15; the 0.3 rows were added after that run (0.3 = the dev threshold with the "
        "most right answers overall, the baseline's criterion). Top-1 accuracy counts a 'none' answer on a name with "
        "an indicator as wrong. Note: GitLab names repeat templates across departments ('X Team Member Retention'), so "
        "a pattern seen in dev may recur in test.",
        "",
        *table(rows),
        "",
        f"Goal (issue 12: top-1 accuracy ≥ 0.85 and none precision ≥ 0.90 on the test part): "
        f"{'met' if met else 'MISSED'} — " + "; ".join(goal) + ".",
        "",
        "Real names: KPi Kluster digital-product KPIs (SigurdJanson/KPIlib, MIT) and GitLab handbook performance "
        "indicators (CC BY-SA 4.0); most GitLab indicators are company-specific (MR rate, location factor) and "
        "labelled none. Our names are written by us (synonyms named in the issue and names with no indicator).",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if args.out and not args.quick:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
