"""Round 48's lever check, a code lever: the suggestion figures with ``IndicatorSuggester(duty_vote=...)`` off or on,
written as ``--halves-json``, SMART's pooled halves and the latency at 10,000 indicators with the same switch as the
engine's default, and the verdict of the rule below from the two halves files.

    python benchmarks/suggest_duty_vote.py off /tmp/off.json
    python benchmarks/suggest_duty_vote.py on /tmp/on.json
    python benchmarks/suggest_duty_vote.py --smart off
    python benchmarks/suggest_duty_vote.py --smart on
    python benchmarks/suggest_duty_vote.py --speed off   # alternately with --speed on, three times each
    python benchmarks/suggest_duty_vote.py --speed on
    python benchmarks/suggest_duty_vote.py --verdict /tmp/off.json /tmp/on.json   # parts (1) and (2)

Why a code lever, and this one: the round's brief asks for a code lever (the test runs of rounds 45 and 46 showed that
archetypes written for the halves A's jobs do not carry to new jobs) aimed at something that generalises to jobs nobody
wrote for. The largest pooled class of misses is (a), role read wrong or not read (336 of 440 over rounds 21-48;
benchmarks/results/suggest_round48_misses.md), and its largest part is (a3), 151: Chinese texts that read no role, or a
wrong one through the word bridge. Two of fresh40A's four (a3) misses read nothing at all and a third only a
strategy area (0.20); all three are lists of duties (铸管 inspection, 耳机 testing, 地质样品 preparation). The engine reads a text's duties one by one only after a
title that names a role (``RoleRecognizer.recognize``, the clause loop); a text that names none is matched as a whole,
where the words of several duties dilute each other, and read by meaning (English) or through the word bridge
(Chinese) if at all. The switch (``IndicatorSuggester(duty_vote=True)``, ``RoleRecognizer.by_duties``): a text of two or
more duties (the engine's own clause split) in which nothing is read (no role, no department, no strategy, after the
meaning and bridge readings) takes the role most of its duties describe, each duty matched on its own as the duties
after a title are (the best role at least ``_CLAUSE_MATCH`` and usable in the industries read), as a described role
(no surface, confidence as a duty's described role); a tie between two roles reads nothing. It reads any job's duties
the same way, in either language (an English text is nearly always read by meaning before it, so in practice Chinese).
Not tried before: no lever read the duties of a text that names no role (LEVERS, the ROUND notes of
benchmarks/suggest_quality.py, the retired levers' comments there and in kpiguide/suggest/relevance.py; round 21's
bridge_weak, 27's bridge_agree and 28's bridge_rerank changed the word bridge, round 26's meaning_vote votes
industries by meaning, round 47's employer_out the text the meaning reading reads).

Probed on the halves A only before this rule was written (/tmp/kg/h289/probe_a.py and /tmp/kg/h289/diag_vote.py, not
committed: suggest_quality.py restricted to the pooled halves A of fresh sets 1-40, zh 998 / en 1027 queries). The form
judged: zh function hit@5 0.9148 -> 0.9148, id hit@5 0.7916 -> 0.7936 (+2 queries: 3 gained, fresh14A, fresh15A,
fresh17A, 1 lost, fresh23A), id nDCG@10 0.4723 -> 0.4727; English identical; 15 Chinese texts change their reading
(e.g. a coating inspection task read as the laboratory technician, a turbine test task as the instrument technician;
some wrongly: a postal sorting task as the e-mail marketer, a surveying description as a regional sales manager); none
of fresh40A's misses is among them (their duties tie or match no role closely enough).
Forms probed and not judged (diag_vote.py, id hit@5 of the halves A, queries gained / lost): at least two duties for
the same role: 1 Chinese text changed, 0 / 0; a plurality of at least one duty, strategies read or not: 22 changed, 3 /
2 (the form judged leaves out texts with a strategy area read: 15 changed, 3 / 1); the same with a floor of 0.35: 2
changed, 0 / 0; English: no text changed in any form. A different lever was probed
first and dropped (a role named only in the duties of a "<title>: <duties>" text whose head names no role not read,
the court stenographer of round 47's misses: 6 texts of the halves A changed, en id hit@5 +1 / -1, zh 0 / 0).

Rule, fixed and committed before the judged run (round 47's shape, the round's brief): kept (on by default) if all of
these hold, otherwise off (False); run once, reported as measured.
(1) Primary: on the pooled halves B of fresh sets 1-40 the sum of pooled id hit@5 zh + en (the halves JSON's
    4-decimal figures) is higher with the switch on than off.
(2) Tolerance: none of the six figures on the pooled halves B (function hit@5, id hit@5, id nDCG@10; zh and en) is
    lower on than off by more than two queries' worth: a hit rate by more than 2/N (N that language's pooled half-B
    query count: zh 1022, en 993, the bookkeeping run's), a mean nDCG@10 by more than 0.003; and the same against the
    bookkeeping run's figures (zh 0.9159, 0.7622 / 0.4599, en 0.9194, 0.7865 / 0.4727; its file
    /tmp/kg/h289/before.json): the tolerance lines of ``--verdict /tmp/kg/h289/before.json ON.json`` all 'within'
    (that command's primary line is reported, not judged).
(3) SMART's pooled halves (``python benchmarks/smart_quality.py --halves``, the switch as the engine's default): in
    each half (A and B) TP on not lower than off and FP on not higher than off by more than 1.
(4) Speed (round 43's protocol, c4788d3): with nothing else of this helper's running (no tests),
    ``python benchmarks/suggest_duty_vote.py --speed off`` and ``--speed on`` alternately, three times each
    (off, on, off, on, off, on); the median of the three p50s at 10,000 indicators on <= 10 ms and not more than
    1.0 ms above the median of the three off. (Other helpers may run a linking retrain and a SMART round on this
    machine: the medians are compared within these alternating runs.)

Result (run once, at commit 3383970, 11:51-12:02 UTC; /tmp/kg/h289/judge.sh, log /tmp/kg/h289/judged.log; other
helpers' processes on the machine, load average 5.17 at 11:49, 1.26 at 12:02): (1) pooled halves B of fresh 1-40
id hit@5 zh + en 1.5487 -> 1.5497: higher. (2) function hit@5, id hit@5 / id nDCG@10, off -> on: zh 0.9159, 0.7622 /
0.4599 -> 0.9159, 0.7632 / 0.4599; en 0.9194, 0.7865 / 0.4727 -> the same; every figure within its tolerance; zh id
hit@5 higher on three halves B (fresh15B 0.7143 -> 0.7619, fresh23B 0.8148 -> 0.8519, fresh24B 0.6522 -> 0.6957),
lower on two (fresh2B 0.9091 -> 0.8788, fresh28B 0.8261 -> 0.7826); the off run's halves file equals the bookkeeping
run's (/tmp/kg/h289/before.json) in every figure, so ``--verdict /tmp/kg/h289/before.json /tmp/kg/h289/on.json``
printed the same lines (all within); halves A as probed. (3) SMART's pooled halves identical off and on (A 531 / 66 /
422, B 548 / 59 / 486, TP / FP / FN; sets 1-5 166 / 3 / 5). (4) p50 at 10,000 indicators off / on 7.83 / 3.84, 4.17 /
4.03, 4.07 / 4.23 ms (alternately, 11:57-12:02; load average 2.9 falling to 1.3; nothing else of this helper's
running); medians 4.17 ms off, 4.03 ms on: on <= 10 ms and not above off. Every part holds: the rule PASSES and
``duty_vote`` is on (True); tests/suggest/test_duty_vote.py re-pinned with a comment, no other unit test moved. A small
gain (one Chinese query net on the halves B, two on the halves A) from a rule that reads any job's duties the same way.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from suggest_lever_judge import halves_verdict, main

# the pooled half-B query counts per language (the bookkeeping run of round 48: 1022 zh, 993 en)
N_B = {"zh": 1022, "en": 993}


def verdict(off: dict, on: dict) -> tuple[bool, list[str]]:
    """Parts (1) and (2) of the rule on two ``--halves-json`` files' contents: (passes, lines to print)."""
    return halves_verdict(off, on, N_B, strict=True, part="(1)")


if __name__ == "__main__":
    main("duty_vote", sys.argv, verdict)
