"""KPI linking (issue 12, round 15): where do the linker's misses come from?  A measured taxonomy on the read halves A.

    python benchmarks/link_miss_taxonomy.py [--out benchmarks/results/link_misses.md] [--quick] [--examples N]

Names: the halves A (`page_half`, misses read) of fresh2-fresh10 pooled (``benchmarks/link_quality.py``: HALVED); the
halves B and any test set are never read here.  Linker: round 14's ``IndicatorLinker(rerank=False)`` (the linker
the taxonomy was made for, before round 15's re-ranker, whose weights were trained on every set), with its practitioners'
names mined from every set EXCEPT the one the name is in (leave one set out, as ``link_mine_vocabulary.py`` judges
them: the shipped vocabulary holds every development name, so on a development name it would answer with its own
label).  The shipped linker's own misses are counted too (inflated: it has seen these names).

Each miss gets one class, in this order:

(e) the label is doubtful: a second, blind labeller (``link_names_fresh5/6/7_second.yaml``, the names both labelled)
    gave the linker's answer, not the first label (a measured proxy for "doubtful against LABELLING.md"; names
    without a second label cannot be counted this way);
(c) the linker said none, the name has an indicator (the none decision too strict);
(d) the linker linked a name labelled none (too loose);
(b) the linker linked another indicator and a labelled id is among its top 5 candidates (ranking);
(a) the linker linked another indicator and no labelled id is among its top 5 (vocabulary or catalog gap).

Top 5: the linker's answer first, then its ranked candidates (``IndicatorLinker.ranked``: the ten closest by
similarity, ordered by the hand-set fit).  Classes (c) are split by whether a labelled id is in that list (a lower
threshold or a re-ranker could reach it) or not.  Also: top-k recall of the candidate list on the names with an
indicator (an upper bound for any re-ranking of it).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import Counter, defaultdict
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.link_mine_vocabulary import load_sets, mine_names, write_report  # noqa: E402
from benchmarks.link_quality import HALVED, page_half  # noqa: E402
from benchmarks.suggest_common import machine  # noqa: E402
from kpiguide.catalog import load_catalog  # noqa: E402
from kpiguide.core.i18n import has_cjk  # noqa: E402
from kpiguide.suggest.linking import IndicatorLinker  # noqa: E402

SECOND = {n: f"benchmarks/data/link_names_{n}_second.yaml" for n in ("fresh5", "fresh6", "fresh7")}
CLASSES = (
    ("a", "right indicator not in the top 5 (vocabulary / catalog gap)"),
    ("b", "right indicator in the top 5, not first (ranking)"),
    ("c", "said none, the name has an indicator (none too strict)"),
    ("d", "linked a name labelled none (too loose)"),
    ("e", "label doubtful: a second blind labeller gave the linker's answer"),
)


def second_labels(catalog) -> dict[tuple[str, str], tuple[str, ...]]:
    """(set, name) -> the second labeller's ids (empty: none)."""
    out = {}
    for set_name, path in SECOND.items():
        if not (ROOT / path).exists():
            continue
        for item in yaml.safe_load((ROOT / path).read_text(encoding="utf-8"))["items"]:
            out[(set_name, item["name"].strip())] = tuple(catalog.canonical_id(i) for i in item["ids"] or ())
    return out


def candidates(linker: IndicatorLinker, name: str, answer: str | None, k: int = 10) -> list[str]:
    """The linker's answer first, then its ranked candidates, ``k`` ids at most."""
    rows, _ = linker.ranked(name)
    ids = [linker.indicators_[r].id for r in rows]
    return list(dict.fromkeys([*([answer] if answer else []), *ids]))[:k]


def classify(item: dict, answer: str | None, top: list[str], second: tuple[str, ...] | None) -> str | None:
    """The class of a miss (None: a right answer); see the module docstring for the order."""
    ids = item["ids"]
    if (answer in ids) if ids else answer is None:
        return None
    if second is not None and ((answer in second) if second else answer is None):
        return "e"
    if ids and answer is None:
        return "c"
    if not ids:
        return "d"
    return "b" if set(ids) & set(top[:5]) else "a"


def run(catalog, items: list[dict], loso: bool) -> list[dict]:
    """For each half-A name of a halved set: its answer, candidates and class."""
    linker = IndicatorLinker(rerank=False).fit(catalog)  # round 14's linker: the one the taxonomy was made for
    seconds = second_labels(catalog)
    out = []
    for held in HALVED:
        rows = [i for i in items if i["set"] == held and page_half(i["page"]) == "A"]
        if loso:
            linker.use_practitioner_names(mine_names([i for i in items if i["set"] != held]))
        for item in rows:
            link = linker.link(item["name"])
            top = candidates(linker, item["name"], link.id)
            second = seconds.get((held, item["name"].strip()))
            out.append({**item, "answer": link.id, "confidence": link.confidence, "method": link.method,
                        "top": top, "class": classify(item, link.id, top, second)})  # fmt: skip
    return out


