"""KPI linking (issue 12, round 21): the name-reading fixes and one lever, judged by leave-one-SET-out.

    python benchmarks/link_round21.py [--out benchmarks/results/link_round21_cv.md] [--quick] [--dump FILE]

Three readings of a name, each run through the same folds as ``benchmarks/link_rerank_cv.py`` (each fresh set held
out in turn, fresh and fresh2-fresh15; the re-ranker and the link-or-none decision trained on all other sets, the
practitioners' names mined from them) in the same run; the defaults' answers (top-5 re-ranker + learned link-or-none,
two thresholds) compared:

1. round 19's reading: :func:`kpiguide.suggest.linking.clean_name` and :func:`~kpiguide.suggest.linking.quantity_kind`
   read the name as written (a traditional-script name says no kind of quantity, no change word, no target word) and
   the target cut takes the number of "6-year" for a target ("4- and 6-year Graduation Rates" was "4- and");
2. round 21's reading (the fixes, shipped): the name read in simplified characters, a number joined to the next word
   by a hyphen part of the name;
3. round 21's reading + the lever of round 21 (``IndicatorLinker(keyword_kind_check=True)``: a keyword of an
   indicator whose unit measures another kind of quantity than the name is no exact link).

Rule of round 19, fixed before the run (:func:`benchmarks.link_rerank_cv.rule19`): pooled right answers up, pooled none
precision not lower, at most 2 held sets with fewer right answers.  The fixes are bug fixes: they stay unless they lose
right answers pooled.

The lever (reading 3) was retired with ``keyword_kind_check`` in round 29: this script runs readings 1 and 2 (``--no-lever``
is kept for the recorded commands and is the default now); the recorded command of the three readings reproduces at
commit 8d82b45.
"""

from __future__ import annotations

import argparse
import datetime as dt
import pickle
import re
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.link_mine_vocabulary import load_sets, loso_rows, wins_losses, write_report  # noqa: E402
from benchmarks.link_rerank_cv import DEFAULTS, rule19, run  # noqa: E402
from benchmarks.suggest_common import machine  # noqa: E402
from kpiguide.catalog import load_catalog  # noqa: E402
from kpiguide.suggest import linking  # noqa: E402

#: Round 19's target patterns (the number of "6-year" a target) and reading (the name as written).
_ROUND19_TARGET_ZH = re.compile(
    "(?:"
    + "|".join(re.escape(w) for w in sorted(linking._TARGET_WORDS_ZH, key=len, reverse=True))
    + r")?\s*[-+]?\d[\d.,]*"
)
_ROUND19_TARGET_EN = re.compile(
    r"\s+(?:"
    + "|".join(re.escape(w) for w in sorted(linking._TARGET_WORDS_EN, key=len, reverse=True))
    + r")?\s*[-+]?\d[\d.,]*",
    re.IGNORECASE,
)
ROUND19 = "round 19's reading (as written; '6-year' a target)"
FIXED = "round 21's reading (simplified characters; '6-year' part of the name)"


@contextmanager
def reading(variant: str) -> Iterator[None]:
    """The linker's module read as ``variant`` says while the block runs (restored afterwards)."""
    saved = (linking.simplified, linking._TARGET_ZH, linking._TARGET_EN)
    try:
        if variant == ROUND19:
            linking.simplified = _as_written
            linking._TARGET_ZH, linking._TARGET_EN = _ROUND19_TARGET_ZH, _ROUND19_TARGET_EN
        yield
    finally:
        linking.simplified, linking._TARGET_ZH, linking._TARGET_EN = saved


def _as_written(text: str) -> str:
    return text


def report(items: list[dict], out: dict[str, dict[str, list]], variants: list[str], rules) -> list[str]:
    lines = [
        "## KPI linking, round 21: the name-reading fixes and one lever (leave one set out)",
        "",
        f"Command: `python benchmarks/link_round21.py` · {dt.date.today()} · {machine()}",
        "",
        "Each fresh set held out in turn; the defaults (top-5 re-ranker + learned link-or-none, two thresholds) "
        "trained in each fold on all other sets, for each reading of a name, in the same run. Cells: right answers · "
        "top-1 · none precision.",
        "",
        "| held set | names | " + " | ".join(variants) + " |",
        "|---|---|" + "---|" * len(variants),
    ]
    lines += loso_rows(items, {v: out[v] for v in variants})
    for new, old in rules:
        wins, losses = wins_losses(items, out[new], out[old])
        lines.append(f"- {new} against {old}: {rule19(items, out[new], out[old])[1]} ({wins} better, {losses} worse).")
    return [*lines, ""]


def main(run_fn: Callable = run) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None, help="unused: the labelled names live in benchmarks/data")
    parser.add_argument("--out", default=None, help="write the Markdown section here (default: print only)")
    parser.add_argument("--quick", action="store_true", help="smoke run: every 10th name; writes nothing")
    parser.add_argument("--dump", default=None, help="also pickle the answers of every reading here")
    parser.add_argument(
        "--no-lever", action="store_true", help="the default (the round-21 lever was retired in round 29)"
    )
    args = parser.parse_args()
    catalog = load_catalog()
    items = load_sets(catalog)
    if args.quick:
        items = items[::10]
    variants = [ROUND19, FIXED]
    out: dict[str, dict[str, list]] = {}
    for variant in variants:
        with reading(variant):
            out[variant] = run_fn(catalog, items)[DEFAULTS[1]]
        print(f"{variant}: done", file=sys.stderr, flush=True)
    if args.dump:
        Path(args.dump).write_bytes(pickle.dumps(out))
    rules = [(FIXED, ROUND19)]
    write_report(report(items, out, variants, rules), args.out, args.quick)


if __name__ == "__main__":
    main()
