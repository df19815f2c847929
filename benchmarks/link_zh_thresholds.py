"""KPI linking, round 32 (issue 12): the learned decision's own thresholds for Chinese names, judged by leave one set out.

    python benchmarks/link_rerank_cv.py --write --without fresh26 --dump FOLDS.pkl   # the defaults' answers (once)
    python benchmarks/link_zh_thresholds.py --folds FOLDS.pkl [--out benchmarks/results/link_zh_thresholds.md]

Chinese names are the gap: half A of fresh26 as its test run saw it gave Chinese names a top-1 of 0.48 against the
English names' 0.73, and 39 of its 47 misses are Chinese (benchmarks/results/link_round32.md).  The learned
link-or-none decision (round 16) links or unlinks by comparing its P(right) with two thresholds (one for a name the
linker links, one for a name it leaves unlinked) chosen over all names at once; its model reads whether a name is
Chinese, but the cut is the same for both languages.  The lever (``IndicatorLinker(zh_thresholds=True,
zh_threshold_linked=L, zh_threshold_unlinked=U)``, defined in :mod:`kpiguide.suggest.linking` before this run): for a
Chinese name (``detect_language``), the decision compares P(right) with (L, U) instead.  No word list, no labelled name
read by the rule: the decision's own P(right).

Folds: those of ``link_rerank_cv.py`` (each fresh set held out in turn, fresh and fresh2-fresh26): the defaults' answers
of each held set and what their decision read of each held name (``_held_decision`` of its ``--dump``: P(right) of the
model trained on all other sets, the candidate, the re-ranker's answer, whether the decision may change it, the fold's
thresholds).  The defaults' answers are reproduced from them first (the script stops otherwise).  (L, U) chosen INSIDE
each fold on the other fresh sets' held answers (the most right answers whose none precision there is at least the
defaults' there; ties: the higher none precision, then the smaller L, then the smaller U; none better: the lever is
off for that fold) from :data:`VALUES` x :data:`VALUES`; English names keep the fold's thresholds.  Judged by round
19's rule against the defaults in the same folds (:func:`~benchmarks.link_rerank_cv.rule19`): pooled right answers
up, pooled none precision not lower, at most 2 held sets with fewer right answers; kept (``zh_thresholds=True`` by
default, (L, U) the values the same rule chooses over all fresh sets) only if it passes, off otherwise.
"""

from __future__ import annotations

import argparse
import datetime as dt
import pickle
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.link_mine_vocabulary import HELD, load_sets, loso_rows, score, write_report  # noqa: E402
from benchmarks.link_rerank_cv import DEFAULTS, pooled, rule19  # noqa: E402
from benchmarks.suggest_common import machine  # noqa: E402
from kpiguide.catalog import load_catalog  # noqa: E402
from kpiguide.core.i18n import detect_language, has_cjk  # noqa: E402

DEFAULT = DEFAULTS[1]
#: The thresholds tried for Chinese names (a linked name's L, an unlinked name's U).
VALUES = (0.05, 0.075, 0.1, 0.125, 0.15, 0.175, 0.2, 0.25, 0.3)
GRID = tuple((lt, ut) for lt in VALUES for ut in VALUES)
VARIANT = "+ Chinese names' own thresholds (L, U) for the decision (chosen in the fold)"


def apply(read: dict, zh: list[bool], values: tuple[float, float] | None) -> list:
    """A held set's answers with Chinese names' thresholds ``values`` (None: the fold's, the defaults)."""
    out = []
    for k, (p, cand, today, keep) in enumerate(zip(read["p"], read["cand"], read["today"], read["keep"], strict=True)):
        t = values if values is not None and zh[k] else read["t"]
        out.append(today if keep else (cand if p >= t[0 if today is not None else 1] else None))
    return out


def choose(items, reads: dict, zh: dict, answers: dict, sets: list[str]) -> tuple[float, float] | None:
    """(L, U) with the most right answers on ``sets`` whose none precision there is at least the defaults' (ties: the
    higher none precision, then the smaller L, then the smaller U); None when none gives more right answers."""
    names = [i for h in sets for i in items if i["set"] == h]
    ref = score(names, [a for h in sets for a in answers[h]])
    best = None
    for values in GRID:
        got = score(names, [a for h in sets for a in apply(reads[h], zh[h], values)])
        if got["none_p"] >= ref["none_p"] and got["right"] > ref["right"]:
            key = (got["right"], got["none_p"], -values[0], -values[1])
            best = (key, values) if best is None or key > best[0] else best
    return best[1] if best else None


