"""Periodic evaluation: scoring rules as data, weighted totals, ratings, adjustments, closing.

Public entry point (cross-engine contract 5)::

    from kpiguide.evaluation import evaluate
    result = evaluate(store, "2026Q3")        # -> EvaluationResult
"""

from kpiguide.evaluation.adjustments import force_majeure, grant_leave, override
from kpiguide.evaluation.closing import (
    close_period,
    ensure_open,
    import_actuals,
    is_closed,
    load_snapshot,
    period_status,
    reopen_period,
    revisions,
)
from kpiguide.evaluation.engine import evaluate, frames_from_scheme, score_frames, set_aggregation
from kpiguide.evaluation.result import EvaluationResult
from kpiguide.evaluation.rules import RatingBand, Rules, ScoringRule, achievement, load_rules

__all__ = [
    "EvaluationResult",
    "RatingBand",
    "Rules",
    "ScoringRule",
    "achievement",
    "close_period",
    "ensure_open",
    "evaluate",
    "force_majeure",
    "frames_from_scheme",
    "grant_leave",
    "import_actuals",
    "is_closed",
    "load_rules",
    "load_snapshot",
    "override",
    "period_status",
    "reopen_period",
    "revisions",
    "score_frames",
    "set_aggregation",
]
