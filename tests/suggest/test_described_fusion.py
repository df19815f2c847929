"""Issue 12 round 54: a weak reading whose first role is read from the text's own words without its title fuses with
the text match at a lower weight (``IndicatorSuggester(described_fusion=True)``); off by default until its judged run
(benchmarks/suggest_described_fusion.py), and off the engine is round 53's exactly. The texts below are written for
these tests, not taken from a labelled set."""

from __future__ import annotations

import pytest

from kpiguide.catalog import load_catalog
from kpiguide.suggest.engine import _DESCRIBED_FUSION, IndicatorSuggester, _described
from tests.suggest._switch import listed_ids, off_and_on

DESCRIBED = "负责仓库货物的入库验收、盘点和出库发货"  # warehouse duties: a role read from them, no title


@pytest.fixture(scope="module")
def engines() -> tuple[IndicatorSuggester, IndicatorSuggester]:
    return off_and_on("described_fusion")


def test_the_switch_is_a_bool_and_off_by_default() -> None:
    assert IndicatorSuggester().get_params()["described_fusion"] is False
    with pytest.raises(Exception):  # a bool only
        IndicatorSuggester(described_fusion="yes").fit(load_catalog())


def test_a_described_role_fuses_at_the_lower_weight(engines) -> None:
    off, on = engines
    assert _DESCRIBED_FUSION == 0.3
    ctx = on.context(DESCRIBED)
    assert on.weak_reading(ctx) and _described(ctx.roles[0])
    assert off._fusion_weight(ctx) == off.text_fusion and on._fusion_weight(ctx) == _DESCRIBED_FUSION
    assert listed_ids(off, DESCRIBED, 10) != listed_ids(on, DESCRIBED, 10)


def test_other_readings_are_untouched(engines) -> None:
    off, on = engines
    for text in (
        "Bank teller",  # a role named by its title
        "钢筋工",  # a Chinese title
        "负责门店的日常运营，降低员工流失率",  # a role read through the word bridge
        "Keeps the warehouse stock records and counts the pallets each week",  # an English role read by meaning
        "策略：把每月关账时间从8天缩短到5天。部门：财务",  # a department strategy
    ):
        ctx = on.context(text)
        assert on._fusion_weight(ctx) != _DESCRIBED_FUSION
        assert listed_ids(off, text, 10) == listed_ids(on, text, 10)
