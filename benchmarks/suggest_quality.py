"""Quality of indicator suggestions on the labelled query set, next to a plain BM25 baseline.

Metrics per language: hit@5 (a relevant indicator among the first 5), nDCG@10 (graded
gains 2^g - 1) and MRR (first relevant within 10).  Relevance: grade 1 = an indicator of
one of the query's functions usable in its industry; grade 2-3 = the judged ids (from
suggest_queries.yaml and suggest_id_judgements.yaml).  Reported at two levels: function
(grade 1 + ids) and id (the judged ids only).

    python benchmarks/suggest_quality.py --data /work/shared/data/external
"""

from __future__ import annotations

import argparse
import hashlib
import json
import math
import os
import re
import sys
import time
from collections import defaultdict
from pathlib import Path

import yaml

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from suggest_common import ROOT, PlainBM25, machine, today, write_section

from kpiguide.catalog import load_catalog
from kpiguide.suggest.engine import IndicatorSuggester

QUERIES = ROOT / "benchmarks" / "data" / "suggest_queries.yaml"
# the test set of issue 12 round 6 (labelled by another person before the round's engine ran); development data since
# round 7, split by occupation into half A (misses read) and half B (the check, never listed)
FRESH = ROOT / "benchmarks" / "data" / "suggest_queries_fresh.yaml"
# the test set of issue 12 round 7 (labelled by another person before the round's engine ran); development data since
# round 8, split by occupation into half A (misses read) and half B (the check, never listed)
FRESH2 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh2.yaml"
# the test set of issue 12 round 8 (labelled by another person before the round's engine ran); development data since
# round 10, split by occupation into half A (misses read) and half B (the check, never listed)
FRESH3 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh3.yaml"
# the test set of issue 12 round 10 (labelled by another person before the round's engine ran); development data since
# round 11, split by occupation / query into half A (misses read) and half B (the check, never listed)
FRESH4 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh4.yaml"
# the test set of issue 12 round 11 (labelled by another person before the round's engine ran); development data since
# round 12, split by occupation / query into half A (misses read) and half B (the check, never listed)
FRESH5 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh5.yaml"
# the test set of issue 12 round 12 (labelled by another person before the round's engine ran); development data since
# round 14, split by occupation / query into half A (misses read) and half B (the check, never listed)
FRESH6 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh6.yaml"
# the test set of issue 12 round 14 (labelled by another person before the round's engine ran, run once then);
# development data since round 15, split by occupation / query into half A (misses read) and half B (never listed)
FRESH7 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh7.yaml"
# the test set of issue 12 round 15 (labelled by another person before the round's engine ran, run once then);
# development data since round 16, split by occupation / query into half A (misses read) and half B (never listed)
FRESH8 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh8.yaml"
# the test set of issue 12 round 16 (labelled by another person before the round's engine ran, run once then);
# development data since round 18, split by occupation / query into half A (misses read) and half B (never listed)
FRESH9 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh9.yaml"
# the test set of issue 12 round 18 (labelled by another person before the round's engine ran, run once then);
# development data since round 19, split by occupation / query into half A (misses read) and half B (never listed)
FRESH10 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh10.yaml"
# the test set of issue 12 round 19 (labelled by another person before the round's engine ran, run once then);
# development data since round 20, split by occupation / query into half A (misses read) and half B (never listed)
FRESH11 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh11.yaml"
# the test set of issue 12 round 20 (labelled by another person before the round's engine ran, run once then);
# development data since round 21, split by occupation / query into half A (misses read) and half B (never listed)
FRESH12 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh12.yaml"
# the test set of issue 12 round 21 (labelled by another person before the round's engine ran, run once then);
# development data since round 22, split by occupation / query into half A (misses read) and half B (never listed)
FRESH13 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh13.yaml"
# the test set of issue 12 round 22 (labelled by another person before the round's engine ran, run once then);
# development data since round 23, split by occupation / query into half A (misses read) and half B (never listed)
FRESH14 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh14.yaml"
# the test set of issue 12 round 23 (labelled by another person before the round's engine ran, run once then);
# development data since round 24, split by occupation / query into half A (misses read) and half B (never listed)
FRESH15 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh15.yaml"
# the test set of issue 12 round 24 (labelled by another person before the round's engine ran, run once then);
# development data since round 25, split by occupation / query into half A (misses read) and half B (never listed)
FRESH16 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh16.yaml"
# the test set of issue 12 round 25 (labelled by another person before the round's engine ran, run once then);
# development data since round 26, split by occupation / query into half A (misses read) and half B (never listed)
FRESH17 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh17.yaml"
# the test set of issue 12 round 26 (labelled by another person before the round's engine ran, run once then);
# development data since round 27, split by occupation / query into half A (misses read) and half B (never listed)
FRESH18 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh18.yaml"
# the test set of issue 12 round 27 (labelled by another person before the round's engine ran, run once then);
# development data since round 28, split by occupation / query into half A (misses read) and half B (never listed)
FRESH19 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh19.yaml"
# the test set of issue 12 round 28 (labelled by another person before the round's engine ran, run once then);
# development data since round 29, split by occupation / query into half A (misses read) and half B (never listed)
FRESH20 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh20.yaml"
# the test set of issue 12 round 29 (labelled by another person before the round's engine ran, run once then);
# development data since round 30, split by occupation / query into half A (misses read) and half B (never listed)
FRESH21 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh21.yaml"
# the test set of issue 12 rounds 30-31 (labelled by another person before the rounds' engine ran, run once then);
# development data since round 32, split by occupation / query into half A (misses read) and half B (never listed)
FRESH22 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh22.yaml"
# the test set of issue 12 round 32 (labelled by another person before the round's engine ran, run once then);
# development data since round 33, split by occupation / query into half A (misses read) and half B (never listed)
FRESH23 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh23.yaml"
# the test set of issue 12 round 33 (labelled by another person before the round's engine ran, run once then);
# development data since round 34, split by occupation / query into half A (misses read) and half B (never listed)
FRESH24 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh24.yaml"
# the test set of issue 12 round 34 (labelled by another person before the round's engine ran, run once then);
# development data since round 35, split by occupation / query into half A (misses read) and half B (never listed)
FRESH25 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh25.yaml"
# the test set of issue 12 round 35 (labelled by another person before the round's engine ran, run once then);
# development data since round 36, split by occupation / query into half A (misses read) and half B (never listed)
FRESH26 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh26.yaml"
# the test set of issue 12 round 36 (labelled by another person before the round's engine ran, run once then);
# development data since round 37, split by occupation / query into half A (misses read) and half B (never listed)
FRESH27 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh27.yaml"
# the test set of issue 12 round 37 (labelled by another person before the round's engine ran, run once then);
# development data since round 38, split by occupation / query into half A (misses read) and half B (never listed)
FRESH28 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh28.yaml"
# the test set of issue 12 round 38 (labelled by another person before the round's engine ran, run once then);
# development data since round 39, split by occupation / query into half A (misses read) and half B (never listed)
FRESH29 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh29.yaml"
# the test set of issue 12 round 39 (labelled by another person before the round's engine ran, run once then);
# development data since round 40, split by occupation / query into half A (misses read) and half B (never listed)
FRESH30 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh30.yaml"
# the test set of issue 12 round 40 (labelled by another person before the round's engine ran, run once then);
# development data since round 41, split by occupation / query into half A (misses read) and half B (never listed)
FRESH31 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh31.yaml"
# a test set labelled for a later round (by another person before any engine ran on it), run once by the lead at
# commit 7ef9d28 (round 40's engine); development data since round 41, split like fresh31
FRESH32 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh32.yaml"
# the test set of issue 12 round 41 (labelled by another person before the round's engine ran, run once then);
# development data since round 42, split by occupation / query into half A (misses read) and half B (never listed)
FRESH33 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh33.yaml"
# the test set of issue 12 round 42 (labelled by another person before the round's engine ran, run once then);
# development data since round 43, split by occupation / query into half A (misses read) and half B (never listed)
FRESH34 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh34.yaml"
# a test set labelled for a later round (by another person before any engine ran on it), run once by the lead at
# commit de2b575 (round 42's engine); development data since round 43, split like fresh34
FRESH35 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh35.yaml"
# the test set of issue 12 round 43 (labelled by another person before the round's engine ran, run once by the lead
# at the start of round 44's session); development data since round 44, split like fresh35
FRESH36 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh36.yaml"
# the test set of issue 12 round 44 (labelled by another person before the round's engine ran, run once by the lead
# at the start of round 45's session); development data since round 45, split like fresh36
FRESH37 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh37.yaml"
# the test set of issue 12 round 45 (labelled by another person before the round's engine ran, run once by the lead
# at the start of round 46's session); development data since round 46, split like fresh37
FRESH38 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh38.yaml"
# the test set of issue 12 round 46 (labelled by another person before the round's engine ran, run once by the lead
# at d2e9336 in round 46's session after its merge); development data since round 47, split like fresh38
FRESH39 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh39.yaml"
# the test set of issue 12 round 47 (labelled by another person before the round's engine ran, run once by the lead
# at 9f36cdc in round 47's session after its merge); development data since round 48, split like fresh39
FRESH40 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh40.yaml"
# the test set of issue 12 round 48 (labelled by another person before the round's engine ran, run once by the lead
# at 21e9e37 in round 48's session after its merge); development data since round 49, split like fresh40
FRESH41 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh41.yaml"
# the test set of issue 12 round 49 (labelled by another person before the round's engine ran, run once by the lead
# at 3989cc0 in round 49's session after its merge); development data since round 50, split like fresh41
FRESH42 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh42.yaml"
# the test set of issue 12 round 50 (labelled by another person before the round's engine ran, run once by the lead
# at 98edfe7 in round 50's session after its merge); development data since round 51, split like fresh42
FRESH43 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh43.yaml"
# the test set of issue 12 round 51 (labelled by another person before the round's engine ran, run once by the lead
# at fb1bc4d in round 51's session after its merge); development data since round 52, split like fresh43
FRESH44 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh44.yaml"
# the test set of issue 12 round 52 (labelled by another person before the round's engine ran, run once by the lead
# at 3f3381a in round 52's session after its merge); development data since round 53, split like fresh44
FRESH45 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh45.yaml"
# the test set of issue 12 round 53 (labelled by another person before the round's engine ran, run once by the lead
# at 285e7af in round 53's session after its merge); development data since round 54, split like fresh45
FRESH46 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh46.yaml"
# the test set of issue 12 round 54 (labelled by another person before the round's engine ran, run once by the lead
# at db59470 in round 54's session after its merge); development data since round 55, split like fresh46
FRESH47 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh47.yaml"
# the test set of issue 12 round 55 on (labelled by another person before the engine it tests ran); used when present
FRESH48 = ROOT / "benchmarks" / "data" / "suggest_queries_fresh48.yaml"
#: the split name of the test set (a new round changes it here; the study scripts import it)
TEST_SPLIT = "fresh48"
JUDGEMENTS = ROOT / "benchmarks" / "data" / "suggest_id_judgements.yaml"
SYSTEMS = ("kpiguide", "BM25 (bm25s, jieba)")
KINDS = ("title", "task", "description", "job_description", "strategy", "role_duties", "department_strategy")
SPLITS = (
    TEST_SPLIT,
    "fresh47",
    "fresh47A",
    "fresh47B",
    "fresh46",
    "fresh46A",
    "fresh46B",
    "fresh45",
    "fresh45A",
    "fresh45B",
    "fresh44",
    "fresh44A",
    "fresh44B",
    "fresh43",
    "fresh43A",
    "fresh43B",
    "fresh42",
    "fresh42A",
    "fresh42B",
    "fresh41",
    "fresh41A",
    "fresh41B",
    "fresh40",
    "fresh40A",
    "fresh40B",
    "fresh39",
    "fresh39A",
    "fresh39B",
    "fresh38",
    "fresh38A",
    "fresh38B",
    "fresh37",
    "fresh37A",
    "fresh37B",
    "fresh36",
    "fresh36A",
    "fresh36B",
    "fresh35",
    "fresh35A",
    "fresh35B",
    "fresh34",
    "fresh34A",
    "fresh34B",
    "fresh33",
    "fresh33A",
    "fresh33B",
    "fresh32",
    "fresh32A",
    "fresh32B",
    "fresh31",
    "fresh31A",
    "fresh31B",
    "fresh30",
    "fresh30A",
    "fresh30B",
    "fresh29",
    "fresh29A",
    "fresh29B",
    "fresh28",
    "fresh28A",
    "fresh28B",
    "fresh27",
    "fresh27A",
    "fresh27B",
    "fresh26",
    "fresh26A",
    "fresh26B",
    "fresh25",
    "fresh25A",
    "fresh25B",
    "fresh24",
    "fresh24A",
    "fresh24B",
    "fresh23",
    "fresh23A",
    "fresh23B",
    "fresh22",
    "fresh22A",
    "fresh22B",
    "fresh21",
    "fresh21A",
    "fresh21B",
    "fresh20",
    "fresh20A",
    "fresh20B",
    "fresh19",
    "fresh19A",
    "fresh19B",
    "fresh18",
    "fresh18A",
    "fresh18B",
    "fresh17",
    "fresh17A",
    "fresh17B",
    "fresh16",
    "fresh16A",
    "fresh16B",
    "fresh15",
    "fresh15A",
    "fresh15B",
    "fresh14",
    "fresh14A",
    "fresh14B",
    "fresh13",
    "fresh13A",
    "fresh13B",
    "fresh12",
    "fresh12A",
    "fresh12B",
    "fresh11",
    "fresh11A",
    "fresh11B",
    "fresh10",
    "fresh10A",
    "fresh10B",
    "fresh9",
    "fresh9A",
    "fresh9B",
    "fresh8",
    "fresh8A",
    "fresh8B",
    "fresh7",
    "fresh7A",
    "fresh7B",
    "fresh6",
    "fresh6A",
    "fresh6B",
    "fresh5",
    "fresh5A",
    "fresh5B",
    "fresh4",
    "fresh4A",
    "fresh4B",
    "fresh3",
    "fresh3A",
    "fresh3B",
    "fresh2",
    "fresh2A",
    "fresh2B",
    "fresh",
    "freshA",
    "freshB",
    "test",
    "dev",
    "pooledA",
    "pooledB",
)
# since round 6 both parts of suggest_queries.yaml are development data (the test part was looked at twice); since
# round 7 the fresh set is too
PART_NAMES = {
    "fresh48": "test (fresh set 48)",
    "fresh47": "fresh set 47 (now dev)",
    "fresh47A": "fresh set 47 half A (dev, read)",
    "fresh47B": "fresh set 47 half B (dev, check)",
    "fresh46": "fresh set 46 (now dev)",
    "fresh46A": "fresh set 46 half A (dev, read)",
    "fresh46B": "fresh set 46 half B (dev, check)",
    "fresh45": "fresh set 45 (now dev)",
    "fresh45A": "fresh set 45 half A (dev, read)",
    "fresh45B": "fresh set 45 half B (dev, check)",
    "fresh44": "fresh set 44 (now dev)",
    "fresh44A": "fresh set 44 half A (dev, read)",
    "fresh44B": "fresh set 44 half B (dev, check)",
    "fresh43": "fresh set 43 (now dev)",
    "fresh43A": "fresh set 43 half A (dev, read)",
    "fresh43B": "fresh set 43 half B (dev, check)",
    "fresh42": "fresh set 42 (now dev)",
    "fresh42A": "fresh set 42 half A (dev, read)",
    "fresh42B": "fresh set 42 half B (dev, check)",
    "fresh41": "fresh set 41 (now dev)",
    "fresh41A": "fresh set 41 half A (dev, read)",
    "fresh41B": "fresh set 41 half B (dev, check)",
    "fresh40": "fresh set 40 (now dev)",
    "fresh40A": "fresh set 40 half A (dev, read)",
    "fresh40B": "fresh set 40 half B (dev, check)",
    "fresh39": "fresh set 39 (now dev)",
    "fresh39A": "fresh set 39 half A (dev, read)",
    "fresh39B": "fresh set 39 half B (dev, check)",
    "fresh38": "fresh set 38 (now dev)",
    "fresh38A": "fresh set 38 half A (dev, read)",
    "fresh38B": "fresh set 38 half B (dev, check)",
    "fresh37": "fresh set 37 (now dev)",
    "fresh37A": "fresh set 37 half A (dev, read)",
    "fresh37B": "fresh set 37 half B (dev, check)",
    "fresh36": "fresh set 36 (now dev)",
    "fresh36A": "fresh set 36 half A (dev, read)",
    "fresh36B": "fresh set 36 half B (dev, check)",
    "fresh35": "fresh set 35 (now dev)",
    "fresh35A": "fresh set 35 half A (dev, read)",
    "fresh35B": "fresh set 35 half B (dev, check)",
    "fresh34": "fresh set 34 (now dev)",
    "fresh34A": "fresh set 34 half A (dev, read)",
    "fresh34B": "fresh set 34 half B (dev, check)",
    "fresh33": "fresh set 33 (now dev)",
    "fresh33A": "fresh set 33 half A (dev, read)",
    "fresh33B": "fresh set 33 half B (dev, check)",
    "fresh32": "fresh set 32 (now dev)",
    "fresh32A": "fresh set 32 half A (dev, read)",
    "fresh32B": "fresh set 32 half B (dev, check)",
    "fresh31": "fresh set 31 (now dev)",
    "fresh31A": "fresh set 31 half A (dev, read)",
    "fresh31B": "fresh set 31 half B (dev, check)",
    "fresh30": "fresh set 30 (now dev)",
    "fresh30A": "fresh set 30 half A (dev, read)",
    "fresh30B": "fresh set 30 half B (dev, check)",
    "fresh29": "fresh set 29 (now dev)",
    "fresh29A": "fresh set 29 half A (dev, read)",
    "fresh29B": "fresh set 29 half B (dev, check)",
    "fresh28": "fresh set 28 (now dev)",
    "fresh28A": "fresh set 28 half A (dev, read)",
    "fresh28B": "fresh set 28 half B (dev, check)",
    "fresh27": "fresh set 27 (now dev)",
    "fresh27A": "fresh set 27 half A (dev, read)",
    "fresh27B": "fresh set 27 half B (dev, check)",
    "fresh26": "fresh set 26 (now dev)",
    "fresh26A": "fresh set 26 half A (dev, read)",
    "fresh26B": "fresh set 26 half B (dev, check)",
    "fresh25": "fresh set 25 (now dev)",
    "fresh25A": "fresh set 25 half A (dev, read)",
    "fresh25B": "fresh set 25 half B (dev, check)",
    "fresh24": "fresh set 24 (now dev)",
    "fresh24A": "fresh set 24 half A (dev, read)",
    "fresh24B": "fresh set 24 half B (dev, check)",
    "fresh23": "fresh set 23 (now dev)",
    "fresh23A": "fresh set 23 half A (dev, read)",
    "fresh23B": "fresh set 23 half B (dev, check)",
    "fresh22": "fresh set 22 (now dev)",
    "fresh22A": "fresh set 22 half A (dev, read)",
    "fresh22B": "fresh set 22 half B (dev, check)",
    "fresh21": "fresh set 21 (now dev)",
    "fresh21A": "fresh set 21 half A (dev, read)",
    "fresh21B": "fresh set 21 half B (dev, check)",
    "fresh20": "fresh set 20 (now dev)",
    "fresh20A": "fresh set 20 half A (dev, read)",
    "fresh20B": "fresh set 20 half B (dev, check)",
    "fresh19": "fresh set 19 (now dev)",
    "fresh19A": "fresh set 19 half A (dev, read)",
    "fresh19B": "fresh set 19 half B (dev, check)",
    "fresh18": "fresh set 18 (now dev)",
    "fresh18A": "fresh set 18 half A (dev, read)",
    "fresh18B": "fresh set 18 half B (dev, check)",
    "fresh17": "fresh set 17 (now dev)",
    "fresh17A": "fresh set 17 half A (dev, read)",
    "fresh17B": "fresh set 17 half B (dev, check)",
    "fresh16": "fresh set 16 (now dev)",
    "fresh16A": "fresh set 16 half A (dev, read)",
    "fresh16B": "fresh set 16 half B (dev, check)",
    "fresh15": "fresh set 15 (now dev)",
    "fresh15A": "fresh set 15 half A (dev, read)",
    "fresh15B": "fresh set 15 half B (dev, check)",
    "fresh14": "fresh set 14 (now dev)",
    "fresh14A": "fresh set 14 half A (dev, read)",
    "fresh14B": "fresh set 14 half B (dev, check)",
    "fresh13": "fresh set 13 (now dev)",
    "fresh13A": "fresh set 13 half A (dev, read)",
    "fresh13B": "fresh set 13 half B (dev, check)",
    "fresh12": "fresh set 12 (now dev)",
    "fresh12A": "fresh set 12 half A (dev, read)",
    "fresh12B": "fresh set 12 half B (dev, check)",
    "fresh11": "fresh set 11 (now dev)",
    "fresh11A": "fresh set 11 half A (dev, read)",
    "fresh11B": "fresh set 11 half B (dev, check)",
    "fresh10": "fresh set 10 (now dev)",
    "fresh10A": "fresh set 10 half A (dev, read)",
    "fresh10B": "fresh set 10 half B (dev, check)",
    "fresh9": "fresh set 9 (now dev)",
    "fresh9A": "fresh set 9 half A (dev, read)",
    "fresh9B": "fresh set 9 half B (dev, check)",
    "fresh8": "fresh set 8 (now dev)",
    "fresh8A": "fresh set 8 half A (dev, read)",
    "fresh8B": "fresh set 8 half B (dev, check)",
    "fresh7": "fresh set 7 (now dev)",
    "fresh7A": "fresh set 7 half A (dev, read)",
    "fresh7B": "fresh set 7 half B (dev, check)",
    "fresh6": "fresh set 6 (now dev)",
    "fresh6A": "fresh set 6 half A (dev, read)",
    "fresh6B": "fresh set 6 half B (dev, check)",
    "fresh5": "fresh set 5 (now dev)",
    "fresh5A": "fresh set 5 half A (dev, read)",
    "fresh5B": "fresh set 5 half B (dev, check)",
    "fresh4": "fresh set 4 (now dev)",
    "fresh4A": "fresh set 4 half A (dev, read)",
    "fresh4B": "fresh set 4 half B (dev, check)",
    "fresh3": "fresh set 3 (now dev)",
    "fresh3A": "fresh set 3 half A (dev, read)",
    "fresh3B": "fresh set 3 half B (dev, check)",
    "fresh2": "fresh set 2 (now dev)",
    "fresh2A": "fresh set 2 half A (dev, read)",
    "fresh2B": "fresh set 2 half B (dev, check)",
    "fresh": "fresh set (now dev)",
    "freshA": "fresh set half A (dev, read)",
    "freshB": "fresh set half B (dev, check)",
    "test": "old test (now dev)",
    "dev": "dev",
    "pooledA": "pooled halves A of fresh sets 1-47 (read)",
    "pooledB": "pooled halves B of fresh sets 1-47 (the checks)",
}
# parts whose misses --show-misses never lists: the test set and the check halves of the fresh sets 1-47
UNLISTED = (
    TEST_SPLIT,
    "fresh47B",
    "fresh46B",
    "fresh45B",
    "fresh44B",
    "fresh43B",
    "fresh42B",
    "fresh41B",
    "fresh40B",
    "fresh39B",
    "fresh38B",
    "fresh37B",
    "fresh36B",
    "fresh35B",
    "fresh34B",
    "fresh33B",
    "fresh32B",
    "fresh31B",
    "fresh30B",
    "fresh29B",
    "fresh28B",
    "fresh27B",
    "fresh26B",
    "fresh25B",
    "fresh24B",
    "fresh23B",
    "fresh22B",
    "fresh21B",
    "fresh20B",
    "fresh19B",
    "fresh18B",
    "fresh17B",
    "fresh16B",
    "fresh15B",
    "fresh14B",
    "fresh13B",
    "fresh12B",
    "fresh11B",
    "fresh10B",
    "fresh9B",
    "fresh8B",
    "fresh7B",
    "fresh6B",
    "fresh5B",
    "fresh4B",
    "fresh3B",
    "fresh2B",
    "freshB",
)
# the pooled halves: A (misses read in rounds 7-55) and B (the checks), reported per language (rounds 11-55)
HALVES = {
    "A": (
        "freshA",
        "fresh2A",
        "fresh3A",
        "fresh4A",
        "fresh5A",
        "fresh6A",
        "fresh7A",
        "fresh8A",
        "fresh9A",
        "fresh10A",
        "fresh11A",
        "fresh12A",
        "fresh13A",
        "fresh14A",
        "fresh15A",
        "fresh16A",
        "fresh17A",
        "fresh18A",
        "fresh19A",
        "fresh20A",
        "fresh21A",
        "fresh22A",
        "fresh23A",
        "fresh24A",
        "fresh25A",
        "fresh26A",
        "fresh27A",
        "fresh28A",
        "fresh29A",
        "fresh30A",
        "fresh31A",
        "fresh32A",
        "fresh33A",
        "fresh34A",
        "fresh35A",
        "fresh36A",
        "fresh37A",
        "fresh38A",
        "fresh39A",
        "fresh40A",
        "fresh41A",
        "fresh42A",
        "fresh43A",
        "fresh44A",
        "fresh45A",
        "fresh46A",
        "fresh47A",
    ),
    "B": (
        "freshB",
        "fresh2B",
        "fresh3B",
        "fresh4B",
        "fresh5B",
        "fresh6B",
        "fresh7B",
        "fresh8B",
        "fresh9B",
        "fresh10B",
        "fresh11B",
        "fresh12B",
        "fresh13B",
        "fresh14B",
        "fresh15B",
        "fresh16B",
        "fresh17B",
        "fresh18B",
        "fresh19B",
        "fresh20B",
        "fresh21B",
        "fresh22B",
        "fresh23B",
        "fresh24B",
        "fresh25B",
        "fresh26B",
        "fresh27B",
        "fresh28B",
        "fresh29B",
        "fresh30B",
        "fresh31B",
        "fresh32B",
        "fresh33B",
        "fresh34B",
        "fresh35B",
        "fresh36B",
        "fresh37B",
        "fresh38B",
        "fresh39B",
        "fresh40B",
        "fresh41B",
        "fresh42B",
        "fresh43B",
        "fresh44B",
        "fresh45B",
        "fresh46B",
        "fresh47B",
    ),
}
# the goals of issue 12, on the test part (the fresh set when present), per language
GOALS = {"function": {"hit@5": 0.95}, "id": {"hit@5": 0.85, "nDCG@10": 0.55}}


ROUND_11 = (
    "Round 11 (issue 12): fresh set 4 is development data (half A read; caveat: "
    "benchmarks/results/issue12_round10_misses.md quotes misses of both halves, so its half B is a weaker check); the "
    "check of the round is the pooled halves B of the fresh sets 1-4 (`--split halves`, the 'pooled' rows). Steps, "
    "id hit@5 / nDCG@10 per language on the pooled halves (before, the round-10 engine: A en 0.731 / 0.430, zh 0.857 "
    "/ 0.538, function hit@5 en 0.908, zh 0.981; B en 0.792 / 0.488, zh 0.800 / 0.489, function hit@5 en 0.950, zh "
    "0.939, function nDCG en 0.545, zh 0.535): (1, Q2) industry hints the taxonomy lacked (快件, 包裹 for logistics; "
    "饭店, 菜肴, 菜点, 奶茶, 茶饮 for hospitality) and 'platform' alone no longer naming the internet industry: A zh "
    "0.876 / 0.553, B zh 0.800 / 0.490, the rest unchanged (kept; 菜品 was a hint too, dropped because it linked "
    "菜品出新率 to food cost % in link_quality --dev-only). (2, Q2) the industry a query names lifts its own indicators "
    "over general ones: when a role or a strategy places the list, the industry's two best own indicators take places "
    "3 and 5 unless already in the first five, if they match the text without the industry's name (so 'Hospital "
    "receptionist' lifts no infection rate) at least 0.3 of the best match (0.3 / 0.5 / 0.7 and places (2, 4) / "
    "(1, 3) / (1,) / (2,) / (4,) tried on A): A en 0.739 / 0.433, zh 0.895 / 0.555, function hit@5 en 0.916, zh "
    "0.990; B en 0.792 / 0.488, zh 0.809 / 0.490, function hit@5 unchanged, function nDCG en 0.544 (-0.001), zh 0.536 "
    "(kept: no loss on the goal metrics of B). A variant matching with the industry's name, chosen on A before the "
    "name was read out, gave A en 0.739 / 0.432, zh 0.905 / 0.555 and B en 0.792 / 0.489, zh 0.809 / 0.490 but "
    "lifted indicators that only share the industry's name ('Medical office secretary' -> consumables per 100 "
    "revenue); the kept one reads the name out. Tried and dropped: (Q1) the department's levers from the strategy "
    "map's driver links (`_mapped_levers`) before the worded levers whenever the department has no measure of its "
    "own (before step 1: A en 0.723 / 0.423, zh 0.857 / 0.543, B en 0.792 / 0.482, zh 0.800 / 0.485: loses on "
    "both); (Q2) an industry indicator lifted just above the best general one of its function among the role's or "
    "strategy's, or above its closest general counterpart by index similarity (loses on B, or no change: the "
    "counterparts' similarities are under 0.2); (Q3) frame words (体系, 构建, 'process', 'build') read out of the "
    "text before its strategy is read: no change on any row; (Q4) an English title's head noun with a qualifier of "
    "its own before it ('Database Architects') naming no role: A function hit@5 en 0.924, B unchanged, but the old "
    "test part's en id nDCG 0.690 -> 0.684 (titles without a role fall to text matches that fit worse). p50 latency "
    "at 10,000 indicators after the round: 4.05 ms (`python benchmarks/suggest_speed.py --sizes 1207,10000 "
    "--no-write`). The test part, the fifth fresh set (100 queries, labelled by another person before round 11's "
    "code ran on it), was run once after round 11's branches were merged: function hit@5 zh 0.900 / en 0.800, id "
    "hit@5 0.780 / 0.660, id nDCG@10 0.421 / 0.343 (BM25 in the same run: 0.760 / 0.700, 0.560 / 0.460, 0.299 / "
    "0.235; goals 0.95, 0.85, 0.55: none met). Round 10's code (commit 465a394) on the same queries, run afterwards "
    "for comparison only: function hit@5 0.900 / 0.780, id hit@5 0.780 / 0.620, nDCG@10 0.422 / 0.340: round 11 "
    "carried one English query at function level and two at id level."
)


ROUND_12 = (
    "Round 12 (issue 12): the fifth fresh set (round 11's test set, run once then) is development data, split by "
    "occupation / query like the fourth (half A read, half B never listed); the check of the round is the pooled "
    "halves B of the fresh sets 1-5 (`--split halves`). The test part is the sixth fresh set "
    "(`suggest_queries_fresh6.yaml`, labelled by another person; measured when present, never listed). Before round "
    "12 (commit 975349a), pooled halves, function hit@5 / nDCG@10 and id hit@5 / nDCG@10: A en 0.899 / 0.485, 0.736 / "
    "0.417, zh 0.969 / 0.578, 0.847 / 0.523; B en 0.918 / 0.516, 0.754 / 0.462, zh 0.935 / 0.535, 0.820 / 0.485. The "
    "English function-level misses of the fifth set's half A (5 of 29), what was read: 'Tellers' (no role named: the "
    "library has 'Bank teller', and one word is too little text for a described role, so nothing was suggested); "
    "'Interview persons desiring to open accounts in financial institutions' ('accounts' names finance, through "
    "the stem of the finance hint 'accounting'); an environmental engineer's description ('research', 'design', "
    "'engineering' name R&D although the EHS engineer role is recognised); an HVAC installer (after-sales engineer "
    "0.22 against field technician 0.18: not clearly one role); 'Become the first-choice payroll software for small "
    "accountancy firms' ('payroll' names HR; the strategy is a market position). Steps (the SMART round's strategy "
    "template changes come first, as they change the suggester's template graph): (1) 客户服务 / customer service "
    "keywords moved to the service-experience template: no change; (2) five driver links between templates: A zh id "
    "0.847 -> 0.840, B en id 0.754 -> 0.762, B function nDCG en 0.516 -> 0.517, zh 0.535 -> 0.536, id nDCG en 0.462 "
    "-> 0.463, zh 0.485 -> 0.486 (kept: no loss on B); (3) four indicators added to their templates: B zh function / "
    "id nDCG +0.001 each (kept); (4) a title whose words no other role shares names that role (`RoleRecognizer."
    "recognize`: the best role is read as described from any similarity when the next role's is 0: 'Tellers' -> Bank "
    "teller): A en function 0.899 -> 0.905 / nDCG 0.485 -> 0.489, id 0.736 -> 0.743 / 0.417 -> 0.422; B unchanged, "
    "but suggest_queries.yaml's dev part lost 网吧网管 at id level (read as the IT help desk, the one role sharing "
    "网管), so the rule holds only for a text that names no business function (网管 names IT): the halves as before, "
    "the dev part back to round 11's misses (kept). After round 12: A en 0.905 / 0.489, 0.743 / 0.422, zh 0.969 / 0.576, 0.840 / 0.521; B en 0.918 / 0.517, "
    "0.762 / 0.463, zh 0.935 / 0.536, 0.820 / 0.486. Not fixed: the stem collision of 'accounts' and 'accounting' (text "
    "analysis, another room) and function hints from duty verbs overriding a recognised role. The test part, the "
    "sixth fresh set (100 queries, labelled by another person before round 12's code ran on it), was run once after "
    "round 12's branches were merged: function hit@5 zh 0.820 / en 0.920, id hit@5 0.580 / 0.660, id nDCG@10 0.387 / "
    "0.354 (BM25 in the same run 0.740 / 0.820, 0.480 / 0.500, 0.260 / 0.254; no goal met). Older code on the same "
    "queries, run afterwards for comparison only (this script, so labels read through merged ids): round 11's "
    "(commit 975349a) 0.820 / 0.920, 0.580 / 0.660, 0.386 / 0.355; round 10's (commit 465a394) 0.820 / 0.920, 0.580 "
    "/ 0.640, 0.387 / 0.353: rounds 11 and 12 carried one English query at id level."
)


ROUND_14 = (
    "Round 14 (issue 12): the sixth fresh set (round 12's test set, run once then) is development data, split by "
    "occupation / query like the fifth (half A may be read, half B never listed); the test part is the seventh fresh "
    "set (`suggest_queries_fresh7.yaml`, labelled by another person; measured when present, never listed). The round "
    "tried one learned feature, judged ONLY by leave-one-set-out over the seven query sets (suggest_queries.yaml = "
    "'base', fresh sets 1-6): a choice prior, per key (a query's labelled function, counting only that function's "
    "own indicators; the role archetype and the strategy template the suggester reads in the query), how many of "
    "the key's labelled queries graded an indicator 2 or 3, smoothed (chosen / (queries + smoothing)), used as a "
    "score factor 1 + weight x share within the functions the query is read as (`IndicatorSuggester."
    "set_choice_prior`, `choice_weight`; it never changes the function read; the why says 'often chosen for <role / "
    "strategy / function>'). Leave-one-set-out, prior mined from the other six sets, today's engine on the same "
    "queries in the same run (`python benchmarks/suggest_mine_prior.py`, table 'Choice prior: leave-one-set-out' "
    "below), pooled id hit@5 / id nDCG@10 / function hit@5, today -> weight 0.5 (smoothing 2): zh 0.835 / 0.563 / "
    "0.946 -> 0.842 / 0.567 / 0.946, en 0.791 / 0.512 / 0.933 -> 0.797 / 0.514 / 0.933, but lower on 3 of 7 held "
    "sets (weights 0.3 and 1.0: 3 and 4 of 7). Nested (smoothing and weight chosen inside each fold from a grid of "
    "12, `--nested`): zh 0.844 / 0.569 / 0.942, en 0.797 / 0.514 / 0.929, lower on 4 of 7 held sets (fresh en id "
    "hit@5 0.900 -> 0.883, fresh3 en nDCG 0.426 -> 0.420, fresh5 en 0.680 -> 0.660, fresh6 zh nDCG -0.001) and "
    "function hit@5 -0.004 in both languages. Also tried on the same folds (all lower on 3 or more held sets, or no "
    "pooled gain): function keys only (additive or factor, all three functions read or only the primary one), "
    "template keys only; role keys only at 0.5 lost 1 of 7 but moved pooled figures by 0.000-0.001 (about 25 "
    "settings were tried in all, so that one passing is not evidence). Rule of the round (win pooled in id hit@5 and "
    "nDCG in both languages, lose on at most two held sets): not met, so the prior is NOT wired in (choice_weight "
    "defaults to 0, no prior is shipped) and this table is today's engine. A learned function prior for the English "
    "function misses (35 of 522 English queries miss at function level): for the queries the suggester reads no "
    "function, role, department or strategy in, the function a naive Bayes model over the query's words gives "
    "(trained on the other sets' labelled functions) gets the named-function boost (`python benchmarks/"
    "suggest_mine_prior.py --function-prior`): pooled en id hit@5 / nDCG / function hit@5 0.791 / 0.512 / 0.933 -> "
    "0.789 / 0.510 / 0.935 at posterior >= 0.5, 0.791 / 0.511 / 0.933 at 0.7 and 0.9; zh lower or equal: not wired. "
    "The test part, the seventh fresh set (labelled by another person before round 14's code ran on it), was run once "
    "after round 14's branches were merged: function hit@5 zh 0.860 / en 0.780, id hit@5 0.700 / 0.660, id nDCG@10 "
    "0.447 / 0.439 (BM25 in the same run 0.800 / 0.800, 0.660 / 0.560, 0.376 / 0.375; no goal met; the engine below "
    "BM25 on English functions). Round 13's code (commit 31dd49e) on the same queries, run afterwards for comparison "
    "only, gave the same figures."
)


