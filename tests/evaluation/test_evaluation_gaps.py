from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from kpiguide.core.model import Period
from kpiguide.evaluation import evaluate, score_frames
from kpiguide.evaluation.calibration import calibration
from kpiguide.evaluation.gaps import add_cause_note, gap_analysis
from kpiguide.project.store import open_project
from tests.evaluation._evaluation_helpers import actuals, fake_assess, frames


def test_gap_verdict_uses_injected_assess_and_cause_notes(demo_project):
    with open_project(demo_project) as store:
        result = evaluate(store, "2026Q3")
        add_cause_note(store, "2026Q3", "E003", "sa_sales", "Store refit in August", actor="E009")
        gaps = gap_analysis(store, result, employee="E003", assess=fake_assess)
        none = gap_analysis(store, result, employee="E003", assess=None)
    sales = next(g for g in gaps if g.kpi == "sa_sales")
    assert sales.shortfall == pytest.approx(sales.target - sales.actual)
    assert sales.verdict in ("normal_variation", "signal") and sales.interval is not None
    assert sales.notes[0]["text"] == "Store refit in August"
    assert sales.n_history == 30
    assert {g.verdict for g in none} == {"unknown"}


class _Store:
    def __init__(self, frame):
        self.frame = frame

    def actuals_frame(self):
        return self.frame

    def list_records(self, kind):
        return []


def test_gap_signal_versus_normal_variation_hand_made():
    history = [
        ("A", "k", f"2025-{m:02d}", v) for m, v in zip(range(1, 13), [100, 102, 98, 101, 99, 100] * 2, strict=True)
    ]
    emp, kpis = frames([("k", "r", 100, 100.0, "%", "higher", "linear", np.nan, np.nan)])
    frame = actuals(history).assign(subject_kind="employee")
    period = Period.parse("2026-01")
    for value, verdict in ((98.0, "normal_variation"), (80.0, "signal")):
        r = score_frames(emp, kpis, actuals([("A", "k", "2026-01", value)]), period)
        (gap,) = gap_analysis(_Store(frame), r, assess=fake_assess)
        assert gap.verdict == verdict


def test_calibration_flags_skewed_and_uniform_groups():
    n = 40
    emp_rows = [(f"E{i}", "x", "r", "big" if i < 30 else "lucky", "M1" if i < 30 else "M2") for i in range(n)]
    emp, kpis = frames([("k", "r", 100, 100.0, "%", "higher", "linear", np.nan, np.nan)], emp_rows)
    vals = [95.0] * 30 + [112.0] * 10
    act = actuals([(f"E{i}", "k", "2026-07", v) for i, v in enumerate(vals)])
    view = calibration(score_frames(emp, kpis, act, Period.parse("2026-07")))
    codes = {(f.code, f.subject) for f in view.findings}
    assert ("evaluation.rating_skew", "departments/lucky") in codes
    assert ("evaluation.rating_uniform", "managers/M2") in codes
    assert view.organisation == {"S": 10, "A": 0, "B": 30, "C": 0, "D": 0}
    assert isinstance(view.departments, pd.DataFrame) and set(view.departments["group"]) == {"big", "lucky"}


def test_calibration_on_demo_compares_to_guide(demo_project):
    with open_project(demo_project) as store:
        view = calibration(evaluate(store, "2026Q3"))
    assert sum(view.organisation.values()) == 37
    assert [g["guide_share"] for g in view.guide] == [20.0, 70.0, 10.0]
    assert set(view.managers["group"]) == {"E009", "E020", "E021"}


def test_gap_says_signal_or_routine_variation_from_the_xmr_chart():
    """Beside the achievability range, the gap reads the month on the XmR chart (hand-computed limits)."""
    base = [100, 102, 98, 101, 99, 100] * 2
    history = [("A", "k", f"2025-{m:02d}", v) for m, v in zip(range(1, 13), base, strict=True)]
    emp, kpis = frames([("k", "r", 100, 100.0, "%", "higher", "linear", np.nan, np.nan)])
    period = Period.parse("2026-01")
    for value, status in ((98.0, "routine"), (80.0, "signal")):
        frame = actuals([*history, ("A", "k", "2026-01", value)]).assign(subject_kind="employee")
        r = score_frames(emp, kpis, actuals([("A", "k", "2026-01", value)]), period)
        (gap,) = gap_analysis(_Store(frame), r, assess=fake_assess)
        assert gap.process == status
        assert gap.to_dict()["process"] == status
    # routine case by hand: 13 points, mean 1298/13, average moving range 26/12, limits mean ± 2.66 × mR
    frame = actuals([*history, ("A", "k", "2026-01", 98.0)]).assign(subject_kind="employee")
    r = score_frames(emp, kpis, actuals([("A", "k", "2026-01", 98.0)]), period)
    (gap,) = gap_analysis(_Store(frame), r, assess=None)
    centre, mr = 1298 / 13, 26 / 12
    assert gap.process_limits == pytest.approx((centre - 2.66 * mr, centre + 2.66 * mr))
    assert gap.verdict == "unknown"  # the XmR reading does not need the achievability engine


def test_gap_without_three_months_has_no_process_reading():
    emp, kpis = frames([("k", "r", 100, 100.0, "%", "higher", "linear", np.nan, np.nan)])
    rows = [("A", "k", "2025-12", 99.0), ("A", "k", "2026-01", 90.0)]
    r = score_frames(emp, kpis, actuals(rows[1:]), Period.parse("2026-01"))
    (gap,) = gap_analysis(_Store(actuals(rows).assign(subject_kind="employee")), r, assess=None)
    assert gap.process is None and gap.process_limits is None
