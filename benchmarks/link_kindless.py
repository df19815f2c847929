"""Round 39's lever, judged once on the folds of a leave-one-set-out run (issue 12, class (c)).

    python benchmarks/link_kindless.py --folds FOLDS.pkl [--out benchmarks/results/link_kindless.md] [--check]

The lever (``IndicatorLinker(kindless_threshold=T)``, off by default): with the learned link-or-none decision, a name
that states no kind of quantity (:func:`kpiguide.suggest.linking.quantity_kind` of its ``clean_name`` is empty:
风险管理, 用户体验, 成本优化) is linked only when the decision's P(right) reaches T as well as the decision's own
threshold; names that state a kind, exact catalog names and bare measure words are unchanged.

Read from ``FOLDS.pkl`` (``python benchmarks/link_rerank_cv.py --dump FOLDS.pkl``, the run whose training procedure
the shipped models come from): for each held set, what the defaults' decision (two thresholds) read of each held name
(``_held_decision``: P(right), candidate, the re-ranker's answer, whether the decision may change it, the fold's two
thresholds); with the lever off these give the defaults' column exactly (checked for every fold before anything is
read).  The rule (ROUND39_NOTES in benchmarks/link_quality.py, committed before the one judged run):

1. T is chosen on the halves A only (:func:`benchmarks.link_quality.page_half`) of the halved sets among the shared
   folds (fresh2-fresh33), pooled: among :data:`GRID`, the values whose right answers there are not fewer than the
   lever off's, the one with the highest none precision there (ties: the smaller T); none such: the lever stays off.
2. Judged over the shared folds (fresh and fresh2-fresh33, 7,382 names; the folds both this round's and round 38's
   leave-one-set-out runs hold out), pooled as counts: primary, none precision higher with it on; tolerance, right
   answers not fewer.  Both: PASSES (on by default at T); otherwise it stays off.
"""

from __future__ import annotations

import argparse
import datetime as dt
import pickle
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from benchmarks.link_mine_vocabulary import load_sets, score
from benchmarks.link_quality import page_half
from benchmarks.link_rerank_cv import DEFAULTS
from kpiguide.catalog import load_catalog
from kpiguide.suggest.linking import clean_name, quantity_kind

#: The folds of round 39's ship rule: held out by both this round's and round 38's leave-one-set-out runs.
SHARED = ("fresh", *(f"fresh{n}" for n in range(2, 34)))
#: The values of T tried on the halves A (the decision's shipped thresholds are 0.15 / 0.15).
GRID = (0.2, 0.25, 0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6)


def kindless(name: str) -> bool:
    """A name that states no kind of quantity (the lever's names)."""
    return not quantity_kind(clean_name(name))


def answers(held: dict, names: list[str], threshold: float | None) -> list[str | None]:
    """The held names' answers of the defaults' decision, with the lever at ``threshold`` (None: off)."""
    out = []
    for k, name in enumerate(names):
        if held["keep"][k]:
            out.append(held["today"][k])
            continue
        t = held["t"][0 if held["today"][k] is not None else 1]
        if threshold is not None and kindless(name):
            t = max(t, threshold)
        out.append(held["cand"][k] if held["p"][k] >= t else None)
    return out


def pooled(items: list[dict], dump: dict, folds, threshold: float | None, keep=None) -> dict:
    rows, got = [], []
    for held in folds:
        mine = [i for i in items if i["set"] == held]
        ans = answers(dump["_held_decision"][held], [i["name"] for i in mine], threshold)
        for i, a in zip(mine, ans, strict=True):
            if keep is None or keep(i):
                rows.append(i)
                got.append(a)
    return score(rows, got)


def cell(s: dict) -> str:
    return (f"**{s['right']}** · {s['top1']:.3f} ({s['top1_n']}/{s['n_id']}) · {s['none_p']:.4f} "
            f"({s['none_right']}/{s['none_n']})")  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--folds", required=True, help="the --dump of benchmarks/link_rerank_cv.py")
    parser.add_argument("--out", default=None, help="also write the report here")
    parser.add_argument("--check", action="store_true", help="only check that the lever off reproduces the run")
    args = parser.parse_args()
    dump = pickle.loads(Path(args.folds).read_bytes())
    items = load_sets(load_catalog())
    col = dump[DEFAULTS[1]]
    assert all(h in col for h in SHARED), [h for h in SHARED if h not in col]
    for held in SHARED:  # the lever off reproduces the defaults' column of the run, fold by fold
        names = [i["name"] for i in items if i["set"] == held]
        assert answers(dump["_held_decision"][held], names, None) == list(col[held]), held
    if args.check:
        print(f"the lever off reproduces the defaults' column of {args.folds} on all {len(SHARED)} shared folds")
        return
    halves_a = [h for h in SHARED if h != "fresh"]
    in_a = lambda i: page_half(i["page"]) == "A"  # noqa: E731
    lines = [
        "## KPI linking, round 39: the kindless-name threshold (class (c)), judged once on the shared folds",
        "",
        f"Command: `python benchmarks/link_kindless.py --folds {args.folds}` · {dt.date.today()}",
        "",
        f"Names that state no kind of quantity: {sum(kindless(i['name']) for i in items if i['set'] in SHARED)} of "
        f"{sum(1 for i in items if i['set'] in SHARED)} in the shared folds.",
        "",
        "Step 1, T chosen on the pooled halves A of fresh2-fresh33 (cells: right · top-1 · none precision):",
        "",
        "| T | halves A |",
        "|---|---|",
    ]
    off_a = pooled(items, dump, halves_a, None, in_a)
    lines.append(f"| off | {cell(off_a)} |")
    best = None
    for t in GRID:
        s = pooled(items, dump, halves_a, t, in_a)
        lines.append(f"| {t} | {cell(s)} |")
        if s["right"] >= off_a["right"] and (best is None or s["none_p"] > best[1]["none_p"]):
            best = (t, s)
    lines.append("")
    if best is None:
        lines.append("No T keeps the right answers of the halves A: the lever stays OFF (no judged comparison).")
    else:
        t = best[0]
        off, on = pooled(items, dump, SHARED, None), pooled(items, dump, SHARED, t)
        better = worse = 0
        per = []
        for held in SHARED:
            o, n = pooled(items, dump, [held], None), pooled(items, dump, [held], t)
            better += n["right"] > o["right"]
            worse += n["right"] < o["right"]
            if n["right"] != o["right"] or n["none_n"] != o["none_n"]:
                per.append(f"{held} {o['right']} → {n['right']} (none {o['none_right']}/{o['none_n']} → "
                           f"{n['none_right']}/{n['none_n']})")  # fmt: skip
        passes = on["none_p"] > off["none_p"] and on["right"] >= off["right"]
        lines += [
            f"Chosen T = {t}. Step 2, judged over the shared folds (fresh, fresh2-fresh33, {off['n']} names):",
            "",
            f"- lever off (the run's defaults): {cell(off)}",
            f"- lever on (T = {t}): {cell(on)}",
            f"- held sets better {better}, worse {worse}; folds that moved: " + ("; ".join(per) or "none"),
            f"- none precision higher: {on['none_p']:.4f} > {off['none_p']:.4f} {on['none_p'] > off['none_p']}; "
            f"right answers not fewer: {on['right']} >= {off['right']} {on['right'] >= off['right']}: "
            + ("the rule PASSES" if passes else "the rule FAILS"),
        ]
    lines.append("")
    print("\n".join(lines))
    if args.out:
        Path(args.out).write_text("\n".join(lines), encoding="utf-8")


if __name__ == "__main__":
    main()
