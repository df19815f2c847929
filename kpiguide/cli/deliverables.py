"""`kpiguide deliverables`: the workshop's take-away documents."""

from __future__ import annotations

from pathlib import Path

import click

from kpiguide.cli._common import main, message, print_json


@main.command()
@click.argument("project")
@click.option("--out", "out_dir", required=True, type=click.Path(file_okay=False), help="Folder to write into.")
@click.option("--lang", type=click.Choice(["zh", "en"]), default="zh", show_default=True)
@click.option("--format", "fmt", type=click.Choice(["table", "json"]), default="table", show_default=True)
def deliverables(project: str, out_dir: str, lang: str, fmt: str) -> None:
    """Write the KPI dictionary (XLSX), the scheme (YAML), the KPI charter and worksheets (HTML/XLSX)."""
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
    if fmt == "json":
        print_json({"files": [str(p) for p in written]})
    else:
        for path in written:
            click.echo(str(path))
        message(f"{len(written)} files written to {folder}")
