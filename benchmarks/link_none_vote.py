"""KPI linking (issue 12, round 15): a none decision from the labelled names, judged by leave-one-SET-out.

    python benchmarks/link_none_vote.py [--out benchmarks/results/link_none_vote.md] [--quick]

Round 15's miss taxonomy (``benchmarks/link_miss_taxonomy.py``) found the largest class of misses on the read halves A
to be (d): a link on a name labelled none.  Candidates, each applied after today's linker (a link it makes is turned
into "none", nothing else changes), each with values chosen INSIDE each fold on the training fresh sets only:

(1) k nearest labelled names vote: of the ``k`` practitioners' names closest to the name by their characters
    (:class:`kpiguide.text.neighbours.NameNeighbours`, similarity at least ``floor``), the similarity-weighted share
    labelled none; at ``share`` or above, a link of confidence below ``below`` is left unlinked (today's rule reads
    the single closest name only);
(2) the linked indicator's record: of the training names today's linker linked to that indicator, the share whose
    label is not that indicator (smoothed: (wrong + 1) / (links + 2), at least 3 links); at ``share`` or above, a link
    of confidence below ``below`` is left unlinked (an indicator that attracts names it is not);
(3) both, either one enough.

Folds: each fresh set held out in turn (fresh, fresh2-fresh42); the practitioners' names are mined from all the other
sets (real and ours included), as ``link_mine_vocabulary.py`` does; for a training name, from all sets but the held
one and its own.  Values: the most right answers on the training fresh sets whose none precision there is at least
today's linker's.  Metrics as in link_quality.py; per held set and pooled as counts.
"""

from __future__ import annotations

import argparse
import datetime as dt
import itertools
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.link_mine_vocabulary import (  # noqa: E402
    HELD,
    load_sets,
    loso_rows,
    mine_names,
    score,
    wins_losses,
    write_report,
)
from benchmarks.suggest_common import machine  # noqa: E402
from kpiguide.catalog import load_catalog  # noqa: E402
from kpiguide.core.i18n import detect_language  # noqa: E402
from kpiguide.suggest.linking import IndicatorLinker  # noqa: E402

KS = (3, 5, 10)
FLOORS = (0.3, 0.5)
SHARES = (0.5, 0.6, 0.7, 0.8, 0.9)
BELOWS = (0.3, 0.5, 0.7, 0.9)
OFF = 2.0


class Fold:
    """Today's linker's answers and the evidence of the labelled names, for some names, with the practitioners' names
    of all sets but ``excluded``."""

    def __init__(
        self, linker: IndicatorLinker, plain: list, candidates: list, items: list[dict], rows: list[int], excluded: set
    ):
        vocab = mine_names([i for i in items if i["set"] not in excluded])
        linker.use_practitioner_names(vocab)
        self.rows = rows
        self.answer: list[str | None] = []
        self.confidence = np.zeros(len(rows))
        self.none_share = {(k, f): np.zeros(len(rows)) for k in KS for f in FLOORS}
        none = np.asarray([not e.ids for e in vocab], dtype=bool)
        #: (k, floor) -> per name: (the best-supported candidate, its support, the answer's support)
        self.id_vote: dict[tuple[int, float], list[tuple[str | None, float, float]]] = {
            key: [] for key in self.none_share
        }
        for n, i in enumerate(rows):
            found, scores = plain[i]
            text = items[i]["name"]
            link = linker._practitioners(
                text, found, scores, "zh" if detect_language(text).startswith("zh") else "en", None
            )
            self.answer.append(link.id)
            self.confidence[n] = link.confidence
            sims = linker.neighbours_.similarities(linker.practitioner_key(text))
            order = np.argsort(-sims, kind="stable")[: max(KS)]
            for k, f in self.none_share:
                top = [j for j in order[:k] if sims[j] >= f]
                weight = float(sum(sims[j] for j in top))
                self.none_share[(k, f)][n] = float(sum(sims[j] for j in top if none[j])) / weight if weight else 0.0
                support = {c: float(sum(sims[j] for j in top if c in vocab[j].ids)) / (weight or 1.0)
                           for c in candidates[i]}  # fmt: skip
                best = max(candidates[i], key=lambda c, sup=support: sup[c], default=None)
                self.id_vote[(k, f)].append((best, support.get(best, 0.0), support.get(link.id, 0.0)))


