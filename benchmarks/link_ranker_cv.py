"""KPI linking (issue 12): does a learned re-ranker beat the linker's hand-set weights? Development names only.

    python benchmarks/link_ranker_cv.py [--data UNUSED] [--out benchmarks/results/link_ranker.md] [--quick]

Data: the development names of issue 12 — every name of ``benchmarks/data/link_names.yaml`` (its old test part has
been seen and is development data now) and the development part of ``link_names_ours.yaml``.  The fresh test set
(``link_names_fresh.yaml``) is never read here.

Both rankers read the same features of the ten closest indicators (``IndicatorLinker.candidate_features``):
- hand-set: the linker's own fit (similarity × name cover × quantity kind, its default weights), threshold swept;
- learned: scikit-learn logistic regression, (1) pairwise on feature differences (the right indicator against each
  other candidate) for the order, (2) on the first candidate's features and its lead for "is it right?" — the
  probability, threshold swept.  Deterministic (lbfgs, no random state).
The learned one is scored out of fold: 5 folds fixed by a CRC32 hash of the name; the hand-set one has no fitted
weights (its three weights were chosen on the same names, so its figures are in-sample).
Metrics as in link_quality.py: top-1 accuracy on names with an indicator (a "none" counts wrong), "none" precision and
recall, and right answers overall (right indicator or right "none").
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
import zlib
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.suggest_common import machine  # noqa: E402
from kpiguide.catalog import load_catalog  # noqa: E402
from kpiguide.suggest.linking import IndicatorLinker, clean_name  # noqa: E402

DEV_SETS = (("benchmarks/data/link_names.yaml", None), ("benchmarks/data/link_names_ours.yaml", "dev"))
THRESHOLDS = (0.0, 0.05, 0.1, 0.15, 0.18, 0.2, 0.25, 0.3, 0.4, 0.5)


def development_names(catalog) -> list[dict]:
    items = []
    for path, part in DEV_SETS:
        for item in yaml.safe_load((ROOT / path).read_text(encoding="utf-8"))["items"]:
            if part is None or item["split"] == part:
                item["ids"] = {catalog.canonical_id(i) for i in item["ids"]} if item["ids"] else None
                items.append(item)
    return items


def candidates(linker: IndicatorLinker, items: list[dict]) -> list[tuple]:
    """Per name: the exact-name link (or None), the candidate rows, their features, which ones are right."""
    out = []
    for item in items:
        scores = linker.scores(item["name"])
        exact = linker._exact(clean_name(item["name"]), scores)
        rows, features = linker.candidate_features(item["name"], scores)
        right = np.asarray([bool(item["ids"]) and linker.indicators_[r].id in item["ids"] for r in rows], dtype=int)
        out.append((exact, rows, features, right))
    return out


def train(data: list[tuple]) -> tuple[np.ndarray, np.ndarray]:
    from sklearn.linear_model import LogisticRegression  # heavy: only for this comparison

    pairs, labels = [], []
    for exact, rows, features, right in data:
        if exact or not right.any():
            continue
        best = int(np.argmax(right))
        for j in range(len(rows)):
            if not right[j]:
                pairs += [features[best] - features[j], features[j] - features[best]]
                labels += [1, 0]
    if not pairs:  # too few names (a smoke run): order by the similarity alone
        order = np.eye(data[0][2].shape[1] if data and len(data[0][2]) else 8)[0]
    else:
        order = LogisticRegression(fit_intercept=False, max_iter=2000).fit(np.asarray(pairs), labels).coef_[0]
    firsts, correct = [], []
    for exact, rows, features, right in data:
        if exact or not rows:
            continue
        first, lead = _first(features, order)
        firsts.append([*features[first], lead])
        correct.append(int(right[first]))
    accept = LogisticRegression(max_iter=2000).fit(np.asarray(firsts), correct)
    return order, np.asarray([*accept.coef_[0], accept.intercept_[0]])


def _first(features: np.ndarray, order: np.ndarray) -> tuple[int, float]:
    utility = features @ order
    ranked = np.argsort(-utility, kind="stable")
    return int(ranked[0]), float(utility[ranked[0]] - utility[ranked[1]]) if len(ranked) > 1 else 0.0


def learned_answer(linker, entry, order, accept) -> tuple[str | None, float]:
    exact, rows, features, _ = entry
    if exact:
        return linker.indicators_[exact[0]].id, 1.0
    if not rows:
        return None, 0.0
    first, lead = _first(features, order)
    logit = float(features[first] @ accept[:-2] + lead * accept[-2] + accept[-1])
    return linker.indicators_[rows[first]].id, 1.0 / (1.0 + np.exp(-logit))


def metrics(items: list[dict], answers: list[tuple[str | None, float]], threshold: float) -> dict[str, float]:
    said = [a if c >= threshold else None for a, c in answers]
    has_id = [k for k, i in enumerate(items) if i["ids"]]
    none = [k for k, i in enumerate(items) if not i["ids"]]
    top1 = sum(1 for k in has_id if said[k] in items[k]["ids"])
    nones = [k for k, s in enumerate(said) if s is None]
    right_none = sum(1 for k in nones if not items[k]["ids"])
    return {
        "top1": top1 / len(has_id),
        "none_p": right_none / len(nones) if nones else float("nan"),
        "none_r": right_none / len(none),
        "right": (top1 + right_none) / len(items),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None, help="unused: the labelled names live in benchmarks/data")
    parser.add_argument("--out", default=None, help="write the Markdown section here (default: print only)")
    parser.add_argument("--quick", action="store_true", help="smoke run: every 6th name, 2 folds; writes nothing")
    args = parser.parse_args()
    catalog = load_catalog()
    linker = IndicatorLinker(threshold=0.0).fit(catalog)
    items = development_names(catalog)[:: 6 if args.quick else 1]
    folds = 2 if args.quick else 5
    data = candidates(linker, items)
    fold = [zlib.crc32(i["name"].encode("utf-8")) % folds for i in items]
    learned: list[tuple[str | None, float]] = [(None, 0.0)] * len(items)
    for f in range(folds):
        order, accept = train([d for d, g in zip(data, fold, strict=True) if g != f])
        for k in (k for k, g in enumerate(fold) if g == f):
            learned[k] = learned_answer(linker, data[k], order, accept)
    hand = [
        (lk.id, lk.confidence if lk.method == "similar" else 1.0) for lk in linker.link_many(i["name"] for i in items)
    ]
    lines = [
        "## KPI linking: learned re-ranker vs hand-set weights (issue 12, development names only)",
        "",
        f"Command: `python benchmarks/link_ranker_cv.py` · {dt.date.today()} · {machine()}",
        f"{len(items)} development names ({sum(1 for i in items if i['ids'])} with an indicator); learned: "
        f"{folds}-fold out of fold; hand-set: the linker's defaults (weights chosen on these names: in-sample).",
        "",
        "| threshold | hand-set top-1 | none P | none R | right | learned top-1 | none P | none R | right |",
        "|---|---|---|---|---|---|---|---|---|",
    ]
    for th in THRESHOLDS:
        a, b = metrics(items, hand, th), metrics(items, learned, th)
        lines.append(
            f"| {th:.2f} | {a['top1']:.3f} | {a['none_p']:.3f} | {a['none_r']:.3f} | {a['right']:.3f} "
            f"| {b['top1']:.3f} | {b['none_p']:.3f} | {b['none_r']:.3f} | {b['right']:.3f} |"
        )
    lines += ["", "Best threshold of each (most right answers among those with none precision ≥ 0.90): "]
    for name, answers in (("hand-set", hand), ("learned", learned)):
        ok = [(th, metrics(items, answers, th)) for th in THRESHOLDS]
        ok = [(th, m) for th, m in ok if m["none_p"] >= 0.9]
        if not ok:
            lines[-1] += f"{name}: no threshold reaches none precision 0.90. "
            continue
        th, m = max(ok, key=lambda tm: (tm[1]["right"], tm[1]["top1"]))
        lines[-1] += f"{name}: {th:.2f} (top-1 {m['top1']:.3f}, none P {m['none_p']:.3f}, right {m['right']:.3f}). "
    lines.append("")
    text = "\n".join(lines)
    print(text)
    if args.out and not args.quick:
        Path(args.out).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
