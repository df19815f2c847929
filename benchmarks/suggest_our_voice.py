"""Round 34's lever check: the suggestion figures with ``IndicatorSuggester(our_voice=...)`` off or on, written as
``--halves-json``, and SMART's pooled halves with the same switch as the engine's default.

    python benchmarks/suggest_our_voice.py off /tmp/off.json
    python benchmarks/suggest_our_voice.py on /tmp/on.json
    python benchmarks/suggest_our_voice.py --smart off
    python benchmarks/suggest_our_voice.py --smart on

Aimed at the strategies read as a job (benchmarks/results/suggest_round34_misses.md: after (b), the department
strategies, the largest class of id-level misses on the halves A that is not a content gap; 30 strategy misses on the
halves A of fresh sets 1-24 with round 33's engine, 16 of them English with a role read by meaning): a text in the
organisation's own voice (a first-person plural: we, our, ours, us, ourselves; 我们, 我司, 咱们) in which no strategy
template is read is not read as a job by meaning or through the word bridge (the industries that reading names are
kept): its words, the roles it names by title and the industries rank. A fixed rule, no setting chosen; probed on the
halves A only before this rule was written (/tmp scripts, not committed: halves A of fresh sets 1-24, off against on,
no half B run): English id hit@5 3 gained (fresh14A strategy_001, fresh23A strategy_005, strategy_006), 1 lost
(fresh2A role_005, a role's duties with 'our'), function hit@5 unchanged, Chinese hits unchanged. Probed before it
and dropped: the same without the 'no strategy template' condition (English 6 gained, 8 lost, function hit@5 3
lost; with or without the reading's industries kept); every goal statement (``states_goal``) not read by meaning
(English strategies 118 -> 112 hits); for (b) itself, the department's third text match in the first five
(``department_third``: 3 gained, 4 lost; with a floor of 0.05 on the match, 2 gained, 2 lost).

Rule, fixed and committed before the judged run (the two suggestion commands and the two SMART commands, same code):
kept (on by default) if, on the pooled halves B of fresh sets 1-24, id hit@5 is not lower in either language and
higher in at least one, and function hit@5 is not lower in either language, against off; and SMART's pooled halves
(``python benchmarks/smart_quality.py --halves``, run here with the switch as the engine's default) have recall and
precision not lower on the halves A and on the halves B, against off. Otherwise off (False). Run once.

Result (run once, at commit ba47cba; function hit@5, id hit@5 / id nDCG@10, off -> on): pooled halves B zh 0.929, 0.777
/ 0.493 -> 0.929, 0.777 / 0.493, en 0.933, 0.798 / 0.492 -> 0.933, 0.794 / 0.491; pooled halves A zh 0.934, 0.799 /
0.502 -> 0.934, 0.799 / 0.501, en 0.948, 0.796 / 0.471 -> 0.948, 0.799 / 0.472 (the off run equals the bookkeeping run
on every figure); (half, language) pairs with id hit@5 changed: en fresh2B, fresh15B higher, en fresh6B, fresh14B,
fresh19B lower (halves A: en fresh14A, fresh23A higher, fresh2A lower, as probed), no Chinese half changed; SMART's
pooled halves identical off and on (A 329 / 39 / 230, B 341 / 37 / 284, TP / FP / FN). English id hit@5 on the halves B
lower: the rule FAILS and ``our_voice`` stays off (False).
"""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kpiguide.suggest.engine import IndicatorSuggester


def set_default(state: str) -> None:
    """The switch as the engine's default (so ``default_suggester()``, which SMART uses, has it too)."""
    if state not in ("off", "on"):
        raise SystemExit("state: off or on")
    defaults = IndicatorSuggester.__init__.__kwdefaults__
    assert defaults is not None
    defaults["our_voice"] = state == "on"


if __name__ == "__main__":
    if sys.argv[1] == "--smart":
        set_default(sys.argv[2])
        import smart_quality

        sys.argv = [sys.argv[0], "--halves"]
        smart_quality.main()
    else:
        set_default(sys.argv[1])
        import suggest_quality

        state, path = sys.argv[1], sys.argv[2]
        sys.argv = [sys.argv[0], "--data", "/work/shared/data/external", "--no-write", "--halves-json", path]
        sys.argv += ["--our-voice", state]
        suggest_quality.main()