def record(items: list[dict], folds: dict[str, Fold]) -> dict[str, dict[str, tuple[int, int]]]:
    """Per set: indicator -> (links, wrong links) of today's linker on that set's names."""
    out: dict[str, dict[str, tuple[int, int]]] = {}
    for set_name, fold in folds.items():
        counts: dict[str, list[int]] = defaultdict(lambda: [0, 0])
        for i, a in zip(fold.rows, fold.answer, strict=True):
            if a is not None:
                counts[a][0] += 1
                counts[a][1] += int(not items[i]["ids"] or a not in items[i]["ids"])
        out[set_name] = {k: (v[0], v[1]) for k, v in counts.items()}
    return out


def wrong_share(answers: list[str | None], records: list[dict[str, tuple[int, int]]]) -> np.ndarray:
    out = np.zeros(len(answers))
    for n, a in enumerate(answers):
        links = sum(r.get(a, (0, 0))[0] for r in records) if a else 0
        wrong = sum(r.get(a, (0, 0))[1] for r in records) if a else 0
        out[n] = (wrong + 1) / (links + 2) if links >= 3 else 0.0
    return out


def decide(fold: Fold, prior: np.ndarray, params: tuple) -> list[str | None]:
    k, floor, share, below, p_share, p_below = params
    vote = (fold.none_share[(k, floor)] >= share) & (fold.confidence < below)
    bad = (prior >= p_share) & (fold.confidence < p_below)
    return [None if (v or b) else a for a, v, b in zip(fold.answer, vote, bad, strict=True)]


def decide_id(fold: Fold, params: tuple) -> list[str | None]:
    """(4): the candidate the nearest labelled names support most, when it has ``share`` or more and more than the
    linker's answer (a link of confidence below ``below``, or none)."""
    k, floor, share, below = params[:4]
    out = []
    for a, c, (best, support, own) in zip(fold.answer, fold.confidence, fold.id_vote[(k, floor)], strict=True):
        switch = best is not None and best != a and support >= share and support > own and c < below
        out.append(best if switch else a)
    return out


def grid(variant: str) -> list[tuple]:
    votes = [(k, f, s, b) for k in KS for f in FLOORS for s in SHARES for b in BELOWS]
    priors = [(s, b) for s in SHARES for b in BELOWS]
    off = [(KS[0], FLOORS[0], OFF, 0.0, OFF, 0.0)]  # first: a tie keeps today's answers
    if variant == "vote":
        return off + [(*v, OFF, 0.0) for v in votes]
    if variant in ("id vote", "id vote, none only"):
        return off + [(*v, OFF, 0.0) for v in votes]
    if variant == "record":
        return off + [(KS[0], FLOORS[0], OFF, 0.0, *p) for p in priors]
    return off + [(*v, *p) for v, p in itertools.product([*votes, (KS[0], FLOORS[0], OFF, 0.0)], priors)]


def answer(variant: str, fold: Fold, prior: np.ndarray, params: tuple) -> list[str | None]:
    if variant == "id vote":
        return decide_id(fold, params)
    if variant == "id vote, none only":  # only where the linker said none: class (c)
        return [b if a is None else a for a, b in zip(fold.answer, decide_id(fold, params), strict=True)]
    return decide(fold, prior, params)


