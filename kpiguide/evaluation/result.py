"""The result of one evaluation run: per-KPI items, per-employee totals, skips and findings."""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

import numpy as np
import pandas as pd

from kpiguide.core.errors import InputError
from kpiguide.core.findings import Finding, Report
from kpiguide.core.i18n import t
from kpiguide.core.model import Adjustment, Period
from kpiguide.evaluation.rules import Rules, guide_shares

__all__ = ["EMPLOYEE_COLUMNS", "ITEM_COLUMNS", "SKIP_COLUMNS", "EvaluationResult", "UnknownEmployee"]

ITEM_COLUMNS = [
    "employee",
    "department",
    "role",
    "manager",
    "kpi",
    "weight",
    "target",
    "target_low",
    "target_high",
    "base_target",
    "actual",
    "achievement",
    "score",
    "met",
    "rule",
    "direction",
    "aggregation",
    "months_found",
    "months_expected",
    "adjusted",
    "status",
    "reason",
]
EMPLOYEE_COLUMNS = [
    "employee",
    "name",
    "department",
    "role",
    "manager",
    "score",
    "rating",
    "weight_scored",
    "n_scored",
    "n_skipped",
    "adjusted",
]
SKIP_COLUMNS = ["employee", "kpi", "reason", "detail"]


def _clean(value: Any) -> Any:
    if isinstance(value, float | np.floating):
        return None if math.isnan(value) else float(value)
    if isinstance(value, np.integer):
        return int(value)
    if isinstance(value, np.bool_):
        return bool(value)
    return value


class UnknownEmployee(InputError, KeyError):
    """An employee id that is not in an evaluation (a ``KeyError`` too, for callers that look ids up)."""

    __str__ = InputError.__str__


