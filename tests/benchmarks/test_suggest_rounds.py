"""Round 55's suggestion splits (fresh sets 6-47 development data, fresh 48 the test set), round 57's SMART splits
(held-out 12-56 development data, held-out 57 the test set) and the choice-prior mining of
benchmarks/suggest_mine_prior.py."""

from __future__ import annotations

from benchmarks import smart_quality, suggest_quality
from benchmarks.suggest_mine_prior import TEST_SPLITS, mine, set_of, shares

DEVELOPMENT_FRESH = tuple(str(n) for n in range(6, 48))  # fresh6 .. fresh47: halved development data


def test_fresh_sets_6_to_47_are_halved_and_fresh_48_is_the_unlisted_test_part():
    for n in DEVELOPMENT_FRESH:
        assert f"fresh{n}A" in suggest_quality.HALVES["A"] and f"fresh{n}B" in suggest_quality.HALVES["B"]
        assert f"fresh{n}B" in suggest_quality.UNLISTED and f"fresh{n}A" not in suggest_quality.UNLISTED
    assert "fresh48" in suggest_quality.UNLISTED and suggest_quality.SPLITS[0] == "fresh48"
    assert TEST_SPLITS == ("fresh48",)
    queries = suggest_quality.load_queries()
    assert not any(
        q["split"]
        in (
            "fresh8",
            "fresh9",
            "fresh10",
            "fresh11",
            "fresh12",
            "fresh13",
            "fresh14",
            "fresh15",
            "fresh16",
            "fresh17",
            "fresh18",
            "fresh19",
            "fresh20",
            "fresh21",
            "fresh22",
            "fresh23",
            "fresh24",
            "fresh25",
            "fresh26",
            "fresh27",
            "fresh28",
            "fresh29",
            "fresh30",
            "fresh31",
            "fresh32",
            "fresh33",
            "fresh34",
            "fresh35",
            "fresh36",
            "fresh37",
            "fresh38",
            "fresh39",
            "fresh40",
            "fresh41",
            "fresh42",
            "fresh43",
            "fresh44",
            "fresh45",
            "fresh46",
            "fresh47",
        )
        for q in queries
    )
    for n in DEVELOPMENT_FRESH:
        assert {q["split"] for q in queries if q["id"].split("_")[1] == f"fresh{n}"} == {f"fresh{n}A", f"fresh{n}B"}


def test_held_out_12_to_56_are_halved_and_held_out_57_is_the_test_set():
    halved = {f"held-out {n} (dev)" for n in range(12, 57)}
    assert halved <= set(smart_quality.HALVED)
    assert smart_quality.READ_NOW == ("held-out 56 (dev)",)
    assert smart_quality.TEST_SETS == ("held-out 57 (test)",)
    sets = dict(smart_quality.LABEL_SETS)
    assert sets["held-out 57 (test)"] == "tests/fixtures/smart_holdout57.yaml"
    assert sets["held-out 56 (dev)"] == "tests/fixtures/smart_holdout56.yaml"
    assert "held-out 56 (test)" not in sets
    assert "held-out 57 (test)" not in smart_quality.HALVED


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


