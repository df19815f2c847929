"""KPI linking (issue 12): does a learned re-ranker beat the linker's hand-set weights on a set it never saw?

    python benchmarks/link_ranker_cv.py [--data UNUSED] [--out benchmarks/results/link_ranker.md] [--quick]

Leave one set out: the six labelled link sets (``benchmarks/data/link_names*.yaml``: real names, ours, fresh, fresh2,
fresh3, fresh4 — ~1,480 names, all development data) are six independent sets (other pages, other labelling rounds).
For each of the four fresh sets the learned ranker is trained on the five other sets and scored on the held one, next
to the hand-set linker (``IndicatorLinker()`` defaults, threshold 0.11) on the same names.  The hand-set weights and
threshold were chosen on earlier sets including fresh, fresh2 half A and fresh3 half A (so on those its figures are
partly in-sample, in its favour); fresh4 was never used to choose them.

Both rankers share the steps before the ranking: a vague name (:func:`is_vague`) is "none", an exact name or keyword
is linked as the linker does.  Otherwise the ten closest indicators (``IndicatorLinker.candidate_features``) are
ranked.  Learned features, per candidate: the linker's :data:`CANDIDATE_FEATURES`, its hand-set fit (the product it
ranks by), the fit relative to the best fit, "the name is a change and the indicator is not", "the indicator is an
industry's and the name names none of its industries"; per name (for "is the first right?"): the lead of the first
over the next candidate (utility and fit ratio), the name is a change, Chinese or not, its quantity kind is known,
log length, number of candidates.  Model: scikit-learn logistic regression (lbfgs, deterministic, L2, C=1, standardised
features), (1) pairwise on feature differences (the right indicator against each other candidate) for the order,
(2) on the first candidate's and the name's features for the probability that it is right.  The "none" threshold on
that probability is chosen on the training sets only: the most right answers (right id or right none) whose none
precision on the training names (out of fold: 5 folds by a CRC32 hash of the name) is at least 0.92 (0.90 + a margin);
when no threshold reaches it there, the one with the highest none precision (marked * in the table).  Diagnostics:
the order alone (no none threshold) and the learned ranker at the hand-set linker's abstention count on the held set.
Metrics as in link_quality.py: top-1 on names with an indicator (a "none" counts wrong), none precision and recall,
right answers overall (right indicator or right "none").
"""

from __future__ import annotations

import argparse
import datetime as dt
import math
import sys
import zlib
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.suggest_common import machine  # noqa: E402
from kpiguide.catalog import load_catalog  # noqa: E402
from kpiguide.core.i18n import has_cjk  # noqa: E402
from kpiguide.suggest.linking import (  # noqa: E402
    CANDIDATE_FEATURES,
    IndicatorLinker,
    clean_name,
    is_change,
    is_vague,
    quantity_kind,
)

SETS = (
    ("real", "benchmarks/data/link_names.yaml"),
    ("ours", "benchmarks/data/link_names_ours.yaml"),
    ("fresh", "benchmarks/data/link_names_fresh.yaml"),
    ("fresh2", "benchmarks/data/link_names_fresh2.yaml"),
    ("fresh3", "benchmarks/data/link_names_fresh3.yaml"),
    ("fresh4", "benchmarks/data/link_names_fresh4.yaml"),
)
HELD = ("fresh", "fresh2", "fresh3", "fresh4")
ROW_FEATURES = (*CANDIDATE_FEATURES, "fit", "relative_fit", "change_clash", "industry_unnamed")
NAME_FEATURES = ("lead", "next_fit_ratio", "name_change", "chinese", "kind_known", "log_length", "n_candidates")
NONE_PRECISION = 0.92  # the goal's 0.90 + a margin
INNER_FOLDS = 5
GRID = tuple(
    sorted({*(round(x, 3) for x in np.arange(0.0, 0.2, 0.005)), *(round(x, 3) for x in np.arange(0.2, 0.96, 0.025))})
)


def load_sets(catalog) -> dict[str, list[dict]]:
    out = {}
    for name, path in SETS:
        items = yaml.safe_load((ROOT / path).read_text(encoding="utf-8"))["items"]
        for item in items:
            item["ids"] = {catalog.canonical_id(i) for i in item["ids"]} if item["ids"] else None
        out[name] = items
    return out


