"""KPI linking (issue 12, rounds 15-16): learned re-ranking and link-or-none decision, judged by leave-one-SET-out.

    python benchmarks/link_rerank_cv.py [--out benchmarks/results/link_rerank.md] [--quick] [--write] [--without SET] [--prior] [--kind]

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

Folds: each fresh set held out in turn (fresh, fresh2-fresh42); the practitioners' names mined from all other sets; the
model trained on the names of all other sets (real and ours included), whose features read the practitioners' names of
all sets but the held one and their own.  Metrics as in link_quality.py; per held set and pooled as counts.
Today's linker: ``IndicatorLinker(rerank=False)`` (round 14's), with the practitioners' names of the other sets.
``--write`` trains on every set and writes ``kpiguide/catalog/data/link_reranker.yaml``, the weights the linker ships
(``IndicatorLinker(rerank=True)``, the default).

Round 16 (classes (a), (c) and (d) of the miss taxonomy), in the same folds and the same run:
(1) wide candidates (``IndicatorLinker(rerank_wide=True)``): the re-ranker also orders the linker's ranks 6-10 and the
    indicators of the 5 practitioners' names (of the training sets) closest to the name, with two features saying
    where a candidate came from (``beyond_top5``, ``neighbour_only``);
(2) a learned link-or-none decision (:meth:`IndicatorLinker.decision_features`, ``DECISION_FEATURES``): a logistic
    model (standardised, C=1) of P(the candidate is right), the candidate being the top-5 re-ranker's answer (for an
    unlinked name, the first of the hand-set fit), trained on the training sets' names; a link below the threshold is
    unlinked, an unlinked name at or above it is linked; the threshold(s) chosen on the training sets (in-sample
    probabilities) as the most right answers (variant: the most right ids) whose none precision there is at least
    today's re-ranker's there.  Variants: one threshold; only unlinking; only linking; two thresholds (one for a
    linked name, one for an unlinked one; added after the first run of the others, which all failed the round's rule).
    An exact catalog name or abbreviation and a bare measure word (:func:`is_vague`) are never changed.
The round's rule, against today's re-ranker: pooled top-1 on names with an indicator up, pooled none precision not
lower, at most 2 held sets worse (right answers, as :func:`wins_losses` counts; the held sets with a lower top-1 and a
lower none precision are listed too).  ``--write`` also writes the decision (weights in raw units, intercept, the two
thresholds chosen on every set by the same rule) into the same file (``IndicatorLinker(decide=True)``, the default).

Round 17: ``--without SET`` also runs the folds without SET (the previous round's data) and compares the defaults
trained with and without it; ``--prior`` studies class (b)'s ``label_prior`` (log(1 + the training sets' labelled
names that are the candidate)) in the top-5 re-ranker, the decision (two thresholds) retrained on its answers, against
the defaults by the round's rule (:data:`LEFT_OUT`: it fails, so the shipped re-ranker leaves it out).

Round 18: ``--meaning`` studies the meaning features (:data:`~kpiguide.suggest.linking.MEANING_FEATURES`: the sentence
encoder's cosine of an English or mixed name with the candidate's English names, variant with its definition; the
closest practitioners' name by meaning, of the training sets only, read in :func:`features` with the fold's names)
in the top-5 re-ranker, in the decision (two thresholds) on its answers, and in the decision alone, against the
defaults in the same folds by the round's rule (pooled top-1 up, pooled none precision not lower, at most 2 held sets
with fewer right answers and at most 2 with a lower none precision), with the pooled rows of the names with Latin
letters; ``--meaning-out`` writes benchmarks/results/link_embedding.md; ``--meaning-cache`` reads an .npz of texts and
their embeddings (the encoder takes ~0.03-0.15 s a text on this machine).  It fails: :data:`LEFT_OUT` and
:data:`DECISION_LEFT_OUT` keep them at weight 0 and the linker never loads the encoder.

Round 19: the kind of quantity in the decision (:data:`KIND`: the name and its candidate's unit measure the same kind
of quantity, rate, count, time, money or score, or two different kinds; the re-ranker reads them already), studied with
``--kind`` against the decision without them, same folds, by round 19's rule (:func:`rule19`: pooled right answers up,
pooled none precision not lower, at most 2 held sets with fewer right answers).  It passed by a small margin (the run
of benchmarks/results/link_rerank.md, made before it was wired in, names the variant "+ kind of quantity in the
decision"; an earlier run, without the change convention of :meth:`IndicatorLinker.decision_features`, failed it) and
is wired in: the decision the linker ships reads them.

Round 42 (retired): the defaults' decision choosing its thresholds on the training names' out-of-sample P (each
training set held out in turn; caa7253) was run once as round 42's retrain (ROUND42_NOTES) and failed its ship
rule: 5111 right over the 35 folds shared with round 39's run against 5213 (none answers 2442/3198 right against
2559/3363); the code is as before it.

Round 43 (retired): the decision's thresholds chosen on a grid of steps of 0.005 (0.05-0.80; rounds 16-42: steps of
0.025) by the same rule on the same in-sample P (eec98ea; why: with steps of 0.025 the choice jumped between distant
pairs when the none-precision bound fell between two grid values) was run once as round 43's retrain (ROUND43_NOTES)
and failed its ship rule: 5208 right over the 35 folds shared with round 39's run against 5213 (none answers
2550/3356 right against 2559/3363); the code is as before it.

Round 44: the link-or-none model (:func:`choose_decision`, every variant and ``--write``) is fitted on the training
names whose answer it can make right only: those whose candidate is right (y = 1) and those labelled none (y = 0).  A
name labelled another indicator than its candidate is wrong whether it is linked or not; rounds 16-43 fitted it as a
negative beside the names labelled none, so P(right) learned to fall for such names as much as for names labelled
none, and the decision could not unlink the names labelled none without unlinking them too (a wrong none answer,
against the none-precision bound).  Why, from the dumps of rounds 39 and 43 (the 35 shared folds, the defaults'
decision, names it may change; /tmp/kg/h305/why3.py): held P of the names labelled none, median 0.07 (10 % 0.038,
75 % 0.19, 90 % 0.45), of the names labelled another indicator median 0.156 (0.049, 0.39, 0.63), 49 % below 0.15
against 69 %; round 39 unlinked 2546 of 3668 names labelled none and 613 of 1247 names labelled another indicator
(and 184 of 2434 whose candidate is right); round 43 2537, 614, 185.  The thresholds are chosen as before (same grid,
same rule, on all training names, so the bound still counts those names' none answers).  Not studied before the run;
run once as round 44's retrain, it passed the ship rule (ROUND44_NOTES: 5248 right over the 35 shared folds against
round 39's 5213, none answers 2618/3434 right against 2559/3363) and its models ship.

Round 45: the link-or-none model is two models (:class:`SplitDecision`; :func:`choose_decision`, every variant and
``--write``), each a logistic regression (standardised, C=1) as before and fitted on round 44's rows (candidate right
or labelled none): one on the names today's re-ranker links (the decision may unlink them), one on those it leaves
unlinked (it may link their first candidate); a name's P is read by the model of its kind; the thresholds are chosen as
before (same grid, same rule, on all training names).  The linker reads the second model from link_reranker.yaml's
``decision.unlinked`` when present (:func:`~kpiguide.suggest.linking.load_decision`).  Why, from the dumps of rounds 39
and 44 (/tmp/kg/h255/folds.pkl, /tmp/kg/h305/folds.pkl; the 35 shared folds, the defaults' decision; `PYTHONPATH=$PWD
python /tmp/kg/h317/why.py`): round 44 lost 67 right ids and won 43 (24 fewer); 20 lost and 20 won where the
re-ranker's candidate differs (net 0), 38 lost and 14 won on names the re-ranker links with the same candidate in both
runs (the decision unlinked a right candidate: its P 0.14-0.26 under round 44's linked thresholds 0.2-0.225, round 39's
0.15), 9 and 9 on unlinked names. Of the names the decision may change, held P in round 44: linked, candidate right
(2242) median 0.851 (10 % 0.37), linked, labelled none (1383) median 0.325 (75 % 0.595); unlinked, candidate right
(193) median 0.14, unlinked, labelled none (2285) median 0.053; linked right candidates unlinked 87 (round 39: 61),
linked names labelled none unlinked 398 (355). One model for both kinds of name shares every slope between them
(``linked`` only shifts the intercept), though the two decisions read different things (an unlinked name has no
re-ranker margin and its candidate is the first of the hand-set fit) and 3,004 of the 7,349 held names it may change
are unlinked; fitted on the linked names alone, its slopes separate a right link from a link of a name labelled none,
the linked decision's only choice, so at the same none-precision bound it should keep more right links; the unlinked
model, separating a right first candidate from none, should link no fewer. Not studied before the run (time): only the
run and the rule judge it.  Run once as round 45's retrain, it passed the ship rule (ROUND45_NOTES: 5970 right over the
40 folds shared with round 44's run against 5953, none answers 2952/3913 right against 2934/3884; right ids 3018
against 3019, so the gain is in none answers, not the right ids its reason expected) and its models ship.

Round 32: ``--dump`` also holds, per held set, what the defaults' decision (two thresholds) read of each held name
(``_held_decision``: its P(right), its candidate, the re-ranker's answer, whether the decision may change it, the fold's
two thresholds), so that a lever on the decision's thresholds is judged on the same folds without a second run.
"""

