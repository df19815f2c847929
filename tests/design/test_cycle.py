from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from kpiguide.core.errors import AccessDenied, ConflictError, InputError, NotFound
from kpiguide.design import cycle
from kpiguide.design.collaboration import review_status, save_kpi, submit_for_review
from kpiguide.design.forms import save_entity
from kpiguide.evaluation import close_period
from tests.design._design_helpers import principal

Q3 = "2026Q3"


def approved(store, department="sales"):
    cycle.submit(store, principal(store, "head", department=department), department, Q3, "v1")
    cycle.review(store, principal(store, "leadership"), department, Q3, approve=True)


def audit_of(store, kind, key):
    return [e for e in store.audit_log(entity=f"record:{kind}") if e.entity_id == key]


def test_submit_return_resubmit_approve_is_audited_with_content_hash(store):
    head, boss = principal(store, "head", department="sales"), principal(store, "leadership")
    cycle.submit(store, head, "sales", Q3, note="first")
    cycle.review(store, boss, "sales", Q3, approve=False, kpi_comments={"sa_sales": "target too low"})
    state = cycle.review_state(store, "sales", Q3)
    assert state["stage"] == "returned" and state["comments"] == {"sa_sales": "target too low"}
    assert cycle.department_stage(store, store.load_scheme(), "sales", cycle.Period.parse(Q3))["kpi_comments"]
    cycle.submit(store, head, "sales", Q3, note="second")
    cycle.review(store, boss, "sales", Q3, approve=True, comment="ok")
    state = cycle.review_state(store, "sales", Q3)
    assert state["stage"] == "approved"
    assert state["approved_hash"] == cycle.content_hash(store.load_scheme().kpis_of_department("sales"))
    assert [s["stage"] for s in state["history"]] == ["submitted", "returned", "submitted", "approved"]
    log = audit_of(store, "review", f"{Q3}/sales")
    assert [e.actor.split("#")[0] for e in log] == ["head:sales", "leadership", "head:sales", "leadership"]
    assert log[-1].new["approved_hash"] == state["approved_hash"]


def test_hr_reviews_but_a_head_or_employee_cannot(store):
    cycle.submit(store, principal(store, "head", department="sales"), "sales", Q3)
    for who in (principal(store, "head", department="sales"), principal(store, "employee", employee="E001")):
        with pytest.raises(AccessDenied, match="leadership or HR"):
            cycle.review(store, who, "sales", Q3, approve=True)
    hr = principal(store, "hr")
    assert not hr.can_edit("sales") and hr.can_read("sales")
    cycle.review(store, hr, "sales", Q3, approve=True)
    assert cycle.review_state(store, "sales", Q3)["by"].startswith("hr#")


def test_approving_a_department_that_was_not_submitted_is_refused_and_writes_nothing(store):
    boss = principal(store, "leadership")
    before = len(store.audit_log())
    with pytest.raises(InputError, match="not been submitted"):
        cycle.review(store, boss, "finance", Q3, approve=True)
    with pytest.raises(NotFound):
        cycle.review(store, boss, "nowhere", Q3, approve=True)
    assert len(store.audit_log()) == before and store.list_records("review") == []


def test_a_return_needs_a_comment_and_comments_name_the_departments_kpis(store):
    cycle.submit(store, principal(store, "head", department="sales"), "sales", Q3)
    boss = principal(store, "leadership")
    with pytest.raises(InputError) as err:
        cycle.review(store, boss, "sales", Q3, approve=False, kpi_comments={"ac_dso": "x"})
    fields = [p.field for p in err.value.problems]
    assert fields == ["kpi_comment", "comment"]
    assert cycle.review_state(store, "sales", Q3)["stage"] == "submitted"


def test_two_reviewers_deciding_at_once_one_wins_the_other_gets_a_conflict(store):
    cycle.submit(store, principal(store, "head", department="sales"), "sales", Q3)
    seen = cycle.review_state(store, "sales", Q3)["version"]
    first, second = principal(store, "leadership"), principal(store, "hr")
    cycle.review(store, first, "sales", Q3, approve=True, expected_version=seen)
    with pytest.raises(ConflictError, match="changed by someone else"):
        cycle.review(store, second, "sales", Q3, approve=False, comment="no", expected_version=seen)
    state = cycle.review_state(store, "sales", Q3)
    assert state["stage"] == "approved" and state["by"].startswith("leadership")
    assert len(audit_of(store, "review", f"{Q3}/sales")) == 2


