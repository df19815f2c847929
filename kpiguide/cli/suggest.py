"""Catalog commands: ``kpiguide suggest``, ``kpiguide cascade`` and ``kpiguide catalog``."""

from __future__ import annotations

import csv
import dataclasses
import io
from pathlib import Path
from typing import Any

import click

from kpiguide.cli._common import catalog_option, format_option, lang_option, main, message, print_json, render_table
from kpiguide.core.errors import InputError, Problem

# input vocabulary (headers of query files written in Chinese), not user-facing text
_TEXT_HEADERS = {"text", "query", "文本", "内容", "描述", "职责", "岗位职责", "查询"}


def _catalog_and_suggester(extra: tuple[str, ...]) -> tuple[Any, Any]:
    from kpiguide.catalog import load_catalog
    from kpiguide.suggest.engine import IndicatorSuggester, default_suggester

    if not extra:
        suggester = default_suggester()
        return suggester.catalog_, suggester
    catalog = load_catalog(*extra)
    return catalog, IndicatorSuggester().fit(catalog)


def read_queries(path: str | Path) -> list[str]:
    """Queries of an input file: one per line, or the ``text`` column of a CSV/XLSX file."""
    from kpiguide.core.spreadsheet import normalize_header, open_workbook
    from kpiguide.core.textfile import read_text

    path = Path(path)
    suffix = path.suffix.lower()
    if suffix in {".csv", ".xlsx", ".xlsm"}:
        if suffix == ".csv":
            text, _ = read_text(path)
            rows = list(csv.reader(io.StringIO(text)))
        else:
            book = open_workbook(path)
            try:
                rows = [list(r) for r in book[book.sheetnames[0]].iter_rows(values_only=True)]
            finally:
                book.close()
        if not rows:
            return []
        headers = [normalize_header(h) for h in rows[0]]
        column = next((i for i, h in enumerate(headers) if h in _TEXT_HEADERS), None)
        if column is None:
            raise InputError(
                f"No text column in {path.name}",
                [
                    Problem(
                        f"the first row {rows[0]!r} has no 'text' column; name the column with the queries 'text'",
                        str(path),
                        row=1,
                    )
                ],
            )
        return [str(r[column]).strip() if column < len(r) and r[column] is not None else "" for r in rows[1:]]
    text, _ = read_text(path)
    return [line.strip() for line in text.splitlines() if line.strip()]


def _result(suggester: Any, query: str, **kwargs: Any) -> dict[str, Any]:
    try:
        suggestions = suggester.suggest(query, **kwargs)
    except InputError as exc:
        if exc.summary.startswith("Unknown"):
            raise
        return {"query": query, "results": [], "error": exc.summary}
    answer: dict[str, Any] = {"query": query, "results": [s.to_dict() for s in suggestions]}
    if not suggestions:
        answer["closest_functions"] = suggester.closest_functions(query)
    return answer


@main.command()
@click.argument("text", nargs=-1)
@click.option(
    "--input",
    "input_file",
    type=click.Path(exists=True, dir_okay=False),
    help="File of queries: one per line, or CSV/XLSX with a 'text' column.",
)
@click.option("--industry", default=None, help="Industry id, e.g. retail, manufacturing.")
@click.option("--function", "function", default=None, help="Function id, e.g. sales, hr, finance.")
@click.option("--perspective", default=None, help="financial, customer, internal_process or learning_growth.")
@click.option("--top", "top", type=int, default=5, show_default=True, help="Number of suggestions per query.")
@catalog_option
@format_option()
@lang_option
def suggest(
    text: tuple[str, ...],
    input_file: str | None,
    industry: str | None,
    function: str | None,
    perspective: str | None,
    top: int,
    extra: tuple[str, ...],
    fmt: str,
    lang: str | None,
) -> None:
    """Suggest catalog indicators for TEXT (objective, duties, job description or job title; 中文/English).

    \b
    Examples:
      kpiguide suggest 提高回款率，缩短账期 --top 5
      kpiguide suggest "Reduce staff attrition in our stores" --industry retail --format json
      kpiguide suggest --input job_descriptions.xlsx --format json
    """
    click.get_current_context().meta["kpiguide.json_errors"] = fmt == "json"
    query = " ".join(text).strip()
    if input_file and query:
        raise click.UsageError("Give either TEXT or --input FILE, not both.")
    if not input_file and not query:
        raise click.UsageError(
            "Give the text to match (e.g. kpiguide suggest 'improve customer satisfaction') or --input FILE."
        )
    from kpiguide.core.i18n import t

    catalog, suggester = _catalog_and_suggester(extra)
    kwargs = {"industry": industry, "function": function, "perspective": perspective, "top_k": top, "lang": lang}
    # Validate the filters once, before answering many queries.
    for kind, value in (("industry", industry), ("function", function), ("perspective", perspective)):
        catalog.check_filter(kind, value)
    queries = read_queries(input_file) if input_file else [query]
    answers = [_result(suggester, q, **kwargs) for q in queries]
    if fmt == "json":
        print_json(answers if input_file else answers[0])
        return
    for answer in answers:
        q_lang = lang or _lang_of(answer["query"])
        click.echo(f"\n» {answer['query'][:120]}")
        if answer.get("error"):
            message(answer["error"])
            continue
        if not answer["results"]:
            names = [catalog.taxonomy.name("function", f, q_lang) for f in answer.get("closest_functions", [])]
            sep = t("suggest.list_separator", q_lang)
            message(t("suggest.no_match_closest", q_lang, text=answer["query"][:60], functions=sep.join(names)))
            continue
        # the list is ordered by the role, strategy and department readings as well as the words: the rank is the
        # order, "text match" only the words' share of it (0 for a role's typical indicator the text does not name)
        rows = [
            {
                "rank": rank,
                "id": r["id"],
                "name": r["name_zh"] if q_lang == "zh" else r["name_en"],
                "text match": r["score"],
                "why": "; ".join(r["why"]),
            }
            for rank, r in enumerate(answer["results"], start=1)
        ]
        click.echo(render_table(rows, max_width=70))


