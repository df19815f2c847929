"""Round 35's lever (off by default): the linker's reading of a KPI it does not place (``LinkedRelevance(
linker_reading=S)``, :data:`kpiguide.suggest.relevance.LINKER_READING_DEFAULT`).  The KPI and objective texts are
written for this test; the linker's answer for the KPI is a stub, so the reading's source is fixed."""

from __future__ import annotations

import pytest

from kpiguide.suggest.linking import Alternative, Link
from kpiguide.suggest.relevance import LINKER_READING_DEFAULT, LINKER_READING_SCALES, LinkedRelevance

KPI = "季度苗圃巡检得分"  # the real linker leaves it unplaced
OBJECTIVE = "改善经营性现金流"  # read as the cash-flow template, which days sales outstanding measures
DSO = "finance.days_sales_outstanding"


class StubLinker:
    """The real linker, except for ``KPI``: unplaced, with ``answer`` as what it read of it."""

    def __init__(self, real, answer: Link) -> None:
        self.real, self.answer = real, answer

    def link(self, text, **kwargs):
        return self.answer if text == KPI else self.real.link(text, **kwargs)


@pytest.fixture(scope="module")
def linked():
    from kpiguide.checks.smart import _default_relevance

    return _default_relevance()


def _relevance(linked, answer: Link, scale: float | None) -> LinkedRelevance:
    return LinkedRelevance(linked.suggester, StubLinker(linked.linker, answer), linker_reading=scale)


def test_off_by_default_and_the_scales_are_sorted(linked):
    assert LINKER_READING_DEFAULT is None and linked.linker_reading is None
    assert tuple(sorted(LINKER_READING_SCALES)) == LINKER_READING_SCALES
    assert linked._linker_reading(KPI) == (None, 0.0)
    assert linked._indicator_of(KPI, None) == (None, 0.0)  # the real linker leaves the KPI unplaced


def test_an_unplaced_kpi_is_also_read_as_the_linkers_first_alternative(linked):
    answer = Link(KPI, None, 0.0, (Alternative(DSO, 0.3), Alternative("hr.turnover_rate", 0.5)), "", "none")
    off, on, high = (_relevance(linked, answer, s) for s in (None, 1.0, 2.0))
    assert DSO not in dict(off._readings(KPI, OBJECTIVE, (None, 0.0)))
    # the first alternative (the linker's order), at S x min(1, 0.3 / 0.6), at most 1
    assert dict(on._readings(KPI, OBJECTIVE, (None, 0.0)))[DSO] == pytest.approx(0.5)
    assert dict(high._readings(KPI, OBJECTIVE, (None, 0.0)))[DSO] == pytest.approx(1.0)
    assert "hr.turnover_rate" not in dict(on._readings(KPI, OBJECTIVE, (None, 0.0)))
    assert off.score(KPI, OBJECTIVE) < 0.3 <= on.score(KPI, OBJECTIVE) <= high.score(KPI, OBJECTIVE)
    assert not on.foreign(KPI, OBJECTIVE)  # like the other readings of an unplaced KPI it never makes it foreign


def test_the_linkers_own_pick_under_min_link_comes_first(linked):
    pick = linked.suggester.catalog_.get(DSO)
    answer = Link(KPI, pick, 0.12, (Alternative("hr.turnover_rate", 0.5),), "", "similar")
    on = _relevance(linked, answer, 1.0)
    assert on._indicator_of(KPI, None) == (None, 0.0)  # under min_link 0.3: unplaced
    assert on._linker_reading(KPI) == (DSO, pytest.approx(0.2))


def test_nothing_read_without_a_candidate_and_a_placed_kpi_is_left_to_its_indicator(linked):
    on = _relevance(linked, Link(KPI, None, 0.0, (), "", "none"), 2.0)
    assert on._linker_reading(KPI) == (None, 0.0)
    assert on.score(KPI, OBJECTIVE) == linked.score(KPI, OBJECTIVE)
    placed = "应收账款周转天数"
    assert on._indicator_of(placed, None)[0] == DSO
    assert on.score(placed, OBJECTIVE) == linked.score(placed, OBJECTIVE)
