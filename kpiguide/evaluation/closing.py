"""Closing and reopening periods; frozen result snapshots with revisions; guarded writes.

State lives in store records: ``evaluation.period`` (key: the period, data:
``{status, revision, history}``) and ``evaluation.snapshot`` (key:
``<period>#r<revision>``, data: :meth:`EvaluationResult.to_dict`).  Closing a
quarter also closes its months for writes; a closed year closes everything in it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from typing import Any

from kpiguide.core.errors import InputError, PeriodClosed, Problem
from kpiguide.core.model import Actual, Period
from kpiguide.evaluation.result import EvaluationResult
from kpiguide.evaluation.rules import Rules

__all__ = [
    "close_period",
    "ensure_open",
    "import_actuals",
    "is_closed",
    "latest_snapshot",
    "load_snapshot",
    "period_status",
    "reopen_period",
    "revisions",
]

STATUS_KIND = "evaluation.period"
SNAPSHOT_KIND = "evaluation.snapshot"


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def period_status(store: Any, period: Period | str) -> dict[str, Any]:
    """``{status: open|closed, revision: int, history: [...]}`` of ``period`` (never closed: revision 0)."""
    rec = store.get_record(STATUS_KIND, str(Period.parse(period)))
    if rec is None:
        return {"status": "open", "revision": 0, "history": []}
    return dict(rec.data)


def _closed_periods(store: Any) -> list[Period]:
    return [Period.parse(r.key) for r in store.list_records(STATUS_KIND) if r.data.get("status") == "closed"]


def is_closed(store: Any, period: Period | str) -> Period | None:
    """The closed period that covers (or overlaps) ``period``, or ``None``."""
    period = Period.parse(period)
    for closed in _closed_periods(store):
        if closed.start <= period.end and period.start <= closed.end:
            return closed
    return None


def ensure_open(store: Any, period: Period | str) -> None:
    """Raise :class:`PeriodClosed` when ``period`` overlaps a closed period."""
    closed = is_closed(store, period)
    if closed is not None:
        raise PeriodClosed(
            f"{closed} is closed, so {Period.parse(period)} cannot be changed. "
            f"Reopen it with a reason first: `kpiguide reopen PROJECT --period {closed} --reason ...`."
        )


def close_period(store: Any, period: Period | str, *, actor: str = "unknown", reason: str = "") -> EvaluationResult:
    """Evaluate ``period`` now, store the result as a new revision and mark the period closed."""
    from kpiguide.evaluation.engine import evaluate

    period = Period.parse(period)
    rec = store.get_record(STATUS_KIND, str(period))
    state = dict(rec.data) if rec else {"status": "open", "revision": 0, "history": []}
    if state["status"] == "closed":
        raise PeriodClosed(f"{period} is already closed (revision {state['revision']}).")
    result = evaluate(store, period, live=True)
    revision = int(state["revision"]) + 1
    snapshot = {**result.to_dict(), "revision": revision, "closed_at": _now(), "closed_by": actor}
    history = [
        *state.get("history", []),
        {"action": "close", "revision": revision, "by": actor, "at": _now(), "reason": reason},
    ]
    with store.transaction() as tx:
        tx.put_record(
            SNAPSHOT_KIND, f"{period}#r{revision}", snapshot, expected_version=None, actor=actor, reason=reason
        )
        tx.put_record(
            STATUS_KIND,
            str(period),
            {"status": "closed", "revision": revision, "history": history},
            expected_version=rec.version if rec else None,
            actor=actor,
            reason=reason or "close period",
        )
    return EvaluationResult.from_dict(snapshot, result.rules)


def reopen_period(store: Any, period: Period | str, *, reason: str, actor: str = "unknown") -> dict[str, Any]:
    """Reopen a closed period; the next close creates a new revision.  A reason is required."""
    period = Period.parse(period)
    if not reason or not reason.strip():
        raise InputError(f"Reopening {period} needs a reason (it is kept in the audit log); nothing was changed.")
    rec = store.get_record(STATUS_KIND, str(period))
    if rec is None or rec.data.get("status") != "closed":
        raise InputError(f"{period} is not closed, so it cannot be reopened.")
    state = dict(rec.data)
    state["status"] = "open"
    state["history"] = [
        *state.get("history", []),
        {"action": "reopen", "revision": state["revision"], "by": actor, "at": _now(), "reason": reason.strip()},
    ]
    store.put_record(STATUS_KIND, str(period), state, expected_version=rec.version, actor=actor, reason=reason.strip())
    return state


def revisions(store: Any, period: Period | str) -> list[int]:
    prefix = f"{Period.parse(period)}#r"
    return sorted(
        int(r.key.removeprefix(prefix)) for r in store.list_records(SNAPSHOT_KIND) if r.key.startswith(prefix)
    )


def load_snapshot(
    store: Any, period: Period | str, revision: int | None = None, rules: Rules | None = None
) -> EvaluationResult:
    """A frozen result; ``revision=None`` is the latest.  Earlier revisions stay readable."""
    period = Period.parse(period)
    revs = revisions(store, period)
    if not revs:
        raise InputError(f"{period} has never been closed, so it has no frozen results.")
    revision = revs[-1] if revision is None else revision
    rec = store.get_record(SNAPSHOT_KIND, f"{period}#r{revision}")
    if rec is None:
        raise InputError(f"{period} has no revision {revision!r}; it has revisions {revs}.")
    return EvaluationResult.from_dict(dict(rec.data), rules)


def latest_snapshot(store: Any, period: Period, rules: Rules | None = None) -> EvaluationResult | None:
    """The frozen result of ``period`` when it is closed now, else ``None``."""
    rec = store.get_record(STATUS_KIND, str(period))
    if rec is None or rec.data.get("status") != "closed":
        return None
    return load_snapshot(store, period, rec.data["revision"], rules)


def import_actuals(
    store: Any,
    actuals: Iterable[Actual],
    *,
    actor: str = "unknown",
    replace_existing: bool = False,
    reason: str = "import",
    locations: Sequence[Mapping[str, Any]] | None = None,
    source: str | None = None,
) -> dict[str, int]:
    """Add actuals after checking them against the scheme and closed periods.

    This is the one validation path of actuals: :func:`kpiguide.data.history.import_actuals`
    parses a file and hands its rows here.  Unknown employees, departments or KPIs, KPIs
    not of the employee's role and duplicates in the batch are all reported at once
    (:class:`~kpiguide.core.errors.DataImportError`); a period that is closed raises
    :class:`~kpiguide.core.errors.PeriodClosed`.  Nothing is written unless all is well.

    Parameters
    ----------
    locations : sequence of mappings, optional
        Where each actual came from, one mapping per actual with the keys ``file``,
        ``sheet``, ``row`` and optionally ``fields`` (``{"kpi": header, "subject": header}``,
        the column headers to name in problems).  Default: the actual's 1-based position.
    source : str, optional
        Name of the input (e.g. the file) used in the error summaries.
    """
    from kpiguide.core.errors import DataImportError

    actuals = list(actuals)
    if locations is not None and len(locations) != len(actuals):
        raise ValueError(f"locations has {len(locations)} entries for {len(actuals)} actuals")
    scheme = store.load_scheme()
    roles = {e.id: e.role for e in scheme.employees}
    kpi_role = {k.id: k.role for k in scheme.kpis}
    dept_ids = {d.id for d in scheme.departments}
    problems: list[Problem] = []
    seen: dict[tuple[str, str, str, str], Any] = {}

    def where(i: int, field: str | None = None) -> dict[str, Any]:
        if locations is None:
            return {"row": i + 1, "field": field}
        loc = locations[i]
        fields = loc.get("fields") or {}
        return {
            "file": loc.get("file"),
            "sheet": loc.get("sheet"),
            "row": loc.get("row"),
            "field": fields.get(field, field) if field else None,
        }

    for i, a in enumerate(actuals):
        key = (a.subject_kind, a.subject, a.kpi, str(a.period))
        if key in seen:
            problems.append(
                Problem(
                    f"duplicate actual for {a.subject!r}, KPI {a.kpi!r}, {a.period}: already given in row "
                    f"{seen[key]}; keep one value",
                    **where(i, "period"),
                )
            )
        seen.setdefault(key, where(i)["row"])
        if a.kpi not in kpi_role:
            problems.append(Problem(f"unknown KPI {a.kpi!r}; use a KPI id or name of the project", **where(i, "kpi")))
        if a.subject_kind == "employee":
            if a.subject not in roles:
                problems.append(
                    Problem(
                        f"unknown employee {a.subject!r}; use an employee id or name of the project",
                        **where(i, "subject"),
                    )
                )
            elif a.kpi in kpi_role and kpi_role[a.kpi] != roles[a.subject]:
                problems.append(
                    Problem(
                        f"KPI {a.kpi!r} is not a KPI of {a.subject!r}'s role {roles[a.subject]!r}", **where(i, "kpi")
                    )
                )
        elif a.subject not in dept_ids:
            problems.append(
                Problem(
                    f"unknown department {a.subject!r}; use a department id or name of the project",
                    **where(i, "subject"),
                )
            )
    what = source or "The actuals"
    if problems:
        raise DataImportError(f"{what} do not match the project; nothing was imported", problems)
    closed: dict[str, list[Any]] = {}
    for i, a in enumerate(actuals):
        c = is_closed(store, a.period)
        if c is not None:
            closed.setdefault(str(c), []).append(where(i)["row"])
    if closed:
        parts = []
        for period, rows in sorted(closed.items()):
            shown = ", ".join(str(r) for r in rows[:5]) + (", …" if len(rows) > 5 else "")
            parts.append(f"{period} (rows {shown})")
        raise PeriodClosed(
            f"{what}: actuals fall in closed period(s) {'; '.join(parts)}; reopen them with a reason first "
            "(`kpiguide reopen PROJECT --period P --reason ...`). Nothing was imported."
        )
    return store.add_actuals(actuals, actor=actor, replace_existing=replace_existing, reason=reason)
