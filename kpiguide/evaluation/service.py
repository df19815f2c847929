"""Evaluation of a project: read the store, score, and close periods.

The evaluation package is layered without cycles:

* pure scoring — :mod:`~kpiguide.evaluation.rules`, :mod:`~kpiguide.evaluation.adjustments`
  (applying adjustments to arrays), :mod:`~kpiguide.evaluation.engine` (:func:`score_frames`);
  no store;
* the period ledger — :mod:`~kpiguide.evaluation.closing` (snapshots, revisions, status),
  on top of :mod:`kpiguide.data.ledger`;
* services — this module (:func:`evaluate`, :func:`close_period`, :func:`set_aggregation`)
  and :mod:`~kpiguide.evaluation.recording` (adjustments written to the store).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import pandas as pd

from kpiguide.core.errors import PeriodClosed
from kpiguide.core.model import Period
from kpiguide.data.ledger import period_status
from kpiguide.evaluation.closing import freeze_result, latest_snapshot
from kpiguide.evaluation.engine import check_aggregation, frames_from_scheme, score_frames
from kpiguide.evaluation.result import EvaluationResult
from kpiguide.evaluation.rules import Rules, load_rules

__all__ = ["AGGREGATION_KIND", "KPI_CHANGE_KIND", "approved_changes", "close_period", "evaluate", "set_aggregation"]

AGGREGATION_KIND = "evaluation.aggregation"
# Mid-period KPI changes (written by kpiguide.design.changes); approved ones are pro-rated by days.
KPI_CHANGE_KIND = "kpi_change"


def evaluate(
    store: Any,
    period: Period | str,
    *,
    rules: Rules | None = None,
    aggregation: Mapping[str, str] | None = None,
    live: bool = False,
) -> EvaluationResult:
    """Evaluate ``period`` for every employee of the project in ``store``.

    Parameters
    ----------
    store : kpiguide.project.store.Store
    period : Period or any text :meth:`Period.parse` reads (``2026Q3``, ``2026年第三季度``)
    rules : scoring data; default the shipped rules (``kpiguide/evaluation_rules/scoring.yaml``)
    aggregation : per-KPI override of the roll-up of monthly actuals (``sum``/``mean``/``last``)
    live : when the period is closed, recompute instead of returning the frozen snapshot

    Returns
    -------
    EvaluationResult
    """
    period = Period.parse(period)
    rules = rules or load_rules()
    if not live:
        frozen = latest_snapshot(store, period, rules)
        if frozen is not None:
            return frozen
    saved = store.get_record(AGGREGATION_KIND, "kpis")
    aggregation = {**(dict(saved.data) if saved else {}), **dict(aggregation or {})}
    employees, kpis = frames_from_scheme(store.load_scheme())
    wanted = [str(m) for m in period.month_periods()]
    wanted += sorted({str(m.to(k)) for m in period.month_periods() for k in ("quarter", "year")})
    rows = store.actuals(periods=wanted, subject_kind="employee")
    actuals = pd.DataFrame(
        [(a.subject, a.kpi, str(a.period), a.value) for a in rows], columns=["subject", "kpi", "period", "value"]
    )
    adjustments = [a for a in store.adjustments() if _overlaps(a.period, period)]
    return score_frames(
        employees,
        kpis,
        actuals,
        period,
        rules=rules,
        aggregation=aggregation,
        adjustments=adjustments,
        changes=approved_changes(store),
    )


def approved_changes(store: Any) -> list[dict[str, Any]]:
    """Every approved mid-period KPI change of the project (record kind :data:`KPI_CHANGE_KIND`)."""
    return [dict(r.data) for r in store.list_records(KPI_CHANGE_KIND) if r.data.get("status") == "approved"]


def close_period(store: Any, period: Period | str, *, actor: str = "unknown", reason: str = "") -> EvaluationResult:
    """Evaluate ``period`` now, store the result as a new revision and mark the period closed."""
    period = Period.parse(period)
    state = period_status(store, period)
    if state["status"] == "closed":
        raise PeriodClosed(f"{period} is already closed (revision {state['revision']}).")
    result = evaluate(store, period, live=True)
    return freeze_result(store, period, result, actor=actor, reason=reason)


def set_aggregation(store: Any, aggregation: Mapping[str, str], *, actor: str = "unknown", reason: str = "") -> None:
    """Declare for the project how KPIs roll up over a period (``{kpi_id: "sum"|"mean"|"last"}``).

    Overrides the formula/unit defaults of the rules file; an argument to :func:`evaluate` wins over both.
    """
    check_aggregation(aggregation, "Nothing was saved.")
    rec = store.get_record(AGGREGATION_KIND, "kpis")
    data = {**(dict(rec.data) if rec else {}), **dict(aggregation)}
    store.put_record(
        AGGREGATION_KIND, "kpis", data, expected_version=rec.version if rec else None, actor=actor, reason=reason
    )


def _overlaps(a: Period, b: Period) -> bool:
    return a.start <= b.end and b.start <= a.end
