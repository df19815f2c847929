"""Design-check commands: ``kpiguide smart`` (SMART analysis) and ``kpiguide check`` (scheme balance)."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

import click

from kpiguide.cli._common import (
    EXIT_FINDINGS,
    findings_table,
    format_option,
    lang_option,
    main,
    print_json,
    render_table,
    use_lang,
)

_SCHEME_SUFFIXES = (".yaml", ".yml", ".json", ".xlsx")


def _read_history(path: str, series: str | None) -> Any:
    """The series of past values in ``path``: the only one, or ``series`` (else DataImportError naming them)."""
    from kpiguide.data.history import read_history

    return read_history(path, series=series).only()


@main.command()
@click.argument("text")
@click.option("--objective", default=None, help="The objective the indicator should serve (enables 'relevant').")
@click.option(
    "--history",
    "history_file",
    type=click.Path(dir_okay=False),
    default=None,
    help="CSV/XLSX of past values of this indicator (enables 'achievable').",
)
@click.option("--series", "series_id", default=None, help="The series of --history to use when it holds several.")
@lang_option
@format_option()
def smart(
    text: str, objective: str | None, history_file: str | None, series_id: str | None, lang: str | None, fmt: str
) -> None:
    """SMART analysis of one indicator or goal statement (中文 / English).

    Example: kpiguide smart "2026年Q4前将首次响应时间缩短至30秒以内"
    """
    from kpiguide.checks.smart import CRITERIA, analyze
    from kpiguide.core.i18n import t

    history = _read_history(history_file, series_id) if history_file else None
    result = analyze(text, objective=objective, history=history, lang=lang)
    if fmt == "json":
        print_json(result.to_dict())
        return
    out = result.lang
    verdict = {True: "checks.verdict.ok", False: "checks.verdict.not_ok", None: "checks.verdict.unknown"}
    rows = [
        {
            "criterion": t(f"checks.criterion.{name}", out),
            "verdict": t(verdict[result.criteria[name].ok], out),
            "reason": result.criteria[name].reason,
        }
        for name in CRITERIA
    ]
    click.echo(render_table(rows, max_width=80))
    if result.findings:
        click.echo("")
        click.echo(findings_table(result.findings, out, subject=False, max_width=80))
    if result.rewrite:
        click.echo("")
        click.echo(f"{t('uiw.smart.rewrite', out)} {result.rewrite}")


def _load(target: str) -> Any:
    from kpiguide.project.store import open_project
    from kpiguide.scheme.files import load_scheme

    if Path(target).suffix.lower() in _SCHEME_SUFFIXES:
        return load_scheme(target)
    with open_project(target) as store:
        return store.load_scheme()


@main.command()
@click.argument("scheme_or_project")
@click.option(
    "--profile",
    default="cn",
    show_default=True,
    help="Balance profile: a built-in name (cn, bsc) or a profile file (.yaml/.json).",
)
@lang_option
@format_option()
def check(scheme_or_project: str, profile: str, lang: str | None, fmt: str) -> None:
    """Balance and structure checks of a scheme file (.yaml/.json/.xlsx) or a project.

    Exit code 1 when any finding has severity error.
    """
    from kpiguide.checks.balance import check_scheme
    from kpiguide.checks.profiles import load_profile

    click.get_current_context().meta["kpiguide.json_errors"] = fmt == "json"
    use_lang(lang)
    chosen = load_profile(profile)
    scheme = _load(scheme_or_project)
    report = check_scheme(scheme, chosen)
    out = lang or "en"
    if fmt == "json":
        print_json(report.to_dict(out))
    else:
        click.echo(findings_table(report, out, max_width=70))
        summary = report.summary()
        click.echo("")
        click.echo(
            f"profile {chosen.name}: {summary['total']} finding(s) — {summary['error']} error, "
            f"{summary['warning']} warning, {summary['info']} info"
        )
    if report.has_errors:
        sys.exit(EXIT_FINDINGS)
