from __future__ import annotations

import datetime as dt
import email
import email.policy
import socket

import pytest

from kpiguide.core.errors import AccessDenied, InputError
from kpiguide.design import cycle
from kpiguide.design.checkins import record_checkin
from kpiguide.design.collaboration import submit_for_review
from kpiguide.design.reminders import (
    SmtpSettings,
    SmtpUnreachable,
    calendar,
    reminder_text,
    reminders,
    send_reminders,
    set_calendar,
    set_contacts,
)
from tests.design._design_helpers import principal

TODAY = dt.date(2026, 11, 10)


class Inbox:
    def __init__(self):
        self.messages = []

    async def handle_DATA(self, server, session, envelope):
        self.messages.append(envelope)
        return "250 OK"


@pytest.fixture
def smtp():
    controller_module = pytest.importorskip("aiosmtpd.controller")
    inbox = Inbox()
    port = free_port()
    controller = controller_module.Controller(inbox, hostname="127.0.0.1", port=port)
    controller.start()
    try:
        yield SmtpSettings(host="127.0.0.1", port=port, sender="kpi@example.com"), inbox
    finally:
        controller.stop()


def free_port():
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def test_open_tasks_follow_the_review_record_and_carry_due_dates(store):
    boss = principal(store, "leadership")
    set_calendar(store, boss, "2026Q4", {"submit": "2026-10-05", "review": "2026-10-12", "checkin": "2026-11-28"})
    head = principal(store, "head", department="sales")
    submit_for_review(store, head, "sales")
    listed = reminders(store, "2026Q4", today=TODAY)
    by = {(r.stage, r.person): r for r in listed}
    assert ("review", "leadership") in by and by[("review", "leadership")].department == "sales"
    assert ("submit", "head:sales") not in by and ("submit", "head:finance") in by
    assert by[("submit", "head:finance")].overdue and by[("submit", "head:finance")].due == "2026-10-05"
    assert not by[("checkin", "employee:E001")].overdue  # due 11-28, today 11-10
    # October is over and the demo has no Q4 actuals: every department is asked to enter data
    assert {r.person for r in listed if r.stage == "data"} == {f"head:{d.id}" for d in store.load_scheme().departments}
    stages = [r.stage for r in listed]
    assert stages == sorted(stages, key=["design", "submit", "review", "confirm", "data", "checkin"].index)


def test_a_check_in_of_the_current_month_removes_the_reminder(store):
    scheme = store.load_scheme()
    me = principal(store, "employee", employee="E001")
    n = len(scheme.kpis_of(scheme.employee("E001").role))
    first = next(r for r in reminders(store, "2026Q4", today=TODAY) if r.person == "employee:E001")
    assert first.count == n
    record_checkin(store, me, employee="E001", kpi="sa_sales", period="2026-11", confidence="on_track")
    after = next(r for r in reminders(store, "2026Q4", today=TODAY) if r.person == "employee:E001")
    assert after.count == n - 1


def test_approved_department_asks_its_employees_to_confirm(store):
    head = principal(store, "head", department="finance")
    cycle.submit(store, head, "finance", "2026Q4")
    cycle.review(store, principal(store, "hr"), "finance", "2026Q4", approve=True)
    confirm = {r.person for r in reminders(store, "2026Q4", today=TODAY) if r.stage == "confirm"}
    assert confirm == {f"employee:{e.id}" for e in store.load_scheme().employees if e.department == "finance"}


def test_calendar_and_contacts_are_leadership_only_and_validated(store):
    head = principal(store, "head", department="sales")
    with pytest.raises(AccessDenied):
        set_calendar(store, head, "2026Q4", {"submit": "2026-10-05"})
    boss = principal(store, "leadership")
    with pytest.raises(InputError) as caught:
        set_calendar(store, boss, "2026Q4", {"submit": "next week", "party": "2026-10-01"})
    assert {p.field for p in caught.value.problems} == {"submit", "party"}
    assert calendar(store, "2026Q4") == {}
    with pytest.raises(InputError):
        set_contacts(store, boss, {"head:nowhere": "a@b.c", "employee:E001": "not an address"})
    assert set_contacts(store, boss, {"head:sales": "sales@example.com"}) == {"head:sales": "sales@example.com"}


