"""Per-criterion precision/recall of the SMART analyzer on the labelled statements.

Baseline (same run): regex rules — specific/measurable = "has a digit", time_bound =
"has a date word" (年/月/日/季/周/天, Q1-4, H1-2, a year, day/week/month/quarter/year),
relevant = "shares a word (jieba / lower-case English, no stop words) with the objective".
By default all three labelled sets are measured in one run (the in-sample set, the first
held-out set and the second held-out set), each in its own table.

    python benchmarks/smart_quality.py [--labels FILE ...] [--out benchmarks/results/smart.md]

The lever options the round notes below name (``--read-out-directions``, ``--own-object``, ``--best-home``,
``--placed-link``, ``--sibling-word``, ``--unread-word``, ``--unplaced-template``: rounds 19, 22, 24, 25, 27, 28 and 29)
were retired with their levers in round 29; their recorded commands reproduce at commit 8d82b45.  Round 30's
(``--suggested-reading``) was retired with its lever later in round 30; its recorded command reproduces at commit
0ae75ea.  Round 31's (``--role-reading``) was retired with its lever later in round 31; its recorded command reproduces
at commit 42b94f1.  Round 33's (``--unlinked-word``) was retired with its lever later in round 33; its recorded command
(``python benchmarks/smart_relevance_cv.py --round33``) reproduces at commit fb0214e.
"""

from __future__ import annotations

import argparse
import datetime as dt
import hashlib
import platform
import re
import sys
import time
from collections.abc import Callable
from functools import partial
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kpiguide.checks.smart import RELEVANCE_THRESHOLD, _default_linker, _default_relevance, analyze  # noqa: E402
from kpiguide.suggest.engine import default_suggester  # noqa: E402
from kpiguide.suggest.relevance import (  # noqa: E402
    FUNCTION_TEXT_FLOORS,
    HOME_MARGINS,
    HOME_TEXT_FLOORS,
    OBJECTIVE_WORDS_SHARES,
    SHARED_PHRASE_SETTINGS,
    UNLINKED_CONFIDENCE_DEFAULT,
    LinkedRelevance,
)

_DATE_WORD = re.compile(r"[年月日季周天]|Q[1-4]|H[12]|(19|20)\d\d|day|week|month|quarter|year", re.IGNORECASE)


LABEL_SETS = (
    ("in-sample", "tests/fixtures/smart_labelled.yaml"),
    ("held-out 1", "tests/fixtures/smart_holdout.yaml"),
    ("held-out 2", "tests/fixtures/smart_holdout2.yaml"),
    ("held-out 3", "tests/fixtures/smart_holdout3.yaml"),
    ("held-out 4", "tests/fixtures/smart_holdout4.yaml"),
    ("held-out 5", "tests/fixtures/smart_holdout5.yaml"),
    # the test set of issue 12 round 6; development data since round 7 (its half A was read, half B was not)
    ("held-out 6 (dev)", "tests/fixtures/smart_holdout6.yaml"),
    # the test set of issue 12 round 7; development data since round 8 (its half A was read, half B was not)
    ("held-out 7 (dev)", "tests/fixtures/smart_holdout7.yaml"),
    # the test set of issue 12 round 8, run once then; development data since round 10 (half A read, half B not)
    ("held-out 8 (dev)", "tests/fixtures/smart_holdout8.yaml"),
    # the test set of issue 12 round 9, run once then; development data since round 10 (half A read, half B not)
    ("held-out 9 (dev)", "tests/fixtures/smart_holdout9.yaml"),
    # the test set of issue 12 round 10, run once then; development data since round 11 (half A read, half B not)
    ("held-out 10 (dev)", "tests/fixtures/smart_holdout10.yaml"),
    # the test set of issue 12 round 11, run once then; development data since round 12 (half A read, half B not)
    ("held-out 11 (dev)", "tests/fixtures/smart_holdout11.yaml"),
    # the test set of issue 12 round 12, run once then; development data since round 14 (half A read, half B not)
    ("held-out 12 (dev)", "tests/fixtures/smart_holdout12.yaml"),
    # the test set of issue 12 round 14, run once then; development data since round 15 (half A read, half B not)
    ("held-out 13 (dev)", "tests/fixtures/smart_holdout13.yaml"),
    # the test set of issue 12 round 15, run then; development data since round 16 (half A may be read, half B not)
    ("held-out 14 (dev)", "tests/fixtures/smart_holdout14.yaml"),
    # the test set of issue 12 round 16, run then; development data since round 18 (half A may be read, half B not)
    ("held-out 15 (dev)", "tests/fixtures/smart_holdout15.yaml"),
    # the test set of issue 12 round 18, run then; development data since round 19 (half A may be read, half B not)
    ("held-out 16 (dev)", "tests/fixtures/smart_holdout16.yaml"),
    # the test set of issue 12 round 19, run then; development data since round 20 (half A may be read, half B not)
    ("held-out 17 (dev)", "tests/fixtures/smart_holdout17.yaml"),
    # the test set of issue 12 round 20, run then; development data since round 21 (half A may be read, half B not)
    ("held-out 18 (dev)", "tests/fixtures/smart_holdout18.yaml"),
    # the test set of issue 12 round 21, run then; development data since round 22 (half A may be read, half B not)
    ("held-out 19 (dev)", "tests/fixtures/smart_holdout19.yaml"),
    # the test set of issue 12 round 22, run then; development data since round 23 (half A may be read, half B not)
    ("held-out 20 (dev)", "tests/fixtures/smart_holdout20.yaml"),
    # the test set of issue 12 round 23, run then; development data since round 24 (half A may be read, half B not)
    ("held-out 21 (dev)", "tests/fixtures/smart_holdout21.yaml"),
    # the test set of issue 12 round 24, run then; development data since round 25 (half A may be read, half B not)
    ("held-out 22 (dev)", "tests/fixtures/smart_holdout22.yaml"),
    # the test set of issue 12 round 25, run then; development data since round 26 (half A may be read, half B not)
    ("held-out 23 (dev)", "tests/fixtures/smart_holdout23.yaml"),
    # the test set of issue 12 round 26, run then; development data since round 27 (half A may be read, half B not)
    ("held-out 24 (dev)", "tests/fixtures/smart_holdout24.yaml"),
    # the test set of issue 12 round 27, run then; development data since round 28 (half A may be read, half B not)
    ("held-out 25 (dev)", "tests/fixtures/smart_holdout25.yaml"),
    # the test set of issue 12 round 28, run then; development data since round 29 (half A may be read, half B not)
    ("held-out 26 (dev)", "tests/fixtures/smart_holdout26.yaml"),
    # the test set of issue 12 round 29, run then; development data since round 30 (half A may be read, half B not)
    ("held-out 27 (dev)", "tests/fixtures/smart_holdout27.yaml"),
    # the test set of issue 12 round 30, run then; development data since round 31 (half A may be read, half B not)
    ("held-out 28 (dev)", "tests/fixtures/smart_holdout28.yaml"),
    # the test set of issue 12 round 31, run then; development data since round 32 (half A may be read, half B not)
    ("held-out 29 (dev)", "tests/fixtures/smart_holdout29.yaml"),
    # the test set of issue 12 round 32, run then; development data since round 33 (half A may be read, half B not)
    ("held-out 30 (dev)", "tests/fixtures/smart_holdout30.yaml"),
    # the test set of issue 12 round 33, run then; development data since round 34 (half A may be read, half B not)
    ("held-out 31 (dev)", "tests/fixtures/smart_holdout31.yaml"),
    # the test set of issue 12 round 34, run then; development data since round 35 (half A may be read, half B not)
    ("held-out 32 (dev)", "tests/fixtures/smart_holdout32.yaml"),
    # the test set of issue 12 round 35, run then; development data since round 36 (half A may be read, half B not)
    ("held-out 33 (dev)", "tests/fixtures/smart_holdout33.yaml"),
    # the test set of issue 12 round 36, run then; development data since round 37 (half A may be read, half B not)
    ("held-out 34 (dev)", "tests/fixtures/smart_holdout34.yaml"),
    # the test set of issue 12 round 37, run then; development data since round 38 (half A may be read, half B not)
    ("held-out 35 (dev)", "tests/fixtures/smart_holdout35.yaml"),
    # the test set of issue 12 round 38, run then; development data since round 39 (half A may be read, half B not)
    ("held-out 36 (dev)", "tests/fixtures/smart_holdout36.yaml"),
    # the test set of issue 12 round 39, run then; development data since round 40 (half A may be read, half B not)
    ("held-out 37 (dev)", "tests/fixtures/smart_holdout37.yaml"),
    # labelled for a later round, run once at the start of round 40's session; development data since round 40 (half
    # A may be read, half B not)
    ("held-out 38 (dev)", "tests/fixtures/smart_holdout38.yaml"),
    # the test set of issue 12 round 40, run then; development data since round 41 (half A may be read, half B not)
    ("held-out 39 (dev)", "tests/fixtures/smart_holdout39.yaml"),
    # the test set of issue 12 round 41, run then; development data since round 42 (half A may be read, half B not)
    ("held-out 40 (dev)", "tests/fixtures/smart_holdout40.yaml"),
    # labelled for a later round, run once at the start of round 42's session; development data since round 42 (half
    # A may be read, half B not)
    ("held-out 41 (dev)", "tests/fixtures/smart_holdout41.yaml"),
    # the test set of issue 12 round 42, run then; development data since round 43 (half A may be read, half B not)
    ("held-out 42 (dev)", "tests/fixtures/smart_holdout42.yaml"),
    # the test set of issue 12 round 43, run then; development data since round 44 (half A may be read, half B not)
    ("held-out 43 (dev)", "tests/fixtures/smart_holdout43.yaml"),
    # the test set of issue 12 round 44, run then; development data since round 45 (half A may be read, half B not)
    ("held-out 44 (dev)", "tests/fixtures/smart_holdout44.yaml"),
    # the test set of issue 12 round 45, run then; development data since round 46 (half A may be read, half B not)
    ("held-out 45 (dev)", "tests/fixtures/smart_holdout45.yaml"),
    # the test set of issue 12 round 46, run then; development data since round 47 (half A may be read, half B not)
    ("held-out 46 (dev)", "tests/fixtures/smart_holdout46.yaml"),
    # the test set of issue 12 round 47, run then; development data since round 48 (half A may be read, half B not)
    ("held-out 47 (dev)", "tests/fixtures/smart_holdout47.yaml"),
    # the test set of issue 12 round 48, run then; development data since round 49 (half A may be read, half B not)
    ("held-out 48 (dev)", "tests/fixtures/smart_holdout48.yaml"),
    # the test set of issue 12 round 49, run then; development data since round 50 (half A may be read, half B not)
    ("held-out 49 (dev)", "tests/fixtures/smart_holdout49.yaml"),
    # the test set of issue 12 round 50, run then; development data since round 51 (half A may be read, half B not)
    ("held-out 50 (dev)", "tests/fixtures/smart_holdout50.yaml"),
    # the test set of issue 12 round 51, run then; development data since round 52 (half A may be read, half B not)
    ("held-out 51 (dev)", "tests/fixtures/smart_holdout51.yaml"),
    # the test set of issue 12 round 52, run then; development data since round 53 (half A may be read, half B not)
    ("held-out 52 (dev)", "tests/fixtures/smart_holdout52.yaml"),
    # the test set of issue 12 round 53, run then; development data since round 54 (half A may be read, half B not)
    ("held-out 53 (dev)", "tests/fixtures/smart_holdout53.yaml"),
    # the test set of issue 12 round 54, run then; development data since round 55 (half A may be read, half B not)
    ("held-out 54 (dev)", "tests/fixtures/smart_holdout54.yaml"),
    # the test set of issue 12 round 55, run then; development data since round 56 (half A may be read, half B not)
    ("held-out 55 (dev)", "tests/fixtures/smart_holdout55.yaml"),
    # the test set of issue 12 round 56, run then; development data since round 57 (half A may be read, half B not)
    ("held-out 56 (dev)", "tests/fixtures/smart_holdout56.yaml"),
    # the test set of issue 12 round 57, labelled by another person; measured only when present, never listed
    ("held-out 57 (test)", "tests/fixtures/smart_holdout57.yaml"),
)
# rounds 7, 8 and 10 split held-out 6, 7, 8 and 9 by source page into two halves: misses of half A were read (held-out
# 6 in round 7, 7 in round 8, 8 and 9 in round 10), half B was that round's check
HALVED = (
    "held-out 6 (dev)",
    "held-out 7 (dev)",
    "held-out 8 (dev)",
    "held-out 9 (dev)",
    "held-out 10 (dev)",
    "held-out 11 (dev)",
    "held-out 12 (dev)",
    "held-out 13 (dev)",
    "held-out 14 (dev)",
    "held-out 15 (dev)",
    "held-out 16 (dev)",
    "held-out 17 (dev)",
    "held-out 18 (dev)",
    "held-out 19 (dev)",
    "held-out 20 (dev)",
    "held-out 21 (dev)",
    "held-out 22 (dev)",
    "held-out 23 (dev)",
    "held-out 24 (dev)",
    "held-out 25 (dev)",
    "held-out 26 (dev)",
    "held-out 27 (dev)",
    "held-out 28 (dev)",
    "held-out 29 (dev)",
    "held-out 30 (dev)",
    "held-out 31 (dev)",
    "held-out 32 (dev)",
    "held-out 33 (dev)",
    "held-out 34 (dev)",
    "held-out 35 (dev)",
    "held-out 36 (dev)",
    "held-out 37 (dev)",
    "held-out 38 (dev)",
    "held-out 39 (dev)",
    "held-out 40 (dev)",
    "held-out 41 (dev)",
    "held-out 42 (dev)",
    "held-out 43 (dev)",
    "held-out 44 (dev)",
    "held-out 45 (dev)",
    "held-out 46 (dev)",
    "held-out 47 (dev)",
    "held-out 48 (dev)",
    "held-out 49 (dev)",
    "held-out 50 (dev)",
    "held-out 51 (dev)",
    "held-out 52 (dev)",
    "held-out 53 (dev)",
    "held-out 54 (dev)",
    "held-out 55 (dev)",
    "held-out 56 (dev)",
)
READ_NOW = ("held-out 56 (dev)",)  # the halves A --show-misses lists (round 57)
TEST_SETS = ("held-out 57 (test)",)  # never listed by --show-misses
# sets whose not-relevant pairs carry `negative` (same_page / same_function / other_page): precision per kind
NEGATIVE_KINDS = ("same_page", "same_function", "other_page")
THRESHOLDS = (0.15, 0.2, 0.25, 0.3, 0.35, 0.4, 0.5)
BEFORE_ROUND_6 = (
    "Before round 6 (commit cebf3db, this script, 2026-12-04), relevant P / R of 'ok' at 0.3: in-sample 1.00 / 0.93, "
    "held-out 2 1.00 / 0.75, held-out 3 1.00 / 0.79, held-out 4 1.00 / 0.90, held-out 5 0.94 / 0.86."
)

ROUND_7 = (
    "Round 7 (issue 12): held-out 6 is development data now. It was split by source page (a hash of the first "
    "address in `source`) into half A (47 pairs), whose misses were read (`--show-misses` lists only them), and "
    "half B (66 pairs), never listed, kept as this round's own check; the test set of round 7 is held-out 7 "
    "(`tests/fixtures/smart_holdout7.yaml`, labelled by another person; measured when present, never listed). "
    "Changes, by class of the half-A misses: objectives in practitioners' words matching no or the wrong strategy "
    "template (资金使用效率 read as hospital bed efficiency, 采购质量/供货质量, 'rock-solid reliable API', 'grow the "
    "business', customer engagement and retention, store openings for market share) got template keywords; driver "
    "links (supplier quality serves product quality, product experience drives customer satisfaction, website "
    "conversion generates leads); a KPI text naming a template directly linked to the objective's counts at 0.5 "
    "(it counted 0); a known indicator is not 'close to' a template its function has no stake in; a KPI the linker "
    "does not place (the largest class of the remaining development misses: 'Close the books in 3 working days', "
    "'net charge-off rate', 'procurement lead times') is read as the index's closest indicator at confidence at most "
    "0.7 (0.5 / 0.7 / 1.0 tried on the development sets), a reading that never makes a KPI foreign. The threshold "
    "stays 0.3, chosen on the development sets. Before round 7 (commit 4f7e27b, same script and day), relevant P / R "
    "of 'ok' at 0.3: held-out 6 0.90 / 0.68 (half A 0.95 / 0.70, half B 0.88 / 0.67), in-sample 1.00 / 0.93, "
    "held-out 2 1.00 / 0.75, held-out 3 1.00 / 0.83, held-out 4 1.00 / 0.98, held-out 5 0.99 / 0.97."
)

ROUND_8 = (
    "Round 8 (issue 12): held-out 7 (round 7's test set) is development data now, split by source page like "
    "held-out 6: half A (52 pairs), whose misses may be listed (`--show-misses`), and half B (52), never listed, this "
    "round's check (caveat: benchmarks/results/issue12_round7_misses.md, read before this round, quotes misses of both "
    "halves). The test set of round 8 is held-out 8 (`tests/fixtures/smart_holdout8.yaml`, labelled by another "
    "person; measured when present, never listed). Change: an objective's strategy templates are read per clause as "
    "well as whole (`TemplateGraph.match_objective`: 优化办公资源管理，降低运营成本 states asset management too; "
    "clauses split at punctuation, 并且/同时 and 'while', not at 'and', which split 'faster and more reliable' into a "
    "second objective on held-out 2). Tried and dropped: the foreign-function rule firing only when the objective's "
    "best template is read at confidence ≥ 0.6 / 0.8 / 0.9 / 1.0 (no change on held-out 7 either half; on held-out 6 "
    "half B P 0.89 → 0.87, R 0.76 → 0.79 from 0.8 up). Before round 8 (commit a115e18, the round-7 relevance code, same script and day), "
    "relevant P / R of 'ok' at 0.3: held-out 7 0.95 / 0.66 (half A 0.95 / 0.66, half B 0.96 / 0.67); the other sets "
    "as now. Not fixed: the linking misses S1-S3 (15 of held-out 7's 21 false negatives; helper h33's linking work) "
    "and objectives whose template a domain modifier changes (人才供应链 read as supply chain)."
)


ROUND_9 = (
    "Round 9 (issue 12): held-out 8 was round 8's test set, run once; it was then used only in the leave-one-set-out "
    "comparison of a learned combination of the relevance evidence (benchmarks/results/smart_relevance_cv.md), which "
    "won 2 of 4 held sets and was not wired in, so the relevance code and threshold are round 8's. The test set of "
    "round 9 is held-out 9 (`tests/fixtures/smart_holdout9.yaml`, 64 pairs from 19 real pages, labelled by another "
    "person before round 9's code ran on it; run once, never listed)."
)


ROUND_10 = (
    "Round 10 (issue 12): held-out 8 and 9 (the test sets of rounds 8 and 9) are development data now, split by "
    "source page like held-out 6 and 7: half A (held-out 8: 51 pairs, held-out 9: 43), whose misses were read "
    "(`--show-misses` lists only them), and half B (29 and 21 pairs), never listed, this round's check. The test set "
    "of round 10 is held-out 10 (`tests/fixtures/smart_holdout10.yaml`, labelled by another person; measured when "
    "present, never listed). Steps, each measured on all halves at 0.3 (pooled counts of the halves A of held-out "
    "6-9 / the halves B; before round 10, commit bfeb663: A TP 78 FP 3 FN 34, B TP 73 FP 5 FN 32): (1) a KPI the "
    "linker does not place is also read as the closest indicator of the functions owning the objective's strategy "
    "templates (`LinkedRelevance._owner_reading`, confidence at most 0.7; like the closest-indicator reading it only "
    "adds links, never makes a KPI foreign): A TP 79 FP 3, B unchanged (kept; its confidence 0.5 / 0.7 / 0.85 / 1.0 "
    "tried after step 2: 0.85 A +2 TP, B +1 FP; 1.0 A +2 TP +1 FP, B +2 TP +1 FP; 0.7 kept); (2) strategy-template "
    "keywords for the "
    "objective wording of the half-A misses, by class (system stability/performance, retain customers, manufacturing "
    "quality and defects, proprietary products, a digital employee experience, user-friendly apps, information "
    "system capabilities): A TP 85 FP 4, B TP 73 FP 4 (kept). Tried and dropped: the function-agreement link from "
    "any owner of the objective's template, not only the first (after step 1: precision 0.95 -> 0.91 on held-out 7 "
    "half A, 1.00 -> 0.93 on held-out 9 half A), the same only for unplaced KPIs (after step 2: A unchanged; B +1 "
    "TP, sets 1-5 +1 FP), and that with the template confidence counted as its square root (A +1 TP +1 FP). Threshold: on the pooled "
    "halves A the lowest threshold keeping precision >= 0.95 is 0.25 (P 0.950 / R 0.848 against 0.955 / 0.759 at "
    "0.3), but on the halves B it adds 6 TP and 2 FP (P 0.948 -> 0.929, under the goal), so the threshold stays 0.3. "
    "Not fixed (the largest class left on the halves A): KPIs the linker does not place and whose words fit no "
    "indicator of the objective's owners either ('代码从提交到部署的时间', '设备有效作业率', 'Live chat time in queue', "
    "'Share of key accounts'; linking, helper h40's room), and links scored below 0.3 by the product of three "
    "moderate confidences (template x reading x weight: 新员工流失率 -> 创造世界上最好的工作场所 0.19). "
    "Held-out 10 (84 pairs from 23 real pages, labelled by another person before round 10's code ran on it) was run "
    "once after rounds 10 and 10b were merged: P 0.93 / R 0.73 at 0.3 (goal R >= 0.90 at P >= 0.95: not met). "
    "Round 9's code (commit bfeb663) on the same pairs, run afterwards for comparison only, gives the same 0.93 / 0.73: "
    "round 10's relevance changes did not carry to this set."
)


ROUND_11 = (
    "Round 11 (issue 12): held-out 10 (round 10's test set) is development data now, split by source page like "
    "held-out 6-9: half A, whose misses were read (`--show-misses` lists only them; caveat: "
    "benchmarks/results/issue12_round10_misses.md, read before this round, quotes misses of both halves), and half B, "
    "never listed, this round's check together with the halves B of held-out 6-9. The test set of round 11 is "
    "held-out 11 (`tests/fixtures/smart_holdout11.yaml`, labelled by another person; measured when present, never "
    "listed). General rules only, each measured at 0.3 on the pooled halves (`python benchmarks/smart_quality.py "
    "--halves`; TP / FP; before round 11, commit 465a394: A 99 / 4, B 98 / 7, sets 1-5 165 / 2): (1) frame words "
    "read out of an objective before its strategy templates are matched (`relevance.without_frame_words`: a "
    "template matched by 体系 or 'process' alone neither decides the objective's template nor makes a KPI foreign): "
    "with 体系 / 打造 / 构建 / 搭建 and process / build / framework A unchanged, B TP 97; 打造 is the loss (体系 | 打造: "
    "B 97; 体系 | 构建 | 搭建: B 99), so 打造 (also a goal verb: 打造一流团队) is left out: A 99 / 4, B 99 / 7 (kept). "
    "(2) a secondary template counting only within a margin of the objective's first (0.1 / 0.2 / 0.3): A TP 96 / 97 "
    "/ 97, FP 4 unchanged; dropped. (3) a function the objective names: the function link at full weight (1.0; 0.8; "
    "0.7 instead of 0.6): A FP 4 -> 7 / 5 / 4, no TP gained; the named function as an owner for the reading of an "
    "unplaced KPI: no change on A, B or sets 1-5; both dropped. (4) a KPI sharing its object word with the "
    "objective (`LinkedRelevance.shared_objects`: a word both name that is not a direction, duty, frame or common "
    "catalog word, idf >= 4.5: checkout, 续费率) with text relevance >= 0.25 scores at least 0.3: A TP 101 / FP 4 "
    "at 0.25, 0.2 and 0.15 alike, so the most cautious, 0.25, was taken; B TP 100 / FP 7 (kept; idf 3 / 4 / 5 "
    "change nothing on A). After round 11: A 101 / 4 (P 0.962, R 0.765), B 100 / 7 (P 0.935, R 0.730), sets 1-5 "
    "165 / 2. Threshold: the lowest keeping precision >= 0.95 on the pooled halves A is 0.25 (P 0.956 / R 0.826 "
    "against 0.962 / 0.765 at 0.3), but on the halves B it adds 5 TP and 2 FP (P 0.935 -> 0.921, under the goal), "
    "so it stays 0.3 (the pooled-counts table above). The goal (R >= 0.90 at P >= 0.95) is not met on the development halves either: the misses left on "
    "half A are KPIs the linker places wrongly or not at all ('Reduce no. of billing issues', 'lead time to resolve "
    "customer queries'), objectives whose template is missing (a marketplace-site penetration) and driver links "
    "missing between templates (cart abandonment and the online shopping experience). Merged with round 11's "
    "linking (its cover rule changes link confidences; `foreign_confidence` 0.5-0.8 and `min_link` 0.2-0.4 re-tried "
    "on the pooled halves: no setting gains on A, the defaults 0.6 / 0.3 stay): A 99 / 4, B 100 / 6, sets 1-5 "
    "165 / 3. Held-out 11 (80 pairs from 27 real pages, 48 relevant; labelled by another person before round 11's "
    "code ran on it; unlike earlier held-out sets, 19 of its 32 not-relevant pairs are hard: an objective of the "
    "KPI's own page (14) or function (5) whose measures differ) was run once after round 11 was merged: P 0.83 / "
    "R 0.62 at 0.3 (TP 30, FP 6, FN 18; goal R >= 0.90 at P >= 0.95: not met; baseline shared word 0.71 / 0.42). "
    "Its false positives: 1 of 13 other-page pairs, 2 of 5 same-function, 3 of 14 same-page pairs; against the "
    "other-page negatives alone (how earlier sets were made) precision would be 30 / 31. Round 10's code (commit "
    "465a394) on the same pairs, run afterwards for comparison only, gives the same P 0.83 / R 0.62."
)


ROUND_12 = (
    "Round 12 (issue 12): held-out 11 (round 11's test set, run once then) is development data now, split by source "
    "page like held-out 6-10 (the KPI's page for a not-relevant pair): half A (47 pairs: 28 relevant, 9 same_page, 4 "
    "same_function, 6 other_page negatives), whose misses were read (`--show-misses` lists only them), and half B (33 "
    "pairs: 20 relevant, 5 / 1 / 7), never listed, this round's check with the halves B of held-out 6-10; the table "
    "'false positives by kind of negative' gives its precision per kind. The test set of round 12 is held-out 12 "
    "(`tests/fixtures/smart_holdout12.yaml`, labelled by another person, with the same hard negatives; measured when "
    "present, never listed). Steps, each measured at 0.3 on the pooled halves (`python benchmarks/smart_quality.py "
    "--halves`; TP / FP / FN; before round 12, commit 975349a: A 118 / 7 / 42, B 111 / 9 / 46, sets 1-5 165 / 3 / 6; "
    "held-out 11 half A FP 1 of 9 same_page, 2 of 4 same_function, 0 of 6 other_page, half B 2 of 5, 0 of 1, 1 of 7). "
    "What carries the half-A false positives of held-out 11: two of three the function-agreement link of a function the "
    "objective names (页面加载时间 < 2 秒 -> 截止三月底将开发工作进行外包: 开发 names R&D; guests staying 15+ nights -> "
    "brand awareness outside our footprint: 'brand' names marketing), both KPIs the linker does not place, read as "
    "their closest indicator (confidence 0.66-0.7); one the KPI text naming the objective's template (social-media "
    "share of voice -> 直播协作效率提升40%, both read as 'content and social media'). On the development data the "
    "function link alone carries 9 TP / 2 FP (halves A) and 6 / 0 (sets 1-5), on B 8 / 1, and none of the evidence "
    "measured (placed or closest reading, the objective's template confidence, named or owned function) separates "
    "the two false positives from the true ones: (tried, dropped) the function link not counted for the reading among "
    "the objective's owners (no change on any pool) and the named-function link off for an unplaced KPI when the "
    "objective's template is read at >= 0.9 / 0.95 (A -1 TP, FP unchanged). The half-A false negatives, by class: "
    "objective read as the wrong template (打造少有的客户服务体系 as insurance claims: 客户服务 was a keyword of the "
    "claims template), measures a template's definition names but its indicator list lacked (average daily rate in "
    "yield management, a customer health score in reducing churn, inter-store transfers in inventory, footfall in the "
    "store experience), KPIs the linker places wrongly or not at all ('close 10 new enterprise clients', "
    "完成5个标杆客户成功案例包装, 首月客流量目标达成率; linking's room), and missing cause-and-effect links. (1) 客户服务 / "
    "客服 / 'customer service' / 'customer support' as keywords of the service-experience template, not of the claims "
    "template: counts unchanged (the pair now reads the right template, 0.29, still under 0.3: its KPI is read as a "
    "public-sector hotline indicator at 0.48) (kept). (2) driver links written from the template definitions: revenue "
    "growth drives profit, winning new customers and a strong brand gain market share, content and social media "
    "generate leads, reducing churn earns loyalty: counts unchanged on A, B and sets 1-5 (kept: no loss; suggestions "
    "below). (3) the four measures of (the second class) added to their templates' indicators: A 120 / 7 / 40, B and "
    "sets 1-5 unchanged (kept). After round 12: A 120 / 7 (P 0.945, R 0.750), B 111 / 9 (P 0.925, R 0.707), sets 1-5 "
    "165 / 3; held-out 11 half A FP 1 / 2 / 0 by kind (TP 21 of 28), half B 2 / 0 / 1 (TP 11 of 20). Threshold: no "
    "threshold keeps precision >= 0.95 on the pooled halves A but 0.5 (R 0.41); 0.25 gives A P 0.942 / R 0.819 and B "
    "P 0.907 / R 0.745, so it stays 0.3. Not met on the development halves either (R >= 0.90 at P >= 0.95). "
    "Held-out 12 (80 pairs from 25 real pages, 48 relevant; 16 of its 32 negatives hard: same page 9, same function "
    "7; labelled by another person before round 12's code ran on it) was run once after round 12 was merged: P 0.88 "
    "/ R 0.73 at 0.3 (goal not met; baseline shared word 0.87 / 0.71 in the same run). Older code on the same pairs, "
    "run afterwards for comparison only: round 11's (commit 975349a) P 0.88 / R 0.73, round 10's (commit 465a394) "
    "0.87 / 0.69: round 11's rules carried two pairs, round 12's none."
)


ROUND_14 = (
    "Round 14 (issue 12): held-out 12 (round 12's test set, run once then) is development data now, split by source "
    "page like held-out 6-11 (half A may be read with `--show-misses`, half B never listed); the test set is held-out "
    "13 (`tests/fixtures/smart_holdout13.yaml`, labelled by another person; measured when present, never listed). "
    "No change to the relevance engine this round. A learned combination of the relevance evidence was judged again "
    "by leave-one-set-out, now over held-out 6-12 with the hard negatives (`python benchmarks/smart_relevance_cv.py`, "
    "benchmarks/results/smart_relevance_cv.md): logistic regression beats the hand engine on 3 of 7 held sets, the "
    "monotone boosting model on 2 (rule: 6 of 7 and the mean), and at 0.5 both add false positives on the hard "
    "negatives of held-out 11 and 12 (same_page 4/14 and 2/9 for the logistic against 3/14 and 0/9 for the hand "
    "engine at 0.3). The suggestion round's idea on the labelled pairs, a pair prior (the share of training pairs "
    "labelled relevant per objective template and KPI function, smoothed, next to the hand score in a logistic "
    "regression; out of fold inside the training sets): 4 of 7 held sets, mean P / R at 0.5 0.88 / 0.81 against the "
    "hand engine's 0.93 / 0.72 at 0.3, at the training-chosen P95 threshold 0.92 / 0.67 against 0.92 / 0.66, and "
    "more false positives on the hard negatives (held-out 12 same_function 4/7 against 3/7). Neither is wired in: "
    "the SMART check keeps the hand engine and the 0.3 threshold."
)


ROUND_15 = (
    "Round 15 (issue 12): the test set of round 14, held-out 13 (`tests/fixtures/smart_holdout13.yaml`, labelled by "
    "another person before round 14's code ran on it), was run once after round 14 was merged: relevant P 0.87 / R "
    "0.71 at 0.3 (TP 34, FP 5; the shared-word baseline in the same run 0.93 / 0.54). It is development data since "
    "round 15, split by source page like held-out 6-12 (half A may be read with `--show-misses`, half B never "
    "listed); the test set is held-out 14 (`tests/fixtures/smart_holdout14.yaml`, labelled by another person; "
    "measured when present, never listed)."
    " Held-out 14 (80 pairs from 20 real pages, 48 relevant; 17 of its 32 negatives hard: same page 10, same function 7) was run once after round 15 was merged (no relevance change in round 15; the linker it reads changed): P 0.83 / R 0.50 at 0.3 (TP 24, FP 5: 0 of 10 same_page, 4 of 7 same_function, 1 of 15 other_page; goal R >= 0.90 at P >= 0.95 not met; shared-word baseline 0.72 / 0.44 in the same run). Round 14's code (commit 098c60f) on the same pairs, run afterwards for comparison only: the same 0.83 / 0.50."
    " Run again after the lead's last linking change (the re-ranker's industry convention; the SMART check reads the linker): the same 0.83 / 0.50."
)


