"""KPI linking, round 29 (issue 12): the none decision by the name's head, judged by leave one set out.

    python benchmarks/link_rerank_cv.py --write --without fresh23 --dump FOLDS.pkl   # the defaults' answers (once)
    python benchmarks/link_head_none.py --folds FOLDS.pkl [--out benchmarks/results/link_head_none.md]

Class (c) of rounds 25-29's misses (a name labelled "no catalog indicator" that the engine links), the largest pooled
class of their halves A, is mostly linked by similarity at a low confidence, often to an indicator that measures
another thing than the name's last word says: "每股未分配利润" (retained earnings per share, ends on 润) to
earnings per share (每股收益, 益), "Daily Admissions" to an enrolment plan's completion, "Supply Risk Score" to a
single-source ratio.  The lever (``IndicatorLinker(head_none=True, head_below=T)``, defined in
:mod:`kpiguide.suggest.linking` before this run): after the learned decision, a link by similarity, the re-ranker or
the decision (not an exact catalog name, a keyword or a practitioners' name; not a bare measure word) whose confidence
is below T is left unlinked when the name's head (:func:`~kpiguide.suggest.linking.measure_head`: the last Chinese
character or Latin word of the cleaned name) is the head of none of the indicator's names
(:meth:`IndicatorLinker.head_clash`).  No word list, no labelled name read by the rule: the name's and the catalog's
own last words.

Folds: those of ``link_rerank_cv.py`` (each fresh set held out in turn, fresh and fresh2-fresh23): the defaults' answers
of each held set (re-ranker of the top 5 + the learned link-or-none decision with two thresholds, trained on all other
sets) are read from its ``--dump``; each answer's method and confidence as round 27's ``link_scatter_none.py`` read
them (the linker before the re-ranker, with the practitioners' names of all other sets: its link's method and
confidence when the answer is that link; "reranked" with that confidence when the re-ranker changed the id;
"decided" with the candidate's fit when the decision linked an unlinked name).  T chosen INSIDE each fold on the other
fresh sets' held answers (the most right answers whose none precision there is at least the defaults' there, ties to
the smaller T; none better: the rule is off for that fold) from :data:`CONFIDENCE`.  Judged by round 19's rule against
the defaults in the same folds (:func:`~benchmarks.link_rerank_cv.rule19`): pooled right answers up, pooled none
precision not lower, at most 2 held sets with fewer right answers; kept (``head_none=True`` by default, T the value
the same rule chooses over all fresh sets) only if it passes, off otherwise.
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
#: The confidence values tried (a link below T whose name's head none of its indicator's names ends on: none).
CONFIDENCE = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5, 0.6)
VARIANT = "+ the name's head is no head of the link's indicator and confidence below T: none (T chosen in the fold)"


def readings(catalog, items: list[dict], answers: dict[str, list]) -> dict[str, list[tuple[float, bool]]]:
    """Per held set, per name: (the confidence of the defaults' answer, whether the rule may unlink it: a link by
    similarity, the re-ranker or the decision, not a bare measure word, whose name's head is no head of its
    indicator)."""
    plain = IndicatorLinker(practitioner_names=False, rerank=False).fit(catalog)
    linker = IndicatorLinker(rerank=False).fit(catalog)
    out = {}
    for held, ans in answers.items():
        linker.use_practitioner_names(mine_names([i for i in items if i["set"] != held]))
        rows = []
        for item, a in zip([i for i in items if i["set"] == held], ans, strict=True):
            name = item["name"]
            if a is None or is_vague(name):
                rows.append((0.0, False))
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
            may = method in ("similar", "reranked", "decided") and plain.head_clash(name, plain.rows_[a])
            rows.append((confidence, may))
        out[held] = rows
    return out


def apply(answers: list, rows: list[tuple[float, bool]], below: float) -> list:
    """The answers with the rule at T = ``below``."""
    return [None if may and c < below else a for a, (c, may) in zip(answers, rows, strict=True)]


def choose(items, answers: dict[str, list], read: dict, sets: list[str]) -> float | None:
    """T with the most right answers on ``sets`` whose none precision there is at least the defaults' (ties: the
    smaller T); None when no value gives more right answers than the defaults."""
    names = [i for h in sets for i in items if i["set"] == h]
    ref = score(names, [a for h in sets for a in answers[h]])
    best = None
    for below in CONFIDENCE:
        got = score(names, [a for h in sets for a in apply(answers[h], read[h], below)])
        if got["none_p"] >= ref["none_p"] and got["right"] > ref["right"]:
            key = (got["right"], -below)
            best = (key, below) if best is None or key > best[0] else best
    return best[1] if best else None


def grid(items, answers: dict[str, list], read: dict) -> list[str]:
    """Every T on all held sets pooled (each set's answers from the fold holding it out), against the defaults: why
    the rule chooses what it does (no choice made here)."""
    names = [i for h in answers for i in items if i["set"] == h]
    base = [a for h in answers for a in answers[h]]
    ref = score(names, base)
    lines = [
        "",
        f"Every T on the held sets pooled (the defaults: {ref['right']} right, top-1 {ref['top1']:.3f}, none "
        f"precision {ref['none_p']:.4f}); right answers (difference) · top-1 · none precision · names unlinked by the "
        "rule (of them labelled none; of them linked right before).",
        "",
        "| T | pooled |",
        "|---|---|",
    ]
    for below in CONFIDENCE:
        new = [a for h in answers for a in apply(answers[h], read[h], below)]
        got = score(names, new)
        changed = [(i, a) for i, a, b in zip(names, base, new, strict=True) if a != b]
        none = sum(1 for i, _ in changed if not i["ids"])
        right = sum(1 for i, a in changed if i["ids"] and a in i["ids"])
        lines.append(f"| {below} | {got['right']} ({got['right'] - ref['right']:+d}) · {got['top1']:.3f} · "
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
        "## KPI linking, round 29: the none decision by the name's head (leave one set out)",
        "",
        f"Command: `python benchmarks/link_head_none.py --folds FOLDS.pkl` (FOLDS.pkl: `python "
        f"benchmarks/link_rerank_cv.py --write --without fresh23 --dump FOLDS.pkl`) · {dt.date.today()} · {machine()}",
        "",
        "Cells: right answers · top-1 · none precision; pooled with counts.",
        "",
        "| held set | names | " + " | ".join(table) + " |",
        "|---|---|" + "---|" * len(table),
        *loso_rows(items, table),
        "",
        f"- T chosen in each fold (None: off): {chosen}",
        f"- The rule against the defaults: {line}.",
        f"- T the same rule chooses over all fresh sets: {everywhere}.",
        f"- Pooled names the rule unlinks: {len(changed)}; of them labelled none: "
        f"{sum(1 for i in changed if not i['ids'])}.",
    ]
    write_report([*lines, *grid(items, answers, read)], args.out, False)
    print("PASSES" if ok else "fails")


if __name__ == "__main__":
    main()
