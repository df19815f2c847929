from __future__ import annotations

import email
import email.policy
import json
import socket

import pytest
from click.testing import CliRunner

from kpiguide.cli import main
from kpiguide.project.access import issue_token
from kpiguide.project.store import open_project


def run(*args, env=None):
    return CliRunner().invoke(main, [str(a) for a in args], env=env)


def test_checkin_records_and_reports_in_chinese(demo_project):
    result = run("checkin", demo_project, "--employee", "E002", "--kpi", "sa_sales", "--period", "2026年9月",
                 "--confidence", "off_track", "--note", "缺货", "--lang", "zh")  # fmt: skip
    assert result.exit_code == 0, result.output
    assert "已偏离" in result.output and "缺货" in result.output
    with open_project(demo_project) as store:
        (record,) = store.list_records("checkin")
    assert record.key == "E002|sa_sales|2026-09" and record.updated_by == "leadership#cli"


def test_checkin_with_another_employees_token_is_refused_and_writes_nothing(demo_project):
    with open_project(demo_project) as store:
        token = issue_token(store, role="employee", employee="E003")
    result = run("checkin", demo_project, "--employee", "E002", "--kpi", "sa_sales", "--period", "2026-09",
                 "--confidence", "on_track", "--token", token)  # fmt: skip
    assert result.exit_code == 2 and "may not check in" in result.output
    bad = run("checkin", demo_project, "--employee", "E002", "--kpi", "nope", "--period", "2026-09",
              "--confidence", "on_track")  # fmt: skip
    assert bad.exit_code == 2 and "field 'kpi'" in bad.output
    with open_project(demo_project) as store:
        assert store.list_records("checkin") == []


def test_calendar_contacts_and_reminders_as_json(demo_project):
    assert run("calendar", demo_project, "--period", "2026Q4", "--due", "submit=2026-10-05").exit_code == 0
    assert run("calendar", demo_project, "--period", "2026Q4", "--due", "submit=soon").exit_code == 2
    assert run("contact", demo_project, "head:sales=sales@example.com").exit_code == 0
    result = run("reminders", demo_project, "--period", "2026Q4", "--format", "json")
    assert result.exit_code == 0, result.output
    data = json.loads(result.stdout)["reminders"]
    sales = next(r for r in data if r["person"] == "head:sales" and r["stage"] == "submit")
    assert sales["due"] == "2026-10-05" and sales["email"] == "sales@example.com"


def test_reminders_send_with_unreachable_server_exits_2_and_audits_nothing(demo_project):
    run("contact", demo_project, "head:sales=sales@example.com")
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    env = {"KPIGUIDE_SMTP_HOST": "127.0.0.1", "KPIGUIDE_SMTP_PORT": str(port), "KPIGUIDE_SMTP_FROM": "kpi@example.com"}
    result = run("reminders", demo_project, "--period", "2026Q4", "--send", env=env)
    assert result.exit_code == 2 and "Cannot reach the mail server" in result.output
    with open_project(demo_project) as store:
        assert store.audit_log(entity="reminder") == []
        assert store.list_records("invite") == [] or all(
            r.updated_by != "kpiguide reminders" for r in store.list_records("invite")
        )


def test_reminders_send_through_a_local_server_with_invite_links(demo_project):
    controller_module = pytest.importorskip("aiosmtpd.controller")
    received = []

    class Handler:
        async def handle_DATA(self, server, session, envelope):
            received.append(envelope)
            return "250 OK"

    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    controller = controller_module.Controller(Handler(), hostname="127.0.0.1", port=port)
    controller.start()
    try:
        run("contact", demo_project, "head:sales=sales@example.com")
        env = {"KPIGUIDE_SMTP_HOST": "127.0.0.1", "KPIGUIDE_SMTP_PORT": str(port),
               "KPIGUIDE_SMTP_FROM": "kpi@example.com"}  # fmt: skip
        result = run("reminders", demo_project, "--period", "2026Q4", "--send", "--base-url", "http://kpi.local:8866",
                     env=env)  # fmt: skip
    finally:
        controller.stop()
    assert result.exit_code == 0, result.output
    assert received and all(m.rcpt_tos == ["sales@example.com"] for m in received)
    mail = email.message_from_bytes(received[0].content, policy=email.policy.default)
    body = mail.get_content()
    assert "KPI 考核周期提醒" in mail["Subject"]
    assert "http://kpi.local:8866/voila/render/kpi_designer.ipynb?invite=" in body and "Dear head of" in body
    with open_project(demo_project) as store:
        assert {e.entity_id for e in store.audit_log(entity="reminder")} == {"head:sales"}


def test_recognition_is_off_by_default_and_shows_a_closed_period_when_on(demo_project):
    assert run("recognition", demo_project, "--period", "2026Q3").exit_code == 2
    assert run("close", demo_project, "--period", "2026Q3").exit_code in (0, 1)
    result = run("recognition", demo_project, "--enable", "--top", "1", "--period", "2026Q3", "--format", "json")
    assert result.exit_code == 0, result.output
    board = json.loads(result.stdout)
    assert board and all(len(lists["top"]) <= 1 for lists in board.values())


def test_checkins_lists_at_risk_and_the_team_view(demo_project):
    for employee, month, confidence in (("E001", "2026-07", "on_track"), ("E002", "2026-08", "at_risk")):
        assert run("checkin", demo_project, "--employee", employee, "--kpi", "sa_sales", "--period", month,
                   "--confidence", confidence).exit_code == 0  # fmt: skip
    listed = json.loads(run("checkins", demo_project, "--period", "2026Q3", "--format", "json").stdout)
    assert [r["employee"] for r in listed] == ["E001", "E002"]
    risky = json.loads(run("checkins", demo_project, "--period", "2026Q3", "--at-risk", "--format", "json").stdout)
    assert [(r["employee"], r["confidence"]) for r in risky] == [("E002", "at_risk")]
    team = run("checkins", demo_project, "--period", "2026Q3", "--department", "sales", "--lang", "zh")
    assert team.exit_code == 0 and "有风险" in team.output and "姓名" in team.output
    with open_project(demo_project) as store:
        token = issue_token(store, role="head", department="finance")
    refused = run("checkins", demo_project, "--period", "2026Q3", "--department", "sales", "--token", token)
    assert refused.exit_code == 2