ROUND_16 = (
    "Round 16 (issue 12): held-out 14 (round 15's test set, run then) is development data since round 16, split by "
    "source page like held-out 6-13 (half A may be read with `--show-misses`, half B never listed); the test set is "
    "held-out 15 (`tests/fixtures/smart_holdout15.yaml`, labelled by another person before round 16's code ran on it; "
    "measured when present, never listed). No change to the relevance engine this round; the linker it reads changed."
    " Held-out 15 (80 pairs from 16 real pages, 48 relevant; 19 of its 32 negatives hard: same page 10, same function "
    "9; four of its sources are GitHub files, the stored pages being nearly used up) was run once after round 16 was "
    "merged (commit 2322024): P 0.84 / R 0.54 at 0.3 (TP 26, FP 5: 1 of 10 same_page, 3 of 9 same_function, 1 of 13 "
    "other_page; goal R >= 0.90 at P >= 0.95 not met; shared-word baseline 0.78 / 0.58 in the same run). Round 15's "
    "code (commit 7fb545f) on the same pairs, run afterwards for comparison only: the same 0.84 / 0.54."
)


ROUND_18 = (
    "Round 18 (issue 12): held-out 15 (round 16's test set, run then) is development data since round 18, split by "
    "source page like held-out 6-14 (half A may be read with `--show-misses`, half B never listed); the test set is "
    "held-out 16 (`tests/fixtures/smart_holdout16.yaml`, labelled by another person before round 18's code ran on it; "
    "measured when present, never listed). No change to the relevance engine this round; the linker it reads was "
    "retrained (its practitioners' names, re-ranker and link-or-none decision with fresh13). "
    "Pooled counts at 0.3 before / after held-out 15 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN, the retrained linker in both): halves A 166 / 17 / 57 (P 0.91, R 0.74) -> 172 / 18 / "
    "66 (P 0.91, R 0.72), halves B 157 / 14 / 81 (P 0.92, R 0.66) -> 177 / 18 / 94 (P 0.91, R 0.65); every other "
    "row unchanged; held-out 15 itself gives TP 26, FP 5 as in its test run."
    " Meaning evidence for English pairs (helper h80: cosines of the KPI with the objective, with the objective's "
    "templates and of the objective with the KPI's indicator, from kpiguide.text.embedding) judged by leave one set "
    "out over held-out 6-15 (`python benchmarks/smart_relevance_cv.py`, benchmarks/results/smart_relevance_cv.md): "
    "raising the hand score to the threshold when a cosine is high gives pooled P / R 0.902 / 0.688 against 0.906 / "
    "0.686 with more false positives on hard negatives (22 against 20); a logistic model with the cosines 0.931 / "
    "0.613 against the hand engine's 0.919 / 0.487 at the training-chosen threshold, hard-negative false positives "
    "13 against 8: both fail the round's rule; nothing wired."
    " Held-out 16 (80 pairs from 16 sources, 48 relevant; 20 of its 32 negatives hard: same page 12, same function "
    "8; 11 of its sources are GitHub files) was run once after round 18 was merged (commit bb9f4d4): P 1.00 / R 0.46 "
    "at 0.3 (TP 22, FP 0; goal R >= 0.90 at P >= 0.95 not met; shared-word baseline 1.00 / 0.42 in the same run). "
    "Round 17's code (commit c65c489) on the same pairs, run afterwards for comparison only: the same 1.00 / 0.46."
)


ROUND_19 = (
    "Round 19 (issue 12): held-out 16 (round 18's test set, run then) is development data since round 19, split by "
    "source page like held-out 6-15 (half A may be read with `--show-misses`, half B never listed); the test set is "
    "held-out 17 (`tests/fixtures/smart_holdout17.yaml`, labelled by another person before round 19's code ran on it; "
    "measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 16 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN): halves A 172 / 18 / 66 (P 0.91, R 0.72) -> 180 / 18 / 70 (P 0.91, R 0.72), halves B "
    "177 / 18 / 94 (P 0.91, R 0.65) -> 191 / 18 / 116 (P 0.91, R 0.62); every other row unchanged; held-out 16 "
    "itself gives TP 22, FP 0 as in its test run. The half-A misses of held-out 6-16 were classed by cause "
    "(`python benchmarks/smart_miss_readings.py`, benchmarks/results/smart_round19.md: of 70 missed relevant pairs, "
    "the KPI not linked or linked wrong 29, the objective read as no or a wrong strategy template 25, a relation "
    "missing in the data 12, other 4; 18 false positives). One lever aimed at the largest class, an unplaced English "
    "KPI also read as its closest indicator in meaning, judged by leave one set out over held-out 6-16 (`python "
    "benchmarks/smart_relevance_cv.py`, section 'Round 19'): its floor is chosen off in all 11 folds, pooled P / R "
    "0.912 / 0.666 against today's 0.912 / 0.666; recall not up, so it fails the round's rule and is not wired; the "
    "relevance engine is unchanged this round. A second lever (h89), direction words (increase, improve, 提升, 打造 "
    "...) read out of an objective before its strategy templates are matched, judged on the pooled halves B "
    "(`--halves --read-out-directions`): on objective and KPI text B 191 / 18 / 116 -> 194 / 19 / 113 (precision "
    "lower), on the objective only 192 / 18 / 115 with 3 halves B worse by F1: fails both looks, left off. "
    "Held-out 17 (80 pairs from 15 sources: 14 GitHub files and 1 stored page, 48 relevant; 20 of its 32 negatives "
    "hard: same page 12, same function 8) was run once after round 19 was merged (commit e8c0f74): P 0.94 / R 0.33 "
    "at 0.3 (TP 16, FP 1: 0 of 12 same_page, 0 of 8 same_function, 1 of 12 other_page; goal R >= 0.90 at P >= 0.95 "
    "not met; shared-word baseline 0.93 / 0.54 in the same run: on this set the engine finds fewer relevant pairs "
    "than shared words do). Round 18's code (commit d460c59) on the same pairs, run afterwards for comparison only: "
    "the same 0.94 / 0.33."
)

ROUND_20 = (
    "Round 20 (issue 12): held-out 17 (round 19's test set, run then) is development data since round 20, split by "
    "source page like held-out 6-16 (half A may be read with `--show-misses`, half B never listed); the test set is "
    "held-out 18 (`tests/fixtures/smart_holdout18.yaml`, labelled by another person before round 20's code ran on it; "
    "measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 17 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN): halves A 180 / 19 / 70 -> 185 / 19 / 86, halves B 191 / 18 / 116 -> 202 / 19 / 132; "
    "every other row unchanged (halves A had 18 false positives in round 19's note, 19 before this change); held-out "
    "17 itself gives TP 16, FP 1 as in its test run. "
    "One lever, a text fallback for pairs the engine cannot place (the KPI unplaced and / or the objective reading no "
    "strategy template at confidence 0.5: there the text relevance or the shared word decides at its own cut-off), "
    "judged by leave one set out over held-out 6-17 (`python benchmarks/smart_relevance_cv.py`, section 'Round 20'; "
    "condition, evidence, mode and cut-off chosen in the training folds, today's engine in the same run): pooled P / "
    "R at 0.3 0.906 / 0.656 (TP 397, FP 41, FN 208) against today's 0.911 / 0.640 (387 / 38 / 218), held sets worse "
    "by F1 10 and 14, hard-negative false positives 20 against 20: precision lower, so it fails the round's rule and "
    "is not wired; the relevance engine is unchanged. On held-out 17 alone (held; its fold trained on the other sets) "
    "it gave "
    "0.91 / 0.42 against 0.94 / 0.33. "
    "Held-out 18 (80 pairs from 15 GitHub files, 48 relevant; 21 of its 32 negatives hard: same page 12, same "
    "function 9) was run once after round 20 was merged (commit ac70028): P 0.79 / R 0.40 at 0.3 (TP 19, FP 5: 2 of "
    "12 same_page, 2 of 9 same_function, 1 of 11 other_page; goal R >= 0.90 at P >= 0.95 not met; shared-word "
    "baseline 0.96 / 0.50 in the same run: on this set shared words beat the engine in precision and recall). Round "
    "18's code (commit d460c59) on the same pairs, run afterwards for comparison only: the same 0.79 / 0.40."
)


ROUND_21 = (
    "Round 21 (issue 12): held-out 18 (round 20's test set, run then) is development data since round 21, split by "
    "source page like held-out 6-17 (half A may be read with `--show-misses`, half B never listed); the test set is "
    "held-out 19 (`tests/fixtures/smart_holdout19.yaml`, labelled by another person before round 21's code ran on it; "
    "measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 18 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN): halves A 185 / 19 / 86 -> 199 / 23 / 107, halves B 202 / 19 / 132 -> 207 / 20 / 140; "
    "every other row unchanged; held-out 18 itself gives TP 19, FP 5 as in its test run. "
    "Held-out 18's half-A errors classed by cause (benchmarks/results/smart_round21.md: of 21 missed relevant pairs "
    "the KPI unplaced 15, the objective read as a wrong template 3, reading right but relation missing 2, the "
    "objective unread 1; of 4 false positives the objective read as a wrong template 2, a template relation too broad "
    "2; the linker places none of the 25 KPIs). One lever, a learned decision (a logistic regression over the "
    "engine's score, strongest link, text relevance, link and template confidences, placed / foreign / named flags "
    "and the shared word; C and threshold chosen in the training folds at precision not lower than today's engine's "
    "there), judged by leave one set out over held-out 6-18 (`python benchmarks/smart_relevance_cv.py`, section "
    "'Round 21'; today's engine in the same run): pooled P / R 0.905 / 0.616 (TP 402, FP 42, FN 251) against the "
    "engine's 0.904 / 0.622 at 0.3 (406 / 43 / 247), 8 held sets worse by F1, hard-negative false positives 22 "
    "against 24: recall lower, so it fails the round's rule and is not wired; the relevance engine is unchanged."
    " Held-out 19 (80 pairs from 18 GitHub OKR files, 48 relevant; 22 of its 32 negatives hard: same page 14, same "
    "function 8; several sources are personal or small-project OKRs, so some function labels are loose, as its "
    "header says) was run once after round 21 was merged (commit 9a18710): P 0.95 / R 0.42 at 0.3 (TP 20, FP 1: 0 "
    "of 14 same_page, 0 of 8 same_function, 1 of 10 other_page; goal R >= 0.90 at P >= 0.95 not met; shared-word "
    "baseline 0.93 / 0.56 in the same run). Round 20's code (commit d9cfe97) on the same pairs, run afterwards for "
    "comparison only: the same 0.95 / 0.42."
)


ROUND_22 = (
    "Round 22 (issue 12): held-out 19 (round 21's test set, run then) is development data since round 22, split by "
    "source page like held-out 6-18 (half A may be read with `--show-misses`, half B never listed); the test set is "
    "held-out 20 (`tests/fixtures/smart_holdout20.yaml`, labelled by another person before round 22's code ran on it; "
    "measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 19 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN): halves A 199 / 23 / 107 -> 204 / 23 / 120, halves B 207 / 20 / 140 -> 222 / 21 / 155; "
    "every other row unchanged; held-out 19 itself gives TP 20, FP 1 as in its test run. "
    "Held-out 19's half A at 0.3 (TP 5, FP 0, FN 13) classed by cause in benchmarks/results/smart_round22.md: of 13 "
    "missed relevant pairs the KPI unplaced 9, the objective read as a wrong template 2, the objective unread 1, "
    "reading right but relation missing 1; no false positive. Pooled with held-out 18's half A the KPI unplaced is "
    "again the largest class (24 of 34 misses). "
    "The lever, defined and committed before the judged run: the objective's OWN OBJECT outside the catalog "
    "(`LinkedRelevance.outside_objects`, switch `own_object`): the words a KPI and its objective share (the words of "
    "`kpiguide.text.analysis.analyze`, stemmed English, jieba Chinese, after the frame words are taken out) that the "
    "catalog index has no word for (not in its vocabulary: product and team things such as trino, etcd, 报税, which "
    "the text relevance cannot see), leaving out goal / generic / strategy words, words with a digit, Chinese counts "
    "and ordinals, calendar words, and English words under 3 letters; a pair with such a word (and a KPI not foreign) "
    "scores at least 0.3. A fixed rule with no setting, so it is judged by the pooled halves B of held-out 6-19 "
    "(`python benchmarks/smart_quality.py --halves [--own-object]`, today's engine in the same run of the script). "
    "Rule, fixed before that run: pooled recall up at pooled precision not lower, and hard-negative (same_page + "
    "same_function) false positives of the halves B not up; passes -> wired on, fails -> left off with its figures. "
    "Result (halves B, TP / FP / FN, P / R at 0.3): today's engine 222 / 21 / 155, 0.914 / 0.589; own object 229 / 22 / "
    "148, 0.912 / 0.607; same_page false positives 4 -> 5 of 57, same_function 8 -> 8 of 33 (halves A 204 / 23 / 120 "
    "-> 207 / 23 / 117; sets 1-5 unchanged): recall up but precision lower and one more same_page false positive, so it "
    "fails the rule and is left off; the relevance engine is unchanged (a page's product word in two of its "
    "objectives lets a KPI count for its sibling objective, which a pair-at-a-time score cannot see)."
    " Held-out 20 (80 pairs from 15 sources: one public-sector plan, 14 GitHub OKR files, several personal or family "
    "OKRs; 48 relevant; 19 of its 32 negatives hard) was run once after round 22 was merged (commit 0941ac5): P 1.00 / "
    "R 0.15 at 0.3 (TP 7, FP 0: 0 of 12 same_page, 0 of 7 same_function, 0 of 13 other_page; goal R >= 0.90 at P >= "
    "0.95 not met; shared-word baseline 1.00 / 0.25 in the same run). Round 21's code (commit a204cf9) on the same "
    "pairs, run afterwards for comparison only: the same 1.00 / 0.15. (Round 23's tuner, working from a main that "
    "already had round 22's relevance engine, measured held-out 20 in its bookkeeping before this test run, with the "
    "same figures, TP 7, FP 0; its lever was judged on the development halves only.)"
)


ROUND_23 = (
    "Round 23 (issue 12): held-out 20 (round 22's test set, run then) is development data since round 23, split by "
    "source page like held-out 6-19 (half A may be read with `--show-misses`, half B never listed); the test set is "
    "held-out 21 (`tests/fixtures/smart_holdout21.yaml`, labelled by another person before round 23's code ran on it; "
    "measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 20 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN): halves A 204 / 23 / 120 -> 210 / 23 / 136, halves B 222 / 21 / 155 -> 223 / 21 / 180; "
    "every other row unchanged; held-out 20 itself gives TP 7, FP 0, FN 41 (half A 6 / 0 / 16, half B 1 / 0 / 25). "
    "The lever, defined and committed before its judged run: the objective's own object WITH THE SCHEME'S OTHER "
    "OBJECTIVES (`LinkedRelevance.own_objects`, switch `sibling_object`): a word the KPI and its objective share that "
    "the catalog has no word for (round 22's `outside_objects`) counts only when no other objective of the same "
    "scheme carries it; the pair then scores at least 0.3. The engine receives the other objectives explicitly "
    "(`score(..., siblings=...)`, `analyze(..., siblings=...)`; a two-argument scorer keeps working, and without "
    "siblings the score is unchanged); the SMART check of a scheme (`kpiguide.checks.kpi_review.analyze_kpi`) passes "
    "the scheme's other objectives. In the benchmark a pair's siblings are the other objectives of the KPI's own page "
    "as the labelled set records them (the objectives of every pair whose source page is that page, the pair's own "
    "objective excluded): only the part of a page's objectives the set holds, not the whole page; pairs with no "
    "source page (sets 1-5, written pairs of held-out 6-7) get none. A fixed rule with no setting, judged on the "
    "pooled halves B of held-out 6-20 (`python benchmarks/smart_quality.py --halves --sibling-object`: today's "
    "engine and the lever in the same run). Rule, fixed before that run: pooled recall up at pooled precision not "
    "lower, hard-negative (same_page + same_function) false positives of the halves B not up, and on held-out 20's "
    "half B alone (the only evidence no lever has seen) recall not lower and precision not lower; passes -> on by "
    "default, fails -> left off with its figures. Disclosed: the halves B of held-out 6-19 were looked at once in "
    "round 22 for the plain own object; this is their second look for this lever family. "
    "Held-out 20's half A at 0.3 (TP 6, FP 0, FN 16) classed by cause in benchmarks/results/smart_round23.md: of 16 "
    "missed relevant pairs the KPI unplaced 13, the objective read as a wrong template 3; no false positive; the "
    "linker places none of the 16 KPIs. "
    "Result (`--halves --sibling-object`, TP / FP / FN, P / R at 0.3): halves B of held-out 6-20, today's engine 223 / "
    "21 / 180 (0.914 / 0.553), the lever 231 / 21 / 172 (0.917 / 0.573); hard negatives of the halves B same_page 4 / "
    "64 -> 4 / 64, same_function 8 / 39 -> 8 / 39; held-out 20's half B alone 1 / 0 / 25 -> 3 / 0 / 23 (P 1.00 -> "
    "1.00, R 0.04 -> 0.12); halves A 210 / 23 / 136 -> 214 / 23 / 132; sets 1-5 unchanged (no source page, so no "
    "siblings). Halves B changed: held-out 16 (TP 14 -> 15), 17 (11 -> 13), 19 (15 -> 18), 20 (1 -> 3). It passes "
    "every part of the rule, so it is on by default (`SIBLING_OBJECT_DEFAULT = True`); the SMART check's reason then "
    "names the word in both languages (目标本身的对象 X / the objective's own object X)."
    " Held-out 21 (80 pairs from 15 sources: 4 public-sector pages, among them a Taichung bureau's goals table and Hong "
    "Kong's 2022 Policy Address KPIs as printed by two news pages, and 11 GitHub OKR files, several personal; 48 "
    "relevant; 17 of its 32 negatives hard) was run once after round 23 was merged (commit c4ff2cf): P 0.95 / R 0.38 "
    "at 0.3 (TP 18, FP 1: 0 of 12 same_page, 1 of 5 same_function, 0 of 15 other_page; goal R >= 0.90 at P >= 0.95 "
    "not met; shared-word baseline 0.93 / 0.58 in the same run). Round 22's code (commit 1e7e825, no sibling rule) on "
    "the same pairs, run afterwards for comparison only: P 0.94 / R 0.33 (TP 16, FP 1)."
)


ROUND_24 = (
    "Round 24 (issue 12): held-out 21 (round 23's test set, run then) is development data since round 24, split by "
    "source page like held-out 6-20 (half A may be read with `--show-misses`, half B never listed); the test set is "
    "held-out 22 (`tests/fixtures/smart_holdout22.yaml`, labelled by another person before round 24's code ran on it; "
    "measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 21 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN): halves A 214 / 23 / 132 -> 224 / 24 / 153, halves B 231 / 21 / 172 -> 239 / 21 / 181; "
    "every other row unchanged; held-out 21 itself gives TP 18, FP 1, FN 30 as in its test run (half A 10 / 1 / 21, "
    "half B 8 / 0 / 9). "
    "Held-out 21's half A at 0.3 classed by cause in benchmarks/results/smart_round24.md: of 22 misses as listed "
    "without siblings (`benchmarks/smart_miss_readings.py`; 21 with them, one found by round 23's sibling rule) the KPI "
    "unplaced 19, the objective read as a wrong template 2, reading right but relation missing 1; one false positive "
    "(same_function) from the text relevance on a shared word; the linker places none of the KPIs. Pooled with "
    "held-out 20 and 19's halves A the KPI unplaced is again the largest class (40 of 50 misses). "
    "The lever, defined and committed before any run of it (commit aa0d669, default off): the KPI's BEST HOME in its "
    "scheme (`LinkedRelevance(best_home=FLOOR)`, `home_scores`): a KPI whose score for its objective without the "
    "own-object rules reaches a floor and is strictly higher than its score for every other objective of the scheme "
    "(`siblings`) scores at least 0.3. Its floor (0.05 / 0.1 / 0.15 / 0.2 / 0.25 / off) is chosen by leave one set out "
    "over the halves A of held-out 6-21 (`python benchmarks/smart_relevance_cv.py --round24`: highest pooled recall "
    "at 0.3 with pooled precision not lower than today's engine's on the training halves A). Rule fixed before the "
    "run: judged on the pooled halves B of held-out 6-21 against today's engine (`--halves --best-home FLOOR`), recall "
    "up at precision not lower, hard-negative false positives not up, held-out 21's half B recall and precision not "
    "lower. Result: the choice is off in 15 of 16 folds and on all the halves A together (pooled halves A out of fold "
    "224 / 24 / 153 -> 224 / 25 / 153); every floor raises recall on the halves A but lowers precision (0.1: 264 / 44 / "
    "113, P 0.857 against 0.903; 0.25: 235 / 26 / 142, P 0.900), so the lever fails and stays off "
    "(`BEST_HOME_DEFAULT = None`); no run on the halves B was made (the halves B of held-out 6-20 were looked at twice "
    "for the own-object family in rounds 22-23, not at all for this lever)."
    " Held-out 22 (80 pairs from 18 stored pages, no OKR file: Chinese budget performance-target tables, a Taiwanese "
    "school plan, US university and city strategic plans, a public library plan; 48 relevant; 18 of its 32 negatives "
    "hard) was run once after round 24 was merged (commit 6d1b774): P 0.89 / R 0.50 at 0.3 (TP 24, FP 3: 2 of 8 "
    "same_page, 1 of 10 same_function, 0 of 14 other_page; goal R >= 0.90 at P >= 0.95 not met; shared-word "
    "baseline 0.96 / 0.48 in the same run). Round 23's code (commit ce95a54) on the same pairs, run afterwards for "
    "comparison only: the same P 0.89 / R 0.50 (TP 24, FP 3)."
)


ROUND_25 = (
    "Round 25 (issue 12): held-out 22 (round 24's test set, run then) is development data since round 25, split by "
    "source page like held-out 6-21 (half A may be read with `--show-misses`, half B never listed); the test set is "
    "held-out 23 (`tests/fixtures/smart_holdout23.yaml`, labelled by another person before round 25's code ran on it; "
    "measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 22 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN): halves A 224 / 24 / 153 -> 234 / 26 / 162, halves B 239 / 21 / 181 -> 253 / 22 / 196; "
    "every other row unchanged; held-out 22 itself gives TP 24, FP 3, FN 24 as in its test run (half A 10 / 2 / 9, "
    "half B 14 / 1 / 15). "
    "Held-out 22's half A at 0.3 classed by cause in benchmarks/results/smart_round25.md: of 10 misses as listed "
    "without siblings (`benchmarks/smart_miss_readings.py`; 9 with them, one found by round 23's sibling rule) the KPI "
    "unplaced 8, the objective read as a wrong template 1, reading and template right but the link under 0.3 1; two "
    "false positives (same_page, same_function), both from the suggester's text views for a KPI the linker does not "
    "place. Pooled with held-out 21 and 20's halves A (with siblings) the KPI unplaced is again the largest class (38 "
    "of 46 misses). The hard-negative false positives of all the halves A (16) have no one common cause (the largest "
    "view: the catalog link 8, the suggester's word-level knowledge link 5, its indicator overlap 3). "
    "The lever, defined and committed before any run of it (commit 7e87a4d, default off): the PLACED KPI's link "
    "decides (`LinkedRelevance(placed_link=FLOOR)`, `direct_similarity`): a KPI the linker places whose indicator "
    "links to the objective below a floor gets only the direct word similarity as its text relevance (the "
    "suggester's indicator overlap and word-level knowledge link, which read the KPI through the indicators its words "
    "point to, do not count). Its floor (0.05 / 0.1 / 0.15 / 0.2 / off) is chosen by leave one set out over the "
    "halves A of held-out 6-22 (`python benchmarks/smart_relevance_cv.py --round25`: fewest pooled false positives at "
    "0.3 with pooled true positives not fewer than today's engine's on the training halves A; ties off, then the lower "
    "floor): 0.05 in all 17 folds and on all the halves A together (out of fold 234 / 26 / 162 -> 234 / 24 / 162). "
    "Rule fixed before the run: judged on the pooled halves B of held-out 6-22 against today's engine in the same run "
    "(`--halves --placed-link 0.05`): recall not lower and precision up, or recall up at precision not lower; "
    "hard-negative false positives not up; held-out 22's half B recall and precision not lower. Result: halves B 253 "
    "/ 22 / 196 -> 251 / 21 / 198 (P 0.920 -> 0.923, R 0.563 -> 0.559; held-out 10 B and 15 B lose one true positive "
    "each, held-out 6 B loses one false positive), hard-negative false positives 13 -> 13, held-out 22's half B 14 / 1 "
    "/ 15 unchanged (sets 1-5 166 / 2 / 5 -> 165 / 1 / 6): recall fell, so the lever **fails** and stays off "
    "(`PLACED_LINK_DEFAULT = None`). Disclosed: this was the first look at the halves B for this lever (the text "
    "views of a placed KPI); the halves B of held-out 6-20 were looked at twice for the own-object family (rounds "
    "22-23), held-out 21 and 22's halves B by no lever before."
    " Held-out 23 (80 pairs from 17 stored pages, no OKR file: Chinese budget performance-target tables of provinces "
    "and bureaus, US university goal pages, a public library plan; 48 relevant; 16 of its 32 negatives hard) was run "
    "once after round 25 was merged (commit ad56bbb): P 0.88 / R 0.58 at 0.3 (TP 28, FP 4: 3 of 8 same_page, 1 of 8 "
    "same_function, 0 of 16 other_page; goal R >= 0.90 at P >= 0.95 not met; shared-word baseline 0.74 / 0.54 in the "
    "same run). Round 24's code (commit eccbb8a) on the same pairs, run afterwards for comparison only: the same "
    "P 0.88 / R 0.58 (TP 28, FP 4)."
)


ROUND_26 = (
    "Round 26 (issue 12): held-out 23 (round 25's test set, run then) is development data since round 26, split by "
    "source page like held-out 6-22 (half A may be read with `--show-misses`, half B never listed); the test set is "
    "held-out 24 (`tests/fixtures/smart_holdout24.yaml`, labelled by another person before round 26's code ran on it; "
    "measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 23 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN): halves A 234 / 26 / 162 -> 249 / 28 / 175, halves B 253 / 22 / 196 -> 266 / 24 / 203; "
    "every other row unchanged; held-out 23 itself gives TP 28, FP 4, FN 20 as in its test run (half A 15 / 2 / 13, "
    "half B 13 / 2 / 7). "
    "Held-out 23's half A at 0.3 classed by cause in benchmarks/results/smart_round26.md: of 14 misses as listed "
    "without siblings (`benchmarks/smart_miss_readings.py`; 13 with them, one found by round 23's sibling rule) the KPI "
    "unplaced 10, the objective read as a wrong template 2, reading right but relation missing 1, reading and template "
    "right but link under 0.3 1; two same_page false positives from the suggester's text views (one lifted by the "
    "shared-object rule on the word community). Pooled with held-out 22 and 21's halves A (with siblings) the KPI "
    "unplaced is again the largest class (34 of 43 misses); 9 of the 28 errors listed for held-out 22 and 23's halves A "
    "(11 with borderline ones) have a word-sense cause (recruitment read as staff hiring, fall as a patient's fall, "
    "绩效考核 as the staff review, credit-bearing as interest-bearing debt). The hard-negative false positives of the "
    "halves A of held-out 6-23 (18) have no one common cause (catalog link 8, word-level knowledge link 6, indicator "
    "overlap 4). "
    "The lever, defined and committed before any run of it (commit 140a170, caps unchanged): the READING CAP of a KPI "
    "the linker does not place (its closest reading and its owner reading, both at most 0.7 since rounds 7 and 10; "
    "`LinkedRelevance(unlinked_confidence=CAP, owner_confidence=CAP)`, `READING_CAPS` 0.8 / 0.9 / 1.0 or today's 0.7), "
    "chosen by leave one set out over the halves A of held-out 6-23 (`python benchmarks/smart_relevance_cv.py "
    "--round26`: highest pooled true positives at 0.3 with pooled precision not lower than today's engine's on the "
    "training halves A; ties the lower cap); rule fixed before: judged on the pooled halves B of held-out 6-23 "
    "(`--halves --reading-cap CAP`) like round 25's. Result: today's 0.7 was chosen in 17 of 18 folds (0.8 for "
    "held-out 14, one more false positive there) and on all the halves A together (all halves A TP / FP / FN: 0.7 249 "
    "/ 28 / 175, 0.8 254 / 29 / 170, 0.9 255 / 31 / 169, 1.0 258 / 38 / 166: more relevant pairs, lower precision), so "
    "the lever **fails at its choice** and stays off; like round 24's best home it was not run on the halves B. "
    "Disclosed: the halves B were looked at 0 times for this lever; for caps of this kind, the halves B of held-out "
    "6-9 once, in round 10 (the owner reading's cap 0.85 / 1.0 tried, above), those of held-out 10-23 never."
    " Held-out 24 (80 pairs from 18 stored pages, no OKR file: Chinese public-sector performance-target tables, US "
    "city budget performance measures (one city's budget books give 6 of the pages), a college plan, a library "
    "plan; 48 relevant; 17 of its 32 negatives hard) was run once after round 26 was merged (commit 44613a2): "
    "P 0.77 / R 0.42 at 0.3 (TP 20, FP 6: 2 of 9 same_page, 1 of 8 same_function, 3 of 15 other_page; goal R >= "
    "0.90 at P >= 0.95 not met; shared-word baseline 0.86 / 0.52 in the same run: on this set shared words beat "
    "the engine in precision and recall). Round 25's code (commit ad13efe) on the same pairs, run afterwards for "
    "comparison only: the same P 0.77 / R 0.42 (TP 20, FP 6)."
)


ROUND_27 = (
    "Round 27 (issue 12): held-out 24 (round 26's test set, run then) is development data since round 27, split by "
    "source page like held-out 6-23 (half A may be read with `--show-misses`, half B never listed); the test set is "
    "held-out 25 (`tests/fixtures/smart_holdout25.yaml`, labelled by another person before round 27's code ran on it; "
    "measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 24 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN): halves A 249 / 28 / 175 -> 262 / 31 / 187, halves B 264 / 24 / 205 -> 271 / 27 / 221; "
    "every other row unchanged; held-out 24 itself gives TP 20, FP 6, FN 28 as in its test run (half A 13 / 3 / 12, "
    "half B 7 / 3 / 16). The halves B before were 264 / 24 / 205, not round 26's 266 / 24 / 203: held-out 19's half B "
    "has 16 true positives today against 18 in smart.md of round 26 (commit 252483a), a change of the engine since then "
    "(the linking round 25 merge, commit 836fd00, came after it), not of the bookkeeping. "
    "Held-out 24's half A at 0.3 classed by cause in benchmarks/results/smart_round27.md (`benchmarks/"
    "smart_miss_readings.py`, 12 misses and 3 false positives, as with siblings): the KPI unplaced 9, the objective "
    "read as a wrong template 2, reading and template right but link under 0.3 1; false positives: the suggester's "
    "text views 2 (same_page, other_page), a template link after a wrong objective reading 1 (same_function); the "
    "linker places none of the 15 KPIs. Pooled over held-out 21-24's halves A the KPI unplaced stays the largest class "
    "(43 of 55 misses); 13 of the 43 errors listed for held-out 22-24's halves A (16 with borderline ones) have a "
    "word-sense cause (held-out 24: 签约 as contracted sales, 辅助器具 as measuring instruments, a library's collection as "
    "receivables, public safety as workplace safety). On the halves A of held-out 6-24 (`python "
    "benchmarks/smart_baseline_wins.py`) the shared-word baseline is right and the engine wrong on 60 pairs (40 "
    "relevant, 36 of them unplaced KPIs, sharing an object word the catalog mostly knows: 康复, program, graduate; 20 "
    "negatives sharing no word, taken by a catalog link 13 or the text views 7), the reverse on 95 (75 relevant "
    "without a shared word, 20 negatives sharing a direction or common word). "
    "The lever, defined and committed before any run of it (commit 914b185, default off): the scheme's own word with "
    "CATALOG WORDS too (`LinkedRelevance(sibling_word_idf=IDF)`, `SIBLING_WORD_IDFS` 0 / 3 / 3.5 / 4 / 4.5 / 5 or "
    "off): round 23's sibling rule also counts a shared word that no other objective of the scheme carries when the "
    "catalog knows it with idf at least the floor. Floor by leave one set out over the halves A of held-out 6-24 "
    "(`python benchmarks/smart_relevance_cv.py --round27`: highest pooled true positives at 0.3 with pooled precision "
    "not lower than today's on the training halves A; ties the higher floor): 3.0 on all the halves A (262 / 31 / 187 "
    "-> 280 / 32 / 169; out of fold 281 / 34 / 168). Judged on the pooled halves B of held-out 6-24 against today's "
    "engine in the same run (`--halves --sibling-word 3.0`): 271 / 27 / 221 -> 291 / 30 / 201 (P 0.909 -> 0.907, R "
    "0.551 -> 0.591), hard-negative false positives 16 -> 17, held-out 24's half B 7 / 3 / 16 -> 9 / 3 / 14: "
    "precision fell and a hard negative was added, so the lever **fails** and stays off (`SIBLING_WORD_IDF_DEFAULT = "
    "None`). Disclosed: the halves B were looked at once for this lever; for the own-object family this is the third "
    "look at the halves B of held-out 6-19 (rounds 22, 23), the second at held-out 20's, the first at held-out 21-24's. "
    "Held-out 25 (80 pairs from 18 stored pages, at most 3 per site, no OKR file: Chinese town and bureau target "
    "tables and self-assessments, US city budget books and council scorecards, a university plan; 48 relevant; 17 of "
    "its 32 negatives hard) was run once after round 27 was merged (commit ed75137, with linking round 25's models): P "
    "0.96 / R 0.56 at 0.3 (TP 27, FP 1: 1 of 9 same_page, 0 of 8 same_function, 0 of 15 other_page; goal R >= 0.90 at "
    "P >= 0.95 not met, precision above it for the first time since held-out 21; shared-word baseline 0.94 / 0.60 in "
    "the same run). Round 26's code (commit 784125c) on the same pairs, run afterwards for comparison only: the same P "
    "0.96 / R 0.56."
)


