"""Round 50's lever check, a code lever: the suggestion figures with ``IndicatorSuggester(bridge_fusion=...)`` off or
on, written as ``--halves-json``, SMART's pooled halves and the latency at 10,000 indicators with the same switch as the
engine's default, and the verdict of the rule below from the two halves files.

    python benchmarks/suggest_bridge_fusion.py off /tmp/off.json
    python benchmarks/suggest_bridge_fusion.py on /tmp/on.json
    python benchmarks/suggest_bridge_fusion.py --smart off
    python benchmarks/suggest_bridge_fusion.py --smart on
    python benchmarks/suggest_bridge_fusion.py --speed off   # alternately with --speed on, three times each
    python benchmarks/suggest_bridge_fusion.py --speed on
    python benchmarks/suggest_bridge_fusion.py --verdict /tmp/off.json /tmp/on.json   # parts (1) and (2)

Why a code lever, and this one: the round's brief asks for a code lever (archetypes written for the halves A's jobs did
not carry to new jobs) aimed at something that generalises to jobs nobody wrote for, and notes that on the last unseen
set (fresh42) Chinese id hit@5 was 0.66 (BM25 0.46). The largest pooled class of misses is (a), role read wrong or not
read (354 of 466 over rounds 21-50; benchmarks/results/suggest_round50_misses.md); its largest part is (a3) 162,
Chinese texts reading nothing or a wrong role through the word bridge. Eleven of fresh42A's thirteen id-level misses
are Chinese; six are (a3), and four of those read a role through the bridge, each an archetype of another function than
the labels' (an MES engineer for a geographic-information producer, an archivist for a hydrological monitor, a meter
reader for a geophysical prospector, an operations analyst for a hospital's quality strategy), whose pinned indicators
fill the first places while indicators the text's own words match sit at 7-9. Such a reading is weak, so the engine
already fuses its list with the text's own match (round 15's ``text_fusion``, 0.5, one weight for every weak reading).
The switch (``IndicatorSuggester(bridge_fusion=True)``, ``engine._BRIDGE_FUSION``): when the first role read is read
through the bridge, the text match's weight in that fusion is 0.75 instead of 0.5. It reads any Chinese text the same
way; English texts (never bridged) and every other Chinese reading are untouched. Not tried before: no lever changed
the fusion weight for one kind of reading (LEVERS, the ROUND notes of benchmarks/suggest_quality.py and the retired
levers' comments there and in kpiguide/suggest/relevance.py; round 25's stated_fusion (failed) fused stated-strategy
readings that were not fused at all; the bridge's own levers, bridge_weak 21, bridge_agree 27, bridge_rerank 28 and
round 38's bridge_pin, changed which role the bridge reads or whether its indicators are pinned, not the fusion).

Probed on the halves A only before this rule was written (/tmp/kg/h299/probe*.py, not committed; the pooled halves A
of fresh sets 1-42 with id labels, zh 1051 queries, 163 of them read through the bridge, all fused): the form judged
(weight 0.75, the text list 10 deep as now): zh id hit@5 +5 / -2 queries, function hit@5 +4 / -2, id nDCG@10 -0.0017
(pooled over the 1051). Forms probed and not judged (id hit@5 gained / lost, function hit@5 gained / lost, id nDCG@10
change): weight 0.6 +1 / -0, +2 / -2, -0.0004; 0.65 +4 / -2, +3 / -3, -0.0008; 0.85 +6 / -4, +6 / -3, -0.0022; 1.0 +8
/ -6, +7 / -3, -0.0028; 1.5 +8 / -9, +8 / -3, -0.0038; 0.75 with the text list 5 deep +6 / -4, +4 / -4, -0.0028, 20
deep +5 / -2, +4 / -1, -0.0017; every weak Chinese reading (613 fused queries) at 0.75 +7 / -16, at 1.0 +10 / -29, at
1.5 +13 / -44. Also probed and dropped before this one: a bridged role kept only when its function is among the
functions of the text match's first 10 (5, 20) indicators, else nothing read through the bridge (zh id hit@5 +5 / -12;
5: +7 / -17; 20: +2 / -11: the bridge reads medical titles right that the text match does not); a bridged role adding
no industry of its own (+6 / -11).

Rule, fixed and committed before the judged run (round 49's shape, the round's brief): kept (on by default) if all of
these hold, otherwise off (False); run once, reported as measured.
(1) Primary: on the pooled halves B of fresh sets 1-42 the sum of pooled id hit@5 zh + en (the halves JSON's
    4-decimal figures) is higher with the switch on than off.
(2) Tolerance: none of the six figures on the pooled halves B (function hit@5, id hit@5, id nDCG@10; zh and en) is
    lower on than off by more than two queries' worth: a hit rate by more than 2/N (N that language's pooled half-B
    query count: zh 1069, en 1041, the bookkeeping run's), a mean nDCG@10 by more than 0.003; and the same against the
    bookkeeping run's figures (zh 0.9149, 0.7615 / 0.4568, en 0.9135, 0.7858 / 0.4674; its file
    /tmp/kg/h299/before.json): the tolerance lines of ``--verdict /tmp/kg/h299/before.json ON.json`` all 'within'
    (that command's primary line is reported, not judged).
(3) SMART's pooled halves (``python benchmarks/smart_quality.py --halves``, the switch as the engine's default): in
    each half (A and B) TP on not lower than off and FP on not higher than off by more than 1.
(4) Speed (round 43's protocol, c4788d3): with nothing else of this helper's running (no tests),
    ``python benchmarks/suggest_bridge_fusion.py --speed off`` and ``--speed on`` alternately, three times each
    (off, on, off, on, off, on); the median of the three p50s at 10,000 indicators on <= 10 ms and not more than
    1.0 ms above the median of the three off. (Other helpers run a linking retrain and a SMART round on this
    machine: the medians are compared within these alternating runs.)

Result (run once, at commit 4954a05, 14:43-14:54 UTC; /tmp/kg/h299/judge.sh, log /tmp/kg/h299/judged.log; other
helpers' processes on the machine, a linking retrain and a SMART round among them, load average 1.2-2.5 during the
speed runs): (1) pooled halves B of fresh 1-42 id hit@5 zh + en 1.5473 -> 1.5491: higher. (2) function hit@5, id
hit@5 / id nDCG@10, off -> on: zh 0.9149, 0.7615 / 0.4568 -> 0.9139, 0.7633 / 0.4566; en 0.9135, 0.7858 / 0.4674
unchanged; every figure within its tolerance (zh function hit@5 -0.0010 against -0.0019, id nDCG@10 -0.0002 against
-0.0030); zh id hit@5 higher on three halves B (fresh6B 0.7200 -> 0.7600, fresh8B 0.8400 -> 0.8800, fresh21B 0.8077
-> 0.8462), lower on one (fresh13B 0.7391 -> 0.6957); the off run's halves file equals the bookkeeping run's
(/tmp/kg/h299/before.json) in every figure, so ``--verdict /tmp/kg/h299/before.json /tmp/kg/h299/on.json`` printed
the same lines (all within); halves A as probed (zh 0.9115, 0.7878 / 0.4661 -> 0.9134, 0.7907 / 0.4644; en
identical). (3) SMART's pooled halves identical off and on (the whole output the same: A 567 / 63 / 456, B 593 / 65 /
524, TP / FP / FN; sets 1-5 165 / 3 / 6). (4) p50 at 10,000 indicators off / on 4.15 / 4.52, 4.68 / 4.66, 4.72 / 4.53
ms (alternately, 14:49-14:54; nothing else of this helper's running); medians 4.68 ms off, 4.53 ms on: on <= 10 ms
and not above off. Every part holds: the rule PASSES and ``bridge_fusion`` is on (True);
tests/suggest/test_bridge_fusion.py re-pinned with a comment, and one other unit test (test_roles_strategy.py: a
pasted 100 KB customer service duty text, read through the bridge, now lists quality's complaint resolution
satisfaction first and customer service's CSAT second). A small gain (two Chinese queries net on the halves B, three on the halves A) at a small
cost in Chinese function hit@5 on the halves B (one query) and id nDCG@10 (-0.0002 on the halves B, -0.0017 on the
halves A), from a rule that reads any Chinese text read through the bridge the same way.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from suggest_lever_judge import halves_verdict, main

# the pooled half-B query counts per language (the bookkeeping run of round 50: 1069 zh, 1041 en)
N_B = {"zh": 1069, "en": 1041}


def verdict(off: dict, on: dict) -> tuple[bool, list[str]]:
    """Parts (1) and (2) of the rule on two ``--halves-json`` files' contents: (passes, lines to print)."""
    return halves_verdict(off, on, N_B, strict=True, part="(1)")


if __name__ == "__main__":
    main("bridge_fusion", sys.argv, verdict)
