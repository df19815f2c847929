"""Reminders: who still has to design, submit, review, confirm, enter data or check in.

Leadership sets the cycle calendar of a period (:func:`set_calendar`: a due date per
stage of :data:`STAGES`, record kind ``cycle_calendar``) and the people's e-mail
addresses (:func:`set_contacts`, record kind ``contacts``).  :func:`reminders` lists
what is still open for a period as :class:`Reminder` objects; :func:`reminder_text`
writes one person's bilingual message (with their invite link, built by the caller:
the design layer does not know the server); :func:`send_reminders` e-mails them
through SMTP configured by environment variables (:meth:`SmtpSettings.from_env`)
and audits every reminder sent.  An unreachable server raises :class:`SmtpUnreachable`
before anything is marked as sent.

Stages of departments and employees come from the one review state,
:mod:`kpiguide.design.cycle` (``department_stage``, ``agreement_state``).
"""

from __future__ import annotations

import datetime as dt
import os
import smtplib
import ssl
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import asdict, dataclass
from email.message import EmailMessage
from typing import Any

from kpiguide.core.errors import AccessDenied, InputError, Problem
from kpiguide.core.i18n import Msg, t
from kpiguide.core.model import Scheme
from kpiguide.core.periods import Period
from kpiguide.design import cycle
from kpiguide.design.checkins import checkins
from kpiguide.design.errors import TextError
from kpiguide.project.access import Principal
from kpiguide.project.records import register_record_kind
from kpiguide.project.store import Store

__all__ = [
    "CALENDAR_KIND",
    "CONTACTS_KIND",
    "STAGES",
    "Reminder",
    "SmtpSettings",
    "SmtpUnreachable",
    "calendar",
    "contacts",
    "reminder_text",
    "reminders",
    "send_reminders",
    "set_calendar",
    "set_contacts",
]

CALENDAR_KIND = "cycle_calendar"
CONTACTS_KIND = "contacts"
STAGES = ("design", "submit", "review", "confirm", "data", "checkin")
register_record_kind(CALENDAR_KIND, description="due dates per stage of a period's KPI cycle")
register_record_kind(CONTACTS_KIND, description="e-mail addresses of the people reminders go to")


class SmtpUnreachable(TextError):
    """The SMTP server cannot be reached or refuses the login; nothing was sent."""


@dataclass(frozen=True)
class Reminder:
    """One open task of one person: ``person`` is ``leadership``, ``head:<dept>`` or ``employee:<id>``."""

    person: str
    role: str
    stage: str
    period: str
    due: str | None
    overdue: bool
    department: str | None = None
    employee: str | None = None
    name: str = ""
    department_name: str = ""
    count: int = 1
    email: str | None = None

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


# -- calendar and contacts ----------------------------------------------------------------------


def _require_leadership(principal: Principal) -> None:
    if principal.role != "leadership":
        raise AccessDenied(Msg("reminders.leadership_only"))


def _date(value: Any, stage: str, problems: list[Problem]) -> str | None:
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        problems.append(Problem(t("reminders.problem.date", "en", value=value), field=stage))
        return None


def set_calendar(store: Store, principal: Principal, period: Period | str, dues: Mapping[str, Any]) -> dict[str, str]:
    """Set due dates (``YYYY-MM-DD``) per stage for ``period`` (leadership only; merged, audited)."""
    _require_leadership(principal)
    period = Period.parse(period)
    problems: list[Problem] = []
    clean: dict[str, str] = {}
    for stage, value in dues.items():
        if stage not in STAGES:
            problems.append(Problem(t("reminders.problem.stage", "en", stage=stage, stages=", ".join(STAGES)),
                                    field=stage))  # fmt: skip
            continue
        day = _date(value, stage, problems)
        if day is not None:
            clean[stage] = day
    if problems:
        raise InputError(Msg("reminders.cannot_set_calendar"), problems)
    current = store.get_record(CALENDAR_KIND, str(period))
    merged = {**(dict(current.data) if current else {}), **clean}
    store.put_record(CALENDAR_KIND, str(period), merged, expected_version=None if current is None else current.version,
                     actor=principal.actor, reason="cycle calendar set")  # fmt: skip
    return merged


