from __future__ import annotations

import hashlib
import sqlite3
from pathlib import Path

import pytest

from kpiguide.connectors.config import parse_connectors
from kpiguide.connectors.demo_sources import write_demo_sources
from kpiguide.project.store import open_project

PERIOD = "2026-10"


def fingerprint(project: Path) -> str:
    """Hash of the project's bytes (the store must be closed) — 'the project is unchanged'."""
    for suffix in ("-wal", "-shm"):
        assert not Path(f"{project}{suffix}").exists() or Path(f"{project}{suffix}").stat().st_size == 0
    return hashlib.sha256(project.read_bytes()).hexdigest()


def make_erp(path: Path, rows: list[tuple[str, str, float]]) -> Path:
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE sales (day TEXT, emp_id TEXT, amount REAL)")
        conn.executemany("INSERT INTO sales VALUES (?, ?, ?)", rows)
    conn.close()
    return path


def sql_connectors(query: str, *, extra: str = "", env: str = "ERP_DB_URL", kpi: str = "sa_sales"):
    text = f"""connectors:
  - id: erp_sales
    type: sql
    url_env: {env}
    kpi: {kpi}
    query: "{query}"
{extra}"""
    return parse_connectors(text, "connectors.yaml")


SUM_QUERY = (
    "SELECT emp_id AS employee, SUM(amount) AS value FROM sales "
    "WHERE day >= :period_start AND day < :period_end GROUP BY emp_id"
)


@pytest.fixture
def erp(tmp_path) -> Path:
    rows = [("2026-10-01", "E001", 100.0), ("2026-10-15", "E001", 50.0), ("2026-10-31", "E002", 70.0)]
    rows += [("2026-09-30", "E001", 999.0), ("2026-11-01", "E002", 999.0)]  # outside the period
    return make_erp(tmp_path / "erp.sqlite", rows)


@pytest.fixture
def demo_sources(demo_project, tmp_path):
    with open_project(demo_project) as store:
        scheme = store.load_scheme()
    return write_demo_sources(scheme, tmp_path / "sources", PERIOD)
