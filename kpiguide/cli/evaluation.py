"""Evaluation commands: evaluate, adjust, report, close, reopen, incentives, health."""

from __future__ import annotations

import sys
from typing import Any

import click

from kpiguide.cli._common import (
    EXIT_FINDINGS,
    NUMBER,
    findings_table,
    format_option,
    main,
    message,
    print_json,
    render_table,
)
from kpiguide.core.i18n import t
from kpiguide.core.numbers import format_number


def _period(value: str) -> Any:
    from kpiguide.core.periods import Period

    try:
        return Period.parse(value)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--period") from None


@main.command()
@click.argument("project")
@click.option(
    "--period",
    "period_text",
    required=True,
    help="Period, e.g. 2026Q3, 2026-07, 2026H1 (Chinese spellings are read too).",
)
@click.option("--live", is_flag=True, help="Recompute a closed period instead of showing its frozen result.")
@click.option("--lang", type=click.Choice(["zh", "en"]), default="en", show_default=True)
@format_option()
def evaluate(project: str, period_text: str, live: bool, lang: str, fmt: str) -> None:
    """Score every employee for a period: weighted totals, ratings and skipped items."""
    from kpiguide.evaluation import evaluate as run
    from kpiguide.project.store import open_project

    period = _period(period_text)
    with open_project(project) as store:
        result = run(store, period, live=live)
    if fmt == "json":
        print_json(result.to_records())
        return
    if result.frozen:
        message(t("evaluation.cli.frozen", lang, period=str(period), revision=result.revision))
    rows = [
        {
            "employee": r["employee"],
            "name": r["name"],
            "department": r["department"],
            "score": None if r["score"] is None else round(r["score"], 1),
            "rating": r["rating"] or "",
            "adjusted": "✓" if r["adjusted"] else "",
            "skipped": sum(1 for k in r["kpis"] if k["status"] != "scored") or "",
        }
        for r in result.to_records()
    ]
    headers = {c: t(f"evaluation.col.{c}", lang) for c in rows[0]} if rows else {}
    click.echo(render_table(rows, headers=headers))
    for line in result.skip_messages(lang):
        message(f"- {line}")


def _parse_overrides(values: tuple[str, ...]) -> dict[str, dict[str, float]]:
    from kpiguide.core.numbers import parse_number

    changes: dict[str, dict[str, float]] = {}
    for text in values:
        key, sep, value = text.partition("=")
        if not sep or not key.strip():
            raise click.BadParameter(
                f"{text!r}: write KPI=VALUE (actual), KPI.target=VALUE or KPI.weight=VALUE", param_hint="--override"
            )
        kpi, _, field = key.strip().partition(".")
        try:
            number = parse_number(value)
        except (ValueError, TypeError):
            number = None
        if number is None:
            raise click.BadParameter(f"{text!r}: {value!r} is not a number", param_hint="--override")
        changes.setdefault(kpi, {})[field or "actual"] = float(number)
    return changes


