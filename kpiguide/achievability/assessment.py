"""``assess``: the achievability of one target from one history (and optional peers).

:class:`Assessment` and :func:`assessment_from_forecast` live in :mod:`kpiguide.achievability.result`
and are re-exported here.
"""

from __future__ import annotations

from collections.abc import Mapping

import pandas as pd

from kpiguide.achievability._series import AGGREGATES, prepare_series
from kpiguide.achievability.pooled import INTERACTIVE, AchievabilityModel
from kpiguide.achievability.result import DIRECTIONS, Assessment, assessment_from_forecast, method_label
from kpiguide.core.errors import InputError

__all__ = ["Assessment", "assess", "assessment_from_forecast", "method_label"]


def assess(
    history: pd.Series,
    target: float | None = None,
    *,
    direction: str = "higher",
    horizon: int = 1,
    aggregate: str = "mean",
    lang: str = "en",
    peers: Mapping[str, pd.Series] | pd.DataFrame | None = None,
    target_range: tuple[float, float] | None = None,
    name: str | None = None,
    random_state: int = 0,
) -> Assessment:
    """How achievable ``target`` is for the KPI whose past values are ``history``.

    Parameters
    ----------
    history : pandas.Series
        Past values, oldest first, indexed by period strings (``"2026-01"``); gaps are allowed.
    target : float, optional
        The proposed target for the aggregate of the next ``horizon`` periods.
    direction : {"higher", "lower", "range"}
        Whether reaching means being at least (``higher``) or at most (``lower``) the target;
        ``range`` uses ``target_range``.
    horizon : int
        Number of future periods the target covers.
    aggregate : {"mean", "sum", "last"}
        How those periods combine.
    lang : {"en", "zh"}
        Language of the explanation.
    peers : mapping of str to Series, optional
        Histories of comparable series (other employees or departments with the same KPI);
        with enough of them a pooled model lets a short history borrow strength.

    Returns
    -------
    Assessment

    Examples
    --------
    >>> import pandas as pd
    >>> hist = pd.Series([100.0, 104, 99, 108, 111, 107, 115, 118, 113, 121, 125, 119],
    ...                  index=[f"2025-{m:02d}" for m in range(1, 13)])
    >>> a = assess(hist, 130.0, horizon=3, aggregate="mean")
    >>> 0.0 <= a.p_attain <= 1.0 and a.bands["floor"] <= a.bands["stretch"]
    True
    """
    if not isinstance(horizon, int) or isinstance(horizon, bool) or horizon < 1:
        raise InputError(f"horizon must be a whole number of periods, 1 or more; got {horizon!r}.")
    if aggregate not in AGGREGATES:
        raise InputError(f"aggregate must be one of {', '.join(AGGREGATES)}; got {aggregate!r}.")
    if direction not in DIRECTIONS:
        raise InputError(f"direction must be one of {', '.join(DIRECTIONS)}; got {direction!r}.")
    key = name or (str(history.name) if getattr(history, "name", None) is not None else "history")
    prepare_series(history, name=f"history {key!r}")  # fail early with a clear message
    data: dict[str, pd.Series] = {}
    if peers is not None:
        items = peers.items() if isinstance(peers, Mapping | pd.DataFrame) else enumerate(peers)
        data.update({f"peer:{k}": v for k, v in items})
    data[key] = history
    model = AchievabilityModel(horizon=horizon, aggregate=aggregate, random_state=random_state, **INTERACTIVE).fit(data)
    return assessment_from_forecast(
        model.forecast(key),
        target,
        direction=direction,
        horizon=horizon,
        aggregate=aggregate,
        lang=lang,
        target_range=target_range,
    )
