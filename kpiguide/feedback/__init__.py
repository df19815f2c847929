"""Feedback reports: individual, department and organisation, in HTML, XLSX and Markdown (Chinese or English).

Example (``store`` is an open project)::

    from kpiguide.evaluation import evaluate
    from kpiguide.feedback import write_reports
    write_reports(store, evaluate(store, "2026Q3"), "out", employees=["E001"], lang="zh")
"""

from kpiguide.feedback.context import department_context, employee_context, organisation_context
from kpiguide.feedback.render import FORMATS, render, write_reports, write_xlsx

__all__ = [
    "FORMATS",
    "department_context",
    "employee_context",
    "organisation_context",
    "render",
    "write_reports",
    "write_xlsx",
]