ROUND_15 = (
    "Round 15 (issue 12): the seventh fresh set (round 14's test set, run once then) is development data, split by "
    "occupation / query like the sixth (half A may be read, half B never listed); the test part is the eighth fresh "
    "set (`suggest_queries_fresh8.yaml`, labelled by another person; measured when present, never listed). The "
    "question of the round: BM25 beat the engine on English functions in round 14's test run (0.800 against 0.780). "
    "On all development sets (`python benchmarks/suggest_mine_prior.py --fusion`, section 'The engine against BM25 "
    "at function level' below) BM25 has the function in its first 5 where the engine does not on 14 of 570 Chinese "
    "and 26 of 572 English queries, the reverse on 89 and 61. By what the engine read first, the 26 English: a weak "
    "strategy 8, a function hint 8, a named role 4, a described role 3, nothing 3 (Chinese: weak strategy 5, described "
    "role 3, stated strategy 3, function hint 3). The 18 of the halves A, read: a role read wrongly (6: 'Validation "
    "Engineers' -> hardware test engineer, 'Database Architects' -> construction designer, 'Power Distributors and "
    "Dispatchers' -> logistics dispatcher; three Chinese duties read as import/export, brand manager, material "
    "planner); a strategy read in a task or title that states none (5: cost estimates -> labour cost, 'Billing and "
    "Posting Clerks' -> content channels, warehouse data -> warehouse, an online class -> training, road rescue -> "
    "system reliability); a function hint from a word that names another function here (4: 'accounts' -> finance, "
    "'research' / 'engineering' -> R&D for an environmental engineer, 'facility' / 'contract' for an order clerk, "
    "'audit' / 'system' for energy audits); an industry hint ('build' -> construction for a data platform); and two "
    "the text match itself misses (hotel check-in time; a writing assignment); 14 of the 18 have a weak reading (no "
    "department, no role named by its title, no stated strategy). The general fix, judged by nested "
    "leave-one-set-out over the eight sets (`python benchmarks/suggest_mine_prior.py --fusion`, tables below): "
    "reciprocal-rank fusion of the engine's first 20 with a second list's first 10 (weight / constant from a grid of "
    "12, for every query or only when the reading is weak, chosen inside each fold), the second list BM25 (bm25s, "
    "jieba), BM25 over the package's own words, or the engine's own text match without any reading. For every query "
    "fusion raises function hit@5 but loses 3-7 held sets; only when the reading is weak, the text match at weight "
    "0.5 / constant 2 is chosen in all 8 folds (by the criterion alone and rule-aware): pooled function hit@5 zh "
    "0.939 -> 0.949, en 0.920 -> 0.942, id hit@5 0.823 -> 0.825 / 0.780 -> 0.792, id nDCG@10 0.553 -> 0.566 / 0.505 "
    "-> 0.510, 2 of 8 held sets lost (base: zh id hit@5 0.905 -> 0.900, en id nDCG 0.646 -> 0.643; fresh5: zh id "
    "hit@5 0.780 -> 0.760). BM25 (bm25s) for weak readings met the rule too (pooled 0.944 / 0.826 / 0.559 and 0.934 "
    "/ 0.797 / 0.512, lost base and fresh3) but needs a benchmark-only package; BM25 over the package's words lost 3. "
    "Wired in: `IndicatorSuggester(text_fusion=0.5)` (the engine's own text match; the shipped engine gives the "
    "study's fused list on 1142 of 1142 queries). p50 at 10,000 indicators 3.44 ms (3.29 before; `python "
    "benchmarks/suggest_speed.py --sizes 10000 --no-write`). Caveats: 0.5 is the grid's largest weight; the 'weak' "
    "scope was added after the study's first run (every query only) had lost 3-7 sets, from the halves A read above; "
    "over 150 settings were explored on these sets before the study (a place 2-4 for BM25's or the text match's best "
    "indicator, a function hedge, fusion without a department: 3-8 held sets lost each), so these are development "
    "figures, not a test. The seventh fresh set (round 14's test set, now development), before -> after: function "
    "hit@5 zh 0.860 -> 0.860, en 0.780 -> 0.820 (BM25 0.800), id hit@5 0.700 / 0.660 -> 0.700 / 0.680, id nDCG@10 "
    "0.447 / 0.439 -> 0.475 / 0.444; function nDCG@10 falls on some parts (fresh 6 half A en 0.427 -> 0.414). Round "
    "14's dormant choice prior left the engine (`choice_weight` and `set_choice_prior` removed): its re-scoring lives "
    "in `benchmarks/suggest_mine_prior.py` "
    "(`ChoicePrior`), whose tables it reproduces."
    " Test run of round 15, once, after the merge: the eighth fresh set (100 queries, labelled by another person before any engine ran on it): function hit@5 zh / en 0.860 / 0.820, id hit@5 0.680 / 0.500, id nDCG@10 0.488 / 0.291 (BM25 in the same run 0.820 / 0.820, 0.620 / 0.460, 0.355 / 0.308); every goal missed in both languages. Round 14's code (commit 098c60f, without text fusion) on the same queries, run afterwards for comparison only: 0.840 / 0.820, 0.680 / 0.480, 0.474 / 0.281."
)


ROUND_16 = (
    "Round 16 (issue 12): the eighth fresh set (round 15's test set, run once then) is development data, split by "
    "occupation / query like the seventh (half A may be read, half B never listed); the test part is the ninth fresh "
    "set (`suggest_queries_fresh9.yaml`, labelled by another person; measured when present, never listed). The "
    "defaults on the development parts (`python benchmarks/suggest_quality.py --split development`, printed only): the "
    "eighth set gives what its test run gave (function hit@5 zh / en 0.860 / 0.820, id hit@5 0.680 / 0.500, id "
    "nDCG@10 0.488 / 0.291), half A en 0.839 / 0.516 / 0.315, half B en 0.789 / 0.474 / 0.251; pooled halves A of "
    "the fresh sets 1-8 zh 0.941, 0.780 / 0.503, en 0.910, 0.721 / 0.416; pooled halves B zh 0.912, 0.763 / 0.485, "
    "en 0.919, 0.712 / 0.424. The English id-level gap of the test run (0.50 against 0.68) is smaller on the nine "
    "development sets together (`python benchmarks/suggest_mine_prior.py --neighbours`, today's rows: id hit@5 / "
    "nDCG@10 zh 0.813 / 0.560, en 0.768 / 0.492) and not in every set (en above zh on fresh, fresh3 and fresh6). "
    "The id-level misses of the halves A (zh 45 of 205, en 62 of 222) by what the engine read first and whether a "
    "judged id is in its first 60 (same command): English 24 have no judged id in the first 60 (zh 17), 38 rank it "
    "6-60 (zh 28); the English excess is in queries with nothing read (14 against 9) and strategies (17 against 9). "
    "Read one by one, the English misses with a candidate missing are mostly words that do not reach the indicator "
    "('shelves' stems to 'shelve', not 'shelf'; 'trains' reads as training; 'Dental' is no catalog word) and roles "
    "not read. The role class, measured (`python benchmarks/suggest_mine_prior.py --official-duties --data "
    "/work/shared/data/external`): of the role queries whose occupation code exactly one role of the library holds, "
    "English tasks get that role read 4 of 23 times, descriptions 8 of 29 (Chinese 4 of 15 and 13 of 22); on such "
    "English queries with id labels the role not read gives id hit@5 0.542, read 0.966, and forcing the role would "
    "give 0.792 (Chinese 0.771 -> 0.857): the English gap is largely English role texts whose archetype is not "
    "read. Three general pieces tried, each judged on all nine development sets, none wired in: (1) the labelled "
    "queries as neighbours (the judged ids of a query's nearest labelled queries of other sets, fused by reciprocal "
    "rank; nested leave-one-set-out over a grid of 24, table 'Round 16: ... neighbours'): by the criterion alone "
    "pooled id hit@5 / nDCG@10 zh 0.813 / 0.560 -> 0.827 / 0.568, en 0.768 / 0.492 -> 0.789 / 0.509, large on the "
    "later sets (fresh8 en id hit@5 0.500 -> 0.660) but English function hit@5 0.932 -> 0.931 and 5 of 9 held sets "
    "lost (base, fresh, fresh2, fresh3, fresh5); rule-aware 3 lost (base, fresh, fresh2) for pooled id hit@5 +0.002 zh / +0.004 en; the "
    "variant keeping the engine's first 1-3 (`--protect`) lost 7 and 3. (2) The O*NET task statements and "
    "description sentences of a role's own occupation codes added to its English duties (statements that are a "
    "labelled query's text left out): English tasks read their role less (4 -> 1 of 23), 8 of 9 sets lost. (3) The "
    "recognizer's described-job floors scaled for English texts only (x 0.85 / 0.7 / 0.55, `--role-floors`): en "
    "pooled at most +0.005 id hit@5, 4-6 of 9 sets lost. About 100 neighbour settings were explored in all "
    "(prototypes: neighbours of either language, neighbour ids only within the engine's first 20 or its first five's "
    "functions; all lost 3 or more sets), so the neighbour figures are development figures, not a test. The engine "
    "is unchanged by round 16."
    " After the round the lead changed the English stemmer (plurals the suffix rules mapped away from their singular: "
    "shelves -> shelf, analyses -> analysis; development data before / after: one English query of fresh8 half A, "
    "the read 'empty shelves' one, found its indicator, nothing worse). The ninth fresh set (100 queries, 50 zh / 50 "
    "en, labelled by another person before any engine ran on it) was run once after round 16 was merged (commit "
    "2322024, `python benchmarks/suggest_quality.py --data /work/shared/data/external`): function hit@5 zh / en "
    "0.92 / 0.92, id hit@5 0.76 / 0.66, id nDCG@10 0.462 / 0.419 (goals 0.95, 0.85, 0.55: none met; BM25 in the same "
    "run 0.78 / 0.86, 0.64 / 0.52, 0.375 / 0.324). Round 15's code (commit 7fb545f) on the same queries, run "
    "afterwards for comparison only: the same figures."
)


ROUND_18 = (
    "Round 18 (issue 12): the ninth fresh set (round 16's test set, run once then) is "
    "development data, split by occupation / query like the eighth (half A may be read, half B never "
    "listed); the test part is the tenth fresh set (`suggest_queries_fresh10.yaml`, labelled by another person; "
    "measured when present, never listed). "
    "The defaults on the development parts (`python benchmarks/suggest_quality.py --data /work/shared/data/external`,"
    " no test set present; function hit@5, id hit@5 / id nDCG@10): the ninth set gives what its test run gave (zh "
    "0.920, 0.760 / 0.462, en 0.920, 0.660 / 0.419), half A en 0.920, 0.560 / 0.400, half B en 0.920, 0.760 / 0.438; "
    "pooled halves A of the fresh sets 1-9 zh 0.939, 0.777 / 0.499, en 0.911, 0.709 / 0.416; pooled halves B zh "
    "0.913, 0.763 / 0.482, en 0.919, 0.717 / 0.425. No change to the suggestion engine in this step. "
    "Wired (h78): English role recognition by meaning (kpiguide.text.embedding, all-MiniLM-L6-v2 in numpy; "
    "`IndicatorSuggester(role_embedding=True)`): an English query with no department and no role named by its title "
    "takes the archetype closest in meaning (cosine >= 0.3) as a described role; nested leave-one-set-out over base "
    "and fresh sets 1-9 (`python benchmarks/suggest_embedding_study.py`, benchmarks/results/suggest_embedding.md): "
    "en 0.932, 0.762 / 0.487 -> 0.951, 0.799 / 0.526, zh unchanged, 2 held sets worse. "
    "Then wired (h81): an English query read weakly has the engine's first 30 re-ranked by closeness in meaning to "
    "each indicator's English name and definition (`IndicatorSuggester(indicator_embedding=True)`, rank fusion weight "
    "0.5; `suggest_embedding_study.py --indicators`: en 0.958, 0.810 / 0.530 -> 0.967, 0.835 / 0.545 nested over base "
    "and fresh sets 1-9, zh unchanged). "
    "Test run of round 18, once, after the round was merged (commit bb9f4d4): the tenth fresh set (100 queries, "
    "labelled by another person before any engine ran on it; caveat: a helper's development run of the meaning study "
    "read it once by mistake before the run, its aggregate rows were seen and discarded, nothing was chosen on them): "
    "function hit@5 zh / en 0.860 / 0.960, id hit@5 0.720 / 0.720, id nDCG@10 0.483 / 0.424 (BM25 in the same run "
    "0.760 / 0.840, 0.620 / 0.520, 0.389 / 0.286); every goal missed but English function hit@5. Afterwards, for "
    "comparison only: round 17's code (commit c65c489) 0.860 / 0.900, 0.720 / 0.680, 0.483 / 0.361; this code with "
    "both meaning readings off the same, with the role reading only en 0.920, 0.760 / 0.395."
)


ROUND_19 = (
    "Round 19 (issue 12): the tenth fresh set (round 18's test set, run once then) is development data, split by "
    "occupation / query like the ninth (half A may be read, half B never listed); the test part is the eleventh fresh "
    "set (`suggest_queries_fresh11.yaml`, labelled by another person; measured when present, never listed). "
    "The defaults on the development parts (`python benchmarks/suggest_quality.py --data /work/shared/data/external`,"
    " no test set present; function hit@5, id hit@5 / id nDCG@10): the tenth set gives what its test run gave (zh "
    "0.860, 0.720 / 0.483, en 0.960, 0.720 / 0.424), half A zh 0.840, 0.720 / 0.499, en 0.931, 0.655 / 0.385, half B "
    "zh 0.880, 0.720 / 0.467, en 1.000, 0.810 / 0.478; pooled halves A of the fresh sets 1-10 zh 0.929, 0.772 / "
    "0.499, en 0.953, 0.783 / 0.472; pooled halves B zh 0.910, 0.759 / 0.481, en 0.967, 0.811 / 0.486. No change to "
    "the suggestion engine in this step. "
    "Then wired (h88): a Chinese query in which no department and no role at all is read is rendered as English words "
    "through a word table learned from the project's aligned zh / en texts (kpiguide.suggest.bridge) and takes the "
    "role archetype closest in meaning to the rendering (cosine >= 0.5) first among its roles "
    "(`IndicatorSuggester(bridge_embedding=True)`); nested leave-one-set-out over base and fresh sets 1-10 "
    "(`python benchmarks/suggest_embedding_study.py --words-roles`): zh 0.935, 0.803 / 0.548 -> 0.940, 0.821 / 0.560, "
    "en unchanged, 2 held sets worse (base, fresh5); the table below is with it (pooled halves A zh 0.937, 0.799 / "
    "0.514, halves B zh 0.925, 0.789 / 0.501, the tenth set zh 0.900, 0.780 / 0.509; English as before). Two bridges that re-rank the candidates instead (by the engine's "
    "own first indicators' English vectors, `--bridge`; by the rendering, `--words`) failed the rule and are not wired. "
    "Test run of round 19, once, after the round was merged (commit e8c0f74): the eleventh fresh set (100 queries, "
    "labelled by another person before any engine ran on it): function hit@5 zh / en 0.940 / 0.980, id hit@5 0.880 / "
    "0.800, id nDCG@10 0.592 / 0.493 (BM25 in the same run 0.900 / 0.940, 0.760 / 0.660, 0.542 / 0.393); met: English "
    "function hit@5, Chinese id hit@5 and id nDCG@10; missed: Chinese function hit@5, English id hit@5 and id "
    "nDCG@10. Round 18's code (commit d460c59) on the same queries, run afterwards for comparison only: zh 0.920, "
    "0.840 / 0.574, en the same: the word bridge carried one Chinese query at function level and two at id level."
)


ROUND_20 = (
    "Round 20 (issue 12): the eleventh fresh set (round 19's test set, run once then) is development data, split by "
    "occupation / query like the tenth (half A may be read, half B never listed); the test part is the twelfth fresh "
    "set (`suggest_queries_fresh12.yaml`, labelled by another person; measured when present, never listed). "
    "The defaults on the development parts (`python benchmarks/suggest_quality.py --data /work/shared/data/external`,"
    " no test set present; function hit@5, id hit@5 / id nDCG@10): the eleventh set gives what its test run gave "
    "(zh 0.940, 0.880 / 0.592, en 0.980, 0.800 / 0.493), half A zh 0.935, 0.903 / 0.626, en 1.000, 0.828 / 0.522, "
    "half B zh 0.947, 0.842 / 0.536, en 0.952, 0.762 / 0.453; pooled halves A of the fresh sets 1-11 zh 0.937, "
    "0.811 / 0.526, en 0.957, 0.787 / 0.477; pooled halves B zh 0.926, 0.793 / 0.503, en 0.966, 0.808 / 0.484. No "
    "change to the suggestion engine in this step. Then tried and left off (h93): the meaning re-ranking of round 18 "
    "for English queries read with confidence too (a department, a titled role, a stated strategy; "
    "`IndicatorSuggester(meaning_strong=True)`), aimed at the largest class of the English id-level misses of the "
    "halves A of fresh sets 8-11 (benchmarks/results/suggest_round20_misses.md); nested leave-one-set-out over base "
    "and fresh sets 1-11 (`python benchmarks/suggest_embedding_study.py --strong`): en 0.968, 0.825 / 0.534 -> 0.968, "
    "0.832 / 0.534, zh unchanged, 5 held sets worse: fails the rule, the table below is without it. "
    "Test run of round 20, once, after the round was merged (commit ac70028; the suggestion engine is round 19's): the "
    "twelfth fresh set (100 queries, labelled by another person before any engine ran on it; its labeller notes that "
    "38 of its 50 role queries have no indicator exactly about them, against 15 in the eleventh set): function hit@5 "
    "zh / en 0.940 / 0.900, id hit@5 0.620 / 0.680, id nDCG@10 0.398 / 0.395 (BM25 in the same run 0.880 / 0.820, "
    "0.560 / 0.600, 0.408 / 0.378); every goal missed. Round 18's code (commit d460c59) on the same queries, run "
    "afterwards for comparison only: zh 0.940, 0.580 / 0.381, en the same: the word bridge carried two Chinese "
    "queries at id level."
)


ROUND_21 = (
    "Round 21 (issue 12): the twelfth fresh set (round 20's test set, run once then) is development data, split by "
    "occupation / query like the eleventh (half A may be read, half B never listed); the test part is the thirteenth "
    "fresh set (`suggest_queries_fresh13.yaml`, labelled by another person; measured when present, never listed). "
    "The defaults on the development parts (`python benchmarks/suggest_quality.py --data /work/shared/data/external`,"
    " no test set present; function hit@5, id hit@5 / id nDCG@10): the twelfth set gives what its test run gave "
    "(zh 0.940, 0.620 / 0.398, en 0.900, 0.680 / 0.395), half A zh 0.905, 0.714 / 0.421, en 0.833, 0.750 / 0.410, "
    "half B zh 0.966, 0.552 / 0.381, en 0.962, 0.615 / 0.382; pooled halves A of the fresh sets 1-12 zh 0.935, "
    "0.804 / 0.519, en 0.948, 0.784 / 0.472; pooled halves B zh 0.930, 0.771 / 0.492, en 0.966, 0.790 / 0.475. No "
    "change to the suggestion engine in this step. Then tried and left off (h99): the Chinese word bridge also for a "
    "query whose role is read lexically from described duties at low confidence, the bridge deciding between that "
    "role and its own (`IndicatorSuggester(bridge_weak=True)`), aimed at the biggest class of the id-level misses of "
    "the halves A of fresh sets 9-12 (a role read wrong or not read, 29 of 45; "
    "benchmarks/results/suggest_round21_misses.md); nested leave-one-set-out over base and fresh sets 1-12 (`python "
    "benchmarks/suggest_embedding_study.py --weak-bridge`): no setting passes the rule in any training fold, zh "
    "0.943, 0.816 / 0.552 unchanged: fails the rule, the table below is without it."
    " Also tried and reverted (h100): a coverage rule for the role library (`python benchmarks/role_codes.py --data "
    "/work/shared/data/external --gaps`: the O*NET-SOC minor groups and CSCO 2022 中类 no archetype holds a code of, "
    "benchmarks/results/role_coverage.md) and 30 archetypes written for the largest uncovered groups; judged on the "
    "pooled halves B: id hit@5 and nDCG@10 up in both languages, function hit@5 one query lower in each (zh 0.930 -> "
    "0.924, en 0.966 -> 0.962; 27 roles after drops chosen on the halves A: zh 0.927, en 0.962): fails the rule "
    "(function hit@5 not lower), reverted; the roles stay in the history (commit a299d42) for a later round. Test run "
    "of round 21, once, after the round was merged (commit 9a18710; the suggestion engine is round 19's): the "
    "thirteenth fresh set (100 queries, labelled by another person before any engine ran on it; 48 of its 50 role "
    "queries carry grade-2 ids only): function hit@5 zh / en 0.940 / 0.880, id hit@5 0.740 / 0.640, id nDCG@10 "
    "0.414 / 0.399 (BM25 in the same run 0.960 / 0.780, 0.700 / 0.540, 0.474 / 0.364); every goal missed, and BM25 "
    "is above the engine on Chinese function hit@5 and id nDCG@10. Round 20's code (commit d9cfe97) on the same "
    "queries, run afterwards for comparison only: the same figures."
)


ROUND_22 = (
    "Round 22 (issue 12): the thirteenth fresh set (round 21's test set, run once then) is development data, split by "
    "occupation / query like the twelfth (half A may be read, half B never listed); the test part is the fourteenth "
    "fresh set (`suggest_queries_fresh14.yaml`, labelled by another person; measured when present, never listed). "
    "The defaults on the development parts (`python benchmarks/suggest_quality.py --data /work/shared/data/external`,"
    " no test set present; function hit@5, id hit@5 / id nDCG@10): the thirteenth set gives what its test run gave "
    "(zh 0.940, 0.740 / 0.414, en 0.880, 0.640 / 0.399), half A zh 0.926, 0.704 / 0.327, en 0.850, 0.600 / 0.425, "
    "half B zh 0.957, 0.783 / 0.517, en 0.900, 0.667 / 0.382; pooled halves A of the fresh sets 1-13 zh 0.934, "
    "0.796 / 0.503, en 0.943, 0.774 / 0.469; pooled halves B zh 0.932, 0.772 / 0.494, en 0.960, 0.779 / 0.466. No "
    "change to the suggestion engine in this step. Rule for re-judging round 21's 27 role archetypes (commit ea9bac4, "
    "restored unedited; the word bridge's table, shipped package data since h104, not regenerated), fixed before the "
    "run: on the pooled halves B of the fresh sets 1-13 function hit@5 not lower, id hit@5 and id nDCG@10 not lower, "
    "in each language, and id hit@5 or id nDCG@10 up in at least one language; the halves A and fresh13B alone "
    "reported too. The older halves B were looked at three times for these roles in round 21 (this is their fourth "
    "look); fresh13B is the only fresh evidence. Result (h105; the same command, --no-write, with the roles; function "
    "hit@5, id hit@5 / id nDCG@10, zh then en, before -> with the 27 roles): pooled halves B zh 0.932 -> 0.929 "
    "(314 -> 313 of 337), 0.772 -> 0.777 / 0.494 -> 0.500, en 0.960 -> 0.956 (308 -> 307 of 321), 0.779 -> 0.794 / "
    "0.466 -> 0.477; fresh13B alone zh 0.957 -> 0.957, 0.783 -> 0.826 / 0.517 -> 0.545, en 0.900 -> 0.900, 0.667 "
    "-> 0.733 / 0.382 -> 0.424 (so the function losses are in the older halves B); pooled halves A zh 0.934 -> "
    "0.937, 0.796 -> 0.805 / 0.503 -> 0.513, en 0.943 -> 0.954, 0.774 -> 0.797 / 0.469 -> 0.482. Function hit@5 on "
    "the pooled halves B is one query lower in each language, as in round 21 with the bridge's table now fixed: the "
    "rule FAILS, the roles stay out (the library is the 310 archetypes of before; benchmarks/results/role_coverage.md)."
    " Lever of h108, fixed before its judged run: the id-level misses of fresh13A (16 at the metric's depth: en 8, zh "
    "8; benchmarks/results/suggest_round22_misses.md) include three Chinese stated strategies that name their "
    "labelled indicator (减少发电机组非计划停运, 提高手续费和佣金收入在营收中的占比, 关键工序全部实现数控化): the engine's own "
    "rule for an indicator the text names (`_named`, a place among the first two whatever the role or strategy prior) "
    "finds it, but the industry filter drops it because the text names no industry, and a wrongly read strategy "
    "template fills the list; BM25 ranks each first. The lever (`IndicatorSuggester(named_any_industry=True)`): an "
    "indicator the text names by its own name or keywords keeps that place even when it is specific to an industry "
    "the text does not otherwise name (naming the indicator names its industry); the user's filters still apply; no "
    "setting is chosen on data (the named rule's thresholds are round 8's). Rule, fixed before the run: on the pooled "
    "halves B of the fresh sets 1-13 function hit@5 not lower, id hit@5 and id nDCG@10 not lower, in each language, "
    "and id hit@5 or id nDCG@10 up in at least one language (`python benchmarks/suggest_quality.py --split halves "
    "--named-any-industry off` against `... on`); the halves A reported too. Passes: on by default; fails: off. Result (the two commands, same code; function hit@5, "
    "id hit@5 / id nDCG@10, off -> on): pooled halves B zh 0.932 -> 0.935 (314 -> 315 of 337), 0.772 -> 0.789 (260 "
    "-> 266) / 0.494 -> 0.502, en 0.960 -> 0.960, 0.779 -> 0.779 / 0.466 -> 0.467; fresh13B alone zh 0.957 -> "
    "0.957, 0.783 -> 0.783 / 0.517 -> 0.527, en unchanged; pooled halves A zh 0.934 -> 0.949, 0.796 -> 0.820 / "
    "0.503 -> 0.515, en 0.943, 0.774 / 0.469 unchanged. On the single halves B no hit@5 is lower; id nDCG@10 is "
    "lower on two (fresh9B en 0.483 -> 0.479, freshB en 0.630 -> 0.628). The rule PASSES: wired, on by default (`named_any_industry=True`, the "
    "reason 'your text names this indicator (its industry is read from the name)' in both languages); the table below "
    "is with it. Test run of round 22, once, after the round was merged (commit 0941ac5): the fourteenth fresh set "
    "(100 queries, 50 zh / 50 en, fresh13's mix) gives function hit@5 zh 0.900 / en 0.880, id hit@5 0.740 / 0.600, id "
    "nDCG@10 0.440 / 0.366 (BM25 in the same run 0.840 / 0.720, 0.680 / 0.520, 0.448 / 0.336); goals (0.95; 0.85 and "
    "0.55) missed in both languages; BM25 is ahead on Chinese id nDCG@10 only. Round 21's code (commit a204cf9) on the "
    "same queries, run afterwards for comparison only: the same hit@5 figures, en id nDCG@10 0.365 (so "
    "named_any_industry changed no answer on this set). (Round 23's tuner, working from a main that already had round "
    "22's suggestion engine, measured the set in its bookkeeping before this test run, with the same figures.)"
)


ROUND_23 = (
    "Round 23 (issue 12): the fourteenth fresh set (round 22's test set, run once then) is development data, split by "
    "occupation / query like the thirteenth (half A may be read, half B never listed); the test part is the fifteenth "
    "fresh set (`suggest_queries_fresh15.yaml`, labelled by another person; measured when present, never listed). "
    "The defaults on the development parts (`python benchmarks/suggest_quality.py --data /work/shared/data/external`,"
    " no test set present; function hit@5, id hit@5 / id nDCG@10): the fourteenth set whole zh 0.900, 0.740 / 0.440, "
    "en 0.880, 0.600 / 0.366, half A zh 0.885, 0.692 / 0.393, en 0.962, 0.615 / 0.375, half B zh 0.917, 0.792 / "
    "0.490, en 0.792, 0.583 / 0.357; pooled halves A of the fresh sets 1-14 zh 0.944, 0.811 / 0.507, en 0.944, "
    "0.763 / 0.463; pooled halves B zh 0.934, 0.789 / 0.501, en 0.948, 0.765 / 0.459. No change to the suggestion "
    "engine in this step. Lever of h117, fixed before its judged run, aimed at (a3), the Chinese part of the largest "
    "pooled class of id-level misses ((a) role read wrong or not read; benchmarks/results/suggest_round23_misses.md): "
    "the word bridge's floor (`kpiguide.suggest.bridge.MATCH`, the cosine from which a Chinese query with no role read "
    "at all takes the closest archetype; 0.50, chosen in round 19 on base and fresh sets 1-10 from a grid 0.2-0.5, so "
    "at its edge) is re-chosen, and nothing else (margin 0, scope 'none', confidence 0.5 as shipped), by nested "
    "leave-one-set-out over base and fresh sets 1-14 with today's engine in the same run (`python "
    "benchmarks/suggest_embedding_study.py --bridge-floor`). Grid, fixed: 0.40, 0.425, 0.45, 0.475, 0.50, 0.525, "
    "0.55, 0.575, 0.60. In each fold the floor chosen on the other sets is the one with the highest pooled Chinese id "
    "hit@5 (ties: id nDCG@10, then nearest to 0.50) among those whose pooled function hit@5 is not lower than 0.50's "
    "in either language and with at most 2 of those sets worse (a set is worse when any of function hit@5, id hit@5, "
    "id nDCG@10 is lower in either language). Rule, fixed: the nested result against today's floor 0.50, pooled over "
    "all sets: id hit@5 up in one language and not lower in the other, function hit@5 not lower in either, at most 2 "
    "held sets worse. Passes: the floor becomes the one chosen on all sets by the same choice, wired in bridge.py; "
    "fails: the floor stays 0.50 (the study's table is the record). Result (h117; benchmarks/results/"
    "suggest_embedding.md, 1842 development queries, 321 Chinese ones in the bridge's scope; the study's 0.50 lists "
    "equal the shipped engine's on all 1842; function hit@5 / id hit@5 / id nDCG@10): the floor chosen in the folds "
    "is 0.50 for 12 held sets and 0.475 for fresh2, fresh9 and fresh12; pooled nested zh 0.947 / 0.823 / 0.546 -> "
    "0.946 / 0.823 / 0.546, en unchanged (0.954 / 0.795 / 0.510); 3 held sets worse (fresh2, fresh9, fresh12): the "
    "rule FAILS (Chinese id hit@5 not up, function hit@5 lower, 3 sets worse), the floor stays 0.50. For "
    "reference only (chosen on all sets, no judgement): 0.475 gives zh 0.950 / 0.828 / 0.550 but is worse on more "
    "than 2 sets, so the same choice on all sets keeps 0.50; floors above 0.50 lose on every pooled figure. "
    "Second lever of round 23 (h118), fixed before its judged run, aimed at (a1), the largest English class (23 of "
    "the 79 pooled misses: an English role read by meaning at a closeness at which it is usually wrong puts the wrong "
    "archetype's typical KPIs first): below a floor on the cosine the engine already computes and shows for a role "
    "read by meaning (`RoleMatch.similarity`, 2 decimals; the meaning match's confidence itself is a constant 0.8), "
    "an English meaning-read archetype's typical KPIs are not pinned (no role prior from it: the text, the strategy "
    "and department readings rank instead); nothing else changes (the role stays read, its industries too, the order "
    "by meaning as shipped; Chinese readings, bridged ones included, untouched). Chosen by nested leave-one-set-out "
    "over base and fresh sets 1-14 with today's engine in the same run (`python benchmarks/suggest_embedding_study.py "
    "--meaning-pin`). Grid, fixed: no floor (today), 0.30, 0.35, 0.40, 0.45, 0.50, 0.55, 0.60 (0.30 is the reading's "
    "own threshold, so its lists must equal today's: checked in the run). In each fold the floor chosen on the other "
    "sets is the one with the highest pooled English id hit@5 (ties: id nDCG@10, then the lower floor, no floor "
    "lowest) among those whose pooled English function hit@5 is not lower than no floor's and with at most 2 of those "
    "sets worse (a set is worse when any of function hit@5, id hit@5, id nDCG@10 is lower in either language). Rule, "
    "fixed: the nested result against today, pooled over all sets: English id hit@5 up, Chinese unchanged (the zh "
    "lists identical, checked), English function hit@5 not lower, at most 2 held sets worse. Passes: the floor "
    "becomes the one chosen on all sets by the same choice, wired as `role_prior._MEANING_PIN` (default on); fails: "
    "`_MEANING_PIN` stays 0 (off), the study's table is the record. Result (h118; benchmarks/results/"
    "suggest_embedding.md, 1842 development queries, 519 English ones with a role read by meaning; the unpinned "
    "engine's lists equal today's on every Chinese query, every query with no reading by meaning and every reading "
    "under 0.30; function hit@5 / id hit@5 / id nDCG@10): no floor is chosen in any of the 15 folds, so the nested "
    "result equals today's (pooled en 0.954 / 0.795 / 0.510, zh 0.947 / 0.823 / 0.546, 0 held sets worse): English "
    "id hit@5 not up, the rule FAILS, `_MEANING_PIN` stays 0 (off). For reference only (on all sets at once): 0.35 "
    "en 0.956 / 0.795 / 0.510 (17 queries change), 0.40 0.956 / 0.793 / 0.512, 0.45 0.954 / 0.789 / 0.510, 0.50 "
    "0.944 / 0.777 / 0.505, 0.60 0.935 / 0.757 / 0.493: the archetype a far reading pins helps more often than it "
    "hurts. On fresh14A (readable) the four (a1) misses read by meaning have cosines 0.38-0.47, the hits read by "
    "meaning 0.32-0.54: the cosine does not tell a wrong reading from a right one; (a1) stays open. Test run of round "
    "23, once, after the round was merged (commit c4ff2cf; the suggestion engine is round 22's): the fifteenth fresh "
    "set (100 queries, 50 zh / 50 en, fresh14's mix) gives function hit@5 zh 0.880 / en 0.880, id hit@5 0.660 / "
    "0.660, id nDCG@10 0.381 / 0.316 (BM25 in the same run 0.800 / 0.820, 0.580 / 0.480, 0.424 / 0.310); goals "
    "missed in both languages; BM25 is ahead on Chinese id nDCG@10 only. Round 22's code (commit 1e7e825) on the same "
    "queries, run afterwards for comparison only: the same figures."
)


ROUND_24 = (
    "Round 24 (issue 12): the fifteenth fresh set (round 23's test set, run once then) is development data, split by "
    "occupation / query like the fourteenth (half A may be read, half B never listed); the test part is the sixteenth "
    "fresh set (`suggest_queries_fresh16.yaml`, labelled by another person; measured when present, never listed). "
    "The defaults on the development parts (`python benchmarks/suggest_quality.py --data /work/shared/data/external`,"
    " no test set present; function hit@5, id hit@5 / id nDCG@10): the fifteenth set whole zh 0.880, 0.660 / 0.381, "
    "en 0.880, 0.660 / 0.316 (its test-run figures), half A zh 0.862, 0.621 / 0.343, en 0.862, 0.655 / 0.329, half B "
    "zh 0.905, 0.714 / 0.433, en 0.905, 0.667 / 0.297; pooled halves A of the fresh sets 1-15 zh 0.938, 0.796 / "
    "0.494, en 0.938, 0.755 / 0.453; pooled halves B zh 0.932, 0.785 / 0.497, en 0.945, 0.760 / 0.450. No change to "
    "the suggestion engine in this step. Misses of fresh15A (`python benchmarks/suggest_miss_readings.py fresh15A`, "
    "21 at the metric's depth: en 10, zh 11) classed in benchmarks/results/suggest_round24_misses.md: (a) 19 (a1 9, "
    "a2 2, a3 8), (b) 1, (c) 1; pooled with rounds 21-23: 100, (a) 67 (a1 32, a2 10, a3 25), (b) 23, (c) 10. Lever of "
    "h122, fixed before its judged run, aimed at (a1), the largest part of the largest pooled class: of the 32 "
    "pooled (a1) misses several are labelled with an industry's own indicators (fresh15A: a mental health counselor "
    "and an ophthalmic task labelled with healthcare's, a floor layer and an asphalt paver with construction's) that "
    "the engine never offers, since it offers only general indicators and those of the industries read (`_allowed`) "
    "and a role read by meaning brings an industry only when that one archetype is specific to it. The lever (`IndicatorSuggester(meaning_industry=True)`, "
    "`RolesByMeaning.agreed_industries`): an English query read by meaning (no department, no role named by its "
    "title) with no industry read, by its words or by the role read, names the industry that each of the 3 role "
    "archetypes closest to it by meaning (all-MiniLM-L6-v2, the reading's own cosines, whatever their value) is "
    "specific to; none when any of the 3 is a general archetype or they share no industry. Chinese queries are "
    "untouched. A fixed rule: no setting is chosen on data (3 and unanimity fixed here). Rule, fixed before the run "
    "(as round 22's h108): on the pooled halves B of the fresh sets 1-15 English id hit@5 up, English function hit@5 "
    "not lower, Chinese lists identical (checked: `python benchmarks/suggest_meaning_industry.py`), at most 2 halves "
    "B worse (a half is worse when any of function hit@5, id hit@5, id nDCG@10 is lower in English) (`python "
    "benchmarks/suggest_quality.py --split halves --meaning-industry off` against `... on`, same code); halves A "
    "reported too. Passes: on by default; fails: off, the figures recorded. Result (h122; the two commands, same "
    "code; function hit@5, id hit@5 / id nDCG@10): off and on give the same figures on every part: pooled halves B "
    "en 0.945, 0.760 / 0.450, zh 0.932, 0.785 / 0.497; pooled halves A en 0.938, 0.755 / 0.453, zh 0.938, 0.796 / "
    "0.494; no half worse. The lists check: the industry is read anew in 1 English query of the halves A and 1 of "
    "the halves B, and 1 list changes (a fresh13A query read as energy: places 2-10 reordered, the pooled figures unchanged); Chinese lists identical. English "
    "id hit@5 not up: the rule FAILS, `meaning_industry` stays False (off). Why (counted afterwards on the halves A, "
    "no labels read): of the 92 English queries of the halves A in the lever's scope (read by meaning, no industry "
    "read), the 3 closest archetypes are all industry-specific for 1 (2 of 3 for 11, 1 for 41, none for 39; 122 of "
    "the library's 310 archetypes are specific): a general archetype is nearly always among the 3 closest, so "
    "unanimity almost never holds. A looser vote would be another lever, to be fixed before its own judged run. Test "
    "run of round 24, once, after the round was merged (commit 371352f; the suggestion engine is round 22's, "
    "meaning_industry off): the sixteenth fresh set (100 queries, 50 zh / 50 en, fresh15's mix) gives function hit@5 "
    "zh 0.900 / en 0.840, id hit@5 0.680 / 0.680, id nDCG@10 0.414 / 0.359 (BM25 in the same run 0.880 / 0.820, "
    "0.620 / 0.560, 0.441 / 0.370); goals missed in both languages; BM25 is ahead on id nDCG@10 in both languages. "
    "Round 23's code (commit ce95a54) on the same queries, run afterwards for comparison only: the same figures."
)


