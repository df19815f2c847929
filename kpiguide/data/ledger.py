"""Which periods are closed: the reader of the period ledger kept in store records.

The ledger is written by :mod:`kpiguide.evaluation.closing` (close, reopen); every writer
of actuals and adjustments reads it here to refuse changes to a closed period.  Records
of kind :data:`STATUS_KIND` are keyed by the period and hold ``{status, revision, history}``.
A closed quarter covers its months; a closed year covers everything in it.
"""

from __future__ import annotations

from typing import Any

from kpiguide.core.errors import PeriodClosed
from kpiguide.core.i18n import Msg
from kpiguide.core.periods import Period

__all__ = ["STATUS_KIND", "closed_periods", "ensure_open", "is_closed", "period_status"]

STATUS_KIND = "evaluation.period"


def period_status(store: Any, period: Period | str) -> dict[str, Any]:
    """``{status: open|closed, revision: int, history: [...]}`` of ``period`` (never closed: revision 0)."""
    rec = store.get_record(STATUS_KIND, str(Period.parse(period)))
    if rec is None:
        return {"status": "open", "revision": 0, "history": []}
    return dict(rec.data)


def closed_periods(store: Any) -> list[Period]:
    """Every period that is closed now."""
    return [Period.parse(r.key) for r in store.list_records(STATUS_KIND) if r.data.get("status") == "closed"]


def is_closed(store: Any, period: Period | str) -> Period | None:
    """The closed period that covers (or overlaps) ``period``, or ``None``."""
    period = Period.parse(period)
    for closed in closed_periods(store):
        if closed.start <= period.end and period.start <= closed.end:
            return closed
    return None


def ensure_open(store: Any, period: Period | str) -> None:
    """Raise :class:`PeriodClosed` when ``period`` overlaps a closed period."""
    closed = is_closed(store, period)
    if closed is not None:
        raise PeriodClosed(Msg("actuals.period_closed", closed=str(closed), period=str(Period.parse(period))))
