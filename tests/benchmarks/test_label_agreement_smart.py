"""benchmarks/label_agreement_smart.py: the agreement figures of two labellers on tiny made-up label lists."""

from __future__ import annotations

import math
import random

import pytest

import benchmarks.label_agreement_smart as bench
from benchmarks.label_agreement_smart import Agreement, Pair, agreement, bootstrap, cohen_kappa

# 50 made-up pairs: 20 relevant to both, 5 only to the first, 10 only to the second, 15 to neither
FIRST = [True] * 20 + [True] * 5 + [False] * 10 + [False] * 15
SECOND = [True] * 20 + [False] * 5 + [True] * 10 + [False] * 15


def test_agreement_counts_the_two_by_two_table():
    assert agreement(FIRST, SECOND) == Agreement(pairs=50, first=25, second=30, both=20)


def test_raw_agreement_chance_and_kappa_of_the_textbook_table():
    a = agreement(FIRST, SECOND)
    assert a.raw == pytest.approx(35 / 50)
    assert a.chance == pytest.approx(0.5 * 0.6 + 0.5 * 0.4)
    assert a.kappa == pytest.approx(0.4)
    assert cohen_kappa(FIRST, SECOND) == pytest.approx(0.4)


def test_precision_and_recall_score_the_second_against_the_first_and_reverse_swaps_them():
    a = agreement(FIRST, SECOND)
    assert (a.precision, a.recall) == (pytest.approx(20 / 30), pytest.approx(20 / 25))
    r = a.reverse()
    assert (r.precision, r.recall) == (pytest.approx(20 / 25), pytest.approx(20 / 30))
    assert r.kappa == pytest.approx(a.kappa) and r.raw == pytest.approx(a.raw)


def test_kappa_agrees_with_scikit_learn_on_random_labels():
    metrics = pytest.importorskip("sklearn.metrics")
    rng = random.Random(7)
    for _ in range(20):
        first = [rng.random() < 0.6 for _ in range(40)]
        second = [f if rng.random() < 0.8 else not f for f in first]
        assert cohen_kappa(first, second) == pytest.approx(metrics.cohen_kappa_score(first, second))


def test_kappa_is_zero_for_independent_labels_and_one_for_identical_ones():
    # first: relevant on the first half; second: relevant on every other pair -> observed = chance
    first = [True] * 10 + [False] * 10
    second = [True, False] * 10
    assert cohen_kappa(first, second) == pytest.approx(0.0)
    assert cohen_kappa(first, first) == 1.0
    assert cohen_kappa([True] * 5, [True] * 5) == 1.0  # one class only, full agreement
    assert cohen_kappa([True, False], [False, True]) == pytest.approx(-1.0)


def test_undefined_figures_are_nan_not_a_number_made_up():
    none_relevant = agreement([False] * 4, [False] * 4)
    assert math.isnan(none_relevant.precision) and math.isnan(none_relevant.recall)
    assert math.isnan(agreement([], []).raw)


def test_label_lists_of_different_length_are_refused():
    with pytest.raises(ValueError, match="differ in length: 3 vs 2"):
        agreement([True, False, True], [True, False])


def test_bootstrap_interval_contains_the_figure_and_collapses_on_full_agreement():
    lo, hi = bootstrap(FIRST, SECOND, lambda a: a.kappa)
    assert lo < 0.4 < hi
    assert bootstrap(FIRST, FIRST, lambda a: a.kappa) == (1.0, 1.0)


def _pair(index: int, first: bool, second: bool) -> Pair:
    return Pair(8, index, f"kpi {index}", f"objective {index}", first, second, None)


def test_every_disagreement_needs_a_known_class(tmp_path, monkeypatch):
    pairs = [_pair(0, True, False), _pair(1, True, True), _pair(2, False, True)]
    classes = tmp_path / "classes.yaml"
    classes.write_text('classes: {loose: "a loose link"}\npairs: {"8:0": loose}\n', encoding="utf-8")
    monkeypatch.setattr(bench, "CLASSES", classes)
    with pytest.raises(ValueError, match=r"unclassified \['8:2'\]"):
        bench.disagreement_classes(pairs)
    classes.write_text('classes: {loose: "a loose link"}\npairs: {"8:0": loose, "8:2": loose}\n', encoding="utf-8")
    table = bench.disagreement_classes(pairs)
    assert "| **loose**: a loose link | 2 | 1 / 2 |" in table[2]


def test_second_file_with_other_pairs_or_order_is_refused(tmp_path, monkeypatch):
    row = "- {{text: {t}, objective: o, relevant: true, function: sales, source: written}}\n"
    (tmp_path / "smart_holdout8.yaml").write_text("statements:\n" + row.format(t="a") + row.format(t="b"), "utf-8")
    (tmp_path / "smart_holdout8_second.yaml").write_text(
        "#   1: relevant, why\nstatements:\n" + row.format(t="b") + row.format(t="a"), "utf-8"
    )
    monkeypatch.setattr(bench, "FIXTURES", tmp_path)
    with pytest.raises(ValueError, match="same order"):
        bench.load_pairs(8)
    (tmp_path / "smart_holdout8_second.yaml").write_text(
        "#   1: not relevant, why\nstatements:\n" + row.format(t="a") + row.format(t="b"), "utf-8"
    )
    assert [p.borderline for p in bench.load_pairs(8)] == [None, "why"]
