"""An opt-in recognition board per department for a closed period: top results and most improved.

Public praise beside the material incentives.  Leadership switches it on and sets how
many people each list shows (:func:`configure_recognition`, record kind
``recognition``); :func:`recognition_board` builds the board from the period's
evaluation.  The board never lists low performers: only people rated in a band above
the two lowest bands **and** scoring at least their department's median are eligible
for either list (:func:`eligible`); the most-improved list also needs a score that
rose against the previous period.  Nobody is ranked below the lists; nothing about
the others is shown.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

import numpy as np

from kpiguide.core.errors import AccessDenied, InputError, Problem
from kpiguide.core.i18n import Msg, t
from kpiguide.core.periods import Period
from kpiguide.data.ledger import is_closed
from kpiguide.evaluation import evaluate
from kpiguide.evaluation.result import EvaluationResult
from kpiguide.project.access import Principal
from kpiguide.project.records import register_record_kind
from kpiguide.project.store import Store

__all__ = ["RECOGNITION_KIND", "RecognitionSettings", "configure_recognition", "eligible", "recognition_board",
           "recognition_settings"]  # fmt: skip

RECOGNITION_KIND = "recognition"
register_record_kind(RECOGNITION_KIND, description="recognition board settings (leadership)")


@dataclass(frozen=True)
class RecognitionSettings:
    enabled: bool = False
    top: int = 3
    most_improved: int = 3


def recognition_settings(store: Store) -> RecognitionSettings:
    """The board's settings (off until leadership switches it on)."""
    record = store.get_record(RECOGNITION_KIND, "settings")
    return RecognitionSettings() if record is None else RecognitionSettings(**dict(record.data))


def _require_leadership(principal: Principal) -> None:
    if principal.role != "leadership":
        raise AccessDenied(Msg("recognition.leadership_only"))


def configure_recognition(
    store: Store, principal: Principal, *, enabled: bool, top: int = 3, most_improved: int = 3
) -> RecognitionSettings:
    """Switch the board on or off and set the list lengths (0–10 each); leadership only, audited."""
    _require_leadership(principal)
    problems = [Problem(t("recognition.problem.count", "en", value=v), field=f)
                for f, v in (("top", top), ("most_improved", most_improved)) if not 0 <= int(v) <= 10]  # fmt: skip
    if problems:
        raise InputError(Msg("recognition.cannot_configure"), problems)
    settings = RecognitionSettings(bool(enabled), int(top), int(most_improved))
    current = store.get_record(RECOGNITION_KIND, "settings")
    store.put_record(RECOGNITION_KIND, "settings", settings.__dict__,
                     expected_version=None if current is None else current.version, actor=principal.actor,
                     reason="recognition board " + ("on" if enabled else "off"))  # fmt: skip
    return settings


def eligible(result: EvaluationResult) -> Any:
    """The rows of ``result.employees`` that may appear on a board (see the module docstring)."""
    emp = result.employees.dropna(subset=["score"])
    codes = result.rules.rating_codes if result.rules is not None else ()
    low = set(codes[-2:]) if len(codes) > 2 else set(codes[-1:])
    medians = emp.groupby("department")["score"].transform("median")
    return emp[(~emp["rating"].isin(low)) & (emp["rating"] != "") & (emp["score"] >= medians)]


def _entry(row: Any, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    return {"employee": row["employee"], "name": row["name"], "score": float(row["score"]),
            "rating": row["rating"], **(extra or {})}  # fmt: skip


def recognition_board(
    store: Store, period: Period | str, *, settings: RecognitionSettings | None = None
) -> dict[str, dict[str, list[dict[str, Any]]]]:
    """Per department: ``top`` (highest scores) and ``most_improved`` (largest rise), eligible people only.

    Raises :class:`InputError` when the board is switched off or the period is not closed.
    """
    period = Period.parse(period)
    settings = settings or recognition_settings(store)
    if not settings.enabled:
        raise InputError(Msg("recognition.off"), [Problem(Msg("recognition.how_on"), field="recognition")])
    if is_closed(store, period) is None:
        raise InputError(
            t("recognition.not_closed", "en", period=period), [Problem("close the period first", field="period")]
        )
    current = evaluate(store, period)
    previous = evaluate(store, period.shift(-1)).employees.set_index("employee")["score"]
    pool = eligible(current)
    board: dict[str, dict[str, list[dict[str, Any]]]] = {}
    for department, rows in pool.groupby("department", sort=True):
        top = rows.sort_values(["score", "employee"], ascending=[False, True]).head(settings.top)
        before = rows["employee"].map(previous).astype(float)
        rise = rows["score"].to_numpy(dtype=float) - before.to_numpy()
        improved = rows.assign(rise=rise)[np.isfinite(rise) & (rise > 0)]
        improved = improved.sort_values(["rise", "employee"], ascending=[False, True]).head(settings.most_improved)
        board[str(department)] = {
            "top": [_entry(r) for _, r in top.iterrows()],
            "most_improved": [_entry(r, {"rise": float(r["rise"])}) for _, r in improved.iterrows()],
        }
    return board