ROUND_28 = (
    "Round 28 (issue 12): held-out 25 (round 27's test set, run then) is development data since round 28, split by "
    "source page like held-out 6-24 (half A may be read with `--show-misses`, half B never listed); the test set is "
    "held-out 26 (`tests/fixtures/smart_holdout26.yaml`, labelled by another person before round 28's code ran on it; "
    "measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 25 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN): halves A 262 / 31 / 187 -> 277 / 31 / 194, halves B 271 / 27 / 221 -> 283 / 28 / 235; "
    "every other row unchanged; held-out 25 itself gives TP 27, FP 1, FN 21 as in its test run (half A 15 / 0 / 7, "
    "half B 12 / 1 / 14). "
    "Held-out 25's half A at 0.3 classed by cause in benchmarks/results/smart_round28.md (`benchmarks/"
    "smart_miss_readings.py`; 7 misses and no false positive with siblings, 3 more found by round 23's sibling rule): "
    "the KPI unplaced 4, the objective read as a wrong template 3; the linker places none of the 10 KPIs. Pooled over "
    "held-out 21-25's halves A the KPI unplaced stays the largest class (47 of 62 misses); word sense is the cause of 1 "
    "of held-out 25's 7 errors (+1 borderline: a city's communities read as a member community), 14 of the 50 errors "
    "listed for held-out 22-25 (18 with borderline ones). "
    "The lever, defined and committed before any run of it (commit 60dee62, default off): the UNREAD own word of an "
    "UNPLACED KPI (`LinkedRelevance(unread_word_idf=IDF)`, `UNREAD_WORD_IDFS` 0 / 3 / 3.5 / 4 / 4.5 / 5 or off): for a "
    "KPI the linker does not place, a catalog word of idf at least the floor that it shares with its objective, that no "
    "other objective of the scheme carries and that no name of the indicators the KPI is read as contains, counts like "
    "round 23's sibling rule. It differs from round 27's lever in kind (a condition on the engine's own reading of the "
    "KPI, and only for unplaced KPIs), not only in its floor. Floor by leave one set out over the halves A of held-out "
    "6-25 (`python benchmarks/smart_relevance_cv.py --round28`: highest pooled true positives at 0.3 with pooled "
    "precision not lower than today's on the training halves A; ties the higher floor): 3.0 in 16 of 20 folds and on "
    "all the halves A (277 / 31 / 194 -> 294 / 32 / 177; out of fold 294 / 34 / 177). Judged on the pooled halves B of "
    "held-out 6-25 against today's engine in the same run (`--halves --unread-word 3.0`): 283 / 28 / 235 -> 302 / 31 / "
    "216 (P 0.910 -> 0.907, R 0.546 -> 0.583), hard-negative false positives 17 -> 18 (held-out 21 B one more "
    "same_function; held-out 23 B two more other_page), held-out 25's half B 12 / 1 / 14 -> 13 / 1 / 13: precision "
    "fell and a hard negative was added, so the lever **fails** and stays off (`UNREAD_WORD_IDF_DEFAULT = None`). On "
    "the halves B of held-out 6-24 it took 2 true positives fewer than round 27's lever and the same 3 false positives: "
    "the guard on the reading removed none of them. Disclosed: the halves B were looked at once for this lever; for "
    "the own-object family this is the fourth look at the halves B of held-out 6-19 (rounds 22, 23, 27), the third at "
    "held-out 20's, the second at held-out 21-24's, the first at held-out 25's. Held-out 26 (80 pairs from 15 stored "
    "pages, at most 3 per site, no OKR file: Chinese budget and market-regulation target tables, an opera troupe's "
    "self-assessment, US city budget books, college plans, a library plan; 48 relevant; 22 of its 32 negatives hard) "
    "was run once after rounds 28 and linking round 26 were merged (commit 399a204, linking round 26's models): P "
    "0.90 / R 0.73 at 0.3 (TP 35, FP 4: 2 of 14 same_page, 1 of 8 same_function, 1 of 10 other_page; goal R >= 0.90 "
    "at P >= 0.95 not met; shared-word baseline 0.91 / 0.83 in the same run: on this set shared words beat the "
    "engine in precision and recall). Round 27's code (commit ac86f9f, linking round 25's models) on the same pairs, "
    "run afterwards for comparison only: the same P 0.90 / R 0.73."
)


ROUND_29 = (
    "Round 29 (issue 12): held-out 26 (round 28's test set, run then) is development data since round 29, split by "
    "source page like held-out 6-25 (half A may be read with `--show-misses`, half B never listed); the test set is "
    "held-out 27 (`tests/fixtures/smart_holdout27.yaml`, labelled by another person before round 29's code ran on it; "
    "measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 26 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN): halves A 277 / 30 / 194 -> 294 / 32 / 200, halves B 283 / 28 / 235 -> 301 / 30 / 242; "
    "every other row unchanged; held-out 26 itself gives TP 35, FP 4, FN 13 as in its test run (half A 17 / 2 / 6, "
    "half B 18 / 2 / 7). The halves A before were 277 / 30 / 194, not round 28's 277 / 31 / 194: one false positive "
    "fewer today, a change of the engine or the linker's models since round 28's bookkeeping, not of the bookkeeping. "
    "Held-out 26's half A at 0.3 classed by cause in benchmarks/results/smart_round29.md (`benchmarks/"
    "smart_miss_readings.py`; 7 misses and 2 false positives without siblings, 1 more found by round 23's sibling rule: "
    "6 misses, 2 false positives): the KPI unplaced 4, the objective unread 1 (a deadline-only objective), reading and "
    "template right but link under 0.3 1; false positives: a link after the objective read as a wrong template 2 "
    "(same_page, other_page); the linker places none of the 8 KPIs. Pooled over held-out 21-26's halves A the KPI "
    "unplaced stays the largest class (51 of 68 misses); word sense is the cause of 1 of held-out 26's 8 errors (a "
    "student completion scorecard read as a customer quality scorecard), 15 of the 58 errors listed for held-out 22-26 "
    "(19 with borderline ones). "
    "The lever, defined and committed before any run of it (commit 012c157, default off): the OWN TEMPLATE of an "
    "UNPLACED KPI (`LinkedRelevance(unplaced_template=SCALE)`, `UNPLACED_TEMPLATE_SCALES` 0.5 / 0.7 / 1.0 or off): for "
    "a KPI the linker does not place, the strategy templates its own text names link it to the objective's stated "
    "templates (step 4 of `knowledge_link`, factored out as `template_link`) without the gate of its guessed reading's "
    "function, times the scale; no shared word, no idf floor. Scale by leave one set out over the halves A of held-out "
    "6-26 (`python benchmarks/smart_relevance_cv.py --round29`: highest pooled true positives at 0.3 with pooled "
    "precision not lower than today's on the training halves A; ties the lower scale): no scale changes a single "
    "decision (all the halves A 294 / 32 / 200 off and at 0.5, 0.7 and 1.0), so off was chosen in all 21 folds and the "
    "lever **fails at its choice** and stays off (`UNPLACED_TEMPLATE_DEFAULT = None`); like rounds 24 and 26 it was not "
    "run on the halves B. Why: the suggester's text relevance, which the score already takes, runs `knowledge_link` "
    "with no reading's gate, so the KPI text's own template link is in it at scale 1 (of the 725 halves-A pairs with an "
    "unplaced KPI, the lever raised the strongest link of 89 and the score of none). Disclosed: the halves B were "
    "looked at 0 times for this lever (for template links of the KPI text: never before either). Later in round 29 "
    "the lead retired the seven failed switches of the relevance engine (read_out_directions, own_object, best_home, "
    "placed_link, sibling_word_idf, unread_word_idf, unplaced_template; all off; h157: `--halves` prints the same "
    "before and after; their judged runs reproduce at commit 8d82b45). The suggestion round's larger role library "
    "(588 archetypes) moves held-out 26's half A by one true positive (halves A 294 / 32 / 200 -> 293 / 32 / 201, "
    "halves B unchanged). Test run of round 29, once, after the round's merges (commit 8d82b45: this round's SMART "
    "code, linking round 27's retrained models, the 588-archetype library): held-out 27 (80 pairs, 48 relevant, 32 "
    "not, 16 of them hard) gives P 0.76 / R 0.52 at 0.3 (TP 25, FP 8: same_page 3, same_function 2, other_page 3); "
    "the shared-word baseline in the same run 0.82 / 0.58. Round 28's code (commit ff968f5: linking round 26's models, "
    "310 archetypes) on the same pairs, run afterwards for comparison only: P 0.74 / R 0.52 (TP 25, FP 9). Goals "
    "missed (recall 0.90 at precision 0.95); the engine below the baseline on both."
)


ROUND_30 = (
    "Round 30 (issue 12): held-out 27 (round 29's test set, run then) is development data since round 30, split by "
    "source page like held-out 6-26 (half A may be read with `--show-misses`, half B never listed); the test set is "
    "held-out 28 (`tests/fixtures/smart_holdout28.yaml`, labelled by another person before round 30's code ran on it; "
    "measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 27 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN): halves A 293 / 32 / 201 -> 311 / 35 / 212, halves B 301 / 30 / 242 -> 308 / 35 / 254; "
    "every other row unchanged; held-out 27 itself gives TP 25, FP 8, FN 23 as in its test run (half A 18 / 3 / 11, "
    "half B 7 / 5 / 12). "
    "Held-out 27's half A at 0.3 classed by cause in benchmarks/results/smart_round30.md (`benchmarks/"
    "smart_miss_readings.py`; 12 misses and 3 false positives without siblings, 1 more found by round 23's sibling "
    "rule: 11 misses, 3 false positives): the KPI unplaced 8 (3 with no reading at all), the objective read as a wrong "
    "template 2, reading and template right but link under 0.3 1; false positives: a link after the objective read as "
    "a wrong template 2 (same_page, other_page), the text views on a shared word 1 (same_page); the linker places none "
    "of the 15 KPIs. Pooled over held-out 21-27's halves A the KPI unplaced stays the largest class (59 of 79 misses); "
    "word sense is the cause of 1 of held-out 27's 14 errors (+1 borderline: graduate students read as graduation), 16 "
    "of the 72 errors listed for held-out 22-27 (21 with borderline ones). "
    "The lever, defined and committed before any run of it on other pairs than held-out 27's half A (commit 1ae4651, "
    "default off): the SUGGESTED READING of an UNPLACED KPI (`LinkedRelevance(suggested_reading=N)`, "
    "`SUGGESTED_READING_TOPS` 3 / 5 / 10 or off): a reading of a KPI the linker does not place that is among the first "
    "N indicators `IndicatorSuggester.suggest` gives for the objective's text links the KPI to the objective at that "
    "reading's confidence; no word list, no shared word. N by leave one set out over the halves A of held-out 6-27 "
    "(`python benchmarks/smart_relevance_cv.py --round30`: highest pooled true positives at 0.3 with pooled precision "
    "not lower than today's on the training halves A; ties the smaller N): 5 in 21 of 22 folds and on all the halves A "
    "(311 / 35 / 212 -> 314 / 35 / 209; out of fold 313 / 35 / 210). Judged once on the pooled halves B of held-out "
    "6-27 against today's engine in the same run (`--halves --suggested-reading 5`) by round 29's rule (fixed in the "
    "docstring of `SUGGESTED_READING_DEFAULT`): 308 / 35 / 254 -> 312 / 37 / 250 (P 0.898 -> 0.894, R 0.548 -> 0.555), "
    "hard-negative false positives 22 -> 23 (one more same_function), held-out 27's half B 7 / 5 / 12 both: precision "
    "fell, so the lever **fails** and stays off (`SUGGESTED_READING_DEFAULT = None`). A first idea, the member reading "
    "(the closest indicator among the members of the objective's templates), was tried on held-out 27's half A only, "
    "changed no decision there and was dropped without a commit. Disclosed: the halves B were looked at once for this "
    "lever (for a link through the suggester's suggestions for the objective: never before). Retired later in the "
    "session (commit 0ae75ea, which reproduces the judged run). Test run of round 30, "
    "once, after the round's merges and suggestions rounds 30-31 (commit 2a07c52: this round's SMART code, linking "
    "round 27's models (linking round 28's retrain was merged after this run), the 762-archetype library, the "
    "department lift on): held-out 28 (80 pairs from 16 stored pages, 49 relevant, 31 not, 15 of them hard) gives "
    "P 0.89 / R 0.33 at 0.3 (TP 16 of 49, FP 2: same_page 1 of 8, same_function 0 of 7, other_page 1 of 16); the "
    "shared-word baseline in the same run 0.79 / 0.31. Round 29's code (commit 0abeb12: linking round 27's models, "
    "588 archetypes) on the same pairs, run afterwards for comparison only: the same P 0.89 / R 0.33. Goals missed "
    "(recall 0.90 at precision 0.95); the set's pages are Chinese bureau target tables, US college and parks pages "
    "and Virginia performance measures."
)


ROUND_31 = (
    "Round 31 (issue 12): held-out 28 (round 30's test set, run then) is development data since round 31, split by "
    "source page like held-out 6-27 (half A may be read with `--show-misses`, half B never listed); the test set is "
    "held-out 29 (`tests/fixtures/smart_holdout29.yaml`, labelled by another person before round 31's code ran on it; "
    "measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 28 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN): halves A 311 / 35 / 212 -> 315 / 36 / 227, halves B 308 / 35 / 254 -> 320 / 36 / 272; "
    "every other row unchanged; held-out 28 itself gives TP 16, FP 2, FN 33 as in its test run (half A 4 / 1 / 15, "
    "half B 12 / 1 / 18). "
    "Held-out 28's half A at 0.3 classed by cause in benchmarks/results/smart_round31.md (`benchmarks/"
    "smart_miss_readings.py`; 15 misses and 1 false positive with or without siblings): the KPI unplaced 13 (six "
    "KPIs of a county's basic public health service the catalog has no indicator for: vaccination, health records, "
    "chronic-disease management, family-doctor sign-up), the objective read as a wrong template 2 (an earthquake "
    "bureau's 'first in the performance assessment' read as a performance culture); the false positive from the text "
    "views on a shared word (健康, health / healthy development; other_page); the linker places none of the 16 KPIs. "
    "Pooled over held-out 21-28's halves A the KPI unplaced stays the largest class (72 of 94 misses); word sense is "
    "the cause of 2 of held-out 28's 16 errors (+2 borderline), 18 of the 88 errors listed for held-out 22-28 (23 with "
    "borderline ones). "
    "The lever, defined and committed before any run of it on other pairs than held-out 28's half A (commit 4d09e00, "
    "default off): the ROLE READING of an UNPLACED KPI (`LinkedRelevance(role_reading=S)`, `ROLE_READING_SCALES` "
    "0.5 / 0.7 / 1.0 or off): for each role archetype the suggester reads in the objective, a KPI the linker does not "
    "place is that role's when the suggester reads the same role in the KPI's text or when it reads as the closest of "
    "the role's core indicators; linked at S x the objective's role confidence x that confidence; no word list, no "
    "shared word. S by leave one set out over the halves A of held-out 6-28 (`python benchmarks/"
    "smart_relevance_cv.py --round31`: highest pooled true positives at 0.3 with pooled precision not lower than "
    "today's on the training halves A; ties the smaller S): 1.0 in 12 of 23 folds, 0.5 in 11, and 1.0 on all the "
    "halves A (315 / 36 / 227 -> 324 / 37 / 218; out of fold 322 / 37 / 220). Judged once on the pooled halves B of "
    "held-out 6-28 against today's engine in the same run (`--halves --role-reading 1.0`) by round 29's rule as round "
    "30 kept it (fixed in the docstring of `ROLE_READING_DEFAULT`): 320 / 36 / 272 -> 327 / 38 / 265 (P 0.899 -> "
    "0.896, R 0.541 -> 0.552), hard-negative false positives 23 -> 24 (held-out 15 B one more same_page), held-out "
    "28's half B 12 / 1 / 18 -> 13 / 1 / 17: precision fell, so the lever **fails** and stays off "
    "(`ROLE_READING_DEFAULT = None`). Disclosed: the halves B were looked at once for this lever (for a relevance link "
    "through the role library: never before). Retired later in the session (commit 42b94f1, which reproduces the "
    "judged run). The suggestion round's larger role library (854 archetypes, round 32's content round) moves held-out "
    "21's half B by one true positive (halves B 320 / 36 / 272 -> 321 / 36 / 271, halves A unchanged). Test run of "
    "round 31, once, after the round's merges (commit a5317c2: this round's SMART code, linking round 28's models, "
    "the 854-archetype library): held-out 29 (80 pairs from 16 stored pages, 50 relevant, 30 not, 14 of them hard) "
    "gives P 0.88 / R 0.58 at 0.3 (TP 29 of 50, FP 4: same_page 1 of 7, same_function 2 of 7, other_page 1 of 16); "
    "the shared-word baseline in the same run 0.84 / 0.64. Round 30's code (commit 0776b5b: linking round 28's "
    "models, 762 archetypes) on the same pairs, run afterwards for comparison only: the same P 0.88 / R 0.58 (TP 29, "
    "FP 4). Goals missed (recall 0.90 at precision 0.95); the baseline ahead on recall, the engine on precision."
)


ROUND_32 = (
    "Round 32 (issue 12): held-out 29 (round 31's test set, run then) is development data since round 32, split by "
    "source page like held-out 6-28 (half A may be read with `--show-misses`, half B never listed); the test set is "
    "held-out 30 (`tests/fixtures/smart_holdout30.yaml`, labelled by another person before round 32's code ran on it; "
    "measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 29 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN): halves A 315 / 36 / 227 -> 326 / 39 / 233, halves B 321 / 36 / 271 -> 339 / 37 / 286; "
    "every other row unchanged; held-out 29 itself gives TP 29, FP 4, FN 21 as in its test run (half A 11 / 3 / 6, "
    "half B 18 / 1 / 15). "
    "Held-out 29's half A at 0.3 classed by cause in benchmarks/results/smart_round32.md (`benchmarks/"
    "smart_miss_readings.py`; 8 misses and 3 false positives without siblings, 2 more found by round 23's sibling "
    "rule: 6 misses, 3 false positives): the KPI unplaced 6 (five New Zealand outcome KPIs under broad one-clause "
    "outcome statements, an archive's fire-suppression devices the catalog has no indicator for); false positives: the "
    "text views on a shared word 2 (same_page, same_function), a link after the objective read as a wrong template 1 "
    "(other_page); the linker places none of the 30 KPIs. Pooled over held-out 21-29's halves A the KPI unplaced stays "
    "the largest class (78 of 100 misses); word sense is the cause of 1 of held-out 29's 9 errors (+2 borderline), 19 "
    "of the 97 errors listed for held-out 22-29 (28 with borderline ones). "
    "The lever, defined and committed before any run of it on other pairs than held-out 29's half A (commit 5c56c01, "
    "default off then): the CLAUSE TEXT of an UNPLACED KPI (`LinkedRelevance(clause_text=S)`, `CLAUSE_TEXT_SCALES` "
    "0.7 / 0.85 / 1.0 or off): for a KPI the linker does not place, the text relevance is at least S x its direct word "
    "similarity with the closest clause of the objective (the clauses `TemplateGraph.match_objective` reads; an "
    "objective of one clause adds nothing); no word list, no template, no sibling. S by leave one set out over the "
    "halves A of held-out 6-29 (`python benchmarks/smart_relevance_cv.py --round32`: highest pooled true positives at "
    "0.3 with pooled precision not lower than today's on the training halves A; ties the smaller S): 0.85 in 23 of 24 "
    "folds, 0.7 in one, and 0.85 on all the halves A (326 / 39 / 233 -> 329 / 39 / 230; out of fold 328 / 39 / 231). "
    "Judged once on the pooled halves B of held-out 6-29 against today's engine in the same run (`--halves "
    "--clause-text 0.85`) by round 29's rule as rounds 30 and 31 kept it (fixed in the docstring of "
    "`CLAUSE_TEXT_DEFAULT`): 339 / 37 / 286 -> 341 / 37 / 284 (P 0.902 -> 0.902, R 0.542 -> 0.546; held-out 18 B and "
    "27 B one true positive more each), hard-negative false positives 24 -> 24, held-out 29's half B 18 / 1 / 15 both: "
    "recall up at precision not lower, so the lever **passes** and is on (`CLAUSE_TEXT_DEFAULT = 0.85`). Disclosed: the "
    "halves B were looked at once for this lever (for a per-clause text relevance: never before). Test run of round "
    "32, once, after the round's merges and suggestions round 33 (commit a65ecdb: this round's SMART code with the "
    "clause text on, linking round 29's models (linking round 30's retrain was merged after this run), the "
    "854-archetype library, department_second on): held-out 30 (80 pairs from 18 stored pages, 50 relevant, 30 not, "
    "18 of them hard) gives P 0.86 / R 0.50 at 0.3 (TP 25 of 50, FP 4: same_page 1 of 12, same_function 2 of 6, "
    "other_page 1 of 12); the shared-word baseline in the same run 0.96 / 0.52. Round 31's code (commit 5942303: the "
    "clause text absent, linking round 29's models, 854 archetypes) on the same pairs, run afterwards for comparison "
    "only: the same P 0.86 / R 0.50 (TP 25, FP 4): the clause text did not carry to this set. Goals missed (recall "
    "0.90 at precision 0.95); on this set the shared-word baseline is ahead of the engine on both."
)


ROUND_33 = (
    "Round 33 (issue 12): held-out 30 (round 32's test set, run then) is development data since round 33, split by "
    "source page like held-out 6-29 (half A may be read with `--show-misses`, half B never listed); the test set is "
    "held-out 31 (`tests/fixtures/smart_holdout31.yaml`, labelled by another person before round 33's code ran on it; "
    "measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 30 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN): halves A 329 / 39 / 230 -> 341 / 41 / 236, halves B 341 / 37 / 284 -> 354 / 39 / 303; "
    "sets 1-5 166 / 2 / 5 both; every other row unchanged; held-out 30 itself gives TP 25, FP 4, FN 25 as in its test "
    "run (half A 12 / 2 / 6, half B 13 / 2 / 19). "
    "Held-out 30's half A at 0.3 classed by cause in benchmarks/results/smart_round33.md (`benchmarks/"
    "smart_miss_readings.py`; 11 misses and 2 false positives without siblings, 5 more found by round 23's sibling "
    "rule: 6 misses, 2 false positives): the KPI unplaced 5 (Chinese public-health and social-security plan indicators "
    "the catalog has no indicator for, two under the one-word objective 疾病防控), the objective read as a wrong "
    "template 1 (高质量发展 read as product quality); false positives: a wrong closest reading of an unplaced KPI 1 "
    "(same_function: AFP报告发病率 read as quality report timeliness), a link after a wrong objective reading 1 "
    "(same_page); the linker places none of the 30 KPIs. Pooled over held-out 21-30's halves A the KPI unplaced stays "
    "the largest class (83 of 106 misses); word sense is the cause of 2 of held-out 30's 8 errors (+2 borderline), 21 "
    "of the 105 errors listed for held-out 22-30 (32 with borderline ones). "
    "The lever, defined and committed before any run of it on labelled pairs (commit 7be157a, default off): a PLAIN "
    "SHARED WORD where the engine reads NO LINK (`LinkedRelevance(unlinked_word=L)`, `UNLINKED_WORD_CEILINGS` 0.0 / "
    "0.1 / 0.2 or off): a KPI the linker does not place, whose strongest link to the objective scores at most L and "
    "that shares a content word with it (`LinkedRelevance.content_words`; no idf floor, no sibling condition), scores "
    "at least 0.3. L by leave one set out over the halves A of held-out 6-30 (`python benchmarks/"
    "smart_relevance_cv.py --round33`: highest pooled true positives at 0.3 with pooled precision not lower than "
    "today's on the training halves A; ties the smaller L): off in all 25 folds and on all the halves A (TP / FP / FN: "
    "off 341 / 41 / 236, P 0.893; 0.0 354 / 47 / 223; 0.1 359 / 47 / 218; 0.2 370 / 49 / 207, P 0.883-0.884): every "
    "ceiling adds true positives at lower precision, so by round 32's rule (copied into `UNLINKED_WORD_DEFAULT`'s "
    "docstring) the lever **fails at its choice**, stays off (`UNLINKED_WORD_DEFAULT = None`), and the halves B were "
    "not run for it. Retired later in the session (commit fb0214e, which reproduces the judged run). Test run of "
    "round 33, once, at the next session's first commit (fe79a3a: round 32's SMART code with the clause text on, "
    "linking round 31's models, the 854-archetype library): held-out 31 (80 pairs from 17 stored pages, 50 relevant, "
    "30 not, 20 of them hard) gives P 0.88 / R 0.44 at 0.3 (TP 22 of 50, FP 3: same_page 2 of 15, same_function 0 "
    "of 5, other_page 1 of 10); the shared-word baseline in the same run 0.90 / 0.36. Round 32's test-run code "
    "(commit a65ecdb: linking round 29's models) on the same pairs, run afterwards for comparison only: the same TP "
    "22, FP 3. Goals missed (recall 0.90 at precision 0.95)."
)


ROUND_34 = (
    "Round 34 (issue 12): held-out 31 (round 33's test set, run then) is development data since round 34, split by "
    "source page like held-out 6-30 (half A may be read with `--show-misses`, half B never listed); the test set is "
    "held-out 32 (`tests/fixtures/smart_holdout32.yaml`, labelled by another person before round 34's code ran on it; "
    "measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 31 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN): halves A 341 / 41 / 236 -> 351 / 43 / 250, halves B 354 / 39 / 303 -> 366 / 40 / 317; "
    "sets 1-5 166 / 3 / 5 both (3 false positives since linking round 31's retrain, commit bf351a8); every other row "
    "unchanged; held-out 31 itself gives TP 22, FP 3, FN 28 as in its test run (half A 10 / 2 / 14, half B 12 / 1 / "
    "14). "
    "Held-out 31's half A at 0.3 classed by cause in benchmarks/results/smart_round34.md (`benchmarks/"
    "smart_miss_readings.py`; 14 misses and 2 false positives with or without siblings): the KPI unplaced 9 (air and "
    "water quality, unemployment, technology contracts, dual-credit courses: indicators the catalog does not have), "
    "the objective read as a wrong template 3 (就业质量 read as product quality; 'a national leader' as leadership), a "
    "KPI linked to a wrong indicator 1 (Billing Accuracy as bill-of-materials accuracy), reading and template right but "
    "the link under 0.3 1; false positives: a link after a wrong objective reading 1, a function link too broad 1 (an "
    "HR indicator under an objective naming human resources); the linker places 5 of the 42 KPIs. Pooled over "
    "held-out 21-31's halves A the KPI unplaced stays the largest class (92 of 120 misses), the objective read as a "
    "wrong template the next (18 misses, 8 false positives); word sense is the cause of 4 of held-out 31's 16 errors "
    "(+4 borderline), 25 of the 121 errors listed for held-out 22-31 (40 with borderline ones). "
    "The lever: three candidates, each different in kind from the retired levers, were probed on the halves A of "
    "held-out 6-31 only, with the setting chosen by leave one set out as round 32's rule chooses (`python benchmarks/"
    "smart_round34_probes.py`, which patched copies of two engine methods and changed nothing in the package; removed after the round as a duplicate of engine code, commit a70c987 reproduces it): AGREEING "
    "EVIDENCE for an unplaced KPI (the score at least text + W x link x (1 - text), W 0.25 / 0.5 / 0.75 / 1.0): every W "
    "adds true positives at lower precision (all the halves A 351 / 43 / 250 -> 362 / 45 / 239 at 0.25 ... 386 / 60 / "
    "215 at 1.0, P 0.891 -> 0.889 ... 0.865), off in 24 of 26 folds and on all the halves A; the OBJECTIVE READING (an "
    "objective the linker does not place read as the index's closest indicator, cap 0.5 / 0.7 / 1.0, for the link "
    "through the indicator the objective names): no decision changes; KPI CLAUSES (an unplaced KPI of several clauses "
    "placed by the linker per clause): 10 of 187 such KPIs get a clause placed, too few to move a figure. No candidate "
    "gains on the halves A at the engine's precision, so **no judged run** was made, nothing is wired and the halves B "
    "were not run for a lever this round; the engine and its defaults are round 33's. Test run of round 34, once, at "
    "the next session's first commit (18076d6: round 33's SMART code, linking round 32's models, the 854-archetype "
    "library): held-out 32 (80 pairs from 16 stored pages, 50 relevant, 30 not, 19 of them hard) gives P 0.83 / R "
    "0.48 at 0.3 (TP 24 of 50, FP 5: same_page 2 of 15, same_function 1 of 4, other_page 2 of 11); the shared-word "
    "baseline in the same run 1.00 / 0.28. Round 33's test-run code (commit fe79a3a: linking round 31's models) on "
    "the same pairs, run afterwards for comparison only (`--labels tests/fixtures/smart_holdout32.yaml`): the same P "
    "0.83 / R 0.48. Goals missed (recall 0.90 at precision 0.95); the engine ahead of the baseline on recall, behind "
    "on precision."
)


ROUND_35 = (
    "Round 35 (issue 12): held-out 32 (round 34's test set, run then) is development data since round 35, split by "
    "source page like held-out 6-31 (half A may be read with `--show-misses`, half B never listed); the test set is "
    "held-out 33 (`tests/fixtures/smart_holdout33.yaml`, labelled by another person before round 35's code ran on it; "
    "measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 32 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN): halves A 351 / 43 / 250 -> 365 / 48 / 264, halves B 366 / 40 / 317 -> 376 / 40 / 329; "
    "sets 1-5 166 / 3 / 5 both; every other row unchanged; held-out 32 itself gives TP 24, FP 5, FN 26 on this "
    "round's first commit (half A 14 / 5 / 14, half B 10 / 0 / 12). "
    "Held-out 32's half A at 0.3 classed by cause in benchmarks/results/smart_round35.md (`benchmarks/"
    "smart_miss_readings.py`; 15 misses and 5 false positives without siblings, 14 and 5 with them): the KPI unplaced 5 "
    "(high-tech enterprises, industrial enterprises above scale, recycling, academy members: indicators the catalog "
    "does not have), the objective read as a wrong template 5 (和谐劳动关系 read as key accounts, 生態環境 as a partner "
    "ecosystem, 科学发展), the objective unread 2 (顾客与消费者权益), reading right but relation missing 1, reading and "
    "template right but the link under 0.3 1; false positives: the text views on a shared word 2 (same_page), a link "
    "after a wrong objective reading 2 (other_page), a function link too broad 1 (same_function); the linker places 10 "
    "of the 48 KPIs. Pooled over held-out 21-32's halves A the KPI unplaced stays the largest class (97 of 134 misses), "
    "the objective read as a wrong template the next (23 misses, 10 false positives); word sense is the cause of 5 of "
    "held-out 32's 19 errors (+2 borderline), 30 of the 140 errors listed for held-out 22-32 (47 with borderline ones). "
    "The lever, written with its rule and committed before its choice ran and before any run on the halves B (commit "
    "64bd182, default off; a /tmp probe of the same reading on the halves A only ran before its grid was fixed, "
    "disclosed in its docstring): the LINKER'S READING of an UNPLACED KPI (`LinkedRelevance(linker_reading=S)`, "
    "`LINKER_READING_SCALES` 1.0 / 1.5 / 2.0 or off): a KPI the linker leaves unplaced is also read as the linker's own "
    "candidate (its pick under min_link, else its first alternative) at S x min(1, confidence / 0.6); it only adds "
    "links. S by leave one set out over the halves A of held-out 6-32 (`python benchmarks/smart_relevance_cv.py "
    "--round35`: round 32's choice): 1.0 in 26 of 27 folds (off for held-out 11, whose half A holds the one pair it "
    "gains) and on all the halves A (365 / 48 / 264 -> 366 / 48 / 263; out of fold 365 / 48 / 264). Judged once on "
    "the pooled halves B of held-out 6-32 against today's engine in the same run (`--halves --linker-reading 1.0`) by "
    "round 32's rule (copied into `LINKER_READING_DEFAULT`'s docstring): 376 / 40 / 329 both (P 0.904, R 0.533), "
    "hard-negative false positives 25 -> 25, held-out 32's half B 10 / 0 / 12 both: neither recall nor precision up, "
    "so the lever **fails** and stays off (`LINKER_READING_DEFAULT = None`). Disclosed: the halves B were looked at "
    "once for this lever (for a reading from the linker's own candidate: never before). Retired later in the "
    "session (commit 26ab71d, which reproduces the judged run): kpiguide/suggest/relevance.py is round 33's again. "
    "Test run of round 35, once, at the next session's first commit (81c74e6: round 33's SMART code, linking round "
    "33's models, the 854-archetype library): held-out 33 (80 pairs from 16 stored pages, 50 relevant, 30 not, 21 of "
    "them hard) gives P 0.96 / R 0.46 at 0.3 (TP 23 of 50, FP 1: same_page 1 of 18, same_function 0 of 3, "
    "other_page 0 of 9); the shared-word baseline in the same run 0.94 / 0.32. Round 34's test-run code (commit "
    "18076d6: linking round 32's models) on the same pairs, run afterwards for comparison only (`--labels "
    "tests/fixtures/smart_holdout33.yaml`): the same P 0.96 / R 0.46. Goals missed (recall 0.90 at precision 0.95): "
    "precision meets the goal on this set, recall is half of it."
)