def test_halves_json_holds_the_pooled_halves_and_each_half_id_hit_at_5_never_the_test_set():
    engine = suggest_quality.SYSTEMS[0]
    summary = {
        ("pooledA", "function", engine, "zh"): (0.9, 0.5, 0.8),
        ("pooledA", "id", engine, "zh"): (0.75, 0.45, 0.6),
        ("pooledB", "function", engine, "en"): (0.92, 0.5, 0.8),
        ("pooledB", "id", engine, "en"): (0.7, 0.44, 0.6),
        ("pooledB", "id", suggest_quality.SYSTEMS[1], "zh"): (0.6, 0.4, 0.5),  # BM25: left out
        ("fresh20B", "id", engine, "zh"): (0.59, 0.38, 0.44),
        ("fresh20A", "function", engine, "en"): (0.9, 0.4, 0.8),  # function level: not per half
        ("fresh21B", "id", engine, "en"): (0.65, 0.4, 0.5),
        ("fresh22B", "id", engine, "zh"): (0.61, 0.39, 0.45),
        ("fresh22", "id", engine, "zh"): (0.62, 0.4, 0.46),  # a whole development set: not a half
        ("fresh23B", "id", engine, "en"): (0.63, 0.41, 0.47),
        ("fresh23", "id", engine, "en"): (0.64, 0.42, 0.48),  # a whole development set: not a half
        ("fresh24B", "id", engine, "zh"): (0.66, 0.43, 0.49),
        ("fresh24", "id", engine, "zh"): (0.67, 0.44, 0.5),  # a whole development set: not a half
        ("fresh25B", "id", engine, "en"): (0.68, 0.45, 0.51),
        ("fresh25", "id", engine, "en"): (0.69, 0.46, 0.52),  # a whole development set: not a half
        ("fresh26B", "id", engine, "zh"): (0.7, 0.47, 0.53),
        ("fresh26", "id", engine, "zh"): (0.71, 0.48, 0.54),  # a whole development set: not a half
        ("fresh27B", "id", engine, "en"): (0.72, 0.49, 0.55),
        ("fresh27", "id", engine, "en"): (0.73, 0.5, 0.56),  # a whole development set: not a half
        ("fresh28B", "id", engine, "zh"): (0.74, 0.51, 0.57),
        ("fresh28", "id", engine, "zh"): (0.75, 0.52, 0.58),  # a whole development set: not a half
        ("fresh29B", "id", engine, "en"): (0.76, 0.53, 0.59),
        ("fresh29", "id", engine, "en"): (0.77, 0.54, 0.6),  # a whole development set: not a half
        ("fresh30B", "id", engine, "zh"): (0.78, 0.55, 0.61),
        ("fresh30", "id", engine, "zh"): (0.79, 0.56, 0.62),  # a whole development set: not a half
        ("fresh31B", "id", engine, "en"): (0.8, 0.57, 0.63),
        ("fresh31", "id", engine, "en"): (0.81, 0.58, 0.64),  # a whole development set: not a half
        ("fresh32B", "id", engine, "zh"): (0.82, 0.59, 0.65),
        ("fresh32", "id", engine, "zh"): (0.83, 0.6, 0.66),  # a whole development set: not a half
        ("fresh33B", "id", engine, "en"): (0.84, 0.61, 0.67),
        ("fresh33", "id", engine, "en"): (0.85, 0.62, 0.68),  # a whole development set: not a half
        ("fresh34B", "id", engine, "zh"): (0.86, 0.63, 0.69),
        ("fresh34", "id", engine, "zh"): (0.87, 0.64, 0.7),  # a whole development set: not a half
        ("fresh35B", "id", engine, "en"): (0.88, 0.65, 0.71),
        ("fresh35", "id", engine, "en"): (0.89, 0.66, 0.72),  # a whole development set: not a half
        ("fresh36B", "id", engine, "zh"): (0.9, 0.67, 0.73),
        ("fresh36", "id", engine, "zh"): (0.91, 0.68, 0.74),  # a whole development set: not a half
        ("fresh37B", "id", engine, "en"): (0.92, 0.69, 0.75),
        ("fresh37", "id", engine, "en"): (0.93, 0.7, 0.76),  # a whole development set: not a half
        ("fresh38B", "id", engine, "zh"): (0.94, 0.71, 0.77),
        ("fresh38", "id", engine, "zh"): (0.95, 0.72, 0.78),  # a whole development set: not a half
        ("fresh39B", "id", engine, "en"): (0.96, 0.73, 0.79),
        ("fresh39", "id", engine, "en"): (0.97, 0.74, 0.8),  # a whole development set: not a half
        ("fresh40B", "id", engine, "zh"): (0.98, 0.75, 0.81),
        ("fresh40", "id", engine, "zh"): (0.99, 0.76, 0.82),  # a whole development set: not a half
        ("fresh41B", "id", engine, "en"): (0.97, 0.77, 0.83),
        ("fresh41", "id", engine, "en"): (0.98, 0.78, 0.84),  # a whole development set: not a half
        ("fresh42B", "id", engine, "zh"): (0.96, 0.79, 0.85),
        ("fresh42", "id", engine, "zh"): (0.95, 0.8, 0.86),  # a whole development set: not a half
        ("fresh43B", "id", engine, "en"): (0.94, 0.81, 0.87),
        ("fresh43", "id", engine, "en"): (0.93, 0.82, 0.88),  # a whole development set: not a half
        ("fresh44B", "id", engine, "zh"): (0.93, 0.8, 0.86),
        ("fresh44", "id", engine, "zh"): (0.92, 0.81, 0.87),  # a whole development set: not a half
        ("fresh45B", "id", engine, "en"): (0.91, 0.79, 0.85),
        ("fresh45", "id", engine, "en"): (0.9, 0.8, 0.86),  # a whole development set: not a half
        ("fresh46B", "id", engine, "zh"): (0.92, 0.78, 0.84),
        ("fresh46", "id", engine, "zh"): (0.91, 0.77, 0.83),  # a whole development set: not a half
        ("fresh47B", "id", engine, "en"): (0.9, 0.76, 0.82),
        ("fresh47", "id", engine, "en"): (0.89, 0.75, 0.81),  # a whole development set: not a half
        ("fresh48", "id", engine, "zh"): (0.5, 0.3, 0.4),  # the test set: never a half
    }
    out = suggest_quality.halves_figures(summary)
    assert out["pooled"] == {
        "A": {"zh": {"function_hit5": 0.9, "id_hit5": 0.75, "id_ndcg10": 0.45}},
        "B": {"en": {"function_hit5": 0.92, "id_hit5": 0.7, "id_ndcg10": 0.44}},
    }
    assert out["halves_id_hit5"] == {
        "fresh20B": {"zh": 0.59},
        "fresh21B": {"en": 0.65},
        "fresh22B": {"zh": 0.61},
        "fresh23B": {"en": 0.63},
        "fresh24B": {"zh": 0.66},
        "fresh25B": {"en": 0.68},
        "fresh26B": {"zh": 0.7},
        "fresh27B": {"en": 0.72},
        "fresh28B": {"zh": 0.74},
        "fresh29B": {"en": 0.76},
        "fresh30B": {"zh": 0.78},
        "fresh31B": {"en": 0.8},
        "fresh32B": {"zh": 0.82},
        "fresh33B": {"en": 0.84},
        "fresh34B": {"zh": 0.86},
        "fresh35B": {"en": 0.88},
        "fresh36B": {"zh": 0.9},
        "fresh37B": {"en": 0.92},
        "fresh38B": {"zh": 0.94},
        "fresh39B": {"en": 0.96},
        "fresh40B": {"zh": 0.98},
        "fresh41B": {"en": 0.97},
        "fresh42B": {"zh": 0.96},
        "fresh43B": {"en": 0.94},
        "fresh44B": {"zh": 0.93},
        "fresh45B": {"en": 0.91},
        "fresh46B": {"zh": 0.92},
        "fresh47B": {"en": 0.9},
    }
