"""The judged run of a suggestion lever: the figures with one ``IndicatorSuggester`` switch off or on.

Shared by the lever scripts (``suggest_department_text.py``, ``suggest_department_second.py``,
``suggest_department_meaning.py``, ``suggest_worker_title.py``, ``suggest_own_first.py``,
``suggest_strategy_text.py``, ``suggest_named_area.py``, ``suggest_added_roles.py``, ``suggest_added_roles_46.py``,
``suggest_employer_out.py``, ``suggest_duty_vote.py``, ``suggest_meaning_places.py``,
``suggest_bridge_fusion.py``, ``suggest_worker_head.py``, ``suggest_department_agree.py``), each of which holds its
round's rule in its docstring (the last twelve judge their halves with :func:`halves_verdict`; round 53's with its
nDCG primary)::

    python benchmarks/suggest_<lever>.py off|on PATH     # suggest_quality.py --no-write --halves-json PATH
    python benchmarks/suggest_<lever>.py --smart off|on  # smart_quality.py --halves
    python benchmarks/suggest_<lever>.py --speed off|on  # suggest_speed.py --sizes 10000 --no-write (round 36 on)

The switch is set as the engine's default, so ``default_suggester()``, which SMART uses, has it too.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from kpiguide.suggest.engine import IndicatorSuggester

NDCG_TOLERANCE = 0.003
"""Two queries' worth for nDCG@10 in the rules of rounds 40 and 41 (a hit rate's is :data:`TOLERANCE_QUERIES`)."""
TOLERANCE_QUERIES = 2
"""Part (2): a hit rate may lose at most this many queries of N per language, compared as counts (the files' rates
have 4 decimals, which name a count exactly below 10,000 queries).  Until round 54 the rates were compared with 2 / N,
and round 54's two queries lost of 1169 read 0.0018 against 0.0017 and were judged OUT."""
Verdict = Callable[[dict, dict], tuple[bool, list[str]]]


def set_default(switch: str, state: str) -> None:
    """The switch as the engine's default (so ``default_suggester()``, which SMART uses, has it too)."""
    if state not in ("off", "on"):
        raise SystemExit("state: off or on")
    defaults = IndicatorSuggester.__init__.__kwdefaults__
    assert defaults is not None
    defaults[switch] = state == "on"


def main(switch: str, argv: Sequence[str], verdict: Verdict | None = None) -> None:
    """Run ``off|on PATH`` (the suggestion halves into PATH), ``--smart off|on`` (SMART's pooled halves), ``--speed
    off|on`` (the latency at 10,000 indicators) or, given the script's ``verdict``, ``--verdict OFF.json ON.json``
    (its rule's halves part on two such files, printed)."""
    if verdict is not None and len(argv) == 4 and argv[1] == "--verdict":
        _, printed = verdict(*(json.loads(Path(p).read_text(encoding="utf-8")) for p in argv[2:4]))
        print("\n".join(printed))
    elif argv[1] == "--speed":
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


def halves_verdict(
    off: dict, on: dict, n_b: dict[str, int], *, strict: bool, part: str = "(1)", primary: str = "id_hit5"
) -> tuple[bool, list[str]]:
    """The halves part of a lever's rule on two ``--halves-json`` files' contents: (passes, lines to print).

    Primary: the sum of id hit@5 zh + en on the pooled halves B higher with the lever on (``strict``) or not lower;
    with ``primary="id_ndcg10"`` (a lever aimed at ranking, round 53 on), the sum of id nDCG@10 zh + en higher
    (``strict``) or not lower AND the sum of id hit@5 zh + en not lower; tolerance: none of the six pooled half-B
    figures lower by more than two queries' worth (:data:`TOLERANCE_QUERIES` queries of ``n_b[lang]`` for a hit
    rate, compared as counts; :data:`NDCG_TOLERANCE` for nDCG@10).  ``part`` names the primary in the printed lines,
    as the rule does.
    """
    if primary not in ("id_hit5", "id_ndcg10"):
        raise ValueError("primary: id_hit5 or id_ndcg10")
    b_off, b_on = off["pooled"]["B"], on["pooled"]["B"]
    label = {"id_hit5": "id hit@5", "id_ndcg10": "id nDCG@10"}
    primary_off = b_off["zh"][primary] + b_off["en"][primary]
    primary_on = b_on["zh"][primary] + b_on["en"][primary]
    ok = primary_on > primary_off if strict else primary_on >= primary_off
    said = ("higher", "NOT higher") if strict else ("not lower", "LOWER")
    lines = [
        f"{part} primary: {label[primary]} zh + en {primary_off:.4f} -> {primary_on:.4f}: {said[0] if ok else said[1]}"
    ]
    if primary == "id_ndcg10":
        hit_off = b_off["zh"]["id_hit5"] + b_off["en"]["id_hit5"]
        hit_on = b_on["zh"]["id_hit5"] + b_on["en"]["id_hit5"]
        held = hit_on >= hit_off
        ok = ok and held
        lines.append(f"{part} and: id hit@5 zh + en {hit_off:.4f} -> {hit_on:.4f}: {'not lower' if held else 'LOWER'}")
    for lang in ("zh", "en"):
        for key in ("function_hit5", "id_hit5", "id_ndcg10"):
            a, b = b_off[lang][key], b_on[lang][key]
            if key == "id_ndcg10":
                within = a - b <= NDCG_TOLERANCE + 1e-9
                said = f"limit -{NDCG_TOLERANCE:.4f}"
            else:  # in queries: the files' rates have 4 decimals, which name a count exactly below 10,000 queries
                lost = round(a * n_b[lang]) - round(b * n_b[lang])
                within = lost <= TOLERANCE_QUERIES
                said = f"{lost} of {n_b[lang]} queries lost, limit {TOLERANCE_QUERIES}"
            ok = ok and within
            lines.append(f"(2) {lang} {key} {a:.4f} -> {b:.4f} ({said}): {'within' if within else 'OUT'}")
    lines.append(f"{part}+(2): " + ("PASS" if ok else "FAIL"))
    return ok, lines
