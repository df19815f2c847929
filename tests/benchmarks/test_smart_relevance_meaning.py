"""Round 18's meaning evidence, round 20's text fallback and round 21's learned decision in the SMART relevance leave-one-set-out study
(benchmarks/smart_relevance_cv.py)."""

from __future__ import annotations

import math

import numpy as np

from benchmarks.smart_relevance_cv import (
    FEATURES,
    HAND_THRESHOLD,
    HELD,
    LEARNED_FEATURES,
    SETS,
    bare,
    boosted,
    choose_boost,
    choose_cap,
    choose_fallback,
    choose_floor,
    english,
    fallback_scores,
    learned_x,
    meaning_summary,
    meaning_value,
    meaning_x,
    read_scores,
    threshold_at_least,
)


def _pair(label: bool, hand: float, meaning: list[float] | None, negative: str | None = None) -> dict:
    return {"label": label, "hand": hand, "meaning": meaning, "x": [0.0], "negative": negative}


def test_held_sets_and_the_test_set_is_not_read():
    assert HELD[0] == "held-out 6" and HELD[-1] == "held-out 56" and len(HELD) == 51
    assert all("holdout57" not in path for _, path in SETS)


def test_english_pairs_only():
    assert english("Reduce churn to 5%")
    assert not english("客户流失率 below 5%")
    assert not english("2025 ≥ 90%")


def test_figures_are_read_out():
    kpi, objective = bare({"kpi": "Reduce turnover by 15% in Q4", "objective": "Grow revenue from 20% to 25%"})
    assert kpi == "Reduce turnover in Q4"
    assert "%" not in objective and "revenue" in objective


def test_boost_raises_only_strong_english_pairs_to_the_threshold():
    pairs = [_pair(True, 0.1, [0.8, 0.2, 0.1]), _pair(True, 0.1, [0.4, 0.2, 0.1]), _pair(True, 0.1, None)]
    scores = boosted(pairs, 0, 0.7)
    assert scores.tolist() == [HAND_THRESHOLD, 0.1, 0.1]
    assert meaning_value(pairs[0], 3) == 0.8 and meaning_value(pairs[2], 0) == -1.0
    assert boosted(pairs, None, 0.0).tolist() == [0.1, 0.1, 0.1]
    assert meaning_x(pairs[2]) == [0.0, 0.0, 0.0, 0.0, 0.0]


def test_boost_cut_is_chosen_without_losing_precision():
    train = [
        _pair(True, 0.5, [0.9, 0, 0]),
        _pair(True, 0.1, [0.8, 0, 0]),
        _pair(False, 0.1, [0.6, 0, 0]),
        _pair(False, 0.0, [0.2, 0, 0]),
    ]
    feature, cut = choose_boost(train, (0,))
    assert feature == 0 and 0.6 < cut <= 0.8
    # nothing to gain: the boost stays off
    assert choose_boost([_pair(True, 0.5, [0.1, 0, 0]), _pair(False, 0.0, [0.9, 0, 0])], (0,)) == (None, math.inf)


def test_summary_applies_the_rule():
    test = [_pair(True, 0.5, None), _pair(True, 0.1, None), _pair(False, 0.1, None, "same_page")]
    labels = np.array([True, True, False])
    hand = np.array([0.5, 0.1, 0.1])
    row = {"set": "held-out 6", "labels": labels, "test": test, "hand": (hand, 0.3)}
    row["up"] = (np.array([0.5, 0.3, 0.1]), 0.3)
    row["noisy"] = (np.array([0.5, 0.3, 0.3]), 0.3)
    assert meaning_summary([row], "up", "hand")["passes"]
    noisy = meaning_summary([row], "noisy", "hand")
    assert not noisy["passes"] and noisy["fp noisy"] == 1 and noisy["fp hand"] == 0


def test_meaning_reading_scores_and_floor_chosen_in_training():
    pairs = [
        {"label": True, "hand": 0.1, "read": 0.4, "read_cos": 0.62},
        {"label": False, "hand": 0.1, "read": 0.4, "read_cos": 0.41},
        {"label": True, "hand": 0.5, "read": 0.5, "read_cos": 0.0},
    ]
    assert read_scores(pairs, None).tolist() == [0.1, 0.1, 0.5]
    assert read_scores(pairs, 0.4).tolist() == [0.4, 0.4, 0.5]
    # 0.45 .. 0.6 gain the relevant pair without the false one: the highest of them is chosen
    assert choose_floor(pairs) == 0.6
    # nothing to gain at the same precision: off
    assert choose_floor([pairs[1], pairs[2]]) is None


