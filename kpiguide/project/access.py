"""Invite tokens and authorisation for the apps (no UI imports).

An invite link carries a signed token: ``base64url(payload).base64url(HMAC-SHA256)``.
The payload names the project, the role (``leadership``, ``head`` or
``employee``), the department and employee it is scoped to, when it was issued,
when it expires and a token id.  The signing key is a random per-project secret
kept in the project store (record kind ``secret``, created on first use and kept
out of the audit log); every issued token is listed (kind ``invite``) and a
revoked one is listed under kind ``invite_revoked``.

:func:`verify_token` turns a token into a :class:`Principal` or raises
:class:`InviteRejected` (an :class:`~kpiguide.core.errors.AccessDenied`) whose
``reason`` is one of ``missing``, ``malformed``, ``forged``, ``expired``,
``revoked``, ``wrong_project``.  Apps ask the principal what it may read and edit
and write to the store with :attr:`Principal.actor`, so every write is audited
with the invite's identity.
"""

from __future__ import annotations

import base64
import binascii
import datetime as dt
import hashlib
import hmac
import json
import re
import secrets
import uuid
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from types import MappingProxyType
from typing import Any

from kpiguide.core.errors import AccessDenied, ConflictError, InputError, Problem
from kpiguide.core.i18n import t
from kpiguide.core.model import Scheme
from kpiguide.project.records import register_record_kind
from kpiguide.project.store import Store

__all__ = [
    "REVIEWER_ROLES",
    "ROLES",
    "InviteRejected",
    "Principal",
    "issue_token",
    "list_invites",
    "parse_duration",
    "project_id",
    "revoke_token",
    "verify_token",
]

ROLES = ("leadership", "head", "employee", "hr")
REVIEWER_ROLES = ("leadership", "hr")  # who may approve or return a department's KPIs
SECRET_KIND = "secret"
SECRET_KEY = "invite_signing"
INVITE_KIND = "invite"
REVOKED_KIND = "invite_revoked"
register_record_kind(SECRET_KIND, redacted=True, description="the per-project invite-signing key")
register_record_kind(INVITE_KIND, description="an issued invite (without the token)")
register_record_kind(REVOKED_KIND, description="a revoked invite")
_TOKEN_RE = re.compile(r"^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+$")


class InviteRejected(AccessDenied):
    """An invite token that cannot be used; ``reason`` says why (see module docstring)."""

    def __init__(self, reason: str, **params: Any) -> None:
        self.reason = reason
        self.params = params
        super().__init__(t(f"access.{reason}", "en", **params))

    def message(self, lang: str = "en") -> str:
        return t(f"access.{self.reason}", lang, **self.params)


@dataclass(frozen=True)
class Principal:
    """Who is using an app, as stated by a verified invite.

    ``employee_departments`` maps employee ids to departments; bind it with
    :meth:`bind` so that a department head can be asked about an employee.
    """

    project: str
    role: str
    token_id: str
    department: str | None = None
    employee: str | None = None
    expires: dt.datetime | None = None
    employee_departments: Mapping[str, str] = field(default_factory=dict, repr=False, compare=False)

    def __post_init__(self) -> None:
        if self.role not in ROLES:
            raise InputError(f"Unknown role {self.role!r}", [Problem(f"use one of {', '.join(ROLES)}", field="role")])
        object.__setattr__(self, "employee_departments", MappingProxyType(dict(self.employee_departments)))

    @property
    def actor(self) -> str:
        """The identity written to the audit log for this principal's edits."""
        if self.role in REVIEWER_ROLES:
            who = self.role
        elif self.role == "head":
            who = f"head:{self.department}"
        else:
            who = f"employee:{self.employee}"
        return f"{who}#{self.token_id}"

    def bind(self, scheme: Scheme) -> Principal:
        """A copy that knows which department each employee of ``scheme`` belongs to."""
        return replace(self, employee_departments={e.id: e.department for e in scheme.employees})

    def can_read(self, department: str) -> bool:
        """Whether the principal may see ``department``'s design (objectives, roles, KPIs)."""
        return self.role in REVIEWER_ROLES or (self.role == "head" and department == self.department)

    def can_edit(self, department: str) -> bool:
        """Whether the principal may change ``department``'s KPIs and submit them (HR reviews, never edits)."""
        return self.role != "hr" and self.can_read(department)

    def can_see_employee(self, employee_id: str) -> bool:
        """Whether the principal may see one employee's KPIs, results and comments."""
        if self.role in REVIEWER_ROLES:
            return True
        if self.role == "employee":
            return employee_id == self.employee
        return self.employee_departments.get(employee_id) == self.department

    def require_read(self, department: str) -> None:
        if not self.can_read(department):
            raise AccessDenied(t("access.cannot_read", "en", department=department))

    def require_edit(self, department: str) -> None:
        if not self.can_edit(department):
            raise AccessDenied(t("access.cannot_edit", "en", department=department))


