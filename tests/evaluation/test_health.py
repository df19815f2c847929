from __future__ import annotations

from kpiguide.evaluation import grant_leave
from kpiguide.evaluation.health import health_review
from kpiguide.project.store import open_project


def test_health_review_finds_planted_problems_in_demo(demo_project):
    with open_project(demo_project) as store:
        grant_leave(store, "E003", "2026Q3", 10, reason="sick leave")
        report = health_review(store, "2026Q3")
    codes = report.codes()
    exact = [f for f in report if f.code == "evaluation.health_exact_target"]
    assert [f.details["employee"] for f in exact] == ["E016"]
    late = [f for f in report if f.code == "evaluation.health_late_data"]
    assert late and all("E005 2026-08" in f.details["who"] for f in late)
    assert "evaluation.health_adjustments" in codes
    assert any(c in codes for c in ("evaluation.health_always_met", "evaluation.health_never_met"))
    for f in report:
        assert f.suggestion_zh and f.suggestion_en


def test_health_review_reports_missing_month(demo_project):
    with open_project(demo_project) as store:
        report = health_review(store, "2025Q3")
    missing = [f for f in report if f.code == "evaluation.health_missing_data"]
    store_manager = [f for f in missing if "/roles/store_manager/" in f.subject]
    assert len(store_manager) == 5 and all(f.details["who"] == "E010 2025-08" for f in store_manager)
    # the new hire E036 has no data before 2026-01: reported, not hidden
    assert any("E036" in f.details["who"] for f in missing if "/roles/accountant/" in f.subject)
