"""Build (or load) everything the engines derive from the catalog, once per catalog version.

The artifacts themselves are kept by :mod:`kpiguide.core.cache`; each engine reads its own through
the one mechanism (the catalog and the role library as validated JSON, the tokenizer's small
dictionary, every :class:`~kpiguide.text.index.BilingualIndex`).  :func:`build_cache` simply runs
the loaders in order, so that ``kpiguide cache build`` and ``kpiguide serve`` (before any kernel
starts) leave a complete cache, and :func:`warm` loads it into a process (a preheated kernel).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from kpiguide.catalog import load_catalog
from kpiguide.catalog.roles import load_roles
from kpiguide.core.cache import default_cache
from kpiguide.suggest.engine import default_suggester
from kpiguide.suggest.linking import default_linker
from kpiguide.text.analysis import load_tokenizer

__all__ = ["STEPS", "build_cache", "cache_location", "embeddings", "warm"]


def embeddings() -> int:
    """The sentence embeddings the suggester reads by meaning: the role archetypes' and the real catalog's indicators'
    vectors, computed once and stored (then loaded into this process); how many texts (0 without the model).  The
    word table of the Chinese bridge (:mod:`kpiguide.suggest.bridge`) ships with the package; it is read into the
    process here.

    About 18 s on first build for the real catalog's 1,206 indicators and 310 archetypes (2 shared cores, round 18);
    0.01 s once stored."""
    suggester = default_suggester()
    meaning = suggester.roles_.meaning
    n = len(meaning.vectors()) if meaning is not None else 0
    if suggester.meaning_ is not None:
        n += suggester.meaning_.preload(compute=True)
    if suggester.bridge_ is not None:  # a Chinese query's word table (package data since round 22; not vectors)
        suggester.bridge_.words()
    return n


#: The steps in order: name → loader (each loads from the cache, building and storing what is missing).
STEPS: dict[str, Callable[[], Any]] = {
    "catalog": load_catalog,
    "roles": load_roles,
    "tokenizer": load_tokenizer,
    "suggester": default_suggester,
    "embeddings": embeddings,
    "linker": default_linker,
}


def cache_location() -> Path | None:
    """The cache folder in use (None: the cache is turned off)."""
    return default_cache().root


def build_cache(steps: tuple[str, ...] = tuple(STEPS)) -> dict[str, float]:
    """Run ``steps`` (all by default) in this process; seconds each took.

    Each loader keeps what it loaded for the life of the process, so only a process that has not yet loaded the
    engines fills an empty cache folder completely: ``kpiguide cache build`` and ``kpiguide serve`` are such
    processes.  A process that loaded them from another folder (``$KPIGUIDE_CACHE_DIR`` changed since) writes only
    what it had not loaded (measured: the sentence embeddings of the indicators only)."""
    seconds: dict[str, float] = {}
    for name in steps:
        start = time.perf_counter()
        STEPS[name]()
        seconds[name] = time.perf_counter() - start
    return seconds


def warm(steps: tuple[str, ...] = tuple(STEPS)) -> None:
    """Load the cached catalog, tokenizer and engines into this process (see :func:`build_cache`)."""
    build_cache(steps)