ROUND_25 = (
    "Round 25 (issue 12): the sixteenth fresh set (round 24's test set, run once then) is development data, split by "
    "occupation / query like the fifteenth (half A may be read, half B never listed); the test part is the "
    "seventeenth fresh set (`suggest_queries_fresh17.yaml`, labelled by another person; measured when present, never "
    "listed). The defaults on the development parts (`python benchmarks/suggest_quality.py --data "
    "/work/shared/data/external`, no test set present; function hit@5, id hit@5 / id nDCG@10): the sixteenth set "
    "whole zh 0.900, 0.680 / 0.414, en 0.840, 0.680 / 0.359 (its test-run figures), half A zh 0.879, 0.667 / 0.360, "
    "en 0.917, 0.750 / 0.445, half B zh 0.941, 0.706 / 0.518, en 0.769, 0.615 / 0.280; pooled halves A of the fresh "
    "sets 1-16 zh 0.933, 0.786 / 0.484, en 0.937, 0.755 / 0.453; pooled halves B zh 0.932, 0.782 / 0.498, en 0.934, "
    "0.750 / 0.439. No change to the suggestion engine in this step. Misses of fresh16A (`python "
    "benchmarks/suggest_miss_readings.py fresh16A`, 17 at the metric's depth: en 6, zh 11) classed in "
    "benchmarks/results/suggest_round25_misses.md: (a) 14 (a1 4, a2 1, a3 9), (b) 2, (c) 1; pooled with rounds 21-24: "
    "117, (a) 81 (a1 36, a2 11, a3 34), (b) 25, (c) 11. Where BM25 ranks a labelled id above the engine on fresh16A "
    "(id nDCG@10 higher, 18 queries): 10 are department / strategy queries read strongly (a department and / or a "
    "stated strategy), where the engine fills its list with the catalog's indicators for the strategy and the one "
    "whose name the goal spells out sits at 2-6 (BM25 1); the engine's fusion with its own text match (round 15) "
    "reaches weak readings only. Lever of h127, fixed before its judged run, aimed at that cause: the same fusion "
    "(`text_fusion` 0.5, unchanged) also for a stated reading, no role named by its title "
    "(`IndicatorSuggester(stated_fusion=True)`; both languages; a fixed rule, no setting). Rule, fixed before the "
    "run: on the pooled halves B of the fresh sets 1-16 id hit@5 up in both languages, function hit@5 not lower in "
    "either, at most 2 halves B worse (a half is worse when any of function hit@5, id hit@5, id nDCG@10 is lower in "
    "either language) (`python benchmarks/suggest_quality.py --split halves --stated-fusion off` against `... on`, "
    "same code); halves A reported too. Passes: on by default; fails: off, the figures recorded. Result (h127; the two "
    "commands, same code; function hit@5, id hit@5 / id nDCG@10): pooled halves B en 0.934, 0.750 / 0.439 -> 0.926, "
    "0.755 / 0.446, zh 0.932, 0.782 / 0.498 -> 0.935, 0.797 / 0.513; pooled halves A en 0.937, 0.755 / 0.453 -> "
    "0.937, 0.771 / 0.459, zh 0.933, 0.786 / 0.484 -> 0.933, 0.789 / 0.499; 10 of 16 halves B worse (freshB, fresh2B-7B, "
    "fresh9B, fresh10B, fresh16B; English function hit@5 lower on fresh2B, fresh9B, fresh16B). English function "
    "hit@5 lower and more than 2 halves B worse: the rule FAILS, `stated_fusion` stays False (off). In its scope "
    "(a stated reading, no role named by its title; no labels read) 272 Chinese and 219 English queries of the "
    "halves, of which 270 and 217 lists of 10 change: the fusion reorders nearly every department / strategy list; "
    "it gains on the fresh sets 9-16 and loses on 1-8 (not examined further). Test run of round 25, once, after the "
    "round was merged (commit 147ae57; the suggestion engine is round 22's for lists of 10, stated_fusion off, and a "
    "list's first places no longer depend on its length): the seventeenth fresh set (100 queries, 50 zh / 50 en, "
    "fresh16's mix) gives function hit@5 zh 0.940 / en 0.860, id hit@5 0.700 / 0.600, id nDCG@10 0.386 / 0.362 (BM25 "
    "in the same run 0.780 / 0.820, 0.560 / 0.580, 0.381 / 0.297); goals missed in both languages; the engine is ahead "
    "of BM25 on every figure. Round 24's code (commit eccbb8a) on the same queries, run afterwards for comparison only: "
    "the same figures but English id nDCG@10 0.361."
)


ROUND_26 = (
    "Round 26 (issue 12): the seventeenth fresh set (round 25's test set, run once then) is development data, split "
    "by occupation / query like the sixteenth (half A may be read, half B never listed); the test part is the "
    "eighteenth fresh set (`suggest_queries_fresh18.yaml`, labelled by another person; measured when present, never "
    "listed). The defaults on the development parts (`python benchmarks/suggest_quality.py --data "
    "/work/shared/data/external`, no test set present; function hit@5, id hit@5 / id nDCG@10): the seventeenth set "
    "whole zh 0.940, 0.700 / 0.386, en 0.860, 0.600 / 0.362 (its test-run figures), half A zh 0.967, 0.733 / 0.417, "
    "en 0.848, 0.576 / 0.328, half B zh 0.900, 0.650 / 0.339, en 0.882, 0.647 / 0.427; pooled halves A of the fresh "
    "sets 1-17 zh 0.936, 0.783 / 0.479, en 0.931, 0.742 / 0.444; pooled halves B zh 0.931, 0.776 / 0.491, en 0.932, "
    "0.746 / 0.438. No change to the suggestion engine in this step. Misses of fresh17A (`python "
    "benchmarks/suggest_miss_readings.py fresh17A`, 22 at the metric's depth: en 14, zh 8) classed in "
    "benchmarks/results/suggest_round26_misses.md: (a) 17 (a1 9, a2 1, a3 7), (b) 4, (c) 1; pooled with rounds 21-25: "
    "139, (a) 98 (a1 45, a2 12, a3 41), (b) 29, (c) 12. Lever of h135, fixed before its judged run, aimed at (a1), "
    "the largest part of the largest class (an English role read by meaning, the wrong archetype, often with no "
    "industry read while the labels are an industry's own): the looser vote round 24's note allows "
    "(`IndicatorSuggester(meaning_vote=True)`, `RolesByMeaning.voted_industries`): an English query read by meaning "
    "that names no industry, by its words or by the role read, names each industry at least 2 of the 3 role "
    "archetypes closest to it by meaning are specific to (a general archetype votes for none, vetoes nothing); "
    "Chinese queries untouched; a fixed rule, no setting. Rule, fixed before the run: on the pooled halves B of the "
    "fresh sets 1-17 English id hit@5 up, Chinese lists identical (`python benchmarks/suggest_meaning_industry.py "
    "--vote`), function hit@5 not lower in either language, at most 2 halves B worse (a half is worse when any of "
    "function hit@5, id hit@5, id nDCG@10 is lower in either language) (`python benchmarks/suggest_quality.py "
    "--split halves --meaning-vote off` against `... on`, same code). Passes: on by default; fails: off, the "
    "figures recorded. Result (h135; the two commands, same code; function hit@5, id hit@5 / id nDCG@10): pooled "
    "halves B en 0.932, 0.746 / 0.438 -> 0.932, 0.748 / 0.439, zh unchanged (0.931, 0.776 / 0.491); pooled halves A "
    "en 0.931, 0.742 / 0.444 -> 0.931, 0.744 / 0.445, zh unchanged; Chinese lists identical (`python "
    "benchmarks/suggest_meaning_industry.py --vote`: an industry read anew for 7 English queries of the halves A and "
    "8 of the halves B, lists of 10 changed 6 and 4, Chinese 0); halves B worse 1 of 17 (fresh9B: English id "
    "nDCG@10 0.479 -> 0.478), better fresh7B (English id hit@5 0.692 -> 0.731) and fresh16B (English id nDCG@10 "
    "0.280 -> 0.295). English id hit@5 up (one query of 409), function hit@5 not lower, Chinese identical, 1 half "
    "worse: the rule PASSES, `meaning_vote` is on by default (the industry read shows among an indicator's reasons, "
    "'industry: ...' / '行业：...'). A small lever: its scope is about 2% of the English queries. "
    "`python benchmarks/smart_quality.py --halves` unchanged (halves A 234/26/162, B 253/22/196); latency "
    "(`python benchmarks/suggest_speed.py --sizes 10000 --no-write`) p50 8.24 ms before, 9.34 ms after on the "
    "loaded machine (BM25's build 10.7 s -> 14.4 s in the same runs; interleaved timing of 200 English queries "
    "with the switch off / on: p50 28.6 / 27.0 ms, no cost measurable: the vote reuses the query's embedding). "
    "Test run of round 26, once, after the round was merged (commit 44613a2; meaning_vote on): the eighteenth fresh "
    "set (100 queries, 50 zh / 50 en, fresh17's mix) gives function hit@5 zh 0.880 / en 0.920, id hit@5 0.700 / "
    "0.820, id nDCG@10 0.420 / 0.499 (BM25 in the same run 0.780 / 0.860, 0.600 / 0.660, 0.409 / 0.416); goals "
    "missed in both languages (English id hit@5 the closest of the test runs so far); the engine is ahead of BM25 on "
    "every figure. Round 25's code (commit ad13efe, meaning_vote absent) on the same queries, run afterwards for "
    "comparison only: the same figures but English id nDCG@10 0.496."
)


ROUND_27 = (
    "Round 27 (issue 12): the eighteenth fresh set (round 26's test set, run once then) is development data, split "
    "by occupation / query like the seventeenth (half A may be read, half B never listed); the test part is the "
    "nineteenth fresh set (`suggest_queries_fresh19.yaml`, labelled by another person; measured when present, never "
    "listed). The defaults on the development parts (`python benchmarks/suggest_quality.py --data "
    "/work/shared/data/external`, no test set present; function hit@5, id hit@5 / id nDCG@10): the eighteenth set "
    "whole zh 0.880, 0.700 / 0.420, en 0.920, 0.820 / 0.499 (its test-run figures), half A zh 0.960, 0.800 / 0.500, "
    "en 0.929, 0.821 / 0.465, half B zh 0.800, 0.600 / 0.340, en 0.909, 0.818 / 0.542; pooled halves A of the fresh "
    "sets 1-18 zh 0.937, 0.784 / 0.480, en 0.930, 0.748 / 0.446; pooled halves B zh 0.923, 0.766 / 0.483, en 0.930, "
    "0.752 / 0.445. No change to the suggestion engine in this step. Misses of fresh18A (`python "
    "benchmarks/suggest_miss_readings.py fresh18A`, 10 at the metric's depth: en 5, zh 5) classed in "
    "benchmarks/results/suggest_round27_misses.md: (a) 8 (a1 4, a3 4), (c) 2; pooled with rounds 21-26: 149, (a) "
    "106 (a1 49, a2 12, a3 45), (b) 29, (c) 14. Lever of h138, fixed before its judged run, aimed at (a3), the "
    "Chinese queries of which nothing is read (`IndicatorSuggester(bridge_agree=True)`, `RoleBridge.agreed`): a "
    "Chinese query with no role, no department and no goal stated, which the word bridge reads as no archetype, "
    "takes the first of the 3 roles whose titles and duties share most with its words (the recognizer's scores, "
    "without its floors) that is also among the 3 archetypes closest to its rendering, read as the bridge reads a "
    "role; English untouched; a fixed rule, no setting. Rule, fixed before the run: on the pooled halves B of the "
    "fresh sets 1-18 Chinese id hit@5 up, English lists identical (`python benchmarks/suggest_meaning_industry.py "
    "--agree`), function hit@5 not lower in either language, at most 2 halves B worse (a half is worse when any of "
    "function hit@5, id hit@5, id nDCG@10 is lower in either language) (`python benchmarks/suggest_quality.py "
    "--split halves --bridge-agree off` against `... on`, same code). Result (h138; function hit@5, id hit@5 / id "
    "nDCG@10): pooled halves B zh 0.923, 0.766 / 0.483 -> 0.921, 0.764 / 0.483, en unchanged (0.930, 0.752 / "
    "0.445); pooled halves A zh 0.937, 0.784 / 0.480 -> 0.939, 0.788 / 0.487, en unchanged; English lists identical "
    "(a role read anew for 47 Chinese queries of the halves A and 42 of the halves B); 8 of 18 halves B worse "
    "(freshB, fresh2B, fresh4B, fresh12B, fresh13B, fresh15B, fresh17B, fresh18B), 4 better (fresh7B, fresh9B, "
    "fresh14B, fresh16B). Chinese id hit@5 and function hit@5 lower, 8 halves worse: the rule FAILS, `bridge_agree` "
    "stays False (off); the engine is round 26's. Test run of round 27, once, after the round was merged (commit "
    "960deb2): the nineteenth fresh set (100 queries, 50 zh / 50 en, fresh18's mix) gives function hit@5 zh 0.900 / "
    "en 0.920, id hit@5 0.720 / 0.780, id nDCG@10 0.436 / 0.436 (BM25 in the same run 0.840 / 0.820, 0.660 / 0.540, "
    "0.425 / 0.304); goals missed in both languages; the engine is ahead of BM25 on every figure. Round 26's code "
    "(commit 784125c) on the same queries, run afterwards for comparison only: the same figures."
)


ROUND_28 = (
    "Round 28 (issue 12): the nineteenth fresh set (round 27's test set, run once then) is development data, split "
    "by occupation / query like the eighteenth (half A may be read, half B never listed); the test part is the "
    "twentieth fresh set (`suggest_queries_fresh20.yaml`, labelled by another person; measured when present, never "
    "listed). The defaults on the development parts (`python benchmarks/suggest_quality.py --data "
    "/work/shared/data/external`, no test set present; function hit@5, id hit@5 / id nDCG@10): the nineteenth set "
    "whole zh 0.900, 0.720 / 0.436, en 0.920, 0.780 / 0.436 (its test-run figures), half A zh 0.857, 0.810 / 0.479, "
    "en 0.920, 0.800 / 0.498, half B zh 0.931, 0.655 / 0.404, en 0.920, 0.760 / 0.374; pooled halves A of the fresh "
    "sets 1-19 zh 0.934, 0.785 / 0.480, en 0.930, 0.751 / 0.448; pooled halves B zh 0.924, 0.759 / 0.478, en 0.930, "
    "0.752 / 0.441. No change to the suggestion engine in this step. fresh19A's 9 id-level misses classed "
    "(benchmarks/results/suggest_round28_misses.md: a1 3, a3 4, b 2; pooled over rounds 21-28: 158, a1 52, a2 12, a3 "
    "49, b 31, c 14). Lever of h142, fixed before its judged run, aimed at (a3): a Chinese query in which no role at "
    "all, no department and no goal is read has the engine's first 30 re-ranked by closeness in meaning to its "
    "rendering in English words by the word bridge, exactly as an English query read weakly is by its own text "
    "(`IndicatorSuggester(bridge_rerank=True)`; a fixed rule, no setting; other ways of learning the word table were "
    "probed on the halves A first and none beat the shipped table). Rule, fixed before the run: Chinese id hit@5 up on "
    "the pooled halves B, English lists identical (`python benchmarks/suggest_meaning_industry.py --rerank`), function "
    "hit@5 not lower in either language, at most 2 halves B worse (`python benchmarks/suggest_quality.py --split "
    "halves --bridge-rerank off` against `... on`, same code). Result (h142; function hit@5, id hit@5 / id nDCG@10): "
    "pooled halves B zh 0.924, 0.759 / 0.478 -> 0.924, 0.767 / 0.481, en unchanged; pooled halves A zh 0.934, 0.785 / "
    "0.480 -> 0.936, 0.787 / 0.482, en unchanged; English lists identical (108 Chinese lists of the halves B changed); "
    "6 of 19 halves B worse (fresh4B, fresh6B, fresh12B, fresh13B: zh id nDCG@10 only; fresh9B, fresh18B: zh function "
    "hit@5), 11 better. More than 2 halves worse: the rule FAILS, `bridge_rerank` stays False (off); the engine is "
    "round 27's. Test run of round 28, once, after the round was merged (commit 67a5357): the twentieth fresh set (100 "
    "queries, 50 zh / 50 en, fresh19's mix; 18 of its 24 strategies have a cross-industry main id) gives function "
    "hit@5 zh 0.900 / en 0.860, id hit@5 0.680 / 0.660, id nDCG@10 0.425 / 0.385 (BM25 in the same run 0.840 / "
    "0.700, 0.660 / 0.540, 0.398 / 0.307); goals missed in both languages; the engine is ahead of BM25 on every "
    "figure. Round 27's code (commit ac86f9f) on the same queries, run afterwards for comparison only: the same "
    "figures."
)


ROUND_29 = (
    "Round 29 (issue 12): the twentieth fresh set (round 28's test set, run once then) is development data, split "
    "by occupation / query like the nineteenth (half A may be read, half B never listed); the test part is the "
    "twenty-first fresh set (`suggest_queries_fresh21.yaml`, labelled by another person; measured when present, "
    "never listed). The defaults on the development parts (`python benchmarks/suggest_quality.py --data "
    "/work/shared/data/external`, no test set present; function hit@5, id hit@5 / id nDCG@10): the twentieth set "
    "whole zh 0.900, 0.680 / 0.425, en 0.860, 0.660 / 0.385 (its test-run figures), half A zh 0.964, 0.750 / 0.460, "
    "en 0.926, 0.630 / 0.322, half B zh 0.818, 0.591 / 0.380, en 0.783, 0.696 / 0.459; pooled halves A of the fresh "
    "sets 1-20 zh 0.935, 0.783 / 0.479, en 0.930, 0.745 / 0.442; pooled halves B zh 0.919, 0.752 / 0.474, en 0.923, "
    "0.749 / 0.442 (the before figures of the round). No change to the suggestion engine in this step. Rule of the "
    "round, fixed before any archetype was merged: Round 29 is a content round: new role archetypes "
    "(kpiguide/catalog/data/roles/) written by four helpers from their knowledge of organisations, who read no "
    "labelled set and no result and ran no benchmark; after merging them the lead regenerates role_titles.yaml "
    "(build_role_titles.py) and word_bridge.json (build_word_bridge.py). Judged on the pooled halves B of fresh sets "
    "1-20 against the engine and library before the merge, both with `python benchmarks/suggest_quality.py --data "
    "/work/shared/data/external --no-write`: the archetypes are kept if pooled id hit@5 is not lower in either "
    "language and higher in at least one, and pooled function hit@5 is not lower in either language; and SMART's "
    "pooled halves B (`python benchmarks/smart_quality.py --halves`) have recall and precision not lower and "
    "hard-negative false positives not up. Otherwise all of them are reverted (no selection of archetypes by their "
    "effect on any half). Halves A are reported too. What was merged (h146-h149, each on its own files, each "
    "report read before the merge): 281 archetypes (production, quality, manufacturing, energy, construction 66; "
    "healthcare, education, public sector, hospitality, retail 67; logistics, supply chain, procurement, telecom, "
    "internet, IT, R&D 77; the office functions, banks and insurers, professional services 71); before any judged "
    "run the lead dropped 3 that two writers had written for the same job (sales_auto, sc_trade_compliance, "
    "sc_material_handler; their extra names kept as aliases of the one kept) and took names or codes two new roles "
    "shared off the one they fit less, so the library holds 588 archetypes (was 310) and as many names and codes in "
    "two roles as before (11 and 74); role_titles.yaml regenerated (214 roles with official titles, were 137) and "
    "word_bridge.json (6,883 aligned pairs, 3,588 Chinese words; were 5,495 and 3,351). Also before the run: the "
    "six levers that had failed their rounds and were off (meaning_strong 20, bridge_weak 21, meaning_industry 24, "
    "stated_fusion 25, bridge_agree 27, bridge_rerank 28) were retired from the engine (their judged runs reproduce "
    "at commit ff968f5); the before figures below are those of the engine without them and equal the bookkeeping "
    "run's above on every pooled figure. Result (the two commands, `--halves-json`; function hit@5, id hit@5 / id "
    "nDCG@10): pooled halves B zh 0.919, 0.752 / 0.474 -> 0.921, 0.756 / 0.480, en 0.923, 0.749 / 0.442 -> 0.942, "
    "0.783 / 0.487; pooled halves A zh 0.935, 0.783 / 0.479 -> 0.926, 0.777 / 0.491, en 0.930, 0.745 / 0.442 -> "
    "0.950, 0.769 / 0.460. Per half and language (id hit@5, 20 halves B x 2 languages): 17 higher, 9 lower (zh "
    "fresh7B, fresh9B, fresh12B, fresh13B, fresh17B; en freshB, fresh4B, fresh15B, fresh19B). SMART's pooled "
    "halves (`python benchmarks/smart_quality.py --halves`, held-out 6-25 as the engine before round 29's SMART "
    "bookkeeping had them) unchanged: A 277 / 30 / 194, B 283 / 28 / 235 (TP / FP / FN), hard-negative false "
    "positives of the halves B 17 (same_page 8, same_function 9) in both runs. Pooled id hit@5 higher in both "
    "languages, function hit@5 not lower in either, SMART not lower: the rule PASSES and the archetypes are kept. "
    "Not in the rule but reported: the Chinese halves A are lower at function and id level (0.935 -> 0.926, 0.783 -> "
    "0.777) and the Chinese gains on the halves B are small (+0.002, +0.004): most of the gain is English, where the "
    "reading by meaning compares the query with every archetype's English text. After the judged run the unit tests "
    "showed readings the larger library moved (each re-pinned test says so; `tests/suggest`): two were wrong answers, "
    "fixed before the test run. 销售顾问, which the relearned word bridge read as a management consultant, is an alias "
    "of sales_rep (the common Chinese sales title; the figures of every half identical with it). 'Troubleshoot network "
    "servers and routers and monitor network performance' read the waiter (named 'server'), since the share rule of a "
    "mentioned name (a named role whose duties fit the text less than 0.4 of the best role's, round 10b) moved with "
    "the library's word statistics (the waiter's share 0.38 -> 0.46). Lever of the lead, fixed and committed before "
    "its run (`python benchmarks/suggest_mention_place.py 0|5 PATH`, its docstring has the rule): a named role in a "
    "text of 6 words or more whose duties are not among the 5 roles the text's words fit best is a mention too "
    "(`role_prior._MENTION_PLACE` 5; 0 off). Result (588 archetypes, same code, 0 against 5): pooled halves B zh "
    "0.921, 0.756 / 0.480 -> 0.921, 0.758 / 0.481, en 0.942, 0.783 / 0.487 -> 0.944, 0.783 / 0.489; halves A zh "
    "0.926, 0.777 / 0.491 -> 0.924, 0.775 / 0.490, en 0.950, 0.769 / 0.460 -> 0.950, 0.771 / 0.460; (half, "
    "language) pairs with id hit@5 changed: fresh19B zh +0.034, freshA en +0.032, fresh17A zh -0.033 (no half B "
    "lower); SMART's pooled halves (held-out 6-26 after round 29's SMART bookkeeping) the same with 0 and 5 (A 293 / "
    "32 / 201, B 301 / 30 / 242; hard-negative false positives of the halves B 19). The rule PASSES: on (5). The "
    "larger library itself moves SMART on held-out 26's half A by one true positive (294 -> 293, its halves B the same "
    "as h151's bookkeeping run: 301 / 30 / 242). Test run of round 29, once, after the round was merged (commit "
    "8d82b45: 588 archetypes, the mention-by-place rule on): the twenty-first fresh set (100 queries, 50 zh / 50 en, "
    "fresh20's mix; 23 of its 24 strategies have a cross-industry main id) gives function hit@5 zh 0.960 / en 0.840, "
    "id hit@5 0.740 / 0.660, id nDCG@10 0.487 / 0.351 (BM25 in the same run 0.900 / 0.740, 0.720 / 0.440, 0.466 / "
    "0.266): Chinese function hit@5 meets its goal (0.95) for the first time in a test run; every other goal missed; "
    "the engine is ahead of BM25 on every figure. Round 28's code (commit ff968f5: 310 archetypes) on the same "
    "queries, run afterwards for comparison only: function hit@5 0.900 / 0.820, id hit@5 0.700 / 0.680, id nDCG@10 "
    "0.454 / 0.372 (BM25 in that run 0.900 / 0.740, 0.700 / 0.440, 0.465 / 0.266): the larger library carried "
    "Chinese on every figure (+0.06, +0.04, +0.033) and English function hit@5 (+0.02), and lost one English query "
    "at id level (-0.02) and English nDCG@10 (-0.021)."
)


ROUND_30 = (
    "Round 30 (issue 12): the twenty-first fresh set (round 29's test set, run once then) is development data, split "
    "by occupation / query like the twentieth (half A may be read, half B never listed); the test part is the "
    "twenty-second fresh set (`suggest_queries_fresh22.yaml`, labelled by another person; measured when present, "
    "never listed). The defaults on the development parts (`python benchmarks/suggest_quality.py --data "
    "/work/shared/data/external --no-write --halves-json PATH`, no test set present; function hit@5, id hit@5 / id "
    "nDCG@10): the twenty-first set whole zh 0.960, 0.740 / 0.487, en 0.840, 0.660 / 0.351 (its test-run figures), "
    "half A zh 0.917, 0.708 / 0.467, en 0.800, 0.650 / 0.325, half B zh 1.000, 0.769 / 0.507, en 0.867, 0.667 / "
    "0.368; pooled halves A of the fresh sets 1-21 zh 0.923, 0.772 / 0.489, en 0.945, 0.766 / 0.455; pooled halves B "
    "zh 0.925, 0.758 / 0.482, en 0.939, 0.776 / 0.482 (the before figures of the round). No change to the suggestion "
    "engine in this step. fresh21A's 14 id-level misses classed (benchmarks/results/suggest_round30_misses.md: a1 6, "
    "a2 1, a3 5, a4 1 (new: a role named in a strategy read as the job), b 1; pooled over rounds 21-30: 189, a1 64, a2 "
    "14, a3 60, a4 1, b 36, c 14); 10 of the 13 (a) misses are jobs no archetype names, and earlier readings found "
    "(a1) and (a3) mostly such content gaps, so (b) is the largest class that is not one. Lever of round 30, fixed "
    "and committed before its judged run, aimed at (b): with a department read, the department's own indicator the "
    "text matches best (without the words naming the function) takes place 2 of the list unless it is already in "
    "the first five (`IndicatorSuggester(department_text=True)`; a fixed rule; probed on the halves A only, place not "
    "varied). Rule (`python benchmarks/suggest_department_text.py off|on PATH` and `... --smart off|on`, its "
    "docstring): kept if, on the pooled halves B of fresh sets 1-21, id hit@5 is not lower in either language and "
    "higher in at least one and function hit@5 not lower in either, against off, and SMART's pooled halves (`python "
    "benchmarks/smart_quality.py --halves`, the switch as the engine's default) have recall and precision not lower "
    "on the halves A and B; otherwise off. Result (commit 7a3037e, run once; function hit@5, id hit@5 / id nDCG@10, "
    "off -> on): pooled halves B zh 0.925, 0.758 / 0.482 -> 0.925, 0.764 / 0.485, en 0.939, 0.776 / 0.482 -> 0.939, "
    "0.788 / 0.485; pooled halves A zh 0.923, 0.772 / 0.489 -> 0.923, 0.783 / 0.492, en 0.945, 0.766 / 0.455 -> "
    "0.945, 0.786 / 0.463 (the off run equals the bookkeeping run on every figure); (half B, language) pairs with id "
    "hit@5 changed: 9 higher, 2 lower (fresh3B en 0.920 -> 0.880, freshB zh 0.862 -> 0.828); SMART's pooled halves "
    "the same with the switch off and on (A 293 / 32 / 201, B 301 / 30 / 242, TP / FP / FN). Id hit@5 higher in both "
    "languages, function hit@5 unchanged, SMART not lower: the rule PASSES and `department_text` is on by default. "
    "A reading it moves (tests/suggest/test_roles_strategy.py and tests/cli/test_cli_suggest.py, re-pinned and said there): in '销售部：公司战略目标是提高"
    "市场份额' the sales department's closest measure by words is share of wallet (份额), now at place 3, and revenue "
    "growth moves from place 5 to 6."
)


ROUND_31 = (
    "Round 31 (issue 12): a content round, with fresh22 still the test part (no bookkeeping). Before it, the lead's "
    "lever aimed at the article's market-share case round 30 moved (the department lift yields when an indicator of "
    "the first five already matches the text at least as well as the department's own best; rule and result in "
    "benchmarks/results/suggest_round31_content.md): pooled halves B id hit@5 en 0.788 -> 0.786, zh unchanged: it "
    "FAILS and is retired (commit a2ab95e reproduces it); revenue growth stays at place 6 in that case. Rule of the "
    "content round, fixed and committed before any archetype was merged (the same file, commit 1142138): kept if, on "
    "the pooled halves B of fresh sets 1-21, id hit@5 is not lower in either language and higher in at least one and "
    "function hit@5 not lower in either, and SMART's pooled halves B have recall and precision not lower and "
    "hard-negative false positives not up; otherwise all reverted. Three helpers (h164-h166, each on its own files, "
    "working from knowledge of organisations, no labelled set or result read, no benchmark run) wrote 175 archetypes "
    "(plants, quality, energy, construction, logistics, supply chain and procurement 62; healthcare, education, public "
    "sector, hospitality, retail, professional and financial services, legal 56; IT, internet, telecom, R&D, "
    "marketing, sales, customer service, HR, finance, administration, general management 57; 14 aliases added to "
    "existing ones); before the judged run the lead took 9 codes the new roles shared with others off the role they "
    "fit less (names in two roles 11, codes in two roles 74, as before) and regenerated role_titles.yaml (281 roles "
    "with official titles, were 214) and word_bridge.json (7,818 aligned pairs, were 6,883). Result (`--no-write "
    "--halves-json`; function hit@5, id hit@5 / id nDCG@10; 588 -> 763 archetypes): pooled halves B zh 0.925, 0.764 / "
    "0.485 -> 0.933, 0.785 / 0.502, en 0.939, 0.788 / 0.486 -> 0.947, 0.802 / 0.494; pooled halves A zh 0.923, "
    "0.783 / 0.492 -> 0.931, 0.798 / 0.505, en 0.945, 0.786 / 0.463 -> 0.943, 0.795 / 0.472; (half B, language) pairs "
    "with id hit@5 changed: 18 higher, 7 lower; SMART's pooled halves identical (A 311 / 35 / 212, B 308 / 35 / 254; "
    "hard-negative false positives of the halves B 22 in both). The rule PASSES: the archetypes are kept. After the "
    "judged run (disclosed; fixes by content only, as the rule allows): the unit tests showed 筛选简历并安排面试 read "
    "no role (the recruiter and the new recruiting coordinator fit it almost equally: the coordinator, the recruiter's "
    "job under another title, dropped, its names kept as the recruiter's aliases: 762 archetypes) and the servers "
    "known case read the waiter again (the IT operations engineer's duties now say 'Patch servers and respond to "
    "outages'); every pooled and per-half figure is the same with both fixes (rerun). Other readings the library moved "
    "were re-pinned, each said in its test (the word bridge's order of 员工; the English article case's training duty "
    "gives training plan completion, its clause no longer reading the training specialist; the loan-officer and "
    "two-roles examples). Test run of rounds 30-31, once, after the merges (commit 2a07c52: the department lift on, "
    "762 archetypes): the twenty-second fresh set (100 queries, 50 zh / 50 en: 50 role queries from O*NET 29.3 and "
    "职业分类大典2022 occupations no earlier set used, 26 department strategies, 24 strategies) gives function hit@5 "
    "zh 0.920 / en 0.880, id hit@5 0.720 / 0.760, id nDCG@10 0.458 / 0.440 (BM25 in the same run 0.960 / 0.720, "
    "0.620 / 0.440, 0.406 / 0.269): goals missed in both languages; the engine ahead of BM25 on every figure but "
    "Chinese function hit@5. Round 29's code (commit 0abeb12: 588 archetypes, no department lift) on the same queries, "
    "run afterwards for comparison only: function hit@5 0.880 / 0.840, id hit@5 0.620 / 0.660, id nDCG@10 0.425 / "
    "0.400 (BM25 the same): rounds 30-31 carried id hit@5 by 0.10 in both languages."
)


