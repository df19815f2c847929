"""Round 32's lever check: the suggestion figures with ``IndicatorSuggester(department_frame=...)`` off or on, written as
``--halves-json``, and SMART's pooled halves with the same switch as the engine's default.

    python benchmarks/suggest_department_frame.py off /tmp/off.json
    python benchmarks/suggest_department_frame.py on /tmp/on.json
    python benchmarks/suggest_department_frame.py --smart off
    python benchmarks/suggest_department_frame.py --smart on

Aimed at the largest pooled class of round 21-32's id-level misses that is not a content gap (b: a department and / or
a strategy read, the labelled ids ranked 6-30; benchmarks/results/suggest_round32_misses.md): when a department is read
and no strategy template is ('Strategy: faster time to market. Department: HR'), the words framing the statement
(strategy, company, department, 公司, 战略, 部门: the words a read strategy already leaves out) are left out of the text
match too (a fixed rule, no setting chosen; probed on the halves A only).

Rule, fixed and committed before the judged run (the two suggestion commands and the two SMART commands, same code):
kept (on by default) if, on the pooled halves B of fresh sets 1-22, id hit@5 is not lower in either language and
higher in at least one, and function hit@5 is not lower in either language, against off; and SMART's pooled halves
(``python benchmarks/smart_quality.py --halves``, run here with the switch as the engine's default) have recall and
precision not lower on the halves A and on the halves B, against off. Otherwise off (False). Run once.

Result (commit cbdc8a8): pooled halves B id hit@5 unchanged (zh 0.781, en 0.799), function hit@5 unchanged (0.931 /
0.944); halves A en id hit@5 0.794 -> 0.799; SMART's pooled halves the same (A 311 / 35 / 212, B 308 / 35 / 254): id
hit@5 higher in neither language on the halves B, so the rule FAILS and ``department_frame`` stays off (False).
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
    defaults["department_frame"] = state == "on"


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
        sys.argv += ["--department-frame", state]
        suggest_quality.main()
