"""App commands: serve (Voila on the apps), invite (signed links), revoke, invites."""

from __future__ import annotations

import datetime as dt
import importlib.util
import os
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import click

from kpiguide.cli._common import fail, format_option, main, message, print_json, render_table


def _base_url(ip: str, port: int) -> str:
    host = "127.0.0.1" if ip in ("", "0.0.0.0", "::") else ip
    return f"http://{host}:{port}"


@main.command()
@click.argument("project", envvar="KPIGUIDE_PROJECT")
@click.option("--ip", default="127.0.0.1", show_default=True, help="Address to listen on (loopback by default).")
@click.option("--port", default=8866, show_default=True, type=click.IntRange(1, 65535))
@click.option(
    "--preheat",
    default="0",
    show_default=True,
    help="Preheated kernels: N for every app, or per app, e.g. kpi_designer=10,my_kpis=2 "
    "(size the pool for the visitors expected at once; see docs/deploy.md).",
)
@click.option("--print-invites", is_flag=True, help="Print a leadership link and one head link per department.")
@click.option("--expires", default="30d", show_default=True, help="Lifetime of the printed invites (30d, 12h, 2w).")
@click.option("--base-url", default=None, help="Public address for the printed links (default: http://IP:PORT).")
@click.option(
    "--hub",
    is_flag=True,
    help="Run as a JupyterHub single-user server: address and path from the spawner's environment "
    "(--ip/--port ignored), every page needs a hub login (see deploy/jupyterhub_config.py).",
)
def serve(
    project: str,
    ip: str,
    port: int,
    preheat: str,
    print_invites: bool,
    expires: str,
    base_url: str | None,
    hub: bool,
) -> None:
    """Serve the Voila apps on PROJECT with locked-down settings until stopped (Ctrl-C or SIGTERM).

    PROJECT defaults to the environment variable KPIGUIDE_PROJECT.  Each visitor needs an
    invite link (`kpiguide invite`); the apps show nothing without a valid one.
    """
    from kpiguide.project.access import issue_token
    from kpiguide.project.store import open_project
    from kpiguide.server.serve import find_apps_dir, hub_address, invite_url, parse_preheat, run_server

    try:
        pools = parse_preheat(preheat)
    except ValueError as exc:
        raise click.BadParameter(str(exc), param_hint="--preheat") from None
    if sum(pools.values()) > 100:
        raise click.BadParameter(
            f"{sum(pools.values())} preheated kernels in total (at most 100)", param_hint="--preheat"
        )
    apps = find_apps_dir()
    server_path = "/"
    if hub:
        ip, port, server_path = hub_address(os.environ)
        if importlib.util.find_spec("jupyterhub") is None:
            fail("--hub needs JupyterHub's package beside kpiguide for the hub login: pip install jupyterhub")
    location = project if "://" in project else str(Path(project).expanduser().resolve())
    with open_project(project) as store:
        base = base_url or _base_url(ip, port)
        if print_invites:
            scheme = store.load_scheme()
            token = issue_token(store, role="leadership", expires_in=expires, actor="kpiguide serve")
            click.echo(f"leadership\t{invite_url(base, token, 'leadership')}")
            for dept in scheme.departments:
                token = issue_token(store, role="head", department=dept.id, expires_in=expires, actor="kpiguide serve")
                click.echo(f"head:{dept.id}\t{invite_url(base, token, 'head')}")
    message(f"Serving the kpiguide apps for {project} at {base} (stop with Ctrl-C or SIGTERM)")
    try:
        run_server(location, ip=ip, port=port, preheat=pools, apps_dir=apps, base_url=server_path, hub=hub)
    except OSError as exc:  # the port is taken or the address cannot be bound
        fail(f"Cannot serve on {ip}:{port}: {exc.strerror or exc}. Choose another --port or --ip.")
    except ValueError as exc:  # Voila refuses its setup, e.g. its page templates are not installed
        fail(f"The app server (Voila) could not start: {exc}. Reinstall kpiguide with its 'ui' extra.")


@main.command()
@click.argument("project")
@click.option(
    "--role",
    type=click.Choice(["head", "employee", "leadership", "hr"]),
    default="head",
    show_default=True,
    help="hr: reviews departments in the leadership dashboard, never edits KPIs.",
)
@click.option("--department", default=None, help="Department id (required for a head).")
@click.option("--employee", default=None, help="Employee id (required for an employee).")
@click.option("--expires", default="30d", show_default=True, help="Lifetime: 30d, 12h, 2w, 90m.")
@click.option("--base-url", default="http://127.0.0.1:8866", show_default=True, help="Where the apps are served.")
@click.option("--actor", default="cli", show_default=True, help="Who issues the invite (audit log).")
def invite(
    project: str, role: str, department: str | None, employee: str | None, expires: str, base_url: str, actor: str
) -> None:
    """Print an invite link for one person (the token is signed, expires, and can be revoked)."""
    from kpiguide.project.access import issue_token, verify_token
    from kpiguide.project.store import open_project
    from kpiguide.server.serve import invite_url

    with open_project(project) as store:
        token = issue_token(store, role=role, department=department, employee=employee, expires_in=expires, actor=actor)
        principal = verify_token(store, token)
    message(
        f"Invite {principal.token_id} for {principal.actor.split('#')[0]}, valid until {principal.expires:%Y-%m-%d %H:%M} UTC"
    )
    click.echo(invite_url(base_url, token, role))


@main.command()
@click.argument("project")
@click.argument("token_or_id")
@click.option("--actor", default="cli", show_default=True, help="Who revokes (audit log).")
@click.option("--reason", default="", help="Why (audit log).")
def revoke(project: str, token_or_id: str, actor: str, reason: str) -> None:
    """Revoke an invite, given its token (or whole link) or its id."""
    from kpiguide.project.access import revoke_token
    from kpiguide.project.store import open_project
    from kpiguide.server.serve import TOKEN_PARAM

    value = token_or_id
    if "://" in value or "?" in value:
        value = (parse_qs(urlsplit(value).query).get(TOKEN_PARAM) or [""])[0]
    with open_project(project) as store:
        token_id = revoke_token(store, value, actor=actor, reason=reason)
    message(f"Invite {token_id} revoked.")
    click.echo(token_id)


@main.command()
@click.argument("project")
@format_option()
def invites(project: str, fmt: str) -> None:
    """List the invites issued for PROJECT (ids, scope, expiry, state; never the tokens)."""
    from kpiguide.project.access import list_invites
    from kpiguide.project.store import open_project

    with open_project(project) as store:
        rows = list_invites(store)
    for row in rows:
        for key in ("iat", "exp"):
            row[key] = dt.datetime.fromtimestamp(row[key], dt.UTC).strftime("%Y-%m-%d %H:%M")
    if fmt == "json":
        print_json(rows)
    else:
        click.echo(render_table(rows, ["id", "role", "dept", "emp", "iat", "exp", "state", "issued_by"]))
