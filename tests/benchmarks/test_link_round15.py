"""Round 15's linking benchmarks: the miss taxonomy's classes and the none/indicator votes of the labelled names."""

from __future__ import annotations

import numpy as np

from benchmarks.link_miss_taxonomy import classify
from benchmarks.link_none_vote import OFF, decide, decide_id, wrong_share


def test_each_miss_gets_one_class_in_the_documented_order():
    has = {"ids": ["a.x", "a.y"]}
    none = {"ids": None}
    top = ["b.z", "c.w", "a.y", "d.v", "e.u", "a.x"]
    assert classify(has, "a.y", top, None) is None and classify(none, None, [], None) is None  # right answers
    assert classify(has, "b.z", top, None) == "b"  # a labelled id in the top 5, not first
    assert classify(has, "b.z", ["b.z", "c.w", "d.v", "e.u", "f.t", "a.x"], None) == "a"  # only 6th: a gap
    assert classify(has, None, top, None) == "c"
    assert classify(none, "b.z", top, None) == "d"
    assert classify(none, "b.z", top, ("b.z",)) == "e"  # the second labeller gave the linker's answer
    assert classify(has, None, top, ()) == "e"  # the second labeller said none, as the linker did
    assert classify(has, None, top, ("a.x",)) == "c"  # the second labeller agrees with the first


class _Fold:
    def __init__(self, answers, confidence, none_share, id_vote):
        self.answer = answers
        self.confidence = np.asarray(confidence)
        self.none_share = {(3, 0.3): np.asarray(none_share)}
        self.id_vote = {(3, 0.3): id_vote}


def test_the_none_vote_unlinks_only_unsure_links_whose_neighbours_are_mostly_none():
    fold = _Fold(["a.x", "a.y", "a.z", None], [0.4, 0.4, 0.95, 0.0], [0.8, 0.2, 0.9, 0.9], [])
    assert decide(fold, np.zeros(4), (3, 0.3, 0.6, 0.5, OFF, 0.0)) == [None, "a.y", "a.z", None]
    assert decide(fold, np.zeros(4), (3, 0.3, OFF, 0.0, OFF, 0.0)) == fold.answer  # off: today's answers
    assert decide(fold, np.asarray([0.0, 0.9, 0.9, 0.0]), (3, 0.3, OFF, 0.0, 0.8, 0.5)) == ["a.x", None, "a.z", None]


def test_the_indicator_vote_switches_to_a_better_supported_candidate_only():
    votes = [("a.y", 0.9, 0.1), ("a.y", 0.4, 0.1), ("a.x", 0.9, 0.9), ("a.y", 0.7, 0.0)]
    fold = _Fold(["a.x", "a.x", "a.x", None], [0.5, 0.5, 0.5, 0.0], [0, 0, 0, 0], votes)
    assert decide_id(fold, (3, 0.3, 0.6, 0.9)) == ["a.y", "a.x", "a.x", "a.y"]
    assert decide_id(fold, (3, 0.3, 0.6, 0.3)) == ["a.x", "a.x", "a.x", "a.y"]  # sure links stay


def test_an_indicators_record_needs_three_links_and_is_smoothed():
    records = [{"a.x": (2, 2)}, {"a.x": (1, 1), "a.y": (4, 0)}]
    share = wrong_share(["a.x", "a.y", None, "a.z"], records)
    assert share[0] == (3 + 1) / (3 + 2) and share[1] == 1 / 6 and share[2] == 0 and share[3] == 0
