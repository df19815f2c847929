from __future__ import annotations

import pytest

from kpiguide.core.errors import AccessDenied, ConflictError, InputError
from kpiguide.core.model import Direction
from kpiguide.design.collaboration import (
    add_comment,
    comments,
    department_overview,
    kpi_from_form,
    new_kpi_id,
    recent_results,
    review_status,
    save_kpi,
    strategy_coverage,
    submit_for_review,
)
from tests.design._design_helpers import principal


def test_form_values_typed_in_chinese_become_a_kpi(store):
    scheme = store.load_scheme()
    base = scheme.kpi("sa_sales")
    kpi = kpi_from_form(
        {"name": " 月度销售额 ", "target": "20万", "weight": "30%", "direction": "higher"}, base=base, scheme=scheme
    )
    assert (kpi.name, kpi.target, kpi.weight) == ("月度销售额", 200000.0, 30.0)
    assert kpi.direction is Direction.HIGHER and kpi.id == base.id


def test_form_reports_every_problem_with_its_field(store):
    scheme = store.load_scheme()
    with pytest.raises(InputError) as info:
        kpi_from_form(
            {"name": "", "weight": "lots", "target": "inf?", "direction": "up", "objective": "X9"},
            base=scheme.kpi("sa_sales"),
            scheme=scheme,
        )
    fields = {p.field for p in info.value.problems}
    assert fields == {"name", "weight", "target", "direction", "objective"}
    assert "'lots' is not a number" in str(info.value)


def test_weight_outside_0_100_is_refused(store):
    scheme = store.load_scheme()
    with pytest.raises(InputError, match="outside 0–100"):
        kpi_from_form({"weight": "150"}, base=scheme.kpi("sa_sales"), scheme=scheme)


def test_head_saves_own_department_kpi_audited_with_invite_identity(store):
    head = principal(store, "head", department="sales")
    current = store.get("kpi", "sa_sales")
    kpi = kpi_from_form({"target": "200000"}, base=current.value, scheme=store.load_scheme())
    assert save_kpi(store, head, kpi, expected_version=current.version) == current.version + 1
    entry = store.audit_log(entity="kpi", entity_id="sa_sales")[-1]
    assert entry.actor == head.actor and entry.new["target"] == 200000.0


def test_stale_save_raises_conflict_and_keeps_the_first_edit(store):
    head = principal(store, "head", department="sales")
    current = store.get("kpi", "sa_sales")
    scheme = store.load_scheme()
    first = kpi_from_form({"target": "1"}, base=current.value, scheme=scheme)
    second = kpi_from_form({"target": "2"}, base=current.value, scheme=scheme)
    save_kpi(store, head, first, expected_version=current.version)
    with pytest.raises(ConflictError, match="changed by someone else"):
        save_kpi(store, head, second, expected_version=current.version)
    assert store.get("kpi", "sa_sales").value.target == 1.0


def test_head_cannot_save_another_department_or_move_a_kpi_into_theirs(store):
    head = principal(store, "head", department="sales")
    finance_kpi = store.get("kpi", "fp_budget_execution")
    with pytest.raises(AccessDenied, match="finance"):
        save_kpi(store, head, finance_kpi.value, expected_version=finance_kpi.version)
    from dataclasses import replace

    moved = replace(finance_kpi.value, role="store_associate")
    with pytest.raises(AccessDenied, match="finance"):
        save_kpi(store, head, moved, expected_version=finance_kpi.version)
    employee = principal(store, "employee", employee="E001")
    sales = store.get("kpi", "sa_sales")
    with pytest.raises(AccessDenied):
        save_kpi(store, employee, sales.value, expected_version=sales.version)


def test_new_kpi_gets_an_unused_id_and_is_inserted(store):
    head = principal(store, "head", department="sales")
    scheme = store.load_scheme()
    kpi_id = new_kpi_id(scheme, "store_associate")
    assert kpi_id not in {k.id for k in scheme.kpis}
    from dataclasses import replace

    kpi = replace(scheme.kpi("sa_sales"), id=kpi_id, name="新指标")
    assert save_kpi(store, head, kpi, expected_version=None) == 1
    assert store.get("kpi", kpi_id).value.name == "新指标"


def test_submit_for_review_records_status_and_can_be_repeated(store):
    head = principal(store, "head", department="sales")
    assert review_status(store, "sales") is None
    submit_for_review(store, head, "sales", note="第一版")
    status = review_status(store, "sales")
    assert status["status"] == "submitted" and status["by"] == head.actor and status["note"] == "第一版"
    assert "sa_sales" in status["kpis"]
    assert submit_for_review(store, head, "sales") == 2
    with pytest.raises(AccessDenied):
        submit_for_review(store, head, "finance")


def test_employee_comments_on_own_kpi_and_head_sees_it(store):
    employee = principal(store, "employee", employee="E001")
    head = principal(store, "head", department="sales")
    other_head = principal(store, "head", department="finance")
    add_comment(store, employee, "sa_sales", "目标偏高，建议参考去年同期", kind="proposal")
    assert [c["text"] for c in comments(store, head, kpi="sa_sales")] == ["目标偏高，建议参考去年同期"]
    assert comments(store, other_head) == []
    assert comments(store, principal(store, "employee", employee="E002")) == []
    assert comments(store, employee)[0]["kind"] == "proposal"


def test_employee_cannot_comment_on_a_kpi_of_another_role(store):
    employee = principal(store, "employee", employee="E001")
    with pytest.raises(AccessDenied):
        add_comment(store, employee, "fp_budget_execution", "hello")
    with pytest.raises(InputError, match="empty"):
        add_comment(store, employee, "sa_sales", "   ")
    with pytest.raises(InputError, match="kind"):
        add_comment(store, employee, "sa_sales", "x", kind="vote")


def test_recent_results_are_the_last_periods_oldest_first(store):
    rows = recent_results(store, "E001", "sa_sales", n=3)
    assert len(rows) == 3 and rows == sorted(rows) and rows[-1][0] == "2026-09"


def test_overview_and_coverage_count_kpis(store):
    scheme = store.load_scheme()
    coverage = {row["objective"]: row for row in strategy_coverage(scheme)}
    assert coverage["F1"]["kpis"] >= 1 and "sales" in coverage["F1"]["departments"]
    overview = {row["department"]: row for row in department_overview(scheme, store)}
    assert sum(row["kpis"] for row in overview.values()) == len(scheme.kpis)
    assert overview["sales"]["review"] is None