# -- secret and project id --------------------------------------------------------------------


def _signing_record(store: Store) -> Mapping[str, Any]:
    record = store.get_record(SECRET_KIND, SECRET_KEY)
    if record is not None:
        return record.data
    data = {"key": secrets.token_hex(32), "project_id": uuid.uuid4().hex}
    try:
        store.put_record(SECRET_KIND, SECRET_KEY, data, expected_version=None, actor="kpiguide", reason="first invite")
    except ConflictError:
        # Another process created it between our read and write: use theirs.
        record = store.get_record(SECRET_KIND, SECRET_KEY)
        if record is None:  # deleted again in between; extremely unlikely, and safe to refuse
            raise
        return record.data
    return data


def project_id(store: Store) -> str:
    """The random id that ties tokens to this project (created on first use)."""
    return str(_signing_record(store)["project_id"])


def _b64(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def _unb64(text: str) -> bytes:
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _sign(key: str, body: str) -> str:
    return _b64(hmac.new(bytes.fromhex(key), body.encode("ascii"), hashlib.sha256).digest())


def _now(now: dt.datetime | None) -> dt.datetime:
    return (now or dt.datetime.now(dt.UTC)).astimezone(dt.UTC)


_DURATION_RE = re.compile(r"^\s*(\d+)\s*([mhdw])\s*$", re.IGNORECASE)
_UNITS = {"m": "minutes", "h": "hours", "d": "days", "w": "weeks"}


def parse_duration(text: str) -> dt.timedelta:
    """``"30d"``, ``"12h"``, ``"2w"``, ``"90m"`` → a timedelta (positive)."""
    match = _DURATION_RE.match(str(text))
    if not match or int(match.group(1)) == 0:
        raise InputError(
            f"Cannot read the duration {text!r}",
            [Problem("write a positive number followed by m, h, d or w, e.g. '30d' or '12h'", field="expires")],
        )
    return dt.timedelta(**{_UNITS[match.group(2).lower()]: int(match.group(1))})


# -- issue / verify / revoke ------------------------------------------------------------------


def issue_token(
    store: Store,
    *,
    role: str,
    department: str | None = None,
    employee: str | None = None,
    expires_in: dt.timedelta | str = "30d",
    actor: str = "cli",
    now: dt.datetime | None = None,
) -> str:
    """Create a signed invite token and list it in the store (audited).

    A ``head`` token needs a department that exists; an ``employee`` token an
    employee that exists (its department is taken from the project when not
    given); a ``leadership`` token takes neither.
    """
    if role not in ROLES:
        raise InputError(f"Unknown role {role!r}", [Problem(f"use one of {', '.join(ROLES)}", field="role")])
    scheme = store.load_scheme()
    problems = []
    if role == "head":
        if not department:
            problems.append(Problem("a department head's invite needs --department ID", field="department"))
        elif department not in {d.id for d in scheme.departments}:
            known = ", ".join(d.id for d in scheme.departments) or "none"
            problems.append(Problem(f"no department {department!r} (known: {known})", field="department"))
    elif role == "employee":
        if not employee:
            problems.append(Problem("an employee's invite needs --employee ID", field="employee"))
        elif employee not in {e.id for e in scheme.employees}:
            problems.append(Problem(f"no employee {employee!r} in the project", field="employee"))
        else:
            own = scheme.employee(employee).department
            if department and department != own:
                problems.append(
                    Problem(f"employee {employee!r} belongs to {own!r}, not {department!r}", field="department")
                )
            department = own
    else:
        department = employee = None
    if problems:
        raise InputError("Cannot issue the invite", problems)
    lifetime = parse_duration(expires_in) if isinstance(expires_in, str) else expires_in
    if lifetime <= dt.timedelta(0):
        raise InputError("Cannot issue the invite", [Problem("the lifetime must be positive", field="expires")])
    signing = _signing_record(store)
    issued = _now(now).replace(microsecond=0)
    payload = {
        "v": 1,
        "pid": signing["project_id"],
        "role": role,
        "dept": department,
        "emp": employee,
        "iat": int(issued.timestamp()),
        "exp": int((issued + lifetime).timestamp()),
        "jti": secrets.token_hex(8),
    }
    body = _b64(json.dumps(payload, separators=(",", ":"), sort_keys=True).encode("utf-8"))
    listed = {k: payload[k] for k in ("role", "dept", "emp", "iat", "exp")}
    store.put_record(INVITE_KIND, payload["jti"], listed, expected_version=None, actor=actor, reason="invite issued")
    return f"{body}.{_sign(signing['key'], body)}"


def _decode(token: str) -> dict[str, Any]:
    if not token or not str(token).strip():
        raise InviteRejected("missing")
    token = str(token).strip()
    if not _TOKEN_RE.match(token):
        raise InviteRejected("malformed")
    body = token.split(".", 1)[0]
    try:
        payload = json.loads(_unb64(body))
    except (binascii.Error, ValueError, UnicodeDecodeError):
        raise InviteRejected("malformed") from None
    required = {"pid": str, "role": str, "iat": int, "exp": int, "jti": str}
    if not isinstance(payload, dict) or any(not isinstance(payload.get(k), typ) for k, typ in required.items()):
        raise InviteRejected("malformed")
    if payload["role"] not in ROLES:
        raise InviteRejected("malformed")
    return payload


def _check_signature(store: Store, token: str, payload: Mapping[str, Any]) -> None:
    signing = _signing_record(store)
    if payload["pid"] != signing["project_id"]:
        raise InviteRejected("wrong_project")
    body, signature = token.strip().split(".", 1)
    if not hmac.compare_digest(signature, _sign(signing["key"], body)):
        raise InviteRejected("forged")


def verify_token(store: Store, token: str | None, *, now: dt.datetime | None = None) -> Principal:
    """The principal an invite token stands for, or :class:`InviteRejected` saying why not."""
    payload = _decode(token or "")
    _check_signature(store, str(token), payload)
    expires = dt.datetime.fromtimestamp(payload["exp"], dt.UTC)
    if _now(now) >= expires:
        raise InviteRejected("expired", when=expires.strftime("%Y-%m-%d %H:%M UTC"))
    if store.get_record(REVOKED_KIND, payload["jti"]) is not None:
        raise InviteRejected("revoked")
    return Principal(
        project=payload["pid"],
        role=payload["role"],
        token_id=payload["jti"],
        department=payload.get("dept"),
        employee=payload.get("emp"),
        expires=expires,
    )


def revoke_token(store: Store, token_or_id: str, *, actor: str = "cli", reason: str = "") -> str:
    """Revoke an invite given the token itself or its id; return the id (audited).

    A token is accepted even when expired, but it must have been signed for this
    project; an id must be one this project issued.
    """
    text = str(token_or_id).strip()
    if "." in text:
        payload = _decode(text)
        _check_signature(store, text, payload)
        token_id = str(payload["jti"])
    else:
        token_id = text
    if store.get_record(INVITE_KIND, token_id) is None:
        raise InputError(
            f"No invite with id {token_id!r} in this project",
            [Problem("pass the token from the link, or the id printed by `kpiguide invite`", field="token")],
        )
    if store.get_record(REVOKED_KIND, token_id) is None:
        data = {"at": _now(None).isoformat(timespec="seconds"), "reason": reason}
        store.put_record(REVOKED_KIND, token_id, data, expected_version=None, actor=actor, reason=reason or "revoked")
    return token_id


def list_invites(store: Store) -> list[dict[str, Any]]:
    """Every invite issued in this project (without the tokens), with its state."""
    revoked = {r.key for r in store.list_records(REVOKED_KIND)}
    now = _now(None).timestamp()
    out = []
    for record in store.list_records(INVITE_KIND):
        data = dict(record.data)
        state = "revoked" if record.key in revoked else ("expired" if data["exp"] <= now else "active")
        out.append({"id": record.key, **data, "state": state, "issued_by": record.updated_by})
    return out


def require_current(store: Store, principal: Principal) -> None:
    """Refuse a write by an invite revoked or expired since the page was opened (checked on every write)."""
    if principal.expires is not None and dt.datetime.now(dt.UTC) >= principal.expires:
        raise InviteRejected("expired", when=principal.expires.strftime("%Y-%m-%d %H:%M UTC"))
    if store.get_record(REVOKED_KIND, principal.token_id) is not None:
        raise InviteRejected("revoked")