class Entry:
    """What both rankers read of one name: the fixed answer before ranking (vague / exact) or the candidates."""

    def __init__(self, linker: IndicatorLinker, item: dict) -> None:
        name = item["name"]
        self.ids = item["ids"]
        self.fixed: tuple[str | None] | None = None
        self.rows: list[int] = []
        self.x = np.zeros((0, len(ROW_FEATURES)))
        self.name_x = np.zeros(len(NAME_FEATURES) - 2)
        if is_vague(name):
            self.fixed = (None,)
            return
        scores = linker.scores(name)
        exact = linker._exact(clean_name(name), scores) or linker._exact(linker._as_catalog_words(name), scores)
        if exact is not None:
            self.fixed = (linker.indicators_[exact[0]].id,)
            return
        rows, features = linker.candidate_features(name, scores)
        if not rows:
            self.fixed = (None,)
            return
        ranked_rows, fit = linker.ranked(name, scores)
        fit_of = dict(zip(ranked_rows, fit, strict=True))
        fits = np.asarray([fit_of[r] for r in rows])
        change = is_change(name)
        extra = np.asarray(
            [
                [
                    fits[n],
                    fits[n] / (fits.max() or 1.0),
                    float(change and not linker.changes_[r]),
                    float(not linker._fits_industry(r, name)),
                ]
                for n, r in enumerate(rows)
            ]
        )
        self.rows = rows
        self.row_ids = [linker.indicators_[r].id for r in rows]
        self.x = np.hstack([features, extra])
        self.name_x = np.asarray(
            [float(change), float(has_cjk(name)), float(bool(quantity_kind(clean_name(name)))),
             math.log1p(len(name)), float(len(rows))]
        )  # fmt: skip
        self.right = np.asarray([bool(self.ids) and linker.indicators_[r].id in self.ids for r in rows], dtype=int)


class Learned:
    """Pairwise order + "is the first right?" probability, fitted on entries; threshold chosen on them."""

    def __init__(self, entries: list[Entry], inner: bool = True) -> None:
        from sklearn.linear_model import LogisticRegression  # heavy: only for this comparison

        ranked = [e for e in entries if e.fixed is None]
        stacked = np.vstack([e.x for e in ranked])
        self.mu, self.sd = stacked.mean(axis=0), stacked.std(axis=0) + 1e-9
        pairs, labels = [], []
        for e in ranked:
            if not e.right.any():
                continue
            z = (e.x - self.mu) / self.sd
            best = int(np.argmax(e.right))
            for j in np.flatnonzero(e.right == 0):
                pairs += [z[best] - z[j], z[j] - z[best]]
                labels += [1, 0]
        self.order = LogisticRegression(fit_intercept=False, max_iter=5000).fit(np.asarray(pairs), labels).coef_[0]
        firsts = np.asarray([self._first_row(e)[1] for e in ranked])
        self.fmu, self.fsd = firsts.mean(axis=0), firsts.std(axis=0) + 1e-9
        correct = [int(e.right[self._first_row(e)[0]]) for e in ranked]
        model = LogisticRegression(max_iter=5000).fit((firsts - self.fmu) / self.fsd, correct)
        self.accept, self.bias = model.coef_[0], float(model.intercept_[0])
        self.threshold, self.reached = choose_threshold(
            entries, self._inner_answers(entries) if inner else self.answers(entries)
        )

    def _first_row(self, e: Entry) -> tuple[int, np.ndarray]:
        utility = ((e.x - self.mu) / self.sd) @ self.order
        ranked = np.argsort(-utility, kind="stable")
        first = int(ranked[0])
        lead = float(utility[first] - utility[ranked[1]]) if len(ranked) > 1 else 5.0
        fit = e.x[:, ROW_FEATURES.index("fit")]
        ratio = float(np.sort(fit)[-2] / fit.max()) if len(fit) > 1 and fit.max() > 0 else 0.0
        return first, np.asarray([*e.x[first], lead, ratio, *e.name_x])

    def answers(self, entries: list[Entry]) -> list[tuple[str | None, float]]:
        out: list[tuple[str | None, float]] = []
        for e in entries:
            if e.fixed is not None:
                out.append((e.fixed[0], 1.0))
                continue
            first, x = self._first_row(e)
            logit = float(((x - self.fmu) / self.fsd) @ self.accept + self.bias)
            out.append((e.row_ids[first], 1.0 / (1.0 + math.exp(-logit))))
        return out

    def _inner_answers(self, entries: list[Entry]) -> list[tuple[str | None, float]]:
        fold = [zlib.crc32(e.key.encode("utf-8")) % INNER_FOLDS for e in entries]
        out: list[tuple[str | None, float]] = [(None, 0.0)] * len(entries)
        for f in range(INNER_FOLDS):
            model = Learned([e for e, g in zip(entries, fold, strict=True) if g != f], inner=False)
            part = [k for k, g in enumerate(fold) if g == f]
            for k, answer in zip(part, model.answers([entries[k] for k in part]), strict=True):
                out[k] = answer
        return out


