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
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from suggest_lever_judge import main

if __name__ == "__main__":
    main("frame_silent", sys.argv)