ROUND_32 = (
    "Round 32 (issue 12): the twenty-second fresh set (the test set of rounds 30-31, run once then) is development "
    "data, split by occupation / query like the twenty-first (half A may be read, half B never listed); the test "
    "part is the twenty-third fresh set (`suggest_queries_fresh23.yaml`, labelled by another person; measured when "
    "present, never listed). The defaults on the development parts (`python benchmarks/suggest_quality.py --data "
    "/work/shared/data/external --no-write --halves-json PATH`, no test set present; function hit@5, id hit@5 / id "
    "nDCG@10): the twenty-second set whole zh 0.920, 0.720 / 0.458, en 0.880, 0.760 / 0.440 (its test-run figures), "
    "half A zh 0.947, 0.737 / 0.432, en 0.857, 0.762 / 0.416, half B zh 0.903, 0.710 / 0.474, en 0.897, 0.759 / "
    "0.458; pooled halves A of the fresh sets 1-22 zh 0.931, 0.796 / 0.502, en 0.940, 0.794 / 0.470; pooled halves "
    "B zh 0.931, 0.781 / 0.501, en 0.944, 0.799 / 0.492 (the before figures of the round). No change to the "
    "suggestion engine in this step. fresh22A's 10 id-level misses classed "
    "(benchmarks/results/suggest_round32_misses.md: a1 4, a3 4, a4 2; pooled over rounds 21-32: 199, a1 68, a2 14, "
    "a3 64, a4 3, b 36, c 14); 6 of the 10 are jobs no archetype names (content, the writers' work), and (b) is "
    "still the largest class that is not a content gap (37 of the 235 id-level misses of all halves A with round "
    "31's engine are department strategies). Lever of round 32, fixed and committed before its judged run, aimed at "
    "(b): with a department read and no strategy template, the words framing the statement (strategy, company, "
    "department, 公司, 战略, 部门) are left out of the text match as a read strategy leaves them out "
    "(`IndicatorSuggester(department_frame=True)`; a fixed rule; probed on the halves A only: en id hit@5 0.794 -> "
    "0.799, 3 gained, none lost, zh and function hit@5 unchanged). Rule (`python "
    "benchmarks/suggest_department_frame.py off|on PATH` and `... --smart off|on`, its docstring): kept if, on the "
    "pooled halves B of fresh sets 1-22, id hit@5 is not lower in either language and higher in at least one and "
    "function hit@5 not lower in either, against off, and SMART's pooled halves (`python "
    "benchmarks/smart_quality.py --halves`, the switch as the engine's default) have recall and precision not lower "
    "on the halves A and B; otherwise off. Result (commit cbdc8a8, run once; function hit@5, id hit@5 / id nDCG@10, "
    "off -> on): pooled halves B zh 0.931, 0.781 / 0.501 -> 0.931, 0.781 / 0.501, en 0.944, 0.799 / 0.492 -> 0.944, "
    "0.799 / 0.492 (nDCG@10 to four places zh 0.5005 -> 0.5008, en 0.4921 -> 0.4922); pooled halves A zh 0.931, "
    "0.796 / 0.502 -> 0.931, 0.796 / 0.503, en 0.940, 0.794 / 0.470 -> 0.940, 0.799 / 0.473 (the off run equals the "
    "bookkeeping run on every figure); no (half B, language) pair with id hit@5 changed; SMART's pooled halves the "
    "same off and on (A 311 / 35 / 212, B 308 / 35 / 254, TP / FP / FN). Id hit@5 on the halves B higher in neither "
    "language: the rule FAILS and `department_frame` stays off (False, round 31's engine); retired later in the "
    "session (commit bbde965, which reproduces the judged run). Content round of round 32 "
    "(rule and result in benchmarks/results/suggest_round32_content.md; the rule committed before any archetype was "
    "written, commit 3f35ad3): two helpers (h172, h173, each on its own files, from knowledge of organisations, no "
    "labelled set or result read, no benchmark run) wrote 92 archetypes (plants, energy, construction, logistics, "
    "healthcare, education, public sector, hospitality, retail, banks, telecom 54; the office functions, IT, "
    "internet, R&D, marketing, sales, customer service, HR, legal, professional services 38); before the judged run "
    "the lead took 6 codes new roles shared with others off the role they fit less (names in two roles 11, codes in "
    "two roles 74, as before) and regenerated role_titles.yaml (314 roles with official titles, were 281) and "
    "word_bridge.json (8,363 aligned pairs, were 7,818). Result (`--no-write --halves-json`, after round 32's "
    "bookkeeping and with department_frame off; function hit@5, id hit@5 / id nDCG@10; 762 -> 854 archetypes): "
    "pooled halves B zh 0.931, 0.781 / 0.500 -> 0.931, 0.786 / 0.502, en 0.944, 0.799 / 0.492 -> 0.946, 0.810 / "
    "0.503; pooled halves A zh 0.931, 0.796 / 0.502 -> 0.935, 0.799 / 0.505, en 0.940, 0.794 / 0.470 -> 0.950, 0.802 "
    "/ 0.472; (half B, language) pairs with id hit@5 changed: 10 higher, 3 lower (zh fresh9B, fresh16B, fresh22B); "
    "SMART's pooled halves (after SMART round 31's bookkeeping) A 315 / 36 / 227 -> 315 / 36 / 227, B 320 / 36 / 272 "
    "-> 321 / 36 / 271 (held-out 21B one more true positive), hard-negative false positives of the halves B 23 in "
    "both. The rule PASSES: the archetypes are kept. Test run of round 32, once, after the round's merges (commit "
    "dc8d37c: 854 archetypes, the department lift on, department_frame retired): the twenty-third fresh set (100 "
    "queries, 50 zh / 50 en: 50 role queries from O*NET 29.3 and 职业分类大典2022 occupations no earlier set used, 26 "
    "department strategies, 24 strategies) gives function hit@5 zh 0.920 / en 0.880, id hit@5 0.720 / 0.640, id "
    "nDCG@10 0.405 / 0.383 (BM25 in the same run 0.840 / 0.720, 0.620 / 0.440, 0.405 / 0.256): goals missed in both "
    "languages; the engine ahead of BM25 on every figure but Chinese nDCG@10 (equal). Round 31's code (commit "
    "0776b5b: 762 archetypes) on the same queries, run afterwards for comparison only: function hit@5 0.940 / 0.860, "
    "id hit@5 0.720 / 0.660, id nDCG@10 0.399 / 0.383 (BM25 the same): round 32's content did not carry to this set "
    "(Chinese function hit@5 -0.02, English id hit@5 -0.02; English function hit@5 +0.02, Chinese nDCG@10 +0.006). "
    "Second lever of round 32, after the test run (h180, aimed at a bare title whose role has fewer core indicators "
    "than the list: 'Scrum master' filled by the master data accuracy, 宠物美容师 by key-account revenue share; "
    "`IndicatorSuggester(role_duties=True)`: after a bare title's core indicators, the usable indicators of the "
    "role's functions its duties match best; rule as department_text's plus SMART hard-negative false positives not "
    "up, `python benchmarks/suggest_role_duties.py off|on PATH` and `... --smart off|on`, committed at 209acbc "
    "before the run, run once) gave on the pooled halves B function hit@5, id hit@5 / id nDCG@10 zh 0.931, 0.786 / "
    "0.502 -> 0.931, 0.786 / 0.503, en 0.946, 0.810 / 0.503 -> 0.946, 0.810 / 0.505 (halves A en id hit@5 0.802 -> "
    "0.804, zh unchanged; SMART's pooled halves identical, A 315 / 36 / 227, B 321 / 36 / 271): id hit@5 on the "
    "halves B higher in neither language, so the rule FAILS; the lever was never merged (its judged run reproduces "
    "at commit 74e6b53, branch h180)."
)


ROUND_33 = (
    "Round 33 (issue 12): the twenty-third fresh set (round 32's test set, run once then) is development data, split "
    "by occupation / query like the twenty-second (half A may be read, half B never listed); the test part is the "
    "twenty-fourth fresh set (`suggest_queries_fresh24.yaml`, labelled by another person; measured when present, "
    "never listed). The defaults on the development parts (`python benchmarks/suggest_quality.py --data "
    "/work/shared/data/external --no-write --halves-json PATH`, no test set present; function hit@5, id hit@5 / id "
    "nDCG@10): the twenty-third set whole zh 0.920, 0.720 / 0.405, en 0.880, 0.640 / 0.383 (its test-run figures), "
    "half A zh 0.957, 0.696 / 0.424, en 0.926, 0.667 / 0.431, half B zh 0.889, 0.741 / 0.388, en 0.826, 0.609 / "
    "0.328; pooled halves A of the fresh sets 1-23 zh 0.936, 0.795 / 0.502, en 0.949, 0.796 / 0.470; pooled halves "
    "B zh 0.929, 0.784 / 0.497, en 0.941, 0.802 / 0.496 (the before figures of the round). No change to the "
    "suggestion engine in this step. fresh23A's 16 id-level misses classed "
    "(benchmarks/results/suggest_round33_misses.md: a1 4, a2 1, a3 6, a4 2, b 2, c 1; pooled over rounds 21-33: 215, a1 72, a2 15, a3 70, a4 5, b 38, c 15); 9 of "
    "the 13 (a) misses are jobs no archetype names (content, the writers' work), and (b) is still the largest class "
    "that is not a content gap (38 of the 245 id-level misses of all halves A with round 32's engine are department "
    "strategies, 36 with the department read). Lever of round 33, fixed and committed before its judged run, aimed at "
    "(b): with a department read, the department's own usable indicator the text matches second best (the match "
    "round 30's department_text lifts its best by) takes the place of the last indicator of another function in the "
    "first five, which moves to place 6 (`IndicatorSuggester(department_second=True)`; a fixed rule; probed on the "
    "halves A only: id hit@5 en 0.7964 -> 0.7980, zh 0.7953 -> 0.8003, 4 gained, none lost, function hit@5 "
    "unchanged; two variants probed before it lost queries on the halves A and were dropped). Rule (`python "
    "benchmarks/suggest_department_second.py off|on PATH` and `... --smart off|on`, its docstring): kept if, on the "
    "pooled halves B of fresh sets 1-23, id hit@5 is not lower in either language and higher in at least one and "
    "function hit@5 not lower in either, against off, and SMART's pooled halves (`python "
    "benchmarks/smart_quality.py --halves`, the switch as the engine's default) have recall and precision not lower "
    "on the halves A and B; otherwise off. Result (commit f387bff, run once; function hit@5, id hit@5 / id nDCG@10, "
    "off -> on): pooled halves B zh 0.929, 0.784 / 0.497 -> 0.929, 0.784 / 0.498, en 0.941, 0.802 / 0.496 -> "
    "0.941, 0.807 / 0.498; pooled halves A zh 0.936, 0.795 / 0.502 -> 0.936, 0.800 / 0.504, en 0.949, 0.796 / 0.470 "
    "-> 0.949, 0.798 / 0.472 (the off run equals the bookkeeping run on every figure); (half B, language) pairs with "
    "id hit@5 changed: en fresh2B, fresh3B, fresh10B, fresh17B higher, en fresh5B lower, no Chinese half B changed; "
    "SMART's pooled halves the same off and on (A 315 / 36 / 227, B 321 / 36 / 271, TP / FP / FN). Id hit@5 on the "
    "halves B higher in English and not lower in Chinese, function hit@5 not lower, SMART not lower: the rule PASSES "
    "and `department_second` is on (True); the table below is with it. Content round of round 33 (rule and result "
    "in benchmarks/results/suggest_round33_content.md; the rule committed before any archetype was written, commit "
    "91e550e): two helpers (h187, h188, each on its own files, from knowledge of organisations, no labelled set or "
    "result read, no benchmark run) wrote 87 archetypes (854 -> 941); before the judged run the lead took 23 codes "
    "new roles shared off the role they fit less and regenerated role_titles.yaml and word_bridge.json. Result "
    "(`--no-write --halves-json`, after round 33's bookkeeping with department_second on; function hit@5, id hit@5 "
    "/ id nDCG@10): pooled halves B zh 0.929, 0.784 / 0.498 -> 0.922, 0.781 / 0.498, en 0.941, 0.807 / 0.498 -> "
    "0.943, 0.809 / 0.501; pooled halves A zh 0.936, 0.800 / 0.504 -> 0.944, 0.816 / 0.512, en 0.949, 0.798 / 0.472 "
    "-> 0.951, 0.803 / 0.477; (half B, language) pairs with id hit@5 changed: 7 higher, 8 lower; SMART's pooled "
    "halves identical. Chinese id hit@5 and function hit@5 lower on the halves B: the rule FAILS and the archetypes "
    "were not merged (branch lead33 at a4e2154 reproduces the judged run). Test run of round 33, once, after the "
    "round's merges (commit a65ecdb: 854 archetypes, department_second on, linking round 29's models; linking round "
    "30's retrain was merged after this run): the twenty-fourth fresh set (100 queries, 50 zh / 50 en: 50 role queries "
    "from O*NET 29.3 and 职业分类大典2022 occupations no earlier set used, 26 department strategies, 24 strategies) "
    "gives function hit@5 zh 0.900 / en 0.840, id hit@5 0.700 / 0.660, id nDCG@10 0.423 / 0.409 (BM25 in the same "
    "run 0.840 / 0.720, 0.580 / 0.460, 0.400 / 0.288): goals missed in both languages; the engine ahead of BM25 on "
    "every figure. Round 32's code (commit 5942303: department_second absent) on the same queries, run afterwards "
    "for comparison only: function hit@5 0.900 / 0.840, id hit@5 0.660 / 0.640, id nDCG@10 0.413 / 0.410: "
    "department_second carried two Chinese queries and one English query at id level (nDCG@10 zh +0.010, en "
    "-0.001). Seen as a user: with it the source article's example loses a place for revenue growth (销售部：公司战略目标是"
    "提高市场份额 places 营业收入增长率 7th, was 6th; the English one 6th, was 5th), as its unit test now pins."
)


ROUND_34 = (
    "Round 34 (issue 12): the twenty-fourth fresh set (round 33's test set, run once then) is development data, split "
    "by occupation / query like the twenty-third (half A may be read, half B never listed); the test part is the "
    "twenty-fifth fresh set (`suggest_queries_fresh25.yaml`, labelled by another person; measured when present, "
    "never listed). The defaults on the development parts (`python benchmarks/suggest_quality.py --data "
    "/work/shared/data/external --no-write --halves-json PATH`, no test set present; function hit@5, id hit@5 / id "
    "nDCG@10): the twenty-fourth set whole zh 0.900, 0.700 / 0.423, en 0.840, 0.660 / 0.409 (its test-run figures), "
    "half A zh 0.889, 0.778 / 0.457, en 0.929, 0.750 / 0.451, half B zh 0.913, 0.609 / 0.384, en 0.727, 0.545 / "
    "0.355; pooled halves A of the fresh sets 1-24 zh 0.934, 0.799 / 0.502, en 0.948, 0.796 / 0.471; pooled halves "
    "B zh 0.929, 0.777 / 0.493, en 0.933, 0.798 / 0.492 (the before figures of the round). No change to the "
    "suggestion engine in this step. fresh24A's 13 id-level misses classed "
    "(benchmarks/results/suggest_round34_misses.md: a1 4, a2 1, a3 5, b 3; pooled over rounds 21-34: 228, a1 76, a2 "
    "16, a3 75, a4 5, b 41, c 15). Lever of round 34, fixed and committed before its judged run, aimed at the "
    "strategies read as a job (the class next to (b) that is not a content gap; (b) itself: two probes on the halves "
    "A lost as many queries as they gained or more, see the misses file): a text in the organisation's own voice (we, our, "
    "us, ourselves; 我们, 我司, 咱们) in which no strategy template is read is not read as a job by meaning or through "
    "the bridge, the industries that reading names kept (`IndicatorSuggester(our_voice=True)`; a fixed rule; probed "
    "on the halves A only: English id hit@5 3 gained, 1 lost, function hit@5 unchanged, Chinese hits unchanged; two "
    "broader variants probed before it lost more than they gained on the halves A and were dropped). Rule (`python "
    "benchmarks/suggest_our_voice.py off|on PATH` and `... --smart off|on`, its docstring): kept if, on the pooled "
    "halves B of fresh sets 1-24, id hit@5 is not lower in either language and higher in at least one and function "
    "hit@5 not lower in either, against off, and SMART's pooled halves (`python benchmarks/smart_quality.py "
    "--halves`, the switch as the engine's default) have recall and precision not lower on the halves A and B; "
    "otherwise off. "
    "Result (run once, at commit ba47cba; function hit@5, id hit@5 / id nDCG@10, off -> on): pooled halves B "
    "zh 0.929, 0.777 / 0.493 -> 0.929, 0.777 / 0.493, en 0.933, 0.798 / 0.492 -> 0.933, 0.794 / 0.491; pooled "
    "halves A zh 0.934, 0.799 / 0.502 -> 0.934, 0.799 / 0.501, en 0.948, 0.796 / 0.471 -> 0.948, 0.799 / 0.472 "
    "(the off run equals the bookkeeping run on every figure); (half, language) pairs with id hit@5 changed: "
    "en fresh2B, fresh15B higher, en fresh6B, fresh14B, fresh19B lower (halves A: en fresh14A, fresh23A "
    "higher, fresh2A lower, as probed), no Chinese half changed; SMART's pooled halves identical off and on (A "
    "329 / 39 / 230, B 341 / 37 / 284, TP / FP / FN). English id hit@5 on the halves B lower: the rule FAILS "
    "and `our_voice` stays off (False); the table below is without it. Retired later in the session (commit "
    "124bd8f, which reproduces the judged run). Test run of round 34, once, at the session's first commit (fe79a3a: "
    "854 archetypes, department_second on, linking round 31's models): the twenty-fifth fresh set (100 queries, 50 zh "
    "/ 50 en: 50 role queries from O*NET 29.3 and 职业分类大典2022 occupations no earlier set used, 26 department "
    "strategies, 24 strategies) gives function hit@5 zh 0.940 / en 0.920, id hit@5 0.780 / 0.700, id nDCG@10 0.423 / "
    "0.435 (BM25 in the same run 0.800 / 0.840, 0.600 / 0.640, 0.417 / 0.368): goals missed in both languages; the "
    "engine ahead of BM25 on every figure. Round 33's test-run code (commit a65ecdb: linking round 29's models, "
    "before round 31's retrain) on the same queries, run afterwards for comparison only, gives the same figures to "
    "the last digit (no suggestion code changed between the two: round 34's only lever failed and was retired)."
)


ROUND_35 = (
    "Round 35 (issue 12): the twenty-fifth fresh set (round 34's test set, run once then) is development data, split "
    "by occupation / query like the twenty-fourth (half A may be read, half B never listed); the test part is the "
    "twenty-sixth fresh set (`suggest_queries_fresh26.yaml`, labelled by another person; measured when present, "
    "never listed). The defaults on the development parts (`python benchmarks/suggest_quality.py --data "
    "/work/shared/data/external --no-write --halves-json PATH`, no test set present; function hit@5, id hit@5 / id "
    "nDCG@10): the twenty-fifth set whole zh 0.940, 0.780 / 0.423, en 0.920, 0.700 / 0.435 (its test-run figures), "
    "half A zh 0.962, 0.769 / 0.384, en 0.870, 0.565 / 0.327, half B zh 0.917, 0.792 / 0.465, en 0.963, 0.815 / "
    "0.526; pooled halves A of the fresh sets 1-25 zh 0.935, 0.798 / 0.497, en 0.945, 0.788 / 0.466; pooled halves "
    "B zh 0.928, 0.778 / 0.492, en 0.934, 0.798 / 0.494 (the before figures of the round). No change to the "
    "suggestion engine in this step. fresh25A's 16 id-level misses classed "
    "(benchmarks/results/suggest_round35_misses.md: a1 8, a2 1, a3 3, b 1, c 3; pooled over rounds 21-35: 244, a1 "
    "84, a2 17, a3 78, a4 5, b 42, c 18); 8 of the 12 (a) misses are jobs no archetype names (content), and (b) is "
    "still the largest class that is not a content gap (with round 34's engine on all halves A: 270 misses of 1,304 "
    "queries, 38 department strategies, 28 of them English, 17 of those with the first five all the department's). "
    "Lever of round 35, fixed and committed before its judged run, aimed at the English department strategies (the "
    "English part of (b); English the weaker language at id level in the last two test runs): an English query in "
    "which a department is read has the engine's first 30 re-ranked by closeness in meaning to its own text, exactly "
    "as an English query read weakly already is (round 18's `indicator_embedding`); Chinese untouched "
    "(`IndicatorSuggester(department_meaning=True)`; a fixed rule; probed on the halves A only: English id hit@5 "
    "0.7879 -> 0.7939, 7 gained, 3 lost, English id nDCG@10 0.4656 -> 0.4831, function hit@5 unchanged, Chinese "
    "unchanged; no variant tried). Rule (`python benchmarks/suggest_department_meaning.py off|on PATH` and `... "
    "--smart off|on`, its docstring): kept if, on the pooled halves B of fresh sets 1-25, id hit@5 is not lower in "
    "either language and higher in at least one and function hit@5 not lower in either, against off, and SMART's "
    "pooled halves (`python benchmarks/smart_quality.py --halves`, the switch as the engine's default) have recall "
    "and precision not lower on the halves A and B; otherwise off. "
    "Result (run once, at commit 7c2900c; function hit@5, id hit@5 / id nDCG@10, off -> on): pooled halves B zh "
    "0.928, 0.778 / 0.492 -> 0.928, 0.778 / 0.492, en 0.934, 0.798 / 0.494 -> 0.934, 0.808 / 0.509; pooled halves A zh"
    " 0.935, 0.798 / 0.497 -> 0.935, 0.798 / 0.497, en 0.945, 0.788 / 0.466 -> 0.945, 0.794 / 0.483 (the off run "
    "equals the bookkeeping run on every figure); (half, language) pairs with id hit@5 changed: en fresh5B, fresh11B, "
    "fresh12B, fresh22B, fresh23B, fresh25B higher, en fresh3B, fresh6B lower (halves A: en fresh9A, fresh10A, "
    "fresh20A, fresh24A higher, freshA, fresh3A lower, as probed), no Chinese half changed; SMART's pooled halves "
    "identical off and on (A 341 / 41 / 236, B 354 / 39 / 303, TP / FP / FN; the whole output identical). Id hit@5 "
    "higher in English and not lower in Chinese, function hit@5 not lower, SMART not lower: the rule PASSES and "
    "`department_meaning` is on (True); the table below is with it. Seen as a user: the source article's English "
    "examples move (the Chinese ones do not): in the R&D case (R&D department, strategy: innovation-driven growth) "
    "patent applications moves from place 4 to 6, behind R&D intensity and the R&D staff ratio, and in the market-"
    "share case revenue growth from place 6 to 7; tests/suggest/test_roles_strategy.py and test_indicator_embedding.py"
    " re-pinned with comments saying so. A correction judged in the same round by the lead, in a worktree of "
    "main before this round's bookkeeping (so on the pooled halves B of fresh sets 1-24, without department_meaning), "
    "rule fixed and committed first (commit 9a8fd0e, benchmarks/suggest_frame_silent.py: no figure lower on the "
    "pooled halves B, SMART not lower): `frame_silent`, the words framing a stated strategy (公司战略目标是…, 'our "
    "strategy is') silent for the indicator the text names, as they already were for the text match (the issue's own "
    "example gave the strategic objective achievement rate 2nd on 战略目标 alone). Result, run once: halves B id hit@5 "
    "zh 0.7774 -> 0.7791, en 0.7976 both, nDCG@10 zh 0.4933 -> 0.4959, en 0.4924 -> 0.4935, function hit@5 unchanged, "
    "SMART identical: it PASSES and is on. Its side effect, seen on a unit test's example: with the frame words "
    "silent, a department's function name alone may name an indicator (人力资源 names the HR staffing ratio, put 2nd, "
    "in 公司战略是保障员工安全，人力资源部门). The follow-up `department_silent` (those words silent too), rule "
    "committed first (4558c38), judged once: nDCG@10 zh 0.4959 -> 0.4947, en 0.4935 -> 0.4927, hit@5 unchanged: it "
    "FAILS and was removed (4558c38 reproduces it); the side effect stays, disclosed. Together with department_meaning "
    "the English legal-brand unit example puts the trademark renewal 6th (each switch alone 4th), re-pinned with a "
    "comment. A third cure for the side effect, judged after the round's merges on the pooled halves B of fresh 1-25: "
    "`frame_unscaled` (the named indicator's label match scaled by the norm the frame words leave instead of "
    "re-normalised), rule committed first (53395a7), run once: id hit@5 zh 0.7796 -> 0.7780, nDCG@10 zh 0.4947 -> "
    "0.4924, en 0.5106 -> 0.5096, SMART identical: it FAILS and was removed (53395a7 reproduces it). Later in the "
    "round the speed check (`python benchmarks/suggest_speed.py --data /work/shared/data/external --sizes 10000 "
    "--no-write`, with the switch set as the default) gave p50 at 10,000 indicators 8.41 ms with department_meaning "
    "off against 13.24 ms on, one after the other (p95 387 / 416 ms): each English department query needs its own "
    "sentence encoding, and the issue's p50 goal (<= 10 ms) must stay, so `department_meaning` is OFF by default "
    "although it passed its quality rule; the article examples' places of the English cases are back (revenue growth "
    "6th, patent applications 4th). A last correction of the round (the lead's), aimed at the one-word filler noted "
    "last session (the book-to-bill ratio lifted into the article example's first five on 提高 alone): "
    "`department_goal_silent`, the direction words left out of the department's own text match; rule committed first "
    "(d563a8d, benchmarks/suggest_department_goal_silent.py: no figure lower on the pooled halves B of fresh 1-25, "
    "department_meaning off), run once: halves B id hit@5 en 0.7984 -> 0.7967 (fresh12B higher, fresh3B, fresh9B "
    "lower), zh 0.7796 both, nDCG@10 en 0.4951 -> 0.4940, zh 0.4947 -> 0.4946, function hit@5 unchanged, SMART "
    "identical: it FAILS and was removed (d563a8d reproduces it after merging f9dfe30). The filler stays, disclosed. "
    "Test run of round 35, once, at the next session's first commit (18076d6: frame_silent on, department_meaning "
    "off, 854 archetypes, linking round 32's models): the twenty-sixth fresh set (100 queries, 50 zh / 50 en: 50 role "
    "queries from O*NET 29.3 and 职业分类大典2022 occupations no earlier set used, 26 department strategies, 24 "
    "strategies; 33 of its 50 main ids repeat an earlier text's main id in a new setting) gives function hit@5 zh "
    "0.880 / en 0.840, id hit@5 0.760 / 0.600, id nDCG@10 0.399 / 0.426 (BM25 in the same run 0.820 / 0.740, 0.640 / "
    "0.480, 0.372 / 0.296): goals missed in both languages; the engine ahead of BM25 on every figure. Round 34's "
    "test-run code (commit fe79a3a: frame_silent absent, linking round 31's models) on the same queries, run "
    "afterwards for comparison only (the queries copied over its test split's file, `--split fresh25 --no-write`), "
    "gives the same figures to the last digit: round 35's correction changed no answer at the metric's depth here."
)


ROUND_36 = (
    "Round 36 (issue 12): the twenty-sixth fresh set (round 35's test set, run once then) is development data, split "
    "by occupation / query like the twenty-fifth (half A may be read, half B never listed); the test part is the "
    "twenty-seventh fresh set (`suggest_queries_fresh27.yaml`, labelled by another person; measured when present, "
    "never listed). The defaults on the development parts (`python benchmarks/suggest_quality.py --data "
    "/work/shared/data/external --no-write --halves-json PATH`, no test set present; function hit@5, id hit@5 / id "
    "nDCG@10): the twenty-sixth set whole zh 0.880, 0.760 / 0.399, en 0.840, 0.600 / 0.426, half A zh 0.889, 0.833 / "
    "0.428, en 0.840, 0.680 / 0.473, half B zh 0.875, 0.719 / 0.382, en 0.840, 0.520 / 0.378; pooled halves A of the "
    "fresh sets 1-26 zh 0.934, 0.799 / 0.495, en 0.942, 0.784 / 0.466; pooled halves B zh 0.926, 0.777 / 0.489, en "
    "0.931, 0.787 / 0.490 (the before figures of the round). No change to the suggestion engine in this step. "
    "fresh26A's 11 id-level misses classed (benchmarks/results/suggest_round36_misses.md: a1 5, a2 1, a3 3, b 2; "
    "pooled over rounds 21-36: 255, a1 89, a2 18, a3 81, a4 5, b 44, c 18); 6 of the 9 (a) misses are jobs no "
    "archetype names (content), and (b) is still the largest class that is not a content gap (with round 35's engine "
    "on all halves A: 281 misses of 1,347 queries, 40 department strategies, 30 of them English, 17 of those with one "
    "of the first five there on the department's name alone, e.g. the HR staffing ratio on 'HR'). Lever of round 36, "
    "fixed and committed before its judged run, aimed at those (the English part of (b); English the weaker language "
    "at id level in the last test runs): in an English query in which a department is read, the words naming the "
    "department's function are silent in the text match that fills the list (index and labels), as they already are "
    "in the department's own text match; the named indicator is looked for as before, and when the list so made holds "
    "none of the department's own indicators in its first five the name is heard after all; Chinese untouched "
    "(`IndicatorSuggester(department_name_silent=True)`; a fixed rule; probed on the halves A only, three forms in "
    "turn: both languages unguarded lowered English function hit@5, the guarded form lowered Chinese id nDCG@10 "
    "0.4951 -> 0.4938, the guarded English-only form gave English id hit@5 0.7839 -> 0.7883, 5 gained, 2 lost, id "
    "nDCG@10 0.4659 -> 0.4706, function hit@5 unchanged, Chinese identical). Rule (`python "
    "benchmarks/suggest_department_name_silent.py off|on PATH`, `... --smart off|on`, `... --speed off|on`, its "
    "docstring): kept if, on the pooled halves B of fresh sets 1-26, id hit@5 is not lower in either language and "
    "higher in at least one and function hit@5 not lower in either, against off; SMART's pooled halves (`python "
    "benchmarks/smart_quality.py --halves`, the switch as the engine's default) have recall and precision not lower on "
    "the halves A and B; and `python benchmarks/suggest_speed.py --data /work/shared/data/external --sizes 10000 "
    "--no-write`, run off then on, gives p50 on <= 10 ms and not more than 1.0 ms above off; otherwise off. Result "
    "(run once, at commit 05fdc26; function hit@5, id hit@5 / id nDCG@10, off -> on): pooled halves B zh identical "
    "(0.926, 0.777 / 0.489), en 0.931, 0.787 / 0.490 -> 0.931, 0.787 / 0.495; pooled halves A zh identical, en 0.942, "
    "0.784 / 0.466 -> 0.942, 0.788 / 0.471 (the off run equals the bookkeeping run on every figure); (half, language) "
    "pairs with id hit@5 changed: en fresh11B, fresh13B, fresh15B, fresh25B higher, en fresh3B, fresh4B, fresh6B, "
    "fresh22B lower (halves A: en fresh8A, fresh10A, fresh20A, fresh24A higher, fresh3A lower, as probed), no Chinese "
    "half changed; SMART's pooled halves identical off and on (A 351 / 43 / 250, B 366 / 40 / 317, TP / FP / FN); "
    "speed p50 at 10,000 indicators 15.50 ms off, 9.68 ms on, one after the other (p95 627 / 605 ms; the off run, the "
    "first, also took 21.2 s to build its index against 1.8 s, on a machine shared with other jobs: met as measured, "
    "not a measure of the switch). Id hit@5 higher in neither language: the rule FAILS and `department_name_silent` "
    "stays off (False); the table below is without it. The side effect frame_silent left (an HR department's function "
    "name naming the HR staffing ratio 2nd) is untouched by this lever, which leaves the named indicator alone. "
    "Retired later in the session (commit f35dc48 reproduces the judged run): the engine is round 35's again. "
    "Content round of round 36 (rule and result in benchmarks/results/suggest_round36_content.md; the rule committed "
    "before any archetype was written, commit 9d39a1e): two helpers (h206, h207, each on its own files, from "
    "knowledge of organisations, no labelled set or result read, no benchmark run) wrote 73 archetypes (854 -> 927); "
    "before the judged run the lead took 26 codes new roles shared off the role they fit less, regenerated "
    "role_titles.yaml and word_bridge.json, and fixed one plainly wrong reading by content (a power trader's duty "
    "statement read as the contract manager). Result (`--no-write --halves-json`, after round 36's bookkeeping; "
    "function hit@5, id hit@5 / id nDCG@10): pooled halves B zh 0.926, 0.777 / 0.489 -> 0.933, 0.781 / 0.492, en "
    "0.931, 0.787 / 0.491 -> 0.932, 0.792 / 0.494; pooled halves A zh 0.934, 0.799 / 0.495 -> 0.940, 0.817 / 0.504, "
    "en 0.942, 0.784 / 0.466 -> 0.943, 0.796 / 0.472; SMART's pooled halves B 376 / 40 / 329 -> 375 / 40 / 330 (one "
    "true positive fewer, on held-out 22's half B), halves A identical. Every suggestion figure rose, but SMART's "
    "recall on the halves B is lower by one pair: the rule FAILS and the archetypes were not merged (branch lead36c "
    "at 8943d26 reproduces the judged run). "
    "Test run of round 36, once, at the next session's first commit (81c74e6: round 35's engine, department_name_silent "
    "retired, 854 archetypes, linking round 33's models): the twenty-seventh fresh set (100 queries, 50 zh / 50 en: 50 "
    "role queries from O*NET and 职业分类大典2022 occupations no earlier set used, 26 department strategies, 24 "
    "strategies; 41 of its 50 main ids repeat an earlier text's main id in a new setting) gives function hit@5 zh "
    "0.900 / en 0.900, id hit@5 0.720 / 0.760, id nDCG@10 0.376 / 0.446 (BM25 in the same run 0.820 / 0.700, 0.580 / "
    "0.380, 0.367 / 0.229): goals missed in both languages; the engine ahead of BM25 on every figure. Round 35's "
    "test-run code (commit 18076d6: linking round 32's models) on the same queries, run afterwards for comparison "
    "only (the queries copied over its test split's file, `--split fresh26 --no-write`), gives the same figures to "
    "the last digit."
)


ROUND_37 = (
    "Round 37 (issue 12): the twenty-seventh fresh set (round 36's test set, run once then) is development data, "
    "split by occupation / query like the twenty-sixth (half A may be read, half B never listed); the test part is the "
    "twenty-eighth fresh set (`suggest_queries_fresh28.yaml`, labelled by another person; measured when present, "
    "never listed). The defaults on the development parts (`python benchmarks/suggest_quality.py --data "
    "/work/shared/data/external --no-write --halves-json PATH`, no test set present; function hit@5, id hit@5 / id "
    "nDCG@10): the twenty-seventh set whole zh 0.900, 0.720 / 0.376, en 0.900, 0.760 / 0.446, half A zh 0.840, "
    "0.640 / 0.364, en 0.958, 0.792 / 0.438, half B zh 0.960, 0.800 / 0.387, en 0.846, 0.731 / 0.453; pooled halves A "
    "of the fresh sets 1-27 zh 0.930, 0.793 / 0.490, en 0.942, 0.784 / 0.465; pooled halves B zh 0.927, 0.777 / "
    "0.486, en 0.927, 0.785 / 0.489 (the before figures of the round). No change to the suggestion engine in this "
    "step. fresh27A's 14 id-level misses classed (benchmarks/results/suggest_round37_misses.md: a1 3, a2 2, a3 6, a4 "
    "1, b 1, c 1; pooled over rounds 21-37: 269, a1 92, a2 20, a3 87, a4 6, b 45, c 19); 6 of the 12 (a) misses are "
    "jobs no archetype names and 4 near one (content), 2 strategies read as a job; (b) is still the largest class that "
    "is not a content gap. Lever of round 37, fixed and committed before its judged run, a correction of the side "
    "effect round 35's frame_silent left (the department's name, not the strategy, naming the measure kept 2nd: "
    "公司战略是保障员工安全，人力资源部门 and 'HR department: our strategy is to attract and retain talent' put the HR "
    "staffing ratio 2nd, 'Strategy: build the brand. Department: legal' the brand spend share): with a department "
    "read, the indicator the text names is looked for in the text without the part naming the department (unless "
    "that part is longer than the rest), and in an English text kept only when it is the department's own "
    "(`IndicatorSuggester(named_department=True)`; a fixed rule; probed on the halves A only, four forms in turn: the "
    "function's words silent wherever they stand lowered Chinese id nDCG@10 0.4904 -> 0.4885; dropping another "
    "function's named indicator too lowered Chinese id hit@5 0.7933 -> 0.7889; the text without the department, "
    "unguarded, lowered it to 0.7918; the guarded form with the English own-function check changed 13 lists and no "
    "hit, English id nDCG@10 0.4649 -> 0.4656, every other figure unchanged). Rule (`python "
    "benchmarks/suggest_named_department.py off|on PATH`, `... --smart off|on`, `... --speed off|on`, its docstring; "
    "the brief's rule for a correction): kept if, on the pooled halves B of fresh sets 1-27, no suggestion figure "
    "(function hit@5, id hit@5, id nDCG@10) is lower in either language, against off; SMART's pooled halves (`python "
    "benchmarks/smart_quality.py --halves`, the switch as the engine's default) have recall and precision not lower on "
    "the halves A and B; and `python benchmarks/suggest_speed.py --data /work/shared/data/external --sizes 10000 "
    "--no-write`, run off then on, gives p50 on <= 10 ms and not more than 1.0 ms above off; otherwise off. Result "
    "(run once, at commit 3caf8fd; function hit@5, id hit@5 / id nDCG@10, off -> on): pooled halves B zh 0.927, 0.7775 "
    "/ 0.4855 -> 0.927, 0.7789 / 0.4860, en 0.927, 0.7852 / 0.4890 -> 0.927, 0.7852 / 0.4888; pooled halves A zh "
    "identical, en id nDCG@10 0.4649 -> 0.4656, the rest identical, as probed (the off run equals the bookkeeping run "
    "on every figure); (half, language) pairs with id hit@5 changed: zh fresh25B 0.7917 -> 0.8333, no other; SMART's "
    "pooled halves identical off and on (A 365 / 48 / 264, B 376 / 40 / 329, TP / FP / FN); speed p50 at 10,000 "
    "indicators 10.06 ms off, 12.12 ms on, one after the other (p95 558 / 728 ms; load average about 4 on the 2-core "
    "machine shared with other jobs). English id nDCG@10 on the halves B is lower, and p50 on is above 10 ms and more "
    "than 1.0 ms above off: the rule FAILS and `named_department` stays off (False); the table below is without it. "
    "The side effect stays as frame_silent left it. Retired later in the session (lead; commit f08da91 reproduces the "
    "judged run): the engine is round 36's again. Content round of round 37 (rule and result in "
    "benchmarks/results/suggest_round37_content.md; the rule, round 36's unchanged, committed before any archetype was "
    "written, commit c046878): two helpers (h214, h215) wrote 68 archetypes, two of them the same jobs (dropped, names "
    "kept as aliases): 854 -> 920; the lead took 25 codes new roles shared off the new role and regenerated "
    "role_titles.yaml and word_bridge.json. Result (after round 37's bookkeeping; function hit@5, id hit@5 / id "
    "nDCG@10): pooled halves B zh 0.927, 0.778 / 0.486 -> 0.927, 0.782 / 0.494, en 0.927, 0.785 / 0.489 -> 0.926, "
    "0.793 / 0.495; halves A rose on every figure; SMART's pooled halves identical. English function hit@5 on the "
    "halves B is lower by one query: the rule FAILS and the archetypes were not merged (branch lead37c at aab19b2 "
    "reproduces the judged run). A lead correction of the user-visible HR example (rule committed first, 784689a; "
    "benchmarks/results/suggest_round37_retain_talent.md): 'retain talent' wordings as keywords of the "
    "talent-retention strategy template, judged once as a correction (no suggestion figure lower on the pooled halves "
    "B of fresh 1-27, SMART not lower): Chinese id nDCG@10 on the halves B 0.4855 -> 0.4853, every other suggestion "
    "figure identical, SMART halves A one true positive more: it FAILS and is not merged (branch lead37r at 5e3552a). "
    "Test run of round 37, once, at the next session's first commit (068a44c: round 36's engine, 854 archetypes, "
    "linking round 33's models): the twenty-eighth fresh set (100 queries, 50 zh / 50 en: 50 role queries from O*NET "
    "and 职业分类大典2022 occupations no earlier set used, 26 department strategies, 24 strategies; 45 of its 50 main "
    "ids repeat an earlier text's main id in a new setting) gives function hit@5 zh 0.940 / en 0.940, id hit@5 0.740 "
    "/ 0.800, id nDCG@10 0.421 / 0.441 (BM25 in the same run 0.740 / 0.620, 0.580 / 0.480, 0.390 / 0.263): goals "
    "missed in both languages; the engine ahead of BM25 on every figure. Round 36's test-run code (commit 81c74e6) "
    "on the same queries, run afterwards for comparison only (the queries copied over its test split's file, "
    "`--split fresh27 --no-write`), gives the same figures to the last digit. Then, by a rule with a tolerance fixed "
    "before this test run (benchmarks/results/suggest_held_changes_rule.md, commit 068a44c), the two changes held "
    "on branches were judged once more on fresh28, which neither had seen: content round 37 (920 archetypes) fails "
    "it (the sum of the id-level figures 2.385 against 2.402) and stays on branch lead38c; the 'retain talent' "
    "keywords pass it (every figure identical, the HR example lists key-position turnover 5th) and were merged."
)


