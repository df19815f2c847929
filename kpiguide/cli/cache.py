"""Cache commands: build the artifact cache (catalog, tokenizer dictionary, suggestion indexes), show where it is,
clear what is no longer used."""

from __future__ import annotations

import click

from kpiguide.cli._common import main, message


@main.group()
def cache() -> None:
    """The on-disk cache of the catalog and the suggestion indexes ($KPIGUIDE_CACHE_DIR; `off` turns it off)."""


@cache.command("build")
def cache_build() -> None:
    """Build (or check) every cached artifact for the installed catalog, so that app kernels only load them."""
    from kpiguide.suggest.cache import build_cache, cache_location

    location = cache_location()
    seconds = build_cache()
    for name, value in seconds.items():
        click.echo(f"{name}\t{value:.2f} s")
    message(f"Cache: {location}" if location else "The cache is turned off (KPIGUIDE_CACHE_DIR=off).")


@cache.command("path")
def cache_path() -> None:
    """Print the cache folder."""
    from kpiguide.suggest.cache import cache_location

    click.echo(str(cache_location() or "off"))


@cache.command("clear")
@click.option(
    "--older-than",
    "days",
    type=click.FloatRange(min=0),
    default=None,
    help="Only artifacts not used for this many days (default: all; they are rebuilt when needed).",
)
def cache_clear(days: float | None) -> None:
    """Remove cached artifacts (all, or those unused for --older-than days) and leftovers of interrupted builds.

    Safe while apps run: a kernel keeps what it loaded, and the next one rebuilds what it needs.
    """
    from kpiguide.core.cache import default_cache
    from kpiguide.core.numbers import format_number

    removed, freed = default_cache().prune(days)
    message(f"Removed {removed} cached artifact(s), {format_number(freed / 2**20, decimals=1)} MiB.")
