"""KPI linking quality (issue 12): real KPI names written by others, linked to the catalog indicator they are.

    python benchmarks/link_quality.py [--data ../shared/data/external] [--out benchmarks/results/linking.md] [--quick]

Labelled sets (labelled by hand BEFORE an engine ran on them):
``benchmarks/data/link_names.yaml`` (311 names: KPi Kluster digital-product KPIs and GitLab handbook performance
indicators; its dev/test split by a hash of the name — both parts have been seen and are development data now),
``benchmarks/data/link_names_ours.yaml`` (80 Chinese and mixed names written by us, reported apart) and
``benchmarks/data/link_names_fresh.yaml`` (243 real names from stored public KPI pages, 169 Chinese: the fresh test
set, committed before any engine ran on it, run once after the linker was tuned on the development data).
Metrics: top-1 accuracy on names that have a catalog indicator (a "none" answer counts as wrong), "none"
precision (of the names the engine leaves unlinked, the share labelled none) and recall, linked precision.
Baselines in the same run: the previous linker (the linker's parameters before issue 12's second round:
``rewrite=False``, no re-ranking weights, threshold 0.15 — it reproduces that code's answers exactly), plain BM25
(bm25s over names, keywords, definitions and formulas) top-1 with a score threshold chosen on the development names,
and the first matcher (``IndicatorSuggester.match_kpi``, threshold 0.3).
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
from kpiguide.core.i18n import has_cjk  # noqa: E402
from kpiguide.suggest.engine import default_suggester  # noqa: E402
from kpiguide.suggest.linking import IndicatorLinker  # noqa: E402

# (set, file, parts: (label, split, language filter)); "old test" of the real names is development data now
SETS = (
    ("real names", "benchmarks/data/link_names.yaml", (("dev", "dev", None), ("old test (seen: dev)", "test", None))),
    ("our zh/mixed names", "benchmarks/data/link_names_ours.yaml", (("dev", "dev", None), ("test", "test", None))),
    (
        "fresh real names",
        "benchmarks/data/link_names_fresh.yaml",
        (("test", "test", None), ("test, Chinese", "test", "zh"), ("test, English", "test", "en")),
    ),
)
TEST_PARTS = {("our zh/mixed names", "test"), ("fresh real names", "test"), ("fresh real names", "test, Chinese"),
              ("fresh real names", "test, English")}  # fmt: skip
PREVIOUS = {"rewrite": False, "name_cover_weight": 0.0, "kind_agree_bonus": 0.0, "kind_clash_penalty": 0.0,
            "threshold": 0.15}  # fmt: skip


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


def warm_ms(linker: IndicatorLinker, names: list[str]) -> float:
    """Milliseconds per name of ``linker.link`` once the names' text analysis is cached: best of 3 passes."""
    linker.link_many(names)
    passes = []
    for _ in range(3):
        start = time.perf_counter()
        linker.link_many(names)
        passes.append(time.perf_counter() - start)
    return 1000 * min(passes) / max(len(names), 1)


def development(catalog) -> list[dict]:
    """All development names: both parts of the real names and the dev part of ours."""
    real = load("benchmarks/data/link_names.yaml", catalog)
    return real + [i for i in load("benchmarks/data/link_names_ours.yaml", catalog) if i["split"] == "dev"]


def chosen(items: list[dict], split: str, language: str | None) -> list[dict]:
    out = [i for i in items if i["split"] == split]
    if language is not None:
        out = [i for i in out if has_cjk(i["name"]) == (language == "zh")]
    return out


