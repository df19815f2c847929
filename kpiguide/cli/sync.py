"""``kpiguide sync``: pull KPI values from databases, JSON endpoints, files and survey exports.

Examples::

    kpiguide sync project.sqlite --connectors connectors.yaml --period 2026-10 --dry-run --format json
    kpiguide sync project.sqlite --period 2026-10            # stage (uses the stored connectors file)
    kpiguide sync project.sqlite --approve erp_sales-2026-10-3da3912ec9
    kpiguide sync project.sqlite --every 1h                  # foreground loop for systemd
    # cron: 0 * * * *  kpiguide sync /srv/kpi/project.sqlite --format json >> /var/log/kpiguide-sync.log 2>&1
"""

from __future__ import annotations

from typing import Any

import click

from kpiguide.cli._common import EXIT_FINDINGS, format_option, lang_option, main, message, print_json, render_table
from kpiguide.core.i18n import t


def _batch_json(batch: Any) -> dict[str, Any]:
    return {
        "batch": batch.id,
        "connector": batch.connector,
        "kpi": batch.kpi,
        "period": batch.period,
        "mode": batch.mode,
        "status": batch.status,
        "new": batch.new,
        "sha256": batch.sha256,
        **dict(batch.counts),
        "source": batch.source,
        "flags": [f.get("message") for f in batch.flags],
    }


def _report(batches: list[Any], dry_run: bool, fmt: str, lang: str) -> None:
    if dry_run:
        rows = [dict(r) for b in batches for r in b.rows]
        if fmt == "json":
            print_json(rows)
        else:
            click.echo(render_table(rows))
            message(t("connectors.cli.dry_run", lang, rows=len(rows)))
        return
    if fmt == "json":
        print_json([_batch_json(b) for b in batches])
        return
    click.echo(
        render_table([{k: v for k, v in _batch_json(b).items() if k not in ("sha256", "flags")} for b in batches])
    )
    for b in batches:
        key = "connectors.cli.staged" if b.new and b.status == "staged" else "connectors.cli.unchanged"
        if b.new and b.status == "approved":
            key = "connectors.cli.approved"
        message(t(key, lang, batch=b.id, connector=b.connector, period=b.period, status=b.status, **dict(b.counts)))
        if b.flags:
            message(t("connectors.cli.flags", lang, count=len(b.flags), batch=b.id))
            for flag in b.flags:
                message(f"  [{flag.get('severity')}] {flag.get('message_zh' if lang == 'zh' else 'message_en')}")


def _run_once(project: str, options: dict[str, Any]) -> list[Any]:
    from kpiguide.connectors.config import load_connectors  # reason: keep `kpiguide --help` fast
    from kpiguide.connectors.staging import sync as run_sync  # reason: pulls in httpx and the engines
    from kpiguide.project.store import open_project  # reason: SQLAlchemy is heavy

    lang = options["lang"]
    config = load_connectors(options["connectors"], lang=lang) if options["connectors"] else None
    with open_project(project) as store:
        return run_sync(
            store,
            connectors=config,
            connector_id=options["connector"],
            period=options["period"],
            dry_run=options["dry_run"],
            actor=options["actor"],
            lang=lang,
        )


def _approve(project: str, batch_id: str, actor: str, fmt: str, lang: str) -> None:
    from kpiguide.connectors.staging import approve_batch  # reason: pulls in the evaluation engine
    from kpiguide.project.store import open_project  # reason: SQLAlchemy is heavy

    with open_project(project) as store:
        batch = approve_batch(store, batch_id, actor, lang=lang)
    if fmt == "json":
        print_json(_batch_json(batch))
    else:
        message(t("connectors.cli.approved", lang, batch=batch.id, **dict(batch.counts)))


def _every(project: str, interval: str, options: dict[str, Any], max_runs: int | None) -> None:
    from kpiguide.connectors.schedule import parse_interval, run_every  # reason: only for scheduled syncs

    lang, fmt = options["lang"], options["fmt"]
    seconds = parse_interval(interval, lang)
    message(t("connectors.cli.every", lang, seconds=int(seconds)))

    def job() -> None:
        _report(_run_once(project, options), options["dry_run"], fmt, lang)

    def on_error(exc: Exception) -> None:
        from kpiguide.connectors.staging import record_failure  # reason: pulls in the engines
        from kpiguide.project.store import open_project  # reason: SQLAlchemy is heavy

        message(t("connectors.cli.run_failed", lang, error=exc))
        if not options["dry_run"]:
            with open_project(project) as store:
                record_failure(store, exc, connector_id=options["connector"], actor=options["actor"])

    runs = run_every(seconds, job, max_runs=max_runs, on_error=on_error)
    message(t("connectors.cli.stopped", lang, runs=runs))


@main.command()
@click.argument("project")
@click.option(
    "--connectors",
    "connectors_file",
    type=click.Path(dir_okay=False),
    default=None,
    help="Connectors YAML (stored in the project; later syncs use the stored copy).",
)
@click.option("--connector", "connector_id", default=None, help="Sync only this connector id.")
@click.option("--period", default=None, help="Period to pull, e.g. 2026-10 (default: the last complete one).")
@click.option("--dry-run", is_flag=True, help="Show the rows that would be staged; write nothing.")
@click.option(
    "--approve",
    "approve_id",
    default=None,
    metavar="BATCH_ID",
    help="Approve a staged batch: write its rows as actuals.",
)
@click.option(
    "--every",
    "every",
    default=None,
    metavar="INTERVAL",
    help="Repeat every INTERVAL (90s, 15m, 1h, 1d) until SIGTERM/Ctrl+C.",
)
@click.option("--actor", default="sync", show_default=True, help="Who syncs or approves (for the audit log).")
@click.option("--max-runs", type=click.IntRange(1), default=None, hidden=True)
@lang_option
@format_option()
def sync(
    project, connectors_file, connector_id, period, dry_run, approve_id, every, actor, max_runs, lang, fmt
) -> None:
    """Pull KPI values into PROJECT from its connectors, stage them as a batch, approve batches.

    A staged batch counts only once approved (--approve BATCH_ID), unless its connector says
    auto_approve: true.  Exit 0 ok, 1 when a staged value has a data-quality error flag, 2 when a
    source or a row cannot be used (nothing is written).
    """
    click.get_current_context().meta["kpiguide.json_errors"] = fmt == "json"
    lang = lang or "en"
    if approve_id:
        _approve(project, approve_id, actor, fmt, lang)
        return
    options = {"connectors": connectors_file, "connector": connector_id, "period": period, "dry_run": dry_run}
    options.update(actor=actor, lang=lang, fmt=fmt)
    if every:
        _every(project, every, options, max_runs)
        return
    batches = _run_once(project, options)
    _report(batches, dry_run, fmt, lang)
    if any(f.get("severity") == "error" for b in batches for f in b.flags):
        raise SystemExit(EXIT_FINDINGS)  # staged, but a data-quality error needs a look before approval
