"""The judged run of a suggestion lever: the figures with one ``IndicatorSuggester`` switch off or on.

Shared by the lever scripts (``suggest_department_text.py``, ``suggest_department_second.py``,
``suggest_department_meaning.py``), each of which holds its round's rule in its docstring::

    python benchmarks/suggest_<lever>.py off|on PATH     # suggest_quality.py --no-write --halves-json PATH
    python benchmarks/suggest_<lever>.py --smart off|on  # smart_quality.py --halves
    python benchmarks/suggest_<lever>.py --speed off|on  # suggest_speed.py --sizes 10000 --no-write (round 36 on)

The switch is set as the engine's default, so ``default_suggester()``, which SMART uses, has it too.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kpiguide.suggest.engine import IndicatorSuggester


def set_default(switch: str, state: str) -> None:
    """The switch as the engine's default (so ``default_suggester()``, which SMART uses, has it too)."""
    if state not in ("off", "on"):
        raise SystemExit("state: off or on")
    defaults = IndicatorSuggester.__init__.__kwdefaults__
    assert defaults is not None
    defaults[switch] = state == "on"


def main(switch: str, argv: Sequence[str]) -> None:
    """Run ``off|on PATH`` (the suggestion halves into PATH), ``--smart off|on`` (SMART's pooled halves) or ``--speed
    off|on`` (the latency at 10,000 indicators)."""
    if argv[1] == "--speed":
        set_default(switch, argv[2])
        import suggest_speed

        sys.argv = [argv[0], "--sizes", "10000", "--no-write"]  # --data: the script's default
        suggest_speed.main()
    elif argv[1] == "--smart":
        set_default(switch, argv[2])
        import smart_quality

        sys.argv = [argv[0], "--halves"]
        smart_quality.main()
    else:
        set_default(switch, argv[1])
        import suggest_quality

        state, path = argv[1], argv[2]
        sys.argv = [argv[0], "--no-write", "--halves-json", path]  # --data: the script's default
        sys.argv += ["--" + switch.replace("_", "-"), state]
        suggest_quality.main()
