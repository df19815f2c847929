"""Round 14's splits (fresh set 6 and held-out 12 development data, fresh 7 / held-out 13 the test sets) and the
choice-prior mining of benchmarks/suggest_mine_prior.py."""

from __future__ import annotations

from benchmarks import smart_quality, suggest_quality
from benchmarks.suggest_mine_prior import mine, set_of, shares


def test_fresh_set_6_is_halved_and_fresh_7_is_the_unlisted_test_part():
    assert "fresh6A" in suggest_quality.HALVES["A"] and "fresh6B" in suggest_quality.HALVES["B"]
    assert {"fresh7", "fresh6B"} <= set(suggest_quality.UNLISTED) and "fresh6A" not in suggest_quality.UNLISTED
    assert suggest_quality.SPLITS[0] == "fresh7"
    splits = {q["split"] for q in suggest_quality.load_queries() if q["id"].split("_")[1] == "fresh6"}
    assert splits == {"fresh6A", "fresh6B"}


def test_held_out_12_is_halved_and_held_out_13_is_the_test_set():
    assert "held-out 12 (dev)" in smart_quality.HALVED and smart_quality.READ_NOW == ("held-out 12 (dev)",)
    assert smart_quality.TEST_SETS == ("held-out 13 (test)",)
    assert dict(smart_quality.LABEL_SETS)["held-out 13 (test)"] == "tests/fixtures/smart_holdout13.yaml"


def test_sets_keep_their_halves_together():
    assert set_of({"split": "fresh3A"}) == set_of({"split": "fresh3B"}) == "fresh3"
    assert set_of({"split": "dev"}) == set_of({"split": "test"}) == "base"


def test_a_function_key_counts_only_its_own_indicators_and_a_role_key_any():
    function_of = {"s.a": "sales", "s.b": "sales", "h.c": "hr"}
    queries = [
        {"id": "q1", "functions": ["sales"], "ids": {"s.a": 3, "h.c": 2}},
        {"id": "q2", "functions": ["sales", "hr"], "ids": {"s.a": 2, "s.b": 1}},
        {"id": "q3", "functions": ["hr"], "ids": {}},  # no id labels: not counted
    ]
    counts = mine(queries, function_of, {"q1": ["role:x"]}, ("function", "role"))
    assert counts == {"sales": (2, {"s.a": 2}), "hr": (1, {}), "role:x": (1, {"s.a": 1, "h.c": 1})}
    assert shares(counts, 2.0)["sales"] == {"s.a": 0.5}
