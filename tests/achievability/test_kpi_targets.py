from dataclasses import replace

import pandas as pd

from kpiguide.achievability.kpi_targets import MIN_HISTORY, assess_kpi, assess_kpi_history
from kpiguide.core.model import Direction, Kpi
from kpiguide.project.store import open_project


def _kpi(**changes):
    values = dict(
        id="k1", name="Sales", role="r1", objective=None, weight=50, target=110.0, unit="",
        direction="higher", perspective="financial", leading=False, frequency="monthly",
    )  # fmt: skip
    values.update(changes)
    return Kpi(**values)


def _history(n):
    return pd.Series([100.0 + i for i in range(n)], index=[f"2025-{m:02d}" for m in range(1, n + 1)])


def test_short_history_gives_no_assessment():
    assert assess_kpi_history(_kpi(), _history(MIN_HISTORY - 1)) is None


def test_range_kpi_without_range_is_judged_higher_is_better():
    kpi = _kpi(direction=Direction.RANGE, target=110.0)
    result = assess_kpi_history(kpi, _history(12), "en")
    assert result is not None and result.direction == "higher"
    assert assess_kpi_history(replace(kpi, direction=Direction.HIGHER), _history(12), "en").p_attain == result.p_attain


def test_assess_kpi_reads_the_store_history(demo_project):
    with open_project(demo_project) as store:
        kpi = store.load_scheme().kpi("sa_sales")
        history, assessment = assess_kpi(store, kpi, "zh")
    assert len(history) >= MIN_HISTORY and assessment is not None and assessment.bands["base"] > 0
