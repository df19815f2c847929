"""Every miss of round 10's three test sets, with the evidence the engines read (issue 12 analysis, no tuning).

    python benchmarks/round10_misses.py [--part link|smart|suggest|all] [--quick] [--data unused]

Round 10's test sets (``benchmarks/data/link_names_fresh6.yaml``, ``tests/fixtures/smart_holdout10.yaml``,
``benchmarks/data/suggest_queries_fresh4.yaml``) were run once after round 10 and are development data since; this
script lists all their misses for the class analysis in ``benchmarks/results/issue12_round10_misses.md``.  It reuses
the benchmark scripts' loaders and scoring (``link_quality.load``, ``smart_quality``'s analysis call,
``suggest_quality.load_queries`` / ``grades_for`` / ``id_grades`` / ``metrics``) and prints one block per miss to
stdout; it writes nothing.  ``--quick``: the first few items of each set.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

import link_quality
import suggest_quality

from kpiguide.catalog import load_catalog
from kpiguide.checks.smart import _default_relevance, analyze
from kpiguide.core.i18n import has_cjk
from kpiguide.suggest.engine import IndicatorSuggester
from kpiguide.suggest.linking import default_linker

ROOT = Path(__file__).resolve().parents[1]
LINK_SET = "benchmarks/data/link_names_fresh6.yaml"
LINK_SECOND = "benchmarks/data/link_names_fresh6_second.yaml"
SMART_SET = ROOT / "tests" / "fixtures" / "smart_holdout10.yaml"
TODAY = dt.date(2026, 5, 10)  # as benchmarks/smart_quality.py


def right(ids: set[str] | None, answer: str | None) -> bool:
    return (answer in ids) if ids else answer is None


def link_misses(limit: int | None) -> None:
    """The default linker's wrong answers on fresh6, told nothing and told the page's industry and function."""
    catalog = load_catalog()
    linker = default_linker()
    items = link_quality.load(LINK_SET, catalog)[:limit]
    second = {i["name"]: i for i in link_quality.load(LINK_SECOND, catalog)}
    counts = {"plain": 0, "context": 0}
    for item in items:
        ids = item["ids"]
        plain = linker.link(item["name"])
        ctx = linker.link(item["name"], industry=item.get("industry"), function=item.get("function"))
        counts["plain"] += right(ids, plain.id)
        counts["context"] += right(ids, ctx.id)
        if right(ids, plain.id) and right(ids, ctx.id):
            continue
        rows, fits = linker.ranked(item["name"], industry=item.get("industry"), function=item.get("function"))
        top = [(linker.indicators_[r].id, float(f)) for r, f in zip(rows[:5], fits[:5], strict=False)]
        rank = next((k + 1 for k, (i, _) in enumerate(top) if ids and i in ids), None)
        other = second.get(item["name"], {}).get("ids")
        agree = (bool(other) == bool(ids)) and (not ids or bool(set(other or ()) & ids))
        print(
            f"LINK\t{'zh' if has_cjk(item['name']) else 'en'}\t{item['name']}\tind={item.get('industry')}"
            f"\tfn={item.get('function')}\tlabel={','.join(sorted(ids)) if ids else 'none'}"
            f"\tsecond={','.join(sorted(other)) if other else 'none'}\tagree={agree}"
            f"\tplain={plain.id} {plain.confidence:.2f} {plain.method} ok={right(ids, plain.id)}"
            f"\tctx={ctx.id} {ctx.confidence:.2f} {ctx.method} ok={right(ids, ctx.id)}"
            f"\tlabel_rank={rank}\ttop={'; '.join(f'{i} {f:.2f}' for i, f in top)}"
        )
    print(f"LINK right: plain {counts['plain']} / context {counts['context']} of {len(items)}")


def link_sweep(limit: int | None) -> None:
    """What a higher similarity threshold would do (told nothing; exact links unchanged): top-1, none precision."""
    catalog = load_catalog()
    linker = default_linker()
    found = [(i["ids"], linker.link(i["name"])) for i in link_quality.load(LINK_SET, catalog)[:limit]]
    for th in (0.0, 0.15, 0.2, 0.25):
        answers = [(ids, k.id if k.id and (k.method != "similar" or k.confidence > th) else None) for ids, k in found]
        has = [(ids, a) for ids, a in answers if ids]
        nones = [ids for ids, a in answers if a is None]
        lost = sum(1 for (ids, k), (_, a) in zip(found, answers, strict=True) if ids and k.id in ids and a is None)
        removed = sum(1 for (ids, k), (_, a) in zip(found, answers, strict=True) if not ids and k.id and a is None)
        top1 = sum(a in ids for ids, a in has) / max(len(has), 1)
        none_p = sum(1 for ids in nones if not ids) / max(len(nones), 1)
        print(
            f"LINK sweep >{th}: top-1 {top1:.2f} none-p {none_p:.2f} nones {len(nones)} lost {lost} removed {removed}"
        )


def smart_misses(limit: int | None) -> None:
    """False negatives and false positives of 'relevant' at 0.3 on held-out 10, with the relevance evidence."""
    relevance = _default_relevance()
    items = yaml.safe_load(SMART_SET.read_text(encoding="utf-8"))["statements"][:limit]
    tally = {"TP": 0, "FP": 0, "FN": 0, "TN": 0}
    for item in items:
        if not item.get("objective") or "relevant" not in item:
            continue
        result = analyze(item["text"], objective=item["objective"], matcher=None, relevance=relevance, today=TODAY)
        got = bool(result.criteria["relevant"].ok)
        kind = ("T" if got == item["relevant"] else "F") + ("P" if got else "N")
        tally[kind] += 1
        if kind in ("TP", "TN"):
            continue
        comp = relevance.components(item["text"], item["objective"])
        why = relevance.explain(item["text"], item["objective"])
        graph = relevance.suggester.template_graph_
        stated = [(graph.ids[k], c) for k, c in graph.match_objective(item["objective"])]
        kpi_t = [(graph.ids[k], c) for k, c in graph.match_objective(item["text"])]
        link = relevance.linker.link(item["text"])
        print(
            f"SMART\t{kind}\t{'zh' if has_cjk(item['text']) else 'en'}\t{item['text']}\t||\t{item['objective']}"
            f"\tfn={item.get('function')}\tscore={float(result.details.get('relevance') or 0):.2f}"
            f"\tlink={getattr(link, 'id', None)} {getattr(link, 'confidence', 0):.2f}"
            f"\texplain={why}\tcomponents={ {k: round(v, 2) for k, v in comp.items() if v} }"
            f"\tobj_templates={[(t, round(c, 2)) for t, c in stated[:3]]}"
            f"\tkpi_templates={[(t, round(c, 2)) for t, c in kpi_t[:2]]}"
        )
    print(f"SMART {tally}")


def suggest_misses(limit: int | None) -> None:
    """Queries of fresh4 with no hit in the top 5 at id or function level, with the suggester's context."""
    catalog = load_catalog()
    ours = IndicatorSuggester().fit(catalog)
    queries = [q for q in suggest_quality.load_queries() if q.get("split") == "fresh4"][:limit]
    hits: dict[tuple[str, str], list[float]] = {}
    for q in queries:
        ranked = [s.indicator.id for s in ours.suggest(q["text"], top_k=10)]
        fn_hit = suggest_quality.metrics(ranked, suggest_quality.grades_for(q, catalog))[0]
        id_g = suggest_quality.id_grades(q)
        id_hit = suggest_quality.metrics(ranked, id_g)[0] if id_g else None
        hits.setdefault((q["lang"], "function"), []).append(fn_hit)
        if id_hit is not None:
            hits.setdefault((q["lang"], "id"), []).append(id_hit)
        if q.get("industry"):  # counterfactual: the caller tells the query's industry (the benchmark does not)
            told = [s.indicator.id for s in ours.suggest(q["text"], top_k=10, industry=q["industry"])]
            hits.setdefault((q["lang"], "id, industry told (queries with one)"), []).append(
                suggest_quality.metrics(told, id_g)[0] if id_g else 0.0
            )
            hits.setdefault((q["lang"], "id, not told (same queries)"), []).append(id_hit or 0.0)
        if fn_hit and id_hit != 0.0:
            continue
        ctx = ours.context(q["text"])
        roles = [(m.role.id, round(m.confidence, 2)) for m in ctx.roles[:3]]
        print(
            f"SUGGEST\t{q['lang']}\t{q['kind']}\tfn_hit={fn_hit:.0f}\tid_hit={id_hit}\t{q['id']}\t{q['text'][:160]!r}"
            f"\tfunctions={q['functions']}\tindustry={q.get('industry')}\tlabel_ids={sorted(q['ids'])}"
            f"\troles={roles}\tdept={ctx.department}\tindustries={sorted(ctx.industries)}"
            f"\ttemplates={list(ctx.strategies)}\ttop5={ranked[:5]}"
        )
    for key, values in sorted(hits.items()):
        print(f"SUGGEST hit@5 {key}: {sum(values) / len(values):.3f} (n={len(values)})")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--part", choices=("link", "smart", "suggest", "all"), default="all")
    parser.add_argument("--quick", action="store_true", help="the first few items of each set")
    parser.add_argument("--data", default=None, help="unused: the labelled sets live in the repository")
    args = parser.parse_args()
    limit = 6 if args.quick else None
    if args.part in ("link", "all"):
        link_misses(limit)
        link_sweep(limit)
    if args.part in ("smart", "all"):
        smart_misses(limit)
    if args.part in ("suggest", "all"):
        suggest_misses(limit)


if __name__ == "__main__":
    main()
