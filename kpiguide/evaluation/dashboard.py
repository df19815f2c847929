"""What the leadership dashboard shows from the evaluation side: closed periods and every check's open findings.

The dashboard panels only draw these; reading the store's records and running the
checks happens here.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from kpiguide.checks.balance import check_scheme
from kpiguide.checks.profiles import BalanceProfile
from kpiguide.core.findings import Finding, Report
from kpiguide.data import ledger
from kpiguide.data.quality import check_project
from kpiguide.evaluation.service import evaluate

__all__ = ["AREAS", "SEVERITIES", "closed_periods", "findings_counts", "open_findings"]

AREAS = ("balance", "data", "evaluation")
SEVERITIES = ("error", "warning", "info")


def closed_periods(store: Any) -> list[str]:
    """Periods closed in the project (frozen results), newest first."""
    closed = ledger.closed_periods(store)
    return [str(p) for p in sorted(closed, key=lambda p: (p.start, p.end), reverse=True)]


def open_findings(store: Any, profile: str | Path | BalanceProfile = "cn") -> dict[str, list[Finding]]:
    """Findings of the balance check (by ``profile``), the data-quality check and the latest closed period."""
    out: dict[str, list[Finding]] = {
        "balance": list(check_scheme(store.load_scheme(), profile).findings),
        "data": list(check_project(store).findings),
    }
    periods = closed_periods(store)
    if periods:
        out["evaluation"] = list(evaluate(store, periods[0]).findings.findings)
    return out


def findings_counts(findings: dict[str, list[Finding]]) -> dict[str, dict[str, int]]:
    """Per area, the number of findings of each severity (error, warning, info)."""
    out = {}
    for area, items in findings.items():
        summary = Report(items).summary()
        out[area] = {severity: int(summary[severity]) for severity in SEVERITIES}
    return out