@main.command()
@click.argument("project")
@click.option("--employee", required=True, help="Employee id, or * (force majeure for everyone).")
@click.option("--period", "period_text", required=True)
@click.option("--leave-days", type=NUMBER, help="Approved leave in the period (days).")
@click.option("--basis", type=click.Choice(["calendar", "working"]), default="calendar", show_default=True)
@click.option("--exclude-from", help="Force-majeure window start (YYYY-MM-DD).")
@click.option("--exclude-to", help="Force-majeure window end (YYYY-MM-DD).")
@click.option("--mode", type=click.Choice(["exclude", "scale"]), default="exclude", show_default=True)
@click.option("--override", "overrides", multiple=True, help="KPI=VALUE (actual), KPI.target=V or KPI.weight=V.")
@click.option("--reason", required=True, help="Why (kept in the audit log and shown in reports).")
@click.option("--actor", default="cli", show_default=True, help="Who approves the adjustment.")
@click.option("--lang", type=click.Choice(["zh", "en"]), default="en", show_default=True)
@format_option()
def adjust(
    project: str,
    employee: str,
    period_text: str,
    leave_days: float | None,
    basis: str,
    exclude_from: str | None,
    exclude_to: str | None,
    mode: str,
    overrides: tuple[str, ...],
    reason: str,
    actor: str,
    lang: str,
    fmt: str,
) -> None:
    """Record a fair adjustment (leave, force majeure or a manual override) with its reason."""
    from kpiguide.evaluation import force_majeure, grant_leave, override
    from kpiguide.project.store import open_project

    period = _period(period_text)
    chosen = [leave_days is not None, bool(exclude_from or exclude_to), bool(overrides)]
    if sum(chosen) != 1:
        raise click.UsageError("Give exactly one of --leave-days N, --exclude-from/--exclude-to, --override KPI=VALUE.")
    if (exclude_from or exclude_to) and not (exclude_from and exclude_to):
        raise click.UsageError("Give both --exclude-from and --exclude-to.")
    with open_project(project) as store:
        if leave_days is not None:
            done = [grant_leave(store, employee, period, leave_days, reason=reason, actor=actor, basis=basis)]
        elif exclude_from and exclude_to:
            done = [
                force_majeure(store, employee, period, exclude_from, exclude_to, reason=reason, actor=actor, mode=mode)
            ]
        else:
            done = override(store, employee, period, _parse_overrides(overrides), reason=reason, actor=actor)
    out: list[dict[str, Any]] = [
        {
            "id": a.id,
            "kind": a.kind,
            "employee": a.employee,
            "period": str(a.period),
            "kpi": a.kpi,
            "reason": a.reason,
            "by": a.by,
            "at": a.at.isoformat(),
            "details": {k: v for k, v in a.details.items() if k not in ("before", "after")},
            "score_before": (a.details.get("before") or {}).get("score"),
            "score_after": (a.details.get("after") or {}).get("score"),
        }
        for a in done
    ]
    if fmt == "json":
        print_json(out)
        return

    message(
        t(
            "evaluation.cli.adjusted",
            lang,
            ids=", ".join(str(a["id"]) for a in out),
            before=format_number(out[0]["score_before"], decimals=1),
            after=format_number(out[0]["score_after"], decimals=1),
        )
    )
    click.echo(render_table([{k: v for k, v in a.items() if k != "details"} for a in out]))


@main.command()
@click.argument("project")
@click.option("--period", "period_text", required=True)
@click.option("--employee", "employees", multiple=True, help="Employee id (repeatable).")
@click.option("--department", "departments", multiple=True, help="Department id (repeatable).")
@click.option("--all", "everyone", is_flag=True, help="Every employee, every department and the overview.")
@click.option("--out", required=True, type=click.Path(file_okay=False), help="Folder for the reports.")
@click.option("--format", "fmt", type=click.Choice(["html", "xlsx", "md"]), default="html", show_default=True)
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True)
@click.option("--pool", "pools", multiple=True, help="DEPT=AMOUNT bonus pool to show in reports (repeatable).")
def report(
    project: str,
    period_text: str,
    employees: tuple[str, ...],
    departments: tuple[str, ...],
    everyone: bool,
    out: str,
    fmt: str,
    lang: str,
    pools: tuple[str, ...],
) -> None:
    """Write feedback reports (HTML prints cleanly to PDF from a browser)."""
    from tqdm import tqdm  # progress bar only for this command

    from kpiguide.evaluation import evaluate as run
    from kpiguide.evaluation.incentives import incentives
    from kpiguide.feedback import write_reports
    from kpiguide.project.store import open_project

    if not (employees or departments or everyone):
        raise click.UsageError("Choose --employee ID, --department ID or --all.")
    period = _period(period_text)
    with open_project(project) as store:
        result = run(store, period)
        emp_ids = list(result.employees["employee"]) if everyone else list(employees)
        dept_ids = [d.id for d in store.load_scheme().departments] if everyone else list(departments)
        inc = incentives(result, pools=_parse_pools(pools)) if pools else None

        def progress(items: Any) -> Any:
            return tqdm(items, desc=t("feedback.cli.progress", lang), unit="report", file=sys.stderr)

        paths = write_reports(
            store,
            result,
            out,
            employees=emp_ids,
            departments=dept_ids,
            organisation=everyone,
            fmt=fmt,
            lang=lang,
            incentives=inc,
            progress=progress if everyone else None,
        )
    message(t("evaluation.cli.reports_written", lang, count=len(paths), out=out))
    for p in paths:
        click.echo(str(p))


