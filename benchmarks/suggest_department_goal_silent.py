"""Round 35's department correction check (the lead's): the suggestion figures with
``IndicatorSuggester(department_goal_silent=...)`` off or on (the round's other switches as merged), written as
``--halves-json``, and SMART's pooled halves with the same switch as the engine's default.

    python benchmarks/suggest_department_goal_silent.py off /tmp/off.json
    python benchmarks/suggest_department_goal_silent.py on /tmp/on.json
    python benchmarks/suggest_department_goal_silent.py --smart off
    python benchmarks/suggest_department_goal_silent.py --smart on

What it corrects (seen as a user on the issue's own example, noted last session; not on a labelled set): the department's
own text match, by which ``department_text`` and ``department_second`` lift the department's indicators into the first
five, counts the words stating a direction (提高, 降低, 'increase', 'reduce'), so in 销售部：公司战略目标是提高市场份额 the
book-to-bill ratio, matched on 提高 alone, takes place 5 ahead of revenue growth. With the switch those words
(``GOAL_WORDS_ZH``, ``GOAL_VERBS_EN``, ``GOAL_MARKS_EN``, as the index reads them) are left out of that match as the
words naming the function already are; the main text match is untouched. A fixed rule, no setting chosen; not probed
on any labelled query before this rule was written.

Rule, fixed and committed before the judged run (the two suggestion commands and the two SMART commands, same code):
a correction, so it is kept (on by default) if, on the pooled halves B of fresh sets 1-25 (round 35's development
halves), function hit@5, id hit@5 and id nDCG@10 are each not lower in either language, against off; and SMART's
pooled halves (``python benchmarks/smart_quality.py --halves``, the switch as the engine's default) have recall and
precision not lower on the halves A and on the halves B, against off. Otherwise off (False). Run once.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from suggest_lever_judge import main

if __name__ == "__main__":
    main("department_goal_silent", sys.argv)
