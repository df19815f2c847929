"""Round 40's lever check (lead): the suggestion figures with ``IndicatorSuggester(role_owned=...)`` off or on, written
as ``--halves-json``, SMART's pooled halves and the latency with the same switch as the engine's default.

    python benchmarks/suggest_role_owned.py off /tmp/off.json
    python benchmarks/suggest_role_owned.py on /tmp/on.json
    python benchmarks/suggest_role_owned.py --smart off|on
    python benchmarks/suggest_role_owned.py --speed off|on

Aimed at the issue's own Done-when case that still fails: the source article's market-share case, 销售部：公司战略目标是
提高市场份额 and 'Sales department: our strategy is to increase market share', must give both of the article's indicator
kinds, sales growth and new customers acquired, in the first five.  Today the sales growth the article names (the
catalog's general_management.revenue_growth_rate, whose keywords hold 销售增长率 / 'sales growth rate') is 6th in both
languages: a measure of the strategy, but of another function than the department's, so round 33's
``department_second`` moves it to place 6.  The switch: with a department read, the indicators of other functions
that the department's jobs for any company carry as core KPIs in the role library (a sales director's revenue growth
rate and market share; ``role_prior.department_role_kpis``) count as the department's own, both when the stated
strategy's measures are ordered (``strategy_indicators``, which ``kpiguide cascade`` reads too) and when
``department_second`` picks the "foreign" indicator it moves out.  With it on the two cases read market share, share
of wallet, new customers acquired, revenue growth rate (4th in Chinese, 5th in English).

Probed on the halves A only, once, before this rule was written (a /tmp script that reads the pooled halves A of fresh
sets 1-29 and nothing else): function hit@5 zh 0.9257 / en 0.9397 both; id hit@5 zh 0.7892 both, en 0.7785 -> 0.7772
(one query lower: en_fresh9_deptstrategy_005, a finance department under a no-new-debt strategy, loses the debt-to-asset
ratio from the first five); id nDCG@10 zh 0.4860 -> 0.4859, en 0.4580 -> 0.4560.  So this is NOT a lever that raises
the benchmark: it is a correction for a Done-when case, and it is judged by a rule of the shape the 'retain talent'
keywords were judged by (benchmarks/results/suggest_held_changes_rule.md, clause 1 (R)): the primary is the case
itself, the figures may not fall beyond the tolerance.

Rule, fixed and committed before the judged run (all commands at the same commit; the pooled halves B of fresh sets
1-29, 730 zh / 707 en queries, never listed):
1. Primary: with the switch on, both cases (zh and en above) list general_management.revenue_growth_rate and
   sales.new_customer_count in the first five (``kpiguide suggest TEXT --top 5``, the default suggester with the switch
   as its default), and with it off they do not (the case is what moves).
2. Tolerance: none of the six figures on the pooled halves B (function hit@5, id hit@5, id nDCG@10; zh and en) lower by
   more than two queries' worth (2/730 zh, 2/707 en for a hit rate; 0.003 for nDCG@10).
3. SMART: the pooled halves (``--smart off|on``) TP not lower and FP not higher by more than 1 in each half.
4. Speed: p50 at 10,000 indicators (``--speed off`` then ``--speed on``) <= 10 ms with the switch on, and not more than
   1.0 ms above off.
5. The unit tests pass (tests/suggest, tests/benchmarks/test_suggest_rounds.py; a reading the switch moves re-pinned
   only with a comment).
If all hold, ``role_owned`` becomes the default (True); otherwise it stays off and is retired.  Run once.

Result (run once, at commit 2eb1cb6, 00:28-00:37 UTC, load average about 5 on the 2-core machine; function hit@5, id
hit@5 / id nDCG@10, off -> on): (1) the zh case lists market share, share of wallet, new customers acquired, revenue
growth rate (4th), target outlet coverage, the en case the same with revenue growth 5th; off, revenue growth is 6th in
both: holds. (2) pooled halves B zh 0.9274, 0.7712 / 0.4798 -> 0.9274, 0.7726 / 0.4786; en 0.9236, 0.7822 / 0.4820 ->
0.9236, 0.7808 / 0.4818 (zh freshB higher, en fresh3B lower at id hit@5; one query each way): every figure within its
tolerance, holds. (3) SMART's pooled halves identical (A 403 / 49 / 301, B 420 / 42 / 360; sets 1-5 166 / 3 / 5):
holds. (4) p50 10.41 ms off, 9.35 ms on (p95 577 ms off): holds. (5) with the switch on by default, tests/suggest,
tests/benchmarks/test_suggest_rounds.py and tests/cli pass after three readings were re-pinned, each with a comment:
the two article-case pins (revenue growth now 4th, book-to-bill no longer lifted), cascade's market-share objective
(market share first, as the sales jobs carry it) and the supply-chain department under a customer-satisfaction
strategy (the customer complaint rate, which supply chain jobs carry, now first, the other four of the first five the
function's own): holds. The rule PASSES and ``role_owned`` is on (True). Noticed, left alone: in that supply-chain
case a practitioner would rather see delivery satisfaction first; ordering the function's own indicators before the
role-carried ones would keep it first, but that is a different switch, not judged here.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from suggest_lever_judge import main

if __name__ == "__main__":
    main("role_owned", sys.argv)