def test_reminder_text_is_bilingual_with_the_link():
    from kpiguide.design.reminders import Reminder

    r = Reminder(person="head:sales", role="head", stage="submit", period="2026Q4", due="2026-10-05", overdue=True,
                 department="sales", department_name="销售部")  # fmt: skip
    subject, body = reminder_text(r, "http://127.0.0.1:8866/x?token=abc")
    assert "KPI 考核周期提醒" in subject and "KPI cycle reminder" in subject
    assert "销售部负责人" in body and "Dear head of 销售部" in body
    assert body.count("http://127.0.0.1:8866/x?token=abc") == 2 and "已逾期" in body and "overdue" in body


def test_send_mails_each_person_with_their_link_and_audits_it(store, smtp):
    settings, inbox = smtp
    boss = principal(store, "leadership")
    set_contacts(store, boss, {"head:sales": "sales@example.com", "leadership": "ceo@example.com"})
    submit_for_review(store, principal(store, "head", department="sales"), "sales")
    todo = [r for r in reminders(store, "2026Q4", today=TODAY) if r.stage in ("review", "data", "submit")]
    links = []
    result = send_reminders(todo, settings, link_for=lambda r: links.append(r.person) or f"http://link/{r.person}",
                            store=store, actor="cli")  # fmt: skip
    assert sorted(r["person"] for r in result["sent"]) == ["head:sales", "leadership"]  # sales: data only (submitted)
    assert len(result["no_address"]) == len(todo) - 2 and result["failed"] == []
    assert sorted(m.rcpt_tos[0] for m in inbox.messages) == ["ceo@example.com", "sales@example.com"]
    mail = email.message_from_bytes(next(m for m in inbox.messages if m.rcpt_tos == ["sales@example.com"]).content,
                                    policy=email.policy.default)  # fmt: skip
    assert "http://link/head:sales" in mail.get_content() and "KPI cycle reminder" in mail["Subject"]
    assert sorted(links) == ["head:sales", "leadership"]  # one link per person
    sent = store.audit_log(entity="reminder")
    assert sorted(e.entity_id for e in sent) == ["head:sales", "leadership"] and sent[0].action == "send"


def test_one_mail_per_person_lists_all_their_tasks(store, smtp):
    settings, inbox = smtp
    set_contacts(store, principal(store, "leadership"), {"head:finance": "fin@example.com"})
    set_calendar(store, principal(store, "leadership"), "2026Q4", {"submit": "2026-10-05", "data": "2026-11-20"})
    todo = [r for r in reminders(store, "2026Q4", today=TODAY) if r.person == "head:finance"]
    assert {r.stage for r in todo} == {"submit", "data"}
    result = send_reminders(todo, settings)
    assert len(result["sent"]) == 2 and len(inbox.messages) == 1
    body = email.message_from_bytes(inbox.messages[0].content, policy=email.policy.default).get_content()
    assert "请提交" in body and "缺" in body and "(overdue: due 2026-10-05)" in body and "(due 2026-11-20)" in body


def test_unreachable_server_sends_nothing_and_marks_nothing(store):
    boss = principal(store, "leadership")
    set_contacts(store, boss, {"head:sales": "sales@example.com"})
    todo = [r for r in reminders(store, "2026Q4", today=TODAY) if r.email]
    settings = SmtpSettings(host="127.0.0.1", port=free_port(), sender="kpi@example.com", timeout=2)
    with pytest.raises(SmtpUnreachable) as caught:
        send_reminders(todo, settings, store=store)
    assert "127.0.0.1" in str(caught.value) and "无法连接邮件服务器" in caught.value.message("zh")
    assert store.audit_log(entity="reminder") == []


def test_smtp_settings_come_from_the_environment():
    env = {"KPIGUIDE_SMTP_HOST": "mail.example.com", "KPIGUIDE_SMTP_FROM": "kpi@example.com",
           "KPIGUIDE_SMTP_STARTTLS": "yes", "KPIGUIDE_SMTP_USER": "u", "KPIGUIDE_SMTP_PASSWORD": "p"}  # fmt: skip
    settings = SmtpSettings.from_env(env)
    assert (settings.host, settings.port, settings.starttls, settings.user) == ("mail.example.com", 587, True, "u")
    with pytest.raises(InputError) as caught:
        SmtpSettings.from_env({"KPIGUIDE_SMTP_PORT": "x"})
    assert {p.field for p in caught.value.problems} == {
        "KPIGUIDE_SMTP_HOST",
        "KPIGUIDE_SMTP_FROM",
        "KPIGUIDE_SMTP_PORT",
    }