from __future__ import annotations

import argparse
import datetime as dt
import pickle
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
    score,
    wins_losses,
    write_report,
)
from benchmarks.suggest_common import machine  # noqa: E402
from kpiguide.catalog import load_catalog  # noqa: E402
from kpiguide.core.i18n import detect_language  # noqa: E402
from kpiguide.suggest import linking  # noqa: E402
from kpiguide.suggest.linking import (  # noqa: E402
    DECISION_FEATURES,
    MEANING_FEATURES,
    RERANK_FEATURES,
    IndicatorLinker,
    is_vague,
)
from kpiguide.text.analysis import LINKER_WEIGHTS  # noqa: E402
from kpiguide.text.embedding import encoder  # noqa: E402

WEIGHTS = ROOT / "kpiguide" / "catalog" / "data" / LINKER_WEIGHTS


def name_candidates(plain: IndicatorLinker, name: str) -> dict:
    """What the linker reads of a name before the practitioners' names (the same in every fold)."""
    scores = plain.scores(name)
    return {"found": plain.link(name), "scores": scores, "reading": plain.candidate_reading(name, scores)}


#: The features of the top-5 re-ranker (round 15); the wide one (round 16, ``rerank_wide``) reads all.
NARROW = len(RERANK_FEATURES) - 2


def features(linker: IndicatorLinker, name: str, c: dict) -> dict:
    """Today's link with ``linker``'s practitioners' names, the wide candidate ids and their features
    (:meth:`IndicatorLinker.rerank_features` with ``rerank_wide``: the top 5 first, then ranks 6-10 and the labels of
    the closest practitioners' names), how many of them the top-5 re-ranker reads, and the names' similarities."""
    lang = "zh" if detect_language(name).startswith("zh") else "en"
    sims = linker.near_names(name)
    link = linker._practitioners(name, c["found"], c["scores"], lang, None, sims)
    rows, x = linker.rerank_features(name, link, c["reading"], sims)
    narrow = int(((x[:, NARROW:] == 0).all(axis=1)).sum()) if len(rows) else 0
    return {"link": link, "ids": [linker.indicators_[r].id for r in rows], "rows": rows, "x": x, "narrow": narrow,
            "near": linker.closest_label(sims), "near_meaning": linker.closest_meaning(name)}  # fmt: skip


def fold_features(linker: IndicatorLinker, items: list[dict], cands: list[dict], sets, excluded: set[str]) -> dict:
    """Per name of ``sets``: :func:`features` reading the practitioners' names of all sets but ``excluded`` and its
    own (the wide list: the narrow one is its first ``narrow`` rows and :data:`NARROW` columns)."""
    linker.rerank_wide = True
    out = {}
    for g in sets:
        linker.use_practitioner_names(mine_names([i for i in items if i["set"] not in excluded | {g}]))
        for n, i in enumerate(items):
            if i["set"] == g:
                out[n] = features(linker, i["name"], cands[n])
    return out


