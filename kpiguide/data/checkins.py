"""Stored check-ins (record kind ``checkin``), read by the design steps and the feedback reports.

Recording a check-in, with its access checks, is :func:`kpiguide.design.checkins.record_checkin`;
this module only knows where check-ins are kept and how to list them, so that the engines
below the design layer (feedback reports) can show the history.
"""

from __future__ import annotations

from typing import Any

from kpiguide.core.periods import Period
from kpiguide.project.records import register_record_kind

__all__ = ["CHECKIN_KIND", "CONFIDENCE", "checkin_key", "checkins"]

CHECKIN_KIND = "checkin"
CONFIDENCE = ("on_track", "at_risk", "off_track")
register_record_kind(CHECKIN_KIND, description="a monthly check-in: value to date, confidence, note")


def checkin_key(employee: str, kpi: str, period: Period) -> str:
    return f"{employee}|{kpi}|{period}"


def checkins(
    store: Any, *, employee: str | None = None, kpi: str | None = None, period: Period | str | None = None
) -> list[dict[str, Any]]:
    """Stored check-ins, oldest period first; ``period`` keeps those whose period lies within it."""
    within = None if period is None else Period.parse(period)
    out = []
    for record in store.list_records(CHECKIN_KIND):
        data = dict(record.data)
        if employee is not None and data["employee"] != employee:
            continue
        if kpi is not None and data["kpi"] != kpi:
            continue
        if within is not None and not within.contains(Period.parse(data["period"])):
            continue
        out.append({**data, "version": record.version})
    return sorted(out, key=lambda c: (Period.parse(c["period"]), c["employee"], c["kpi"]))