@dataclass(frozen=True, eq=False)
class EvaluationResult:
    """Scores of one period.

    Attributes
    ----------
    period : Period
    items : DataFrame
        One row per employee × KPI of their role (``ITEM_COLUMNS``); ``status`` is
        ``scored`` or ``skipped`` with a ``reason`` code.
    employees : DataFrame
        One row per employee (``EMPLOYEE_COLUMNS``): weighted total ``score``
        (weights renormalised over the scored KPIs) and ``rating``.
    skipped : DataFrame
        Everything not scored, with a reason (``SKIP_COLUMNS``): skipped items and
        actuals that match no employee or KPI.  Nothing is dropped silently.
    findings : Report
    adjustments : tuple of Adjustment applied
    changes : tuple of mappings
        Approved mid-period KPI changes effective inside the period (``id, kpi, field, old, new,
        effective, reason, days_before, days_after``); targets and weights were pro-rated by days.
    rules : Rules in force
    revision : int or None
        The closing revision when read from a frozen snapshot.
    """

    period: Period
    items: pd.DataFrame
    employees: pd.DataFrame
    skipped: pd.DataFrame
    findings: Report = field(default_factory=Report)
    adjustments: tuple[Adjustment, ...] = ()
    rules: Rules | None = None
    revision: int | None = None
    frozen: bool = False
    changes: tuple[Mapping[str, Any], ...] = ()

    # -- views ---------------------------------------------------------------------------
    def employee(self, employee_id: str) -> dict[str, Any]:
        """One employee's row with its items, as plain Python values."""
        rows = self.employees[self.employees["employee"] == employee_id]
        if rows.empty:
            raise UnknownEmployee(
                f"No employee {employee_id!r} in the evaluation of {self.period}; check the id "
                f"(the evaluated employees are listed by `kpiguide evaluate PROJECT --period {self.period}`)."
            )
        out = {k: _clean(v) for k, v in rows.iloc[0].items()}
        items = self.items[self.items["employee"] == employee_id]
        out["kpis"] = [{k: _clean(v) for k, v in r.items()} for r in items.to_dict("records")]
        out["adjustments"] = [a for a in self.adjustments if a.employee in (employee_id, "*")]
        return out

    def departments(self) -> pd.DataFrame:
        """Per department: head count, scored count, mean score (the unit's total) and rating."""
        emp = self.employees
        grouped = emp.groupby("department", sort=True)
        frame = pd.DataFrame(
            {
                "employees": grouped.size(),
                "scored": grouped["score"].count(),
                "score": grouped["score"].mean(),
                "min": grouped["score"].min(),
                "max": grouped["score"].max(),
            }
        ).reset_index()
        if self.rules is not None:
            frame["rating"] = self.rules.rate(frame["score"].to_numpy())
        return frame

    def rating_counts(self, employees: pd.DataFrame | None = None) -> dict[str, int]:
        emp = self.employees if employees is None else employees
        counts = Counter(r for r in emp["rating"] if r)
        codes = self.rules.rating_codes if self.rules is not None else tuple(sorted(counts))
        return {c: int(counts.get(c, 0)) for c in codes}

    def distribution(self, employees: pd.DataFrame | None = None) -> list[dict[str, Any]]:
        """Actual rating shares next to the distribution guide (a comparison, never enforced)."""
        if self.rules is None:
            return []
        return guide_shares(self.rules, self.rating_counts(employees))

    def to_records(self) -> list[dict[str, Any]]:
        """One JSON-ready object per employee: ``employee, score, rating`` and ``kpis``."""
        by_emp: dict[str, list[dict[str, Any]]] = {}
        for row in self.items.to_dict("records"):
            by_emp.setdefault(row["employee"], []).append(
                {
                    "kpi": row["kpi"],
                    "weight": _clean(row["weight"]),
                    "target": _clean(row["target"]),
                    "actual": _clean(row["actual"]),
                    "achievement": _clean(row["achievement"]),
                    "score": _clean(row["score"]),
                    "adjusted": bool(row["adjusted"]),
                    "status": row["status"],
                    "reason": row["reason"] or None,
                }
            )
        out = []
        for row in self.employees.to_dict("records"):
            out.append(
                {
                    "employee": row["employee"],
                    "name": row["name"],
                    "department": row["department"],
                    "score": _clean(row["score"]),
                    "rating": row["rating"] or None,
                    "adjusted": bool(row["adjusted"]),
                    "kpis": by_emp.get(row["employee"], []),
                }
            )
        return out

    def skip_messages(self, lang: str = "en") -> list[str]:
        return [
            t(f"evaluation.skip.{r['reason']}", lang, employee=r["employee"], kpi=r["kpi"], detail=r["detail"])
            for r in self.skipped.to_dict("records")
        ]

    # -- snapshots -------------------------------------------------------------------------
    def to_dict(self) -> dict[str, Any]:
        """Everything needed to rebuild the result (used by period snapshots and exports)."""

        def frame(df: pd.DataFrame) -> list[dict[str, Any]]:
            return [{k: _clean(v) for k, v in r.items()} for r in df.to_dict("records")]

        return {
            "period": str(self.period),
            "revision": self.revision,
            "items": frame(self.items),
            "employees": frame(self.employees),
            "skipped": frame(self.skipped),
            "findings": [f.to_dict() for f in self.findings],
            "adjustments": [
                {
                    "id": a.id,
                    "kind": a.kind,
                    "employee": a.employee,
                    "period": str(a.period),
                    "reason": a.reason,
                    "by": a.by,
                    "at": a.at.isoformat(),
                    "kpi": a.kpi,
                    "details": dict(a.details),
                }
                for a in self.adjustments
            ],
            "rules": self.rules.to_dict() if self.rules is not None else None,
            "changes": [dict(c) for c in self.changes],
        }

    @classmethod
    def from_dict(cls, data: dict[str, Any], rules: Rules | None = None, *, frozen: bool = True) -> EvaluationResult:
        findings = Report(
            Finding(
                f["code"],
                f["severity"],
                f["subject"],
                f["message_zh"],
                f["message_en"],
                f["suggestion_zh"],
                f["suggestion_en"],
                f["details"],
            )
            for f in data.get("findings", [])
        )
        adjustments = tuple(
            Adjustment(
                a["id"],
                a["kind"],
                a["employee"],
                Period.parse(a["period"]),
                a["reason"],
                a["by"],
                dt.datetime.fromisoformat(a["at"]),
                a["kpi"],
                a["details"],
            )
            for a in data.get("adjustments", [])
        )
        items = pd.DataFrame(data["items"], columns=ITEM_COLUMNS)
        for col in ("weight", "target", "target_low", "target_high", "base_target", "actual", "achievement", "score"):
            items[col] = items[col].astype(float)
        employees = pd.DataFrame(data["employees"], columns=EMPLOYEE_COLUMNS)
        employees["score"] = employees["score"].astype(float)
        employees["rating"] = employees["rating"].fillna("")
        return cls(
            Period.parse(data["period"]),
            items,
            employees,
            pd.DataFrame(data["skipped"], columns=SKIP_COLUMNS),
            findings,
            adjustments,
            rules,
            data.get("revision"),
            frozen,
            tuple(data.get("changes") or ()),
        )
