"""``kpiguide match``: link KPI names to the catalog indicators they are."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import click

from kpiguide.cli._common import catalog_option, format_option, lang_option, main, message, print_json, render_table

_SCHEME_SUFFIXES = {".yaml", ".yml", ".json", ".xlsx"}
_PROJECT_SUFFIXES = {".db", ".sqlite", ".sqlite3", ".kpiguide"}


def _linker(extra: tuple[str, ...]) -> Any:
    from kpiguide.catalog import load_catalog
    from kpiguide.suggest.linking import IndicatorLinker, default_linker

    return IndicatorLinker().fit(load_catalog(*extra)) if extra else default_linker()


def _scheme_target(names: tuple[str, ...]) -> str | None:
    """The one argument, when it is a scheme file or a project rather than a KPI name."""
    if len(names) != 1:
        return None
    target = names[0]
    suffix = Path(target).suffix.lower()
    if suffix in _SCHEME_SUFFIXES | _PROJECT_SUFFIXES and Path(target).is_file():
        return target
    if "://" in target and target.split("://", 1)[0].startswith("postgres"):
        return target
    return None


def _load_scheme(target: str) -> Any:
    from kpiguide.project.store import open_project
    from kpiguide.scheme.files import load_scheme

    if Path(target).suffix.lower() in _SCHEME_SUFFIXES:
        return load_scheme(target)
    with open_project(target) as store:
        return store.load_scheme()


def _row(link: Any, lang: str) -> dict[str, Any]:
    ind = link.indicator
    return {
        "name": link.name,
        "id": link.id or "—",
        "indicator": ind.name(lang) if ind is not None else "",
        "confidence": round(link.confidence, 2),
        "alternatives": ", ".join(a.id for a in link.alternatives[:2]),
        "why": link.why,
    }


@main.command()
@click.argument("names", nargs=-1)
@click.option(
    "--input",
    "input_file",
    type=click.Path(exists=True, dir_okay=False),
    help="File of KPI names: one per line, or CSV/XLSX with a 'text' (or 'name') column.",
)
@catalog_option
@format_option()
@lang_option
def match(names: tuple[str, ...], input_file: str | None, extra: tuple[str, ...], fmt: str, lang: str | None) -> None:
    """Link KPI NAMES to the catalog indicators they are (中文/English/mixed), or say none matches.

    One argument that is a scheme file (.yaml/.json/.xlsx) or a project lists the scheme's KPIs that
    have no catalog indicator, each with the link proposed for it (nothing is written).

    \b
    Examples:
      kpiguide match 销售收入 招聘完成率 离职率 CSAT
      kpiguide match "Staff attrition rate" --format json
      kpiguide match --input kpi_list.xlsx
      kpiguide match scheme.yaml
    """
    click.get_current_context().meta["kpiguide.json_errors"] = fmt == "json"
    if input_file and names:
        raise click.UsageError("Give either NAMES or --input FILE, not both.")
    if not input_file and not names:
        raise click.UsageError(
            "Give KPI names (e.g. kpiguide match 'Sales revenue' CSAT), --input FILE, or a scheme file."
        )
    from kpiguide.cli.suggest import read_queries
    from kpiguide.core.i18n import detect_language

    linker = _linker(extra)
    target = _scheme_target(names)
    if target is not None:
        _match_scheme(linker, target, fmt, lang)
        return
    texts = read_queries(input_file) if input_file else list(names)
    links = linker.link_many(texts, lang=lang)
    if fmt == "json":
        print_json([{k: v for k, v in link.to_dict().items() if k != "method"} for link in links])
        return
    out_lang = lang or ("zh" if detect_language(" ".join(texts)).startswith("zh") else "en")
    click.echo(render_table([_row(link, out_lang) for link in links], max_width=60))


def _match_scheme(linker: Any, target: str, fmt: str, lang: str | None) -> None:
    from kpiguide.core.i18n import detect_language, t
    from kpiguide.suggest.linking import propose_links

    scheme = _load_scheme(target)
    proposals = propose_links(scheme, linker, lang=lang)
    if fmt == "json":
        print_json(
            [
                {"kpi": p.kpi.id, "role": p.role, **{k: v for k, v in p.link.to_dict().items() if k != "method"}}
                for p in proposals
            ]
        )
        return
    out_lang = lang or ("zh" if detect_language(" ".join(k.name for k in scheme.kpis)).startswith("zh") else "en")
    if not proposals:
        message(t("link.scheme.all_linked", out_lang, n=len(scheme.kpis)))
        return
    message(t("link.scheme.proposals", out_lang, n=len(proposals), total=len(scheme.kpis)))
    click.echo(render_table([{"kpi": p.kpi.id, "role": p.role, **_row(p.link, out_lang)} for p in proposals]))
