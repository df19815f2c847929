"""Warm a kernel before the visitor's invite is read.

The first cell of every app notebook calls :func:`warm`.  Voila runs a preheated kernel up to the
point where the app reads the query string, so everything :func:`warm` loads — the imports, the
catalog and the suggestion indexes from the artifact cache (:mod:`kpiguide.suggest.cache`), the
tokenizer — is ready when the visitor arrives.  A kernel started for one visit (no pool) loads only
the catalog and the tokenizer here; the engines load when the page first needs them.
"""

from __future__ import annotations

import logging
import os

from kpiguide.suggest.cache import warm as load

__all__ = ["APP_STEPS", "warm"]

#: What each app needs whoever the visitor is (steps of :data:`kpiguide.suggest.cache.STEPS`).
APP_STEPS: dict[str, tuple[str, ...]] = {
    "kpi_designer": ("catalog", "roles", "tokenizer", "suggester", "linker"),
    "leadership_dashboard": ("catalog", "roles", "tokenizer", "suggester"),
    "my_kpis": ("catalog",),
}
_LIGHT = ("catalog", "tokenizer")


def warm(app: str = "kpi_designer", *, preheated: bool | None = None) -> None:
    """Load what ``app`` needs before the invite is read (all of it in a preheated kernel); never raises."""
    if preheated is None:
        preheated = os.environ.get("VOILA_PREHEAT") == "True"
    steps = APP_STEPS.get(app, _LIGHT)
    if not preheated:
        steps = tuple(s for s in steps if s in _LIGHT)
    try:
        load(steps)
    except Exception:
        logging.getLogger("kpiguide.server").exception("Warming the kernel failed")