@main.command()
@click.argument("project")
@click.option("--period", "period_text", required=True)
@click.option("--actor", default="cli", show_default=True)
@click.option("--reason", default="", help="Note kept with the closing.")
@click.option("--lang", type=click.Choice(["zh", "en"]), default="en", show_default=True)
def close(project: str, period_text: str, actor: str, reason: str, lang: str) -> None:
    """Close a period: freeze its results as a new revision; later writes are refused."""
    from kpiguide.evaluation import close_period
    from kpiguide.project.store import open_project

    period = _period(period_text)
    with open_project(project) as store:
        result = close_period(store, period, actor=actor, reason=reason)
    message(t("evaluation.cli.closed", lang, period=str(period), revision=result.revision))


@main.command()
@click.argument("project")
@click.option("--period", "period_text", required=True)
@click.option("--reason", required=True, help="Why the period is reopened (audit log).")
@click.option("--actor", default="cli", show_default=True)
@click.option("--lang", type=click.Choice(["zh", "en"]), default="en", show_default=True)
def reopen(project: str, period_text: str, reason: str, actor: str, lang: str) -> None:
    """Reopen a closed period (needs a reason); closing again creates a new revision."""
    from kpiguide.evaluation import reopen_period
    from kpiguide.project.store import open_project

    period = _period(period_text)
    with open_project(project) as store:
        state = reopen_period(store, period, reason=reason, actor=actor)
    message(t("evaluation.cli.reopened", lang, period=str(period), next=state["revision"] + 1))


def _parse_pools(values: tuple[str, ...]) -> dict[str, float]:
    from kpiguide.core.numbers import parse_number

    pools = {}
    for text in values:
        dept, sep, amount = text.partition("=")
        number = None
        if sep:
            try:
                number = parse_number(amount)
            except (ValueError, TypeError):
                number = None
        if number is None or not dept.strip():
            raise click.BadParameter(f"{text!r}: write DEPT=AMOUNT, e.g. sales=100000", param_hint="--pool")
        pools[dept.strip()] = float(number)
    return pools


@main.command()
@click.argument("project")
@click.option("--period", "period_text", required=True)
@click.option("--pool", "pools", multiple=True, help="DEPT=AMOUNT: share a department pool (repeatable).")
@click.option("--base", "default_base", type=NUMBER, help="Bonus base for everyone not in a pool.")
@click.option("--table", "table_path", type=click.Path(dir_okay=False), help="Incentive table YAML (default: shipped).")
@format_option("table", "json", "csv")
def incentives(
    project: str, period_text: str, pools: tuple[str, ...], default_base: float | None, table_path: str | None, fmt: str
) -> None:
    """Bonus coefficients, amounts (base or pool, exact to the cent) and eligibility flags."""
    from kpiguide.evaluation import evaluate as run
    from kpiguide.evaluation.incentives import incentives as compute
    from kpiguide.evaluation.incentives import load_incentive_table
    from kpiguide.project.store import open_project

    period = _period(period_text)
    with open_project(project) as store:
        result = run(store, period)
    inc = compute(
        result,
        pools=_parse_pools(pools),
        default_base=default_base,
        table=load_incentive_table(table_path) if table_path else None,
    )
    if fmt == "json":
        print_json({"employees": inc.to_records(), "pools": inc.pools.to_dict("records")})
    elif fmt == "csv":
        from kpiguide.core.spreadsheet import safe_frame

        click.echo(safe_frame(inc.frame).to_csv(index=False), nl=False)
    else:
        click.echo(render_table(inc.to_records()))


@main.command()
@click.argument("project")
@click.option("--period", "period_text", required=True)
@click.option("--lang", type=click.Choice(["zh", "en"]), default="en", show_default=True)
@format_option()
def health(project: str, period_text: str, lang: str, fmt: str) -> None:
    """System health review: targets too easy/hard, missing/late data, drift, adjustments, calibration."""
    from kpiguide.evaluation import evaluate as run
    from kpiguide.evaluation.calibration import calibration
    from kpiguide.evaluation.health import health_review
    from kpiguide.project.store import open_project

    period = _period(period_text)
    with open_project(project) as store:
        result = run(store, period)
        report_ = health_review(store, period, result) + calibration(result).findings
    if fmt == "json":
        print_json(report_.to_dict(lang))
    else:
        click.echo(findings_table(report_, lang, max_width=90))
    if report_.has_errors:
        raise SystemExit(EXIT_FINDINGS)
