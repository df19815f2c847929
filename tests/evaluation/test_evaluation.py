from __future__ import annotations

import numpy as np
import pytest

from kpiguide.core.errors import InputError
from kpiguide.core.model import Period
from kpiguide.evaluation import evaluate, load_rules, score_frames
from kpiguide.evaluation.rules import achievement
from tests.evaluation._evaluation_helpers import actuals, frames

Q3 = Period.parse("2026Q3")
MONTHS = ["2026-07", "2026-08", "2026-09"]


def test_quarter_sums_flow_kpi_and_averages_rate_kpi_with_hand_computed_scores():
    emp, kpis = frames(
        [
            ("sales", "r", 60, 100.0, "CNY", "higher", "linear", np.nan, np.nan),
            ("conv", "r", 40, 4.0, "%", "higher", "linear", np.nan, np.nan),
        ]
    )
    act = actuals(
        [("A", "sales", m, v) for m, v in zip(MONTHS, (90, 120, 60), strict=True)]
        + [("A", "conv", m, v) for m, v in zip(MONTHS, (3.0, 4.0, 5.0), strict=True)]
    )
    r = score_frames(emp, kpis, act, Q3)
    items = r.items.set_index("kpi")
    # sales: 270 against 3 × 100 = 300 -> 90 %; conv: mean 4.0 against 4.0 -> 100 %
    assert items.loc["sales", "target"] == 300
    assert items.loc["sales", "actual"] == 270
    assert items.loc["sales", "score"] == pytest.approx(90.0)
    assert items.loc["conv", "score"] == pytest.approx(100.0)
    assert r.employees.loc[0, "score"] == pytest.approx(0.6 * 90 + 0.4 * 100)  # 94
    assert r.employees.loc[0, "rating"] == "B"


def test_aggregation_override_per_kpi_wins_over_unit_default():
    emp, kpis = frames([("sales", "r", 100, 100.0, "CNY", "higher", "linear", np.nan, np.nan)])
    act = actuals([("A", "sales", m, 100.0) for m in MONTHS])
    r = score_frames(emp, kpis, act, Q3, aggregation={"sales": "mean"})
    assert r.items.loc[0, "actual"] == 100 and r.items.loc[0, "target"] == 100


def test_ratio_formula_is_averaged_even_with_currency_unit():
    emp, kpis = frames([("basket", "r", 100, 260.0, "元", "higher", "linear", np.nan, np.nan, "销售额 ÷ 成交单数")])
    act = actuals([("A", "basket", m, 260.0) for m in MONTHS])
    r = score_frames(emp, kpis, act, Q3)
    assert r.items.loc[0, "aggregation"] == "mean"
    assert r.items.loc[0, "score"] == pytest.approx(100)


@pytest.mark.parametrize(
    ("direction", "actual", "target", "expected"),
    [("higher", 110, 100, 1.1), ("lower", 40, 50, 1.2), ("lower", 60, 50, 0.8), ("higher", 0, 10, 0.0)],
    ids=["higher-above", "lower-below", "lower-above", "higher-zero-actual"],
)
def test_achievement_is_direction_aware(direction, actual, target, expected):
    nan = np.array([np.nan])
    ach, _, reason = achievement(
        np.array([actual]), np.array([target]), np.array([direction]), nan, nan, np.array([0.1]), nan
    )
    assert ach[0] == pytest.approx(expected)
    assert reason[0] == ""


def test_range_kpi_full_inside_band_and_linear_falloff_outside():
    emp, kpis = frames([("budget", "r", 100, 100.0, "%", "range", "range", 95.0, 105.0)])
    act = actuals([("A", "budget", m, v) for m, v in zip(MONTHS, (108, 108, 108), strict=True)])
    r = score_frames(emp, kpis, act, Q3)
    # 3 points above the band, falloff 10 % of 100 = 10 points -> 70 %
    assert r.items.loc[0, "score"] == pytest.approx(70.0)


def test_zero_target_lower_is_skipped_with_reason_unless_pass_fail():
    emp, kpis = frames(
        [
            ("incidents", "r", 50, 0.0, "次", "lower", "linear", np.nan, np.nan),
            ("defects", "r", 50, 0.0, "次", "lower", "zero_defect", np.nan, np.nan),
        ]
    )
    act = actuals([("A", k, m, 0.0) for k in ("incidents", "defects") for m in MONTHS])
    r = score_frames(emp, kpis, act, Q3, aggregation={"incidents": "sum", "defects": "sum"})
    items = r.items.set_index("kpi")
    assert items.loc["incidents", "status"] == "skipped"
    assert items.loc["incidents", "reason"] == "zero_target_lower"
    assert items.loc["defects", "score"] == 100
    assert list(r.skipped["reason"]) == ["zero_target_lower"]
    assert "zero_defect" in r.skip_messages("en")[0]
    # the total is renormalised over the scored weight, and that is reported
    assert r.employees.loc[0, "score"] == 100
    assert "evaluation.weights_renormalised" in r.findings.codes()