def _placed(label: bool, hand: float, text: float, placed: bool, template: float, shared: bool = False) -> dict:
    x = dict.fromkeys(FEATURES, 0.0) | {"text": text, "placed": float(placed), "confidence": 1.0 if placed else 0.5}
    x["template"] = template
    return {"label": label, "hand": hand, "x": [x[f] for f in FEATURES], "shared": shared, "negative": None}


def test_fallback_lets_the_text_decide_only_where_the_engine_cannot_place_the_pair():
    pairs = [
        _placed(True, 0.1, 0.2, placed=False, template=0.2),  # placed neither: the text meets 0.2
        _placed(True, 0.1, 0.2, placed=True, template=1.0),  # placed both: the engine's score stands
        _placed(False, 0.4, 0.05, placed=False, template=0.2),  # decide: the text alone, not met
    ]
    assert fallback_scores(pairs, None).tolist() == [0.1, 0.1, 0.4]
    raised = fallback_scores(pairs, ("KPI and objective", "text", 0.2, "raise"))
    assert raised.tolist() == [HAND_THRESHOLD, 0.1, 0.4]
    decided = fallback_scores(pairs, ("KPI and objective", "text", 0.2, "decide"))
    assert decided[0] == HAND_THRESHOLD and decided[2] < HAND_THRESHOLD
    shared = fallback_scores(
        [_placed(True, 0.1, 0.0, False, 0.2, shared=True)], ("KPI unplaced", "shared word", None, "raise")
    )
    assert shared.tolist() == [HAND_THRESHOLD]


def test_fallback_is_chosen_in_training_without_losing_precision():
    gain = [_placed(True, 0.1, 0.25, placed=False, template=0.2), _placed(True, 0.5, 0.0, True, 1.0)]
    assert choose_fallback(gain) is not None
    costly = [_placed(False, 0.1, 0.25, placed=False, template=0.2), _placed(True, 0.5, 0.0, True, 1.0)]
    assert choose_fallback(costly) is None


def test_learned_features_read_the_engine_and_the_shared_word():
    x = dict.fromkeys(FEATURES, 0.0) | {"knowledge": 0.2, "text": 0.4, "text_own": 0.4, "link": 0.2, "template": 0.9}
    pair = {"hand": 0.4, "shared": True, "x": [x[f] for f in FEATURES]}
    got = dict(zip(LEARNED_FEATURES, learned_x(pair), strict=True))
    assert got["hand"] == 0.4 and got["link"] == 0.2 and got["template"] == 0.9 and got["shared"] == 1.0
    assert got["text_unplaced"] == 0.4 and got["shared_unplaced"] == 1.0  # the KPI is not placed
    pair["x"][FEATURES.index("placed")] = 1.0
    got = dict(zip(LEARNED_FEATURES, learned_x(pair), strict=True))
    assert got["text_unplaced"] == 0.0 and got["shared_unplaced"] == 0.0


def test_learned_threshold_keeps_the_precision_floor():
    labels = np.array([True, True, False, True, False])
    scores = np.array([0.9, 0.8, 0.7, 0.6, 0.1])
    assert threshold_at_least(labels, scores, 1.0)[0] == 0.8
    t, p, r = threshold_at_least(labels, scores, 0.75)
    assert t == 0.6 and p == 0.75 and r == 1.0


def _capped(label: bool, *scores: float) -> dict:
    return {"set": "s", "label": label, "scores": dict(zip(("0.7", "0.8", "0.9", "1.0"), scores, strict=True))}


def test_round26_cap_needs_more_true_positives_at_precision_not_lower():
    # 0.8 lifts one relevant pair (P 1.0 kept); 0.9 lifts another relevant and a not-relevant one (P falls): 0.8
    pairs = [
        _capped(True, 0.2, 0.31, 0.35, 0.4),
        _capped(True, 0.1, 0.2, 0.32, 0.4),
        _capped(False, 0.1, 0.2, 0.32, 0.4),
        _capped(True, 0.5, 0.5, 0.5, 0.5),
    ]
    assert choose_cap(pairs) == 0.8
    # nothing gained anywhere: today's cap
    assert choose_cap([_capped(True, 0.5, 0.5, 0.5, 0.5), _capped(False, 0.1, 0.1, 0.1, 0.1)]) == 0.7
