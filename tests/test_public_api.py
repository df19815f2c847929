import subprocess
import sys

import kpiguide

EXPECTED = [
    "AccessDenied", "Actual", "Adjustment", "CatalogError", "ConflictError", "DataImportError", "Department",
    "Direction", "Employee", "Finding", "Frequency", "Indicator", "InputError", "Kpi", "KpiGuideError",
    "NotFittedError", "Organization", "Period", "PeriodClosed", "Perspective", "Problem", "ProjectNotFound",
    "Report", "Role", "Scheme", "SchemeError", "Severity", "Store", "StoreError", "StrategicObjective",
    "Versioned", "__version__", "build_demo_scheme", "create_demo_project", "demo_actuals", "detect_language",
    "dump_scheme", "dumps_scheme", "init_project", "load_scheme", "loads_scheme", "open_project",
    "scheme_json_schema", "t",
]  # fmt: skip


def test_public_api_is_pinned():
    assert kpiguide.__all__ == EXPECTED


def test_every_public_name_exists():
    for name in kpiguide.__all__:
        assert hasattr(kpiguide, name), name


def test_import_does_not_pull_in_ui_packages():
    code = (
        "import sys, kpiguide, kpiguide.cli; "
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('ipywidgets', 'voila', 'plotly', 'IPython')); "
        "print(','.join(bad))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
