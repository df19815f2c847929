"""KPI linking, round 34 (issue 12): the learned decision swaps to the next candidate, judged by leave one set out.

    python benchmarks/link_rerank_cv.py --write --without fresh28 --dump FOLDS.pkl   # the defaults' answers (once)
    python benchmarks/link_decision_swap.py --folds FOLDS.pkl [--out benchmarks/results/link_decision_swap.md]

Chinese names are the gap (the test runs: Chinese top-1 well below English).  Of fresh27's half A misses as its test
run's engine saw them (benchmarks/results/link_round33.md), the 4 Chinese names the engine linked to a wrong id with
the label among the first three candidates have it 2nd (解决时长, 生产节拍, 重大舆情响应时效, 内部变动率).  The learned
link-or-none decision (round 16) reads one candidate only: the re-ranker's answer, or for a name the linker leaves
unlinked the first of the hand-set fit; it decides link or none, never which.  The lever
(``IndicatorLinker(decision_swap=True, swap_margin=D)``, defined in :mod:`kpiguide.suggest.linking` before this run):
when the decision links its candidate (a link it keeps or an unlinked name it links), it also reads the name's next
candidate (:meth:`~kpiguide.suggest.linking.IndicatorLinker.decision_runner_up`: the first of the hand-set fit that is
not its candidate, a change for a name that is a change) with the same model, and links that one instead when its
P(right) is higher by at least D.  A swap never turns a link into none or none into a link, so none precision cannot
move; only right ids can.  No word list, no labelled name read by the rule: the decision's own P(right).  Unlike round
33's retired second_candidate (which linked the second candidate where the decision answered none), it never acts
where the decision answers none.

Folds: those of ``link_rerank_cv.py`` (each fresh set held out in turn, fresh and fresh2-fresh28): the defaults' answers
of each held set and what their decision read of each held name (``_held_decision`` of its ``--dump``: P(right) of the
model trained on all other sets, the candidate, the re-ranker's answer, whether the decision may change it, the fold's
thresholds; since round 34 also the next candidate and its P(right) under the same model).  The defaults' answers are
reproduced from them first (the script stops otherwise).  D chosen INSIDE each fold on the other fresh sets' held
answers (the most right answers whose none precision there is at least the defaults' there, strictly more right
answers than the defaults'; ties: the higher none precision, then the higher D; none better: the lever is off for that
fold) from :data:`VALUES`.  Judged once by round 19's rule against the defaults in the same folds
(:func:`~benchmarks.link_rerank_cv.rule19`): pooled right answers up, pooled none precision not lower, at most 2 held
sets with fewer right answers; kept (``decision_swap=True`` by default, D the value the same choice makes over all
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

from benchmarks.link_mine_vocabulary import HELD, load_sets, loso_rows, score, write_report  # noqa: E402
from benchmarks.link_rerank_cv import DEFAULTS, pooled, rule19  # noqa: E402
from benchmarks.suggest_common import machine  # noqa: E402
from kpiguide.catalog import load_catalog  # noqa: E402
from kpiguide.core.i18n import has_cjk  # noqa: E402

DEFAULT = DEFAULTS[1]
#: How much higher the next candidate's P(right) must be than the decision's candidate's (D).
VALUES = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3)
VARIANT = "+ the decision swaps to the next candidate when it links (D chosen in the fold)"


def defaults(read: dict) -> list:
    """A held set's answers of the defaults' decision, from what it read of each name."""
    t = read["t"]
    return [today if keep else (cand if p >= t[0 if today is not None else 1] else None)
            for p, cand, today, keep in zip(read["p"], read["cand"], read["today"], read["keep"], strict=True)]  # fmt: skip


def apply(read: dict, value: float | None) -> list:
    """A held set's answers with the next candidate linked where the decision links its candidate and the next one's
    P(right) is at least its P(right) + ``value`` (None: the defaults)."""
    out = defaults(read)
    if value is None:
        return out
    for k, (answer, keep, cand, p, cand2, p2) in enumerate(
        zip(out, read["keep"], read["cand"], read["p"], read["cand2"], read["p2"], strict=True)
    ):
        if answer is not None and not keep and answer == cand and cand2 is not None and p2 >= p + value:
            out[k] = cand2
    return out


def choose(items, reads: dict, answers: dict, sets: list[str]) -> float | None:
    """D with the most right answers on ``sets`` whose none precision there is at least the defaults' (ties: the
    higher none precision, then the higher D); None when none gives more right answers."""
    names = [i for h in sets for i in items if i["set"] == h]
    ref = score(names, [a for h in sets for a in answers[h]])
    best = None
    for value in VALUES:
        got = score(names, [a for h in sets for a in apply(reads[h], value)])
        if got["none_p"] >= ref["none_p"] and got["right"] > ref["right"]:
            key = (got["right"], got["none_p"], value)
            best = (key, value) if best is None or key > best[0] else best
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


def grid(items, reads: dict, answers: dict) -> list[str]:
    """Every D on all held sets pooled (each set's answers from the fold holding it out), against the defaults: why
    the rule chooses what it does (no choice made here)."""
    names = [i for h in answers for i in items if i["set"] == h]
    base = [a for h in answers for a in answers[h]]
    ref = score(names, base)
    lines = [
        "",
        f"Every D on the held sets pooled (the defaults: {ref['right']} right, top-1 {ref['top1']:.3f}, none "
        f"precision {ref['none_p']:.4f}); right answers (difference) · top-1 · none precision · names the rule "
        "swaps (of them now right; were right).",
        "",
        "| D | pooled |",
        "|---|---|",
    ]
    for value in VALUES:
        new = [a for h in answers for a in apply(reads[h], value)]
        got = score(names, new)
        changed = [(i, a) for i, a, b in zip(names, new, base, strict=True) if a != b]
        right = sum(1 for i, a in changed if i["ids"] and a in i["ids"])
        none = sum(1 for i, a, b in zip(names, new, base, strict=True) if a != b and i["ids"] and b in i["ids"])
        lines.append(f"| {value} | {got['right']} ({got['right'] - ref['right']:+d}) · {got['top1']:.3f} · "
                     f"{got['none_p']:.4f} · {len(changed)} ({right}; {none}) |")  # fmt: skip
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
    for held, held_answers in answers.items():  # the dump's readings give the defaults' answers back
        if apply(reads[held], None) != held_answers:
            raise SystemExit(f"the dump's decision readings do not reproduce the defaults' answers on {held}")
    chosen, lever = {}, {}
    for held in answers:
        chosen[held] = choose(items, reads, answers, [h for h in answers if h != held])
        lever[held] = apply(reads[held], chosen[held])
    ok, line = rule19(items, lever, answers)
    everywhere = choose(items, reads, answers, list(answers))
    table = {f"defaults ({DEFAULT})": answers, VARIANT: lever}
    names, new = pooled(items, lever)
    changed = [(i, a) for i, a, b in zip(names, new, pooled(items, answers)[1], strict=True) if a != b]
    lines = [
        "## KPI linking, round 34: the learned decision swaps to the next candidate (leave one set out)",
        "",
        f"Command: `python benchmarks/link_decision_swap.py --folds FOLDS.pkl` (FOLDS.pkl: `python "
        f"benchmarks/link_rerank_cv.py --write --without fresh28 --dump FOLDS.pkl`) · {dt.date.today()} · {machine()}",
        "",
        "Cells: right answers · top-1 · none precision; pooled with counts.",
        "",
        "| held set | names | " + " | ".join(table) + " |",
        "|---|---|" + "---|" * len(table),
        *loso_rows(items, table),
        *by_language(items, table),
        "",
        f"- D chosen in each fold (None: off): {chosen}",
        f"- The rule against the defaults: {line}.",
        f"- D the same choice makes over all fresh sets: {everywhere}.",
        f"- Pooled names whose answer the lever changes (all now linked to their next candidate): {len(changed)}; of "
        f"them now right {sum(1 for i, a in changed if i['ids'] and a in i['ids'])}, labelled none "
        f"{sum(1 for i, _ in changed if not i['ids'])}, Chinese {sum(1 for i, _ in changed if has_cjk(i['name']))}.",
    ]  # fmt: skip
    write_report([*lines, *grid(items, reads, answers)], args.out, False)
    print("PASSES" if ok else "fails")


if __name__ == "__main__":
    main()