def test_approving_content_changed_after_submission_is_refused(store):
    head = principal(store, "head", department="sales")
    cycle.submit(store, head, "sales", Q3)
    kpi = store.get("kpi", "sa_basket")
    save_kpi(store, head, dataclasses.replace(kpi.value, target=300.0), expected_version=kpi.version)
    with pytest.raises(InputError, match="changed after they were submitted"):
        cycle.review(store, principal(store, "leadership"), "sales", Q3, approve=True)


def test_only_the_employee_confirms_their_own_agreement_after_approval(store):
    me = principal(store, "employee", employee="E001")
    with pytest.raises(InputError, match="not approved"):
        cycle.confirm(store, me, "E001", Q3)
    approved(store)
    with pytest.raises(AccessDenied, match="your own"):
        cycle.confirm(store, principal(store, "employee", employee="E002"), "E001", Q3)
    with pytest.raises(AccessDenied):
        cycle.confirm(store, principal(store, "head", department="sales"), "E001", Q3)
    assert cycle.agreement_state(store, "E001", Q3) is None
    cycle.confirm(store, me, "E001", Q3, comment="agreed")
    state = cycle.agreement_state(store, "E001", Q3)
    role = store.load_scheme().employee("E001").role
    assert state["stage"] == "agreed" and state["kpis"] == [k.id for k in store.load_scheme().kpis_of(role)]
    with pytest.raises(InputError, match="already confirmed"):
        cycle.confirm(store, me, "E001", Q3)
    with pytest.raises(AccessDenied):
        cycle.countersign(store, principal(store, "head", department="finance"), "E001", Q3)
    cycle.countersign(store, principal(store, "head", department="sales"), "E001", Q3)
    assert cycle.agreement_state(store, "E001", Q3)["countersigned_by"].startswith("head:sales")


def test_stages_per_department_and_employee(store):
    period = cycle.Period.parse(Q3)
    approved(store)
    scheme = store.load_scheme()
    assert cycle.employee_stage(store, scheme, "E001", period)["stage"] == "approved"
    assert cycle.employee_stage(store, scheme, "E014", period)["stage"] == "draft"
    for emp in scheme.employees_of("sales"):
        cycle.confirm(store, principal(store, "employee", employee=emp.id), emp.id, Q3)
    before = dt.date(2026, 6, 1)
    assert cycle.department_stage(store, scheme, "sales", period, before)["stage"] == "agreed"
    assert cycle.department_stage(store, scheme, "sales", period, dt.date(2026, 8, 1))["stage"] == "in_progress"
    assert cycle.employee_stage(store, scheme, "E001", period, before)["stage"] == "agreed"
    close_period(store, Q3, actor="test")
    status = cycle.cycle_status(store, Q3)
    assert {d["id"]: d["stage"] for d in status["departments"]}["sales"] == "closed"
    assert {e["id"]: e["stage"] for e in status["employees"]}["E001"] == "closed"
    assert len(status["employees"]) == len(scheme.employees)
    assert cycle.locked_kpis(store) == {}  # a closed period locks nothing any more


def test_agreed_kpis_are_locked_in_every_design_save_path(store):
    approved(store)
    cycle.confirm(store, principal(store, "employee", employee="E001"), "E001", Q3)
    kpi = store.get("kpi", "sa_sales")
    for change in ({"target": 1.0}, {"weight": 5.0}, {"name": "other"}):
        edited = dataclasses.replace(kpi.value, **change)
        with pytest.raises(cycle.KpiLocked) as err:
            save_kpi(store, principal(store, "leadership"), edited, expected_version=kpi.version)
        assert "kpiguide change" in str(err.value) and Q3 in str(err.value)
        with pytest.raises(cycle.KpiLocked):
            save_entity(store, "kpi", edited, expected_version=kpi.version, actor="workshop")
    assert store.get("kpi", "sa_sales").version == kpi.version
    # a KPI of another department is not locked
    other = store.get("kpi", "cs_csat")
    save_kpi(store, principal(store, "leadership"), dataclasses.replace(other.value, target=93.0),
             expected_version=other.version)  # fmt: skip


