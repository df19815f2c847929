"""Bulk writes of actuals (issue 16, item 5): one transaction, the same rules as row by row."""

from __future__ import annotations

import pytest

from kpiguide.core.errors import DataImportError
from kpiguide.core.model import Actual
from kpiguide.core.periods import Period
from kpiguide.project.store import open_project


def _columns(values, kpi="sa_sales", subject="E001", periods=None):
    periods = periods or [f"2027-{m:02d}" for m in range(1, len(values) + 1)]
    return {
        "subject_kind": ["employee"] * len(values),
        "subject": [subject] * len(values),
        "kpi": [kpi] * len(values),
        "period": periods,
        "value": values,
    }


def test_bulk_columns_insert_and_read_back(demo_project):
    with open_project(demo_project) as store:
        counts = store.add_actual_columns(_columns([1.0, 2.0, 3.0]), actor="t")
        assert counts == {"inserted": 3, "replaced": 0, "unchanged": 0}
        got = {str(a.period): a.value for a in store.actuals(kpi="sa_sales", subject="E001") if a.period.year == 2027}
        assert got == {"2027-01": 1.0, "2027-02": 2.0, "2027-03": 3.0}
        assert all(a.recorded_by == "t" for a in store.actuals(kpi="sa_sales", subject="E001") if a.period.year == 2027)


def test_bulk_columns_clash_in_batch_writes_nothing(demo_project):
    with open_project(demo_project) as store:
        before = len(store.actuals())
        with pytest.raises(DataImportError, match="already has"):
            store.add_actual_columns(_columns([1.0, 2.0], periods=["2027-01", "2027-01"]), actor="t")
        assert len(store.actuals()) == before
        same = store.add_actual_columns(_columns([5.0, 5.0], periods=["2027-02", "2027-02"]), actor="t")
        assert same == {"inserted": 1, "replaced": 0, "unchanged": 1}


def test_bulk_columns_against_stored_values(demo_project):
    with open_project(demo_project) as store:
        store.add_actuals([Actual("E001", "sa_sales", Period.parse("2027-05"), 9.0)], actor="t")
        with pytest.raises(DataImportError):
            store.add_actual_columns(_columns([10.0], periods=["2027-05"]), actor="t")
        counts = store.add_actual_columns(_columns([10.0], periods=["2027-05"]), actor="t", replace_existing=True)
        assert counts["replaced"] == 1
        assert [a.value for a in store.actuals(kpi="sa_sales", subject="E001", periods=["2027-05"])] == [10.0]


@pytest.mark.postgres
@pytest.mark.skipif(not __import__("os").environ.get("KPIGUIDE_TEST_PG_URL"), reason="KPIGUIDE_TEST_PG_URL is not set")
def test_bulk_columns_on_postgres(demo_scheme_zh):
    import os
    import uuid

    import sqlalchemy as sa

    from kpiguide.project.store import init_project

    base = os.environ["KPIGUIDE_TEST_PG_URL"]
    schema = f"kpiguide_bulk_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(base)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    try:
        with init_project(f"{base}{'&' if '?' in base else '?'}options=-csearch_path%3D{schema}") as store:
            store.replace_scheme(demo_scheme_zh, actor="test")
            employee = next(e for e in demo_scheme_zh.employees if any(k.role == e.role for k in demo_scheme_zh.kpis))
            kpi = next(k.id for k in demo_scheme_zh.kpis if k.role == employee.role)
            counts = store.add_actual_columns(_columns([1.0, 2.0], kpi=kpi, subject=employee.id), actor="t")
            assert counts["inserted"] == 2
            assert len(store.actuals(kpi=kpi, subject=employee.id)) == 2
    finally:
        with admin.begin() as conn:
            conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
        admin.dispose()
