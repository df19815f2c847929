from kpiguide.core.findings import Finding
from kpiguide.evaluation import close_period
from kpiguide.evaluation.dashboard import AREAS, closed_periods, findings_counts, open_findings
from kpiguide.project.store import open_project


def test_closed_periods_newest_first_and_findings_per_area(demo_project):
    with open_project(demo_project) as store:
        assert closed_periods(store) == []
        before = open_findings(store)
        assert set(before) == {"balance", "data"}
        close_period(store, "2026Q2", actor="t")
        close_period(store, "2026Q3", actor="t")
        assert closed_periods(store) == ["2026Q3", "2026Q2"]
        after = open_findings(store)
    assert set(after) == set(AREAS)
    assert all(isinstance(f, Finding) for items in after.values() for f in items)


def test_findings_counts_per_severity():
    items = [Finding("x", s, "kpis/k1", "m", "m") for s in ("error", "warning", "warning")]
    assert findings_counts({"data": items, "balance": []}) == {
        "data": {"error": 1, "warning": 2, "info": 0},
        "balance": {"error": 0, "warning": 0, "info": 0},
    }
