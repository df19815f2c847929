"""Offline data sources for the demo's "connect your data" step.

:func:`write_demo_sources` builds, deterministically from a scheme's KPIs and employees,

* ``erp.sqlite`` — a small "ERP" database: ``sales(day, emp_id, amount)`` for the store
  associates' ``sa_sales`` and ``tickets(opened_at, agent, ticket_no, first_reply_s)`` for the
  service agents' ``cs_first_response`` (mean seconds to the first human reply);
* ``exports/survey_<period>.csv`` — a survey tool's response export (GBK, Chinese headers as
  问卷星 writes them) for the agents' ``cs_csat`` (5-point scale, top-two share);
* ``connectors.yaml`` — the three connectors, reading the database URL from
  ``KPIGUIDE_DEMO_ERP_URL``.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import sqlite3
from dataclasses import dataclass
from pathlib import Path

import numpy as np

from kpiguide.core.model import Scheme
from kpiguide.core.periods import Period

__all__ = ["DEMO_ERP_ENV", "DemoSources", "write_demo_sources"]

DEMO_ERP_ENV = "KPIGUIDE_DEMO_ERP_URL"

#: Input vocabulary: the headers a Chinese survey tool (问卷星) writes in its export.
_SURVEY_HEADER = ("序号", "提交答卷时间", "所用时间", "来源", "客服工号", "满意度评分", "推荐意愿")

_CONNECTORS_YAML = """\
# Demo connectors: the ERP database (read-only) and the customer-survey export.
# The database URL is read from the environment variable {env}.
connectors:
  - id: erp_sales
    type: sql
    url_env: {env}
    kpi: sa_sales
    query: >
      SELECT emp_id AS employee, SUM(amount) AS value FROM sales
      WHERE day >= :period_start AND day < :period_end GROUP BY emp_id
    mode: replace
  - id: erp_tickets
    type: sql
    url_env: {env}
    kpi: cs_first_response
    query: >
      SELECT agent AS employee, first_reply_s AS value FROM tickets
      WHERE opened_at >= :period_start AND opened_at < :period_end
    aggregate: mean
    mode: replace
  - id: csat_survey
    type: survey
    path: exports/survey_*.csv
    kpi: cs_csat
    measure: csat
    scale: 5
    score_column: {score}
    employee_column: {agent}
    period_column: {submitted}
    mode: replace
"""


@dataclass(frozen=True)
class DemoSources:
    directory: Path
    erp: Path
    survey: Path
    connectors: Path
    env: dict[str, str]


def _employees(scheme: Scheme, role: str) -> list[str]:
    return [e.id for e in scheme.employees if e.role == role]


def _target(scheme: Scheme, kpi_id: str, default: float) -> float:
    kpi = next((k for k in scheme.kpis if k.id == kpi_id), None)
    return float(kpi.target) if kpi is not None and kpi.target is not None else default


def _days(period: Period) -> list[dt.date]:
    return [period.start + dt.timedelta(days=i) for i in range(period.days)]


def _write_erp(path: Path, scheme: Scheme, period: Period, rng: np.random.Generator) -> None:
    path.unlink(missing_ok=True)
    sales, tickets = [], []
    days = _days(period.shift(-1)) + _days(period)  # the month before too, so the query must filter
    per_day = _target(scheme, "sa_sales", 180000.0) / 30.0
    for emp in _employees(scheme, "store_associate"):
        skill = float(rng.normal(1.0, 0.12))
        sales += [(d.isoformat(), emp, round(per_day * skill * float(rng.uniform(0.6, 1.4)), 2)) for d in days]
    reply = _target(scheme, "cs_first_response", 30.0)
    number = 0
    for agent in _employees(scheme, "cs_agent"):
        pace = float(rng.uniform(0.8, 1.25))
        for d in days:
            for _ in range(int(rng.poisson(30))):
                number += 1
                seconds = round(float(rng.gamma(4.0, reply * pace / 4.0)), 1)
                tickets.append((f"{d.isoformat()} {int(rng.integers(8, 22)):02d}:00", agent, f"T{number:07d}", seconds))
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE sales (day TEXT NOT NULL, emp_id TEXT NOT NULL, amount REAL NOT NULL)")
        conn.execute(
            "CREATE TABLE tickets (opened_at TEXT NOT NULL, agent TEXT NOT NULL, ticket_no TEXT PRIMARY KEY,"
            " first_reply_s REAL NOT NULL)"
        )
        conn.executemany("INSERT INTO sales VALUES (?, ?, ?)", sales)
        conn.executemany("INSERT INTO tickets VALUES (?, ?, ?, ?)", tickets)
    conn.close()


def _write_survey(path: Path, scheme: Scheme, period: Period, rng: np.random.Generator) -> None:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\r\n")
    writer.writerow(_SURVEY_HEADER)
    number = 0
    for agent in _employees(scheme, "cs_agent"):
        lean = float(rng.uniform(0.0, 0.5))
        for _ in range(int(rng.integers(25, 45))):
            number += 1
            day = period.start + dt.timedelta(days=int(rng.integers(0, period.days)))
            stamp = f"{day:%Y/%m/%d} {int(rng.integers(8, 23)):02d}:{int(rng.integers(0, 60)):02d}:00"
            csat = int(np.clip(round(rng.normal(4.4 - lean, 0.7)), 1, 5))
            nps = int(np.clip(round(rng.normal(8.3 - lean, 1.5)), 0, 10))
            writer.writerow((number, stamp, int(rng.integers(40, 300)), "wechat", agent, csat, nps))
    path.write_bytes(buffer.getvalue().encode("gbk"))


def write_demo_sources(scheme: Scheme, directory: str | Path, period: Period | str, *, seed: int = 2026) -> DemoSources:
    """Write the demo ERP database, survey export and connectors file for ``period`` into ``directory``."""
    period = Period.parse(period, "month")
    folder = Path(directory)
    (folder / "exports").mkdir(parents=True, exist_ok=True)
    rng = np.random.default_rng(seed)
    erp = folder / "erp.sqlite"
    _write_erp(erp, scheme, period, rng)
    survey = folder / "exports" / f"survey_{period}.csv"
    _write_survey(survey, scheme, period, rng)
    connectors = folder / "connectors.yaml"
    text = _CONNECTORS_YAML.format(
        env=DEMO_ERP_ENV, score=_SURVEY_HEADER[5], agent=_SURVEY_HEADER[4], submitted=_SURVEY_HEADER[1]
    )
    connectors.write_text(text, encoding="utf-8")
    return DemoSources(folder, erp, survey, connectors, {DEMO_ERP_ENV: f"sqlite:///{erp.resolve()}"})
