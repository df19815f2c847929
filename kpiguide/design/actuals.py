"""Importing a file of actuals into a project from the apps and notebooks: closed periods are refused first."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kpiguide.project.store import Store

__all__ = ["import_actuals_file"]


def import_actuals_file(store: Store, path: Path, *, actor: str, replace_existing: bool = False) -> dict[str, int]:
    """Import the actuals in ``path`` (audited); raises :class:`~kpiguide.core.errors.PeriodClosed`
    before writing anything when the file touches a closed period."""
    from kpiguide.data.history import import_actuals, read_history  # pandas and openpyxl: loaded on first import
    from kpiguide.evaluation import ensure_open  # pandas: loaded on first import

    data: Any = read_history(path)
    for period in sorted(set(data.frame["period"])):
        ensure_open(store, period)
    return import_actuals(store, path, actor=actor, replace_existing=replace_existing)
