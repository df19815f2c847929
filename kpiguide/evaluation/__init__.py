"""Periodic evaluation: scoring rules as data, weighted totals, ratings, adjustments, closing.

Public entry point (cross-engine contract 5)::

    from kpiguide.evaluation import evaluate
    result = evaluate(store, "2026Q3")        # -> EvaluationResult
"""

from kpiguide.data.actuals import import_actuals
from kpiguide.data.ledger import ensure_open, is_closed, period_status
from kpiguide.evaluation.closing import load_snapshot, reopen_period, revisions
from kpiguide.evaluation.engine import frames_from_scheme, score_frames
from kpiguide.evaluation.recording import force_majeure, grant_leave, override
from kpiguide.evaluation.result import EvaluationResult
from kpiguide.evaluation.rules import RatingBand, Rules, ScoringRule, achievement, load_rules
from kpiguide.evaluation.service import close_period, evaluate, set_aggregation

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