ROUND_36 = (
    "Round 36 (issue 12): held-out 33 (round 35's test set, run then) is development data since round 36, split by "
    "source page like held-out 6-32 (half A may be read with `--show-misses`, half B never listed); the test set is "
    "held-out 34 (`tests/fixtures/smart_holdout34.yaml`, labelled by another person before round 36's code ran on it; "
    "measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 33 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN): halves A 365 / 48 / 264 -> 370 / 48 / 278, halves B 376 / 40 / 329 -> 394 / 41 / 342; "
    "sets 1-5 166 / 3 / 5 both; every other row unchanged; held-out 33 itself gives TP 23, FP 1, FN 27 on this "
    "round's first commit (half A 5 / 0 / 14, half B 18 / 1 / 13). "
    "Held-out 33's half A at 0.3 classed by cause in benchmarks/results/smart_round36.md (`benchmarks/"
    "smart_miss_readings.py`; 15 misses and no false positive without siblings, 14 and none with them): the KPI "
    "unplaced 8 (occupational accidents, a case incident rate, electricity saving and self-generation, rent arrears, "
    "household recycling, litter, business start-ups: indicators the catalog does not have), the objective read as a "
    "wrong template 3 ('Delivering and Innovating' read as shipping and project management, 'a safe and healthy work "
    "environment' as patient care), reading and template right but the link under 0.3 2 (repairs on time 0.292, rent "
    "collection 0.211), a KPI linked to a wrong indicator 1 (BA's Punctuality as shuttle bus punctuality); the "
    "linker places 1 of the 25 KPIs. Pooled over held-out 21-33's halves A the KPI unplaced stays the largest class "
    "(105 of 148 misses), the objective read as a wrong template the next (26 misses, 10 false positives); word sense "
    "is the cause of 4 of held-out 33's 14 errors (+2 borderline), 34 of the 154 errors listed for held-out 22-33 (53 "
    "with borderline ones). "
    "The lever: three candidates, each different in kind from the retired levers and probes, were probed on the halves "
    "A of held-out 6-33 only (scripts committed as run in 9a3c95d and removed in 231b376; they wrap or re-derive engine "
    "behaviour at run time and changed nothing in the package): KPI FUNCTION WORDS (an unplaced KPI naming a business "
    "function in its own words linked to an objective that names it or states a template it owns first, S x link x "
    "0.6, S 0.5 / 0.7 / 1.0), READINGS THAT AGREE (an unplaced KPI whose closest indicator is also the closest of the "
    "objective's owning functions read at cap 0.85 / 1.0 instead of 0.7) and a TEMPLATE FLOOR (the objective's "
    "templates read only from match confidence 0.4 / 0.5 / 0.6 / 0.7). All the halves A, TP / FP / FN at 0.3, today "
    "370 / 48 / 278 (P 0.885): function words 375 / 52 / 273 at S 0.5 ... 377 / 61 / 271 at 1.0; readings that agree "
    "375 / 50 / 273 at 0.85, 379 / 54 / 269 at 1.0; template floor 369 / 48 / 279 at 0.4 ... 344 / 35 / 304 at 0.7. "
    "Round 32's choice picks off for each on all the halves A (true positives only at lower precision, or precision "
    "only with fewer true positives; function words and readings that agree off in 28 of 28 folds too, commit "
    "9dda7f3), so **no switch was wired and no judged run made**; the halves B were not run for "
    "a lever this round and the engine and its defaults are unchanged. Test run of round 36, once, at the next "
    "session's first commit (068a44c: round 33's SMART code, linking round 33's models with the vocabulary of round "
    "34, the 854-archetype library): held-out 34 (80 pairs from 17 stored pages, 50 relevant, 30 not, 18 of them "
    "hard) gives P 0.96 / R 0.48 at 0.3 (TP 24 of 50, FP 1: same_page 1 of 14, same_function 0 of 4, other_page 0 "
    "of 12); the shared-word baseline in the same run 1.00 / 0.42. Round 35's test-run code (commit 81c74e6) on the "
    "same pairs, run afterwards for comparison only (`--labels tests/fixtures/smart_holdout34.yaml`): the same P "
    "0.96 / R 0.48. Goals missed (recall 0.90 at precision 0.95): precision meets the goal on this set, recall is "
    "about half of it."
)


ROUND_37 = (
    "Round 37 (issue 12): held-out 34 (round 36's test set, run then) is development data since round 37, split by "
    "source page like held-out 6-33 (half A may be read with `--show-misses`, half B never listed); the test set is "
    "held-out 35 (`tests/fixtures/smart_holdout35.yaml`, labelled by another person before round 37's code ran on it; "
    "measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 34 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN): halves A 370 / 48 / 278 -> 382 / 48 / 292, halves B 394 / 41 / 342 -> 406 / 42 / 354; "
    "sets 1-5 166 / 3 / 5 both; every other row unchanged; held-out 34 itself gives TP 24, FP 1, FN 26 on this "
    "round's first commit (half A 12 / 0 / 14, half B 12 / 1 / 12). "
    "Held-out 34's half A at 0.3 classed by cause in benchmarks/results/smart_round37.md (`benchmarks/"
    "smart_miss_readings.py`; 15 misses and no false positive without siblings, 14 and none with them): the KPI "
    "unplaced 8 (irrigation water use, drinking-water sources, sludge disposal, public service satisfaction, awarding "
    "gaps, a water regulator's ODI composite, water intensity: indicators the catalog does not have), the objective "
    "read as a wrong template 4 (three under one objective, 'using resources efficiently and minimizing environmental "
    "impacts throughout our value chain', read first as a hospital's bed efficiency; '产品设施安全可靠' as reliable "
    "supply), reading right but relation missing 1 (trademark registrations and innovation), reading and template "
    "right but the link under 0.3 1 (renewable energy use, 0.148); the linker places 2 of the 41 KPIs. Pooled over "
    "held-out 21-34's halves A the KPI unplaced stays the largest class (113 of 162 misses), the objective read as a "
    "wrong template the next (30 misses, 10 false positives); word sense is the cause of 4 of held-out 34's 14 errors "
    "(+1 borderline), 38 of the 168 errors listed for held-out 22-34 (58 with borderline ones). "
    "The lever, defined and committed with its rule before any run of it on labelled pairs (commit 50aee42, default "
    "off), aimed at the next largest class: the INDUSTRY GATE of the objective's templates (`LinkedRelevance("
    "industry_gate=...)`, `INDUSTRY_GATES` read / named or off; `TemplateGraph.without`): a strategy template measured "
    "only by indicators of one industry (35 of 161) is read from an objective only when the pair gives evidence of "
    "that industry (named: the objective or the KPI text names it by the taxonomy's industry names and aliases; read: "
    "that, or the KPI's indicator, placed or closest, is of it), else hidden before the objective's templates are "
    "matched, for every link kind, the owner reading and the foreign rule. Setting by leave one set out over the "
    "halves A of held-out 6-34 (`python benchmarks/smart_relevance_cv.py --round37`: round 32's choice, copied into "
    "`INDUSTRY_GATE_DEFAULT`'s docstring): off in 29 of 29 folds and on all the halves A (TP / FP / FN: off 382 / 48 "
    "/ 292, read 381 / 46 / 293, named 380 / 46 / 294; 8 pairs change: two hard negatives and three true positives "
    "fall below 0.3, two true positives rise above it; internet templates of user growth are stated on OKR pages "
    "that never name their industry): no setting adds a true positive, so the lever **fails at its choice**, stays "
    "off (`INDUSTRY_GATE_DEFAULT = None`), no judged run was made and the halves B were not run for it; the engine "
    "and its defaults are round 36's. Retired later in the session (lead): kpiguide/suggest/relevance.py and "
    "tests/suggest/test_relevance.py are as before the lever, its --industry-gate flag and the --round37 study of "
    "benchmarks/smart_relevance_cv.py removed; commit 5350d2d reproduces the choice."
    " Test run of round 37, once, at the next session's first commit (542f771: round 33's SMART code, linking round "
    "33's models with the vocabulary of round 35, the 854-archetype library with the 'retain talent' keywords): "
    "held-out 35 (80 pairs from 20 stored pages, 50 relevant, 30 not, 16 of them hard) gives P 0.97 / R 0.66 at 0.3 "
    "(TP 33 of 50, FP 1: same_page 0 of 12, same_function 1 of 4, other_page 0 of 14); the shared-word baseline in "
    "the same run 0.97 / 0.56. Round 36's test-run code (commit 068a44c) on the same pairs, run afterwards for "
    "comparison only (`--labels tests/fixtures/smart_holdout35.yaml`): the same P 0.97 / R 0.66. Goals missed "
    "(recall 0.90 at precision 0.95): precision meets the goal on this set, recall is two thirds of it (0.46-0.48 on held-out "
    "32-34's test runs; the shared-word baseline's recall is higher here too: 0.56 against 0.28-0.42)."
)


ROUND_38 = (
    "Round 38 (issue 12): held-out 35 (round 37's test set, run then) is development data since round 38, split by "
    "source page like held-out 6-34 (half A may be read with `--show-misses`, half B never listed); the test set is "
    "held-out 36 (`tests/fixtures/smart_holdout36.yaml`, labelled by another person before round 38's code ran on it; "
    "measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 35 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN): halves A 384 / 48 / 290 -> 403 / 49 / 301, halves B 406 / 42 / 354 -> 420 / 42 / 360; "
    "sets 1-5 166 / 3 / 5 both; every other row unchanged; held-out 35 itself gives TP 33, FP 1, FN 17 on this "
    "round's first commit (half A 19 / 1 / 11, half B 14 / 0 / 6). "
    "Held-out 35's half A at 0.3 classed by cause in benchmarks/results/smart_round38.md (`benchmarks/"
    "smart_miss_readings.py`; 14 misses and 1 false positive without siblings, 11 and 1 with them): the KPI unplaced 9 "
    "(disaster-warning reach, indoor air quality, freshwater withdrawal, water consumption, an awarding gap, an "
    "employer certification, public confidence, safe-and-well visits, development reviews: indicators the catalog does "
    "not have), the objective read as a wrong template 2 (a committed workforce read as training, 'Sourcing for Good' "
    "as competitive prices); the false positive a function link too broad (a repair KPI under a leakage objective "
    "through customer service); the linker places none of the 49 KPIs. Pooled over held-out 21-35's halves A the KPI "
    "unplaced stays the largest class (122 of 173 misses), the objective read as a wrong template the next (32 misses, "
    "10 false positives); word sense is the cause of 2 of held-out 35's 12 errors (+1 borderline), 40 of the 180 "
    "errors listed for held-out 22-35 (61 with borderline ones). "
    "The lever, defined and committed with its rule before its choice ran and before any run on the halves B (commit "
    "ad6da63, default off): the READING BREADTH of an UNPLACED KPI (`LinkedRelevance(reading_breadth=N)`, "
    "`READING_BREADTHS` 2 / 3 / 5 or off): a KPI the linker does not place is also read as the index's 2nd .. Nth "
    "closest indicators at the closest reading's confidence rule; they only add links. N by leave one set out over "
    "the halves A of held-out 6-35 (`python benchmarks/smart_relevance_cv.py --round38`, 2 min 42 s: round 32's "
    "choice): 2 in 29 of 30 folds (off for held-out 32, whose half A holds the one pair it gains) and on all the "
    "halves A (403 / 49 / 301 -> 404 / 49 / 300 at every N; out of fold 403 / 49 / 301). Judged once on the pooled "
    "halves B of held-out 6-35 against today's engine in the same run (`--halves --reading-breadth 2`) by round 32's "
    "rule (copied into `READING_BREADTH_DEFAULT`'s docstring): 420 / 42 / 360 both (P 0.909, R 0.538; no pair of the "
    "halves B changes), hard-negative false positives 27 -> 27, held-out 35's half B 14 / 0 / 6 both: neither recall "
    "nor precision up, so the lever **fails** and stays off (`READING_BREADTH_DEFAULT = None`); the engine and its "
    "defaults are unchanged. Disclosed: the halves B were looked at once for this lever (for a reading of an unplaced "
    "KPI beyond its first indicator: never before). Retired later in the session (lead): "
    "kpiguide/suggest/relevance.py and tests/suggest/test_relevance.py are as before the lever (commit 57a449b), its "
    "--reading-breadth flag and the --round38 study of benchmarks/smart_relevance_cv.py removed; commit d5ec543 "
    "reproduces the choice and the judged run. A content change judged once in the same session (lead's brief, helper "
    "h228; branch h228 at c9f970a, not merged; benchmarks/results/smart_coverage_rule.md committed there before any "
    "run): 27 bilingual indicators the catalog lacked, chosen from the KPI-unplaced lists of the halves A of held-out "
    "21-35 (water withdrawal and reuse, waste recycling, TRIR, indoor and ambient air quality, public-sector, health "
    "and education measures), keywords for 4 near entries and 6 new strategy templates. Rule: SMART pooled halves B "
    "TP up by at least 2 with FP and hard-negative FP not up by more than 1; suggestions' six pooled half-B figures "
    "within two queries; linking's pooled half B within 3 right answers and 0.01 none precision; speed. Result, off "
    "-> on: SMART halves B 420 / 42 / 360 -> 429 / 48 / 351 (halves A 403 / 49 / 301 -> 437 / 53 / 267), "
    "hard-negative FP 27 -> 31; English id hit@5 on the pooled halves B 0.7901 -> 0.7843 (4 queries); linking 2604 "
    "-> 2602 right, none precision 0.94 both; p50 5.02 ms. It FAILS (false positives, English id hit@5) and is not "
    "merged: the missing measures add true positives, but the new broad templates also let objectives of the same "
    "page or function pass 0.3."
    " Test run of round 38, once, at the next session's first commit (f5c66b3: round 33's SMART code, linking round "
    "36's retrained models and vocabulary, the 854-archetype library): held-out 36 (80 pairs from 25 stored pages, 50 "
    "relevant, 30 not, 21 of them hard) gives P 0.82 / R 0.46 at 0.3 (TP 23 of 50, FP 5: same_page 5 of 17, "
    "same_function 0 of 4, other_page 0 of 9); the shared-word baseline in the same run 0.84 / 0.42. Round 37's "
    "test-run code (commit 542f771: linking round 33's models) on the same pairs, run afterwards for comparison only "
    "(`--labels tests/fixtures/smart_holdout36.yaml`): the same P 0.82 / R 0.46. Goals missed (recall 0.90 at "
    "precision 0.95): both precision and recall under the goal on this set; recall lower than held-out 35's 0.66, "
    "as on held-out 32-34 (0.46-0.48); all five false positives are same-page negatives."
)


ROUND_39 = (
    "Round 39 (issue 12): held-out 36 (round 38's test set, run then) is development data since round 39, split by "
    "source page like held-out 6-35 (half A may be read with `--show-misses`, half B never listed); the test set is "
    "held-out 37 (`tests/fixtures/smart_holdout37.yaml`, labelled by another person before round 39's code ran on it; "
    "measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 36 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN; before on the code of 3158337, after on this round's first commit f856cbb): halves A "
    "403 / 49 / 301 -> 419 / 52 / 315, halves B 420 / 42 / 360 -> 427 / 44 / 373; hard-negative (same_page + "
    "same_function) false positives of the halves B 27 -> 29; sets 1-5 166 / 3 / 5 both; every other row unchanged; "
    "held-out 36 itself gives TP 23, FP 5, FN 27 as in its test run (half A 16 / 3 / 14, half B 7 / 2 / 13). "
    "Held-out 36's half A at 0.3 classed by cause in benchmarks/results/smart_round39.md (`benchmarks/"
    "smart_miss_readings.py`; 14 misses and 3 false positives with or without siblings): the KPI unplaced 11 (bus "
    "network density and stop coverage, tourism output, value added and jobs, rural housing, film shows for farmers, "
    "recyclable packaging, library card use, CO2 per passenger journey, signals passed at danger: indicators the "
    "catalog does not have), reading and template right but the link under 0.3 2 (999 calls answered in time 0.274, "
    "bus accidents per million miles 0.180), the objective read as a wrong template 1 (a policing objective read as "
    "patient care); the false positives, all same_page: a function link after a wrong objective reading 1 (operating "
    "profit under passenger transport services read as patient care), a template link too broad 1 (embodied carbon "
    "under renewable energy, both read as the environment template), the text views on a shared word 1 (城市 / 交通); "
    "the linker places 1 of the 43 KPIs. Pooled over held-out 21-36's halves A the KPI unplaced stays the largest "
    "class (133 of 187 misses), the objective read as a wrong template the next (33 misses, 11 false positives); word "
    "sense is the cause of 3 of held-out 36's 17 errors (+2 borderline), 43 of the 197 errors listed for held-out "
    "22-36 (66 with borderline ones). "
    "The lever, defined and committed with its rule before its choice ran and before any run on the halves B (commit "
    "efab945, default off then; /tmp probes on the halves A only before its grid was fixed, disclosed in its "
    "docstring), aimed at false positives on hard negatives: the DEPARTMENT LINK of an UNPLACED KPI with a BETTER HOME "
    "(`LinkedRelevance(function_home=M)`, `FUNCTION_HOME_MARGINS` 0.0 / 0.1 / 0.2 / 0.3 or off): a relevant verdict "
    "of a KPI the linker does not place that rests on the function link (on the halves A right 10 times, wrong 12, 10 "
    "of them hard negatives: the one kind of evidence wrong more often than right) does not keep that link when the KPI "
    "scores at least M higher for another objective of its scheme; it only lowers scores. M by leave one set out over "
    "the halves A of held-out 6-36 (`python benchmarks/smart_relevance_cv.py --round39`: fewest pooled false "
    "positives at 0.3 with pooled true positives not fewer; ties the larger M): 0.1 in 29 of 31 folds and on all the "
    "halves A (419 / 52 / 315 -> 419 / 48 / 315; out of fold 418 / 48 / 316). Judged once on the pooled halves B of "
    "held-out 6-36 against today's engine in the same run (`--halves --function-home 0.1`) by the rule copied into "
    "`FUNCTION_HOME_DEFAULT`'s docstring (recall up with precision not down by more than 0.005, or precision up with "
    "recall not down; hard-negative false positives not up; the suggestion benchmark's six half-B figures within two "
    "queries, unchanged by construction: the suggester never calls `LinkedRelevance`): 427 / 44 / 373 -> 427 / 43 / "
    "373 (P 0.907 -> 0.909, R 0.534 both; held-out 36's half B one same_page false positive fewer), hard-negative "
    "false positives 29 -> 28, halves A 419 / 52 / 315 -> 419 / 48 / 315, sets 1-5 166 / 3 / 5 both: precision up "
    "with recall not down, so the lever **passes** and is on (`FUNCTION_HOME_DEFAULT = 0.1`). Disclosed: the halves "
    "B were looked at once for this lever (for the function link of an unplaced KPI: never before)."
    " Test run of round 39, once, at the end of the same session (4bfc74e: function_home on at 0.1, linking round "
    "37's models): held-out 37 (80 pairs from 16 stored pages, 50 relevant, 30 not, 23 of them hard) gives P 0.89 / "
    "R 0.50 at 0.3 (TP 25 of 50, FP 3: same_page 1 of 18, same_function 1 of 5, other_page 1 of 7); the shared-word "
    "baseline in the same run 0.91 / 0.42. Round 38's test-run code (commit f5c66b3: no function_home, linking round "
    "36's models) on the same pairs, run afterwards for comparison only (`--labels "
    "tests/fixtures/smart_holdout37.yaml`): the same P 0.89 / R 0.50. Goals missed (recall 0.90 at precision 0.95) "
    "on both."
    " Test run of held-out 38, once, at the next session's first commit (7ef9d28: round 39's engine; `python "
    "benchmarks/smart_quality.py --labels tests/fixtures/smart_holdout38.yaml`): 80 pairs from 18 stored pages, 50 "
    "relevant, 30 not, 28 of them hard, give P 0.84 / R 0.52 at 0.3 (TP 26 of 50, FP 5: same_page 2 of 19, "
    "same_function 3 of 9, other_page 0 of 2); the shared-word baseline in the same run 0.81 / 0.34. Round 38's "
    "test-run code (commit f5c66b3: no function_home, linking round 36's models) on the same pairs, run afterwards "
    "for comparison only: the same P 0.84 / R 0.52. Goals missed (recall 0.90 at precision 0.95) on both."
)


ROUND_40 = (
    "Round 40 (issue 12): held-out 37 (round 39's test set, run then) and held-out 38 (labelled for a later round, run "
    "once at the start of round 40's session) are development data since round 40, split by source page like held-out "
    "6-36 (half A may be read with `--show-misses`, half B never listed); the test set is held-out 39 "
    "(`tests/fixtures/smart_holdout39.yaml`, labelled by another person before round 40's code ran on it; measured "
    "when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 37 and 38 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN; before on the code of 70ee099, after on this round's first commit 1bce79f): halves A "
    "419 / 48 / 315 -> 438 / 49 / 331, halves B 427 / 43 / 373 -> 459 / 50 / 406; hard-negative (same_page + "
    "same_function) false positives of the halves B 28 -> 34; sets 1-5 166 / 3 / 5 both; every other row unchanged; "
    "held-out 37 itself gives TP 25, FP 3, FN 25 as in its test run (half A 11 / 1 / 12, half B 14 / 2 / 13), "
    "held-out 38 TP 26, FP 5, FN 24 as in its test run (half A 8 / 0 / 4, half B 18 / 5 / 20; its pages split "
    "unevenly: 22 pairs in half A, 58 in half B). "
    "Held-out 37's and 38's halves A at 0.3 classed by cause in benchmarks/results/smart_round40.md (`benchmarks/"
    "smart_miss_readings.py`; without siblings 14 + 4 misses and 1 false positive, with them 12 + 4 and 1: two of "
    "held-out 37's found by round 23's sibling rule): the KPI unplaced 7 + 4 (electricity intensity, construction waste "
    "to landfill, a wellbeing certification, biodiversity net gain, groundwater quality, freshwater intensity, the NHS "
    "Friends and Family Test, energy production capacity, pollutant discharge, course success, student persistence: "
    "indicators the catalog does not have), the objective unread 4 (a property company's one-word themes 應對氣候變化 "
    "and 福祉, for which no strategy template exists, under KPIs read rightly), the objective read as a wrong template "
    "1 ('efficient and circular use of natural resources' read as a hospital's bed efficiency, as in round 37); the "
    "false positive (same_function) a function link after a wrong objective reading (a regional water-ecology "
    "objective read as partnerships); the linker places 1 of the 55 KPIs. Pooled over held-out 21-38's halves A the "
    "KPI unplaced stays the largest class (144 of 203 misses), the objective read as a wrong template the next (34 "
    "misses; 12 false positives from links after a wrong objective reading); word sense is the cause of 3 of the 17 "
    "errors (+2 borderline: 淨增 read as broadband net additions, 极差 as a price spread, a fall term as patients' "
    "falls), 46 of the 214 errors listed for held-out 22-38 (71 with borderline ones). "
    "The lever, defined and committed with its rule before its choice ran and before any run on the halves B (commit "
    "0759254, default off; /tmp probes of the evidence deciding each verdict on the halves A only before it was "
    "written, disclosed in its docstring), aimed at false positives on hard negatives (the largest class, the KPI "
    "unplaced, and the objectives unread are catalog content again): round 11's SHARED-OBJECT LIFT WITH THE SCHEME'S "
    "OTHER OBJECTIVES (`LinkedRelevance(scheme_object=True)`, `SCHEME_OBJECT_DEFAULT`): a pair lifted from text "
    "relevance 0.25-0.3 to 0.3 because KPI and objective share a catalog object word keeps its text relevance when every "
    "shared object word is carried by another objective of the scheme; it only lowers scores (on the halves A the "
    "verdicts that lift decides are right 10 times, wrong twice, both same_page). On or off by leave one set out over "
    "the halves A of held-out 6-38 (`python benchmarks/smart_relevance_cv.py --round40`: on when fewer pooled false "
    "positives at 0.3 with pooled true positives not fewer): off in 33 of 33 folds and on all the halves A (TP / FP / "
    "FN off 438 / 49 / 331, on 436 / 48 / 333: one false positive fewer for two true positives fewer; 3 pairs change), "
    "so the lever **fails at its choice** and stays off (`SCHEME_OBJECT_DEFAULT = False`); no judged run was made and "
    "the halves B were not run for it; the engine and its defaults are round 39's. Retired later in the session "
    "(lead): kpiguide/suggest/relevance.py and tests/suggest/test_relevance.py are as before the lever, its "
    "--scheme-object flag and the --round40 study of benchmarks/smart_relevance_cv.py removed; commit 18dd42e "
    "reproduces the choice. Test run of round 40, once, at the end of the same session (c08ed55: round 39's engine, "
    "linking round 38's models; `python benchmarks/smart_quality.py`): held-out 39 (80 pairs from 16 stored pages, 51 "
    "relevant, 29 not, 29 of them hard) gives P 0.93 / R 0.51 at 0.3 (TP 26 of 51, FP 2: same_page 2 of 23, "
    "same_function 0 of 6); the shared-word baseline in the same run 1.00 / 0.33. The session's first commit "
    "(7ef9d28: linking round 37's models) on the same pairs, run afterwards for comparison only (`--labels "
    "tests/fixtures/smart_holdout39.yaml`): the same P 0.93 / R 0.51. Goals missed (recall 0.90 at precision 0.95)."
)


ROUND_41 = (
    "Round 41 (issue 12): held-out 39 (round 40's test set, run then) is development data since round 41, split by "
    "source page like held-out 6-38 (half A may be read with `--show-misses`, half B never listed); the test set is "
    "held-out 40 (`tests/fixtures/smart_holdout40.yaml`, labelled by another person before round 41's code ran on it; "
    "measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 39 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN; before on the code of 0c1ad4a, after on this round's first commit): halves A 438 / 49 / "
    "331 -> 448 / 50 / 339, halves B 459 / 50 / 406 -> 475 / 51 / 423; hard-negative (same_page + same_function) false "
    "positives of the halves B 34 -> 35; sets 1-5 166 / 3 / 5 both; every other row unchanged; held-out 39 itself "
    "gives TP 26, FP 2, FN 25 as in its test run (half A 10 / 1 / 8, half B 16 / 1 / 17; its pages split unevenly: 27 "
    "pairs in half A, 53 in half B). "
    "Held-out 39's half A at 0.3 classed by cause in benchmarks/results/smart_round41.md (`benchmarks/"
    "smart_miss_readings.py`; 8 misses and 1 false positive with or without siblings): the KPI unplaced 8 (a fire and "
    "rescue service's appliance availability (2), call handling, response standards and dwelling fires under 'The "
    "public is kept safe', the revenue share of high-end and of strategic emerging industries under carbon-peak "
    "objectives, regenerative agriculture: indicators the catalog does not have); the false positive (same_page) a "
    "function link too broad (a total recordable injury rate read as the construction injury rate under 'Net zero' "
    "through production, which owns the environment template); the linker places none of the 27 KPIs. Pooled over "
    "held-out 21-39's halves A the KPI unplaced stays the largest class (152 of 211 misses), the objective read as a "
    "wrong template the next (34 misses; 12 false positives from links after a wrong objective reading); word sense is "
    "the cause of none of held-out 39's 9 errors (+4 borderline: appliance availability read as a site's and a "
    "service's, response standards as IT acknowledgement, 生态系统 as a partner ecosystem), 46 of the 223 errors listed "
    "for held-out 22-39 (75 with borderline ones). (Classed after the lever's commit 06d6153, which was written from "
    "the miss readings' listing of this false positive; no probe of the lever ran before it.) "
    "The lever, defined and committed with its rule before its choice ran and before any run of it on labelled pairs "
    "(commit 06d6153, default off), aimed at false positives on hard negatives (the largest class, the KPI unplaced, is "
    "catalog content again): the FUNCTION STAKE of an UNPLACED KPI's reading that MEASURES ELSEWHERE "
    "(`LinkedRelevance(function_stake=F)`, `FUNCTION_STAKE_FLOORS` 0.0 / 0.3 / 0.5 or off): for a KPI the linker does "
    "not place, the function link of a reading of confidence at least F does not count when the reading's indicator "
    "measures strategy templates and none of them is stated by the objective or directly linked to a stated one (the "
    "foreign rule's condition, which only placed KPIs had); it only lowers scores. F by leave one set out over the "
    "halves A of held-out 6-41 (`python benchmarks/smart_relevance_cv.py --round41`: fewest pooled false positives at "
    "0.3 with pooled true positives not fewer; ties the larger F): off in 33 of 34 folds (0.5 for held-out 11, whose "
    "half A holds the true positive it loses) and on all the halves A (TP / FP / FN off 448 / 50 / 339, at 0.0, 0.3 "
    "and 0.5 alike 447 / 45 / 340: five false positives fewer, held-out 39's TRIFR under 'Net zero' among them, for one "
    "true positive fewer; out of fold 447 / 49 / 340; 6 pairs change), so the lever **fails at its choice** and stays "
    "off (`FUNCTION_STAKE_DEFAULT = None`); no judged run was made and the halves B were not run for it; the engine "
    "and its defaults are round 39's. Retired later in the session (lead): kpiguide/suggest/relevance.py and "
    "tests/suggest/test_relevance.py are as before the lever, its --function-stake flag and the --round41 study of "
    "benchmarks/smart_relevance_cv.py removed; commit 21a98de reproduces the choice. Noticed: on the halves A it traded "
    "five false positives for one true positive; a rule that weighs precision against the goal (P 0.95) would judge "
    "such a trade differently, but that rule would have to be written before a run, in a later round. Test run of "
    "round 41, once, at the end of the same session (eea03ce: round 39's engine, linking round 38's models; `python "
    "benchmarks/smart_quality.py`): held-out 40 (80 pairs from 15 stored pages, 51 relevant, 29 not, all 29 same-page "
    "negatives) gives P 0.86 / R 0.49 at 0.3 (TP 25 of 51, FP 4 of 29); the shared-word baseline in the same run "
    "0.88 / 0.41. Round 40's test-run code (commit c08ed55) on the same pairs, run afterwards for comparison only "
    "(`--labels tests/fixtures/smart_holdout40.yaml`): the same P 0.86 / R 0.49. Goals missed (recall 0.90 at "
    "precision 0.95)."
    " Test run of held-out 41 (labelled last session for round 42), once, at the next session's first commit (de2b575: "
    "round 39's engine, linking round 38's models; `python benchmarks/smart_quality.py --labels "
    "tests/fixtures/smart_holdout41.yaml --out F` in a detached worktree): 80 pairs from 19 stored pages, 51 "
    "relevant, 29 not, all 29 same-page negatives: P 0.77 / R 0.53 at 0.3 (TP 27 of 51, FP 8 of 29); the shared-word "
    "baseline in the same run 0.74 / 0.39. The code before last session's rounds (commit 7ef9d28) on the same pairs, "
    "run afterwards for comparison only: the same P 0.77 / R 0.53. Goals missed (recall 0.90 at precision 0.95); "
    "precision the lowest of the last four unseen sets (0.84, 0.93, 0.86, 0.77), every false positive a same-page "
    "negative."
)


