"""History commands: achievability, fairness, template, import-actuals, quality."""

from __future__ import annotations

from pathlib import Path

import click

from kpiguide.cli._common import (
    EXIT_FINDINGS,
    NUMBER,
    SHARE,
    findings_table,
    format_option,
    lang_option,
    main,
    message,
    print_json,
    render_table,
    use_lang,
)
from kpiguide.core.errors import DataImportError, InputError, Problem
from kpiguide.core.i18n import t


def _assessment_json(a) -> dict:
    return {
        "series": a.series,
        "p_attain": a.p_attain,
        "quantiles": {f"{k:g}": v for k, v in a.quantiles.items()},
        "bands": {k: a.bands[k] for k in ("floor", "base", "stretch")},
        "method": a.method,
        "explanation": a.explanation,
    }


def _is_project(path: str) -> bool:
    return path.endswith((".sqlite", ".db")) or "://" in path


@main.command()
@click.argument("history", type=click.Path(dir_okay=False))
@click.option("--series", "series_id", default=None, help="Series to assess (name, KPI or employee id).")
@click.option("--target", type=NUMBER, default=None, help="Proposed target for the aggregate.")
@click.option(
    "--targets",
    "targets_file",
    type=click.Path(dir_okay=False),
    default=None,
    help="CSV/XLSX with columns series,target (one assessment per row).",
)
@click.option("--horizon", type=click.IntRange(1, 120), default=1, show_default=True, help="Periods ahead.")
@click.option("--aggregate", type=click.Choice(["sum", "mean", "last"]), default="mean", show_default=True)
@click.option("--direction", type=click.Choice(["higher", "lower"]), default="higher", show_default=True)
@lang_option
@format_option()
def achievability(history, series_id, target, targets_file, horizon, aggregate, direction, lang, fmt) -> None:
    """Chance of reaching a target, quantiles and floor/base/stretch bands from HISTORY.

    HISTORY is a CSV or Excel file (tidy or wide, Chinese or English headers).
    """
    from kpiguide.achievability import AchievabilityModel
    from kpiguide.achievability.assessment import assessment_from_forecast
    from kpiguide.data.history import read_history

    click.get_current_context().meta["kpiguide.json_errors"] = fmt == "json"
    use_lang(lang)
    if (target is None) == (targets_file is None):
        raise InputError("Give exactly one of --target X or --targets FILE.")
    data = read_history(history)
    lang = lang or "en"
    if targets_file is not None:
        from kpiguide.data.history import COLUMN_ALIASES, read_table

        header, rows, _ = read_table(targets_file)
        from kpiguide.core.numbers import parse_number
        from kpiguide.core.spreadsheet import normalize_header

        cols = [normalize_header(h) for h in header]
        series_names = {normalize_header(a) for a in (*COLUMN_ALIASES["series"], *COLUMN_ALIASES["kpi"])}
        target_names = {normalize_header(a) for a in COLUMN_ALIASES["target"]}
        s_col = next((i for i, c in enumerate(cols) if c in series_names), None)
        t_col = next((i for i, c in enumerate(cols) if c in target_names), None)
        if s_col is None or t_col is None:
            raise InputError(
                f"{targets_file} needs a series column and a target column (headers 'series', 'target' or their "
                f"Chinese names); found {header!r}."
            )
        wanted = []
        problems: list[Problem] = []
        for cell in rows:
            where = {"file": targets_file, "sheet": cell.sheet, "row": cell.row, "field": str(header[t_col])}
            try:
                wanted.append((str(cell.values[s_col]).strip(), parse_number(cell.values[t_col], where=where)))
            except InputError as exc:
                problems += exc.problems
            except IndexError:
                problems.append(Problem("the target is missing", **where))
        if problems:
            raise DataImportError(f"{targets_file} has problems", problems)
    elif series_id is not None:
        wanted = [(series_id, target)]
    else:
        wanted = [(name, target) for name in data.names]
    histories = dict(data.series)
    for name, _ in wanted:
        if name not in histories:
            histories[name] = read_history(history, series=name).only()
    model = AchievabilityModel(horizon=horizon, aggregate=aggregate).fit(histories)
    results = []
    for name, goal in wanted:
        a = assessment_from_forecast(
            model.forecast(name), goal, direction=direction, horizon=horizon, aggregate=aggregate, lang=lang
        )
        results.append(_assessment_json(a))
    single = targets_file is None and len(results) == 1
    if fmt == "json":
        print_json(results[0] if single else results)
        return
    table: list[dict[str, object]] = []
    for r in results:
        q = r["quantiles"]
        table.append(
            {
                "series": r["series"],
                "p_attain": r["p_attain"],
                "q05": q["0.05"],
                "median": q["0.5"],
                "q95": q["0.95"],
                **r["bands"],
                "method": r["method"],
            }
        )
    click.echo(render_table(table))
    for r in results:
        click.echo(f"\n{r['series']}: {r['explanation']}")