def metrics(entries: list[Entry], said: list[str | None]) -> dict[str, float]:
    has_id = [k for k, e in enumerate(entries) if e.ids]
    n_none = len(entries) - len(has_id)
    top1 = sum(1 for k in has_id if said[k] in entries[k].ids)
    nones = [k for k, s in enumerate(said) if s is None]
    right_none = sum(1 for k in nones if not entries[k].ids)
    return {
        "n": len(entries),
        "n_id": len(has_id),
        "top1": top1 / len(has_id),
        "none_p": right_none / len(nones) if nones else float("nan"),
        "none_r": right_none / n_none if n_none else float("nan"),
        "right": (top1 + right_none) / len(entries),
        "right_n": top1 + right_none,
    }


def cut(answers: list[tuple[str | None, float]], threshold: float) -> list[str | None]:
    return [a if c >= threshold else None for a, c in answers]


def choose_threshold(entries: list[Entry], answers: list[tuple[str | None, float]]) -> tuple[float, bool]:
    """Most right answers with none precision ≥ NONE_PRECISION (ties: the lower threshold); when no threshold reaches
    it, the one with the highest none precision (ties: most right answers)."""
    found = [(metrics(entries, cut(answers, th)), th) for th in GRID]
    ok = [(m["right_n"], -th) for m, th in found if m["none_p"] >= NONE_PRECISION]
    if ok:
        return -max(ok)[1], True
    return -max((m["none_p"] if m["none_p"] == m["none_p"] else 0.0, m["right_n"], -th) for m, th in found)[2], False


def same_abstention(answers: list[tuple[str | None, float]], n_none: int) -> list[str | None]:
    """The learned answers cut so that as many names are left unlinked as ``n_none`` (the hand-set linker's count on
    the same names: no label is read), the least sure first."""
    linked = [k for k, (a, _) in enumerate(answers) if a is not None]
    extra = max(n_none - (len(answers) - len(linked)), 0)
    drop = set(sorted(linked, key=lambda k: (answers[k][1], k))[:extra])
    return [None if k in drop else a for k, (a, _) in enumerate(answers)]


