"""KPI linking (issue 12): does a learned none/which decision beat the linker's hand-set weights on a set it never saw?

    python benchmarks/link_ranker_cv.py [--data UNUSED] [--out benchmarks/results/link_ranker.md] [--quick]

Leave one SET out (round 13): the labelled link sets (``benchmarks/data/link_names*.yaml``: real names, ours, fresh,
fresh2-fresh8, all development data) are independent sets (other pages, other labelling rounds).  For each fresh set
the learned decision is trained on all the other sets and scored on the held one, next to the hand-set linker
(``IndicatorLinker()`` defaults: threshold 0.11 on the product of hand-set factors) on the same names in the same run,
told the page's industry and function when the set records them (fresh4 on), as the learned one is; the hand-set
linker without that context is shown too.  The hand-set weights were chosen on sets that include the fresh sets'
halves A (partly in-sample there, in its favour).

Both share the steps before the decision: a vague name (:func:`is_vague`) is "none", an exact NAME is linked as the
linker does; an exact keyword is a feature of its indicator (``exact_keyword``), not a fixed answer.  Otherwise the ten
closest indicators (``IndicatorLinker.candidate_features``) are ranked.  Learned features, per candidate: the linker's
:data:`CANDIDATE_FEATURES`; its hand-set fit (with the page's context) and the fit relative to the best; "the name is a
change and the indicator is not"; "the indicator is an industry's and the name names none of its industries"; the
cover rule's evidence (round 11, :mod:`kpiguide.text.objects`): the idf-weighted share of the name's object words the
indicator leaves unexplained; the exact-keyword flag; the context: the page's industry is one of the indicator's, the
indicator is of the page's function, of an adjacent function, of another function (0 when the page does not say);
per name (for "is the first right?"): the lead of the first over the next candidate (utility and fit ratio), the name
is a change, Chinese or not, its quantity kind is known, log length, number of candidates, number of object words,
the page's function is known.  Model: scikit-learn logistic regression (lbfgs, deterministic, L2, C=1, standardised
features), (1) pairwise on feature differences (the right indicator against each other candidate) for the order, (2)
on the first candidate's and the name's features for the probability that it is right.  The "none" threshold on that
probability is chosen on the training sets only: the most right answers (right id or right none) whose none precision
on the training names (out of fold: 5 folds by a CRC32 hash of the name) is at least the hand-set linker's there; when no
threshold reaches it there, the one with the highest none precision (marked * in the table).  A second learned
variant keeps the hand-set order (the fit; an exact keyword first) and learns only the "none" decision.
Metrics as in link_quality.py: top-1 on names with an indicator (a "none" counts wrong), none precision and recall,
right answers overall (right indicator or right "none"); pooled over the held sets as counts.
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
from kpiguide.text.objects import object_words  # noqa: E402

SETS = (
    ("real", "benchmarks/data/link_names.yaml"),
    ("ours", "benchmarks/data/link_names_ours.yaml"),
    *((f"fresh{n}", f"benchmarks/data/link_names_fresh{n}.yaml") for n in ("", 2, 3, 4, 5, 6, 7, 8)),
)
HELD = ("fresh", "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8")
ROW_FEATURES = (
    *CANDIDATE_FEATURES, "fit", "relative_fit", "change_clash", "industry_unnamed", "unexplained", "exact_keyword",
    "industry_agrees", "function_own", "function_adjacent", "function_other",
)  # fmt: skip
NAME_FEATURES = (
    "lead", "next_fit_ratio", "name_change", "chinese", "kind_known", "log_length", "n_candidates", "n_object_words",
    "function_known",
)  # fmt: skip
NONE_PRECISION = 0.92  # the goal's 0.90 + a margin: the threshold rule's first choice
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
    """What both deciders read of one name: the fixed answer before ranking (vague / exact name) or the candidates."""

    def __init__(self, linker: IndicatorLinker, item: dict) -> None:
        name = item["name"]
        industry, function = item.get("industry"), item.get("function")
        self.ids = item["ids"]
        self.key = name
        self.fixed: tuple[str | None] | None = None
        self.rows: list[int] = []
        self.x = np.zeros((0, len(ROW_FEATURES)))
        self.name_x = np.zeros(len(NAME_FEATURES) - 2)
        if is_vague(name):
            self.fixed = (None,)
            return
        scores = linker.scores(name)
        exact = linker._exact(clean_name(name), scores, industry) or linker._exact(
            linker._as_catalog_words(name), scores, industry
        )
        rows, features = linker.candidate_features(name, scores)
        if exact is not None and (exact[2] == "name" or exact[0] not in rows):
            self.fixed = (linker.indicators_[exact[0]].id,)
            return
        if not rows:
            self.fixed = (None,)
            return
        ranked_rows, fit = linker.ranked(name, scores, industry=industry, function=function)
        fit_of = dict(zip(ranked_rows, fit, strict=True))
        fits = np.asarray([fit_of[r] for r in rows])
        change = is_change(name)
        unexplained = linker.unexplained(name, rows)
        inside = linker.in_context(rows, function) if function else np.zeros(len(rows), dtype=bool)
        extra = np.asarray(
            [
                [
                    fits[n], fits[n] / (fits.max() or 1.0), float(change and not linker.changes_[r]),
                    float(not linker._fits_industry(r, name, industry)), float(unexplained[n]),
                    float(exact is not None and exact[0] == r),
                    float(bool(industry) and industry in linker.indicators_[r].industries),
                    float(bool(function) and linker.functions_[r] == function),
                    float(bool(function) and bool(inside[n]) and linker.functions_[r] != function),
                    float(bool(function) and not inside[n]),
                ]
                for n, r in enumerate(rows)
            ]
        )  # fmt: skip
        self.rows = rows
        self.row_ids = [linker.indicators_[r].id for r in rows]
        self.x = np.hstack([features, extra])
        self.name_x = np.asarray(
            [float(change), float(has_cjk(name)), float(bool(quantity_kind(clean_name(name)))),
             math.log1p(len(name)), float(len(rows)), float(len(object_words(linker._as_catalog_words(name)))),
             float(bool(function))]
        )  # fmt: skip
        self.right = np.asarray([bool(self.ids) and linker.indicators_[r].id in self.ids for r in rows], dtype=int)


class Learned:
    """Pairwise order + "is the first right?" probability, fitted on entries; threshold chosen on them.
    ``hand_order``: the hand-set order (the fit; an exact keyword first, as the linker links it) and a learned
    "none" decision only."""

    def __init__(
        self, entries: list[Entry], inner: bool = True, floor: float = NONE_PRECISION, hand_order: bool = False
    ) -> None:
        from sklearn.linear_model import LogisticRegression  # heavy: only for this comparison

        ranked = [e for e in entries if e.fixed is None]
        stacked = np.vstack([e.x for e in ranked])
        self.mu, self.sd = stacked.mean(axis=0), stacked.std(axis=0) + 1e-9
        pairs, labels = [], []
        self.hand_order = hand_order
        for e in [] if hand_order else ranked:
            if not e.right.any():
                continue
            z = (e.x - self.mu) / self.sd
            best = int(np.argmax(e.right))
            for j in np.flatnonzero(e.right == 0):
                pairs += [z[best] - z[j], z[j] - z[best]]
                labels += [1, 0]
        self.order = (
            LogisticRegression(fit_intercept=False, max_iter=5000).fit(np.asarray(pairs), labels).coef_[0]
            if pairs
            else np.zeros(len(ROW_FEATURES))
        )
        firsts = np.asarray([self._first_row(e)[1] for e in ranked])
        self.fmu, self.fsd = firsts.mean(axis=0), firsts.std(axis=0) + 1e-9
        correct = [int(e.right[self._first_row(e)[0]]) for e in ranked]
        model = LogisticRegression(max_iter=5000).fit((firsts - self.fmu) / self.fsd, correct)
        self.accept, self.bias = model.coef_[0], float(model.intercept_[0])
        self.threshold, self.reached = choose_threshold(
            entries, self._inner_answers(entries, floor) if inner else self.answers(entries), floor
        )

    def _first_row(self, e: Entry) -> tuple[int, np.ndarray]:
        if self.hand_order:
            utility = e.x[:, ROW_FEATURES.index("fit")] + 10.0 * e.x[:, ROW_FEATURES.index("exact_keyword")]
        else:
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

    def _inner_answers(self, entries: list[Entry], floor: float) -> list[tuple[str | None, float]]:
        fold = [zlib.crc32(e.key.encode("utf-8")) % INNER_FOLDS for e in entries]
        out: list[tuple[str | None, float]] = [(None, 0.0)] * len(entries)
        for f in range(INNER_FOLDS):
            model = Learned(
                [e for e, g in zip(entries, fold, strict=True) if g != f],
                inner=False,
                floor=floor,
                hand_order=self.hand_order,
            )
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


def choose_threshold(
    entries: list[Entry], answers: list[tuple[str | None, float]], floor: float = NONE_PRECISION
) -> tuple[float, bool]:
    """Most right answers with none precision ≥ ``floor`` (ties: the lower threshold); when no threshold reaches
    it, the one with the highest none precision (ties: most right answers)."""
    found = [(metrics(entries, cut(answers, th)), th) for th in GRID]
    ok = [(m["right_n"], -th) for m, th in found if m["none_p"] >= floor]
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


def verdict(per_set: list[tuple[str, dict, dict]], pooled: tuple[dict, dict]) -> tuple[bool, int]:
    """The brief's rule: the learned decision wins on the pooled held sets in right answers without a lower none
    precision, and has fewer right answers than the hand-set linker on at most one held set."""
    losses = sum(1 for _, hand, learned in per_set if learned["right_n"] < hand["right_n"])
    hand, learned = pooled
    none_ok = learned["none_p"] == learned["none_p"] and learned["none_p"] >= hand["none_p"]
    return learned["right_n"] > hand["right_n"] and none_ok and losses <= 1, losses


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None, help="unused: the labelled names live in benchmarks/data")
    parser.add_argument("--out", default=None, help="write the Markdown section here (default: print only)")
    parser.add_argument("--quick", action="store_true", help="smoke run: every 5th name, one held set; writes nothing")
    args = parser.parse_args()
    catalog = load_catalog()
    linker = IndicatorLinker(practitioner_names=False, rerank=False).fit(
        catalog
    )  # round 13: no labelled names (they are its data)
    sets = {k: v[:: 5 if args.quick else 1] for k, v in load_sets(catalog).items()}
    entries: dict[str, list[Entry]] = {}
    hand: dict[str, list[str | None]] = {}  # told the page's context when the set records it (as the learned one)
    bare: dict[str, list[str | None]] = {}  # the hand-set linker without context (link_quality's headline row)
    for name, items in sets.items():
        entries[name] = [Entry(linker, item) for item in items]
        hand[name] = [linker.link(i["name"], industry=i.get("industry"), function=i.get("function")).id for i in items]
        bare[name] = [lk.id for lk in linker.link_many(i["name"] for i in items)]
    lines = [
        "## KPI linking: learned none/which decision vs hand-set weights, leave one set out (issue 12, round 13)",
        "",
        f"Command: `python benchmarks/link_ranker_cv.py` · {dt.date.today()} · {machine()}",
        "",
        "Each held set: the learned decision trained on all the other labelled sets (real, ours and the other fresh "
        f"sets; its none threshold chosen on them, out of fold, {INNER_FOLDS} inner folds: most right answers with "
        "none precision at least the hand-set linker's on the same training names, the verdict's condition); the "
        "hand-set linker (defaults, threshold 0.11) on the same names, told "
        "the page's industry and function where the set records them (fresh4 on) as the learned decision is, and "
        "without them (link_quality's headline row). The hand-set weights were chosen on sets that include the fresh "
        "sets' halves A, so its figures are partly in-sample, in its favour. right = right indicator or right none.",
        "",
        "| held set · decider | names | with an indicator | top-1 | none P | none R | right (n) |",
        "|---|---|---|---|---|---|---|",
    ]
    per_set, details = [], []
    said_all: dict[str, list[str | None]] = {"hand": [], "bare": [], "learned": [], "learned_none": []}
    per_set_none = []
    same: tuple[list[str | None], list[str | None]] = ([], [])  # cut at the hand-set linker's count of "none"
    held_entries: list[Entry] = []
    for held in HELD[:1] if args.quick else HELD:
        train = [e for k, v in entries.items() if k != held for e in v]
        floor = metrics(train, [h for k, v in hand.items() if k != held for h in v])["none_p"]
        model = Learned(train, floor=floor)
        learned = cut(model.answers(entries[held]), model.threshold)
        none_only = Learned(train, floor=floor, hand_order=True)
        learned_none = cut(none_only.answers(entries[held]), none_only.threshold)
        n_none = sum(1 for h in hand[held] if h is None)
        same[0].extend(same_abstention(model.answers(entries[held]), n_none))
        same[1].extend(same_abstention(none_only.answers(entries[held]), n_none))
        a, c, b, d = (metrics(entries[held], said) for said in (hand[held], bare[held], learned, learned_none))
        per_set.append((held, a, b))
        held_entries += entries[held]
        said_all["hand"] += hand[held]
        said_all["bare"] += bare[held]
        said_all["learned"] += learned
        said_all["learned_none"] += learned_none
        per_set_none.append((held, a, d))
        lines += [
            row(f"{held} · hand-set (context)", a),
            row(f"{held} · hand-set (no context)", c),
            row(f"{held} · learned (th {model.threshold:.3f}{'' if model.reached else '*'}, floor {floor:.3f})", b),
            row(
                f"{held} · hand-set order, learned none (th {none_only.threshold:.3f}"
                f"{'' if none_only.reached else '*'})",
                d,
            ),
        ]
        details.append((held, model))
    pooled = {k: metrics(held_entries, v) for k, v in said_all.items()}
    lines += [
        row("**pooled held sets** · hand-set (context)", pooled["hand"]),
        row("**pooled held sets** · hand-set (no context)", pooled["bare"]),
        row("**pooled held sets** · learned", pooled["learned"]),
        row("**pooled held sets** · hand-set order, learned none", pooled["learned_none"]),
    ]
    at_same = [metrics(held_entries, said) for said in same]
    lines += [
        row("*diagnostic* pooled · learned, cut at the hand-set's count of none per set", at_same[0]),
        row("*diagnostic* pooled · hand-set order, learned none, same cut", at_same[1]),
    ]
    won, losses = verdict(per_set, (pooled["hand"], pooled["learned"]))
    won_none, losses_none = verdict(per_set_none, (pooled["hand"], pooled["learned_none"]))
    lines += [
        "",
        "Diagnostic rows: the learned answers cut on each held set to leave exactly as many names unlinked as the "
        "hand-set linker does there (a count, no label read), so that the deciders compare at one abstention rate.",
        "",
        "\\* no threshold reached the hand-set linker's none precision on the training names (out of fold): the threshold with the "
        "highest none precision there was taken.",
        "",
        "Rule (issue 12, round 13 brief): the learned decision replaces the hand-set one only if, on the pooled held "
        "sets, it has more right answers WITHOUT a lower none precision, and has fewer right answers on at most one "
        f"held set. Pooled right: hand-set {pooled['hand']['right_n']}, learned {pooled['learned']['right_n']}; none "
        f"precision {pooled['hand']['none_p']:.3f} → {pooled['learned']['none_p']:.3f}; held sets where the learned "
        f"decision has fewer right answers: {losses} of {len(per_set)}. Verdict: "
        f"{'the learned decision wins' if won else 'the hand-set linker stays'}. The learned none decision alone "
        f"(hand-set order): pooled right {pooled['learned_none']['right_n']}, none precision "
        f"{pooled['learned_none']['none_p']:.3f}, fewer right answers on {losses_none} of {len(per_set_none)} held "
        f"sets: {'it wins' if won_none else 'the hand-set threshold stays'}.",
        "",
        f"Largest standardised weights of the order model trained without {details[-1][0]}: "
        + ", ".join(
            f"{ROW_FEATURES[i]} {details[-1][1].order[i]:+.2f}" for i in np.argsort(-np.abs(details[-1][1].order))[:6]
        )
        + '; of the "is the first right?" model: '
        + ", ".join(
            f"{(*ROW_FEATURES, *NAME_FEATURES)[i]} {details[-1][1].accept[i]:+.2f}"
            for i in np.argsort(-np.abs(details[-1][1].accept))[:6]
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
