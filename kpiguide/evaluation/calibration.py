"""Calibration view: rating distributions per department and per manager against the organisation.

A group is flagged (``evaluation.rating_skew``) when its share of top ratings
differs from the organisation's by at least ``min_diff`` points and a two-sided
exact binomial test against the organisation's share gives ``p < alpha``; a group
whose members all get the same rating is flagged ``evaluation.rating_uniform``.
The distribution guide is compared (``evaluation.distribution_vs_guide``), never enforced.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import pandas as pd
from scipy.stats import binomtest

from kpiguide.core.findings import Finding, Report
from kpiguide.evaluation.result import EvaluationResult

__all__ = ["CalibrationView", "calibration"]


@dataclass(frozen=True, eq=False)
class CalibrationView:
    """``organisation``: counts per rating; ``departments``/``managers``: one row per group."""

    organisation: dict[str, int]
    departments: pd.DataFrame
    managers: pd.DataFrame
    guide: list[dict[str, Any]] = field(default_factory=list)
    findings: Report = field(default_factory=Report)


def _table(emp: pd.DataFrame, key: str, codes: tuple[str, ...], top: tuple[str, ...]) -> pd.DataFrame:
    rows = []
    for group, part in emp.groupby(key, sort=True):
        rated = part[part["rating"] != ""]
        counts = rated["rating"].value_counts()
        row = {"group": group, "n": len(rated), "mean_score": rated["score"].mean()}
        row.update({c: int(counts.get(c, 0)) for c in codes})
        row["top_share"] = 100.0 * sum(row[c] for c in top) / len(rated) if len(rated) else float("nan")
        rows.append(row)
    return pd.DataFrame(rows, columns=["group", "n", "mean_score", *codes, "top_share"])


def calibration(
    result: EvaluationResult,
    *,
    min_group: int = 3,
    alpha: float = 0.05,
    min_diff: float = 15.0,
    guide_tolerance: float = 10.0,
) -> CalibrationView:
    """Compare each department's and manager's ratings with the organisation's."""
    codes = result.rules.rating_codes if result.rules else tuple(sorted(set(result.employees["rating"]) - {""}))
    guide = result.rules.distribution_guide if result.rules else ()
    top = guide[0][0] if guide else codes[:2]
    emp = result.employees
    rated = emp[emp["rating"] != ""]
    org = {c: int((rated["rating"] == c).sum()) for c in codes}
    org_top = sum(org[c] for c in top) / len(rated) if len(rated) else 0.0
    departments = _table(emp, "department", codes, top)
    managers = _table(emp[emp["manager"].notna() & (emp["manager"] != "")], "manager", codes, top)
    findings: list[Finding] = []
    for kind, table in (("department", departments), ("manager", managers)):
        for row in table.to_dict("records"):
            n = int(row["n"])
            if n < min_group:
                continue
            subject = f"{'departments' if kind == 'department' else 'managers'}/{row['group']}"
            present = [c for c in codes if row[c]]
            if len(present) == 1:
                findings.append(
                    Finding.create(
                        "evaluation.rating_uniform",
                        "warning",
                        subject,
                        group_label=kind,
                        group=row["group"],
                        n=n,
                        rating=present[0],
                    )
                )
            k = sum(row[c] for c in top)
            share = 100.0 * k / n
            if abs(share - 100.0 * org_top) >= min_diff and 0 < org_top < 1:
                p = binomtest(k, n, org_top).pvalue
                if p < alpha:
                    findings.append(
                        Finding.create(
                            "evaluation.rating_skew",
                            "warning",
                            subject,
                            group_label=kind,
                            group=row["group"],
                            n=n,
                            share=round(share, 1),
                            org_share=round(100.0 * org_top, 1),
                            p=round(float(p), 4),
                        )
                    )
    shares = result.distribution()
    for g in shares:
        if g["actual_share"] is not None and abs(g["actual_share"] - g["guide_share"]) > guide_tolerance:
            findings.append(
                Finding.create(
                    "evaluation.distribution_vs_guide",
                    "info",
                    f"periods/{result.period}",
                    ratings=g["ratings"],
                    actual=g["actual_share"],
                    guide=g["guide_share"],
                )
            )
    return CalibrationView(org, departments, managers, shares, Report(findings))