def row(label: str, m: dict[str, float]) -> str:
    none_p = f"{m['none_p']:.3f}" if m["none_p"] == m["none_p"] else "— (none unlinked)"
    return (
        f"| {label} | {m['n']} | {m['n_id']} | {m['top1']:.3f} | {none_p} | {m['none_r']:.3f} "
        f"| {m['right']:.3f} ({m['right_n']}) |"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None, help="unused: the labelled names live in benchmarks/data")
    parser.add_argument("--out", default=None, help="write the Markdown section here (default: print only)")
    parser.add_argument("--quick", action="store_true", help="smoke run: every 5th name, one held set; writes nothing")
    args = parser.parse_args()
    catalog = load_catalog()
    linker = IndicatorLinker().fit(catalog)
    sets = {k: v[:: 5 if args.quick else 1] for k, v in load_sets(catalog).items()}
    entries: dict[str, list[Entry]] = {}
    hand: dict[str, list[str | None]] = {}
    rank_only: dict[str, list[str | None]] = {}  # the hand-set linker without a none threshold: its order alone
    unthresholded = IndicatorLinker(threshold=0.0).fit(catalog)
    for name, items in sets.items():
        entries[name] = []
        for item in items:
            entry = Entry(linker, item)
            entry.key = item["name"]  # type: ignore[attr-defined]
            entries[name].append(entry)
        hand[name] = [lk.id for lk in linker.link_many(i["name"] for i in items)]
        rank_only[name] = [lk.id for lk in unthresholded.link_many(i["name"] for i in items)]
    lines = [
        "## KPI linking: learned re-ranker vs hand-set weights, leave one set out (issue 12)",
        "",
        f"Command: `python benchmarks/link_ranker_cv.py` · {dt.date.today()} · {machine()}",
        "",
        "Each held set: the learned ranker trained on the five other sets (its none threshold chosen on them, out of "
        f"fold, {INNER_FOLDS} inner folds: most right answers with none precision ≥ {NONE_PRECISION}); the hand-set "
        "linker (defaults, threshold 0.11; chosen on sets that include fresh, fresh2 half A and fresh3 half A, so "
        "partly in-sample there; never on fresh4) on the same names. right = right indicator or right none.",
        "",
        "| held set · ranker | names | with an indicator | top-1 | none P | none R | right (n) |",
        "|---|---|---|---|---|---|---|",
    ]
    means: dict[str, list[dict[str, float]]] = {"hand": [], "learned": []}
    wins = 0
    details = []
    for held in HELD[:1] if args.quick else HELD:
        train = [e for k, v in entries.items() if k != held for e in v]
        model = Learned(train)
        answers = model.answers(entries[held])
        learned = cut(answers, model.threshold)
        same = metrics(entries[held], same_abstention(answers, sum(1 for h in hand[held] if h is None)))
        order_only = (metrics(entries[held], rank_only[held]), metrics(entries[held], cut(answers, 0.0)))
        a, b = metrics(entries[held], hand[held]), metrics(entries[held], learned)
        means["hand"].append(a)
        means["learned"].append(b)
        won = (b["top1"] > a["top1"] and b["none_p"] > a["none_p"]) or (
            b["right_n"] > a["right_n"] and b["none_p"] >= 0.90
        )
        wins += won
        lines += [
            row(f"{held} · hand-set", a),
            row(f"{held} · learned (th {model.threshold:.3f}{'' if model.reached else '*'})", b),
        ]
        details.append((held, model, order_only, same, a))
    for ranker, ms in means.items():
        mean = {k: float(np.mean([m[k] for m in ms])) for k in ("top1", "none_p", "none_r", "right", "right_n")}
        none_p = f"{mean['none_p']:.3f}" if mean["none_p"] == mean["none_p"] else "— (a set with no name unlinked)"
        lines.append(
            f"| mean · {ranker} | | | {mean['top1']:.3f} | {none_p} | {mean['none_r']:.3f} "
            f"| {mean['right']:.3f} ({mean['right_n']:.1f}) |"
        )
    mh = {k: np.mean([m[k] for m in means["hand"]]) for k in ("top1", "none_p", "right")}
    ml = {k: np.mean([m[k] for m in means["learned"]]) for k in ("top1", "none_p", "right")}
    beats_mean = (ml["top1"] > mh["top1"] and ml["none_p"] > mh["none_p"]) or (
        ml["right"] > mh["right"] and ml["none_p"] >= 0.90
    )
    lines += [
        "",
        "\\* no threshold reached none precision 0.92 on the training names (out of fold): the threshold with the "
        "highest none precision there was taken.",
        "",
        f"Rule (issue 12 brief): the learned ranker replaces the hand-set weights only if it beats them in the mean "
        f"AND on at least 3 of 4 held sets (top-1 and none precision both higher, or more right answers at none "
        f"precision ≥ 0.90). Held sets won: {wins} of {len(details)}; mean: {'won' if beats_mean else 'not won'}. "
        f"Verdict: {'the learned ranker wins' if beats_mean and wins >= 3 else 'the hand-set linker stays'}.",
        "",
        "Diagnostics (same held sets): the order alone — top-1 with no none threshold (vague names and exact names "
        "as before) — and the learned ranker cut to leave exactly as many names unlinked as the hand-set linker "
        "does on that set (a count, no label read), so that both are compared at one abstention rate.",
        "",
        "| held set | order only: hand-set top-1 | order only: learned top-1 | same abstention: hand-set top-1 / "
        "none P / right | same abstention: learned top-1 / none P / right |",
        "|---|---|---|---|---|",
        *(
            f"| {h} | {o[0]['top1']:.3f} | {o[1]['top1']:.3f} | {a['top1']:.3f} / {a['none_p']:.3f} / {a['right_n']} "
            f"| {m['top1']:.3f} / {m['none_p']:.3f} / {m['right_n']} |"
            for h, _, o, m, a in details
        ),
        "",
        f"Largest standardised weights of the order model trained without {details[-1][0]}: "
        + ", ".join(
            f"{ROW_FEATURES[i]} {details[-1][1].order[i]:+.2f}" for i in np.argsort(-np.abs(details[-1][1].order))[:6]
        )
        + ".",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if args.out and not args.quick:
        Path(args.out).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
