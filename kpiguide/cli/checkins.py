"""Running the cycle: `kpiguide checkin`, `reminders`, `calendar`, `contact` and `recognition`.

The command line is the operator's: without ``--token`` it acts with leadership's
rights and is audited as ``leadership#cli``; with ``--token`` (an invite) it acts as
that person, with their rights.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import click

from kpiguide.cli._common import format_option, main, message, print_json, render_table

_TOKEN_HELP = "Act as the person of this invite token (default: the operator, with leadership's rights)."


def _principal(store: Any, token: str | None) -> Any:
    from kpiguide.project.access import Principal, project_id, verify_token

    if token:
        return verify_token(store, token).bind(store.load_scheme())
    return Principal(project=project_id(store), role="leadership", token_id="cli")


def _pairs(values: tuple[str, ...], option: str) -> dict[str, str]:
    from kpiguide.core.errors import InputError, Problem

    out, problems = {}, []
    for value in values:
        key, sep, text = value.partition("=")
        if not sep or not key.strip():
            problems.append(Problem(f"{value!r} is not KEY=VALUE", field=option))
        else:
            out[key.strip()] = text.strip()
    if problems:
        raise InputError(f"Cannot read {option}", problems)
    return out


@main.command()
@click.argument("project")
@click.option("--employee", required=True, help="Employee id.")
@click.option("--kpi", "kpi_id", required=True, help="KPI id.")
@click.option("--period", required=True, help="The month checked in on (2026-08; Chinese spellings are read too).")
@click.option("--confidence", required=True, type=click.Choice(["on_track", "at_risk", "off_track"]))
@click.option("--note", default="", help="What is going on.")
@click.option("--token", default=None, help=_TOKEN_HELP)
@click.option("--lang", type=click.Choice(["zh", "en"]), default="en", show_default=True)
@format_option("table", "json")
def checkin(
    project: str, employee: str, kpi_id: str, period: str, confidence: str, note: str, token: str | None, lang: str,
    fmt: str,
) -> None:  # fmt: skip
    """Record a check-in: value to date (from actuals), confidence and a note."""
    from kpiguide.core.i18n import t
    from kpiguide.design.checkins import record_checkin
    from kpiguide.project.store import open_project

    with open_project(project) as store:
        saved = record_checkin(store, _principal(store, token), employee=employee, kpi=kpi_id, period=period,
                               confidence=confidence, note=note)  # fmt: skip
    if fmt == "json":
        print_json(saved)
        return
    shown = {**saved, "confidence": t(f"checkins.confidence.{confidence}", lang)}
    click.echo(render_table([shown], ["employee", "kpi", "period", "value_to_date", "target", "confidence", "note"],
                            {c: t(f"checkins.col.{c}", lang) for c in ("employee", "kpi", "period", "value_to_date",
                                                                       "target", "confidence", "note")}))  # fmt: skip
    message(t("checkins.recorded", lang, employee=employee, kpi=kpi_id, period=saved["period"],
              confidence=t(f"checkins.confidence.{confidence}", lang)))  # fmt: skip


def _default_period() -> str:
    from kpiguide.core.periods import Period

    return str(Period.of_date(dt.date.today(), "quarter"))


def _link_builder(store: Any, base_url: str, expires: str) -> Any:
    from kpiguide.project.access import issue_token
    from kpiguide.server.serve import invite_url

    def link(reminder: Any) -> str:
        scope = {"department": reminder.department} if reminder.role == "head" else {}
        if reminder.role == "employee":
            scope = {"employee": reminder.employee}
        token = issue_token(store, role=reminder.role, expires_in=expires, actor="kpiguide reminders", **scope)
        return invite_url(base_url, token, reminder.role)

    return link


@main.command("reminders")
@click.argument("project")
@click.option("--period", default=None, help="The cycle's period (default: the current quarter).")
@click.option("--send", is_flag=True, help="E-mail each person with an address their reminder and invite link.")
@click.option("--base-url", default="http://127.0.0.1:8866", show_default=True, help="Where `kpiguide serve` runs.")
@click.option("--expires", default="14d", show_default=True, help="Lifetime of the invite links sent.")
@click.option("--lang", type=click.Choice(["zh", "en"]), default="en", show_default=True)
@format_option("table", "json")
def reminders_command(
    project: str, period: str | None, send: bool, base_url: str, expires: str, lang: str, fmt: str
) -> None:
    """Who still has to design, submit, review, confirm, enter data or check in (and by when).

    With --send, SMTP is configured by KPIGUIDE_SMTP_HOST, _PORT, _USER, _PASSWORD, _FROM and _STARTTLS.
    """
    from kpiguide.core.i18n import t
    from kpiguide.design.reminders import SmtpSettings, reminders, send_reminders
    from kpiguide.project.store import open_project

    with open_project(project) as store:
        listed = reminders(store, period or _default_period())
        result = None
        if send:
            settings = SmtpSettings.from_env()
            result = send_reminders(listed, settings, link_for=_link_builder(store, base_url, expires), store=store,
                                    actor="kpiguide reminders")  # fmt: skip
    if fmt == "json":
        print_json({"reminders": [r.to_dict() for r in listed], **({"sending": result} if result else {})})
    else:
        rows = [{**r.to_dict(), "stage": t(f"reminders.stage.{r.stage}", lang),
                 "who": r.name or r.department_name or r.person} for r in listed]  # fmt: skip
        click.echo(render_table(rows, ["person", "who", "stage", "count", "due", "overdue", "email"]))
    if result is not None:
        message(f"{len(result['sent'])} sent, {len(result['failed'])} failed, "
                f"{len(result['no_address'])} without an e-mail address (kpiguide contact)")  # fmt: skip
        if result["failed"]:
            raise SystemExit(1)


@main.command("calendar")
@click.argument("project")
@click.option("--period", required=True, help="The cycle's period (2026Q4).")
@click.option("--due", "dues", multiple=True, help="STAGE=YYYY-MM-DD (design, submit, review, confirm, data, checkin).")
@format_option("table", "json")
def calendar_command(project: str, period: str, dues: tuple[str, ...], fmt: str) -> None:
    """Set (with --due) and show the due dates per stage of a period's KPI cycle."""
    from kpiguide.design.reminders import calendar, set_calendar
    from kpiguide.project.store import open_project

    with open_project(project) as store:
        current = (
            set_calendar(store, _principal(store, None), period, _pairs(dues, "--due"))
            if dues
            else calendar(store, period)
        )
    if fmt == "json":
        print_json(current)
    else:
        click.echo(render_table([{"stage": k, "due": v} for k, v in current.items()]))


