"""Round 37's lever check: the suggestion figures with ``IndicatorSuggester(named_department=...)`` off or on, written
as ``--halves-json``, SMART's pooled halves and the latency at 10,000 indicators with the same switch as the engine's
default.

    python benchmarks/suggest_named_department.py off /tmp/off.json
    python benchmarks/suggest_named_department.py on /tmp/on.json
    python benchmarks/suggest_named_department.py --smart off
    python benchmarks/suggest_named_department.py --smart on
    python benchmarks/suggest_named_department.py --speed off   # then at once:
    python benchmarks/suggest_named_department.py --speed on

A correction of the side effect round 35's ``frame_silent`` left (benchmarks/results/suggest_round37_misses.md; the
user-visible weak spot of the brief): with the words framing a strategy silent, the words naming the department read
in the query named a measure instead, so 公司战略是保障员工安全，人力资源部门 and 'HR department: our strategy is to
attract and retain talent' put the HR staffing ratio 2nd (named by 人力资源 / 'hr') and 'Strategy: build the brand.
Department: legal' put the brand spend share 2nd. With the switch, when a department is read, the indicator the text
*names* (``_named_first``, which keeps place 2) is looked for in the text without the part that names the department
(the rest ``_department`` reads the strategy from, its framing words silent as before), unless that part is longer
than the rest (then the text as before: 公司战略是每月的质量数据分析报告在次月五日前发到各部门，质量部门 is read as a department
named at its head); in an English text so read, the named indicator keeps its place only when it is the department's
own ('brand' in a legal department's strategy names the brand spend share, a marketing measure). Nothing else changes:
the department's function, the strategy, the text match that fills the list are as before. A fixed rule, no setting
chosen. With it the three texts above name nothing: their first five are the strategy's and the department's
indicators.

Probed on the halves A only before this rule was written (/tmp scripts, not committed; halves A of fresh sets 1-27,
function hit@5 / nDCG@10, id hit@5 / id nDCG@10, off -> on), four forms in this order. (1) With a department read,
the words naming its function silent in the named lookup wherever they stand: zh id nDCG@10 0.4904 -> 0.4885 (采购人员都要
取得专业资格证书，采购部门 lost the buyer certification rate the text names; the function's name is often part of the
measure's name). (2) As (1), and a named indicator of another function than the department's not kept: zh id hit@5
0.7933 -> 0.7889 (3 lost), zh function hit@5 0.9301 -> 0.9287. (3) The text without the department's part
without the length guard: zh id hit@5 0.7933 -> 0.7918 (公司战略是每月的质量数据分析报告…发到各部门，质量部门: the
head read as the department, the rest only 质量部门; a guard of 30 characters left out did not catch it); with the
guard (the part left out no longer than the rest): 6 lists changed, no hit changed, zh
function hit@5 0.9301, id hit@5 0.7933 / nDCG@10 0.4904 unchanged, en function hit@5 0.9422, id hit@5 0.7842
unchanged, en id nDCG@10 0.4649 -> 0.4651; but 'Strategy: build the brand. Department: legal' still put the brand spend
share 2nd (named by the strategy's own word). (4) (3) with the guard, and in English the named indicator kept only
when it is the department's own (this switch; form (2)'s losses were all Chinese): 13 lists changed, no hit changed
at either level, zh identical to (3), en function hit@5 0.9422 and id hit@5 0.7842 unchanged, en id nDCG@10 0.4649 ->
0.4656, en function nDCG@10 0.5116 -> 0.5123.

Rule, fixed and committed before the judged run (the two suggestion commands, the two SMART commands and the two speed
commands, same code), the brief's rule for a correction of the side effect: kept (on by default) if, on the pooled
halves B of fresh sets 1-27, no suggestion figure is lower in either language against off (function hit@5, id hit@5
and id nDCG@10, zh and en, as the halves JSON holds them, 4 decimals); SMART's pooled halves (``python
benchmarks/smart_quality.py --halves``, the switch as the engine's default) have recall and precision not lower on the
halves A and on the halves B, against off; and the speed check (``python benchmarks/suggest_speed.py --data
/work/shared/data/external --sizes 10000 --no-write``, the switch as the engine's default, run off and then on, one
right after the other) gives p50 on <= 10 ms and not more than 1.0 ms above off. Otherwise off (False). Run once.

Result (run once, at commit 3caf8fd; function hit@5, id hit@5 / id nDCG@10, off -> on): pooled halves B zh 0.927, 0.7775
/ 0.4855 -> 0.927, 0.7789 / 0.4860, en 0.927, 0.7852 / 0.4890 -> 0.927, 0.7852 / 0.4888; pooled halves A zh identical,
en id nDCG@10 0.4649 -> 0.4656, the rest identical, as probed (the off run's halves JSON equals the bookkeeping run's);
(half, language) pairs with id hit@5 changed: zh fresh25B 0.7917 -> 0.8333, no other; SMART's pooled halves identical
off and on (A 365 / 48 / 264, B 376 / 40 / 329, TP / FP / FN); speed p50 at 10,000 indicators 10.06 ms off, 12.12 ms on,
one after the other (p95 558 / 728 ms; load average about 4 on the 2-core machine shared with other jobs; the off run,
the first, built its index in 16.7 s against 1.4 s). English id nDCG@10 on the halves B is lower (0.4890 -> 0.4888) and
p50 on is above 10 ms and more than 1.0 ms above off: the rule FAILS and ``named_department`` stays off (False).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from suggest_lever_judge import main

if __name__ == "__main__":
    main("named_department", sys.argv)
