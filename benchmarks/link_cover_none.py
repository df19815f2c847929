"""KPI linking, round 30 (issue 12): the none decision by the name's cover of its indicator, judged by leave one set out.

    python benchmarks/link_rerank_cv.py --write --without fresh24 --dump FOLDS.pkl   # the defaults' answers (once)
    python benchmarks/link_cover_none.py --folds FOLDS.pkl [--out benchmarks/results/link_cover_none.md]

Class (c) of rounds 25-30's misses (a name labelled "no catalog indicator" that the engine links), the largest pooled
class of their halves A, is mostly linked by similarity at a low confidence to an indicator whose own name the name
says little of: "授权商留存率" (a licensee retention rate) to net revenue retention (净收入留存率), "巡逻频次" to
security patrol compliance, "空气质量指数" to workplace environment satisfaction.  The re-ranker reads how much of the
candidate's best covered name the name mentions (``name_cover``); the learned link-or-none decision does not.  The
lever (``IndicatorLinker(cover_none=True, cover_below=C, cover_confidence=T)``, defined in
:mod:`kpiguide.suggest.linking` before this run): after the learned decision, a link by similarity, the re-ranker or
the decision (not an exact catalog name, a keyword or a practitioners' name; not a bare measure word) whose confidence
is below T is left unlinked when the name covers less than C of its indicator's best covered name
(:meth:`~kpiguide.suggest.linking.IndicatorLinker.name_cover_of`: the idf-weighted share of that name's words the name
mentions).  No word list, no labelled name read by the rule: the catalog's own names and the name index's idf.

Folds: those of ``link_rerank_cv.py`` (each fresh set held out in turn, fresh and fresh2-fresh24): the defaults' answers
of each held set (re-ranker of the top 5 + the learned link-or-none decision with two thresholds, trained on all other
sets) are read from its ``--dump``; each answer's method and confidence as round 29's ``link_head_none.py`` read them
(the linker before the re-ranker, with the practitioners' names of all other sets: its link's method and confidence
when the answer is that link; "reranked" with that confidence when the re-ranker changed the id; "decided" with the
candidate's fit when the decision linked an unlinked name).  (C, T) chosen INSIDE each fold on the other fresh sets'
held answers (the most right answers whose none precision there is at least the defaults' there, ties to the smaller
T, then the smaller C; none better: the rule is off for that fold) from :data:`COVER` x :data:`CONFIDENCE`.  Judged by
round 19's rule against the defaults in the same folds (:func:`~benchmarks.link_rerank_cv.rule19`): pooled right
answers up, pooled none precision not lower, at most 2 held sets with fewer right answers; kept (``cover_none=True``
by default, (C, T) the values the same rule chooses over all fresh sets) only if it passes, off otherwise.
"""

from __future__ import annotations

import argparse
import datetime as dt
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.link_mine_vocabulary import HELD, load_sets, loso_rows, mine_names, score, write_report  # noqa: E402
from benchmarks.link_rerank_cv import DEFAULTS, pooled, rule19  # noqa: E402
from benchmarks.suggest_common import machine  # noqa: E402
from kpiguide.catalog import load_catalog  # noqa: E402
from kpiguide.core.i18n import detect_language  # noqa: E402
from kpiguide.suggest.linking import IndicatorLinker, is_vague  # noqa: E402

DEFAULT = DEFAULTS[1]
#: The values tried: a link below confidence T whose indicator's best covered name the name covers less than C of: none.
COVER = (0.2, 0.3, 0.4, 0.5)
CONFIDENCE = (0.15, 0.2, 0.25, 0.3)
GRID = tuple((c, t) for t in CONFIDENCE for c in COVER)
VARIANT = (
    "+ the name covers less than C of the link's indicator's name and confidence below T: none (chosen in the fold)"
)


def readings(catalog, items: list[dict], answers: dict[str, list]) -> dict[str, list[tuple[float, bool, float]]]:
    """Per held set, per name: (the confidence of the defaults' answer, whether the rule may unlink it: a link by
    similarity, the re-ranker or the decision, not a bare measure word; the name's cover of its indicator's best
    covered name)."""
    plain = IndicatorLinker(practitioner_names=False, rerank=False).fit(catalog)
    linker = IndicatorLinker(rerank=False).fit(catalog)
    out = {}
    for held, ans in answers.items():
        linker.use_practitioner_names(mine_names([i for i in items if i["set"] != held]))
        rows = []
        for item, a in zip([i for i in items if i["set"] == held], ans, strict=True):
            name = item["name"]
            if a is None or is_vague(name):
                rows.append((0.0, False, 1.0))
                continue
            scores = plain.scores(name)
            lang = "zh" if detect_language(name).startswith("zh") else "en"
            link = linker._practitioners(name, plain.link(name), scores, lang, None, linker.near_names(name))
            if link.id is not None and link.id == a:  # the linker's own link, kept by the re-ranker and decision
                method, confidence = link.method, link.confidence
            elif link.id is not None:  # the re-ranker put another candidate first: it keeps the confidence
                method, confidence = ("name" if link.method == "name" else "reranked"), link.confidence
            else:  # linked by the decision: its candidate's fit
                method = "decided"
                confidence = plain.candidate_reading(name, scores).fit.get(plain.rows_[a], 0.0)
            may = method in ("similar", "reranked", "decided")
            rows.append((confidence, may, plain.name_cover_of(name, plain.rows_[a])))
        out[held] = rows
    return out


