"""KPI linking quality (issue 12): real KPI names written by others, linked to the catalog indicator they are.

    python benchmarks/link_quality.py [--test NEW.yaml] [--out benchmarks/results/linking.md] [--quick] [--show-misses]

Labelled sets (labelled by hand BEFORE an engine ran on them), ALL development data now:
``benchmarks/data/link_names.yaml`` (311 names: KPi Kluster digital-product KPIs and GitLab handbook performance
indicators; both parts of its hash split have been seen), ``benchmarks/data/link_names_ours.yaml`` (80 Chinese and
mixed names written by us, both parts seen) and ``benchmarks/data/link_names_fresh.yaml`` (243 real names from stored
public KPI pages, 169 Chinese: the test set of issue 12's second round, run once then; its misses were read while
the catalog aliases and linker rules of the third round were written, so it is development data now) and
``benchmarks/data/link_names_fresh2.yaml`` (331 real names from 83 pages: the test set of rounds 3-6, development data
since round 7, which read the misses of its half A only, split by source page, and kept half B as a check) and
``benchmarks/data/link_names_fresh3.yaml`` (289 real names from 60 pages: the test set of round 7, development data
since round 8, which read the misses of its half A only and kept half B, split the same way, as its check) and
``benchmarks/data/link_names_fresh4.yaml`` / ``link_names_fresh5.yaml`` (227 / 161 real names with each page's
industry and function: the test sets of rounds 8 and 9, development data since round 10, split the same way) and
``benchmarks/data/link_names_fresh6.yaml`` (210 names, round 10's test set, development data since round 11, split
the same way) and ``benchmarks/data/link_names_fresh7.yaml`` (239 names, round 11's test set, development data since
round 12, split the same way) and ``benchmarks/data/link_names_fresh8.yaml`` (229 names, round 12's test set,
development data since round 13, split the same way) and ``benchmarks/data/link_names_fresh9.yaml`` (207 names,
round 13's test set, development data since round 14, split the same way) and ``benchmarks/data/link_names_fresh10.yaml``
(221 names, round 14's test set, development data since round 15, split the same way). The check of round 15 is the
pooled half B of fresh2-fresh5 and fresh7-fresh10 (round 14 pooled fresh2-fresh5 and fresh7-fresh9; round 13 pooled fresh2-fresh5, fresh7 and fresh8, round 12
pooled fresh2-fresh5 and fresh7, still reported; rounds 10 and 11 pooled fresh2-fresh5, 521 names), with fresh6's half B as a separate, weaker check (the round-10 misses page quotes
some of its names); ``--show-misses`` lists the misses of the halved sets' half A only, never a half B or a test set.
``--test FILE`` (repeatable) runs a new labelled set of the same format as the test part: the goal is judged on it.
Without ``--test`` the test part is ``benchmarks/data/link_names_fresh43.yaml`` (round 46's test set) when present;
``benchmarks/data/link_names_fresh10.yaml`` (221 names, round 14's test set, run once then) is development data since
round 15, ``benchmarks/data/link_names_fresh11.yaml`` (224 names, round 15's test set, run then) since round 16,
``benchmarks/data/link_names_fresh12.yaml`` (252 names, round 16's test set, run then) since round 17,
``benchmarks/data/link_names_fresh13.yaml`` (213 names, round 17's test set, run then) since round 18,
``benchmarks/data/link_names_fresh14.yaml`` (215 names, round 18's test set, run then) since round 19,
``benchmarks/data/link_names_fresh15.yaml`` (218 names, round 19's test set, run then) since round 21,
``benchmarks/data/link_names_fresh16.yaml`` (219 names, round 21's test set, run then) since round 22,
``benchmarks/data/link_names_fresh17.yaml`` (200 names, round 22's test set, run then) since round 23,
``benchmarks/data/link_names_fresh18.yaml`` (260 names, round 23's test set, run then) since round 24,
``benchmarks/data/link_names_fresh19.yaml`` (212 names, round 24's test set, run then) since round 25,
``benchmarks/data/link_names_fresh20.yaml`` (227 names, round 25's test set, run then) since round 26,
``benchmarks/data/link_names_fresh21.yaml`` (214 names, round 26's test set, run then) since round 27,
``benchmarks/data/link_names_fresh22.yaml`` (211 names, round 27's test set, run then) since round 28,
``benchmarks/data/link_names_fresh23.yaml`` (214 names, round 28's test set, run then) since round 29,
``benchmarks/data/link_names_fresh24.yaml`` (216 names, round 29's test set, run then) since round 30,
``benchmarks/data/link_names_fresh25.yaml`` (211 names, round 30's test set, run then) since round 31,
``benchmarks/data/link_names_fresh26.yaml`` (206 names, round 31's test set, run then) since round 32,
``benchmarks/data/link_names_fresh27.yaml`` (201 names, round 32's test set, run then) since round 33,
``benchmarks/data/link_names_fresh28.yaml`` (203 names, round 33's test set, run then) since round 34,
``benchmarks/data/link_names_fresh29.yaml`` (210 names, round 34's test set, run then) since round 35,
``benchmarks/data/link_names_fresh30.yaml`` (253 names, round 35's test set, run then) since round 36,
``benchmarks/data/link_names_fresh31.yaml`` (211 names, round 36's test set, run then) since round 37,
``benchmarks/data/link_names_fresh32.yaml`` (221 names, round 37's test set, run then) since round 38,
``benchmarks/data/link_names_fresh33.yaml`` (214 names, labelled for a later round, run once at round 38's
start) since round 38, ``benchmarks/data/link_names_fresh34.yaml`` (203 names, round 38's test set, run then)
since round 39, ``benchmarks/data/link_names_fresh35.yaml`` (203 names, labelled for round 39, run once at
round 39's session start) since round 39, ``benchmarks/data/link_names_fresh36.yaml`` (223 names, round
39's test set, run then) since round 40, ``benchmarks/data/link_names_fresh37.yaml`` (202 names, round
40's test set, run then) since round 41, ``benchmarks/data/link_names_fresh38.yaml`` (200 names, round
41's test set, run then) since round 42, ``benchmarks/data/link_names_fresh39.yaml`` (222 names, round
42's test set, run then) since round 43, ``benchmarks/data/link_names_fresh40.yaml`` (211 names, round
43's test set, run then) since round 44, ``benchmarks/data/link_names_fresh41.yaml`` (200 names, round
44's test set, run then) since round 45 and ``benchmarks/data/link_names_fresh42.yaml`` (208 names, round
45's test set, run then) since round 46, all split by
page like fresh2-fresh9, their halves B in the pooled check.
Metrics: top-1 accuracy on names that have a catalog indicator (a "none" answer counts as wrong), "none"
precision (of the names the engine leaves unlinked, the share labelled none) and recall, linked precision.
Baselines in the same run: the second-round parameters (``industry_penalty=0``: no preference for general
indicators; on today's catalog and code), the first-round parameters (``rewrite=False``, no re-ranking weights,
threshold 0.15), plain BM25 (bm25s over names, keywords, definitions and formulas) top-1 with a score threshold chosen
on the development names, and the first matcher (``IndicatorSuggester.match_kpi``, threshold 0.3).
The linker's levers ``keyword_kind_check`` (round 21), ``lexical_none`` (round 26) and ``scatter_none`` (round 27),
named in the round notes below, were retired in round 29 (with ``benchmarks/link_lexical_none.py`` and
``benchmarks/link_scatter_none.py``); their recorded commands reproduce at commit 8d82b45.
Round 28's lever ``contained_name`` (with ``contained_share``) was retired later in the session of its judged run (with
``benchmarks/link_contained_name.py``); its judged run reproduces at commit 0ae75ea.
Round 29's lever ``head_none`` (with ``head_below``) was retired later in the session of its judged run (with
``benchmarks/link_head_none.py``); its judged run reproduces at commit 9256d05.
Round 30's lever ``cover_none`` (with ``cover_below`` and ``cover_confidence``) was retired in round 31 (with
``benchmarks/link_cover_none.py``); its judged run reproduces at commit 37be284.
Round 31's lever ``decided_floor`` (with ``decided_below``) was retired in round 32 (with
``benchmarks/link_decided_floor.py``); its judged run reproduces at commit e686eef.
Round 32's lever ``zh_thresholds`` (with ``zh_threshold_linked`` and ``zh_threshold_unlinked``) was retired in round 33
(with ``benchmarks/link_zh_thresholds.py``); its judged run reproduces at commit a70c987.
Round 33's lever ``second_candidate`` (with ``second_at``) was retired later in round 33 (with
``benchmarks/link_second_candidate.py``); its judged run reproduces at commit b316583.
Round 34's lever ``decision_swap`` (with ``swap_margin``; ``benchmarks/link_decision_swap.py``) passed its judged run
(its rule and figures in ROUND34_NOTES) but breaks the linker's industry convention; it was retired later in round 34
(with its judging script and the next-candidate fields of link_rerank_cv's --dump); its judged run reproduces at
commit 1ef5dc5 (with the retrain's --dump of commit 6bcdd12).
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import sys
import time
from collections.abc import Callable
from pathlib import Path

import numpy as np
import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.suggest_common import PlainBM25, machine, plain_tokens  # noqa: E402
from kpiguide.catalog import load_catalog  # noqa: E402
from kpiguide.core.i18n import has_cjk  # noqa: E402
from kpiguide.suggest.engine import default_suggester  # noqa: E402
from kpiguide.suggest.linking import IndicatorLinker  # noqa: E402

#: The parts of a former test set halved by source page (:func:`page_half`): whole, by language, half A, half B.
HALVED_PARTS = (
    ("all", "test", None), ("Chinese", "test", "zh"), ("English", "test", "en"), ("half A (misses read)", "A", None),
    ("half B (check, misses not read)", "B", None),
)  # fmt: skip

# (set, file, parts: (label, split, language filter)); every part of these files is development data now
SETS = (
    ("real names", "benchmarks/data/link_names.yaml", (("dev", "dev", None), ("old test (seen: dev)", "test", None))),
    ("our zh/mixed names", "benchmarks/data/link_names_ours.yaml", (("dev", "dev", None), ("old test (seen: dev)", "test", None))),
    (
        "fresh real names (seen: dev)",
        "benchmarks/data/link_names_fresh.yaml",
        (("all", "test", None), ("Chinese", "test", "zh"), ("English", "test", "en")),
    ),
    (
        "fresh2 real names (seen: dev)",
        "benchmarks/data/link_names_fresh2.yaml",
        HALVED_PARTS,
    ),
    (
        "fresh3 real names (seen: dev)",
        "benchmarks/data/link_names_fresh3.yaml",
        HALVED_PARTS,
    ),
    (  # round 8's test set, run once then; development data since round 10 (half A read, half B the check)
        "fresh4 real names (seen: dev)",
        "benchmarks/data/link_names_fresh4.yaml",
        HALVED_PARTS,
    ),
    (  # round 9's test set, run once then; development data since round 10 (half A read, half B the check)
        "fresh5 real names (seen: dev)",
        "benchmarks/data/link_names_fresh5.yaml",
        HALVED_PARTS,
    ),
    (  # round 10's test set, run once then; development data since round 11 (half A read; half B a weaker check:
       # benchmarks/results/issue12_round10_misses.md quotes some of its names)
        "fresh6 real names (seen: dev)",
        "benchmarks/data/link_names_fresh6.yaml",
        (("all", "test", None), ("Chinese", "test", "zh"), ("English", "test", "en"), ("half A (misses read)", "A", None),
         ("half B (weaker check: some names quoted)", "B", None)),
    ),
    (  # round 11's test set, run once then; development data since round 12 (half A read, half B in the check)
        "fresh7 real names (seen: dev)",
        "benchmarks/data/link_names_fresh7.yaml",
        HALVED_PARTS,
    ),
    (  # round 12's test set, run once then; development data since round 13 (half A read, half B in the check)
        "fresh8 real names (seen: dev)",
        "benchmarks/data/link_names_fresh8.yaml",
        HALVED_PARTS,
    ),
    (  # round 13's test set, run once then; development data since round 14 (half A may be read, half B in the check)
        "fresh9 real names (seen: dev)",
        "benchmarks/data/link_names_fresh9.yaml",
        HALVED_PARTS,
    ),
    (  # round 14's test set, run once then; development data since round 15 (half A may be read, half B in the check)
        "fresh10 real names (seen: dev)",
        "benchmarks/data/link_names_fresh10.yaml",
        HALVED_PARTS,
    ),
    (  # round 15's test set, run once then; development data since round 16 (half A may be read, half B in the check)
        "fresh11 real names (seen: dev)",
        "benchmarks/data/link_names_fresh11.yaml",
        HALVED_PARTS,
    ),
    (  # round 16's test set, run once then; development data since round 17 (half A may be read, half B in the check)
        "fresh12 real names (seen: dev)",
        "benchmarks/data/link_names_fresh12.yaml",
        HALVED_PARTS,
    ),
    (  # round 17's test set, run once then; development data since round 18 (half A may be read, half B in the check)
        "fresh13 real names (seen: dev)",
        "benchmarks/data/link_names_fresh13.yaml",
        HALVED_PARTS,
    ),
    (  # round 18's test set, run once then; development data since round 19 (half A may be read, half B in the check)
        "fresh14 real names (seen: dev)",
        "benchmarks/data/link_names_fresh14.yaml",
        HALVED_PARTS,
    ),
    (  # round 19's test set, run once then; development data since round 21 (half A may be read, half B in the check)
        "fresh15 real names (seen: dev)",
        "benchmarks/data/link_names_fresh15.yaml",
        HALVED_PARTS,
    ),
    (  # round 21's test set, run once then; development data since round 22 (half A may be read, half B in the check)
        "fresh16 real names (seen: dev)",
        "benchmarks/data/link_names_fresh16.yaml",
        HALVED_PARTS,
    ),
    (  # round 22's test set, run once then; development data since round 23 (half A may be read, half B in the check)
        "fresh17 real names (seen: dev)",
        "benchmarks/data/link_names_fresh17.yaml",
        HALVED_PARTS,
    ),
    (  # round 23's test set, run once then; development data since round 24 (half A may be read, half B in the check)
        "fresh18 real names (seen: dev)",
        "benchmarks/data/link_names_fresh18.yaml",
        HALVED_PARTS,
    ),
    (  # round 24's test set, run once then; development data since round 25 (half A may be read, half B in the check)
        "fresh19 real names (seen: dev)",
        "benchmarks/data/link_names_fresh19.yaml",
        HALVED_PARTS,
    ),
    (  # round 25's test set, run once then; development data since round 26 (half A may be read, half B in the check)
        "fresh20 real names (seen: dev)",
        "benchmarks/data/link_names_fresh20.yaml",
        HALVED_PARTS,
    ),
    (  # round 26's test set, run once then; development data since round 27 (half A may be read, half B in the check)
        "fresh21 real names (seen: dev)",
        "benchmarks/data/link_names_fresh21.yaml",
        HALVED_PARTS,
    ),
    (  # round 27's test set, run once then; development data since round 28 (half A may be read, half B in the check)
        "fresh22 real names (seen: dev)",
        "benchmarks/data/link_names_fresh22.yaml",
        HALVED_PARTS,
    ),
    (  # round 28's test set, run once then; development data since round 29 (half A may be read, half B in the check)
        "fresh23 real names (seen: dev)",
        "benchmarks/data/link_names_fresh23.yaml",
        HALVED_PARTS,
    ),
    (  # round 29's test set, run once then; development data since round 30 (half A may be read, half B in the check)
        "fresh24 real names (seen: dev)",
        "benchmarks/data/link_names_fresh24.yaml",
        HALVED_PARTS,
    ),
    (  # round 30's test set, run once then; development data since round 31 (half A may be read, half B in the check)
        "fresh25 real names (seen: dev)",
        "benchmarks/data/link_names_fresh25.yaml",
        HALVED_PARTS,
    ),
    (  # round 31's test set, run once then; development data since round 32 (half A may be read, half B in the check)
        "fresh26 real names (seen: dev)",
        "benchmarks/data/link_names_fresh26.yaml",
        HALVED_PARTS,
    ),
    (  # round 32's test set, run once then; development data since round 33 (half A may be read, half B in the check)
        "fresh27 real names (seen: dev)",
        "benchmarks/data/link_names_fresh27.yaml",
        HALVED_PARTS,
    ),
    (  # round 33's test set, run once then; development data since round 34 (half A may be read, half B in the check)
        "fresh28 real names (seen: dev)",
        "benchmarks/data/link_names_fresh28.yaml",
        HALVED_PARTS,
    ),
    (  # round 34's test set, run once then; development data since round 35 (half A may be read, half B in the check)
        "fresh29 real names (seen: dev)",
        "benchmarks/data/link_names_fresh29.yaml",
        HALVED_PARTS,
    ),
    (  # round 35's test set, run once then; development data since round 36 (half A may be read, half B in the check)
        "fresh30 real names (seen: dev)",
        "benchmarks/data/link_names_fresh30.yaml",
        HALVED_PARTS,
    ),
    (  # round 36's test set, run once then; development data since round 37 (half A may be read, half B in the check)
        "fresh31 real names (seen: dev)",
        "benchmarks/data/link_names_fresh31.yaml",
        HALVED_PARTS,
    ),
    (  # round 37's test set, run once then; development data since round 38 (half A may be read, half B in the check)
        "fresh32 real names (seen: dev)",
        "benchmarks/data/link_names_fresh32.yaml",
        HALVED_PARTS,
    ),
    (  # labelled for a later round, run once at round 38's start; development data since round 38 (as fresh32)
        "fresh33 real names (seen: dev)",
        "benchmarks/data/link_names_fresh33.yaml",
        HALVED_PARTS,
    ),
    (  # round 38's test set, run once then; development data since round 39 (half A may be read, half B in the check)
        "fresh34 real names (seen: dev)",
        "benchmarks/data/link_names_fresh34.yaml",
        HALVED_PARTS,
    ),
    (  # labelled for round 39, run once at round 39's session start; development data since round 39 (as fresh34)
        "fresh35 real names (seen: dev)",
        "benchmarks/data/link_names_fresh35.yaml",
        HALVED_PARTS,
    ),
    (  # round 39's test set, run once then; development data since round 40 (half A may be read, half B in the check)
        "fresh36 real names (seen: dev)",
        "benchmarks/data/link_names_fresh36.yaml",
        HALVED_PARTS,
    ),
    (  # round 40's test set, run once then; development data since round 41 (half A may be read, half B in the check)
        "fresh37 real names (seen: dev)",
        "benchmarks/data/link_names_fresh37.yaml",
        HALVED_PARTS,
    ),
    (  # round 41's test set, run once then; development data since round 42 (half A may be read, half B in the check)
        "fresh38 real names (seen: dev)",
        "benchmarks/data/link_names_fresh38.yaml",
        HALVED_PARTS,
    ),
    (  # round 42's test set, run once then; development data since round 43 (half A may be read, half B in the check)
        "fresh39 real names (seen: dev)",
        "benchmarks/data/link_names_fresh39.yaml",
        HALVED_PARTS,
    ),
    (  # round 43's test set, run once then; development data since round 44 (half A may be read, half B in the check)
        "fresh40 real names (seen: dev)",
        "benchmarks/data/link_names_fresh40.yaml",
        HALVED_PARTS,
    ),
    (  # round 44's test set, run once then; development data since round 45 (half A may be read, half B in the check)
        "fresh41 real names (seen: dev)",
        "benchmarks/data/link_names_fresh41.yaml",
        HALVED_PARTS,
    ),
    (  # round 45's test set, run once then; development data since round 46 (half A may be read, half B in the check)
        "fresh42 real names (seen: dev)",
        "benchmarks/data/link_names_fresh42.yaml",
        HALVED_PARTS,
    ),
)  # fmt: skip
#: The sets split by source page (:func:`page_half`): only the misses of their half A are ever listed; their pooled
#: half B (names nobody read) is the check every change is judged on (round 10).
HALVED = (
    "fresh2", "fresh3", "fresh4", "fresh5", "fresh6", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12",
    "fresh13", "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22",
    "fresh23", "fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29", "fresh30", "fresh31", "fresh32",
    "fresh33", "fresh34", "fresh35", "fresh36", "fresh37", "fresh38", "fresh39", "fresh40", "fresh41", "fresh42",
)  # fmt: skip
#: The check of round 46: the pooled half B of fresh2-fresh5 and fresh7-fresh42 (names nobody read; round 45 pooled
#: fresh2-fresh5 and fresh7-fresh41, round 44 fresh2-fresh5 and fresh7-fresh40, round 43 fresh2-fresh5 and fresh7-fresh39, round 42 fresh2-fresh5 and fresh7-fresh38, round 41 fresh2-fresh5 and fresh7-fresh37, round 40 fresh2-fresh5 and fresh7-fresh36, round 39 fresh2-fresh5 and fresh7-fresh35, round 38 fresh2-fresh5 and fresh7-fresh33, round 37 fresh2-fresh5 and fresh7-fresh31, round 36 fresh2-fresh5 and fresh7-fresh30, round 35 fresh2-fresh5 and fresh7-fresh29, round 34 fresh2-fresh5 and fresh7-fresh28, round 33 fresh2-fresh5 and fresh7-fresh27, round 32 fresh2-fresh5 and fresh7-fresh26, round 31 fresh2-fresh5 and fresh7-fresh25, round 30 fresh2-fresh5 and fresh7-fresh24, round 29 fresh2-fresh5 and fresh7-fresh23, round 28 fresh2-fresh5 and fresh7-fresh22, round 27 fresh2-fresh5 and fresh7-fresh21, round 26 fresh2-fresh5 and fresh7-fresh20, round 25 pooled
#: fresh2-fresh5 and fresh7-fresh19, round 24 fresh2-fresh5 and fresh7-fresh18, round 23 fresh2-fresh5 and fresh7-fresh17, round 22 fresh2-fresh5 and fresh7-fresh16, round 21 fresh2-fresh5 and fresh7-fresh15, round 19 fresh2-fresh5 and fresh7-fresh14, round 18 fresh2-fresh5 and fresh7-fresh13, round 17 fresh2-fresh5 and fresh7-fresh12, round 16 fresh2-fresh5 and fresh7-fresh11, round 15 fresh2-fresh5 and fresh7-fresh10, round 14 fresh2-fresh5 and fresh7-fresh9, round 13 fresh2-fresh5, fresh7 and fresh8, round 12 fresh2-fresh5 and fresh7,
#: rounds 10 and 11 fresh2-fresh5).  fresh6's half B is not in it (the round-10 misses page quotes some of its names):
#: it is its own, weaker row.
CHECKED = (
    "fresh2", "fresh3", "fresh4", "fresh5", "fresh7", "fresh8", "fresh9", "fresh10", "fresh11", "fresh12", "fresh13",
    "fresh14", "fresh15", "fresh16", "fresh17", "fresh18", "fresh19", "fresh20", "fresh21", "fresh22", "fresh23",
    "fresh24", "fresh25", "fresh26", "fresh27", "fresh28", "fresh29", "fresh30", "fresh31", "fresh32", "fresh33",
    "fresh34", "fresh35", "fresh36", "fresh37", "fresh38", "fresh39", "fresh40", "fresh41", "fresh42",
)  # fmt: skip
POOLED = "fresh2-fresh5+fresh7-fresh42 pooled"
#: Round 12's check (the pooled half B of fresh2-fresh5 and fresh7), still reported so that rounds compare.
ROUND12_CHECKED = ("fresh2", "fresh3", "fresh4", "fresh5", "fresh7")
POOLED_12 = "fresh2-fresh5+fresh7 pooled"
#: The pooled halves A (misses read) of every halved set.
POOLED_A = "fresh2-fresh42 pooled"
#: Round 46's test set (labelled by another person while round 46's changes are made): the default ``--test`` when
#: present; its misses are never listed.  fresh42 (round 45's) is development data since round 46, fresh41 since 45.
TEST_DEFAULT = "benchmarks/data/link_names_fresh43.yaml"
TEST_LABELS = ("test", "test, Chinese", "test, English")
SECOND_ROUND = {"industry_penalty": 0.0, "refuse_vague": False, "practitioner_names": False, "rerank": False}
PREVIOUS = {"practitioner_names": False, "rerank": False, "rewrite": False, "name_cover_weight": 0.0, "kind_agree_bonus": 0.0, "kind_clash_penalty": 0.0,
            "threshold": 0.15}  # fmt: skip


# What the third round changed, class by class, and what each step fixed and broke.  Measured while working on the
# whole development files (default linker; real names 311, ours 80, fresh 243), each step on branch h23's commit of
# that step; `python benchmarks/link_quality.py` at that commit reproduces the per-part figures.
ROUND3_NOTES = (
    "### Third round (issue 12): generalisation, tuned on development data only",
    "",
    "Misses before the round (real / fresh names): a wrong general id 6 / 45, a wrong industry id 11 / 12, 'none' on "
    "a name with an indicator 15 / 19, a link on a name labelled none 61 / 35. Read by class: practitioner words the "
    "catalog did not know (招聘速度, 新聘员工, 'Close the books', 采购物资合格率, 'Labor Productivity'), "
    "an industry's indicator winning a generic name (接通率 → telecom, 'Team Member Retention' → consultants' "
    "attrition, 安全事故率 → construction), wrong or too generic thesaurus entries and keywords (计划达成率 → "
    "production plan, so 销售计划达成率 read as production; 增长率 as revenue growth; 'lead time', 响应时间, 差错率 as "
    "one indicator's keyword), and bare measure words linked as if they named a measure (目标完成率, 'Compliance Rate').",
    "",
    "| step (class) | real top-1 / none p. | ours top-1 / none p. | fresh top-1 / none p. | fixed | broke |",
    "|---|---|---|---|---|---|",
    "| before | 0.68 / 0.91 | 1.00 / 1.00 | 0.60 / 0.46 | | |",
    "| general indicator first: industry ids rank ×0.7 unless the name names the industry; exact names prefer "
    "general ids | 0.66 / 0.91 | 1.00 / 1.00 | 0.63 / 0.47 | 接通率, 生产进度计划完成率, 应收帐款逾期率, 'Average wait "
    "time' | 'Stickiness', 'Open to Merge' (internet ids) |",
    "| thesaurus: generic 计划达成率/计划完成率/增长率 out of production plan and revenue growth; sales plan, early "
    "turnover, time to hire, incoming quality terms in | 0.66 / 0.91 | 1.00 / 1.00 | 0.66 / 0.51 | 销售计划达成率, "
    "新员工留存率, 新聘员工离职率 | 人才培养计划完成率 (until the HR aliases) |",
    "| aliases, HR | 0.70 / 0.89 | 1.00 / 1.00 | 0.71 / 0.62 | 7 'X Team Member "
    "Retention', 岗位填补率, 技能达标率 | 3 'Percentage of team members utilizing … Learn' (now none) |",
    "| aliases, sales and customer service | 0.70 / 0.89 | 0.99 / 1.00 | 0.74 / 0.64 | 客户投诉关闭率, 大客户流失数 | "
    "一次解决率 (ours; fixed below), 销售增长率 (until general management) |",
    "| aliases, finance and general management | 0.72 / 0.89 | 0.99 / 1.00 | 0.81 / 0.72 | budget and financing "
    "words, 劳动生产效率, 安全事故率 | — |",
    "| aliases, procurement and supply chain | 0.73 / 0.89 | 0.99 / 1.00 | 0.85 / 0.75 | 'Number of Suppliers', "
    "'Purchase Order Cycle Time', 入库准确率 | 'Release Agreement Acceptance' (none) linked |",
    "| aliases, production and quality | 0.72 / 0.89 | 0.99 / 1.00 | 0.92 / 0.82 | 'Downtime', 开箱合格率, "
    "'Customer Rejects' | 'Mean Time To Production' |",
    "| aliases, R&D, IT, marketing, administration, legal | 0.74 / 0.90 | 0.99 / 1.00 | 0.96 / 1.00 | 专利项申请数, "
    "'Time to Resolution (TTR)', 流程数字化率 | 'CVE issue to update' stays none |",
    "| exact name without its bracketed note (the bracket alone was tried and dropped: ACV, MTTA, (Days) are "
    "ambiguous) | 0.74 / 0.90 | 0.99 / 1.00 | 0.96 / 1.00 | 'On-Time Delivery (OTD)' | — |",
    "| an industry's keyword alone no longer links a generic name; IT service desk loses 一次解决率/FCR | "
    "0.74 / 0.90 | 1.00 / 1.00 | 0.96 / 1.00 | 一次解决率, 'Retention rate' off education | 入库时效 (a logistics "
    "keyword) |",
    "| the industry discount in the confidence too | 0.74 / 0.89 | 1.00 / 1.00 | 0.96 / 1.00 | 4 none-labelled "
    "names less confident | 'Past Due Security Issues' now none |",
    "| generic keywords off single indicators (计划达成率, 响应时间, 及时率, 差错率, 'lead time', 'cycle time', "
    "'retention' …) | 0.74 / 0.89 | 1.00 / 1.00 | 0.95 / 1.00 | 计划达成率 no longer production's keyword | "
    "'Cycle Time' (labelled production lead time) |",
    "| a bare measure word is too vague to link (完成率, 及时率, 'growth rate', 满意度 …) | 0.74 / 0.89 | 1.00 / 1.00 "
    "| 0.95 / 1.00 | 目标完成率, 'Compliance Rate' → none | — |",
    "| Chinese frame words out of the compared name (月度, 公司, 各部门 …; not 综合, which changes the measure) | "
    "0.74 / 0.89 | 1.00 / 1.00 | 0.95 / 1.00 | — (such names were already linked through aliases) | — |",
    "| aliases, the remaining general indicators (written without looking at misses) | 0.74 / 0.89 | 1.00 / 1.00 "
    "| 0.95 / 1.00 | 2 none-labelled names now none | '50% or more SOV compared to most published competitor' |",
    "| an exact name or keyword also without the name's frame words ('Number of …', 月度 …) | 0.75 / 0.89 | "
    "1.00 / 1.00 | 0.95 / 1.00 | 'Escape Rate Over Time' | — |",
    "",
    "Aliases (keywords) were added to 850 of the 854 general indicators of the 14 functions from practitioners' "
    "usage (绩效考核 tables, English KPI lists): 3,577 names, and 22 too generic ones removed; some were written "
    "with the fresh set's misses in view, which is why the fresh figures above are development figures. The "
    "threshold stays 0.18. Over all 634 development names on the final catalog: 0.18 gives 519 right answers (right id or right none) with none "
    "precision 0.910, 0.19 gives 521 with 0.904, 0.20 gives 523 with 0.890; 0.19 would win the rule the threshold "
    "was chosen by (most right answers with none precision ≥ 0.90) by two names, at the goal's edge, so 0.18 is "
    "kept for the margin. A weight on the share of the name the indicator covers was tried (0.2-0.6) and dropped: it traded top-1 for none recall "
    "without a net gain.",
)


# Round 7: what changed, class by class, measured with the default linker on the development files (real names 311,
# ours 80, fresh 243, fresh2 half A 150, fresh2 half B 181 as the check) after each step on branch h28.
ROUND7_NOTES = (
    "### Round 7 (issue 12): generalisation measured on a held half",
    "",
    "fresh2 (the test set of rounds 3-6, top-1 0.71 / none precision 0.60 when run once) is development data now. To "
    "see whether a change carries to names not looked at, it was split by source page into half A (150 names, 39 "
    "pages), whose misses were read, and half B (181 names, 44 pages), measured after each step but never listed "
    "name by name; the older sets were watched for breakage. Misses by kind (a link on a name labelled none / a wrong "
    "general id / a wrong industry id / 'none' on a name with an indicator), before → after the round: half A 26 / 20 "
    "/ 1 / 18 → 30 / 12 / 0 / 3; half B 33 / 22 / 1 / 7 → 36 / 19 / 1 / 6 (counted, not read). "
    "Classes read in half A: practitioner words the catalog did not "
    "have (填补职位时间, 平均修理时间, 单呼成本, 赢/输比百分比, 'R&D cost as % of the revenue'); keywords on the "
    "wrong indicator, so a shared head word won (设备故障率 a keyword of IT's end-user devices, 'equipment in good "
    "condition' of building facilities, 批次合格率 of incoming material); quality names whose stage decides the "
    "indicator (采购产品合格率 incoming, 出厂产品合格率 and 客户验货通过率 outgoing, not first-pass yield); names that "
    "are the change of a measure (技术创新使标准工时降低率, 会员增长率, 办公费用节约率) linked to the measure itself, "
    "against the labelling convention; and none-labelled names whose measure word matched an indicator with another "
    "subject (卫生检查合格率 → food safety inspection, 陈列更新及时率 → regulatory change tracking), for which no rule "
    "was found that carried to half B.",
    "",
    "| step (class) | real top-1 / none p. | ours | fresh | fresh2 half A (read) | fresh2 half B (check) | kept? |",
    "|---|---|---|---|---|---|---|",
    "| before (round 6, threshold 0.18) | 0.75 / 0.89 | 1.00 / 1.00 | 0.95 / 1.00 | 0.65 / 0.44 | 0.76 / 0.77 | |",
    "| an objective reads as the measure it moves ('Cut energy cost per unit', 降低单位产品能耗, 'Answer 80% of calls "
    "within 20 s' → the share answered within the limit); aliases for the SMART helper's pending names and half A's "
    "unknown practitioner words | 0.75 / 0.89 | 1.00 / 1.00 | 0.95 / 1.00 | 0.73 / 0.61 | 0.77 / 0.78 (+3 right) "
    "| yes |",
    "| keywords moved to the right indicator (equipment → production, not IT or facilities; 批次合格率 off incoming "
    "quality) and stage words for quality (采购/来料 incoming, 出厂/验货 outgoing), maintenance and HR cost words | "
    "0.75 / 0.89 | 1.00 / 1.00 | 0.95 / 1.00 | 0.84 / 0.74 | 0.77 / 0.78 (±0) | yes (vocabulary: fixes the names "
    "read, not the half not read) |",
    "| the particle 的 out of the compared name (设备的完好率 → 设备完好率) | 0.75 / 0.89 | 1.00 / 1.00 | 0.95 / 1.00 "
    "| +2 right | −1 right | no |",
    "| the change of a measure (…降低率, …提升率, …增长率, …节约率, 'growth', 'reduction', 'savings' at the end) links "
    "only to an indicator that is a change itself (`change_penalty` 1.0; 0.6-1.0 tie on the development names, 1.0 "
    "is the labelling convention: the growth of X is not X) | 0.75 / 0.90 | 1.00 / 1.00 | 0.95 / 1.00 | 0.85 / 0.71 "
    "| 0.77 / 0.80 (+3 right) | yes |",
    "| threshold 0.18 → 0.16 (rule below) | 0.78 / 0.91 | 1.00 / 1.00 | 0.95 / 1.00 | 0.87 / 0.85 | 0.77 / 0.79 "
    "(top-1 same, 5 fewer right 'none') | replaced by the next step |",
    "| an ambiguous similarity link is less sure: confidence × (1 − 0.2 × next fit / best fit), threshold re-chosen "
    "0.14 (none-labelled names meet several half-fitting indicators: median next/best fit 0.80 against 0.65 for right "
    "links, development names) | 0.77 / 0.91 | 1.00 / 1.00 | 0.95 / 1.00 | 0.86 / 0.80 | 0.77 / 0.81 (+2 right "
    "against the step before) | yes |",
    "| aliases for three industry files (retail, logistics, manufacturing: 81 indicators, 3-4 Chinese and 2-3 English "
    "names each, written from practitioners' usage without reading misses; one, 半成品库存周转天数, was a fresh miss "
    "seen in round 3) | 0.77 / 0.91 | 1.00 / 1.00 | 0.95 / 1.00 (+1 right) | 0.85 / 0.71 (−1 right) | 0.79 / 0.81 "
    "(+2 right) | yes |",
    "| threshold re-chosen by the same rule after the aliases: 0.14 is now at 0.904 (the goal's edge), so 0.13 "
    "(604 right, 0.918) | 0.79 / 0.91 | 1.00 / 1.00 | 0.95 / 1.00 | 0.86 / 0.77 | 0.79 / 0.78 (top-1 same, 4 fewer "
    "right 'none') | yes (chosen on development names only) |",
    "",
    "Tried and dropped: the brief's max-over-aliases similarity (each name and keyword of an indicator its own "
    "document, the indicator's score the best of them, max with or in place of the concatenated document, weights "
    "0.5-1.0): single aliases score much higher, and at every threshold it gave fewer right answers at the same none "
    "precision on the development names (e.g. weight 0.5: at best 0.86 none precision against 0.90 without); a "
    "factor on the share of the name's words the indicator has (query cover, weights 0.15 / 0.3 / 0.6): half A up, "
    "half B flat or down (top-1 0.77 → 0.77 / 0.77 / 0.75); a count and a rate as one kind of quantity (the labels "
    "treat a count and its rate as one measure): 5 fewer right on the development names, 1 fewer on half B. Not "
    "done: aliases for the other ten industry files.",
    "",
    "Threshold (rule: most right answers, right id or right none, over the development names — real, ours, fresh, "
    "fresh2 half A: 784 names — with none precision ≥ 0.90, with a margin; round 3 kept 0.910 over 0.904 as 'the "
    "goal's edge'). With the ambiguity factor 0.2, before the industry aliases: 0.13 gave 605 right with none "
    "precision 0.923, 0.14 619 with 0.912, 0.15 626 with 0.892, so 0.14 (factor 0.4 tied: 0.11 gave 619 with 0.919; "
    "without the factor 0.16 gave 610 with 0.916). On the final catalog: 0.12 590 with 0.942, 0.13 604 with 0.918, "
    "0.14 619 with 0.904, 0.15 626 with 0.896; so 0.13. Half B (not used to choose): top-1 0.79 / none precision "
    "0.78 at 0.13, 0.79 / 0.81 at 0.14, 0.78 / 0.76 at 0.16.",
    "",
    "Other engines, round 6's code (commit 4f7e27b) → this round's, both run today on this machine: SMART relevant "
    "(`python benchmarks/smart_quality.py`, threshold 0.3) held-out 4 recall 0.98 → 1.00, held-out 5 precision "
    "0.99 → 0.97 (one pair), the other sets and held-out 6 (0.90 / 0.68) unchanged; redundancy (`python "
    "benchmarks/redundancy_quality.py`) unchanged; suggestions (`python benchmarks/suggest_quality.py --data "
    "/work/shared/data/external --no-write`) hit@5 unchanged except the English development ids 0.829 → 0.819 "
    "(one query) and the Chinese old-test ids 0.870 → 0.880, nDCG@10 within ±0.006 (by query kind).",
)

# Round 8: principled fixes from the round-7 miss analysis (benchmarks/results/issue12_round7_misses.md), measured with
# the default linker on every development file after each step on branch h33 (fresh3 half A read, half B the check).
ROUND8_NOTES = (
    "### Round 8 (issue 12): general changes by class of miss, fresh3 split into a read half and a check half",
    "",
    "fresh3 (round 7's test set, top-1 0.62 / none precision 0.58 when run once) is development data now. It was split "
    "by source page like fresh2 (`page_half`): half A (107 names, 67 with an indicator, 22 pages), whose misses were "
    "read, and half B (182 names, 130 with an indicator, 38 pages), measured after each step but never listed. A "
    "change was kept only if it did not lose on half B. Cells: top-1 / none precision.",
    "",
    "| step (class) | real | ours | fresh | fresh2 half A | fresh2 half B | fresh3 half A (read) | fresh3 half B (check) "
    "| kept? |",
    "|---|---|---|---|---|---|---|---|---|",
    "| before (round 7's code, threshold 0.13) | 0.79 / 0.91 | 1.00 / 1.00 | 0.95 / 1.00 | 0.86 / 0.77 | 0.79 / 0.78 "
    "| 0.55 / 0.64 | 0.66 / 0.53 | |",
    "| (B) broader synonym groups in the thesaurus, not per name: injuries (负伤, 受伤, LTIR, 'reportable injuries', "
    "'lost time incident'), nonconformity, staff productivity (员工生产力), waste (浪费, 'food waste', 'wastage'), "
    "truck/vehicle capacity, cost per mile/kilometre (每公里成本), obsolete stock (呆料, 呆滞料, 'dead stock'), "
    "fulfilment (履约率, 履行率, 准时到货, 'on-time shipment'); later 'right first time' / 一次做对 as yield (no figure "
    "changed) | 0.78 / 0.91 (−1 right: 'Mean Time To Production') "
    "| 1.00 / 1.00 | 0.95 / 1.00 | 0.86 / 0.77 | 0.80 / 0.78 | 0.55 / 0.67 | 0.67 / 0.57 | yes |",
    "| (B) 'pickup rate' as call answering; critical path / 工期延误 as project delivery | = | = | = | = | = | +1 right "
    "(pickup) | −1 right each | no |",
    "| (A, measured on round 7's code, before the B step) a factor on the share of the words naming WHAT is measured (the name without the measure word it ends on: "
    "老旧小区改造|完成率) that the indicator's names and keywords have, words the catalog never uses counted; weight "
    "0.3 / 0.5 / 0.7 | 0.74 / 0.89 … 0.66 / 0.86 | 1.00 / 1.00 | 0.94 / 0.96 … 0.94 / 0.91 | 0.86-0.87 / 0.69-0.73 "
    "| 0.79 / 0.81 … 0.76 / 0.75 | 0.57 / 0.66 … 0.54 / 0.63 | 0.66 / 0.50 … 0.65 / 0.46 | no |",
    "| (A, likewise) the same share as a gate (no link when the linked indicator has under 25-45 % of the object's words) "
    "| 0.76 / 0.90 … 0.71 / 0.87 | 1.00 / 1.00 | 0.94 / 0.94 … 0.92 / 0.79 | 0.84-0.86 / 0.62-0.67 "
    "| 0.78 / 0.77 … 0.74 / 0.71 | 0.55 / 0.68-0.70 … 0.54 / 0.66 | 0.65 / 0.50 … 0.62 / 0.45 | no |",
    "| (E/I) a keyword that drops a modifier (a proper part of its own indicator's name, or part of another "
    "indicator's name) is no exact link, only similarity — three variants | 0.78 / 0.91 | 0.94-0.99 / 1.00 "
    "| 0.94-0.95 / 1.00 | 0.85-0.86 / 0.77 | 0.79-0.81 / 0.78 | 0.54-0.55 / 0.64-0.67 | 0.66 / 0.57 (−1 right) | no "
    "(the names then link by similarity to the same indicator) |",
    "| (E/I) keywords that contradict LABELLING.md removed: 盈利能力 / 'profitability' off net profit margin (a vague "
    "area), 费用控制 off the period-expense ratio (a budget-control name is budget execution), 'right first time' off "
    "the quality-culture survey score | = | = | = | = | = | = "
    "| = | yes (convention) |",
    "| (F) a name with no measure word at all (no 率/数/额/度…, no rate/count/time/money/score word) is not linked; "
    "all names (Chinese names only: half B 0.64 / 0.51) | 0.64 / 0.85 | 1.00 / 1.00 | 0.93 / 0.83 | 0.85 / 0.71 "
    "| 0.75 / 0.64 | 0.54 / 0.65 | 0.64 / 0.53 | no |",
    "| (B) 事故发生率 / 事故发生 as safety | = | = | = | −1 right (质量事故发生率 → safety) | = | +1 right | = | no |",
    "| (G) 变化 / 变动 at the end make a name a change (市场占有率变化 is not market share) | = | = | = | = | = | = "
    "| 0.67 / 0.58 | yes |",
    "| (G) a change name links only when the indicator has ≥ 30 % of the changed measure's words (安全生产事故下降率 "
    "is not manufacturing cost reduction) | = | = | 0.95 / 0.96 (−1) | 0.86 / 0.71 | = | 0.55 / 0.70 | = | no |",
    "| (D) `link(name, industry=…)`: the industry the name is used in (a taxonomy id) is read as if the name said it; "
    "`propose_links` passes the scheme's organisation industry ('Occupancy Rate' in a hotel scheme → hotel occupancy) "
    "| = | = | = | = | = | = | = | yes (not measurable: the sets do not record the page's industry) |",
    "| threshold re-chosen by the same rule, fresh3 half A added to the development names: 0.13 is at 0.890 now | "
    "0.82 / 0.93 | 1.00 / 1.00 | 0.95 / 1.00 | 0.88 / 1.00 | 0.80 / 0.74 | 0.60 / 0.71 | 0.67 / 0.68 | yes (chosen "
    "on development names only) |",
    "",
    "Threshold (rule: most right answers, right id or right none, over the development names — real, ours, fresh, "
    "fresh2 half A, fresh3 half A: 891 names — with none precision ≥ 0.90, with a margin): 0.11 gave 618 right with "
    "none precision 0.925, 0.12 637 with 0.905 (the goal's edge), 0.13 656 with 0.890, 0.14 673 with 0.878, so 0.11. "
    "fresh3 half B (not used to choose): 0.67 / 0.58 at 0.13, 0.67 / 0.68 at 0.11; fresh2 half B 0.80 / 0.78 at "
    "0.13, 0.80 / 0.74 at 0.11.",
    "",
    "What this round shows: the object-coverage rule that the miss analysis proposed for class A, the largest class, "
    "did not carry to half B in any form tried (factor or gate): a measure the catalog lacks and a measure it has "
    "under other words (class B) look the same to a coverage test, so every cut that drops the first also drops the "
    "second. The synonym groups (B) and the 变化 rule (G) carried a little; the goal (top-1 ≥ 0.85, none precision "
    "≥ 0.90) is still far on fresh3 (half B 0.67 / 0.68). Not done: the function context of D (a Role has a free-text "
    "department, no function id), the other classes (C near misses, J counts).",
    "",
    "Other engines, round 7's merged code (commit c920c29) → this round's (commit 7d1f75a), both run "
    "today on this machine from clean copies: SMART relevant (`python benchmarks/smart_quality.py --out /tmp/…`, "
    "threshold 0.3) unchanged on every set including held-out 7 (P 0.95 / R 0.66); at threshold 0.15 held-out 6 "
    "precision 0.89 → 0.90; redundancy (`python benchmarks/redundancy_quality.py`) unchanged; suggestions (`python "
    "benchmarks/suggest_quality.py --data /work/shared/data/external --no-write`) hit@5 unchanged on every set, "
    "nDCG@10 within ±0.003 and MRR within ±0.02 (the fresh set's halves).",
)


# Round 10: fresh4 and fresh5 development sets split by page_half; every step judged on the pooled B halves of
# fresh2-fresh5 (521 names whose misses nobody read), measured with the default linker on branch h40 after each step.
ROUND10_NOTES = (
    "### Round 10 (issue 12): generalisation judged on the pooled B halves of fresh2-fresh5",
    "",
    "fresh4 (round 8's test set, top-1 0.68 / none precision 0.76 when run once; 0.71 / 0.82 told each page's "
    "industry) and fresh5 (round 9's, 0.55 / 0.66 when run once) are development data now, split by source page "
    "like fresh2 and fresh3 (`page_half`): fresh4 half A 125 names (13 pages), half B 102 (13 pages); fresh5 half A "
    "105 (19 pages), half B 56 (12 pages). Only the A halves' misses were listed. The check is the pooled half B of "
    "fresh2-fresh5: 521 names (346 with an indicator, 175 labelled none) from 107 pages whose misses nobody read. A "
    "change was kept only if it did not lose right answers (right id or right none) there. Cells: right answers "
    "(top-1 / none precision); context: the linker told each page's industry (fresh4/fresh5 only) and, from step 5, "
    "its function.",
    "",
    "| step | development sets we wrote or read (real, ours, fresh: 634) | pooled half A (read: 487) | pooled half B "
    "(check: 521) | half A with context | half B with context | kept? |",
    "|---|---|---|---|---|---|---|",
    "| before (round 9's code, threshold 0.11) | 465 (0.93 / 0.94) | 268 (0.71 / 0.72) | 294 (0.71 / 0.73) | 270 "
    "| 292 | |",
    "| (2) threshold by the rule of rounds 3-8 (most right answers with none precision ≥ 0.90) over the A halves "
    "only: none precision on half A stays below 0.76 at every threshold above 0.05, so the rule picks 0.05 (half A "
    "231 right, none precision 0.90 on 10 'none' answers) | 352 | 231 (0.72 / 0.90) | 262 (0.72 / 0.88) | | | no "
    "(−32 right on half B) |",
    "| (3) mixed Chinese/Latin names count both parts: a thesaurus term such as IT事件, IT成本, 营销ROI, offer接受率 "
    "matches only with both parts (before, the Latin part alone was the term: every 'IT' meant five IT concepts, "
    "every 'ROI' marketing ROI); a name written in both scripts (OEE设备综合效率, CSAT客户满意度) is an exact name "
    "when both parts name the same indicator | 466 (0.93 / 0.94) | 267 (0.71 / 0.72) | 294 (0.71 / 0.73) | 270 "
    "| 292 | yes (±0 on half B; a correctness fix) |",
    "| (2) a second evidence requirement for similarity links: the share (idf-weighted) of the name's object words "
    "(its words without 率/数/量/度/值/额/时间/rate/number/time …; words the catalog never uses left out, unlike "
    "round 8's test) that the linked indicator's names and keywords have, at least 0.3 / 0.5 / 0.7 (measured after "
    "step 3) | 477 / 502 / 523 | 273 / 302 / 305 | 297 / 318 / 330 | | | no: at the same number of 'none' answers "
    "it is no better than the threshold (half B 297 right with 76 'none'; the threshold 0.12 gave 298 with 76 "
    "before step 3) |",
    "| (4) aliases for the ten industry files that had none (construction, education, energy, financial services, "
    "healthcare, hospitality, internet, professional services, public sector, telecom: 272 indicators, 1,372 "
    "names, 3-4 zh and 2-3 en each, written from practitioners' usage without reading misses; 48 dropped because "
    "another indicator already has them) | 470 (0.93 / 0.96) | 271 (0.72 / 0.75) | 294 (0.71 / 0.75) | 273 | 293 "
    "| yes (±0 on half B, +1 with context) |",
    "| (3, follow-up) IT user satisfaction's own names and help-desk words in its thesaurus concept and keywords "
    "(IT服务满意度, 'IT user satisfaction', 'helpdesk satisfaction'): after step 3 'IT' alone no longer carried the "
    "concept, and two engine tests (the relevance engine's foreign-function reading of 'IT helpdesk satisfaction', "
    "no near-duplicate of IT user and supplier satisfaction) failed | 469 (0.93 / 0.96) | 271 (0.72 / 0.75) | 294 "
    "(0.71 / 0.75) | 273 | 293 | yes (±0 on half B) |",
    "| (5) the role's function as context: `link(name, function=…)` multiplies the fit of another function's "
    "indicator by 1 − 0.4 (0.4-1.0 tie on the A halves of fresh4/fresh5, 74 of whose names record a function; the "
    "smallest taken; half B has 18 such names); `propose_links` passes the function the role's department (else "
    "the role's name) names | = | = | = | 277 | 293 | yes (±0 on half B) |",
    "| keywords that break LABELLING.md, found among half A's misses (a keyword naming an area or another measure: "
    "代码质量, 团队协作, 成本效益, 故障率 on MTBF, 'right first time' on the business error rate, 订单准确率 on "
    "purchase-order accuracy, 'MAU' on system adoption, 'PV', 'average call duration' on AHT, 'put-away accuracy' on "
    "receiving discrepancy, 管理成本 on the management-staff ratio, out; 'right first time' on first-pass yield and "
    "净利润 / 'net profit' on the net margin, the amount-and-its-rate rule, in) | 469 (0.93 / 0.96) | 275 (0.73 / "
    "0.75) | 294 (0.71 / 0.75) | 276 (281 with the function) | 293 (293) | yes (±0 on half B: fixes the names read, "
    "as in rounds 7 and 8) |",
    "",
    "Threshold (step 2): over the A halves of fresh2-fresh5, right answers by threshold 0.05 / 0.11 / 0.14 / 0.18 / "
    "0.22 / 0.26 / 0.30 were 231 / 268 / 285 / 307 / 327 / 327 / 320, none precision 0.90 / 0.72 / 0.68 / 0.64 / "
    "0.65 / 0.59 / 0.55; on the pooled B halves 262 / 294 / 315 / 335 / 341 / 337 / 338, none precision 0.88 / 0.73 "
    "/ 0.69 / 0.63 / 0.58 / 0.54 / 0.53 and top-1 0.72 / 0.71 / 0.70 / 0.67 / 0.62 / 0.57 / 0.54 (measured before "
    "step 3). The rule's constraint cannot be met on names from other people's pages, and its only feasible "
    "threshold loses on half B. Without the constraint, most right answers on half A (0.22) carries to half B (+47 "
    "right), but only by answering 'none' more often: top-1 falls 0.71 → 0.62 and none precision 0.73 → 0.58 on "
    "half B, both goal metrics worse (links in the 0.11-0.22 band are right one time in five, and half of the names "
    "unlinked there are labelled none). The threshold stays 0.11: a higher one trades the goal's two metrics for "
    "right answers, which is a decision for the issue, not a tuning result. No signal the linker has separates "
    "none-labelled names from linkable ones better than its confidence on unread names: at equal numbers of 'none' "
    "answers, thresholds on the raw similarity, on confidence × (1 − 0.5 × next fit / best fit) or on their "
    "geometric mean give 290-293 right at 67 'none' and 306-313 at 100 on half B against 294 and 311 for the "
    "confidence (after step 4; AUC of the confidence, right link against the rest, 0.80 on the A halves, 0.90 on the sets we "
    "read).",
    "",
    "What this round shows: the pooled half B did not move (294 right, top-1 0.71, none precision 0.73 → 0.75); the "
    "goal (top-1 ≥ 0.85, none precision ≥ 0.90) stays far on names nobody read. The aliases and the context help "
    "the names read (half A 268 → 275 right, 270 → 281 with context) but not the unread ones; the one lever that moves half B much "
    "(the threshold) moves the goal metrics the wrong way.",
    "",
    "Other engines, round 9's code (commit bfeb663) → this round's, both run today on this machine from clean copies: "
    "redundancy (`python benchmarks/redundancy_quality.py`) unchanged; SMART relevant (`python "
    "benchmarks/smart_quality.py --out /tmp/…`, threshold 0.3, P / R of 'ok') held-out 4 1.00 / 1.00 → 1.00 / 0.98 "
    "(one statement, 'Customer churn below 8%' for 'Increase customer loyalty', 0.316 → 0.293: the aliases change the "
    "words' idf), held-out 6 0.92 / 0.84 → 0.91 / 0.84 (its half B 0.89 → 0.86 precision), held-out 8 0.97 / 0.67 → "
    "0.97 / 0.69, held-out 9 1.00 / 0.50 → 1.00 / 0.58, the other sets unchanged (all from the aliases of step 4); "
    "suggestions (`python benchmarks/suggest_quality.py --data /work/shared/data/external --no-write`) hit@5 up on "
    "fresh set 2 zh (function 0.917 → 0.933, ids 0.733 → 0.767) and the dev ids (en 0.810 → 0.819, zh 0.860 → "
    "0.870), down on the old-test English ids (0.907 → 0.897, one query), unchanged elsewhere; nDCG@10 within "
    "−0.003 / +0.015.",
)


# Round 12: fresh7 (round 11's test set) split by page_half; the none-precision loss of the cover rule read on the
# halves A; every step judged on the pooled halves B of fresh2-fresh5 and fresh7 (names nobody read), fresh6's half B
# the weaker row; default linker on branch h55 after each step (/tmp experiments with the same score()); counts of
# right answers (right id or right 'none'), top-1 / none precision.
ROUND46_NOTES = (
    "### Round 46 (issue 12): fresh42 is development data; the models retrained with it (round 45's ship rule, now "
    "against round 45's shipped run as committed, its half-A condition on fresh42's half A)",
    "",
    "fresh42 (round 45's test set, run then: see the test run at the end of ROUND45_NOTES) is development data now: "
    "halved by source like fresh2-fresh41 (208 names from 44 sources, 84 with an indicator; half A 122 names from 26 "
    "sources, half B 86 from 18), its half B in the pooled check (fresh2-fresh5+fresh7-fresh42), its names mined as "
    "practitioners' names (`python benchmarks/link_mine_vocabulary.py --write --out "
    "benchmarks/results/link_vocabulary.md`), the re-ranker and the link-or-none decision retrained on every set "
    "(`python benchmarks/link_rerank_cv.py --write --out benchmarks/results/link_rerank.md --dump FOLDS.pkl`), shipped"
    " only by the ship rule below. The test part is benchmarks/data/link_names_fresh43.yaml (only named here, never "
    "run).",
    "",
    "The retrain's ship rule: round 45's (1d0b768), written and committed before this round's retrain runs. The "
    "shipped models are round 45's (afd752e). Round 45's dump (/tmp/kg/h317/folds.pkl) is gone (a new machine), so "
    "(1) compares against round 45's run as committed: benchmarks/results/link_rerank.md as at afd752e, the defaults' "
    "column '+ learned link-or-none, two thresholds (linked, unlinked), most right answers', pooled over its folds "
    "fresh, fresh2-fresh41 (9,046 names): 6113 right, top-1 0.641 (3074/4792), none precision 0.757 (3039/4016). (1) "
    "holds if this run's out-of-sample fold models (the same column, read from the --dump, scored by "
    "link_mine_vocabulary's `score`, pooled as counts), summed over the same 41 folds (fresh, fresh2-fresh41; this "
    "run's fold holding fresh42 out is not in the sum), give MORE right answers than 6113 (strictly more) AND a pooled "
    "none precision >= 3039/4016 - 0.005 = 0.7517 (`PYTHONPATH=$PWD python /tmp/kg/h326/rule.py FOLDS.pkl`: it reads "
    "round 45's pooled row from `git show afd752e:benchmarks/results/link_rerank.md` and must reproduce this run's "
    "own pooled row (all its 42 folds) from its dump before its verdict is read). (2) The lead's condition, now on "
    "fresh42's half A (the newest set): the retrain does not lower the right answers there by more than 1, measured "
    "out of sample as in rounds 40-45: the same training procedure (link_rerank_cv's `run`) for ONE fold holding out "
    "fresh42's half A only (page_half; its half B a training set), against this run's fold holding all of fresh42 out "
    "(from the --dump; trained on fresh-fresh41), the defaults' column on the same half-A names, scored by `score`: "
    "(2) holds if the first's right answers are at least the second's minus 1 (`PYTHONPATH=$PWD python "
    "/tmp/kg/h326/halfa.py FOLDS.pkl`, /tmp only, rewritten from its description in ROUND45_NOTES). The half-A right "
    "answers of the test run's engine are reported beside them, not in the rule. If (1) or (2) fails, round 45's "
    "models and thresholds (link_reranker.yaml as at main) stay and benchmarks/results/link_rerank.md is round 45's "
    "again (this round's run kept in its commit). The mined vocabulary is taken either way.",
    "",
    "No change to the retrain this round: none was studied before the two long jobs started (the mining at 22:42 UTC "
    "at adb6e270, the retrain at 22:43 at the same commit, after the mining had written the vocabulary file, as round "
    "45 ordered them), started early because both share the machine's 2 cores with other helpers' jobs; the retrain is "
    "round 45's procedure (the split link-or-none decision) on one more set.",
    "",
    "The mining (`python benchmarks/link_mine_vocabulary.py --write --out benchmarks/results/link_vocabulary.md`, "
    "22:42-00:31 UTC at adb6e270, alongside the retrain; the vocabulary file, written at the mining's start, unchanged "
    "since, sha1 checked after the run): link_vocabulary.yaml 9,645 names, were 9,437; leave one set out over "
    "fresh-fresh42 (9,254 names, 4,876 with an indicator): the practitioners' names **5757 right, top-1 0.620 "
    "(3024/4876), none precision 0.757 (2733/3610)** against the hand-set linker's 5627 (0.611 (2979/4876), 0.751 "
    "(2648/3527)), 34 held sets better, 4 worse; fresh42 held out 129 against 120 (top-1 0.643 against 0.655, none "
    "precision 0.852 against 0.855). The rule over all fresh sets chooses 0.7 / 0.7 / 0.3 (alias, none similarity, "
    "none confidence; round 45: 0.7 / 0.7 / 0.3); the defaults are unchanged (0.7 / 0.8 / 0.3), as in rounds 39-45.",
    "",
    "fresh42's half A read with the engine of its test run (main's commit fc10d82, round 45's models, the vocabulary "
    "of 9,437 names; `IndicatorLinker().fit(load_catalog()).link(name)`, no context; a detached worktree in "
    "/tmp/kg/h326/, 23:34-23:36 UTC, while the retrain ran (started without a change); /tmp/kg/h326/misses.py): "
    "benchmarks/results/link_round46.md. 122 names from 26 sources (43 with an indicator; 85 Chinese, 37 English), 85 "
    "right, 37 misses (25 Chinese): (a) 5, (b) 8, (c) 24, (d) 0; half A top-1 zh 22/31 = 0.710 (none precision 38/41 "
    "= 0.927), en 8/12 = 0.667 (17/19 = 0.895), all 30/43 = 0.698 (55/60 = 0.917). Of the 24 (c) misses 21 were "
    "linked by similarity (0.13-0.37), 2 by the re-ranker, 1 by a keyword; none by the learned decision. Pooled with "
    "rounds 25-45 (2,589 names): (a) 301, (b) 225, (c) 422, (d) 16; (c) still the largest class pooled.",
    "",
    "The retrain did not finish in the session (lead). h326 started it at 22:43 UTC alongside the mining, both at "
    "`nice -n 2` on the 2 shared cores with five other helpers' runs, each getting 35-40 % of a core; at 00:40 it "
    "had used about 50 CPU minutes and had written no dump, and its process had ended without one when I looked "
    "(its --write step had already rewritten link_reranker.yaml in h326's worktree, uncommitted, not merged). So "
    "there is no verdict on (1) or (2): round 45's models and thresholds stay (link_reranker.yaml and "
    "link_rerank.md as before this round), and the mined vocabulary (9,645 names) is taken, as the rule says it is "
    "either way; with it and round 45's models `pytest -q tests/benchmarks/test_link_quality.py "
    "tests/suggest/test_linking*.py tests/cli` pass (h326: 83 and 228 passed; after the merge, with tests/benchmarks/test_link_names.py, 763 passed). The next session runs the retrain of this round against the same rule (its scripts "
    "/tmp/kg/h326/rule.py and halfa.py are scratch and may be gone; the rule is stated above). fresh43 stays unrun.",
)

ROUND45_NOTES = (
    "### Round 45 (issue 12): fresh41 is development data; the models retrained with it (round 44's ship rule, now "
    "against round 44's shipped run, its half-A condition on fresh41's half A)",
    "",
    "fresh41 (round 44's test set, run then: see the test run at the end of ROUND44_NOTES) is development data now: "
    "halved by source like fresh2-fresh40 (200 names from 39 sources, 85 with an indicator; half A 62 names from 14 "
    "sources, half B 138 from 25), its half B in the pooled check (fresh2-fresh5+fresh7-fresh41), its names mined as "
    "practitioners' names (`python benchmarks/link_mine_vocabulary.py --write --out "
    "benchmarks/results/link_vocabulary.md`), the re-ranker and the link-or-none decision retrained on every set "
    "(`python benchmarks/link_rerank_cv.py --write --out benchmarks/results/link_rerank.md --dump FOLDS.pkl`), shipped"
    " only by the ship rule below. The test part is benchmarks/data/link_names_fresh42.yaml (only named here, never "
    "run).",
    "",
    "The retrain's ship rule: round 44's (eb8b516), written and committed before this round's retrain runs. The "
    "shipped models are round 44's now (1b5ffc4), so (1) compares against round 44's run: summed over the folds that "
    "both this run (folds fresh, fresh2-fresh41) and round 44's own leave-one-set-out run (benchmarks/results/"
    "link_rerank.md as at 1b5ffc4, its dump /tmp/kg/h305/folds.pkl: folds fresh, fresh2-fresh40) hold out, i.e. fresh "
    "and fresh2-fresh40 (8,846 names), this run's out-of-sample fold models (the defaults' column '+ learned "
    "link-or-none, two thresholds (linked, unlinked), most right answers', read from the --dump, scored by "
    "link_mine_vocabulary's `score`, pooled as counts) give MORE right answers than round 44's there (5953; strictly "
    "more) AND a pooled none precision >= 2934/3884 - 0.005 = 0.7504 (`PYTHONPATH=$PWD python /tmp/kg/h317/rule.py "
    "FOLDS.pkl ROUND44_LINK_RERANK_MD /tmp/kg/h305/folds.pkl`, rebuilt from round 44's /tmp/kg/h305/rule.py with round "
    "44 as the reference; it must reproduce this run's own pooled row from its dump, and round 44's pooled row from "
    "round 44's dump, before its verdict is read). (2) The lead's condition, now on fresh41's half A (the newest set): "
    "the retrain does not lower the right answers there by more than 1, measured out of sample as in rounds 40-44: the "
    "same training procedure (link_rerank_cv's `run`) for ONE fold holding out fresh41's half A only (page_half; its "
    "half B a training set), against this run's fold holding all of fresh41 out (from the --dump; trained on "
    "fresh-fresh40), the defaults' column on the same half-A names, scored by `score`: (2) holds if the first's right "
    "answers are at least the second's minus 1 (`PYTHONPATH=$PWD python /tmp/kg/h317/halfa.py FOLDS.pkl`, /tmp only). "
    "The half-A right answers of the test run's engine are reported beside them, not in the rule. If (1) or (2) fails, "
    "round 44's models and thresholds (link_reranker.yaml as at 1b5ffc4) stay and benchmarks/results/link_rerank.md is "
    "round 44's again (this round's run kept in its commit). The mined vocabulary is taken either way.",
    "",
    "One change to the retrain, committed with its reason before it runs (link_rerank_cv's docstring, 'Round 45'): "
    "the link-or-none model is two logistic models (`SplitDecision`), one fitted on the names the re-ranker links, "
    "one on those it leaves unlinked (each on round 44's rows: candidate right or labelled none), each name's P read "
    "by the model of its kind, in every fold, every variant and `--write` (the linker reads the second from "
    "link_reranker.yaml's `decision.unlinked` when present; without it, as before); the thresholds are chosen as "
    "before (same grid of 0.025, same rule, on all training names). "
    "Why, from the dumps of rounds 39 and 44 (/tmp/kg/h255/folds.pkl, /tmp/kg/h305/folds.pkl; the 35 shared folds, "
    "the defaults' decision; `PYTHONPATH=$PWD python /tmp/kg/h317/why.py`): round 44 lost 67 right ids and won 43 "
    "(24 fewer); 20 lost and 20 won where the re-ranker's candidate differs (net 0), 38 lost and 14 won on names "
    "the re-ranker links with the same candidate in both runs (the decision unlinked a right candidate: its P "
    "0.14-0.26 under round 44's linked thresholds 0.2-0.225, round 39's 0.15), 9 and 9 on unlinked names. Of the "
    "names the decision may change, held P in round 44: linked, candidate right (2242) median 0.851 (10 % 0.37), "
    "linked, labelled none (1383) median 0.325 (75 % 0.595); unlinked, candidate right (193) median 0.14, unlinked,"
    " labelled none (2285) median 0.053; linked right candidates unlinked 87 (round 39: 61), linked names labelled "
    "none unlinked 398 (355). One model for both kinds of name shares every slope between them (``linked`` only "
    "shifts the intercept), though the two decisions read different things (an unlinked name has no re-ranker "
    "margin and its candidate is the first of the hand-set fit) and 3,004 of the 7,349 held names it may change are"
    " unlinked; fitted on the linked names alone, its slopes separate a right link from a link of a name labelled "
    "none, the linked decision's only choice, so at the same none-precision bound it should keep more right links; "
    "the unlinked model, separating a right first candidate from none, should link no fewer. Not studied before the"
    " run (time): only the run and the rule judge it.",
    "",
    "The mining (`python benchmarks/link_mine_vocabulary.py --write --out benchmarks/results/link_vocabulary.md`, "
    "19:41-20:17 UTC, started after the bookkeeping's commit 1d0b768, alongside the retrain (from 19:45); the "
    "vocabulary file, written at the mining's start, unchanged since, sha1 checked after the run): link_vocabulary.yaml "
    "9,437 names, were 9,237; leave one set out over fresh-fresh41 (9,046 names, 4,792 with an indicator): the "
    "practitioners' names **5631 right, top-1 0.619 (2968/4792), none precision 0.754 (2663/3531)** against the "
    "hand-set linker's 5507 (0.610 (2924/4792), 0.748 (2583/3451)), 33 held sets better, 3 worse; fresh41 held out "
    "129 against 128 (top-1 0.624 against 0.635, none precision 0.835 against 0.841). The rule over all fresh sets "
    "chooses 0.7 / 0.7 / 0.3 (alias, none similarity, none confidence; round 44: 0.7 / 0.7 / 0.3); the defaults are "
    "unchanged (0.7 / 0.8 / 0.3), as in rounds 39-44 when the choice differed.",
    "",
    "The retrain, SHIPPED by the rule. `python benchmarks/link_rerank_cv.py --write --out "
    "benchmarks/results/link_rerank.md --dump /tmp/kg/h317/folds.pkl` (19:45-20:51 UTC, with 3a45474's change, "
    "alongside the mining until 20:17; its --write step wrote thresholds 0.225 / 0.35 and the unlinked names' "
    "model; fold thresholds 0.225-0.25 / 0.15-0.425) pooled over all its folds fresh, fresh2-fresh41 (9,046 names) "
    "the defaults' column **6113 right, top-1 0.641 (3074/4792), none precision 0.757 (3039/4016)**; fresh41 held "
    "out 143 · 0.659 · 0.845. (1) (`PYTHONPATH=$PWD python /tmp/kg/h317/rule.py /tmp/kg/h317/folds.pkl <round 44's "
    "link_rerank.md, as at 1b5ffc4> /tmp/kg/h305/folds.pkl`; it reproduces round 44's pooled row 5953 / 3019/4707 /"
    " 2934/3884 from round 44's dump and this run's 6113 / 3074/4792 / 3039/4016 from its own): over the 40 shared "
    "folds (fresh, fresh2-fresh40, 8,846 names) **5970 right**, top-1 0.641 (3018/4707), none precision **0.7544 "
    "(2952/3913)** against round 44's 5953, 0.641 (3019/4707), 0.7554 (2934/3884); floor 0.7504; 22 held sets "
    "better, 11 worse: holds. The change did NOT win right ids back as its reason expected: 1 fewer right id, 18 "
    "more right none answers. (2) (run after the retrain, 20:55-20:59 UTC): the fold holding fresh41's half A only "
    "out (`PYTHONPATH=$PWD python /tmp/kg/h317/halfa.py - /tmp/kg/h317/halfa.pkl`) 42 right on the 62 half-A names "
    "(top-1 0.645 (20/31), none precision 0.8800 (22/25)) against 43 (0.645 (20/31), 0.8846 (23/26)) for the run's "
    "fold holding all of fresh41 out (`halfa.py /tmp/kg/h317/folds.pkl --only-old`): 42 >= 43 - 1, holds (at its "
    "limit). The test run's engine (ab737e9) gets 43 right on the same names (below). So the retrained models ship "
    "(link_reranker.yaml as written by the run). With them and the vocabulary of 9,437 names `pytest -q "
    "tests/benchmarks/test_link_quality.py tests/suggest/test_linking*.py tests/cli`: 309 passed after one re-pin "
    "(test_linking_practitioners' labelled-none neighbour: the unlinked names' model reads the candidate at P 0.73,"
    " at least the new unlinked threshold 0.35, so the decision links it back by default; unlinked at 0.75).",
    "",
    "fresh41's half A read with the engine of its test run (main's commit ab737e9, round 44's models, the "
    "vocabulary of 9,237 names; `IndicatorLinker().fit(load_catalog()).link(name)`, no context; a detached worktree"
    " in /tmp/kg/h317/, after the retrain had ended; /tmp/kg/h317/misses.py): benchmarks/results/link_round45.md. "
    "62 names from 14 sources (31 with an indicator; 35 Chinese, 27 English), 43 right, 19 misses (10 Chinese): (a)"
    " 3, (b) 8, (c) 8, (d) 0; half A top-1 zh 7/14 = 0.500 (none precision 18/20 = 0.900), en 13/17 = 0.765 (5/6 = "
    "0.833), all 20/31 = 0.645 (23/26 = 0.885). Pooled with rounds 25-44 (2,467 names): (a) 296, (b) 217, (c) 398, "
    "(d) 16; (c) still the largest class pooled.",
    "",
    "Test run of round 45, once, in the same session after its merge (fc10d82: round 45's shipped models, the "
    "split link-or-none decision, with its mined vocabulary of 9,437 names; `python "
    "benchmarks/link_quality.py --out benchmarks/results/linking.md`): fresh42 (208 names, 140 zh / 68 en, 84 "
    "with an indicator, 124 none) gives top-1 0.71 / none precision 0.87 / none recall 0.70, 147 of 208 right "
    "(zh 0.64 / 0.88, 97 right; en 0.82 / 0.85, 50 right). In the same run: BM25 0.48 / 0.73, 133 right; "
    "round 15's linker 0.70 / 0.86, 129 right; the first matcher (match_kpi) 0.31 / 0.69, 140 right. The "
    "session's first commit (947a831: round 44's models, vocabulary of 9,237 names) on the same names, run "
    "afterwards for comparison only (`--test FILE --out F` in a detached worktree): top-1 0.71 / none "
    "precision 0.88 / none recall 0.72, 149 right (zh 0.64 / 0.89, 97; en 0.82 / 0.86, 52): the shipped "
    "retrain and the 200 mined names lost 2 right answers here, both English none answers; the same top-1. "
    "Goals missed (top-1 0.85, none precision 0.90).",
)

ROUND44_NOTES = (
    "### Round 44 (issue 12): fresh40 is development data; the models retrained with it (round 43's ship rule, its "
    "half-A condition on fresh40's half A)",
    "",
    "fresh40 (round 43's test set, run then: see the test run at the end of ROUND43_NOTES) is development data now: "
    "halved by source like fresh2-fresh39 (211 names from 44 sources, 131 with an indicator; half A 123 names from 24 "
    "sources, half B 88 from 20), its half B in the pooled check (fresh2-fresh5+fresh7-fresh40), its names mined as "
    "practitioners' names (`python benchmarks/link_mine_vocabulary.py --write --out "
    "benchmarks/results/link_vocabulary.md`), the re-ranker and the link-or-none decision retrained on every set "
    "(`python benchmarks/link_rerank_cv.py --write --out benchmarks/results/link_rerank.md --dump FOLDS.pkl`), shipped"
    " only by the ship rule below. The test part is benchmarks/data/link_names_fresh41.yaml (only named here, never "
    "run).",
    "",
    "The retrain's ship rule: round 43's (24de17e), copied, written and committed before this round's retrain runs. "
    "The shipped models are still round 39's (514e5d0), so (1) is unchanged: summed over the folds that both this run "
    "(folds fresh, fresh2-fresh40) and round 39's own leave-one-set-out run (benchmarks/results/link_rerank.md as at "
    "514e5d0: folds fresh, fresh2-fresh35) hold out, i.e. fresh and fresh2-fresh35 (7,788 names), this run's "
    "out-of-sample fold models (the defaults' column '+ learned link-or-none, two thresholds (linked, unlinked), most "
    "right answers', read from the --dump, scored by link_mine_vocabulary's `score`, pooled as counts) give MORE right "
    "answers than round 39's there (5213; strictly more) AND a pooled none precision >= 2559/3363 - 0.005 = 0.7559 "
    "(`PYTHONPATH=$PWD python /tmp/kg/h305/rule.py FOLDS.pkl ROUND39_LINK_RERANK_MD`, rebuilt from round 43's "
    "/tmp/kg/h295/rule.py; it must reproduce this run's own pooled row from its dump before its verdict is read). (2) "
    "The lead's condition, now on fresh40's half A (the newest set): the retrain does not lower the right answers there "
    "by more than 1, measured out of sample as in rounds 40-43: the same training procedure (link_rerank_cv's `run`) "
    "for ONE fold holding out fresh40's half A only (page_half; its half B a training set), against this run's fold "
    "holding all of fresh40 out (from the --dump; trained on fresh-fresh39), the defaults' column on the same half-A "
    "names, scored by `score`: (2) holds if the first's right answers are at least the second's minus 1 "
    "(`PYTHONPATH=$PWD python /tmp/kg/h305/halfa.py FOLDS.pkl`, /tmp only). The half-A right answers of the test run's "
    "engine are reported beside them, not in the rule. If (1) or (2) fails, round 39's models and thresholds "
    "(link_reranker.yaml as at 514e5d0) stay and benchmarks/results/link_rerank.md is round 39's again (this round's "
    "run kept in its commit). The mined vocabulary is taken either way.",
    "",
    "One change to the retrain, committed with its reason before it runs (link_rerank_cv's docstring, 'Round 44'): "
    "the link-or-none model is fitted on the training names whose answer it can make right only, those whose candidate "
    "is right (y = 1) and those labelled none (y = 0), in every fold, every variant and `--write`; the thresholds are "
    "chosen as before (same grid of 0.025, same rule, on all training names). Why, from the dumps of rounds 39 and 43 "
    "(/tmp/kg/h255/folds.pkl, /tmp/kg/h295/folds.pkl; the 35 shared folds; `PYTHONPATH=$PWD python "
    "/tmp/kg/h305/why2.py`, `why3.py`): round 43's 5 fewer right answers than round 39's are 34 right none answers "
    "lost and 27 won on names whose candidate and re-ranked answer were the same in both runs (the decision's P and "
    "thresholds moved), i.e. the decision itself; a name labelled another indicator than its candidate is wrong "
    "linked or not, yet rounds 16-43 fitted it as a negative beside the names labelled none, so P(right) falls for "
    "both alike: held P median 0.07 for the names labelled none, 0.156 for those labelled another indicator (49 % "
    "below 0.15 against 69 %); round 39 unlinked 2546 of 3668 names labelled none (1122 linked: class (c)) and 613 of "
    "1247 labelled another indicator, a wrong none answer each (round 43: 2537, 614). Fitted on the candidate against "
    "none only, P ranks the names labelled none below those the decision should leave linked, so that at the same "
    "none-precision bound it can unlink more of them. Not studied before the run (time): only the run and the rule "
    "judge it.",
    "",
    "The mining (`python benchmarks/link_mine_vocabulary.py --write --out benchmarks/results/link_vocabulary.md`, "
    "16:37-17:16 UTC, started after the bookkeeping's commit eb8b516, alongside the retrain (from 16:39); the "
    "vocabulary file, written at the mining's start, unchanged since, sha1 checked after the run): link_vocabulary.yaml "
    "9,237 names, were 9,026; leave one set out over fresh-fresh40 (8,846 names, 4,707 with an indicator): the "
    "practitioners' names **5493 right, top-1 0.620 (2916/4707), none precision 0.752 (2577/3429)** against the "
    "hand-set linker's 5379 (0.610 (2870/4707), 0.746 (2509/3363)), 31 held sets better, 3 worse; fresh40 held out "
    "124 against 122 (top-1 0.626 against 0.618, none precision 0.636 against 0.621). The rule over all fresh sets "
    "chooses 0.7 / 0.7 / 0.3 (alias, none similarity, none confidence; round 43: 0.7 / 0.8 / 0.3, the linker's "
    "defaults); the defaults are unchanged (0.7 / 0.8 / 0.3), as in rounds 39-42 when the choice differed.",
    "",
    "The retrain, SHIPPED by the rule. `python benchmarks/link_rerank_cv.py --write --out "
    "benchmarks/results/link_rerank.md --dump /tmp/kg/h305/folds.pkl` (16:39-17:57 UTC, with 92fcb98's change, "
    "alongside the mining; its --write step wrote thresholds 0.225 / 0.175) pooled over all its folds fresh, "
    "fresh2-fresh40 (8,846 names) the defaults' column **5953 right, top-1 0.641 (3019/4707), none precision 0.755 "
    "(2934/3884)**; fresh36 held out 152 · 0.638 · 0.829, fresh37 133 · 0.562 · 0.587, fresh38 132 · 0.664 · 0.787, "
    "fresh39 148 · 0.667 · 0.642, fresh40 140 · 0.672 · 0.658. (1) (`PYTHONPATH=$PWD python /tmp/kg/h305/rule.py "
    "/tmp/kg/h305/folds.pkl <round 39's link_rerank.md, as at 514e5d0>`; it reproduces the run's pooled row 5953 / "
    "3019/4707 / 2934/3884 from the dump): over the 35 shared folds (fresh, fresh2-fresh35, 7,788 names) **5248 "
    "right**, top-1 0.641 (2630/4100), none precision **0.7624 (2618/3434)** against round 39's 5213, 0.647 "
    "(2654/4100), 0.7609 (2559/3363); 20 held sets better, 9 worse: holds (59 more right none answers, 24 fewer right "
    "ids). (2) (run after the retrain, 18:02-18:07 UTC): the fold holding fresh40's half A only out (`PYTHONPATH=$PWD "
    "python /tmp/kg/h305/halfa.py - /tmp/kg/h305/halfa.pkl`) 79 right on the 123 half-A names (top-1 0.657 (44/67), "
    "none precision 0.6863 (35/51)) against 79 (0.657 (44/67), 0.6863 (35/51)) for the run's fold holding all of "
    "fresh40 out (`halfa.py /tmp/kg/h305/folds.pkl --only-old`): holds. So the retrained models ship "
    "(link_reranker.yaml as written by the run). With them and the vocabulary of 9,237 names `pytest -q "
    "tests/benchmarks/test_link_quality.py tests/suggest/test_linking*.py tests/cli`: 306 passed after one re-pin "
    "(test_linking_practitioners' labelled-none neighbour: the candidate's P 0.21, at least the new unlinked "
    "threshold 0.175, so the decision links it back by default).",
    "",
    "fresh40's half A read with the engine of its test run (main's commit 0c0dc2f, round 39's models, the vocabulary "
    "of 9,026 names; `IndicatorLinker().fit(load_catalog()).link(name)`, no context; a detached worktree in "
    "/tmp/kg/h305/, after the retrain had ended; /tmp/kg/h305/misses.py): benchmarks/results/link_round44.md. 123 "
    "names from 24 sources (67 with an indicator; 84 Chinese, 39 English), 79 right, 44 misses (32 Chinese): (a) 15, "
    "(b) 8, (c) 21, (d) 0; half A top-1 zh 22/41 = 0.537 (none precision 30/42 = 0.714), en 22/26 = 0.846 (5/8 = "
    "0.625), all 44/67 = 0.657 (35/50 = 0.700). Pooled with rounds 25-43 (2,405 names): (a) 293, (b) 209, (c) 390, "
    "(d) 16; (c) still the largest class pooled.",
    "",
    "Test run of round 44, once, in the same session after its merge (ab737e9: round 44's shipped models with "
    "its mined vocabulary of 9,237 names; `python benchmarks/link_quality.py --out "
    "benchmarks/results/linking.md`): fresh41 (200 names, 135 zh / 65 en, 85 with an indicator, 115 none) "
    "gives top-1 0.68 / none precision 0.86 / none recall 0.74, 143 of 200 right (zh 0.64 / 0.87, 99 right; "
    "en 0.75 / 0.83, 44 right). In the same run: BM25 0.47 / 0.70, 130 right; round 15's linker 0.66 / 0.84, "
    "130 right; the first matcher (match_kpi) 0.39 / 0.69, 143 right (it answers none for most names: none "
    "recall 0.96). The session's first commit (415dafc: round 39's models, vocabulary of 9,026 names) on the "
    "same names, run afterwards for comparison only (`--test FILE --out F` in a detached worktree): top-1 "
    "0.67 / none precision 0.84 / none recall 0.69, 136 right (zh 0.62 / 0.85, 94; en 0.75 / 0.82, 42): the "
    "shipped retrain and the 211 mined names gained 7 right answers here, most of them right none answers "
    "(none recall 0.69 -> 0.74). Goals missed (top-1 0.85, none precision 0.90); none precision the nearest "
    "to its goal of the recent unseen sets.",
)

ROUND43_NOTES = (
    "### Round 43 (issue 12): fresh39 is development data; the models retrained with it (round 42's ship rule, its "
    "half-A condition on fresh39's half A)",
    "",
    "fresh39 (round 42's test set, run then: see the test run at the end of ROUND42_NOTES) is development data now: "
    "halved by source like fresh2-fresh38 (222 names from 40 sources, 144 with an indicator; half A 95 names from 20 "
    "sources, half B 127 from 20), its half B in the pooled check (fresh2-fresh5+fresh7-fresh39), its names mined as "
    "practitioners' names (`python benchmarks/link_mine_vocabulary.py --write --out "
    "benchmarks/results/link_vocabulary.md`), the re-ranker and the link-or-none decision retrained on every set "
    "(`python benchmarks/link_rerank_cv.py --write --out benchmarks/results/link_rerank.md --dump FOLDS.pkl`), shipped"
    " only by the ship rule below. The test part is benchmarks/data/link_names_fresh40.yaml (only named here, never "
    "run).",
    "",
    "The retrain's ship rule: round 42's (e57ea88), copied, written and committed before this round's retrain runs. "
    "The shipped models are still round 39's (514e5d0), so (1) is unchanged: summed over the folds that both this run "
    "(folds fresh, fresh2-fresh39) and round 39's own leave-one-set-out run (benchmarks/results/link_rerank.md as at "
    "514e5d0: folds fresh, fresh2-fresh35) hold out, i.e. fresh and fresh2-fresh35 (7,788 names), this run's "
    "out-of-sample fold models (the defaults' column '+ learned link-or-none, two thresholds (linked, unlinked), most "
    "right answers', read from the --dump, scored by link_mine_vocabulary's `score`, pooled as counts) give MORE right "
    "answers than round 39's there (5213; strictly more) AND a pooled none precision >= 2559/3363 - 0.005 = 0.7559 "
    "(`PYTHONPATH=$PWD python /tmp/kg/h295/rule.py FOLDS.pkl ROUND39_LINK_RERANK_MD`, rebuilt from round 39's "
    "/tmp/kg/h255/rule.py; it must reproduce this run's own pooled row from its dump before its verdict is read). (2) "
    "The lead's condition, now on fresh39's half A (the newest set): the retrain does not lower the right answers there "
    "by more than 1, measured out of sample as in rounds 40-42: the same training procedure (link_rerank_cv's `run`) "
    "for ONE fold holding out fresh39's half A only (page_half; its half B a training set), against this run's fold "
    "holding all of fresh39 out (from the --dump; trained on fresh-fresh38), the defaults' column on the same half-A "
    "names, scored by `score`: (2) holds if the first's right answers are at least the second's minus 1 "
    "(`PYTHONPATH=$PWD python /tmp/kg/h295/halfa.py FOLDS.pkl`, /tmp only). The half-A right answers of the test run's "
    "engine are reported beside them, not in the rule. If (1) or (2) fails, round 39's models and thresholds "
    "(link_reranker.yaml as at 514e5d0) stay and benchmarks/results/link_rerank.md is round 39's again (this round's "
    "run kept in its commit). The mined vocabulary is taken either way.",
    "",
    "One change to the retrain, committed with its reason before it runs (link_rerank_cv's docstring, 'Round 43'): "
    "the link-or-none decision chooses its thresholds on a grid of steps of 0.005 (0.05-0.80; rounds 16-42: 0.025), "
    "by the same rule on the same in-sample P, in every fold and in `--write` (`best_thresholds`: the same choice as "
    "the old loop on the old grid, checked on three folds and four variants, /tmp/kg/h295/equiv.py). Why, from the dumps: "
    "round 41 lost 43 right answers over the 35 shared folds, all right none answers, most of them (30) from the "
    "thresholds' choice (ROUND42_NOTES); its unlinked-name threshold was 0.1 in 14 of the 35 folds (round 39: 3), and "
    "on the held names of round 39's, 41's and 42's dumps a lower unlinked threshold at a fixed linked one never gave "
    "more right answers (0.075-0.25; `PYTHONPATH=$PWD python /tmp/kg/h295/land.py`: round 41's P at 0.15 / 0.1, 0.15 / 0.15 "
    "5151 / 5199 right, none answers right 2490/3275 / 2544/3349). With steps of 0.025 the choice jumps to 0.15 / 0.1 "
    "(or, with the unlinked threshold kept at or above the linked one, to 0.125 / 0.175: worse) whenever 0.15 / 0.15 "
    "is just below today's none precision in sample; a finer grid takes the pair at that bound. An approximate "
    "leave-one-set-out study before the run (each name's features read the practitioners' names of all sets but its "
    "own, computed once; re-ranker and decision per fold as `run`; `PYTHONPATH=$PWD python /tmp/kg/h295/study2.py` "
    "then `/tmp/kg/h295/grid.py`, 13:52-14:00 UTC): steps of 0.025 5197 right over the 35 shared folds (top-1 "
    "2662/4100, none precision 0.7599 (2535/3336)), steps of 0.005 5211 (2657/4100, 0.7599 (2554/3361)): 19 more right "
    "none answers, 5 fewer right ids; all 39 folds 5754 against 5770; thresholds 0.145-0.155 / 0.15-0.18, none at 0.1. "
    "The study's features are not the run's (a training name's there also leave the held set out), so only the run "
    "and the rule above judge it.",
    "",
    "The mining (`python benchmarks/link_mine_vocabulary.py --write --out benchmarks/results/link_vocabulary.md`, "
    "13:41-14:18 UTC, started after the bookkeeping's commit 24de17e, alongside the approximate study, the half-A fold "
    "of (2) and the retrain; the vocabulary file, written at the mining's start, unchanged since, sha1 checked after the "
    "run): link_vocabulary.yaml 9,026 names, were 8,804; leave one set out over fresh-fresh39 (8,635 names, 4,576 with "
    "an indicator): the practitioners' names **5356 right, top-1 0.621 (2842/4576), none precision 0.755 (2514/3329)** "
    "against the hand-set linker's 5257 (0.609 (2789/4576), 0.749 (2468/3297)), 31 held sets better, 2 worse; fresh39 "
    "held out 127 against 127 (top-1 0.597 against 0.597, none precision 0.586 against 0.594). The rule over all fresh "
    "sets chooses 0.7 / 0.8 / 0.3 (alias, none similarity, none confidence), the linker's defaults (rounds 39-42: "
    "0.7 / 0.8 / 0.5); the defaults are unchanged.",
    "",
    "The retrain, NOT SHIPPED: (1) fails, by 5 right answers. `python benchmarks/link_rerank_cv.py --write --out "
    "benchmarks/results/link_rerank.md --dump /tmp/kg/h295/folds.pkl` (14:03-14:46 UTC, with eec98ea's change, after "
    "the half-A fold of (2), 14:00-14:03; its --write step wrote thresholds 0.15 / 0.16) pooled over all its folds "
    "fresh, fresh2-fresh39 (8,635 names) the defaults' column **5764 right, top-1 0.648 (2963/4576), none precision "
    "0.755 (2801/3710)**; fresh36 held out 152 · 0.660 · 0.826, fresh37 134 · 0.578 · 0.600, fresh38 123 · 0.664 · "
    "0.781, fresh39 147 · 0.667 · 0.630; fold thresholds 0.145-0.15 / 0.155-0.18 (none at 0.1). The rule's check "
    "(`PYTHONPATH=$PWD python /tmp/kg/h295/rule.py /tmp/kg/h295/folds.pkl <round 39's link_rerank.md, as at "
    "514e5d0>`; it reproduces the run's pooled row 5764 / 2963/4576 / 2801/3710 from the dump): over the 35 shared "
    "folds (fresh, fresh2-fresh35, 7,788 names) 5208 right, top-1 0.648 (2658/4100), none precision 0.7598 "
    "(2550/3356) against round 39's 5213, 0.647 (2654/4100), 0.7609 (2559/3363); 11 held sets better, 13 worse: not "
    "more right answers: NOT SHIPPED. (2) would hold: the fold holding fresh39's half A only out (`PYTHONPATH=$PWD "
    "python /tmp/kg/h295/halfa.py - /tmp/kg/h295/halfa.pkl`) 62 right on the 95 half-A names (top-1 0.678 (40/59), "
    "none precision 0.6111 (22/36)) against 62 (0.678 (40/59), 0.6111 (22/36)) for the run's fold holding all of "
    "fresh39 out (`halfa.py /tmp/kg/h295/folds.pkl --only-old`). Against rounds 41 and 42 (5170 and 5111 over the same "
    "folds, right none answers 2516 and 2442) the change kept right none answers (2550), still 9 fewer than round 39's, "
    "with 4 more right ids; its approximate study had said 5211 (the study is not the run). So round 39's models and "
    "thresholds stay (link_reranker.yaml as at 514e5d0) and benchmarks/results/link_rerank.md is round 39's again; the "
    "run's report and --write output are kept in its commit (05cda6f). The mined vocabulary (9,026 names) is taken. "
    "Retired later in the session (lead): the change (link_rerank_cv.py as at eec98ea's parent; its docstring's "
    "'Round 43 (retired)' says so); commit 05cda6f holds the run's code and report.",
    "",
    "fresh39's half A read with the engine of its test run (main's commit 5678992, round 39's models, the vocabulary "
    "of 8,804 names; 152b674, which records the test run, differs in kpiguide only in suggest/relevance.py; "
    "`IndicatorLinker().fit(load_catalog()).link(name)`, no context; a detached worktree in /tmp/kg/h295/, after the "
    "retrain had ended; /tmp/kg/h295/misses.py): benchmarks/results/link_round43.md. 95 names from 20 sources (59 "
    "with an indicator; 65 Chinese, 30 English), 62 right, 33 misses (24 Chinese): (a) 14, (b) 5, (c) 14, (d) 0; "
    "half A top-1 zh 22/36 = 0.611 (none precision 19/31 = 0.613), en 18/23 = 0.783 (3/5 = 0.600), all 40/59 = 0.678 "
    "(22/36 = 0.611); the test run's engine has 62 right on these names, as both folds of (2). Pooled with rounds "
    "25-42 (2,282 names): (a) 278, (b) 201, (c) 369, (d) 16; (c) still the largest class pooled. With the mined "
    "vocabulary of 9,026 names and round 39's models `pytest -q tests/benchmarks/test_link_quality.py "
    "tests/suggest/test_linking*.py tests/cli` 304 passed (no re-pin).",
    "",
    "Test run of round 43, once, in the same session after its merge (0c0dc2f: round 39's models with round 43's "
    "mined vocabulary of 9,026 names; `python benchmarks/link_quality.py --out benchmarks/results/linking.md`): "
    "fresh40 (211 names, 145 zh / 66 en, 131 with an indicator, 80 none) gives top-1 0.66 / none precision 0.65 / "
    "none recall 0.65, 139 of 211 right (zh 0.59 / 0.65, 93 right; en 0.80 / 0.64, 46 right). In the same run: BM25 "
    "0.37 / 0.49, 118 right; round 15's linker 0.66 / 0.64, 129 right; the first matcher (match_kpi) 0.30 / 0.45, "
    "114 right. The session's first commit (304277e: round 39's models, vocabulary of 8,804 names) on the same "
    "names, run afterwards for comparison only (`--test benchmarks/data/link_names_fresh40.yaml --out F` in a "
    "detached worktree): identical (0.66 / 0.65, 139 right): the 222 mined names changed no answer here, as round "
    "42's 200 on fresh39. Goals missed (top-1 0.85, none precision 0.90) in both languages; Chinese top-1 0.59 "
    "against 0.65 on fresh39.",
)

ROUND42_NOTES = (
    "### Round 42 (issue 12): fresh38 is development data; the models retrained with it (round 41's ship rule, its "
    "half-A condition on fresh38's half A)",
    "",
    "fresh38 (round 41's test set, run then: see the test run at the end of ROUND41_NOTES) is development data now: "
    "halved by source like fresh2-fresh37 (200 names from 56 sources, 110 with an indicator; half A 108 names from 27 "
    "sources, half B 92 from 29), its half B in the pooled check (fresh2-fresh5+fresh7-fresh38), its names mined as "
    "practitioners' names (`python benchmarks/link_mine_vocabulary.py --write --out "
    "benchmarks/results/link_vocabulary.md`), the re-ranker and the link-or-none decision retrained on every set "
    "(`python benchmarks/link_rerank_cv.py --write --out benchmarks/results/link_rerank.md --dump FOLDS.pkl`), shipped"
    " only by the ship rule below. The test part is benchmarks/data/link_names_fresh39.yaml (only named here, never "
    "run).",
    "",
    "What the engine did on its next unseen sets since round 39's retrain, the last shipped (the test runs at the ends "
    "of ROUND39_NOTES, ROUND40_NOTES and ROUND41_NOTES, each against the engine before on the same names): fresh36 150 "
    "against 149 (+1), fresh37 135 against 133 (+2), fresh38 125 against 125 (round 41's retrain was not shipped: only "
    "the mined vocabulary changed).",
    "",
    "The retrain's ship rule: round 41's (a8449f6), copied, written and committed before this round's retrain runs. "
    "The shipped models are still round 39's (514e5d0), so (1) is unchanged: summed over the folds that both this run "
    "(folds fresh, fresh2-fresh38) and round 39's own leave-one-set-out run (benchmarks/results/link_rerank.md as at "
    "514e5d0: folds fresh, fresh2-fresh35) hold out, i.e. fresh and fresh2-fresh35 (7,788 names), this run's "
    "out-of-sample fold models (the defaults' column '+ learned link-or-none, two thresholds (linked, unlinked), most "
    "right answers', read from the --dump, scored by link_mine_vocabulary's `score`, pooled as counts) give MORE right "
    "answers than round 39's there (5213; strictly more) AND a pooled none precision >= 2559/3363 - 0.005 = 0.7559 "
    "(`PYTHONPATH=$PWD python /tmp/kg/h282/rule.py FOLDS.pkl ROUND39_LINK_RERANK_MD`, round 41's /tmp/kg/h271/rule.py; "
    "it must reproduce this run's own pooled row from its dump before its verdict is read). (2) The lead's condition, "
    "now on fresh38's half A (the newest set): the retrain does not lower the right answers there by more than 1, "
    "measured out of sample as in rounds 40 and 41: the same training procedure (link_rerank_cv's `run`) for ONE fold "
    "holding out fresh38's half A only (page_half; its half B a training set), against this run's fold holding all of "
    "fresh38 out (from the --dump; trained on fresh-fresh37), the defaults' column on the same half-A names, scored by "
    "`score`: (2) holds if the first's right answers are at least the second's minus 1 (`PYTHONPATH=$PWD python "
    "/tmp/kg/h282/halfa.py FOLDS.pkl`, round 41's halfa.py for fresh38, /tmp only). The half-A right answers of the "
    "test run's engine are reported beside them, not in the rule. If (1) or (2) fails, round 39's models and "
    "thresholds (link_reranker.yaml as at 514e5d0) stay and benchmarks/results/link_rerank.md is round 39's again "
    "(this round's run kept in its commit). The mined vocabulary is taken either way.",
    "",
    "One change to the retrain, committed with its reason before it runs (link_rerank_cv's docstring, 'Round 42'): "
    "the defaults' link-or-none decision chooses its two thresholds on the training names' out-of-sample P (each "
    "training set held out in turn, the decision model trained on the others; `choose_decision(groups=...)`), in "
    "every fold and in `--write`, instead of on the in-sample P of the model trained on those names. Why: round 41's "
    "retrain lost 43 right answers over the 35 shared folds, all right none answers (2516 against 2559, top-1 the "
    "same). Read from the two --dumps (/tmp/kg/h255/folds.pkl, /tmp/kg/h271/folds.pkl; `PYTHONPATH=$PWD python "
    "/tmp/kg/h282/why.py`): 59 none-labelled names answered none by round 39's fold models were linked by round 41's "
    "(26 the re-ranker had left unlinked, linked by the decision; 33 linked and no longer unlinked by it), 16 the "
    "other way; round 41's fold P with round 39's thresholds of the same folds give 5200 right instead of 5170, so "
    "most of the loss is the thresholds' choice, whose unlinked-name threshold fell to 0.1 in 14 of the 35 folds "
    "(round 39: 3). Thresholds chosen on out-of-sample P are chosen for P on a set the model never saw, which is what"
    " a held set and a new set get. Nothing of the held sets is read to choose them; the rule above judges it.",
    "",
    "The mining (`python benchmarks/link_mine_vocabulary.py --write --out benchmarks/results/link_vocabulary.md`, "
    "10:55-11:29 UTC, after the change's commit caa7253, alongside the half-A fold of (2) and the retrain; the "
    "vocabulary file, written at the mining's start, unchanged since, sha1 checked after the run): "
    "link_vocabulary.yaml 8,804 names, were 8,604; leave one set out over fresh-fresh38 (8,413 names, 4,432 with an "
    "indicator): the practitioners' names **5227 right, top-1 0.622 (2758/4432), none precision 0.759 (2469/3254)** "
    "against the hand-set linker's 5130 (0.610 (2703/4432), 0.752 (2427/3228)), 31 held sets better, 2 worse; fresh38"
    " held out 116 against 112 (top-1 0.673 against 0.655, none precision 0.778 against 0.800). The rule over all "
    "fresh sets chooses 0.7 / 0.8 / 0.5 (alias, none similarity, none confidence), as in rounds 39-41, where the "
    "linker's defaults are 0.7 / 0.8 / 0.3; the defaults are left unchanged.",
    "",
    "The retrain, NOT SHIPPED: (1) fails. `python benchmarks/link_rerank_cv.py --write --out "
    "benchmarks/results/link_rerank.md --dump /tmp/kg/h282/folds.pkl` (10:57-11:58 UTC, with caa7253's change; its "
    "--write step wrote thresholds 0.125 / 0.175) pooled over all its folds fresh, fresh2-fresh38 (8,413 names) the "
    "defaults' column **5510 right, top-1 0.649 (2875/4432), none precision 0.760 (2635/3465)**; fresh36 held out "
    "144 · 0.638 · 0.816, fresh37 134 · 0.578 · 0.600, fresh38 121 · 0.655 · 0.766. The rule's check "
    "(`PYTHONPATH=$PWD python /tmp/kg/h282/rule.py /tmp/kg/h282/folds.pkl <round 39's link_rerank.md, as at "
    "514e5d0>`; it reproduces the run's pooled row 5510 / 2875/4432 / 2635/3465 from the dump): over the 35 shared "
    "folds (fresh, fresh2-fresh35, 7,788 names) 5111 right, top-1 0.651 (2669/4100), none precision 0.7636 "
    "(2442/3198) against round 39's 5213, 0.647 (2654/4100), 0.7609 (2559/3363); 3 held sets better, 30 worse: not "
    "more right answers: NOT SHIPPED. (2) would hold: the fold holding fresh38's half A only out "
    "(`PYTHONPATH=$PWD python /tmp/kg/h282/halfa.py - /tmp/kg/h282/halfa.pkl`, 10:55-10:57) 71 right on the 108 "
    "half-A names (top-1 0.667 (40/60), none precision 0.7561 (31/41)) against 69 (0.667 (40/60), 0.7436 (29/39)) "
    "for the run's fold holding all of fresh38 out (`halfa.py /tmp/kg/h282/folds.pkl --only-old`). The change did "
    "not keep right none answers: 117 fewer than round 39's over the shared folds (2442 against 2559; round 41 lost "
    "43 without it), 15 more right ids; so it is retired (link_rerank_cv.py as before it, its docstring says so), "
    "round 39's models and thresholds stay (link_reranker.yaml as at 514e5d0) and benchmarks/results/link_rerank.md "
    "is round 39's again; the run's report and --write output are kept in its commit. The mined vocabulary (8,804 "
    "names) is taken.",
    "",
    "fresh38's half A read with the engine of its test run (main's commit d2e9336, round 39's models, the vocabulary "
    "of 8,604 names; 9c9e3ad, which records the test run, has the same kpiguide; "
    "`IndicatorLinker().fit(load_catalog()).link(name)`, no context; a detached worktree in /tmp/kg/h282/, after the "
    "retrain had ended; /tmp/kg/h282/misses.py): benchmarks/results/link_round42.md. 108 names from 27 sources (60 "
    "with an indicator; 91 Chinese, 17 English), 72 right, 36 misses (29 Chinese): (a) 10, (b) 10, (c) 16, (d) 0; "
    "half A top-1 zh 35/52 = 0.673 (none precision 27/35 = 0.771), en 5/8 = 0.625 (5/7 = 0.714), all 40/60 = 0.667 "
    "(32/42 = 0.762). Pooled with rounds 25-41 (2,187 names): (a) 264, (b) 196, (c) 355, (d) 16; (c) the largest "
    "class pooled and on this half. With the mined vocabulary of 8,804 names and round 39's models `pytest -q "
    "tests/benchmarks/test_link_quality.py tests/suggest/test_linking*.py tests/cli` 302 passed (no re-pin).",
    "Test run of round 42, once, in the same session after its merge (5678992: round 39's "
    "models with round 42's mined vocabulary of 8,804 names; `python benchmarks/link_quality.py --out "
    "benchmarks/results/linking.md`): fresh39 (222 names, 154 zh / 68 en, 144 with an indicator, 78 none) gives top-1 "
    "0.67 / none precision 0.63 / none recall 0.65, 147 of 222 right (zh 0.65 / 0.68, 101 right; en 0.70 / 0.47, 46 "
    "right). In the same run: BM25 0.39 / 0.48, 120 right; round 15's linker 0.66 / 0.59, 136 right; the first matcher "
    "(match_kpi) 0.26 / 0.43, 112 right. The session's first commit (ad929e6: round 39's models, vocabulary of 8,604 "
    "names) on the same names, run afterwards for comparison only (`--test benchmarks/data/link_names_fresh39.yaml "
    "--out F` in a detached worktree): identical (0.67 / 0.63, 147 right; zh 101, en 46): the 200 mined names changed "
    "no answer here. Goals missed (top-1 0.85, none precision 0.90) in both languages; with more names that have an "
    "indicator (144 of 222) none precision falls again, as on fresh37: 27 of the 78 none-labelled names got a link, "
    "and 30 of the linker's 81 none answers are names whose indicator the catalog has.",
)

ROUND41_NOTES = (
    "### Round 41 (issue 12): fresh37 is development data; the models retrained with it (round 40's ship rule, its "
    "half-A condition on fresh37's half A)",
    "",
    "fresh37 (round 40's test set, run then: see the test run at the end of ROUND40_NOTES) is development data now: "
    "halved by source like fresh2-fresh36 (202 names from 48 sources, 128 with an indicator; half A 76 names from 20 "
    "sources, half B 126 from 28), its half B in the pooled check (fresh2-fresh5+fresh7-fresh37), its names mined as "
    "practitioners' names (`python benchmarks/link_mine_vocabulary.py --write --out "
    "benchmarks/results/link_vocabulary.md`), the re-ranker and the link-or-none decision retrained on every set "
    "(`python benchmarks/link_rerank_cv.py --write --out benchmarks/results/link_rerank.md --dump FOLDS.pkl`), shipped"
    " only by the ship rule below. The test part is benchmarks/data/link_names_fresh38.yaml (only named here, never "
    "run).",
    "",
    "What round 39's retrain, the last shipped (30 more right answers over its shared folds), did on its next unseen "
    "sets (the test runs at the ends of ROUND39_NOTES and ROUND40_NOTES, each against the engine before on the same "
    "names, the mined vocabularies changing too): fresh36 150 against 149 (+1), fresh37 135 against 133 (+2).",
    "",
    "The retrain's ship rule: round 40's (a4a5515, written before its retrain, which never finished: see 248d77a), "
    "copied, written and committed before this round's retrain runs. The shipped models are still round 39's "
    "(514e5d0), so (1) is unchanged: summed over the folds that both this run (folds fresh, fresh2-fresh37) and round "
    "39's own leave-one-set-out run (benchmarks/results/link_rerank.md as at 514e5d0: folds fresh, fresh2-fresh35) "
    "hold out, i.e. fresh and fresh2-fresh35 (7,788 names), this run's out-of-sample fold models (the defaults' column"
    " '+ learned link-or-none, two thresholds (linked, unlinked), most right answers', read from the --dump, scored by"
    " link_mine_vocabulary's `score`, pooled as counts) give MORE right answers than round 39's there (5213; strictly "
    "more) AND a pooled none precision >= 2559/3363 - 0.005 = 0.7559 (`PYTHONPATH=$PWD python /tmp/kg/h271/rule.py "
    "FOLDS.pkl ROUND39_LINK_RERANK_MD`, round 40's /tmp/kg/h265/rule.py; it must reproduce this run's own pooled row "
    "from its dump before its verdict is read). (2) The lead's condition, now on fresh37's half A (the newest set): "
    "the retrain does not lower the right answers there by more than 1, measured out of sample as in round 40: the "
    "same training procedure (link_rerank_cv's `run`, unchanged) for ONE fold holding out fresh37's half A only "
    "(page_half; its half B a training set), against this run's fold holding all of fresh37 out (from the --dump; "
    "trained on fresh-fresh36, i.e. the retrain without the newest set, no longer exactly the sets of the shipped "
    "models, which stop at fresh35), the defaults' column on the same half-A names, scored by `score`: (2) holds if "
    "the first's right answers are at least the second's minus 1 (`PYTHONPATH=$PWD python /tmp/kg/h271/halfa.py "
    "FOLDS.pkl`, round 40's halfa.py for fresh37, /tmp only). The half-A right answers of the test run's engine are "
    "reported beside them, not in the rule. If (1) or (2) fails, round 39's models and thresholds (link_reranker.yaml "
    "as at 514e5d0) stay and benchmarks/results/link_rerank.md is round 39's again (this round's run kept in its "
    "commit). The mined vocabulary is taken either way. No lever this round (time).",
    "",
    "The mining (`python benchmarks/link_mine_vocabulary.py --write --out benchmarks/results/link_vocabulary.md`, "
    "08:40-09:21 UTC, after the rule's commit a8449f6, alongside the half-A fold of (2) and the retrain, reniced to 5 "
    "at 09:01 so that the retrain had more of the machine; the vocabulary file, written at the mining's start, "
    "unchanged since, sha1 checked after the run): link_vocabulary.yaml 8,604 names, were 8,402; leave one set out "
    "over fresh-fresh37 (8,213 names, 4,322 with an indicator): the practitioners' names **5107 right, top-1 0.620 "
    "(2681/4322), none precision 0.758 (2426/3201)** against the hand-set linker's 5018 (0.609 (2631/4322), 0.751 "
    "(2387/3178)), 29 held sets better, 3 worse; fresh37 held out 127 against 127 (top-1 0.570 against 0.578, none "
    "precision 0.651 against 0.646). The rule over all fresh sets chooses 0.7 / 0.8 / 0.5 (alias, none similarity, "
    "none confidence), as in rounds 39 and 40, where the linker's defaults are 0.7 / 0.8 / 0.3; the defaults are left "
    "unchanged.",
    "",
    "The retrain, NOT SHIPPED: (1) fails. `python benchmarks/link_rerank_cv.py --write --out "
    "benchmarks/results/link_rerank.md --dump /tmp/kg/h271/folds.pkl` (08:43-09:31 UTC, started once the half-A fold "
    "below had ended and the vocabulary was written; its --write step wrote thresholds 0.15 / 0.15, unchanged) pooled "
    "over all its folds fresh, fresh2-fresh37 (8,213 names) the defaults' column **5455 right, top-1 0.645 "
    "(2787/4322), none precision 0.757 (2668/3526)**; fresh36 held out 150 · 0.628 · 0.812, fresh37 held out 135 · "
    "0.578 · 0.610 (the test run's engine: 135 right, 0.58 / 0.61). The rule's check (`PYTHONPATH=$PWD python "
    "/tmp/kg/h271/rule.py /tmp/kg/h271/folds.pkl <round 39's link_rerank.md, as at 514e5d0>`; it reproduces this run's"
    " pooled row 5455 / 2787/4322 / 2668/3526 from the dump): over the 35 folds both runs hold out (fresh, "
    "fresh2-fresh35, 7,788 names) this run's out-of-sample fold models give 5170 right, top-1 0.647 (2654/4100), none "
    "precision 0.7592 (2516/3314) against round 39's 5213, 0.647 (2654/4100), 0.7609 (2559/3363); 7 held sets better, "
    "19 worse (fresh13 -4, fresh18 -4, fresh19 -6, fresh20 -5, fresh24 -4, fresh29 -4, fresh31 -5, fresh33 -4): not "
    "more right answers (5170 against 5213), none precision above the floor 0.7559: NOT SHIPPED. (2) would hold: the "
    "fold holding fresh37's half A only out (`PYTHONPATH=$PWD python /tmp/kg/h271/halfa.py - /tmp/kg/h271/halfa.pkl`, "
    "08:40-08:43) gives 52 right on the 76 half-A names (top-1 0.648 (35/54), none precision 0.5484 (17/31)) against "
    "51 (0.630 (34/54), 0.5484 (17/31)) for this run's fold holding all of fresh37 out (`halfa.py "
    "/tmp/kg/h271/folds.pkl --only-old`); the test run's engine has 51 right on the same names "
    "(benchmarks/results/link_round41.md), for information only. So round 39's models and thresholds stay "
    "(link_reranker.yaml as at 514e5d0, the --write output discarded) and benchmarks/results/link_rerank.md is round "
    "39's again after this run's commit, which keeps its report. The same rule shipped round 39's retrain with 30 more"
    " right answers; adding fresh36 and fresh37 cost 43 over the shared folds, all of it in right none answers "
    "(2516 against 2559; top-1 on the names with an indicator is 2654/4100 in both). The mined vocabulary (8,604 "
    "names) is taken, as the rule says either way.",
    "",
    "fresh37's half A read with the engine of its test run (main's commit c1964df, round 39's models, the vocabulary "
    "of 8,402 names; 999488a, which records the test run, has the same kpiguide; "
    "`IndicatorLinker().fit(load_catalog()).link(name)`, no context; a detached worktree in /tmp, after the retrain "
    "had ended): benchmarks/results/link_round41.md. 76 names from 20 sources (54 with an indicator; 55 Chinese, 21 "
    "English), 51 right, 25 misses (17 Chinese): (a) 14, (b) 6, (c) 5, (d) 0; half A top-1 zh 23/36 = 0.639 (none "
    "precision 15/25 = 0.600), en 11/18 = 0.611 (2/6 = 0.333), all 34/54 = 0.630 (17/31 = 0.548). No data fields "
    "marked. Pooled with rounds 25-40 (2,079 names): (a) 254, (b) 186, (c) 339, (d) 16; (c) still the largest pooled "
    "class, (a) the largest of this half (14, 10 Chinese; 12 with no catalog indicator matched, 2 unlinked by the "
    "learned decision at P 0.08 and 0.11; 5 from one regional sales KPI list). No lever this round (time). With the "
    "mined vocabulary of 8,604 names and round 39's models `pytest -q tests/suggest/test_linking*.py` 127 passed (no "
    "re-pin).",
    "Test run of round 41, once, at the end of the same session (d2e9336: round 39's models with round 41's mined "
    "vocabulary of 8,604 names; `python benchmarks/link_quality.py --out benchmarks/results/linking.md`): fresh38 "
    "(200 names from 56 sources, 139 zh / 61 en, 110 with an indicator, 90 none) gives top-1 0.65 / none precision "
    "0.78 / none recall 0.59, 125 of 200 right (zh 0.65 / 0.80, 90 right; en 0.67 / 0.72, 35 right). In the same "
    "run: BM25 0.38 / 0.59, 120 right; round 15's linker 0.66 / 0.78, 115 right; the first matcher (match_kpi) 0.42 "
    "/ 0.58, 125 right. The session's first commit (c1964df: round 39's models, vocabulary of 8,402 names) on the "
    "same names, run afterwards for comparison only (`--test benchmarks/data/link_names_fresh38.yaml --out F` in a "
    "detached worktree): 0.66 / 0.78, 125 right (zh 0.66 / 0.80, 90; en 0.67 / 0.72, 35): the mined vocabulary "
    "traded one right id for one right none here. Goals missed (top-1 0.85, none precision 0.90) in both languages; "
    "the first matcher, which links far fewer names, has as many right answers as the linker on this set, and 37 "
    "of the 90 none-labelled names got a link (none recall 0.59).",
)

ROUND40_NOTES = (
    "### Round 40 (issue 12): fresh36 is development data; the models retrained with it (round 35's fair rule and "
    "the lead's condition on fresh36's half A)",
    "",
    "fresh36 (round 39's test set, run then: see the test run at the end of ROUND39_NOTES) is development data now: "
    "halved by source like fresh2-fresh35 (223 names from 47 sources, 94 with an indicator; half A 84 "
    "names from 21 sources, half B 139 from 26), its half B in the pooled check "
    "(fresh2-fresh5+fresh7-fresh36), its names mined as practitioners' names (`python "
    "benchmarks/link_mine_vocabulary.py --write --out benchmarks/results/link_vocabulary.md`; its figures follow with "
    "its commit), the re-ranker and the link-or-none decision retrained on every set (`python "
    "benchmarks/link_rerank_cv.py --write --out benchmarks/results/link_rerank.md --dump FOLDS.pkl`), shipped only by "
    "the ship rule below. The test part is benchmarks/data/link_names_fresh37.yaml (only named here, never run).",
    "",
    "What the last shipped retrains did on their next unseen sets (the test runs at the ends of ROUND37_NOTES, "
    "ROUND38_NOTES and ROUND39_NOTES, each against the code before the retrain on the same names): round 36's "
    "retrain (22 more right answers over its shared folds) gave fresh31 125 against 131 (-6); round 37's (29 more) "
    "gave fresh32 156 against 151 (+5) and fresh33 147 against 143 (+4); round 38's (48 more) gave fresh34 125 "
    "against 128 (-3) and fresh35 134 against 132 (+2); round 39's (30 more) gave fresh36 150 against 149 (+1; top-1 one id fewer). Each comparison "
    "changes the mined vocabulary too, not only the models; none of the changes on the next set is as large as the "
    "fold gains suggest.",
    "",
    "The retrain's ship rule (round 35's fair rule, copied, with one condition added by the lead; written and "
    "committed before the retrain runs). The shipped models are round 39's (shipped by this rule in round 39, commit "
    "514e5d0), so the comparison is against round 39's own leave-one-set-out run, each side judged out of sample: the "
    "retrained re-ranker and decision replace round 39's only if BOTH (1) and (2) hold. (1) Summed over the folds "
    "that BOTH this round's leave-one-set-out run (`python benchmarks/link_rerank_cv.py --write --out "
    "benchmarks/results/link_rerank.md --dump FOLDS.pkl`: folds fresh, fresh2-fresh36) and round 39's own "
    "(benchmarks/results/link_rerank.md as on main before this round, as at 514e5d0: folds fresh, fresh2-fresh35) "
    "hold out, i.e. fresh and fresh2-fresh35 (7,788 names), the out-of-sample fold models of this run (the defaults' "
    "column '+ learned link-or-none, two thresholds (linked, unlinked), most right answers', read from the --dump and "
    "scored by link_mine_vocabulary's `score`, pooled as counts) give MORE right answers than round 39's column "
    "there (5213; strictly more) AND a pooled none precision not lower than round 39's there (0.761, 2559/3363) by "
    "more than 0.005 (new >= 2559/3363 - 0.005, i.e. >= 0.7559), the floor computed as round 39 computed its own. "
    "(2) The lead's condition: the retrain does not lower the right answers on fresh36's half A (the newest set, the "
    "one most like the next test set) by more than 1. The retrained models are trained on all of fresh36, so they "
    "cannot be read on its half A out of sample; and this run's fold holding fresh36 out is trained on exactly the "
    "sets round 39's shipped models were trained on, so it stands for them. (2) is therefore measured out of sample "
    "as the retrain's one step, adding fresh36, seen from half A: the same training procedure (link_rerank_cv's "
    "`run`, unchanged) run for ONE fold that holds out fresh36's half A only (page_half; its half B a training set, "
    "the practitioners' names mined from all sets but half A), against this run's fold holding all of fresh36 out "
    "(from the --dump), both the defaults' column on the same half-A names, scored by `score`: (2) holds if the "
    "first's right answers are at least the second's minus 1 (`PYTHONPATH=$PWD python /tmp/kg/h265/halfa.py "
    "FOLDS.pkl`, /tmp only). The half-A right answers of the test run's engine (round 39's shipped models; "
    "benchmarks/results/link_round40.md) are reported beside them, not in the rule. If (1) or (2) fails, round 39's "
    "models and thresholds (link_reranker.yaml as at 514e5d0) stay, and benchmarks/results/link_rerank.md is round "
    "39's again (this round's run kept in its commit). The mined vocabulary is taken either way. Both sides' figures "
    "are reported as measured, per fold; fresh36's fold (held out by this run only) is reported but not in (1). The "
    "check of (1) is a script kept in /tmp only (/tmp/kg/h265/rule.py: round 39's /tmp/kg/h255/rule.py with round "
    "39's link_rerank.md in place of round 38's; it must reproduce this run's own pooled row from its dump before its "
    "verdict is read).",
    "",
    "fresh36's half A read with the engine of its test run (main's commit fdec4c6, round 39's models, the vocabulary "
    "of 8,179 names; 7a090bf, which records the test run, has the same kpiguide; "
    "`IndicatorLinker().fit(load_catalog()).link(name)`, no context; a detached worktree in /tmp): "
    "benchmarks/results/link_round40.md. 84 names from 21 sources (39 with an indicator; 59 Chinese, 25 English), 54 "
    "right, 30 misses (19 Chinese): (a) 11, (b) 6, (c) 13, (d) 0; half A top-1 zh 16/29 = 0.552 (none precision 24/34 "
    "= 0.706), en 6/10 = 0.600 (8/9 = 0.889), all 22/39 = 0.564 (32/43 = 0.744). No data fields marked. Pooled with "
    "rounds 25-39 (2,003 names): (a) 240, (b) 180, (c) 334, (d) 16; (c) still the largest pooled class and this half's"
    " (13, 7 of them English), (a) nearly as large here (11, 10 Chinese; 4 unlinked by the learned decision at P "
    "0.11-0.14); 3 of the 6 (b) misses are links by a short mined practitioners' name of another measure (内部满意度, Team "
    "satisfaction, Code Coverage, at 0.70-0.76).",
    "",
    "The mining (`python benchmarks/link_mine_vocabulary.py --write --out benchmarks/results/link_vocabulary.md`, "
    "06:59-07:26, after the rule's commit a4a5515, alongside the retrain; the vocabulary file, written at the mining's"
    " start, unchanged since, sha1 checked after the run): link_vocabulary.yaml 8,402 names, were 8,179; leave one set"
    " out over fresh-fresh36 (8,011 names, 4,194 with an indicator): the practitioners' names **4976 right, top-1 "
    "0.622 (2608/4194), none precision 0.761 (2368/3113)** against the hand-set linker's 4891 (0.610 (2557/4194), "
    "0.754 (2334/3096)), 29 held sets better, 5 worse; fresh36 held out 131 against 128 (0.606 against 0.596, 0.841 "
    "against 0.828). The rule over all fresh sets chooses 0.7 / 0.8 / 0.5 (alias, none similarity, none confidence), "
    "as in round 39, where the linker's defaults are 0.7 / 0.8 / 0.3; the defaults are left unchanged (a change of "
    "none_confidence would be a lever of its own).",
    "",
    "The retrain was NOT finished and is NOT shipped: `python benchmarks/link_rerank_cv.py --write --out "
    "benchmarks/results/link_rerank.md --dump /tmp/kg/h265/folds.pkl` started 06:59 alongside the mining and had not "
    "ended by 07:40 UTC (40 minutes, 25 minutes of CPU, on a machine shared with other sessions), the session's hard "
    "limit; it was stopped there, before its folds were dumped or its report written. Its --write step had already "
    "written new models (thresholds 0.15 / 0.15, unchanged); they were discarded: link_reranker.yaml stays round 39's "
    "(as at 514e5d0) and benchmarks/results/link_rerank.md stays round 39's. The ship rule was therefore not read: (1)"
    " has no figures; for (2), the one fold holding out fresh36's half A only (`PYTHONPATH=$PWD python "
    "/tmp/kg/h265/halfa.py - /tmp/kg/h265/halfa.pkl`, 07:01-07:04) gave 53 right on the 84 half-A names (top-1 0.564 "
    "(22/39), none precision 0.7381 (31/42)), but its comparison, this run's fold holding all of fresh36 out, was "
    "never produced (the test run's engine has 54 right on the same names, reported for information only, not in the "
    "rule). The mined vocabulary (8,402 names) is taken, as the rule says either way; with it and round 39's models "
    "`pytest -q tests/suggest/test_linking*.py` 127 passed (no re-pin). No lever this round (time). A later round "
    "re-runs the retrain with this rule as written (a4a5515).",
    "Test run of round 40, once, at the next session's first commit (c1964df: round 39's models with round 40's "
    "mined vocabulary of 8,402 names; `python benchmarks/link_quality.py --out benchmarks/results/linking.md`): "
    "fresh37 (202 names from 48 sources, 152 zh / 50 en, 128 with an indicator, 74 none) gives top-1 0.58 / none "
    "precision 0.61 / none recall 0.82, 135 of 202 right (zh 0.57 / 0.67, 105 right; en 0.59 / 0.37, 30 right). In "
    "the same run: BM25 0.23 / 0.36, 82 right; round 15's linker 0.60 / 0.65, 131 right; the first matcher "
    "(match_kpi) 0.31 / 0.46, 109 right. The previous session's first commit (de2b575: round 38's models, vocabulary "
    "of 7,773 names) on the same names, run afterwards for comparison only (`--test "
    "benchmarks/data/link_names_fresh37.yaml --out F` in a detached worktree): 0.58 / 0.60, 133 right (zh 0.57 / "
    "0.66, 104; en 0.59 / 0.33, 29): round 39's retrain and the two mined vocabularies gave 2 more right answers here. "
    "Goals missed (top-1 0.85, none precision 0.90) in both languages, top-1 the lowest of the last three unseen sets "
    "(fresh35 0.75, fresh36 0.63, fresh37 0.58); with more names that have an indicator (128 of 202 against 94-108 of about 200 before), none "
    "precision fell to 0.61: the linker answers none for about three in ten of the names whose indicator the catalog has "
    "(from the counts: 61 right none of 100 none answers, so 39 of the 128).",
)

ROUND39_NOTES = (
    "### Round 39 (issue 12): fresh34 and fresh35 are development data; the models retrained with them, shipped "
    "(round 35's fair rule); the kindless-name lever failed its rule",
    "",
    "fresh34 (round 38's test set, run then: see the test run in ROUND38_NOTES) and fresh35 (labelled for round 39, "
    "run once at round 39's session start with round 38's engine: see ROUND38_NOTES) are development data now: each "
    "halved by source like fresh2-fresh33 (fresh34: 203 names from 38 sources, 94 with an indicator; half A 105 "
    "names from 22 sources, half B 98 from 16; fresh35: 203 names from 45 sources, 108 with an indicator; half A 117 "
    "names from 22 sources, half B 86 from 23), their halves B in the pooled check (fresh2-fresh5+fresh7-fresh35), "
    "their names mined as practitioners' names (`python benchmarks/link_mine_vocabulary.py --write --out "
    "benchmarks/results/link_vocabulary.md`; its figures follow with its commit), the re-ranker and the link-or-none "
    "decision retrained on every set (`python benchmarks/link_rerank_cv.py --write --out "
    "benchmarks/results/link_rerank.md --dump FOLDS.pkl`), shipped only by the ship rule below. The test part is "
    "benchmarks/data/link_names_fresh36.yaml (only named here, never run).",
    "",
    "What the last shipped retrains did on their next unseen sets (the test runs at the ends of ROUND37_NOTES and "
    "ROUND38_NOTES, each against the code before the retrain on the same names): round 37's retrain (29 more right "
    "answers over its shared folds) gave fresh32 156 right against 151 (+5) and fresh33 147 against 143 (+4); round "
    "38's (48 more over its shared folds) gave fresh34 125 against 128 (-3) and fresh35 134 against 132 (+2); round "
    "36's had given fresh31 125 against 131 (-6). Each comparison changes the mined vocabulary too, not only the "
    "models: gains and losses of 2-6 right answers on about 200-220 names each, none as large as the fold gains "
    "suggest.",
    "",
    "The retrain's ship rule (round 35's fair rule, copied; written and committed before the retrain runs). The shipped "
    "models are round 38's (shipped by this rule in round 38, commit 92fb36f), so the comparison is against round "
    "38's own leave-one-set-out run, each side judged out of sample: the retrained re-ranker and decision replace "
    "round 38's only if, summed over the folds that BOTH this round's leave-one-set-out run (`python "
    "benchmarks/link_rerank_cv.py --write --out benchmarks/results/link_rerank.md --dump FOLDS.pkl`: folds fresh, "
    "fresh2-fresh35) and round 38's own (benchmarks/results/link_rerank.md as on main before this round, as at "
    "92fb36f and 877624d: folds fresh, fresh2-fresh33) hold out, i.e. fresh and fresh2-fresh33 (7,382 names), the "
    "out-of-sample fold models of this run (the defaults' column '+ learned link-or-none, two thresholds (linked, "
    "unlinked), most right answers', read from the --dump and scored by link_mine_vocabulary's `score`, pooled as "
    "counts) give MORE right answers than round 38's column there (4924; strictly more) AND a pooled none precision "
    "not lower than round 38's there (0.758, 2410/3181) by more than 0.005 (new >= 2410/3181 - 0.005, i.e. >= "
    "0.7526). Otherwise round 38's models and thresholds (link_reranker.yaml as at 92fb36f) stay, and "
    "benchmarks/results/link_rerank.md is round 38's again (this round's run kept in its commit). The mined "
    "vocabulary is taken either way. Both sides' figures are reported as measured, per fold; fresh34's and fresh35's "
    "folds (held out by this run only) are reported but not in the rule. The check is a script kept in /tmp only "
    "(/tmp/kg/h255/rule.py: round 38's /tmp/kg/h244/rule.py with round 38's link_rerank.md in place of round 37's; "
    "the dump's defaults' answers per fold scored by `score`, against the cells and the pooled row of round 38's "
    "link_rerank.md, whose folds are exactly the shared ones; it must reproduce this run's own pooled row from its "
    "dump before its verdict is read).",
    "",
    "Round 39's lever, aimed at (c) (a link given to a name labelled none: the largest pooled class; none precision "
    "0.79 on fresh34 and 0.78 on fresh35 against the goal 0.90), defined and committed with the lever OFF before its "
    "one judged run: `IndicatorLinker(kindless_threshold=T)` (default None, off): with the learned link-or-none "
    "decision, a name that states no kind of quantity (`quantity_kind(clean_name(name))` empty: 风险管理, 用户体验, "
    "成本优化, 仓储成本管理, 性能指标, Risk management) is linked only when the decision's P(right) reaches T as well as "
    "the decision's own threshold (max(threshold_linked, T) for a name the re-ranker links, max(threshold_unlinked, T) "
    "for one it leaves unlinked); a name that states a kind, an exact catalog name and a bare measure word are "
    "unchanged; no word list, no labelled name read by the lever (`IndicatorLinker.name_thresholds`). Not a lever "
    "tried before: round 32's zh_thresholds split the two thresholds by language, round 31's decided_floor bounded "
    "decided links by the linker's confidence, round 29's head_none compared the name's last word with the "
    "indicator's names on similarity links only, round 21's keyword_kind_check refused keywords whose indicator "
    "measures another kind; the decision reads 'a kind of quantity said' as one linear feature among 20, and none "
    "gave names that say no kind their own threshold. Its rule (round 35's fair-rule shape, on the same folds as "
    "the retrain's ship rule): the lever is applied, post hoc and exactly as the linker applies it, to what the "
    "out-of-sample fold decisions of the leave-one-set-out run of the SHIPPED training procedure read of each held "
    "name (its --dump's `_held_decision`: P(right), candidate, the re-ranker's answer, whether the decision may "
    "change it, the fold's two thresholds): this round's run (/tmp/kg/h255/folds.pkl) if the retrain ships by the "
    "rule above, else round 38's (/tmp/kg/h244/folds.pkl, the run of the shipped models of 92fb36f); with the lever "
    "off these reproduce that run's defaults' column on every fold (checked first: `python "
    "benchmarks/link_kindless.py --folds FOLDS.pkl --check`, done on round 38's dump before this rule's commit; it "
    "reads no lever figure). (1) T is chosen on the halves A only (page_half) of the halved sets among the shared "
    "folds (fresh2-fresh33), pooled: of 0.2, 0.25, ..., 0.6, the values whose right answers there are not fewer "
    "than the lever off's, the one with the highest none precision there (ties: the smaller T); none such: the "
    "lever stays off. (2) Judged once over the shared folds (fresh and fresh2-fresh33, 7,382 names), pooled as "
    "counts: primary, none precision HIGHER with it on than off; tolerance, right answers NOT FEWER. Both: it PASSES "
    "and is on by default at T (unit tests it moves re-pinned with a comment); otherwise it stays off (its code and "
    "its script kept for the record). The one judged run: `python benchmarks/link_kindless.py --folds FOLDS.pkl "
    "--out benchmarks/results/link_kindless.md`, after the retrain's verdict.",
    "",
    "fresh34's and fresh35's halves A read with the engine of fresh35's test run (main's commit de2b575, round 38's "
    "models, the vocabulary of 7,773 names; its kpiguide differs from c08ed55's, fresh34's test run, only in the "
    "suggester's engine.py and relevance.py; `IndicatorLinker().fit(load_catalog()).link(name)`, no context; a "
    "detached worktree in /tmp): benchmarks/results/link_round39.md. fresh34: 105 names from 22 sources (60 with an "
    "indicator; 77 Chinese, 28 English), 42 misses (33 Chinese): (a) 12, (b) 11, (c) 19, (d) 0; half A top-1 zh "
    "24/42 = 0.571 (none precision 20/31 = 0.645), en 13/18 = 0.722 (6/7 = 0.857), all 37/60 = 0.617 (26/38 = "
    "0.684). fresh35: 117 names from 22 sources (62 with an indicator; 86 Chinese, 31 English), 45 misses (33 "
    "Chinese): (a) 9, (b) 7, (c) 29, (d) 0; top-1 zh 32/40 = 0.800 (21/27 = 0.778), en 14/22 = 0.636 (5/8 = 0.625), "
    "all 46/62 = 0.742 (26/35 = 0.743). No data fields marked. Pooled with rounds 25-38 (1,919 names): (a) 229, (b) "
    "174, (c) 321, (d) 16; (c) the largest pooled class and both halves' largest (48 of 87; 31 linked by similarity, "
    "9 by a keyword at 0.75-0.90, 6 by the re-ranker, 2 by the learned decision); 20 of the 48 state no kind of "
    "quantity (the lever's names), against 11 of the 39 (a) and (b) misses.",
    "",
    "The mining (`python benchmarks/link_mine_vocabulary.py --write --out benchmarks/results/link_vocabulary.md`, "
    "05:53-06:17, after the rule's commit 2f020df, alongside the retrain): link_vocabulary.yaml 8,179 names, were "
    "7,773; leave one set out over fresh-fresh35 (7,788 names, 4,100 with an indicator): the practitioners' names "
    "**4845 right, top-1 0.622 (2551/4100), none precision 0.758 (2294/3026)** against the hand-set linker's 4763 "
    "(0.610 (2501/4100), 0.752 (2262/3009)), 28 held sets better, 5 worse; fresh34 held out 113 against 110 (0.606 "
    "against 0.574, 0.778 against 0.778), fresh35 125 against 124 (0.731 against 0.722, 0.780 against 0.793). The "
    "rule over all fresh sets now chooses 0.7 / 0.8 / 0.5 (alias, none similarity, none confidence), where the "
    "linker's defaults are 0.7 / 0.8 / 0.3 (round 38's mining chose the defaults); the defaults are left unchanged "
    "this round (a change of none_confidence would be a lever of its own, judged by its own rule). Two unit tests "
    "moved with the mined vocabulary (fresh34's 内部客户满意度评价, labelled administration's, now takes 内部客户满意度 "
    "whatever the function) and were re-pinned with a comment to 内部客户满意率 (tests/suggest/test_linking.py: the "
    "function picks its indicator; a role's department names its function).",
    "",
    "The retrain (`python benchmarks/link_rerank_cv.py --write --out benchmarks/results/link_rerank.md --dump "
    "FOLDS.pkl`, 05:53-06:31, after the rule's commit 2f020df, alongside the mining; link_reranker.yaml: thresholds "
    "0.15 / 0.15, unchanged). Leave one set out over fresh and fresh2-fresh35 (7,788 names, 4,100 with an "
    "indicator): the defaults 5213 right, top-1 0.647 (2654/4100), none precision 0.761 (2559/3363) (the re-ranker "
    "alone 4935 · 0.645 · 0.758; round 14's linker 4845 · 0.623 · 0.758); fresh34 held out 126 · 0.617 · 0.800 (its "
    "test run's engine: 125 right, top-1 0.62, none precision 0.79), fresh35 held out 133 · 0.750 · 0.765 (its test "
    "run's engine: 134 right, 0.75, 0.78). The ship rule's check (`PYTHONPATH=$PWD python /tmp/kg/h255/rule.py "
    "FOLDS.pkl <round 38's link_rerank.md, as at 92fb36f and 877624d>`; it reproduces this run's own pooled row, "
    "5213 · 2654/4100 · 2559/3363, from the dump), over the 33 folds both runs hold out (fresh, fresh2-fresh33, 7,382 "
    "names): this run's out-of-sample fold models **4954 right, top-1 0.645 (2515/3898), none precision 0.7598 "
    "(2439/3210)** against round 38's CV **4924, 0.645 (2514/3898), 0.7576 (2410/3181)**; 18 held sets better, 7 "
    "worse. Per fold, right answers (round 38 → this run): fresh 206 → 205, fresh2 258 → 258, fresh3 182 → 182, "
    "fresh4 155 → 154, fresh5 102 → 103, fresh6 147 → 145, fresh7 168 → 168, fresh8 143 → 144, fresh9 139 → 141, "
    "fresh10 150 → 151, fresh11 148 → 151, fresh12 182 → 181, fresh13 146 → 150, fresh14 152 → 150, fresh15 161 → "
    "164, fresh16 150 → 150, fresh17 129 → 130, fresh18 138 → 142, fresh19 138 → 142, fresh20 136 → 136, fresh21 126 "
    "→ 126, fresh22 132 → 133, fresh23 136 → 136, fresh24 136 → 134, fresh25 131 → 133, fresh26 133 → 133, fresh27 "
    "141 → 139, fresh28 137 → 138, fresh29 120 → 122, fresh30 168 → 173, fresh31 131 → 134, fresh32 155 → 156, "
    "fresh33 148 → 150 (each fold's top-1 and none precision in link_rerank.md of both commits). More right answers "
    "(4954 > 4924) and a none precision above the floor (0.7598 >= 0.7526): the rule PASSES and the retrain is "
    "SHIPPED: link_reranker.yaml and benchmarks/results/link_rerank.md are this run's (commit 514e5d0); the mined "
    "vocabulary (8,179 names) is taken too. The gain is 30 right answers of 7,382 (0.4 points): right ids 1 more, "
    "right 'none' answers 29 more (29 more names left unlinked, none precision 0.0022 higher). Read with care, as in "
    "rounds 37 and 38: the rule judges the training procedure out of sample on the development sets, not on the next "
    "set; the last shipped retrains moved their next test sets by -6, +5, +4, -3 and +2 right answers. No unit test "
    "moved with the shipped models (thresholds unchanged; tests/suggest/test_linking*.py pass on them but for the two "
    "vocabulary re-pins above).",
    "",
    "Round 39's lever, judged once by its rule on the shipped retrain's folds (`python benchmarks/link_kindless.py "
    "--folds /tmp/kg/h255/folds.pkl --out benchmarks/results/link_kindless.md`, 06:35; the lever off reproduces the "
    "run's defaults on all 33 shared folds): 2,041 of the 7,382 names of the shared folds state no kind of quantity. "
    "(1) On the pooled halves A of fresh2-fresh33 every T from 0.2 to 0.6 kept the right answers (off 2423; 2446-2455) "
    "and every one LOWERED none precision (off 0.7573; 0.7494 at 0.2 down to 0.7122 at 0.6): T = 0.2, the highest. "
    "(2) Over the shared folds: right answers 4954 → **4984** (tolerance held: 19 held sets better, 6 worse), top-1 "
    "0.645 → 0.635 (2515 → 2476 right ids), none precision **0.7598 (2439/3210) → 0.7500 (2508/3344)**: the primary "
    "(none precision higher) is NOT met and the rule FAILS; kindless_threshold stays None (off) by default, its code, "
    "unit test and script kept for the record. What it says: of the 134 more names left unlinked only 69 are "
    "labelled none (69 more right 'none' answers, 39 fewer right ids): it trades right ids for right 'none' answers "
    "at a precision (about 0.51) below the linker's 0.76, so right answers rise while none precision, the measure "
    "class (c) lowers, falls. Retired later in the session (lead): kpiguide/suggest/linking.py is as before the lever "
    "(337806d's parent), benchmarks/link_kindless.py and tests/suggest/test_linking_kindless.py removed; commit "
    "2d08f1e reproduces the judged run.",
    "",
    "Unit tests on the final state: `pytest -q tests/benchmarks/test_link_quality.py tests/suggest/test_linking*.py "
    "tests/cli` 300 passed; tests/test_architecture.py passed (the test file link_names_fresh36.yaml is absent here and read by none of them).",
    "Test run of round 39, once, at the end of the same session (fdec4c6: round 39's retrained models and "
    "vocabulary of 8,179 names, kindless_threshold retired; `python benchmarks/link_quality.py --out "
    "benchmarks/results/linking.md`): fresh36 (223 names from 47 sources, 152 zh / 71 en, 94 with an indicator, 129 "
    "none) gives top-1 0.63 / none precision 0.81 / none recall 0.71, 150 of 223 right (zh 0.59 / 0.75, 101 right; "
    "en 0.75 / 0.97, 49 right). In the same run: BM25 0.38 / 0.68, 140 right; round 15's linker 0.64 / 0.84, 134 "
    "right; the first matcher (match_kpi) 0.27 / 0.66, 147 right (none recall 0.95). The session's first commit "
    "(de2b575: round 38's models, vocabulary of 7,773 names) on the same names, run afterwards for comparison only "
    "(`--test benchmarks/data/link_names_fresh36.yaml --out F` in a detached worktree): 0.64 / 0.82, 149 right (zh "
    "0.60 / 0.77, 101; en 0.75 / 0.97, 48): round 39's retrain and vocabulary gave 1 more right answer here (top-1 "
    "one id fewer). Goals missed (top-1 0.85, none precision 0.90) in both languages; the first matcher, which "
    "answers none for 95 % of the none-labelled names, is 3 right answers behind the linker on this set.",
)

ROUND38_NOTES = (
    "### Round 38 (issue 12): fresh32 and fresh33 are development data; the models retrained with them, shipped "
    "(round 35's fair rule)",
    "",
    "fresh32 (round 37's test set, run then: see the test run in ROUND37_NOTES) and fresh33 (labelled for a later "
    "round, run once at round 38's start with round 37's engine: see ROUND37_NOTES) are development data now: each "
    "halved by source like fresh2-fresh31 (fresh32: 221 names from 34 sources, 101 with an indicator; half A 125 names from 20 sources, half B 96 from 14; fresh33: 214 names from 32 sources, 61 with an indicator; half A 95 names from 15 sources, half B 119 from 17), their halves B in the pooled check "
    "(fresh2-fresh5+fresh7-fresh33), their names mined as practitioners' names (`python "
    "benchmarks/link_mine_vocabulary.py --write --out benchmarks/results/link_vocabulary.md`; its figures follow with "
    "its commit), the re-ranker and the link-or-none decision retrained on every set (`python "
    "benchmarks/link_rerank_cv.py --write --out benchmarks/results/link_rerank.md --dump FOLDS.pkl`), shipped only by "
    "the ship rule below. The test part is benchmarks/data/link_names_fresh34.yaml (only named here, never run).",
    "",
    "What the last two shipped retrains did on their next unseen sets (the test runs in ROUND36_NOTES and "
    "ROUND37_NOTES): round 36's retrain (shipped by this rule with 22 more right answers over its shared folds) gave "
    "6 fewer right answers on fresh31 than the code before it (125 against 131 at 542f771); after round 37's (29 "
    "more over its shared folds), fresh32 had 156 right against 151 at f5c66b3 (5 more, all right 'none' answers) "
    "and fresh33 147 against 143 (4 more, all English). Each comparison changes the mined vocabulary too, not only "
    "the models: one loss, then two gains, of 4-6 right answers on about 210-220 names each.",
    "",
    "The retrain's ship rule (round 35's fair rule, copied; written and committed before the retrain runs). The shipped "
    "models are round 37's (shipped by this rule in round 37), so the comparison is against round 37's own "
    "leave-one-set-out run, each side judged out of sample: the retrained re-ranker and decision replace round 37's "
    "only if, summed over the folds that BOTH this round's leave-one-set-out run (`python "
    "benchmarks/link_rerank_cv.py --write --out benchmarks/results/link_rerank.md --dump FOLDS.pkl`: folds fresh, "
    "fresh2-fresh33) and round 37's own (benchmarks/results/link_rerank.md as on main before this round, as at "
    "817e276 and 7ef9d28: folds fresh, fresh2-fresh31) hold out, i.e. fresh and fresh2-fresh31 (6,947 names), the "
    "out-of-sample fold models of this run (the defaults' column '+ learned link-or-none, two thresholds (linked, "
    "unlinked), most right answers', read from the --dump and scored by link_mine_vocabulary's `score`, pooled as "
    "counts) give MORE right answers than round 37's column there (4573; strictly more) AND a pooled none precision "
    "not lower than round 37's there (0.748, 2175/2906) by more than 0.005 (new >= 2175/2906 - 0.005, i.e. >= "
    "0.7435). Otherwise round 37's models and thresholds (link_reranker.yaml as at 817e276) stay, and "
    "benchmarks/results/link_rerank.md is round 37's again (this round's run kept in its commit). The mined "
    "vocabulary is taken either way. Both sides' figures are reported as measured, per fold; fresh32's and fresh33's "
    "folds (held out by this run only) are reported but not in the rule. The check is a script kept in /tmp only "
    "(/tmp/kg/h244/rule.py: round 37's /tmp/kg/h234-rule.py with round 37's link_rerank.md in place of round 36's; "
    "the dump's defaults' answers per fold scored by `score`, against the cells and the pooled row of round 37's "
    "link_rerank.md, whose folds are exactly the shared ones; it must reproduce this run's own pooled row from its "
    "dump before its verdict is read).",
    "",
    "fresh32's and fresh33's halves A read with the engine of fresh33's test run (main's commit 7ef9d28, round 37's "
    "models, the vocabulary of 7,338 names; `IndicatorLinker().fit(load_catalog()).link(name)`, no context; a "
    "detached worktree in /tmp): benchmarks/results/link_round38.md. fresh32: 125 names from 20 sources (59 with an "
    "indicator; 96 Chinese, 29 English), 37 misses (26 Chinese): (a) 8, (b) 10, (c) 19, (d) 0; half A top-1 zh 28/38 "
    "= 0.737 (none precision 42/46 = 0.913), en 13/21 = 0.619 (5/9 = 0.556), all 41/59 = 0.695 (47/55 = 0.855). "
    "fresh33: 95 names from 15 sources (26 with an indicator; 76 Chinese, 19 English), 28 misses (22 Chinese): (a) "
    "6, (b) 5, (c) 17, (d) 0; top-1 zh 13/21 = 0.619 (41/46 = 0.891), en 2/5 = 0.400 (11/12 = 0.917), all 15/26 = "
    "0.577 (52/58 = 0.897). No data fields marked. Pooled with rounds 25-37 (1,697 names): (a) 208, (b) 156, (c) "
    "273, (d) 16; (c) the largest pooled class and both halves' largest (36 of 65; 32 linked by similarity at "
    "0.12-0.44, 4 by the re-ranker or the learned decision); 4 (b) misses are bare English words taken by another "
    "function's keyword at 0.75 (Exposure, Engagement, Occupancy, ADR).",
    "",
    "The mining (`python benchmarks/link_mine_vocabulary.py --write --out benchmarks/results/link_vocabulary.md`, "
    "03:09-03:37, alongside the retrain): link_vocabulary.yaml 7,773 names, were 7,338; leave one set out over "
    "fresh-fresh33 (7,382 names, 3,898 with an indicator): the practitioners' names **4609 right, top-1 0.619 "
    "(2411/3898), none precision 0.757 (2198/2904)** against the hand-set linker's 4529 (0.608, 0.750), 25 held sets "
    "better, 5 worse; fresh32 held out 140 against 136 (0.663 against 0.634, 0.859 against 0.857), fresh33 137 "
    "against 132 (0.623 against 0.574, 0.892 against 0.882); the rule over all fresh sets chooses 0.7 / 0.8 / 0.3, "
    "the defaults.",
    "",
    "The retrain (`python benchmarks/link_rerank_cv.py --write --out benchmarks/results/link_rerank.md --dump "
    "FOLDS.pkl`, 03:09-03:50, after the rule's commit f446139, alongside the mining; link_reranker.yaml: thresholds "
    "0.15 / 0.15, unchanged). Leave one set out over fresh and fresh2-fresh33 (7,382 names, 3,898 with an "
    "indicator): the defaults 4924 right, top-1 0.645 (2514/3898), none precision 0.758 (2410/3181) (the re-ranker "
    "alone 4694 · 0.642 · 0.758; round 14's linker 4608 · 0.620 · 0.758); fresh32 held out 155 · 0.673 · 0.821 (its "
    "test run's engine: 156 right, top-1 0.67, none precision 0.82), fresh33 held out 148 · 0.656 · 0.885 (its test "
    "run's engine: 147 right, 0.66, 0.88). The ship rule's check (`PYTHONPATH=$PWD python /tmp/kg/h244/rule.py "
    "FOLDS.pkl <round 37's link_rerank.md, as at 817e276 and 7ef9d28>`; it reproduces this run's own pooled row, "
    "4924 · 2514/3898 · 2410/3181, from the dump), over the 31 folds both runs hold out (fresh, fresh2-fresh31, 6,947 "
    "names): this run's out-of-sample fold models **4621 right, top-1 0.644 (2406/3736), none precision 0.7501 "
    "(2215/2953)** against round 37's CV **4573, 0.642 (2398/3736), 0.7485 (2175/2906)**; 20 held sets better, 6 "
    "worse. Per fold, right answers (round 37 → this run): fresh 207 → 206, fresh2 257 → 258, fresh3 183 → 182, "
    "fresh4 152 → 155, fresh5 96 → 102, fresh6 145 → 147, fresh7 165 → 168, fresh8 143 → 143, fresh9 137 → 139, "
    "fresh10 148 → 150, fresh11 148 → 148, fresh12 180 → 182, fresh13 149 → 146, fresh14 151 → 152, fresh15 159 → "
    "161, fresh16 148 → 150, fresh17 131 → 129, fresh18 135 → 138, fresh19 134 → 138, fresh20 131 → 136, fresh21 126 "
    "→ 126, fresh22 132 → 132, fresh23 133 → 136, fresh24 134 → 136, fresh25 132 → 131, fresh26 132 → 133, fresh27 "
    "137 → 141, fresh28 138 → 137, fresh29 117 → 120, fresh30 168 → 168, fresh31 125 → 131 (each fold's top-1 and "
    "none precision in link_rerank.md of both commits). More right answers (4621 > 4573) and a none precision above "
    "the floor (0.7501 >= 0.7435): the rule PASSES and the retrain is SHIPPED: link_reranker.yaml and "
    "benchmarks/results/link_rerank.md are this run's (commit 92fb36f); the mined vocabulary (7,773 names) is taken "
    "too. The gain is 48 right answers of 6,947 (0.7 points): right ids 8 more, right 'none' answers 40 more (47 more "
    "names left unlinked, none precision 0.0016 higher); 6 of them on fresh31 and 6 on fresh5. Read with care, as in "
    "round 37: the rule judges the training procedure out of sample on the development sets, not on the next set; "
    "the last two shipped retrains moved their next test sets by -6 (fresh31), +5 (fresh32) and +4 (fresh33) right "
    "answers.",
    "",
    "No lever this round (the brief allowed one only if the bookkeeping, the reading of the halves A, the mining and "
    "the retrain were done by 03:50 UTC; the retrain ended at 03:50, its check and commit after). No unit test moved "
    "with the shipped retrain (the thresholds are unchanged; `pytest -q tests/suggest/test_linking*.py` 127 passed "
    "on it, no re-pin). Unit tests on the final state: `pytest -q tests/benchmarks/test_link_quality.py "
    "tests/suggest/test_linking*.py tests/cli` 292 passed; tests/test_architecture.py and "
    "tests/benchmarks/test_link_names.py 341 passed (the test file link_names_fresh34.yaml is absent here and read by "
    "none of them). `python benchmarks/link_quality.py --dev-only` runs on the final state but for this sentence "
    "(exit 0, 2165 lines, ROUND38_NOTES among them, stderr empty).",
    "Test run of round 38, once, at the end of the same session (c08ed55: round 38's retrained models and the "
    "vocabulary of 7,773 names; `python benchmarks/link_quality.py --out benchmarks/results/linking.md`): fresh34 "
    "(203 names from 38 sources, 150 zh / 53 en, 94 with an indicator, 109 none; sources among the 14 general "
    "functions) gives top-1 0.62 / none precision 0.79 / none recall 0.61, 125 of 203 right (zh 0.62 / 0.77, 91 right; "
    "en 0.62 / 0.86, 34 right). In the same run: BM25 0.26 / 0.58, 108 right; round 15's linker 0.63 / 0.78, 115 "
    "right; the first matcher (match_kpi) 0.35 / 0.64, 131 right (none recall 0.90). The session's first commit "
    "(7ef9d28: round 37's models and vocabulary) on the same names, run afterwards for comparison only: 0.63 / 0.81, "
    "128 right (zh 0.63 / 0.79, 93; en 0.62 / 0.86, 35): round 38's retrain, shipped by the fair rule on 31 "
    "development folds (+48 right there), gave 3 fewer right answers here. Of the last three shipped retrains, two "
    "lost on their next unseen set (round 36: -6 on fresh31; round 38: -3 on fresh34) and one gained (round 37: +5 on "
    "fresh32, +4 on fresh33): the fold gains do not carry. Goals missed (top-1 0.85, none precision 0.90) in both "
    "languages.",
    "Test run of fresh35 (labelled last session for round 39), once, at the next session's first commit (de2b575: "
    "round 38's models, vocabulary of 7,773 names; `python benchmarks/link_quality.py --test "
    "benchmarks/data/link_names_fresh35.yaml --out F` in a detached worktree): fresh35 (203 names from 45 sources, "
    "142 zh / 61 en, 108 with an indicator, 95 none) gives top-1 0.75 / none precision 0.78 / none recall 0.56, 134 "
    "of 203 right (zh 0.76 / 0.81, 94 right; en 0.73 / 0.67, 40 right). In the same run: BM25 0.29 / 0.51, 102 right; "
    "round 15's linker 0.76 / 0.78, 128 right; the first matcher (match_kpi) 0.40 / 0.56, 120 right. The code before "
    "last session's rounds (7ef9d28: round 37's models and vocabulary) on the same names, run afterwards for "
    "comparison only: 0.74 / 0.76, 132 right (zh 0.75 / 0.79, 92; en 0.73 / 0.67, 40): round 38's retrain gave 2 more "
    "right answers here, after 3 fewer on fresh34. Goals missed (top-1 0.85, none precision 0.90) in both languages; "
    "42 of the 95 none-labelled names got a link (class c).",
)

ROUND37_NOTES = (
    "### Round 37 (issue 12): fresh31 is development data; the models retrained with it, shipped (round 35's fair rule)",
    "",
    "fresh31 (round 36's test set, run then: see the test run in ROUND36_NOTES) is development data now: halved by "
    "source like fresh2-fresh30 (211 names from 42 sources, 128 with an indicator; half A 71 names from 15 sources, "
    "half B 140 from 27), its half B in the pooled check (fresh2-fresh5+fresh7-fresh31), its names mined as "
    "practitioners' names (`python benchmarks/link_mine_vocabulary.py --write --out "
    "benchmarks/results/link_vocabulary.md`; its figures follow with its commit), the re-ranker and the link-or-none "
    "decision retrained on every set (`python benchmarks/link_rerank_cv.py --write --out "
    "benchmarks/results/link_rerank.md --dump FOLDS.pkl`), shipped only by the ship rule below. The test part is "
    "benchmarks/data/link_names_fresh32.yaml (only named here, never run).",
    "",
    "The retrain's ship rule (round 35's fair rule, copied; written and committed before the retrain runs). The shipped "
    "models are round 36's (shipped by this rule in round 36), so the comparison is against round 36's own "
    "leave-one-set-out run, each side judged out of sample: the retrained re-ranker and decision replace round 36's "
    "only if, summed over the folds that BOTH this round's leave-one-set-out run (`python "
    "benchmarks/link_rerank_cv.py --write --out benchmarks/results/link_rerank.md --dump FOLDS.pkl`: folds fresh, "
    "fresh2-fresh31) and round 36's own (benchmarks/results/link_rerank.md as on main before this round, as at "
    "c935a35 and 3158337: folds fresh, fresh2-fresh30) hold out, i.e. fresh and fresh2-fresh30 (6,736 names), the "
    "out-of-sample fold models of this run (the defaults' column '+ learned link-or-none, two thresholds (linked, "
    "unlinked), most right answers', read from the --dump and scored by link_mine_vocabulary's `score`, pooled as "
    "counts) give MORE right answers than round 36's column there (4419; strictly more) AND a pooled none precision "
    "not lower than round 36's there (0.752, 2100/2794) by more than 0.005 (new >= 2100/2794 - 0.005, i.e. >= "
    "0.7466). Otherwise round 36's models and thresholds (link_reranker.yaml as at c935a35) stay, and "
    "benchmarks/results/link_rerank.md is round 36's again (this round's run kept in its commit). The mined "
    "vocabulary is taken either way. Both sides' figures are reported as measured, per fold; fresh31's fold (held "
    "out by this run only) is reported but not in the rule. The check is a script kept in /tmp only "
    "(/tmp/kg/h234-rule.py: round 35's and round 36's scripts, /tmp/kg/h221-rule.py and /tmp/kg/h227-rule.py, are "
    "gone with /tmp, so it is written again to the reading above: the dump's defaults' answers per fold scored by "
    "`score`, against the cells and the pooled row of round 36's link_rerank.md, whose folds are exactly the shared "
    "ones; it must reproduce this run's own pooled row from its dump before its verdict is read).",
    "",
    "fresh31's half A read with the engine of the test run (main's commit f5c66b3, round 36's models, the vocabulary "
    "of 7,127 names; `IndicatorLinker().fit(load_catalog()).link(name)`, no context; a detached worktree in /tmp): "
    "benchmarks/results/link_round37.md: 71 names from 15 sources (43 with an indicator; 57 Chinese, 14 English), 25 "
    "misses (21 Chinese): (a) 4, (b) 6, (c) 15, (d) 0; no data fields; half A top-1 zh 25/34 = 0.735 (none "
    "precision 11/15 = 0.733), en 8/9 = 0.889 (2/2 = 1.000), all 33/43 = 0.767 (13/17 = 0.765); pooled with rounds "
    "25-36 (1,477 names): (a) 194, (b) 141, (c) 237, (d) 16; (c) the largest pooled class and this half's largest "
    "(15 of 25; 11 linked by similarity at 0.12-0.37, 2 by the re-ranker, 2 by a keyword); 8 of the 25 misses come "
    "from one construction project's table.",
    "",
    "The mining (`python benchmarks/link_mine_vocabulary.py --write --out benchmarks/results/link_vocabulary.md`, "
    "00:17-00:49, alongside the retrain): link_vocabulary.yaml 7,338 names, were 7,127; leave one set out over "
    "fresh-fresh31 (6,947 names, 3,736 with an indicator): the practitioners' names **4321 right, top-1 0.617 "
    "(2305/3736), none precision 0.748 (2016/2695)** against the hand-set linker's 4261 (0.608, 0.742), 24 held sets "
    "better, 4 worse; fresh31 held out 118 against 115 (0.602 against 0.578, 0.641 against 0.612); the rule over all "
    "fresh sets chooses 0.7 / 0.8 / 0.3, the defaults.",
    "",
    "The retrain (`python benchmarks/link_rerank_cv.py --write --out benchmarks/results/link_rerank.md --dump "
    "FOLDS.pkl`, 00:16-00:58, after the rule's commit 13b97b0, alongside the mining; link_reranker.yaml: thresholds "
    "0.15 / 0.15, were 0.125 / 0.175). Leave one set out over fresh and fresh2-fresh31 (6,947 names, 3,736 with an "
    "indicator): the defaults 4573 right, top-1 0.642 (2398/3736), none precision 0.748 (2175/2906) (the re-ranker "
    "alone 4395 · 0.637 · 0.748; round 14's linker 4321 · 0.617 · 0.748); fresh31 held out 125 · 0.633 · 0.677 (the "
    "test run's engine on the same names: 125 right, top-1 0.63, none precision 0.68). The ship rule's check "
    "(`PYTHONPATH=$PWD python /tmp/kg/h234-rule.py /tmp/kg/h234-folds.pkl <round 36's link_rerank.md, as at "
    "c935a35>`; it reproduces this run's own pooled row, 4573 · 2398/3736 · 2175/2906, from the dump), over the 30 "
    "folds both runs hold out (fresh, fresh2-fresh30, 6,736 names): this run's out-of-sample fold models **4448 "
    "right, top-1 0.642 (2317/3608), none precision 0.7501 (2131/2841)** against round 36's CV **4419, 0.643 "
    "(2319/3608), 0.7516 (2100/2794)**; 15 held sets better, 5 worse. Per fold, right answers (round 36 → this run): "
    "fresh 207 → 207, fresh2 258 → 257, fresh3 181 → 183, fresh4 153 → 152, fresh5 96 → 96, fresh6 144 → 145, fresh7 "
    "167 → 165, fresh8 141 → 143, fresh9 136 → 137, fresh10 147 → 148, fresh11 148 → 148, fresh12 183 → 180, fresh13 "
    "147 → 149, fresh14 149 → 151, fresh15 159 → 159, fresh16 145 → 148, fresh17 128 → 131, fresh18 135 → 135, "
    "fresh19 133 → 134, fresh20 131 → 131, fresh21 126 → 126, fresh22 132 → 132, fresh23 133 → 133, fresh24 129 → "
    "134, fresh25 127 → 132, fresh26 131 → 132, fresh27 136 → 137, fresh28 131 → 138, fresh29 117 → 117, fresh30 169 "
    "→ 168 (each fold's top-1 and none precision in link_rerank.md of both commits). More right answers (4448 > 4419) "
    "and a none precision above the floor (0.7501 >= 0.7466): the rule PASSES and the retrain is SHIPPED: "
    "link_reranker.yaml and benchmarks/results/link_rerank.md are this run's (commit 817e276); the mined vocabulary "
    "(7,338 names) is taken too. The gain is 29 right answers of 6,736 (0.4 points), net in right 'none' answers "
    "(right ids 2 fewer, right 'none' answers 31 more; 47 more names left unlinked, none precision 0.0015 lower), 7 "
    "of them on fresh28 and 5 each on fresh24 and fresh25. Read with care: round 36's retrain, shipped by the same rule "
    "(22 more right answers there), gave 6 fewer right answers than the models it replaced on the next test set "
    "(fresh31, ROUND36_NOTES); the rule judges the training procedure out of sample on the development sets, not on "
    "the next set.",
    "",
    "No lever this round (the brief allowed one only if the bookkeeping, the reading of half A, the mining and the "
    "retrain were done by 01:00 UTC; the retrain ended at 00:58, its check, commit and re-pin after 01:00). One unit "
    "test's pinned threshold moved with the shipped retrain and was re-pinned with a comment "
    "(tests/suggest/test_linking_practitioners.py: threshold_unlinked 0.15; 销售回款率's P 0.10 and readings as in "
    "round 36). Unit tests on the final state: `pytest -q tests/benchmarks/test_link_quality.py "
    "tests/suggest/test_linking.py tests/cli` 264 passed; tests/suggest/test_linking*.py (four files) 127 passed; "
    "tests/test_architecture.py and tests/benchmarks/test_link_names.py passed (the test file link_names_fresh32.yaml "
    "is absent here and read by none of them). `python benchmarks/link_quality.py --dev-only` runs on the final state "
    "but for this sentence (exit 0, 2049 lines, ROUND37_NOTES among them, stderr empty).",
    "Test run of round 37, once, at the end of the same session (4bfc74e: round 37's retrained models, the vocabulary "
    "mined from fresh31, 7,338 names): fresh32 (221 names from 34 sources, 154 zh / 67 en, 101 with an indicator, "
    "120 none) gives top-1 0.67 / none precision 0.82, 156 of 221 right (zh 0.67 / 0.86, 109 right; en 0.68 / 0.70, "
    "47 right); none recall 0.73. BM25 in the same run 0.41 / 0.68, 138 right; round 15's linker (no learned "
    "link-or-none decision) 0.69 / 0.86, 143 right; the first matcher (match_kpi) 0.31 / 0.65, 142 right; with the "
    "page's industry and function, as scheme import passes them, 0.68 / 0.84, 143 right. Round 36's test-run code "
    "(commit f5c66b3: round 36's models, the vocabulary before fresh31's names) on the same names, run afterwards for "
    "comparison only: 0.69 / 0.83, 151 right (zh 0.68 / 0.86, 103 right; en 0.71 / 0.73, 48 right): round 37's "
    "retrain gave 5 more right answers, all by more right 'none' answers (none recall 0.68 -> 0.73), with top-1 "
    "slightly lower, as its development folds said. Goals missed (top-1 0.85, none precision 0.90) in both "
    "languages; none precision higher than on the last three test sets (0.60, 0.78, 0.68 on fresh29-31).",
    "Test run of fresh33, once, at the next session's first commit (7ef9d28: round 37's models and vocabulary; `python "
    "benchmarks/link_quality.py --test benchmarks/data/link_names_fresh33.yaml --out benchmarks/results/linking.md`): "
    "214 names from 32 sources, 144 zh / 70 en, only 61 with an indicator and 153 none, give top-1 0.66 / none "
    "precision 0.88 / none recall 0.70, 147 of 214 right (zh 0.65 / 0.89, 100 right; en 0.67 / 0.86, 47 right). In the "
    "same run: BM25 0.28 / 0.77, 139 right; round 15's linker 0.67 / 0.89, 140 right; the first matcher (match_kpi) "
    "0.30 / 0.79, 157 right, more than the linker because it answers none far more often (none recall 0.91) and 72% "
    "of this set is none. Round 36's test-run code (commit f5c66b3) on the same names, run afterwards for comparison "
    "only: 0.67 / 0.89, 143 right (zh 0.68 / 0.90, 100; en 0.67 / 0.84, 43): round 37's retrain gave 4 more right "
    "answers, all English. Goals missed (top-1 0.85, none precision 0.90) in both languages; top-1 rests on 61 names.",
)

ROUND36_NOTES = (
    "### Round 36 (issue 12): fresh30 is development data; the models retrained with it, shipped (round 35's fair rule)",
    "",
    "fresh30 (round 35's test set, run then: see the test run in ROUND35_NOTES) is development data now: halved by "
    "source like fresh2-fresh29 (253 names from 44 sources, 109 with an indicator; half A 114 names, half B "
    "139), its half B in the pooled check (fresh2-fresh5+fresh7-fresh30), its names mined as practitioners' names "
    "(`python benchmarks/link_mine_vocabulary.py --write --out benchmarks/results/link_vocabulary.md`; its figures "
    "follow with its commit), the re-ranker and the link-or-none decision retrained on every set (`python "
    "benchmarks/link_rerank_cv.py --write --out benchmarks/results/link_rerank.md --dump FOLDS.pkl`), shipped only by "
    "the ship rule below. The test part is benchmarks/data/link_names_fresh31.yaml (only named here, never run).",
    "",
    "The retrain's ship rule (round 35's fair rule, copied; written and committed before the retrain runs). The shipped "
    "models are still round 33's (round 34's and round 35's retrains were not shipped), so the comparison is against "
    "round 33's own leave-one-set-out run, each side judged out of sample: the retrained re-ranker and decision "
    "replace round 33's only if, summed over the folds that BOTH this round's leave-one-set-out run (`python "
    "benchmarks/link_rerank_cv.py --write --out benchmarks/results/link_rerank.md --dump FOLDS.pkl`: folds fresh, "
    "fresh2-fresh30) and round 33's own (benchmarks/results/link_rerank.md as on main before this round, as at "
    "81c74e6 and 542f771: folds fresh, fresh2-fresh27) hold out, i.e. fresh and fresh2-fresh27 (6,070 names), the "
    "out-of-sample fold models of this run (the defaults' column '+ learned link-or-none, two thresholds (linked, "
    "unlinked), most right answers', read from the --dump and scored by link_mine_vocabulary's `score`, pooled as "
    "counts) give MORE right answers than round 33's column there (3980; strictly more) AND a pooled none precision "
    "not lower than round 33's there (0.752, 1854/2464) by more than 0.005 (new >= 1854/2464 - 0.005). Otherwise "
    "round 33's models and thresholds (link_reranker.yaml as at 81c74e6) stay, and "
    "benchmarks/results/link_rerank.md is round 33's again (this round's run kept in its commit). The mined "
    "vocabulary is taken either way. Both sides' figures are reported as measured, per fold; fresh28's, fresh29's "
    "and fresh30's folds (held out by this run only) are reported but not in the rule. The check is round 35's "
    "script (/tmp/kg/h221-rule.py, copied to /tmp/kg/h227-rule.py with its printed labels only changed).",
    "",
    "The mining (`python benchmarks/link_mine_vocabulary.py --write --out benchmarks/results/link_vocabulary.md`, "
    "21:45-22:06): link_vocabulary.yaml 7,127 names, were 6,874; leave one set out over fresh-fresh30 (6,736 names, "
    "3,608 with an indicator): the practitioners' names **4204 right, top-1 0.618 (2228/3608), none precision 0.750 "
    "(1976/2634)** against the hand-set linker's 4146 (0.609, 0.745), 23 held sets better, 4 worse; fresh30 held out "
    "152 against 149 (0.606 against 0.578, 0.819 against 0.819); the rule over all fresh sets chooses 0.7 / 0.8 / 0.3, "
    "the defaults.",
    "",
    "fresh30's half A read with the engine of the test run (main's commit 542f771, round 33's models, the vocabulary "
    "of 6,874 names; `IndicatorLinker().fit(load_catalog()).link(name)`, no context; a detached worktree in /tmp, "
    "removed after): benchmarks/results/link_round36.md: 114 names from 20 sources (62 with an indicator; 85 Chinese, "
    "29 English), 40 misses (29 Chinese): (a) 14, (b) 7, (c) 17, (d) 2; no data fields; half A top-1 zh 33/48 = "
    "0.688 (none precision 23/34 = 0.676), en 7/14 = 0.500 (11/15 = 0.733), all 40/62 = 0.645 (34/49 = 0.694); "
    "pooled with rounds 25-35 (1,406 names): (a) 190, (b) 135, (c) 222, (d) 16; (c) the largest pooled class and "
    "this half's largest (17 of 40; 15 linked by similarity at 0.11-0.28); 3 of (a)'s 14 are insurance premium "
    "incomes or policy sales labelled general revenue, the convention round 35 found for sales volumes.",
    "",
    "The retrain (`python benchmarks/link_rerank_cv.py --write --out benchmarks/results/link_rerank.md --dump "
    "FOLDS.pkl`, 22:07-22:29, after the rule's commit abcbe64; link_reranker.yaml: thresholds 0.125 / 0.175, were "
    "0.15 / 0.1). Leave one set out over fresh and fresh2-fresh30 (6,736 names, 3,608 with an indicator): the "
    "defaults 4419 right, top-1 0.643 (2319/3608), none precision 0.752 (2100/2794) (the re-ranker alone 4279 · 0.639 "
    "· 0.750; round 14's linker 4203 · 0.618 · 0.750); fresh28 held out 131 · 0.582 · 0.772, fresh29 117 · 0.516 · "
    "0.596, fresh30 169 · 0.679 · 0.812. The ship rule's check (`PYTHONPATH=$PWD python /tmp/kg/h227-rule.py "
    "/tmp/kg/h227-folds.pkl <round 33's link_rerank.md>`), over the 27 folds both runs hold out (fresh, "
    "fresh2-fresh27, 6,070 names): this run's out-of-sample fold models **4002 right, top-1 0.648 (2128/3284), none "
    "precision 0.7535 (1874/2487)** against round 33's CV **3980, 0.647 (2126/3284), 0.7524 (1854/2464)**; 14 held "
    "sets better, 8 worse. Per fold, right answers (round 33 → this run): fresh 211 → 207, fresh2 261 → 258, fresh3 "
    "178 → 181, fresh4 151 → 153, fresh5 97 → 96, fresh6 144 → 144, fresh7 169 → 167, fresh8 142 → 141, fresh9 138 → "
    "136, fresh10 145 → 147, fresh11 145 → 148, fresh12 180 → 183, fresh13 139 → 147, fresh14 148 → 149, fresh15 158 "
    "→ 159, fresh16 145 → 145, fresh17 125 → 128, fresh18 134 → 135, fresh19 132 → 133, fresh20 128 → 131, fresh21 "
    "126 → 126, fresh22 132 → 132, fresh23 132 → 133, fresh24 130 → 129, fresh25 128 → 127, fresh26 131 → 131, "
    "fresh27 131 → 136 (each fold's top-1 and none precision in link_rerank.md of both commits). More right answers "
    "(4002 > 3980) and a none precision above the floor (0.7535 >= 0.7474): the rule PASSES and the retrain is "
    "SHIPPED: link_reranker.yaml and benchmarks/results/link_rerank.md are this run's (commit c935a35); the mined "
    "vocabulary (7,127 names) is taken too. Unlike rounds 34 and 35 (3971 and 3975 against 3980), adding the newer "
    "sets (now fresh28-fresh30) gains on the shared folds; the gain is 22 right answers of 6,070 (0.4 points), 8 of "
    "them on fresh13, 4 lost on fresh.",
    "",
    "No lever this round (the brief allowed one only if the bookkeeping, the retrain and the reading of half A were "
    "done by 22:30 UTC; the retrain ended at 22:29 and its check and notes after 22:30). Two unit tests' pinned "
    "readings moved with the shipped retrain and were re-pinned with comments (tests/suggest/test_linking.py: "
    "运营商接通率 is reranked to the general call answer rate, telecom's 2nd, so the industry reading is read without "
    "the re-ranker; tests/suggest/test_linking_practitioners.py: threshold_unlinked 0.175). Unit tests on the final "
    "state (`pytest -q tests/benchmarks tests/suggest tests/catalog tests/cli tests/test_architecture.py`): 1195 "
    "passed, none failed (the absent test file link_names_fresh31.yaml is read by none of them here). `python "
    "benchmarks/link_quality.py --dev-only` runs on the final state but for this paragraph (exit 0, 1982 lines, "
    "ROUND36_NOTES among them, stderr empty).",
    "Test run of round 36, once, at the next session's first commit (f5c66b3: round 36's retrained models, the "
    "vocabulary mined from fresh30, 7,127 names): fresh31 (211 names from 42 sources, 147 zh / 64 en, 128 with an "
    "indicator, 83 none) gives top-1 0.63 / none precision 0.68, 125 of 211 right (zh 0.61 / 0.65, 89 right; en 0.68 "
    "/ 0.77, 36 right); none recall 0.53. BM25 in the same run 0.34 / 0.44, 102 right; round 15's linker (no learned "
    "link-or-none decision) 0.61 / 0.64, 119 right; the first matcher (match_kpi) 0.30 / 0.47, 113 right; with the "
    "page's industry and function, as scheme import passes them, 0.62 / 0.65, 130 right. Round 35's test-run code "
    "(commit 542f771: round 33's models, the vocabulary before fresh30's names) on the same names, run afterwards for "
    "comparison only: 0.65 / 0.66, 131 right (zh 0.62 / 0.63, 90 right; en 0.71 / 0.74, 41 right): on this set the "
    "retrain shipped in round 36 by its fair rule gave 6 fewer right answers (5 of them English) than the models it "
    "replaced. Goals missed (top-1 0.85, none precision 0.90) in both languages; none precision lower than on fresh30 "
    "(0.78), Chinese lower than English this time.",
)

ROUND35_NOTES = (
    "### Round 35 (issue 12): fresh29 is development data; the models retrained with it, not shipped (a fair rule)",
    "",
    "fresh29 (round 34's test set, run then: see the test run in ROUND34_NOTES) is development data now: halved by "
    "source like fresh2-fresh28 (210 names from 41 sources, 124 with an indicator; half A 138 names, half B 72), its "
    "half B in the pooled check (fresh2-fresh5+fresh7-fresh29), its names mined as practitioners' names (`python "
    "benchmarks/link_mine_vocabulary.py --write --out benchmarks/results/link_vocabulary.md`; its figures follow with "
    "its commit), the re-ranker and the link-or-none decision retrained on every set (`python "
    "benchmarks/link_rerank_cv.py --write --out benchmarks/results/link_rerank.md --dump FOLDS.pkl`), shipped only by "
    "the ship rule below. The test part is benchmarks/data/link_names_fresh30.yaml (only named here, never run).",
    "",
    "The retrain's ship rule (written and committed before the retrain runs; it replaces round 34's, which compared "
    "round 33's models with themselves: the fold holding the newest set out is trained on exactly round 33's data, "
    "and its same-folds comparison set round 33's shipped models, trained on most of the held sets, against "
    "out-of-sample fold models). The fair question is whether the training procedure does better with the new sets "
    "(fresh28, fresh29) in its training data, each side judged out of sample: the retrained re-ranker and decision "
    "replace round 33's only if, summed over the folds that BOTH this round's leave-one-set-out run (`python "
    "benchmarks/link_rerank_cv.py --write --out benchmarks/results/link_rerank.md --dump FOLDS.pkl`: folds fresh, "
    "fresh2-fresh29) and round 33's own (benchmarks/results/link_rerank.md as on main before this round, as at "
    "81c74e6: folds fresh, fresh2-fresh27) hold out, i.e. fresh and fresh2-fresh27 (6,070 names), the out-of-sample "
    "fold models of this run (the defaults' column '+ learned link-or-none, two thresholds (linked, unlinked), most "
    "right answers', read from the --dump and scored by link_mine_vocabulary's `score`, pooled as counts) give MORE "
    "right answers than round 33's column there (3980; strictly more) AND a pooled none precision not lower than "
    "round 33's there (0.752, 1854/2464) by more than 0.005 (new >= 1854/2464 - 0.005). Otherwise round 33's "
    "models and thresholds (link_reranker.yaml as at 81c74e6) stay, and benchmarks/results/link_rerank.md is round "
    "33's again (this round's run kept in its commit). The mined vocabulary is taken either way. Both sides' "
    "figures are reported as measured, per fold; fresh28's and fresh29's folds (held out by this run only) are "
    "reported but not in the rule.",
    "",
    "The mining (`python benchmarks/link_mine_vocabulary.py --write --out benchmarks/results/link_vocabulary.md`, "
    "19:20-19:45): link_vocabulary.yaml 6,874 names, were 6,664; leave one set out over fresh-fresh29 (6,483 names, "
    "3,499 with an indicator): the practitioners' names **4051 right, top-1 0.618 (2161/3499), none precision 0.747 "
    "(1890/2529)** against the hand-set linker's 3997 (0.610, 0.742), 21 held sets better, 4 worse; fresh29 held out "
    "107 against 107 (0.476 against 0.460, 0.571 against 0.575); the rule over all fresh sets chooses 0.7 / 0.8 / 0.3, "
    "the defaults.",
    "",
    "fresh29's half A read with the engine of the test run (main's commit 068a44c, round 33's models, the vocabulary "
    "of 6,664 names; `IndicatorLinker().fit(load_catalog()).link(name)`, no context; a detached worktree in /tmp, "
    "removed after): benchmarks/results/link_round35.md: 138 names from 25 sources (81 with an indicator; 92 Chinese, "
    "46 English), 62 misses (43 Chinese): (a) 25, (b) 16, (c) 19, (d) 2; no data fields; half A top-1 zh 24/55 = "
    "0.436 (none precision 25/44 = 0.568), en 15/26 = 0.577 (12/18 = 0.667), all 39/81 = 0.481 (37/62 = 0.597); "
    "pooled with rounds 25-34 (1,292 names): (a) 176, (b) 128, (c) 205, (d) 14; (c) still the largest pooled class, "
    "(a) this half's largest (19 of its 25 Chinese; 5 are sales volumes or amounts labelled general revenue).",
    "",
    "The retrain (`python benchmarks/link_rerank_cv.py --write --out benchmarks/results/link_rerank.md --dump "
    "FOLDS.pkl`, 19:46-20:07, after the rule's commit 46f128d; it reproduces at commit 70e71ac; link_reranker.yaml "
    "there: thresholds 0.125 / 0.175, were 0.15 / 0.1). Leave one set out over fresh and fresh2-fresh29 (6,483 names, "
    "3,499 with an indicator): the defaults 4223 right, top-1 0.640 (2238/3499), none precision 0.745 (1985/2663) "
    "(the re-ranker alone 4113 · 0.636 · 0.747; round 14's linker 4050 · 0.618 · 0.747); fresh28 held out 132 · "
    "0.571 · 0.769, fresh29 held out 116 · 0.516 · 0.591. The ship rule's check (a script kept in /tmp only, "
    "/tmp/kg/h221-rule.py: the defaults' answers of the --dump scored by `score` against the cells of round 33's "
    "link_rerank.md; on round 34's dump it reproduces round 34's same-folds figures, 3971 against 3980), over the 27 "
    "folds both runs hold out (fresh, fresh2-fresh27, 6,070 names): this run's out-of-sample fold models **3975 "
    "right, top-1 0.646 (2122/3284), none precision 0.750 (1853/2471)** against round 33's CV **3980, 0.647 "
    "(2126/3284), 0.752 (1854/2464)**; 11 held sets better, 12 worse. Per fold, right answers (round 33 → this run): "
    "fresh 211 → 209, fresh2 261 → 260, fresh3 178 → 178, fresh4 151 → 153, fresh5 97 → 94, fresh6 144 → 141, "
    "fresh7 169 → 167, fresh8 142 → 140, fresh9 138 → 136, fresh10 145 → 141, fresh11 145 → 149, fresh12 180 → 182, "
    "fresh13 139 → 139, fresh14 148 → 151, fresh15 158 → 159, fresh16 145 → 147, fresh17 125 → 127, fresh18 134 → "
    "135, fresh19 132 → 130, fresh20 128 → 130, fresh21 126 → 124, fresh22 132 → 128, fresh23 132 → 132, fresh24 130 "
    "→ 128, fresh25 128 → 129, fresh26 131 → 131, fresh27 131 → 135 (each fold's top-1 and none precision in "
    "link_rerank.md of both commits). Fewer right answers (3975 is not more than 3980; the none precision, 0.0025 "
    "lower (0.7499 against 0.7524), is inside the 0.005 tolerance): the rule FAILS and the retrain is NOT shipped: "
    "link_reranker.yaml and benchmarks/results/link_rerank.md are round 33's again (as at 81c74e6); the mined "
    "vocabulary (6,874 names) is taken, as the rule said. Adding fresh28 and fresh29 to the training data has now "
    "lost right answers on the shared folds in two rounds running (round 34: 3971; round 35: 3975, against 3980).",
    "",
    "No lever this round (the brief allowed one only if the bookkeeping, the retrain and the reading of half A were "
    "done by 20:00 UTC; the retrain ended at 20:07). Unit tests on the final state (round 33's models, the new "
    "vocabulary; `pytest -q tests/benchmarks tests/suggest tests/catalog tests/cli tests/test_architecture.py`): 1183 "
    "passed, none failed (the absent test file link_names_fresh30.yaml is read by none of them here). `python "
    "benchmarks/link_quality.py --dev-only` runs on the final state but for this paragraph (1914 lines, ROUND35_NOTES "
    "among them; stderr empty; its exit status was not captured).",
    "Test run of round 35, once, at the next session's first commit (542f771: round 33's models, the vocabulary mined "
    "from fresh29, 6,874 names): fresh30 (253 names from 44 sources, 183 zh / 70 en, 109 with an indicator, 144 none) "
    "gives top-1 0.65 / none precision 0.78, 167 of 253 right (zh 0.69 / 0.77, 122 right; en 0.52 / 0.80, 45 right); "
    "none recall 0.67. BM25 in the same run 0.29 / 0.64, 151 right; round 15's linker (no learned link-or-none "
    "decision) 0.66 / 0.82, 158 right; the first matcher (match_kpi) 0.33 / 0.68, 171 right (it answers none for most "
    "names: none recall 0.94). Round 34's test-run code (commit 068a44c: the same models, the vocabulary before "
    "fresh29's names) on the same names, run afterwards for comparison only: 0.65 / 0.78, 166 right (zh 0.69 / 0.77, "
    "121 right; en 0.52 / 0.80, 45 right): the mined vocabulary gave one more right Chinese answer here. Goals missed "
    "(top-1 0.85, none precision 0.90) in both languages; both figures higher than on fresh29 (0.52 / 0.60), English "
    "lower than Chinese.",
)

ROUND34_NOTES = (
    "### Round 34 (issue 12): fresh28 is development data; the models retrained with it, not shipped",
    "",
    "fresh28 (round 33's test set, run then: see the test run in ROUND33_NOTES) is development data now: halved by "
    "source like fresh2-fresh27, its half B in the pooled check, its names mined as practitioners' names "
    "(link_vocabulary.yaml: 6,664 names, were 6,461: `python benchmarks/link_mine_vocabulary.py --write --out "
    "benchmarks/results/link_vocabulary.md`, leave one set out over fresh-fresh28, 6,273 names: the practitioners' "
    "names 3943 right (top-1 0.623, none precision 0.753) against the hand-set linker's 3890 (0.615, 0.748), 21 held "
    "sets better, 4 worse; the rule over all fresh sets chooses 0.7 / 0.8 / 0.3, the defaults), the re-ranker "
    "and the link-or-none decision retrained on every set (`python benchmarks/link_rerank_cv.py --write --without "
    "fresh28 --out benchmarks/results/link_rerank.md --dump FOLDS.pkl`; link_reranker.yaml: thresholds 0.125 for a "
    "linked name and 0.175 for an unlinked one, were 0.15 / 0.1). Leave one set out over fresh and fresh2-fresh28 "
    "(6,273 names, 3,375 with an indicator), before round 34's lever: **the defaults 4103 right, top-1 0.645 "
    "(2176/3375), none precision 0.751 (1927/2565)** (the re-ranker alone 4004 · 0.641 · 0.753; round 14's linker "
    "3942 · 0.623 · 0.753), 24 held sets better and 2 worse than round 14's linker by right answers; fresh28 held "
    "out 132 · 0.571 · 0.769.",
    "",
    "The new defaults against round 33's, same run, same folds (`--without fresh28`: round 33's models trained on all "
    "other sets but fresh28, their practitioners' names mined without it; held sets fresh and fresh2-fresh27, 6,070 "
    "names; round 33's column gives 3980 · 0.647 (2126/3284) · 0.752 (1854/2464) here, its published figures): the "
    "defaults with fresh28 **3971 · 0.647 (2124/3284) · 0.751 (1847/2461)**, 9 held sets better and 9 worse: adding "
    "fresh28 gives 9 fewer right answers on the other sets (2 fewer right ids, 7 fewer right 'none' answers, 3 fewer "
    "names unlinked); the re-ranker alone 3875 · 0.643 · 0.751 against 3870 · 0.642 · 0.752 (9 better, 6 worse). The "
    "ship rule below is read on fresh28 only, as the brief set it; these figures on the other sets say the retrain "
    "is a small loss there.",
    "",
    "The retrain's ship rule (new in round 34, written and committed before the retrain ran, because the last two "
    "retrains lost right answers on their next test set): the retrained re-ranker and decision replace round 33's "
    "only if, on fresh28 (the one set neither was trained on), the retrain's fold that holds fresh28 out (its "
    "answers in the --dump, default column '+ learned link-or-none, two thresholds (linked, unlinked), most right "
    "answers') gives at least as many right answers as round 33's models on fresh28 (the engine of the test run, "
    "main's commit 81c74e6: `IndicatorLinker().fit(load_catalog()).link(name)`, no context, on every fresh28 name, "
    "labels read through `catalog.canonical_id`, scored by link_mine_vocabulary's `score`) AND a none precision not "
    "lower; otherwise round 33's models and thresholds (link_reranker.yaml as at 81c74e6) stay. The mined "
    "vocabulary (link_vocabulary.yaml) is taken either way. Both figures are reported as measured.",
    "",
    "The ship rule's check (once the retrain's --dump was written; a script kept in /tmp only, reading the dump and "
    "the answers of 81c74e6's engine on fresh28, both scored by `score`): the retrain's fold holding fresh28 out "
    "**132 right, top-1 0.571 (52/91), none precision 0.769 (80/104)**; round 33's models on fresh28 **132, 0.571 "
    "(52/91), 0.769 (80/104)**: the same answers' figures, so the rule holds (at least as many right answers, none "
    "precision not lower) and the retrained models ship. Read with care: the fold holding fresh28 out is trained on "
    "the same sets as round 33's models (all but fresh28), and reproduces them on fresh28; so this rule, as written, "
    "compares round 33's models with themselves and cannot tell a worse retrain from a better one on fresh28. The "
    "re-ranker alone in that fold: 129, 0.560 (51/91), 0.796 (78/98).",
    "",
    "fresh28's half A read with the engine of the test run (main's commit 81c74e6, round 33's models; "
    "`IndicatorLinker().fit(load_catalog()).link(name)`, no context; a detached worktree in /tmp, removed after): "
    "benchmarks/results/link_round34.md: 116 names from 28 sources (54 with an indicator; 79 Chinese, 37 English), 43 "
    "misses (26 Chinese): (a) 14, (b) 8, (c) 20, (d) 1; no data fields; half A top-1 zh 22/37 = 0.595 (none "
    "precision 31/40 = 0.775), en 9/17 = 0.529 (11/16 = 0.688), all 31/54 = 0.574 (42/56 = 0.750); pooled with "
    "rounds 25-33 (1,154 names): (a) 151, (b) 112, (c) 186, (d) 12; (c) still the largest class.",
    "",
    "`python benchmarks/link_quality.py --dev-only` runs on the final state (1845 lines, ROUND34_NOTES among them; "
    "stderr empty; its exit status was not captured). Unit tests (`pytest -q tests/benchmarks tests/suggest tests/catalog tests/cli tests/test_architecture.py`) "
    "with the lever on: 2 failed, 1154 passed (see below); after the lever was switched off and test_linking.py "
    "re-pinned, tests/suggest/test_linking.py, test_linking_rerank.py and test_linking_practitioners.py: 124 passed "
    "(the whole list not run again: out of time). No failure came from the absent test file link_names_fresh29.yaml.",
    "",
    "Round 34's lever (defined and committed before its judged run, off by default): "
    "`IndicatorLinker(decision_swap=False, swap_margin=0.1)`: when the learned link-or-none decision links its "
    "candidate (a link it keeps, or an unlinked name it links), it also reads the name's next candidate "
    "(`decision_runner_up`: the first of the hand-set fit that is not its candidate, a change for a name that is a "
    "change) with the same model and links that one instead (method decided; the why says both probabilities, "
    "link.why.decision_swap) when its P(right) is higher by at least D. Aimed at the Chinese misses the engine linked to "
    "a wrong id with the label 2nd (fresh27's half A: 解决时长, 生产节拍, 重大舆情响应时效, 内部变动率); a swap never turns a link "
    "into none or none into a link, so none precision cannot move; no word list, no labelled name read by the rule. Its "
    "rule (round 19's): `python benchmarks/link_decision_swap.py --folds FOLDS.pkl --out "
    "benchmarks/results/link_decision_swap.md` judges it once by leave one set out over fresh and fresh2-fresh28 on "
    "the folds of this round's retrain (its --dump, whose _held_decision now also holds each held name's next "
    "candidate and its P(right) under the fold's model; the defaults' answers must be reproduced from the dump first), "
    "D chosen in each fold on the other fresh sets from {0, 0.05, 0.1, 0.15, 0.2, 0.3} (most right answers, strictly "
    "more than the defaults', at a none precision not lower than the defaults' there; ties: higher none precision, "
    "higher D; none: off in that fold); kept (on, D chosen the same way over all fresh sets) only with more right "
    "answers AND pooled none precision not lower AND at most 2 held sets with fewer right answers; off otherwise.",
    "",
    "Its judged run, once, after its commit 891cd8f and on this round's retrain's folds (`python "
    "benchmarks/link_decision_swap.py --folds /tmp/kg/h213-folds.pkl --out benchmarks/results/link_decision_swap.md`, "
    "FOLDS the retrain's --dump, its first run done; the defaults' answers reproduced from _held_decision in every "
    "fold): D 0.2 chosen in all 28 folds; **4123 right against the defaults' 4103, top-1 0.651 (2196/3375) against "
    "0.645 (2176/3375), none precision 0.751 (1927/2565) both**, 18 held sets better, 2 worse (fresh3, fresh7 -1 "
    "each): it PASSES round 19's rule. It was switched on (`decision_swap=True, swap_margin=0.2`, the D the same "
    "choice makes over all fresh sets), but a unit test then failed (tests/suggest/test_linking_rerank.py::"
    "test_the_reranker_keeps_the_industry_convention: 续费率 swapped to education's renewal rate): the next candidate "
    "is not checked by the industry convention as the re-ranker's pick is, and the judged run does not see the "
    "convention. So it is OFF by "
    "default (the margin 0.2 kept); a variant that checks the convention would be a new lever with its own rule and "
    "judged run (not done: out of time). A second failure in the same test run came from the retrain, not the "
    "lever: the retrained re-ranker links 运营商接通率 to the general call answer rate (was telecom's call setup success "
    "rate; tests/suggest/test_linking.py re-pinned with a comment: the hand-set fit without the re-ranker still reads "
    "it as telecom's). It swaps 69 pooled names (42 Chinese): 35 now right, 15 right ids lost, 17 "
    "labelled none (none precision cannot move). The gain is not mainly Chinese: Chinese names 2854 right against "
    "2847 (top-1 0.635 against 0.632), the other names 1269 against 1256 (0.683 against 0.671). Every D pooled, for "
    "the why: D 0 swaps 621 names (-51), 0.05 +9, 0.1 +10, 0.15 +14, 0.2 +20, 0.3 +1 (3 names).",
    "",
    "Lead's decision on the retrain, after the merge (disclosed: made after the figures above were seen, in the "
    "direction of no change): the ship rule as written was void as a guard (it compared round 33's models with "
    "themselves on fresh28; the lead's drafting error). The comparison it was meant to be is the one the last "
    "session's closing note proposed before this round (a retrain ships only with more right answers AND none "
    "precision not lower in leave one set out), and that is the same-folds comparison above: 3971 against 3980 right, "
    "none precision 0.751 against 0.752, both lower. So the retrain is NOT shipped: link_reranker.yaml and "
    "benchmarks/results/link_rerank.md are round 33's again (as at 81c74e6; this round's retrain reproduces at commit "
    "6bcdd12); the mined vocabulary (6,664 names) is taken, as the rule said. The two unit-test re-pins the retrain "
    "needed (运营商接通率 read as the general call answer rate; 销售回款率's decision threshold) are undone: with round 33's "
    "models and the new vocabulary the original pins pass (tests/suggest/test_linking.py, test_linking_rerank.py, "
    "test_linking_practitioners.py: 124 passed). decision_swap stays off (it was judged on the retrain's folds; with "
    "round 33's models it is unjudged as well as breaking the industry convention). Retired later in the session "
    "(lead): kpiguide/suggest/linking.py, kpiguide/messages/linking.yaml and benchmarks/link_rerank_cv.py are as before "
    "the lever (commit 891cd8f's parent), benchmarks/link_decision_swap.py and its unit test removed; commit 1ef5dc5 "
    "reproduces the judged run; a variant that checks the industry convention would be a new lever.",
    "Test run of round 34, once, at the next session's first commit (068a44c: round 33's models, the vocabulary mined "
    "from fresh28, 6,664 names): fresh29 (210 names from 41 sources, 142 zh / 68 en, 124 with an indicator, 86 none) "
    "gives top-1 0.52 / none precision 0.60, 118 of 210 right (zh 0.48 / 0.57, 77 right; en 0.62 / 0.65, 41 "
    "right); none recall 0.62. BM25 in the same run 0.23 / 0.47, 102 right; round 15's linker (no learned "
    "link-or-none decision) 0.50 / 0.57, 110 right; the first matcher (match_kpi) 0.22 / 0.47, 108 right. Round 33's "
    "test-run code (commit 81c74e6: the same models, the vocabulary before fresh28's names) on the same names, run "
    "afterwards for comparison only: 0.52 / 0.60, 117 right (zh 0.47 / 0.57, 76 right; en 0.62 / 0.65, 41 right): "
    "the mined vocabulary gave one more right Chinese answer here. Goals missed (top-1 0.85, none precision 0.90) in "
    "both languages; Chinese top-1 (0.48) is the lowest of the last six test runs.",
)

ROUND33_NOTES = (
    "### Round 33 (issue 12): fresh27 is development data; the models retrained with it",
    "",
    "Round 32's failed switch zh_thresholds (with its judging script benchmarks/link_zh_thresholds.py, its why "
    "strings and its unit test) was retired first (its judged run reproduces at commit a70c987): `python "
    "benchmarks/link_quality.py --dev-only` prints the same 1713 lines before (at 18076d6) and after (at 219462f, a "
    "detached worktree without the hidden test file) but for the timings line and the one sentence added to "
    "ROUND32_NOTES. Unit tests on the final state (`pytest -q tests/benchmarks tests/suggest tests/catalog tests/cli "
    "tests/test_architecture.py`, with the retrained models): 1135 passed, after one re-pin "
    "(tests/suggest/test_linking_practitioners.py, with a comment: the retrained decision links 销售回款率 back at P "
    "0.12); none failed (the hidden test file link_names_fresh28.yaml is not read by them yet). `--dev-only` runs on the final "
    "state (1776 lines, ROUND33_NOTES among them; `--dev-only --quick` 1450 lines).",
    "",
    "fresh27 (round 32's test set, run then: see the test run in ROUND32_NOTES) is development data now: halved by "
    "source like fresh2-fresh26, its half B in the pooled check, its names mined as practitioners' names "
    "(link_vocabulary.yaml: 6,461 names, were 6,260: `python benchmarks/link_mine_vocabulary.py --write --out "
    "benchmarks/results/link_vocabulary.md`, leave one set out over fresh-fresh27, 6,070 names: the practitioners' "
    "names 3812 right against the hand-set linker's 3769, 19 held sets better, 4 worse; the rule over all fresh sets "
    "chooses alias 0.7 / none 0.8 / below 0.3, the linker's defaults), the re-ranker and the link-or-none decision "
    "retrained on every set (`python benchmarks/link_rerank_cv.py --write --without fresh27 --out "
    "benchmarks/results/link_rerank.md --dump FOLDS.pkl`, whose dump now also holds each held name's second "
    "candidate for the decision and its P(right); link_reranker.yaml: the thresholds the rule chooses are 0.15 for a "
    "linked name and 0.1 for an unlinked one, were 0.125 / 0.175). Leave one set out over fresh and fresh2-fresh27 "
    "(6,070 names, 3,284 with an indicator; right · top-1 · none precision): round 14's linker 3812 · 0.625 · 0.752; "
    "the top-5 re-ranker 3870 · 0.642 (2109/3284) · 0.752 (1761/2342); with the decision **3980 · 0.647 (2126/3284) "
    "· 0.752 (1854/2464)**, 25 held sets better and 2 worse than round 14's linker by right answers; fresh27 held out "
    "131 · 0.652 · 0.725 (its test run: see ROUND32_NOTES).",
    "",
    "The new defaults against round 32's, same run, same folds (`--without fresh27`: round 32's models trained on all "
    "other sets but fresh27, their practitioners' names mined without it; held sets fresh and fresh2-fresh26, 5,869 "
    "names; round 32's column gives 3831 · 0.646 · 0.757 here, its published figures): the defaults with fresh27 3849 "
    "· 0.647 (2053/3172) · 0.753 (1796/2384) against 3831 · 0.646 (2050/3172) · 0.757 (1781/2354), 16 held sets "
    "better (fresh10 +4, fresh9, fresh21 +3, fresh, fresh3, fresh5, fresh6 +2, fresh2, fresh11, fresh12, fresh16, "
    "fresh19, fresh23, fresh24, fresh25, fresh26 +1) and 6 worse (fresh13, fresh14, fresh15 -2, fresh18, fresh20, "
    "fresh22 -1); the re-ranker alone 3743 · 0.642 · 0.753 against 3740 · 0.642 · 0.753 (5 better, 4 worse). Adding "
    "fresh27 gives 18 more right answers on the other sets: 3 more right ids and 15 more right 'none' answers (30 "
    "more names left unlinked; none precision 0.753 against 0.757, top-1 0.647 against 0.646); it is shipped because "
    "every labelled set is training data once its test run is over.",
    "",
    "fresh27's half A read with the engine of the test run (main's commit 18076d6, round 32's models; "
    "benchmarks/results/link_round33.md): 43 misses of 119 names (34 sources, 75 with an indicator; 81 Chinese), (a) "
    "engine none 11 (8 Chinese; the right id 1st among the candidates in 3: Mfg Variances - 制造差异, 入住/退房平均耗时, Rent "
    "Collection Efficiency; 2nd in 3, all Chinese: 菜品满意度评分, 超时送达次数, 东风日产供货合格率), (b) wrong id 10 (9 Chinese; "
    "the label 2nd in 4, all Chinese), (c) label none linked 21 (10 Chinese; 17 by similarity at 0.12-0.28), (d) "
    "doubt 1 (Average Time to Fill Vacancies labelled none, linked to hr.time_to_hire, whose keywords include 'average "
    "time to fill'). No miss is marked a data field. Half A's top-1 by language: Chinese 38/55 = 0.691 (none "
    "precision 16/24), English 16/20 = 0.800 (6/9). Pooled with rounds 25-32's halves A (1,038 names, 418 misses): "
    "(a) 137, (b) 104, (c) 166, (d) 11: (c) the largest.",
    "",
    "Round 33's lever, aimed at the Chinese misses whose right indicator is 2nd among the candidates (defined and "
    "committed before its judged run): `IndicatorLinker(second_candidate=True, second_at=T)`: when the learned "
    "link-or-none decision answers none (its candidate's P(right) below its threshold: a link it unlinks or a name "
    "left unlinked), it reads the name's second candidate (decision_runner_up: the first of the hand-set fit that is "
    "not its candidate, a change for a name that is a change) with the same model and links it when that P(right) "
    "reaches T; the why says both candidates and both probabilities (link.why.second_candidate); no word list, no "
    "labelled name read by the rule. Its rule (round 19's): judged once by leave one set out over fresh and "
    "fresh2-fresh27 on the folds of this round's retrain (its --dump, whose _held_decision now also holds each held "
    "name's second candidate and its P(right) under the fold's model), T chosen in each fold on the other fresh sets "
    "from 0.1, 0.15, 0.2, 0.25, 0.3, 0.4, 0.5 (the most right answers at a none precision not lower than the "
    "defaults' there; ties: higher none precision, then higher T; none such: off in that fold): `python "
    "benchmarks/link_second_candidate.py --folds FOLDS.pkl --out benchmarks/results/link_second_candidate.md`; kept "
    "(on by default, T the value the same rule chooses over all fresh sets) only with more right answers AND a "
    "pooled none precision not lower than the defaults' AND at most 2 held sets with fewer right answers; off "
    "otherwise. The judged run (once, after its commit 947aa66, on this round's retrain's folds, /tmp/kg/h205-folds.pkl; "
    "benchmarks/results/link_second_candidate.md): no T gave more right answers at a none precision not lower than "
    "the defaults' on the other sets in any of the 27 folds, so the lever is off in every fold: 3980 right, top-1 "
    "0.647 (2126/3284), none precision 0.752 (1854/2464), the defaults' answers unchanged (0 held sets better, 0 "
    "worse): no more right answers, so it FAILS round 19's rule and stays off (`second_candidate=False`). Every T on "
    "all held sets pooled, for the why: T 0.1 links 283 names the decision left unlinked, 28 of them right and 170 "
    "labelled none (-142, none precision 0.772 against 0.752: fewer, mostly right, 'none' answers); T 0.15 73 names, "
    "16 right, 46 labelled none (-30); T 0.2 18 names, 2 right (-12); T 0.3 1 name, labelled none (-1); T 0.4 and "
    "0.5 none: when the decision finds its first candidate unlikely, its second is seldom right (28 of 283 at T 0.1, "
    "16 of 73 at T 0.15) and the name is more often labelled none. Retired later in round 33 (lead; commit b316583 "
    "reproduces the judged run, with the retrain's --dump).",
    "",
    "Test run of round 33, once, at the next session's first commit (81c74e6: round 33's retrained models, "
    "second_candidate retired, the 854-archetype library): fresh28 (203 names from 51 sources, 139 zh / 64 en, 91 "
    "with an indicator, 112 none) gives top-1 0.57 / none precision 0.77, 132 of 203 right (zh 0.62 / 0.76, 93 "
    "right; en 0.46 / 0.79, 39 right); none recall 0.71. BM25 in the same run 0.24 / 0.62, 111 right; round 15's "
    "linker (no learned link-or-none decision) 0.56 / 0.80, 129 right; the first matcher (match_kpi) 0.22 / 0.63, "
    "125 right. Round 32's test-run code (commit 18076d6: round 32's models) on the same names, run afterwards for "
    "comparison only: 0.56 / 0.76, 129 right (zh 0.62 / 0.77, 91 right; en 0.42 / 0.75, 38 right): the retrain on "
    "fresh27 gave 3 more right answers here (2 Chinese, 1 English). Goals missed (top-1 0.85, none precision 0.90) in "
    "both languages; English top-1 (0.46) is the lowest of recent test runs.",
)

ROUND32_NOTES = (
    "### Round 32 (issue 12): fresh26 is development data; the models retrained with it",
    "",
    "Round 31's failed switch decided_floor (with its judging script benchmarks/link_decided_floor.py, its why strings "
    "and its unit test) was retired first (its judged run reproduces at commit e686eef): `python "
    "benchmarks/link_quality.py --dev-only` prints the same 1649 lines before (at 7a3b308) and after (at 367ca85, a "
    "sparse worktree without the hidden test file) but for the timings line and the one sentence added to "
    "ROUND31_NOTES. Unit tests on the final state (`pytest -q tests/benchmarks tests/suggest tests/catalog tests/cli "
    "tests/test_architecture.py`, with the retrained models): 1115 passed, 8 failed before one re-pin: 7 in "
    "tests/benchmarks/test_link_names.py that read the hidden test file link_names_fresh27.yaml and "
    "tests/suggest/test_linking_practitioners.py, re-pinned with a comment (the retrained decision leaves 销售回款率 "
    "unlinked; it passes after, with the lever's unit test). Not run for lack of time: `--dev-only` in full on the "
    "final state (`--dev-only --quick` runs: 1385 lines, ROUND32_NOTES among them).",
    "",
    "fresh26 (round 31's test set, run then: see the test run in ROUND31_NOTES) is development data now: halved by "
    "source like fresh2-fresh25, its half B in the pooled check, its names mined as practitioners' names "
    "(link_vocabulary.yaml: 6,260 names, were 6,054: `python benchmarks/link_mine_vocabulary.py --write --out "
    "benchmarks/results/link_vocabulary.md`, leave one set out over fresh-fresh26, 5,869 names: the practitioners' "
    "names 3686 right against the hand-set linker's 3646, 17 held sets better, 4 worse; the rule over all fresh sets "
    "chooses alias 0.7 / none 0.8 / below 0.3, the linker's defaults), the re-ranker and the link-or-none decision "
    "retrained on every set (`python benchmarks/link_rerank_cv.py --write --without fresh26 --out "
    "benchmarks/results/link_rerank.md --dump FOLDS.pkl`, whose dump now also holds what the defaults' decision read "
    "of each held name; link_reranker.yaml: the thresholds the rule chooses are 0.125 for a linked name and 0.175 for "
    "an unlinked one, were 0.15 / 0.1). Leave one set out over fresh and fresh2-fresh26 (5,869 names, 3,172 with an "
    "indicator; right · top-1 · none precision): round 14's linker 3686 · 0.625 · 0.753; the top-5 re-ranker 3740 · "
    "0.642 (2035/3172) · 0.753 (1705/2265); with the decision **3831 · 0.646 (2050/3172) · 0.757 (1781/2354)**, 22 "
    "held sets better and 2 worse than round 14's linker by right answers; fresh26 held out 130 · 0.583 · 0.779 (its "
    "test run: see the test run in ROUND31_NOTES).",
    "",
    "The new defaults against round 31's, same run, same folds (`--without fresh26`: round 31's models trained on all "
    "other sets but fresh26, their practitioners' names mined without it; held sets fresh and fresh2-fresh25, 5,663 "
    "names; round 31's column gives 3703 · 0.645 · 0.753 here, its published figures): the defaults with fresh26 3701 "
    "· 0.648 (1994/3076) · 0.756 (1707/2259) against 3703 · 0.645 (1985/3076) · 0.753 (1718/2282), 9 held sets "
    "better (fresh15 +6, fresh, fresh8 +3, fresh18, fresh22 +2, fresh2, fresh13, fresh14, fresh17 +1) and 13 worse "
    "(fresh3 -4, fresh9, fresh21 -3, fresh5, fresh11 -2, fresh4, fresh6, fresh7, fresh12, fresh19, fresh20, fresh24, "
    "fresh25 -1); the re-ranker alone 3612 · 0.644 · 0.751 against 3607 · 0.642 · 0.751 (6 better, 2 worse). Adding fresh26 gives 2 "
    "right answers fewer on the other sets: 9 more right ids and 11 fewer right 'none' answers (23 fewer names left "
    "unlinked; none precision 0.756 against 0.753, top-1 0.648 against 0.645); it is shipped because every labelled "
    "set is training data once its test run is over.",
    "",
    "fresh26's half A read with the engine of the test run (main's commit fe79a3a, round 31's models; "
    "benchmarks/results/link_round32.md): 47 misses of 108 names (27 sources, 57 with an indicator; 82 Chinese), (a) "
    "engine none 16 (13 Chinese; the right id 1st among the candidates in 5: 周转补丁的平均时间, 解决/缓解漏洞的时间, 有效询盘转化率, "
    "Diversity Turnover, Program efficiency), (b) wrong id 10 (all Chinese; the label 2nd in 5), (c) label none "
    "linked 20 (15 Chinese; 16 by similarity at 0.11-0.32), (d) doubt 1 (样品单转化率 labelled funnel conversion, linked "
    "to the catalog's own sample-to-order conversion). No miss is marked a data field. Half A's top-1 by language: "
    "Chinese 22/46 = 0.478 (none precision 21/34), English 8/11 = 0.727 (10/13). Pooled with rounds 25-31's halves A "
    "(919 names, 375 misses): (a) 126, (b) 94, (c) 145, (d) 10: (c) the largest.",
    "",
    "Round 32's lever, aimed at Chinese names (defined and committed before its judged run): "
    "`IndicatorLinker(zh_thresholds=True, zh_threshold_linked=L, zh_threshold_unlinked=U)`: for a Chinese name "
    "(detect_language), the learned link-or-none decision compares its P(right) with its own two thresholds (L for a "
    "name the linker links, U for one it leaves unlinked) instead of the shipped pair chosen over all names at once "
    "(the model already reads whether a name is Chinese; this moves the cut, not the model); the why says 'the "
    "threshold for Chinese names' in both languages (link.why.zh_threshold); no word list, no labelled name read by "
    "the rule. Its rule (round 19's): judged once by leave one set out over fresh and fresh2-fresh26 on the folds of "
    "this round's retrain (its --dump), (L, U) chosen in each fold on the other fresh sets from 0.05, 0.075, 0.1, "
    "0.125, 0.15, 0.175, 0.2, 0.25, 0.3 each (the most right answers at a none precision not lower than the defaults' "
    "there; none such: off in that fold; English names keep the fold's thresholds): `python "
    "benchmarks/link_zh_thresholds.py --folds FOLDS.pkl --out benchmarks/results/link_zh_thresholds.md`; kept (on by "
    "default, (L, U) the values the same rule chooses over all fresh sets) only with more right answers AND a pooled "
    "none precision not lower than the defaults' AND at most 2 held sets with fewer right answers; off otherwise. "
    "The judged run (once, after its commit 8254d8e, on this round's retrain's folds; "
    "benchmarks/results/link_zh_thresholds.md): no (L, U) gave more right answers at a none precision not lower than "
    "the defaults' on the other sets in any of the 26 folds, so the lever is off in every fold: 3831 right, top-1 "
    "0.646 (2050/3172), none precision 0.757 (1781/2354), the defaults' answers unchanged (0 held sets better, 0 "
    "worse): no more right answers, so it FAILS round 19's rule and stays off (`zh_thresholds=False`). Every (L, U) "
    "on all held sets pooled, for the why: every pair with more right answers lowers none precision (L 0.15 / U 0.1 "
    "+11 at 0.753; L 0.125 / U 0.3 +2 at 0.750; L 0.2 / U 0.15 +113 at top-1 0.633 / 0.739), every pair with a "
    "higher none precision has fewer right answers (L 0.05 / U 0.05 -630 at 0.798): the Chinese names' cut sits on "
    "the same trade as the shared one, more right 'none' answers bought with fewer right ids at a lower none "
    "precision. Retired in round 33 (commit a70c987, which reproduces the judged run).",
    "",
    "Test run of round 32, once, at the next session's first commit (18076d6: round 32's retrained models, "
    "zh_thresholds off, the 854-archetype library): fresh27 (201 names from 55 sources, 141 zh / 60 en, 112 with an "
    "indicator, 89 none) gives top-1 0.65 / none precision 0.72, 131 of 201 right (zh 0.62 / 0.70, 92 right; en "
    "0.74 / 0.79, 39 right); none recall 0.65. BM25 in the same run 0.31 / 0.50, 104 right; round 15's linker (no "
    "learned link-or-none decision) 0.64 / 0.72, 127 right; the first matcher (match_kpi) 0.38 / 0.59, 128 right. "
    "Round 31's test-run code (commit fe79a3a: round 31's models) on the same names, run afterwards for comparison "
    "only: 0.68 / 0.75, 135 right (zh 0.65 / 0.71, 94 right; en 0.78 / 0.83, 41 right): the retrain on fresh26 gave "
    "4 fewer right answers here (2 Chinese, 2 English). Goals missed (top-1 0.85, none precision 0.90) in both "
    "languages.",
)

ROUND31_NOTES = (
    "### Round 31 (issue 12): fresh25 is development data; the models retrained with it",
    "",
    "Round 30's failed switch cover_none (with its judging script benchmarks/link_cover_none.py, its why strings and "
    "its unit test) was retired first (its judged run reproduces at commit 37be284): `python "
    "benchmarks/link_quality.py --dev-only` prints the same 1585 lines before (at c953c92) and after (at 9546701, a "
    "sparse worktree without the hidden test files) but for the timings line and the one sentence added to "
    "ROUND30_NOTES. Not run in round 31 for lack of time: the unit tests of tests/benchmarks, tests/suggest and "
    "tests/catalog as a whole (run: tests/suggest/test_linking_practitioners.py 8 passed and the lever's unit test "
    "1 passed, with the retrained models) and `--dev-only` on the final state.",
    "",
    "fresh25 (round 30's test set, run then) is development data now: halved by source like fresh2-fresh24, its half "
    "B in the pooled check, its names mined as practitioners' names (link_vocabulary.yaml: 6,054 names, were 5,843: "
    "`python benchmarks/link_mine_vocabulary.py --write --out benchmarks/results/link_vocabulary.md`, leave one set "
    "out over fresh-fresh25, 5,663 names: the practitioners' names 3557 right against the hand-set linker's 3520, 15 "
    "held sets better, 4 worse; the rule over all fresh sets chooses alias 0.7 / none 0.8 / below 0.3, the linker's "
    "defaults), the re-ranker and the link-or-none decision retrained on every set (link_reranker.yaml; the "
    "thresholds the rule chooses are 0.15 for a linked name and 0.1 for an unlinked one, as in round 30). Leave one "
    "set out over fresh and fresh2-fresh25 (`python benchmarks/link_rerank_cv.py --write --without fresh25 --out "
    "benchmarks/results/link_rerank.md --dump FOLDS.pkl`; 5,663 names, 3,076 with an indicator; right · top-1 · none "
    "precision): round 14's linker 3557 · 0.626 · 0.751; the top-5 re-ranker 3607 · 0.642 (1975/3076) · 0.751 "
    "(1632/2173); with the decision **3703 · 0.645 (1985/3076) · 0.753 (1718/2282)**, 22 held sets better and 2 "
    "worse than round 14's linker by right answers; fresh25 held out 128 · 0.650 · 0.676 (its test run: 128 · 0.65 "
    "· 0.68).",
    "",
    "The new defaults against round 30's, same run, same folds (`--without fresh25`: round 30's models trained on all "
    "other sets but fresh25, their practitioners' names mined without it; held sets fresh and fresh2-fresh24, 5,452 "
    "names; round 30's column gives 3567 · 0.646 · 0.754 here, its published figures): the defaults with fresh25 3575 "
    "· 0.645 (1905/2953) · 0.755 (1670/2211) against 3567 · 0.646 (1908/2953) · 0.754 (1659/2199), 12 held sets "
    "better (fresh20 +4, fresh4, fresh5, fresh7 +3, fresh, fresh2, fresh17 +2, fresh6, fresh11, fresh12, fresh15, "
    "fresh23 +1) and 7 worse (fresh13, fresh16, fresh18 -3, fresh9, fresh14, fresh22 -2, fresh10 -1); the re-ranker "
    "alone 3484 · 0.642 · 0.754 against 3485 · 0.642 · 0.754 (5 better, 5 worse). Adding fresh25 gives 8 more right "
    "answers on the other sets: 3 fewer right ids and 11 more right 'none' answers (12 more names left unlinked; none "
    "precision 0.755 against 0.754); it is shipped because every labelled set is training data once its test run is "
    "over.",
    "",
    "fresh25's half A read with the engine of the test run (commit 37be284, round 30's models; "
    "benchmarks/results/link_round31.md): 42 misses of 101 names (23 sources, 52 with an indicator), (a) engine none 9 "
    "(the right id among the first three 6, 1st in 2: 有效订单率, 新增客户资产规模; 5 one car dealer CRM's prospect-conversion "
    "labels), (b) wrong id 12 (the label 2nd in 7), (c) label none linked 20 (13 by similarity at 0.13-0.35, 4 by the "
    "decision at a fit of 0.02-0.10, 1 by the re-ranker, 2 by a keyword), (d) doubt 1 (30秒應答率 labelled first "
    "response time, linked to service level, the share answered within a target time). No miss is marked a data field. "
    "Pooled with rounds 25-30's halves A (811 names, 328 misses): (a) 110, (b) 84, (c) 125, (d) 9: (c) the largest.",
    "",
    "Round 31's lever, aimed at (c) (defined and committed before its judged run): "
    "`IndicatorLinker(decided_floor=True, decided_below=F)`: the learned link-or-none decision links a name the linker "
    "left unlinked only when the linker's own fit for that candidate (the hand-set fit, the link's confidence) is at "
    "least F (部门员工素质结构比例 was linked to agency worker ratio at 0.06, 展厅试乘试驾率 to trial-class conversion at 0.02); "
    "the why says so in both languages (link.why.decided_floor); no word list, no labelled name read by the rule. Its "
    "rule (round 19's): judged once by leave one set out over fresh and fresh2-fresh25 on the folds of this round's "
    "retrain (`python benchmarks/link_rerank_cv.py --write --without fresh25 --dump FOLDS.pkl`), F chosen in each fold "
    "on the other fresh sets from 0.02, 0.04, 0.06, 0.08, 0.1, 0.12 (the most right answers at a none precision not "
    "lower than the defaults' there; none such: off in that fold): `python benchmarks/link_decided_floor.py --folds "
    "FOLDS.pkl --out benchmarks/results/link_decided_floor.md`; kept (on by default, F the value the same rule chooses "
    "over all fresh sets) only with more right answers AND a pooled none precision not lower than the defaults' AND at "
    "most 2 held sets with fewer right answers; off otherwise. The judged run (once, after its commit ec38bac and the "
    "retrain; benchmarks/results/link_decided_floor.md): F chosen in every fold (0.02 in 17, 0.06 in 7, 0.04 in 1), "
    "3706 right against the defaults' 3703, top-1 0.644 (1982/3076) against 0.645 (1985/3076), none precision 0.752 "
    "(1724/2294) against 0.753 (1718/2282), 4 held sets with more right answers and 1 with fewer: the pooled none "
    "precision is lower, so it FAILS round 19's rule and stays off (`decided_floor=False`). Every F on all held sets "
    "pooled, for the why: F 0.02 leaves 2 names unlinked, both labelled none (+2, none precision 0.7531); F 0.06 24 "
    "names, 18 labelled none and 3 linked right before (+15, top-1 0.644, 0.7528); F 0.12 96 names (+18, 0.635, "
    "0.744): the decision's low-fit links are mostly wrong, but the names they leave unlinked are as often labelled "
    "another id as none, so none precision does not rise. Retired in round 32 (commit e686eef, which reproduces the "
    "judged run).",
    "",
    "Test run of round 31, once, at the next session's first commit (fe79a3a: round 31's retrained models, "
    "decided_floor off, the 854-archetype library): fresh26 (206 names from 57 sources, 146 zh / 60 en, 96 with an "
    "indicator, 110 none) gives top-1 0.58 / none precision 0.78, 130 of 206 right (zh 0.57 / 0.72, 90 right; en "
    "0.63 / 0.90, 40 right); none recall 0.67. BM25 in the same run 0.29 / 0.58, 117 right; round 15's linker (no "
    "learned link-or-none decision) 0.57 / 0.78, 128 right; the first matcher (match_kpi), which answers 'none' to "
    "most names, 0.30 / 0.62, 130 right. Round 30's test-run code (commit a65ecdb: round 30's models) on the same "
    "names, run afterwards for comparison only: 0.57 / 0.80, 132 right (zh 0.55 / 0.74, 88 right; en 0.68 / 0.91, 44 "
    "right): the retrain on fresh25 gave 2 fewer right answers here (2 more Chinese, 4 fewer English). Goals missed "
    "(top-1 0.85, none precision 0.90) in both languages.",
)

ROUND30_NOTES = (
    "### Round 30 (issue 12): fresh24 is development data; the models retrained with it",
    "",
    "fresh24 (round 29's test set, run then) is development data now: halved by source like fresh2-fresh23, its half "
    "B in the pooled check, its names mined as practitioners' names (link_vocabulary.yaml: 5,843 names, were 5,627: "
    "`python benchmarks/link_mine_vocabulary.py --write --out benchmarks/results/link_vocabulary.md`, leave one set "
    "out over fresh-fresh24, 5,452 names: the practitioners' names 3434 right against the hand-set linker's 3404, 15 "
    "held sets better, 3 worse; the rule over all fresh sets chooses alias 0.7 / none 0.8 / below 0.3, the linker's "
    "defaults), the re-ranker and the link-or-none decision retrained on every set (link_reranker.yaml; the "
    "thresholds the rule chooses are 0.15 for a linked name and 0.1 for an unlinked one, were 0.125 / 0.175). Leave "
    "one set out over fresh and fresh2-fresh24 (`python benchmarks/link_rerank_cv.py --write --without fresh24 --out "
    "benchmarks/results/link_rerank.md --dump FOLDS.pkl`; 5,452 names, 2,953 with an indicator; right · top-1 · none "
    "precision): round 14's linker 3434 · 0.625 · 0.754; the top-5 re-ranker 3485 · 0.642 (1896/2953) · 0.754 "
    "(1589/2108); with the decision **3567 · 0.646 (1908/2953) · 0.754 (1659/2199)**, 20 held sets better and 4 "
    "worse than round 14's linker by right answers; fresh24 held out 130 · 0.526 · 0.680 (its test run: 130 · 0.53 "
    "· 0.68).",
    "",
    "The new defaults against round 29's, same run, same folds (`--without fresh24`: round 29's models trained on all "
    "other sets but fresh24, their practitioners' names mined without it; held sets fresh and fresh2-fresh23, 5,236 "
    "names; round 29's column gives 3438 · 0.650 · 0.759 here, not its published 3435 · 0.651 · 0.760: the code "
    "changed since round 29's run (not traced)): the defaults with fresh24 3437 · 0.651 (1848/2839) · 0.758 "
    "(1589/2096) against 3438 · 0.650 (1845/2839) · 0.759 (1593/2098), 8 held sets better (fresh9 +6, fresh13 +3, "
    "fresh17, fresh18, fresh22 +2, fresh11, fresh19, fresh21 +1) and 7 worse (fresh15 -7, fresh -4, fresh20 -3, "
    "fresh5 -2, fresh6, fresh12, fresh23 -1); the re-ranker alone 3361 · 0.647 · 0.758 against 3364 · 0.648 · 0.758 "
    "(3 better, 7 worse). Adding fresh24 gives 1 right answer fewer on the other sets: 3 more right ids and 4 fewer "
    "right 'none' answers (2 fewer names left unlinked; none precision 0.758 against 0.759); it is shipped because "
    "every labelled set is training data once its test run is over. The unit tests of tests/benchmarks, tests/suggest "
    "and tests/catalog pass with it (955 passed, the lever's unit test included; one test re-pinned with a comment: "
    "the decision's lower threshold for an unlinked name links a name the practitioners' rule left unlinked), but for "
    "the 15 that read a next test set's file absent from this worktree (link_names_fresh25.yaml, "
    "suggest_queries_fresh24.yaml, smart_holdout30.yaml); `python benchmarks/link_quality.py --dev-only` runs "
    "(half-B check fresh2-fresh5+fresh7-fresh24 pooled: linker 0.87 / 0.94, 2186 of 2449 right; inflated, training "
    "data of the models).",
    "",
    "fresh24's half A read with the engine of the test run (commit 5942303, round 29's models: the test run was made "
    "at 9256d05, and the commits between touch the linker's code only by the retirement of the off-by-default "
    "head_none, never its weights, its practitioners' names or the catalog data; benchmarks/results/link_round30.md): "
    "51 misses of 125 names (16 sources, 76 with an indicator), (a) engine none 22 (the right id among the first "
    "three 10, 1st in 8: Book to fulfill ratio, Average commission per salesperson, 污水水质达标率, 清洁区域达标率, "
    "巡逻签到率, 门禁系统完好率, 平均到岗时间, 新业务收入; 6 one municipal dashboard's inspection-completion rates), (b) "
    "wrong id 13 (the label among the first three 7, 2nd in 6; by similarity 9 at 0.11-0.40), (c) label none linked "
    "13 (12 by similarity at 0.12-0.32, 1 by the decision), (d) doubt 3 (Average commission per sale labelled average "
    "order value; Conversation rate (i.e., take rate) labelled landing-page conversion; 订单转化率 labelled none, "
    "linked to e-commerce conversion rate, whose keywords hold 下单转化率). No miss is marked a data field (fresh24 "
    "took only names presented as measures). Pooled with rounds 25-29's halves A (710 names, 286 misses): (a) 101, "
    "(b) 72, (c) 105, (d) 8: (c) the largest.",
    "",
    "Round 30's lever, aimed at (c) (defined and committed before its judged run, commit 7ee3887): "
    "`IndicatorLinker(cover_none=True, cover_below=C, cover_confidence=T)`: without the caller's context, a link by "
    "similarity, the re-ranker or the learned decision (not an exact catalog name, a keyword or a practitioners' name; "
    "not a bare measure word) whose confidence is below T is left unlinked when the name covers less than C of its "
    "indicator's best covered name (`name_cover_of`: the idf-weighted share of that name's words the name mentions, "
    "the re-ranker's `name_cover`, which the learned decision does not read; 授权商留存率 covers 0.37 of net revenue "
    "retention's name, 巡逻频次 none of security patrol compliance's); no word list, no labelled name read by the "
    "rule. Its rule (round 19's): judged once by leave one set out over fresh and fresh2-fresh24 on the folds of this "
    "round's retrain (`python benchmarks/link_rerank_cv.py --write --without fresh24 --dump FOLDS.pkl`), (C, T) chosen "
    "in each fold on the other fresh sets from C 0.2, 0.3, 0.4, 0.5 x T 0.15, 0.2, 0.25, 0.3 (the most right answers "
    "at a none precision not lower than the defaults' there; none such: off in that fold): `python "
    "benchmarks/link_cover_none.py --folds FOLDS.pkl --out benchmarks/results/link_cover_none.md`; kept (on by "
    "default, (C, T) the values the same rule chooses over all fresh sets) only with more right answers AND a pooled "
    "none precision not lower than the defaults' AND at most 2 held sets with fewer right answers; off otherwise. The "
    "judged run (once, after its commit and the retrain; benchmarks/results/link_cover_none.md): no (C, T) qualifies "
    "in any of the 24 folds: the rule is off in all, 3567 · 0.646 · 0.754 as the defaults: it FAILS round 19's rule "
    "(no more right answers) and stays off (`cover_none=False`). Why, on all held sets pooled: every (C, T) adds right "
    "answers but lowers both top-1 and none precision, a low cover is as common among right links as among names "
    "labelled none (C 0.2, T 0.15: 174 names unlinked, 87 of them labelled none and 46 linked right before, 3608 "
    "right, +41, top-1 0.631, none precision 0.736; C 0.5, T 0.25: +154 at 0.548 / 0.672): as with rounds 26, 27 and "
    "29's none rules, more right 'none' answers bought with fewer right ids at a none precision below the defaults'. "
    "Retired later in the session (commit 37be284, which reproduces the judged run).",
    "",
    "Test run of round 30, once, after the round was merged (commit 37be284: round 30's retrained models, the "
    "854-archetype library): fresh25 (211 names from 45 sources, 141 zh / 70 en, 123 with an indicator, 88 none) "
    "gives top-1 0.65 / none precision 0.68, 128 of 211 right (zh 0.56 / 0.58, 80 right; en 0.89 / 0.94, 48 right); "
    "none recall 0.55. BM25 in the same run 0.28 / 0.45, 101 right; round 15's linker (no learned link-or-none "
    "decision) 0.65 / 0.66, 123 right. Round 29's code (commit 5942303: round 29's models) on the same names, run "
    "afterwards for comparison only: 0.64 / 0.67, 125 right (zh 0.56 / 0.61, 82 right; en 0.86 / 0.87, 43 right): "
    "the retrain on fresh24 gave 3 more right answers here (5 more English, 2 fewer Chinese). Goals missed (top-1 "
    "0.85, none precision 0.90); the English names meet both goals on this set (35 with an indicator), the Chinese "
    "ones miss both by far.",
)

ROUND29_NOTES = (
    "### Round 29 (issue 12): fresh23 is development data; the models retrained with it",
    "",
    "fresh23 (round 28's test set, run then) is development data now: halved by source like fresh2-fresh22, its half "
    "B in the pooled check, its names mined as practitioners' names (link_vocabulary.yaml: 5,627 names, were 5,413: "
    "`python benchmarks/link_mine_vocabulary.py --write --out benchmarks/results/link_vocabulary.md`, leave one set "
    "out over fresh-fresh23, 5,236 names: the practitioners' names 3311 right against the hand-set linker's 3281, 15 "
    "held sets better, 3 worse; the rule over all fresh sets chooses alias 0.7 / none 0.8 / below 0.3, the linker's "
    "defaults), the re-ranker and the link-or-none decision retrained on every set (link_reranker.yaml; the "
    "thresholds the rule chooses are 0.125 for a linked name and 0.175 for an unlinked one, were 0.125 / 0.15). Leave "
    "one set out over fresh and fresh2-fresh23 (`python benchmarks/link_rerank_cv.py --write --without fresh23 --out "
    "benchmarks/results/link_rerank.md`; 5,236 names, 2,839 with an indicator; right · top-1 · none precision): "
    "round 14's linker 3311 · 0.630 · 0.758; the top-5 re-ranker 3364 · 0.648 (1841/2839) · 0.758 (1523/2009); with "
    "the decision **3435 · 0.651 (1847/2839) · 0.760 (1588/2089)**, 19 held sets better and 3 worse than round 14's "
    "linker by right answers; fresh23 held out 131 · 0.586 · 0.670 (its test run: 131 · 0.59 · 0.67).",
    "",
    "The new defaults against round 28's, same run, same folds (`--without fresh23`: round 28's models trained on all "
    "other sets but fresh23, their practitioners' names mined without it; held sets fresh and fresh2-fresh22, 5,022 "
    "names; round 28's column gives 3293 · 0.653 · 0.766 here, not its published 3292 · 0.653 · 0.767: the code "
    "changed since round 28's run (not traced)): the defaults with fresh23 3304 · 0.653 (1779/2723) · 0.764 "
    "(1525/1995) against 3293 · 0.653 (1777/2723) · 0.766 (1516/1979), 9 held sets better (fresh8 +5, fresh4 +3, "
    "fresh2, fresh19, fresh22 +2, fresh11, fresh16, fresh18, fresh21 +1) and 5 worse (fresh20 -3, fresh5, fresh10, "
    "fresh13, fresh14 -1); the re-ranker alone 3237 · 0.652 · 0.763 against 3229 · 0.650 · 0.763 (7 better, 0 "
    "worse). Adding fresh23 gives 11 more right answers on the other sets: 2 more right ids and 9 more right 'none' "
    "answers (16 more names left unlinked; none precision 0.764 against 0.766); it is shipped because every labelled "
    "set is training data once its test run is over. The unit tests of tests/benchmarks, tests/suggest and "
    "tests/catalog pass with it (942 passed, the lever's unit test included), but for the 7 that read the next test "
    "set's file (link_names_fresh24.yaml, absent from this worktree); `python benchmarks/link_quality.py --dev-only` "
    "runs (half-B check fresh2-fresh5+fresh7-fresh23 pooled: linker 0.87 / 0.93, 2111 of 2358 right; inflated, "
    "training data of the models).",
    "",
    "fresh23's half A read with the engine of the test run (commit 0776b5b, round 28's models: the test run was made "
    "at 846b337, and no commit between touches the linker's weights, its practitioners' names or the catalog data; "
    "the code only by the retirement of the off-by-default contained_name; benchmarks/results/link_round29.md): 51 "
    "misses of 139 names (18 sources, 84 with an indicator), (a) engine none 23 (the right id among the first three "
    "4, 1st in 3: Luxury Segment RevPAR, Leisure Segment RevPAR, Revenue per Department; 10 three insurance "
    "sales-force documents' premium and plan-completion names), (b) wrong id 11 (the label among the first three 7, "
    "2nd in 6; 4 a general measure read as another function's), (c) label none linked 16 (13 by similarity at "
    "0.12-0.27, 1 by the decision, 2 by a keyword 0.90; 4 a stock app's per-share and leverage items), (d) doubt 1 "
    "(30秒内回复率, a service level, labelled first response time). No miss is marked a data field (fresh23 took only "
    "names presented as measures). Pooled with rounds 25-28's halves A (585 names, 235 misses): (a) 79, (b) 59, (c) "
    "92, (d) 5: (c) the largest.",
    "",
    "Round 29's lever, aimed at (c) (defined and committed before its judged run, commit ec4dd90): "
    "`IndicatorLinker(head_none=True, head_below=T)`: without the caller's context, a link by similarity, the "
    "re-ranker or the learned decision (not an exact catalog name, a keyword or a practitioners' name; not a bare "
    "measure word) whose confidence is below T is left unlinked when the name's head, the word it ends on "
    "(`measure_head`: the last Chinese character or Latin word of the cleaned name), is the head of none of the "
    "indicator's names (`head_clash`; 每股未分配利润 ends on 润, earnings per share 每股收益 on 益); no word list, no "
    "labelled name read by the rule. Its rule (round 19's): judged once by leave one set out over fresh and "
    "fresh2-fresh23 on the folds of this round's retrain (`python benchmarks/link_rerank_cv.py --write --without "
    "fresh23 --dump FOLDS.pkl`), T chosen in each fold on the other fresh sets from 0.15, 0.2, 0.25, 0.3, 0.35, 0.4, "
    "0.5, 0.6 (the most right answers at a none precision not lower than the defaults' there; none such: off in that "
    "fold): `python benchmarks/link_head_none.py --folds FOLDS.pkl --out benchmarks/results/link_head_none.md`; kept "
    "(on by default, T the value the same rule chooses over all fresh sets) only with more right answers AND a pooled "
    "none precision not lower than the defaults' AND at most 2 held sets with fewer right answers; off otherwise. The "
    "judged run (once, after its commit; benchmarks/results/link_head_none.md): no T qualifies in any of the 23 "
    "folds: the rule is off in all, 3435 · 0.651 · 0.760 as the defaults: it FAILS round 19's rule (no more right "
    "answers) and stays off (`head_none=False`). Why, on all held sets pooled: every T that adds right answers lowers "
    "both top-1 and none precision, the head clashes too often (T 0.15: 325 names unlinked, 158 of them labelled none "
    "and 88 linked right before, 3505 right, +70, top-1 0.620, none precision 0.723; T 0.2: 580 unlinked, 3535, +100, "
    "0.589, 0.698; T 0.4: +1; T 0.5: -30): as with rounds 26 and 27's none rules, more right 'none' answers bought "
    "with fewer right ids at a none precision below the defaults'. Retired later in the session (commit 9256d05, "
    "which reproduces the judged run).",
    "",
    "Test run of round 29, once, after the round was merged (commit 9256d05: round 29's retrained models, suggestions "
    "round 32's 854-archetype library): fresh24 (216 names from 29 sources, 150 zh / 66 en, 114 with an indicator, "
    "102 none) gives top-1 0.53 / none precision 0.68, 130 of 216 right (zh 0.46 / 0.74, 92 right; en 0.61 / 0.39, "
    "38 right); none recall 0.69. BM25 in the same run 0.24 / 0.53, 112 right; round 15's linker (no learned "
    "link-or-none decision) 0.51 / 0.67, 124 right. Round 28's code (commit 0776b5b: round 28's models, 762 "
    "archetypes) on the same names, run afterwards for comparison only: the same 0.53 / 0.68, 130 right (zh and en "
    "the same). Goals missed (top-1 0.85, none precision 0.90); of the English names labelled none, fewer than half "
    "are left unlinked (none recall 0.47).",
)

ROUND28_NOTES = (
    "### Round 28 (issue 12): fresh22 is development data; the models retrained with it",
    "",
    "fresh22 (round 27's test set, run then) is development data now: halved by source like fresh2-fresh21, its half "
    "B in the pooled check, its names mined as practitioners' names (link_vocabulary.yaml: 5,413 names, were 5,202: "
    "`python benchmarks/link_mine_vocabulary.py --write --out benchmarks/results/link_vocabulary.md`, leave one set "
    "out over fresh-fresh22, 5,022 names: the practitioners' names 3179 right against the hand-set linker's 3160, 13 "
    "held sets better, 3 worse; the rule over all fresh sets chooses alias 0.7 / none 0.8 / below 0.3, the linker's "
    "defaults), the re-ranker and the link-or-none decision retrained on every set (link_reranker.yaml; the "
    "thresholds the rule chooses are 0.125 for a linked name and 0.15 for an unlinked one, were 0.125 / 0.175). Leave "
    "one set out over fresh and fresh2-fresh22 (`python benchmarks/link_rerank_cv.py --write --without fresh22 --out "
    "benchmarks/results/link_rerank.md`; 5,022 names, 2,723 with an indicator; right · top-1 · none precision): "
    "round 14's linker 3187 · 0.635 · 0.763; the top-5 re-ranker 3229 · 0.650 (1770/2723) · 0.763 (1459/1911); with "
    "the decision **3292 · 0.653 (1779/2723) · 0.767 (1513/1972)**, 17 held sets better and 3 worse than round 14's "
    "linker by right answers; fresh22 held out 129 · 0.368 · 0.800 (its test run: 129 · 0.37 · 0.80).",
    "",
    "The new defaults against round 27's, same run, same folds (`--without fresh22`: round 27's models trained on all "
    "other sets but fresh22, their practitioners' names mined without it; held sets fresh and fresh2-fresh21, 4,811 "
    "names; round 27's column gives 3161 · 0.655 · 0.758 here, not its published 3154 · 0.655 · 0.757: the code and "
    "role data changed since round 27's run (the role library and role_prior among them; not traced)): the defaults "
    "with fresh22 3163 · 0.661 (1754/2655) · 0.765 (1409/1842) against 3161 · 0.655 (1740/2655) · 0.758 (1421/1874), "
    "8 held sets better (fresh12 +5, fresh +4, fresh14 +2, fresh6, fresh7, fresh10, fresh17, fresh21 +1) and 8 worse "
    "(fresh9 -4, fresh4 -3, fresh20 -2, fresh5, fresh8, fresh11, fresh15, fresh16 -1); the re-ranker alone 3098 · "
    "0.656 · 0.759 against 3096 · 0.656 · 0.759 (2 better, 0 worse). Adding fresh22 gives 2 more right answers on the "
    "other sets: 14 more right ids and 12 fewer right 'none' answers (32 fewer names left unlinked; none precision "
    "0.765 against 0.758); it is shipped because every labelled set is training data once its test run is over. "
    "The unit tests of tests/benchmarks, tests/suggest and tests/catalog pass unchanged with it (the lever's unit "
    "test included), but for those that read the next test sets' files.",
    "",
    "fresh22's half A read with the engine of the test run (commit 0abeb12, round 27's models: the test run's "
    "figures were reproduced by round 26's code, and no commit since touches the linker's weights or the catalog "
    "data; benchmarks/results/link_round28.md): 66 misses of 141 names (18 sources, 50 with an indicator), (a) engine "
    "none 20 (the right id among the first three 7, 1st in 5: 去年的收入, 剩余的存储空间, ADR Forecast, RevPAR on the "
    "Books, RevPAR Forecast; 5 one e-commerce BI README's counts and amounts), (b) wrong id 13 (the label among the "
    "first three 7; 5 a hotel's occupancy read as another occupancy), (c) label none linked 31 (26 by similarity at "
    "0.11-0.30, 2 by the re-ranker, 1 by the decision, a keyword 0.90, an exact name 0.97; game / app analytics "
    "counts 8, a recruiting dashboard's counts 5), (d) doubt 2 (day-30 retention labelled day-1 retention); 12 of the "
    "66 from one hotel system's report items (Oracle OPERA / ORMS). No miss is marked a data field (fresh22 took "
    "only names presented as measures). Pooled with rounds 25-27's halves A (446 names, 184 misses): (a) 56, (b) 48, "
    "(c) 76, (d) 4: (c) the largest; the BM25 count of (c) was not made this round.",
    "",
    "Round 28's lever, aimed at (a)'s names whose right id is the first candidate (the engine said none; three of "
    "fresh22's five are a catalog abbreviation with a qualifier the catalog does not word: ADR Forecast, RevPAR on the "
    "Books, RevPAR Forecast), defined and committed before its judged run: `IndicatorLinker(contained_name=True, "
    "contained_share=C)`: without the caller's context, a name left unlinked after the learned decision (not a bare "
    "measure word) is linked to its first candidate of the hand-set fit when the name contains one of that "
    "indicator's own catalog names or abbreviations (exact-name keys, not keywords; a Latin one as whole words) "
    "covering at least C of the name's characters; no word list, no labelled name read by the rule. Its rule (round "
    "19's): judged once by leave one set out over fresh and fresh2-fresh22 on the folds of this round's retrain "
    "(`python benchmarks/link_rerank_cv.py --write --without fresh22 --dump FOLDS.pkl`), C chosen in each fold on the "
    "other fresh sets from 0.2, 0.25, 0.3, 0.4, 0.5, 0.6, 0.7, 0.8 (the most right answers at a none precision not "
    "lower than the defaults' there; none such: off in that fold): `python benchmarks/link_contained_name.py --folds "
    "FOLDS.pkl --out benchmarks/results/link_contained_name.md`; kept (on by default, C the value the same rule "
    "chooses over all fresh sets) only with more right answers AND a pooled none precision not lower than the "
    "defaults' AND at most 2 held sets with fewer right answers; off otherwise. The judged run (once, after its "
    "commit d81dca3; benchmarks/results/link_contained_name.md): no C qualifies in any of the 22 folds: the rule is "
    "off in all, 3292 · 0.653 · 0.767 as the defaults: it FAILS round 19's rule (no more right answers) and stays "
    "off (`contained_name=False`). Why, on all held sets pooled: the names the rule would link are few and mostly "
    "wrong (C 0.2: 15 linked, 3 right, 3284 right answers, -8, so 11 of the 15 labelled none; C 0.4: 7 linked, 1 "
    "right, -5; C 0.8: none linked). Retired later in the session (commit 0ae75ea, which reproduces the judged run).",
    "",
    "Test run of round 28, once, after the round was merged (commit 846b337: round 28's retrained models, suggestions "
    "round 31's 762-archetype library): fresh23 (214 names from 30 sources, 151 zh / 63 en, 116 with an indicator, 98 "
    "none) gives top-1 0.59 / none precision 0.67, 131 of 214 right (zh 0.54 / 0.64, 89 right; en 0.69 / 0.77, 42 "
    "right); none recall 0.64. BM25 in the same run 0.16 / 0.49, 102 right; round 15's linker (no learned link-or-none "
    "decision) 0.56 / 0.65, 127 right. Round 27's code (commit 0abeb12: round 27's models, 588 archetypes) on the same "
    "names, run afterwards for comparison only: 0.58 / 0.67, 131 right (zh 0.53 / 0.64, 89; en the same). Goals missed "
    "(top-1 0.85, none precision 0.90).",
)

ROUND27_NOTES = (
    "### Round 27 (issue 12): fresh21 is development data; the models retrained with it",
    "",
    "fresh21 (round 26's test set, run then) is development data now: halved by source like fresh2-fresh20, its half "
    "B in the pooled check, its names mined as practitioners' names (link_vocabulary.yaml: 5,202 names, were 4,988: "
    "link_mine_vocabulary.py's --write; `python benchmarks/link_mine_vocabulary.py --out "
    "benchmarks/results/link_vocabulary.md`, leave one set out over fresh-fresh21, 4,811 names: the practitioners' "
    "names 3044 right against the hand-set linker's 3031, 11 held sets better, 5 worse; the rule over all fresh sets "
    "chooses alias 0.7 / none 0.8 / below 0.3, the linker's defaults), the re-ranker and the link-or-none decision retrained on every set (link_reranker.yaml; the "
    "thresholds the rule chooses are 0.125 for a linked name and 0.175 for an unlinked one, unchanged). Leave one set "
    "out over fresh and fresh2-fresh21 (`python benchmarks/link_rerank_cv.py --write --without fresh21 --out "
    "benchmarks/results/link_rerank.md`; 4,811 names, 2,655 with an indicator; right · top-1 · none precision): "
    "round 14's linker 3056 · 0.640 · 0.758; the top-5 re-ranker 3095 · 0.655 (1739/2655) · 0.758 (1356/1788); with "
    "the decision **3154 · 0.655 (1739/2655) · 0.757 (1415/1868)**, 18 held sets better and 1 worse than round 14's "
    "linker by right answers; fresh21 held out 122 · 0.412 · 0.647 (its test run: 122 · 0.41 · 0.65).",
    "",
    "The new defaults against round 26's, same run, same folds (`--without fresh21`: round 26's models trained on all "
    "other sets but fresh21, their practitioners' names mined without it; held sets fresh and fresh2-fresh20, 4,597 "
    "names; round 26's column gives 3042 · 0.668 · 0.768, its published figures): the defaults with fresh21 3032 · "
    "0.666 (1692/2541) · 0.765 (1340/1752) against 3042 · 0.668 (1697/2541) · 0.768 (1345/1752), 7 held sets better "
    "(fresh9 +3, fresh3 +2, fresh6, fresh8, fresh15, fresh18, fresh20 +1) and 10 worse (fresh10, fresh12 -4, fresh5 "
    "-3, fresh4, fresh13 -2, fresh, fresh2, fresh7, fresh14, fresh19 -1); the re-ranker alone 2976 · 0.666 · 0.766 "
    "with and without it (1 better, 2 worse). Adding fresh21 gives 10 fewer right answers on the other sets: 5 fewer "
    "right ids and 5 fewer right 'none' answers (the same 1752 names left unlinked); it is shipped because every "
    "labelled set is training data once its test run is over. The named unit tests pass unchanged with it (219 passed, the lever's unit test included).",
    "",
    "fresh21's half A read with the engine of the test run (commit ff968f5: no commit since 399a204 touches the "
    "linker or the catalog data; benchmarks/results/link_round27.md): 63 misses of 141 names (16 sources, 80 with an "
    "indicator), (a) engine none 25 (the right id among the first three 13, 1st in 9; 6 names written as a definition "
    "sentence, 4 a measure table's opening and closing balances), (b) wrong id 20 (the label among the first three 8; "
    "4 by a keyword at 0.75), (c) label none linked 16 (14 by similarity at 0.12-0.23, a keyword 0.90, an exact name "
    "0.97), (d) doubt 2 (a count of deals labelled a win rate); 40 of the 63 from four product-documentation sources "
    "(Dynamics 365 measure tables 13, Marketo Measure tiles 12, an SLA KPI list 10, Adobe Campaign 5). No miss is "
    "marked a data field (fresh21 took only names presented as measures). Of the 16 names of (c), the BM25 baseline "
    "(its development threshold, 6.01) leaves 13 unlinked (12 linked by the linker by similarity at 0.12-0.23, 1 by a "
    "keyword 0.90); of the 33 right links of half A, BM25 leaves 11 unlinked (5 below 0.20). Pooled with rounds "
    "25-26's halves A (305 names, 118 misses): (a) 36, (b) 35, (c) 45, (d) 2: (c) the largest.",
    "",
    "Round 27's lever, aimed at (c): the none decision by scattered candidates (defined and committed before its "
    "judged run, commit 0d9a36b: `IndicatorLinker(scatter_none=True)`, a link below confidence T, not an exact "
    "catalog name, is left unlinked when the name's first five candidates of the hand-set fit come from at least S "
    "catalog domains, an id's first part; no word list), judged by leave one set out over fresh and fresh2-fresh21 on "
    "the folds of this round's retrain (`python benchmarks/link_rerank_cv.py --write --without fresh21 --dump "
    "FOLDS.pkl`, the same run as the figures above), (S, T) chosen in each fold on the other fresh sets (S 3-5, T "
    "0.15-0.40; the most right answers at a none precision not lower than the defaults' there): `python "
    "benchmarks/link_scatter_none.py --folds FOLDS.pkl --out benchmarks/results/link_scatter_none.md`. No value pair "
    "qualifies in any fold: the rule is off in all 21 folds, 3154 · 0.655 · 0.757 as the defaults: it FAILS round "
    "19's rule (no more right answers) and stays off (`scatter_none=False`). Why, on all held sets pooled: every "
    "(S, T) that adds right answers lowers both top-1 and none precision (S 4 / T 0.15: 3202, +48, top-1 0.627, none "
    "precision 0.723; S 3 / T 0.2: 3234, +80, 0.564, 0.665; S 5 / T 0.15: 3160, +6, 0.642, 0.741): as with round "
    "26's lexical evidence, more right 'none' answers bought with fewer right ids and more wrong 'none' answers.",
    "",
    "Test run of round 27, once, after the round was merged (commit 8d82b45): fresh22 (211 names from 26 sources, 144 "
    "zh / 67 en, 68 with an indicator, 143 none, most of the none names cloud-monitoring counters) gives top-1 0.37 / "
    "none precision 0.80, 129 of 211 right (zh 0.39 / 0.84, 95 right; en 0.33 / 0.69, 34 right); none recall 0.73. "
    "BM25 in the same run 0.19 / 0.73, 139 right (none recall 0.88: on a set two thirds none, leaving names unlinked "
    "pays); round 15's linker (no learned link-or-none decision) 0.41 / 0.82, 131 right. Round 26's code (commit "
    "ff968f5) on the same names, run afterwards for comparison only: the same figures (0.37 / 0.80, 129). Goals "
    "missed (top-1 0.85, none precision 0.90).",
)

ROUND26_NOTES = (
    "### Round 26 (issue 12): fresh20 is development data; the models retrained with it",
    "",
    "fresh20 (round 25's test set, run then) is development data now: halved by source like fresh2-fresh19, its half "
    "B in the pooled check, its names mined as practitioners' names (link_vocabulary.yaml: 4,988 names, were 4,761; "
    "`python benchmarks/link_mine_vocabulary.py --write --out benchmarks/results/link_vocabulary.md`, leave one set "
    "out over fresh-fresh20, 4,597 names: the practitioners' names 2925 right against the hand-set linker's 2913, 10 "
    "held sets better, 4 worse; the rule over all fresh sets now chooses alias 0.7 / none part off / below 0.3, "
    "round 25's 0.7 / 0.8 / 0.3: the linker's none_similarity 0.8 left as it is, not judged this round), the "
    "re-ranker and the link-or-none decision retrained on every set (link_reranker.yaml; the thresholds the rule "
    "chooses are 0.125 for a linked name and 0.175 for an unlinked one, were 0.125 / 0.2). Leave one set out over "
    "fresh and fresh2-fresh20 (`python benchmarks/link_rerank_cv.py --write --without fresh20 --out "
    "benchmarks/results/link_rerank.md`; 4,597 names, 2,541 with an indicator; right · top-1 · none precision): "
    "round 14's linker 2938 · 0.651 · 0.766; the top-5 re-ranker 2976 · 0.666 (1692/2541) · 0.766 (1284/1676); with "
    "the decision **3042 · 0.668 (1697/2541) · 0.768 (1345/1752)**, 17 held sets better and 2 worse than round 14's "
    "linker by right answers; fresh20 held out 128 · 0.490 · 0.718 (its test run: 128 · 0.49 · 0.72).",
    "",
    "The new defaults against round 25's, same run, same folds (`--without fresh20`: round 25's models trained on all "
    "other sets but fresh20, their practitioners' names mined without it; held sets fresh and fresh2-fresh19, 4,370 "
    "names; round 25's column gives 2915 · 0.673 · 0.769, its published figures): the defaults with fresh20 2914 · "
    "0.675 (1648/2441) · 0.771 (1266/1642) against 2915 · 0.673 (1644/2441) · 0.769 (1271/1652), 7 held sets better "
    "(fresh11, fresh13 +3, fresh6, fresh10 +2, fresh4, fresh16, fresh18 +1) and 8 worse (fresh -5, fresh3 -3, fresh2, "
    "fresh5, fresh7, fresh12, fresh15, fresh17 -1); the re-ranker alone 2849 · 0.673 · 0.769 against the same (5 "
    "better, 4 worse). Adding fresh20 gives 1 fewer right answer on the other sets: 4 more right ids and 5 fewer "
    "right 'none' answers (10 fewer names left unlinked; none precision 0.771 against 0.769).",
    "",
    "fresh20's half A read with the engine of the test run (commit 836fd00; benchmarks/results/link_round26.md): 17 "
    "misses of 55 names (12 sources, 21 with an indicator), (a) engine none 2 (the right id not among the first "
    "three), (b) wrong id 6 (3 a near measure of another function or industry, 3 a count or amount read as another "
    "measure), (c) label none linked 9 (6 one app-statistics product's counts and amounts by similarity at 0.11-0.25, "
    "an exact catalog name 0.97, two keywords 0.75 / 0.90), (d) doubt 0; 13 of the 17 from one product's metric maps "
    "(dcloudio/uni-admin's uni-stat). No miss is marked a data field (fresh20 took only names presented as "
    "measures). Of the 9 names of (c), the BM25 baseline (its development threshold, 6.01) leaves 8 unlinked (6 "
    "linked by the linker by similarity at 0.11-0.25, 1 by a keyword 0.75, 1 by an exact name 0.97); of the 13 right "
    "links of half A, BM25 leaves 6 unlinked (2 below 0.30: 0.23, 0.26).",
    "",
    "Round 26's lever, the none decision with lexical evidence (defined and committed before its judged run, commit "
    "8b95638: `IndicatorLinker(lexical_none=True)`, a link below confidence T, not an exact catalog name, is left "
    "unlinked when the name's best plain BM25 score by whole words over the catalog's texts is at most L; no word "
    "list), judged by leave one set out over fresh and fresh2-fresh20 on the folds of link_rerank_cv.py, (L, T) "
    "chosen in each fold on the other fresh sets (L 0-10, T 0.15-0.40; the most right answers at a none precision "
    "not lower than the defaults' there): `python benchmarks/link_rerank_cv.py --dump FOLDS.pkl` then `python "
    "benchmarks/link_lexical_none.py --folds FOLDS.pkl --out benchmarks/results/link_lexical_none.md`. No value "
    "pair qualifies in any fold: the rule is off in all 20 folds, 3042 · 0.668 · 0.768 as the defaults: it FAILS "
    "round 19's rule (no more right answers) and stays off (`lexical_none=False`). Why, on all held sets pooled: "
    "every (L, T) that adds more than 2 right answers lowers both top-1 and none precision (L 6 / T 0.2: 3183 right, "
    "+141, top-1 0.603, none precision 0.698; L 4 / T 0.2: 3092, +50, 0.645, 0.738): more right 'none' answers "
    "bought with fewer right ids and more wrong 'none' answers, away from both goals.",
    "",
    "Test run of round 26, once, after the round was merged (commit 399a204): fresh21 (214 names from 26 sources: 14 "
    "GitHub files of the code corpus, 10 docs sources, 2 pages; names their authors presented as measures; 114 with "
    "an indicator; 145 zh / 69 en) gives top-1 0.41 / none precision 0.65, 122 of 214 right (zh 0.37 / 0.62, 83; en "
    "0.50 / 0.72, 39); without the learned decision 0.41 / 0.64, 119; BM25 0.25 / 0.52, 113 right (none recall 0.84 "
    "against the linker's 0.75). Goals (0.85 / 0.90) missed; the lowest top-1 of the fresh test sets since fresh18. "
    "Round 25's code (commit 570c1e2, round 25's models) on the same names, run afterwards for comparison only: 0.41 "
    "/ 0.65, 123 right (zh 0.37 / 0.62, 84; en the same).",
)

ROUND25_NOTES = (
    "### Round 25 (issue 12): fresh19 is development data; the models retrained with it",
    "",
    "fresh19 (round 24's test set, run then) is development data now: halved by source like fresh2-fresh18, its half "
    "B in the pooled check, its names mined as practitioners' names (link_vocabulary.yaml: 4,761 names, were 4,549; "
    "the rule of link_mine_vocabulary.py still chooses alias 0.7 / none 0.8 / below 0.3 over all fresh sets: `python "
    "benchmarks/link_mine_vocabulary.py --write --out benchmarks/results/link_vocabulary.md`, leave one set out over "
    "fresh-fresh19, the practitioners' names 2801 right against the hand-set linker's 2787, 10 held sets better, 4 "
    "worse), the re-ranker and the link-or-none decision retrained on every set (link_reranker.yaml; the thresholds "
    "the rule chooses are 0.125 for a linked name and 0.2 for an unlinked one, unchanged). Leave one set out over "
    "fresh and fresh2-fresh19 (`python benchmarks/link_rerank_cv.py --write --without fresh19 --out "
    "benchmarks/results/link_rerank.md`; 4,370 names, 2,441 with an indicator; right · top-1 · none precision): "
    "round 14's linker 2806 · 0.655 · 0.769; the top-5 re-ranker 2849 · 0.673 (1642/2441) · 0.769 (1207/1570); with "
    "the decision **2915 · 0.673 (1644/2441) · 0.769 (1271/1652)**, 18 held sets better and 0 worse than round 14's "
    "linker by right answers; fresh19 held out 130 · 0.609 · 0.828 (its test run: 130 · 0.61 · 0.83).",
    "",
    "The new defaults against round 24's, same run, same folds (`--without fresh19`: round 24's models trained on all "
    "other sets but fresh19, their practitioners' names mined without it; held sets fresh and fresh2-fresh18, 4,158 "
    "names; round 24's column gives 2774 · 0.678 · 0.766, its published figures): the defaults with fresh19 2785 · "
    "0.676 (1591/2354) · 0.766 (1194/1559) against 2774 · 0.678 (1596/2354) · 0.766 (1178/1537), 9 held sets better "
    "(fresh5, fresh16 +4, fresh, fresh12 +3, fresh7, fresh9 +2, fresh2, fresh14, fresh15 +1) and 5 worse (fresh6, "
    "fresh13 -3, fresh8 -2, fresh11, fresh17 -1); the re-ranker alone 2719 · 0.675 · 0.765 against 2718 · 0.675 · "
    "0.765 (3 better, 4 worse). Adding fresh19 gives 11 more right answers on the other sets: 5 fewer right ids and "
    "16 more right 'none' answers (22 more names left unlinked; none precision 0.7659 against 0.7664).",
    "",
    "fresh19's half A read with the engine of the test run (commit f8a92ff; benchmarks/results/link_round25.md): 38 "
    "misses of 109 names (15 sources, 47 with an indicator), (a) engine none 9 (5 with the right id not among the first "
    "three), (b) wrong id 9 (4 streams of revenue read as a ratio or a hotel measure), (c) label none linked 20 (4 one "
    "metric dictionary's funnel-step conversions, 4 one headcount entity's fields), (d) doubt 0. Marked apart: 13 of the "
    "38 misses are data fields nobody presented as a measure (5 Java row, response, DTO and entity classes: 4 in (a), "
    "3 in (b), 6 in (c)); the 46 data-field names of half A give 13 misses, the other 63 names 25. For a later "
    "none decision (no change this round): of the 20 names of (c), the BM25 baseline (its development threshold, "
    "6.01) leaves 17 unlinked, 15 of them linked by the linker with a confidence of at most 0.30, 2 by a keyword (0.75, "
    "0.90); of the 29 right links of half A, BM25 leaves 16 unlinked (8 below 0.30). No lever this round (none could be "
    "judged by leave one set out over fresh-fresh19 and committed by 19:35).",
    "",
    "Test run of round 25, once, after the round was merged (commit 836fd00): fresh20 (227 names from 40 sources: 33 "
    "GitHub files of the code corpus, 7 docs sources; names their authors presented as measures, no raw data fields; "
    "100 with an indicator; 152 zh / 75 en) gives top-1 0.49 / none precision 0.72, 128 of 227 right (zh 0.46 / 0.77, "
    "87; en 0.54 / 0.59, 41); without the learned decision 0.50 / 0.73, 127; BM25 0.28 / 0.66, 143 right (it leaves "
    "far more names unlinked: none recall 0.91 against the linker's 0.62). Goals (0.85 / 0.90) missed. Round 24's "
    "code (commit 768e439) on the same names, run at the same time in another worktree for comparison only: 0.48 / "
    "0.71, 126 right (zh 0.44 / 0.76, 85; en the same).",
)

ROUND24_NOTES = (
    "### Round 24 (issue 12): fresh18 is development data; the models retrained with it",
    "",
    "fresh18 (round 23's test set, run then) is development data now: halved by source like fresh2-fresh17, its half "
    "B in the pooled check, its names mined as practitioners' names (link_vocabulary.yaml: 4,549 names, were 4,289; "
    "the rule of link_mine_vocabulary.py still chooses alias 0.7 / none 0.8 / below 0.3 over all fresh sets, the "
    "defaults: `python benchmarks/link_mine_vocabulary.py --out benchmarks/results/link_vocabulary.md`, leave one set "
    "out over fresh-fresh18, the practitioners' names 2676 right against the hand-set linker's 2660, 10 held sets "
    "better, 3 worse), the re-ranker and the link-or-none decision retrained on every set (link_reranker.yaml; the thresholds the rule "
    "chooses are 0.125 for a linked name and 0.2 for an unlinked one, were 0.125 / 0.175). Leave one set out over "
    "fresh and fresh2-fresh18 (`python benchmarks/link_rerank_cv.py --write --without fresh18 --out "
    "benchmarks/results/link_rerank.md`; 4,158 names, 2,354 with an indicator; right · top-1 · none precision): "
    "round 14's linker 2681 · 0.659 · 0.765; the top-5 re-ranker 2718 · 0.675 (1588/2354) · 0.765 (1130/1477); with "
    "the decision **2774 · 0.678 (1596/2354) · 0.766 (1178/1537)**, 15 held sets better and 2 worse than round 14's "
    "linker by right answers; fresh18 held out 131 · 0.344 · 0.584 (its test run: 131 · 0.34 · 0.58).",
    "",
    "The new defaults against round 23's, same run, same folds (`--without fresh18`: round 23's models trained on all "
    "other sets but fresh18, their practitioners' names mined without it; held sets fresh and fresh2-fresh17, 3,898 "
    "names; round 23's column gives 2631 · 0.695 · 0.784, its published figures): the defaults with fresh18 2643 · "
    "0.697 (1552/2226) · 0.786 (1091/1388) against 2631 · 0.695 (1546/2226) · 0.784 (1085/1384), 7 held sets better "
    "(fresh13 +5, fresh8 +4, fresh4 +2, fresh14 +2, fresh11, fresh12, fresh15 +1) and 4 worse (fresh, fresh2, "
    "fresh9, fresh16 -1); the re-ranker alone 2588 · 0.693 · 0.784 against 2583 · 0.691 · 0.784 (5 better, 0 "
    "worse). Adding fresh18 gives 12 more right answers on the other sets: 6 more right ids and 6 more right 'none' "
    "answers (4 more names left unlinked).",
    "",
    "fresh18's half A read with the engine of the test run (commit ce95a54; benchmarks/results/link_round24.md): 51 "
    "misses of 98 names (11 sources, 42 with an indicator), (a) engine none 24 (20 with the right id not among the "
    "first three, 9 of them two insurance sources' 保费 / 件均 / 通次 / 赔款 names), (b) wrong id 6, (c) label none "
    "linked 21 (8 one archivist appraisal page's), (d) doubt 0. Marked apart: 14 of the 51 misses are data fields "
    "nobody presented as a measure (a C# model class's properties, a Java DTO's and a Java bean's fields: 4 in (a), 3 "
    "in (b), 7 in (c)); the 34 data-field names of half A (4 sources) give 14 misses, the other 64 names 37. No lever "
    "this round (none could be judged by leave one set out over fresh-fresh18 and committed by 19:10).",
    "",
    "Test run of round 24, once, after the round was merged (commit f8a92ff): fresh19 (212 names from 26 sources: 24 "
    "GitHub files of the code corpus, 2 docs pages; 87 with an indicator; 149 zh / 63 en) gives top-1 0.61 / none "
    "precision 0.83, 130 of 212 right (zh 0.56 / 0.82, 94; en 0.71 / 0.84, 36); without the learned decision the "
    "same 0.61 / 0.83, 130; BM25 0.38 / 0.70, 142 right (it leaves far more names unlinked: none recall 0.87 against "
    "the linker's 0.62). Goals (0.85 / 0.90) missed. Round 23's code (commit ce95a54) on the same names, run "
    "afterwards for comparison only: 0.62 / 0.84, 131 right (zh 0.58 / 0.84, 95; en 0.71 / 0.84, 36): the retrain "
    "with fresh18 cost one right answer here.",
)

ROUND23_NOTES = (
    "### Round 23 (issue 12): fresh17 is development data; the models retrained with it",
    "",
    "fresh17 (round 22's test set, run then) is development data now: halved by source like fresh2-fresh16, its half "
    "B in the pooled check, its names mined as practitioners' names (link_vocabulary.yaml: 4,289 names; the rule of "
    "link_mine_vocabulary.py still chooses alias 0.7 / none 0.8 / below 0.3 over all fresh sets, the defaults), the "
    "re-ranker and the link-or-none decision retrained on every set (link_reranker.yaml; the thresholds the rule "
    "chooses are 0.125 for a linked name and 0.175 for an unlinked one, were 0.125 / 0.15). Leave one set out over "
    "fresh and fresh2-fresh17 (`python benchmarks/link_rerank_cv.py --write --without fresh17 --out "
    "benchmarks/results/link_rerank.md`; 3,898 names, 2,226 with an indicator; right · top-1 · none precision): "
    "round 14's linker 2553 · 0.678 · 0.784; the top-5 re-ranker 2583 · 0.691 (1539/2226) · 0.784 (1044/1332); with "
    "the decision **2631 · 0.695 (1546/2226) · 0.784 (1085/1384)**, 15 held sets better and 2 worse than round 14's "
    "linker by right answers; fresh17 held out 122 · 0.553 · 0.714 (its test run: 122 · 0.55 · 0.71).",
    "",
    "The new defaults against round 22's, same run, same folds (`--without fresh17`: round 22's models trained on all "
    "other sets but fresh17, their practitioners' names mined without it; held sets fresh and fresh2-fresh16, 3,698 "
    "names; round 22's column gives 2491 · 0.702 · 0.788, its published figures): the defaults with fresh17 2509 · "
    "0.701 (1489/2123) · 0.789 (1020/1293) against 2491 · 0.702 (1490/2123) · 0.788 (1001/1271), 8 held sets better "
    "(fresh12 +8, fresh8 +4, fresh6 +3, fresh9 +3, fresh5 +2, fresh3, fresh13, fresh16 +1) and 3 worse (fresh15 -3, "
    "fresh4, fresh7 -1); the re-ranker alone 2463 · 0.698 · 0.789 with and without it (3 better, 3 worse). Adding "
    "fresh17 gives 18 more right answers on the other sets: one fewer right id and 19 more right 'none' answers (22 "
    "more names left unlinked).",
    "",
    "fresh17's half A read with the engine of the test run (benchmarks/results/link_round23.md): 31 misses of 69 "
    "names, (a) engine none 12 (7 of them one fund platform's '<who> 人数' head counts), (b) wrong id 8 (5 an "
    "industry only the page says, 2 a function), (c) label none linked 11, (d) doubt 0. No lever this round (none "
    "could be judged by leave one set out and committed by 16:48).",
    "",
    "Test run of round 23, once, after the round was merged (commit 79baf8f): fresh18 (260 names from 26 sources: 24 "
    "GitHub files of the code corpus, 1 docs page, 1 stored page; 128 with an indicator; 177 zh / 83 en; energy, "
    "telecom, construction, hospitality, logistics, insurance and back-office pages) gives top-1 0.34 / none "
    "precision 0.58, 131 of 260 right (zh 0.37 / 0.57, 90; en 0.28 / 0.61, 41); without the learned decision 0.35 / "
    "0.59, 130; BM25 0.16 / 0.54, 133 right (it leaves far more names unlinked). Goals (0.85 / 0.90) missed; far "
    "below the test runs of fresh2-fresh17 recorded here (top-1 0.55-0.71). Round 22's code (commit 4322539) on the same names, run afterwards for "
    "comparison only: 0.35 / 0.59, 131 right (zh 0.38 / 0.59, 92; en 0.28 / 0.59, 39).",
)

ROUND22_NOTES = (
    "### Round 22 (issue 12): fresh16 is development data; the models retrained with it",
    "",
    "fresh16 (round 21's test set, run then) is development data now: halved by source like fresh2-fresh15, its half "
    "B in the pooled check, its names mined as practitioners' names (link_vocabulary.yaml: 4,089 names; the rule of "
    "link_mine_vocabulary.py still chooses alias 0.7 / none 0.8 / below 0.3 over all fresh sets, the defaults), the "
    "re-ranker and the link-or-none decision retrained on every set (link_reranker.yaml; the thresholds the rule "
    "chooses are 0.125 for a linked name and 0.15 for an unlinked one, were 0.125 / 0.175). Leave one set out over "
    "fresh and fresh2-fresh16 (`python benchmarks/link_rerank_cv.py --write --without fresh16 --out "
    "benchmarks/results/link_rerank.md`; 3,698 names, 2,123 with an indicator; right · top-1 · none precision): "
    "round 14's linker 2431 · 0.683 · 0.789; the top-5 re-ranker 2463 · 0.698 (1482/2123) · 0.789 (981/1243); with "
    "the decision **2491 · 0.702 (1490/2123) · 0.788 (1001/1271)**, 14 held sets better and 1 worse than round 14's "
    "linker by right answers; fresh16 held out 141 · 0.556 · 0.827 (its test run: 141 · 0.56 · 0.83).",
    "",
    "The new defaults against round 21's, same run, same folds (`--without fresh16`: round 21's models trained on all "
    "other sets but fresh16, their practitioners' names mined without it; held sets fresh and fresh2-fresh15, 3,479 "
    "names; round 21's column gives 2368 · 0.708 · 0.785, its published figures): the defaults with fresh16 2350 · "
    "0.708 (1440/2033) · 0.784 (910/1161) against 2368 · 0.708 (1439/2033) · 0.785 (929/1184), 3 held sets better "
    "(fresh, fresh6 +2, fresh11) and 10 worse (fresh8 -6, fresh12 -5, fresh10 -2, fresh13 -2, fresh14 -2, fresh3, "
    "fresh4, fresh5, fresh7, fresh9 -1); the re-ranker alone 2322 · 0.704 · 0.783 against 2320 · 0.703 · 0.783 (4 "
    "better, 2 worse). Adding fresh16 gives 18 fewer right answers on the other sets: one more right id and 19 fewer "
    "right 'none' answers (23 fewer names left unlinked); it is shipped because every labelled set is training data "
    "once its test run is over.",
    "",
    "Reading faults (bugs; benchmarks/results/link_round22.md). (i) The target cut left its comparison words behind: "
    "the Chinese pattern cut the number of an English name first, so 'Sales growth of 12%' was read as 'Sales growth "
    "of' (the same for by / to / at least / above / more than), 合格率在98%以上 as 合格率在, and 为 / 达 cut 不安全行为3次 "
    "to 不安全行; now the comparison words left at the end go with the number, and 为 / 达 / 在 ending 行为, 送达, 存在 "
    "... stay (unit test, 14 of 17 cases failed before). Leave one set out over fresh-fresh16, same run (`python "
    "benchmarks/link_round22.py --only today,cut --out benchmarks/results/link_round22_cv.md`): 2491 · 0.702 · "
    "0.788 with and without it, the same answer for every one of the 3,698 names (5 labelled names are read "
    "differently, none answered differently): no right answer lost, kept; link_reranker.yaml retrained with it (the "
    "same thresholds). (ii) Catalog keywords that name another indicator: a schema test "
    "(tests/catalog/test_catalog.py) flags 159 (indicator, keyword) pairs whose keyword is another indicator's name "
    "or merged name; read one by one, 79 truly belong to both (allow-list SHARED_WORDS) and 80 name a neighbouring "
    "measure (赔付率 / loss ratio on combined_ratio). Dropping the 80 fails the rule fixed for it (suggestions' pooled "
    "halves B id hit@5 zh 0.772 -> 0.772, en 0.779 -> 0.776, one query; SMART halves B TP-FP 187 -> 187): the words "
    "stay, listed as NEIGHBOUR_WORDS, and a new such keyword fails the test. For the linker, (i) + (ii) in leave one "
    "set out (`--only both`, a separate process, same code and data): 2503 · 0.705 (1496/2123) · 0.787 (1007/1280) "
    "against 2491 · 0.702 · 0.788, 9 held sets better and 4 worse; (ii) alone not run.",
    "",
    "fresh16's half A read with the engine of the test run: 22 misses of 78 names, (a) engine none 4, (b) wrong id 6 "
    "(2 an industry only the page says, 2 a function), (c) label none linked 11, (d) doubt 1. No lever this round "
    "(decided before 15:30: the time went to the bookkeeping and the reading faults).",
    "",
    "Test run of round 22, once, after the round was merged (commit 0941ac5): fresh17 (200 names from 25 sources: 23 "
    "GitHub files of the code corpus, 2 docs pages; 103 with an indicator; 144 zh / 56 en) gives top-1 0.55 / none "
    "precision 0.71, 122 of 200 right (zh 0.48 / 0.72, 88; en 0.68 / 0.70, 34); without the learned decision 0.55 / "
    "0.71, 120; BM25 0.41 / 0.58, 118. Goals (0.85 / 0.90) missed. Round 21's code (commit a204cf9) on the same names, "
    "run afterwards for comparison only: 0.54 / 0.71, 121 right (zh the same; en 0.65 / 0.70, 33).",
)

ROUND21_NOTES = (
    "### Round 21 (issue 12): fresh15 is development data; the models retrained with it",
    "",
    "fresh15 (round 19's test set, run then) is development data now: halved by source like fresh2-fresh14, its half "
    "B in the pooled check, its names mined as practitioners' names (link_vocabulary.yaml: 3,870 names; the rule of "
    "link_mine_vocabulary.py still chooses alias 0.7 / none 0.8 / below 0.3 over all fresh sets, the defaults), the "
    "re-ranker and the link-or-none decision retrained on every set (link_reranker.yaml; the thresholds the rule "
    "chooses are now 0.125 for a linked name and 0.15 for an unlinked one, were 0.125 / 0.225). Leave one set out "
    "over fresh and fresh2-fresh15 (`python benchmarks/link_rerank_cv.py --write --without fresh15 --out "
    "benchmarks/results/link_rerank.md`; 3,479 names, 2,033 with an indicator; right · top-1 · none precision): "
    "round 14's linker 2298 · 0.692 · 0.782; round 15's top-5 re-ranker 2319 · 0.702 (1428/2033) · 0.782 "
    "(891/1139); with the decision **2361 · 0.706 (1436/2033) · 0.783 (925/1182)**, 13 held sets better and 1 worse "
    "than round 14's linker by right answers; fresh15 held out 161 · 0.613 · 0.846 (its test run: 161 · 0.61 · 0.85).",
    "",
    "The new defaults against round 19's, same run, same folds (`--without fresh15`: round 19's models trained on all "
    "other sets but fresh15, their practitioners' names mined without it; held sets fresh and fresh2-fresh14, 3,261 "
    "names; round 19's column gives 2211 · 0.711 · 0.775, its published figures): the defaults with fresh15 2200 · "
    "0.711 (1379/1940) · 0.775 (821/1059) against 2211 · 0.711 (1379/1940) · 0.775 (832/1074), 6 held sets better "
    "(fresh +3, fresh10 +2, fresh3, fresh4, fresh9, fresh14 +1) and 6 worse (fresh8 -6, fresh13 -5, fresh2 -3, fresh6 "
    "-3, fresh5 -2, fresh11 -1); the re-ranker alone 2158 · 0.706 · 0.773 against 2158 · 0.707 · 0.772 (3 better, 2 "
    "worse). Adding fresh15 gives 11 fewer right answers on the other sets, all of them right 'none' answers (the "
    "same 1379 right ids; 15 fewer names left unlinked); it is shipped because every labelled set is training data "
    "once its test run is over.",
    "",
    "Name-reading fixes (bugs; benchmarks/results/link_round21.md): the kind of quantity, the change words and the "
    "target cut's comparison words are read in simplified characters (`clean_name` converts the script first: "
    "首次回應時間 is a time, 營業額增長率 a change), and a number joined to the next word by a hyphen is part of the "
    "name ('4- and 6-year Graduation Rates' was cut to '4- and'). 電子報 was named as a third fault: the conversion "
    "gives 电子报; the catalog lacks the word (newsletter), no change. Leave one set out, same run (`python "
    "benchmarks/link_round21.py --out benchmarks/results/link_round21_cv.md`): **2368 · 0.708 (1439/2033) · 0.785 "
    "(929/1184)** against round 19's reading 2361 · 0.706 (1436/2033) · 0.783 (925/1182), 4 held sets better "
    "(fresh8 +6) and 3 worse (-1 each): no right answer lost pooled, kept; the shipped re-ranker and decision "
    "retrained with them (thresholds 0.125 / 0.175).",
    "",
    "fresh15's half A read with the engine of the test run: 37 misses, (a) engine none 10, (b) wrong id 14 (5 of them "
    "an industry only the page says), (c) label none linked 13, (d) doubt 0. The lever, aimed at (b): a keyword of "
    "an indicator whose unit measures another kind of quantity than the name is no exact link "
    "(`keyword_kind_check`). Same run, against the defaults with the fixes: 2364 · 0.707 · 0.782 against 2368 · "
    "0.708 · 0.785, 5 held sets better and 9 worse: fails round 19's rule, left off.",
    "",
    "Test run of round 21, once, after the round was merged (commit 9a18710): fresh16 (219 names from 29 sources: 18 "
    "GitHub files, 11 stored pages; 90 with an indicator; 151 zh / 68 en; a quarter of the names from the "
    "project-expenditure forms of one public bureau, labelled none by the rules where they are task-completion "
    "rates) gives top-1 0.56 / none precision 0.83, 141 of 219 right (zh 0.56 / 0.83, 102; en 0.55 / 0.81, 39); "
    "without the learned decision 0.56 / 0.85, 141; BM25 0.40 / 0.70. Goals (0.85 / 0.90) missed. Round 20's code "
    "(commit d9cfe97) on the same names, run afterwards for comparison only: 0.57 / 0.82, 142 right (zh the same; en "
    "0.58 / 0.78, 40).",
)

ROUND19_NOTES = (
    "### Round 19 (issue 12): fresh14 is development data; the models retrained with it",
    "",
    "fresh14 (round 18's test set, run then) is development data now: halved by page like fresh2-fresh13, its half B "
    "in the pooled check, its names mined as practitioners' names (link_vocabulary.yaml: 3,652 names; the rule of "
    "link_mine_vocabulary.py still chooses alias 0.7 / none 0.8 / below 0.3 over all fresh sets, the defaults), the "
    "re-ranker and the link-or-none decision retrained on every set (link_reranker.yaml; the thresholds the rule "
    "chooses are now 0.15 for a linked name and 0.125 for an unlinked one, were 0.125 / 0.225). Leave one set out "
    "over fresh and fresh2-fresh14 (`python benchmarks/link_rerank_cv.py --write --without fresh14 --kind`, "
    "benchmarks/results/link_rerank.md; 3,261 names, 1,940 with an indicator; right · top-1 · none precision): round "
    "14's linker 2137 · 0.696 · 0.772; round 15's top-5 re-ranker 2158 · 0.707 (1371/1940) · 0.772 (787/1019); with "
    "round 16's decision **2207 · 0.710 (1377/1940) · 0.773 (830/1074)**, 13 held sets better and 1 worse than the "
    "re-ranker alone by right answers; fresh14 held out 150 · 0.686 · 0.779.",
    "",
    "With the lower threshold for an unlinked name the retrained decision linked 'Customer satisfaction "
    "improvement' to `customer_service.csat` (tests/suggest/test_linking.py: the growth of a measure is not the "
    "measure, LABELLING.md). The decision's candidate for an unlinked name that is a change is now the first of the "
    "hand-set fit that is a change too (none when no such candidate), in the linker and so in its training rows. Its "
    "cost in the same folds: the first run without it gave 2213 · 0.710 (1377/1940) · 0.773 (836/1081); of the 23 "
    "answers that differ, 8 gained and 14 lost, 3 of those change names (1 gained, 2 lost): the rest is the "
    "retrained model moving.",
    "",
    "The new defaults against round 18's, same run, same folds (`--without fresh14`: round 18's models trained on all "
    "other sets but fresh14, their practitioners' names mined without it; held sets fresh and fresh2-fresh13, 3,046 "
    "names; round 18's column gives 2066 · 0.714 · 0.777 against its published 2064 · 0.714 · 0.778, the change "
    "convention being in this code): the defaults with fresh14 2057 · 0.711 (1294/1819) · 0.772 (763/988) against "
    "2066 · 0.714 (1298/1819) · 0.777 (768/988), 2 held sets better and 7 worse by right answers; the re-ranker "
    "alone 2015 · 0.709 · 0.775 against 2017 · 0.710 · 0.774 (2 better, 4 worse). Adding fresh14 gives 9 fewer "
    "right answers on the other sets and lower pooled top-1 and none precision; it is shipped because every "
    "labelled set is training data once its test run is over.",
    "",
    "fresh14's half A read with the engine of the test run (benchmarks/results/link_round19.md): 36 misses, (a) the "
    "label has an id and the engine said none 15, (b) a wrong id 9 (6 of them another department or industry, 4 "
    "decided by the page), (c) label none and the engine linked 11, (d) labelling doubt 1. The lever, aimed at (a) "
    "and adding no labelled name: the learned decision reads the kind of quantity of the name and of its candidate's "
    "unit (`kind_agrees`, `kind_clashes`, as the re-ranker already does). Leave one set out, same run as the figures "
    "above (`--kind`): the decision with them **2211 · 0.711 (1379/1940) · 0.775 (832/1074)** against 2207 · 0.710 "
    "(1377/1940) · 0.773 (830/1074) without them, 4 held sets better (fresh5 +3, fresh8 +2, fresh9, fresh11) and 2 "
    "worse (fresh10 -2, fresh14 -1), lower none precision on fresh10 and fresh14: it passes round 19's rule (pooled "
    "right answers up, none precision not lower, at most 2 held sets worse) and is wired in (link_reranker.yaml "
    "regenerated with them: thresholds 0.125 / 0.225; the why of a decided link names the kind of quantity, zh and "
    "en). The margin is small and not robust: the first run, before the change convention above, gave 2208 against "
    "2213 (0 held sets better, 4 worse), a fail; the shipped weights of the two features have the same sign "
    "(kind_agrees -0.38, kind_clashes -0.42 in raw units, kind_said +0.50), so an agreeing and a clashing kind differ "
    "by 0.04 in the logit, and most of the difference comes from the retrained model and its thresholds. The "
    "labelling rules make a count and its rate, a time and its on-time rate, a rate and its inverse the same measure, "
    "so a kind mismatch says little about a link in these labels.",
    "",
    "Test run of round 19, once, after the round was merged (commit e8c0f74): fresh15 (218 names from 31 sources, 19 "
    "stored pages and 12 GitHub files, 93 with an indicator, labelled by another person before any engine ran on it): "
    "top-1 0.61 / none precision 0.85, 161 right (zh 0.61 / 0.85, en 0.61 / 0.82); the same code without the "
    "decision 0.62 / 0.87, 161 right; BM25 0.43 / 0.69; goal 0.85 / 0.90 not met. Round 18's code (commit d460c59) on "
    "the same names, run afterwards for comparison only: the same 0.61 / 0.85, 161 right: the retraining with "
    "fresh14 and the kind of quantity in the decision carried nothing to this set.",
)

ROUND18_NOTES = (
    "### Round 18 (issue 12): fresh13 is development data; the models retrained with it",
    "",
    "fresh13 (round 17's test set, run then) is development data now: halved by page like fresh2-fresh12, its half B "
    "in the pooled check, its names mined as practitioners' names (link_vocabulary.yaml: 3,437 names; the rule of "
    "link_mine_vocabulary.py still chooses alias 0.7 / none 0.8 / below 0.3 over all fresh sets, the defaults), the "
    "re-ranker and the link-or-none decision retrained on every set (link_reranker.yaml; thresholds unchanged, 0.125 "
    "for a linked name, 0.225 for an unlinked one). Leave one set out over fresh and fresh2-fresh13 (`python "
    "benchmarks/link_rerank_cv.py --write --without fresh13`, benchmarks/results/link_rerank.md; 3,046 names, 1,819 "
    "with an indicator; right · top-1 · none precision): round 14's linker 1994 · 0.698 · 0.774; round 15's top-5 "
    "re-ranker 2017 · 0.710 (1292/1819) · 0.774 (725/937); with round 16's decision (the defaults) **2064 · 0.714 "
    "(1299/1819) · 0.778 (765/983)**, 12 held sets better and 0 worse than the re-ranker alone by right answers; "
    "fresh13 held out 140 · 0.641 · 0.714.",
    "",
    "The new defaults against round 17's, same run, same folds (`--without fresh13`: round 17's models are the same "
    "ones trained on all other sets but fresh13, their practitioners' names mined without it; held sets fresh and "
    "fresh2-fresh12, 2,833 names; round 17's column reproduces its published 1930 · 0.718 · 0.780): the defaults "
    "with fresh13 1924 · 0.719 (1224/1702) · 0.785 (700/892) against 1930 · 0.718 (1222/1702) · 0.780 (708/908), 2 "
    "held sets better and 7 worse by right answers, lower top-1 on fresh2, fresh3, fresh4 and fresh11, lower none "
    "precision on fresh5, fresh6 and fresh11; the re-ranker alone 1883 · 0.715 · 0.780 against 1885 · 0.716 · 0.780 "
    "(2 better, 5 worse). Adding fresh13 gives 6 fewer right answers (8 fewer right 'none', 2 more right ids) and "
    "slightly higher pooled top-1 and none precision; it is shipped because every labelled set is training data once "
    "its test run is over.",
    "",
    "The decision feature `vague` is 0 wherever the decision applies (a bare measure word keeps its answer) but not "
    "in its training rows. Removed and the models retrained, same folds (a copy of the code, `python "
    "benchmarks/link_rerank_cv.py --write` there; not shipped): 2066 · 0.714 (1299/1819) · 0.778 (767/986) against "
    "2064 · 0.714 (1299/1819) · 0.778 (765/983); fresh10 142 · 0.604 · 0.750 against 141 · 0.613 · 0.760, fresh11 "
    "143 · 0.590 · 0.779 against 142 · 0.581 · 0.771, every other held set the same. Two right answers is more than "
    "the one the round allowed for a removal without a study: the feature stays.",
    "",
    "Meaning features from a sentence encoder (helper h79; kpiguide.text.embedding, all-MiniLM-L6-v2, English only): "
    "the cosine of a name with a candidate's English names (or names and definition) in the re-ranker, and the "
    "candidate's cosine plus the closest labelled practitioners' name by meaning in the decision, judged by leave one "
    "set out over fresh and fresh2-fresh12 against the defaults in the same folds (`python benchmarks/link_rerank_cv.py "
    "--meaning`, benchmarks/results/link_embedding.md): in the re-ranker they change nothing (1884 · 0.716 · 0.780 "
    "against 1885 · 0.716 · 0.780); in the decision the best variant gives 1935 · 0.719 · 0.783 against 1930 · 0.718 "
    "· 0.780 with 3 held sets worse and 3 with lower none precision: every variant fails the rule, the weights are 0 "
    "and the linker never loads the encoder.",
    "",
    "Test run of round 18, once, after the round was merged (commit bb9f4d4): fresh14 (215 names from 47 pages, 121 "
    "with an indicator, labelled by another person before any engine ran on it): top-1 0.68 / none precision 0.77, "
    "149 right (zh 0.65 / 0.75, en 0.74 / 0.83); the same code without the decision 0.67 / 0.75, 143 right; BM25 0.36 "
    "/ 0.52; goal 0.85 / 0.90 not met. Round 17's code (commit c65c489) on the same names, run afterwards for "
    "comparison only: 0.69 / 0.78, 150 right: retraining with fresh13 carried nothing to this set.",
)

ROUND17_NOTES = (
    "### Round 17 (issue 12): fresh12 is development data; the models retrained with it",
    "",
    "fresh12 (round 16's test set, run then) is development data now: halved by page like fresh2-fresh11, its half B "
    "in the pooled check, its names mined as practitioners' names (link_vocabulary.yaml: 3,224 names; the rule of "
    "link_mine_vocabulary.py still chooses alias 0.7 / none 0.8 / below 0.3 over all fresh sets, the defaults), the "
    "re-ranker and the link-or-none decision retrained on every set (link_reranker.yaml; thresholds 0.125 for a "
    "linked name, 0.225 for an unlinked one, was 0.2). Leave one set out over fresh and fresh2-fresh12 (`python "
    "benchmarks/link_rerank_cv.py --write --without fresh12`, benchmarks/results/link_rerank.md; 2,833 names, 1,702 "
    "with an indicator; right · top-1 · none precision): round 14's linker 1863 · 0.703 · 0.780; round 15's top-5 "
    "re-ranker 1885 · 0.716 (1219/1702) · 0.780 (666/854); with round 16's decision (the defaults) **1930 · 0.718 "
    "(1222/1702) · 0.780 (708/908)**, 12 held sets better and 0 worse than the re-ranker alone by right answers; "
    "fresh12 held out 177 · 0.709 · 0.876.",
    "",
    "The new defaults against round 16's, same run, same folds (`--without fresh12`: round 16's models are the same "
    "ones trained on all other sets but fresh12, their practitioners' names mined without it; held sets fresh and "
    "fresh2-fresh11, 2,581 names; round 16's column reproduces its published 1747 · 0.720 · 0.772): the defaults "
    "with fresh12 1753 · 0.719 (1144/1592) · 0.766 (609/795) against 1747 · 0.720 (1146/1592) · 0.772 (601/779), 5 "
    "held sets better and 3 worse by right answers, lower top-1 on fresh, fresh3 and fresh6, lower none precision "
    "on fresh, fresh3, fresh7, fresh9 and fresh10; the re-ranker alone 1719 · 0.717 · 0.769 against 1716 · 0.716 · "
    "0.769 (4 better, 2 worse). Adding fresh12 gives 6 more right answers (8 more right 'none') and no gain on the "
    "goal metrics; it is shipped because every labelled set is training data once its test run is over.",
    "",
    "Step 2, class (b) (right id in the top 5, not first): one learned, explainable feature of the top-5 re-ranker, "
    "`label_prior` = log(1 + the number of labelled practitioners' names that are the candidate; in a fold, those of "
    "the training sets only), the decision retrained on its answers (`python benchmarks/link_rerank_cv.py --prior`, "
    "benchmarks/results/link_rerank_label_prior.md; same folds, the default columns reproduce the figures above). "
    "The re-ranker with it 1891 · 0.720 (1225/1702) · 0.780 against 1885 · 0.716 · 0.780 (5 held sets better, 3 "
    "worse); with the decision 1925 · 0.720 (1225/1702) · 0.774 (700/904) against the defaults' 1930 · 0.718 · "
    "0.780: top-1 up, but none precision lower, 5 held sets better and 6 worse by right answers, 7 with a lower none "
    "precision. It fails the round's rule: not wired in (the feature is computed, its shipped weight is 0).",
    "",
    "Test run of round 17, once, after the merge (2026-12-05, commit b92df76, `python benchmarks/link_quality.py "
    "--test benchmarks/data/link_names_fresh13.yaml --out benchmarks/results/linking.md`): fresh13 (213 names from 45 "
    "pages, 117 with an indicator, labelled by another person before any engine ran on it) gives top-1 0.64 / none "
    "precision 0.71, 140 right (Chinese 0.62 / 0.75, English 0.67 / 0.65); the goal (0.85 / 0.90) is not met, and "
    "this set is harder than fresh12 for every engine. In the same run the same code without the learned decision "
    "gives 0.64 / 0.71, 134 right, and BM25 0.32 / 0.57. Round 16's code (commit 39e2688, models trained without "
    "fresh12) on the same names, run afterwards for comparison only: 0.64 / 0.72, 141 right: retraining on fresh12 "
    "did not help here either (as the leave-one-set-out above said).",
)

ROUND16_NOTES = (
    "### Round 16 (issue 12): fresh11 is development data; wide candidates and a learned link-or-none decision",
    "",
    "fresh11 (round 15's test set, run then) is development data now: halved by page like fresh2-fresh10, its half B "
    "in the pooled check, its names mined as practitioners' names (link_vocabulary.yaml: 2,972 names; the rule of "
    "link_mine_vocabulary.py still chooses alias 0.7 / none 0.8 / below 0.3 over all fresh sets, the defaults) and "
    "the re-ranker retrained on every set (link_reranker.yaml). Leave one set out over fresh and fresh2-fresh11 "
    "(`python benchmarks/link_rerank_cv.py`, benchmarks/results/link_rerank.md; 2,581 names, 1,592 with an "
    "indicator; right · top-1 · none precision): round 14's linker 1700 · 0.706 · 0.769; with round 15's top-5 "
    "re-ranker (the default until now) 1716 · 0.716 (1140/1592) · 0.769 (576/749), 10 held sets better, 1 worse.",
    "",
    "Two learned pieces were judged against that re-ranker in the same run (rule: pooled top-1 up, pooled none "
    "precision not lower, at most 2 held sets worse by right answers): (1) wide candidates for class (a) (the "
    "re-ranker also orders the linker's ranks 6-10 and the indicators of the 5 closest labelled names of the training "
    "sets, with features saying where a candidate came from; `IndicatorLinker(rerank_wide=True)`): 1714 · 0.715 · "
    "0.769, top-1 lower: not wired in (off by default). (2) a learned link-or-none decision for classes (c)/(d): a "
    "logistic model of P(the candidate is right) over explainable features (DECISION_FEATURES: the link's "
    "confidence, the best fits, the re-ranker's margin, the closest labelled name's similarity and label, the link's "
    "method, a bare measure word, a kind of quantity said, Chinese, query cover, unexplained share), thresholds "
    "chosen on the training sets (most right answers with none precision at least today's there); an exact catalog "
    "name and a bare measure word never change. One threshold: 1726 · 0.724 · 0.779 but 4 held sets worse; only "
    "unlinking 1717 · 0.716 · 0.768; only linking 1713 · 0.717 · 0.770 (3 worse); most top-1 1428 · 0.739 · 0.797 "
    "(11 worse); two thresholds (a linked name is unlinked below one, an unlinked name linked at or above the other; "
    "this variant was added after the first run of the others): **1747 · 0.720 (1146/1592) · 0.772 (601/779)**, "
    "10 held sets better, 0 worse by right answers, no held set with a lower top-1, but 4 held sets with a lower "
    "none precision (fresh 1.000 → 0.968, fresh4 0.770 → 0.727, fresh5 0.792 → 0.789, fresh11 0.780 → 0.772). It "
    "meets the rule as counted by right answers and is wired in (`IndicatorLinker(decide=True)`, the default; "
    "trained on every set, thresholds 0.125 for a linked name and 0.2 for an unlinked one, in link_reranker.yaml; "
    "a changed answer says 'the learned link-or-none decision' and P in its why; method 'decided' for a new link). "
    "Like the re-ranker it is not applied when the caller gives an industry or a function. The gain on the goal "
    "metrics is small (top-1 +0.004, none precision +0.003 pooled); most of its +31 right answers are right 'none' "
    "answers (class d). Fit: 1.3-1.9 s with and without it (one more mapping read from the same file); about "
    "1.3-1.4 ms per name warm (2 cores shared). The development rows of this page are inflated by it as by the "
    "re-ranker (trained on these names). Other engines that read the linker, with the decision and without it "
    "(`IndicatorLinker(decide=False)` patched in as the default), same day: SMART (`python benchmarks/smart_quality.py "
    "--out /tmp/…`) and redundancy (`python benchmarks/redundancy_quality.py`) give identical tables.",
    "",
    "Test run of round 16, once, after the merge (2026-12-05, commit 2322024, `python benchmarks/link_quality.py "
    "--test benchmarks/data/link_names_fresh12.yaml --out benchmarks/results/linking.md`): fresh12 (252 names from 56 "
    "pages, 110 with an indicator, labelled by another person before any engine ran on it) gives top-1 0.71 / none "
    "precision 0.88, 177 right (Chinese 0.74 / 0.90, English 0.66 / 0.83); the goal (0.85 / 0.90) is not met. In the "
    "same run the same code without the learned decision gives 0.70 / 0.86, 166 right, and BM25 0.44 / 0.68. Round "
    "15's code (commit 7fb545f) on the same names, run afterwards for comparison only: 0.69 / 0.86, 165 right "
    "(Chinese 0.71 / 0.87, English 0.66 / 0.82).",
)

ROUND15_NOTES = (
    "### Round 15 (issue 12): where the misses come from, and a re-ranker of the linker's own candidates",
    "",
    "fresh10 (round 14's test set) is development data now, split by page like fresh2-fresh9. Miss taxonomy (`python "
    "benchmarks/link_miss_taxonomy.py`, benchmarks/results/link_misses.md) on the read halves A of fresh2-fresh10 "
    "pooled (1,095 names, 642 with an indicator), round 14's linker with its practitioners' names mined from every set "
    "but the name's own (leave one set out: the shipped vocabulary holds these very names): 723 right, top-1 0.674 "
    "(433/642), none precision 0.782 (290/371); 372 misses, one class each (order: e, c, d, b, a):",
    "",
    "| class | all (372 misses) | zh (796 names, 277 misses) | en (299 names, 95 misses) |",
    "|---|---|---|---|",
    "| (a) the right indicator is not in the linker's top 5 (vocabulary / catalog gap) | 49 (13%) | 36 (13%) "
    "| 13 (14%) |",
    "| (b) in the top 5, not first (ranking) | 75 (20%) | 49 (18%) | 26 (27%) |",
    "| (c) the linker said none, the name has an indicator (none too strict; 48 of them with the indicator in the "
    "top 5) | 74 (20%) | 57 (21%) | 17 (18%) |",
    "| (d) the linker linked a name labelled none (too loose) | 154 (41%) | 121 (44%) | 33 (35%) |",
    "| (e) the label is doubtful: a second, blind labeller gave the linker's answer (counted only where a second "
    "label exists: fresh5-fresh7, 20 of their 141 misses, 14%) | 20 (5%) | 14 (5%) | 6 (6%) |",
    "",
    "Where the remaining points are: of the 642 names with an indicator, (b) costs 75 (11.7 points of top-1), (c) 74 "
    "(11.5; and 74 of the 81 wrong 'none' answers, i.e. most of the none-precision gap), (a) 49 (7.6), (e) 11 (1.7). "
    "Class (d), the largest, costs right answers and none recall, not top-1 or none precision. Top-k recall of the "
    "linker's candidate list (its answer, then its ranked candidates; the first candidate counted even where the "
    "linker said none): top-1 0.713, top-3 0.841, top-5 0.874 (561/642), top-10 0.900: a re-ranker of the top 5 can "
    "reach at most 0.874. Examples: (a) 'Stock-to-Sales Ratio' → stockout rate (labelled inventory turnover), 合同履行率 "
    "→ legal contract monitoring (supplier on-time delivery); (b) 设备的完好率 → facility intact rate, 'Cost Per Mile "
    "(CPM)' → cost per mille; (c) 会员增长率, 保费收入, 团队成员满意度; (d) 绩效目标达成率, 车辆利用率, 维修成本, "
    "会议筹备及时率; (e) 日解决问题率, 'Donor Acquisition Cost', 案件收入 (the two labellers split on them).",
    "",
    "The largest class, (d), was attacked first (`python benchmarks/link_none_vote.py`, "
    "benchmarks/results/link_none_vote.md; leave one set out over fresh-fresh10, values chosen inside each fold on the "
    "training fresh sets by the rule of round 14): (1) the k nearest labelled names vote none (k 3/5/10, similarity "
    "floor, share, below a confidence), (2) the linked indicator's record (the share of the training names linked to it "
    "that are not it), (3) both. In every fold no values gave more right answers without lower none precision on the "
    "training sets, so all three stay today's linker (2357 names pooled: 1591 right, none precision 0.755). Why: "
    "on the halves A, links below confidence 0.2 are 65 right, 66 another indicator, 97 labelled none; unlinking them "
    "would add 32 right answers but 228 'none' answers of which 43 % are right, so none precision would fall from "
    "0.78 to 0.65. The labelled-none neighbours and the indicators' records are not sharper than that: class (d) "
    "cannot be cut under the goal's none-precision side with this evidence. (4) the labelled names voting for an "
    "indicator among the top 5 lost too (1589; only where the linker said none, for class (c): 1589).",
    "",
    "Class (b) (`python benchmarks/link_rerank_cv.py`, benchmarks/results/link_rerank.md): a pairwise logistic "
    "re-ranker (scikit-learn, standardised, C=1) that only reorders the candidates of a name the linker links, not by "
    "an exact catalog name (its answer and the five best fits), so 'none' answers and none precision stay. Features "
    "(RERANK_FEATURES): the linker's candidate features, the fit and its ratio to the best, the unexplained share, a "
    "change read as a non-change, 'the answer' (by an exact keyword, by a practitioners' name), and the labelled "
    "names' support (the similarity-weighted share of the 5 closest practitioners' names labelled that indicator). "
    "Leave one set out, trained on all other sets, first run, no values tuned on the held sets:",
    "",
    "| held set | names | round 14's linker | + re-ranker |",
    "|---|---|---|---|",
    "| fresh | 243 | 211 · 0.948 · 0.906 | 207 · 0.927 · 0.906 |",
    "| fresh2 | 331 | 250 · 0.833 · 0.764 | 252 · 0.842 · 0.764 |",
    "| fresh3 | 289 | 186 · 0.675 · 0.688 | 185 · 0.670 · 0.688 |",
    "| fresh4 | 227 | 145 · 0.679 · 0.746 | 146 · 0.686 · 0.746 |",
    "| fresh5 | 161 | 96 · 0.602 · 0.793 | 97 · 0.614 · 0.793 |",
    "| fresh6 | 210 | 138 · 0.638 · 0.831 | 140 · 0.655 · 0.831 |",
    "| fresh7 | 239 | 163 · 0.695 · 0.783 | 164 · 0.702 · 0.783 |",
    "| fresh8 | 229 | 133 · 0.596 · 0.648 | 138 · 0.630 · 0.648 |",
    "| fresh9 | 207 | 129 · 0.617 · 0.753 | 131 · 0.635 · 0.753 |",
    "| fresh10 | 221 | 140 · 0.577 · 0.731 | 145 · 0.622 · 0.731 |",
    "| pooled | 2357 | **1591** · 0.711 (1049/1475) · 0.755 (542/718) | **1605** · 0.721 (1063/1475) · 0.755 "
    "(542/718) |",
    "",
    "Cells: right answers · top-1 · none precision. +14 right answers pooled (top-1 +0.010), better on 8 held sets, "
    "worse on 2 (fresh -4, fresh3 -1), none precision unchanged: it meets the round's rule and is wired in "
    "(`IndicatorLinker(rerank=True)`, the default; weights trained on every set in "
    "kpiguide/catalog/data/link_reranker.yaml, regenerated by `python benchmarks/link_rerank_cv.py --write`; a "
    "reordered link says so, method 'reranked', and keeps its confidence; it is not applied when the caller gives an "
    "industry or a function, as it was judged without them, so the context rows of this page show the hand-set "
    "order). The largest weights: similarity, query "
    "cover, a practitioners' name's answer, the labelled names' support, a change read as a non-change (against). "
    "Latency: 1.48 ms per name warm with the re-ranker, 0.96 without (same run, all development names). The "
    "development rows above are inflated by it as by the practitioners' names (it was trained on them); the row "
    "'round 14's linker (no re-ranker)' is the linker without it in the same run. Not done: class (c) (a none "
    "decision that links more names would raise none precision; the id vote on none answers lost, round 13's learned "
    "decision lost); class (a) needs catalog vocabulary. After the merge (lead): with fresh10 added, round 14's "
    "rule for the practitioners' names (margin 0) lowered pooled none precision in leave-one-set-out (0.756 against "
    "the hand-set linker's 0.760, +33 right), so the rule is margin 0.01 (+8 right, 0.762) and its values over all "
    "fresh sets, alias 0.7 / none 0.8 / below 0.3, are the defaults (link_vocabulary.md); the re-ranker was retrained "
    "with them (link_rerank.md: 1561 -> 1576 right pooled, none precision 0.766 unchanged, 8 held sets better, 2 "
    "worse); and the catalog's own name or abbreviation is never overridden by a practitioners' name (linking all "
    "2,412 catalog names found 'Cart abandonment rate' taking the call centre's indicator through 'Abandonment "
    "Rate'). Then the re-ranker keeps the linker's industry convention (an industry's own indicator only when the "
    "name names the industry; it had put 15 catalog names such as 续费率 and 售罄率 on an industry's indicator without "
    "the industry named): leave-one-set-out 1,574 right (9 held sets better, 1 worse; 1,576 without the convention). "
    "The tables above are from before these last changes; re-run with them (link_misses.md, link_none_vote.md): "
    "394 misses on the halves A, (a) 12 %, (b) 21 %, (c) 17 %, (d) 44 %, (e) 6 %; the none votes still gain nothing "
    "in any fold.",
    "",
    "Test run of round 15, once, after the merge: fresh11 (224 names from 44 pages, 117 with an indicator, labelled "
    "by another person before any engine ran on it): top-1 0.61 / none precision 0.78, 142 right (first run; same "
    "run: without the re-ranker 0.56 / 0.78, 136; round 13's linker 0.58 / 0.79, 138; BM25 0.35 / 0.57). Round 14's "
    "code (commit 098c60f) on the same names, run afterwards for comparison only: 0.56 / 0.77, 138. The industry "
    "convention of the re-ranker was added after that run (found by linking the catalog's own names, not from the "
    "test set); run again with it, nothing changed after: 0.59 / 0.78, 140 right (the TEST rows of this page). The "
    "goal (0.85 / 0.90) is not met.",
)

ROUND14_NOTES = (
    "### Round 14 (issue 12): vocabulary learned from the labelled names, judged by leave-one-set-out",
    "",
    "All link sets up to fresh9 are development data (about 2,100 labelled real names). Three kinds of vocabulary "
    "were mined from them and judged ONLY by leave one SET out (`python benchmarks/link_mine_vocabulary.py`, "
    "benchmarks/results/link_vocabulary.md): each fresh set held out, the vocabulary mined from all the others (real "
    "and ours included), the hand-set linker of round 13 on the same names in the same run. (a) explained words for "
    "the cover rule (an object word of a labelled name its indicator does not explain, recurring on >= 2 pages): "
    "+2 right answers pooled, too few names recur. (b) the labelled names themselves as practitioners' names: the "
    "closest by character 2-3-grams, at similarity >= 0.8 and labelled another indicator, gives its indicator "
    '("practitioners call this ..."; not for a bare measure word, a change, another kind of quantity or an '
    "industry's indicator the name does not name); at >= 0.6 and labelled none, it leaves a link of confidence < 0.5 "
    "unlinked. Its three values were chosen inside each fold on the training fresh sets (most right answers with none "
    "precision at least the hand-set linker's). (c) a prior by indicator for ties was not tried. Cells: right answers "
    "· top-1 · none precision.",
    "",
    "| held set | names | hand-set linker (round 13) | (b) practitioners' names (shipped) | (b), margin 0.01 | (b) none part only | (b) alias part only | (a) explained words | (a) + function words |",
    "|---|---|---|---|---|---|---|---|---|",
    "| fresh | 243 | 211 · 0.964 · 1.000 | 212 · 0.948 · 0.909 | 212 · 0.948 · 0.909 | 212 · 0.948 · 0.909 | 211 · 0.964 · 1.000 | 211 · 0.964 · 1.000 | 211 · 0.964 · 1.000 |",
    "| fresh2 | 331 | 247 · 0.842 · 0.806 | 250 · 0.833 · 0.764 | 247 · 0.833 · 0.800 | 249 · 0.829 · 0.764 | 248 · 0.846 · 0.806 | 247 · 0.842 · 0.806 | 247 · 0.842 · 0.806 |",
    "| fresh3 | 289 | 177 · 0.670 · 0.652 | 180 · 0.675 · 0.662 | 179 · 0.670 · 0.662 | 179 · 0.670 · 0.662 | 178 · 0.675 · 0.652 | 177 · 0.670 · 0.652 | 177 · 0.670 · 0.652 |",
    "| fresh4 | 227 | 143 · 0.693 · 0.754 | 145 · 0.686 · 0.766 | 143 · 0.686 · 0.770 | 145 · 0.693 · 0.762 | 142 · 0.686 · 0.754 | 143 · 0.693 · 0.754 | 143 · 0.693 · 0.754 |",
    "| fresh5 | 161 | 89 · 0.602 · 0.765 | 96 · 0.602 · 0.807 | 91 · 0.602 · 0.788 | 92 · 0.602 · 0.778 | 89 · 0.602 · 0.765 | 89 · 0.602 · 0.765 | 88 · 0.590 · 0.765 |",
    "| fresh6 | 210 | 132 · 0.621 · 0.822 | 138 · 0.629 · 0.833 | 133 · 0.629 · 0.822 | 134 · 0.621 · 0.827 | 133 · 0.629 · 0.822 | 132 · 0.621 · 0.822 | 132 · 0.621 · 0.822 |",
    "| fresh7 | 239 | 161 · 0.688 · 0.780 | 164 · 0.702 · 0.793 | 163 · 0.702 · 0.790 | 162 · 0.688 · 0.783 | 162 · 0.695 · 0.780 | 162 · 0.695 · 0.780 | 163 · 0.702 · 0.780 |",
    "| fresh8 | 229 | 126 · 0.603 · 0.633 | 131 · 0.589 · 0.652 | 126 · 0.589 · 0.625 | 126 · 0.589 · 0.625 | 127 · 0.610 · 0.633 | 127 · 0.610 · 0.644 | 127 · 0.610 · 0.644 |",
    "| fresh9 | 207 | 129 · 0.617 · 0.773 | 129 · 0.617 · 0.753 | 129 · 0.617 · 0.773 | 129 · 0.617 · 0.753 | 129 · 0.617 · 0.773 | 129 · 0.617 · 0.773 | 130 · 0.626 · 0.784 |",
    "| pooled | 2136 | **1415** · 0.725 (989/1364) · 0.762 (426/559) | **1445** · 0.722 (985/1364) · 0.763 (460/603) | **1423** · 0.721 (984/1364) · 0.763 (439/575) | **1428** · 0.719 (981/1364) · 0.755 (447/592) | **1419** · 0.728 (993/1364) · 0.762 (426/559) | **1417** · 0.727 (991/1364) · 0.763 (426/558) | **1418** · 0.727 (992/1364) · 0.765 (426/557) |",
    "",
    "(b) wins on 8 of 9 held sets (none lost) and pooled: 1445 right answers vs 1415, none precision 0.763 vs 0.762, "
    "top-1 0.722 vs 0.725 (985 vs 989 of 1364): the gain is mostly names left unlinked rightly (460 vs 426). It is "
    "wired in (`IndicatorLinker(practitioner_names=True)`, the default; the 2,527 names ship in "
    "kpiguide/catalog/data/link_vocabulary.yaml, regenerated by `python benchmarks/link_mine_vocabulary.py --write`). "
    "The first run (before the alias part kept the linker's conventions, which the unit tests asked for) gave 1447 "
    "right with none precision 0.0001 lower; margins on the none-precision rule were then tried (0.01: 1423, shown), "
    "so the table is one of several looks at the held sets. FROM ROUND 14 ON, THE DEVELOPMENT ROWS OF THIS PAGE ARE "
    "INFLATED: the linker now carries the labelled names of every development set (a development name links to its "
    "own label), so only leave-one-set-out (above) and new test sets judge it; the row 'round 13's linker (no "
    "practitioners' names)' is the linker without them, in the same run.",
)


ROUND12_NOTES = (
    "### Round 12 (issue 12): the cover rule's 'none' on names that have an indicator",
    "",
    "Round 11's test set (fresh7: top-1 0.68 / none precision 0.77 when run once; round 10's code 0.67 / 0.84) is "
    "development data now, split by page like fresh2-fresh6; its half B joins the check (pooled halves B of "
    "fresh2-fresh5 and fresh7). Read on the halves A of fresh2-fresh7: 50 names with an indicator that the linker "
    "answers 'none'; 11 of them round 10's linker (no cover rule) had right. Why their object words go unexplained: "
    "a qualifier naming WHO or WHERE (一级主管离职人数: a grade; 'legal spend by practice area': a breakdown) 2; a "
    "product or business line (单位供电成本, 案件收入 / 非案件收入, 行李运送与保管差错率, 对客结账差错率, "
    "保险合同续保率) 6; a synonym of the indicator's word (营运收入 = operating revenue; 'OSHA recordable' incident; "
    "关键路径延误 = schedule delay) 3. The other 39 were wrong under round 10 too, mostly words the catalog lacks "
    "(nonconformance, timekeeper, 实收, 签约学员, tenant retention). General rules tried for these classes:",
    "",
    "| step | halves A (read) right · top-1 / none p. | B fresh2-5 (check) | B fresh7 (check) | B pooled (check) "
    "| fresh6 B (weaker) | old | all sets: right · none p. | kept? |",
    "|---|---|---|---|---|---|---|---|---|",
    "| round 10's rules (cover penalty 0, today's catalog), for reference | 429 · 0.70 / 0.83 | 295 · 0.71 / 0.75 "
    "| 57 · 0.67 / 0.84 | 352 · 0.70 / 0.77 | 38 · 0.65 / 0.67 | 469 · 0.93 / 0.96 | 1288 · 0.856 | |",
    "| before (round 11) | 501 · 0.70 / 0.78 | 333 · 0.71 / 0.71 | 58 · 0.66 / 0.67 | 391 · 0.70 / 0.70 "
    "| 51 · 0.67 / 0.81 | 524 · 0.90 / 0.91 | 1467 · 0.809 | |",
    "| WHO/WHERE/WHEN words are not object words (an input vocabulary in kpiguide/text/objects.py: 分行 支行 门店 店 "
    "厂 全厂 车间 班组 团队 集团 总部 分公司 事业部 中心 区域 一级/二级 境外 线上 …; English adjectives only: "
    "regional, global, corporate, … — English nouns changed nothing and may be a denominator, 'Revenue per store'), "
    "and an English breakdown ('… by practice area', '… across …') is not part of the measure "
    "| 503 · 0.71 / 0.79 | 335 · 0.72 / 0.72 | 58 · 0.66 / 0.67 | 393 · 0.71 / 0.71 | 51 · 0.67 / 0.81 "
    "| 524 · 0.90 / 0.91 | 1471 · 0.816 | yes (B +2, none p. up) |",
    "| keyword audit (benchmarks/link_keyword_audit.py, from the catalog, not from misses): 39 keywords that name "
    "another measure or a component ('expense ratio' off the combined ratio, 上座率 off table turnover) or are a "
    "bare shape with a generic object (空间利用率, 平均等待时间, 在线率, 利用率, 'yield', 满意度 …) removed "
    "| 503 · 0.71 / 0.79 | 337 · 0.72 / 0.72 | 58 · 0.66 / 0.67 | 395 · 0.71 / 0.71 | 51 · 0.67 / 0.81 "
    "| 524 · 0.90 / 0.91 | 1473 · 0.816 | yes (B +2) |",
    "",
    "Tried and dropped (measured the same way): partial credit when the head object (the last object word: 离职 in "
    "一级主管离职) is explained and only a qualifier is not — the general form of the product-line class — at 0.25 / "
    "0.5 / 1.0 of the qualifiers' share: halves A 492 / 483 / 468 right, pooled B 387 / 378 / 370 (none precision "
    "0.70 / 0.68 / 0.71): position does not tell a qualifier from the object (it also brings back none-labelled "
    "names with a known head, the class the cover rule fixed); the indicators' formulas as explanation (A −2, B +1) "
    "and definitions (A −5, B +3; round 11 saw the same split): designed on A, not kept; cover penalty 0.6 (A −15, "
    "B −5); step 4, a bracketed gloss or the name without it as another reading for the ranking too (the best-fitting "
    "reading, or a reading only when the whole name answers 'none'): A −5 / −4, B −3 / −1, old −4 (the cover rule "
    "already reads the gloss; as a query the gloss alone is too short). So the none-precision loss stays: the names "
    "it costs are mostly a catalog vocabulary gap (a product line, a synonym) that no position or shape rule tells "
    "from a name the catalog lacks.",
    "",
    "Other engines, round 11's merged code (commit 975349a) → this round's, both run today on this machine from "
    "clean copies: SMART relevant (`python benchmarks/smart_quality.py --halves`) unchanged (half A TP 99 FP 4 FN 33 "
    "TN 93, half B TP 100 FP 6 FN 37 TN 73, sets 1-5 TP 165 FP 3 FN 6 TN 109); redundancy (`python "
    "benchmarks/redundancy_quality.py`) unchanged; suggestions (`python benchmarks/suggest_quality.py --data "
    "/work/shared/data/external --no-write`) hit@5 unchanged on every set, nDCG@10 and MRR within ±0.002.",
)

# Round 11: general rules from the round-10 miss classes (benchmarks/results/issue12_round10_misses.md, linking part),
# designed on the halves A of fresh2-fresh6 and judged on the pooled halves B of fresh2-fresh5 (521 names nobody read)
# and fresh6's half B (79), default linker on branch h50 after each step; counts of right answers (right id or right
# 'none'), top-1 / none precision; "told the context": each page's industry and function (fresh4-fresh6 record them).
ROUND11_NOTES = (
    "### Round 11 (issue 12): rules that carry to names nobody read",
    "",
    "Round 10's test set (fresh6) scored 0.62 / 0.88 and every round since 5 landed at 0.55-0.71 on new data: "
    "vocabulary written from read misses fixes those names and carries almost nothing. This round wrote general rules "
    "for the classes of the round-10 misses page instead: A (the catalog lacks the name's measure and a half-fitting "
    "neighbour clears the threshold: 50 of fresh6's 106 misses), E/F (the page's function), B (practitioners' generic "
    "words). fresh6 is development data now, split by page like fresh2-fresh5; each step was designed on the pooled "
    "halves A (618 names) and judged on the pooled halves B of fresh2-fresh5 (521) and, separately, fresh6's half B "
    "(79; weaker: the misses page quotes some of its names). 'old' = the real names, ours and the fresh names (634, "
    "all read before).",
    "",
    "| step (class) | A (read) right · top-1 / none p. | A told the context | B fresh2-5 (check) right · top-1 / none p. "
    "| B told the context | fresh6 B right · top-1 / none p. | fresh6 B told the context | old right · top-1 / none p. "
    "| kept? |",
    "|---|---|---|---|---|---|---|---|---|",
    "| before (round 10) | 346 · 0.71 / 0.82 | 360 · 0.73 / 0.84 | 294 · 0.71 / 0.75 | 293 · 0.71 / 0.72 "
    "| 37 · 0.63 / 0.67 | 41 · 0.67 / 0.71 | 469 · 0.93 / 0.96 | |",
    "| A: COVER rule — the name's object words (what is measured: 废水 in 废水排放量, 泊位 in 泊位利用率, 'donor' in "
    "'Donor Acquisition Cost'; not the measure's shape 率/数/量/额/时间/平均/rate/time/average/total, nor frame words) "
    "must be explained by the linked indicator's names, keywords, merged names, its industries' and function's names "
    "or a shared thesaurus concept; fit × (1 − 0.7 × the unexplained share, idf weighted); a bracketed gloss is "
    "another reading (the better one counts) | 397 · 0.70 / 0.76 | 408 · 0.72 / 0.76 | 334 · 0.71 / 0.72 "
    "| 333 · 0.71 / 0.70 | 50 · 0.65 / 0.79 | 53 · 0.70 / 0.77 | 524 · 0.90 / 0.91 | yes (B +40 right, fresh6 B +13) |",
    "| E/F: an exact keyword of another function's indicator yields to the closest indicator when the caller's "
    "function (or an adjacent one) owns it and it fits at the threshold; adjacent functions (procurement/supply "
    "chain, customer service/sales, sales/marketing, production/quality/supply chain, R&D/IT: an input-vocabulary "
    "table, the taxonomy records none) get half the function penalty | 397 · 0.70 / 0.76 | 411 · 0.73 / 0.76 "
    "| 334 · 0.71 / 0.72 | 333 · 0.71 / 0.70 | 50 · 0.65 / 0.79 | 53 · 0.70 / 0.77 | 524 · 0.90 / 0.91 "
    "| yes (A told the context +3; B ±0) |",
    "| B: synonym classes of generic practitioners' words (`words` in thesaurus.yaml: 客人/顾客/宾客/旅客 = 客户 = "
    "guest/patron/passenger = customer; 办结 = 解决; 职工/雇员 = 员工 = staff/worker = employee; 物资 = 物料; "
    "货车/卡车 = 车辆 = truck), read as the catalog's word (not concepts: they never make texts similar by themselves) "
    "| 399 · 0.71 / 0.77 | 413 · 0.74 / 0.77 | 333 · 0.71 / 0.71 | 332 · 0.71 / 0.70 | 51 · 0.67 / 0.82 "
    "| 54 · 0.72 / 0.79 | 524 · 0.90 / 0.91 | yes (A +2, B −1, fresh6 B +1: vocabulary carries little, as before) |",
    "",
    "Trade of the COVER rule (the goal's two figures): on the unread halves B of fresh2-fresh5 right answers rise 294 → "
    "334 (none recall 0.29 → 0.50) with top-1 0.71 → 0.71, but none precision falls 0.75 → 0.72: names with an "
    "indicator whose object word the indicator's names do not say answer 'none' too (a vocabulary gap now costs a "
    "'none' instead of a lucky link). On the read sets: halves A none precision 0.82 → 0.76, the old sets top-1 0.93 "
    "→ 0.90 and none precision 0.96 → 0.91. Tried and dropped, each measured on the halves A: the penalty at 0.3 / "
    "0.5 / 0.7 / 1.0 (right 370 / 381 / 397 / 405 with the first word lists; 1.0 costs top-1 0.70 → 0.69); the "
    "indicators' definitions as explanation (A −4 right; B would have gained 4, not used to choose); partial credit "
    "for a long Chinese word by its character pairs (A −2); with the rule, threshold 0.09 (A −24) or 0.13 (A +14 but "
    "top-1 0.70 → 0.68, B top-1 0.71 → 0.69); the function penalty spared when no indicator of the caller's function "
    "fits (A told the context −7: the penalty is what turns many class-A names to 'none'); the word classes read "
    "into the catalog's names as well (old −2); an exact keyword link only when the indicator's own names explain "
    "the name's object words, else read by similarity (the keyword audit of bare phrases, as a rule: A ±0, old −9). "
    "SMART relevant reads the link's confidence against thresholds set on the old scale (helper h51's room): at 0.3, "
    "held-out 6 half A R 0.96 → 0.89 (2 pairs), held-out 5 one more false positive, held-out 6 half B P 0.86 → 0.89, "
    "held-out 8 R 0.75 → 0.77, held-out 10 unchanged (0.93 / 0.73). Not done: 'agent' = employee on a contact-centre page (a context-"
    "dependent synonym; agent occupancy is a catalog name), 运维 = IT operations (the IT function's names already "
    "explain 运维), acronyms (CPH, MRR).",
)


def load(path: str, catalog) -> list[dict]:
    items = yaml.safe_load((ROOT / path).read_text(encoding="utf-8"))["items"]
    for item in items:  # labels may use ids merged since: compare canonical ids
        item["ids"] = {catalog.canonical_id(i) for i in item["ids"]} if item["ids"] else None
    return items


def score(items: list[dict], predict: Callable[[str], str | None]) -> dict[str, float]:
    has_id = [i for i in items if i["ids"]]
    preds = {i["name"]: predict(i["name"]) for i in items}
    top1 = sum(1 for i in has_id if preds[i["name"]] in i["ids"])
    said_none = [i for i in items if preds[i["name"]] is None]
    none_right = sum(1 for i in said_none if not i["ids"])
    n_none = sum(1 for i in items if not i["ids"])
    linked = [i for i in items if preds[i["name"]] is not None]
    linked_right = sum(1 for i in linked if i["ids"] and preds[i["name"]] in i["ids"])
    return {
        "n": len(items),
        "n_id": len(has_id),
        "right": top1 + none_right,
        "top1": top1 / len(has_id) if has_id else float("nan"),
        "none_p": none_right / len(said_none) if said_none else float("nan"),
        "none_r": none_right / n_none if n_none else float("nan"),
        "linked_p": linked_right / len(linked) if linked else float("nan"),
    }


class BM25Baseline:
    def __init__(self, catalog) -> None:
        self.bm25 = PlainBM25(list(catalog.indicators))
        self.threshold = 0.0

    def best(self, name: str) -> tuple[str | None, float]:
        tokens = [t for t in plain_tokens(name) if t in self.bm25.vocab]
        if not tokens:
            return None, 0.0
        scores = self.bm25.model.get_scores(tokens)
        i = int(np.argmax(scores))
        return (self.bm25.ids[i], float(scores[i])) if scores[i] > 0 else (None, 0.0)

    def tune(self, items: list[dict]) -> None:
        """The score threshold with the most right answers (right id or right none) on the dev part."""
        best = (-1.0, 0.0)
        found = [(i, *self.best(i["name"])) for i in items]
        for th in sorted({s for _, _, s in found} | {0.0}):
            right = sum(1 for i, pid, s in found if (pid if s > th else None) in (i["ids"] or {None}))
            best = max(best, (right, -th))
        self.threshold = -best[1]

    def __call__(self, name: str) -> str | None:
        pid, s = self.best(name)
        return pid if s > self.threshold else None


def table(rows: list[tuple[str, str, dict]]) -> list[str]:
    out = [
        "| set | part | engine | names | with an indicator | top-1 accuracy | none precision | none recall "
        "| linked precision | right (id or none) |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for set_name, part, engines in rows:
        for engine, m in engines.items():
            out.append(
                f"| {set_name} | {part} | {engine} | {m['n']} | {m['n_id']} | {m['top1']:.2f} | {m['none_p']:.2f} "
                f"| {m['none_r']:.2f} | {m['linked_p']:.2f} | {m['right']} |"
            )
    return out


def score_engines(names: list[dict], engines: dict[str, Callable[[str], str | None]], linker) -> dict[str, dict]:
    """Each engine's figures on ``names``; with the linker told each name's page context when the set records it."""
    scored = {e: score(names, f) for e, f in engines.items()}
    if any(i.get("industry") for i in names):  # a set that records its pages' industry (fresh4 on)
        industry = {i["name"]: i.get("industry") for i in names}
        scored[CONTEXT_ENGINE] = score(names, lambda n, ctx=industry: linker.link(n, industry=ctx[n]).id)
        function = {i["name"]: i.get("function") for i in names}
        scored[FUNCTION_ENGINE] = score(
            names, lambda n, ctx=industry, fn=function: linker.link(n, industry=ctx[n], function=fn[n]).id
        )
    return scored


def warm_ms(linker: IndicatorLinker, names: list[str]) -> float:
    """Milliseconds per name of ``linker.link`` once the names' text analysis is cached: best of 3 passes."""
    linker.link_many(names)
    passes = []
    for _ in range(3):
        start = time.perf_counter()
        linker.link_many(names)
        passes.append(time.perf_counter() - start)
    return 1000 * min(passes) / max(len(names), 1)


def development(catalog) -> list[dict]:
    """All development names: every part of the real names, of ours and of the fresh real names."""
    return [i for _, path, _ in SETS for i in load(path, catalog)]


def page_half(source: str) -> str:
    """``A`` or ``B``: a name's half of a set split by source page (sha1 of the page address), so that the names of one
    page are on one side.  Round 7 read the misses of half A of fresh2 only and kept half B as its own check."""
    return "A" if int(hashlib.sha1(source.encode("utf-8")).hexdigest(), 16) % 2 == 0 else "B"


def may_list(set_name: str, split: str | None) -> bool:
    """Whether ``--show-misses`` may list a part's misses: never a test set's, nor any half B (the checks of rounds 7,
    8 and 10); a halved set's misses are listed for its half A only (its whole-set parts hold half B too)."""
    test_stem = Path(TEST_DEFAULT).stem  # link_names_fresh43: never listed, whatever the part is called
    if split == "B" or set_name.startswith("TEST") or test_stem in set_name or test_stem.split("_")[-1] in set_name:
        return False
    if set_name in (POOLED, POOLED_12, POOLED_A):
        return False
    return set_name.split(maxsplit=1)[0] not in HALVED or split == "A"


def chosen(items: list[dict], split: str | None, language: str | None) -> list[dict]:
    """The items of ``split`` (None: every item, as in a new test file; "A"/"B": a :func:`page_half`) in ``language``
    (None: both)."""
    if split in ("A", "B"):
        out = [i for i in items if page_half(str(i.get("source", ""))) == split]
    else:
        out = [i for i in items if split is None or i.get("split") == split]
    if language is not None:
        out = [i for i in out if has_cjk(i["name"]) == (language == "zh")]
    return out


def show_misses(title: str, items: list[dict], linker: IndicatorLinker, catalog) -> None:
    """Print the wrong answers of ``linker`` on ``items`` (name, expected, answer, confidence) to stderr."""
    print(f"\n### misses: {title}", file=sys.stderr)
    for item in items:
        link = linker.link(item["name"])
        if (link.id in item["ids"]) if item["ids"] else link.id is None:
            continue
        expected = ",".join(sorted(item["ids"])) if item["ids"] else "none"
        got = link.id or "none (" + ",".join(a.id for a in link.alternatives[:1]) + ")"
        print(
            f"  {item['name']!r}\texpected {expected}\tgot {got} {link.confidence:.2f} {link.method}", file=sys.stderr
        )


TEST_NOTE = (
    "TEST rows: a new labelled set given with `--test`, labelled before the engine ran on it and run once; its misses "
    "are never listed."
)
#: What each test set is (the goal is judged on the one given with --test).
#: The default linker told the industry of the page a name comes from, as scheme import tells it the organisation's.
CONTEXT_ENGINE = "linker + the page's industry (as scheme import passes it)"
#: ... and the page's function (null for a page over several functions), as scheme import passes a role's department's
FUNCTION_ENGINE = "linker + the page's industry and function (as scheme import passes them)"
TEST_SETS = {
    "link_names_fresh9.yaml": (
        "`benchmarks/data/link_names_fresh9.yaml`: round 13's test set, 207 real names from 40 stored public pages "
        "(138 Chinese incl. 3 in traditional characters, 69 English; 115 with an indicator; telecom, healthcare, "
        "education, construction, manufacturing, property; sales, finance, administration, IT, general management), "
        "each with its page's industry and function, labelled by another person following "
        "benchmarks/data/LABELLING.md and committed before the engine ran on it; run once, after round 13 (whose "
        "learned decision lost in leave-one-set-out and was not wired in, so the linker is round 12's), its misses "
        "never listed. Older code on the same set, run afterwards for comparison only: round 10's (commit 465a394, "
        "before the cover rule) top-1 0.58 / none precision 0.85 / none recall 0.36, 100 right; round 11's (commit "
        "975349a) 0.62 / 0.78 / 0.64, 130 right; round 12's (this run) 0.62 / 0.77 / 0.63, 129 right. The cover rule "
        "carried to a third new set (+30 right answers, top-1 +0.04, none precision -0.07)."
    ),
    "link_names_fresh8.yaml": (
        "`benchmarks/data/link_names_fresh8.yaml`: round 12's test set, 229 real names from 35 stored public pages "
        "(155 Chinese incl. 7 in traditional characters, 74 English; 146 with an indicator; internet, hospitality, "
        "professional services, manufacturing, construction, retail, education, logistics; R&D, quality, marketing, "
        "IT, supply chain), each with its page's industry and function, labelled by another person following "
        "benchmarks/data/LABELLING.md and committed before round 12's code ran on it; run once, after round 12's "
        "branches were merged, its misses never listed. Older code on the same set, run afterwards for comparison "
        "only: round 10's (commit 465a394, before the cover rule) top-1 0.61 / none precision 0.52 / none recall "
        "0.19, 105 right; round 11's (commit 975349a) 0.61 / 0.63 / 0.48, 129 right; round 12's 0.60 / 0.63 / 0.46, "
        "126 right. Round 11's cover rule carried to a second new set (+24 right answers, none precision +0.11); "
        "round 12's rules (who/where/when words, the keyword audit) lost 3 names here, though they gained on the "
        "development check halves."
    ),
    "link_names_fresh7.yaml": (
        "`benchmarks/data/link_names_fresh7.yaml`: round 11's test set, 239 real names from 44 stored public pages "
        "(171 Chinese incl. 13 in traditional characters, 68 English; 141 with an indicator; securities, insurance, "
        "banks, telecom, schools, hospitals, car dealers, gas utilities, a publisher, e-commerce, restaurants; legal, "
        "finance, HR, brand, R&D and general management), each with its page's industry and function, labelled by "
        "another person following benchmarks/data/LABELLING.md and committed before round 11's code ran on it; run "
        "once, after round 11's branches were merged, its misses never listed. Round 10's code (commit 465a394) on "
        "the same set, run afterwards for comparison only: top-1 0.67 / none precision 0.84 / none recall 0.43, 137 "
        "right answers (0.70 / 0.82, 145 right with the page's industry and function), against round 11's 0.68 / 0.77 "
        "/ 0.65, 160 right (0.67 / 0.79, 161): the cover rule carried to new names as 23 more right answers (22 more "
        "right 'none'), and it also answers 'none' on 11 more names that have an indicator, so none precision fell. "
        "Against the second, blind labels (link_names_fresh7_second.yaml): round 11 0.67 / 0.72, 160 right; round 10 "
        "0.65 / 0.82, 139 right; the two labellers score 0.86-0.91 / 0.85-0.93 against each other "
        "(label_agreement.md)."
    ),
    "link_names_fresh6.yaml": (
        "`benchmarks/data/link_names_fresh6.yaml`: 210 real names from 34 stored public pages (146 Chinese incl. 6 in "
        "traditional characters, 64 English; 116 with an indicator; hotels, procurement, call centres, water supply, "
        "container ports, new media, IT operations, estate agents, government service centres, supermarkets, tourism, "
        "grain and oil quality control, law firms, SaaS, trucking fleets, a factory), each with its page's industry and "
        "function, labelled by another person following benchmarks/data/LABELLING.md and committed before round 10's "
        "code ran on it; run once, after round 10's branches (linking, SMART relevant, suggestions) were merged. "
        "Round 9's code (commit bfeb663) on the same set, run afterwards for comparison only: top-1 0.61 / none "
        "precision 0.88 (0.65 / 0.88 with the page's industry), against round 10's 0.62 / 0.88 (0.65 / 0.88; 0.66 / "
        "0.86 with industry and function): round 10's changes carried one name."
    ),
    "link_names_fresh5.yaml": (
        "`benchmarks/data/link_names_fresh5.yaml`: 161 real names from 31 stored public pages (110 Chinese, 51 English; "
        "83 with an indicator; logistics, warehouses, property, real estate, training, software, safety, finance, "
        "pharmacy retail, airlines, facilities, non-profit fundraising, pharmaceutical quality, legal), each with its "
        "page's industry and function, labelled by another person following benchmarks/data/LABELLING.md and committed "
        "before round 9's code ran on it; run once, after round 9's branches were merged (round 9 changed no linking "
        "code: the learned re-ranker lost the leave-one-set-out comparison, benchmarks/results/link_ranker.md)."
    ),
    "link_names_fresh4.yaml": (
        "`benchmarks/data/link_names_fresh4.yaml`: 227 real names from 26 stored public pages (159 Chinese, 68 English; "
        "140 with an indicator; banks, insurers, hospitals, internet, restaurants, power plants, construction, telecom, "
        "schools, utilities), each with its page's industry and function, labelled by another person following "
        "benchmarks/data/LABELLING.md and committed before round 8's engine ran on it; run once, after round 8's "
        "tuning branches were merged. The extra row gives the linker each page's industry."
    ),
    "link_names_fresh3.yaml": (
        "`benchmarks/data/link_names_fresh3.yaml`: 289 real names from 60 stored public pages (196 Chinese incl. 22 in "
        "traditional characters, 93 English; 197 with an indicator), labelled by another person following "
        "benchmarks/data/LABELLING.md and committed before round 7's engine ran on it; run once, after round 7's "
        "tuning branches were merged."
    ),
}
FRESH2_NOTE = (
    "fresh2 real names: `benchmarks/data/link_names_fresh2.yaml` (331 real names from 83 stored public pages, 227 "
    "Chinese incl. 17 in traditional characters, 104 English; 234 with an indicator) was the test set of rounds 3-6, "
    "run once there (top-1 0.71, none precision 0.60); it is DEVELOPMENT data since round 7. Round 7 split it by "
    "source page (sha1 of the address, `page_half`) into half A (150 names, 39 pages: its misses were read and fixed "
    "by class) and half B (181 names, 44 pages: measured after each step, its misses never listed), so half B shows "
    "how far the round's changes carry to names not looked at."
)


FRESH3_NOTE = (
    "fresh3 real names: `benchmarks/data/link_names_fresh3.yaml` (289 real names from 60 stored public pages, 196 "
    "Chinese incl. 22 in traditional characters, 93 English; 197 with an indicator) was the test set of round 7, run "
    "once there (top-1 0.62, none precision 0.58); it is DEVELOPMENT data since round 8. Round 8 split it by source "
    "page (`page_half`) into half A (107 names, 22 pages: its misses were read) and half B (182 names, 38 pages: "
    "measured after each step, its misses never listed)."
)


FRESH45_NOTE = (
    "fresh4 and fresh5 real names: `benchmarks/data/link_names_fresh4.yaml` (227 names from 26 pages, the test set of "
    "round 8: top-1 0.68 / none precision 0.76 when run once, 0.71 / 0.82 told each page's industry) and "
    "`benchmarks/data/link_names_fresh5.yaml` (161 names from 31 pages, round 9's: 0.55 / 0.66 when run once) are "
    "DEVELOPMENT data since round 10, split by source page (`page_half`) into a half A whose misses were read "
    "(125 / 105 names) and a half B measured but never listed (102 / 56). The rows 'fresh2-fresh5 pooled' add up the "
    "halves of fresh2, fresh3, fresh4 and fresh5: half B (521 names nobody read) is round 10's check. Rows with the "
    "page's industry and function give the linker the context each fresh4/fresh5 item records (scheme import passes "
    "the organisation's industry and the function a role's department names)."
)


FRESH6_NOTE = (
    "fresh6 real names: `benchmarks/data/link_names_fresh6.yaml` (210 names from 34 pages, round 10's test set: top-1 "
    "0.62 / none precision 0.88 when run once) is DEVELOPMENT data since round 11, split by source page (`page_half`) "
    "into half A (131 names: its misses were read, with those of the other halves A, in "
    "benchmarks/results/issue12_round10_misses.md and in round 11) and half B (79 names, never listed; a weaker check "
    "than the pooled halves B of fresh2-fresh5, because the round-10 misses page quotes some of its names). The rows "
    "'fresh2-fresh7 pooled' add up the halves A of fresh2-fresh7 (read)."
)


FRESH7_NOTE = (
    "fresh7 real names: `benchmarks/data/link_names_fresh7.yaml` (239 names from 44 pages, round 11's test set: top-1 "
    "0.68 / none precision 0.77 when run once) is DEVELOPMENT data since round 12, split by source page (`page_half`) "
    "into half A (its misses were read in round 12) and half B (never listed; pooled with the halves B of "
    "fresh2-fresh5 into the rows 'fresh2-fresh5+fresh7 pooled', round 12's check)."
)


FRESH8_NOTE = (
    "fresh8 real names: `benchmarks/data/link_names_fresh8.yaml` (229 names from 35 pages, round 12's test set: top-1 "
    "0.60 / none precision 0.63 when run once) is DEVELOPMENT data since round 13, split by source page (`page_half`) "
    "into half A (its misses may be read) and half B (never listed; pooled with the halves B of fresh2-fresh5 and "
    "fresh7 into the rows 'fresh2-fresh5+fresh7+fresh8 pooled', round 13's check; the rows 'fresh2-fresh5+fresh7 "
    "pooled' are round 12's check, kept so that rounds compare)."
)

FRESH9_NOTE = (
    "fresh9 real names: `benchmarks/data/link_names_fresh9.yaml` (207 names from 40 pages, round 13's test set: top-1 "
    "0.62 / none precision 0.77 when run once) is DEVELOPMENT data since round 14, split by source page (`page_half`) "
    "into half A (its misses may be read) and half B (never listed; pooled with the halves B of fresh2-fresh5, fresh7 "
    "and fresh8 into the rows 'fresh2-fresh5+fresh7-fresh9 pooled', round 14's check)."
)


FRESH10_NOTE = (
    "fresh10 real names: `benchmarks/data/link_names_fresh10.yaml` (221 names from 31 pages, round 14's test set, run "
    "once then: top-1 0.58 / none precision 0.73, 140 of 221 right; round 13's linker in the same run 0.59 / 0.75, "
    "136 right; with the page's industry, as scheme import passes it, 0.63 / 0.75, 145 right) is DEVELOPMENT data "
    "since round 15, split by source page (`page_half`) into half A (its misses may be read) and half B (never "
    "listed; pooled with the halves B of fresh2-fresh5 and fresh7-fresh9 into the rows 'fresh2-fresh5+fresh7-fresh10 "
    "pooled', round 15's check). Its names are practitioners' names of the linker since round 15 "
    "(link_vocabulary.yaml), so its rows here are inflated like the other development rows."
)


FRESH11_NOTE = (
    "fresh11 real names: `benchmarks/data/link_names_fresh11.yaml` (224 names from 44 pages, round 15's test set, run "
    "then: top-1 0.61 / none precision 0.78 on the first run, 0.59 / 0.78 on the second with the industry convention) "
    "is DEVELOPMENT data since round 16, split by source page (`page_half`) into half A (its misses may be read) and "
    "half B (never listed; pooled with the halves B of fresh2-fresh5 and fresh7-fresh10 into the rows "
    "'fresh2-fresh5+fresh7-fresh11 pooled', round 16's check). Its names are practitioners' names of the linker and "
    "training names of its re-ranker since round 16, so its rows here are inflated like the other development rows."
)


FRESH12_NOTE = (
    "fresh12 real names: `benchmarks/data/link_names_fresh12.yaml` (252 names from 56 pages, 110 with an indicator, "
    "round 16's test set, run then: top-1 0.71 / none precision 0.88, 177 right) is DEVELOPMENT data since round 17, "
    "split by source page (`page_half`) into half A (its misses may be read) and half B (never listed; pooled with "
    "the halves B of fresh2-fresh5 and fresh7-fresh11 into the rows 'fresh2-fresh5+fresh7-fresh12 pooled', round "
    "17's check). Its names are practitioners' names of the linker and training names of its re-ranker and "
    "link-or-none decision since round 17, so its rows here are inflated like the other development rows."
)


FRESH13_NOTE = (
    "fresh13 real names: `benchmarks/data/link_names_fresh13.yaml` (213 names from 45 pages, 117 with an indicator, "
    "round 17's test set, run then: top-1 0.64 / none precision 0.71, 140 right) is DEVELOPMENT data since round 18, "
    "split by source page (`page_half`) into half A (its misses may be read) and half B (never listed; pooled with "
    "the halves B of fresh2-fresh5 and fresh7-fresh12 into the rows 'fresh2-fresh5+fresh7-fresh13 pooled', round "
    "18's check). Its names are practitioners' names of the linker and training names of its re-ranker and "
    "link-or-none decision since round 18, so its rows here are inflated like the other development rows."
)


FRESH14_NOTE = (
    "fresh14 real names: `benchmarks/data/link_names_fresh14.yaml` (215 names from 47 pages, 121 with an indicator, "
    "round 18's test set, run then: top-1 0.68 / none precision 0.77, 149 right) is DEVELOPMENT data since round 19, "
    "split by source page (`page_half`) into half A (its misses may be read) and half B (never listed; pooled with "
    "the halves B of fresh2-fresh5 and fresh7-fresh13 into the rows 'fresh2-fresh5+fresh7-fresh14 pooled', round "
    "19's check). Its names are practitioners' names of the linker and training names of its re-ranker and "
    "link-or-none decision since round 19, so its rows here are inflated like the other development rows."
)


FRESH15_NOTE = (
    "fresh15 real names: `benchmarks/data/link_names_fresh15.yaml` (218 names from 31 sources, 93 with an indicator, "
    "round 19's test set, run then: top-1 0.61 / none precision 0.85, 161 right) is DEVELOPMENT data since round 21, "
    "split by source page (`page_half`) into half A (its misses may be read) and half B (never listed; pooled with "
    "the halves B of fresh2-fresh5 and fresh7-fresh14 into the rows 'fresh2-fresh5+fresh7-fresh15 pooled', round "
    "21's check). Its names are practitioners' names of the linker and training names of its re-ranker and "
    "link-or-none decision since round 21, so its rows here are inflated like the other development rows."
)


FRESH20_NOTE = (
    "fresh20 real names: `benchmarks/data/link_names_fresh20.yaml` (227 names from 40 sources, 100 with an indicator, "
    "round 25's test set, run then: top-1 0.49 / none precision 0.72, 128 right) is DEVELOPMENT data since round 26, "
    "split by source page (`page_half`) into half A (its misses may be read) and half B (never listed; pooled with "
    "the halves B of fresh2-fresh5 and fresh7-fresh19 into the rows 'fresh2-fresh5+fresh7-fresh20 pooled', round "
    "26's check). Its names are practitioners' names of the linker and training names of its re-ranker and "
    "link-or-none decision since round 26, so its rows here are inflated like the other development rows."
)


FRESH21_NOTE = (
    "fresh21 real names: `benchmarks/data/link_names_fresh21.yaml` (214 names from 26 sources, 114 with an indicator, "
    "round 26's test set, run then: top-1 0.41 / none precision 0.65, 122 right) is DEVELOPMENT data since round 27, "
    "split by source page (`page_half`) into half A (its misses may be read) and half B (never listed; pooled with "
    "the halves B of fresh2-fresh5 and fresh7-fresh20 into the rows 'fresh2-fresh5+fresh7-fresh21 pooled', round "
    "27's check). Its names are practitioners' names of the linker and training names of its re-ranker and "
    "link-or-none decision since round 27, so its rows here are inflated like the other development rows."
)


FRESH22_NOTE = (
    "fresh22 real names: `benchmarks/data/link_names_fresh22.yaml` (211 names from 26 sources, 68 with an indicator, "
    "round 27's test set, run then: top-1 0.37 / none precision 0.80, 129 right) is DEVELOPMENT data since round 28, "
    "split by source page (`page_half`) into half A (its misses may be read) and half B (never listed; pooled with "
    "the halves B of fresh2-fresh5 and fresh7-fresh21 into the rows 'fresh2-fresh5+fresh7-fresh22 pooled', round "
    "28's check). Its names are practitioners' names of the linker and training names of its re-ranker and "
    "link-or-none decision since round 28, so its rows here are inflated like the other development rows."
)


FRESH23_NOTE = (
    "fresh23 real names: `benchmarks/data/link_names_fresh23.yaml` (214 names from 30 sources, 116 with an indicator, "
    "round 28's test set, run then: top-1 0.59 / none precision 0.67, 131 right) is DEVELOPMENT data since round 29, "
    "split by source page (`page_half`) into half A (its misses may be read) and half B (never listed; pooled with "
    "the halves B of fresh2-fresh5 and fresh7-fresh22 into the rows 'fresh2-fresh5+fresh7-fresh23 pooled', round "
    "29's check). Its names are practitioners' names of the linker and training names of its re-ranker and "
    "link-or-none decision since round 29, so its rows here are inflated like the other development rows."
)


FRESH24_NOTE = (
    "fresh24 real names: `benchmarks/data/link_names_fresh24.yaml` (216 names from 29 sources, 114 with an indicator, "
    "round 29's test set, run then: top-1 0.53 / none precision 0.68, 130 right) is DEVELOPMENT data since round 30, "
    "split by source page (`page_half`) into half A (its misses may be read) and half B (never listed; pooled with "
    "the halves B of fresh2-fresh5 and fresh7-fresh23 into the rows 'fresh2-fresh5+fresh7-fresh24 pooled', round "
    "30's check). Its names are practitioners' names of the linker and training names of its re-ranker and "
    "link-or-none decision since round 30, so its rows here are inflated like the other development rows."
)


FRESH25_NOTE = (
    "fresh25 real names: `benchmarks/data/link_names_fresh25.yaml` (211 names from 45 sources, 123 with an indicator, "
    "round 30's test set, run then: top-1 0.65 / none precision 0.68, 128 right) is DEVELOPMENT data since round 31, "
    "split by source page (`page_half`) into half A (its misses may be read) and half B (never listed; pooled with "
    "the halves B of fresh2-fresh5 and fresh7-fresh24 into the rows 'fresh2-fresh5+fresh7-fresh25 pooled', round "
    "31's check). Its names are practitioners' names of the linker and training names of its re-ranker and "
    "link-or-none decision since round 31, so its rows here are inflated like the other development rows."
)


FRESH26_NOTE = (
    "fresh26 real names: `benchmarks/data/link_names_fresh26.yaml` (206 names from 57 sources, 96 with an indicator, "
    "round 31's test set, run then: see the test run in ROUND31_NOTES) is DEVELOPMENT data since round 32, split by "
    "source page (`page_half`) into half A (its misses may be read) and half B (never listed; pooled with the halves "
    "B of fresh2-fresh5 and fresh7-fresh25 into the rows 'fresh2-fresh5+fresh7-fresh26 pooled', round 32's check). "
    "Its names are practitioners' names of the linker and training names of its re-ranker and link-or-none decision "
    "since round 32, so its rows here are inflated like the other development rows."
)


FRESH27_NOTE = (
    "fresh27 real names: `benchmarks/data/link_names_fresh27.yaml` (201 names from 55 sources, 112 with an indicator, "
    "round 32's test set, run then: see the test run in ROUND32_NOTES) is DEVELOPMENT data since round 33, split by "
    "source page (`page_half`) into half A (its misses may be read) and half B (never listed; pooled with the halves "
    "B of fresh2-fresh5 and fresh7-fresh26 into the rows 'fresh2-fresh5+fresh7-fresh27 pooled', round 33's check). "
    "Its names are practitioners' names of the linker and training names of its re-ranker and link-or-none decision "
    "since round 33, so its rows here are inflated like the other development rows."
)


FRESH28_NOTE = (
    "fresh28 real names: `benchmarks/data/link_names_fresh28.yaml` (203 names from 51 sources, 91 with an indicator, "
    "round 33's test set, run then: see the test run in ROUND33_NOTES) is DEVELOPMENT data since round 34, split by "
    "source page (`page_half`) into half A (its misses may be read) and half B (never listed; pooled with the halves "
    "B of fresh2-fresh5 and fresh7-fresh27 into the rows 'fresh2-fresh5+fresh7-fresh28 pooled', round 34's check). "
    "Its names are practitioners' names of the linker since round 34 and training names of its re-ranker and "
    "link-or-none decision since round 36 (round 34's and round 35's retrains were not shipped; round 36's was: see "
    "ROUND36_NOTES), so its rows here are inflated like the other development rows."
)


FRESH29_NOTE = (
    "fresh29 real names: `benchmarks/data/link_names_fresh29.yaml` (210 names from 41 sources, 124 with an indicator, "
    "round 34's test set, run then: see the test run in ROUND34_NOTES) is DEVELOPMENT data since round 35, split by "
    "source page (`page_half`) into half A (its misses may be read) and half B (never listed; pooled with the halves "
    "B of fresh2-fresh5 and fresh7-fresh28 into the rows 'fresh2-fresh5+fresh7-fresh29 pooled', round 35's check). "
    "Its names are practitioners' names of the linker since round 35 and training names of its re-ranker and "
    "link-or-none decision since round 36 (round 35's retrain was not shipped, round 36's was: see ROUND35_NOTES and "
    "ROUND36_NOTES), so its rows here are inflated like the other development rows."
)


FRESH30_NOTE = (
    "fresh30 real names: `benchmarks/data/link_names_fresh30.yaml` (253 names from 44 sources, 109 with an "
    "indicator, round 35's test set, run then: see the test run in ROUND35_NOTES) is DEVELOPMENT data since round 36, "
    "split by source page (`page_half`) into half A (its misses may be read) and half B (never listed; pooled with the "
    "halves B of fresh2-fresh5 and fresh7-fresh29 into the rows 'fresh2-fresh5+fresh7-fresh30 pooled', round 36's "
    "check). Its names are practitioners' names of the linker and training names of its re-ranker and link-or-none "
    "decision since round 36 (round 36's retrain was shipped: see ROUND36_NOTES), so its rows here are inflated like "
    "the other development rows."
)


FRESH31_NOTE = (
    "fresh31 real names: `benchmarks/data/link_names_fresh31.yaml` (211 names from 42 sources, 128 with an "
    "indicator, round 36's test set, run then: see the test run in ROUND36_NOTES) is DEVELOPMENT data since round 37, "
    "split by source page (`page_half`) into half A (71 names from 15 sources; its misses may be read) and half B (140 "
    "names from 27 sources; never listed; pooled with the halves B of fresh2-fresh5 and fresh7-fresh30 into the rows "
    "'fresh2-fresh5+fresh7-fresh31 pooled', round 37's check). Its names are practitioners' names of the linker and "
    "training names of its re-ranker and link-or-none decision since round 37 (round 37's retrain was shipped: see "
    "ROUND37_NOTES), so its rows here are inflated like the other development rows."
)


FRESH32_NOTE = (
    "fresh32 real names: `benchmarks/data/link_names_fresh32.yaml` (221 names from 34 sources, 101 with an "
    "indicator, round 37's test set, run then: see the test run in ROUND37_NOTES) is DEVELOPMENT data since round 38, "
    "split by source page (`page_half`) into half A (125 names from 20 sources; its misses may be read) and half B (96 "
    "names from 14 sources; never listed; pooled with the halves B of fresh2-fresh5, fresh7-fresh31 and fresh33 into "
    "the rows 'fresh2-fresh5+fresh7-fresh33 pooled', round 38's check). Its names are practitioners' names of the "
    "linker and training names of its re-ranker and link-or-none decision since round 38 (round 38's retrain was "
    "shipped: see ROUND38_NOTES), so its rows here are inflated like the other development rows."
)


FRESH33_NOTE = (
    "fresh33 real names: `benchmarks/data/link_names_fresh33.yaml` (214 names from 32 sources, 61 with an "
    "indicator, labelled for a later round and run once at round 38's start: see the test run in ROUND37_NOTES) is "
    "DEVELOPMENT data since round 38, split by source page (`page_half`) into half A (95 names from 15 sources; its "
    "misses may be read) and half B (119 names from 17 sources; never listed; pooled with the halves B of "
    "fresh2-fresh5 and fresh7-fresh32 into the rows 'fresh2-fresh5+fresh7-fresh33 pooled', round 38's check). Its "
    "names are practitioners' names of the linker and training names of its re-ranker and link-or-none decision "
    "since round 38 (round 38's retrain was shipped: see ROUND38_NOTES), so its rows here are inflated like the other "
    "development rows."
)


FRESH34_NOTE = (
    "fresh34 real names: `benchmarks/data/link_names_fresh34.yaml` (203 names from 38 sources, 94 with an "
    "indicator, round 38's test set, run then: see the test run in ROUND38_NOTES) is DEVELOPMENT data since round 39, "
    "split by source page (`page_half`) into half A (105 names from 22 sources; its misses may be read) and half B (98 "
    "names from 16 sources; never listed; pooled with the halves B of fresh2-fresh5, fresh7-fresh33 and fresh35 into "
    "the rows 'fresh2-fresh5+fresh7-fresh35 pooled', round 39's check). Its names are practitioners' names of the "
    "linker and training names of its re-ranker and link-or-none decision since round 39 (round 39's retrain was "
    "shipped: see ROUND39_NOTES), so its rows here are inflated like the other development rows."
)


FRESH35_NOTE = (
    "fresh35 real names: `benchmarks/data/link_names_fresh35.yaml` (203 names from 45 sources, 108 with an "
    "indicator, labelled for round 39 and run once at round 39's session start: see the test run in ROUND38_NOTES) is "
    "DEVELOPMENT data since round 39, split by source page (`page_half`) into half A (117 names from 22 sources; its "
    "misses may be read) and half B (86 names from 23 sources; never listed; pooled with the halves B of "
    "fresh2-fresh5 and fresh7-fresh34 into the rows 'fresh2-fresh5+fresh7-fresh35 pooled', round 39's check). Its "
    "names are practitioners' names of the linker and training names of its re-ranker and link-or-none decision "
    "since round 39 (round 39's retrain was shipped: see ROUND39_NOTES), so its rows here are inflated like the "
    "other development rows."
)


FRESH36_NOTE = (
    "fresh36 real names: `benchmarks/data/link_names_fresh36.yaml` (223 names from 47 sources, 94 with an "
    "indicator, round 39's test set, run then: see the test run at the end of ROUND39_NOTES) is DEVELOPMENT data since "
    "round 40, split by source page (`page_half`) into half A (84 names from 21 sources; its misses may be "
    "read) and half B (139 names from 26 sources; never listed; pooled with the halves B of fresh2-fresh5 and "
    "fresh7-fresh35 into the rows 'fresh2-fresh5+fresh7-fresh36 pooled', round 40's check). Its names are "
    "practitioners' names of the linker since round 40 (and training names of its re-ranker and link-or-none decision "
    "if round 40's retrain ships: see ROUND40_NOTES), so its rows here are inflated like the other development rows."
)


FRESH37_NOTE = (
    "fresh37 real names: `benchmarks/data/link_names_fresh37.yaml` (202 names from 48 sources, 128 with an indicator, "
    "round 40's test set, run then: see the test run at the end of ROUND40_NOTES) is DEVELOPMENT data since round 41, "
    "split by source page (`page_half`) into half A (76 names from 20 sources; its misses may be read) and half B (126"
    " names from 28 sources; never listed; pooled with the halves B of fresh2-fresh5 and fresh7-fresh36 into the rows "
    "'fresh2-fresh5+fresh7-fresh37 pooled', round 41's check). Its names are practitioners' names of the linker since "
    "round 41 (and training names of its re-ranker and link-or-none decision if round 41's retrain ships: see "
    "ROUND41_NOTES), so its rows here are inflated like the other development rows."
)


FRESH38_NOTE = (
    "fresh38 real names: `benchmarks/data/link_names_fresh38.yaml` (200 names from 56 sources, 110 with an indicator, "
    "round 41's test set, run then: see the test run at the end of ROUND41_NOTES) is DEVELOPMENT data since round 42, "
    "split by source page (`page_half`) into half A (108 names from 27 sources; its misses may be read) and half B (92"
    " names from 29 sources; never listed; pooled with the halves B of fresh2-fresh5 and fresh7-fresh37 into the rows "
    "'fresh2-fresh5+fresh7-fresh38 pooled', round 42's check). Its names are practitioners' names of the linker since "
    "round 42 (and training names of its re-ranker and link-or-none decision if round 42's retrain ships: see "
    "ROUND42_NOTES), so its rows here are inflated like the other development rows."
)


FRESH39_NOTE = (
    "fresh39 real names: `benchmarks/data/link_names_fresh39.yaml` (222 names from 40 sources, 144 with an indicator, "
    "round 42's test set, run then: see the test run at the end of ROUND42_NOTES) is DEVELOPMENT data since round 43, "
    "split by source page (`page_half`) into half A (95 names from 20 sources; its misses may be read) and half B (127"
    " names from 20 sources; never listed; pooled with the halves B of fresh2-fresh5 and fresh7-fresh38 into the rows "
    "'fresh2-fresh5+fresh7-fresh39 pooled', round 43's check). Its names are practitioners' names of the linker since "
    "round 43 (and training names of its re-ranker and link-or-none decision if round 43's retrain ships: see "
    "ROUND43_NOTES), so its rows here are inflated like the other development rows."
)


FRESH40_NOTE = (
    "fresh40 real names: `benchmarks/data/link_names_fresh40.yaml` (211 names from 44 sources, 131 with an indicator, "
    "round 43's test set, run then: see the test run at the end of ROUND43_NOTES) is DEVELOPMENT data since round 44, "
    "split by source page (`page_half`) into half A (123 names from 24 sources; its misses may be read) and half B (88"
    " names from 20 sources; never listed; pooled with the halves B of fresh2-fresh5 and fresh7-fresh39 into the rows "
    "'fresh2-fresh5+fresh7-fresh40 pooled', round 44's check). Its names are practitioners' names of the linker since "
    "round 44 (and training names of its re-ranker and link-or-none decision if round 44's retrain ships: see "
    "ROUND44_NOTES), so its rows here are inflated like the other development rows."
)


FRESH41_NOTE = (
    "fresh41 real names: `benchmarks/data/link_names_fresh41.yaml` (200 names from 39 sources, 85 with an indicator, "
    "round 44's test set, run then: see the test run at the end of ROUND44_NOTES) is DEVELOPMENT data since round 45, "
    "split by source page (`page_half`) into half A (62 names from 14 sources; its misses may be read) and half B (138"
    " names from 25 sources; never listed; pooled with the halves B of fresh2-fresh5 and fresh7-fresh40 into the rows "
    "'fresh2-fresh5+fresh7-fresh41 pooled', round 45's check). Its names are practitioners' names of the linker since "
    "round 45 (and training names of its re-ranker and link-or-none decision if round 45's retrain ships: see "
    "ROUND45_NOTES), so its rows here are inflated like the other development rows."
)


FRESH42_NOTE = (
    "fresh42 real names: `benchmarks/data/link_names_fresh42.yaml` (208 names from 44 sources, 84 with an indicator, "
    "round 45's test set, run then: see the test run at the end of ROUND45_NOTES) is DEVELOPMENT data since round 46, "
    "split by source page (`page_half`) into half A (122 names from 26 sources; its misses may be read) and half B (86"
    " names from 18 sources; never listed; pooled with the halves B of fresh2-fresh5 and fresh7-fresh41 into the rows "
    "'fresh2-fresh5+fresh7-fresh42 pooled', round 46's check). Its names are practitioners' names of the linker since "
    "round 46 (and training names of its re-ranker and link-or-none decision if round 46's retrain ships: see "
    "ROUND46_NOTES), so its rows here are inflated like the other development rows."
)


FRESH19_NOTE = (
    "fresh19 real names: `benchmarks/data/link_names_fresh19.yaml` (212 names from 26 sources, 87 with an indicator, "
    "round 24's test set, run then: top-1 0.61 / none precision 0.83, 130 right) is DEVELOPMENT data since round 25, "
    "split by source page (`page_half`) into half A (its misses may be read) and half B (never listed; pooled with "
    "the halves B of fresh2-fresh5 and fresh7-fresh18 into the rows 'fresh2-fresh5+fresh7-fresh19 pooled', round "
    "25's check). Its names are practitioners' names of the linker and training names of its re-ranker and "
    "link-or-none decision since round 25, so its rows here are inflated like the other development rows."
)


FRESH18_NOTE = (
    "fresh18 real names: `benchmarks/data/link_names_fresh18.yaml` (260 names from 26 sources, 128 with an indicator, "
    "round 23's test set, run then: top-1 0.34 / none precision 0.58, 131 right) is DEVELOPMENT data since round 24, "
    "split by source page (`page_half`) into half A (its misses may be read) and half B (never listed; pooled with "
    "the halves B of fresh2-fresh5 and fresh7-fresh17 into the rows 'fresh2-fresh5+fresh7-fresh18 pooled', round "
    "24's check). Its names are practitioners' names of the linker and training names of its re-ranker and "
    "link-or-none decision since round 24, so its rows here are inflated like the other development rows."
)


FRESH17_NOTE = (
    "fresh17 real names: `benchmarks/data/link_names_fresh17.yaml` (200 names from 25 sources, 103 with an indicator, "
    "round 22's test set, run then: top-1 0.55 / none precision 0.71, 122 right) is DEVELOPMENT data since round 23, "
    "split by source page (`page_half`) into half A (its misses may be read) and half B (never listed; pooled with "
    "the halves B of fresh2-fresh5 and fresh7-fresh16 into the rows 'fresh2-fresh5+fresh7-fresh17 pooled', round "
    "23's check). Its names are practitioners' names of the linker and training names of its re-ranker and "
    "link-or-none decision since round 23, so its rows here are inflated like the other development rows."
)


FRESH16_NOTE = (
    "fresh16 real names: `benchmarks/data/link_names_fresh16.yaml` (219 names from 29 sources, 90 with an indicator, "
    "round 21's test set, run then: top-1 0.56 / none precision 0.83, 141 right) is DEVELOPMENT data since round 22, "
    "split by source page (`page_half`) into half A (its misses may be read) and half B (never listed; pooled with "
    "the halves B of fresh2-fresh5 and fresh7-fresh15 into the rows 'fresh2-fresh5+fresh7-fresh16 pooled', round "
    "22's check). Its names are practitioners' names of the linker and training names of its re-ranker and "
    "link-or-none decision since round 22, so its rows here are inflated like the other development rows."
)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None, help="unused: the labelled names live in benchmarks/data")
    parser.add_argument("--out", default=None, help="write the Markdown section here (default: print only)")
    parser.add_argument(
        "--test",
        action="append",
        default=[],
        help=f"a new labelled set (same format): the test part (default: {TEST_DEFAULT} when present)",
    )
    parser.add_argument(
        "--quick", action="store_true", help="smoke run: 20 names of each development part; writes nothing"
    )
    parser.add_argument("--dev-only", action="store_true", help="measure the development parts only (while tuning)")
    parser.add_argument(
        "--show-misses", action="store_true", help="list each part's wrong answers of the default linker (stderr)"
    )
    args = parser.parse_args()
    if not args.test and (ROOT / TEST_DEFAULT).exists():  # round 19's test set, once it is committed
        args.test = [TEST_DEFAULT]
    catalog = load_catalog()
    start = time.perf_counter()
    linker = IndicatorLinker().fit(catalog)
    fit_s = time.perf_counter() - start
    second_round = IndicatorLinker(**SECOND_ROUND).fit(catalog)
    previous_linker = IndicatorLinker(**PREVIOUS).fit(catalog)
    suggester = default_suggester()
    bm25 = BM25Baseline(catalog)
    bm25.tune(development(catalog))

    def first_matcher(name: str) -> str | None:
        found = suggester.match_kpi(name)
        return found.indicator.id if found else None

    round15 = IndicatorLinker(decide=False).fit(catalog)
    round13 = IndicatorLinker(practitioner_names=False, rerank=False).fit(catalog)
    round14 = IndicatorLinker(rerank=False).fit(catalog)
    engines = {
        f"linker (default, threshold {linker.threshold})": lambda n: linker.link(n).id,
        "round 15's linker (no learned link-or-none decision)": lambda n: round15.link(n).id,
        "round 14's linker (no re-ranker)": lambda n: round14.link(n).id,
        "round 13's linker (no practitioners' names)": lambda n: round13.link(n).id,
        "second-round rules (no general-first, no vague-name rule)": lambda n: second_round.link(n).id,
        "first-round parameters (threshold 0.15)": lambda n: previous_linker.link(n).id,
        f"BM25 top-1 (threshold {bm25.threshold:.2f} from dev)": bm25,
        "first matcher (match_kpi)": first_matcher,
    }
    sets = [*SETS]
    if not (args.dev_only or args.quick):  # a smoke run keeps off the test
        sets += [(f"TEST {Path(f).name}", f, tuple(zip(TEST_LABELS, (None,) * 3, (None, "zh", "en"), strict=True)))
                 for f in args.test]  # fmt: skip
    rows, all_names = [], []
    pooled: dict[str, list[dict]] = {"A": [], "B": [], "B12": []}
    for set_name, path, parts in sets:
        items = load(path, catalog)[: 20 if args.quick else None]
        if set_name.split()[0] in HALVED:
            pooled["A"] += chosen(items, "A", None)
            if set_name.split()[0] in CHECKED:
                pooled["B"] += chosen(items, "B", None)
            if set_name.split()[0] in ROUND12_CHECKED:
                pooled["B12"] += chosen(items, "B", None)
        for label, split, language in parts:
            names = chosen(items, split, language)
            if not names:
                continue
            all_names += [i["name"] for i in names if i["name"] not in all_names]
            rows.append((set_name, label, score_engines(names, engines, linker)))
            if args.show_misses and may_list(set_name, split):
                show_misses(f"{set_name} / {label}", names, linker, catalog)
    for half, name, label in (
        ("A", POOLED_A, "half A (misses read)"),
        ("B12", POOLED_12, "half B (round 12's check: names nobody read)"),
        ("B", POOLED, "half B (check: names nobody read)"),
    ):
        if pooled[half]:
            rows.append((name, label, score_engines(pooled[half], engines, linker)))
    print("\n".join(report(rows, catalog, fit_s, linker, previous_linker, all_names, args.test)))
    if args.out and not args.quick:
        Path(args.out).parent.mkdir(parents=True, exist_ok=True)
        Path(args.out).write_text("\n".join(report(rows, catalog, fit_s, linker, previous_linker, all_names, args.test)),
                                  encoding="utf-8")  # fmt: skip


def report(rows, catalog, fit_s, linker, previous_linker, all_names, test_files=()) -> list[str]:
    test = [m for s_, part, e in rows if s_.startswith("TEST") and part == "test" for n, m in e.items()
            if n.startswith("linker (default")]  # fmt: skip
    goal = (
        f"test: top-1 {test[0]['top1']:.2f}, none precision {test[0]['none_p']:.2f} — "
        + ("met" if test[0]["top1"] >= 0.85 and test[0]["none_p"] >= 0.90 else "MISSED")
        if test
        else "NOT JUDGED in this run: every set here is development data; the goal is judged on a new set (--test)"
    )
    per_name = {
        name: warm_ms(engine, all_names) for name, engine in (("linker", linker), ("previous", previous_linker))
    }
    return [
        "## KPI linking (issue 12)",
        "",
        f"Command: `python benchmarks/link_quality.py{''.join(f' --test {f}' for f in test_files)}` · {dt.date.today()} · "
        f"{machine()}",
        f"Catalog: {len(catalog)} indicators ({len(catalog.aliases)} merged ids resolve). Linker fit {fit_s:.1f} s; "
        f"{per_name['linker']:.2f} ms per name (first-round parameters {per_name['previous']:.2f} ms; warm, best of "
        f"3 passes over all {len(all_names)} names, 2 cores shared with other jobs).",
        "Labels written before any engine ran on them. Every set in this table except the TEST rows is development "
        "data: both parts of the "
        "real names and of ours were seen in the first two rounds, and the fresh real names (the second round's test "
        "set, 169 Chinese + 74 English names from stored public pages, run once then) were read miss by miss in the "
        "third round, while the catalog aliases and the linker rules below were written. Their figures therefore "
        "overstate what a new set will show; the goal is judged on a new labelled set run once (`--test FILE`). "
        "Top-1 accuracy counts a 'none' answer on a name with an indicator as wrong. The baselines run on today's "
        "catalog (with the third round's aliases), so they show what the linker rules add, not what the aliases add.",
        FRESH2_NOTE,
        FRESH3_NOTE,
        FRESH45_NOTE,
        FRESH6_NOTE,
        FRESH7_NOTE,
        FRESH8_NOTE,
        FRESH9_NOTE,
        FRESH10_NOTE,
        FRESH11_NOTE,
        FRESH12_NOTE,
        FRESH13_NOTE,
        FRESH14_NOTE,
        FRESH15_NOTE,
        FRESH16_NOTE,
        FRESH17_NOTE,
        FRESH18_NOTE,
        FRESH19_NOTE,
        FRESH20_NOTE,
        FRESH21_NOTE,
        FRESH22_NOTE,
        FRESH23_NOTE,
        FRESH24_NOTE,
        FRESH25_NOTE,
        FRESH26_NOTE,
        FRESH27_NOTE,
        FRESH28_NOTE,
        FRESH29_NOTE,
        FRESH30_NOTE,
        FRESH31_NOTE,
        FRESH32_NOTE,
        FRESH33_NOTE,
        FRESH34_NOTE,
        FRESH35_NOTE,
        FRESH36_NOTE,
        FRESH37_NOTE,
        FRESH38_NOTE,
        FRESH39_NOTE,
        FRESH40_NOTE,
        FRESH41_NOTE,
        FRESH42_NOTE,
        *(
            [TEST_NOTE, *(TEST_SETS[Path(f).name] for f in test_files if Path(f).name in TEST_SETS)]
            if test_files
            else []
        ),
        "",
        *table(rows),
        "",
        f"Goal (issue 12: top-1 accuracy ≥ 0.85 and none precision ≥ 0.90 on the test part): {goal}.",
        "",
        *ROUND46_NOTES,
        "",
        *ROUND45_NOTES,
        "",
        *ROUND44_NOTES,
        "",
        *ROUND43_NOTES,
        "",
        *ROUND42_NOTES,
        "",
        *ROUND41_NOTES,
        "",
        *ROUND40_NOTES,
        "",
        *ROUND39_NOTES,
        "",
        *ROUND38_NOTES,
        "",
        *ROUND37_NOTES,
        "",
        *ROUND36_NOTES,
        "",
        *ROUND35_NOTES,
        "",
        *ROUND34_NOTES,
        "",
        *ROUND33_NOTES,
        "",
        *ROUND32_NOTES,
        "",
        *ROUND31_NOTES,
        "",
        *ROUND30_NOTES,
        "",
        *ROUND29_NOTES,
        "",
        *ROUND28_NOTES,
        "",
        *ROUND27_NOTES,
        "",
        *ROUND26_NOTES,
        "",
        *ROUND25_NOTES,
        "",
        *ROUND24_NOTES,
        "",
        *ROUND23_NOTES,
        "",
        *ROUND22_NOTES,
        "",
        *ROUND21_NOTES,
        "",
        *ROUND19_NOTES,
        "",
        *ROUND18_NOTES,
        "",
        *ROUND17_NOTES,
        "",
        *ROUND16_NOTES,
        "",
        *ROUND15_NOTES,
        "",
        *ROUND14_NOTES,
        "",
        *ROUND12_NOTES,
        "",
        *ROUND11_NOTES,
        "",
        *ROUND10_NOTES,
        "",
        *ROUND8_NOTES,
        "",
        *ROUND3_NOTES,
        "",
        *ROUND7_NOTES,
        "",
        "Real names: KPi Kluster digital-product KPIs (SigurdJanson/KPIlib, MIT) and GitLab handbook performance "
        "indicators (CC BY-SA 4.0); most GitLab indicators are company-specific (MR rate, location factor) and "
        "labelled none. Fresh real names: Chinese 绩效考核/KPI tables and English KPI lists from stored public pages "
        "(sources per name in the file; benchmarks/data/benchmark_sources.md). Our names are written by us.",
        "",
    ]


if __name__ == "__main__":
    main()
