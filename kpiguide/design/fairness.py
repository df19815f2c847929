"""Fairness of target difficulty for the apps and notebooks: the model choice and a per-kernel cache.

:func:`kpiguide.achievability.fairness.assess_fairness` fits an achievability model on every
employee × KPI history; :func:`cached_fairness` computes it once per project, period, model
and project state (the audit-log length changes with every write, so a new target or new
actuals recompute).

Two models: *quick* (each history judged on its own back-test, about a second on the
demo) and *pooled* (the engine's default: one gradient-boosting model across all
histories, so short histories borrow strength from colleagues; several seconds).
"""

from __future__ import annotations

from functools import lru_cache
from typing import Any

from kpiguide.design.errors import UnknownChoice
from kpiguide.project.store import Store, open_project

__all__ = ["MODELS", "cached_fairness", "clear_fairness_cache", "make_model"]

MODELS = ("quick", "pooled")


def make_model(kind: str) -> Any:
    """An unfitted achievability model for the fairness comparison (``quick``), or ``None`` for the engine's default."""
    from kpiguide.achievability import AchievabilityModel  # scikit-learn: loaded when fairness is computed

    if kind == "quick":
        # Never enough rows for the pooled model: every series uses its own back-test.
        return AchievabilityModel(horizon=1, aggregate="mean", min_pool_rows=10**12)
    if kind == "pooled":
        return None  # the fairness engine's own default: one pooled model fitted on every history
    raise UnknownChoice("model", kind, MODELS)


@lru_cache(maxsize=8)
def _fairness(where: str, period: str | None, model: str, state: int) -> Any:
    from kpiguide.achievability import fairness  # scikit-learn: loaded when fairness is computed

    del state  # part of the cache key only
    with open_project(where) as store:
        return fairness.assess_fairness(store, period=period, model=make_model(model))


def cached_fairness(store: Store, *, period: str | None = None, model: str = "quick") -> Any:
    """:func:`kpiguide.achievability.fairness.assess_fairness` of ``store``, computed once per project state."""
    if model not in MODELS:
        raise UnknownChoice("model", model, MODELS)
    return _fairness(str(store.where), period, model, int(store.summary()["audit_log"]))


def clear_fairness_cache() -> None:
    """Forget every cached result (tests, or after changing the engine)."""
    _fairness.cache_clear()
