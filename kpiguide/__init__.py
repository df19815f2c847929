"""kpiguide: design and run KPIs well — from strategy to indicators, checks, targets, evaluation and feedback.

The public API is what ``__all__`` lists; implementation modules may move.
Importing kpiguide never imports a UI package (ipywidgets, voila, plotly).  The
engines (catalog and suggestions, checks, achievability, evaluation, feedback,
access) are loaded on first use of their names, so ``import kpiguide`` and the
CLI start fast.
"""

from importlib import import_module
from typing import Any

from kpiguide.core.errors import (
    AccessDenied,
    CatalogError,
    ConflictError,
    DataImportError,
    InputError,
    KpiGuideError,
    NotFittedError,
    PeriodClosed,
    Problem,
    ProjectNotFound,
    SchemeError,
    StoreError,
)
from kpiguide.core.findings import Finding, Report, Severity
from kpiguide.core.i18n import detect_language, t
from kpiguide.core.model import (
    Actual,
    Adjustment,
    Department,
    Direction,
    Employee,
    Frequency,
    Indicator,
    Kpi,
    Organization,
    Period,
    Perspective,
    Role,
    Scheme,
    StrategicObjective,
)
from kpiguide.design.demo import build_demo_scheme, create_demo_project, demo_actuals
from kpiguide.project.records import register_write_guard
from kpiguide.project.store import Store, Versioned, init_project, open_project
from kpiguide.scheme.files import dump_scheme, dumps_scheme, load_scheme, loads_scheme, scheme_json_schema

__version__ = "0.1.0"

# An agreed KPI changes only through an approved change request, whoever writes to the store; the
# store imports the rule from the cycle engine at the first KPI write (the project layer cannot name it).
register_write_guard("kpi", "kpiguide.design.cycle:guard_kpi_writes")

# name -> "module" or "module:attribute" (when the public name differs from the module's)
_LAZY = {
    "AchievabilityModel": "kpiguide.achievability",
    "Assessment": "kpiguide.achievability",
    "assess_achievability": "kpiguide.achievability:assess",
    "FairnessResult": "kpiguide.achievability.fairness",
    "assess_fairness": "kpiguide.achievability.fairness",
    "Catalog": "kpiguide.catalog",
    "StrategyTemplate": "kpiguide.catalog",
    "load_catalog": "kpiguide.catalog",
    "IndicatorSuggester": "kpiguide.suggest.engine",
    "Suggestion": "kpiguide.suggest.engine",
    "default_suggester": "kpiguide.suggest.engine",
    "StrategyMap": "kpiguide.suggest.cascade",
    "propose_strategy_map": "kpiguide.suggest.cascade",
    "BalanceProfile": "kpiguide.checks",
    "SmartResult": "kpiguide.checks",
    "analyze_smart": "kpiguide.checks:analyze",
    "balance_table": "kpiguide.checks",
    "check_scheme": "kpiguide.checks",
    "load_profile": "kpiguide.checks",
    "HistoryData": "kpiguide.data.history",
    "import_actuals": "kpiguide.data.history",
    "read_history": "kpiguide.data.history",
    "series_from_store": "kpiguide.data.history",
    "write_template": "kpiguide.data.templates",
    "check_history": "kpiguide.data.quality",
    "check_project_data": "kpiguide.data.quality:check_project",
    "EvaluationResult": "kpiguide.evaluation",
    "close_period": "kpiguide.evaluation",
    "evaluate": "kpiguide.evaluation",
    "force_majeure": "kpiguide.evaluation",
    "grant_leave": "kpiguide.evaluation",
    "load_rules": "kpiguide.evaluation",
    "reopen_period": "kpiguide.evaluation",
    "health_review": "kpiguide.evaluation.health",
    "incentives": "kpiguide.evaluation.incentives",
    "write_reports": "kpiguide.feedback",
    "InviteRejected": "kpiguide.project.access",
    "Principal": "kpiguide.project.access",
    "issue_token": "kpiguide.project.access",
    "revoke_token": "kpiguide.project.access",
    "verify_token": "kpiguide.project.access",
    "split_duties": "kpiguide.design.jobs",
    "mark_step": "kpiguide.design.progress",
    "project_status": "kpiguide.design.progress",
    "render_charter_html": "kpiguide.deliverables",
    "write_kpi_dictionary_xlsx": "kpiguide.deliverables",
}


def __getattr__(name: str) -> Any:
    target = _LAZY.get(name)
    if target is None:
        raise AttributeError(f"module 'kpiguide' has no attribute {name!r}")
    module_name, _, attribute = target.partition(":")
    value = getattr(import_module(module_name), attribute or name)
    globals()[name] = value
    return value


def __dir__() -> list[str]:
    return sorted(__all__)


__all__ = [
    "AccessDenied",
    "AchievabilityModel",
    "Actual",
    "Adjustment",
    "Assessment",
    "BalanceProfile",
    "Catalog",
    "CatalogError",
    "ConflictError",
    "DataImportError",
    "Department",
    "Direction",
    "Employee",
    "EvaluationResult",
    "FairnessResult",
    "Finding",
    "Frequency",
    "HistoryData",
    "Indicator",
    "IndicatorSuggester",
    "InputError",
    "InviteRejected",
    "Kpi",
    "KpiGuideError",
    "NotFittedError",
    "Organization",
    "Period",
    "PeriodClosed",
    "Perspective",
    "Principal",
    "Problem",
    "ProjectNotFound",
    "Report",
    "Role",
    "Scheme",
    "SchemeError",
    "Severity",
    "SmartResult",
    "Store",
    "StoreError",
    "StrategicObjective",
    "StrategyMap",
    "StrategyTemplate",
    "Suggestion",
    "Versioned",
    "__version__",
    "analyze_smart",
    "assess_achievability",
    "assess_fairness",
    "balance_table",
    "build_demo_scheme",
    "check_history",
    "check_project_data",
    "check_scheme",
    "close_period",
    "create_demo_project",
    "default_suggester",
    "demo_actuals",
    "detect_language",
    "dump_scheme",
    "dumps_scheme",
    "evaluate",
    "force_majeure",
    "grant_leave",
    "health_review",
    "import_actuals",
    "incentives",
    "init_project",
    "issue_token",
    "load_catalog",
    "load_profile",
    "load_rules",
    "load_scheme",
    "loads_scheme",
    "mark_step",
    "open_project",
    "project_status",
    "propose_strategy_map",
    "read_history",
    "render_charter_html",
    "reopen_period",
    "revoke_token",
    "scheme_json_schema",
    "series_from_store",
    "split_duties",
    "t",
    "verify_token",
    "write_kpi_dictionary_xlsx",
    "write_reports",
    "write_template",
]
