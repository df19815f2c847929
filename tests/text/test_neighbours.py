"""kpiguide.text.neighbours: the closest known name by its character grams."""

from __future__ import annotations

import pytest

from kpiguide.text.neighbours import NameNeighbours, char_grams


def test_char_grams_mark_the_start_and_the_end():
    grams = char_grams("回款率")
    assert {"^回", "回款", "款率", "率$", "^回款", "回款率", "款率$"} == set(grams)


def test_the_closest_name_is_the_near_variant_and_an_identical_name_is_one():
    known = NameNeighbours.build(["销售回款率", "员工离职率", "customersatisfaction"])
    row, similarity = known.closest("销售回款率")
    assert row == 0 and similarity == pytest.approx(1.0)
    row, similarity = known.closest("回款率")
    assert row == 0 and 0.3 < similarity < 1.0
    assert known.closest("customersatisfactionscore")[0] == 2
    assert len(known) == 3


def test_a_name_that_shares_no_gram_has_no_neighbour():
    known = NameNeighbours.build(["销售回款率"])
    assert known.closest("zzz") == (-1, 0.0)
    assert NameNeighbours.build([]).closest("回款率") == (-1, 0.0)


def test_grams_no_known_name_has_lower_the_similarity():
    known = NameNeighbours.build(["销售回款率", "员工离职率"])
    assert known.closest("销售回款率统计口径")[1] < known.closest("销售回款率")[1]
