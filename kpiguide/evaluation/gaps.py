"""Gap analysis: how far each missed KPI is from target, and whether the miss is noise or a signal.

The achievability engine (contract 3, ``kpiguide.achievability.assess``) gives the
distribution of the period's value expected from the person's own history; a miss
inside its 5–95 % interval is *normal variation*, outside it a *signal* worth a
conversation.  Pass ``assess=`` to use another engine (tests pass a deterministic double).
Beside that range, each gap says whether the latest month is a *signal* or *routine
variation* on the series' process-behaviour (XmR) chart (:mod:`kpiguide.data.signals`).
Cause notes are kept per gap in store records (kind ``evaluation.cause_note``).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from kpiguide.core.errors import InputError
from kpiguide.core.model import Period
from kpiguide.data.signals import MIN_POINTS, latest_status, xmr
from kpiguide.evaluation.result import EvaluationResult

__all__ = [
    "Gap",
    "add_cause_note",
    "cause_notes",
    "default_assess",
    "gap_analysis",
    "history_series",
    "process_status",
]

NOTE_KIND = "evaluation.cause_note"


@dataclass(frozen=True)
class Gap:
    """One missed KPI of one employee.

    ``shortfall`` is in the KPI's unit, positive when worse than target (for range
    KPIs: the distance to the band).  ``verdict`` is ``normal_variation``,
    ``signal`` or ``unknown`` (no usable history or no achievability engine).
    ``process`` is the XmR chart's reading of the monthly series up to the period's end:
    ``signal``, ``routine`` (routine variation) or ``None`` (fewer than three months);
    ``process_limits`` are its natural process limits (lower, upper) in force.
    """

    employee: str
    kpi: str
    target: float
    actual: float
    achievement: float
    shortfall: float
    shortfall_pct: float
    verdict: str
    interval: tuple[float, float] | None
    p_attain: float | None
    method: str
    n_history: int
    notes: tuple[dict[str, Any], ...] = ()
    process: str | None = None
    process_limits: tuple[float, float] | None = None

    def to_dict(self) -> dict[str, Any]:
        return {
            "employee": self.employee,
            "kpi": self.kpi,
            "target": self.target,
            "actual": self.actual,
            "achievement": self.achievement,
            "shortfall": self.shortfall,
            "shortfall_pct": self.shortfall_pct,
            "verdict": self.verdict,
            "interval": list(self.interval) if self.interval else None,
            "p_attain": self.p_attain,
            "method": self.method,
            "n_history": self.n_history,
            "notes": [dict(n) for n in self.notes],
            "process": self.process,
            "process_limits": list(self.process_limits) if self.process_limits else None,
        }


def default_assess() -> Callable[..., Any] | None:
    """``kpiguide.achievability.assess`` when that engine is installed, else ``None``."""
    try:
        from kpiguide.achievability import assess  # reason: optional engine (contract 3); pulls in statsmodels
    except ImportError:
        return None
    return assess


def history_series(frame: pd.DataFrame, employee: str, kpi: str, before: Period) -> pd.Series:
    """Monthly actuals of one employee and KPI before ``before``, oldest first (contract 3 shape)."""
    rows = frame[(frame["subject"] == employee) & (frame["kpi"] == kpi) & (frame["period"] < str(before.start)[:7])]
    rows = rows[rows["period"].str.len() == 7].sort_values("period")
    return pd.Series(rows["value"].to_numpy(dtype=float), index=rows["period"].to_numpy(), name=kpi)


def process_status(
    frame: pd.DataFrame, employee: str, kpi: str, period: Period
) -> tuple[str | None, tuple[float, float] | None]:
    """XmR reading of one employee's monthly series of ``kpi`` up to the end of ``period``.

    ``("signal" | "routine", (lower, upper))``, or ``(None, None)`` with fewer than
    :data:`~kpiguide.data.signals.MIN_POINTS` months.
    """
    series = history_series(frame, employee, kpi, period.shift(1))
    if len(series) < MIN_POINTS:
        return None, None
    chart = xmr(series, series=f"{employee}/{kpi}")
    return latest_status(chart), (chart.lower, chart.upper)


def _shortfall(row: dict[str, Any]) -> float:
    direction = row["direction"]
    if direction == "range":
        low, high = row["target_low"], row["target_high"]
        return float(max(low - row["actual"], row["actual"] - high, 0.0))
    if direction == "lower":
        return float(row["actual"] - row["target"])
    return float(row["target"] - row["actual"])


def gap_analysis(
    store: Any,
    result: EvaluationResult,
    *,
    employee: str | Iterable[str] | None = None,
    assess: Callable[..., Any] | str | None = "default",
    min_history: int = 6,
    actuals: pd.DataFrame | None = None,
) -> list[Gap]:
    """Gaps of every scored KPI that missed its target (optionally of one employee).

    Parameters
    ----------
    store : project store (history and cause notes are read from it)
    result : the period's :class:`EvaluationResult`
    assess : achievability function (contract 3); ``"default"`` imports the real one lazily,
        ``None`` skips the variation test (verdict ``unknown``)
    min_history : fewer monthly values than this give verdict ``unknown``
    actuals : the store's actuals frame, when the caller has it already
    """
    if isinstance(assess, str):
        assess = default_assess()
    items = result.items
    items = items[(items["status"] == "scored") & ~items["met"]]
    if isinstance(employee, str):
        items = items[items["employee"] == employee]
    elif employee is not None:
        items = items[items["employee"].isin(list(employee))]
    if items.empty:
        return []
    frame = actuals if actuals is not None else store.actuals_frame()
    frame = frame[frame.get("subject_kind", "employee") == "employee"] if "subject_kind" in frame else frame
    notes = cause_notes(store, result.period)
    gaps = []
    for row in items.to_dict("records"):
        shortfall = _shortfall(row)
        ref = row["target"] if row["direction"] != "range" else (row["target_low"] + row["target_high"]) / 2
        pct = 100.0 * shortfall / ref if ref else float("nan")
        history = history_series(frame, row["employee"], row["kpi"], result.period)
        verdict, interval, p_attain, method = "unknown", None, None, "none"
        if assess is not None and len(history) >= min_history:
            direction = "higher" if row["direction"] == "range" else row["direction"]
            a = assess(
                history,
                row["base_target"],
                direction=direction,
                horizon=int(row["months_expected"]) or 1,
                aggregate=row["aggregation"],
            )
            q = a.quantiles or {}
            p_attain, method = a.p_attain, a.method
            if 0.05 in q and 0.95 in q:
                lo, hi = float(q[0.05]), float(q[0.95])
                interval = (lo, hi)
                verdict = "normal_variation" if lo <= row["actual"] <= hi else "signal"
        elif assess is not None:
            method = "too_little_history"
        else:
            method = "unavailable"
        process, limits = process_status(frame, row["employee"], row["kpi"], result.period)
        gaps.append(
            Gap(
                row["employee"],
                row["kpi"],
                float(row["target"]),
                float(row["actual"]),
                float(row["achievement"]),
                shortfall,
                float(pct),
                verdict,
                interval,
                None if p_attain is None or np.isnan(p_attain) else float(p_attain),
                method,
                len(history),
                tuple(notes.get((row["employee"], row["kpi"]), ())),
                process,
                limits,
            )
        )
    return gaps


def add_cause_note(
    store: Any, period: Period | str, employee: str, kpi: str, text: str, *, actor: str = "unknown"
) -> int:
    """Record a cause note for the gap of ``employee`` on ``kpi`` in ``period``; returns the record version.

    Notes explain results and change no score, so they may be added after closing.
    """
    if not text or not text.strip():
        raise InputError("A cause note needs text; nothing was recorded.")
    period = Period.parse(period)
    key = f"{period}|{employee}|{kpi}"
    rec = store.get_record(NOTE_KIND, key)
    notes = list(rec.data["notes"]) if rec else []
    notes.append({"text": text.strip(), "by": actor, "at": dt.datetime.now(dt.UTC).isoformat(timespec="seconds")})
    data = {"period": str(period), "employee": employee, "kpi": kpi, "notes": notes}
    version: int = store.put_record(
        NOTE_KIND, key, data, expected_version=rec.version if rec else None, actor=actor, reason="cause note"
    )
    return version


def cause_notes(store: Any, period: Period | str) -> dict[tuple[str, str], list[dict[str, Any]]]:
    prefix = f"{Period.parse(period)}|"
    out: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for rec in store.list_records(NOTE_KIND):
        if rec.key.startswith(prefix):
            out[(rec.data["employee"], rec.data["kpi"])] = list(rec.data["notes"])
    return out
