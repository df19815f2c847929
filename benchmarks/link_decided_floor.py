"""KPI linking, round 31 (issue 12): a floor on the fit of the learned decision's links, judged by leave one set out.

    python benchmarks/link_rerank_cv.py --write --without fresh25 --dump FOLDS.pkl   # the defaults' answers (once)
    python benchmarks/link_decided_floor.py --folds FOLDS.pkl [--out benchmarks/results/link_decided_floor.md]

Class (c) of rounds 25-31's misses (a name labelled "no catalog indicator" that the engine links) is the largest pooled
class of their halves A.  In fresh25's half A, 4 of its 20 are links the learned link-or-none decision made to a name
the linker left unlinked, to a candidate the linker itself fitted at 0.02-0.10 ("部门员工素质结构比例" to agency worker
ratio at 0.06, "展厅试乘试驾率" to trial-class conversion at 0.02, "平均响应间隔" to IT's mean time to acknowledge at 0.08).
The lever (``IndicatorLinker(decided_floor=True, decided_below=F)``, defined in :mod:`kpiguide.suggest.linking` before
this run): the decision links an unlinked name only when the linker's own fit for the candidate (the hand-set fit,
the link's confidence) is at least F.  No word list, no labelled name read by the rule.

Folds: those of ``link_rerank_cv.py`` (each fresh set held out in turn, fresh and fresh2-fresh25): the defaults' answers
of each held set (re-ranker of the top 5 + the learned link-or-none decision with two thresholds, trained on all other
sets) are read from its ``--dump``; an answer is the decision's link when the linker before the re-ranker (with the
practitioners' names of all other sets) left the name unlinked, its fit the hand-set fit of that candidate (as round
30's ``link_cover_none.py`` read them).  F chosen INSIDE each fold on the other fresh sets' held answers (the most right
answers whose none precision there is at least the defaults' there, ties to the smaller F; none better: the rule is off
for that fold) from :data:`FLOOR`.  Judged by round 19's rule against the defaults in the same folds
(:func:`~benchmarks.link_rerank_cv.rule19`): pooled right answers up, pooled none precision not lower, at most 2 held
sets with fewer right answers; kept (``decided_floor=True`` by default, F the value the same rule chooses over all
fresh sets) only if it passes, off otherwise.
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
#: The floors tried: a link by the learned decision whose fit is below F is not made.
FLOOR = (0.02, 0.04, 0.06, 0.08, 0.1, 0.12)
GRID = tuple((f,) for f in FLOOR)
VARIANT = "+ the decision's links need a fit of at least F (chosen in the fold)"


def readings(catalog, items: list[dict], answers: dict[str, list]) -> dict[str, list[tuple[float, bool]]]:
    """Per held set, per name: (the fit of the defaults' answer, whether it is the learned decision's link: the linker
    before the re-ranker, with the practitioners' names of the other sets, left the name unlinked)."""
    plain = IndicatorLinker(practitioner_names=False, rerank=False).fit(catalog)
    linker = IndicatorLinker(rerank=False).fit(catalog)
    out = {}
    for held, ans in answers.items():
        linker.use_practitioner_names(mine_names([i for i in items if i["set"] != held]))
        rows = []
        for item, a in zip([i for i in items if i["set"] == held], ans, strict=True):
            name = item["name"]
            if a is None or is_vague(name):
                rows.append((1.0, False))
                continue
            scores = plain.scores(name)
            lang = "zh" if detect_language(name).startswith("zh") else "en"
            link = linker._practitioners(name, plain.link(name), scores, lang, None, linker.near_names(name))
            if link.id is not None:  # the linker's own link (kept or re-ranked): not the decision's
                rows.append((link.confidence, False))
            else:  # linked by the decision: its candidate's fit
                rows.append((plain.candidate_reading(name, scores).fit.get(plain.rows_[a], 0.0), True))
        out[held] = rows
    return out


def apply(answers: list, rows: list[tuple[float, bool]], values: tuple[float]) -> list:
    """The answers with the rule at F = ``values[0]``."""
    (floor,) = values
    return [None if decided and fit < floor else a for a, (fit, decided) in zip(answers, rows, strict=True)]


def choose(items, answers: dict[str, list], read: dict, sets: list[str]) -> tuple[float] | None:
    """F with the most right answers on ``sets`` whose none precision there is at least the defaults' (ties: the
    smaller F); None when no F gives more right answers than the defaults."""
    names = [i for h in sets for i in items if i["set"] == h]
    ref = score(names, [a for h in sets for a in answers[h]])
    best = None
    for values in GRID:
        got = score(names, [a for h in sets for a in apply(answers[h], read[h], values)])
        if got["none_p"] >= ref["none_p"] and got["right"] > ref["right"]:
            key = (got["right"], -values[0])
            best = (key, values) if best is None or key > best[0] else best
    return best[1] if best else None


def grid(items, answers: dict[str, list], read: dict) -> list[str]:
    """Every F on all held sets pooled (each set's answers from the fold holding it out), against the defaults: why
    the rule chooses what it does (no choice made here)."""
    names = [i for h in answers for i in items if i["set"] == h]
    base = [a for h in answers for a in answers[h]]
    ref = score(names, base)
    lines = [
        "",
        f"Every F on the held sets pooled (the defaults: {ref['right']} right, top-1 {ref['top1']:.3f}, none "
        f"precision {ref['none_p']:.4f}); right answers (difference) · top-1 · none precision · names unlinked by the "
        "rule (of them labelled none; of them linked right before).",
        "",
        "| F | pooled |",
        "|---|---|",
    ]
    for below in GRID:
        new = [a for h in answers for a in apply(answers[h], read[h], below)]
        got = score(names, new)
        changed = [(i, a) for i, a, b in zip(names, base, new, strict=True) if a != b]
        none = sum(1 for i, _ in changed if not i["ids"])
        right = sum(1 for i, a in changed if i["ids"] and a in i["ids"])
        lines.append(f"| {below[0]} | {got['right']} ({got['right'] - ref['right']:+d}) · {got['top1']:.3f} · "
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
        "## KPI linking, round 31: a floor on the fit of the learned decision's links (leave one set out)",
        "",
        f"Command: `python benchmarks/link_decided_floor.py --folds FOLDS.pkl` (FOLDS.pkl: `python "
        f"benchmarks/link_rerank_cv.py --write --without fresh25 --dump FOLDS.pkl`) · {dt.date.today()} · {machine()}",
        "",
        "Cells: right answers · top-1 · none precision; pooled with counts.",
        "",
        "| held set | names | " + " | ".join(table) + " |",
        "|---|---|" + "---|" * len(table),
        *loso_rows(items, table),
        "",
        f"- F chosen in each fold (None: off): {chosen}",
        f"- The rule against the defaults: {line}.",
        f"- F the same rule chooses over all fresh sets: {everywhere}.",
        f"- Pooled names the rule leaves unlinked: {len(changed)}; of them labelled none: "
        f"{sum(1 for i in changed if not i['ids'])}.",
    ]
    write_report([*lines, *grid(items, answers, read)], args.out, False)
    print("PASSES" if ok else "fails")


if __name__ == "__main__":
    main()
