"""Keyword audit (issue 12, round 12): catalog keywords too broad to link a name on their own.

    python benchmarks/link_keyword_audit.py [--out benchmarks/results/link_keyword_audit.md] [--full] [--quick]

An exact keyword links a name to its indicator with no similarity test, so a keyword must name that indicator's
measure and no other.  Read from the catalog alone (no labelled names, no misses), this lists the keywords that

* are a bare measure shape: no object word at all (:func:`~kpiguide.text.objects.object_words`: 完成率, 'growth rate');
* are a strict sub-phrase of the name of an indicator of ANOTHER function (空间利用率 inside 仓储空间利用率 of
  logistics, while it is a keyword of administration's office space): the other indicator's more specific name says
  the keyword is a shape several measures share;
* are also an exact keyword or name of an indicator of another function (two indicators claim the same words; the
  linker keeps the general one, so the other's keyword is dead or, worse, wins in that function's context).

Each list is a reading aid: a keyword on a list is fixed only when it clearly names another measure (a component of
the indicator, another function's measure), never to make a labelled name come out right.
"""

from __future__ import annotations

import argparse
import re
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kpiguide.catalog import load_catalog  # noqa: E402
from kpiguide.core.i18n import has_cjk  # noqa: E402
from kpiguide.text.analysis import normalize  # noqa: E402
from kpiguide.text.objects import object_words  # noqa: E402


def _key(text: str) -> str:
    return re.sub(r"\s+", " ", normalize(text)).strip()


def _contains(longer: str, shorter: str) -> bool:
    """``shorter`` is a strict sub-phrase of ``longer`` (Chinese: a substring; English: whole words)."""
    if longer == shorter or not shorter:
        return False
    if has_cjk(shorter):
        return shorter in longer
    return re.search(rf"(?<![a-z0-9]){re.escape(shorter)}(?![a-z0-9])", longer) is not None


def audit(catalog) -> dict[str, list[tuple[str, str, str]]]:
    """The three lists: (keyword, indicator id, the other indicator's id or an empty string)."""
    inds = list(catalog.indicators)
    names = [(ind, _key(n)) for ind in inds for n in (ind.name_zh, ind.name_en) if n]
    claims: dict[str, set[str]] = defaultdict(set)
    for ind in inds:
        for text in (ind.name_zh, ind.name_en, *ind.keywords_zh, *ind.keywords_en):
            claims[_key(text)].add(ind.id)
    by_id = {ind.id: ind for ind in inds}
    bare, inside, shared = [], [], []
    for ind in inds:
        for word in dict.fromkeys((*ind.keywords_zh, *ind.keywords_en)):
            key = _key(word)
            if not key:
                continue
            if not object_words(word):
                bare.append((word, ind.id, ""))
            longer = sorted({o.id for o, n in names if o.function != ind.function and _contains(n, key)})
            if longer:
                inside.append((word, ind.id, ", ".join(longer[:3]) + (" …" if len(longer) > 3 else "")))
            others = sorted(i for i in claims[key] if by_id[i].function != ind.function)
            if others:
                shared.append((word, ind.id, ", ".join(others)))
    return {"bare": bare, "inside": inside, "shared": shared}


TITLES = {
    "bare": "Keywords that are a bare measure shape (no object word)",
    "inside": "Keywords that are a strict sub-phrase of another function's indicator name",
    "shared": "Keywords another function's indicator also claims (exact name or keyword)",
}


#: What round 12 changed after reading the lists (keywords removed; the indicators keep their other names).
FIXED = (
    "Fixed in round 12 (keywords removed): another measure or a component of the indicator — 'expense ratio' and "
    "费用率 off the combined ratio, 'expense ratio' off cost-income, 毛利率 / 'gross margin' off food cost %, "
    "'acquisition cost' off channel commission and CAC payback, 上座率 off table turnover and (with 满座率) the "
    "shuttle load factor, 损耗率 off agent shrinkage, 'margin' off value added, 'return rate' off contract rework, "
    "温度 off workplace satisfaction, 'fill rate' off IDC racks; a bare measure shape with a generic object — "
    "空间利用率 / 'space utilisation' off office and warehouse space, 平均等待时间 / 等待时长 off speed of answer, "
    "在线率 off system availability, 利用率 / 'utilisation' off curtailment, charging piles and billable "
    "utilisation, 'yield' off RevPAR, eCPM, enrolment, kitchen waste and solar PR, 效率 off day surgery and the rule "
    "of 40, 完成率 off clinical pathways, 覆盖率 off grassroots service, 满意度 off student and public satisfaction, "
    "及时率 off time entry, 份额 off supplier concentration, 峰值 off hub throughput (the lists before: 18,032 "
    "keywords, bare 111, inside 1,232, shared 2,114). Measured on the linking sets "
    "(benchmarks/results/linking.md, round 12): halves A ±0, pooled halves B +2 right, none precision unchanged."
)


def report(found: dict[str, list[tuple[str, str, str]]], n_keywords: int, limit: int = 25) -> list[str]:
    lines = [
        "## Catalog keyword audit (issue 12, round 12)",
        "",
        "Command: `python benchmarks/link_keyword_audit.py --out benchmarks/results/link_keyword_audit.md`. Read from "
        f"the catalog alone ({n_keywords} keywords); no labelled names. Counts: "
        + ", ".join(f"{TITLES[k].lower()}: {len(v)}" for k, v in found.items())
        + f". Each list below shows its first {limit} rows (catalog order); `python benchmarks/link_keyword_audit.py "
        "--full` prints them all. Most rows are fine (a general indicator's keyword inside an industry's more "
        "specific name); a row is fixed only when the keyword clearly names another measure.",
        "",
        FIXED,
    ]
    for kind, rows in found.items():
        lines += ["", f"### {TITLES[kind]} ({len(rows)})", "", "| keyword | indicator | other |", "|---|---|---|"]
        lines += [f"| {w} | {i} | {o} |" for w, i, o in rows[:limit]]
    return [*lines, ""]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None, help="unused: reads the catalog only")
    parser.add_argument("--out", default=None, help="write the Markdown lists here (default: print the counts)")
    parser.add_argument("--quick", action="store_true", help="smoke run: counts only; writes nothing")
    parser.add_argument("--full", action="store_true", help="print every row of the three lists")
    args = parser.parse_args()
    catalog = load_catalog()
    found = audit(catalog)
    n_keywords = sum(len(i.keywords_zh) + len(i.keywords_en) for i in catalog.indicators)
    print(f"{n_keywords} keywords: " + ", ".join(f"{k} {len(v)}" for k, v in found.items()))
    if args.full:
        print("\n".join(report(found, n_keywords, limit=10**9)))
    if args.out and not args.quick:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text("\n".join(report(found, n_keywords)), encoding="utf-8")


if __name__ == "__main__":
    main()
