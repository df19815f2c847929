"""Round 35's follow-up correction check (the lead's): the suggestion figures with
``IndicatorSuggester(frame_unscaled=...)`` off or on (``frame_silent`` and ``department_meaning`` on in both, as
judged), written as ``--halves-json``, and SMART's pooled halves with the same switch as the engine's default.

    python benchmarks/suggest_frame_unscaled.py off /tmp/off.json
    python benchmarks/suggest_frame_unscaled.py on /tmp/on.json
    python benchmarks/suggest_frame_unscaled.py --smart off
    python benchmarks/suggest_frame_unscaled.py --smart on

What it corrects (seen on hand examples after ``frame_silent`` passed its judged run; not on a labelled set): the
label match that decides the indicator a text *names* is re-normalised once the frame words are silent, so the rest of
a short statement counts for more than it did in the whole text. 人力资源 alone in 公司战略是保障员工安全，人力资源部门
then reaches the naming bar for the HR staffing ratio (0.31 against 0.3; 0.26 with the frame words), and so does "HR"
in "HR department: our strategy is to attract and retain talent": the engine puts it 2nd, an indicator the issue lists
as a wrong answer for HR texts. With the switch the label match is scaled by the norm of the label weight the frame
words leave, so silencing them removes their evidence without lending it to the other words. A fixed rule, no setting
chosen; not probed on any labelled query before this rule was written. (Round 35's ``department_silent``, a different
cure for the same side effect, failed its rule and was removed.)

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
    main("frame_unscaled", sys.argv)
