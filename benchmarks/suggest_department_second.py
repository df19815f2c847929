"""Round 33's lever check: the suggestion figures with ``IndicatorSuggester(department_second=...)`` off or on, written
as ``--halves-json``, and SMART's pooled halves with the same switch as the engine's default.

    python benchmarks/suggest_department_second.py off /tmp/off.json
    python benchmarks/suggest_department_second.py on /tmp/on.json
    python benchmarks/suggest_department_second.py --smart off
    python benchmarks/suggest_department_second.py --smart on

Aimed at the largest pooled class of rounds 21-33's id-level misses that is not a content gap (b: a department and / or
a strategy read, the labelled ids ranked 6-30; benchmarks/results/suggest_round33_misses.md): with a department read,
the department's own usable indicator the text matches second best (the match round 30's ``department_text`` lifts its
best by) takes the place of the last indicator of another function in the first five, which moves to place 6 (the
department's own indicators keep their places; nothing moves when it is already in the first five, when the text
matches fewer than two of the department's indicators or when the first five are all the department's). A fixed rule,
no setting chosen; probed on the halves A only before this rule was written (a /tmp script, not committed: halves A of
fresh sets 1-23, id hit@5 en 0.7964 -> 0.7980, zh 0.7953 -> 0.8003, 4 gained, none lost, function hit@5 unchanged;
two variants probed before it, both lost queries on the halves A and were dropped: dropping a template read below
0.5 when a department is read, en 0.7964 -> 0.7882; the second match at place 2, 3 or 5 whatever it displaces, en
0.7964 -> 0.7947, zh 0.7953 -> 0.8003).

Rule, fixed and committed before the judged run (the two suggestion commands and the two SMART commands, same code):
kept (on by default) if, on the pooled halves B of fresh sets 1-23, id hit@5 is not lower in either language and
higher in at least one, and function hit@5 is not lower in either language, against off; and SMART's pooled halves
(``python benchmarks/smart_quality.py --halves``, run here with the switch as the engine's default) have recall and
precision not lower on the halves A and on the halves B, against off. Otherwise off (False). Run once.

Result (run once, at commit f387bff; function hit@5, id hit@5 / id nDCG@10, off -> on): pooled halves B zh 0.929,
0.784 / 0.497 -> 0.929, 0.784 / 0.498, en 0.941, 0.802 / 0.496 -> 0.941, 0.807 / 0.498; pooled halves A zh 0.936,
0.795 / 0.502 -> 0.936, 0.800 / 0.504, en 0.949, 0.796 / 0.470 -> 0.949, 0.798 / 0.472 (the off run equals the
bookkeeping run on every figure); (half B, language) pairs with id hit@5 changed: en fresh2B, fresh3B, fresh10B,
fresh17B higher, en fresh5B lower, no Chinese half B changed; SMART's pooled halves identical off and on (A 315 / 36 /
227, B 321 / 36 / 271, TP / FP / FN). Id hit@5 higher in English and not lower in Chinese, function hit@5 not lower,
SMART not lower: the rule PASSES and ``department_second`` is on (True).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from suggest_lever_judge import main

if __name__ == "__main__":
    main("department_second", sys.argv)