#: The re-ranker's features left out of the model the linker ships (weight 0): ``label_prior`` (round 17's study, off)
#: and the meaning features (round 18's study, ``--meaning``: off).
LEFT_OUT = ("label_prior", *(f for f in RERANK_FEATURES if f in MEANING_FEATURES))
#: Round 19's lever (``--kind`` compares the decision without them): the decision reads whether the name and its
#: candidate measure the same kind of quantity (rate, count, time, money, score) or two different kinds; wired in.
KIND = ("kind_agrees", "kind_clashes")
#: The decision's features left out of the model the linker ships (weight 0): the meaning features (round 18, off).
DECISION_LEFT_OUT = tuple(f for f in DECISION_FEATURES if f in MEANING_FEATURES)
_DECISION_OFF = [DECISION_FEATURES.index(f) for f in DECISION_LEFT_OUT]
_KIND_OFF = [*_DECISION_OFF, *(DECISION_FEATURES.index(f) for f in KIND)]


def train(items: list[dict], feats: dict, wide: bool, left_out: tuple[str, ...] = LEFT_OUT):
    """The pairwise model's weights (raw feature units, all :data:`RERANK_FEATURES`; the narrow model's last two are
    0, and those of ``left_out``) from the linked names of ``feats``."""
    from sklearn.linear_model import LogisticRegression  # reason: heavy optional dependency, benchmark only

    diffs = []
    for n, f in feats.items():
        if f["link"].id is not None and f["link"].method != "name":
            k = len(f["ids"]) if wide else f["narrow"]
            diffs += pairs(f["x"][:k], f["ids"][:k], items[n]["ids"])
    d = np.asarray(diffs)
    d[:, [RERANK_FEATURES.index(f) for f in left_out]] = 0.0  # a zero column: weight 0, the others as without it
    if not wide:
        d = d[:, :NARROW]
    std = d.std(axis=0) + 1e-9  # differences: no centring (the model is antisymmetric)
    model = LogisticRegression(C=1.0, fit_intercept=False, max_iter=1000)
    model.fit(np.vstack([d / std, -d / std]), np.r_[np.ones(len(d)), np.zeros(len(d))])
    w = model.coef_.ravel() / std
    if not wide:
        w, std = np.r_[w, 0.0, 0.0], np.r_[std, 1.0, 1.0]
    return w, std


def reranked(linker: IndicatorLinker, name: str, f: dict, w: np.ndarray, wide: bool) -> tuple[str | None, float]:
    """The re-ranker's answer for a name of :func:`features` and its margin (its pick's model score over the next)."""
    link = f["link"]
    if link.id is None or link.method == "name":
        return link.id, 0.0
    k = len(f["ids"]) if wide else f["narrow"]
    model = f["x"][:k] @ w
    pick = linker.rerank_pick(name, f["rows"][:k], model, linker.rows_[link.id])
    top = np.sort(model)[::-1]
    return linker.indicators_[pick].id, float(top[0] - top[1]) if len(top) > 1 else 1.0


def pairs(x: np.ndarray, ids: list, labels) -> list[np.ndarray]:
    right = [n for n, i in enumerate(ids) if labels and i in labels]
    if not right:
        return []
    r = right[0]
    return [x[r] - x[n] for n in range(len(ids)) if ids[n] not in labels]


def decision_row(linker: IndicatorLinker, name: str, c: dict, f: dict, answer: str | None, margin: float):
    """The candidate answer of a name for the link-or-none decision and its features, as the linker reads them
    (:meth:`IndicatorLinker.decision_features`)."""
    return linker.decision_features(name, f["link"], answer, margin, c["reading"], f["near"], f["near_meaning"])


class SplitDecision:
    """Round 45: the link-or-none decision as two logistic models (standardised, C=1), one fitted on the names today's
    linker links (DECISION_FEATURES' ``linked`` = 1: the answer the decision may unlink), one on those it leaves
    unlinked (``linked`` = 0: the first candidate it may link); each name's P is read by the model of its kind.  The
    linker ships both (link_reranker.yaml's ``decision``: the linked names' weights, and ``unlinked``)."""

    def fit(self, x: np.ndarray, y: np.ndarray) -> SplitDecision:
        from sklearn.linear_model import LogisticRegression  # reason: heavy optional dependency, benchmark only

        linked = x[:, _LINKED] > 0.5
        self.parts_ = {}
        for kind, rows in (("linked", linked), ("unlinked", ~linked)):
            mu, sd = x[rows].mean(axis=0), x[rows].std(axis=0) + 1e-9
            model = LogisticRegression(C=1.0, max_iter=1000).fit((x[rows] - mu) / sd, y[rows])
            coef = model.coef_.ravel() / sd  # raw feature units
            self.parts_[kind] = (coef, float(model.intercept_[0] - coef @ mu))
        self.coef_ = self.parts_["linked"][0][None, :]  # raw units (the dump's per-fold weights: the linked model's)
        return self

    def predict_proba(self, x: np.ndarray) -> np.ndarray:
        linked = x[:, _LINKED] > 0.5
        z = np.where(linked, x @ self.parts_["linked"][0] + self.parts_["linked"][1],
                     x @ self.parts_["unlinked"][0] + self.parts_["unlinked"][1])  # fmt: skip
        p = 1.0 / (1.0 + np.exp(-z))
        return np.c_[1.0 - p, p]


_LINKED = DECISION_FEATURES.index("linked")