@main.command()
@click.argument("project")
@click.option("--period", default=None, help="Target period (history before it is used), e.g. 2026-10.")
@click.option("--threshold", type=SHARE, default=0.2, show_default=True, help="Gap in median probability to flag.")
@lang_option
@format_option()
def fairness(project, period, threshold, lang, fmt) -> None:
    """Compare how hard the targets are across the departments of PROJECT."""
    from kpiguide.achievability.fairness import assess_fairness
    from kpiguide.project.store import open_project

    with open_project(project) as store:
        result = assess_fairness(store, period=period, threshold=threshold)
    lang = lang or "en"
    if fmt == "json":
        print_json(result.to_dict(lang))
    else:
        click.echo(render_table(result.departments.round(3).to_dict("records")))
        for f in result.report:
            click.echo(f"[{f.severity.value}] {f.message(lang)} {f.suggestion(lang)}")
    if result.report.has_errors:
        raise SystemExit(EXIT_FINDINGS)


@main.command()
@click.argument("kind", type=click.Choice(["history", "actuals", "scheme"]))
@click.argument("out", type=click.Path(dir_okay=False))
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True)
def template(kind, out, lang) -> None:
    """Write an Excel import template (headers, example rows, instructions sheet)."""
    from kpiguide.data.templates import write_template

    write_template(kind, out, lang)
    message(t("history.template_written", lang, kind=kind, path=out))
    click.echo(out)


@main.command("import-actuals")
@click.argument("project")
@click.argument("file", type=click.Path(dir_okay=False))
@click.option("--replace", is_flag=True, help="Overwrite values already in the project (kept in the audit log).")
@click.option("--actor", default="cli", show_default=True, help="Who is importing (for the audit log).")
@lang_option
@format_option()
def import_actuals_cmd(project, file, replace, actor, lang, fmt) -> None:
    """Import actuals from FILE (CSV/XLSX) into PROJECT; all rows or none."""
    from kpiguide.data.history import import_actuals
    from kpiguide.project.store import open_project

    click.get_current_context().meta["kpiguide.json_errors"] = fmt == "json"
    use_lang(lang)
    with open_project(project) as store:
        counts = import_actuals(store, file, actor=actor, replace_existing=replace)
    if fmt == "json":
        print_json({"file": file, **counts})
    else:
        message(t("history.actuals_imported", lang or "en", file=Path(file).name, **counts))


@main.command()
@click.argument("source")
@lang_option
@format_option()
def quality(source, lang, fmt) -> None:
    """Data-quality findings for a history file or a project (exit 1 on errors)."""
    from kpiguide.data.quality import check_history, check_project

    click.get_current_context().meta["kpiguide.json_errors"] = fmt == "json"
    use_lang(lang)
    if _is_project(source):
        from kpiguide.project.store import open_project

        with open_project(source) as store:
            report = check_project(store)
    else:
        from kpiguide.data.history import read_history

        report = check_history(read_history(source))
    lang = lang or "en"
    if fmt == "json":
        print_json(report.to_dict(lang))
    else:
        click.echo(findings_table(report, lang, max_width=100))
    if report.has_errors:
        raise SystemExit(EXIT_FINDINGS)