@main.command("contact")
@click.argument("project")
@click.argument("entries", nargs=-1, required=True)
def contact_command(project: str, entries: tuple[str, ...]) -> None:
    """Set e-mail addresses for reminders: PERSON=ADDRESS (leadership, head:DEPT, employee:ID)."""
    from kpiguide.design.reminders import set_contacts
    from kpiguide.project.store import open_project

    with open_project(project) as store:
        saved = set_contacts(store, _principal(store, None), _pairs(entries, "PERSON=ADDRESS"))
    message(f"{len(saved)} contacts on file")


@main.command("recognition")
@click.argument("project")
@click.option("--period", default=None, help="A closed period: show its board.")
@click.option("--enable/--disable", "enabled", default=None, help="Switch the board on or off (leadership).")
@click.option("--top", type=click.IntRange(0, 10), default=None, help="How many top results per department.")
@click.option("--most-improved", type=click.IntRange(0, 10), default=None, help="How many most improved.")
@click.option("--lang", type=click.Choice(["zh", "en"]), default="en", show_default=True)
@format_option("table", "json")
def recognition_command(
    project: str, period: str | None, enabled: bool | None, top: int | None, most_improved: int | None, lang: str,
    fmt: str,
) -> None:  # fmt: skip
    """Configure the opt-in recognition board and show it for a closed period (never lists low performers)."""
    from kpiguide.core.i18n import t
    from kpiguide.design.recognition import configure_recognition, recognition_board, recognition_settings
    from kpiguide.project.store import open_project

    with open_project(project) as store:
        settings = recognition_settings(store)
        if enabled is not None or top is not None or most_improved is not None:
            settings = configure_recognition(
                store, _principal(store, None), enabled=settings.enabled if enabled is None else enabled,
                top=settings.top if top is None else top,
                most_improved=settings.most_improved if most_improved is None else most_improved,
            )  # fmt: skip
            message(f"recognition board: {'on' if settings.enabled else 'off'}, top {settings.top}, "
                    f"most improved {settings.most_improved}")  # fmt: skip
        board = recognition_board(store, period) if period else None
    if board is None:
        return
    if fmt == "json":
        print_json(board)
        return
    click.echo(t("recognition.title", lang, period=period))
    for department, lists in board.items():
        for kind in ("top", "most_improved"):
            for entry in lists[kind]:
                click.echo(f"{department}\t{t(f'recognition.{kind}', lang)}\t{entry['employee']}\t{entry['name']}")


@main.command("checkins")
@click.argument("project")
@click.option("--period", required=True, help="A month or a longer period (2026Q3).")
@click.option("--at-risk", "only_risk", is_flag=True, help="Only KPIs whose latest check-in is at risk or off track.")
@click.option("--department", default=None, help="The team view of one department: every employee × KPI.")
@click.option("--token", default=None, help=_TOKEN_HELP)
@click.option("--lang", type=click.Choice(["zh", "en"]), default="en", show_default=True)
@format_option("table", "json")
def checkins_command(
    project: str, period: str, only_risk: bool, department: str | None, token: str | None, lang: str, fmt: str
) -> None:
    """List check-ins of a period: all, the KPIs at risk (--at-risk) or a department's team view."""
    from kpiguide.core.i18n import t
    from kpiguide.design.checkins import at_risk, checkins, team_view
    from kpiguide.project.store import open_project

    with open_project(project) as store:
        if department:
            rows = team_view(store, _principal(store, token), department, period)
        else:
            rows = at_risk(store, period) if only_risk else checkins(store, period=period)
    if fmt == "json":
        print_json(rows)
        return
    shown = [{**r, "confidence": t(f"checkins.confidence.{r['confidence']}", lang) if r.get("confidence") else ""}
             for r in rows]  # fmt: skip
    columns = ["employee", "kpi", "period", "value_to_date", "target", "confidence", "note"]
    if department:
        columns = ["employee", "name", "kpi", "value_to_date", "target", "confidence", "note"]
    click.echo(render_table(shown, columns, {c: t(f"checkins.col.{c}", lang) for c in columns}))
