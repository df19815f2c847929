"""The one way actuals enter a project: checked against the scheme and the closed periods, written at once.

:func:`kpiguide.data.history.import_actuals` parses a file and hands its rows here;
:func:`kpiguide.evaluation.import_actuals` is this function.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

from kpiguide.core.errors import DataImportError, InputError, PeriodClosed, Problem
from kpiguide.core.model import Actual, Scheme
from kpiguide.data.ledger import is_closed

__all__ = ["import_actuals"]


@dataclass(frozen=True)
class _Locator:
    """Where actual ``i`` came from: its file, sheet, row and the file's own column headers."""

    locations: Sequence[Mapping[str, Any]] | None

    def __call__(self, i: int, field: str | None = None) -> dict[str, Any]:
        if self.locations is None:
            return {"row": i + 1, "field": field}
        loc = self.locations[i]
        fields = loc.get("fields") or {}
        return {
            "file": loc.get("file"),
            "sheet": loc.get("sheet"),
            "row": loc.get("row"),
            "field": fields.get(field, field) if field else None,
        }


def _subject_problems(a: Actual, i: int, scheme_ids: dict[str, Any], where: _Locator) -> list[Problem]:
    roles, kpi_role, dept_ids = scheme_ids["roles"], scheme_ids["kpi_role"], scheme_ids["departments"]
    if a.subject_kind != "employee":
        if a.subject in dept_ids:
            return []
        return [
            Problem(
                f"unknown department {a.subject!r}; use a department id or name of the project", **where(i, "subject")
            )
        ]
    if a.subject not in roles:
        return [
            Problem(f"unknown employee {a.subject!r}; use an employee id or name of the project", **where(i, "subject"))
        ]
    if a.kpi in kpi_role and kpi_role[a.kpi] != roles[a.subject]:
        return [Problem(f"KPI {a.kpi!r} is not a KPI of {a.subject!r}'s role {roles[a.subject]!r}", **where(i, "kpi"))]
    return []


def _scheme_problems(actuals: list[Actual], scheme: Scheme, where: _Locator) -> list[Problem]:
    """Unknown KPIs, employees and departments, KPIs not of the role, duplicates in the batch."""
    scheme_ids = {
        "roles": {e.id: e.role for e in scheme.employees},
        "kpi_role": {k.id: k.role for k in scheme.kpis},
        "departments": {d.id for d in scheme.departments},
    }
    problems: list[Problem] = []
    seen: dict[tuple[str, str, str, str], Any] = {}
    for i, a in enumerate(actuals):
        key = (a.subject_kind, a.subject, a.kpi, str(a.period))
        if key in seen:
            problems.append(
                Problem(
                    f"duplicate actual for {a.subject!r}, KPI {a.kpi!r}, {a.period}: already given in row "
                    f"{seen[key]}; keep one value",
                    **where(i, "period"),
                )
            )
        seen.setdefault(key, where(i)["row"])
        if a.kpi not in scheme_ids["kpi_role"]:
            problems.append(Problem(f"unknown KPI {a.kpi!r}; use a KPI id or name of the project", **where(i, "kpi")))
        problems += _subject_problems(a, i, scheme_ids, where)
    return problems


def _refuse_closed(store: Any, actuals: list[Actual], where: _Locator, what: str) -> None:
    closed: dict[str, list[Any]] = {}
    for i, a in enumerate(actuals):
        c = is_closed(store, a.period)
        if c is not None:
            closed.setdefault(str(c), []).append(where(i)["row"])
    if not closed:
        return
    parts = []
    for period, rows in sorted(closed.items()):
        shown = ", ".join(str(r) for r in rows[:5]) + (", …" if len(rows) > 5 else "")
        parts.append(f"{period} (rows {shown})")
    raise PeriodClosed(
        f"{what}: actuals fall in closed period(s) {'; '.join(parts)}; reopen them with a reason first "
        "(`kpiguide reopen PROJECT --period P --reason ...`). Nothing was imported."
    )


def import_actuals(
    store: Any,
    actuals: Iterable[Actual],
    *,
    actor: str = "unknown",
    replace_existing: bool = False,
    reason: str = "import",
    locations: Sequence[Mapping[str, Any]] | None = None,
    source: str | None = None,
) -> dict[str, int]:
    """Add actuals after checking them against the scheme and closed periods.

    Unknown employees, departments or KPIs, KPIs not of the employee's role and
    duplicates in the batch are all reported at once
    (:class:`~kpiguide.core.errors.DataImportError`); a period that is closed raises
    :class:`~kpiguide.core.errors.PeriodClosed`.  Nothing is written unless all is well,
    and then everything is written in one transaction.

    Parameters
    ----------
    locations : sequence of mappings, optional
        Where each actual came from, one mapping per actual with the keys ``file``,
        ``sheet``, ``row`` and optionally ``fields`` (``{"kpi": header, "subject": header}``,
        the column headers to name in problems).  Default: the actual's 1-based position.
    source : str, optional
        Name of the input (e.g. the file) used in the error summaries.
    """
    actuals = list(actuals)
    if locations is not None and len(locations) != len(actuals):
        raise InputError(
            f"import_actuals got {len(locations)} locations for {len(actuals)} actuals; "
            "give one location per actual (or none). Nothing was imported."
        )
    where = _Locator(locations)
    what = source or "The actuals"
    problems = _scheme_problems(actuals, store.load_scheme(), where)
    if problems:
        raise DataImportError(f"{what} do not match the project; nothing was imported", problems)
    _refuse_closed(store, actuals, where, what)
    counts: dict[str, int] = store.add_actuals(actuals, actor=actor, replace_existing=replace_existing, reason=reason)
    return counts
