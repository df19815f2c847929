"""Survey connector: a survey tool's response export (one row per response) → NPS, CSAT or mean score.

Exports from Chinese tools (问卷星, 腾讯问卷: 提交答卷时间, 答题时间 …) and international ones
(Timestamp, Submitted At …) are read as CSV (UTF-8 or GBK) or .xlsx.  Responses are grouped
by the KPI's period (a month for a monthly KPI) and by employee or department:

* ``nps``: % promoters (9–10) − % detractors (0–6) of answers on 0–10;
* ``csat``: share (in %) of the top two answers of a ``scale``-point question (default 5);
* ``mean``: the average answer.

Each value carries its response count.
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path
from typing import Any

from kpiguide.connectors.config import Connector
from kpiguide.connectors.files import newest_file
from kpiguide.connectors.rows import SourceRow
from kpiguide.core.errors import DataImportError, Problem
from kpiguide.core.i18n import t
from kpiguide.core.periods import Period, PeriodKind
from kpiguide.core.spreadsheet import normalize_header
from kpiguide.data.history import read_table

__all__ = ["PERIOD_HEADERS", "fetch_survey", "score_of", "summarise"]

#: Input vocabulary (not user-facing text): the submission-time headers survey tools write.
PERIOD_HEADERS = (
    "提交答卷时间",
    "提交时间",
    "答题时间",
    "填写时间",
    "完成时间",
    "开始答题时间",
    "timestamp",
    "submitted at",
    "submitted_at",
    "submission date",
    "submit date",
    "date submitted",
    "end date",
    "response date",
    "completed at",
)
_NUMBER = re.compile(r"-?\d+(?:\.\d+)?")
_DATE_FORMATS = ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%Y-%m-%d", "%m-%d-%Y %H:%M:%S", "%m-%d-%Y %H:%M", "%m-%d-%Y")


def score_of(value: Any) -> float | None:
    """The answer as a number: ``9``, ``"9"``, ``"9分"``, ``"10 - 极有可能"``; ``None`` when blank or unreadable."""
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, int | float):
        return float(value)
    match = _NUMBER.search(str(value))
    return float(match.group()) if match else None


def _date_of(value: Any) -> dt.date | None:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = re.sub(r"\s+", " ", str(value or "").strip().replace("/", "-").replace("T", " "))
    text = re.sub(r"(\.\d+)?(Z|[+-]\d\d:?\d\d)?$", "", text) if re.match(r"^\d{4}", text) else text
    for fmt in _DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def summarise(measure: str, scores: list[float], scale: int | None = None) -> float:
    """NPS, CSAT (%) or mean of ``scores`` (non-empty)."""
    n = len(scores)
    if measure == "nps":
        promoters = sum(1 for s in scores if s >= 9)
        detractors = sum(1 for s in scores if s <= 6)
        return 100.0 * (promoters - detractors) / n
    if measure == "csat":
        top = (scale or 5) - 1
        return 100.0 * sum(1 for s in scores if s >= top) / n
    return sum(scores) / n


def _column(header: list[Any], wanted: str | None, aliases: tuple[str, ...] = ()) -> int | None:
    names = [normalize_header(h) if h is not None else "" for h in header]
    for candidate in (wanted,) if wanted else aliases:
        key = normalize_header(candidate)
        if key in names:
            return names.index(key)
    return None


def _columns(connector: Connector, header: list[Any], source: str, lang: str) -> dict[str, int | None]:
    cols = {
        "score": _column(header, connector.score_column),
        "period": _column(header, connector.period_column, PERIOD_HEADERS),
        "subject": _column(header, connector.employee_column or connector.department_column)
        if (connector.employee_column or connector.department_column)
        else None,
    }
    wanted = {
        "score": connector.score_column,
        "period": connector.period_column or " / ".join(PERIOD_HEADERS[:3] + PERIOD_HEADERS[6:8]),
        "subject": connector.employee_column or connector.department_column,
    }
    problems = [
        Problem(t("connectors.survey.no_column", lang, column=wanted[role]), file=source, row=1, field=wanted[role])
        for role, col in cols.items()
        if col is None and wanted[role]
    ]
    if problems:
        raise DataImportError(t("connectors.source.failed", lang, id=connector.id), problems)
    return cols


def _valid(measure: str, score: float, scale: int | None) -> bool:
    if measure == "nps":
        return 0 <= score <= 10
    if measure == "csat":
        return 1 <= score <= (scale or 5)
    return True


def fetch_survey(
    connector: Connector,
    period: Period | None,
    *,
    kind: PeriodKind = "month",
    base_dir: str | Path | None = None,
    lang: str = "en",
) -> list[SourceRow]:
    """One row per (period, employee or department) with the measure and the response count."""
    path = newest_file(connector, base_dir, lang)
    source = str(path)
    header, rows, sheet = read_table(path)
    cols = _columns(connector, header, source, lang)
    subject_kind = "employee" if connector.employee_column else "department"
    groups: dict[tuple[str, str], list[float]] = {}
    periods: dict[str, Period] = {}
    problems: list[Problem] = []

    def cell(values: tuple[Any, ...], role: str) -> Any:
        col = cols[role]
        return values[col] if col is not None and col < len(values) else None

    for r in rows:
        day, score = _date_of(cell(r.values, "period")), score_of(cell(r.values, "score"))
        subject = str(cell(r.values, "subject") or "").strip() if cols["subject"] is not None else connector.department
        if day is None:
            field = str(header[cols["period"]]) if cols["period"] is not None else None
            problems.append(
                Problem(t("connectors.survey.bad_date", lang), file=source, sheet=sheet, row=r.row, field=field)
            )
            continue
        if score is None:
            continue  # an unanswered question is not a response to count
        if not _valid(str(connector.measure), score, connector.scale):
            text = t("connectors.survey.out_of_scale", lang, value=score, measure=connector.measure)
            problems.append(Problem(text, file=source, sheet=sheet, row=r.row, field=connector.score_column))
            continue
        if not subject:
            field = connector.employee_column or connector.department_column
            problems.append(
                Problem(t("connectors.survey.no_subject", lang), file=source, sheet=sheet, row=r.row, field=field)
            )
            continue
        p = Period.of_date(day, kind)
        if period is not None and str(p) != str(period):
            continue
        periods.setdefault(str(p), p)
        groups.setdefault((subject, str(p)), []).append(score)
    if problems:
        raise DataImportError(t("connectors.source.failed", lang, id=connector.id), problems)
    return [
        SourceRow(
            connector.id,
            connector.kpi,
            subject_kind,
            subject,
            periods[p],
            round(summarise(str(connector.measure), scores, connector.scale), 4),
            path.name,
            None,
            len(scores),
        )
        for (subject, p), scores in sorted(groups.items(), key=lambda kv: (kv[0][1], kv[0][0]))
    ]