def by_language(items, table: dict[str, dict[str, list]]) -> list[str]:
    """Pooled right · top-1 · none precision of each column on the Chinese and the other names."""
    lines = ["", "| names | " + " | ".join(table) + " |", "|---|" + "---|" * len(table)]
    for label, want in (("Chinese (CJK)", True), ("other", False)):
        cells = []
        for answers in table.values():
            rows, got = pooled(items, answers, lambda n, want=want: has_cjk(n) == want)
            m = score(rows, got)
            cells.append(f"{m['right']} · {m['top1']:.3f} ({m['top1_n']}/{m['n_id']}) · {m['none_p']:.3f} "
                         f"({m['none_right']}/{m['none_n']})")  # fmt: skip
        lines.append(f"| {label} | " + " | ".join(cells) + " |")
    return lines


def grid(items, reads: dict, zh: dict, answers: dict) -> list[str]:
    """Every (L, U) on all held sets pooled (each set's answers from the fold holding it out), against the defaults: why
    the rule chooses what it does (no choice made here)."""
    names = [i for h in answers for i in items if i["set"] == h]
    base = [a for h in answers for a in answers[h]]
    ref = score(names, base)
    lines = [
        "",
        f"Every (L, U) on the held sets pooled (the defaults: {ref['right']} right, top-1 {ref['top1']:.3f}, none "
        f"precision {ref['none_p']:.4f}); right answers (difference) · top-1 · none precision.",
        "",
        "| L \\ U | " + " | ".join(str(u) for u in VALUES) + " |",
        "|---|" + "---|" * len(VALUES),
    ]
    for lt in VALUES:
        cells = []
        for ut in VALUES:
            got = score(names, [a for h in answers for a in apply(reads[h], zh[h], (lt, ut))])
            cells.append(f"{got['right']} ({got['right'] - ref['right']:+d}) · {got['top1']:.3f} · {got['none_p']:.4f}")
        lines.append(f"| {lt} | " + " | ".join(cells) + " |")
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
    reads = {h: folds["_held_decision"][h] for h in answers}
    zh = {h: [detect_language(i["name"]).startswith("zh") for i in items if i["set"] == h] for h in answers}
    for held, held_answers in answers.items():  # the dump's readings give the defaults' answers back
        if apply(reads[held], zh[held], None) != held_answers:
            raise SystemExit(f"the dump's decision readings do not reproduce the defaults' answers on {held}")
    chosen, lever = {}, {}
    for held in answers:
        chosen[held] = choose(items, reads, zh, answers, [h for h in answers if h != held])
        lever[held] = apply(reads[held], zh[held], chosen[held])
    ok, line = rule19(items, lever, answers)
    everywhere = choose(items, reads, zh, answers, list(answers))
    table = {f"defaults ({DEFAULT})": answers, VARIANT: lever}
    names, new = pooled(items, lever)
    changed = [(i, a) for i, a, b in zip(names, new, pooled(items, answers)[1], strict=True) if a != b]
    lines = [
        "## KPI linking, round 32: the learned decision's own thresholds for Chinese names (leave one set out)",
        "",
        f"Command: `python benchmarks/link_zh_thresholds.py --folds FOLDS.pkl` (FOLDS.pkl: `python "
        f"benchmarks/link_rerank_cv.py --write --without fresh26 --dump FOLDS.pkl`) · {dt.date.today()} · {machine()}",
        "",
        "Cells: right answers · top-1 · none precision; pooled with counts.",
        "",
        "| held set | names | " + " | ".join(table) + " |",
        "|---|---|" + "---|" * len(table),
        *loso_rows(items, table),
        *by_language(items, table),
        "",
        f"- (L, U) chosen in each fold (None: off): {chosen}",
        f"- The fold's own thresholds (the defaults, both languages): { {h: reads[h]['t'] for h in reads} }",
        f"- The rule against the defaults: {line}.",
        f"- (L, U) the same rule chooses over all fresh sets: {everywhere}.",
        f"- Pooled names whose answer the lever changes: {len(changed)}; now unlinked {sum(1 for _, a in changed if a is None)} "
        f"(of them labelled none {sum(1 for i, a in changed if a is None and not i['ids'])}), now linked "
        f"{sum(1 for _, a in changed if a is not None)} (of them right {sum(1 for i, a in changed if a and i['ids'] and a in i['ids'])}).",
    ]  # fmt: skip
    write_report([*lines, *grid(items, reads, zh, answers)], args.out, False)
    print("PASSES" if ok else "fails")


if __name__ == "__main__":
    main()
