"""Round 34 (issue 12): the lever probes on the halves A of held-out 6-31 (halves B never read), none wired.

Aimed at the largest class of the pooled half-A misses (the KPI unplaced, 92 of 120 over held-out 21-31) and the next
(the objective read as a wrong template, 18 misses and 8 false positives); each different in kind from the retired
levers (benchmarks/results/smart_round34.md).  The package is not changed: each probe patches a copy of the SMART
default relevance (``LinkedRelevance``) in this script only.

* ``agreement`` (W in :data:`AGREEMENT_WEIGHTS`): for a KPI the linker does not place, AGREEING EVIDENCE adds up: the
  score is at least ``text + W x link x (1 - text)`` (a noisy-or of the text relevance, after the clause and
  object-word rules, and the strongest link of its readings), not only the larger of the two.
* ``objective reading`` (cap C in :data:`OBJECTIVE_CAPS`): an objective the linker does not place is read as the
  index's closest indicator at confidence at most C for the link through the indicator the objective names
  (``LinkedRelevance._through_objective_indicator``: the same indicator, or one measuring the same or a linked
  template).
* ``KPI clauses``: an unplaced KPI of several clauses (split at clause marks, 、, 和, 及, 'and') placed by the linker
  per clause; only counted (how many such KPIs get a clause placed), not scored.

Each scored probe: the setting chosen by leave one set out as round 32's rule chooses (highest pooled true positives
at 0.3 with pooled precision not lower than today's engine's on the training halves A; ties the smaller setting; off
when none adds a true positive so), the pooled out-of-fold counts, and every setting on all the halves A.

    python benchmarks/smart_round34_probes.py  (about 6 minutes; prints, writes nothing)
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from benchmarks.smart_relevance_cv import halves_a, setting_counts, setting_pairs, setting_section  # noqa: E402
from kpiguide.checks.smart import _default_relevance  # noqa: E402
from kpiguide.suggest.relevance import _UNLINKED_MIN, OBJECT_SCORE, OBJECT_TEXT, LinkedRelevance  # noqa: E402

AGREEMENT_WEIGHTS = (0.25, 0.5, 0.75, 1.0)
OBJECTIVE_CAPS = (0.5, 0.7, 1.0)
_KPI_CLAUSE = re.compile(r"[，,；;。]|\.\s|并且|同时|\bwhile\b|\band\b|、|和|及")


def _base_score(self: Any, kpi_text: str, objective_text: str, placed: Any, role: Any) -> tuple[float, bool]:
    """``LinkedRelevance._base_score`` with the agreement probe (``self.agreement``, None = today's)."""
    link = self._explain(kpi_text, objective_text, placed, role)
    if link.kind != "role" and self._foreign(objective_text, placed):
        return link.score, True
    text = float(self.suggester.relevance(kpi_text, objective_text))
    if placed[0] is None and self.clause_text:
        text = max(text, min(1.0, self.clause_text * self.clause_relevance(kpi_text, objective_text)))
    if text >= OBJECT_TEXT and self.shared_objects(kpi_text, objective_text):
        text = max(text, OBJECT_SCORE)
    weight = getattr(self, "agreement", None)
    if placed[0] is None and weight:
        return max(link.score, text, text + weight * link.score * (1.0 - text)), False
    return max(link.score, text), False


_today_indicator_of = LinkedRelevance._indicator_of


def _indicator_of(self: Any, text: str, given: Any) -> tuple[str | None, float]:
    """``LinkedRelevance._indicator_of``, and with the objective-reading probe (``self.objective_cap``) the index's
    closest indicator for an objective the linker does not place (only when called for the objective)."""
    placed = _today_indicator_of(self, text, given)
    cap = getattr(self, "objective_cap", None)
    if placed[0] is not None or not cap or text != getattr(self, "objective_now", None):
        return placed
    return self._closest(text, cap, _UNLINKED_MIN)


_today_through = LinkedRelevance._through_objective_indicator


def _through(self: Any, ind_id: str, confidence: float, objective_text: str) -> Any:
    self.objective_now = objective_text
    try:
        return _today_through(self, ind_id, confidence, objective_text)
    finally:
        self.objective_now = None


def choose(train: list[dict], settings: tuple) -> Any:
    """Round 32's choice: highest pooled TP at 0.3 with pooled precision not lower than today's; ties the smaller."""
    tp0, fp0, _ = setting_counts(train, None)
    best, best_tp = None, tp0
    for setting in sorted(settings):
        tp, fp, _ = setting_counts(train, setting)
        if tp > best_tp and tp * (tp0 + fp0) >= tp0 * (tp + fp):
            best, best_tp = setting, tp
    return best


def kpi_clauses() -> list[str]:
    """How many unplaced KPIs of several clauses the linker places by one clause (halves A)."""
    relevance: Any = _default_relevance()
    seen: dict[str, bool] = {}
    for _, item, _ in halves_a():
        kpi = item["text"]
        if kpi in seen or relevance._indicator_of(kpi, None)[0] is not None:
            continue
        parts = [c.strip() for c in _KPI_CLAUSE.split(kpi) if len(c.strip()) >= 4]
        if len(parts) >= 2:
            seen[kpi] = any(relevance._indicator_of(c, None)[0] is not None for c in parts)
    return [f"KPI clauses: {len(seen)} unplaced KPIs of several clauses, {sum(seen.values())} with a clause placed."]


def main() -> None:
    LinkedRelevance._base_score = _base_score  # type: ignore[method-assign]
    LinkedRelevance._indicator_of = _indicator_of  # type: ignore[method-assign]
    LinkedRelevance._through_objective_indicator = _through  # type: ignore[method-assign]
    probes = (
        ("agreement", "W", AGREEMENT_WEIGHTS),
        ("objective_cap", "C", OBJECTIVE_CAPS),
    )
    for attribute, word, settings in probes:

        def apply(relevance: Any, setting: Any, attribute: str = attribute) -> None:
            setattr(relevance, attribute, setting)

        pairs = setting_pairs((None, *settings), apply)
        head = [
            f"### {attribute} ({word}), leave one set out over the halves A",
            "",
            "| held set | n | chosen | today | probe |",
        ]
        print("\n".join(setting_section(pairs, head, (None, *settings), lambda t, s=settings: choose(t, s), word)))
        print(flush=True)
    print("\n".join(kpi_clauses()))


if __name__ == "__main__":
    main()
