"""Single health rules on a hand-made context (demo scheme, a few actuals)."""

from __future__ import annotations

from types import SimpleNamespace

import pandas as pd
import pytest

from kpiguide.core.model import Period
from kpiguide.design.demo import build_demo_scheme
from kpiguide.evaluation.health import (
    HealthContext,
    HealthParams,
    adjustments_granted,
    department_drift,
    exact_target,
    targets_too_easy_or_hard,
)

MONTHS = [f"2026-{m:02d}" for m in range(1, 10)]


@pytest.fixture(scope="module")
def scheme():
    return build_demo_scheme("en")


def _context(scheme, rows, *, employees=None, **params) -> HealthContext:
    frame = pd.DataFrame(rows, columns=["subject", "kpi", "period", "value"]).assign(
        subject_kind="employee", recorded_at=None
    )
    result = SimpleNamespace(employees=employees if employees is not None else pd.DataFrame(columns=["score"]))
    return HealthContext(Period.parse("2026Q3"), scheme, frame, result, (), HealthParams(**params))


def test_exact_target_flags_values_equal_to_the_target_month_after_month(scheme):
    ctx = _context(scheme, [("E001", "sa_sales", m, 180000.0) for m in MONTHS])
    (finding,) = exact_target(ctx)
    assert finding.details["employee"] == "E001" and finding.details["months"] == 9


def test_exact_target_ignores_a_run_shorter_than_exact_months(scheme):
    rows = [("E001", "sa_sales", m, 180000.0 if i >= 5 else 150000.0) for i, m in enumerate(MONTHS)]
    assert exact_target(_context(scheme, rows)) == []


def test_targets_never_met_suggest_the_75th_percentile(scheme):
    ctx = _context(scheme, [("E001", "sa_sales", m, 100000.0) for m in MONTHS])
    (finding,) = targets_too_easy_or_hard(ctx)
    assert finding.code == "evaluation.health_never_met" and finding.details["share"] == 0.0


def test_department_drift_needs_drift_points(scheme):
    employees = pd.DataFrame({"department": ["a", "a", "b", "b"], "score": [90.0, 92.0, 80.0, 82.0]})
    assert {f.details["department"] for f in department_drift(_context(scheme, [], employees=employees))} == {"a", "b"}
    assert department_drift(_context(scheme, [], employees=employees, drift_points=20.0)) == []


def test_no_adjustments_no_finding(scheme):
    assert adjustments_granted(_context(scheme, [])) == []
