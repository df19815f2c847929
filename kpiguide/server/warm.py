"""Warm a kernel before the visitor's invite is read.

The first cell of every app notebook calls :func:`warm`.  Voila runs a preheated kernel up to the
point where the app reads the query string, so everything :func:`warm` loads in a preheated kernel —
the catalog, the role library, the tokenizer, the suggester and the linker, all from the artifact
cache (:mod:`kpiguide.suggest.cache`) — is ready when the visitor arrives.  A kernel started for one
visit (no pool) loads only what the page itself needs at once (the catalog, for the designer and the
dashboard): the engines load when the visitor first opens a section that uses them, so a visit that
never asks for suggestions never pays for them.
"""

from __future__ import annotations

import logging
import os

from kpiguide.catalog import load_catalog
from kpiguide.core.i18n import message_table

__all__ = ["APP_STEPS", "warm"]

#: What each app may need whoever the visitor is (steps of :data:`kpiguide.suggest.cache.STEPS`).
APP_STEPS: dict[str, tuple[str, ...]] = {
    "kpi_designer": ("catalog", "roles", "tokenizer", "suggester", "embeddings", "linker"),
    "leadership_dashboard": ("catalog", "roles", "tokenizer", "suggester", "embeddings"),
    "my_kpis": (),
}


def warm(app: str = "kpi_designer", *, preheated: bool | None = None) -> None:
    """Load what ``app`` needs before the invite is read (everything in a preheated kernel); never raises."""
    if preheated is None:
        preheated = os.environ.get("VOILA_PREHEAT") == "True"
    steps = APP_STEPS.get(app, ("catalog",))
    try:
        message_table()  # every page speaks through the message tables; none depends on the visitor
        if not preheated:
            if "catalog" in steps:
                load_catalog()
            return
        if steps:
            from kpiguide.suggest.cache import warm as load  # reason: numpy/scipy and the engines, pool kernels only

            load(steps)
    except Exception:
        logging.getLogger("kpiguide.server").exception("Warming the kernel failed")