ROUND_38 = (
    "Round 38 (issue 12): the twenty-eighth fresh set (round 37's test set, run once then) is development data, "
    "split by occupation / query like the twenty-seventh (half A may be read, half B never listed); the test part is "
    "the twenty-ninth fresh set (`suggest_queries_fresh29.yaml`, labelled by another person; measured when present, "
    "never listed). The defaults on the development parts (`python benchmarks/suggest_quality.py --data "
    "/work/shared/data/external --no-write --halves-json PATH`, no test set present; function hit@5, id hit@5 / id "
    "nDCG@10): the twenty-eighth set whole zh 0.940, 0.740 / 0.421, en 0.940, 0.800 / 0.441 (its test-run figures), "
    "half A zh 0.926, 0.741 / 0.422, en 0.920, 0.680 / 0.391, half B zh 0.957, 0.739 / 0.421, en 0.960, 0.920 / "
    "0.492; pooled halves A of the fresh sets 1-28 zh 0.930, 0.791 / 0.488, en 0.941, 0.781 / 0.462 (714 / 734 "
    "queries); pooled halves B zh 0.928, 0.776 / 0.483, en 0.929, 0.790 / 0.489 (706 / 686 queries; the before "
    "figures of the round). No change to the suggestion engine in this step. fresh28A's 15 id-level misses classed "
    "(benchmarks/results/suggest_round38_misses.md: a1 7, a2 1, a3 5, a4 1, b 1, c 0; pooled over rounds 21-38: 284, "
    "a1 99, a2 21, a3 92, a4 7, b 46, c 19); of the 14 (a) misses 3 are jobs no archetype names and 6 near one "
    "(content), 4 strategies read as a job, 1 English title read by the name it excludes ('Medical Scientists, Except "
    "Epidemiologists'); (b) is still the largest class that is not a content gap. The brief's user-visible weak spot "
    "('Sales department: the company's strategy is to raise market share' and 销售部：公司战略目标是提高市场份额 put "
    "revenue growth 6th, moved out of the first five by department_second for a second sales text match): two forms "
    "probed on the halves A lost there and were not judged (department_second never moving a measure of the stated "
    "template: Chinese id hit@5 0.7913 -> 0.7885, English 0.7807 -> 0.7793; the template's keywords silent in the "
    "department's text match: 0.7885 / 0.7779); the weak spot stays. Lever of round 38, fixed and committed before "
    "its judged run (commit 01143da), aimed at the Chinese (a3) misses read wrong through the word bridge: a role read "
    "through the bridge pins its typical indicators only at cosine >= 0.53 (`IndicatorSuggester(bridge_pin=True)`, "
    "`role_prior._BRIDGE_PIN`; the role stays read; English untouched; probed on the halves A only, floors 0.52-0.65 "
    "and never, 0.53 the best Chinese id hit@5 there: 0.7913 -> 0.7941, function hit@5 0.9300 -> 0.9356, id nDCG@10 "
    "0.4878 -> 0.4873). Rule, the round's new shape (`python benchmarks/suggest_bridge_pin.py off|on PATH`, `... "
    "--smart off|on`, `... --speed off|on`, `... --verdict OFF ON`; its docstring): on the pooled halves B of fresh "
    "sets 1-28, (1) the sum of id hit@5 zh + en higher with the switch on; (2) none of the six figures lower by more "
    "than two queries' worth (2/N for a hit rate, N 706 zh / 686 en; 0.003 for nDCG@10); (3) SMART's pooled halves "
    "TP not lower and FP not higher by more than 1 in each half; (4) p50 at 10,000 indicators on <= 10 ms and not "
    "more than 1.0 ms above off, run off then on. Result (run once, at commit 01143da; function hit@5, id hit@5 / id "
    "nDCG@10, off -> on): pooled halves B zh 0.9278, 0.7762 / 0.4834 -> 0.9306, 0.7762 / 0.4810, en 0.9286, 0.7901 / "
    "0.4891 unchanged (the primary sum 1.5663 both: not higher; every figure within its tolerance); zh fresh6B and "
    "fresh22B higher, fresh5B and fresh20B lower at id hit@5; halves A as probed (the off run equals the bookkeeping "
    "run); SMART's pooled halves identical (A 370 / 48 / 278, B 394 / 41 / 342, TP / FP / FN); p50 14.62 ms off, "
    "18.15 ms on (p95 555 / 822 ms; load average about 3.8 on the 2-core machine; off is over 10 ms too). The "
    "primary figure is not higher and the speed condition is not met: the rule FAILS and `bridge_pin` stays off "
    "(False); the table below is without it. Found after the run: the four bridge misses of fresh28A are read at "
    "cosines 0.57-0.71, above the floor (the 0.50 of the misses list is the bridged reading's constant confidence), "
    "so the switch did not touch them. Retired later in the session (lead): kpiguide/suggest/engine.py and "
    "role_prior.py are as before the lever (commit 01143da's parent), benchmarks/suggest_bridge_pin.py and its unit "
    "test removed, the LEVERS entry dropped; commit 602361e reproduces the judged run."
    " Test run of round 38, once, at the next session's first commit (542f771: round 37's engine with the 'retain "
    "talent' keywords, 854 archetypes, linking round 33's models with the vocabulary of round 35): the twenty-ninth "
    "fresh set (100 queries, 50 zh / 50 en: 50 role queries from O*NET and 职业分类大典2022 occupations no earlier set "
    "used, 26 department strategies, 24 strategies; of its 50 main ids, the 11 no earlier text had as its main id "
    "and 39 repeats in a new setting) gives function hit@5 zh 0.860 / en 0.840, id hit@5 0.680 / 0.640, id nDCG@10 "
    "0.403 / 0.306 (BM25 in the same run 0.800 / 0.660, 0.540 / 0.420, 0.340 / 0.193): goals missed in both "
    "languages, every figure lower than on fresh28 (0.940 / 0.940, 0.740 / 0.800, 0.421 / 0.441); the engine ahead "
    "of BM25 on every figure. Round 37's test-run code (commit 068a44c) on the same queries, run afterwards for "
    "comparison only (the queries copied over its test split's file, `--split fresh28 --no-write`), gives the same "
    "figures to the last digit."
)


ROUND_39 = (
    "Round 39 (issue 12): the twenty-ninth fresh set (round 38's test set, run once then by the lead; its figures in "
    "the ROUND_38 note) is development data, split by occupation / query like the twenty-eighth (half A may be read, "
    "half B never listed); the test part is the thirtieth fresh set (`suggest_queries_fresh30.yaml`, labelled by "
    "another person; measured when present, never listed). The defaults on the development parts (`python "
    "benchmarks/suggest_quality.py --data /work/shared/data/external --no-write --halves-json PATH`, no test set "
    "present; function hit@5, id hit@5 / id nDCG@10): the twenty-ninth set's half A zh 0.808, 0.731 / 0.424 (26 "
    "queries), en 0.897, 0.724 / 0.347 (29); pooled halves A of the fresh sets 1-29 zh 0.926, 0.789 / 0.486, en "
    "0.940, 0.779 / 0.458 (740 / 763 queries); pooled halves B zh 0.9274, 0.7712 / 0.4798, en 0.9236, 0.7822 / "
    "0.4820 (730 / 707 queries; the before figures of the round). No change to the suggestion engine in this step. "
    "fresh29A's 15 id-level misses classed (benchmarks/results/suggest_round39_misses.md: a1 6, a2 1, a3 6, a4 0, b 2, "
    "c 0; pooled over rounds 21-39: 299, a1 105, a2 22, a3 98, a4 7, b 48, c 19); of the 13 (a) misses 5 are jobs no "
    "archetype names and 5 near one (content; two of them Chinese texts naming a library job without the 师 of its "
    "name: 心理咨询 for 心理咨询师, 健康管理 for 健康管理师), 2 English strategies read as a job by meaning, 1 a Chinese "
    "pricing strategy in which nothing is read; (b) is still the largest class that is not a content gap (both of "
    "this round's read a wrong strategy template). Noticed, left alone: the English title 'Orthoptists' gets an "
    "empty list. Lever of round 39, fixed and committed before its judged run (commit f6a9911), aimed at the Chinese "
    "id-level misses (Chinese the weaker language at id level on the pooled halves B): a Chinese text that names no "
    "department, no role by its title and states no strategy, and holds the stem of exactly one role's Chinese name "
    "ending in 师 (at least 4 characters, no role's own name), is read as that role's job, first, at confidence 0.65, "
    "when its words also fit the role's names and duties among the first 5 roles (`IndicatorSuggester(job_stem=True)`, "
    "`engine.job_stems`, round 29's mention rule `role_prior._MENTION_PLACE`; English untouched; probed on the halves "
    "A only: the stem always first lost more than it gained, zh id hit@5 0.7892 -> 0.7878; the first clause only "
    "0.7892 both; the form judged 0.7892 -> 0.7905, function hit@5 0.9257 -> 0.9270, id nDCG@10 0.4860 -> 0.4866, "
    "English identical). Rule, round 38's shape (`python benchmarks/suggest_job_stem.py off|on PATH`, `... --smart "
    "off|on`, `... --speed off|on`, `... --verdict OFF ON`; its docstring): on the pooled halves B of fresh sets 1-29, "
    "(1) the sum of id hit@5 zh + en higher with the switch on; (2) none of the six figures lower by more than two "
    "queries' worth (2/N for a hit rate, N 730 zh / 707 en; 0.003 for nDCG@10); (3) SMART's pooled halves TP not "
    "lower and FP not higher by more than 1 in each half; (4) p50 at 10,000 indicators on <= 10 ms and not more than "
    "1.0 ms above off, run off then on. Result (run once, at commit f6a9911; function hit@5, id hit@5 / id nDCG@10, "
    "off -> on): pooled halves B zh 0.9274, 0.7712 / 0.4798 -> 0.9274, 0.7712 / 0.4806, en 0.9236, 0.7822 / 0.4820 "
    "unchanged (the primary sum 1.5534 both: not higher; every figure within its tolerance; no half B's id hit@5 "
    "changed); halves A as probed (the off run equals the bookkeeping run); SMART's pooled halves identical (A 384 / "
    "48 / 290, B 406 / 42 / 354, TP / FP / FN); p50 12.87 ms off, 9.22 ms on (p95 337 / 583 ms; load average about "
    "2.9 on the 2-core machine). The primary figure is not higher: the rule FAILS and `job_stem` stays off (False); "
    "the table below is without it. Retired later in the session (lead): kpiguide/suggest/engine.py is as before the "
    "lever (commit f6a9911's parent), benchmarks/suggest_job_stem.py and tests/suggest/test_job_stem.py removed, the "
    "LEVERS entry dropped; commit 53285d9 (branch h225) reproduces the judged run."
    " Test run of round 39, once, at the next session's first commit (f5c66b3: round 38's engine, 854 archetypes, "
    "linking round 36's retrained models and vocabulary): the thirtieth fresh set (100 queries, 50 zh / 50 en: 50 "
    "role queries from O*NET and 职业分类大典2022 occupations no earlier set used, 26 department strategies, 24 "
    "strategies; all 50 main ids repeats, each the main id of exactly one earlier text of fresh .. fresh20, in a new "
    "setting) gives function hit@5 zh 0.860 / en 0.840, id hit@5 0.680 / 0.740, id nDCG@10 0.375 / 0.421 (BM25 in "
    "the same run 0.740 / 0.720, 0.580 / 0.500, 0.324 / 0.222): goals missed in both languages; against fresh29 "
    "(0.860 / 0.840, 0.680 / 0.640, 0.403 / 0.306) English id-level figures higher, Chinese nDCG@10 lower; the "
    "engine ahead of BM25 on every figure. Round 38's test-run code (commit 542f771) on the same queries, run "
    "afterwards for comparison only (the queries copied over its test split's file, `--split fresh29 --no-write`), "
    "gives the same figures to the last digit."
)


ROUND_40 = (
    "Round 40 (issue 12): the thirtieth fresh set (round 39's test set, run once then by the lead; its figures in the "
    "ROUND_39 note) is development data, split by occupation / query like the twenty-ninth (half A may be read, half "
    "B never listed); the test part is the thirty-first fresh set (`suggest_queries_fresh31.yaml`, labelled by "
    "another person; measured when present, never listed). The defaults on the development parts (`python "
    "benchmarks/suggest_quality.py --data /work/shared/data/external --no-write --halves-json PATH`, no test set "
    "present; function hit@5, id hit@5 / id nDCG@10): the thirtieth set whole zh 0.860, 0.680 / 0.375, en 0.840, "
    "0.740 / 0.421 (its test-run figures), half A zh 0.952, 0.714 / 0.426 (21 queries), en 0.800, 0.760 / 0.465 "
    "(25); pooled halves A of the fresh sets 1-30 zh 0.926, 0.787 / 0.484, en 0.935, 0.778 / 0.458 (761 / 788 "
    "queries); pooled halves B zh 0.9223, 0.7668 / 0.4744, en 0.9221, 0.7801 / 0.4784 (759 / 732 queries; the before "
    "figures of the round). No change to the suggestion engine in this step. fresh30A's 12 id-level misses classed "
    "(benchmarks/results/suggest_round40_misses.md: a1 4, a2 0, a3 6, a4 0, b 2, c 0; pooled over rounds 21-40: 311, "
    "a1 109, a2 22, a3 104, a4 7, b 50, c 19); of the 10 (a) misses 4 are jobs no archetype names and 6 near one "
    "(content); (b) is still the largest class that is not a content gap. Noticed, left alone: the English title "
    "'Cartographers and Photogrammetrists' gets an empty list. Lever of round 40, fixed and committed before its "
    "judged run, aimed at the Chinese id-level misses (Chinese the weaker language at id level on the pooled halves "
    "B), there the workers' bare titles ending in 工 (on the pooled halves A: 36 such titles, 22 id-level misses, 19 "
    "of them read as nothing or as a strategy area only, 工 reading the multi-skilled-workforce template and 制造 the "
    "manufacturing-cost one): a Chinese text that is only a bare title ending in 工 (2-12 characters; not 员工, 人工, "
    "施工 ...), in which no department and no role is read by its words, is read as the library's general production "
    "operator (操作工, `pd_operator`, described, first, confidence 0.55), not through the word bridge, and no strategy "
    "area is read in it (`IndicatorSuggester(worker_title=True)`, `engine._worker_title`; English untouched; probed on "
    "the halves A only: the first form, up to 16 characters, zh id hit@5 0.7871 -> 0.8042 with one strategy ending "
    "in 人工 in scope by mistake; the form judged 0.7871 -> 0.8042, 13 gained, none lost, function hit@5 0.9264 -> "
    "0.9277, id nDCG@10 0.4843 -> 0.4909, English identical). Rule, round 38's shape (`python "
    "benchmarks/suggest_worker_title.py off|on PATH`, `... --smart off|on`, `... --speed off|on`, `... --verdict OFF "
    "ON`; its docstring): on the pooled halves B of fresh sets 1-30, (1) the sum of id hit@5 zh + en higher with the "
    "switch on; (2) none of the six figures lower by more than two queries' worth (2/N for a hit rate, N 759 zh / 732 "
    "en; 0.003 for nDCG@10); (3) SMART's pooled halves TP not lower and FP not higher by more than 1 in each half; (4) "
    "p50 at 10,000 indicators on <= 10 ms and not more than 1.0 ms above off, run off then on. Result (run once, at "
    "commit 10e196b; function hit@5, id hit@5 / id nDCG@10, off -> on): pooled halves B zh 0.9223, 0.7668 / 0.4744 -> "
    "0.9223, 0.7787 / 0.4807, en 0.9221, 0.7801 / 0.4784 unchanged (the primary sum 1.5469 -> 1.5588: higher; every "
    "figure within its tolerance); Chinese id hit@5 higher on 9 halves B, lower on 1 (fresh14B), no English half "
    "changed; halves A as probed (the off run equals the bookkeeping run); SMART's pooled halves identical (A 403 / 49 "
    "/ 301, B 420 / 42 / 360, TP / FP / FN); p50 8.78 ms off, 7.57 ms on (p95 587 / 602 ms; load average about 5 on "
    "the 2-core machine). Every part holds: the rule PASSES and `worker_title` is on (True)."
    " A correction of the same round (lead, branch lead40, merged): `role_owned` (`IndicatorSuggester(role_owned=True)`, "
    "`role_prior.department_role_kpis`): with a department read, other functions' indicators that the department's "
    "jobs for any company carry as core KPIs in the role library count as its own when a stated strategy's measures "
    "are ordered (suggest and cascade) and when `department_second` picks the foreign indicator it moves; aimed at "
    "the issue's Done-when market-share case (sales growth 6th in zh and en). Probed on the halves A of fresh 1-29 "
    "only: en id hit@5 0.7785 -> 0.7772, zh unchanged, so judged as a correction by a rule committed first "
    "(`benchmarks/suggest_role_owned.py`: primary the case itself; the six pooled half-B figures of fresh 1-29 within "
    "two queries; SMART within 1; speed). Result, once, at 2eb1cb6 (before this round's bookkeeping and worker_title "
    "were merged): the case lists new customers and sales growth in the first five in both languages; pooled halves "
    "B zh id hit@5 0.7712 -> 0.7726, en 0.7822 -> 0.7808, nDCG@10 within 0.002, function hit@5 and SMART identical; "
    "p50 9.35 ms on, 10.41 off under load: PASSES, on by default."
    " Test run of round 40, once, at the end of the same session (4bfc74e: worker_title and role_owned on, linking "
    "round 37's models): the thirty-first fresh set (100 queries, 50 zh / 50 en: 50 role queries from O*NET and "
    "职业分类大典2022 occupations no earlier set used, 26 department strategies, 24 strategies; all 50 main ids "
    "repeats among the ids used once as main id, none a fresh30 main id) gives function hit@5 zh 0.860 / en 0.880, "
    "id hit@5 0.780 / 0.720, id nDCG@10 0.495 / 0.408 (BM25 in the same run 0.740 / 0.740, 0.600 / 0.480, 0.373 / "
    "0.261): goals missed in both languages; the engine ahead of BM25 on every figure. Round 39's test-run code "
    "(commit f5c66b3, without worker_title and role_owned) on the same queries, run afterwards for comparison only "
    "(the queries copied over its test split's file, `--split fresh30 --no-write`), gives the same figures to the "
    "last digit: neither switch changed a first five of this set."
    " Test run of the thirty-second fresh set, once, at the next session's first commit (7ef9d28: round 40's engine, "
    "role_owned's lookup named once; in a detached worktree, the queries copied over the test split's file, `python "
    "benchmarks/suggest_quality.py --data /work/shared/data/external --split fresh31 --no-write`): 100 queries (50 zh "
    "/ 50 en: 50 role queries from occupations no earlier set used, 26 department strategies, 24 strategies; all 50 "
    "main ids repeats among the ids used once as main id, none a fresh30 or fresh31 main id) give function hit@5 zh "
    "0.780 / en 0.840, id hit@5 0.660 / 0.700, id nDCG@10 0.422 / 0.379 (BM25 in the same run 0.680 / 0.640, 0.560 / "
    "0.380, 0.378 / 0.217): goals missed in both languages; the engine ahead of BM25 on every figure. Round 39's "
    "test-run code (commit f5c66b3, before round 40) on the same queries, run afterwards for comparison only (copied "
    "over its test split's file, `--split fresh30 --no-write`): the same figures but zh nDCG@10 0.427: round 40's "
    "changes moved no query in or out of a first five here. Most of this set's English role queries are occupations "
    "outside the catalog's functions (legislators, embalmers, judges; the unused O*NET occupations are running out)."
)


ROUND_41 = (
    "Round 41 (issue 12): the thirty-first fresh set (round 40's test set, run once then) and the thirty-second "
    "(labelled for a later round, run once by the lead at commit 7ef9d28, round 40's engine; both test runs' figures "
    "in the ROUND_40 note) are development data, each split by occupation / query like the thirtieth (half A may be "
    "read, half B never listed); the test part is the thirty-third fresh set (`suggest_queries_fresh33.yaml`, "
    "labelled by another person; measured when present, never listed). The defaults on the development parts "
    "(`python benchmarks/suggest_quality.py --data /work/shared/data/external --no-write --halves-json PATH`, no test "
    "set present; function hit@5, id hit@5 / id nDCG@10): the thirty-first set whole zh 0.860, 0.780 / 0.495, en "
    "0.880, 0.720 / 0.408, the thirty-second whole zh 0.780, 0.660 / 0.422, en 0.840, 0.700 / 0.379 (their test-run "
    "figures); fresh31A zh 0.818, 0.773 / 0.484 (22 queries), en 0.955, 0.773 / 0.436 (22); fresh32A zh 0.818, "
    "0.773 / 0.492 (22), en 0.727, 0.682 / 0.387 (22); pooled halves A of the fresh sets 1-32 zh 0.9217, 0.8025 / "
    "0.4907, en 0.9303, 0.7740 / 0.4540 (805 / 832 queries); pooled halves B zh 0.9153, 0.7730 / 0.4765, en 0.9188, "
    "0.7728 / 0.4711 (815 / 788 queries; the before figures of the round). No change to the suggestion engine in "
    "this step. fresh31A's and fresh32A's 22 id-level misses classed (benchmarks/results/suggest_round41_misses.md: "
    "a1 9, a2 1, a3 9, a4 0, b 2, c 1; pooled over rounds 21-41: 333, a1 118, a2 23, a3 113, a4 7, b 52, c 20); of "
    "the 19 (a) misses 10 are jobs no archetype names, 5 near one, 4 strategies read as a job or as nothing; (b) is "
    "still the largest class that is not a content gap. Lever of round 41, the brief's option (b) (the case the lead "
    "noticed in round 40; option (a) not probed, for the deadline), fixed and committed before its judged run "
    "(commit 35b20ee): with a department read and a stated strategy whose template the department does not own, the "
    "role-carried indicators of other functions (`role_owned`) weigh less than the department's own function's "
    "indicators on it, so 'Strategy: raise customer satisfaction. Department: supply chain' lists supply chain's "
    "delivery satisfaction first instead of quality's customer complaint rate; a strategy the department owns keeps "
    "its order (`IndicatorSuggester(own_first=True)`, `engine._own_first`; probed on the halves A only: function "
    "hit@5 and id hit@5 identical in both languages, id nDCG@10 zh 0.4907 -> 0.4912, en 0.4540 -> 0.4549, 15 lists "
    "changed, all department strategies). Rule, role_owned's held-change shape (`python "
    "benchmarks/suggest_own_first.py off|on PATH`, `... --case`, `... --verdict OFF ON`, `... --smart off|on`, `... "
    "--speed off|on`; its docstring): (1) the named case fixed with the switch on and not off, role_owned's "
    "market-share cases kept, and on the pooled halves B of fresh sets 1-32 the sum of id hit@5 zh + en not lower; "
    "(2) none of the six figures lower by more than two queries' worth (2/N, N 815 zh / 788 en; 0.003 for nDCG@10); "
    "(3) SMART's pooled halves TP not lower and FP not higher by more than 1 in each half; (4) p50 at 10,000 "
    "indicators on <= 10 ms and not more than 1.0 ms above off, run off then on. Result (run once, at commit 35b20ee, "
    "03:15-03:24 UTC; function hit@5, id hit@5 / id nDCG@10, off -> on): the named case lists delivery satisfaction "
    "first (off: the complaint rate first), the market-share cases keep revenue growth and new customers in the "
    "first five; pooled halves B zh 0.9153, 0.7730 / 0.4765 -> 0.9153, 0.7730 / 0.4768, en 0.9188, 0.7728 / 0.4711 "
    "-> 0.9188, 0.7728 / 0.4716 (the primary sum 1.5458 both: not lower; no half's id hit@5 changed; every figure "
    "within its tolerance); halves A as probed (the off run equals the bookkeeping run); SMART's pooled halves "
    "identical (A 419 / 48 / 315, B 427 / 43 / 373, TP / FP / FN); p50 8.20 ms off, 8.16 ms on (p95 436 / 493 ms; "
    "load average about 4 on the 2-core machine). Every part holds: the rule PASSES and `own_first` is on (True)."
    " Test run of round 41, once, at the end of the same session (c08ed55: own_first on, linking round 38's models; "
    "`python benchmarks/suggest_quality.py --data /work/shared/data/external`): the thirty-third fresh set (100 "
    "queries, 50 zh / 50 en; its English role queries 16 unused occupations and 9 role_duties from occupations used "
    "once before, after 9 of 13 postsecondary teachers were replaced before any run) gives function hit@5 zh 0.840 / "
    "en 0.780, id hit@5 0.620 / 0.660, id nDCG@10 0.332 / 0.378 (BM25 in the same run 0.760 / 0.760, 0.500 / 0.440, "
    "0.315 / 0.285): goals missed in both languages; the engine ahead of BM25 on every figure but English function "
    "hit@5 (0.780 against 0.760, one query). The session's first commit (7ef9d28, round 40's engine) on the same "
    "queries, run afterwards for comparison only (copied over its test split's file, `--split fresh31 --no-write`): "
    "the same figures to the last digit: own_first and round 38's linking models changed no first five here."
)

ROUND_42 = (
    "Round 42 (issue 12): the thirty-third fresh set (round 41's test set, run once then) is development data, split "
    "by occupation / query like the thirty-second (half A may be read, half B never listed); the test part is the "
    "thirty-fourth fresh set (`suggest_queries_fresh34.yaml`, labelled by another person; measured when present, "
    "never listed). The defaults on the development parts (`python benchmarks/suggest_quality.py --data "
    "/work/shared/data/external --no-write --halves-json PATH`, no test set present; function hit@5, id hit@5 / id "
    "nDCG@10): the thirty-third set whole zh 0.840, 0.620 / 0.332, en 0.780, 0.660 / 0.378 (its test-run figures); "
    "fresh33A zh 0.862, 0.586 / 0.356 (29 queries), en 0.875, 0.708 / 0.409 (24); pooled halves A of the fresh sets "
    "1-33 zh 0.9197, 0.7950 / 0.4865, en 0.9287, 0.7722 / 0.4536 (834 / 856 queries); pooled halves B zh 0.9127, "
    "0.7703 / 0.4723, en 0.9115, 0.7678 / 0.4677 (836 / 814 queries; the before figures of the round). No change to "
    "the suggestion engine in this step. fresh33A's 19 id-level misses classed (benchmarks/results/"
    "suggest_round42_misses.md: a1 4, a2 2, a3 8, a4 2, b 2, c 1; pooled over rounds 21-42: 352, a1 122, a2 25, a3 "
    "121, a4 9, b 54, c 21); of the 16 (a) misses 8 are jobs no archetype names; (b) is still the largest class that "
    "is not a content gap. Lever of round 42, aimed at (b), fixed and committed before its judged run (commit "
    "2084325): `department_text`'s lift for a stated strategy with no department read: a Chinese text that reads a "
    "strategy at confidence 0.3 or more and no department has the usable indicator its text matches best at place 2 "
    "unless already in the first five (`IndicatorSuggester(strategy_text=True)`, `engine._strategy_text`, since the same session `engine._lift_best`, which department_text uses too; probed on "
    "the halves A only: for both languages and any strategy id hit@5 zh unchanged, en one query lower, en id nDCG@10 "
    "-0.0034; narrowed to Chinese with a strategy at 0.3 or more: 19 lists changed, id hit@5 unchanged, zh id "
    "nDCG@10 +0.0007, function hit@5 one query higher). Rule, round 40's shape (`python "
    "benchmarks/suggest_strategy_text.py off|on PATH`, `... --verdict OFF ON`, `... --smart off|on`, `... --speed "
    "off|on`; its docstring): (1) on the pooled halves B of fresh sets 1-33 the sum of id hit@5 zh + en higher; (2) "
    "none of the six figures lower by more than two queries' worth (2/N, N 836 zh / 814 en; 0.003 for nDCG@10); (3) "
    "SMART's pooled halves TP not lower and FP not higher by more than 1 in each half; (4) p50 at 10,000 indicators "
    "on <= 10 ms and not more than 1.0 ms above off. Result (run once, at commit 2084325, 04:23-04:29 UTC; function "
    "hit@5, id hit@5 / id nDCG@10, off -> on): pooled halves B zh 0.9127, 0.7703 / 0.4723 -> 0.9151, 0.7739 / "
    "0.4742, en 0.9115, 0.7678 / 0.4677 unchanged (the primary sum 1.5381 -> 1.5417: higher; Chinese id hit@5 up on "
    "fresh23B, fresh25B and fresh29B, down on none); halves A zh 0.9197, 0.7950 / 0.4865 -> 0.9209, 0.7950 / 0.4871, "
    "en unchanged; SMART's pooled halves identical (A 438 / 49 / 331, B 459 / 50 / 406, TP / FP / FN); p50 4.42 ms "
    "off, 4.58 ms on. Every part holds: the rule PASSES and `strategy_text` is on (True); one unit test re-pinned with a "
    "comment (a pasted 100 KB customer service document now lists quality's complaint resolution satisfaction, the "
    "text's best match, first, and customer service's four after it)."
    " Test run of round 42, once, at the end of the same session (eea03ce: own_first and strategy_text on, linking "
    "round 38's models; `python benchmarks/suggest_quality.py --data /work/shared/data/external`): the thirty-fourth "
    "fresh set (100 queries, 50 zh / 50 en; 21 of its 25 English role queries role_duties from O*NET occupations used "
    "once before, whose earlier query is development data, as no unused occupation left fits the catalog) gives "
    "function hit@5 zh 0.860 / en 0.920, id hit@5 0.620 / 0.840, id nDCG@10 0.311 / 0.511 (BM25 in the same run 0.780 "
    "/ 0.840, 0.540 / 0.700, 0.315 / 0.408): goals missed in both languages (English id hit@5 one query short of "
    "0.85); BM25 ahead on Chinese nDCG@10 (0.315 against 0.311). Round 41's test-run code (commit c08ed55, without "
    "strategy_text) on the same queries, run afterwards for comparison only (copied over its test split's file, "
    "`--split fresh33 --no-write`): the same figures to the last digit."
    " Test run of the thirty-fifth fresh set (labelled last session for round 43, all 25 English role queries "
    "role_duties from O*NET occupations used once before), once, at the next session's first commit (de2b575: round "
    "42's engine, linking round 38's models; in a detached worktree, the set copied over the test split's file, "
    "`python benchmarks/suggest_quality.py --data /work/shared/data/external --split fresh34 --no-write`): function "
    "hit@5 zh 0.860 / en 0.940, id hit@5 0.680 / 0.860, id nDCG@10 0.390 / 0.478 (BM25 in the same run 0.780 / 0.800, "
    "0.580 / 0.600, 0.386 / 0.312): goals missed in both languages but English id hit@5 (0.860, the first test set on "
    "which one id-level goal is met); the engine ahead of BM25 on every figure. The code before last session's rounds "
    "(commit 7ef9d28) on the same queries, run afterwards for comparison only (copied over its test split's file, "
    "`--split fresh31 --no-write`): the same figures to the last digit."
)


ROUND_43 = (
    "Round 43 (issue 12): the thirty-fourth fresh set (round 42's test set, run once then) and the thirty-fifth "
    "(labelled for a later round, run once by the lead at commit de2b575, round 42's engine; both test runs' figures "
    "in the ROUND_42 note) are development data, each split by occupation / query like the thirty-third (half A may be "
    "read, half B never listed); the test part is the thirty-sixth fresh set (`suggest_queries_fresh36.yaml`, "
    "labelled by another person; measured when present, never listed). The defaults on the development parts "
    "(`python benchmarks/suggest_quality.py --data /work/shared/data/external --no-write --halves-json PATH`, no test "
    "set present; function hit@5, id hit@5 / id nDCG@10): the thirty-fourth set whole zh 0.860, 0.620 / 0.311, en "
    "0.920, 0.840 / 0.511, the thirty-fifth whole zh 0.860, 0.680 / 0.390, en 0.940, 0.860 / 0.478 (their test-run "
    "figures); fresh34A zh 0.737, 0.579 / 0.269 (19 queries), en 0.917, 0.792 / 0.531 (24); fresh35A zh 0.833, "
    "0.708 / 0.397 (24), en 0.893, 0.750 / 0.439 (28); pooled halves A of the fresh sets 1-35 zh 0.9145, 0.7879 / "
    "0.4800, en 0.9273, 0.7720 / 0.4552 (877 / 908 queries); pooled halves B zh 0.9149, 0.7660 / 0.4668, en 0.9142, "
    "0.7773 / 0.4700 (893 / 862 queries; the before figures of the round). No change to the suggestion engine in this "
    "step. fresh34A's and fresh35A's 27 id-level misses classed (benchmarks/results/suggest_round43_misses.md: a1 4, "
    "a2 2, a3 9, a4 0, b 7, c 5; pooled over rounds 21-43: 379, a1 126, a2 27, a3 130, a4 9, b 61, c 26); of the 15 "
    "(a) misses 8 are jobs no archetype names and 4 near one; (b) is still the largest class that is not a content "
    "gap; 11 of the 15 Chinese misses are role queries, among them job texts that state no goal yet read a strategy "
    "area from their category words (中医 technicians: the R&D-talent area from 技术人员, R&D indicators first). "
    "Lever of round 43, aimed at that reading of the Chinese role queries, fixed and committed before its judged run "
    "(commit 3047279): in a Chinese text that states no goal and names no department a strategy area counts only when "
    "the text names, by its own words, a function the area's template serves (`IndicatorSuggester(named_area=True)`, "
    "`engine._named_areas`; English untouched; probed on the halves A only: every area silent, zh id hit@5 unchanged, "
    "4 gained and 4 lost; only the l_* areas silent, one query lower; the form judged 0.7879 -> 0.7913, id nDCG@10 "
    "+0.0017, function hit@5 two queries lower, English identical). Rule, round 42's shape (`python "
    "benchmarks/suggest_named_area.py off|on PATH`, `... --verdict OFF ON`, `... --smart off|on`, `... --speed "
    "off|on`; its docstring): (1) on the pooled halves B of fresh sets 1-35 the sum of id hit@5 zh + en higher; (2) "
    "none of the six figures lower by more than two queries' worth (2/N, N 893 zh / 862 en; 0.003 for nDCG@10); (3) "
    "SMART's pooled halves TP not lower and FP not higher by more than 1 in each half; (4) p50 at 10,000 indicators "
    "on <= 10 ms and not more than 1.0 ms above off. Result (run once, at commit 3047279, 06:00-06:09 UTC; function "
    "hit@5, id hit@5 / id nDCG@10, off -> on): pooled halves B zh 0.9149, 0.7660 / 0.4668 -> 0.9149, 0.7716 / "
    "0.4707, en 0.9142, 0.7773 / 0.4700 unchanged (the primary sum 1.5433 -> 1.5489: higher; Chinese id hit@5 up on "
    "six halves B, down on two, fresh16B and fresh20B); halves A zh 0.9145, 0.7879 / 0.4800 -> 0.9122, 0.7913 / "
    "0.4817, en unchanged; SMART's pooled halves identical (A 448 / 50 / 339, B 475 / 51 / 423, TP / FP / FN); p50 "
    "4.89 ms off, 7.82 ms on (load average about 4.5, the round's unit tests running beside both runs): 2.93 ms above "
    "off, more than 1.0 ms. Part (4) fails: the rule FAILS and `named_area` stays off (False); the table below is "
    "without it."
    " Part (4) re-measured (lead), by a protocol written and committed before it ran: the judged run's speed part "
    "was measured while the helper's own unit tests ran beside both runs (load about 4.5), which the rule's 'one "
    "right after the other' assumes away; parts (1)-(3) are not re-run. On a machine with no other engine or test "
    "running (checked with `uptime` and `ps` first), `python benchmarks/suggest_named_area.py --speed off` and "
    "`--speed on` alternately, three times each (off, on, off, on, off, on); part (4) holds if the median of the "
    "three p50s on is <= 10 ms and not more than 1.0 ms above the median of the three off. If it holds, the rule as "
    "a whole passes and `named_area` is turned on (unit tests re-pinned only with a comment); if not, it stays off. "
    "Either way the six figures are recorded here."
    " Result of the re-measurement (lead, at commit c4788d3, 06:32-06:37 UTC; no python process running before it, "
    "load 0.34; h255's unit tests started at 06:35, during the second pair; /tmp/kg/tr42/speed_named_area.txt): p50 "
    "at 10,000 indicators off / on 4.14 / 4.00, 3.97 / 4.10, 4.00 / 4.15 ms (each pair within 0.15 ms); medians "
    "4.00 ms off, 4.10 ms on: on <= 10 ms and 0.10 ms above off. Part (4) holds, and with parts (1)-(3) of the "
    "judged run the rule PASSES: `named_area` is on (True). One unit test re-pinned with a comment (a pasted 100 KB "
    "customer service duty text now lists customer service's CSAT first and quality's complaint resolution "
    "satisfaction second); tests/suggest/test_named_area.py pins the switch."
    " Test run of round 43, once, at the end of the same session (fdec4c6: named_area on, linking round 39's models; "
    "`python benchmarks/suggest_quality.py --data /work/shared/data/external`): the thirty-sixth fresh set (100 "
    "queries, 50 zh / 50 en; all 25 English role queries role_duties from O*NET occupations used once before) gives "
    "function hit@5 zh 0.900 / en 0.880, id hit@5 0.660 / 0.700, id nDCG@10 0.369 / 0.436 (BM25 in the same run "
    "0.880 / 0.800, 0.620 / 0.540, 0.391 / 0.311): goals missed in both languages; BM25 ahead on Chinese nDCG@10 "
    "(0.391 against 0.369). The session's first commit (de2b575, round 42's engine, linking round 38's models) on "
    "the same queries, run afterwards for comparison only (copied over its test split's file, `--split fresh34 "
    "--no-write`): the same figures to the last digit: named_area and round 39's linking models changed no answer "
    "that counts here."
)