def choose_decision(
    items, rows: list[int], cands, x: np.ndarray, today: list, keep: list, goal: str = "right", pair: bool = False
):
    """The logistic link-or-none model trained on ``rows`` (P(the candidate is right)) and its thresholds (for the
    names today's linker links, for those it leaves unlinked; one value for both unless ``pair``): the most ``goal``
    ("right" answers or "top1_n", right ids) there whose none precision is at least today's there (``keep``: the
    names whose answer the decision does not change).  Round 44: the model is fitted on the rows whose candidate is
    right or whose label is none only (the candidate against none); the thresholds are chosen on all ``rows``.
    Round 45: two models (:class:`SplitDecision`), one fitted on the rows today's linker links, one on those it leaves
    unlinked; each standardises its own rows, so callers read P from the raw features (``model.predict_proba(x)``)."""
    y = np.asarray([cands[n] is not None and bool(items[n]["ids"]) and cands[n] in items[n]["ids"] for n in rows])
    # round 44: fitted on the names whose answer the decision can make right (the candidate right, or labelled none);
    # a name labelled another indicator is wrong linked or not (the thresholds below are still chosen on all names)
    fit = y | np.asarray([not items[n]["ids"] for n in rows])
    model = SplitDecision().fit(x[fit], y[fit])  # round 45: a model for linked names, one for unlinked names
    p = model.predict_proba(x)[:, 1]
    ref = score([items[n] for n in rows], today)
    best = None
    values = [float(v) for v in np.round(np.arange(0.05, 0.81, 0.025), 3)]
    for t in [(a, b) for a in values for b in values] if pair else [(v, v) for v in values]:
        got = score([items[n] for n in rows], decide(rows, cands, p, today, t, keep))
        ok = got["none_p"] >= ref["none_p"]
        key = (ok, (got[goal], got["right"]) if ok else (got["none_p"], 0))
        best = (key, t) if best is None or key > best[0] else best
    return model, best[1]


def off(x: np.ndarray, columns: list[int] | None = None) -> np.ndarray:
    """The decision's features with those of :data:`DECISION_LEFT_OUT` (or ``columns``) set to 0 (standardised:
    weight 0)."""
    x = np.array(x, dtype=float)
    x[..., _DECISION_OFF if columns is None else columns] = 0.0
    return x


def kept(name: str, link) -> bool:
    """The names the link-or-none decision never changes (the linker's conventions): an exact catalog name or
    abbreviation, a bare measure word (:func:`is_vague`)."""
    return link.method == "name" or is_vague(name)


def decide(rows, cands, p, today, t: tuple[float, float], keep):
    """Link the candidate when P >= t (``t[0]`` for a name today's linker links, ``t[1]`` for one it leaves
    unlinked), else none; a name of ``keep`` (an exact catalog name, a name outside the decision's gate) keeps
    today's answer."""
    return [
        today[k] if keep[k] else (cands[n] if p[k] >= t[0 if today[k] is not None else 1] else None)
        for k, n in enumerate(rows)
    ]


#: Round 17's step 2 (class b): the label prior in the top-5 re-ranker, with round 16's decision retrained on its answers.
PRIOR = "+ label prior (re-ranker of the top 5), + learned link-or-none, two thresholds"


#: Round 19 (``--kind``): the defaults' decision (two thresholds) without the kind features (round 18's features).
KIND_VARIANT = "decision (two thresholds) without the kind of quantity (round 18's features)"


#: Round 18 (``--meaning``): the meaning features' catalog texts, by variant.
MEANING_TEXTS = {"names": False, "names + definition": True}


def meaning_variants(tag: str) -> tuple[str, str, str]:
    """The round-18 rows of a catalog text variant: the re-ranker with the meaning features, + the decision (two
    thresholds) with them, today's re-ranker + the decision with them."""
    return (f"+ meaning ({tag}) in the re-ranker of the top 5",
            f"+ meaning ({tag}) in the re-ranker and the decision (two thresholds)",
            f"+ meaning ({tag}) in the decision only (two thresholds)")  # fmt: skip


def with_meanings(mlinker: IndicatorLinker, items: list[dict], feats: dict) -> dict:
    """``feats`` with the re-ranker's meaning columns read by ``mlinker`` (another catalog text variant)."""
    m, r = RERANK_FEATURES.index("meaning"), RERANK_FEATURES.index("relative_meaning")
    out = {}
    for n, f in feats.items():
        x = f["x"].copy()
        if len(f["rows"]):
            x[:, m] = mlinker.meanings(items[n]["name"], f["rows"])
            x[:, r] = x[:, m] - (x[: f["narrow"], m].max() if f["narrow"] else 0.0)  # the top-5 rows come first
        out[n] = {**f, "x": x}
    return out


def two_thresholds(items, train_rows, held_rows, drows: dict, answers: dict, feats: dict) -> list:
    """The held names' answers of round 16's decision (two thresholds) trained on ``drows`` (candidate, features)."""
    cand, today = {n: drows[n][0] for n in drows}, {n: answers[n][0] for n in drows}
    keep = {n: kept(items[n]["name"], feats[n]["link"]) for n in feats}
    model, t = choose_decision(
        items, train_rows, cand, np.vstack([drows[n][1] for n in train_rows]),
        [today[n] for n in train_rows], [keep[n] for n in train_rows], "right", pair=True,
    )  # fmt: skip
    p = model.predict_proba(np.vstack([drows[n][1] for n in held_rows]))[:, 1]
    return decide(held_rows, cand, p, [today[n] for n in held_rows], t, [keep[n] for n in held_rows])


