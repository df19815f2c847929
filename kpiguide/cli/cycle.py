"""The KPI cycle: `kpiguide submit`, `review`, `agreement`, `confirm`, `countersign`, `change` and `status`.

The command line acts for the person the command names (the department's head for `submit`,
leadership for `review` and change decisions, the employee for `confirm`), audited as
``…#cli``; with ``--token`` it acts as that invite instead, and is refused what the invite may
not do (e.g. confirming someone else's agreement).
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from kpiguide.cli._common import format_option, main, message, print_json, render_table

_TOKEN = click.option("--token", default=None, help="Act as this invite (its role and scope) instead of the CLI.")


def _principal(
    store: Any, token: str | None, role: str, *, department: str | None = None, employee: str | None = None
) -> Any:
    from kpiguide.project.access import Principal, project_id, verify_token

    if token:
        return verify_token(store, token).bind(store.load_scheme())
    scheme = store.load_scheme()
    if employee is not None and department is None and employee in {e.id for e in scheme.employees}:
        department = scheme.employee(employee).department
    return Principal(project_id(store), role, "cli", department=department, employee=employee).bind(scheme)


def _period(value: str | None) -> Any:
    from kpiguide.core.model import Period

    return None if value is None else Period.parse(value)


@main.command()
@click.argument("project")
@click.option("--department", required=True, help="Department id.")
@click.option("--period", default=None, help="Period under review (default: the open one, else this quarter).")
@click.option("--note", default="", help="A note for the reviewers.")
@_TOKEN
def submit(project: str, department: str, period: str | None, note: str, token: str | None) -> None:
    """Submit a department's KPIs for review (as its head)."""
    from kpiguide.design import cycle
    from kpiguide.project.store import open_project

    with open_project(project) as store:
        principal = _principal(store, token, "head", department=department)
        cycle.submit(store, principal, department, _period(period), note)
        state = cycle.review_state(store, department)
    message(f"{department}: submitted for review ({state['period'] if state else ''})")


def _kpi_comments(values: tuple[str, ...]) -> dict[str, str]:
    from kpiguide.core.errors import InputError, Problem

    out, problems = {}, []
    for value in values:
        kpi, sep, text = value.partition("=")
        if not sep or not kpi.strip():
            problems.append(Problem(f"{value!r} is not KPI=TEXT", field="--kpi-comment"))
        else:
            out[kpi.strip()] = text
    if problems:
        raise InputError("Cannot read --kpi-comment", problems)
    return out


@main.command()
@click.argument("project")
@click.option("--department", required=True, help="Department id.")
@click.option("--period", default=None, help="Period under review (default: the open one).")
@click.option("--approve", "decision", flag_value="approve", help="Approve the submitted KPIs.")
@click.option("--return", "decision", flag_value="return", help="Return them to the head with comments.")
@click.option("--comment", default="", help="Overall comment.")
@click.option("--kpi-comment", "kpi_comments", multiple=True, help="KPI=TEXT, a comment on one KPI (repeatable).")
@click.option(
    "--expected-version", "expected_version", type=int, default=None, help="The review version you looked at."
)
@_TOKEN
def review(
    project: str,
    department: str,
    period: str | None,
    decision: str | None,
    comment: str,
    kpi_comments: tuple[str, ...],
    expected_version: int | None,
    token: str | None,
) -> None:
    """Approve or return a submitted department (as leadership, or the --token's HR or leadership invite)."""
    from kpiguide.design import cycle
    from kpiguide.project.store import open_project

    if decision is None:
        raise click.UsageError("give --approve or --return")
    with open_project(project) as store:
        principal = _principal(store, token, "leadership")
        cycle.review(store, principal, department, _period(period), approve=decision == "approve",
                     comment=comment, kpi_comments=_kpi_comments(kpi_comments),
                     expected_version=expected_version)  # fmt: skip
    message(f"{department}: {'approved' if decision == 'approve' else 'returned'}")


@main.command()
@click.argument("project")
@click.option("--employee", required=True, help="Employee id.")
@click.option("--period", required=True, help="Period, e.g. 2026Q3 (Chinese spellings are read too).")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Folder to write into.")
@click.option("--format", "fmt", type=click.Choice(["html", "xlsx"]), default="html", show_default=True)
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True)
def agreement(project: str, employee: str, period: str, out_dir: str, fmt: str, lang: str) -> None:
    """Write an employee's performance agreement (绩效目标责任书) for a period as HTML or XLSX."""
    from kpiguide.catalog import load_catalog
    from kpiguide.core.errors import NotFound
    from kpiguide.deliverables.agreement import agreement_data, render_agreement_html, write_agreement_xlsx
    from kpiguide.design import changes, cycle
    from kpiguide.project.store import open_project

    p = _period(period)
    with open_project(project) as store:
        scheme = store.load_scheme()
        if employee not in {e.id for e in scheme.employees}:
            raise NotFound(f"No employee {employee!r} in the project; check the id (kpiguide show).")
        state = cycle.agreement_state(store, employee, p)
        approved = [c for c in changes.changes(store, status="approved") if c.get("period") == str(p)]
    data = agreement_data(scheme, employee, p, lang=lang, state=state, changes=approved, catalog=load_catalog())
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / f"agreement_{employee}_{p}_{lang}.{fmt}"
    if fmt == "html":
        path.write_text(render_agreement_html(data), encoding="utf-8")
    else:
        write_agreement_xlsx(data, path)
    click.echo(str(path))