ROUND_42 = (
    "Round 42 (issue 12): held-out 40 (round 41's test set, run then) and held-out 41 (labelled for a later round, run "
    "once at the start of round 42's session) are development data since round 42, split by source page like held-out "
    "6-39 (half A may be read with `--show-misses`, half B never listed); the test set is held-out 42 "
    "(`tests/fixtures/smart_holdout42.yaml`, labelled by another person before round 42's code ran on it; measured "
    "when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 40 and 41 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN; before on the code of 877624d, after on this round's first commit): halves A 448 / 50 / "
    "339 -> 472 / 56 / 361, halves B 475 / 51 / 423 -> 503 / 57 / 451; hard-negative (same_page + same_function) false "
    "positives of the halves A 36 -> 42, of the halves B 35 -> 41; sets 1-5 166 / 3 / 5 both; every other row "
    "unchanged; held-out 40 itself gives TP 25, FP 4, FN 26 as in its test run (half A 12 / 1 / 12, half B 13 / 3 / "
    "14), held-out 41 TP 27, FP 8, FN 24 as in its test run (half A 12 / 5 / 10, half B 15 / 3 / 14); all their "
    "negatives are same_page (half A 11 and 15, half B 18 and 14). "
    "Held-out 40's and 41's halves A at 0.3 classed by cause in benchmarks/results/smart_round42.md (`benchmarks/"
    "smart_miss_readings.py`; without siblings 12 + 10 misses and 2 + 5 false positives, with them 12 + 10 and 1 + 5: "
    "round 39's function home removes held-out 40's greenhouse-gas intensity under employee wellbeing): the KPI "
    "unplaced 7 + 7 (a bus operator's mode share, on-schedule rate, stop signs and carriage cleanliness, PPE issue, "
    "recycled materials, suppliers' green power: indicators the catalog does not have), the objective read as a wrong "
    "template 2 + 3, reading and template right but the link under 0.3 3 + 0; the false positives (all same_page) text "
    "relevance on shared words 1 + 3 (a bus company's 城乡公交线路 and 公交站亭建设 under 实现公交信息智能化 on the word "
    "公交, 綠色產業銷售收入 under 綠色制造, 新能源销量 under 强化ESG管治) and the environment template too broad 0 + 2 "
    "(funds for energy saving under green products, sewage pollutants under the dual-carbon goals); the linker places 2 "
    "of the 72 KPIs. Pooled over held-out 21-41's halves A the KPI unplaced stays the largest class (166 of 233 "
    "misses), the objective read as a wrong template the next (39); of the 38 false positives the text relevance on "
    "shared words is the largest class (18), then a link after a wrong objective reading (12); word sense is the cause "
    "of 4 of the 28 errors (+3 borderline: 劳动保护 read as labour wages, 统管 as management, 電子路牌 as electronic "
    "contracts), 50 of the 251 errors listed for held-out 22-41 (82 with borderline ones). (Classed after the lever's "
    "commit a2075b0, which was written from this miss listing's false positives; no run of the lever on labelled pairs "
    "before it.) "
    "The lever, defined and committed with its rule before its choice ran and before any run of it on labelled pairs "
    "(commit a2075b0, default off), aimed at precision (the goal: recall 0.90 at precision 0.95; precision under 0.95 on "
    "held-out 38-41 when unseen) through the false positives on hard negatives of the largest false-positive class, "
    "the text relevance on shared words: the TEXT RELEVANCE of an UNPLACED KPI with a BETTER HOME in its scheme "
    "(`LinkedRelevance(text_home=M)`, `TEXT_HOME_MARGINS` 0.0 / 0.1 / 0.2 / 0.3 or off): a verdict of an unplaced KPI "
    "resting on the text relevance (above every link) scores its strongest link when the KPI scores at least M higher "
    "for another objective of the scheme (round 39's function home did so for the department link only); it only "
    "lowers scores. M on the halves A of held-out 6-41 (`python benchmarks/smart_relevance_cv.py --round42`: fewest "
    "pooled false positives at 0.3 with true positives not down by more than half the false-positive fall, rounded "
    "down, and precision not lower; ties the larger M): off on all the halves A and in 36 of 36 leave-one-set-out folds "
    "(TP / FP / FN off 472 / 56 / 361; M 0.0 440 / 44 / 393, 0.1 456 / 46 / 377, 0.2 462 / 51 / 371, 0.3 469 / 53 / "
    "364: each margin loses more true positives than half the false positives it removes, at 0.3 three for three; 44 "
    "pairs change; of the four targeted false positives only 綠色產業銷售收入 falls, at M 0.0 and 0.1: the bus "
    "company's two KPIs score the other objectives their page records lower (best 0.14 and 0.01) and 新能源销量 keeps "
    "a template link of 0.34), so the lever "
    "**fails at its choice** and stays off (`TEXT_HOME_DEFAULT = None`); no judged run was made and the halves B were "
    "not run for it; the engine and its defaults are round 39's. Retired later in the session (lead): "
    "kpiguide/suggest/relevance.py and tests/suggest/test_relevance.py are as before the lever, its --text-home flag "
    "and the --round42 study of benchmarks/smart_relevance_cv.py removed; commit a1398de reproduces the choice. "
    "Round 42b (issue 12, the relevant threshold judged once; users see red crosses on sound KPIs, recall 0.49-0.53 at "
    "0.3 on the last unseen sets): the rule, committed before any run printing counts at another threshold on the "
    "development halves (`RELEVANCE_THRESHOLD` in kpiguide/checks/smart.py says the same). Choice: on the pooled "
    "halves A of held-out 6-41 (`python benchmarks/smart_quality.py --halves --thresholds A`, which measures the "
    "halves A only), the lowest threshold of THRESHOLDS whose pooled precision, from the printed counts, is not lower "
    "than at 0.3 by more than 0.010 (0.3 if none: then no judged run). Judgement, once (`--halves --thresholds B`: the "
    "halves B of held-out 6-41 and sets 1-5 only): pass if on the pooled halves B recall at the chosen threshold is "
    "higher than at 0.3 and precision not lower by more than 0.010, and on sets 1-5 precision not lower by more than "
    "0.010. The suggestion benchmark is unaffected by construction: the threshold is read only by the SMART check's "
    "relevant verdict (`kpiguide.checks.smart.analyze`), which benchmarks/suggest_quality.py does not import or call. "
    "Pass: the chosen threshold becomes the SMART default and this script's reporting threshold; fail: it stays 0.3. "
    "Result (`python benchmarks/smart_quality.py --halves --thresholds A` at commit 194db59, the rule's commit; pooled "
    "halves A of held-out 6-41, TP / FP / FN / TN): 0.15 607 / 157 / 226 / 398 (P 0.795, R 0.729), 0.20 557 / 103 / "
    "276 / 452 (P 0.844, R 0.669), 0.25 513 / 74 / 320 / 481 (P 0.874, R 0.616), 0.30 472 / 56 / 361 / 499 (P 0.894, "
    "R 0.567), 0.35 369 / 38 / 464 / 517 (P 0.907, R 0.443), 0.40 313 / 27 / 520 / 528 (P 0.921, R 0.376), 0.50 223 / "
    "11 / 610 / 544 (P 0.953, R 0.268). Each threshold under 0.3 costs more than 0.010 of precision (from the counts: "
    "0.25 513 / 587 = 0.8739 against 472 / 528 = 0.8939 at 0.3, 0.020 lower; 0.20 0.050 lower; 0.15 0.099 lower), so "
    "the choice is 0.3 itself: **no other threshold is chosen**, no judged run was made (`--thresholds B` was not run; "
    "the halves B and sets 1-5 were not measured at any threshold in this round) and `RELEVANCE_THRESHOLD` stays 0.3. "
    "On the halves A, 0.25 against 0.3 adds 41 true positives and 18 false positives (2.3 sound KPIs cleared per "
    "unsound one passed), so the recall users miss has to come from the scores (the KPI unplaced, the objective read "
    "as a wrong template: ROUND_42's classes), not from the cut."
    " Test run of round 42, once, at the end of the same session (fdec4c6: round 39's engine, linking round 39's "
    "models; `python benchmarks/smart_quality.py`): held-out 42 (80 pairs from 17 stored pages, 50 relevant, 30 "
    "not, all 30 same-page negatives) gives P 0.85 / R 0.44 at 0.3 (TP 22 of 50, FP 4 of 30); the shared-word "
    "baseline in the same run 0.81 / 0.26. The session's first commit (de2b575: linking round 38's models) on the "
    "same pairs, run afterwards for comparison only (`--labels tests/fixtures/smart_holdout42.yaml`): the same P "
    "0.85 / R 0.44. Goals missed (recall 0.90 at precision 0.95); recall the lowest of the last five unseen sets "
    "(0.52, 0.51, 0.49, 0.53, 0.44)."
)


ROUND_43 = (
    "Round 43 (issue 12): held-out 42 (round 42's test set, run once by the lead at the end of round 42's session) is "
    "development data since round 43, split by source page like held-out 6-41 (half A may be read with "
    "`--show-misses`, half B never listed); the test set is held-out 43 (`tests/fixtures/smart_holdout43.yaml`, "
    "labelled by another person before round 43's code ran on it; measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 42 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN; before on the code of 7a090bf, after on this round's first commit 8dedd95): halves A 472 "
    "/ 56 / 361 -> 484 / 59 / 373, halves B 503 / 57 / 451 -> 513 / 58 / 467; hard-negative (same_page + "
    "same_function) false positives of the halves A 42 -> 45, of the halves B 41 -> 42; sets 1-5 166 / 3 / 5 both; "
    "every other row unchanged; held-out 42 itself gives TP 22, FP 4, FN 28 as in its test run (half A 12 / 3 / 12, "
    "half B 10 / 1 / 16); all its negatives are same_page (15 in each half). "
    "Held-out 42's half A at 0.3 classed by cause in benchmarks/results/smart_round43.md (`benchmarks/"
    "smart_miss_readings.py`; 12 misses and 3 false positives with or without siblings): the KPI unplaced 6 (jobs for "
    "people hard to employ, recycling, landfill diversion, a local multiplier tool: indicators the catalog does not "
    "have; customer satisfaction read as IT user satisfaction and invoices paid within 60 days as AP invoice "
    "processing time: engine misses of indicators it has), the objective read as a wrong template 3 ('Engaged people' "
    "and 'Developing people' read first as workplace safety, a restore-service objective as responsiveness with "
    "reliable supply third), reading and template right but the link under 0.3 2, the objective unread 1; the false "
    "positives (all same_page) text relevance on shared words 2 (re-employment of the unemployed under workers' "
    "employment skills, the gender pay gap under 'Protecting people'), a function link too broad 1 (fleet emissions "
    "under 'Working together with our supply chain'). Pooled over held-out 21-42's halves A the KPI unplaced stays the "
    "largest class (172 of 245 misses), the objective read as a wrong template the next (42); of the 41 false positives "
    "the text relevance on shared words is the largest class (20), then a link after a wrong objective reading (12); "
    "word sense is the cause of none of held-out 42's 15 errors (+1 borderline: 'Developing people' read as teachers' "
    "development), 50 of the 266 errors listed for held-out 22-42 (83 with borderline ones). (Classed after the "
    "lever's commit fd169e7; the lever was written from ROUND_42's classes and the brief, not from this listing.) "
    "The lever, defined and committed with its rule before its choice ran and before any run of it on labelled pairs "
    "(commit fd169e7, default off; no probe ran), aimed at the objective read as a wrong template (ROUND_42's second "
    "class of misses; the largest, the KPI unplaced, is mostly catalog content): the KPI's PICK among the objective's "
    "STATED templates (`LinkedRelevance(stated_pick=S)`, `STATED_PICK_SHARES` 0.8 / 0.9 / 1.0 or off; "
    "`knowledge_link(stated_pick=S)`): every strategy template the objective states (up to three, those scoring at "
    "least 0.6 of the best, and each clause's best) counts at least S x the confidence of its best template in the "
    "catalog link; the templates read and their order, the function and driver links and the foreign rule are "
    "unchanged; it only raises scores. Rule (round 43's brief, in `STATED_PICK_DEFAULT`'s docstring): S on the pooled "
    "halves A of held-out 6-42 (`python benchmarks/smart_relevance_cv.py --round43`: most true positives at 0.3 among "
    "the shares meeting the judgement there; ties the smaller S; off if none); judged once on the pooled halves B "
    "(`--halves --stated-pick S`): pass if (recall up and precision not down by more than 0.005) or (precision up and "
    "recall not down by more than 0.005), and hard-negative false positives of the halves B not up. Choice (at "
    "fd169e7): S = 0.8 on all the halves A (TP / FP / FN off 484 / 59 / 373; 0.8 485 / 59 / 372; 0.9 485 / 60 / 372; "
    "1.0 487 / 61 / 370, its hard-negative false positives 45 -> 46; 5 pairs change) and in 35 of 37 folds (1.0 for "
    "held-out 27, off for held-out 40; out of fold 484 / 60 / 373). Judged run, once (`python "
    "benchmarks/smart_quality.py --halves --stated-pick 0.8` at 4acfb72, today's engine in the same run): pooled halves "
    "B 513 / 58 / 467 -> 517 / 59 / 463 (P 0.8984 -> 0.8976, R 0.5235 -> 0.5276; one more true positive on each of "
    "held-out 14's, 28's, 34's and 35's halves B, one more other_page false positive on held-out 29's), hard-negative "
    "false positives of the halves B 42 -> 42, halves A 485 / 59 / 372, sets 1-5 166 / 3 / 5 both: recall up with "
    "precision down by 0.0009 and hard-negative false positives not up, so the lever **passes** and is on by default "
    "(`STATED_PICK_DEFAULT = 0.8`; its unit test re-pinned with a comment). Small: four more sound KPIs cleared over "
    "the 980 relevant pairs of the halves B."
    " Test run of round 43, once, at the next session's first commit (c1964df: round 39's engine with round 43's "
    "stated_pick on, linking round 39's models; `python benchmarks/smart_quality.py`): held-out 43 (80 pairs, 51 "
    "relevant, 29 not) gives P 0.86 / R 0.37 at 0.3 (TP 19 of 51, FP 3 of 29); the shared-word baseline in the same "
    "run 0.89 / 0.31. The previous session's first commit (de2b575: stated_pick absent, linking round 38's models) "
    "on the same pairs, run afterwards for comparison only (`--labels tests/fixtures/smart_holdout43.yaml --out F` "
    "in a detached worktree): the same P 0.86 / R 0.37. Goals missed (recall 0.90 at precision 0.95); recall the "
    "lowest of the last six unseen sets (0.52, 0.51, 0.49, 0.53, 0.44, 0.37); the shared-word baseline's precision "
    "higher than the engine's (as on held-out 40)."
)


ROUND_44 = (
    "Round 44 (issue 12): held-out 43 (round 43's test set, run once by the lead at the start of round 44's session, "
    "c1964df) is development data since round 44, split by source page like held-out 6-42 (half A may be read with "
    "`--show-misses`, half B never listed); the test set is held-out 44 (`tests/fixtures/smart_holdout44.yaml`, "
    "labelled by another person before round 44's code ran on it; measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 43 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN; before on the code of 999488a, after on this round's first commit e17761d): halves A 485 "
    "/ 59 / 372 -> 492 / 62 / 391, halves B 517 / 59 / 463 -> 529 / 59 / 476; hard-negative (same_page + "
    "same_function) false positives of the halves A 45 -> 48, of the halves B 42 -> 42; sets 1-5 166 / 3 / 5 both; "
    "every other row unchanged; held-out 43 itself gives TP 19, FP 3, FN 32 as in its test run (half A 7 / 3 / 19, "
    "half B 12 / 0 / 13); all its negatives are same_page (16 in half A, 13 in half B). "
    "Held-out 43's half A at 0.3 classed by cause in benchmarks/results/smart_round44.md (`benchmarks/"
    "smart_miss_readings.py`; 18 misses and 3 false positives without siblings, 19 and 3 with them: round 39's "
    "function home lowers a low-voltage connection time under customer service quality and efficiency, 0.323 -> "
    "0.073): the KPI unplaced 14 (12 catalog content: coal calorific value, PM10, LNG storage, rural sanitation, "
    "participatory budgets, commissioning costs, tourism and congress measures; 2 engine misses of indicators the "
    "catalog has: 'Job satisfaction' read as IT user satisfaction, the Friends & Family test as parent complaints), "
    "the objective read as a wrong template 3 (a named one-hour action plan, a metaphor, a council's programme and "
    "financial plan), reading right but relation missing 1 (hospital mortality and patient care), the department link "
    "removed by the function home 1; the false positives (all same_page) text relevance on shared words 3 "
    "(connection time under connection cost, water use under water quality, site visitors under 'Visit Tampere's "
    "human resources and management' on the organisation's name); the linker places none of the 22 KPIs. Pooled over "
    "held-out 21-43's halves A the KPI unplaced stays the largest class (186 of 264 misses), the objective read as a "
    "wrong template the next (45); of the 44 false positives the text relevance on shared words is the largest class "
    "(23); word sense is the cause of 1 of held-out 43's 22 errors (+3 borderline), 51 of the 288 errors listed for "
    "held-out 22-43 (87 with borderline ones). "
    "The lever, defined and committed with its rule before its choice ran and before any run of it on labelled pairs "
    "(commit 29689bf, default off; a /tmp probe of the linker alone, no labels read, counted the pairs whose KPI (9) or "
    "objective (8) it would place, disclosed in its docstring), aimed at the largest class, the KPI unplaced, at its "
    "part the engine decides rather than the catalog's content (the brief's candidate, the KPI's reading when the "
    "objective names the function, places neither of this round's two engine misses: `IndicatorLinker.link(function="
    "...)` leaves 'Job satisfaction' unplaced under HR, and round 11 tried the named function as an owner for the "
    "reading): the MEASURE of a text STATED AS A GOAL (`LinkedRelevance(goal_free=S)`, `GOAL_FREE_SCALES` 0.7 / 0.85 / "
    "1.0 or off; `without_goal_words`): a KPI or objective the linker does not place is linked once more with the "
    "suggester's goal words read out ('Increased Customer Satisfaction': customer satisfaction at 0.21 as written, "
    "0.90 without 'Increased') and, when that places it, also read as that indicator at S x min(1, confidence / 0.6) "
    "(one more reading of the KPI; the indicator the objective names); it only adds links and never makes a KPI placed "
    "or foreign; the linker is unchanged. Rule (round 44's brief, round 43's shape, in `GOAL_FREE_DEFAULT`'s "
    "docstring): S on the pooled halves A of held-out 6-43 (`python benchmarks/smart_relevance_cv.py --round44`: most "
    "true positives at 0.3 among the scales meeting the judgement there; ties the smaller S; off if none); judged once "
    "on the pooled halves B (`--halves --goal-free S`): pass if (recall up and precision not down by more than 0.005) "
    "or (precision up and recall not down by more than 0.005), and hard-negative false positives of the halves B not "
    "up. Choice (at 29689bf): off on all the halves A (TP / FP / FN off 492 / 62 / 391; 0.7 and 0.85 the same; 1.0 492 "
    "/ 63 / 391, its hard-negative false positives 48 -> 49; 1 pair changes) and in 38 of 38 folds: no scale adds a "
    "true positive, so the lever **fails at its choice** and stays off (`GOAL_FREE_DEFAULT = None`); no judged run was "
    "made and the halves B were not run for it; the engine and its defaults are round 43's. Held-out 42's 'Increased "
    "Customer Satisfaction' shows why: read as customer satisfaction, it still finds no link to 'Engaging with the "
    "changing needs of our customers', whose one template is read as recruiting talent (l_recruit_talent 0.43, "
    "HR's): the objective read as a wrong template, the next class."
    " Retired later in the session (lead): kpiguide/suggest/relevance.py, benchmarks/smart_relevance_cv.py and "
    "tests/suggest/test_relevance.py are as before the lever (commit 29689bf's parent), this script's --goal-free "
    "removed; commit df94874 reproduces the choice."
    " Test run of round 44, once, in the same session after the lever's retirement (4dac311: round 43's engine, "
    "linking round 39's models; kpiguide/ differs from the session's first commit c1964df only by a comment; `python "
    "benchmarks/smart_quality.py`): held-out 44 (80 pairs from 17 stored pages, 51 relevant, 29 not, all 29 "
    "same-page negatives) gives P 0.96 / R 0.47 at 0.3 (TP 24 of 51, FP 1 of 29); the shared-word baseline in the "
    "same run 0.91 / 0.39. No older code was run on it: the engine is the one held-out 43 ran on. Goals missed "
    "(recall 0.90 at precision 0.95): precision meets 0.95 on this set, recall is about half."
)


ROUND_45 = (
    "Round 45 (issue 12): held-out 44 (round 44's test set, run once by the lead at 4dac311, recorded at 3e5c1e2) is "
    "development data since round 45, split by source page like held-out 6-43 (half A may be read with "
    "`--show-misses`, half B never listed); the test set is held-out 45 (`tests/fixtures/smart_holdout45.yaml`, "
    "labelled by another person before round 45's code ran on it; measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 44 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN; before on the code of 3e5c1e2, after on this round's first commit 02a9567): halves A 492 "
    "/ 62 / 391 -> 508 / 63 / 412, halves B 529 / 59 / 476 -> 537 / 59 / 482; hard-negative (same_page + "
    "same_function) false positives of the halves A 48 -> 49, of the halves B 42 -> 42; sets 1-5 166 / 3 / 5 both; "
    "every other row unchanged; held-out 44 itself gives TP 24, FP 1, FN 27 as in its test run (half A 16 / 1 / 21, "
    "half B 8 / 0 / 6); all its negatives are same_page (20 in half A, 9 in half B). "
    "Held-out 44's half A at 0.3 classed by cause in benchmarks/results/smart_round45.md (`benchmarks/"
    "smart_miss_readings.py` at 02a9567; 21 misses and 1 false positive, with or without siblings; the linker places "
    "none of the 22 KPIs): the KPI unplaced 19 (18 catalog content: a transit operator's passengers and in-car service, "
    "construction awards and licences, tourism measures, work-injury insurance, a university ranking, state test "
    "data, a state DOT's road fatalities, bridge condition, PPP laws, 511 access and congestion, medication "
    "reconciliation; 1 engine miss of an indicator the catalog has: net operating cash flow as a share of income read "
    "as net profit margin), the objective read as a wrong template 1 (labour relations read as key-account "
    "relationships), reading and template right but the link under 0.3 1 (0.298); the false positive (same_page) text "
    "relevance on a shared word 1 ('hospital'). Pooled over held-out 21-44's halves A the KPI unplaced stays the "
    "largest class (205 of 285 misses), the objective read as a wrong template the next (46); of the 45 false "
    "positives the text relevance on shared words is the largest class (24); word sense is the cause of 5 of held-out "
    "44's 22 errors (+1 borderline), 56 of the 310 errors listed for held-out 22-44 (93 with borderline ones). "
    "The lever, a content lever this round (the brief allowed one), defined and committed with its rule before its "
    "choice ran and before any run of it on labelled pairs (commit 0e779c0, default off): round 45's TEMPLATE "
    "ADDITIONS (`kpiguide/catalog/data/template_additions.json`, `kpiguide.catalog.core.TEMPLATE_ADDITIONS_DEFAULT`, "
    "settings `keywords` / `all` or off; `with_template_additions`; this script's `--template-additions X`): keywords "
    "for 13 strategy templates and, with `all`, 13 existing catalog indicators added to 6 templates' lists (no new "
    "indicator, template or driver link), written from general practice for the kinds of objective read as a wrong "
    "template on the halves A (public services and public transport, public and road safety, environment and ESG, "
    "public health and patient safety, student success, tourism, labour relations, public finance, infrastructure "
    "assets), not from a labelled pair's wording; a JSON file applied after the catalog cache, so the tokenizer's "
    "dictionary and the catalog's cache key are the same off and on. Rule (round 45's brief, round 44's shape, in "
    "`TEMPLATE_ADDITIONS_DEFAULT`'s docstring): the setting chosen on the pooled halves A of held-out 6-44 (`--halves "
    "--thresholds A`, which since this round also prints the pool's hard-negative false positives); judged once on the "
    "pooled halves B: pass if (recall up and precision not down by more than 0.005) or (precision up and recall not "
    "down by more than 0.005), hard-negative false positives of the halves B not up, precision of sets 1-5 not down by "
    "more than 0.010, and the suggester's sum of id hit@5 zh + en on its pooled halves B not lower. Choice (at "
    "e9cdafc): halves A off 508 / 63 / 412 (hard-negative FP 49), keywords 528 / 56 / 392 (44), all 532 / 56 / 388 "
    "(44): all. Judged run, once (`python benchmarks/smart_quality.py --halves --template-additions all` at d20592c, "
    "against the run without it at 02a9567, the same engine): pooled halves B 537 / 59 / 482 -> 541 / 58 / 478 (P "
    "0.9010 -> 0.9032, R 0.5270 -> 0.5309; per half B true positives +16 / -12, false positives +7 / -8, against +24 "
    "/ -0 and +2 / -9 on the halves A), hard-negative false positives of the halves B 42 -> 43, sets 1-5 166 / 3 / 5 "
    "-> 166 / 4 / 5 (P 0.9822 -> 0.9765; held-out 4 one false positive more); the suggester's pooled halves B "
    "(`python benchmarks/suggest_quality.py --data /work/shared/data/external --no-write --halves-json F`, off and with "
    "`all` set before it runs) id hit@5 zh 0.7644 -> 0.7655, en 0.7743 -> 0.7731 (sum 1.5387 -> 1.5386), id nDCG@10 "
    "zh 0.4671 -> 0.4682, en 0.4674 -> 0.4697. Recall and precision of the halves B are up, but the hard-negative "
    "false positives of the halves B are up by one and the suggester's sum of id hit@5 is lower by 0.0001: the lever "
    "**fails** and stays off (`TEMPLATE_ADDITIONS_DEFAULT = None`); the engines and their defaults are round 44's. "
    "The halves A gained on every changed half and the halves B moved both ways: the entries fit the kinds of "
    "objective the halves A show better than the halves B's."
    " Retired later in the session (lead): kpiguide/catalog/core.py and tests/suggest/test_relevance.py are as "
    "before the lever (commit 0e779c0's parent), kpiguide/catalog/data/template_additions.json and this script's "
    "--template-additions removed (the hard-negative count of --thresholds stays); commit 3d7159f reproduces the "
    "choice and the judged run. A note on the suggester's check: fresh37, printed as the test part by the "
    "suggester runs of this round's worktree (based before suggestions round 45 moved the test split to fresh38), "
    "had been run once at the session's start and was development data by then; nothing unseen was run."
    " Test run of round 45, once, at the end of the same session (d2e9336: round 43's engine, linking round 39's "
    "models with round 41's mined vocabulary; `python benchmarks/smart_quality.py`): held-out 45 (80 pairs from 17 "
    "stored pages, 48 relevant, 32 not, all 32 same-page negatives) gives P 0.88 / R 0.46 at 0.3 (TP 22 of 48, FP 3 "
    "of 32); the shared-word baseline in the same run 0.88 / 0.44. The session's first commit (c1964df) on the same "
    "pairs, run afterwards for comparison only (`--labels tests/fixtures/smart_holdout45.yaml --out F` in a "
    "detached worktree): the same P 0.88 / R 0.46. Goals missed (recall 0.90 at precision 0.95); the engine one "
    "relevant pair ahead of the shared-word baseline (21 of 48) at about the same precision."
)


ROUND_46 = (
    "Round 46 (issue 12): held-out 45 (round 45's test set, run once by the lead at d2e9336, recorded at 9c9e3ad) is "
    "development data since round 46, split by source page like held-out 6-44 (half A may be read with "
    "`--show-misses`, half B never listed); the test set is held-out 46 (`tests/fixtures/smart_holdout46.yaml`, "
    "labelled by another person before round 46's code ran on it; measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 45 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN; before on the code of ad929e6, after on this round's first commit 05ad992): halves A 508 "
    "/ 63 / 412 -> 522 / 66 / 431, halves B 537 / 59 / 482 -> 545 / 59 / 489; hard-negative (same_page + "
    "same_function) false positives of the halves A 49 -> 52, of the halves B 42 -> 42; sets 1-5 166 / 3 / 5 both; "
    "every other row unchanged; held-out 45 itself gives TP 22, FP 3, FN 26 as in its test run (half A 14 / 3 / 19, "
    "half B 8 / 0 / 7); all its negatives are same_page (23 in half A, 9 in half B). "
    "Held-out 45's half A at 0.3 classed by cause in benchmarks/results/smart_round46.md (`benchmarks/"
    "smart_miss_readings.py` at 05ad992; 19 misses and 3 false positives, with or without siblings; the linker places 1 "
    "of the 22 KPIs): the KPI unplaced 16 (14 catalog content: a forestry plan's afforestation, forest restoration and "
    "tending, preschool enrolment, rural water and sanitation measures, a police bureau's crime figures, street "
    "maintenance work orders and crack sealing, a court's email and video services; 2 engine misses of an indicator the "
    "catalog has: a fire department's turn-out and travel times, read as a finance cost ratio and travel policy "
    "compliance, not as emergency response time), the objective unread 1, reading and template right but the link under "
    "0.3 1 (0.182), reading right but relation missing 1; the false positives (all same_page) a link after a wrong "
    "objective reading 1, a function link too broad 1, text relevance on shared words 1. Pooled over held-out 21-45's "
    "halves A the KPI unplaced stays the largest class (221 of 304 misses), the objective read as a wrong template the "
    "next (46); of the 48 false positives the text relevance on shared words is the largest class (25); word sense is "
    "the cause of 3 of held-out 45's 22 errors (+2 borderline), 59 of the 332 errors listed for held-out 22-45 (98 with "
    "borderline ones). "
    "The lever, an engine lever aimed at the largest class (the KPI unplaced; round 44's goal_free failed at its choice "
    "and round 45's template_additions, content, failed its judged run on one hard-negative false positive and the "
    "suggester's sum), defined and committed with its rule before its choice ran and before any run of it on the "
    "halves B (commit 98c94ee, default off; a /tmp probe on the halves A, disclosed in its docstring, found 9 pairs "
    "under 0.3 of unplaced KPIs sharing such a phrase, all relevant): a PHRASE an UNPLACED KPI SHARES with its "
    "objective (`LinkedRelevance(shared_phrase=X)`, `SHARED_PHRASE_SETTINGS` words / content or off; "
    "`shared_phrases`): a KPI the linker does not place, scoring under 0.3, that shares two tokens adjacent in the same "
    "order with its objective (the analyzer's words after frame words are read out; no calendar word or count; carried "
    "by no other objective of the scheme when siblings are given; content: neither token a goal, generic or strategy "
    "word) scores 0.3: the pair's own words decide, not a catalog id, and a Chinese word outside the tokenizer's "
    "dictionary, cut into single characters, is seen as such a phrase. Different in kind from round 11's object word and "
    "round 23's own object (one word, by idf or outside the catalog's words), round 20's text fallback and round 33's "
    "plain shared word (one word, which raised false positives). Rule (round 46's brief, round 45's shape, in "
    "`SHARED_PHRASE_DEFAULT`'s docstring): the setting chosen on the pooled halves A of held-out 6-45; judged once on "
    "the pooled halves B: pass if (recall up and precision not down by more than 0.005) or (precision up and recall not "
    "down by more than 0.005), hard-negative false positives of the halves B not up, precision of sets 1-5 not down by "
    "more than 0.010. Choice (`python benchmarks/smart_quality.py --halves --thresholds A [--shared-phrase X]`, at "
    "98c94ee): halves A off 522 / 66 / 431 (hard-negative FP 52), words 531 / 66 / 422 (52), content 528 / 66 / 425 "
    "(52): words. Judged run, once (`python benchmarks/smart_quality.py --halves --shared-phrase words`, at 69efe13, "
    "off and on in the same run): pooled halves B 545 / 59 / 489 -> 548 / 59 / 486 (P 0.9023 -> 0.9028, R 0.5271 -> "
    "0.5300; one more true positive on each of held-out 14's, 23's and 25's halves B), hard-negative false positives of "
    "the halves B 42 -> 42, sets 1-5 166 / 3 / 5 both: the lever **passes** and is on (`SHARED_PHRASE_DEFAULT = "
    "'words'`; its unit test re-pinned with a comment). The suggester reads none of it (it imports knowledge_link, "
    "TemplateGraph and constants from relevance.py, unchanged; LinkedRelevance is the SMART check's), so its "
    "benchmark was not run. Small: 3 more relevant pairs found of the halves B's 489 missed; the catalog's coverage "
    "stays the bulk of the class."
    " Test run of round 46, once, in the same session after its merge (c6d10b4: shared_phrase on; "
    "`python benchmarks/smart_quality.py`): held-out 46 (80 pairs from 17 pages, 51 relevant, all 29 negatives "
    "same-page) gives P 0.79 / R 0.53 at 0.3 (TP 27 of 51, FP 7 of 29); the shared-word baseline in the same run "
    "0.77 / 0.47. Goals missed (recall 0.90 at precision 0.95); precision below held-out 44's 0.96 and 45's 0.88. "
    "The session's first commit (ad929e6, without shared_phrase) on the same pairs, run "
    "afterwards for comparison only (`--labels tests/fixtures/smart_holdout46.yaml --out F` in a detached worktree): "
    "P 0.79 / R 0.51 (TP 26, FP 7): the lever found one more relevant pair and no false positive."
)