def run(
    catalog, items: list[dict], decision: bool = True, prior: bool = False, meaning: bool = False, kind: bool = False
) -> dict[str, dict[str, list]]:
    plain = IndicatorLinker(practitioner_names=False, rerank=False).fit(catalog)
    cands = [name_candidates(plain, i["name"]) for i in items]
    linker = IndicatorLinker(rerank=False).fit(catalog)
    linker.meaning_ = meaning and linking.meaning_available()  # round 18: read the meaning features (0 otherwise)
    mlinkers = {}
    for tag, definitions in MEANING_TEXTS.items() if linker.meaning_ else ():
        mlinkers[tag] = IndicatorLinker(rerank=False, meaning_definitions=definitions).fit(catalog)
        mlinkers[tag].meaning_ = True
    sets = sorted({i["set"] for i in items})
    out: dict[str, dict[str, list]] = defaultdict(dict)
    for held in HELD:
        held_rows = [n for n, i in enumerate(items) if i["set"] == held]
        if not held_rows:
            continue
        train_feats = fold_features(linker, items, cands, [g for g in sets if g != held], {held})
        held_feats = fold_features(linker, items, cands, [held], set())  # its own set excluded: the other sets'
        answers = {}
        for wide in (False, True, *(("prior",) if prior else ())):
            w, std = train(items, train_feats, wide is True, () if wide == "prior" else LEFT_OUT)
            answers[wide] = {n: reranked(linker, items[n]["name"], f, w, wide is True)
                             for n, f in (*train_feats.items(), *held_feats.items())}  # fmt: skip
            if wide:
                out.setdefault("_weights", {})[held] = dict(zip(RERANK_FEATURES, np.round(w * std, 2), strict=True))
        out["today's linker"][held] = [held_feats[n]["link"].id for n in held_rows]
        out["pairwise re-ranker of the top 5 (today's)"][held] = [answers[False][n][0] for n in held_rows]
        out["+ wide candidates (ranks 6-10, closest labelled names)"][held] = [answers[True][n][0] for n in held_rows]
        if prior:
            out["+ label prior (re-ranker of the top 5)"][held] = [answers["prior"][n][0] for n in held_rows]
        if not decision:
            continue
        feats = {**train_feats, **held_feats}
        rows = {}
        for n, f in feats.items():
            rows[n] = decision_row(linker, items[n]["name"], cands[n], f, *answers[False][n])
        train_rows = sorted(train_feats)
        if kind:  # round 19: the same decision (two thresholds) without the kind features
            krows = {n: (r[0], off(r[1], _KIND_OFF)) for n, r in rows.items()}
            out[KIND_VARIANT][held] = two_thresholds(items, train_rows, held_rows, krows, answers[False], feats)
        rows = {n: (r[0], off(r[1])) for n, r in rows.items()}  # today's: without them (zero columns: weight 0)
        x = np.vstack([rows[n][1] for n in train_rows])
        cand = {n: rows[n][0] for n in rows}
        today = {n: answers[False][n][0] for n in rows}
        gates = {  # variant: (what it maximises on the training sets, which answers it may change)
            "+ learned link-or-none, most right answers": ("right", "all"),
            "+ learned link-or-none, most top-1": ("top1_n", "all"),
            "+ learned none decision, linked names only (may unlink)": ("right", "linked"),
            "+ learned link decision, unlinked names only (may link)": ("right", "unlinked"),
            "+ learned link-or-none, two thresholds (linked, unlinked), most right answers": ("right", "pair"),
        }
        for variant, (goal, gate) in gates.items():
            inside = {n: gate in ("all", "pair") or (today[n] is not None) == (gate == "linked") for n in feats}
            keep = {n: kept(items[n]["name"], feats[n]["link"]) or not inside[n] for n in feats}
            train_today, train_keep = [today[n] for n in train_rows], [keep[n] for n in train_rows]
            model, t = choose_decision(items, train_rows, cand, x, train_today, train_keep, goal, pair=gate == "pair")
            p = model.predict_proba(np.vstack([rows[n][1] for n in held_rows]))[:, 1]
            out[variant][held] = decide(
                held_rows, cand, p, [today[n] for n in held_rows], t, [keep[n] for n in held_rows]
            )
            out.setdefault("_thresholds", {}).setdefault(variant, {})[held] = t
            if gate == "pair":  # round 32: what the defaults' decision read of each held name, for levers judged later
                out.setdefault("_held_decision", {})[held] = {
                    "p": p.tolist(), "cand": [cand[n] for n in held_rows], "today": [today[n] for n in held_rows],
                    "keep": [keep[n] for n in held_rows], "t": t,
                }  # fmt: skip
        if prior:  # the same decision (two thresholds) on the answers of the re-ranker with the label prior
            prows = {
                n: decision_row(linker, items[n]["name"], cands[n], f, *answers["prior"][n]) for n, f in feats.items()
            }
            pcand, ptoday = {n: prows[n][0] for n in prows}, {n: answers["prior"][n][0] for n in prows}
            keep = {n: kept(items[n]["name"], feats[n]["link"]) for n in feats}
            model_p, t = choose_decision(
                items, train_rows, pcand, np.vstack([prows[n][1] for n in train_rows]),
                [ptoday[n] for n in train_rows], [keep[n] for n in train_rows], "right", pair=True,
            )  # fmt: skip
            p = model_p.predict_proba(np.vstack([prows[n][1] for n in held_rows]))[:, 1]
            out[PRIOR][held] = decide(held_rows, pcand, p, [ptoday[n] for n in held_rows], t,
                                      [keep[n] for n in held_rows])  # fmt: skip
            out.setdefault("_thresholds", {}).setdefault(PRIOR, {})[held] = t
        for tag, mlinker in mlinkers.items():  # round 18: the meaning features
            mfeats = feats if not MEANING_TEXTS[tag] else with_meanings(mlinker, items, feats)
            w, std = train(items, {n: mfeats[n] for n in train_feats}, False, ("label_prior",))
            mans = {n: reranked(linker, items[n]["name"], f, w, False) for n, f in mfeats.items()}
            out.setdefault("_meaning_weights", {})[tag] = dict(zip(RERANK_FEATURES, np.round(w * std, 2), strict=True))
            names = meaning_variants(tag)
            out[names[0]][held] = [mans[n][0] for n in held_rows]
            for variant, ans in ((names[1], mans), (names[2], answers[False])):
                drows = {n: decision_row(linker, items[n]["name"], cands[n], feats[n], *ans[n]) for n in feats}
                if MEANING_TEXTS[tag]:  # the candidate's meaning read with this variant's texts
                    col = DECISION_FEATURES.index("meaning")
                    for n, (c, xd) in drows.items():
                        if c is not None and xd[col] != 0:
                            xd[col] = mlinker.meanings(items[n]["name"], [mlinker.rows_[c]])[0]
                out[variant][held] = two_thresholds(items, train_rows, held_rows, drows, ans, feats)
        out.setdefault("_decision", {})[f"fold holding {held} out"] = dict(
            zip(DECISION_FEATURES, np.round(model.coef_.ravel(), 2).tolist(), strict=True)
        )  # the same model in every variant (the gate and the threshold differ)
    return out


