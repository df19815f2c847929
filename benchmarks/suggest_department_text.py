"""Round 30's lever check: the suggestion figures with ``IndicatorSuggester(department_text=...)`` off or on, written as
``--halves-json``, and SMART's pooled halves with the same switch as the engine's default.

    python benchmarks/suggest_department_text.py off /tmp/off.json
    python benchmarks/suggest_department_text.py on /tmp/on.json
    python benchmarks/suggest_department_text.py --smart off
    python benchmarks/suggest_department_text.py --smart on

Aimed at the largest pooled class of round 21-30's id-level misses that is not a content gap (b: a department and a
strategy read, the labelled ids ranked 6-30 behind the strategy template's measures;
benchmarks/results/suggest_round30_misses.md): with a department read, the department's own indicator the text
matches best takes place 2 of the list unless it is already in the first five (a fixed rule, no setting chosen; the
place was probed on the halves A only).

Rule, fixed and committed before the judged run (the two suggestion commands and the two SMART commands, same code):
kept (on by default) if, on the pooled halves B of fresh sets 1-21, id hit@5 is not lower in either language and
higher in at least one, and function hit@5 is not lower in either language, against off; and SMART's pooled halves
(``python benchmarks/smart_quality.py --halves``, run here with the switch as the engine's default) have recall and
precision not lower on the halves A and on the halves B, against off. Otherwise off (False). Run once.

Result (commit 7a3037e, then still off by default): pooled halves B id hit@5 zh 0.758 -> 0.764, en 0.776 -> 0.788,
function hit@5 unchanged (0.925 / 0.939); SMART's pooled halves the same (A 293 / 32 / 201, B 301 / 30 / 242): the rule
PASSES, ``department_text`` is on by default since (so ``off`` here is the switch set to False).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from suggest_lever_judge import main

if __name__ == "__main__":
    main("department_text", sys.argv)
