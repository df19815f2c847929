"""Round 34's SMART lever probes (benchmarks/smart_round34_probes.py): round 32's choice of a setting, and the
agreement probe's score on invented pairs (the package itself is not changed by the probes)."""

from __future__ import annotations

from benchmarks import smart_round34_probes as probes


def _pair(label: bool, today: float, **scores: float) -> dict:
    return {"set": "s", "label": label, "scores": {"None": today, **scores}, "negative": None}


def test_round_32s_choice_takes_more_true_positives_only_at_precision_not_lower():
    # today: 2 TP, 0 FP; 0.5 adds a TP and a FP (precision lower), 1.0 adds only a TP
    pairs = [
        _pair(True, 0.4, **{"0.5": 0.4, "1.0": 0.4}),
        _pair(True, 0.35, **{"0.5": 0.35, "1.0": 0.35}),
        _pair(True, 0.1, **{"0.5": 0.31, "1.0": 0.31}),
        _pair(False, 0.1, **{"0.5": 0.31, "1.0": 0.1}),
    ]
    assert probes.choose(pairs, (0.5,)) is None  # precision 1.0 -> 0.75: off
    assert probes.choose(pairs, (0.5, 1.0)) == 1.0
    same = [{**p, "scores": {**p["scores"], "1.0": p["scores"]["0.5"]}} for p in pairs[:3]]
    assert probes.choose(same, (0.5, 1.0)) == 0.5  # ties: the smaller setting


def test_agreement_adds_up_text_and_link_for_an_unplaced_kpi_only():
    class Link:
        def __init__(self, score: float) -> None:
            self.score, self.kind = score, "template"

    class Suggester:
        def relevance(self, kpi: str, objective: str) -> float:
            return 0.2

    class Fake:
        suggester, clause_text, agreement = Suggester(), None, None

        def _explain(self, *args: object) -> Link:
            return Link(0.2)

        def _foreign(self, *args: object) -> bool:
            return False

        def shared_objects(self, *args: object) -> list[str]:
            return []

    fake = Fake()
    assert probes._base_score(fake, "k", "o", (None, 0.0), None) == (0.2, False)  # off: the larger of the two
    fake.agreement = 0.5
    score, foreign = probes._base_score(fake, "k", "o", (None, 0.0), None)
    assert not foreign and abs(score - (0.2 + 0.5 * 0.2 * 0.8)) < 1e-9
    assert probes._base_score(fake, "k", "o", ("some.indicator", 1.0), None) == (0.2, False)  # placed: unchanged