def write_weights(catalog, items: list[dict]) -> dict:
    """Train on every set (each name's features reading the practitioners' names of the other sets) and write the
    weights the linker ships (``kpiguide/catalog/data/link_reranker.yaml``): the re-ranker's, and the link-or-none
    decision's (two thresholds chosen on every set by the rule the folds use)."""
    plain = IndicatorLinker(practitioner_names=False, rerank=False).fit(catalog)
    cands = [name_candidates(plain, i["name"]) for i in items]
    linker = IndicatorLinker(rerank=False).fit(catalog)
    shipped = set(MEANING_FEATURES) - set(LEFT_OUT) - set(DECISION_LEFT_OUT)  # round 18: off unless wired in
    linker.meaning_ = bool(shipped) and linking.meaning_available()
    wide = IndicatorLinker().rerank_wide  # the weights of the candidates the linker reads by default
    feats = fold_features(linker, items, cands, sorted({i["set"] for i in items}), set())
    w, _ = train(items, feats, wide)
    weights = {f: round(float(v), 6) for f, v in zip(RERANK_FEATURES, w, strict=True)}  # narrow: the last two 0
    answers = {n: reranked(linker, items[n]["name"], f, w, wide) for n, f in feats.items()}
    rows = sorted(feats)
    decided = {n: decision_row(linker, items[n]["name"], cands[n], feats[n], *answers[n]) for n in rows}
    x = off(np.vstack([decided[n][1] for n in rows]))
    keep = [kept(items[n]["name"], feats[n]["link"]) for n in rows]
    cand = {n: decided[n][0] for n in rows}
    model, t = choose_decision(items, rows, cand, x, [answers[n][0] for n in rows], keep, pair=True)
    (coef, intercept), (ucoef, uintercept) = model.parts_["linked"], model.parts_["unlinked"]  # raw units (round 45)
    decision = {
        "weights": {f: round(float(v), 6) for f, v in zip(DECISION_FEATURES, coef, strict=True)},
        "intercept": round(intercept, 6),
        "threshold_linked": t[0],
        "threshold_unlinked": t[1],
        "unlinked": {  # round 45: the model of the names the re-ranker leaves unlinked
            "weights": {f: round(float(v), 6) for f, v in zip(DECISION_FEATURES, ucoef, strict=True)},
            "intercept": round(uintercept, 6),
        },
    }
    header = (
        "# The KPI linker's learned re-ranker (issue 12, round 15): one weight per feature (raw units) of a pairwise\n"
        "# logistic regression over the candidates of a linked name (kpiguide.suggest.linking.RERANK_FEATURES), trained\n"
        "# on every labelled link set (benchmarks/data/link_names*.yaml), judged by leave one set out.  decision (round\n"
        "# 16): the learned link-or-none decision, a logistic model of P(the candidate is right) over\n"
        "# kpiguide.suggest.linking.DECISION_FEATURES (raw units) and its thresholds for a linked / an unlinked name.\n"
        "# Generated, do not edit by hand: python benchmarks/link_rerank_cv.py --write\n"
    )
    data = {"weights": weights, "decision": decision}
    WEIGHTS.write_text(header + yaml.safe_dump(data, sort_keys=False), encoding="utf-8")
    return data


def metric(items, answers: dict[str, list], held: str, name: str) -> float:
    """One metric (:func:`score`'s) of ``answers`` on the held set ``held``."""
    return score([i for i in items if i["set"] == held], answers[held])[name]


def rule(items, answers: dict[str, list], ref: dict[str, list]) -> tuple[bool, str]:
    """Round 18's rule against ``ref``: pooled top-1 (names with an indicator) up, pooled none precision not lower, at
    most 2 held sets with fewer right answers and at most 2 with a lower none precision; and the line saying so."""
    new = score(*pooled(items, answers))
    old = score(*pooled(items, ref))
    wins, losses = wins_losses(items, answers, ref)
    worse = {m: [h for h in ref if metric(items, answers, h, m) < metric(items, ref, h, m) - 1e-12]
             for m in ("top1", "none_p")}  # fmt: skip
    ok = new["top1"] > old["top1"] and new["none_p"] >= old["none_p"] and losses <= 2 and len(worse["none_p"]) <= 2
    return ok, (f"pooled top-1 {new['top1']:.3f} against {old['top1']:.3f}, none precision {new['none_p']:.3f} "
                f"against {old['none_p']:.3f}; more right answers on {wins} held sets, fewer on {losses}; lower top-1 "
                f"on {worse['top1'] or 'none'}, lower none precision on {worse['none_p'] or 'none'}: "
                f"{'PASSES' if ok else 'fails'} the rule")  # fmt: skip


def rule19(items, answers: dict[str, list], ref: dict[str, list]) -> tuple[bool, str]:
    """Round 19's rule against ``ref``: pooled right answers up, pooled none precision not lower, at most 2 held sets
    with fewer right answers; and the line saying so (with the held sets of a lower top-1 and none precision)."""
    new, old = score(*pooled(items, answers)), score(*pooled(items, ref))
    wins, losses = wins_losses(items, answers, ref)
    worse = {m: [h for h in ref if metric(items, answers, h, m) < metric(items, ref, h, m) - 1e-12]
             for m in ("top1", "none_p")}  # fmt: skip
    ok = new["right"] > old["right"] and new["none_p"] >= old["none_p"] and losses <= 2
    return ok, (f"pooled {new['right']} right against {old['right']}, top-1 {new['top1']:.3f} ({new['top1_n']}/"
                f"{new['n_id']}) against {old['top1']:.3f} ({old['top1_n']}/{old['n_id']}), none precision "
                f"{new['none_p']:.3f} ({new['none_right']}/{new['none_n']}) against {old['none_p']:.3f} "
                f"({old['none_right']}/{old['none_n']}); more right answers on {wins} held sets, fewer on {losses}; "
                f"lower top-1 on {worse['top1'] or 'none'}, lower none precision on {worse['none_p'] or 'none'}: "
                f"{'PASSES' if ok else 'fails'} round 19's rule")  # fmt: skip


