"""Shared pieces of the CLI: the root group, error handling, output formats.

Conventions: data goes to stdout (JSON alone with ``--format json``), messages to
stderr.  Exit codes: 0 ok, 1 findings with errors / validation failure, 2 usage or
input error.
"""

from __future__ import annotations

import json
import sys
import unicodedata
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any, NoReturn

import click

from kpiguide.core.errors import InputError, KpiGuideError
from kpiguide.core.i18n import localize, localize_error, t
from kpiguide.core.numbers import format_number, parse_number

__all__ = [
    "EXIT_FINDINGS",
    "EXIT_INPUT",
    "NUMBER",
    "SHARE",
    "NumberParam",
    "fail",
    "findings_table",
    "format_option",
    "lang_option",
    "main",
    "message",
    "print_json",
    "render_table",
    "use_lang",
]

EXIT_FINDINGS = 1
EXIT_INPUT = 2


class _Group(click.Group):
    """Turns kpiguide errors (and unreadable or unwritable paths) into a message on stderr and exit code 2."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KpiGuideError as exc:
            lang = ctx.meta.get("kpiguide.lang")
            click.echo(t("cli.error", lang, text=localize_error(exc, lang)) if lang else f"Error: {exc}", err=True)
            if isinstance(exc, InputError) and ctx.meta.get("kpiguide.json_errors"):
                click.echo(json.dumps(_error_json(exc, lang), ensure_ascii=False))
            ctx.exit(EXIT_INPUT)
        except OSError as exc:  # a path the user gave cannot be read or written (permissions, a folder, a full disk)
            where = f" {exc.filename!r}" if exc.filename else ""
            click.echo(
                f"Error: cannot read or write{where}: {exc.strerror or exc}. Check the path and try again.", err=True
            )
            ctx.exit(EXIT_INPUT)


def _error_json(exc: InputError, lang: str | None) -> dict[str, Any]:
    """An input error for ``--format json``: its summary and located problems (texts in ``lang`` when given)."""
    problems = [p.to_dict() for p in exc.problems]
    if not lang:
        return {"error": exc.summary, "problems": problems}
    for problem, data in zip(exc.problems, problems, strict=True):
        data["message"] = localize(problem.message, lang)
    return {"error": localize(exc.summary, lang), "problems": problems}


def use_lang(lang: str | None) -> None:
    """Errors of this command are printed in ``lang`` (``--lang``); without it they stay as they are (English)."""
    if lang:
        click.get_current_context().meta["kpiguide.lang"] = lang


@click.group(cls=_Group, context_settings={"help_option_names": ["-h", "--help"], "max_content_width": 100})
@click.version_option(package_name="kpiguide")
def main() -> None:
    """kpiguide — design and run KPIs well (KPI 设计与运行工具包).

    Projects are SQLite files (or PostgreSQL URLs). Start with `kpiguide demo DIR`
    or `kpiguide init PROJECT`.
    """


# Input vocabulary: the marks that make a typed number a percentage (read by parse_number as percent points).
_PERCENT_MARKS = ("%", "％", "‰", "成", "百分之")


class NumberParam(click.ParamType):
    """A number typed on the command line, read like the numbers in people's files.

    ``2.4%``, ``3万``, ``1,200``, ``1.5E-3`` and full-width digits are read by
    :func:`kpiguide.core.numbers.parse_number` (percent signs are percent points, as in files);
    NaN, infinities and text that is not a number are refused with a message naming the option.

    With ``share=True`` the option is a share of one (a probability): ``20%`` is ``0.2``.
    """

    name = "number"

    def __init__(self, *, share: bool = False) -> None:
        self.share = share

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> float:
        try:
            number = parse_number(value)
        except InputError as exc:
            self.fail(f"{value!r} is not a number ({exc.summary}); write e.g. 2.4, 2.4%, 1,200 or 1.5E3", param, ctx)
        if self.share and isinstance(value, str) and any(mark in value for mark in _PERCENT_MARKS):
            number /= 100.0
        return number


#: The one click type for numbers people type on the command line.
NUMBER = NumberParam()
#: A share of one typed on the command line (``0.2`` or ``20%``).
SHARE = NumberParam(share=True)


def format_option(*choices: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    choices = choices or ("table", "json")
    return click.option(
        "--format",
        "fmt",
        type=click.Choice(choices),
        default=choices[0],
        show_default=True,
        help="Output format; json prints only JSON to stdout.",
    )


def catalog_option(func: Callable[..., Any]) -> Callable[..., Any]:
    """``--catalog FILE`` (repeatable): extension catalogs merged into the built-in one, as ``extra``."""
    return click.option(
        "--catalog",
        "extra",
        multiple=True,
        type=click.Path(exists=True),
        help="Extension catalog (.yaml/.csv/.xlsx) merged into the built-in one; repeatable.",
    )(func)


def lang_option(func: Callable[..., Any]) -> Callable[..., Any]:
    return click.option(
        "--lang",
        type=click.Choice(["zh", "en"]),
        default=None,
        help="Language of messages (default: the input's language, else English).",
    )(func)


def message(text: str) -> None:
    """A human message: always stderr, so stdout stays clean for data."""
    click.echo(text, err=True)


def fail(text: str, code: int = EXIT_INPUT) -> NoReturn:
    ctx = click.get_current_context(silent=True)
    lang = ctx.meta.get("kpiguide.lang") if ctx is not None else None
    click.echo(t("cli.error", lang, text=text) if lang else f"Error: {text}", err=True)
    sys.exit(code)


def print_json(data: Any) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=str))


def _width(text: str) -> int:
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _pad(text: str, width: int, right: bool) -> str:
    gap = " " * max(width - _width(text), 0)
    return gap + text if right else text + gap


def render_table(
    rows: Iterable[Mapping[str, Any]],
    columns: Sequence[str] | None = None,
    headers: Mapping[str, str] | None = None,
    max_width: int = 60,
) -> str:
    """A plain text table that lines up Chinese (double-width) characters."""
    rows = list(rows)
    if not rows:
        return "(none)"
    columns = list(columns or rows[0].keys())
    headers = dict(headers or {})

    def cell(value: Any) -> str:
        if value is None:
            text = ""
        elif isinstance(value, float):
            text = format_number(value)
        else:
            text = str(value)
        text = text.replace("\n", " ")
        while _width(text) > max_width:
            text = text[:-2] + "…"
        return text

    grid = [[cell(r.get(c)) for c in columns] for r in rows]
    numeric = [
        all((isinstance(r.get(c), int | float) and not isinstance(r.get(c), bool)) or r.get(c) is None for r in rows)
        for c in columns
    ]
    titles = [headers.get(c, c) for c in columns]
    widths = [max(_width(t), *(_width(g[i]) for g in grid)) for i, t in enumerate(titles)]
    lines = ["  ".join(_pad(t, w, False) for t, w in zip(titles, widths, strict=True))]
    lines.append("  ".join("-" * w for w in widths))
    for g in grid:
        lines.append("  ".join(_pad(v, w, n) for v, w, n in zip(g, widths, numeric, strict=True)).rstrip())
    return "\n".join(lines)


def findings_table(findings: Iterable[Any], lang: str, *, subject: bool = True, max_width: int = 90) -> str:
    """The one table layout for findings of every check (severity, code, subject, message)."""
    rows = []
    for f in findings:
        row = {"severity": f.severity.value, "code": f.code}
        if subject:
            row["subject"] = f.subject
        row["message"] = f.message(lang)
        rows.append(row)
    return render_table(rows, max_width=max_width)