ROUND_44 = (
    "Round 44 (issue 12): the thirty-sixth fresh set (round 43's test set, run once by the lead at commit fdec4c6, "
    "round 43's engine; its figures at the end of the ROUND_43 note) is development data, split by occupation / "
    "query like the thirty-fifth (half A may be read, half B never listed); the test part is the thirty-seventh "
    "fresh set (`suggest_queries_fresh37.yaml`, labelled by another person; measured when present, never listed). "
    "The defaults on the development parts (`python benchmarks/suggest_quality.py --data /work/shared/data/external "
    "--no-write --halves-json PATH`, no test set present; function hit@5, id hit@5 / id nDCG@10): the thirty-sixth "
    "set whole zh 0.900, 0.660 / 0.369, en 0.880, 0.700 / 0.436 (its test-run figures); fresh36A zh 0.962, 0.808 / "
    "0.403 (26 queries), en 0.885, 0.731 / 0.491 (26); pooled halves A of the fresh sets 1-36 zh 0.9136, 0.7918 / "
    "0.4794, en 0.9261, 0.7709 / 0.4562 (903 / 934 queries); pooled halves B zh 0.9128, 0.7644 / 0.4671, en 0.9131, "
    "0.7743 / 0.4674 (917 / 886 queries; the before figures of the round). No change to the suggestion engine in "
    "this step. fresh36A's 12 id-level misses classed (benchmarks/results/suggest_round44_misses.md: a1 5, a2 1, a3 "
    "3, a4 0, b 3, c 0; pooled over rounds 21-44: 391, a1 131, a2 28, a3 133, a4 9, b 64, c 26); (b) is still the "
    "largest class that is not a content gap. "
    "Lever of round 44, aimed at it (round 43's two Chinese (b) misses read no industry from the company they name: "
    "住宅开发公司, 电动摩托车厂), fixed and committed before its judged run: a Chinese text that states a goal and names no "
    "industry by the taxonomy's words reads the industry of the organisation it names in its first 16 characters "
    "(`IndicatorSuggester(company_industry=True)`, `engine._company_industries`: a bare factory …厂 is a 工厂, "
    "manufacturing; otherwise the one industry the organisation's words name through the catalog's industry-specific "
    "indicators); English untouched; probed on the halves A only (any Chinese text: zh id hit@5 unchanged, one "
    "gained, one lost; the form judged, goal-stating texts only: 6 lists changed, zh id hit@5 0.7918 -> 0.7929, id "
    "nDCG@10 +0.0004, function hit@5 +1 query, English identical). Rule, round 42's shape (`python "
    "benchmarks/suggest_company_industry.py off|on PATH`, `... --verdict OFF ON`, `... --smart off|on`, `... --speed "
    "off|on` alternately three times each; its docstring): (1) on the pooled halves B of fresh sets 1-36 the sum of "
    "id hit@5 zh + en higher; (2) none of the six figures lower by more than two queries' worth (2/N, N 917 zh / 886 "
    "en; 0.003 for nDCG@10); (3) SMART's pooled halves TP not lower and FP not higher by more than 1 in each half; "
    "(4) medians of the p50s at 10,000 indicators on <= 10 ms and not more than 1.0 ms above off. Result (run once, "
    "at commit 5dfc302, 07:08-07:19 UTC; function hit@5, id hit@5 / id nDCG@10, off -> on): pooled halves B zh "
    "0.9128, 0.7644 / 0.4671 -> 0.9128, 0.7644 / 0.4672, en 0.9131, 0.7743 / 0.4674 unchanged (the primary sum "
    "1.5387 -> 1.5387: NOT higher; no half B changed its id hit@5); halves A zh 0.9136, 0.7918 / 0.4794 -> 0.9147, "
    "0.7929 / 0.4798, en unchanged; SMART's pooled halves identical (A 472 / 56 / 361, B 503 / 57 / 451, TP / FP / "
    "FN); p50 at 10,000 indicators off / on 4.63 / 4.09, 4.42 / 4.14, 3.83 / 3.91 ms, medians 4.42 off / 4.09 on "
    "(holds). Part (1) fails: the rule FAILS and `company_industry` stays off (False); the table below is without it."
    " Retired later in the session (lead): kpiguide/suggest/engine.py is as before the lever (commit 5dfc302's "
    "parent), benchmarks/suggest_company_industry.py and tests/suggest/test_company_industry.py removed, the LEVERS "
    "entry dropped; commit e5dd1b4 reproduces the judged run."
    " Test run of round 44, once, at the next session's first commit (c1964df: round 43's named_area on, round 44's "
    "lever retired, linking round 39's models with round 40's mined vocabulary; `python benchmarks/suggest_quality.py "
    "--data /work/shared/data/external`): the thirty-seventh fresh set (100 queries, 50 zh / 50 en; all 25 English "
    "role queries role_duties from O*NET occupations used once before) gives function hit@5 zh 0.860 / en 0.900, id "
    "hit@5 0.700 / 0.840, id nDCG@10 0.355 / 0.499 (BM25 in the same run 0.840 / 0.820, 0.620 / 0.560, 0.400 / "
    "0.377): goals missed in both languages (English id hit@5 0.840 against 0.85: one query short); BM25 ahead on "
    "Chinese nDCG@10 (0.400 against 0.355), as on fresh36. The previous session's first commit (de2b575, round 42's "
    "engine, linking round 38's models) on the same queries, run afterwards for comparison only (copied over its "
    "test split's file, `--split fresh34 --no-write`): Chinese function hit@5 0.840, id hit@5 0.680, id nDCG@10 "
    "0.338, English identical: the changes between the two commits (named_area, linking round 39's models and "
    "vocabulary) gained one Chinese query at both levels and 0.017 of Chinese nDCG@10 (fresh35 and fresh36 had "
    "been identical to their comparison commits); which of the changes did it was not measured."
)


ROUND_45 = (
    "Round 45 (issue 12): the thirty-seventh fresh set (round 44's test set, run once by the lead at commit c1964df, "
    "round 43's engine with round 44's lever retired; its figures at the end of the ROUND_44 note) is development "
    "data, split by occupation / query like the thirty-sixth (half A may be read, half B never listed); the test part "
    "is the thirty-eighth fresh set (`suggest_queries_fresh38.yaml`, labelled by another person; measured when "
    "present, never listed). The defaults on the development parts (`python benchmarks/suggest_quality.py --data "
    "/work/shared/data/external --no-write --halves-json PATH`, no test set present; function hit@5, id hit@5 / id "
    "nDCG@10): the thirty-seventh set whole zh 0.860, 0.700 / 0.355, en 0.900, 0.840 / 0.499 (its test-run "
    "figures); fresh37A zh 0.826, 0.652 / 0.311 (23 queries), en 0.778, 0.722 / 0.399 (18); pooled halves A of the "
    "fresh sets 1-37 zh 0.9114, 0.7883 / 0.4752, en 0.9233, 0.7700 / 0.4551 (926 / 952 queries); pooled halves B zh "
    "0.9121, 0.7638 / 0.4649, en 0.9150, 0.7789 / 0.4705 (944 / 918 queries; the before figures of the round). No "
    "change to the suggestion engine in this step. fresh37A's 13 id-level misses classed "
    "(benchmarks/results/suggest_round45_misses.md: a1 3, a2 2, a3 6, a4 0, b 1, c 1; pooled over rounds 21-45: 404, "
    "a1 134, a2 30, a3 139, a4 9, b 65, c 27); the largest class is (a), role read wrong or not read (312 of 404; its "
    "largest part (a3) 139), and 9 of this round's 11 (a) misses are content gaps (7 jobs no archetype names, 2 held "
    "under other names). "
    "Lever of round 45, a content lever as the round's brief allows when the largest class is a content gap, fixed and "
    "committed before its judged run: role archetypes read only with `IndicatorSuggester(added_roles=True)` "
    "(kpiguide/catalog/data/roles/added/round45.yaml, `engine.ADDED_ROLES`; off is the library without them): eight "
    "jobs the 854 archetypes lack (a mine's control room, tailings and ore processing operators; a railway's power "
    "supply, station operations and locomotive servicing workers; an electronic component maker; a membrane maker) "
    "and two corrected ones (the bank teller with a new accounts clerk's names, the valuer with the real estate and "
    "mining rights appraisers' codes and official names). How they were written: by helper h269 from general "
    "practice for the kinds of job fresh37A's misses showed and their neighbours in the same CSCO 2022 groups, core "
    "indicators chosen among the catalog's ids by their names, no query's labels copied (several chosen are among "
    "the half-A labels the misses listing shows); Chinese titles and occupation-name aliases from "
    "csco2022_occupations.csv; role_titles.yaml and word_bridge.json not regenerated. Probed on the halves A only "
    "(zh id hit@5 0.7883 -> 0.7894, +1 query; en 0.7700 -> 0.7731, +3; most of it fresh37A's). Rule, round 44's "
    "shape (`python benchmarks/suggest_added_roles.py off|on PATH`, `... --verdict OFF ON`, `... --smart off|on`, "
    "`... --speed off|on` alternately three times each; its docstring): (1) on the pooled halves B of fresh sets 1-37 "
    "the sum of id hit@5 zh + en higher; (2) none of the six figures lower by more than two queries' worth (2/N, N "
    "944 zh / 918 en; 0.003 for nDCG@10); (3) SMART's pooled halves TP not lower and FP not higher by more than 1 in "
    "each half; (4) medians of the p50s at 10,000 indicators on <= 10 ms and not more than 1.0 ms above off (another "
    "helper's long linking retrain running on the machine throughout). Result (run once, at commit 4a86101, "
    "08:48-09:02 UTC; function hit@5, id hit@5 / id nDCG@10, off -> on): pooled halves B zh 0.9110, 0.7627 / 0.4646 "
    "-> 0.9110, 0.7638 / 0.4661, en 0.9150, 0.7789 / 0.4705 -> 0.9161, 0.7821 / 0.4730 (the primary sum 1.5416 -> "
    "1.5459: higher; id hit@5 up on five halves B, down on one, zh fresh29B); halves A as probed; SMART's pooled "
    "halves identical (A 485 / 59 / 372, B 517 / 59 / 463, TP / FP / FN); p50 at 10,000 indicators off / on 8.86 / "
    "6.84, 7.59 / 7.58, 7.61 / 7.51 ms, medians 7.61 off / 7.51 on (holds). Every part holds: the rule PASSES and "
    "`added_roles` is on (True); tests/suggest/test_added_roles.py re-pinned with a comment, no other unit test "
    "moved. The off run differs from the bookkeeping run on Chinese only (halves B function hit@5 0.9121 -> 0.9110, "
    "id hit@5 0.7638 -> 0.7627, one query of fresh7B, id nDCG@10 0.4649 -> 0.4646; halves A id nDCG@10 0.4752 -> "
    "0.4753): the new YAML file under kpiguide/catalog/data/ changes the data version, so the engine's cached "
    "artifacts were rebuilt; the same code with the switch off and the file moved away gives the bookkeeping figures "
    "to the last digit (`--split halves --added-roles off`, 09:06-09:07 UTC); which artifact differs was not "
    "identified. Against the bookkeeping figures the switch on is still higher on the primary (1.5427 -> 1.5459)."
    " Lead, at the merge (reading the code, no run): the artifact is the tokenizer's small dictionary: "
    "kpiguide/text/analysis.py's `_corpus_files` reads every YAML file under kpiguide/catalog/data (rglob), so the "
    "added roles' Chinese titles are words of the Chinese tokenizer whether the switch is on or off; the judged "
    "off -> on comparison therefore measures the archetypes with the words in both arms, and the words' own effect "
    "is the bookkeeping -> off difference above (one Chinese query lower on the halves B, within part (2)'s "
    "tolerance of two)."
    " Test run of round 45, once, in the same session after its merge (ce82122: added_roles "
    "on, linking round 39's models; `python benchmarks/suggest_quality.py --data /work/shared/data/external`): the "
    "thirty-eighth fresh set (100 queries, 50 zh / 50 en; all 25 English role queries role_duties from O*NET "
    "occupations used once before) gives function hit@5 zh 0.960 / en 0.880, id hit@5 0.740 / 0.700, id nDCG@10 "
    "0.341 / 0.355 (BM25 in the same run 0.860 / 0.840, 0.440 / 0.500, 0.306 / 0.300): Chinese function hit@5 "
    "meets 0.95, every other goal missed. The session's first commit (c1964df, without the added roles) on the same "
    "queries, run afterwards for comparison only (copied over its test split's file, `--split fresh37 --no-write`): "
    "the same figures except Chinese id nDCG@10 0.356: on this set the added roles and their tokenizer words lowered "
    "Chinese nDCG@10 by 0.015 and moved no hit."
)


ROUND_46 = (
    "Round 46 (issue 12): the thirty-eighth fresh set (round 45's test set, run once by the lead at commit ce82122, "
    "round 45's engine with added_roles on; its figures at the end of the ROUND_45 note) is development data, split "
    "by occupation / query like the thirty-seventh (half A may be read, half B never listed); the test part is the "
    "thirty-ninth fresh set (`suggest_queries_fresh39.yaml`, labelled by another person; measured when present, never "
    "listed). The defaults on the development parts (`python benchmarks/suggest_quality.py --data "
    "/work/shared/data/external --no-write --halves-json PATH`, no test set present; function hit@5, id hit@5 / id "
    "nDCG@10): the thirty-eighth set whole zh 0.960, 0.740 / 0.341, en 0.880, 0.700 / 0.355 (its test-run "
    "figures); fresh38A zh 0.960, 0.720 / 0.319 (25 queries), en 0.909, 0.727 / 0.331 (22); pooled halves A of the "
    "fresh sets 1-38 zh 0.9138, 0.7876 / 0.4741, en 0.9251, 0.7721 / 0.4532 (951 / 974 queries); pooled halves B zh "
    "0.9123, 0.7637 / 0.4634, en 0.9144, 0.7791 / 0.4700 (969 / 946 queries; the before figures of the round). No "
    "change to the suggestion engine in this step. fresh38A's 13 id-level misses classed "
    "(benchmarks/results/suggest_round46_misses.md: a1 3, a2 0, a3 5, a4 0, b 3, c 2; pooled over rounds 21-46: 417, "
    "a1 137, a2 30, a3 144, a4 9, b 68, c 29); the largest class is (a), role read wrong or not read (320 of 417; its "
    "largest part (a3) 144), and 6 of this round's 8 (a) misses are content gaps (all 5 (a3) misses are jobs no "
    "archetype names; 1 held under other names). "
    "Lever of round 46, a content lever in round 45's switchable place as the round's brief allows, fixed and "
    "committed before its judged run: role archetypes read only with `IndicatorSuggester(added_roles_46=True)` "
    "(kpiguide/catalog/data/roles/added/round46.yaml, `engine.ADDED_ROLES_46`; off is round 45's library): six jobs "
    "the library lacks (a tobacco leaf grader and curer; an electronic plate (photomask) maker; a coal chemical plant "
    "operator; a rockery builder; a fermentation operator) and one corrected archetype (the IT business analyst, "
    "which holds the systems analysts' O*NET code, with their names). Written by helper h279 from general practice "
    "for the kinds of job fresh38A's misses showed and their CSCO 2022 neighbours, core indicators chosen among the "
    "catalog's ids by their names, no query's labels or texts copied; Chinese titles and occupation-name aliases "
    "from csco2022_occupations.csv. Probed on the halves A only (final form: zh id hit@5 0.7876 -> 0.7939, +6 "
    "queries; en 0.7721 -> 0.7721; benchmarks/suggest_added_roles_46.py has the draft and its one change). Rule, "
    "round 45's shape (`python benchmarks/suggest_added_roles_46.py off|on PATH`, `... --verdict OFF ON`, `... "
    "--smart off|on`, `... --speed off|on` alternately three times each; its docstring): (1) on the pooled halves B of "
    "fresh sets 1-38 the sum of id hit@5 zh + en higher; (2) none of the six figures lower by more than two queries' "
    "worth (2/N, N 969 zh / 946 en; 0.003 for nDCG@10), against the off run and against the bookkeeping run; (3) "
    "SMART's pooled halves TP not lower and FP not higher by more than 1 in each half; (4) medians of the p50s at "
    "10,000 indicators on <= 10 ms and not more than 1.0 ms above off (other helpers run a linking retrain and a "
    "SMART round on the machine). Result (run once, at commit f9b2b61, 09:24-09:34 UTC; function hit@5, id hit@5 / "
    "id nDCG@10, off -> on): pooled halves B zh 0.9133, 0.7647 / 0.4635 -> 0.9154, 0.7668 / 0.4645, en 0.9144, "
    "0.7791 / 0.4700 -> 0.9175, 0.7822 / 0.4735 (the primary sum 1.5438 -> 1.5490: higher; id hit@5 up on six halves "
    "B, down on one, en fresh28B); against the bookkeeping run every figure higher (primary 1.5428 -> 1.5490); halves "
    "A as probed; SMART's pooled halves identical (A 492 / 62 / 391, B 529 / 59 / 476, TP / FP / FN); p50 at 10,000 "
    "indicators off / on 3.88 / 3.82, 3.83 / 3.79, 3.89 / 3.81 ms, medians 3.88 off / 3.81 on (holds). Every part "
    "holds: the rule PASSES and `added_roles_46` is on (True); tests/suggest/test_added_roles_46.py and "
    "test_added_roles.py re-pinned with a comment, no other unit test moved. The bookkeeping -> off difference (the "
    "new file's Chinese titles are tokenizer words in both arms, ROUND_45's lead note): Chinese only, one query "
    "higher (halves B function hit@5 0.9123 -> 0.9133, id hit@5 0.7637 -> 0.7647, fresh9B, id nDCG@10 0.4634 -> "
    "0.4635; halves A function hit@5 0.9138 -> 0.9148)."
    " Test run of round 46, once, in the same session after its merge (d2e9336: added_roles and added_roles_46 on, "
    "linking round 39's models with round 41's mined vocabulary; `python benchmarks/suggest_quality.py --data "
    "/work/shared/data/external`): the thirty-ninth fresh set (100 queries, 50 zh / 50 en; all 25 English role "
    "queries role_duties from O*NET occupations used once before) gives function hit@5 zh 0.880 / en 0.920, id "
    "hit@5 0.660 / 0.840, id nDCG@10 0.347 / 0.438 (BM25 in the same run 0.800 / 0.780, 0.560 / 0.560, 0.351 / "
    "0.278): goals missed in both languages (English id hit@5 one query short of 0.85); BM25 ahead on Chinese "
    "nDCG@10 (0.351 against 0.347). The session's first commit (c1964df, without either round's added roles) on the "
    "same queries, run afterwards for comparison only (copied over its test split's file, `--split fresh37 "
    "--no-write`): the same hit rates, id nDCG@10 zh 0.366 / en 0.433 (BM25's Chinese id hit@5 0.540 there against "
    "0.560 here: the tokenizer words move BM25 too). On both unseen sets of this session the added roles moved no hit and lowered Chinese nDCG@10 "
    "(fresh38 0.356 -> 0.341, fresh39 0.366 -> 0.347; English fresh39 0.433 -> 0.438), while they raised the "
    "development halves B: the archetypes written for the halves A's jobs did not carry to new jobs, and their "
    "titles, as tokenizer words, cost Chinese ranking a little elsewhere."
)


ROUND_47 = (
    "Round 47 (issue 12): the thirty-ninth fresh set (round 46's test set, run once by the lead at commit d2e9336, "
    "round 46's engine with added_roles and added_roles_46 on; its figures at the end of the ROUND_46 note) is "
    "development data, split by occupation / query like the thirty-eighth (half A may be read, half B never listed); "
    "the test part is the fortieth fresh set (`suggest_queries_fresh40.yaml`, labelled by another person; measured "
    "when present, never listed). The defaults on the development parts (`python benchmarks/suggest_quality.py --data "
    "/work/shared/data/external --no-write --halves-json PATH`, no test set present; function hit@5, id hit@5 / id "
    "nDCG@10): the thirty-ninth set whole zh 0.880, 0.660 / 0.347, en 0.920, 0.840 / 0.438 (its test-run figures); "
    "fresh39A zh 0.864, 0.727 / 0.353 (22 queries), en 0.931, 0.862 / 0.391 (29); pooled halves A of the fresh sets "
    "1-39 zh 0.9157, 0.7924 / 0.4748, en 0.9262, 0.7747 / 0.4512 (973 / 1003 queries); pooled halves B zh 0.9147, "
    "0.7623 / 0.4610, en 0.9173, 0.7828 / 0.4742 (997 / 967 queries; the before figures of the round). No change to "
    "the suggestion engine in this step. fresh39A's 10 id-level misses classed "
    "(benchmarks/results/suggest_round47_misses.md: a1 3, a2 0, a3 3, a4 0, b 1, c 3; pooled over rounds 21-47: 427, "
    "a1 140, a2 30, a3 147, a4 9, b 69, c 32); the largest class is (a), role read wrong or not read (326 of 427; its "
    "largest part (a3) 147, then (a1) 140); two of this round's three English (a1) misses are read by meaning from a "
    "text whose head names the employer ('... at a card payments processor: ...'), the closest archetype the "
    "employer's typical job, and the third reads a role named in a duty, a person the job works for. "
    "Lever of round 47, a code lever as the round's brief asks (the added roles of rounds 45 and 46 did not carry to "
    "new jobs), aimed at (a1) readings that any job's text can have, fixed and committed before its judged run: an "
    "English text headed '<title> at a / an / the <employer>: <duties>' is read by meaning without the employer "
    "clause, from the job's own title and duties (`IndicatorSuggester(employer_out=True)`, `engine.employer_out`; "
    "the industries the whole text names and every other reading unchanged; Chinese untouched). Probed on the halves A "
    "only (en id hit@5 0.7747 -> 0.7757, +1 query: 2 gained, 1 lost; id nDCG@10 0.4512 -> 0.4519; function hit@5 and "
    "Chinese unchanged; three other forms probed and not judged, benchmarks/suggest_employer_out.py). Rule, round "
    "46's shape (`python benchmarks/suggest_employer_out.py off|on PATH`, `... --verdict OFF ON`, `... --smart "
    "off|on`, `... --speed off|on` alternately three times each; its docstring): (1) on the pooled halves B of fresh "
    "sets 1-39 the sum of id hit@5 zh + en higher; (2) none of the six figures lower by more than two queries' worth "
    "(2/N, N 997 zh / 967 en; 0.003 for nDCG@10), against the off run and against the bookkeeping run; (3) SMART's "
    "pooled halves TP not lower and FP not higher by more than 1 in each half; (4) medians of the p50s at 10,000 "
    "indicators on <= 10 ms and not more than 1.0 ms above off (other helpers run a linking retrain and a SMART round "
    "on the machine). Result (run once, at commit a7b371f, 11:06-11:20 UTC; function hit@5, id hit@5 / id nDCG@10, "
    "off -> on): pooled halves B zh 0.9147, 0.7623 / 0.4610 -> the same, en 0.9173, 0.7828 / 0.4742 -> 0.9183, "
    "0.7849 / 0.4739 (the primary sum 1.5451 -> 1.5472: higher; id hit@5 up on two halves B, en fresh26B and "
    "fresh36B, down on none); the off run equals the bookkeeping run in every figure, so against it the same; halves A "
    "as probed; SMART's pooled halves identical (A 508 / 63 / 412, B 537 / 59 / 482, TP / FP / FN); p50 at 10,000 "
    "indicators off / on 7.69 / 7.81, 7.97 / 7.74, 7.68 / 4.00 ms, medians 7.69 off / 7.74 on (holds). Every part "
    "holds: the rule PASSES and `employer_out` is on (True); tests/suggest/test_employer_out.py re-pinned with a "
    "comment. A small gain (two English queries of the halves B, one of the halves A), from a rule that reads any "
    "job's text the same way, not from archetypes written for the halves A's jobs."
    " Test run of round 47, once, in the same session after its merge (9f36cdc: employer_out on; linking round 39's "
    "models with round 41's mined vocabulary; `python benchmarks/suggest_quality.py --data /work/shared/data/external`): "
    "the fortieth fresh set (100 queries, 50 zh / 50 en) gives function hit@5 zh 0.920 / en 0.900, id hit@5 0.760 / "
    "0.780, id nDCG@10 0.395 / 0.403 (BM25 in the same run 0.880 / 0.760, 0.640 / 0.520, 0.395 / 0.312): goals missed in "
    "both languages; Chinese nDCG@10 level with BM25's at three digits. The session's first commit (ad929e6, without "
    "employer_out) on the same queries, run afterwards for comparison only (copied over its test split's file, `--split "
    "fresh39 --no-write`): the same hit rates and Chinese figures, English id nDCG@10 0.399 (0.403 with the lever)."
)


ROUND_48 = (
    "Round 48 (issue 12): the fortieth fresh set (round 47's test set, run once by the lead at commit 9f36cdc, "
    "round 47's engine with employer_out on; its figures at the end of the ROUND_47 note) is development data, split "
    "by occupation / query like the thirty-ninth (half A may be read, half B never listed); the test part is the "
    "forty-first fresh set (`suggest_queries_fresh41.yaml`, labelled by another person; measured when present, never "
    "listed). The defaults on the development parts (`python benchmarks/suggest_quality.py --data "
    "/work/shared/data/external --no-write --halves-json PATH`, no test set present; function hit@5, id hit@5 / id "
    "nDCG@10): the fortieth set whole zh 0.920, 0.760 / 0.395, en 0.900, 0.780 / 0.403 (its test-run figures); "
    "fresh40A zh 0.880, 0.760 / 0.375 (25 queries), en 0.833, 0.708 / 0.379 (24); pooled halves A of the fresh sets "
    "1-40 zh 0.9148, 0.7916 / 0.4723, en 0.9241, 0.7741 / 0.4502 (998 / 1027 queries); pooled halves B zh 0.9159, "
    "0.7622 / 0.4599, en 0.9194, 0.7865 / 0.4727 (1022 / 993 queries; the before figures of the round). No change to "
    "the suggestion engine in this step. fresh40A's 13 id-level misses classed "
    "(benchmarks/results/suggest_round48_misses.md: a1 5, a2 0, a3 4, a4 1, b 1, c 2; pooled over rounds 21-48: 440, "
    "a1 145, a2 30, a3 151, a4 10, b 70, c 34); the largest class is (a), role read wrong or not read (336 of 440; its "
    "largest part (a3) 151, then (a1) 145); four of this round's five English (a1) misses are role texts headed by the "
    "job and read by meaning as the nearest archetype of a job the library does not hold, and the four Chinese (a3) "
    "misses are production and laboratory tasks that read no role. "
    "Lever of round 48, a code lever as the round's brief asks (the added roles of rounds 45 and 46 did not carry to "
    "new jobs), aimed at (a3), the largest part of the largest class, with a rule that reads any job's duties the same "
    "way, fixed and committed before its judged run: a text of two or more duties in which nothing is read (no role, "
    "no department, no strategy, after the meaning and bridge readings) takes the role most of its duties describe, "
    "each duty matched on its own as the duties after a title are (`IndicatorSuggester(duty_vote=True)`, "
    "`RoleRecognizer.by_duties`; a tie reads nothing; either language, in practice Chinese: English texts are read by "
    "meaning first). Probed on the halves A only (zh id hit@5 0.7916 -> 0.7936, +2 queries: 3 gained, 1 lost; id "
    "nDCG@10 0.4723 -> 0.4727; function hit@5 and English unchanged; other forms and a first lever probed and not "
    "judged, benchmarks/suggest_duty_vote.py). Rule, round 47's shape (`python benchmarks/suggest_duty_vote.py off|on "
    "PATH`, `... --verdict OFF ON`, `... --smart off|on`, `... --speed off|on` alternately three times each; its "
    "docstring): (1) on the pooled halves B of fresh sets 1-40 the sum of id hit@5 zh + en higher; (2) none of the six "
    "figures lower by more than two queries' worth (2/N, N 1022 zh / 993 en; 0.003 for nDCG@10), against the off run "
    "and against the bookkeeping run; (3) SMART's pooled halves TP not lower and FP not higher by more than 1 in each "
    "half; (4) medians of the p50s at 10,000 indicators on <= 10 ms and not more than 1.0 ms above off (other helpers "
    "may run a linking retrain and a SMART round on the machine). Result (run once, at commit 3383970, 11:51-12:02 "
    "UTC; function hit@5, id hit@5 / id nDCG@10, off -> on): pooled halves B zh 0.9159, 0.7622 / 0.4599 -> 0.9159, "
    "0.7632 / 0.4599, en 0.9194, 0.7865 / 0.4727 -> the same (the primary sum 1.5487 -> 1.5497: higher; zh id hit@5 up "
    "on three halves B, fresh15B, fresh23B and fresh24B, down on two, fresh2B and fresh28B); the off run equals the "
    "bookkeeping run in every figure, so against it the same; halves A as probed; SMART's pooled halves identical (A "
    "531 / 66 / 422, B 548 / 59 / 486, TP / FP / FN); p50 at 10,000 indicators off / on 7.83 / 3.84, 4.17 / 4.03, "
    "4.07 / 4.23 ms, medians 4.17 off / 4.03 on (holds). Every part holds: the rule PASSES and `duty_vote` is on "
    "(True); tests/suggest/test_duty_vote.py re-pinned with a comment. A small gain (one Chinese query net on the "
    "halves B, two on the halves A), from a rule that reads any job's duties the same way, not from archetypes written "
    "for the halves A's jobs."
    " Test run of round 48, once, at the end of the same session (21e9e37: employer_out and duty_vote on; linking "
    "round 39's models with round 42's mined vocabulary of 8,804 names; `python benchmarks/suggest_quality.py --data "
    "/work/shared/data/external`): the forty-first fresh set (100 queries, 50 zh / 50 en) gives function hit@5 zh "
    "0.840 / en 0.900, id hit@5 0.740 / 0.740, id nDCG@10 0.402 / 0.350 (BM25 in the same run 0.760 / 0.800, 0.460 / "
    "0.620, 0.333 / 0.328): goals missed in both languages; the engine ahead of BM25 on every figure but English "
    "id-level MRR. The session's first commit (ad929e6) on the same queries, run afterwards for comparison only "
    "(copied over its test split's file, `--split fresh39 --no-write`): Chinese the same hits (id nDCG@10 0.403), "
    "English function hit@5 0.880, id hit@5 0.720, id nDCG@10 0.351: this session's changes gained one English query "
    "at both levels."
)


ROUND_49 = (
    "Round 49 (issue 12): the forty-first fresh set (round 48's test set, run once by the lead at commit 21e9e37, "
    "round 48's engine with employer_out and duty_vote on; its figures at the end of the ROUND_48 note) is development "
    "data, split by occupation / query like the fortieth (half A may be read, half B never listed); the test part is "
    "the forty-second fresh set (`suggest_queries_fresh42.yaml`, labelled by another person; measured when present, "
    "never listed). The defaults on the development parts (`python benchmarks/suggest_quality.py --data "
    "/work/shared/data/external --no-write --halves-json PATH`, no test set present; function hit@5, id hit@5 / id "
    "nDCG@10): the forty-first set whole zh 0.840, 0.740 / 0.402, en 0.900, 0.740 / 0.350 (its test-run figures); "
    "fresh41A zh 0.808, 0.769 / 0.391 (26 queries), en 1.000, 0.741 / 0.374 (27); pooled halves A of the fresh sets "
    "1-41 zh 0.9121, 0.7930 / 0.4706, en 0.9260, 0.7732 / 0.4482 (1024 / 1054 queries); pooled halves B zh 0.9149, "
    "0.7620 / 0.4589, en 0.9163, 0.7854 / 0.4693 (1046 / 1016 queries; the before figures of the round). No change to "
    "the suggestion engine in this step. fresh41A's 13 id-level misses classed "
    "(benchmarks/results/suggest_round49_misses.md: a1 4, a2 0, a3 5, a4 0, b 3, c 1; pooled over rounds 21-49: 453, "
    "a1 149, a2 30, a3 156, a4 10, b 73, c 35); the largest class is (a), role read wrong or not read (345 of 453; its "
    "largest part (a3) 156, then (a1) 149); three of this round's five Chinese (a3) misses read nothing at all (an "
    "occupation's description and two production tasks whose words no role and no strategy area share), their lists "
    "text matches of unrelated functions, and three of the four English (a1) misses are role texts headed by the job "
    "and its employer, read by meaning as the nearest archetype of a job the library does not hold. "
    "Lever of round 49, a code lever as the round's brief asks (archetypes written for the halves A's jobs did not "
    "carry to new jobs), aimed at (a1), the English part of the largest class, and at (c), with a rule that reads any "
    "English job text the same way, fixed and committed before its judged run (commit 9a2ea70): in an English text in "
    "which a role is read, none by its title, and no department (in practice a role read by meaning, the nearest "
    "archetype, often of a job the library does not hold), at most 4 of the indicators the reading knows (the role's "
    "core KPIs, a read strategy's measures) are pinned to the head of the list instead of all but one of the first "
    "ten; the places after them are ranked by the text match and the same prior together "
    "(`IndicatorSuggester(meaning_places=True)`, `engine._MEANING_PINS`; Chinese texts and texts read by a title or a "
    "department untouched). (a3), the largest part, was probed first and dropped: the function the text's best "
    "matches share most, boosted when nothing is read, moved zh id hit@5 +2 / -2 queries on the halves A. Probed on "
    "the halves A only (en id hit@5 0.7732 -> 0.7761, +3 queries: 4 gained, 1 lost; id nDCG@10 0.4482 -> 0.4465; "
    "Chinese identical; other forms probed and not judged, benchmarks/suggest_meaning_places.py). Rule, round 48's "
    "shape (`python benchmarks/suggest_meaning_places.py off|on PATH`, `... --verdict OFF ON`, `... --smart off|on`, "
    "`... --speed off|on` alternately three times each; its docstring): (1) on the pooled halves B of fresh sets 1-41 "
    "the sum of id hit@5 zh + en higher; (2) none of the six figures lower by more than two queries' worth (2/N, N "
    "1046 zh / 1016 en; 0.003 for nDCG@10), against the off run and against the bookkeeping run; (3) SMART's pooled "
    "halves TP not lower and FP not higher by more than 1 in each half; (4) medians of the p50s at 10,000 indicators "
    "on <= 10 ms and not more than 1.0 ms above off (other helpers ran a linking retrain and a SMART round on the "
    "machine). Result (run once, at commit 9a2ea70, 13:58-14:12 UTC; function hit@5, id hit@5 / id nDCG@10, off -> "
    "on): pooled halves B zh 0.9149, 0.7620 / 0.4589 -> the same, en 0.9163, 0.7854 / 0.4693 -> 0.9154, 0.7864 / "
    "0.4681 (the primary sum 1.5474 -> 1.5484: higher; en id hit@5 up on three halves B, fresh4B, fresh13B and "
    "fresh15B, down on two, fresh11B and fresh21B; en function hit@5 and id nDCG@10 lower within their tolerances); "
    "the off run equals the bookkeeping run in every figure, so against it the same; halves A as probed; SMART's "
    "pooled halves identical (A 554 / 62 / 448, B 569 / 61 / 518, TP / FP / FN); p50 at 10,000 indicators off / on "
    "4.19 / 4.34, 4.22 / 4.74, 4.37 / 4.35 ms, medians 4.22 off / 4.35 on (holds). Every part holds: the rule PASSES "
    "and `meaning_places` is on (True); tests/suggest/test_meaning_places.py re-pinned with a comment. A small gain "
    "(one English query net on the halves B, three on the halves A) at a small cost in English id nDCG@10 (-0.0012 on "
    "the halves B), from a rule that reads any English job text the same way, not from archetypes written for the "
    "halves A's jobs."
    " Test run of round 49, once, in the same session after its merge (3989cc0: employer_out, duty_vote and "
    "meaning_places on; linking round 39's models with round 42's mined vocabulary of 8,804 names; `python "
    "benchmarks/suggest_quality.py --data /work/shared/data/external`): the forty-second fresh set (100 queries, "
    "50 zh / 50 en) gives function hit@5 zh 0.900 / en 0.920, id hit@5 0.660 / 0.840, id nDCG@10 0.326 / 0.412 "
    "(BM25 in the same run 0.840 / 0.760, 0.460 / 0.660, 0.267 / 0.331): goals missed in both languages (English "
    "id hit@5 one query short of 0.85; Chinese id hit@5 0.66 against 0.76 and 0.74 on fresh40 and fresh41); the engine ahead of BM25 on these "
    "six figures. The session's first commit (304277e, without meaning_places) on the same queries, run "
    "afterwards for comparison only (copied over its test split's file, `--split fresh41 --no-write`): the same "
    "hits in both languages, id nDCG@10 zh 0.326, en 0.415: meaning_places moved no hit here and cost 0.003 "
    "English id nDCG@10."
)