ROUND_47 = (
    "Round 47 (issue 12): held-out 46 (round 46's test set, run once by the lead at c6d10b4, recorded at 572c6bc) is "
    "development data since round 47, split by source page like held-out 6-45 (half A may be read with "
    "`--show-misses`, half B never listed); the test set is held-out 47 (`tests/fixtures/smart_holdout47.yaml`, "
    "labelled by another person before round 47's code ran on it; measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 46 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN; before on the code of 572c6bc, after on this round's first commit 9fa7cce): halves A 531 "
    "/ 66 / 422 -> 539 / 68 / 429, halves B 548 / 59 / 486 -> 567 / 64 / 503; hard-negative (same_page + "
    "same_function) false positives of the halves A 52 -> 54, of the halves B 42 -> 47; sets 1-5 166 / 3 / 5 both; "
    "every other row unchanged; held-out 46 itself gives TP 27, FP 7, FN 24 as in its test run (half A 8 / 2 / 7, "
    "half B 19 / 5 / 17); all its negatives are same_page (11 in half A, 18 in half B). "
    "Held-out 46's half A at 0.3 classed by cause in benchmarks/results/smart_round47.md (`benchmarks/"
    "smart_miss_readings.py` at 9fa7cce; 8 misses and 2 false positives without siblings, 7 and 2 with them, one found "
    "by round 23's own object; the linker places none of the 10 KPIs): the KPI unplaced 7 (all catalog content: public "
    "housing occupancy, a poverty-relief slogan's rural income and dilapidated-housing measures, hospital delivery, "
    "women's two-cancer screening, HIV / hepatitis B / syphilis testing, one-window acceptance), the objective read as "
    "a wrong template 1 (a dropout rate, read right, under the slogan 'two assurances, three guarantees', read as "
    "network operations); the false positives (both same_page, on a disabled persons' plan whose four objectives all "
    "name disabled people) text relevance 2, one with no word shared (read through the catalog's disability "
    "employment indicator), one on the page's topic word alone. Pooled over held-out 21-46's halves A the KPI "
    "unplaced stays the largest class (228 of 312 misses), the objective read as a wrong template the next (47); of "
    "the 50 false positives the text relevance is the largest class (27); word sense is the cause of none of held-out "
    "46's 10 errors (+2 borderline), 59 of the 342 errors listed for held-out 22-46 (100 with borderline ones). Noted "
    "by round 46 and left alone again: fire turn-out times not read as emergency response time (none this round) and "
    "the tokenizer cutting a Chinese word outside its dictionary into single characters (this round in the slogan, "
    "obstetrics, syphilis; the suggester reads the tokenizer too). "
    "The lever, aimed at precision (held-out 46's test run lost it: 7 false positives of 29, P 0.79) through the "
    "largest class of false positives, the text relevance (27 of 50 pooled; held-out 46's half A: both), defined and "
    "committed with its rule before its choice ran and before any run of it on labelled pairs (commit 5deb5a3, default "
    "off): no TEXT RELEVANCE for a pair that shares NO WORD (`LinkedRelevance(wordless_text=X)`, "
    "`WORDLESS_TEXT_SETTINGS` words / content or off; `shares_word`): the suggester's text relevance (and round 32's "
    "clause text) counts only when the KPI and its objective share an analyzer word (no calendar word or count; or two "
    "Chinese words of two or more characters one inside the other; content: not a goal, generic or strategy word), "
    "otherwise the pair scores its links and own-object rules; only lowers scores. Different in kind from round 42's "
    "text_home (a better home among the siblings) and round 40's scheme_object (the shared-object lift for a word no "
    "sibling carries): no sibling and no catalog id, the shared-word baseline's question put to the text relevance. "
    "Rule (round 47's brief, round 46's shape, in `WORDLESS_TEXT_DEFAULT`'s docstring): the setting chosen on the "
    "pooled halves A of held-out 6-46 (fewest false positives among the settings meeting the judgement there; off if "
    "none); judged once on the pooled halves B: pass if (recall up and precision not down by more than 0.005) or "
    "(precision up and recall not down by more than 0.005), hard-negative false positives of the halves B not up, "
    "precision of sets 1-5 not down by more than 0.010. Choice (`python benchmarks/smart_quality.py --halves "
    "--thresholds A --wordless-text X`, at 5deb5a3; today's engine from `--halves` at c856271): halves A off 539 / 68 / "
    "429 (P 0.8880, R 0.5568; hard-negative FP 54), words 510 / 56 / 458 (P 0.9011, R 0.5269; 48), content 500 / 54 / "
    "468 (P 0.9025, R 0.5165; 46; off confirmed after the choice by `--halves --thresholds A` at 7ddfbc8: 539 / 68 / "
    "429, 54): precision up, recall down by 0.030 and 0.040, so neither setting meets the "
    "judgement and the lever **fails at its choice** and stays off (`WORDLESS_TEXT_DEFAULT = None`); no judged run was "
    "made and the halves B were not run for it; the engine and its defaults are round 46's. A pair sharing no word is "
    "more often a relevant pair the text views find (29 or 39 true positives lost) than a false positive (12 or 14 "
    "removed). The suggester reads none of it (engine.py imports knowledge_link, TemplateGraph, template_fields, "
    "RelevanceLink and constants from relevance.py, unchanged), so its benchmark was not run."
    " Retired later in the session (lead): kpiguide/suggest/relevance.py and tests/suggest/test_relevance.py as before "
    "the lever (5deb5a3's parent), smart_quality.py's --wordless-text removed; relevance.py's comment of retired "
    "levers says so; commit a40fedb reproduces its choice."
    " Test run of round 47, once, in the same session after the retirement (62f5c82: round 46's engine; `python "
    "benchmarks/smart_quality.py`): held-out 47 (80 pairs from 15 pages, 51 relevant, all 29 negatives same-page) "
    "gives P 0.95 / R 0.39 at 0.3 (TP 20 of 51, FP 1 of 29); the shared-word baseline in the same run 1.00 / 0.41 "
    "(one relevant pair more than the engine, no false positive). Precision meets 0.95 on this set; recall is the "
    "lowest of this session's unseen sets. The session's first commit (ad929e6, without shared_phrase) on the same "
    "pairs, run afterwards for comparison only (`--labels tests/fixtures/smart_holdout47.yaml --out F` in a detached "
    "worktree): identical (P 0.95 / R 0.39)."
)


ROUND_48 = (
    "Round 48 (issue 12): held-out 47 (round 47's test set, run once by the lead at 62f5c82, recorded at a3c600b) is "
    "development data since round 48, split by source page like held-out 6-46 (half A may be read with "
    "`--show-misses`, half B never listed); the test set is held-out 48 (`tests/fixtures/smart_holdout48.yaml`, "
    "labelled by another person before round 48's code ran on it; measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 47 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN; before on the code of a3c600b, after on this round's first commit 106f477): halves A 539 "
    "/ 68 / 429 -> 555 / 69 / 447, halves B 567 / 64 / 503 -> 571 / 64 / 516; hard-negative (same_page + "
    "same_function) false positives of the halves A 54 -> 55, of the halves B 47 -> 47; sets 1-5 166 / 3 / 5 both; "
    "every other row unchanged; held-out 47 itself gives TP 20, FP 1, FN 31 as in its test run (half A 16 / 1 / 18, "
    "half B 4 / 0 / 13); all its negatives are same_page (16 in half A, 13 in half B). "
    "Held-out 47's half A at 0.3 classed by cause in benchmarks/results/smart_round48.md (`benchmarks/"
    "smart_miss_readings.py` at 106f477; 18 misses and 1 false positive with or without siblings; the linker places "
    "none of the 19 KPIs): the KPI unplaced 13 (catalog content: grain self-sufficiency, family farms, poverty-relief "
    "projects, library books, training bases, nutrition servings, medical residencies, agricultural water; prenatal "
    "and newborn screening read as export-control screening; geriatrics and maternal facilities; serious reportable "
    "events read as major risk events, not adverse event reporting), the objective read as a wrong template 5 (in all "
    "5 the KPI's own reading right: readmission and cost per discharge under 'eliminating waste', read as kitchen "
    "food waste; vocational teachers' qualification under 'basic capacity building', read as IT infrastructure; a "
    "quality employment rate under a college's 'returns', read as investment returns; a product line's sales growth "
    "under 'well-being through its products'); the false positive (same_page) text relevance 1, no word shared. "
    "Pooled over held-out 21-47's halves A the KPI unplaced stays the largest class (241 of 330 misses), the "
    "objective read as a wrong template the next (52); of the 51 false positives the text relevance is the largest "
    "class (28); word sense is the cause of 4 of held-out 47's 19 errors (+2 borderline), 63 of the 361 errors listed "
    "for held-out 22-47 (106 with borderline ones). The shared-word baseline (`python benchmarks/smart_baseline_wins.py "
    "--list`, halves A of held-out 6-47): right where the engine is wrong on 59 relevant pairs (almost all unplaced "
    "KPIs sharing one domain word, scoring 0.1-0.3; on held-out 47's half A 3, on 'product', 'quality' and a Chinese "
    "word for vocational) and 44 negatives (the engine's false positives sharing no word), wrong where the engine is "
    "right on 143 relevant pairs and 36 negatives. "
    "The lever, aimed at precision: the recall levers the counts point to (the baseline's shared word for an unplaced "
    "KPI, with an idf floor, a lower text floor for round 11's object word, or round 23's sibling condition) add "
    "hard-negative false positives on the halves A in every variant a /tmp probe tried that gains more than one true "
    "positive (all negatives of held-out 46 and 47 are same_page), and the tokenizer and anything the suggester "
    "reads were out of bounds this round; the evidence kinds of the verdicts at 0.3 on the halves A of held-out 6-47 put the department (function) link last: "
    "right 25 times, wrong 15 (placed KPI 15 / 5, unplaced 10 / 10), against the text relevance of an unplaced KPI's "
    "410 / 43, and its false positives mostly share almost no text with their objective (text relevance under 0.06). "
    "Defined and committed with its rule before its choice ran and before any run of it on the halves B (commit "
    "207371f, default off; the /tmp probes disclosed in its docstring): the DEPARTMENT LINK needs a WORD of evidence "
    "(`LinkedRelevance(function_text=T)`, `FUNCTION_TEXT_FLOORS` 0.025 / 0.05 / 0.1 or off): the function link counts "
    "only when the pair's text relevance (for an unplaced KPI with round 32's clause text) is at least T, otherwise "
    "the pair scores its text relevance and its other links; placed and unplaced KPIs alike; only lowers scores. "
    "Different in kind from round 39's function home (a better sibling), round 41's function stake (a reading that "
    "measures templates elsewhere), round 36's function words (a raise) and round 47's wordless text (the text "
    "relevance gated by a shared word; here the link is gated by the text). Rule (round 48's brief, round 47's shape, "
    "in `FUNCTION_TEXT_DEFAULT`'s docstring): T chosen on the pooled halves A of held-out 6-47 (fewest false "
    "positives among the floors meeting the judgement there; off if none); judged once on the pooled halves B against "
    "today's engine from `--halves` at 106f477: pass if (recall up and precision not down by more than 0.005) or "
    "(precision up and recall not down by more than 0.005), hard-negative false positives of the halves B not up, "
    "precision of sets 1-5 not down by more than 0.010. Choice (`python benchmarks/smart_quality.py --halves "
    "--thresholds A --function-text T`, at 207371f): halves A off 555 / 69 / 447 (P 0.8894, R 0.5539; hard-negative "
    "FP 55), 0.025 555 / 67 / 447 (P 0.8923; 54), 0.05 554 / 62 / 448 (P 0.8994, R 0.5529; 50), 0.1 549 / 58 / 453 "
    "(P 0.9044, R 0.5479; 46: recall down by 0.0060, not meeting the judgement): 0.05. Judged once (`python "
    "benchmarks/smart_quality.py --halves --thresholds B --function-text 0.05`, at fa69e7e, the same lever code): "
    "halves B 571 / 64 / 516 -> 569 / 61 / 518 (P 0.8992 -> 0.9032, R 0.5253 -> 0.5235), hard-negative false "
    "positives 47 -> 44, sets 1-5 166 / 3 / 5 -> 165 / 3 / 6 (P 0.9822 -> 0.9821); today's figures confirmed after "
    "the judged run by `--halves --thresholds B` without the lever (571 / 64 / 516, 47, sets 1-5 166 / 3 / 5): "
    "precision up with recall down by 0.0018, hard-negative false positives down, so the lever **passes** and is on "
    "(`FUNCTION_TEXT_DEFAULT = 0.05`; three unit tests re-pinned with a comment, two of them earlier rounds' examples "
    "resting on a department link with text relevance under 0.05, now shown with the lever off). The suggester reads "
    "none of it (engine.py imports FULL_MATCH, LINKED_WEIGHT, RelevanceLink, TemplateGraph, knowledge_link and "
    "template_fields from relevance.py, unchanged), so its benchmark was not run."
    " Test run of round 48, once, at the end of the same session (21e9e37: shared_phrase and function_text on, linking "
    "round 42's mined vocabulary; `python benchmarks/smart_quality.py`): held-out 48 (80 pairs from 15 pages, 51 "
    "relevant, all 29 negatives same-page) gives P 0.88 / R 0.73 at 0.3 (TP 37 of 51, FP 5 of 29); the shared-word "
    "baseline in the same run 0.79 / 0.75. Goals missed (recall 0.90 at precision 0.95); recall is the highest of the "
    "recent unseen sets, precision below 0.95. The session's first commit (ad929e6, without shared_phrase and "
    "function_text) on the same pairs, run afterwards for comparison only (`--labels tests/fixtures/smart_holdout48.yaml "
    "--out F` in a detached worktree, the file copied in): identical (P 0.88 / R 0.73): this session's two SMART "
    "levers moved no pair of held-out 48."
)


ROUND_49 = (
    "Round 49 (issue 12): held-out 48 (round 48's test set, run once by the lead at 21e9e37, recorded at 6e57d92) is "
    "development data since round 49, split by source page like held-out 6-47 (half A may be read with "
    "`--show-misses`, half B never listed); the test set is held-out 49 (`tests/fixtures/smart_holdout49.yaml`, "
    "labelled by another person before round 49's code ran on it; measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 48 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN; before on the code of 304277e, after on this round's first commit d2544e3): halves A 554 "
    "/ 62 / 448 -> 567 / 63 / 456, halves B 569 / 61 / 518 -> 593 / 65 / 524; hard-negative (same_page + "
    "same_function) false positives of the halves A 50 -> 51, of the halves B 44 -> 48; sets 1-5 165 / 3 / 6 both; "
    "every other row unchanged; held-out 48 itself gives TP 37, FP 5, FN 14 as in its test run (half A 13 / 1 / 8, "
    "half B 24 / 4 / 6); all its negatives are same_page (10 in half A, 19 in half B). "
    "Held-out 48's half A at 0.3 classed by cause in benchmarks/results/smart_round49.md (`benchmarks/"
    "smart_miss_readings.py` at d2544e3; 8 misses and 1 false positive with or without siblings; the linker places "
    "none of the 9 KPIs): the KPI unplaced 7 (catalog content: two meningitis-vaccination measures of incoming "
    "freshmen read as incoming materials inspection, a vaccination clinic's opening hours, central-line insertions "
    "done to protocol under hospital-acquired infections, same-day emergency care slots, the use of disposable items "
    "under a hotel industry's waste objective in traditional characters, a tea plantation's area), the objective read "
    "as a wrong template 1 (length of stay, read right, under a frailty-service objective read as service capability); "
    "the false positive (same_page) text relevance 1, on the page's topic word 农村 (rural), which its other "
    "objectives carry too. Pooled over held-out 21-48's halves A the KPI unplaced stays the largest class (248 of 338 "
    "misses), the objective read as a wrong template the next (53); of the 52 false positives the text relevance is "
    "the largest class (29); word sense is the cause of 2 of held-out 48's 9 errors ('incoming'), 65 of the 370 errors "
    "listed for held-out 22-48 (108 with borderline ones). The shared-word baseline (`python benchmarks/"
    "smart_baseline_wins.py --list`, halves A of held-out 6-48): right where the engine is wrong on 60 relevant pairs "
    "and 37 negatives, wrong where the engine is right on 146 relevant pairs and 39 negatives; on held-out 48's half A "
    "on 1 relevant pair (早茶面积 on the character 茶, tea). "
    "The lever, aimed at precision (the tokenizer and anything the suggester or the linker reads were out of bounds "
    "this round; a /tmp probe found that a shared word alone does not separate relevant pairs under 0.3 from negatives, 43 "
    "against 22 for a word no sibling carries, 17 against 17 for one a sibling carries, and a recall candidate, a "
    "template the KPI's reading measures that the objective matches but does not state, inert: 2 pairs moved, one a "
    "negative): after round 48's lever an unplaced KPI's verdict at 0.3 resting on the department (function) link is "
    "still right 9 times and wrong 7 on the halves A of held-out 6-48, the worst evidence kind. Defined and committed "
    "with its rule before its choice ran and before any run of it on the halves B (commit 12d2683, default off; the "
    "/tmp probes disclosed in its docstring): the OWNER READING carries NO DEPARTMENT LINK "
    "(`LinkedRelevance(owner_no_function=True)`, `OWNER_NO_FUNCTION_DEFAULT`): round 10's owner reading of an unplaced "
    "KPI (its closest indicator among the functions owning the objective's templates) is chosen because its function "
    "owns the objective, so its function link is evidence the engine gave itself; with the switch on that reading "
    "keeps its other links but no function link (the closest reading and a placed KPI keep theirs); only lowers "
    "scores. Rule (round 49's brief, round 48's shape, in its docstring): on if it meets the judgement on the pooled "
    "halves A of held-out 6-48; judged once on the pooled halves B against today's engine from `--halves` at "
    "d2544e3: pass if (recall up and precision not down by more than 0.005) or (precision up and recall not down by "
    "more than 0.005), hard-negative false positives of the halves B not up, precision of sets 1-5 not down by more "
    "than 0.010. Choice (`python benchmarks/smart_quality.py --halves --thresholds A --owner-no-function`, at "
    "12d2683): halves A 567 / 63 / 456 -> 567 / 62 / 456 (P 0.9000 -> 0.9014, R 0.5543 both; hard-negative false "
    "positives 51 -> 50): on. Judged once (`python benchmarks/smart_quality.py --halves --thresholds B "
    "--owner-no-function`, at 12d2683): halves B 593 / 65 / 524 -> 593 / 65 / 524 (P 0.9012, R 0.5309), "
    "hard-negative false positives 48 -> 48, sets 1-5 165 / 3 / 6 both; today's figures confirmed after the judged "
    "run by `--halves --thresholds B` without the lever (593 / 65 / 524, 48): neither recall nor precision up, so the "
    "lever **fails its judged run** and stays off (`OWNER_NO_FUNCTION_DEFAULT = False`); the engine and its defaults "
    "are round 48's. The suggester reads none of it (engine.py imports FULL_MATCH, LINKED_WEIGHT, RelevanceLink, "
    "TemplateGraph, knowledge_link and template_fields from relevance.py, unchanged), so its benchmark was not run. "
    "Retired later in the session (lead): kpiguide/suggest/relevance.py and tests/suggest/test_relevance.py restored "
    "as at a82aad7 (before the lever), `--owner-no-function` removed from smart_quality.py; commit 7731ada reproduces "
    "its choice and its judged run."
    " Test run of round 49, once, in the same session after its merge (3989cc0: shared_phrase and function_text "
    "on, owner_no_function retired; suggestions round 49's meaning_places on; `python "
    "benchmarks/smart_quality.py`): held-out 49 (80 pairs from 15 pages, 50 relevant, all 30 negatives same-page) "
    "gives P 0.91 / R 0.58 at 0.3 (TP 29 of 50, FP 3 of 30); the shared-word baseline in the same run 0.85 / "
    "0.56. Goals missed (recall 0.90 at precision 0.95). The session's first commit (304277e) on the same pairs, "
    "run afterwards for comparison only (`--labels tests/fixtures/smart_holdout49.yaml --out F` in a detached "
    "worktree): identical (P 0.91 / R 0.58)."
)


ROUND_50 = (
    "Round 50 (issue 12): held-out 49 (round 49's test set, run once by the lead at 3989cc0, recorded at cef1c4f) is "
    "development data since round 50, split by source page like held-out 6-48 (half A may be read with "
    "`--show-misses`, half B never listed); the test set is held-out 50 (`tests/fixtures/smart_holdout50.yaml`, "
    "labelled by another person before round 50's code ran on it; measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 49 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN; before on the code of cef1c4f, after on this round's first commit fe5ca1a): halves A 567 "
    "/ 63 / 456 -> 574 / 66 / 463, halves B 593 / 65 / 524 -> 615 / 65 / 538; hard-negative (same_page + "
    "same_function) false positives of the halves A 51 -> 54, of the halves B 48 -> 48; sets 1-5 165 / 3 / 6 both; "
    "every other row unchanged; held-out 49 itself gives TP 29, FP 3, FN 21 as in its test run (half A 7 / 3 / 7, "
    "half B 22 / 0 / 14); all its negatives are same_page (12 in half A, 18 in half B). "
    "Held-out 49's half A at 0.3 classed by cause in benchmarks/results/smart_round50.md (`benchmarks/"
    "smart_miss_readings.py` at fe5ca1a; 7 misses and 3 false positives with or without siblings; the linker places "
    "none of the 10 KPIs): the KPI unplaced 7 (catalog content: LED lights installed read as broadband installation, "
    "a library's classes and programs offered read as a charity's programme expense ratio, participants at classes, "
    "responsibly sourced categories under natural capital, tourism value added as a share of GDP, soil improvement "
    "of the black soil, laying-hen flock size under a poultry-and-egg objective); the false positives (same_page) "
    "text relevance 3 (one lifted by round 11's object word 'park'; two sharing no word). Held-out 49's test run "
    "missed 21 of 50 relevant pairs; its 7 half-A misses are all the KPI unplaced. Pooled over held-out 21-49's halves "
    "A the KPI unplaced stays the largest class (255 of 345 misses), the objective read as a wrong template the next "
    "(53); of the 55 false positives the text relevance is the largest class (32); word sense is the cause of 1 of "
    "held-out 49's 10 errors ('installed'; +2 borderline), 66 of the 380 errors listed for held-out 22-49 (111 with "
    "borderline ones). "
    "The lever, aimed at recall (recall is the gap on every unseen set; the tokenizer and anything the suggester or "
    "the linker reads were out of bounds this round): /tmp probes on the halves A of held-out 6-49 only (disclosed in "
    "`HOME_MARGIN_DEFAULT`'s docstring) found the unplaced, not foreign pairs scoring 0.2 to under 0.3 to be 94 "
    "relevant and 43 not, no text view of the verdicts at 0.3 poor enough to drop (the indicator bridge 182 / 15, the "
    "suggester's template link 80 / 13), and among the band's pairs those whose text relevance for their objective "
    "is at least 0.1 higher than for every other objective of the page and that share a word with it 16 relevant and "
    "none not. Defined and committed with its rule before its choice ran and before any run of it on the halves B "
    "(commit 40c5859, default off): an UNPLACED KPI in its CLEAR HOME (`LinkedRelevance(home_margin=M)`, "
    "`HOME_MARGIN_DEFAULT`, margins 0.1 / 0.15 / 0.2, floor `HOME_FLOOR` 0.2): a KPI the linker does not place "
    "scoring 0.2 to under 0.3 whose text relevance for its objective is at least M higher than for every other "
    "objective of the scheme and whose direct word similarity with it is above 0 scores 0.3; only with siblings; only "
    "raises scores. Related to round 24's best home (retired: no margin, no word, any floor; it lowered precision) "
    "and the mirror of round 42's text home; different in the margin and the shared word. Rule (round 50's brief, "
    "round 49's shape, in its docstring): M of the most true positives among the margins meeting the judgement on the "
    "pooled halves A of held-out 6-49 against today's engine (574 / 66 / 463, hard-negative false positives 54); "
    "judged once on the pooled halves B against today's engine from `--halves` at fe5ca1a (615 / 65 / 538, 48, sets "
    "1-5 165 / 3 / 6): pass if (recall up and precision not down by more than 0.005) or (precision up and recall not "
    "down by more than 0.005), hard-negative false positives of the halves B not up, precision of sets 1-5 not down "
    "by more than 0.010. Choice (`python benchmarks/smart_quality.py --halves --thresholds A --home-margin M`, at "
    "40c5859): halves A 0.1 590 / 66 / 447 (P 0.8994, R 0.5690; hard-negative false positives 54), 0.15 585 / 66 / "
    "452 (P 0.8986, R 0.5641; 54), 0.2 577 / 66 / 460 (P 0.8974, R 0.5564; 54), against 574 / 66 / 463 (P 0.8969, R "
    "0.5535; 54): all meet the judgement, 0.1 has the most true positives: chosen. Judged once (`python "
    "benchmarks/smart_quality.py --halves --thresholds B --home-margin 0.1`, at 669da22, the same lever code): halves "
    "B 615 / 65 / 538 -> 623 / 65 / 530 (P 0.9044 -> 0.9055, R 0.5334 -> 0.5403), hard-negative false positives 48 "
    "-> 48, sets 1-5 165 / 3 / 6 both; today's figures confirmed by `--halves --thresholds B` without the lever in a "
    "run alongside (615 / 65 / 538, 48, sets 1-5 165 / 3 / 6): recall up with precision up and hard-negative false "
    "positives not up, so the lever **passes** and is on (`HOME_MARGIN_DEFAULT = 0.1`; its own unit test re-pinned "
    "with a comment, no other unit test moved). The suggester reads none of it (engine.py imports FULL_MATCH, "
    "LINKED_WEIGHT, RelevanceLink, TemplateGraph, knowledge_link and template_fields from relevance.py, unchanged; "
    "the lever calls the suggester's relevance and direct_relevance without changing them), so its benchmark was not "
    "run."
    " Test run of round 50, once, in the same session after its merge (1765e14: shared_phrase, function_text and "
    "home_margin on; suggestions round 49's meaning_places on; linking round 42's mined vocabulary of 8,804 "
    "names; `python benchmarks/smart_quality.py`): held-out 50 (80 pairs from 15 pages, 50 relevant, all 30 "
    "negatives same-page) gives P 0.84 / R 0.62 at 0.3 (TP 31 of 50, FP 6 of 30); the shared-word baseline in the "
    "same run 0.78 / 0.64. Goals missed (recall 0.90 at precision 0.95); the baseline found more relevant pairs "
    "than the engine, as on held-out 48. The session's first commit (304277e, without home_margin) on the same "
    "pairs, run afterwards for comparison only (`--labels tests/fixtures/smart_holdout50.yaml --out F` in a "
    "detached worktree, the file copied in): P 0.83 / R 0.60 (TP 30, FP 6): home_margin gained one relevant pair "
    "and no false positive here."
)


ROUND_51 = (
    "Round 51 (issue 12): held-out 50 (round 50's test set, run once by the lead at 1765e14, recorded at 0c0dc2f) is "
    "development data since round 51, split by source page like held-out 6-49 (half A may be read with "
    "`--show-misses`, half B never listed); the test set is held-out 51 (`tests/fixtures/smart_holdout51.yaml`, "
    "labelled by another person before round 51's code ran on it; measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 50 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN; before on the code of 415dafc, this branch's base, after on this round's first commit "
    "86fe46b): halves A 590 / 66 / 447 -> 601 / 69 / 457, halves B 623 / 65 / 530 -> 643 / 68 / 539; hard-negative "
    "(same_page + same_function) false positives of the halves A 54 -> 57, of the halves B 48 -> 51; sets 1-5 165 / 3 "
    "/ 6 both; every other row unchanged; held-out 50 itself gives TP 31, FP 6, FN 19 as in its test run (half A 11 / "
    "3 / 10, half B 20 / 3 / 9); all its negatives are same_page (15 in half A, 15 in half B). "
    "Held-out 50's half A at 0.3 classed by cause in benchmarks/results/smart_round51.md (`benchmarks/"
    "smart_miss_readings.py` at 86fe46b; 11 misses without siblings, 10 with them, and 3 false positives; the linker "
    "places none of the 13 KPIs): the KPI unplaced 10 (catalog content: forestry measures, six in traditional "
    "characters, among them standing timber stock, forest land retained and forest pest disaster rate, voluntary "
    "tree planting read as a compliance obligations register, forest area read as office area; treated-water "
    "quality; standardised planting and improved varieties of medicinal herbs); the false positives (same_page) "
    "text relevance 2 (the page's topic word 中药材 (medicinal herbs), which its other objectives carry; round 11's "
    "object word), a link after a wrong objective reading 1 ('cost per day of facility closure' under a fee-assistance "
    "objective read as admin services). Held-out 50's test run missed "
    "19 of 50 relevant pairs and had 6 false positives; its 10 half-A misses are all the KPI unplaced, 2 of its 3 half-A "
    "false positives the text relevance. Pooled over held-out 21-50's halves A the KPI unplaced stays the largest "
    "class (265 of 355 misses); of the 58 false positives the text relevance is the largest class (34); word sense is "
    "the cause of 2 of held-out 50's 13 errors (+3 borderline), 68 of the 393 errors listed for held-out 22-50 (116 "
    "with borderline ones). "
    "The lever, aimed at precision (held-out 50's test run P 0.84, the lowest of recent sets; the tokenizer and "
    "anything the suggester or the linker reads were out of bounds this round), through the largest class of false "
    "positives: a /tmp probe on the halves A of held-out 6-50 only (disclosed in `WORD_HOME_DEFAULT`'s docstring) "
    "found the verdicts at 0.3 decided by the text relevance whose KPI has a direct word similarity with another "
    "objective of its page at least 0.15 higher than with its own 4 relevant and 9 not (8 hard negatives). Defined and "
    "committed with its rule before its choice ran and before any run of it on the halves B (commit 9976b1b, default "
    "off): the KPI's WORDS have a better HOME (`LinkedRelevance(word_home=M)`, `WORD_HOME_DEFAULT`, margins 0.15 / 0.2 "
    "/ 0.25): a pair whose score rests on its text relevance does not count it (scores its strongest link) when the "
    "KPI's direct word similarity with another objective of the scheme is at least M higher than with its own; only "
    "with siblings; only lowers scores. Related to round 42's text home (retired: the score elsewhere, not the words) "
    "and round 47's wordless text (retired: no sibling). Rule (round 51's brief, round 50's shape, precision: M of the "
    "fewest false positives among the margins meeting the judgement on the pooled halves A against today's engine, "
    "601 / 69 / 457, hard-negative false positives 57; judged once on the pooled halves B against 643 / 68 / 539, 51, "
    "sets 1-5 165 / 3 / 6, from `--halves` at 86fe46b; pass if (recall up and precision not down by more than 0.005) "
    "or (precision up and recall not down by more than 0.005), hard-negative false positives of the halves B not up, "
    "precision of sets 1-5 not down by more than 0.010). Choice (`python benchmarks/smart_quality.py --halves "
    "--thresholds A --word-home M`, at 9976b1b): halves A 0.15 597 / 59 / 461 (P 0.9101, R 0.5643; hard-negative false "
    "positives 49), 0.2 598 / 62 / 460 (P 0.9061, R 0.5652; 51), 0.25 598 / 65 / 460 (P 0.9020, R 0.5652; 54), against "
    "601 / 69 / 457 (P 0.8970, R 0.5681; 57): all meet the judgement, 0.15 has the fewest false positives: chosen. "
    "Judged once (`python benchmarks/smart_quality.py --halves --thresholds B --word-home 0.15`, at 2457e06, the same "
    "lever code): halves B 643 / 68 / 539 -> 629 / 59 / 553 (P 0.9044 -> 0.9142, R 0.5440 -> 0.5321), hard-negative "
    "false positives 51 -> 42, sets 1-5 165 / 3 / 6 both; today's figures confirmed by `--halves --thresholds B` "
    "without the lever in a run alongside (643 / 68 / 539, 51; sets 1-5 165 / 3 / 6): precision up but recall down by "
    "0.0118, more than 0.005 (14 true positives lost on the halves B against 4 on the halves A), so the lever **fails "
    "its judged run** and stays off (`WORD_HOME_DEFAULT = None`); the engine and its defaults are round 50's. The "
    "suggester reads none of it (the lever only calls the suggester's direct_relevance), so its benchmark was not run. "
    "Retired later in the session (lead): kpiguide/suggest/relevance.py and tests/suggest/test_relevance.py restored "
    "as at 38926de (before the lever, 9976b1b's parent), `--word-home` removed from smart_quality.py; commit 6a4d49f "
    "reproduces its choice and its judged run."
    " Test run of round 51, once, in the same session after its merge (aec127d: shared_phrase, function_text "
    "and home_margin on, word_home retired; `python benchmarks/smart_quality.py`): held-out 51 (80 pairs from "
    "15 pages, 50 relevant, all 30 negatives same-page) gives P 0.89 / R 0.64 at 0.3 (TP 32 of 50, FP 4 of "
    "30); the shared-word baseline in the same run 0.86 / 0.72. Goals missed (recall 0.90 at precision 0.95); "
    "the baseline found more relevant pairs than the engine, as on held-out 48 and 50. The session's first "
    "commit (415dafc) is round 50's engine; the previous session's first commit (304277e, without "
    "home_margin) on the same pairs, run afterwards for comparison only (`--labels "
    "tests/fixtures/smart_holdout51.yaml --out F` in a detached worktree, the file copied in): P 0.89 / R "
    "0.62 (TP 31, FP 4): home_margin gained one relevant pair and no false positive here, as on held-out 50."
)


