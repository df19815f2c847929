"""How achievable a KPI's target is, judged on the project's stored actuals.

Maps a :class:`~kpiguide.core.model.Kpi` (target, direction, range, name) onto
:func:`kpiguide.achievability.assess`; the apps and the guided notebooks only show the result.
"""

from __future__ import annotations

from typing import Any

import pandas as pd

from kpiguide.achievability.assessment import Assessment, assess
from kpiguide.core.model import Direction, Kpi
from kpiguide.data.history import series_from_store

__all__ = ["MIN_HISTORY", "assess_kpi", "assess_kpi_history"]

MIN_HISTORY = 3
"""Fewer stored periods than this: no assessment (the history is still shown)."""


def assess_kpi_history(kpi: Kpi, history: pd.Series, lang: str = "en") -> Assessment | None:
    """The assessment of ``kpi``'s target on ``history``; ``None`` when the history is too short.

    A range KPI without its range is judged as "higher is better".
    """
    if len(history) < MIN_HISTORY:
        return None
    direction = kpi.direction.value
    if kpi.direction == Direction.RANGE and kpi.target_range is None:
        direction = Direction.HIGHER.value
    return assess(history, kpi.target, direction=direction, lang=lang, target_range=kpi.target_range, name=kpi.name)


def assess_kpi(
    store: Any, kpi: Kpi, lang: str = "en", *, subject: str | None = None
) -> tuple[pd.Series, Assessment | None]:
    """``(history, assessment or None)`` of ``kpi`` on the store's actuals (mean across subjects by default)."""
    history = series_from_store(store, kpi.id, subject)
    return history, assess_kpi_history(kpi, history, lang)
