from __future__ import annotations

import pytest

from kpiguide.core.errors import AccessDenied, ConflictError, InputError
from kpiguide.design import changes, cycle
from kpiguide.evaluation import evaluate
from tests.design._design_helpers import principal

Q3 = "2026Q3"


@pytest.fixture
def agreed(store):
    cycle.submit(store, principal(store, "head", department="sales"), "sales", Q3)
    cycle.review(store, principal(store, "leadership"), "sales", Q3, approve=True)
    cycle.confirm(store, principal(store, "employee", employee="E001"), "E001", Q3)
    return store


def propose(store, **kw):
    args = {"field": "target", "value": "20万", "effective": "2026-08-16", "reason": "new store opened"} | kw
    return changes.propose_change(store, principal(store, "head", department="sales"), "sa_sales", **args)


def test_a_change_of_a_kpi_nobody_agreed_is_not_needed(store):
    with pytest.raises(InputError, match="edit it directly"):
        propose(store)


def test_effective_date_outside_the_period_and_other_problems_reported_at_once(agreed):
    with pytest.raises(InputError) as err:
        propose(agreed, value="lots", effective="2026-10-01", reason=" ")
    assert [p.field for p in err.value.problems] == ["target", "effective", "reason"]
    assert "2026Q3 (2026-07-01 – 2026-09-30)" in str(err.value)
    with pytest.raises(InputError, match="Cannot read the date"):
        propose(agreed, effective="next week")
    with pytest.raises(InputError, match="equals the current"):
        propose(agreed, value=180000)
    assert changes.changes(agreed) == []


def test_only_the_departments_head_proposes_and_only_leadership_or_hr_decides(agreed):
    with pytest.raises(AccessDenied):
        changes.propose_change(agreed, principal(agreed, "head", department="finance"), "sa_sales", field="target",
                               value=1, effective="2026-08-01", reason="x")  # fmt: skip
    cid = propose(agreed)
    with pytest.raises(AccessDenied):
        changes.decide_change(agreed, principal(agreed, "head", department="sales"), cid, approve=True)
    assert changes.changes(agreed)[0]["status"] == "pending"


def test_approved_change_updates_the_kpi_and_evaluation_pro_rates_by_days(agreed):
    before = evaluate(agreed, Q3, live=True)
    cid = propose(agreed)
    assert agreed.get("kpi", "sa_sales").value.target == 180000.0  # pending changes nothing
    data = changes.decide_change(agreed, principal(agreed, "leadership"), cid, approve=True, reason="ok")
    assert data["status"] == "approved" and agreed.get("kpi", "sa_sales").value.target == 200000.0
    segments = changes.effective_kpis(agreed, Q3)["sa_sales"]["target"]
    assert [(s["value"], s["start"], s["end"], s["days"]) for s in segments] == [
        (180000.0, "2026-07-01", "2026-08-15", 46),
        (200000.0, "2026-08-16", "2026-09-30", 46),
    ]
    after = evaluate(agreed, Q3, live=True)
    item = lambda r: r.items.set_index(["employee", "kpi"]).loc[("E001", "sa_sales")]  # noqa: E731
    months = item(before)["target"] / 180000.0
    assert item(after)["target"] == pytest.approx((180000 * 46 + 200000 * 46) / 92 * months)
    assert [(c["id"], c["kpi"], c["reason"], c["days_before"], c["days_after"]) for c in after.changes] == [
        (cid, "sa_sales", "new store opened", 46, 46)
    ]
    # the employee's report shows the change and its reason (HTML and Markdown)
    from kpiguide.feedback import employee_context, render

    context = employee_context(agreed, after, "E001", lang="en", indicator_lookup=None, assess=None)
    for fmt in ("html", "md"):
        text = render(context, "employee", fmt)
        assert "Approved changes" in text and "new store opened" in text and "2026-08-16" in text
    # periods wholly before or after the effective date use one value and list no change
    july, september = evaluate(agreed, "2026-07", live=True), evaluate(agreed, "2026-09", live=True)
    assert item(july)["target"] == 180000.0 and item(september)["target"] == 200000.0
    assert july.changes == () and september.changes == ()
    # the department's approval now covers the changed KPIs: the others can still confirm
    cycle.confirm(agreed, principal(agreed, "employee", employee="E002"), "E002", Q3)
    log = [e for e in agreed.audit_log(entity="kpi", entity_id="sa_sales")]
    assert log[-1].reason.startswith(f"change {cid}") and log[-1].actor.startswith("leadership")


def test_two_deciders_at_once_and_deciding_twice(agreed):
    cid = propose(agreed)
    seen = changes.changes(agreed)[0]["version"]
    changes.decide_change(agreed, principal(agreed, "hr"), cid, approve=False, reason="budget", expected_version=seen)
    with pytest.raises(ConflictError):
        changes.decide_change(agreed, principal(agreed, "leadership"), cid, approve=True, expected_version=seen)
    with pytest.raises(InputError, match="already decided"):
        changes.decide_change(agreed, principal(agreed, "leadership"), cid, approve=True)
    assert agreed.get("kpi", "sa_sales").value.target == 180000.0
    assert changes.changes(agreed)[0]["status"] == "rejected"


def test_weight_and_definition_changes(agreed):
    wid = propose(agreed, field="weight", value="30", effective="2026-07-01")
    did = changes.propose_change(agreed, principal(agreed, "head", department="sales"), "sa_sales",
                                 field="definition", value={"data_source": "POS v2"}, effective="2026-09-01",
                                 reason="new till system")  # fmt: skip
    for cid in (wid, did):
        changes.decide_change(agreed, principal(agreed, "leadership"), cid, approve=True)
    kpi = agreed.get("kpi", "sa_sales").value
    assert (kpi.weight, kpi.data_source) == (30.0, "POS v2")
    result = evaluate(agreed, Q3, live=True)
    weight = result.items.set_index(["employee", "kpi"]).loc[("E001", "sa_sales"), "weight"]
    assert weight == 30.0  # effective on the first day: the new weight for the whole period
    assert [c["field"] for c in result.changes] == ["definition"]
    with pytest.raises(InputError, match="not 'owner'"):
        changes.propose_change(agreed, principal(agreed, "leadership"), "sa_sales", field="owner", value=1,
                               effective="2026-08-01", reason="x")  # fmt: skip
