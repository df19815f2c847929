import subprocess
import sys

import kpiguide

EXPECTED = [
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


def test_public_api_is_pinned():
    assert kpiguide.__all__ == EXPECTED


def test_every_public_name_exists():
    for name in kpiguide.__all__:
        assert hasattr(kpiguide, name), name


def test_import_and_every_public_name_do_not_pull_in_ui_packages():
    code = (
        "import sys, kpiguide, kpiguide.cli; [getattr(kpiguide, n) for n in kpiguide.__all__]; "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('ipywidgets', 'voila', 'plotly', 'IPython')); "
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_import_kpiguide_stays_light():
    code = "import sys, kpiguide, kpiguide.cli; print(','.join(m for m in ('sklearn', 'statsmodels', 'jieba') if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


def test_unknown_attribute_is_an_attribute_error():
    import pytest

    with pytest.raises(AttributeError, match="no attribute 'nope'"):
        _ = kpiguide.nope