def test_linear_cap_and_piecewise_rule():
    emp, kpis = frames(
        [
            ("a", "r", 50, 100.0, "%", "higher", "linear", np.nan, np.nan),
            ("b", "r", 50, 100.0, "%", "higher", "threshold_target_stretch", np.nan, np.nan),
        ]
    )
    act = actuals([("A", "a", m, 150.0) for m in MONTHS] + [("A", "b", m, 90.0) for m in MONTHS])
    r = score_frames(emp, kpis, act, Q3).items.set_index("kpi")
    assert r.loc["a", "score"] == 120  # capped
    assert r.loc["b", "score"] == pytest.approx(80.0)  # halfway between (0.8, 60) and (1.0, 100)


def test_unknown_employee_kpi_duplicates_and_missing_are_listed_not_dropped():
    emp, kpis = frames(
        [("k", "r", 100, 10.0, "%", "higher", "linear", np.nan, np.nan)],
        [("A", "Ann", "r", "d", None), ("B", "Bo", "r", "d", None)],
    )
    act = actuals(
        [
            ("A", "k", "2026-07", 10.0),
            ("A", "k", "2026-07", 11.0),
            ("Z", "k", "2026-07", 1.0),
            ("A", "nope", "2026-08", 1.0),
        ]
    )
    r = score_frames(emp, kpis, act, Q3)
    reasons = sorted(zip(r.skipped["employee"], r.skipped["reason"], strict=True))
    assert reasons == [("A", "duplicate_actual"), ("A", "unknown_kpi"), ("B", "no_actual"), ("Z", "unknown_employee")]
    assert r.employees["score"].isna().all()


def test_partial_months_prorate_flow_target_and_raise_a_finding():
    emp, kpis = frames([("sales", "r", 100, 100.0, "CNY", "higher", "linear", np.nan, np.nan)])
    act = actuals([("A", "sales", "2026-07", 100.0), ("A", "sales", "2026-08", 80.0)])
    r = score_frames(emp, kpis, act, Q3)
    assert r.items.loc[0, "target"] == 200
    assert r.items.loc[0, "score"] == pytest.approx(90.0)
    assert "evaluation.partial_data" in r.findings.codes()


def test_rules_file_problems_are_reported_together(tmp_path):
    path = tmp_path / "bad.yaml"
    path.write_text(
        "rules:\n  x: {kind: nope}\n  y: {kind: piecewise, points: [[1, 2], [0.5, 3]]}\n"
        "distribution_guide: [{ratings: [A], share: 50}]\n",
        encoding="utf-8",
    )
    with pytest.raises(InputError, match=r"3 problem\(s\)") as info:
        load_rules(path)
    assert "'nope'" in str(info.value)


def test_ratings_and_distribution_guide_shown_not_enforced():
    rules = load_rules()
    assert list(rules.rate(np.array([115, 100, 95, 80, 10, np.nan]))) == ["S", "A", "B", "C", "D", ""]


def test_demo_quarter_scores_everyone_and_skips_nothing(demo_project):
    from kpiguide.project.store import open_project

    with open_project(demo_project) as store:
        r = evaluate(store, "2026年第三季度")
    assert r.period == Q3
    assert len(r.employees) == 37
    assert r.employees["score"].notna().all()
    assert r.skipped.empty
    assert set(r.employees["rating"]) <= set("SABCD")
    basket = r.items[(r.items["employee"] == "E001") & (r.items["kpi"] == "sa_basket")].iloc[0]
    assert basket["aggregation"] == "mean"
    budget = r.items[r.items["kpi"] == "fp_budget_execution"].iloc[0]
    assert budget["rule"] == "range" and 0 <= budget["score"] <= 100
    records = r.to_records()
    assert {"employee", "score", "rating", "kpis"} <= set(records[0])
    assert {"target", "actual", "achievement", "adjusted"} <= set(records[0]["kpis"][0])


def test_new_hire_year_evaluation_has_partial_data_not_a_crash(demo_project):
    from kpiguide.project.store import open_project

    with open_project(demo_project) as store:
        r = evaluate(store, "2025")
    e036 = r.employees.set_index("employee").loc["E036"]
    assert np.isnan(e036["score"])
    assert set(r.skipped[r.skipped["employee"] == "E036"]["reason"]) == {"no_actual"}
    assert any(f.details.get("employee") == "E010" for f in r.findings if f.code == "evaluation.partial_data")


def test_evaluate_a_period_without_actuals_scores_nothing_instead_of_crashing(tmp_path):
    from kpiguide.design.demo import create_demo_project
    from kpiguide.evaluation import evaluate as evaluate_project
    from kpiguide.project.store import open_project

    with open_project(create_demo_project(tmp_path)) as store:
        result = evaluate_project(store, "2030Q1")
    assert len(result.items) > 0
    assert set(result.items["status"]) == {"skipped"} and set(result.items["reason"]) == {"no_actual"}
