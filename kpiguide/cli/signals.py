"""``kpiguide signals``: process-behaviour (XmR) limits and signals of each KPI series."""

from __future__ import annotations

from typing import Any

import click

from kpiguide.cli._common import format_option, lang_option, main, message, print_json, render_table
from kpiguide.core.i18n import t


def _project_series(source: str, wanted: str | None) -> dict[str, Any]:
    from kpiguide.data.history import series_from_store  # reason: pandas is heavy
    from kpiguide.project.store import open_project  # reason: SQLAlchemy is heavy

    with open_project(source) as store:
        kpis = [k.id for k in store.load_scheme().kpis]
        if wanted:
            subject, _, kpi = wanted.rpartition("/")
            return {wanted: series_from_store(store, kpi, subject or None)}
        return {kpi: series_from_store(store, kpi) for kpi in kpis}


def _file_series(source: str, wanted: str | None) -> dict[str, Any]:
    from kpiguide.data.history import read_history  # reason: pandas is heavy

    data = read_history(source, series=wanted)
    return {wanted: data.only()} if wanted else dict(data.series)


@main.command()
@click.argument("source")
@click.option(
    "--series", "series_id", default=None, help="One series: a KPI id or SUBJECT/KPI (project), a series name (file)."
)
@lang_option
@format_option()
def signals(source, series_id, lang, fmt) -> None:
    """XmR chart of each series in a history file or a project: limits and signals.

    Natural process limits = mean ± 2.66 × average moving range; signals: a point beyond the
    limits, eight in a row on one side, three of four beyond halfway to a limit.
    """
    from kpiguide.data.signals import MIN_POINTS, signal_findings, xmr  # reason: numpy-backed engine

    click.get_current_context().meta["kpiguide.json_errors"] = fmt == "json"
    lang = lang or "en"
    is_project = source.endswith((".sqlite", ".db")) or "://" in source
    series = _project_series(source, series_id) if is_project else _file_series(source, series_id)
    charts, short = [], []
    for name, values in series.items():
        values = values.dropna()
        if len(values) < MIN_POINTS:
            short.append(name)
            continue
        charts.append(xmr(values, series=str(name)))
    for name in short:
        message(t("signals.too_short", lang, series=name, needed=MIN_POINTS))
    if fmt == "json":
        print_json([c.to_dict() for c in charts])
        return
    rows = []
    for c in charts:
        shown = "; ".join(f"{s.period} {t('signals.rule.' + s.rule, lang)}" for s in c.signals)
        rows.append(
            {
                "series": c.series,
                "centre": c.centre,
                "lower": c.lower,
                "upper": c.upper,
                "status": t("signals.status." + c.to_dict()["status"], lang),
                "signals": shown,
            }
        )
    click.echo(render_table(rows, max_width=80))
    for c in charts:
        for f in signal_findings(c):
            if f.code != "signals.routine_variation":
                message(f.message(lang))
