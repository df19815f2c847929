"""KPI linking, round 39's lever (class (c)): ``kindless_threshold``, off by default (its rule: ROUND39_NOTES)."""

from __future__ import annotations

import pytest

from kpiguide.suggest.linking import IndicatorLinker


def test_the_lever_is_off_by_default():
    assert IndicatorLinker().kindless_threshold is None


def test_it_raises_the_decisions_thresholds_only_for_a_name_that_states_no_kind(fitted_linker):
    off, on = fitted_linker(), fitted_linker(kindless_threshold=0.5)
    shipped = (off.decision_["threshold_linked"], off.decision_["threshold_unlinked"])
    assert off.name_thresholds("风险管理") == shipped
    assert on.name_thresholds("风险管理") == (max(shipped[0], 0.5), max(shipped[1], 0.5))
    assert on.name_thresholds("员工流失率") == shipped  # a rate: unchanged
    assert on.name_thresholds("Risk management") == (max(shipped[0], 0.5), max(shipped[1], 0.5))


def test_at_one_a_kindless_name_is_never_linked_by_the_decision_and_a_name_with_a_kind_is_unchanged(fitted_linker):
    off, on = fitted_linker(), fitted_linker(kindless_threshold=1.0)
    assert on.link("风险管理").id is None
    for name in ("员工流失率", "客户满意度"):  # a rate; an exact catalog name (never changed by the decision)
        assert on.link(name).id == off.link(name).id


def test_a_threshold_outside_zero_one_is_refused():
    from kpiguide.catalog import load_catalog

    with pytest.raises(ValueError):
        IndicatorLinker(kindless_threshold=1.5).fit(load_catalog())