def run(catalog, items: list[dict], quick: bool) -> tuple[dict, dict]:
    plain_linker = IndicatorLinker(practitioner_names=False, rerank=False).fit(catalog)
    plain = [(plain_linker.link(i["name"]), plain_linker.scores(i["name"])) for i in items]
    candidates = [
        list(dict.fromkeys(plain_linker.indicators_[r].id for r in plain_linker.ranked(i["name"])[0][:5]))
        for i in items
    ]
    linker = IndicatorLinker(rerank=False).fit(catalog)  # round 14's linker (the re-ranker is judged on its own)
    out: dict[str, dict[str, list]] = defaultdict(dict)
    chosen: dict = {}
    sets = sorted({i["set"] for i in items})
    for held in HELD:
        held_rows = [n for n, i in enumerate(items) if i["set"] == held]
        if not held_rows:
            continue
        held_fold = Fold(linker, plain, candidates, items, held_rows, {held})
        train = {
            g: Fold(linker, plain, candidates, items, [n for n, i in enumerate(items) if i["set"] == g], {held, g})
            for g in sets
            if g != held
        }
        records = record(items, train)
        out["today's linker"][held] = held_fold.answer
        held_prior = wrong_share(held_fold.answer, list(records.values()))
        inner = [g for g in train if g in HELD]
        inner_prior = {g: wrong_share(train[g].answer, [r for s, r in records.items() if s != g]) for g in inner}
        inner_items = [items[i] for g in inner for i in train[g].rows]
        ref = score(inner_items, [a for g in inner for a in train[g].answer])
        for variant in ("vote", "record", "both", "id vote", "id vote, none only"):
            best = None
            for params in grid(variant)[:: 7 if quick else 1]:
                got = score(inner_items, [a for g in inner for a in answer(variant, train[g], inner_prior[g], params)])
                ok = got["none_p"] >= ref["none_p"]
                key = (ok, got["right"] if ok else got["none_p"])
                if best is None or key > best[0]:
                    best = (key, params)
            chosen[(variant, held)] = best[1]
            out[variant][held] = answer(variant, held_fold, held_prior, best[1])
    return out, chosen


NAMES = {
    "today's linker": "today's linker (practitioners' names of the other sets)",
    "vote": "(1) k nearest names vote none",
    "record": "(2) linked indicator's record",
    "both": "(3) both",
    "id vote": "(4) k nearest names vote the indicator among the top 5",
    "id vote, none only": "(4) only where the linker said none",
}


def report(items, out, chosen) -> list[str]:
    lines = [
        "## KPI linking, round 15: a none decision from the labelled names (leave one set out)",
        "",
        f"Command: `python benchmarks/link_none_vote.py` · {dt.date.today()} · {machine()}",
        "",
        "Each fresh set held out in turn; the practitioners' names mined from all the other sets; each candidate's "
        "values chosen inside the fold on the training fresh sets (most right answers with none precision at least "
        "today's linker's there). Cells: right answers · top-1 · none precision.",
        "",
        "| held set | names | " + " | ".join(NAMES[v] for v in out) + " |",
        "|---|---|" + "---|" * len(out),
    ]
    lines += loso_rows(items, out)
    base = out["today's linker"]
    for variant, answers in out.items():
        if variant == "today's linker":
            continue
        wins, losses = wins_losses(items, answers, base)
        values = sorted({str(v) for k, v in chosen.items() if k[0] == variant})
        lines.append(f"- {NAMES[variant]}: more right answers than today's linker on {wins} held sets, fewer on "
                     f"{losses}; values chosen in the folds (k, floor, share, below, record share, record below; "
                     f"{OFF} = off): {', '.join(values)}")  # fmt: skip
    return [*lines, ""]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None, help="unused: the labelled names live in benchmarks/data")
    parser.add_argument("--out", default=None, help="write the Markdown section here (default: print only)")
    parser.add_argument(
        "--quick", action="store_true", help="smoke run: every 10th name, a coarse grid; writes nothing"
    )
    args = parser.parse_args()
    catalog = load_catalog()
    items = load_sets(catalog)
    if args.quick:
        items = items[::10]
    out, chosen = run(catalog, items, args.quick)
    lines = report(items, out, chosen)
    write_report(lines, args.out, args.quick)


if __name__ == "__main__":
    main()
