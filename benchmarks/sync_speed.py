"""Sync speed: 1,000,000 source rows aggregated and staged for a period (issue 14).

Goal: the connector sync (read-only query → checks as a file import → data-quality flags →
staged batch) in ≤ 2× a plain ``pandas.read_sql`` + ``DataFrame.to_sql`` baseline of the
same query, measured in the same run, and ≤ 60 s on 2 cores.  The approval (writing the
batch as actuals) is timed too.  SQLite always; PostgreSQL when ``--pg URL`` or
``KPIGUIDE_TEST_PG_URL`` is given.

Run from the repository root::

    python benchmarks/sync_speed.py [--rows 1000000] [--employees 2000] [--pg URL] [--quick]

Data are synthetic (generated from a seed).
"""

from __future__ import annotations

import argparse
import datetime as dt
import io
import os
import platform
import sqlite3
import statistics
import sys
import tempfile
import time
import uuid
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd
import sqlalchemy as sa

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kpiguide.connectors.config import parse_connectors  # noqa: E402
from kpiguide.connectors.staging import approve_batch, sync  # noqa: E402
from kpiguide.core.model import Department, Employee, Kpi, Organization, Role, Scheme, StrategicObjective  # noqa: E402
from kpiguide.project.store import init_project  # noqa: E402

PERIOD = "2026-10"
QUERY = (
    "SELECT emp_id AS employee, SUM(amount) AS value FROM {table} "
    "WHERE day >= :period_start AND day < :period_end GROUP BY emp_id"
)


def source_frame(rows: int, employees: int, seed: int = 14) -> pd.DataFrame:
    """Sales lines: 90 % in the synced month, the rest in the month before (filtered out by the query)."""
    rng = np.random.default_rng(seed)
    in_period = rng.random(rows) < 0.9
    day = np.where(in_period, rng.integers(1, 32, rows), rng.integers(1, 31, rows))
    month = np.where(in_period, 10, 9)
    days = pd.Series([f"2026-{m:02d}-{d:02d}" for m, d in zip(month, day, strict=True)])
    emp = pd.Series(np.char.add("E", rng.integers(0, employees, rows).astype(str)))
    return pd.DataFrame({"day": days, "emp_id": emp, "amount": rng.gamma(2.0, 50.0, rows).round(2)})


def make_project(path: Path, employees: int) -> None:
    scheme = Scheme(
        Organization("Bench"),
        (StrategicObjective("o1", "Grow sales", "financial"),),
        (Department("sales", "Sales", ("o1",)),),
        (Role("rep", "Sales rep", "sales"),),
        (Kpi("sales", "Sales", "rep", "o1", 100, 3000.0, "CNY", "higher", "financial", False, "monthly"),),
        tuple(Employee(f"E{i}", f"Rep {i}", "rep", "sales") for i in range(employees)),
    )
    with init_project(path) as store:
        store.replace_scheme(scheme, actor="bench")


def sqlite_source(folder: Path, frame: pd.DataFrame) -> str:
    path = folder / "erp.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE sales (day TEXT, emp_id TEXT, amount REAL)")
        conn.executemany("INSERT INTO sales VALUES (?, ?, ?)", frame.itertuples(index=False, name=None))
    conn.close()
    return f"sqlite:///{path}"


def pg_source(url: str, frame: pd.DataFrame) -> tuple[str, str]:
    schema = f"bench_{uuid.uuid4().hex[:8]}"
    engine = sa.create_engine(url)
    with engine.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
        conn.exec_driver_sql(f"CREATE TABLE {schema}.sales (day TEXT, emp_id TEXT, amount DOUBLE PRECISION)")
        raw = conn.connection.dbapi_connection
        buffer = io.StringIO()
        frame.to_csv(buffer, index=False, header=False)
        with raw.cursor() as cur, cur.copy(f"COPY {schema}.sales FROM STDIN WITH (FORMAT csv)") as copy:
            copy.write(buffer.getvalue())
    engine.dispose()
    return url, schema


def timed(fn: Callable[[], Any]) -> tuple[float, Any]:
    start = time.perf_counter()
    out = fn()
    return time.perf_counter() - start, out


