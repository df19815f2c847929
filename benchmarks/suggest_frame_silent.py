"""Round 35's correction check (the lead's): the suggestion figures with ``IndicatorSuggester(frame_silent=...)`` off
or on, written as ``--halves-json``, and SMART's pooled halves with the same switch as the engine's default.

    python benchmarks/suggest_frame_silent.py off /tmp/off.json
    python benchmarks/suggest_frame_silent.py on /tmp/on.json
    python benchmarks/suggest_frame_silent.py --smart off
    python benchmarks/suggest_frame_silent.py --smart on

What it corrects (seen as a user, on the issue's own example, not on a labelled set): when a strategy is read, the words
that frame the statement (公司战略目标是…, "our strategy is", ``STRATEGY_WORDS``) are left out of the text match
(``strategy_terms_``), but the indicator the text *names* (``_named_first``: the indicator whose name or keywords the
text clearly states keeps a place in the first results) was still looked for with them, so 销售部：公司战略目标是提高市场份额
gives the strategic objective achievement rate 2nd, matched on 战略目标 alone: the issue lists that very indicator
among the wrong answers to this example. With the switch the framing words are silent there too (one code path, the
same word set). A fixed rule, no setting chosen; not probed on any labelled query before this rule was written.

Rule, fixed and committed before the judged run (the two suggestion commands and the two SMART commands, same code):
this is a correction of a reading the issue names as wrong rather than a lever aimed at a gain, so it is kept (on by
default) if, on the pooled halves B of fresh sets 1-24 (the development halves of this worktree's main, before round
35's bookkeeping), function hit@5, id hit@5 and id nDCG@10 are each not lower in either language, against off; and
SMART's pooled halves (``python benchmarks/smart_quality.py --halves``, run here with the switch as the engine's
default) have recall and precision not lower on the halves A and on the halves B, against off. Otherwise off (False).
Run once.

Result (run once, at commit 9a8fd0e; function hit@5, id hit@5 / id nDCG@10, off -> on): pooled halves B zh 0.9286,
0.7774 / 0.4933 -> 0.9286, 0.7791 / 0.4959, en 0.9331, 0.7976 / 0.4924 -> 0.9331, 0.7976 / 0.4935; pooled halves A zh
0.9337, 0.7994 / 0.5017 -> 0.9337, 0.7994 / 0.5018, en 0.9482, 0.7959 / 0.4706 both; (half, language) pairs with id
hit@5 changed: zh fresh14B higher; SMART's pooled halves identical off and on (A 341 / 41 / 236, B 354 / 39 / 303, TP
/ FP / FN). No figure lower: the rule PASSES and ``frame_silent`` is on (True).

Seen as a user afterwards: the issue's example now gives market share, share of wallet, new customers, outlet coverage,
book-to-bill, revenue growth (6th); 财务部 / IT部门 / 市场部 with 公司战略目标是… lose the strategic objective achievement
rate at place 2 the same way. A side effect showed on a unit test's example: with the frame words silent, the function
name in 公司战略是保障员工安全，人力资源部门 (and in "HR department: our strategy is to attract and retain talent") alone
names the HR staffing ratio, put 2nd. A second correction for it, ``department_silent`` (the words naming the read
department's function silent for the named indicator too), had its rule fixed and committed first (commit 4558c38,
``benchmarks/suggest_department_silent.py``: no figure lower on the pooled halves B) and was judged once: id hit@5
unchanged, function hit@5 unchanged, id nDCG@10 zh 0.4959 -> 0.4947, en 0.4935 -> 0.4927 (halves A zh 0.5018 -> 0.5000,
en 0.4706 -> 0.4707): nDCG@10 lower, so it FAILS, its SMART runs were not needed and were stopped, and it was removed
(commit 4558c38 reproduces the run). The side effect stays, disclosed; ``frame_silent`` stays on by its own rule.

A third cure, after round 35's bookkeeping and department_meaning were merged: ``frame_unscaled`` (the label match that
decides the named indicator scaled by the norm of the label weight the frame words leave, instead of re-normalised),
rule committed first (commit 53395a7, ``benchmarks/suggest_frame_unscaled.py``: no figure lower on the pooled halves B
of fresh 1-25, SMART not lower), judged once: halves B id hit@5 zh 0.7796 -> 0.7780 (fresh14B lower), en 0.8082 both,
id nDCG@10 zh 0.4947 -> 0.4924, en 0.5106 -> 0.5096, function hit@5 unchanged, SMART identical: it FAILS and was
removed (53395a7 reproduces the run). It did cure both HR examples; the query it loses on the halves B is the one
``frame_silent`` gained.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from suggest_lever_judge import main

if __name__ == "__main__":
    main("frame_silent", sys.argv)
