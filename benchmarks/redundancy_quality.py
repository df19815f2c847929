"""Redundancy quality (issue 12): are two KPIs of one role the same measure?

    python benchmarks/redundancy_quality.py [--out FILE] [--quick] [--dev-only]

Labelled pairs: ``benchmarks/data/redundancy_pairs.yaml`` (66 pairs written and labelled by us BEFORE the
linking-based engine: synonyms, names of merged catalog entries, related-but-different measures such as
销售额 vs 毛利率), dev/test split fixed by a hash of the pair.  Engine: ``kpiguide.suggest.redundancy``
(threshold 0.45, the balance check's default ``similarity_threshold``).  Baseline in the same run: the
cosine of the two names' word vectors (catalog idf, no thesaurus, no linking) at the same threshold.
"""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.suggest_common import machine  # noqa: E402
from kpiguide.suggest.linking import default_linker  # noqa: E402
from kpiguide.suggest.redundancy import redundancy_score  # noqa: E402

THRESHOLD = 0.45


def prf(rows: list[tuple[bool, bool]]) -> tuple[float, float]:
    tp = sum(1 for label, got in rows if label and got)
    fp = sum(1 for label, got in rows if not label and got)
    fn = sum(1 for label, got in rows if label and not got)
    return (tp / (tp + fp) if tp + fp else float("nan"), tp / (tp + fn) if tp + fn else float("nan"))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None, help="unused: the labelled pairs live in benchmarks/data")
    parser.add_argument("--out", default=None, help="write the Markdown section here (default: print only)")
    parser.add_argument("--quick", action="store_true", help="smoke run: 10 pairs; writes nothing")
    parser.add_argument("--dev-only", action="store_true", help="measure the dev part only (while tuning)")
    args = parser.parse_args()
    pairs = yaml.safe_load((ROOT / "benchmarks/data/redundancy_pairs.yaml").read_text(encoding="utf-8"))["pairs"]
    pairs = pairs[:10] if args.quick else pairs
    linker = default_linker()

    def words_only(a: str, b: str) -> float:
        va, vb = (linker.index_.vector(x, concept_weight=0.0) for x in (a, b))
        return sum(w * vb.get(k, 0.0) for k, w in va.items())

    lines = [
        "## Redundant KPIs (issue 12)",
        "",
        f"Command: `python benchmarks/redundancy_quality.py` · {dt.date.today()} · {machine()}",
        "Positive class = redundant (same measure). Pairs labelled before the engine; dev/test split fixed before "
        "tuning; the threshold and LINK_CONFIDENCE were set looking at the dev part only.",
        "",
        "| part | pairs | redundant | engine precision | engine recall | baseline precision | baseline recall |",
        "|---|---|---|---|---|---|---|",
    ]
    wrong = []
    for part in ("dev",) if args.dev_only else ("dev", "test"):
        chosen = [p for p in pairs if p["split"] == part]
        ours, base = [], []
        for p in chosen:
            got = redundancy_score(linker, p["a"], p["b"]) >= THRESHOLD
            ours.append((p["redundant"], got))
            base.append((p["redundant"], words_only(p["a"], p["b"]) >= THRESHOLD))
            if got != p["redundant"]:
                wrong.append(f"{part}: {p['a']} / {p['b']} (labelled {'redundant' if p['redundant'] else 'different'})")
        p1, r1 = prf(ours)
        bp, br = prf(base)
        n_pos = sum(1 for p in chosen if p["redundant"])
        lines.append(f"| {part} | {len(chosen)} | {n_pos} | {p1:.2f} | {r1:.2f} | {bp:.2f} | {br:.2f} |")
    lines += ["", "Misjudged pairs: " + ("; ".join(wrong) if wrong else "none"), ""]
    text = "\n".join(lines)
    print(text)
    if args.out and not args.quick:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
