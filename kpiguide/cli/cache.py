"""Cache commands: build the artifact cache (catalog, tokenizer dictionary, suggestion indexes), show where it is."""

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