def table(rows: list[dict]) -> list[str]:
    misses = [r for r in rows if r["class"]]
    counts = {
        lang: Counter(r["class"] for r in misses if has_cjk(r["name"]) == (lang == "zh")) for lang in ("zh", "en")
    }
    total = Counter(r["class"] for r in misses)
    n_zh = sum(1 for r in rows if has_cjk(r["name"]))
    lines = [
        f"| class | all ({len(rows)} names, {len(misses)} misses) | zh ({n_zh} names) | en ({len(rows) - n_zh} names) |",
        "|---|---|---|---|",
    ]
    for key, label in CLASSES:
        cells = [f"{n} ({n / max(m, 1):.0%})" for n, m in ((total[key], len(misses)),
                 *((counts[lang][key], sum(counts[lang].values())) for lang in ("zh", "en")))]  # fmt: skip
        lines.append(f"| ({key}) {label} | " + " | ".join(cells) + " |")
    c_reach = sum(1 for r in misses if r["class"] == "c" and set(r["ids"]) & set(r["top"][:5]))
    lines += ["", f"Of class (c), a labelled id is among the top 5 candidates for {c_reach} names."]
    return lines


def linker_figures(rows: list[dict]) -> str:
    has_id = [r for r in rows if r["ids"]]
    top1 = sum(1 for r in has_id if r["answer"] in r["ids"])
    said_none = [r for r in rows if r["answer"] is None]
    none_right = sum(1 for r in said_none if not r["ids"])
    right = top1 + none_right
    return (f"{right} of {len(rows)} right, top-1 {top1 / len(has_id):.3f} ({top1}/{len(has_id)}), none precision "
            f"{none_right / max(len(said_none), 1):.3f} ({none_right}/{len(said_none)})")  # fmt: skip


def bands(rows: list[dict]) -> list[str]:
    """The links by confidence band: right, another indicator, a name labelled none (what unlinking a band costs)."""
    lines = ["| confidence of the link | right | another indicator | labelled none |", "|---|---|---|---|"]
    for low, high in ((0.0, 0.2), (0.2, 0.3), (0.3, 0.5), (0.5, 0.9), (0.9, 1.01)):
        links = [r for r in rows if r["answer"] is not None and low <= r["confidence"] < high]
        right = sum(1 for r in links if r["ids"] and r["answer"] in r["ids"])
        none = sum(1 for r in links if not r["ids"])
        lines.append(f"| {low:.1f}-{min(high, 1.0):.1f} | {right} | {len(links) - right - none} | {none} |")
    return lines


def recall(rows: list[dict]) -> str:
    has_id = [r for r in rows if r["ids"]]
    parts = []
    for k in (1, 3, 5, 10):
        hit = sum(1 for r in has_id if set(r["ids"]) & set(r["top"][:k]))
        parts.append(f"top-{k} {hit / len(has_id):.3f} ({hit}/{len(has_id)})")
    return ", ".join(parts)


def examples(rows: list[dict], catalog, n: int) -> list[str]:
    by_class = defaultdict(list)
    for r in rows:
        if r["class"]:
            by_class[r["class"]].append(r)
    lines = []
    for key, label in CLASSES:
        shown = by_class[key][:: max(1, len(by_class[key]) // n)][:n]
        cells = [f"{r['name']} ({r['set']}: {'/'.join(r['ids'] or ['none'])} ← {r['answer'] or 'none'})" for r in shown]
        lines.append(f"- ({key}) {label}: " + "; ".join(cells))
    return lines


def per_set(rows: list[dict]) -> list[str]:
    lines = ["| set (half A) | names | right | a | b | c | d | e |", "|---|---|---|---|---|---|---|---|"]
    for held in HALVED:
        mine = [r for r in rows if r["set"] == held]
        c = Counter(r["class"] for r in mine)
        lines.append(f"| {held} | {len(mine)} | {c[None]} | " + " | ".join(str(c[k]) for k, _ in CLASSES) + " |")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None, help="unused: the labelled names live in benchmarks/data")
    parser.add_argument("--out", default=None, help="write the Markdown section here (default: print only)")
    parser.add_argument("--quick", action="store_true", help="smoke run: every 10th name; writes nothing")
    parser.add_argument("--examples", type=int, default=6, help="examples per class")
    args = parser.parse_args()
    catalog = load_catalog()
    items = load_sets(catalog)
    if args.quick:
        items = items[::10]
    loso = run(catalog, items, loso=True)
    shipped = run(catalog, items, loso=False)
    lines = [
        "## KPI linking, round 15: where the misses come from (halves A of fresh2-fresh10)",
        "",
        f"Command: `python benchmarks/link_miss_taxonomy.py` · {dt.date.today()} · {machine()}",
        "",
        "Round 14's linker (no re-ranker) with its practitioners' names mined from all sets but the name's own (leave "
        f"one set out): {linker_figures(loso)}.",
        "",
        *table(loso),
        "",
        f"Candidate list recall on the names with an indicator (leave one set out; top-1 here is the first candidate "
        f"even where the linker said none): {recall(loso)}.",
        "",
        *per_set(loso),
        "",
        "Links by confidence (leave one set out):",
        "",
        *bands(loso),
        "",
        "Examples (name (set: label ← answer)):",
        "",
        *examples(loso, catalog, args.examples),
        "",
        f"Round 14's shipped linker (it carries these very names, so its figures are inflated): "
        f"{linker_figures(shipped)}.",
        "",
        *table(shipped),
        "",
    ]
    write_report(lines, args.out, args.quick)


if __name__ == "__main__":
    main()
