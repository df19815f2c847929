"""Per-criterion precision/recall of the SMART analyzer on the labelled statements.

Baseline (same run): regex rules — specific/measurable = "has a digit", time_bound =
"has a date word" (年/月/日/季/周/天, Q1-4, H1-2, a year, day/week/month/quarter/year).
Relevance is measured only when the default relevance engine (kpiguide.suggest) is installed.

    python benchmarks/smart_quality.py [--labels tests/data/smart_labelled.yaml] [--out benchmarks/results/smart.md]
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import re
import sys
import time
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kpiguide.checks.smart import analyze  # noqa: E402

_DATE_WORD = re.compile(r"[年月日季周天]|Q[1-4]|H[12]|(19|20)\d\d|day|week|month|quarter|year", re.IGNORECASE)


def baseline(text: str) -> dict[str, bool]:
    digit = bool(re.search(r"\d", text))
    return {"specific": digit, "measurable": digit, "time_bound": bool(_DATE_WORD.search(text))}


def prf(pairs: list[tuple[bool, bool]], positive: bool) -> tuple[float, float, int]:
    tp = sum(1 for label, got in pairs if label == positive and got == positive)
    fp = sum(1 for label, got in pairs if label != positive and got == positive)
    fn = sum(1 for label, got in pairs if label == positive and got != positive)
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    return precision, recall, tp + fn


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", default=str(ROOT / "tests" / "data" / "smart_labelled.yaml"))
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "smart.md"))
    args = parser.parse_args()
    items = yaml.safe_load(Path(args.labels).read_text(encoding="utf-8"))["statements"]
    today = dt.date(2026, 5, 10)
    try:
        from kpiguide.suggest import default_suggester  # type: ignore[import-not-found]

        relevance = default_suggester().relevance
    except ImportError:
        relevance = None
    criteria = ["specific", "measurable", "time_bound"] + (["relevant"] if relevance else [])
    ours: dict[str, list[tuple[bool, bool]]] = {c: [] for c in criteria}
    base: dict[str, list[tuple[bool, bool]]] = {c: [] for c in criteria if c != "relevant"}
    start = time.perf_counter()
    for item in items:
        objective = item.get("objective") if relevance else None
        result = analyze(item["text"], objective=objective, matcher=None, relevance=relevance or "default", today=today)
        for c in criteria:
            if c in item:
                ours[c].append((item[c], bool(result.criteria[c].ok)))
        for c, got in baseline(item["text"]).items():
            base[c].append((item[c], got))
    elapsed = time.perf_counter() - start
    lines = [
        f"## SMART analyzer quality (issue 4) — {Path(args.labels).name}",
        "",
        f"Command: `python benchmarks/smart_quality.py` · date {dt.date.today()} · machine: {platform.machine()}, "
        f"{platform.python_implementation()} {platform.python_version()}, 2 cores",
        f"Labelled statements: {len(items)} (`{Path(args.labels).resolve().relative_to(ROOT)}`); "
        f"analysis time {elapsed * 1000 / len(items):.1f} ms per statement.",
        "Positive class = criterion met (ok); 'not ok' columns score the flagged class.",
        "",
        "| criterion | n | precision (ok) | recall (ok) | precision (not ok) | recall (not ok) "
        "| baseline P (ok) | baseline R (ok) | baseline P (not ok) | baseline R (not ok) |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for c in criteria:
        p1, r1, _ = prf(ours[c], True)
        p0, r0, _ = prf(ours[c], False)
        if c in base:
            bp1, br1, _ = prf(base[c], True)
            bp0, br0, _ = prf(base[c], False)
            b = f"{bp1:.2f} | {br1:.2f} | {bp0:.2f} | {br0:.2f}"
        else:
            b = "– | – | – | –"
        lines.append(f"| {c} | {len(ours[c])} | {p1:.2f} | {r1:.2f} | {p0:.2f} | {r0:.2f} | {b} |")
    lines.append("")
    if not relevance:
        lines.append(
            "Relevant: not measured — the relevance engine (kpiguide.suggest) is not installed in this branch."
        )
    if Path(args.labels).name == "smart_labelled.yaml":
        lines.append(
            "Caveat: the labels were written before the analyzer, but the analyzer's word lists were then tuned on this "
            "same set, so these figures are in-sample; see the held-out section when present."
        )
    text = "\n".join(lines) + "\n"
    print(text)
    Path(args.out).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
