"""`kpiguide deliverables`: the workshop's take-away documents."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import click

from kpiguide.cli._common import main, message, print_json


@main.command()
@click.argument("project")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Folder to write into.")
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
@click.option(
    "--period", default=None, help="Period of the explainer's worked example (default: the latest quarter with data)."
)
def deliverables(project: str, out_dir: str, lang: str, fmt: str, period: str | None) -> None:
    """Write the KPI dictionary (XLSX), the scheme (YAML), the KPI charter and worksheets (HTML/XLSX),
    and the all-hands explainer (slide deck PPTX and the same content as HTML)."""
    from kpiguide.deliverables import (
        render_charter_html,
        render_worksheets_html,
        write_kpi_dictionary_xlsx,
        write_worksheets_xlsx,
    )
    from kpiguide.project.store import open_project
    from kpiguide.scheme.files import dump_scheme

    with open_project(project) as store:
        scheme = store.load_scheme()
    from kpiguide.catalog import load_catalog

    catalog = load_catalog()
    folder = Path(out_dir)
    folder.mkdir(parents=True, exist_ok=True)
    written = [
        write_kpi_dictionary_xlsx(scheme, folder / f"kpi_dictionary_{lang}.xlsx", lang=lang, catalog=catalog),
        dump_scheme(scheme, folder / "kpi_scheme.yaml"),
        folder / f"kpi_charter_{lang}.html",
        folder / f"worksheets_{lang}.html",
        write_worksheets_xlsx(scheme, folder / f"worksheets_{lang}.xlsx", lang=lang),
    ]
    written[2].write_text(render_charter_html(scheme, lang=lang, catalog=catalog), encoding="utf-8")
    written[3].write_text(render_worksheets_html(scheme, lang=lang), encoding="utf-8")
    written += _explainer(project, folder, lang, period)
    if fmt == "json":
        print_json({"files": [str(p) for p in written]})
    else:
        for path in written:
            click.echo(str(path))
        message(f"{len(written)} files written to {folder}")


def _explainer(project: str, folder: Path, lang: str, period: str | None) -> list[Path]:
    """The all-hands deck and its HTML twin; the deck needs python-pptx and a project with employees."""
    from kpiguide.core.periods import Period
    from kpiguide.deliverables.explainer import explainer_slides, render_explainer_html, write_explainer_pptx
    from kpiguide.design.reminders import calendar
    from kpiguide.project.store import open_project

    with open_project(project) as store:
        if not store.load_scheme().employees:
            message("explainer skipped: the project has no employees for the worked example")
            return []
        months = sorted({str(a.period) for a in store.actuals(subject_kind="employee") if a.period.kind == "month"})
        example = Period.parse(period) if period else Period.parse(months[-1]).to("quarter") if months else None
        if example is None:
            message("explainer skipped: no actuals yet for the worked example (give --period after importing data)")
            return []
        cycle = Period.of_date(dt.date.today(), "quarter")
        slides = explainer_slides(store, period=example, lang=lang, calendar=calendar(store, cycle), cycle_period=cycle)
    html = folder / f"kpi_explainer_{lang}.html"
    html.write_text(render_explainer_html(slides, lang=lang), encoding="utf-8")
    try:
        deck = write_explainer_pptx(slides, folder / f"kpi_explainer_{lang}.pptx", lang=lang)
    except ImportError:
        message("slide deck skipped: install python-pptx (pip install python-pptx) to write the PPTX")
        return [html]
    return [deck, html]
