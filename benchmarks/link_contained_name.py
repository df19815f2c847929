"""KPI linking, round 28 (issue 12): linking a name that contains its first candidate's catalog name, judged by leave
one set out.

    python benchmarks/link_rerank_cv.py --dump FOLDS.pkl   # the defaults' answers in each fold (once)
    python benchmarks/link_contained_name.py --folds FOLDS.pkl [--out benchmarks/results/link_contained_name.md]

Class (a) of rounds 25-28's misses (a name labelled with a catalog indicator that the engine leaves unlinked) holds
names whose right indicator is the first of the candidates: "RevPAR Forecast", "ADR Forecast", "RevPAR on the
Books" (fresh22's half A), the indicator's own abbreviation with a qualifier the catalog does not word (a forecast, a
period, "on the books"); the cover rule and the learned decision leave them unlinked for the unexplained words.  The
lever (``IndicatorLinker(contained_name=True)``, defined in :mod:`kpiguide.suggest.linking` before this run): after the
learned decision, a name left unlinked (not a bare measure word, :func:`~kpiguide.suggest.linking.is_vague`) is linked
to its first candidate of the hand-set fit (:meth:`IndicatorLinker.candidate_reading`, the candidate the decision
read) when the name contains one of that indicator's own catalog names or abbreviations (the exact-name keys, not its
keywords; a Latin one as whole words) covering at least C of the name's characters
(:meth:`IndicatorLinker.contained_share_of`).  No word list, no labelled name read by the rule: the catalog's own
names only.

Folds: those of ``link_rerank_cv.py`` (each fresh set held out in turn, fresh and fresh2-fresh22): the defaults' answers
of each held set (re-ranker of the top 5 + the learned link-or-none decision with two thresholds, trained on all other
sets) are read from its ``--dump``; the first candidate and the contained share do not depend on the practitioners'
names (the hand-set fit reads the catalog only), so they are read once per name.  C chosen INSIDE each fold on the
other fresh sets' held answers (the most right answers whose none precision there is at least the defaults' there,
ties to the larger C; none better: the rule is off for that fold) from :data:`SHARES`.  Judged by round 19's rule
against the defaults in the same folds (:func:`~benchmarks.link_rerank_cv.rule19`): pooled right answers up, pooled
none precision not lower, at most 2 held sets with fewer right answers; kept (``contained_name=True`` by default) only
if it passes, off otherwise.
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
from kpiguide.suggest.linking import IndicatorLinker, is_vague  # noqa: E402

DEFAULT = DEFAULTS[1]
#: The shares tried (the least share of the name's characters the contained catalog name covers).
SHARES = (0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8)
VARIANT = "+ contains its first candidate's catalog name covering at least C: linked (C chosen in the fold)"


def readings(catalog, items: list[dict], answers: dict[str, list]) -> dict[str, list[tuple[str | None, float]]]:
    """Per held set, per name: (the first candidate of the hand-set fit when the rule may apply, an unlinked answer
    and not a bare measure word, else None; the share its contained catalog name covers, 0 when none)."""
    plain = IndicatorLinker(practitioner_names=False, rerank=False).fit(catalog)
    out = {}
    for held, ans in answers.items():
        rows = []
        for item, a in zip([i for i in items if i["set"] == held], ans, strict=True):
            name = item["name"]
            if a is not None or is_vague(name):
                rows.append((None, 0.0))
                continue
            reading = plain.candidate_reading(name)
            if not reading.ranked:
                rows.append((None, 0.0))
                continue
            share, _ = plain.contained_share_of(name, reading.ranked[0])
            rows.append((plain.indicators_[reading.ranked[0]].id, share))
        out[held] = rows
    return out


def apply(answers: list, rows: list[tuple[str | None, float]], share: float) -> list:
    """The answers with the rule at C = ``share``."""
    return [
        c if a is None and c is not None and s > 0 and s >= share else a
        for a, (c, s) in zip(answers, rows, strict=True)
    ]


def choose(items, answers: dict[str, list], read: dict, sets: list[str]) -> float | None:
    """C with the most right answers on ``sets`` whose none precision there is at least the defaults' (ties: the
    larger C); None when no value gives more right answers than the defaults."""
    names = [i for h in sets for i in items if i["set"] == h]
    ref = score(names, [a for h in sets for a in answers[h]])
    best = None
    for share in SHARES:
        got = score(names, [a for h in sets for a in apply(answers[h], read[h], share)])
        if got["none_p"] >= ref["none_p"] and got["right"] > ref["right"]:
            key = (got["right"], share)
            best = (key, share) if best is None or key > best[0] else best
    return best[1] if best else None


def grid(items, answers: dict[str, list], read: dict) -> list[str]:
    """Every C on all held sets pooled (each set's answers from the fold holding it out), against the defaults: why
    the rule chooses what it does (no choice made here)."""
    names = [i for h in answers for i in items if i["set"] == h]
    ref = score(names, [a for h in answers for a in answers[h]])
    lines = [
        "",
        f"Every C on the held sets pooled (the defaults: {ref['right']} right, top-1 {ref['top1']:.3f}, none "
        f"precision {ref['none_p']:.4f}); right answers (difference) · top-1 · none precision · names linked by the "
        "rule (of them right).",
        "",
        "| C | pooled |",
        "|---|---|",
    ]
    base = [a for h in answers for a in answers[h]]
    for share in SHARES:
        new = [a for h in answers for a in apply(answers[h], read[h], share)]
        got = score(names, new)
        changed = [(i, b) for i, a, b in zip(names, base, new, strict=True) if a != b]
        right = sum(1 for i, b in changed if i["ids"] and b in i["ids"])
        lines.append(f"| {share} | {got['right']} ({got['right'] - ref['right']:+d}) · {got['top1']:.3f} · "
                     f"{got['none_p']:.4f} · {len(changed)} ({right}) |")  # fmt: skip
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
    changed = [(i, a) for i, a, b in zip(names, new, pooled(items, answers)[1], strict=True) if a != b]
    lines = [
        "## KPI linking, round 28: linking a name that contains its first candidate's catalog name (leave one set out)",
        "",
        f"Command: `python benchmarks/link_contained_name.py --folds FOLDS.pkl` (FOLDS.pkl: `python "
        f"benchmarks/link_rerank_cv.py --write --without fresh22 --dump FOLDS.pkl`) · {dt.date.today()} · {machine()}",
        "",
        "Cells: right answers · top-1 · none precision; pooled with counts.",
        "",
        "| held set | names | " + " | ".join(table) + " |",
        "|---|---|" + "---|" * len(table),
        *loso_rows(items, table),
        "",
        f"- C chosen in each fold (None: off): {chosen}",
        f"- The rule against the defaults: {line}.",
        f"- C the same rule chooses over all fresh sets: {everywhere}.",
        f"- Pooled names the rule links: {len(changed)}; of them right: "
        f"{sum(1 for i, a in changed if i['ids'] and a in i['ids'])}; labelled none: "
        f"{sum(1 for i, _ in changed if not i['ids'])}.",
    ]
    write_report([*lines, *grid(items, answers, read)], args.out, False)
    print("PASSES" if ok else "fails")


if __name__ == "__main__":
    main()