ROUND_50 = (
    "Round 50 (issue 12): the forty-second fresh set (round 49's test set, run once by the lead at commit 3989cc0, "
    "round 49's engine with employer_out, duty_vote and meaning_places on; its figures at the end of the ROUND_49 note) "
    "is development data, split by occupation / query like the forty-first (half A may be read, half B never listed); "
    "the test part is the forty-third fresh set (`suggest_queries_fresh43.yaml`, labelled by another person; measured "
    "when present, never listed). The defaults on the development parts (`python benchmarks/suggest_quality.py --data "
    "/work/shared/data/external --no-write --halves-json PATH`, no test set present; function hit@5, id hit@5 / id "
    "nDCG@10): the forty-second set whole zh 0.900, 0.660 / 0.326, en 0.920, 0.840 / 0.412 (its test-run figures); "
    "fresh42A zh 0.889, 0.593 / 0.295 (27 queries), en 1.000, 0.920 / 0.382 (25); pooled halves A of the fresh sets "
    "1-42 zh 0.9115, 0.7878 / 0.4661, en 0.9286, 0.7794 / 0.4450 (1051 / 1079 queries); pooled halves B zh 0.9149, "
    "0.7615 / 0.4568, en 0.9135, 0.7858 / 0.4674 (1069 / 1041 queries; the before figures of the round). No change to "
    "the suggestion engine in this step. fresh42A's 13 id-level misses classed "
    "(benchmarks/results/suggest_round50_misses.md: a1 0, a2 3, a3 6, a4 0, b 2, c 2; en 2 / zh 11; pooled over rounds "
    "21-50: 466, a1 149, a2 33, a3 162, a4 10, b 75, c 37); the largest class is (a), role read wrong or not read (354 "
    "of 466; its largest part (a3) 162, then (a1) 149); four of this round's six Chinese (a3) misses read a role "
    "through the word bridge, each an archetype of another function than the labels' (an MES engineer for a "
    "geographic-information producer, an archivist for a hydrological monitor, a meter reader for a geophysical "
    "prospector, an operations analyst for a hospital's quality strategy), whose indicators fill the first places; "
    "two read nothing. Lever of round 50, a code lever as the round's brief asks (archetypes written for the halves A's "
    "jobs did not carry to new jobs), aimed at (a3), the largest part of the largest class, in the form of fresh42A's "
    "Chinese misses, with a rule that reads any Chinese text the same way, fixed and committed before its judged run: "
    "a Chinese text whose role is read through the word bridge (a weak reading, so already fused with its own text "
    "match) fuses at weight 0.75 instead of `text_fusion` 0.5 (`IndicatorSuggester(bridge_fusion=True)`, "
    "`engine._BRIDGE_FUSION`; English texts and every other Chinese reading untouched). Probed first and dropped: a "
    "bridged role kept only when its function is among the text match's first 10 indicators' (zh id hit@5 +5 / -12 "
    "queries on the halves A: the bridge reads medical titles right that the text match does not) and a bridged role "
    "adding no industry (+6 / -11). Probed on the halves A only (163 of the 1051 Chinese queries read through the "
    "bridge): zh function hit@5 0.9115 -> 0.9134, id hit@5 0.7878 -> 0.7907 (+5 / -2), id nDCG@10 0.4661 -> 0.4644; "
    "English out of scope; other weights probed and not judged (benchmarks/suggest_bridge_fusion.py). Rule, round "
    "49's shape (`python benchmarks/suggest_bridge_fusion.py off|on PATH`, `... --verdict OFF ON`, `... --smart "
    "off|on`, `... --speed off|on` alternately three times each; its docstring): (1) on the pooled halves B of fresh "
    "sets 1-42 the sum of id hit@5 zh + en higher; (2) none of the six figures lower by more than two queries' worth "
    "(2/N, N 1069 zh / 1041 en; 0.003 for nDCG@10), against the off run and against the bookkeeping run; (3) SMART's "
    "pooled halves TP not lower and FP not higher by more than 1 in each half; (4) medians of the p50s at 10,000 "
    "indicators on <= 10 ms and not more than 1.0 ms above off (other helpers run a linking retrain and a SMART round "
    "on the machine). Result (run once, at commit 4954a05, 14:43-14:54 UTC; function hit@5, id hit@5 / id nDCG@10, "
    "off -> on): pooled halves B zh 0.9149, 0.7615 / 0.4568 -> 0.9139, 0.7633 / 0.4566, en 0.9135, 0.7858 / 0.4674 "
    "unchanged (the primary sum 1.5473 -> 1.5491: higher; zh id hit@5 up on three halves B, fresh6B, fresh8B and "
    "fresh21B, down on one, fresh13B; zh function hit@5 and id nDCG@10 lower within their tolerances); the off run "
    "equals the bookkeeping run in every figure, so against it the same; halves A as probed; SMART's pooled halves "
    "identical (A 567 / 63 / 456, B 593 / 65 / 524, TP / FP / FN); p50 at 10,000 indicators off / on 4.15 / 4.52, "
    "4.68 / 4.66, 4.72 / 4.53 ms, medians 4.68 off / 4.53 on (holds). Every part holds: the rule PASSES and "
    "`bridge_fusion` is on (True); tests/suggest/test_bridge_fusion.py re-pinned with a comment, and one other unit test "
    "(tests/suggest/test_roles_strategy.py: a pasted 100 KB customer service duty text, read through the bridge, now "
    "lists quality's complaint resolution satisfaction first and customer service's CSAT second). A small gain (two "
    "Chinese queries net on the halves B, three on the halves A) at a small cost in Chinese function hit@5 (one query "
    "on the halves B) and id nDCG@10 (-0.0002 on the halves B), from a rule that reads any Chinese text read through "
    "the bridge the same way, not from archetypes written for the halves A's jobs."
    " Test run of round 50, once, in the same session after its merge (98edfe7: employer_out, duty_vote, "
    "meaning_places and bridge_fusion on; linking round 39's models with round 43's mined vocabulary of 9,026 "
    "names; `python benchmarks/suggest_quality.py --data /work/shared/data/external`): the forty-third fresh set "
    "(100 queries, 50 zh / 50 en) gives function hit@5 zh 0.940 / en 0.920, id hit@5 0.720 / 0.740, id nDCG@10 "
    "0.329 / 0.348 (BM25 in the same run 0.820 / 0.800, 0.480 / 0.580, 0.314 / 0.264): goals missed in both "
    "languages; the engine ahead of BM25 on these six figures. The session's first commit (304277e, without "
    "meaning_places, bridge_fusion and the 222 newly mined names) on the same queries, run afterwards for "
    "comparison only (copied over its test split's file, `--split fresh41 --no-write`): function hit@5 zh 0.960 / "
    "en 0.920, id hit@5 0.740 / 0.700, id nDCG@10 0.327 / 0.353: this session's changes lost one Chinese query at "
    "both levels and gained two English queries at id level here (English id nDCG@10 0.005 lower)."
)


ROUND_51 = (
    "Round 51 (issue 12): the forty-third fresh set (round 50's test set, run once by the lead at commit 98edfe7, "
    "round 50's engine with employer_out, duty_vote, meaning_places and bridge_fusion on; its figures at the end of "
    "the ROUND_50 note) is development data, split by occupation / query like the forty-second (half A may be read, "
    "half B never listed); the test part is the forty-fourth fresh set (`suggest_queries_fresh44.yaml`, labelled by "
    "another person; measured when present, never listed). The defaults on the development parts (`python "
    "benchmarks/suggest_quality.py --data /work/shared/data/external --no-write --halves-json PATH`, no test set "
    "present; function hit@5, id hit@5 / id nDCG@10): the forty-third set whole zh 0.940, 0.720 / 0.329, en 0.920, "
    "0.740 / 0.348 (its test-run figures); fresh43A zh 0.900, 0.667 / 0.286 (30 queries), en 0.875, 0.719 / 0.313 "
    "(32); pooled halves A of the fresh sets 1-43 zh 0.9130, 0.7872 / 0.4594, en 0.9271, 0.7777 / 0.4412 (1081 / 1111 "
    "queries); pooled halves B zh 0.9155, 0.7640 / 0.4555, en 0.9150, 0.7856 / 0.4665 (1089 / 1059 queries; the "
    "before figures of the round). No change to the suggestion engine in this step. fresh43A's 19 id-level misses "
    "classed (benchmarks/results/suggest_round51_misses.md: a1 6, a2 0, a3 6, a4 0, b 4, c 3; en 9 / zh 10; pooled "
    "over rounds 21-51: 485, a1 155, a2 33, a3 168, a4 10, b 79, c 40); the largest class is (a), role read wrong or "
    "not read (366 of 485; its largest part (a3) 168, then (a1) 155); five of this round's six English (a1) misses "
    "read a role by meaning, each the nearest archetype of another function than the labels' (an MES engineer for a "
    "MEMS design engineer, a wind and solar operator for a turbine R&D engineer, a plant manager for a fuel cell stack "
    "engineer, an AV engineer for an audiologist, a cold-chain role for a ski lodge's rooms), whose pinned indicators "
    "fill the first places; four of the six Chinese (a3) misses read nothing, two a wrong role through the bridge. "
    "Lever of round 51, a code lever as the round's brief asks (archetypes written for the halves A's jobs did not "
    "carry to new jobs), aimed at (a1), the English part of the largest class and the part in which six of fresh43A's "
    "nine English misses fall ((a3), its largest part, had round 50's lever in the same form, and round 49 probed its "
    "other form without gain), with a rule that reads any English text the same way, fixed and committed before its "
    "judged run: an English text whose first role is read by meaning (a weak reading, so already fused with its own "
    "text match), the archetype's function not that of any of the text match's first 5 indicators, fuses at weight "
    "0.75 instead of `text_fusion` 0.5 (`IndicatorSuggester(meaning_fusion=True)`, `engine._MEANING_FUSION`, "
    "`engine._MEANING_AGREE`; Chinese texts and every other English reading untouched). Probed first and dropped: every "
    "reading by meaning at 0.75 without the agreement test (en id hit@5 +11 / -14 queries on the halves A). Probed on "
    "the halves A only (646 of the 1111 English queries fused with a role read by meaning): en id hit@5 +8 / -5 "
    "queries, en id nDCG@10 -0.0010; Chinese out of scope; other forms probed and not judged "
    "(benchmarks/suggest_meaning_fusion.py). Rule, round 50's shape (`python benchmarks/suggest_meaning_fusion.py "
    "off|on PATH`, `... --verdict OFF ON`, `... --smart off|on`, `... --speed off|on` alternately three times each; "
    "its docstring): (1) on the pooled halves B of fresh sets 1-43 the sum of id hit@5 zh + en higher; (2) none of "
    "the six figures lower by more than two queries' worth (2/N, N 1089 zh / 1059 en; 0.003 for nDCG@10), against the "
    "off run and against the bookkeeping run; (3) SMART's pooled halves TP not lower and FP not higher by more than 1 "
    "in each half; (4) medians of the p50s at 10,000 indicators on <= 10 ms and not more than 1.0 ms above off (other "
    "helpers run a linking retrain and a SMART round on the machine). Result (run once, at commit 0178c02, 17:02-17:25 "
    "UTC; function hit@5, id hit@5 / id nDCG@10, off -> on): pooled halves B zh 0.9155, 0.7640 / 0.4555 unchanged, en "
    "0.9150, 0.7856 / 0.4665 -> 0.9141, 0.7828 / 0.4638 (the primary sum 1.5496 -> 1.5468: NOT higher; en id hit@5 "
    "lower by three queries, OUT of its tolerance of two; up on three halves B, down on six); the off run equals the "
    "bookkeeping run in every figure, so against it the same; halves A as probed (en 0.9271, 0.7777 / 0.4412 -> "
    "0.9298, 0.7804 / 0.4403); SMART's pooled halves identical (A 590 / 66 / 447, B 623 / 65 / 530, TP / FP / FN); p50 "
    "at 10,000 indicators off / on 9.51 / 10.49, 10.07 / 12.19, 11.53 / 12.83 ms, medians 10.07 off / 12.19 on (fails: "
    "on above 10 ms and 2.12 ms above off, with the machine loaded by other helpers' runs). The rule FAILS: "
    "`meaning_fusion` stays off (False); the engine is round 50's. The halves A's three queries gained became three "
    "lost on the halves B: whether the text match's first five share the archetype's function does not tell a wrong "
    "reading by meaning from a right one well enough."
    " Retired later in the session (lead): kpiguide/suggest/engine.py and benchmarks/suggest_lever_judge.py are as "
    "before the lever (commit 0178c02's parent), benchmarks/suggest_meaning_fusion.py and "
    "tests/suggest/test_meaning_fusion.py removed, the LEVERS entry dropped; commit 1742dee reproduces the judged run."
    " Test run of round 51, once, in the same session after its merge (fb1bc4d: employer_out, duty_vote, "
    "meaning_places and bridge_fusion on, meaning_fusion retired, so round 50's engine; linking round 39's "
    "models with round 43's mined vocabulary of 9,026 names; `python benchmarks/suggest_quality.py --data "
    "/work/shared/data/external`): the forty-fourth fresh set (100 queries, 50 zh / 50 en) gives function "
    "hit@5 zh 0.880 / en 0.800, id hit@5 0.560 / 0.740, id nDCG@10 0.296 / 0.359 (BM25 in the same run 0.860 "
    "/ 0.740, 0.460 / 0.540, 0.228 / 0.261): goals missed in both languages, Chinese id hit@5 the lowest of "
    "the recent unseen sets; the engine ahead of BM25 on these six figures. The previous session's first "
    "commit (304277e, without meaning_places, bridge_fusion and the 222 newly mined names) on the same "
    "queries, run afterwards for comparison only (copied over its test split's file, `--split fresh41 "
    "--no-write`): function hit@5 zh 0.840 / en 0.800, id hit@5 0.560 / 0.740, id nDCG@10 0.297 / 0.356: the "
    "two sessions' levers gained two Chinese queries at function level and no query at id level here."
)


ROUND_52 = (
    "Round 52 (issue 12): the forty-fourth fresh set (round 51's test set, run once by the lead at commit fb1bc4d, "
    "round 50's engine with employer_out, duty_vote, meaning_places and bridge_fusion on; its figures at the end of "
    "the ROUND_51 note) is development data, split by occupation / query like the forty-third (half A may be read, "
    "half B never listed); the test part is the forty-fifth fresh set (`suggest_queries_fresh45.yaml`, labelled by "
    "another person; measured when present, never listed). The defaults on the development parts (`python "
    "benchmarks/suggest_quality.py --data /work/shared/data/external --no-write --halves-json PATH`, no test set "
    "present; function hit@5, id hit@5 / id nDCG@10): the forty-fourth set whole zh 0.880, 0.560 / 0.296, en 0.800, "
    "0.740 / 0.359 (its test-run figures); fresh44A zh 0.857, 0.381 / 0.206 (21 queries), en 0.727, 0.636 / 0.298 "
    "(22); pooled halves A of the fresh sets 1-44 zh 0.9120, 0.7795 / 0.4546, en 0.9232, 0.7749 / 0.4385 (1102 / 1133 "
    "queries); pooled halves B zh 0.9150, 0.7621 / 0.4531, en 0.9135, 0.7866 / 0.4650 (1118 / 1087 queries; the "
    "before figures of the round). No change to the suggestion engine in this step. fresh44A's 21 id-level misses "
    "classed (benchmarks/results/suggest_round52_misses.md: a1 7, a2 3, a3 7, a4 1, b 2, c 1; en 8 / zh 13; pooled "
    "over rounds 21-52: 506, a1 162, a2 36, a3 175, a4 11, b 81, c 41); the largest class is (a), role read wrong or "
    "not read (384 of 506; its largest part (a3) 175, then (a1) 162); six of this round's seven English (a1) misses "
    "read a role by meaning, each the nearest archetype of another job than the labels' (two of them strategies read "
    "as a job); of the seven Chinese (a3) misses three read a wrong role through the bridge and four no role at all, "
    "two of those duties headed by a worker's title ending in 工 (…工厂的磨粉工：…, 晶振厂石英晶片研磨工：…), which "
    "round 40's worker_title reads only when the title is bare. Lever of round 52, a code lever as the round's brief "
    "asks (archetypes written for the halves A's jobs did not carry to new jobs), aimed at (a3), the largest part of "
    "the largest class (round 50's lever took its bridged form; rounds 49 and 51's English levers gained one query "
    "and lost three on the halves B), with a rule that reads any Chinese text the same way, round 40's own rule, "
    "fixed and committed before its judged run: worker_title reads the title heading a Chinese text before its "
    "first colon (at most 40 characters before it), after the head's last 的, as it reads a bare title, so a "
    "worker's duties headed by a title ending in 工, with no department and no role read by their words, are read as "
    "the general production operator's job and no strategy area is read in them (`IndicatorSuggester("
    "worker_head=True)`, `engine._worker_head`; texts without a colon, heads that are no worker's title and English "
    "texts untouched). Probed on the halves A only (20 Chinese readings change): zh id hit@5 +7 / -4 queries, id "
    "nDCG@10 +0.0032, function hit@5 +4 / -1; English identical; a fallback form probed and not judged (the head read "
    "only when nothing at all is read after the bridge and the duty vote: +7 / -3, +0.0024; "
    "benchmarks/suggest_worker_head.py). Rule, round 51's shape (`python benchmarks/suggest_worker_head.py off|on "
    "PATH`, `... --verdict OFF ON`, `... --smart off|on`, `... --speed off|on` alternately three times each; its "
    "docstring): (1) on the pooled halves B of fresh sets 1-44 the sum of id hit@5 zh + en higher; (2) none of the "
    "six figures lower by more than two queries' worth (2/N, N 1118 zh / 1087 en; 0.003 for nDCG@10), against the "
    "off run and against the bookkeeping run; (3) SMART's pooled halves TP not lower and FP not higher by more than 1 "
    "in each half; (4) medians of the p50s at 10,000 indicators on <= 10 ms and not more than 1.0 ms above off, run "
    "after the linking retrain has ended or by 18:20 UTC at the latest (other helpers run a linking retrain and a "
    "SMART round on the machine). Result (run once, at commit e241670, 17:47-18:09 UTC; function hit@5, id "
    "hit@5 / id nDCG@10, off -> on): pooled halves B zh 0.9150, 0.7621 / 0.4531 -> 0.9168, 0.7719 / 0.4578, en "
    "0.9135, 0.7866 / 0.4650 unchanged (the primary sum 1.5487 -> 1.5585: higher; zh id hit@5 up on nine halves B, "
    "down on none; no figure lower); the off run equals the bookkeeping run in every figure, so against it the same; "
    "halves A as probed (zh 0.9120, 0.7795 / 0.4546 -> 0.9147, 0.7822 / 0.4578); SMART's pooled halves identical (A "
    "601 / 69 / 457, B 643 / 68 / 539, TP / FP / FN); p50 at 10,000 indicators, run after the linking retrain had "
    "ended (`pgrep -f link_rerank_cv` printed nothing), off / on 5.76 / 9.45, 12.69 / 9.66, 8.85 / 4.96 ms, "
    "medians 8.85 off / 9.45 on (holds: on <= 10 ms, 0.60 ms above off; load average 1.4-5.9 from other helpers' "
    "runs). Every part holds: the rule PASSES and `worker_head` is on (True); tests/suggest/test_worker_head.py "
    "re-pinned with a comment, no other unit test moved. A gain on the halves B larger than the probe's on the "
    "halves A, with Chinese id nDCG@10 and function hit@5 higher too, from round 40's own rule read in a heading, "
    "not from archetypes written for the halves A's jobs."
    " Test run of round 52, once, in the same session after its merge (3f3381a: employer_out, duty_vote, "
    "meaning_places, bridge_fusion and worker_head on; linking round 44's models and mined vocabulary of "
    "9,237 names; `python benchmarks/suggest_quality.py --data /work/shared/data/external`): the forty-fifth "
    "fresh set (100 queries, 50 zh / 50 en) gives function hit@5 zh 0.860 / en 0.880, id hit@5 0.800 / 0.760, "
    "id nDCG@10 0.330 / 0.396 (BM25 in the same run 0.800 / 0.720, 0.560 / 0.460, 0.267 / 0.210): goals "
    "missed in both languages; the engine ahead of BM25 on these six figures. The session's first commit "
    "(415dafc: round 50's engine, linking round 39's models) on the same queries, run afterwards for "
    "comparison only (copied over its test split's file, `--split fresh43 --no-write`): the same hit rates, "
    "id nDCG@10 0.325 / 0.396: worker_head and the new linking models moved no hit here (Chinese id nDCG@10 "
    "0.005 higher)."
)


ROUND_53 = (
    "Round 53 (issue 12): the forty-fifth fresh set (round 52's test set, run once by the lead at commit 3f3381a, "
    "round 50's engine with employer_out, duty_vote, meaning_places, bridge_fusion and worker_head on; its figures at "
    "the end of the ROUND_52 note) is development data, split by occupation / query like the forty-fourth (half A may "
    "be read, half B never listed); the test part is the forty-sixth fresh set (`suggest_queries_fresh46.yaml`, "
    "labelled by another person; measured when present, never listed). The defaults on the development parts (`python "
    "benchmarks/suggest_quality.py --data /work/shared/data/external --no-write --halves-json PATH`, no test set "
    "present; function hit@5, id hit@5 / id nDCG@10): the forty-fifth set whole zh 0.860, 0.800 / 0.330, en 0.880, "
    "0.760 / 0.396 (its test-run figures); fresh45A zh 0.852, 0.815 / 0.335 (27 queries), en 0.828, 0.655 / 0.296 "
    "(29); pooled halves A of the fresh sets 1-45 zh 0.9132, 0.7830 / 0.4549, en 0.9208, 0.7719 / 0.4349 (1129 / 1162 "
    "queries); pooled halves B zh 0.9159, 0.7721 / 0.4551, en 0.9143, 0.7888 / 0.4663 (1141 / 1108 queries; the "
    "before figures of the round). No change to the suggestion engine in this step. fresh45A's 15 id-level misses "
    "classed (benchmarks/results/suggest_round53_misses.md: a1 7, a2 0, a3 4, a4 2, b 2, c 0; en 10 / zh 5; pooled "
    "over rounds 21-53: 521, a1 169, a2 36, a3 179, a4 13, b 83, c 41); the largest class is (a), role read wrong or "
    "not read (397 of 521; its largest part (a3) 179, then (a1) 169); six of this round's seven English (a1) misses "
    "read a role by meaning, each the nearest archetype of another job than the labels' (two of them strategies read "
    "as a job); five of the fifteen have a labelled id in the first 30 but not in the first 5. Lever of round 53, a "
    "code lever aimed at ranking as the round's brief asks (id nDCG@10 0.30-0.40 on the recent unseen sets against "
    "the goal 0.55; the code levers on (a1) and (a3) of rounds 49-52 moved a few queries each and twice reversed on "
    "the halves B), chosen from a count of where the graded ids sit on a quarter of the halves A: for department "
    "strategies a graded id in places 6-10 is among the text's own first 10 matches far more often than an ungraded "
    "one (en 15 of 31 against 100 of 374, zh 24 of 39 against 114 of 336; for other readings the shares are alike), "
    "and the text match does not order a department's list (round 15's fusion reaches weak readings only; round "
    "25's stated_fusion, which fused the lists, failed its rule): with a department read (either language), places "
    "2-10 are ordered by place less 3 for an indicator the text match ranks in its first 10, ties in the list's "
    "order; place 1 and the first ten's members unchanged (`IndicatorSuggester(department_agree=True)`, "
    "`engine._agree`, `engine._AGREE_SHIFT`; every other reading untouched). Probed on the halves A only (net "
    "queries): zh id hit@5 884 -> 883, id nDCG@10 +0.0032, en 897 -> 899, +0.0033, function hit@5 unchanged; other "
    "forms probed and not judged (benchmarks/suggest_department_agree.py). Rule, round 52's shape with the nDCG "
    "primary the brief allows for a ranking lever, said before the run (`python benchmarks/suggest_department_agree.py "
    "off|on PATH`, `... --verdict OFF ON`, `... --smart off|on`, `... --speed off|on` alternately three times each; "
    "its docstring): (1) on the pooled halves B of fresh sets 1-45 the sum of id nDCG@10 zh + en higher AND the sum "
    'of id hit@5 zh + en not lower (`suggest_lever_judge.halves_verdict(..., primary="id_ndcg10")`, unit-tested in '
    "tests/benchmarks/test_suggest_lever_judge.py); (2) none of the six figures lower by more than two queries' worth "
    "(2/N, N 1141 zh / 1108 en; 0.003 for nDCG@10), against the off run and against the bookkeeping run; (3) SMART's "
    "pooled halves TP not lower and FP not higher by more than 1 in each half; (4) medians of the p50s at 10,000 "
    "indicators on <= 10 ms and not more than 1.0 ms above off, run after the linking retrain has ended or by 20:40 "
    "UTC at the latest (other helpers run a linking retrain and a SMART round on the machine). Result (run once, at "
    "commit b14bade, 20:06-20:29 UTC; function hit@5, id hit@5 / id nDCG@10, off -> on): pooled halves B zh 0.9159, "
    "0.7721 / 0.4551 -> 0.9167, 0.7721 / 0.4594, en 0.9143, 0.7888 / 0.4663 -> 0.9143, 0.7897 / 0.4707 (the primary "
    "id nDCG@10 sum 0.9214 -> 0.9301: higher; id hit@5 sum 1.5609 -> 1.5618: not lower; no figure lower; en id hit@5 "
    "up on one half B, down on one); the off run equals the bookkeeping run in every figure, so against it the same; "
    "halves A as probed (zh 0.7830 / 0.4549 -> 0.7821 / 0.4581, en 0.7719 / 0.4349 -> 0.7737 / 0.4382, function "
    "hit@5 unchanged); SMART's pooled halves identical (A 618 / 68 / 486, B 676 / 71 / 560, TP / FP / FN); p50 at "
    "10,000 indicators, run 20:22-20:28 while the linking retrain was still running (`pgrep -f link_rerank_cv` "
    "printed its process), before 20:40 as the rule allows, off / on 7.87 / 4.68, 4.58 / 5.06, 4.60 / 5.22 ms, "
    "medians 4.60 off / 5.06 on (holds: on <= 10 ms, 0.46 ms above off). Every part holds: the rule PASSES and "
    "`department_agree` is on (True); tests/suggest/test_department_agree.py re-pinned with a comment, and "
    "tests/suggest/test_department_second.py (round 33's switch, its moved indicator pinned at place 6) builds its "
    "engines with department_agree off, with a comment; no other unit test moved. A ranking gain of about 0.004 id nDCG@10 in each language on the halves B, larger than the probe's on "
    "the halves A, from the text's own match ordering the department's list; the goal 0.55 stays far off."
    " Test run of round 53, once, in the same session after its merge (285e7af: employer_out, duty_vote, "
    "meaning_places, bridge_fusion, worker_head and department_agree on; linking round 44's models and mined "
    "vocabulary of 9,237 names; `python benchmarks/suggest_quality.py --data /work/shared/data/external`): "
    "the forty-sixth fresh set (100 queries, 50 zh / 50 en) gives function hit@5 zh 0.860 / en 0.920, id "
    "hit@5 0.600 / 0.720, id nDCG@10 0.303 / 0.440 (BM25 in the same run 0.840 / 0.780, 0.520 / 0.560, 0.245 "
    "/ 0.272): goals missed in both languages; the engine ahead of BM25 on these six figures. The session's "
    "first commit (947a831: round 52's engine, without department_agree) on the same queries, run afterwards "
    "for comparison only (copied over its test split's file, `--split fresh45 --no-write`): the same function "
    "hit rates, id hit@5 0.600 / 0.700, id nDCG@10 0.298 / 0.434: department_agree gained one English query "
    "at id level and 0.005 / 0.006 nDCG@10 here."
)


ROUND_54 = (
    "Round 54 (issue 12): the forty-sixth fresh set (round 53's test set, run once by the lead at commit 285e7af, "
    "round 50's engine with employer_out, duty_vote, meaning_places, bridge_fusion, worker_head and department_agree "
    "on; its figures at the end of the ROUND_53 note) is development data, split by occupation / query like the "
    "forty-fifth (half A may be read, half B never listed); the test part is the forty-seventh fresh set "
    "(`suggest_queries_fresh47.yaml`, labelled by another person; measured when present, never listed). "
    "The defaults on the development parts (`python benchmarks/suggest_quality.py --data /work/shared/data/external "
    "--no-write --halves-json PATH`, no test set present; function hit@5, id hit@5 / id nDCG@10): the forty-sixth set "
    "whole zh 0.860, 0.600 / 0.303, en 0.920, 0.720 / 0.440 (its test-run figures); fresh46A zh 0.909, 0.727 / 0.303 "
    "(22 queries), en 0.889, 0.667 / 0.445 (27); pooled halves A of the fresh sets 1-46 zh 0.9131, 0.7811 / 0.4551, "
    "en 0.9201, 0.7712 / 0.4384 (1151 / 1189 queries); pooled halves B zh 0.9145, 0.7656 / 0.4556, en 0.9151, 0.7896 "
    "/ 0.4700 (1169 / 1131 queries; the before figures of the round). No change to the suggestion engine in this step. "
    "fresh46A's 15 id-level misses classed (benchmarks/results/suggest_round54_misses.md: a1 7, a2 1, a3 5, a4 0, b 1, "
    "c 1; en 9 / zh 6; pooled over rounds 21-54: 536, a1 176, a2 37, a3 184, a4 13, b 84, c 42); the largest class is "
    "(a), role read wrong or not read (410 of 536; its largest part (a3) 184, then (a1) 176); six of this round's seven "
    "English (a1) misses read a role by meaning, each the nearest archetype of another job than the labels' (three of "
    "them strategies read as a job), four of them with the archetype's industries; nine of the fifteen have a labelled "
    "id in the first 30 but not in the first 5. Lever of round 54, a code lever as the round's brief asks, read from the "
    "counts: two levers aimed at (a1) and at ranking were probed on the halves A and dropped (an English archetype "
    "read by meaning bringing only the industries its nearest archetypes' vote shares: en id hit@5 917 -> 914 "
    "queries; round 53's re-order by the text match for titles and stated strategies, and a re-order toward the first "
    "ten's plurality function: no clear gain); a count by reading on the halves A shows the Chinese described role "
    "(read from the duties by the lexical recognizer, no title) far better than the bridged one (id nDCG@10 0.369 "
    "against 0.242 for job texts), yet both fused with the text match at 0.5 or more (round 50 raised the bridged "
    "reading's to 0.75): a weak reading whose first role is read from the text's own words without its title fuses "
    "at 0.3 instead of `text_fusion` 0.5 (`IndicatorSuggester(described_fusion=True)`, `engine._described`, "
    "`engine._DESCRIBED_FUSION`; one rule for every text; on the halves A all 287 in scope are Chinese; every other "
    "reading untouched). Probed on the halves A only: zh id hit@5 899 -> 903 queries (4 gained, 0 lost), id nDCG@10 "
    "0.4551 -> 0.4573, function hit@5 1051 -> 1053; English identical; weights 0.75, 1.0, 0.4, 0.2, 0.1 and 0.0 "
    "probed and not judged (benchmarks/suggest_described_fusion.py). Rule, round 53's shape with the id hit@5 primary, "
    "said before the run (`python benchmarks/suggest_described_fusion.py off|on PATH`, `... --verdict OFF ON`, `... "
    "--smart off|on`, `... --speed off|on` alternately three times each; its docstring): (1) on the pooled halves B "
    "of fresh sets 1-46 the sum of id hit@5 zh + en higher; (2) none of the six figures lower by more than two "
    "queries' worth (2/N, N 1169 zh / 1131 en; 0.003 for nDCG@10), against the off run and against the bookkeeping "
    "run; (3) SMART's pooled halves TP not lower and FP not higher by more than 1 in each half; (4) medians of the "
    "p50s at 10,000 indicators on <= 10 ms and not more than 1.0 ms above off (other helpers run a SMART round and "
    "perhaps a linking retrain on the machine). Result (run once, at commit 497034d, 21:01-21:16 UTC; function hit@5, "
    "id hit@5 / id nDCG@10, off -> on): pooled halves B zh 0.9145, 0.7656 / 0.4556 -> 0.9127, 0.7665 / 0.4557, en "
    "0.9151, 0.7896 / 0.4700 -> 0.9151, 0.7896 / 0.4699 (the primary id hit@5 sum 1.5552 -> 1.5561: higher, one "
    "Chinese query; zh function hit@5 lower by two queries of 1169, 0.0018 on the 4-decimal figures against the limit "
    "0.0017: OUT); the off run equals the bookkeeping run in every figure, so against it the same; halves A as probed "
    "(zh 0.9131, 0.7811 / 0.4551 -> 0.9149, 0.7845 / 0.4573, en unchanged); SMART's pooled halves identical (A 635 / "
    "69 / 490, B 696 / 73 / 569); p50 at 10,000 indicators off / on 4.67 / 5.24, 4.79 / 5.20, 5.02 / 5.10 ms, medians "
    "4.79 off / 5.20 on (holds); `pgrep -f link_rerank_cv` printed nothing at the start of the judged runs nor at the "
    "start and end of the speed runs (a SMART round of another helper ran on the machine). Part (2) fails: the rule "
    "FAILS and `described_fusion` stays off (False); the engine is round 53's; no unit test re-pinned. The probe's "
    "four queries gained and none lost on the halves A became one gained at id level and two lost at function level "
    "on the halves B."
    " Retired later in the session (lead): kpiguide/suggest/engine.py and benchmarks/suggest_lever_judge.py are as "
    "before the lever (commit 497034d's parent), benchmarks/suggest_described_fusion.py and "
    "tests/suggest/test_described_fusion.py removed, the LEVERS entry dropped; commit 46cdffe reproduces the judged run. "
    "The two queries lost were exactly the limit's two queries' worth (1069 -> 1067 of 1169): the judge compared the "
    "4-decimal rates, whose rounding made 2/1169 read 0.0018 against 0.0017. The verdict stands as the judge gave it "
    "(the rule named the judge, and it was not re-judged after seeing the result); the judge reads hit rates as query "
    "counts from the next round on (lead, its own commit)."
    " Test run of round 54, once, in the same session after its merge and the lever's retirement (db59470: "
    "employer_out, duty_vote, meaning_places, bridge_fusion, worker_head and department_agree on, "
    "described_fusion retired, so round 53's engine; linking round 45's models and mined vocabulary of 9,437 "
    "names; `python benchmarks/suggest_quality.py --data /work/shared/data/external`): the forty-seventh "
    "fresh set (100 queries, 50 zh / 50 en) gives function hit@5 zh 0.840 / en 0.680, id hit@5 0.640 / 0.600, "
    "id nDCG@10 0.321 / 0.281 (BM25 in the same run 0.800 / 0.740, 0.520 / 0.500, 0.270 / 0.218): goals "
    "missed in both languages; English function hit@5 the lowest of recent unseen sets and BELOW BM25's; the "
    "engine ahead of BM25 on the other five figures. The session's first commit (947a831: round 52's engine, "
    "linking round 44's models) on the same queries, run afterwards for comparison only (copied over its test "
    "split's file, `--split fresh45 --no-write`): function hit@5 0.820 / 0.700, id hit@5 0.620 / 0.600, id "
    "nDCG@10 0.315 / 0.279: department_agree and the new linking models gained one Chinese query at function "
    "level and one at id level and lost one English query at function level here."
)


