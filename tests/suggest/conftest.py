from __future__ import annotations

import copy
from collections.abc import Callable
from typing import Any

import pytest

from kpiguide.catalog import load_catalog
from kpiguide.suggest.linking import IndicatorLinker


@pytest.fixture(scope="session")
def fitted_linker() -> Callable[..., IndicatorLinker]:
    """``IndicatorLinker(**params)`` fitted on the built-in catalog once per session and parameters (a fit takes
    ~2 s). Each call returns a shallow copy: a test may set the copy's weights, decision or practitioners' names
    (:meth:`IndicatorLinker.use_practitioner_names` replaces its attributes) without changing the others."""
    fits: dict[tuple[tuple[str, Any], ...], IndicatorLinker] = {}

    def fitted(**params: Any) -> IndicatorLinker:
        key = tuple(sorted(params.items()))
        if key not in fits:
            fits[key] = IndicatorLinker(**params).fit(load_catalog())
        return copy.copy(fits[key])

    return fitted
