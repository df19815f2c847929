"""Round 49's lever check, a code lever: the suggestion figures with ``IndicatorSuggester(meaning_places=...)`` off or
on, written as ``--halves-json``, SMART's pooled halves and the latency at 10,000 indicators with the same switch as the
engine's default, and the verdict of the rule below from the two halves files.

    python benchmarks/suggest_meaning_places.py off /tmp/off.json
    python benchmarks/suggest_meaning_places.py on /tmp/on.json
    python benchmarks/suggest_meaning_places.py --smart off
    python benchmarks/suggest_meaning_places.py --smart on
    python benchmarks/suggest_meaning_places.py --speed off   # alternately with --speed on, three times each
    python benchmarks/suggest_meaning_places.py --speed on
    python benchmarks/suggest_meaning_places.py --verdict /tmp/off.json /tmp/on.json   # parts (1) and (2)

Why a code lever, and this one: the round's brief asks for a code lever (archetypes written for the halves A's jobs did
not carry to new jobs) aimed at something that generalises to jobs nobody wrote for, and notes that on the last unseen
set (fresh41) English id nDCG@10 (0.350) was far below the pooled development halves' (~0.47). The largest pooled class
of misses is (a), role read wrong or not read (345 of 453 over rounds 21-49; benchmarks/results/suggest_round49_misses.md);
its parts are (a3) 156, Chinese texts reading nothing or a wrong role through the bridge, and (a1) 149, English roles
read wrong by meaning. Round 48's duty_vote was aimed at (a3); the (a3) misses of fresh41A read nothing, and a probe
aimed at them (the function the text's best matches share most, boosted, when nothing is read) moved nothing at id
level (halves A zh id hit@5 +2 / -2 queries). This lever is aimed at (a1), and at (c) (the one of this round: a
maintenance fitter read right by meaning, the repair duty's MTTR 7th behind the archetype's core KPIs): an English
role read by meaning is the nearest archetype, often of a job the library does not hold (three of fresh41A's four
(a1) misses), yet the engine pins all but one of the first ten to what that reading knows (the role's core KPIs, a read
strategy's measures), so the indicators the job's own duties name never reach the first five unless the archetype
carries them. The switch (``IndicatorSuggester(meaning_places=True)``, ``engine._MEANING_PINS``): in an English text in
which a role is read, none by its title, and no department (in practice a role read by meaning), at most 4 of those
indicators are pinned; the places after them are ranked by the text match and the same prior together (the engine's
own ``final`` score, as the places after the pinned ones always were). It reads any English job text the same way;
Chinese texts and texts read by a title or a department are untouched. Not tried before: no lever changed how many of a
read role's indicators are pinned (LEVERS, the ROUND notes of benchmarks/suggest_quality.py and the retired levers'
comments there and in kpiguide/suggest/relevance.py; round 23's meaning pin floor (_MEANING_PIN, failed) pins nothing
below a cosine, round 32's role_duties filled a bare title's list after its core KPIs, rounds 30, 33 and 42 lift the
text's best match for a department or a strategy, not for a role).

Probed on the halves A only before this rule was written (/tmp/kg/h293/probe.py, /tmp/kg/h293/probe2.py, not
committed: the engine's _rank patched, each query of the pooled halves A of fresh sets 1-41 with id labels, zh 1024 /
en 1054; the patched engine with the switch off equals the bookkeeping run's figures). The form judged (scope: English,
a role read, none named, no department; 4 pinned): en id hit@5 0.7732 -> 0.7761 (+4 / -1 queries), id nDCG@10 0.4482
-> 0.4465; Chinese identical (out of scope). Forms probed and not judged (id hit@5 of the halves A, queries gained /
lost; id nDCG@10): 5 pinned en +1 / -0 (0.4475), 3 pinned en +7 / -4 (0.4450), 2 pinned not run to its end; the same
scope in both languages, 4 pinned, zh +0 / -2; every reading (titles and departments too), 5 pinned, zh +1 / -2, en +1
/ -0; the known indicators ordered with the text match weighing 1.0 instead of 0.3, all readings: zh +0 / -5, en +1 /
-5 (nDCG@10 up 0.0023 / 0.0017), for unnamed readings only zh +0 / -5, en +0 / -5; the text's best match lifted to
place 2 (round 42's lift) for the same English scope +6 / -7, to place 5 +2 / -2; the function vote above (nothing
read: the function of the largest summed text score among the first 30 boosted as a named function) zh +2 / -2, en
+0 / -0.

Rule, fixed and committed before the judged run (round 48's shape, the round's brief): kept (on by default) if all of
these hold, otherwise off (False); run once, reported as measured.
(1) Primary: on the pooled halves B of fresh sets 1-41 the sum of pooled id hit@5 zh + en (the halves JSON's
    4-decimal figures) is higher with the switch on than off.
(2) Tolerance: none of the six figures on the pooled halves B (function hit@5, id hit@5, id nDCG@10; zh and en) is
    lower on than off by more than two queries' worth: a hit rate by more than 2/N (N that language's pooled half-B
    query count: zh 1046, en 1016, the bookkeeping run's), a mean nDCG@10 by more than 0.003; and the same against the
    bookkeeping run's figures (zh 0.9149, 0.7620 / 0.4589, en 0.9163, 0.7854 / 0.4693; its file
    /tmp/kg/h293/before.json): the tolerance lines of ``--verdict /tmp/kg/h293/before.json ON.json`` all 'within'
    (that command's primary line is reported, not judged).
(3) SMART's pooled halves (``python benchmarks/smart_quality.py --halves``, the switch as the engine's default): in
    each half (A and B) TP on not lower than off and FP on not higher than off by more than 1.
(4) Speed (round 43's protocol, c4788d3): with nothing else of this helper's running (no tests),
    ``python benchmarks/suggest_meaning_places.py --speed off`` and ``--speed on`` alternately, three times each
    (off, on, off, on, off, on); the median of the three p50s at 10,000 indicators on <= 10 ms and not more than
    1.0 ms above the median of the three off. (Other helpers run a linking retrain and a SMART round on this
    machine: the medians are compared within these alternating runs.)

Result (run once, at commit 9a2ea70, 13:58-14:12 UTC; /tmp/kg/h293/judge.sh, log /tmp/kg/h293/judged.log; other
helpers' processes on the machine, a linking retrain and a SMART round among them, load average 4.37 at 13:58, 3.05 at
14:12): (1) pooled halves B of fresh 1-41 id hit@5 zh + en 1.5474 -> 1.5484: higher. (2) function hit@5, id hit@5 /
id nDCG@10, off -> on: zh 0.9149, 0.7620 / 0.4589 -> the same; en 0.9163, 0.7854 / 0.4693 -> 0.9154, 0.7864 / 0.4681;
every figure within its tolerance (en function hit@5 -0.0009 against -0.0020, id nDCG@10 -0.0012 against -0.0030); en
id hit@5 higher on three halves B (fresh4B 0.7917 -> 0.8333, fresh13B 0.7000 -> 0.7333, fresh15B 0.6190 -> 0.6667),
lower on two (fresh11B 0.9048 -> 0.8571, fresh21B 0.7000 -> 0.6667); the off run's halves file equals the bookkeeping
run's (/tmp/kg/h293/before.json) in every figure, so ``--verdict /tmp/kg/h293/before.json /tmp/kg/h293/on.json``
printed the same lines (all within); halves A as probed (en 0.9260, 0.7732 / 0.4482 -> 0.9269, 0.7761 / 0.4465; zh
identical). (3) SMART's pooled halves identical off and on (the whole output the same: A 554 / 62 / 448, B 569 / 61 /
518, TP / FP / FN; sets 1-5 165 / 3 / 6). (4) p50 at 10,000 indicators off / on 4.19 / 4.34, 4.22 / 4.74, 4.37 / 4.35
ms (alternately, 14:06-14:12; load average about 3.0; nothing else of this helper's running); medians 4.22 ms off,
4.35 ms on: on <= 10 ms and 0.13 ms above off. Every part holds: the rule PASSES and ``meaning_places`` is on (True);
tests/suggest/test_meaning_places.py re-pinned with a comment, no other unit test moved. A small gain (one English
query net on the halves B, three on the halves A) at a small cost in English id nDCG@10 (-0.0012 on the halves B,
-0.0017 on the halves A), from a rule that reads any English job text the same way.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from suggest_lever_judge import halves_verdict, main

# the pooled half-B query counts per language (the bookkeeping run of round 49: 1046 zh, 1016 en)
N_B = {"zh": 1046, "en": 1016}


def verdict(off: dict, on: dict) -> tuple[bool, list[str]]:
    """Parts (1) and (2) of the rule on two ``--halves-json`` files' contents: (passes, lines to print)."""
    return halves_verdict(off, on, N_B, strict=True, part="(1)")


if __name__ == "__main__":
    main("meaning_places", sys.argv, verdict)