ROUND_55 = (
    "Round 55 (issue 12): the forty-seventh fresh set (round 54's test set, run once by the lead at commit db59470, "
    "round 53's engine with employer_out, duty_vote, meaning_places, bridge_fusion, worker_head and department_agree "
    "on, round 54's described_fusion retired; its figures at the end of the ROUND_54 note) is development data, split "
    "by occupation / query like the forty-sixth (half A may be read, half B never listed); the test part is the "
    "forty-eighth fresh set (`suggest_queries_fresh48.yaml`, labelled by another person; measured when present, never "
    "listed). The defaults on the development parts (`python benchmarks/suggest_quality.py --data "
    "/work/shared/data/external --no-write --halves-json PATH`, no test set present; function hit@5, id hit@5 / id "
    "nDCG@10): the forty-seventh set whole zh 0.840, 0.640 / 0.321, en 0.680, 0.600 / 0.281 (its test-run figures); "
    "fresh47A zh 0.828, 0.552 / 0.280 (29 queries), en 0.778, 0.741 / 0.372 (27); pooled halves A of the fresh sets "
    "1-47 zh 0.9110, 0.7754 / 0.4508, en 0.9169, 0.7706 / 0.4369 (1180 / 1216 queries); pooled halves B zh 0.9134, "
    "0.7655 / 0.4542, en 0.9081, 0.7825 / 0.4641 (1190 / 1154 queries; the before figures of the round). No change to "
    "the suggestion engine in this step. fresh47A's 20 id-level misses classed "
    "(benchmarks/results/suggest_round55_misses.md: a1 5, a2 1, a3 9, a4 1, b 3, c 1; en 7 / zh 13; pooled over rounds "
    "21-55: 556, a1 181, a2 38, a3 193, a4 14, b 87, c 43); the largest class is (a), role read wrong or not read (426 "
    "of 556; its largest part (a3) 193, then (a1) 181); all five English (a1) misses read a role by meaning, each the "
    "nearest archetype of another job than the labels' (three of them strategies read as a job); six of the nine "
    "Chinese (a3) misses read no role at all; eleven of the twenty have a labelled id in the first 30 but not in the "
    "first 5. Lever of round 55, a code lever aimed at ranking (the code levers on (a1) and (a3) of rounds 49-54 moved "
    "a few queries each and reversed or failed on the halves B; three of this round's misses with a labelled id in "
    "the first 30 are department strategies), chosen from a count by reading on the halves A: for the readings whose "
    "list is built from knowledge and not fused with the text match, a goal read and no job, the text's own match "
    "alone ranks better than the engine in Chinese (id nDCG@10 department strategies 0.575 against 0.550, 313 "
    "queries; stated strategies with no role read 0.629 against 0.457, 64), far worse for every role reading; the "
    "text's own best match reaches places 2-10 only (department_text, strategy_text and department_agree never touch "
    "place 1; round 25's stated_fusion, which fused the lists for every stated reading, failed its rule): with a "
    "department read, or no role read at all and a strategy stated (either language), the text match's first "
    "indicator takes place 1 when the list's first ten hold it, after department_agree's re-order; no indicator "
    "enters or leaves the first ten (`IndicatorSuggester(text_first=True)`, `engine._text_first`, `engine._firsts`; "
    "every other reading untouched). Probed on the halves A only (the switch itself, every query): zh id nDCG@10 "
    "0.4508 -> 0.4781, en 0.4369 -> 0.4487, id hit@5 (915 / 1180, 937 / 1216 queries) and function hit@5 unchanged; "
    "377 zh and 325 en queries in scope; other forms probed and not judged (benchmarks/suggest_text_first.py). Rule, "
    "round 53's shape with the nDCG primary, said before the run (`python benchmarks/suggest_text_first.py off|on "
    "PATH`, `... --verdict OFF ON`, `... --smart off|on`, `... --speed off|on` alternately three times each; its "
    "docstring): (1) on the pooled halves B of fresh sets 1-47 the sum of id nDCG@10 zh + en higher AND the sum of id "
    "hit@5 zh + en not lower; (2) none of the six figures lower by more than two queries (hit rates compared as "
    "counts of N 1190 zh / 1154 en; 0.003 for nDCG@10), against the off run and against the bookkeeping run; (3) "
    "SMART's pooled halves TP not lower and FP not higher by more than 1 in each half; (4) medians of the p50s at "
    "10,000 indicators on <= 10 ms and not more than 1.0 ms above off (other helpers run a linking retrain and a SMART "
    "round on the machine; the note says whether the retrain was running). Result (run once, at commit 3677085, "
    "23:06-23:32 UTC; function hit@5, id hit@5 / id nDCG@10, off -> on): pooled halves B zh 0.9134, 0.7655 / 0.4542 -> "
    "0.9134, 0.7672 / 0.4819, en 0.9081, 0.7825 / 0.4641 -> 0.9081, 0.7834 / 0.4777 (the primary id nDCG@10 sum "
    "0.9183 -> 0.9596: higher; id hit@5 sum 1.5480 -> 1.5506: not lower; no figure lower; id hit@5 up on three halves "
    "B, down on none); the off run equals the bookkeeping run in every figure, so against it the same; halves A as "
    "probed (zh 0.7754 / 0.4508 -> 0.7754 / 0.4781, en 0.7706 / 0.4369 -> 0.7706 / 0.4487, function hit@5 unchanged); "
    "SMART's pooled halves identical (A 644 / 71 / 503, B 712 / 77 / 582, TP / FP / FN); p50 at 10,000 indicators, "
    "run 23:21-23:32 while the linking retrain was running (`pgrep -f link_rerank_cv` printed its process at the "
    "start and the end; load average 3.55-4.53 on 2 cores), off / on 13.33 / 14.55, 16.41 / 16.53, 15.47 / 14.48 ms, "
    "medians 15.47 off / 14.55 on: on is not above off, but above 10 ms (the off median too; the medians of rounds 53 "
    "and 54 were 4.60-5.20 ms): part (4) OUT. The rule FAILS and `text_first` stays off (False); the engine is round 53's; "
    "no unit test re-pinned. Parts (1)-(3) held, with a ranking gain on the halves B (id nDCG@10 +0.028 zh, +0.014 "
    "en) as large as the probe's on the halves A; the failure is the absolute speed limit on a loaded machine, met by "
    "neither state."
    " Later in the session (lead): part (4) re-measured once (00:06-00:14 UTC, at a74bc31, the lever code"
    " of 3677085 unchanged; /tmp/kg/tr49/speed.sh), because the judged speed runs could not tell the "
    "lever's cost (their control, off, failed the same absolute bound on the loaded machine); every other"
    " Python process of the machine (the linking retrain and mining, a SMART round's runs) paused by "
    "SIGSTOP for the runs' length; parts (1)-(3), on labelled data, not run again. Off / on alternately, "
    "three times each: p50 at 10,000 indicators 8.87 / 9.04, 9.17 / 7.99, 8.28 / 8.84 ms, medians 8.87 "
    "off, 8.84 on: part (4) would hold. But with the switch on, three unit tests of hand-written cases "
    "fail (pytest tests/suggest, 3 failed of 460), two of them expectations of the issue itself: "
    "'生产车间：公司战略是降本增效' no longer gets a production measure first (the text match's first, "
    "general_management.cost_reduction_target_achievement, takes place 1 of the production department's "
    "list: the lever does not ask that the indicator be the department's own), and '提升人均产值，降低一线员工流失率' "
    "loses production.output_per_employee from its first two (the third, test_department_text's, only "
    "pins another switch's mechanics). So the verdict as judged (FAILED) stands, and the lever is "
    "retired: kpiguide/suggest/engine.py and benchmarks/suggest_lever_judge.py as at 3677085's parent, "
    "benchmarks/suggest_text_first.py and tests/suggest/test_text_first.py removed, the LEVERS entry "
    "dropped; commit f66a85b reproduces the judged run. A later round may try it restricted to the "
    "department's own function."
    " Test run of round 55, once, in the same session after its merge and the lever's retirement "
    "(e30e7c6: department_agree and the earlier levers on, text_first retired, so round 53's engine; "
    "linking round 45's models; `python benchmarks/suggest_quality.py --data /work/shared/data/external`,"
    " 00:22-00:27 UTC, the linking retrain running alongside): fresh48 (100 queries, 50 zh / 50 en) "
    "function hit@5 zh 0.920 / en 0.840, id hit@5 0.680 / 0.740, id nDCG@10 0.362 / 0.413; BM25 in the "
    "same run function hit@5 0.820 / 0.640, id hit@5 0.520 / 0.500, id nDCG@10 0.315 / 0.268. Goals "
    "missed (function hit@5 0.95; id hit@5 0.85 and nDCG@10 0.55 in each language). The session's first "
    "commit (bb26534) was not run on the same queries: the suggester's code is the same there (kpiguide/ "
    "differs only by comments in relevance.py), so it would give the same lists."
)


def occupation_half(query: dict) -> str:
    """'A' or 'B' by a hash of the query's occupation (its O*NET / CSCO code; a written query by its id sans language)."""
    source = str(query.get("source") or "")
    code = re.search(r"\d{2}-\d{4}\.\d{2}|\d-\d{2}-\d{2}-\d{2}", source)
    key = code.group(0) if code else re.sub(r"^(zh|en)_", "", str(query["id"]))
    return "AB"[hashlib.md5(key.encode("utf-8")).digest()[0] % 2]


def load_queries() -> list[dict]:
    """The labelled queries with the second batch of id-level judgements merged in (max grade wins)."""
    queries = yaml.safe_load(QUERIES.read_text(encoding="utf-8"))["queries"]
    for name, path in (
        ("fresh", FRESH),
        ("fresh2", FRESH2),
        ("fresh3", FRESH3),
        ("fresh4", FRESH4),
        ("fresh5", FRESH5),
        ("fresh6", FRESH6),
        ("fresh7", FRESH7),
        ("fresh8", FRESH8),
        ("fresh9", FRESH9),
        ("fresh10", FRESH10),
        ("fresh11", FRESH11),
        ("fresh12", FRESH12),
        ("fresh13", FRESH13),
        ("fresh14", FRESH14),
        ("fresh15", FRESH15),
        ("fresh16", FRESH16),
        ("fresh17", FRESH17),
        ("fresh18", FRESH18),
        ("fresh19", FRESH19),
        ("fresh20", FRESH20),
        ("fresh21", FRESH21),
        ("fresh22", FRESH22),
        ("fresh23", FRESH23),
        ("fresh24", FRESH24),
        ("fresh25", FRESH25),
        ("fresh26", FRESH26),
        ("fresh27", FRESH27),
        ("fresh28", FRESH28),
        ("fresh29", FRESH29),
        ("fresh30", FRESH30),
        ("fresh31", FRESH31),
        ("fresh32", FRESH32),
        ("fresh33", FRESH33),
        ("fresh34", FRESH34),
        ("fresh35", FRESH35),
        ("fresh36", FRESH36),
        ("fresh37", FRESH37),
        ("fresh38", FRESH38),
        ("fresh39", FRESH39),
        ("fresh40", FRESH40),
        ("fresh41", FRESH41),
        ("fresh42", FRESH42),
        ("fresh43", FRESH43),
        ("fresh44", FRESH44),
        ("fresh45", FRESH45),
        ("fresh46", FRESH46),
        ("fresh47", FRESH47),
    ):
        if path.exists():  # development sets, split into halves by occupation
            rows = yaml.safe_load(path.read_text(encoding="utf-8"))["queries"]
            queries += [dict(q, split=name + occupation_half(q)) for q in rows]
    if FRESH48.exists():
        queries += [dict(q, split=TEST_SPLIT) for q in yaml.safe_load(FRESH48.read_text(encoding="utf-8"))["queries"]]
    extra = yaml.safe_load(JUDGEMENTS.read_text(encoding="utf-8"))["judgements"] if JUDGEMENTS.exists() else {}
    canonical = load_catalog().canonical_id  # labels may name ids merged since they were written
    for q in queries:
        ids: dict[str, int] = {}
        for key, grade in [*(q.get("ids") or {}).items(), *(extra.get(q["id"]) or {}).items()]:
            ids[canonical(key)] = max(int(grade), ids.get(canonical(key), 0))
        q["ids"] = ids
    return queries


def grades_for(query: dict, catalog) -> dict[str, int]:
    functions = set(query["functions"])
    industry = query.get("industry")
    grades = {}
    for ind in catalog:
        if ind.function in functions and (
            industry is None or "general" in ind.industries or industry in ind.industries
        ):
            grades[ind.id] = 1
    for key, grade in (query.get("ids") or {}).items():
        grades[key] = max(grade, grades.get(key, 0))
    return grades


def id_grades(query: dict) -> dict[str, int]:
    """Id-level relevance only: the judged ids (grade 2-3); function membership earns nothing."""
    return {k: int(g) for k, g in (query.get("ids") or {}).items() if int(g) > 0}


def metrics(ranked: list[str], grades: dict[str, int]) -> tuple[float, float, float]:
    hit = float(any(grades.get(i, 0) > 0 for i in ranked[:5]))
    dcg = sum((2 ** grades.get(i, 0) - 1) / math.log2(r + 2) for r, i in enumerate(ranked[:10]))
    ideal = sorted(grades.values(), reverse=True)[:10]
    idcg = sum((2**g - 1) / math.log2(r + 2) for r, g in enumerate(ideal))
    rr = next((1.0 / (r + 1) for r, i in enumerate(ranked[:10]) if grades.get(i, 0) > 0), 0.0)
    return hit, (dcg / idcg if idcg else 0.0), rr


#: the engine's switches of judged levers a run may set ("on" / "off"; the option name with dashes) and their rounds.
#: The levers that failed their rules (meaning_strong 20, bridge_weak 21, meaning_industry 24, stated_fusion 25,
#: bridge_agree 27, bridge_rerank 28) were retired in round 29: the commands of their judged runs reproduce at commit
#: ff968f5 (``git worktree add /tmp/kg-ff968f5 ff968f5``). Round 32's department_frame (failed) was retired later in
#: round 32: the commands of its judged run (``benchmarks/suggest_department_frame.py``) reproduce at commit bbde965.
#: Round 34's our_voice (failed) was retired later in round 34: the commands of its judged run
#: (``benchmarks/suggest_our_voice.py``) reproduce at commit 124bd8f. Round 36's department_name_silent (failed) was
#: retired later in round 36: the commands of its judged run (``benchmarks/suggest_department_name_silent.py``)
#: reproduce at commit f35dc48.
LEVERS = {
    "named_any_industry": 22,
    "meaning_vote": 26,
    "department_text": 30,
    "department_second": 33,
    "department_meaning": 35,
    "frame_silent": 35,
    "worker_title": 40,
    "role_owned": 40,
    "own_first": 41,
    "strategy_text": 42,
    "named_area": 43,
    "added_roles": 45,
    "added_roles_46": 46,
    "employer_out": 47,
    "duty_vote": 48,
    "meaning_places": 49,
    "bridge_fusion": 50,
    "worker_head": 52,
    "department_agree": 53,
}


def halves_figures(summary: dict[tuple[str, str, str, str], tuple[float, float, float]]) -> dict:
    """The engine's figures on the halves, for comparing two engine states (``--halves-json``): per language, function
    hit@5, id hit@5 and id nDCG@10 of the pooled halves A and B, and id hit@5 of each half A / B of each fresh set.

    ``summary`` maps (part, level, system, lang) to (hit@5, nDCG@10, MRR), as ``main`` builds it; parts absent from
    it (a run on fewer parts) are left out; the test set is never among the parts."""
    out: dict = {"pooled": {}, "halves_id_hit5": {}}
    for pool in HALVES:
        for lang in ("zh", "en"):
            function = summary.get(("pooled" + pool, "function", SYSTEMS[0], lang))
            id_ = summary.get(("pooled" + pool, "id", SYSTEMS[0], lang))
            if function is None or id_ is None:
                continue
            out["pooled"].setdefault(pool, {})[lang] = {
                "function_hit5": round(function[0], 4),
                "id_hit5": round(id_[0], 4),
                "id_ndcg10": round(id_[1], 4),
            }
    for part in HALVES["A"] + HALVES["B"]:
        for lang in ("zh", "en"):
            id_ = summary.get((part, "id", SYSTEMS[0], lang))
            if id_ is not None:
                out["halves_id_hit5"].setdefault(part, {})[lang] = round(id_[0], 4)
    return out


def main() -> None:
    default = os.environ.get("KPIGUIDE_EXTERNAL_DATA") or str(ROOT.parent / "shared" / "data" / "external")
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--data", default=default, help="external data folder (used to rebuild the query set if missing)"
    )
    parser.add_argument(
        "--no-write", action="store_true", help="print only; do not update benchmarks/results/suggest.md"
    )
    parser.add_argument(
        "--show-misses",
        action="store_true",
        help="list the queries without a hit in the top 5 (development data only: never the test set fresh48 nor half "
        "B of the fresh sets 1-47, the checks of rounds 7, 8 and 10-55)",
    )
    parser.add_argument("--quick", action="store_true", help="smoke run: a few queries per language; writes nothing")
    parser.add_argument(
        "--halves-json",
        metavar="PATH",
        help="also write the engine's figures on the halves to PATH as JSON (pooled halves A / B per language: function "
        "hit@5, id hit@5, id nDCG@10; id hit@5 of each half A / B): one file per engine state, to compare two states",
    )
    for option, round_ in LEVERS.items():
        parser.add_argument(
            "--" + option.replace("_", "-"),
            choices=("default", "on", "off"),
            default="default",
            help=f"round {round_}'s lever (IndicatorSuggester({option}=...)); anything but 'default' writes nothing",
        )
    parser.add_argument(
        "--split",
        choices=(
            "dev",
            "test",
            "freshA",
            "freshB",
            "fresh2A",
            "fresh2B",
            "fresh3A",
            "fresh3B",
            "fresh4A",
            "fresh4B",
            "fresh5A",
            "fresh5B",
            "fresh6A",
            "fresh6B",
            "fresh7A",
            "fresh7B",
            "fresh8A",
            "fresh8B",
            "fresh9A",
            "fresh9B",
            "fresh10A",
            "fresh10B",
            "fresh11A",
            "fresh11B",
            "fresh12A",
            "fresh12B",
            "fresh13A",
            "fresh13B",
            "fresh14A",
            "fresh14B",
            "fresh15A",
            "fresh15B",
            "fresh16A",
            "fresh16B",
            "fresh17A",
            "fresh17B",
            "fresh18A",
            "fresh18B",
            "fresh19A",
            "fresh19B",
            "fresh20A",
            "fresh20B",
            "fresh21A",
            "fresh21B",
            "fresh22A",
            "fresh22B",
            "fresh23A",
            "fresh23B",
            "fresh24A",
            "fresh24B",
            "fresh25A",
            "fresh25B",
            "fresh26A",
            "fresh26B",
            "fresh27A",
            "fresh27B",
            "fresh28A",
            "fresh28B",
            "fresh29A",
            "fresh29B",
            "fresh30A",
            "fresh30B",
            "fresh31A",
            "fresh31B",
            "fresh32A",
            "fresh32B",
            "fresh33A",
            "fresh33B",
            "fresh34A",
            "fresh34B",
            "fresh35A",
            "fresh35B",
            "fresh36A",
            "fresh36B",
            "fresh37A",
            "fresh37B",
            "fresh38A",
            "fresh38B",
            "fresh39A",
            "fresh39B",
            "fresh40A",
            "fresh40B",
            "fresh41A",
            "fresh41B",
            "fresh42A",
            "fresh42B",
            "fresh43A",
            "fresh43B",
            "fresh44A",
            "fresh44B",
            "fresh45A",
            "fresh45B",
            "fresh46A",
            "fresh46B",
            "fresh47A",
            "fresh47B",
            TEST_SPLIT,
            "halves",
            "development",
            "all",
        ),
        default="all",
        help="which part to run ('development': every part but the test set, printed only)",
    )
    args = parser.parse_args()
    if not QUERIES.exists():
        raise SystemExit(f"{QUERIES} missing: run benchmarks/build_suggest_queries.py --data {args.data}")
    queries = load_queries()
    if args.split == "halves":  # the pooled halves A and B only, printed, nothing written (round 11's A/B steps)
        queries = [q for q in queries if q.get("split") in HALVES["A"] + HALVES["B"]]
        args.no_write = True
    elif args.split == "development":  # every development part, never the test set; printed, nothing written
        queries = [q for q in queries if q.get("split") != TEST_SPLIT]
        args.no_write = True
    elif args.split != "all":
        queries = [q for q in queries if q.get("split", "test") == args.split]
    if args.quick:
        queries = [q for lang in ("zh", "en") for q in [x for x in queries if x["lang"] == lang and x["ids"]][:4]]
        args.no_write = True
    catalog = load_catalog()
    t0 = time.perf_counter()
    options = {o: getattr(args, o) == "on" for o in LEVERS if getattr(args, o) != "default"}
    args.no_write = args.no_write or bool(options)
    ours = IndicatorSuggester(**options).fit(catalog)
    fit_s = time.perf_counter() - t0
    base = PlainBM25(list(catalog.indicators))

    # level -> (system, lang) -> metrics; level "function": grade 1 for the query's functions + judged ids;
    # level "id": the judged ids only.
    table: dict[str, dict[tuple[str, str, str], list[tuple[float, float, float]]]] = defaultdict(
        lambda: defaultdict(list)
    )
    by_kind: dict[tuple[str, str, str, str], list[float]] = defaultdict(list)
    for q in queries:
        levels = {"function": grades_for(q, catalog), "id": id_grades(q)}
        runs = {
            SYSTEMS[0]: [s.indicator.id for s in ours.suggest(q["text"], top_k=10)],
            SYSTEMS[1]: base.search(q["text"], 10),
        }
        for system, ranked in runs.items():
            for level, grades in levels.items():
                if not grades:
                    continue
                m = metrics(ranked, grades)
                split = q.get("split", "test")
                table[level][(system, q["lang"], split)].append(m)
                whole = re.fullmatch(r"(fresh\d*)[AB]", split)  # a half of fresh set N also counts for the whole set
                if whole:
                    table[level][(system, q["lang"], whole.group(1))].append(m)
                for pool, parts in HALVES.items():
                    if split in parts:
                        table[level][(system, q["lang"], "pooled" + pool)].append(m)
                by_kind[(level, system, q["lang"], q["kind"])].append(m[1])
                if args.show_misses and system == SYSTEMS[0] and not m[0] and split not in UNLISTED:
                    print(
                        f"MISS {q.get('split', 'test')} {level} {q['id']}: {q['text'][:70]!r} -> {ranked[:5]}",
                        file=sys.stderr,
                    )

    n_ids = sum(1 for q in queries if q.get("ids"))
    n_judged = sum(len(q.get("ids") or {}) for q in queries)
    lines = [
        "## Quality (suggest_quality.py)",
        "",
        f"Command: `python benchmarks/suggest_quality.py --data /work/shared/data/external` — {today()} — {machine()}",
        "",
        f"Catalog: {len(catalog)} indicators ({len(catalog.templates)} strategy templates). Queries: {len(queries)} "
        f"({sum(q['lang'] == 'zh' for q in queries)} zh, {sum(q['lang'] == 'en' for q in queries)} en) from O*NET 29.3 "
        f"and 职业分类大典2022 texts plus strategy statements; {n_ids} with id-level judgements ({n_judged} judged ids, "
        f"grade 2-3). kpiguide fit: {fit_s:.2f} s.",
        "Baseline: bm25s over the same catalog text (names, keywords, definitions, formulas in both languages), jieba "
        "words for Chinese, lower-case English words; no stemming, bigrams, thesaurus, field weights or boosts. "
        "No filters are passed to either system.",
        "",
        "Function level: grade 1 for any indicator of the query's functions usable in its industry, grade 2-3 for the "
        "judged ids. Id level: only the judged ids count (a strict reading: another sensible indicator of the right "
        "function earns nothing).",
        "",
        "Split: every query of suggest_queries.yaml is in the development part (`dev`) or the old test part, fixed by "
        "a hash of its id before any tuning (`split`). Since issue 12 round 6 both are development data: the old "
        "test part was looked at twice, and round 6 read the misses of both. The fresh set "
        "(`suggest_queries_fresh.yaml`, round 6's test set) is development data since round 7: it is split by "
        "occupation (a hash of the O*NET / CSCO code; a written query by its id) into half A, whose misses round 7 "
        "read, and half B, round 7's own check (never listed by `--show-misses`). The second fresh set "
        "(`suggest_queries_fresh2.yaml`, round 7's test set) is development data since round 8, split the same way: "
        "half A, whose misses round 8 read, and half B, round 8's check (never listed). The third fresh set "
        "(`suggest_queries_fresh3.yaml`, round 8's test set) is development data since round 10, split the same way: "
        "half A, whose misses rounds 10 and 10b read, and half B, their check (never listed). The fourth fresh set "
        "(`suggest_queries_fresh4.yaml`, round 10's test set) is development data since round 11, split the same way "
        "(half A read in round 11, half B its check). The fifth fresh set (`suggest_queries_fresh5.yaml`, round 11's "
        "test set, run once then) is development data since round 12, split the same way (half A read in round 12, "
        "half B its check). The sixth fresh set (`suggest_queries_fresh6.yaml`, round 12's test set, run once then) is "
        "development data since round 14, split the same way (half A may be read, half B is never listed). The seventh "
        "fresh set (`suggest_queries_fresh7.yaml`, round 14's test set, run once then) is development data since round "
        "15, split the same way (half A may be read, half B is never listed). The eighth fresh set "
        "(`suggest_queries_fresh8.yaml`, round 15's test set, run once then) is development data since round 16, "
        "split the same way (half A may be read, half B is never listed). The ninth fresh set "
        "(`suggest_queries_fresh9.yaml`, round 16's test set, run once then) is development data since round 18, "
        "split the same way (half A may be read, half B is never listed). The tenth fresh set "
        "(`suggest_queries_fresh10.yaml`, round 18's test set, run once then) is development data since round 19, "
        "split the same way (half A may be read, half B is never listed). The eleventh fresh set "
        "(`suggest_queries_fresh11.yaml`, round 19's test set, run once then) is development data since round 20, "
        "split the same way (half A may be read, half B is never listed). The twelfth fresh set "
        "(`suggest_queries_fresh12.yaml`, round 20's test set, run once then) is development data since round 21, "
        "split the same way (half A may be read, half B is never listed). The thirteenth fresh set "
        "(`suggest_queries_fresh13.yaml`, round 21's test set, run once then) is development data since round 22, "
        "split the same way (half A may be read, half B is never listed). The fourteenth fresh set "
        "(`suggest_queries_fresh14.yaml`, round 22's test set, run once then) is development data since round 23, "
        "split the same way (half A may be read, half B is never listed). The fifteenth fresh set "
        "(`suggest_queries_fresh15.yaml`, round 23's test set, run once then) is development data since round 24, "
        "split the same way (half A may be read, half B is never listed). The sixteenth fresh set "
        "(`suggest_queries_fresh16.yaml`, round 24's test set, run once then) is development data since round 25, "
        "split the same way (half A may be read, half B is never listed). The seventeenth fresh set "
        "(`suggest_queries_fresh17.yaml`, round 25's test set, run once then) is development data since round 26, "
        "split the same way (half A may be read, half B is never listed). The eighteenth fresh set "
        "(`suggest_queries_fresh18.yaml`, round 26's test set, run once then) is development data since round 27, "
        "split the same way (half A may be read, half B is never listed). The nineteenth fresh set "
        "(`suggest_queries_fresh19.yaml`, round 27's test set, run once then) is development data since round 28, "
        "split the same way (half A may be read, half B is never listed). The twentieth fresh set "
        "(`suggest_queries_fresh20.yaml`, round 28's test set, run once then) is development data since round 29, "
        "split the same way (half A may be read, half B is never listed). The twenty-first fresh set "
        "(`suggest_queries_fresh21.yaml`, round 29's test set, run once then) is development data since round 30, "
        "split the same way (half A may be read, half B is never listed). The twenty-second fresh set "
        "(`suggest_queries_fresh22.yaml`, the test set of rounds 30-31, run once then) is development data since round "
        "32, split the same way (half A may be read, half B is never listed). The twenty-third fresh set "
        "(`suggest_queries_fresh23.yaml`, round 32's test set, run once then) is development data since round 33, "
        "split the same way (half A may be read, half B is never listed). The twenty-fourth fresh set "
        "(`suggest_queries_fresh24.yaml`, round 33's test set, run once then) is development data since round 34, "
        "split the same way (half A may be read, half B is never listed). The twenty-fifth fresh set "
        "(`suggest_queries_fresh25.yaml`, round 34's test set, run once then) is development data since round 35, "
        "split the same way (half A may be read, half B is never listed). The twenty-sixth fresh set "
        "(`suggest_queries_fresh26.yaml`, round 35's test set, run once then) is development data since round 36, "
        "split the same way (half A may be read, half B is never listed). The twenty-seventh fresh set "
        "(`suggest_queries_fresh27.yaml`, round 36's test set, run once then) is development data since round 37, "
        "split the same way (half A may be read, half B is never listed). The twenty-eighth fresh set "
        "(`suggest_queries_fresh28.yaml`, round 37's test set, run once then) is development data since round 38, "
        "split the same way (half A may be read, half B is never listed). The twenty-ninth fresh set "
        "(`suggest_queries_fresh29.yaml`, round 38's test set, run once then) is development data since round 39, "
        "split the same way (half A may be read, half B is never listed). The thirtieth fresh set "
        "(`suggest_queries_fresh30.yaml`, round 39's test set, run once then) is development data since round 40, "
        "split the same way (half A may be read, half B is never listed). The thirty-first fresh set "
        "(`suggest_queries_fresh31.yaml`, round 40's test set, run once then) and the thirty-second "
        "(`suggest_queries_fresh32.yaml`, labelled for a later round, run once by the lead at the start of round 41's "
        "session) are development data since round 41, split the same way (half A may be read, half B is never "
        "listed). The thirty-third fresh set (`suggest_queries_fresh33.yaml`, round 41's test set, run once then) is "
        "development data since round 42, split the same way (half A may be read, half B is never listed). The "
        "thirty-fourth fresh set (`suggest_queries_fresh34.yaml`, round 42's test set, run once then) and the "
        "thirty-fifth (`suggest_queries_fresh35.yaml`, labelled for a later round, run once by the lead at the start "
        "of round 43's session) are development data since round 43, split the same way (half A may be read, half B "
        "is never listed). The thirty-sixth fresh set (`suggest_queries_fresh36.yaml`, round 43's test set, run once "
        "by the lead at the start of round 44's session) is development data since round 44, split the same way (half "
        "A may be read, half B is never listed). The thirty-seventh fresh set (`suggest_queries_fresh37.yaml`, round "
        "44's test set, run once by the lead at the start of round 45's session) is development data since round 45, "
        "split the same way (half A may be read, half B is never listed). The thirty-eighth fresh set "
        "(`suggest_queries_fresh38.yaml`, round 45's test set, run once by the lead in round 45's session after its "
        "merge) is development data since round 46, split the same way (half A may be read, half B is never listed). "
        "The thirty-ninth fresh set (`suggest_queries_fresh39.yaml`, round 46's test set, run once by the lead at "
        "d2e9336 in round 46's session after its merge) is development data since round 47, split the same way (half A "
        "may be read, half B is never listed). The fortieth fresh set (`suggest_queries_fresh40.yaml`, round 47's test set, "
        "run once by the lead at 9f36cdc in round 47's session after its merge) is development data since round 48, split "
        "the same way (half A may be read, half B is never listed). The forty-first fresh set (`suggest_queries_fresh41.yaml`, "
        "round 48's test set, run once by the lead at 21e9e37 in round 48's session after its merge) is development data "
        "since round 49, split the same way (half A may be read, half B is never listed). The forty-second fresh set "
        "(`suggest_queries_fresh42.yaml`, round 49's test set, run once by the lead at 3989cc0 in round 49's session after "
        "its merge) is development data since round 50, split the same way (half A may be read, half B is never listed). "
        "The forty-third fresh set (`suggest_queries_fresh43.yaml`, round 50's test set, run once by the lead at 98edfe7 "
        "in round 50's session after its merge) is development data since round 51, split the same way (half A may be "
        "read, half B is never listed). The forty-fourth fresh set (`suggest_queries_fresh44.yaml`, round 51's test set, "
        "run once by the lead at fb1bc4d in round 51's session after its merge) is development data since round 52, "
        "split the same way (half A may be read, half B is never listed). The forty-fifth fresh set "
        "(`suggest_queries_fresh45.yaml`, round 52's test set, run once by the lead at 3f3381a in round 52's session "
        "after its merge) is development data since round 53, split the same way (half A may be read, half B is never "
        "listed). The forty-sixth fresh set (`suggest_queries_fresh46.yaml`, round 53's test set, run once by the lead "
        "at 285e7af in round 53's session after its merge) is development data since round 54, split the same way (half "
        "A may be read, half B is never listed). The forty-seventh fresh set (`suggest_queries_fresh47.yaml`, round 54's "
        "test set, run once by the lead at db59470 in round 54's session after its merge) is development data since "
        "round 55, split the same way (half A may be read, half B is never listed). The test part is the forty-eighth "
        "fresh set (`suggest_queries_fresh48.yaml`, labelled by another person before the engine it tests ran on it; measured "
        "when present, never listed by `--show-misses`). The pooled rows add up the halves A (read) and the halves B "
        "(the checks) of the fresh sets 1-47.",
        "",
        ROUND_11,
        "",
        ROUND_12,
        "",
        ROUND_14,
        "",
        ROUND_15,
        "",
        ROUND_16,
        "",
        ROUND_18,
        "",
        ROUND_19,
        "",
        ROUND_20,
        "",
        ROUND_21,
        "",
        ROUND_22,
        "",
        ROUND_23,
        "",
        ROUND_24,
        "",
        ROUND_25,
        "",
        ROUND_26,
        "",
        ROUND_27,
        "",
        ROUND_28,
        "",
        ROUND_29,
        "",
        ROUND_30,
        "",
        ROUND_31,
        "",
        ROUND_32,
        "",
        ROUND_33,
        "",
        ROUND_34,
        "",
        ROUND_35,
        "",
        ROUND_36,
        "",
        ROUND_37,
        "",
        ROUND_38,
        "",
        ROUND_39,
        "",
        ROUND_40,
        "",
        ROUND_41,
        "",
        ROUND_42,
        "",
        ROUND_43,
        "",
        ROUND_44,
        "",
        ROUND_45,
        "",
        ROUND_46,
        "",
        ROUND_47,
        "",
        ROUND_48,
        "",
        ROUND_49,
        "",
        ROUND_50,
        "",
        ROUND_51,
        "",
        ROUND_52,
        "",
        ROUND_53,
        "",
        ROUND_54,
        "",
        ROUND_55,
        "",
        "| part | level | system | lang | n | hit@5 | nDCG@10 | MRR |",
        "|---|---|---|---|---|---|---|---|",
    ]
    summary = {}
    for part in SPLITS:
        for level in ("function", "id"):
            rows = sorted(
                ((k, v) for k, v in table[level].items() if k[2] == part),
                key=lambda kv: (kv[0][1], kv[0][0] != SYSTEMS[0]),
            )
            for (system, lang, _), ms in rows:
                hit = sum(m[0] for m in ms) / len(ms)
                ndcg = sum(m[1] for m in ms) / len(ms)
                mrr = sum(m[2] for m in ms) / len(ms)
                summary[(part, level, system, lang)] = (hit, ndcg, mrr)
                lines.append(
                    f"| {PART_NAMES[part]} | {level} | {system} | {lang} | {len(ms)} | {hit:.3f} | {ndcg:.3f} "
                    f"| {mrr:.3f} |"
                )
    lines += [
        "",
        "nDCG@10 by query kind (all parts):",
        "",
        "| level | system | lang | " + " | ".join(KINDS) + " |",
        "|---|---|---|" + "---|" * len(KINDS),
    ]
    for level in ("function", "id"):
        for system in SYSTEMS:
            for lang in ("zh", "en"):
                cells = []
                for kind in KINDS:
                    v = by_kind.get((level, system, lang, kind), [])
                    cells.append(f"{sum(v) / len(v):.3f}" if v else "-")
                lines.append(f"| {level} | {system} | {lang} | " + " | ".join(cells) + " |")
    lines.append("")
    goal_part = TEST_SPLIT if any(k[0] == TEST_SPLIT for k in summary) else "fresh47B"
    if goal_part == "fresh47B":
        lines.append(
            "No test set present (suggest_queries_fresh48.yaml): the goals below are shown on half B of the "
            "forty-seventh fresh set, development data since round 55 (its half A may be read, half B not), so 'met' "
            "there is no evidence that a goal is met."
        )
        lines.append("")
    for level, goals in GOALS.items():
        for lang in ("zh", "en"):
            ours_m = summary.get((goal_part, level, SYSTEMS[0], lang))
            base_m = summary.get((goal_part, level, SYSTEMS[1], lang))
            if ours_m is None or base_m is None:
                continue
            parts = []
            for name, goal in goals.items():
                value = ours_m[0] if name == "hit@5" else ours_m[1]
                parts.append(f"{name} {value:.3f} (goal ≥ {goal:.2f}: {'met' if value >= goal else 'NOT met'})")
            lines.append(
                f"- {PART_NAMES[goal_part]}, {level} level, {lang}: "
                + "; ".join(parts)
                + f"; BM25 hit@5 {base_m[0]:.3f}, "
                f"nDCG@10 {base_m[1]:.3f}"
            )
    body = "\n".join(lines)
    print(body)
    if args.halves_json:
        Path(args.halves_json).write_text(
            json.dumps(halves_figures(summary), indent=1, sort_keys=True) + "\n", encoding="utf-8"
        )
    if not args.no_write:
        write_section("quality", body)


if __name__ == "__main__":
    main()