def calendar(store: Store, period: Period | str) -> dict[str, str]:
    """The due date per stage of ``period`` (stages without a date are absent)."""
    record = store.get_record(CALENDAR_KIND, str(Period.parse(period)))
    return {} if record is None else dict(record.data)


def set_contacts(store: Store, principal: Principal, addresses: Mapping[str, str]) -> dict[str, str]:
    """Set e-mail addresses per person key (``leadership``, ``head:<dept>``, ``employee:<id>``); audited."""
    _require_leadership(principal)
    scheme = store.load_scheme()
    known = (
        {"leadership"} | {f"head:{d.id}" for d in scheme.departments} | {f"employee:{e.id}" for e in scheme.employees}
    )
    problems = [
        Problem(t("reminders.problem.person", "en", person=p), field="person") for p in addresses if p not in known
    ]
    problems += [Problem(t("reminders.problem.email", "en", value=a), field=p)
                 for p, a in addresses.items() if "@" not in str(a) or any(c.isspace() for c in str(a))]  # fmt: skip
    if problems:
        raise InputError(Msg("reminders.cannot_set_contacts"), problems)
    current = store.get_record(CONTACTS_KIND, "all")
    merged = {**(dict(current.data) if current else {}), **{k: str(v).strip() for k, v in addresses.items()}}
    store.put_record(CONTACTS_KIND, "all", merged, expected_version=None if current is None else current.version,
                     actor=principal.actor, reason="contacts set")  # fmt: skip
    return merged


def contacts(store: Store) -> dict[str, str]:
    record = store.get_record(CONTACTS_KIND, "all")
    return {} if record is None else dict(record.data)


# -- stages (read from the review record until the cycle engine provides them) -------------------


# -- what is open -------------------------------------------------------------------------------


def _department_tasks(store: Store, scheme: Scheme, period: Period) -> list[tuple[str, str, str | None, int]]:
    """(stage, person, department, count) for design, submit, review and confirm."""
    tasks: list[tuple[str, str, str | None, int]] = []
    for dept in scheme.departments:
        stage = cycle.department_stage(store, scheme, dept.id, period)["stage"]
        empty = [r for r in scheme.roles_of(dept.id) if not scheme.kpis_of(r.id)]
        if empty:
            tasks.append(("design", f"head:{dept.id}", dept.id, len(empty)))
        elif stage in ("draft", "returned"):
            tasks.append(("submit", f"head:{dept.id}", dept.id, 1))
        elif stage == "submitted":
            tasks.append(("review", "leadership", dept.id, 1))
        if stage == "approved":
            tasks += [("confirm", f"employee:{e.id}", dept.id, 1) for e in scheme.employees
                      if e.department == dept.id
                      and (cycle.agreement_state(store, e.id, period) or {}).get("stage") != "agreed"]  # fmt: skip
    return tasks


def _running_tasks(
    store: Store, scheme: Scheme, period: Period, today: dt.date
) -> list[tuple[str, str, str | None, int]]:
    """(stage, person, department, count) for data entry (past months) and check-ins (started months)."""
    past = [m for m in period.month_periods() if m.end < today]
    started = [m for m in period.month_periods() if m.start <= today]
    have = {(a.subject, a.kpi, str(a.period)) for a in store.actuals(periods=[str(m) for m in past],
                                                                     subject_kind="employee")}  # fmt: skip
    done = {(c["employee"], c["kpi"], c["period"]) for c in checkins(store, period=period)}
    tasks: list[tuple[str, str, str | None, int]] = []
    missing: dict[str, int] = {}
    for emp in scheme.employees:
        kpis = scheme.kpis_of(emp.role)
        for m in past:
            missing[emp.department] = missing.get(emp.department, 0) + sum(
                (emp.id, k.id, str(m)) not in have for k in kpis
            )
        if started:
            current = str(started[-1])
            open_kpis = sum((emp.id, k.id, current) not in done for k in kpis)
            if open_kpis:
                tasks.append(("checkin", f"employee:{emp.id}", emp.department, open_kpis))
    tasks += [("data", f"head:{d}", d, n) for d, n in sorted(missing.items()) if n]
    return tasks