ROUND_52 = (
    "Round 52 (issue 12): held-out 51 (round 51's test set, run once by the lead at aec127d, recorded at d267cb6) is "
    "development data since round 52, split by source page like held-out 6-50 (half A may be read with "
    "`--show-misses`, half B never listed); the test set is held-out 52 (`tests/fixtures/smart_holdout52.yaml`, "
    "labelled by another person before round 52's code ran on it; measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 51 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN; before on the code of d267cb6, this branch's base, after on this round's first commit "
    "4295e6b): halves A 601 / 69 / 457 -> 612 / 70 / 467, halves B 643 / 68 / 539 -> 664 / 71 / 547; hard-negative "
    "(same_page + same_function) false positives of the halves A 57 -> 58, of the halves B 51 -> 54 (summed from the "
    "printed per-set table); sets 1-5 165 / 3 / 6 both; every other row unchanged; held-out 51 itself gives TP 32, "
    "FP 4, FN 18 as in its test run (half A 11 / 1 / 10, half B 21 / 3 / 8); all its negatives are same_page (10 in "
    "half A, 20 in half B). "
    "Held-out 51's half A at 0.3 classed by cause in benchmarks/results/smart_round52.md (`benchmarks/"
    "smart_miss_readings.py` at 4295e6b; 10 misses and 1 false positive with or without siblings; the linker places "
    "one of the 11 KPIs): the KPI unplaced 8 (catalog content: library services such as public speaking "
    "engagements, partnerships read as equity partners and book borrowing as the cost of debt, developer "
    "contributions read as the housing fund; dairy farming in traditional characters; new farm-stays under rural "
    "tourism), the objective read as a wrong template 2 (library objectives read as membership, which makes a "
    "customer-satisfaction KPI foreign, and as employee wellbeing); the false positive (same_page) the text "
    "relevance (round 11's object word, the page's topic word tourism). Held-out 51's test run missed 18 of 50 "
    "relevant pairs and had 4 false positives; its 10 half-A misses are the KPI unplaced 8 and the objective read as a "
    "wrong template 2, its 1 half-A false positive the text relevance. Pooled over held-out 21-51's halves A the KPI "
    "unplaced stays the largest class (273 of 365 misses), the objective read as a wrong template the next (55); of "
    "the 59 false positives the text relevance is the largest class (35), a link after a wrong objective reading the "
    "next (14); word sense is the cause of 2 of held-out 51's 11 errors (+3 borderline), 70 of the 404 errors listed "
    "for held-out 22-51 (121 with borderline ones). "
    "The lever, aimed at the objective's reading (the brief's; the tokenizer and anything the suggester or the "
    "linker reads were out of bounds this round), the second class of misses and of false positives together: an "
    "objective is read as the templates its words match at a confidence one word can take to 1.0, so an objective "
    "about something the catalog lacks is read by the one word of it the templates know, in whatever sense (a "
    "forestry-ecology objective as partnerships on its word for ecology, healthy livestock farming as employee "
    "wellbeing, 'Libraries as community hubs' as membership). Defined and committed with its rule before its choice "
    "ran and before any run of it on the halves B (commit 9424bc4, default off; a /tmp look at ten objectives' words, "
    "no labelled pair scored, disclosed in its docstring): the OBJECTIVE's template reading needs its WORDS "
    "(`LinkedRelevance(objective_words=S)`, `OBJECTIVE_WORDS_DEFAULT`, shares 0.3 / 0.4 / 0.5): an objective under S "
    "of whose content words (the analyzer's words after the frame words, without the suggester's goal, generic and "
    "strategy words, calendar words and counts) the template index knows is read by LinkedRelevance alone as "
    "stating no strategy template (no template, driver or template-function link, no owner reading, never foreign; "
    "the function and the indicator it names still count); the suggester's template graph, knowledge_link, the "
    "tokenizer and the linker unchanged. Different from round 19's read-out directions (retired: words read out "
    "before the match) and round 44's goal-free links. Rule (round 52's brief, round 51's shape, both ways: S of the "
    "highest F1 at 0.3 among the shares meeting the judgement on the pooled halves A against today's engine, 612 / 70 "
    "/ 467, hard-negative false positives 58; judged once on the pooled halves B against 664 / 71 / 547, 54, sets 1-5 "
    "165 / 3 / 6, from `--halves` at 4295e6b; pass if (recall up and precision not down by more than 0.005) or "
    "(precision up and recall not down by more than 0.005), hard-negative false positives of the halves B not up, "
    "precision of sets 1-5 not down by more than 0.010). Choice (`python benchmarks/smart_quality.py --halves "
    "--thresholds A --objective-words S`, at 9424bc4): halves A 0.3 613 / 68 / 466 (P 0.9001, R 0.5681, F1 0.6966; "
    "hard-negative false positives 56), 0.4 612 / 68 / 467 (P 0.9000, R 0.5672, F1 0.6958; 56), 0.5 611 / 68 / 468 "
    "(P 0.8999, R 0.5663, F1 0.6951; 56), against 612 / 70 / 467 (P 0.8974, R 0.5672, F1 0.6951; 58): all meet the "
    "judgement, 0.3 has the highest F1: chosen. Judged once (`python benchmarks/smart_quality.py --halves "
    "--thresholds B --objective-words 0.3`, at 4ce403c, the same lever code): halves B 664 / 71 / 547 -> 665 / 70 / "
    "546 (P 0.9034 -> 0.9048, R 0.5483 -> 0.5491), hard-negative false positives 54 -> 53, sets 1-5 165 / 3 / 6 "
    "both; today's figures confirmed by `--halves --thresholds B` without the lever in a run alongside (664 / 71 / "
    "547, 54; sets 1-5 165 / 3 / 6): recall up with precision up and hard-negative false positives not up, so the "
    "lever **passes** and is on (`OBJECTIVE_WORDS_DEFAULT = 0.3`; its own unit test and round 10's owner-reading "
    "test re-pinned with a comment, the latter's workplace objective now read as stating no template; no other unit "
    "test moved). The gains are small (halves A one true positive more and two false positives fewer, halves B one "
    "and one; after the run a /tmp count on the halves A found 300 of their 1002 objectives read as stating no "
    "template and 3 verdicts changed). The "
    "suggester reads none of it (engine.py imports FULL_MATCH, LINKED_WEIGHT, RelevanceLink, TemplateGraph, "
    "knowledge_link and template_fields from relevance.py, unchanged; the lever's graph view is built and read by "
    "LinkedRelevance only), so its benchmark was not run."
    " Test run of round 52, once, in the same session after its merge (ee23040, the merge of h310: "
    "shared_phrase, function_text, home_margin and objective_words on; `python benchmarks/smart_quality.py`): "
    "held-out 52 (80 pairs from 15 pages, 50 relevant, all 30 negatives same-page) gives P 0.94 / R 0.32 at "
    "0.3 (TP 16 of 50, FP 1 of 30); the shared-word baseline in the same run 1.00 / 0.28. Goals missed "
    "(recall 0.90 at precision 0.95): the lowest recall of the recent unseen sets (South African municipal "
    "scorecards and Chinese county and bureau plans, whose measures the catalog mostly lacks). The session's "
    "first commit (415dafc: round 50's engine, without objective_words) on the same pairs, run for comparison "
    "only (`--labels tests/fixtures/smart_holdout52.yaml --out F` in a detached worktree, the file copied "
    "in): identical (P 0.94 / R 0.32, TP 16, FP 1): objective_words changed no verdict here."
)


ROUND_53 = (
    "Round 53 (issue 12): held-out 52 (round 52's test set, run once by the lead at ee23040, recorded at a3ba316) is "
    "development data since round 53, split by source page like held-out 6-51 (half A may be read with "
    "`--show-misses`, half B never listed); the test set is held-out 53 (`tests/fixtures/smart_holdout53.yaml`, "
    "labelled by another person before round 53's code ran on it; measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 52 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN; before on the code of a3ba316, this branch's base, run before the first edit, after on "
    "this round's first commit ce158d0): halves A 613 / 68 / 466 -> 618 / 68 / 486, halves B 665 / 70 / 546 -> 676 / "
    "71 / 560; hard-negative (same_page + same_function) false positives of the halves A 56 -> 56, of the halves B 53 "
    "-> 54 (summed from the printed per-set table); sets 1-5 165 / 3 / 6 both; every other row unchanged; held-out 52 "
    "itself gives TP 16, FP 1, FN 34 as in its test run (half A 5 / 0 / 20, half B 11 / 1 / 14); all its negatives "
    "are same_page (17 in half A, 13 in half B). "
    "Held-out 52's half A at 0.3 classed by cause in benchmarks/results/smart_round53.md (`benchmarks/"
    "smart_miss_readings.py` at ce158d0; 20 misses and no false positive with or without siblings; the linker places "
    "one of the 20 KPIs): the KPI unplaced 19 (catalog content: grain and farmland measures such as farmland "
    "restoration read as the time to fix defects and upland rice planting area as office area, boutique homestays and "
    "rural-tourism income, agro-processing output, labour export, municipal water, sewerage and refuse billing), the "
    "objective read as a wrong template 1 (a municipal reliable-infrastructure objective read as IT infrastructure). "
    "Held-out 52's test run missed 34 of 50 relevant pairs and had 1 false positive; its 20 half-A misses are the KPI "
    "unplaced 19 and the objective read as a wrong template 1; its false positive is in half B. Pooled over held-out "
    "21-52's halves A the KPI unplaced stays the largest class (292 of 385 misses), the objective read as a wrong "
    "template the next (56); of the 59 false positives the text relevance is the largest class (35); word sense is "
    "the cause of 2 of held-out 52's 20 errors (+3 borderline), 72 of the 424 errors listed for held-out 22-52 (124 "
    "with borderline ones). "
    "The lever, aimed at recall through the largest class (the brief's; the tokenizer and anything the suggester or "
    "the linker reads were out of bounds this round): a /tmp probe on the halves A of held-out 6-52 only (disclosed in "
    "`SCHEME_MARGIN_DEFAULT`'s docstring) found the unplaced, not foreign pairs under 0.3 that score at least M above "
    "every other objective of their scheme relevant 24 times and not 5 at M 0.15, 11 and 1 at 0.2, 4 and 0 at 0.25. "
    "Defined and committed with its rule before its choice ran and before any run of it on the halves B (commit "
    "760ffd7, default off): an UNPLACED KPI whose SCORE stands out in its SCHEME (`LinkedRelevance(scheme_margin=M)`, "
    "`SCHEME_MARGIN_DEFAULT`, margins 0.15 / 0.2 / 0.25): an unplaced, not foreign KPI under 0.3 (after every other "
    "rule) scoring at least M higher for its objective than for every other objective of the scheme (their score "
    "without the own-object rules) scores 0.3; only with siblings; only raises scores. Related to round 24's best home "
    "(retired: strictly highest from a floor, no margin) and round 50's home margin (the text relevance a margin over "
    "every sibling's from 0.2, with a shared word). Rule (round 53's brief, round 52's shape: M of the most true "
    "positives at 0.3 among the margins meeting the judgement on the pooled halves A against today's engine, 618 / 68 "
    "/ 486, hard-negative false positives 56, those of the halves A not up; judged once on the pooled halves B against "
    "676 / 71 / 560, 54, sets 1-5 165 / 3 / 6, from `--halves` at ce158d0; pass if (recall up and precision not down "
    "by more than 0.005) or (precision up and recall not down by more than 0.005), hard-negative false positives of "
    "the halves B not up, precision of sets 1-5 not down by more than 0.010). Choice (`python "
    "benchmarks/smart_quality.py --halves --thresholds A --scheme-margin M`, at 760ffd7): halves A 0.15 642 / 73 / 462 "
    "(P 0.8979, R 0.5815; hard-negative false positives 61), 0.2 629 / 69 / 475 (P 0.9011, R 0.5697; 57), 0.25 622 / "
    "68 / 482 (P 0.9014, R 0.5634; 56), against 618 / 68 / 486 (P 0.9009, R 0.5598; 56): only 0.25 keeps the "
    "hard-negative false positives of the halves A from rising: chosen. Judged once (`python "
    "benchmarks/smart_quality.py --halves --thresholds B --scheme-margin 0.25`, at 16657c4, the same lever code): "
    "halves B 676 / 71 / 560 -> 676 / 71 / 560 (P 0.9049, R 0.5469 both; every threshold's row unchanged), "
    "hard-negative false positives 54 -> 54, sets 1-5 165 / 3 / 6 both; today's figures confirmed by `--halves "
    "--thresholds B` without the lever in a run alongside (676 / 71 / 560, 54; sets 1-5 165 / 3 / 6): neither recall "
    "nor precision up, so the lever **fails its judged run** and stays off (`SCHEME_MARGIN_DEFAULT = None`); the "
    "engine and its defaults are round 52's. The suggester reads none of it (the lever only calls LinkedRelevance's "
    "own scoring), so its benchmark was not run."
    " Retired later in the session (lead): the lever's code and test removed from kpiguide/suggest/relevance.py and "
    "tests/suggest/test_relevance.py (as before it, 760ffd7's parent), `--scheme-margin` removed from smart_quality.py; "
    "commit 3845a2e reproduces its choice and its judged run."
    " Test run of round 53, once, in the same session after its merge (ab737e9: shared_phrase, function_text, "
    "home_margin and objective_words on, scheme_margin retired; linking round 44's shipped models and mined "
    "vocabulary; `python benchmarks/smart_quality.py`): held-out 53 (80 pairs from 17 pages, 50 relevant; 28 "
    "negatives same-page, 2 other-page) gives P 0.91 / R 0.40 at 0.3 (TP 20 of 50, FP 2 of 30); the "
    "shared-word baseline in the same run 0.91 / 0.42. Goals missed (recall 0.90 at precision 0.95); the "
    "baseline found more relevant pairs than the engine, as on held-out 48, 50 and 51. The session's first "
    "commit (415dafc: round 50's engine, linking round 39's models) on the same pairs, run for comparison "
    "only (`--labels tests/fixtures/smart_holdout53.yaml --out F` in a detached worktree, the file copied "
    "in): identical (P 0.91 / R 0.40, TP 20, FP 2): objective_words and the new linking models changed no "
    "verdict here."
)


ROUND_54 = (
    "Round 54 (issue 12): held-out 53 (round 53's test set, run once by the lead at ab737e9, recorded at f2cfee4) is "
    "development data since round 54, split by source page like held-out 6-52 (half A may be read with "
    "`--show-misses`, half B never listed); the test set is held-out 54 (`tests/fixtures/smart_holdout54.yaml`, "
    "labelled by another person before round 54's code ran on it; measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 53 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN; before on the code of 947a831, this branch's base, run before the first edit, after on "
    "this round's first commit 8e88aa1): halves A 618 / 68 / 486 -> 628 / 69 / 497, halves B 676 / 71 / 560 -> 686 / "
    "72 / 579; hard-negative (same_page + same_function) false positives of the halves A 56 -> 57, of the halves B 54 "
    "-> 55 (summed from the printed per-set table); sets 1-5 165 / 3 / 6 both; every other row unchanged; held-out 53 "
    "itself gives TP 20, FP 2, FN 30 as in its test run (half A 10 / 1 / 11, half B 10 / 1 / 19); its 30 negatives "
    "are 28 same_page and 2 other_page (half A 12 same_page and 2 other_page, half B 16 same_page). "
    "Held-out 53's half A at 0.3 classed by cause in benchmarks/results/smart_round54.md (`benchmarks/"
    "smart_miss_readings.py` at 8e88aa1; 12 misses and 1 false positive without siblings, 11 and 1 with them; the "
    "linker places none of the 13 KPIs): the KPI unplaced 11 (catalog content: municipal, agricultural and "
    "rural-works measures such as jobs created read as new sales pipeline, destination marketing, farm produce "
    "partners, village health teams, fly-tipping enforcement, waste reuse and street cleaning, farmer training on pest "
    "management read as system user training, rural roads and bridges, new childcare places); the false positive "
    "(same_page) the text relevance. Held-out 53's test run missed 30 of 50 relevant pairs and had 2 false positives; "
    "its 11 half-A misses are all the KPI unplaced, 1 false positive is in half A (the text relevance), 1 in half B. "
    "Pooled over held-out 21-53's halves A the KPI unplaced stays the largest class (303 of 396 misses); of the 60 "
    "false positives the text relevance is the largest class (36); word sense is the cause of 1 of held-out 53's 12 "
    "errors (+3 borderline), 73 of the 436 errors listed for held-out 22-53 (128 with borderline ones). On the halves "
    "A of held-out 6-53 (`python benchmarks/smart_baseline_wins.py --list` at 8e88aa1) the shared-word baseline is "
    "right and the engine wrong on 56 relevant pairs, the reverse on 155, and 441 relevant pairs both miss; of the 56, "
    "52 are unplaced KPIs (49 scoring 0.1 to under 0.3, 28 of them under 0.2) whose shared word the text views count "
    "low, and only one is a placed KPI judged foreign: the engine's reading rarely overrules a shared word. "
    "The lever, aimed at those pairs through the largest class (the brief's; the tokenizer and anything the "
    "suggester or the linker reads were out of bounds this round): round 50's CLEAR HOME BELOW ITS FLOOR, BY TEXT "
    "(`LinkedRelevance(home_text=F)`, `HOME_TEXT_DEFAULT`, floors 0.1 / 0.125 / 0.15): a pair of an unplaced, not "
    "foreign KPI scoring under round 50's floor 0.2 whose text relevance is at least F is raised to 0.3 by round 50's "
    "clear-home rule (the text relevance 0.1 above every other objective of the scheme, a shared word), unchanged "
    "otherwise; only with siblings; only raises scores. Defined and committed with its rule before its choice ran and "
    "before any run of it on the halves B (commit 8d004d6, default off; a /tmp probe on the halves A of held-out 6-53 "
    "only, disclosed in its docstring: pairs 0.1 to under 0.2 in their clear home 7 relevant and 1 same_function "
    "negative, from a text relevance of 0.125 7 and none). Rule (round 54's brief, round 53's shape: F of the most "
    "true positives at 0.3 among the floors meeting the judgement on the pooled halves A against today's engine, 628 "
    "/ 69 / 497, hard-negative false positives 57, those of the halves A not up; judged once on the pooled halves B "
    "against 686 / 72 / 579, 55, sets 1-5 165 / 3 / 6, from `--halves` at 8e88aa1; pass if (recall up and precision "
    "not down by more than 0.005) or (precision up and recall not down by more than 0.005), hard-negative false "
    "positives of the halves B not up, precision of sets 1-5 not down by more than 0.010). Choice (`python "
    "benchmarks/smart_quality.py --halves --thresholds A --home-text F`, at 8d004d6): halves A 0.1 635 / 70 / 490 (P "
    "0.9007, R 0.5644; hard-negative false positives 58), 0.125 635 / 69 / 490 (P 0.9020, R 0.5644; 57), 0.15 634 / "
    "69 / 491 (P 0.9018, R 0.5636; 57), against 628 / 69 / 497 (P 0.9010, R 0.5582; 57): 0.1 raises the hard-negative "
    "false positives; 0.125 has the most true positives of the other two: chosen. Judged once (`python "
    "benchmarks/smart_quality.py --halves --thresholds B --home-text 0.125`, at 4b2d437, the same lever code): halves "
    "B 686 / 72 / 579 -> 696 / 73 / 569 (P 0.9050 -> 0.9051, R 0.5423 -> 0.5502), hard-negative false positives 55 -> "
    "55, sets 1-5 165 / 3 / 6 both; today's figures confirmed by `--halves --thresholds B` without the lever in a run "
    "alongside (686 / 72 / 579, 55; sets 1-5 165 / 3 / 6): recall up with precision up and hard-negative false "
    "positives not up, so the lever **passes** and is on (`HOME_TEXT_DEFAULT = 0.125`; its own unit test re-pinned "
    "with a comment). Small: 10 more relevant pairs found of the halves B's 579 missed. The suggester reads none of it "
    "(engine.py imports FULL_MATCH, LINKED_WEIGHT, RelevanceLink, TemplateGraph, knowledge_link and template_fields "
    "from relevance.py, unchanged), so its benchmark was not run."
    " Test run of round 54, once, in the same session after its merge (2d1c96c: shared_phrase, function_text, "
    "home_margin, objective_words and home_text on; linking round 44's shipped models and mined vocabulary; "
    "`python benchmarks/smart_quality.py`): held-out 54 (80 pairs from 18 pages, 51 relevant; 29 negatives, "
    "all same-page) gives P 0.81 / R 0.49 at 0.3 (TP 25 of 51, FP 6 of 29); the shared-word baseline in the "
    "same run 0.83 / 0.47. Goals missed (recall 0.90 at precision 0.95); the lowest precision of recent sets. "
    "The session's first commit (947a831: round 53's engine, home_text not yet written) on the same pairs, "
    "run for comparison only (`--labels tests/fixtures/smart_holdout54.yaml --out F` in a detached worktree): "
    "identical (P 0.81 / R 0.49, TP 25, FP 6): home_text changed no verdict here."
)


ROUND_55 = (
    "Round 55 (issue 12): held-out 54 (round 54's test set, run once by the lead at 2d1c96c, recorded at fc3f171) is "
    "development data since round 55, split by source page like held-out 6-53 (half A may be read with "
    "`--show-misses`, half B never listed); the test set is held-out 55 (`tests/fixtures/smart_holdout55.yaml`, "
    "labelled by another person before round 55's code ran on it; measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 54 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN; before on the code of fc3f171, this branch's base, started before the first edit, after "
    "on this round's first commit ae8ed9e): halves A 635 / 69 / 490 -> 644 / 71 / 503, halves B 696 / 73 / 569 -> 712 "
    "/ 77 / 582; hard-negative (same_page + same_function) false positives of the halves A 57 -> 59, of the halves B 55 "
    "-> 59 (summed from the printed per-set table); sets 1-5 165 / 3 / 6 both; every other row unchanged; held-out 54 "
    "itself gives TP 25, FP 6, FN 26 as in its test run (half A 9 / 2 / 13, half B 16 / 4 / 13); its 29 negatives are "
    "all same_page (half A 14, half B 15). "
    "Held-out 54's half A at 0.3 classed by cause in benchmarks/results/smart_round55.md (`benchmarks/"
    "smart_miss_readings.py` at ae8ed9e; 13 misses and 2 false positives with or without siblings; the linker places "
    "one of the 15 KPIs): the KPI unplaced 12 (catalog content: agricultural, rural and city-transport measures such as "
    "seed-industry companies attracted and rice-paddy integrated farming under a grain-security objective, farming "
    "value added read as the industrial value-added rate, the urban-rural income ratio, rural museums, six LADOT "
    "transit, cycling, signal and street-service measures under a livable-city objective, university entrants from "
    "areas of multiple deprivation read as a pipeline coverage multiple), reading and template right but the link "
    "under 0.3 1 (women in senior management under a diverse talent pipeline: the department link 0.254); false "
    "positives (same_page) a function relation too broad 1 (the gender pay gap under a widening-access objective) and "
    "the text relevance 1 (a national student survey under a research-collaboration objective). Held-out 54's test "
    "run missed 26 of 51 relevant pairs and had 6 false positives; its 13 half-A misses are the KPI unplaced 12 and a "
    "link under 0.3 1; 2 of its false positives are in half A (above), 4 in half B. Pooled over held-out 21-54's "
    "halves A the KPI unplaced stays the largest class (315 of 409 misses); of the 62 false positives the text "
    "relevance is the largest class (37); word sense is the cause of 1 of held-out 54's 15 errors (+2 borderline), 74 "
    "of the 451 errors listed for held-out 22-54 (131 with borderline ones). "
    "The lever, aimed at recall where the shared-word baseline and the engine both miss (441 relevant pairs on the "
    "halves A of held-out 6-53, round 54's count, most sharing no word with their objective; the tokenizer and "
    "anything the suggester or the linker reads were out of bounds this round): round 50's CLEAR HOME WITHOUT the "
    "SHARED WORD, among at least two other objectives (`LinkedRelevance(home_wordless=M)`, `HOME_WORDLESS_DEFAULT`, "
    "margins 0.15 / 0.175 / 0.2, `HOME_WORDLESS_SIBLINGS = 2`): a pair of an unplaced, not foreign KPI under 0.3 whose "
    "text relevance for its objective is at least M higher than for every one of at least two other objectives of the "
    "scheme scores 0.3; no shared word, no score floor; only with siblings; only raises scores. Defined and committed "
    "with its rule before its choice ran and before any run of it on the halves B (commit db98ad0, default off; a /tmp "
    "probe on the halves A of held-out 6-54 only, disclosed in its docstring: with two or more other objectives M 0.15 "
    "10 relevant and 1 hard negative, 0.175 7 and none, 0.2 5 and none; with one allowed 14 / 3, 10 / 1, 7 / 1). Rule "
    "(round 55's brief, round 54's shape: M of the most true positives at 0.3 among the margins meeting the judgement "
    "on the pooled halves A against today's engine, 644 / 71 / 503, hard-negative false positives 59, those of the "
    "halves A not up; judged once on the pooled halves B against 712 / 77 / 582, 59, sets 1-5 165 / 3 / 6, from "
    "`--halves` at ae8ed9e; pass if (recall up and precision not down by more than 0.005) or (precision up and recall "
    "not down by more than 0.005), hard-negative false positives of the halves B not up, precision of sets 1-5 not "
    "down by more than 0.010). Choice (`python benchmarks/smart_quality.py --halves --thresholds A --home-wordless M`, "
    "at db98ad0): halves A 0.15 654 / 72 / 493 (P 0.9008, R 0.5702; hard-negative false positives 60), 0.175 651 / 71 "
    "/ 496 (P 0.9017, R 0.5676; 59), 0.2 649 / 71 / 498 (P 0.9014, R 0.5658; 59), against 644 / 71 / 503 (P 0.9007, R "
    "0.5615; 59): 0.15 raises the hard-negative false positives; 0.175 has the most true positives of the other two: "
    "chosen. Judged once (`python benchmarks/smart_quality.py --halves --thresholds B --home-wordless 0.175`, at "
    "b95eeca, the same lever code): halves B 712 / 77 / 582 -> 715 / 78 / 579 (P 0.9024 -> 0.9016, R 0.5502 -> "
    "0.5526), hard-negative false positives 59 -> 60, sets 1-5 165 / 3 / 6 both; today's figures confirmed by "
    "`--halves --thresholds B` without the lever in a run alongside (712 / 77 / 582, 59; sets 1-5 165 / 3 / 6): recall "
    "up with precision down by 0.0008, but the hard-negative false positives of the halves B up by one, so the lever "
    "**fails its judged run** and stays off (`HOME_WORDLESS_DEFAULT = None`); the engine and its defaults are round "
    "54's. The suggester reads none of it, so its benchmark was not run."
    " Retired later in the session (lead): the lever's code and test removed from kpiguide/suggest/relevance.py and "
    "tests/suggest/test_relevance.py (as before it, db98ad0's parent), `--home-wordless` removed from smart_quality.py; "
    "commit ff63eab reproduces its choice and its judged run."
    " Test run of round 55, once, in the same session after its merge and the lever's retirement (2d3ce0e: "
    "shared_phrase, function_text, home_margin, objective_words and home_text on, home_wordless retired, so "
    "round 54's engine; linking round 44's shipped models and mined vocabulary; `python "
    "benchmarks/smart_quality.py`): held-out 55 (80 pairs from 15 pages, 49 relevant; 31 negatives, all "
    "same-page) gives P 0.92 / R 0.49 at 0.3 (TP 24 of 49, FP 2 of 31); the shared-word baseline in the same "
    "run 0.92 / 0.49. Goals missed (recall 0.90 at precision 0.95). The session's first commit (947a831: "
    "round 53's engine, home_text not yet written) on the same pairs, run for comparison only (`--labels "
    "tests/fixtures/smart_holdout55.yaml --out F` in a detached worktree, the file copied in): identical (P "
    "0.92 / R 0.49, TP 24, FP 2): home_text changed no verdict here either."
)


ROUND_56 = (
    "Round 56 (issue 12): held-out 55 (round 55's test set, run once by the lead at 2d3ce0e, recorded at 0f5f51e) is "
    "development data since round 56, split by source page like held-out 6-54 (half A may be read with "
    "`--show-misses`, half B never listed); the test set is held-out 56 (`tests/fixtures/smart_holdout56.yaml`, "
    "labelled by another person before round 56's code ran on it; measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 55 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN; before on the code of bb26534, this branch's base, started before the first edit, after "
    "on this round's first commit bd4686e): halves A 644 / 71 / 503 -> 656 / 73 / 520, halves B 712 / 77 / 582 -> 724 "
    "/ 77 / 590; hard-negative (same_page + same_function) false positives of the halves A 59 -> 61, of the halves B 59 "
    "-> 59 (summed from the printed per-set table); sets 1-5 165 / 3 / 6 both; every other row unchanged; held-out 55 "
    "itself gives TP 24, FP 2, FN 25 as in its test run (half A 12 / 2 / 17, half B 12 / 0 / 8); its 31 negatives are "
    "all same_page (half A 19, half B 12). "
    "Held-out 55's half A at 0.3 classed by cause in benchmarks/results/smart_round56.md (`benchmarks/"
    "smart_miss_readings.py` at bd4686e; 19 misses and 2 false positives without siblings, 17 and 2 with them: two 911 "
    "call-handling measures reach 0.3 with the page's other objectives; the linker places none of the 21 KPIs): the "
    "KPI unplaced 14 (catalog content: village, workplace and school libraries under reading facilities, students' "
    "core-competence and physical-fitness measures under intellectual and physical education, recycled content of "
    "packaging, a product lifecycle footprint, key-disease control and oral-health awareness, skilled-worker and "
    "gold-medal-worker programmes, regulatory water quality, seconds to dispatch high-priority calls), the objective "
    "read as a wrong template 2 (Scope 1 GHG emissions under 'Climate Action' read as culture values; wastewater "
    "compliance under 'Resource Efficiency' read as hospital bed efficiency), the objective unread 2 (food contact and "
    "chemical safety under 'Never Compromise'; students' volunteer service under moral education), reading and "
    "template right but the link under 0.3 1 (911 calls answered within 10 seconds: the template link 0.27); false "
    "positives (same_page) the text relevance 2 (a reading-campaign leading group under reading facilities, 0.275 "
    "raised by the shared-object rule; sanitation accounts under a sanitation division's vehicle-accident objective, "
    "0.365 on the shared word). Held-out 55's test run missed 25 of 49 relevant pairs and had 2 false positives; 17 of "
    "its misses (with siblings) and both false positives are in half A, 8 misses in half B. Pooled over held-out "
    "21-55's halves A the KPI unplaced stays the largest class (329 of 428 misses); of the 64 false positives the text "
    "relevance is the largest class (39); word sense is the cause of 1 of held-out 55's 21 errors (+2 borderline), 75 "
    "of the 472 errors listed for held-out 22-55 (133 with borderline ones). "
    "The lever, aimed at the KPI unplaced (the tokenizer, the suggester and anything the linker reads were out of "
    "bounds this round): the BRIDGE of an UNPLACED KPI at full weight (`LinkedRelevance(bridge_floor=F)`, "
    "`BRIDGE_FLOOR_DEFAULT`, floors 0.34 / 0.35 / 0.36): a pair of an unplaced KPI under 0.3 whose bridge with its "
    "objective (`LinkedRelevance.bridge_relevance`: the cosine of the catalog indicators' index scores for both texts "
    "over the 20 best of each, the view the suggester's text relevance counts at 0.8, here unweighted) is at least F "
    "scores 0.3; with or without siblings; only raises scores. Defined and committed with its rule before its choice "
    "ran and before any run of it on the halves B (commit cbccb46, default off; unit test 2e4f7ee; a /tmp probe on the "
    "halves A of held-out 6-55 only, disclosed in its docstring: of 1131 unplaced, not foreign pairs under 0.3, bridge "
    "at least 0.32 11 relevant and 4 hard negatives, 0.33 10 and 2, 0.34 6 and none, 0.35 5 and none, 0.36 3 and "
    "none). Rule (round 56's brief, round 54's shape: F of the most true positives at 0.3 among the floors meeting the "
    "judgement on the pooled halves A against today's engine, 656 / 73 / 520, hard-negative false positives 61, those "
    "of the halves A not up; judged once on the pooled halves B against 724 / 77 / 590, 59, sets 1-5 165 / 3 / 6, from "
    "`--halves` at bd4686e; pass if (recall up and precision not down by more than 0.005) or (precision up and recall "
    "not down by more than 0.005), hard-negative false positives of the halves B not up, precision of sets 1-5 not "
    "down by more than 0.010). Choice (`python benchmarks/smart_quality.py --halves --thresholds A --bridge-floor F`, "
    "0.34 at da0f59e, 0.35 and 0.36 at ae203cb): halves A 0.34 662 / 73 / 514 (P 0.9007, R 0.5629; hard-negative "
    "false positives 61), 0.35 661 / 73 / 515 (P 0.9005, R 0.5621; 61), 0.36 659 / 73 / 517 (P 0.9003, R 0.5604; 61), "
    "against 656 / 73 / 520 (P 0.8999, R 0.5578; 61): all three meet the judgement there; 0.34 has the most true "
    "positives: chosen. Judged once (`python benchmarks/smart_quality.py --halves --thresholds B --bridge-floor 0.34`, "
    "at ae203cb, the lever code of cbccb46): halves B 724 / 77 / 590 -> 733 / 79 / 581 (P 0.9039 -> 0.9027, R 0.5510 "
    "-> 0.5578), hard-negative false positives 59 -> 61, sets 1-5 165 / 3 / 6 both; today's figures confirmed by "
    "`--halves --thresholds B` without the lever in a run right after (724 / 77 / 590, 59; sets 1-5 165 / 3 / 6): "
    "recall up with precision down by 0.0012, but the hard-negative false positives of the halves B up by two, so the "
    "lever **fails its judged run** and stays off (`BRIDGE_FLOOR_DEFAULT = None`); the engine and its defaults are "
    "round 54's. The suggester reads none of it, so its benchmark was not run."
    " Retired later in the session (lead): the lever's code and test removed from "
    "kpiguide/suggest/relevance.py and tests/suggest/test_relevance.py (as before it, cbccb46's parent), "
    "`--bridge-floor` removed from smart_quality.py; commit 1191c06 reproduces its choice and its judged "
    "run."
    " Test run of round 56, once, in the same session after its merge and the lever's retirement "
    "(f2abb0b: shared_phrase, function_text, home_margin, objective_words and home_text on, bridge_floor "
    "retired, so round 54's engine; linking round 45's shipped models and mined vocabulary; `python "
    "benchmarks/smart_quality.py`, 23:29-23:45 UTC, other helpers' processes on the machine): held-out 56"
    " (80 pairs from 15 pages, 50 relevant; 30 negatives, all same-page) gives P 0.88 / R 0.42 at 0.3 (TP"
    " 21 of 50, FP 3 of 30); the shared-word baseline in the same run 0.92 / 0.44. Goals missed (recall "
    "0.90 at precision 0.95). The session's first commit (bb26534) was not run on the same pairs: the "
    "package's code at its defaults is the same there (kpiguide/ differs only by the off suggestion lever"
    " text_first and a comment), so it would give the same verdicts."
)


