"""The period ledger: closing and reopening periods, frozen result snapshots with revisions.

State lives in store records: ``evaluation.period`` (key: the period, data:
``{status, revision, history}``, read by :mod:`kpiguide.data.ledger`) and
``evaluation.snapshot`` (key: ``<period>#r<revision>``, data:
:meth:`EvaluationResult.to_dict`).  Closing a quarter also closes its months for
writes; a closed year closes everything in it.  This module stores results it is
given; :func:`kpiguide.evaluation.service.close_period` evaluates and then freezes.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from kpiguide.core.errors import InputError, PeriodClosed
from kpiguide.core.model import Period
from kpiguide.data.ledger import STATUS_KIND, ensure_open, is_closed, period_status
from kpiguide.evaluation.result import EvaluationResult
from kpiguide.evaluation.rules import Rules

__all__ = [
    "STATUS_KIND",
    "ensure_open",
    "freeze_result",
    "is_closed",
    "latest_snapshot",
    "load_snapshot",
    "period_status",
    "reopen_period",
    "revisions",
]

SNAPSHOT_KIND = "evaluation.snapshot"


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


def freeze_result(
    store: Any, period: Period | str, result: EvaluationResult, *, actor: str = "unknown", reason: str = ""
) -> EvaluationResult:
    """Store ``result`` of ``period`` as a new revision and mark the period closed, in one transaction."""
    period = Period.parse(period)
    rec = store.get_record(STATUS_KIND, str(period))
    state: dict[str, Any] = dict(rec.data) if rec else {"status": "open", "revision": 0, "history": []}
    if state["status"] == "closed":
        raise PeriodClosed(f"{period} is already closed (revision {state['revision']}).")
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
