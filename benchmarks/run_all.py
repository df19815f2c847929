"""Run every benchmark script, then assemble benchmarks/RESULTS.md.

    python -m benchmarks.run_all [--data ../shared/data/external] [--quick] [--only NAME ...]

Each script runs in its own process (from the repository root) with ``--data``; at full size the
scripts write their sections into ``benchmarks/results/`` and this runner rebuilds ``RESULTS.md``
(``assemble_results.py``).  ``--quick`` is a smoke run: every script runs a tiny workload (seconds
to a minute) with its own ``--quick`` flag, and nothing is written: it proves the scripts still run
after a change of the package layout.  ``make bench`` and ``make bench-smoke`` call this.

Not run here: ``build_suggest_queries.py`` (it rebuilds the query set from the external data, an input
of the suggestion benchmarks, not a measurement) and ``round10_misses.py`` (it lists the misses of round 10's
test sets for benchmarks/results/issue12_round10_misses.md and writes nothing).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
FOLDER = ROOT / "benchmarks"
DEFAULT_DATA = os.environ.get("KPIGUIDE_EXTERNAL_DATA") or str(ROOT.parent / "shared" / "data" / "external")

# name -> extra arguments of the full run (the scripts that do not write their section by default get --out)
BENCHMARKS: dict[str, tuple[str, ...]] = {
    "suggest_quality": (),
    "suggest_mine_prior": (),  # writes its leave-one-set-out section into results/suggest.md
    "suggest_speed": (),
    "role_codes": (),
    "suggest_knowledge_cost": (),
    "smart_quality": (),
    "smart_relevance_cv": (),
    "label_agreement_smart": ("--out", "benchmarks/results/label_agreement_smart.md"),
    "link_quality": ("--out", "benchmarks/results/linking.md"),  # + --test LINK_TEST when present (command())
    "link_ranker_cv": ("--out", "benchmarks/results/link_ranker.md"),
    "link_keyword_audit": ("--out", "benchmarks/results/link_keyword_audit.md"),
    "link_mine_vocabulary": ("--out", "benchmarks/results/link_vocabulary.md"),
    "link_miss_taxonomy": ("--out", "benchmarks/results/link_misses.md"),
    "link_none_vote": ("--out", "benchmarks/results/link_none_vote.md"),
    "link_rerank_cv": ("--out", "benchmarks/results/link_rerank.md"),
    "label_agreement": ("--out", "benchmarks/results/label_agreement.md"),
    "redundancy_quality": ("--out", "benchmarks/results/redundancy.md"),
    "achievability_m3": ("--out", "benchmarks/results/achievability.md"),
    "evaluation_speed": ("--out", "benchmarks/results/evaluation.md"),
    "import_speed_scheme": ("--out", "benchmarks/results/import_scheme.md"),
    "notebooks_time": ("--out", "benchmarks/results/notebooks.md"),
    "apps_load": (),
    "import_speed": ("--out", "benchmarks/results/import.md"),
    "sync_speed": ("--out", "benchmarks/results/sync.md"),
    "kernel_profile": ("--out", "benchmarks/results/kernel_profile.md"),
}


#: The linking test set of round 46 (labelled by another person while round 46's changes are made): link_quality's
#: test part once it is committed; fresh42, round 45's, is development data since round 46 (fresh41 since round 45).
LINK_TEST = "benchmarks/data/link_names_fresh43.yaml"


def command(name: str, data: str, quick: bool) -> list[str]:
    """The command line that runs one benchmark script."""
    extra = ("--quick",) if quick else BENCHMARKS[name]
    if name == "link_quality" and not quick and (ROOT / LINK_TEST).exists():
        extra = (*extra, "--test", LINK_TEST)
    return [sys.executable, str(FOLDER / f"{name}.py"), "--data", data, *extra]


def run_one(name: str, data: str, quick: bool) -> tuple[int, float]:
    """Run one script from the repository root; its output goes straight to this terminal."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    print(f"\n=== {name}{' (quick)' if quick else ''}: {' '.join(command(name, data, quick)[1:])}", flush=True)
    start = time.perf_counter()
    code = subprocess.call(command(name, data, quick), cwd=ROOT, env=env)
    return code, time.perf_counter() - start


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=DEFAULT_DATA, help="external data folder (default: ../shared/data/external)")
    parser.add_argument("--quick", action="store_true", help="smoke run: tiny workloads, no results written")
    parser.add_argument("--only", nargs="*", choices=sorted(BENCHMARKS), help="run only these benchmarks")
    args = parser.parse_args(argv)
    names = args.only or list(BENCHMARKS)
    outcome = {name: run_one(name, args.data, args.quick) for name in names}
    print("\n=== summary")
    for name, (code, seconds) in outcome.items():
        print(f"{name:<18} {'ok' if code == 0 else f'FAILED (exit {code})':<18} {seconds:6.1f} s")
    failed = [name for name, (code, _) in outcome.items() if code != 0]
    if not args.quick and not failed:
        subprocess.check_call([sys.executable, str(FOLDER / "assemble_results.py")], cwd=ROOT)
        print("benchmarks/RESULTS.md assembled")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
