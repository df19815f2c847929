from __future__ import annotations

import dataclasses
import datetime as dt

from kpiguide.core.i18n import has_cjk
from kpiguide.design import cycle
from kpiguide.design.next_step import kpi_badge, next_step, typed_weights
from tests.design._design_helpers import principal

Q = "2026Q4"
BEFORE = dt.date(2026, 9, 1)  # before the period starts: an agreed department stays "agreed"


def test_draft_with_complete_roles_says_submit(store):
    step = next_step(store, "sales", Q, today=BEFORE)
    assert (step.stage, step.key, step.tone) == ("draft", "uid.next.submit", "action")
    assert has_cjk(step.text("zh")) and "submit" in step.text("en")


def test_draft_names_the_role_whose_weights_do_not_add_up(store):
    stored = store.get("kpi", "sa_sales")
    store.save(
        "kpi",
        dataclasses.replace(stored.value, weight=stored.value.weight + 7),
        expected_version=stored.version,
        actor="test",
    )
    step = next_step(store, "sales", Q, today=BEFORE)
    assert step.key == "uid.next.weights" and step.role == "store_associate"
    assert "107" in step.text("en") and "100" in step.text("en")


def test_draft_names_an_empty_role_first(store):
    for kpi in store.load_scheme().kpis_of("ecommerce_operator"):
        store.delete("kpi", kpi.id, expected_version=store.get("kpi", kpi.id).version, actor="test")
    step = next_step(store, "sales", Q, today=BEFORE)
    assert step.key == "uid.next.add_kpis" and step.role == "ecommerce_operator"
    assert "电商运营专员" in step.text("zh")


def test_steps_follow_the_cycle_stage(store):
    head, leader = principal(store, "head", department="sales"), principal(store, "leadership")
    cycle.submit(store, head, "sales", Q)
    assert next_step(store, "sales", Q, today=BEFORE).key == "uid.next.waiting_review"
    cycle.review(store, leader, "sales", Q, approve=False, kpi_comments={"sa_sales": "too low", "sa_basket": "why"})
    step = next_step(store, "sales", Q, today=BEFORE)
    assert step.stage == "returned" and step.params == {"n": 2} and "2 KPIs" in step.text("en")
    cycle.submit(store, head, "sales", Q)
    cycle.review(store, leader, "sales", Q, approve=True)
    step = next_step(store, "sales", Q, today=BEFORE)
    assert step.key == "uid.next.waiting_confirm" and step.params == {"k": 0, "n": 13} and step.tone == "wait"
    scheme = store.load_scheme()
    employees = scheme.employees_of("sales")
    cycle.confirm(store, principal(store, "employee", employee=employees[0].id), employees[0].id, Q)
    assert next_step(store, "sales", Q, today=BEFORE).params == {"k": 1, "n": 13}
    for emp in employees[1:]:
        cycle.confirm(store, principal(store, "employee", employee=emp.id), emp.id, Q)
    step = next_step(store, "sales", Q, today=BEFORE)
    assert (step.stage, step.key, step.tone) == ("agreed", "uid.next.change_request", "done")
    assert next_step(store, "sales", Q, today=dt.date(2026, 11, 1)).stage == "in_progress"


def test_a_return_with_only_an_overall_comment_quotes_it(store):
    cycle.submit(store, principal(store, "head", department="sales"), "sales", Q)
    cycle.review(store, principal(store, "leadership"), "sales", Q, approve=False, comment="rethink the mix")
    step = next_step(store, "sales", Q)
    assert step.key == "uid.next.returned_overall" and "rethink the mix" in step.text("en")


def test_typed_weights_use_the_profile_rule_and_count_unreadable_ones():
    weights, bad = typed_weights("r", "R", ["30%", "40", "３０"])  # as typed: per cent sign, full-width digits
    assert weights.total == 100 and weights.ok and bad == 0
    weights, bad = typed_weights("r", "R", ["50", "50"])
    assert weights.ok and bad == 0 and weights.expected == 100
    weights, bad = typed_weights("r", "R", ["50", "", "很多"])
    assert not weights.ok and bad == 2 and weights.total == 50


def test_badge_is_the_worst_serious_smart_finding(store):
    scheme = store.load_scheme()

    class Finding:
        def __init__(self, code, severity):
            self.code, self.severity = code, severity

        def message(self, lang):
            return f"{self.code}/{lang}"

    def fake(findings):
        return lambda *a, **k: type("R", (), {"findings": findings})()

    kpi = scheme.kpi("sa_sales")
    assert kpi_badge(scheme, kpi, "en", analyze=fake([Finding("smart.no_objective", "info")])).level == "ok"
    badge = kpi_badge(scheme, kpi, "zh", analyze=fake([Finding("a", "warning"), Finding("b", "error")]))
    assert badge.level == "error" and badge.codes == ("a", "b") and badge.messages == ("a/zh", "b/zh")


def test_badge_of_a_vague_kpi_with_the_real_smart_check_is_not_ok(store):
    scheme = store.load_scheme()
    vague = dataclasses.replace(scheme.kpi("sa_sales"), name="做好工作", target=None)
    assert kpi_badge(scheme, vague, "zh").level in ("warning", "error")
