"""KPI linking (issue 12, round 15): a pairwise re-ranker of the linker's own top 5, judged by leave-one-SET-out.

    python benchmarks/link_rerank_cv.py [--out benchmarks/results/link_rerank.md] [--quick] [--write]

Class (b) of round 15's miss taxonomy (``benchmarks/link_miss_taxonomy.py``): the right indicator is among the linker's
top 5 candidates but not first.  Unlike round 9's re-ranker and round 13's learned decision (``link_ranker_cv.py``),
this one decides nothing about "none": it only reorders the candidates of a name today's linker links (not an exact
catalog name), so none answers and none precision stay as they are.

Candidates: today's answer and the first five of ``IndicatorLinker.ranked`` (ordered by the hand-set fit).  Features
per candidate, each explainable: the linker's :data:`CANDIDATE_FEATURES` (similarity, its ratio to the best, name
cover, query cover, same / other kind of quantity, general, first by similarity), the hand-set fit and its ratio to the
best fit, the cover rule's unexplained share, "the name is a change and the indicator is not", "today's answer", "an
exact keyword of it", "a practitioners' name of it", and the labelled names' support: of the 5 practitioners' names
closest to the name by their characters (similarity >= 0.3), the similarity-weighted share labelled this indicator.
Model: scikit-learn logistic regression on pairwise differences (the labelled candidate against each other one),
standardised, L2, C=1 (deterministic).  The answer: the candidate with the highest model score.

Folds: each fresh set held out in turn (fresh, fresh2-fresh10); the practitioners' names mined from all other sets; the
model trained on the names of all other sets (real and ours included), whose features read the practitioners' names of
all sets but the held one and their own.  Metrics as in link_quality.py; per held set and pooled as counts.
Today's linker: ``IndicatorLinker(rerank=False)`` (round 14's), with the practitioners' names of the other sets.
``--write`` trains on every set and writes ``kpiguide/catalog/data/link_reranker.yaml``, the weights the linker ships
(``IndicatorLinker(rerank=True)``, the default).
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.link_mine_vocabulary import (  # noqa: E402
    HELD,
    load_sets,
    loso_rows,
    mine_names,
    wins_losses,
    write_report,
)
from benchmarks.suggest_common import machine  # noqa: E402
from kpiguide.catalog import load_catalog  # noqa: E402
from kpiguide.core.i18n import detect_language  # noqa: E402
from kpiguide.suggest.linking import RERANK_FEATURES, IndicatorLinker  # noqa: E402
from kpiguide.text.analysis import LINKER_WEIGHTS  # noqa: E402

WEIGHTS = ROOT / "kpiguide" / "catalog" / "data" / LINKER_WEIGHTS


def name_candidates(plain: IndicatorLinker, name: str) -> dict:
    """What the linker reads of a name before the practitioners' names (the same in every fold)."""
    scores = plain.scores(name)
    return {"found": plain.link(name), "scores": scores, "reading": plain.candidate_reading(name, scores)}


def features(linker: IndicatorLinker, name: str, c: dict) -> tuple[str | None, str, list, np.ndarray]:
    """Today's answer and its method with ``linker``'s practitioners' names, the candidate ids and their features
    (:meth:`IndicatorLinker.rerank_features`, what the shipped re-ranker reads)."""
    lang = "zh" if detect_language(name).startswith("zh") else "en"
    link = linker._practitioners(name, c["found"], c["scores"], lang, None)
    rows, x = linker.rerank_features(name, link, c["reading"])
    return link.id, link.method, [linker.indicators_[r].id for r in rows], x


def train(linker: IndicatorLinker, items: list[dict], cands: list[dict], sets: list[str], excluded: set[str]):
    """The pairwise model's weights (raw feature units) from the names of ``sets``, each name's features reading the
    practitioners' names of all sets but ``excluded`` and its own."""
    from sklearn.linear_model import LogisticRegression  # reason: heavy optional dependency, benchmark only

    diffs = []
    for g in sets:
        linker.use_practitioner_names(mine_names([i for i in items if i["set"] not in excluded | {g}]))
        for n, i in enumerate(items):
            if i["set"] == g:
                answer, method, ids, x = features(linker, i["name"], cands[n])
                if answer is not None and method != "name":
                    diffs += pairs(x, ids, i["ids"])
    d = np.asarray(diffs)
    std = d.std(axis=0) + 1e-9  # differences: no centring (the model is antisymmetric)
    model = LogisticRegression(C=1.0, fit_intercept=False, max_iter=1000)
    model.fit(np.vstack([d / std, -d / std]), np.r_[np.ones(len(d)), np.zeros(len(d))])
    return model.coef_.ravel() / std, std


def pairs(x: np.ndarray, ids: list, labels) -> list[np.ndarray]:
    right = [n for n, i in enumerate(ids) if labels and i in labels]
    if not right:
        return []
    r = right[0]
    return [x[r] - x[n] for n in range(len(ids)) if ids[n] not in labels]


