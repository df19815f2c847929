"""Round 51's lever check, a code lever: the suggestion figures with ``IndicatorSuggester(meaning_fusion=...)`` off or
on, written as ``--halves-json``, SMART's pooled halves and the latency at 10,000 indicators with the same switch as the
engine's default, and the verdict of the rule below from the two halves files.

    python benchmarks/suggest_meaning_fusion.py off /tmp/off.json
    python benchmarks/suggest_meaning_fusion.py on /tmp/on.json
    python benchmarks/suggest_meaning_fusion.py --smart off
    python benchmarks/suggest_meaning_fusion.py --smart on
    python benchmarks/suggest_meaning_fusion.py --speed off   # alternately with --speed on, three times each
    python benchmarks/suggest_meaning_fusion.py --speed on
    python benchmarks/suggest_meaning_fusion.py --verdict /tmp/off.json /tmp/on.json   # parts (1) and (2)

Why a code lever, and this one: the round's brief asks for a code lever (archetypes written for the halves A's jobs did
not carry to new jobs) aimed at something that generalises to jobs nobody wrote for, and notes that on the last unseen
set (fresh43) English id hit@5 fell to 0.74 (0.84 on fresh42). The largest pooled class of misses is (a), role read
wrong or not read (366 of 485 over rounds 21-51; benchmarks/results/suggest_round51_misses.md); its parts are (a3) 168,
Chinese texts reading nothing or a wrong role through the bridge, and (a1) 155, English texts reading the wrong
archetype. Round 50's lever already aimed at (a3) in the same way (bridge_fusion) and round 49 probed (a3)'s other form
(nothing read) without gain, so this round takes (a1), the part in which fresh43A's English misses fall: six of its
nine English misses are (a1), five of them a role read by meaning (confidence 0.80, the nearest archetype) of another
function than the labels' (an MES engineer for a MEMS design engineer, a wind and solar operator for a turbine R&D
engineer, a plant manager for a fuel cell stack engineer, an AV engineer for an audiologist, a cold-chain role for a
ski lodge's rooms), whose pinned indicators fill the first places. Such a reading is weak, so the engine already fuses
its list with the text's own match (round 15's ``text_fusion``, 0.5). The switch (``IndicatorSuggester(
meaning_fusion=True)``, ``engine._MEANING_FUSION``, ``engine._MEANING_AGREE``): when the first role read is read by
meaning (not through the bridge: an English text) and the archetype's function is not the function of any of the text
match's first 5 indicators (the text's own words point elsewhere), the text match's weight in that fusion is 0.75
instead of 0.5. It reads any English text the same way; Chinese texts and every other English reading are untouched.
Not tried before: no lever changed the fusion weight of English meaning readings (LEVERS, the ROUND notes of
benchmarks/suggest_quality.py and the retired levers' comments there and in kpiguide/suggest/relevance.py; round 15
chose one weight for every weak reading; round 25's stated_fusion (failed) fused stated-strategy readings; round 50's
bridge_fusion weighs Chinese bridged readings; round 49's meaning_places changed how many of the archetype's
indicators are pinned, not the fusion; the meaning levers meaning_strong 20, meaning_industry 24 and meaning_vote 26
changed which archetype is read or what it adds, not the fusion).

Probed on the halves A only before this rule was written (/tmp/kg/h303/probe.py and probe2.py, not committed; the
pooled halves A of fresh sets 1-43 with id labels, en 1111 queries, 646 of them fused with a role read by meaning; no
Chinese query in that scope): every reading by meaning at 0.75 (no agreement test) en id hit@5 +11 / -14 queries, en
id nDCG@10 -0.0018 (pooled over the 1111); at 0.65 +9 / -14, -0.0006; at 1.0 +14 / -24, -0.0059: dropped. With the
agreement test (the archetype's function not among the text match's first N indicators' functions), id hit@5 gained / lost, en id nDCG@10 change: the form judged, N 5 at 0.75, +8 /
-5, -0.0010 (127 of the 646 lists change their metrics); probed and not judged: N 3 at 0.75 +8 / -8, -0.0018; N 7 at
0.75 +7 / -4, -0.0011; N 10 at 0.75 +5 / -4, -0.0008; N 5 at 0.65 +7 / -6, -0.0004; at 0.85 +9 / -6, -0.0014; N 3 at
1.0 +10 / -12, -0.0041; N 5 at 1.0 +10 / -8, -0.0029; N 3 at 1.5 +14 / -26, -0.0080. Function hit@5 was not probed.

Rule, fixed and committed before the judged run (round 50's shape, the round's brief): kept (on by default) if all of
these hold, otherwise off (False); run once, reported as measured.
(1) Primary: on the pooled halves B of fresh sets 1-43 the sum of pooled id hit@5 zh + en (the halves JSON's
    4-decimal figures) is higher with the switch on than off.
(2) Tolerance: none of the six figures on the pooled halves B (function hit@5, id hit@5, id nDCG@10; zh and en) is
    lower on than off by more than two queries' worth: a hit rate by more than 2/N (N that language's pooled half-B
    query count: zh 1089, en 1059, the bookkeeping run's), a mean nDCG@10 by more than 0.003; and the same against the
    bookkeeping run's figures (zh 0.9155, 0.7640 / 0.4555, en 0.9150, 0.7856 / 0.4665; its file
    /tmp/kg/h303/before.json): the tolerance lines of ``--verdict /tmp/kg/h303/before.json ON.json`` all 'within'
    (that command's primary line is reported, not judged).
(3) SMART's pooled halves (``python benchmarks/smart_quality.py --halves``, the switch as the engine's default): in
    each half (A and B) TP on not lower than off and FP on not higher than off by more than 1.
(4) Speed (round 43's protocol, c4788d3): with nothing else of this helper's running (no tests),
    ``python benchmarks/suggest_meaning_fusion.py --speed off`` and ``--speed on`` alternately, three times each
    (off, on, off, on, off, on); the median of the three p50s at 10,000 indicators on <= 10 ms and not more than
    1.0 ms above the median of the three off. (Other helpers run a linking retrain and a SMART round on this
    machine: the medians are compared within these alternating runs.)

Result (run once, at commit 0178c02, 17:02-17:25 UTC; /tmp/kg/h303/judge.sh, log /tmp/kg/h303/judged.log; the off and
on halves runs side by side, then the two SMART runs side by side, then the speed runs alone; other helpers' processes
on the machine, a linking retrain and a SMART round among them, load average 2.7-4.2 during the speed runs): (1) pooled
halves B of fresh 1-43 id hit@5 zh + en 1.5496 -> 1.5468: NOT higher. (2) function hit@5, id hit@5 / id nDCG@10, off ->
on: zh 0.9155, 0.7640 / 0.4555 unchanged; en 0.9150, 0.7856 / 0.4665 -> 0.9141, 0.7828 / 0.4638: en id hit@5 OUT
(-0.0028 against -0.0019, three queries), en function hit@5 and id nDCG@10 within; en id hit@5 higher on three halves B
(fresh24B, fresh30B, fresh31B), lower on six (fresh4B, fresh8B, fresh10B, fresh15B, fresh19B, fresh33B); the off run's
halves file equals the bookkeeping run's (/tmp/kg/h303/before.json) in every figure, so against it the same (OUT);
halves A as probed (en 0.9271, 0.7777 / 0.4412 -> 0.9298, 0.7804 / 0.4403; zh identical). (3) SMART's pooled halves
identical off and on (the whole output the same: A 590 / 66 / 447, B 623 / 65 / 530, TP / FP / FN; sets 1-5 165 / 3 /
6): holds. (4) p50 at 10,000 indicators off / on 9.51 / 10.49, 10.07 / 12.19, 11.53 / 12.83 ms (alternately,
17:15-17:25; nothing else of this helper's running); medians 10.07 ms off, 12.19 ms on: on above 10 ms and 2.12 ms
above off: fails (the off runs themselves at about twice round 50's 4.68 ms: the machine was loaded by other helpers).
The rule FAILS: ``meaning_fusion`` stays off (False). The three queries gained on the halves A (+8 / -5 probed) became
three lost on the halves B: the agreement test with the text match's first five does not tell a wrong archetype read by
meaning from a right one well enough to carry.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from suggest_lever_judge import halves_verdict, main

# the pooled half-B query counts per language (the bookkeeping run of round 51: 1089 zh, 1059 en)
N_B = {"zh": 1089, "en": 1059}


def verdict(off: dict, on: dict) -> tuple[bool, list[str]]:
    """Parts (1) and (2) of the rule on two ``--halves-json`` files' contents: (passes, lines to print)."""
    return halves_verdict(off, on, N_B, strict=True, part="(1)")


if __name__ == "__main__":
    main("meaning_fusion", sys.argv, verdict)