def show_misses(title: str, items: list[dict], linker: IndicatorLinker, catalog) -> None:
    """Print the wrong answers of ``linker`` on ``items`` (name, expected, answer, confidence) to stderr."""
    print(f"\n### misses: {title}", file=sys.stderr)
    for item in items:
        link = linker.link(item["name"])
        if (link.id in item["ids"]) if item["ids"] else link.id is None:
            continue
        expected = ",".join(sorted(item["ids"])) if item["ids"] else "none"
        got = link.id or "none (" + ",".join(a.id for a in link.alternatives[:1]) + ")"
        print(
            f"  {item['name']!r}\texpected {expected}\tgot {got} {link.confidence:.2f} {link.method}", file=sys.stderr
        )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None, help="unused: the labelled names live in benchmarks/data")
    parser.add_argument("--out", default=None, help="write the Markdown section here (default: print only)")
    parser.add_argument(
        "--quick", action="store_true", help="smoke run: 20 names of each development part; writes nothing"
    )
    parser.add_argument("--dev-only", action="store_true", help="measure the development parts only (while tuning)")
    parser.add_argument(
        "--show-misses", action="store_true", help="list each part's wrong answers of the default linker (stderr)"
    )
    args = parser.parse_args()
    catalog = load_catalog()
    start = time.perf_counter()
    linker = IndicatorLinker().fit(catalog)
    fit_s = time.perf_counter() - start
    previous_linker = IndicatorLinker(**PREVIOUS).fit(catalog)
    suggester = default_suggester()
    bm25 = BM25Baseline(catalog)
    bm25.tune(development(catalog))

    def ours(name: str) -> str | None:
        return linker.link(name).id

    def previous_linked(name: str) -> str | None:
        return previous_linker.link(name).id

    def first_matcher(name: str) -> str | None:
        found = suggester.match_kpi(name)
        return found.indicator.id if found else None

    rows = []
    all_names: list[str] = []
    for set_name, path, parts in SETS:
        items = load(path, catalog)[: 20 if args.quick else None]
        for label, split, language in parts:
            if (args.dev_only or args.quick) and (set_name, label) in TEST_PARTS:  # a smoke run keeps off the test
                continue
            names = chosen(items, split, language)
            if not names:
                continue
            all_names += [i["name"] for i in names if i["name"] not in all_names]
            engines = {
                f"linker (default, threshold {linker.threshold})": score(names, ours),
                "previous linker (threshold 0.15)": score(names, previous_linked),
                f"BM25 top-1 (threshold {bm25.threshold:.2f} from dev)": score(names, bm25),
                "first matcher (match_kpi)": score(names, first_matcher),
            }
            rows.append((set_name, label, engines))
            if args.show_misses:
                show_misses(f"{set_name} / {label}", names, linker, catalog)
    fresh = [m for s_, part, e in rows if (s_, part) == ("fresh real names", "test") for n, m in e.items()
             if n.startswith("linker (default")]  # fmt: skip
    goal = (
        f"fresh real names test: top-1 {fresh[0]['top1']:.2f}, none precision {fresh[0]['none_p']:.2f} — "
        + ("met" if fresh[0]["top1"] >= 0.85 and fresh[0]["none_p"] >= 0.90 else "MISSED")
        if fresh
        else "fresh test not run (--dev-only or --quick)"
    )
    per_name = {
        name: warm_ms(engine, all_names) for name, engine in (("linker", linker), ("previous", previous_linker))
    }
    lines = [
        "## KPI linking (issue 12)",
        "",
        f"Command: `python benchmarks/link_quality.py` · {dt.date.today()} · {machine()}",
        f"Catalog: {len(catalog)} indicators ({len(catalog.aliases)} merged ids resolve). Linker fit {fit_s:.1f} s; "
        f"{per_name['linker']:.2f} ms per name (previous linker {per_name['previous']:.2f} ms; warm, best of 3 passes "
        f"over all {len(all_names)} names, 2 cores shared with other jobs).",
        "Labels written before any engine ran on them. Second round of issue 12: the linker (name rewriting, re-ranking "
        "by name cover and quantity kind, threshold 0.18) was tuned looking at the development names only — both "
        "parts of the real names (the old test part had been seen in the first round, so it is development data now) "
        "and the dev part of ours. The fresh real names (stored public KPI pages, 169 Chinese + 74 English) were "
        "labelled and committed before any engine ran on them and run once, for this table. Our test part was seen in "
        "the first round. Top-1 accuracy counts a 'none' answer on a name with an indicator as wrong. A learned "
        "re-ranker was tried on the same features and did not beat these hand-set weights out of fold "
        "(benchmarks/results/link_ranker.md).",
        "",
        *table(rows),
        "",
        f"Goal (issue 12: top-1 accuracy ≥ 0.85 and none precision ≥ 0.90 on the test part): {goal}.",
        "",
        "Real names: KPi Kluster digital-product KPIs (SigurdJanson/KPIlib, MIT) and GitLab handbook performance "
        "indicators (CC BY-SA 4.0); most GitLab indicators are company-specific (MR rate, location factor) and "
        "labelled none. Fresh real names: Chinese 绩效考核/KPI tables and English KPI lists from stored public pages "
        "(sources per name in the file; benchmarks/data/benchmark_sources.md). Our names are written by us.",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if args.out and not args.quick:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