def _lang_of(text: str) -> str:
    from kpiguide.core.i18n import detect_language

    return detect_language(text)


@main.command()
@click.argument("text", nargs=-1, required=True)
@click.option("--industry", default=None, help="Industry id, e.g. retail, manufacturing.")
@click.option("--indicators", "n_indicators", type=int, default=3, show_default=True, help="Indicators per objective.")
@format_option()
@lang_option
def cascade(text: tuple[str, ...], industry: str | None, n_indicators: int, fmt: str, lang: str | None) -> None:
    """Propose a strategy map from company objectives (each TEXT one objective; 中文/English).

    Shows the matching objective templates, the supporting objectives the
    cause-and-effect links imply, the functions that typically own each, and
    indicators for each.

    \b
    Example:
      kpiguide cascade 提升新产品收入 缩短订单交付周期 --industry manufacturing
    """
    from kpiguide.suggest.cascade import propose_strategy_map

    click.get_current_context().meta["kpiguide.json_errors"] = fmt == "json"
    smap = propose_strategy_map(list(text), industry=industry, lang=lang, n_indicators=n_indicators)
    if fmt == "json":
        print_json(smap.to_dict())
        return
    click.echo(render_table(smap.to_rows(), max_width=60))
    if smap.links:
        names = {o.id: o.text(smap.lang) for o in smap.objectives}
        click.echo("")
        for cause, effect in smap.links:
            click.echo(f"  {names[cause]}  →  {names[effect]}")


@main.command()
@click.option("--function", "function", default=None, help="Only this function (id or name).")
@click.option("--industry", default=None, help="Only indicators usable in this industry.")
@click.option("--perspective", default=None, help="Only this perspective.")
@click.option("--id", "indicator_id", default=None, help="Show one entry in full.")
@click.option("--counts", is_flag=True, help="Show the number of indicators per function and industry.")
@catalog_option
@format_option()
@lang_option
def catalog(
    function: str | None,
    industry: str | None,
    perspective: str | None,
    indicator_id: str | None,
    counts: bool,
    extra: tuple[str, ...],
    fmt: str,
    lang: str | None,
) -> None:
    """List or inspect the indicator catalog (指标库)."""
    from kpiguide.catalog import load_catalog

    click.get_current_context().meta["kpiguide.json_errors"] = fmt == "json"
    lang = lang or "en"
    cat = load_catalog(*extra)
    if indicator_id:
        try:
            ind = cat.get(indicator_id)
        except KeyError as exc:
            raise InputError(str(exc.args[0]), [Problem(str(exc.args[0]), field="id")]) from None
        data = dataclasses.asdict(ind)
        data["benchmarks"] = [dict(b) for b in ind.benchmarks]
        for key in ("direction", "frequency", "perspective"):
            data[key] = getattr(ind, key).value
        if fmt == "json":
            print_json(data)
        else:
            for key, value in data.items():
                shown = "; ".join(map(str, value)) if isinstance(value, list | tuple) else value
                click.echo(f"{key:>16}: {shown}")
        return
    if counts:
        tax = cat.taxonomy
        data = {
            "total": len(cat),
            "functions": cat.functions(),
            "industries": cat.industries(),
            "templates": len(cat.templates),
        }
        if fmt == "json":
            print_json(data)
        else:
            click.echo(f"{len(cat)} indicators, {len(cat.templates)} strategy templates")
            click.echo(
                render_table(
                    [{"function": tax.name("function", k, lang), "id": k, "n": v} for k, v in data["functions"].items()]
                )
            )
            click.echo(
                render_table(
                    [
                        {"industry": tax.name("industry", k, lang), "id": k, "n": v}
                        for k, v in data["industries"].items()
                    ]
                )
            )
        return
    sub = cat.filter(function=function, industry=industry, perspective=perspective)
    records = sub.to_records(lang)
    if fmt == "json":
        print_json(records)
        return
    click.echo(render_table(records, columns=["id", "name", "function", "perspective", "direction", "unit"]))
    message(f"{len(sub)} / {len(cat)}")
