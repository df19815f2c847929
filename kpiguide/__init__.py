"""kpiguide: design and run KPIs well — from strategy to indicators, checks, targets, evaluation and feedback.

The public API is what ``__all__`` lists; implementation modules may move.
Importing kpiguide never imports a UI package (ipywidgets, voila, plotly).
"""

from kpiguide.demo import build_demo_scheme, create_demo_project, demo_actuals
from kpiguide.errors import (
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
from kpiguide.findings import Finding, Report, Severity
from kpiguide.i18n import detect_language, t
from kpiguide.model import (
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
from kpiguide.scheme import dump_scheme, dumps_scheme, load_scheme, loads_scheme, scheme_json_schema
from kpiguide.store import Store, Versioned, init_project, open_project

__version__ = "0.1.0"

__all__ = [
    "AccessDenied",
    "Actual",
    "Adjustment",
    "CatalogError",
    "ConflictError",
    "DataImportError",
    "Department",
    "Direction",
    "Employee",
    "Finding",
    "Frequency",
    "Indicator",
    "InputError",
    "Kpi",
    "KpiGuideError",
    "NotFittedError",
    "Organization",
    "Period",
    "PeriodClosed",
    "Perspective",
    "Problem",
    "ProjectNotFound",
    "Report",
    "Role",
    "Scheme",
    "SchemeError",
    "Severity",
    "Store",
    "StoreError",
    "StrategicObjective",
    "Versioned",
    "__version__",
    "build_demo_scheme",
    "create_demo_project",
    "demo_actuals",
    "detect_language",
    "dump_scheme",
    "dumps_scheme",
    "init_project",
    "load_scheme",
    "loads_scheme",
    "open_project",
    "scheme_json_schema",
    "t",
]
