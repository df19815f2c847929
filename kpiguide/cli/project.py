"""Project commands: init, import, restore, audit, export, show, schema, demo."""

from __future__ import annotations

import json
from pathlib import Path
from typing import TYPE_CHECKING

import click

from kpiguide.cli._common import (
    EXIT_FINDINGS,
    fail,
    format_option,
    lang_option,
    main,
    message,
    print_json,
    render_table,
    use_lang,
)
from kpiguide.core.i18n import localize, t

if TYPE_CHECKING:
    from kpiguide.project.changes import SchemeChanges


@main.command()
@click.argument("project")
@click.option("--name", default="", help="Organisation name.")
@click.option("--industry", default="", help="Industry id, e.g. retail, manufacturing.")
def init(project: str, name: str, industry: str) -> None:
    """Create an empty project (a SQLite file, or a database URL)."""
    from kpiguide.project.store import init_project

    init_project(project, name=name, industry=industry).close()
    message(t("cli.project_created", "en", path=project))
    click.echo(project)


@main.command("import")
@click.argument("project")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--dry-run", is_flag=True, help="Only show what would change (created, updated, deleted per entity).")
@click.option(
    "--replace",
    "--delete-missing",
    "replace",
    is_flag=True,
    help="Delete objectives, departments, roles, KPIs and employees that are not in FILE (audited; undo with "
    "`kpiguide restore`). Without it they are kept.",
)
@click.option("--actor", default="cli", show_default=True, help="Who is importing (for the audit log).")
@click.option("--reason", default="import", show_default=True, help="Why (for the audit log).")
@lang_option
@format_option()
def import_(
    project: str, file: str, dry_run: bool, replace: bool, actor: str, reason: str, lang: str | None, fmt: str
) -> None:
    """Import a scheme file (.yaml/.json/.xlsx) into PROJECT.

    Rows are matched by id: new ones are created, changed ones updated, and every
    change is audited. Rows missing from FILE are kept unless --replace is given.
    Use --dry-run first to see the changes. Nothing is written if the file has any problem.
    """
    from kpiguide.design.cycle import locked_changes
    from kpiguide.project.store import open_project
    from kpiguide.scheme.files import load_scheme

    click.get_current_context().meta["kpiguide.json_errors"] = fmt == "json"
    use_lang(lang)
    scheme = load_scheme(file)
    lang = lang or "en"
    with open_project(project) as store:
        if locked := locked_changes(store, scheme):
            fail(
                "\n".join([t("cycle.import_locked", lang), *(localize(p.message, lang) for p in locked)]), EXIT_FINDINGS
            )
        if dry_run:
            changes = store.scheme_changes(scheme, delete_missing=replace)
            _print_changes(file, changes, fmt, lang)
            return
        counts = store.replace_scheme(
            scheme, actor=actor, reason=f"{reason}: {Path(file).name}", delete_missing=replace
        )
    if fmt == "json":
        print_json({"file": file, **counts})
        return
    message(t("cli.imported", lang, file=file, **counts))
    if counts["kept"]:
        message(t("cli.import_kept", lang, kept=counts["kept"], project=project, file=file))


def _print_changes(file: str, changes: SchemeChanges, fmt: str, lang: str) -> None:
    if fmt == "json":
        print_json({"file": file, "dry_run": True, **changes.to_dict()})
        return
    click.echo(render_table(changes.rows(), max_width=100))
    counts = changes.counts()
    message(t("cli.import_dry_run", lang, file=file, **counts))


@main.command()
@click.argument("project")
@click.option("--audit-id", type=int, required=True, help="The audit entry of the deletion or update to undo.")
@click.option("--actor", default="cli", show_default=True, help="Who restores (for the audit log).")
@click.option("--reason", default="", help="Why (for the audit log; default: restore of audit entry N).")
def restore(project: str, audit_id: int, actor: str, reason: str) -> None:
    """Bring back an objective, department, role, KPI, employee or the organization as it was
    before the deletion or update recorded in PROJECT's audit log as AUDIT_ID (see `kpiguide audit`)."""
    from kpiguide.project.store import open_project

    with open_project(project) as store:
        what = store.restore(audit_id, actor=actor, reason=reason)
    message(t("cli.restored", "en", what=what, audit_id=audit_id))


