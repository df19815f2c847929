"""The halves verdict of the suggestion levers' judged runs (benchmarks/suggest_lever_judge.py), including the nDCG
primary of a lever aimed at ranking (round 53)."""

from __future__ import annotations

from benchmarks.suggest_lever_judge import halves_verdict

N_B = {"zh": 1000, "en": 1000}


def _halves(zh: tuple[float, float, float], en: tuple[float, float, float]) -> dict:
    keys = ("function_hit5", "id_hit5", "id_ndcg10")
    return {"pooled": {"B": {"zh": dict(zip(keys, zh, strict=True)), "en": dict(zip(keys, en, strict=True))}}}


OFF = _halves((0.9, 0.77, 0.455), (0.91, 0.79, 0.466))


def test_the_hit_primary_is_as_before():
    on = _halves((0.9, 0.771, 0.4525), (0.91, 0.79, 0.466))  # zh nDCG@10 0.0025 lower: within 0.003
    passed, lines = halves_verdict(OFF, on, N_B, strict=True)
    assert passed and lines[0] == "(1) primary: id hit@5 zh + en 1.5600 -> 1.5610: higher"
    out = _halves((0.9, 0.771, 0.450), (0.91, 0.79, 0.466))  # 0.005 lower: out of the tolerance
    assert not halves_verdict(OFF, out, N_B, strict=True)[0]


def test_the_ndcg_primary_needs_ndcg_higher_and_hit_not_lower():
    up = _halves((0.9, 0.77, 0.460), (0.91, 0.79, 0.468))
    passed, lines = halves_verdict(OFF, up, N_B, strict=True, primary="id_ndcg10")
    assert passed
    assert lines[0] == "(1) primary: id nDCG@10 zh + en 0.9210 -> 0.9280: higher"
    assert lines[1] == "(1) and: id hit@5 zh + en 1.5600 -> 1.5600: not lower"
    hit_down = _halves((0.9, 0.769, 0.460), (0.91, 0.79, 0.468))  # one query lost, within the tolerance
    passed, lines = halves_verdict(OFF, hit_down, N_B, strict=True, primary="id_ndcg10")
    assert not passed and lines[1].endswith("LOWER")
    flat = _halves((0.9, 0.771, 0.455), (0.91, 0.79, 0.466))  # hit up, nDCG unchanged
    assert not halves_verdict(OFF, flat, N_B, strict=True, primary="id_ndcg10")[0]


def test_the_tolerance_counts_queries_not_rounded_rates():
    # round 54: 1069 -> 1067 of 1169 zh queries at function level is two queries lost, exactly the limit; its
    # 4-decimal rates (0.9145 -> 0.9127) differ by 0.0018 > 2 / 1169, which the rate comparison had judged OUT
    n_b = {"zh": 1169, "en": 1131}
    off = _halves((0.9145, 0.7656, 0.4556), (0.9151, 0.7896, 0.4700))
    two = _halves((0.9127, 0.7665, 0.4557), (0.9151, 0.7896, 0.4699))
    passed, lines = halves_verdict(off, two, n_b, strict=True)
    assert passed and "(2) zh function_hit5 0.9145 -> 0.9127 (2 of 1169 queries lost, limit 2): within" in lines
    three = _halves((0.9119, 0.7665, 0.4557), (0.9151, 0.7896, 0.4699))  # 1066 of 1169: three queries lost
    passed, lines = halves_verdict(off, three, n_b, strict=True)
    assert not passed and "(2) zh function_hit5 0.9145 -> 0.9119 (3 of 1169 queries lost, limit 2): OUT" in lines