def reminders(store: Store, period: Period | str, *, today: dt.date | None = None) -> list[Reminder]:
    """Every open task of ``period``, one :class:`Reminder` per person and stage, in stage order."""
    period = Period.parse(period)
    today = today or dt.date.today()
    scheme = store.load_scheme()
    dues = calendar(store, period)
    emails = contacts(store)
    employees = {e.id: e for e in scheme.employees}
    heads = {d.id: d.name for d in scheme.departments}
    tasks = _department_tasks(store, scheme, period) + _running_tasks(store, scheme, period, today)
    out = []
    for stage, person, department, count in tasks:
        role, _, ident = person.partition(":")
        due = dues.get(stage)
        name = employees[ident].name if role == "employee" else ""
        out.append(Reminder(
            person=person, role=role, stage=stage, period=str(period), due=due,
            overdue=due is not None and dt.date.fromisoformat(due) < today, department=department,
            employee=ident if role == "employee" else None, name=name, count=count,
            department_name=heads.get(department or "", department or ""), email=emails.get(person),
        ))  # fmt: skip
    return sorted(out, key=lambda r: (STAGES.index(r.stage), r.person))


# -- texts and sending ----------------------------------------------------------------------------


def reminder_text(reminders: Reminder | Sequence[Reminder], link: str | None = None) -> tuple[str, str]:
    """Subject and body of one person's reminder (one or more open tasks), Chinese first, English after.

    ``link`` is the person's invite link (built by the caller).
    """
    tasks = [reminders] if isinstance(reminders, Reminder) else list(reminders)
    first = tasks[0]
    parts, subjects = [], []
    for lang in ("zh", "en"):
        subjects.append(t("reminders.subject", lang, period=first.period))
        lines = [t(f"reminders.greeting.{first.role}", lang, **_params(first))]
        for task in tasks:
            line = t(f"reminders.task.{task.stage}", lang, **_params(task))
            if task.due:
                line += " " + t("reminders.overdue" if task.overdue else "reminders.due", lang, due=task.due)
            lines.append(f"- {line}")
        if link:
            lines.append(t("reminders.link", lang, link=link))
        parts.append("\n".join(lines))
    return " / ".join(subjects), "\n\n---\n\n".join(parts) + "\n"


def _params(reminder: Reminder) -> dict[str, Any]:
    return {"period": reminder.period, "count": reminder.count, "name": reminder.name or reminder.person,
            "department": reminder.department_name or reminder.department or ""}  # fmt: skip


