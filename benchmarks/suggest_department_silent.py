"""Round 35's second correction check (the lead's): the suggestion figures with
``IndicatorSuggester(department_silent=...)`` off or on (``frame_silent`` on in both, as judged), written as
``--halves-json``, and SMART's pooled halves with the same switch as the engine's default.

    python benchmarks/suggest_department_silent.py off /tmp/off.json
    python benchmarks/suggest_department_silent.py on /tmp/on.json
    python benchmarks/suggest_department_silent.py --smart off
    python benchmarks/suggest_department_silent.py --smart on

What it corrects (seen on a unit test's own example, tests/suggest/test_department_second.py, after ``frame_silent``
passed its judged run; not on a labelled set): with a department read, the words naming its function (人力资源 in
公司战略是保障员工安全，人力资源部门) name the department, not a measure; they are already left out of the department's
own text match (``_department_scores``), but the indicator the text *names* (``_named_first``) was still looked for
with them. Once the frame words were silent there, 人力资源 alone clearly named the HR staffing ratio, which the engine
then put 2nd, the very indicator the issue lists as a wrong answer for an HR text. With the switch, the function's
words are silent for the named indicator too when a department is read. A fixed rule, no setting chosen; not probed
on any labelled query before this rule was written.

Rule, fixed and committed before the judged run (the two suggestion commands and the two SMART commands, same code):
a correction, so it is kept (on by default) if, on the pooled halves B of fresh sets 1-24, function hit@5, id hit@5 and
id nDCG@10 are each not lower in either language, against off (``frame_silent`` on in both); and SMART's pooled halves
(``python benchmarks/smart_quality.py --halves``, run here with the switch as the engine's default) have recall and
precision not lower on the halves A and on the halves B, against off. Otherwise off (False), and ``frame_silent`` is
then weighed again by the lead as a user would (it passed its own rule). Run once.
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from suggest_lever_judge import main

if __name__ == "__main__":
    main("department_silent", sys.argv)