def pooled(items, answers: dict[str, list], keep=None) -> tuple[list[dict], list]:
    """The held names of ``answers`` (those ``keep`` says, all by default) and their answers, pooled."""
    rows, got = [], []
    for held, ans in answers.items():
        for i, a in zip([i for i in items if i["set"] == held], ans, strict=True):
            if keep is None or keep(i["name"]):
                rows.append(i)
                got.append(a)
    return rows, got


def latin(name: str) -> bool:
    """A name the meaning features read (Latin letters: English or mixed)."""
    return bool(linking._LATIN.search(name or ""))


def meaning_report(items, out, seconds: dict[str, float]) -> list[str]:
    """Round 18's study (``--meaning``): the meaning features against the defaults, same folds, same run."""
    weights = out.get("_meaning_weights", {})
    table = {v: out[v] for v in (*DEFAULTS, *(m for tag in MEANING_TEXTS for m in meaning_variants(tag))) if v in out}
    lines = [
        "## KPI linking, round 18: meaning similarity from the sentence encoder (leave one set out)",
        "",
        f"Command: `python benchmarks/link_rerank_cv.py --meaning --meaning-cache /tmp/h79/emb.npz` · "
        f"{dt.date.today()} · {machine()}",
        "",
        "Features (kpiguide.suggest.linking, 0 for a name without Latin letters): re-ranker `meaning` (the best cosine "
        "of the name's all-MiniLM-L6-v2 embedding with the candidate's English name and merged names; variant: and "
        "its English definition) and `relative_meaning` (its difference to the best of the top 5's); decision: the "
        "candidate's `meaning`, `near_meaning` (the cosine of the closest practitioners' name by meaning, training "
        "sets only, Latin names) and `near_meaning_none` (it is labelled none). Same folds, same run as the defaults "
        "(the re-ranker of the top 5 and the decision with two thresholds); the study's models are trained exactly "
        "like them with the meaning features added. Cells: right answers · top-1 · none precision.",
        "",
        "| held set | names | " + " | ".join(table) + " |",
        "|---|---|" + "---|" * len(table),
    ]
    lines += loso_rows(items, table)
    lines.append(f"| pooled, names with Latin letters | {len(pooled(items, table[DEFAULTS[0]], latin)[0])} | " + " | ".join(
        "**{right}** · {top1:.3f} ({top1_n}/{n_id}) · {none_p:.3f} ({none_right}/{none_n})".format(
            **score(*pooled(items, a, latin))) for a in table.values()) + " |")  # fmt: skip
    lines.append("")
    for tag in MEANING_TEXTS:
        names = meaning_variants(tag)
        if names[0] not in out:
            continue
        for variant, ref in ((names[0], DEFAULTS[0]), (names[1], DEFAULTS[1]), (names[2], DEFAULTS[1])):
            lines.append(f"- {variant}, against {ref}: {rule(items, out[variant], out[ref])[1]}.")
            eng = {h: out[variant][h] for h in out[variant]}
            new, old = score(*pooled(items, eng, latin)), score(*pooled(items, out[ref], latin))
            lines.append(f"  Names with Latin letters: top-1 {new['top1']:.3f} against {old['top1']:.3f}, none "
                         f"precision {new['none_p']:.3f} against {old['none_p']:.3f}, {new['right']} right against "
                         f"{old['right']}.")  # fmt: skip
    for tag, w in weights.items():
        lines.append(f"- Standardised weights of the re-ranker with meaning ({tag}), fold holding {HELD[-1]} out: "
                     + ", ".join(f"{k} {v:+.2f}" for k, v in w.items() if k not in ("beyond_top5", "neighbour_only"))
                     + ".")  # fmt: skip
    if seconds:
        lines.append("- Cost (this machine, shared by other jobs): " + "; ".join(f"{k} {v}" for k, v in seconds.items())
                     + ".")  # fmt: skip
    return [*lines, ""]