@main.command()
@click.argument("project")
@click.option("--entity", default=None, help="Only this entity (kpi, role, employee, ...).")
@click.option("--id", "entity_id", default=None, help="Only this id.")
@click.option("--action", default=None, help="Only this action (create, update, delete, restore, ...).")
@click.option("--limit", type=click.IntRange(min=1), default=50, show_default=True, help="The most recent N entries.")
@format_option()
def audit(project: str, entity: str | None, entity_id: str | None, action: str | None, limit: int, fmt: str) -> None:
    """Show PROJECT's audit log (who changed what, when, why); ids for `kpiguide restore`."""
    from kpiguide.project.store import open_project

    with open_project(project) as store:
        entries = store.audit_log(entity=entity, entity_id=entity_id, limit=None if action else limit)
    if action:
        entries = [e for e in entries if e.action == action][-limit:]
    rows = [
        {
            "id": e.id,
            "at": e.at,
            "actor": e.actor,
            "action": e.action,
            "entity": e.entity,
            "entity_id": e.entity_id,
            "reason": e.reason,
        }
        for e in entries
    ]
    if fmt == "json":
        print_json([{**r, "old": e.old, "new": e.new} for r, e in zip(rows, entries, strict=True)])
    else:
        click.echo(render_table(rows))


@main.command()
@click.argument("project")
@click.argument("file", type=click.Path(dir_okay=False))
def export(project: str, file: str) -> None:
    """Export PROJECT's scheme to FILE (.yaml/.json/.xlsx, chosen by suffix)."""
    from kpiguide.project.store import open_project
    from kpiguide.scheme.files import dump_scheme

    with open_project(project) as store:
        dump_scheme(store.load_scheme(), file)
    message(t("cli.exported", "en", file=file))


@main.command()
@click.argument("project")
@format_option()
def show(project: str, fmt: str) -> None:
    """Show what PROJECT holds: organisation, counts, departments, roles and KPIs."""
    from kpiguide.project.store import open_project
    from kpiguide.scheme.files import scheme_to_dict

    with open_project(project) as store:
        summary = store.summary()
        scheme = store.load_scheme()
    if fmt == "json":
        print_json({"summary": summary, "scheme": scheme_to_dict(scheme)})
        return
    click.echo(f"{summary['organization']} ({summary['industry'] or '-'})  —  {project}")
    counts = ", ".join(
        f"{k}: {summary[k]}"
        for k in ("objectives", "departments", "roles", "kpis", "employees", "actuals", "adjustments")
    )
    click.echo(counts)
    if summary["first_period"]:
        click.echo(f"actuals from {summary['first_period']} to {summary['last_period']}")
    click.echo("")
    click.echo(
        render_table([{"id": o.id, "perspective": o.perspective.value, "text": o.text} for o in scheme.objectives])
    )
    click.echo("")
    rows = []
    for kpi in scheme.kpis:
        role = scheme.role(kpi.role)
        rows.append(
            {
                "department": role.department,
                "role": role.id,
                "kpi": kpi.id,
                "name": kpi.name,
                "weight": kpi.weight,
                "target": kpi.target,
                "unit": kpi.unit,
                "direction": kpi.direction.value,
                "objective": kpi.objective,
            }
        )
    click.echo(render_table(rows, max_width=30))


@main.command()
def schema() -> None:
    """Print the JSON Schema of scheme files."""
    from kpiguide.scheme.files import scheme_json_schema

    click.echo(json.dumps(scheme_json_schema(), ensure_ascii=False, indent=2))


@main.command()
@click.argument("directory", default="demo_project", required=False)
@click.option(
    "--lang",
    type=click.Choice(["zh", "en"]),
    default="zh",
    show_default=True,
    help="Language of the demo company's texts.",
)
def demo(directory: str, lang: str) -> None:
    """Create the demo company in DIRECTORY/demo.sqlite and print its path."""
    from kpiguide.design.demo import create_demo_project

    path = create_demo_project(directory, lang=lang)
    message(t("cli.demo_created", lang, path=path))
    click.echo(str(path))