def apply(answers: list, rows: list[tuple[float, bool, float]], values: tuple[float, float]) -> list:
    """The answers with the rule at (C, T) = ``values``."""
    below, confidence = values
    return [None if may and c < confidence and cover < below else a
            for a, (c, may, cover) in zip(answers, rows, strict=True)]  # fmt: skip


def choose(items, answers: dict[str, list], read: dict, sets: list[str]) -> tuple[float, float] | None:
    """(C, T) with the most right answers on ``sets`` whose none precision there is at least the defaults' (ties:
    the smaller T, then the smaller C); None when no pair gives more right answers than the defaults."""
    names = [i for h in sets for i in items if i["set"] == h]
    ref = score(names, [a for h in sets for a in answers[h]])
    best = None
    for values in GRID:
        got = score(names, [a for h in sets for a in apply(answers[h], read[h], values)])
        if got["none_p"] >= ref["none_p"] and got["right"] > ref["right"]:
            key = (got["right"], -values[1], -values[0])
            best = (key, values) if best is None or key > best[0] else best
    return best[1] if best else None


def grid(items, answers: dict[str, list], read: dict) -> list[str]:
    """Every (C, T) on all held sets pooled (each set's answers from the fold holding it out), against the defaults: why
    the rule chooses what it does (no choice made here)."""
    names = [i for h in answers for i in items if i["set"] == h]
    base = [a for h in answers for a in answers[h]]
    ref = score(names, base)
    lines = [
        "",
        f"Every (C, T) on the held sets pooled (the defaults: {ref['right']} right, top-1 {ref['top1']:.3f}, none "
        f"precision {ref['none_p']:.4f}); right answers (difference) · top-1 · none precision · names unlinked by the "
        "rule (of them labelled none; of them linked right before).",
        "",
        "| C, T | pooled |",
        "|---|---|",
    ]
    for below in GRID:
        new = [a for h in answers for a in apply(answers[h], read[h], below)]
        got = score(names, new)
        changed = [(i, a) for i, a, b in zip(names, base, new, strict=True) if a != b]
        none = sum(1 for i, _ in changed if not i["ids"])
        right = sum(1 for i, a in changed if i["ids"] and a in i["ids"])
        lines.append(f"| {below[0]}, {below[1]} | {got['right']} ({got['right'] - ref['right']:+d}) · {got['top1']:.3f} · "
                     f"{got['none_p']:.4f} · {len(changed)} ({none}; {right}) |")  # fmt: skip
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", required=True, help="link_rerank_cv.py --dump's pickle (the defaults' answers)")
    parser.add_argument("--out", default=None, help="write the Markdown section here (default: print only)")
    args = parser.parse_args()
    catalog = load_catalog()
    items = load_sets(catalog)
    folds = pickle.loads(Path(args.folds).read_bytes())
    answers = {h: folds[DEFAULT][h] for h in HELD if h in folds[DEFAULT]}
    read = readings(catalog, items, answers)
    chosen, lever = {}, {}
    for held, held_answers in answers.items():
        chosen[held] = choose(items, answers, read, [h for h in answers if h != held])
        lever[held] = apply(held_answers, read[held], chosen[held]) if chosen[held] else list(held_answers)
    ok, line = rule19(items, lever, answers)
    everywhere = choose(items, answers, read, list(answers))
    table = {f"defaults ({DEFAULT})": answers, VARIANT: lever}
    names, new = pooled(items, lever)
    changed = [i for i, a, b in zip(names, new, pooled(items, answers)[1], strict=True) if a != b]
    lines = [
        "## KPI linking, round 30: the none decision by the name's cover of its indicator (leave one set out)",
        "",
        f"Command: `python benchmarks/link_cover_none.py --folds FOLDS.pkl` (FOLDS.pkl: `python "
        f"benchmarks/link_rerank_cv.py --write --without fresh24 --dump FOLDS.pkl`) · {dt.date.today()} · {machine()}",
        "",
        "Cells: right answers · top-1 · none precision; pooled with counts.",
        "",
        "| held set | names | " + " | ".join(table) + " |",
        "|---|---|" + "---|" * len(table),
        *loso_rows(items, table),
        "",
        f"- (C, T) chosen in each fold (None: off): {chosen}",
        f"- The rule against the defaults: {line}.",
        f"- (C, T) the same rule chooses over all fresh sets: {everywhere}.",
        f"- Pooled names the rule unlinks: {len(changed)}; of them labelled none: "
        f"{sum(1 for i in changed if not i['ids'])}.",
    ]
    write_report([*lines, *grid(items, answers, read)], args.out, False)
    print("PASSES" if ok else "fails")


if __name__ == "__main__":
    main()
