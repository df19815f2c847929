"""The one way actuals enter a project: checked against the scheme and the closed periods, written at once.

:func:`kpiguide.data.history.import_actuals` parses a file and hands its rows here;
:func:`kpiguide.evaluation.import_actuals` is this function.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from kpiguide.core.errors import DataImportError, InputError, PeriodClosed, Problem
from kpiguide.core.i18n import Joined, Msg
from kpiguide.core.model import Actual, Scheme
from kpiguide.core.periods import Period
from kpiguide.data.ledger import closed_periods
from kpiguide.project.store import actual_columns

__all__ = ["import_actual_columns", "import_actuals"]


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


_CHECK_ORDER = {"duplicate": 0, "kpi": 1, "subject": 2}


def _scheme_problems(columns: Mapping[str, Sequence[Any]], scheme: Scheme, where: _Locator) -> list[Problem]:
    """Unknown KPIs, employees and departments, KPIs not of the role, duplicates in the batch (column by column)."""
    frame = pd.DataFrame(
        {k: np.asarray(columns[k], dtype=object) for k in ("subject_kind", "subject", "kpi", "period")}
    )
    roles = pd.Series({e.id: e.role for e in scheme.employees}, dtype=object)
    kpi_role = pd.Series({k.id: k.role for k in scheme.kpis}, dtype=object)
    employee = (frame["subject_kind"] == "employee").to_numpy()
    role_of = frame["subject"].map(roles).to_numpy(dtype=object)
    kpi_of = frame["kpi"].map(kpi_role).to_numpy(dtype=object)
    known_kpi = frame["kpi"].isin(kpi_role.index).to_numpy()
    known_employee = frame["subject"].isin(roles.index).to_numpy()
    known_dept = frame["subject"].isin([d.id for d in scheme.departments]).to_numpy()
    keys = ["subject_kind", "subject", "kpi", "period"]
    repeated = frame.duplicated(keys, keep="first").to_numpy()
    found: list[tuple[int, int, Problem]] = []
    if repeated.any():
        first = {tuple(r[1:]): r[0] for r in frame[~repeated].itertuples(name=None)}
        for i in np.flatnonzero(repeated):
            kind, subject, kpi, period = frame.iloc[i]
            row = where(first[(kind, subject, kpi, period)])["row"]
            text = Msg("actuals.duplicate", subject=subject, kpi=kpi, period=period, row=row)
            found.append((int(i), 0, Problem(text, **where(int(i), "period"))))
    for i in np.flatnonzero(~known_kpi):
        text = Msg("actuals.unknown_kpi", kpi=frame["kpi"].iat[i])
        found.append((int(i), 1, Problem(text, **where(int(i), "kpi"))))
    for i in np.flatnonzero(~employee & ~known_dept):
        text = Msg("actuals.unknown_department", department=frame["subject"].iat[i])
        found.append((int(i), 2, Problem(text, **where(int(i), "subject"))))
    for i in np.flatnonzero(employee & ~known_employee):
        text = Msg("actuals.unknown_employee", employee=frame["subject"].iat[i])
        found.append((int(i), 2, Problem(text, **where(int(i), "subject"))))
    wrong = employee & known_employee & known_kpi & (kpi_of != role_of)
    for i in np.flatnonzero(wrong):
        subject, kpi = frame["subject"].iat[i], frame["kpi"].iat[i]
        text = Msg("actuals.not_of_role", kpi=kpi, subject=subject, role=role_of[i])
        found.append((int(i), 2, Problem(text, **where(int(i), "kpi"))))
    found.sort(key=lambda item: (item[0], item[1]))
    return [p for _i, _order, p in found]


def _refuse_closed(store: Any, periods: Sequence[Any], where: _Locator, what: str | Msg) -> None:
    ledger = closed_periods(store)  # read once: a large import has few distinct periods and many rows
    if not ledger:
        return
    codes, distinct = pd.factorize(np.asarray(periods, dtype=object))
    closed: dict[str, list[Any]] = {}
    for code, text in enumerate(distinct):
        period = Period.parse(text)
        cover = next((c for c in ledger if c.start <= period.end and period.start <= c.end), None)
        if cover is not None:
            closed.setdefault(str(cover), []).extend(where(int(i))["row"] for i in np.flatnonzero(codes == code)[:6])
    if not closed:
        return
    parts = []
    for label, found in sorted(closed.items()):
        rows = sorted(found)
        shown = ", ".join(str(r) for r in rows[:5]) + (", …" if len(rows) > 5 else "")
        parts.append(Msg("actuals.closed_period", period=label, rows=shown))
    raise PeriodClosed(Msg("actuals.closed", what=what, periods=Joined(parts, "list.semicolon")))


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
    return import_actual_columns(
        store,
        actual_columns(actuals),
        actor=actor,
        replace_existing=replace_existing,
        reason=reason,
        locations=locations,
        source=source,
    )


def import_actual_columns(
    store: Any,
    columns: Mapping[str, Sequence[Any]],
    *,
    actor: str = "unknown",
    replace_existing: bool = False,
    reason: str = "import",
    locations: Sequence[Mapping[str, Any]] | None = None,
    source: str | None = None,
) -> dict[str, int]:
    """:func:`import_actuals` for actuals given column by column (a large file), checked and written the same way.

    ``columns`` are those of :meth:`kpiguide.project.store.Store.add_actual_columns` (periods as text).
    """
    size = len(columns["subject"])
    if locations is not None and len(locations) != size:
        raise InputError(Msg("actuals.locations", locations=len(locations), size=size))
    where = _Locator(locations)
    what = source or Msg("actuals.the_actuals")
    problems = _scheme_problems(columns, store.load_scheme(), where)
    if problems:
        raise DataImportError(Msg("actuals.mismatch", what=what), problems)
    _refuse_closed(store, columns["period"], where, what)
    counts: dict[str, int] = store.add_actual_columns(
        columns, actor=actor, replace_existing=replace_existing, reason=reason
    )
    return counts
