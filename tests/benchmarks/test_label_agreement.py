"""The agreement measures of benchmarks/label_agreement.py on a tiny made-up pair of labellers."""

from __future__ import annotations

import math

import pytest

from benchmarks.label_agreement import (
    canonical_ids,
    ceiling,
    cohen_kappa,
    has_indicator_agreement,
    id_agreement,
    judged,
    kind,
    pair_labels,
)

MERGED = {"old.x": "a.x"}


def canonical(x: str) -> str:
    return MERGED.get(x, x)


#: six names: same first id (via a merged id), credited (first id among the other's ids), different indicators,
#: first only, second only, both none
FIRST = [
    {"name": "客户满意度", "source": "p1", "ids": ["old.x"]},
    {"name": "Churn rate", "source": "p1", "ids": ["b.y", "b.z"]},
    {"name": "差错率", "source": "p2", "ids": ["c.q"]},
    {"name": "Revenue per mile", "source": "p2", "ids": ["d.r"]},
    {"name": "谈判成功率", "source": "p3", "ids": None},
    {"name": "Work quality", "source": "p3", "ids": None},
]
SECOND = [
    {"name": "客户满意度", "source": "p1", "ids": ["a.x", "old.x"]},
    {"name": "Churn rate", "source": "p1", "ids": ["b.z"]},
    {"name": "差错率", "source": "p2", "ids": ["c.w"]},
    {"name": "Revenue per mile", "source": "p2", "ids": None},
    {"name": "谈判成功率", "source": "p3", "ids": ["e.s"]},
    {"name": "Work quality", "source": "p3", "ids": None},
]


@pytest.fixture
def rows():
    return pair_labels(FIRST, SECOND, canonical)


def test_labels_are_paired_with_merged_ids_resolved_and_duplicates_dropped(rows):
    assert rows[0]["first"] == ["a.x"] and rows[0]["second"] == ["a.x"]
    assert [r["lang"] for r in rows] == ["zh", "en", "zh", "en", "zh", "en"]
    assert canonical_ids(None, canonical) is None and canonical_ids([], canonical) is None


def test_files_with_other_names_or_order_are_refused():
    with pytest.raises(ValueError, match="same names"):
        pair_labels(FIRST, list(reversed(SECOND)), canonical)


def test_each_name_falls_in_one_agreement_class(rows):
    assert [kind(r) for r in rows] == ["same_first", "credited", "different", "first_only", "second_only", "both_none"]


def test_has_an_indicator_agreement_and_kappa(rows):
    a = has_indicator_agreement(rows)
    assert (a["both_linked"], a["both_none"], a["first_only"], a["second_only"]) == (3, 1, 1, 1)
    assert a["agreement"] == pytest.approx(4 / 6)
    # both raters say yes 4 of 6 times: chance agreement (4/6)^2 + (2/6)^2 = 5/9; kappa (2/3 - 5/9) / (4/9) = 1/4
    assert a["kappa"] == pytest.approx(0.25)


def test_kappa_extremes():
    assert cohen_kappa([True, False, True], [True, False, True]) == pytest.approx(1.0)
    assert cohen_kappa([True, False], [False, True]) == pytest.approx(-1.0)
    # one class only: full agreement counts 1.0 (the convention of benchmarks/agreement_stats.py, shared with the
    # SMART agreement), any disagreement with certain chance agreement is undefined
    assert cohen_kappa([True, True], [True, True]) == 1.0
    assert math.isnan(cohen_kappa([], []))
    with pytest.raises(ValueError):
        cohen_kappa([True], [True, False])


def test_id_agreement_on_names_both_linked(rows):
    b = id_agreement(rows)
    assert (b["n"], b["credited"], b["strict"]) == (3, 2, 1)


def test_judged_scores_one_labeller_against_the_other_like_the_benchmark(rows):
    second_by_first = judged(rows, "second", "first")
    # first linked 4 names; the second's first id is right on 客户满意度 and Churn rate (b.z is among b.y, b.z)
    assert (second_by_first["n_id"], second_by_first["top1"]) == (4, 0.5)
    # the second said none on Revenue per mile (first: linked) and Work quality (first: none)
    assert second_by_first["none_p"] == pytest.approx(0.5)
    assert second_by_first["right"] == 3
    first_by_second = judged(rows, "first", "second")
    # the second linked 4 names; the first's first id b.y is not among the second's ids (b.z) on Churn rate
    assert (first_by_second["n_id"], first_by_second["top1"]) == (4, 0.25)
    assert first_by_second["none_p"] == pytest.approx(0.5)


def test_the_ceiling_sentence_gives_both_directions(rows):
    line = ceiling("toy", rows)
    assert line.startswith("- toy (6 names)")
    # second judged by first: top-1 0.50 / none precision 0.50; first judged by second: 0.25 / 0.50
    assert "top-1 0.50 / none precision 0.50" in line and "the first judged by the second 0.25 / 0.50" in line