@dataclass(frozen=True)
class SmtpSettings:
    """Where and how to send mail; :meth:`from_env` reads ``KPIGUIDE_SMTP_*``."""

    host: str
    port: int = 25
    user: str | None = None
    password: str | None = None
    sender: str = ""
    starttls: bool = False
    timeout: float = 10.0

    @classmethod
    def from_env(cls, environ: Mapping[str, str] | None = None) -> SmtpSettings:
        """HOST (required), PORT (25; 587 with STARTTLS), USER, PASSWORD, FROM (required), STARTTLS (1/true/yes)."""
        env = os.environ if environ is None else environ
        problems = []
        host = env.get("KPIGUIDE_SMTP_HOST", "").strip()
        sender = env.get("KPIGUIDE_SMTP_FROM", "").strip() or env.get("KPIGUIDE_SMTP_USER", "").strip()
        starttls = env.get("KPIGUIDE_SMTP_STARTTLS", "").strip().lower() in ("1", "true", "yes", "on")
        if not host:
            problems.append(
                Problem(t("reminders.problem.env", "en", name="KPIGUIDE_SMTP_HOST"), field="KPIGUIDE_SMTP_HOST")
            )
        if not sender:
            problems.append(
                Problem(t("reminders.problem.env", "en", name="KPIGUIDE_SMTP_FROM"), field="KPIGUIDE_SMTP_FROM")
            )
        port_text = env.get("KPIGUIDE_SMTP_PORT", "").strip() or ("587" if starttls else "25")
        if not port_text.isdigit() or not 0 < int(port_text) < 65536:
            problems.append(Problem(t("reminders.problem.port", "en", value=port_text), field="KPIGUIDE_SMTP_PORT"))
        if problems:
            raise InputError(Msg("reminders.smtp_not_configured"), problems)
        return cls(host=host, port=int(port_text), user=env.get("KPIGUIDE_SMTP_USER") or None,
                   password=env.get("KPIGUIDE_SMTP_PASSWORD") or None, sender=sender, starttls=starttls)  # fmt: skip


def _connect(settings: SmtpSettings) -> smtplib.SMTP:
    try:
        server = smtplib.SMTP(settings.host, settings.port, timeout=settings.timeout)
        if settings.starttls:
            server.starttls(context=ssl.create_default_context())
        if settings.user and settings.password:
            server.login(settings.user, settings.password)
    except (OSError, smtplib.SMTPException) as exc:  # socket.timeout and ConnectionRefusedError are OSErrors
        raise SmtpUnreachable("reminders.smtp_unreachable", host=settings.host, port=settings.port,
                              reason=str(exc) or type(exc).__name__) from None  # fmt: skip
    return server


def send_reminders(
    reminders: Iterable[Reminder],
    smtp_settings: SmtpSettings,
    *,
    link_for: Callable[[Reminder], str | None] | None = None,
    store: Store | None = None,
    actor: str = "cli",
) -> dict[str, list[dict[str, Any]]]:
    """E-mail each person with an address their open tasks in one mail; return ``sent``, ``failed`` and
    ``no_address`` (one entry per reminder).

    The connection is opened before anything is sent: an unreachable server raises
    :class:`SmtpUnreachable` and nothing is marked as sent.  With ``store`` each sent
    reminder is written to the audit log (action ``send``, entity ``reminder``).
    """
    todo = list(reminders)
    result: dict[str, list[dict[str, Any]]] = {"sent": [], "failed": [], "no_address": []}
    with_address = [r for r in todo if r.email]
    result["no_address"] = [r.to_dict() for r in todo if not r.email]
    if not with_address:
        return result
    by_person: dict[tuple[str, str], list[Reminder]] = {}
    for reminder in with_address:  # one mail per person, listing all their open tasks
        by_person.setdefault((reminder.person, str(reminder.email)), []).append(reminder)
    server = _connect(smtp_settings)
    try:
        for (_person, address), tasks in by_person.items():
            subject, body = reminder_text(tasks, link_for(tasks[0]) if link_for else None)
            mail = EmailMessage()
            mail["From"], mail["To"], mail["Subject"] = smtp_settings.sender, address, subject
            mail.set_content(body)
            try:
                server.send_message(mail)
            except (TimeoutError, smtplib.SMTPException, OSError) as exc:
                result["failed"] += [{**r.to_dict(), "error": str(exc) or type(exc).__name__} for r in tasks]
                continue
            result["sent"] += [r.to_dict() for r in tasks]
            if store is not None:
                for r in tasks:
                    store.log(actor=actor, action="send", entity="reminder", entity_id=r.person,
                              new={"stage": r.stage, "period": r.period, "due": r.due, "to": r.email},
                              reason="reminder e-mailed")  # fmt: skip
    finally:
        try:
            server.quit()
        except (smtplib.SMTPException, OSError):
            server.close()
    return result