def run(catalog, items: list[dict]) -> dict[str, dict[str, list]]:
    plain = IndicatorLinker(practitioner_names=False, rerank=False).fit(catalog)
    cands = [name_candidates(plain, i["name"]) for i in items]
    linker = IndicatorLinker(rerank=False).fit(catalog)
    sets = sorted({i["set"] for i in items})
    out: dict[str, dict[str, list]] = defaultdict(dict)
    for held in HELD:
        held_rows = [n for n, i in enumerate(items) if i["set"] == held]
        if not held_rows:
            continue
        w, std = train(linker, items, cands, [g for g in sets if g != held], {held})
        linker.use_practitioner_names(mine_names([i for i in items if i["set"] != held]))
        today, reranked = [], []
        for n in held_rows:
            answer, method, ids, x = features(linker, items[n]["name"], cands[n])
            today.append(answer)
            if answer is None or method == "name":
                reranked.append(answer)
                continue
            rows = [linker.rows_[i] for i in ids]  # the linker's own pick (its industry convention included)
            reranked.append(
                linker.indicators_[linker.rerank_pick(items[n]["name"], rows, x @ w, linker.rows_[answer])].id
            )
        out["today's linker"][held] = today
        out["pairwise re-ranker of the top 5"][held] = reranked
        out.setdefault("_weights", {})[held] = dict(zip(RERANK_FEATURES, np.round(w * std, 2), strict=True))
    return out


def write_weights(catalog, items: list[dict]) -> dict[str, float]:
    """Train on every set (each name's features reading the practitioners' names of the other sets) and write the
    weights the linker ships (``kpiguide/catalog/data/link_reranker.yaml``)."""
    plain = IndicatorLinker(practitioner_names=False, rerank=False).fit(catalog)
    cands = [name_candidates(plain, i["name"]) for i in items]
    linker = IndicatorLinker(rerank=False).fit(catalog)
    w, _ = train(linker, items, cands, sorted({i["set"] for i in items}), set())
    weights = {f: round(float(v), 6) for f, v in zip(RERANK_FEATURES, w, strict=True)}
    header = (
        "# The KPI linker's learned re-ranker (issue 12, round 15): one weight per feature (raw units) of a pairwise\n"
        "# logistic regression over the candidates of a linked name (kpiguide.suggest.linking.RERANK_FEATURES), trained\n"
        "# on every labelled link set (benchmarks/data/link_names*.yaml), judged by leave one set out.\n"
        "# Generated, do not edit by hand: python benchmarks/link_rerank_cv.py --write\n"
    )
    WEIGHTS.write_text(header + yaml.safe_dump({"weights": weights}, sort_keys=False), encoding="utf-8")
    return weights


def report(items, out) -> list[str]:
    weights = out.pop("_weights", {})
    lines = [
        "## KPI linking, round 15: a pairwise re-ranker of the linker's top 5 (leave one set out)",
        "",
        f"Command: `python benchmarks/link_rerank_cv.py` · {dt.date.today()} · {machine()}",
        "",
        "Each fresh set held out in turn; the re-ranker trained on all other sets; today's linker with the "
        "practitioners' names of the other sets. The re-ranker only reorders the candidates of a name the linker "
        "links (not by an exact catalog name): none answers are the same. Cells: right answers · top-1 · none "
        "precision.",
        "",
        "| held set | names | " + " | ".join(out) + " |",
        "|---|---|" + "---|" * len(out),
    ]
    lines += loso_rows(items, out)
    base = out["today's linker"]
    for variant, answers in out.items():
        if variant == "today's linker":
            continue
        wins, losses = wins_losses(items, answers, base)
        lines.append(f"- {variant}: more right answers than today's linker on {wins} held sets, fewer on {losses}.")
    if weights:
        last = list(weights)[-1]
        lines.append(f"- Standardised weights of the fold holding {last} out: "
                     + ", ".join(f"{k} {v:+.2f}" for k, v in weights[last].items()) + ".")  # fmt: skip
    return [*lines, ""]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None, help="unused: the labelled names live in benchmarks/data")
    parser.add_argument("--out", default=None, help="write the Markdown section here (default: print only)")
    parser.add_argument("--quick", action="store_true", help="smoke run: every 10th name; writes nothing")
    parser.add_argument("--write", action="store_true", help="train on all sets into kpiguide/catalog/data")
    args = parser.parse_args()
    catalog = load_catalog()
    items = load_sets(catalog)
    if args.quick:
        items = items[::10]
    if args.write and not args.quick:
        print("weights written:", write_weights(catalog, items))
    out = run(catalog, items)
    lines = report(items, out)
    write_report(lines, args.out, args.quick)


if __name__ == "__main__":
    main()