def baseline(url: str, table: str, out: Path) -> float:
    """What an analyst would write: read the aggregate with pandas and write it to a database."""
    source = sa.create_engine(url)
    target = sa.create_engine(f"sqlite:///{out}")
    params = {"period_start": "2026-10-01", "period_end": "2026-11-01"}

    def run() -> int:
        frame = pd.read_sql(sa.text(QUERY.format(table=table)), source, params=params)
        frame["period"] = PERIOD
        return int(frame.to_sql("staged", target, if_exists="replace", index=False) or 0)

    seconds, _ = timed(run)
    source.dispose()
    target.dispose()
    return seconds


def ours(url: str, table: str, project: Path) -> tuple[float, float, int]:
    from kpiguide.project.store import open_project

    text = f'connectors:\n  - id: erp\n    type: sql\n    url_env: BENCH_URL\n    kpi: sales\n    query: "{QUERY.format(table=table)}"\n'
    config = parse_connectors(text, "bench.yaml")
    with open_project(project) as store:
        stage_s, batches = timed(lambda: sync(store, connectors=config, period=PERIOD, env={"BENCH_URL": url}))
        approve_s, _ = timed(lambda: approve_batch(store, batches[0].id, "bench"))
        return stage_s, approve_s, int(batches[0].counts["staged"])


def run_case(name: str, url: str, table: str, folder: Path, employees: int, repeats: int) -> dict[str, Any]:
    """Median of ``repeats`` alternating runs (baseline, ours), each of ours on a fresh project, so neither
    side is the only one to pay for a cold database cache."""
    base, stage, approve, staged = [], [], [], 0
    for i in range(repeats):
        project = folder / f"project_{name}_{i}.sqlite"
        make_project(project, employees)
        base.append(baseline(url, table, folder / f"baseline_{name}_{i}.sqlite"))
        stage_s, approve_s, staged = ours(url, table, project)
        stage.append(stage_s)
        approve.append(approve_s)
    return {"name": name, "baseline": statistics.median(base), "stage": statistics.median(stage),
            "approve": statistics.median(approve), "rows": staged}  # fmt: skip


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--employees", type=int, default=2000)
    parser.add_argument(
        "--pg", default=os.environ.get("KPIGUIDE_TEST_PG_URL"), help="PostgreSQL URL for the second case"
    )
    parser.add_argument("--quick", action="store_true", help="10,000 rows (smoke run, writes nothing)")
    parser.add_argument("--repeats", type=int, default=3, help="alternating runs per source; the median is reported")
    parser.add_argument("--out", type=Path, default=None, help="also write the section to this Markdown file")
    parser.add_argument("--data", default=None, help="accepted for uniformity with run_all; the data are synthetic")
    args = parser.parse_args()
    rows = 10_000 if args.quick else args.rows
    repeats = 1 if args.quick else args.repeats
    frame = source_frame(rows, args.employees)
    cases = []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        cases.append(run_case("SQLite", sqlite_source(folder, frame), "sales", folder, args.employees, repeats))
        if args.pg:
            url, schema = pg_source(args.pg, frame)
            try:
                cases.append(run_case("PostgreSQL", url, f"{schema}.sales", folder, args.employees, repeats))
            finally:
                engine = sa.create_engine(args.pg)
                with engine.begin() as conn:
                    conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
                engine.dispose()
    command = "python benchmarks/sync_speed.py" + (" --quick" if args.quick else f" --rows {rows}")
    command += f" --employees {args.employees} --repeats {repeats}" + (" --pg URL" if args.pg else "")
    lines = [
        f"### Sync speed (issue 14) — {dt.date.today()}\n",
        f"`{command}` · {rows:,} source rows, {args.employees:,} employees · Python {platform.python_version()}, "
        f"{os.cpu_count()} cores, load average {os.getloadavg()[0]:.1f} at the end\n",
        "| source | baseline read_sql + to_sql (s) | sync: query, checks, flags, stage (s) | ratio | approve (s) "
        "| rows staged | goal ≤ 2× and ≤ 60 s |",
        "|---|---|---|---|---|---|---|",
    ]
    for c in cases:
        ratio = c["stage"] / c["baseline"]
        ok = "met" if ratio <= 2 and c["stage"] <= 60 else "NOT met"
        lines.append(
            f"| {c['name']} | {c['baseline']:.2f} | {c['stage']:.2f} | {ratio:.2f}× | {c['approve']:.2f} "
            f"| {c['rows']:,} | {ok} |"
        )
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out and not args.quick:
        args.out.write_text("## Connectors: sync speed\n\n" + text, encoding="utf-8")


if __name__ == "__main__":
    main()
