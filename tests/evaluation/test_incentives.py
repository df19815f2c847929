from __future__ import annotations

import numpy as np
import pytest

from kpiguide.core.errors import InputError
from kpiguide.core.model import Period
from kpiguide.evaluation import score_frames
from kpiguide.evaluation.incentives import allocate_pool, incentives, load_incentive_table
from tests.evaluation._evaluation_helpers import actuals, frames


def test_largest_remainder_keeps_pool_exact():
    # 100.00 over three equal weights: 33.33 each leaves 1 cent for the first
    shares = allocate_pool(100.0, np.array([1.0, 1.0, 1.0]))
    assert list(shares) == [33.34, 33.33, 33.33]
    assert round(shares.sum(), 2) == 100.0


def test_pool_proportional_to_coefficient_times_base():
    shares = allocate_pool(1000.0, np.array([1.5 * 2, 1.0 * 1, 0.0]), unit=1)
    assert list(shares) == [750, 250, 0]


def test_pool_not_multiple_of_unit_is_rejected():
    with pytest.raises(InputError, match="whole multiple"):
        allocate_pool(10.005, np.array([1.0]))


def _result():
    emp, kpis = frames(
        [("k", "r", 100, 100.0, "%", "higher", "linear", np.nan, np.nan)],
        [
            ("A", "Ann", "r", "d1", None),
            ("B", "Bo", "r", "d1", None),
            ("C", "Cy", "r", "d2", None),
            ("D", "Di", "r", "d2", None),
        ],
    )
    act = actuals(
        [
            (e, "k", m, v)
            for e, v in zip("ABCD", (115, 95, 70, 101), strict=True)
            for m in ("2026-07", "2026-08", "2026-09")
        ]
    )
    return score_frames(emp, kpis, act, Period.parse("2026Q3"))


def test_shipped_table_coefficients_bonus_from_base_and_eligibility():
    table = load_incentive_table()
    assert dict(table.coefficients) == {"S": 1.5, "A": 1.2, "B": 1.0, "C": 0.6, "D": 0.0}
    inc = incentives(_result(), default_base=1000.0, bases={"A": 2000.0})
    f = inc.frame.set_index("employee")
    assert list(f["rating"]) == ["S", "B", "D", "A"]
    assert f.loc["A", "bonus"] == 3000.0 and f.loc["B", "bonus"] == 1000.0 and f.loc["C", "bonus"] == 0.0
    assert f.loc["A", "promotion"] and f.loc["C", "development"] and not f.loc["B", "promotion"]


def test_department_pool_shares_add_up_exactly():
    inc = incentives(_result(), pools={"d1": 1000.0})
    f = inc.frame.set_index("employee")
    # d1: A (S, 1.5) and B (B, 1.0) with base 1 -> 600 / 400
    assert f.loc["A", "bonus"] == 600.0 and f.loc["B", "bonus"] == 400.0
    assert inc.pools.loc[0, "allocated"] == 1000.0
    assert np.isnan(f.loc["C", "bonus"])  # no base and no pool: not computed, not invented


def test_unknown_pool_department_is_an_error():
    with pytest.raises(InputError, match="unknown department"):
        incentives(_result(), pools={"nope": 10.0})


def test_score_table_links_scores_directly(tmp_path):
    path = tmp_path / "t.yaml"
    path.write_text("score_table: [[100, 2.0], [0, 0.5]]\n", encoding="utf-8")
    inc = incentives(_result(), default_base=10.0, table=load_incentive_table(path))
    assert list(inc.frame["coefficient"]) == [2.0, 0.5, 0.5, 2.0]


@pytest.mark.parametrize("value", [".nan", ".inf"])
def test_incentive_table_refuses_non_finite_coefficients(tmp_path, value):
    path = tmp_path / "t.yaml"
    path.write_text(f"coefficients: {{A: 1.5, B: {value}}}\n", encoding="utf-8")
    with pytest.raises(InputError, match="coefficient of 'B'"):
        load_incentive_table(path)