def test_the_store_itself_refuses_editing_or_deleting_an_agreed_kpi(store):
    """No silent edit through the Python API either: Store.save, Store.delete and Store.replace_scheme."""
    approved(store)
    cycle.confirm(store, principal(store, "employee", employee="E001"), "E001", Q3)
    kpi = store.get("kpi", "sa_sales")
    before = len(store.audit_log())
    with pytest.raises(cycle.KpiLocked):
        store.save("kpi", dataclasses.replace(kpi.value, target=1.0), expected_version=kpi.version, actor="script")
    with pytest.raises(cycle.KpiLocked):
        store.delete("kpi", "sa_sales", expected_version=kpi.version, actor="script")
    scheme = store.load_scheme()
    edited = tuple(dataclasses.replace(k, weight=1.0) if k.id == "sa_sales" else k for k in scheme.kpis)
    with pytest.raises(cycle.KpiLocked):
        store.replace_scheme(dataclasses.replace(scheme, kpis=edited), actor="script")
    with pytest.raises(cycle.KpiLocked):
        store.replace_scheme(
            dataclasses.replace(scheme, kpis=tuple(k for k in scheme.kpis if k.id != "sa_sales")),
            actor="script",
            delete_missing=True,
        )
    assert store.get("kpi", "sa_sales").version == kpi.version and len(store.audit_log()) == before
    # fields that are not part of the agreement, and unchanged rows, still save
    store.replace_scheme(scheme, actor="script")
    store.save("kpi", dataclasses.replace(kpi.value, leading=not kpi.value.leading), expected_version=kpi.version,
               actor="script")  # fmt: skip


def test_resubmitting_after_employees_agreed_is_refused(store):
    approved(store)
    cycle.confirm(store, principal(store, "employee", employee="E001"), "E001", Q3)
    with pytest.raises(InputError, match="Request a change"):
        cycle.submit(store, principal(store, "head", department="sales"), "sales", Q3)


def test_locked_changes_lists_every_changed_or_removed_locked_kpi(store):
    approved(store)
    cycle.confirm(store, principal(store, "employee", employee="E001"), "E001", Q3)
    scheme = store.load_scheme()
    kpis = tuple(
        dataclasses.replace(k, target=1.0) if k.id == "sa_basket" else k for k in scheme.kpis if k.id != "sa_members"
    )
    problems = cycle.locked_changes(store, dataclasses.replace(scheme, kpis=kpis))
    assert [p.field for p in problems] == ["kpis.sa_basket", "kpis.sa_members"]
    assert "target" in problems[0].message and "removed" in problems[1].message
    assert cycle.locked_changes(store, scheme) == []


def test_submit_for_review_is_the_cycle_review_and_migrates_the_old_record(store):
    head = principal(store, "head", department="sales")
    store.put_record("review", "sales", {"status": "submitted", "at": "2026-01-01T00:00:00+00:00", "note": "old"},
                     expected_version=None, actor="old")  # fmt: skip
    assert review_status(store, "sales")["note"] == "old"
    submit_for_review(store, head, "sales", note="new")
    assert store.get_record("review", "sales") is None
    assert review_status(store, "sales")["note"] == "new"
    assert [r.key for r in store.list_records("review")] == [f"{cycle.default_period(store)}/sales"]


def test_employee_proposes_a_change_instead_of_confirming_and_confirms_after_reapproval(store):
    period = cycle.Period.parse(Q3)
    approved(store)
    me = principal(store, "employee", employee="E001")
    with pytest.raises(InputError, match="needs a reason"):
        cycle.propose_instead(store, me, "E001", Q3, " ")
    with pytest.raises(AccessDenied):
        cycle.propose_instead(store, principal(store, "employee", employee="E002"), "E001", Q3, "no")
    cycle.propose_instead(store, me, "E001", Q3, "会员目标过高 / the members target is too high")
    stage = cycle.employee_stage(store, store.load_scheme(), "E001", period)
    assert stage["stage"] == "returned" and "too high" in stage["comment"]
    assert cycle.locked_kpis(store) == {}
    approved(store)  # the head resubmits, leadership approves again
    assert cycle.employee_stage(store, store.load_scheme(), "E001", period)["stage"] == "approved"
    cycle.confirm(store, me, "E001", Q3)
    assert [s["stage"] for s in cycle.agreement_state(store, "E001", Q3)["history"]] == ["returned", "agreed"]


def test_a_frozen_period_keeps_the_changes_it_applied(store):
    from kpiguide.design import changes
    from kpiguide.evaluation import evaluate

    approved(store)
    cycle.confirm(store, principal(store, "employee", employee="E001"), "E001", Q3)
    head = principal(store, "head", department="sales")
    cid = changes.propose_change(store, head, "sa_sales", field="target", value=200000, effective="2026-09-01",
                                 reason="new store")  # fmt: skip
    changes.decide_change(store, principal(store, "leadership"), cid, approve=True)
    close_period(store, Q3, actor="test")
    frozen = evaluate(store, Q3)
    assert frozen.frozen and [c["id"] for c in frozen.changes] == [cid] and frozen.changes[0]["reason"] == "new store"
