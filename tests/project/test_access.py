from __future__ import annotations

import datetime as dt

import pytest

from kpiguide.core.errors import AccessDenied, InputError
from kpiguide.project.access import (
    InviteRejected,
    Principal,
    issue_token,
    list_invites,
    parse_duration,
    project_id,
    revoke_token,
    verify_token,
)
from kpiguide.project.store import open_project

NOW = dt.datetime(2026, 11, 1, 12, 0, tzinfo=dt.UTC)


@pytest.fixture
def store(demo_project):
    with open_project(demo_project) as s:
        yield s


def test_head_token_round_trips_to_a_department_scoped_principal(store):
    token = issue_token(store, role="head", department="sales", now=NOW)
    principal = verify_token(store, token, now=NOW + dt.timedelta(days=1))
    assert (principal.role, principal.department, principal.employee) == ("head", "sales", None)
    assert principal.can_read("sales") and principal.can_edit("sales")
    assert not principal.can_read("finance") and not principal.can_edit("finance")
    assert principal.actor == f"head:sales#{principal.token_id}"


def test_secret_is_created_once_and_kept_out_of_the_audit_log(store):
    pid = project_id(store)
    issue_token(store, role="leadership", now=NOW)
    assert project_id(store) == pid
    secret = store.get_record("secret", "invite_signing").data["key"]
    assert all(secret not in repr((e.old, e.new)) for e in store.audit_log())
    assert any(e.entity == "record:secret" and e.new == {"redacted": True} for e in store.audit_log())


def test_issuing_is_audited_and_listed_without_the_token(store):
    token = issue_token(store, role="employee", employee="E001", actor="consultant", now=NOW)
    (invite,) = list_invites(store)
    assert invite["role"] == "employee" and invite["emp"] == "E001" and invite["issued_by"] == "consultant"
    assert token not in repr(invite)
    assert any(e.entity == "record:invite" and e.actor == "consultant" for e in store.audit_log())


def test_employee_token_takes_the_department_from_the_project(store):
    scheme = store.load_scheme()
    token = issue_token(store, role="employee", employee="E001", now=NOW)
    principal = verify_token(store, token, now=NOW).bind(scheme)
    assert principal.department == scheme.employee("E001").department
    assert principal.can_see_employee("E001")
    assert not principal.can_see_employee("E002")
    assert not principal.can_read(principal.department) and not principal.can_edit(principal.department)


def test_head_sees_only_employees_of_their_department(store):
    scheme = store.load_scheme()
    principal = verify_token(store, issue_token(store, role="head", department="sales", now=NOW), now=NOW)
    bound = principal.bind(scheme)
    inside = [e.id for e in scheme.employees_of("sales")]
    outside = [e.id for e in scheme.employees if e.department != "sales"]
    assert inside and outside
    assert all(bound.can_see_employee(e) for e in inside)
    assert not any(bound.can_see_employee(e) for e in outside)


def test_leadership_reads_everything(store):
    principal = verify_token(store, issue_token(store, role="leadership", now=NOW), now=NOW)
    assert principal.department is None
    assert principal.can_read("sales") and principal.can_see_employee("E030")


@pytest.mark.parametrize(
    ("token", "reason"),
    [(None, "missing"), ("", "missing"), ("abc", "malformed"), ("a.b", "malformed"), ("!!.??", "malformed")],
    ids=["none", "empty", "no-dot", "not-json", "bad-chars"],
)
def test_unusable_tokens_are_rejected_with_a_reason(store, token, reason):
    with pytest.raises(InviteRejected) as info:
        verify_token(store, token, now=NOW)
    assert info.value.reason == reason
    assert isinstance(info.value, AccessDenied)


def test_tampered_payload_is_rejected_as_forged(store):
    import base64
    import json

    token = issue_token(store, role="head", department="sales", now=NOW)
    body, signature = token.split(".")
    payload = json.loads(base64.urlsafe_b64decode(body + "=" * (-len(body) % 4)))
    payload["dept"] = "finance"
    forged = base64.urlsafe_b64encode(json.dumps(payload).encode()).rstrip(b"=").decode() + "." + signature
    with pytest.raises(InviteRejected, match="signature is not valid") as info:
        verify_token(store, forged, now=NOW)
    assert info.value.reason == "forged"


def test_expired_token_is_rejected_with_the_expiry_date(store):
    token = issue_token(store, role="leadership", expires_in="2h", now=NOW)
    verify_token(store, token, now=NOW + dt.timedelta(hours=1))
    with pytest.raises(InviteRejected, match="expired on 2026-11-01 14:00 UTC") as info:
        verify_token(store, token, now=NOW + dt.timedelta(hours=2))
    assert "过期" in info.value.message("zh")


def test_token_of_another_project_is_rejected(store, tmp_path, demo_project_template):
    other_path = tmp_path / "other.sqlite"
    other_path.write_bytes(demo_project_template.read_bytes())
    with open_project(other_path) as other:
        token = issue_token(other, role="leadership", now=NOW)
    with pytest.raises(InviteRejected) as info:
        verify_token(store, token, now=NOW)
    assert info.value.reason == "wrong_project"


@pytest.mark.parametrize("by", ["token", "id"])
def test_revoked_token_is_rejected(store, by):
    token = issue_token(store, role="head", department="sales", now=NOW)
    token_id = verify_token(store, token, now=NOW).token_id
    assert revoke_token(store, token if by == "token" else token_id, actor="consultant") == token_id
    with pytest.raises(InviteRejected, match="revoked"):
        verify_token(store, token, now=NOW)
    assert list_invites(store)[0]["state"] == "revoked"
    assert any(e.entity == "record:invite_revoked" and e.actor == "consultant" for e in store.audit_log())


def test_revoking_an_unknown_id_says_what_to_pass(store):
    with pytest.raises(InputError, match="No invite with id 'nope'"):
        revoke_token(store, "nope")


def test_issue_reports_all_problems_at_once(store):
    with pytest.raises(InputError) as info:
        issue_token(store, role="head", department="nowhere")
    assert "no department 'nowhere'" in str(info.value)
    with pytest.raises(InputError, match="belongs to"):
        issue_token(store, role="employee", employee="E001", department="nowhere")
    with pytest.raises(InputError, match="Unknown role 'boss'"):
        issue_token(store, role="boss")


@pytest.mark.parametrize(
    ("text", "expected"),
    [("30d", dt.timedelta(days=30)), ("12h", dt.timedelta(hours=12)), ("2W", dt.timedelta(weeks=2))],
)
def test_parse_duration(text, expected):
    assert parse_duration(text) == expected


@pytest.mark.parametrize("text", ["0d", "30", "d", "-1d", "1y"])
def test_parse_duration_rejects_unclear_text(text):
    with pytest.raises(InputError, match="Cannot read the duration"):
        parse_duration(text)


def test_principal_requires_raise_access_denied():
    principal = Principal(project="p", role="head", token_id="t", department="sales")
    principal.require_edit("sales")
    with pytest.raises(AccessDenied, match="does not allow changing department 'finance'"):
        principal.require_edit("finance")
    with pytest.raises(ValueError, match="Unknown role"):
        Principal(project="p", role="admin", token_id="t")