ROUND_57 = (
    "Round 57 (issue 12): held-out 56 (round 56's test set, run once by the lead at f2abb0b, recorded at 95d6cde) is "
    "development data since round 57, split by source page like held-out 6-55 (half A may be read with "
    "`--show-misses`, half B never listed); the test set is held-out 57 (`tests/fixtures/smart_holdout57.yaml`, "
    "labelled by another person before round 57's code ran on it; measured when present, never listed). "
    "Pooled counts at 0.3 before / after held-out 56 joined the halves (`python benchmarks/smart_quality.py "
    "--halves`, TP / FP / FN; before on the code of 95d6cde, this branch's base, started before the first edit, after "
    "on this round's first commit 5183bf0): halves A 656 / 73 / 520 -> 665 / 74 / 534, halves B 724 / 77 / 590 -> 736 "
    "/ 79 / 605; hard-negative (same_page + same_function) false positives of the halves A 61 -> 62, of the halves B 59 "
    "-> 61 (summed from the printed per-set table); sets 1-5 165 / 3 / 6 both; every other row unchanged; held-out 56 "
    "itself gives TP 21, FP 3, FN 29 as in its test run (half A 9 / 1 / 14, half B 12 / 2 / 15); its 30 negatives are "
    "all same_page (half A 14, half B 16). "
    "Held-out 56's half-A errors by cause (`python benchmarks/smart_miss_readings.py --json F` at 593cf55; "
    "benchmarks/results/smart_round57.md): 15 misses and 1 false positive without siblings (14 and 1 with them): the "
    "KPI unplaced 13 (city-service replies and outreach, health referrals, facilities and consultations, traffic noise, "
    "protected land, pavement quality, a fleet's EV share), the objective read as a wrong template 1, reading and "
    "template right but link under 0.3 1; FP a function link too broad 1. Pooled over held-out 21-56's halves A the KPI "
    "unplaced stays the largest class (342 of 443 misses); of the 65 false positives the text relevance is the largest "
    "class (39); word sense is the cause of 1 of held-out 56's 16 errors (+2 borderline), 76 of the 488 errors listed "
    "for held-out 22-56 (135 with borderline ones). "
    "The lever, aimed at what rounds 55 and 56 lacked (each raised recall on one view alone and added hard-negative "
    "false positives) and at the misses whose reading and template are right but whose link is under 0.3: TWO VIEWS "
    "THAT AGREE (`LinkedRelevance(corroboration=F)`, `CORROBORATION_DEFAULT`, floors 0.17 / 0.18 / 0.2): a not foreign "
    "pair under 0.3 whose catalog link (after round 48's function gate) and lexical text view (the suggester's direct "
    "word similarity or bridge at 0.8, without its strategy-template view) are both at least F scores 0.3; placed or "
    "unplaced, with or without siblings; only raises scores. Defined and committed with its rule before its choice ran "
    "and before any run of it on the halves B (commit 3a94c74, default off; unit test 30006fb; a /tmp look at round "
    "56's probe file, the halves A of held-out 6-55 only, disclosed in its docstring: both views at least 0.17 among "
    "not foreign pairs under 0.3: 15 relevant, no negative). Rule (round 57's brief, round 54's shape: F of the most "
    "true positives at 0.3 among the floors meeting the judgement on the pooled halves A against today's engine, 665 / "
    "74 / 534, hard-negative false positives 62, those of the halves A not up; judged once on the pooled halves B "
    "against the off run alongside, which must equal 736 / 79 / 605, 61, sets 1-5 165 / 3 / 6 from `--halves` at "
    "5183bf0; pass if (recall up and precision not down by more than 0.005) or (precision up and recall not down by "
    "more than 0.005), hard-negative false positives of the halves B not up, precision of sets 1-5 not down by more "
    "than 0.010). Choice (`python benchmarks/smart_quality.py --halves --thresholds A --corroboration F`, 0.17 at "
    "30006fb, 0.18 and 0.2 at 593cf55): halves A 0.17 680 / 74 / 519 (P 0.9019, R 0.5671; hard-negative false "
    "positives 62), 0.18 676 / 74 / 523 (P 0.9013, R 0.5638; 62), 0.2 671 / 74 / 528 (P 0.9007, R 0.5596; 62), against "
    "665 / 74 / 534 (P 0.8999, R 0.5546; 62): all three meet the judgement there; 0.17 has the most true positives: "
    "chosen. Judged once (`python benchmarks/smart_quality.py --halves --thresholds B --corroboration 0.17`, at "
    "593cf55, the lever code of 3a94c74): halves B 736 / 79 / 605 -> 752 / 80 / 589 (P 0.9031 -> 0.9038, R 0.5488 -> "
    "0.5608), hard-negative false positives 61 -> 62, sets 1-5 165 / 3 / 6 both; today's figures confirmed by "
    "`--halves --thresholds B` without the lever in a run right after (736 / 79 / 605, 61; sets 1-5 165 / 3 / 6): "
    "recall up by sixteen pairs with precision up too, but the one false positive more is a hard negative (61 -> 62), "
    "so the lever **fails its judged run** and stays off (`CORROBORATION_DEFAULT = None`); the engine and its defaults "
    "are round 54's. The suggester reads none of it, so its benchmark was not run."
    " Retired later in the session (lead): the lever's code and test removed from "
    "kpiguide/suggest/relevance.py and tests/suggest/test_relevance.py (as before it, 3a94c74's parent), "
    "`--corroboration` removed from smart_quality.py; commit e065ccc reproduces its choice and its judged"
    " run."
    " Test run of round 57, once, in the same session after its merge and the lever's retirement "
    "(887bfc2: round 54's engine, as for held-out 56; linking round 45's models and mined vocabulary; "
    "`nice -n 15 python benchmarks/smart_quality.py`, 00:27-00:40 UTC, the linking retrain running "
    "alongside): held-out 57 (80 pairs from 15 pages, 50 relevant; 30 negatives, all same-page) gives P "
    "0.96 / R 0.44 at 0.3 (TP 22 of 50, FP 1 of 30); the shared-word baseline in the same run 0.95 / "
    "0.38. Goals missed (recall 0.90 at precision 0.95; precision met here, recall not). The session's "
    "first commit (bb26534) was not run on the same pairs: kpiguide/ differs from it by comments only, so"
    " it would give the same verdicts."
)


def source_half(item: dict) -> str:
    """'A' or 'B' by a hash of the item's source page (the first address in `source`; a written pair by its text)."""
    source = str(item.get("source") or "")
    urls = re.findall(r"https?://\S+", source)
    key = urls[0] if urls else f"{source}:{item.get('text', '')}"
    return "AB"[hashlib.md5(key.encode("utf-8")).digest()[0] % 2]


def page_siblings(items: list[dict]) -> dict[int, list[str] | None]:
    """Per pair (its position): the other objectives of the KPI's own page as the labelled set records them (the
    objectives of every pair whose source page is that page, the pair's own objective excluded; only the part of the
    page's objectives the set holds), or None for a pair with no source page (sets 1-5, written pairs)."""
    pages: dict[str, list[str]] = {}
    keys: list[str | None] = []
    for item in items:
        urls = re.findall(r"https?://\S+", str(item.get("source") or ""))
        keys.append(urls[0] if urls else None)
        if urls and item.get("objective"):
            pages.setdefault(urls[0], []).append(str(item["objective"]))
    return {
        k: None if key is None else [o for o in dict.fromkeys(pages.get(key, [])) if o != items[k].get("objective")]
        for k, key in enumerate(keys)
    }


def _words(text: str) -> set[str]:
    from kpiguide.text.analysis import tokenize

    return set(tokenize(text, bigrams=False))


def baseline(text: str, objective: str | None = None) -> dict[str, bool]:
    digit = bool(re.search(r"\d", text))
    out = {"specific": digit, "measurable": digit, "time_bound": bool(_DATE_WORD.search(text))}
    if objective:
        out["relevant"] = bool(_words(text) & _words(objective))
    return out


def prf(pairs: list[tuple[bool, bool]], positive: bool) -> tuple[float, float, int]:
    tp = sum(1 for label, got in pairs if label == positive and got == positive)
    fp = sum(1 for label, got in pairs if label != positive and got == positive)
    fn = sum(1 for label, got in pairs if label == positive and got != positive)
    precision = tp / (tp + fp) if tp + fp else float("nan")
    recall = tp / (tp + fn) if tp + fn else float("nan")
    return precision, recall, tp + fn


def measure(
    name: str,
    path: Path,
    relevance: object,
    today: dt.date,
    lexical: object = None,
    sweep: list | None = None,
    limit: int | None = None,
    half: str | None = None,
    misses: list | None = None,
    kinds: list | None = None,
) -> list[str]:
    items = yaml.safe_load(path.read_text(encoding="utf-8"))["statements"][:limit]
    siblings = page_siblings(items)
    if half:
        siblings = {k: v for k, v in siblings.items() if source_half(items[k]) == half}
        items = [item for item in items if source_half(item) == half]
    others = list(siblings.values())
    criteria = ["specific", "measurable", "time_bound"] + (["relevant"] if relevance else [])
    ours: dict[str, list[tuple[bool, bool]]] = {c: [] for c in criteria}
    base: dict[str, list[tuple[bool, bool]]] = {c: [] for c in criteria}
    start = time.perf_counter()
    for item, sibling in zip(items, others, strict=True):
        objective = item.get("objective") if relevance else None
        result = analyze(
            item["text"],
            objective=objective,
            siblings=sibling,
            matcher=None,
            relevance=relevance or "default",
            today=today,
        )
        for c in criteria:
            if c in item:
                ours[c].append((item[c], bool(result.criteria[c].ok)))
        for c, got in baseline(item["text"], objective).items():
            if c in item:
                base[c].append((item[c], got))
        if objective and "relevant" in item and result.details.get("relevance") is not None:
            lex_score = lexical(item["text"], objective) if lexical else None  # type: ignore[operator]
            if sweep is not None:
                sweep.append((name, item["relevant"], float(result.details["relevance"]), lex_score))
            if kinds is not None:
                kinds.append((name, item["relevant"], float(result.details["relevance"]), item.get("negative")))
            if misses is not None and item["relevant"] != bool(result.criteria["relevant"].ok):
                misses.append((name, item["relevant"], float(result.details["relevance"]), item))
    elapsed = time.perf_counter() - start
    lines = [
        f"### {name}: `{path.resolve().relative_to(ROOT)}` ({len(items)} statements, "
        f"{sum(1 for i in items if i.get('objective'))} with an objective; {elapsed * 1000 / len(items):.1f} ms per statement)",
        "",
        "| criterion | n | precision (ok) | recall (ok) | precision (not ok) | recall (not ok) "
        "| baseline P (ok) | baseline R (ok) | baseline P (not ok) | baseline R (not ok) |",
        "|---|---|---|---|---|---|---|---|---|---|",
    ]
    for c in criteria:
        if not ours[c]:
            continue
        p1, r1, _ = prf(ours[c], True)
        p0, r0, _ = prf(ours[c], False)
        bp1, br1, _ = prf(base[c], True)
        bp0, br0, _ = prf(base[c], False)
        lines.append(
            f"| {c} | {len(ours[c])} | {p1:.2f} | {r1:.2f} | {p0:.2f} | {r0:.2f} | {bp1:.2f} | {br1:.2f} | {bp0:.2f} | {br0:.2f} |"
        )
    lines.append("")
    return lines


def sweep_table(rows: list, names: list[str]) -> list[str]:
    """Relevant precision/recall (ok class) per threshold and set: catalog-aware engine vs lexical engine."""
    head = " | ".join(f"{n} P / R (previous P / R)" for n in names)
    lines = [
        "### relevant: precision / recall of 'ok' by threshold",
        "",
        "Engine = the SMART default (`LinkedRelevance`: the KPI's linked indicator through the strategy templates, "
        "max with the text relevance, the indicator's function owning the objective, and no credit for shared words "
        "when the KPI's known indicator belongs to a function without a stake in the objective); in brackets = the "
        "same engine without that last rule (`foreign_confidence=2`), same run.",
        "",
        f"| threshold | {head} |",
        "|---|" + "---|" * len(names),
    ]
    for th in THRESHOLDS:
        cells = []
        for n in names:
            mine = [(label, score >= th) for name, label, score, _ in rows if name == n]
            lex = [(label, (ls or 0.0) >= th) for name, label, _, ls in rows if name == n]
            p, r, _ = prf(mine, True)
            lp, lr, _ = prf(lex, True)
            cells.append(f"{p:.2f} / {r:.2f} ({lp:.2f} / {lr:.2f})")
        lines.append(f"| {th:.2f} | " + " | ".join(cells) + " |")
    lines.append("")
    return lines


def _counts(rows: list[tuple[bool, float]], threshold: float) -> tuple[int, int, int, int]:
    tp = sum(1 for label, score in rows if label and score >= threshold)
    fp = sum(1 for label, score in rows if not label and score >= threshold)
    fn = sum(1 for label, score in rows if label and score < threshold)
    return tp, fp, fn, len(rows) - tp - fp - fn


def _pool(sweep: list) -> dict[str, list[tuple[bool, float]]]:
    """Relevant labels and scores pooled: the halves A (read) and B (checks) of the halved sets, sets 1-5, the test."""
    pools: dict[str, list[tuple[bool, float]]] = {"A": [], "B": [], "sets 1-5": [], "test": []}
    for name, label, score, _ in sweep:
        if name.endswith("half A (read)"):
            pools["A"].append((label, score))
        elif name.endswith("half B (check)"):
            pools["B"].append((label, score))
        elif name in TEST_SETS:
            pools["test"].append((label, score))
        elif name not in HALVED:
            pools["sets 1-5"].append((label, score))
    return pools


def pooled_table(sweep: list) -> list[str]:
    """Pooled counts by threshold: halves A of held-out 6-56 (read), halves B (the checks), in-sample + held-out 1-5."""
    pools = {k: v for k, v in _pool(sweep).items() if v}
    lines = [
        "### relevant: pooled counts (TP / FP / FN / TN) by threshold",
        "",
        "A = the halves A of held-out 6-56 (misses read in rounds 7-57), B = their halves B (never listed; the "
        "checks), "
        "sets 1-5 = the in-sample set and held-out 1-5 (development data since round 6).",
        "",
        "| threshold | " + " | ".join(pools) + " |",
        "|---|" + "---|" * len(pools),
    ]
    for th in THRESHOLDS:
        cells = []
        for rows in pools.values():
            tp, fp, fn, tn = _counts(rows, th)
            p = tp / (tp + fp) if tp + fp else float("nan")
            r = tp / (tp + fn) if tp + fn else float("nan")
            cells.append(f"{tp} / {fp} / {fn} / {tn} (P {p:.3f}, R {r:.3f})")
        lines.append(f"| {th:.2f} | " + " | ".join(cells) + " |")
    lines.append("")
    return lines


def negative_table(kinds: list, threshold: float = RELEVANCE_THRESHOLD) -> list[str]:
    """Per part with labelled negative kinds: TP, and FP / negatives and precision against each kind alone."""
    parts = list(dict.fromkeys(name for name, _, _, kind in kinds if kind))
    lines = [
        f"### relevant at {threshold}: false positives by kind of negative",
        "",
        "Parts whose not-relevant pairs say how they were made (`negative`): same_page = an objective of the KPI's own "
        "page, same_function = of another page about the KPI's function, other_page = another theme. Each cell: FP / "
        "negatives of that kind, and the precision TP / (TP + FP of that kind).",
        "",
        "| part | TP / relevant | " + " | ".join(NEGATIVE_KINDS) + " | all |",
        "|---|---|" + "---|" * (len(NEGATIVE_KINDS) + 1),
    ]
    for part in parts:
        rows = [(label, score, kind) for name, label, score, kind in kinds if name == part]
        tp = sum(1 for label, score, _ in rows if label and score >= threshold)
        cells = [f"{tp} / {sum(1 for label, _, _ in rows if label)}"]
        for wanted in (*NEGATIVE_KINDS, None):
            neg = [score for label, score, kind in rows if not label and (wanted is None or kind == wanted)]
            fp = sum(1 for score in neg if score >= threshold)
            cells.append(f"{fp} / {len(neg)} (P {tp / (tp + fp) if tp + fp else float('nan'):.2f})")
        lines.append(f"| {part} | " + " | ".join(cells) + " |")
    lines.append("")
    return lines


def _sweep_halves(sets: list, relevance: object, today: dt.date, halves: tuple, whole_sets: bool) -> tuple[list, list]:
    """Measure the given halves (A read, B check) of the halved sets and, with ``whole_sets``, the sets not halved
    (sets 1-5), never a test set: the sweep rows and the not-relevant pairs' kinds, as :func:`measure` collects them."""
    sweep: list = []
    kinds: list = []
    for name, path in sets:
        if name in TEST_SETS:
            continue
        if name in HALVED:
            for half in halves:
                role = "read" if half == "A" else "check"
                measure(f"{name} half {half} ({role})", path, relevance, today, None, sweep, None, half, None, kinds)
        elif whole_sets:
            measure(name, path, relevance, today, None, sweep, None)
    return sweep, kinds


def pooled_counts(sets: list, relevance: object, today: dt.date) -> list[str]:
    """The pooled counts at 0.3 only (``--halves``): for comparing one change on the halves A and B."""
    sweep, kinds = _sweep_halves(sets, relevance, today, ("A", "B"), whole_sets=True)
    out = [line for line in negative_table(kinds) if line.startswith("| held")]
    for part in dict.fromkeys(name for name, *_ in sweep):
        if part.startswith("held-out"):
            tp, fp, fn, _ = _counts(
                [(label, score) for name, label, score, _ in sweep if name == part], RELEVANCE_THRESHOLD
            )
            out.append(f"{part}: TP {tp} FP {fp} FN {fn} (F1 {2 * tp / max(2 * tp + fp + fn, 1):.3f})")
    for pool, rows in _pool(sweep).items():
        if rows:
            tp, fp, fn, tn = _counts(rows, RELEVANCE_THRESHOLD)
            out.append(f"{pool}: TP {tp} FP {fp} FN {fn} TN {tn}")
    return out


def threshold_counts(sets: list, relevance: object, today: dt.date, pool: str) -> list[str]:
    """Pooled counts by threshold (``--halves --thresholds A|B``, round 42b): the halves A of held-out 6-56 only, or
    their halves B and sets 1-5 only; the other pool is not measured.  Since round 45 also the false positives at 0.3
    on that pool's hard negatives (same_page + same_function, summed over its halves; counts only, no pair listed)."""
    sweep, kinds = _sweep_halves(sets, relevance, today, (pool,), whole_sets=pool == "B")
    hard = [score for _, label, score, kind in kinds if not label and kind in ("same_page", "same_function")]
    fp = sum(1 for score in hard if score >= RELEVANCE_THRESHOLD)
    return [
        *pooled_table(sweep),
        f"hard-negative false positives at {RELEVANCE_THRESHOLD} (halves {pool}): {fp} of {len(hard)}",
    ]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--labels", nargs="*", default=None, help="labelled YAML files (default: the three sets)")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "smart.md"))
    parser.add_argument(
        "--quick", action="store_true", help="smoke run: 10 statements of the first set; writes nothing"
    )
    parser.add_argument("--data", default=None, help="unused (the labelled sets live in tests/fixtures)")
    parser.add_argument(
        "--show-misses",
        action="store_true",
        help="list the relevant misses at 0.3 of the half A of held-out 56 (stderr; round 57); never a half B (the "
        "checks of rounds 7, 8 and 10-57) nor the test set",
    )
    parser.add_argument(
        "--halves",
        action="store_true",
        help="print only the pooled counts at 0.3 of the halves A / B of held-out 6-56 and of sets 1-5, and the false "
        "positives by kind of negative (writes nothing)",
    )
    parser.add_argument(
        "--sibling-object",
        action="store_true",
        help="with --halves: the round-23 lever judged against today's engine in the same run (LinkedRelevance("
        "sibling_object=True) after sibling_object=False): the objective's own object that no other objective of the "
        "KPI's page carries",
    )
    parser.add_argument(
        "--reading-cap",
        type=float,
        default=None,
        metavar="CAP",
        help="with --halves: the round-26 lever judged against today's engine in the same run (LinkedRelevance("
        "unlinked_confidence=CAP, owner_confidence=CAP) after today's caps): the highest confidence of the readings "
        "of a KPI the linker does not place",
    )
    parser.add_argument(
        "--clause-text",
        type=float,
        default=None,
        metavar="S",
        help="with --halves: the round-32 lever judged against today's engine in the same run (LinkedRelevance("
        "clause_text=S) after clause_text=None): the text relevance of a KPI the linker does not place is at least S x "
        "its direct word similarity with the closest clause of the objective",
    )
    parser.add_argument(
        "--function-home",
        type=float,
        default=None,
        metavar="M",
        help="with --halves: the round-39 lever judged against today's engine in the same run (LinkedRelevance("
        "function_home=M) after function_home=None): an unplaced KPI's function link does not count when the KPI "
        "scores at least M higher for another objective of its scheme",
    )
    parser.add_argument(
        "--stated-pick",
        type=float,
        default=None,
        help="with --halves: the pooled counts off and at this share S of the KPI's pick among the objective's stated "
        "templates (LinkedRelevance(stated_pick=S), round 43's judged run), same run",
    )
    parser.add_argument(
        "--shared-phrase",
        choices=SHARED_PHRASE_SETTINGS,
        default=None,
        help="with --halves: the pooled counts off and with round 46's lever at this setting (LinkedRelevance("
        "shared_phrase=X): an unplaced KPI sharing a phrase of two adjacent tokens with its objective), same run; "
        "with --thresholds A|B: that pool's counts by threshold with the lever at X only (round 46's choice)",
    )
    parser.add_argument(
        "--function-text",
        type=float,
        choices=FUNCTION_TEXT_FLOORS,
        default=None,
        help="with --halves --thresholds A|B: that pool's counts by threshold with round 48's lever at this floor only "
        "(LinkedRelevance(function_text=T): the function link counts only when the pair's text relevance is at least "
        "T); with --halves alone: the pooled counts off and at T, same run",
    )
    parser.add_argument(
        "--home-margin",
        type=float,
        choices=HOME_MARGINS,
        default=None,
        help="with --halves --thresholds A|B: that pool's counts by threshold with round 50's lever at this margin only "
        "(LinkedRelevance(home_margin=M): an unplaced KPI from 0.2 to under 0.3 whose text relevance for its objective "
        "is at least M higher than for every other objective of the scheme, sharing a word with it, scores 0.3); with "
        "--halves alone: the pooled counts off and at M, same run",
    )
    parser.add_argument(
        "--objective-words",
        type=float,
        choices=OBJECTIVE_WORDS_SHARES,
        default=None,
        help="with --halves --thresholds A|B: that pool's counts by threshold with round 52's lever at this share only "
        "(LinkedRelevance(objective_words=S): an objective under S of whose content words the template index knows "
        "is read as stating no strategy template); with --halves alone: the pooled counts off and at S, same run",
    )
    parser.add_argument(
        "--home-text",
        type=float,
        choices=HOME_TEXT_FLOORS,
        default=None,
        help="with --halves --thresholds A|B: that pool's counts by threshold with round 54's lever at this floor only "
        "(LinkedRelevance(home_text=F): a pair under 0.2 whose text relevance is at least F is raised by round 50's "
        "clear-home rule too); with --halves alone: the pooled counts off and at F, same run",
    )
    parser.add_argument(
        "--thresholds",
        choices=("A", "B"),
        default=None,
        help="with --halves: the pooled counts at each of THRESHOLDS of the halves A of held-out 6-56 only (round 42b's "
        "choice) or of their halves B and sets 1-5 only (its judgement)",
    )
    args = parser.parse_args()
    sets = [(Path(p).stem, Path(p)) for p in args.labels] if args.labels else [(n, ROOT / p) for n, p in LABEL_SETS]
    sets = [(n, p) for n, p in sets if p.exists() or args.labels]
    limit = 10 if args.quick else None
    if args.quick:
        sets = sets[:1]
    today = dt.date(2026, 5, 10)
    relevance = _default_relevance()  # what analyze() uses: relevance through KPI linking (issue 12)
    # the previous engine, same run: LinkedRelevance without the foreign-function rule (issue 12, round 6)
    lexical = LinkedRelevance(default_suggester(), _default_linker(), foreign_confidence=2.0)
    lines = [
        "## SMART analyzer quality (issue 4)",
        "",
        f"Command: `python benchmarks/smart_quality.py` · date {dt.date.today()} · machine: {platform.machine()}, "
        f"{platform.python_implementation()} {platform.python_version()}, 2 cores",
        "Positive class = criterion met (ok); 'not ok' columns score the flagged class. Baseline (same run): "
        "specific/measurable = has a digit; time_bound = has a date word; relevant = shares a word with the objective. "
        "Relevant uses the real engine (the SMART default: `kpiguide.suggest.relevance.LinkedRelevance`, threshold 0.3). "
        "Statements analysed with `today=2026-05-10` and no catalog matcher for the rewrite.",
        "",
    ]
    sweep: list = []
    misses: list = []
    kinds: list = []
    if args.halves:

        def compare(lever: str, settings: tuple, apply: Callable[[object], None]) -> None:
            """The pooled counts at today's setting and the lever's (``settings``), in the same run."""
            for setting in settings:
                apply(setting)
                print(f"#### {lever}={setting}")
                print("\n".join(pooled_counts(sets, relevance, today)), flush=True)

        def set_caps(cap: object) -> None:
            relevance.unlinked_confidence = relevance.owner_confidence = cap  # type: ignore[attr-defined]

        if args.reading_cap is not None:
            return compare("reading_cap", (UNLINKED_CONFIDENCE_DEFAULT, args.reading_cap), set_caps)
        if args.function_home is not None:
            setting = ("function_home", (None, args.function_home))
            return compare(*setting, lambda v: setattr(relevance, "function_home", v))
        if args.clause_text is not None:
            setting = ("clause_text", (None, args.clause_text))
            return compare(*setting, lambda v: setattr(relevance, "clause_text", v))
        # rounds 48, 46, 50, 52 and 54: off and the setting, or by threshold
        for lever in ("function_text", "shared_phrase", "home_margin", "objective_words", "home_text"):
            value = getattr(args, lever)
            if value is None:
                continue
            if args.thresholds:
                setattr(relevance, lever, value)
                print("\n".join(threshold_counts(sets, relevance, today, args.thresholds)))
                return
            return compare(lever, (None, value), partial(setattr, relevance, lever))
        if args.stated_pick is not None:
            setting = ("stated_pick", (None, args.stated_pick))
            return compare(*setting, lambda v: setattr(relevance, "stated_pick", v))
        if args.thresholds:
            print("\n".join(threshold_counts(sets, relevance, today, args.thresholds)))
            return
        if args.sibling_object:
            return compare("sibling_object", (False, True), lambda v: setattr(relevance, "sibling_object", v))
        print("\n".join(pooled_counts(sets, relevance, today)))
        return
    for name, path in sets:
        lines += measure(name, path, relevance, today, lexical, sweep, limit, None, None, kinds)
        if name in HALVED and not args.quick:
            for half, role in (("A", "read"), ("B", "check")):
                lines += measure(
                    f"{name} half {half} ({role})", path, relevance, today, lexical, sweep, None, half, misses, kinds
                )
    if args.show_misses:
        for name, label, score, item in misses:
            if name.endswith("half A (read)") and name.removesuffix(" half A (read)") in READ_NOW:
                print(
                    f"MISS {name} label={label} score={score:.2f}: {item['text']!r} -> {item['objective']!r}",
                    file=sys.stderr,
                )
    if sweep:
        lines += sweep_table(sweep, list(dict.fromkeys(row[0] for row in sweep)))
        lines += pooled_table(sweep)
    if any(kind for *_, kind in kinds):
        lines += negative_table(kinds)
    lines.append(
        "The in-sample set was used to tune the analyzer's word lists; held-out 1 (30 statements), held-out 2 "
        "(61 statements, 16 with objectives) and held-out 3 (44 statement/objective pairs) were labelled before "
        "the analyzer ran on them; see the notes below for which sets later changes were designed against. "
        "Held-out 4 (84 pairs, issue 12) was labelled before the linking engine existed; the linking-based relevance "
        "was designed looking at the in-sample set and the demo company's KPIs only. "
        "Held-out 5 (114 pairs, issue 12 round 5) was written and committed before any engine ran on it; the "
        "function-agreement link (and its weight 0.6) was tuned on the in-sample set and held-out 2-4 only (now "
        "development sets), and held-out 5 was run once, at the end. It was written by the same person who then "
        "tuned the engine, so its contents were known while tuning; no pair of it was run or tuned against. "
        "Round 6 (issue 12): every set above, held-out 5 included, is now development data: the false negatives and "
        "false positives of all of them were read and fixed by class (strategy-template wording, driver links, the "
        "foreign-function rule and its confidence 0.6; the threshold stays 0.3, chosen on these sets). The test set "
        "of round 6 is held-out 6 (`tests/fixtures/smart_holdout6.yaml`), labelled by another person before this "
        "round's engine ran on it; it is measured when present and was not looked at while tuning. "
        f"{BEFORE_ROUND_6} {ROUND_7} {ROUND_8} {ROUND_9} {ROUND_10} {ROUND_11} {ROUND_12} {ROUND_14} {ROUND_15} {ROUND_16} "
        f"{ROUND_18} {ROUND_19} {ROUND_20} {ROUND_21} {ROUND_22} {ROUND_23} {ROUND_24} {ROUND_25} {ROUND_26} "
        f"{ROUND_27} {ROUND_28} {ROUND_29} {ROUND_30} {ROUND_31} "
        f"{ROUND_32} {ROUND_33} {ROUND_34} {ROUND_35} {ROUND_36} {ROUND_37} "
        f"{ROUND_38} {ROUND_39} {ROUND_40} {ROUND_41} {ROUND_42} {ROUND_43} {ROUND_44} {ROUND_45} {ROUND_46} "
        f"{ROUND_47} {ROUND_48} {ROUND_49} {ROUND_50} {ROUND_51} {ROUND_52} {ROUND_53} {ROUND_54} {ROUND_55} "
        f"{ROUND_56} {ROUND_57}"
    )
    text = "\n".join(lines) + "\n"
    print(text)
    if not args.quick:
        Path(args.out).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