@main.command()
@click.argument("project")
@click.option("--employee", required=True, help="Employee id (your own).")
@click.option("--period", required=True, help="Period, e.g. 2026Q3.")
@click.option("--comment", default="", help="A comment with the confirmation.")
@_TOKEN
def confirm(project: str, employee: str, period: str, comment: str, token: str | None) -> None:
    """Confirm an employee's performance agreement; the KPIs of the period are then locked."""
    from kpiguide.design import cycle
    from kpiguide.project.store import open_project

    with open_project(project) as store:
        principal = _principal(store, token, "employee", employee=employee)
        cycle.confirm(store, principal, employee, _period(period), comment)
    message(f"{employee}: agreement for {period} confirmed; its KPIs are locked")


@main.command()
@click.argument("project")
@click.option("--employee", required=True, help="Employee id whose confirmed agreement the manager signs.")
@click.option("--period", required=True, help="Period, e.g. 2026Q3.")
@_TOKEN
def countersign(project: str, employee: str, period: str, token: str | None) -> None:
    """Countersign a confirmed performance agreement (as the employee's head; leadership or HR may too)."""
    from kpiguide.design import cycle
    from kpiguide.project.store import open_project

    with open_project(project) as store:
        department = store.load_scheme().employee(employee).department if not token else None
        principal = _principal(store, token, "head", department=department)
        cycle.countersign(store, principal, employee, _period(period))
    message(f"{employee}: agreement for {period} countersigned")


@main.command()
@click.argument("project")
@click.option("--kpi", default=None, help="KPI id to change.")
@click.option("--target", default=None, help="New target.")
@click.option("--weight", default=None, help="New weight.")
@click.option("--effective", default=None, help="Date from which the new value counts (inside the agreed period).")
@click.option("--reason", default="", help="Why (required for a request).")
@click.option("--approve", "approve_id", default=None, help="Approve this change request.")
@click.option("--reject", "reject_id", default=None, help="Reject this change request.")
@_TOKEN
@format_option()
def change(
    project: str,
    kpi: str | None,
    target: str | None,
    weight: str | None,
    effective: str | None,
    reason: str,
    approve_id: str | None,
    reject_id: str | None,
    token: str | None,
    fmt: str,
) -> None:
    """Request a change of an agreed KPI (--kpi with --target or --weight), or --approve / --reject one."""
    from kpiguide.design import changes
    from kpiguide.project.store import open_project

    decide = approve_id or reject_id
    if bool(decide) == bool(kpi) or (approve_id and reject_id):
        raise click.UsageError("give --kpi ID with --target or --weight, or one of --approve / --reject CHANGE_ID")
    if kpi and (target is None) == (weight is None):
        raise click.UsageError("give exactly one of --target or --weight")
    with open_project(project) as store:
        if decide:
            principal = _principal(store, token, "leadership")
            data = changes.decide_change(store, principal, decide, approve=bool(approve_id), reason=reason)
        else:
            department = store.load_scheme().role(store.get("kpi", str(kpi)).value.role).department
            principal = _principal(store, token, "head", department=department)
            field, value = ("target", target) if target is not None else ("weight", weight)
            cid = changes.propose_change(store, principal, str(kpi), field=field, value=value,
                                         effective=effective, reason=reason)  # fmt: skip
            data = next(c for c in changes.changes(store, kpi=kpi) if c["id"] == cid)
    if fmt == "json":
        print_json(data)
    else:
        click.echo(data["id"])
        message(f"{data['id']}: {data['kpi']} {data['field']} {data['old']} → {data['new']} from "
                f"{data['effective']} ({data['status']})")  # fmt: skip


@main.command()
@click.argument("project")
@click.option("--period", required=True, help="Period, e.g. 2026Q3 (Chinese spellings are read too).")
@click.option("--lang", type=click.Choice(["zh", "en"]), default="en", show_default=True)
@format_option()
def status(project: str, period: str, lang: str, fmt: str) -> None:
    """The stage of every department and employee in a period."""
    from kpiguide.core.i18n import t
    from kpiguide.design import cycle
    from kpiguide.project.store import open_project

    with open_project(project) as store:
        state = cycle.cycle_status(store, _period(period))
    if fmt == "json":
        print_json(state)
        return
    for part in ("departments", "employees"):
        rows = [{**r, "stage": t(f"cycle.stage.{r['stage']}", lang)} for r in state[part]]
        columns = ["id", "stage", "by", "at"] + (["agreed", "employees"] if part == "departments" else ["department"])
        click.echo(render_table(rows, columns))
        click.echo("")