def report(items, out) -> list[str]:
    out.pop("_meaning_weights", None)
    weights = out.pop("_weights", {})
    thresholds = out.pop("_thresholds", {})
    decision = out.pop("_decision", {})
    out.pop("_held_decision", None)  # round 32: in --dump only
    lines = [
        "## KPI linking, rounds 15-16: learned re-ranking and link-or-none decision (leave one set out)",
        "",
        f"Command: `python benchmarks/link_rerank_cv.py` · {dt.date.today()} · {machine()}",
        "",
        "Each fresh set held out in turn; every model trained on all other sets (their features reading the "
        "practitioners' names of all sets but the held one and their own); today's linker (round 14's: no re-ranker) "
        "with the practitioners' names of the other sets, same names, same run, no page context. Re-rankers (round "
        "15's top 5; round 16's wide list: + the linker's ranks 6-10 and the indicators of the 5 closest labelled "
        "names of the training sets, with two features saying where a candidate came from) only reorder the "
        "candidates of a name the linker links (not by an exact catalog name): none answers are the same. The "
        "learned link-or-none decision (round 16) reads the top-5 re-ranker's answer (for an unlinked name: the "
        "first of the hand-set fit) and links it when a logistic model (standardised, C=1) of explainable features "
        "says P(right) >= t; t chosen on the training sets as the most right answers whose none precision there is "
        "at least today's re-ranker's; an exact catalog name keeps its link. Cells: right answers · top-1 · none "
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
        if variant != "pairwise re-ranker of the top 5 (today's)":
            ref = out["pairwise re-ranker of the top 5 (today's)"]
            wins, losses = wins_losses(items, answers, ref)
            worse = {m: [h for h in answers if metric(items, answers, h, m) < metric(items, ref, h, m) - 1e-12]
                     for m in ("top1", "none_p")}  # fmt: skip
            lines.append(f"  Against today's re-ranker: more right answers on {wins} held sets, fewer on {losses}; "
                         f"lower top-1 on {worse['top1'] or 'none'}, lower none precision on {worse['none_p'] or 'none'}.")  # fmt: skip
    if PRIOR in out:  # round 17's rule: against the defaults (round 16's decision, two thresholds)
        ref = out[DEFAULTS[1]]
        wins, losses = wins_losses(items, out[PRIOR], ref)
        worse = {m: [h for h in ref if metric(items, out[PRIOR], h, m) < metric(items, ref, h, m) - 1e-12]
                 for m in ("top1", "none_p")}  # fmt: skip
        lines.append(f"- Round 17 (class b): {PRIOR} against the defaults (two thresholds): more right answers on {wins} "
                     f"held sets, fewer on {losses}; lower top-1 on {worse['top1'] or 'none'}, lower none precision "
                     f"on {worse['none_p'] or 'none'}.")  # fmt: skip
    if KIND_VARIANT in out:  # round 19's rule: the defaults (with the kind features) against the decision without
        lines.append(f"- Round 19 (`--kind`): the defaults (two thresholds, with the kind of quantity) against the "
                     f"{KIND_VARIANT}: {rule19(items, out[DEFAULTS[1]], out[KIND_VARIANT])[1]}.")  # fmt: skip
    if thresholds:
        lines.append(f"- Link-or-none thresholds chosen per fold: {thresholds}.")
        for last in [k for k in decision if k.endswith(f"{HELD[-1]} out")]:
            lines.append(f"- Decision model ({last}, every variant; standardised coefficients): "
                         + ", ".join(f"{k} {v:+.2f}" for k, v in decision[last].items()) + ".")  # fmt: skip
    if weights:
        last = list(weights)[-1]
        which = " (the re-ranker with the label prior)" if PRIOR in out else ""
        lines.append(f"- Standardised weights of the fold holding {last} out{which}: "
                     + ", ".join(f"{k} {v:+.2f}" for k, v in weights[last].items()) + ".")  # fmt: skip
    return [*lines, ""]


#: The defaults the linker ships (round 15's re-ranker, round 16's learned link-or-none decision with two thresholds).
DEFAULTS = (
    "pairwise re-ranker of the top 5 (today's)",
    "+ learned link-or-none, two thresholds (linked, unlinked), most right answers",
)


def against_previous(items, out, before, without: str) -> list[str]:
    """The shipped defaults trained with every set against the same defaults trained without ``without`` (the
    previous round's data: its vocabulary, re-ranker and decision never read that set), same folds, same run, on the
    held sets both answered (``without`` itself is held out of both alike)."""
    lines = [
        f"### The defaults trained with {without} (this round) against without it (the previous round's data)",
        "",
        f"Same run, same folds; in the fold holding a set out, this round's models are trained on all other sets "
        f"(with {without}), the previous round's on all other sets but {without} (its practitioners' names mined "
        f"without it too). Held sets: every fresh set but {without}. Cells: right answers · top-1 · none precision.",
        "",
    ]
    common = [h for h in HELD if h != without and h in before[DEFAULTS[0]]]
    table = {}
    for variant in DEFAULTS:
        table[f"{variant}, without {without}"] = {h: before[variant][h] for h in common}
        table[f"{variant}, with {without}"] = {h: out[variant][h] for h in common}
    lines += ["| held set | names | " + " | ".join(table) + " |", "|---|---|" + "---|" * len(table)]
    lines += loso_rows(items, table)
    for variant in DEFAULTS:
        new, old = table[f"{variant}, with {without}"], table[f"{variant}, without {without}"]
        wins, losses = wins_losses(items, new, old)
        worse = {m: [h for h in new if metric(items, new, h, m) < metric(items, old, h, m) - 1e-12]
                 for m in ("top1", "none_p")}  # fmt: skip
        lines.append(f"- {variant}: with {without} more right answers on {wins} held sets, fewer on {losses}; lower "
                     f"top-1 on {worse['top1'] or 'none'}, lower none precision on {worse['none_p'] or 'none'}.")  # fmt: skip
    return [*lines, ""]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None, help="unused: the labelled names live in benchmarks/data")
    parser.add_argument("--out", default=None, help="write the Markdown section here (default: print only)")
    parser.add_argument("--quick", action="store_true", help="smoke run: every 10th name; writes nothing")
    parser.add_argument("--write", action="store_true", help="train on all sets into kpiguide/catalog/data")
    parser.add_argument("--prior", action="store_true", help="round 17: also the re-ranker with the label prior")
    parser.add_argument("--meaning", action="store_true", help="round 18: also the meaning features (sentence encoder)")
    parser.add_argument("--kind", action="store_true", help="round 19: also the decision with the kind of quantity")
    parser.add_argument(
        "--meaning-cache", default=None, help="an .npz of texts and their embeddings (speeds --meaning)"
    )
    parser.add_argument("--dump", default=None, help="also pickle the answers of every variant here")
    parser.add_argument("--meaning-out", default=None, help="write round 18's meaning study here")
    parser.add_argument(
        "--without", default=None, help="also run the folds without this set (the previous round's data), compared"
    )
    args = parser.parse_args()
    catalog = load_catalog()
    items = load_sets(catalog)
    if args.quick:
        items = items[::10]
    if args.write and not args.quick:
        print("weights written:", write_weights(catalog, items))
    if args.meaning_cache:
        cache = np.load(args.meaning_cache, allow_pickle=True)
        encoder().remember(cache["texts"].tolist(), cache["vectors"])
    out = run(catalog, items, prior=args.prior, meaning=args.meaning, kind=args.kind)
    if args.dump:  # the answers, to re-read the report without the run
        Path(args.dump).write_bytes(pickle.dumps(dict(out)))
    if args.meaning:
        write_report(meaning_report(items, out, {}), args.meaning_out, args.quick)
        for tag in MEANING_TEXTS:
            for variant in meaning_variants(tag):
                out.pop(variant, None)
    before = run(catalog, [i for i in items if i["set"] != args.without]) if args.without else None
    lines = report(items, out)
    if before is not None:
        lines += against_previous(items, out, before, args.without)
    write_report(lines, args.out, args.quick)


if __name__ == "__main__":
    main()
