"""KPI linking, round 27 (issue 12): the none decision by scattered candidates, judged by leave one set out.

    python benchmarks/link_rerank_cv.py --dump FOLDS.pkl   # the defaults' answers in each fold (once)
    python benchmarks/link_scatter_none.py --folds FOLDS.pkl [--out benchmarks/results/link_scatter_none.md]

Class (c) of rounds 25-27's misses (a name labelled "no catalog indicator" that the linker links), the largest pooled
class of their halves A, is mostly linked by similarity at a low confidence.  The lever
(``IndicatorLinker(scatter_none=True)``, defined in :mod:`kpiguide.suggest.linking` before this run): after the learned
decision, a link (not an exact catalog name) whose confidence is below T is left unlinked when the name's first five
candidates of the hand-set fit come from at least S different catalog domains (an id's first part: a function or an
industry; :meth:`IndicatorLinker.candidate_domains`): the name places itself in no one part of the catalog.  No word
list, no labelled name read by the rule.

Folds: those of ``link_rerank_cv.py`` (each fresh set held out in turn, fresh and fresh2-fresh21): the defaults' answers
of each held set (re-ranker of the top 5 + the learned link-or-none decision with two thresholds, trained on all other
sets) are read from its ``--dump``; each answer's confidence as in ``link_lexical_none.py`` (the shipped linker's,
with the practitioners' names of all other sets).  (S, T) chosen INSIDE each fold on the other fresh sets' held
answers (the most right answers whose none precision there is at least the defaults' there; none better: the rule is
off for that fold) from :data:`DOMAINS` × :data:`CONFIDENCE`.  Judged by round 19's rule against the defaults in the
same folds: pooled right answers up, pooled none precision not lower, at most 2 held sets with fewer right answers.
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
from kpiguide.suggest.linking import IndicatorLinker  # noqa: E402

DEFAULT = DEFAULTS[1]
#: The numbers of domains tried (of the first five candidates; at least S: scattered).
DOMAINS = (3, 4, 5)
#: The confidence values tried (a link below T with scattered candidates is left unlinked).
CONFIDENCE = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4)
VARIANT = "+ scattered candidates and confidence below T: none (S, T chosen in the fold)"


def readings(catalog, items: list[dict], answers: dict[str, list]) -> dict[str, list[tuple[float, int, bool]]]:
    """Per held set, per name: (the confidence of the defaults' answer, the number of domains of the name's first five
    candidates, whether the rule may apply: a link, not by an exact catalog name)."""
    plain = IndicatorLinker(practitioner_names=False, rerank=False).fit(catalog)
    linker = IndicatorLinker(rerank=False).fit(catalog)
    out = {}
    for held, ans in answers.items():
        linker.use_practitioner_names(mine_names([i for i in items if i["set"] != held]))
        rows = []
        for item, a in zip([i for i in items if i["set"] == held], ans, strict=True):
            name = item["name"]
            scores = plain.scores(name)
            lang = "zh" if detect_language(name).startswith("zh") else "en"
            link = linker._practitioners(name, plain.link(name), scores, lang, None, linker.near_names(name))
            if a is None or link.method == "name":
                rows.append((0.0, 0, False))
                continue
            if link.id is not None:  # linked before the decision: the re-ranker keeps the confidence
                confidence = link.confidence
            else:  # linked by the decision: its candidate's fit
                confidence = plain.candidate_reading(name, scores).fit.get(plain.rows_[a], 0.0)
            rows.append((confidence, plain.candidate_domains(name, scores), True))
        out[held] = rows
    return out


def apply(answers: list, rows: list[tuple[float, int, bool]], domains: int, confidence: float) -> list:
    """The answers with the rule at (S, T)."""
    return [None if ok and c < confidence and n >= domains else a for a, (c, n, ok) in zip(answers, rows, strict=True)]


def choose(items, answers: dict[str, list], read: dict, sets: list[str]) -> tuple[int, float] | None:
    """(S, T) with the most right answers on ``sets`` whose none precision there is at least the defaults'; None when
    no value gives more right answers than the defaults."""
    names = [i for h in sets for i in items if i["set"] == h]
    ref = score(names, [a for h in sets for a in answers[h]])
    best = None
    for dom in DOMAINS:
        for conf in CONFIDENCE:
            got = score(names, [a for h in sets for a in apply(answers[h], read[h], dom, conf)])
            if got["none_p"] >= ref["none_p"] and got["right"] > ref["right"]:
                key = (got["right"], -conf, dom)
                best = (key, (dom, conf)) if best is None or key > best[0] else best
    return best[1] if best else None


def grid(items, answers: dict[str, list], read: dict) -> list[str]:
    """Every (S, T) on all held sets pooled (each set's answers from the fold holding it out), against the defaults:
    why the rule chooses what it does (no choice made here)."""
    names = [i for h in answers for i in items if i["set"] == h]
    ref = score(names, [a for h in answers for a in answers[h]])
    lines = [
        "",
        f"Every (S, T) on the held sets pooled (the defaults: {ref['right']} right, top-1 {ref['top1']:.3f}, none "
        f"precision {ref['none_p']:.4f}); cells: right answers (difference) · top-1 · none precision.",
        "",
        "| S \\ T | " + " | ".join(f"{t}" for t in CONFIDENCE) + " |",
        "|---|" + "---|" * len(CONFIDENCE),
    ]
    for dom in DOMAINS:
        cells = []
        for conf in CONFIDENCE:
            got = score(names, [a for h in answers for a in apply(answers[h], read[h], dom, conf)])
            cells.append(f"{got['right']} ({got['right'] - ref['right']:+d}) · {got['top1']:.3f} · {got['none_p']:.4f}")
        lines.append(f"| {dom} | " + " | ".join(cells) + " |")
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
        lever[held] = apply(held_answers, read[held], *chosen[held]) if chosen[held] else list(held_answers)
    ok, line = rule19(items, lever, answers)
    everywhere = choose(items, answers, read, list(answers))
    table = {f"defaults ({DEFAULT})": answers, VARIANT: lever}
    names, new = pooled(items, lever)
    changed = [i for i, a, b in zip(names, new, pooled(items, answers)[1], strict=True) if a != b]
    lines = [
        "## KPI linking, round 27: the none decision by scattered candidates (leave one set out)",
        "",
        f"Command: `python benchmarks/link_scatter_none.py --folds FOLDS.pkl` (FOLDS.pkl: `python "
        f"benchmarks/link_rerank_cv.py --write --without fresh21 --dump FOLDS.pkl`) · {dt.date.today()} · {machine()}",
        "",
        "Cells: right answers · top-1 · none precision; pooled with counts.",
        "",
        "| held set | names | " + " | ".join(table) + " |",
        "|---|---|" + "---|" * len(table),
        *loso_rows(items, table),
        "",
        f"- (S, T) chosen in each fold (None: off): {chosen}",
        f"- The rule against the defaults: {line}.",
        f"- (S, T) the same rule chooses over all fresh sets: {everywhere}.",
        f"- Pooled names the rule unlinks: {len(changed)}; of them labelled none: "
        f"{sum(1 for i in changed if not i['ids'])}.",
    ]
    write_report([*lines, *grid(items, answers, read)], args.out, False)
    print("PASSES" if ok else "fails")


if __name__ == "__main__":
    main()
