"""Import speed of large history and actuals files (issue 16, item 5): the history section.

Goal: a history / actuals CSV of 1,000,000 rows read (``read_history``) and imported into a
project (``kpiguide.data.history.import_actuals``: parsed, checked against the scheme, written in
one transaction) in ≤ 15 s and ≤ 800 MB peak memory on a 2-core machine.

Baseline, measured in the same run on the same file: what a plain script would do — ``pandas.read_csv``
(no number or period reading beyond pandas' own, no checks) and one bulk ``executemany`` of the
same rows into a SQLite table in one transaction.

Each measurement runs in its own child process, so its peak resident memory (``ru_maxrss``, which
includes the interpreter and the imported libraries) is its own.  Data are generated from a seed:
realistic Chinese headers (部门, 工号, 指标, 期间, 实际值, 备注), period spellings mixed the way exports
mix them (2026-01, 2026年1月, 2026/01), numbers with thousands separators and a few percentages.

Run from the repository root::

    python benchmarks/import_speed.py [--rows 1000000] [--out benchmarks/results/import.md]
    python benchmarks/import_speed.py --quick          # 20,000 rows, writes nothing

``--data`` is accepted for uniformity with the other scripts and unused (the data are synthetic).
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

KPIS = ("sales", "margin", "visits", "nps")
MONTHS_PER_EMPLOYEE = 50
GOAL_SECONDS, GOAL_MB = 15.0, 800.0


def generate(path: Path, rows: int, seed: int = 16) -> int:
    """Write a tidy actuals CSV of ``rows`` rows; return the number of employees it names."""
    rng = np.random.default_rng(seed)
    per_employee = len(KPIS) * MONTHS_PER_EMPLOYEE
    employees = max(1, -(-rows // per_employee))
    months = [(2022 + m // 12, m % 12 + 1) for m in range(MONTHS_PER_EMPLOYEE)]
    spellings = [
        [f"{y}-{m:02d}" for y, m in months],
        [f"{y}年{m}月" for y, m in months],
        [f"{y}/{m:02d}" for y, m in months],
    ]
    with path.open("w", encoding="utf-8", newline="") as out:
        out.write("部门,工号,指标,期间,实际值,备注\n")
        written = 0
        for e in range(employees):
            style = spellings[e % 3]
            values = rng.gamma(4.0, 2500.0, per_employee)
            lines = []
            for k, kpi in enumerate(KPIS):
                for m in range(MONTHS_PER_EMPLOYEE):
                    if written >= rows:
                        break
                    v = values[k * MONTHS_PER_EMPLOYEE + m]
                    if kpi == "margin":
                        text = f"{v / 500:.1f}%"
                    elif kpi == "sales" and v >= 1000:
                        text = f'"{v:,.2f}"'
                    else:
                        text = f"{v:.2f}"
                    note = "补录" if (e + m) % 97 == 0 else ""
                    lines.append(f"D{e % 40:02d},E{e:06d},{kpi},{style[m]},{text},{note}\n")
                    written += 1
            out.writelines(lines)
    return employees


def make_project(path: Path, employees: int) -> None:
    from kpiguide.core.model import Department, Employee, Kpi, Organization, Role, Scheme
    from kpiguide.project.store import init_project

    depts = tuple(Department(f"D{d:02d}", f"Dept {d}") for d in range(40))
    roles = (Role("rep", "Sales rep", "D00"),)
    kpis = tuple(Kpi(k, k, "rep", None, 25.0, 100.0, "", "higher", "financial", False, "monthly") for k in KPIS)
    staff = tuple(Employee(f"E{e:06d}", f"Employee {e}", "rep", f"D{e % 40:02d}") for e in range(employees))
    with init_project(path, name="bench") as store:
        store.replace_scheme(Scheme(Organization("bench"), (), depts, roles, kpis, staff), actor="bench")


def _peak_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024.0


def child(task: str, csv_path: str, project: str) -> dict:
    """One measurement, in this (child) process."""
    start = time.perf_counter()
    if task == "baseline":
        import sqlite3

        import pandas as pd

        frame = pd.read_csv(csv_path)
        conn = sqlite3.connect(project)
        conn.execute("CREATE TABLE IF NOT EXISTS plain (dept TEXT, employee TEXT, kpi TEXT, period TEXT, value TEXT)")
        with conn:
            conn.executemany(
                "INSERT INTO plain VALUES (?, ?, ?, ?, ?)",
                frame.iloc[:, :5].astype(str).itertuples(index=False, name=None),
            )
        conn.close()
        rows = len(frame)
    elif task == "read_history":
        from kpiguide.data.history import read_history

        rows = len(read_history(csv_path).frame)
    else:
        from kpiguide.data.history import import_actuals
        from kpiguide.project.store import open_project

        with open_project(project) as store:
            rows = import_actuals(store, csv_path, actor="bench")["inserted"]
    return {"task": task, "rows": rows, "seconds": time.perf_counter() - start, "peak_mb": _peak_mb()}


def measure(task: str, csv_path: Path, project: Path) -> dict:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    out = subprocess.run(
        [sys.executable, __file__, "--child", task, str(csv_path), str(project)],
        capture_output=True,
        text=True,
        env=env,
        check=False,
    )
    if out.returncode != 0:
        raise SystemExit(f"{task} failed:\n{out.stderr[-3000:]}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def report(results: list[dict], rows: int, command: str, load: tuple[float, float] = (0.0, 0.0)) -> str:
    lines = [
        "## Import speed: large history and actuals files",
        "",
        f"Command: `{command}` — {rows:,} rows, {platform.python_version()} on {os.cpu_count()} cores. "
        f"Goal (issue 16): ≤ {GOAL_SECONDS:g} s and ≤ {GOAL_MB:g} MB for 1,000,000 rows. "
        "Peak memory is the child process's maximum resident set (interpreter and libraries included). "
        f"1-min load average {load[0]:.1f} before, {load[1]:.1f} after (the machine is shared).",
        "",
        "| step | rows | seconds | peak MB | meets goal |",
        "|---|---:|---:|---:|---|",
    ]
    for r in results:
        goal = (
            ""
            if r["task"] == "baseline"
            else ("yes" if r["seconds"] <= GOAL_SECONDS and r["peak_mb"] <= GOAL_MB else "no")
        )
        lines.append(f"| {r['label']} | {r['rows']:,} | {r['seconds']:.1f} | {r['peak_mb']:.0f} | {goal} |")
    lines += [
        "",
        "The baseline reads the file with plain `pandas.read_csv` (no number or period reading, no checks) and "
        "bulk-inserts the same rows into SQLite in one transaction; `read_history` reads every number and period "
        "spelling and locates every bad cell; `import_actuals` also resolves names, checks every row against the "
        "scheme and closed periods and writes in one transaction with an audit entry.",
    ]
    return "\n".join(lines) + "\n"


LABELS = {
    "baseline": "baseline: pandas.read_csv + bulk insert",
    "read_history": "kpiguide read_history",
    "import_actuals": "kpiguide import_actuals (read, check, write)",
}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None, help="unused (synthetic data)")
    parser.add_argument("--rows", type=int, default=1_000_000)
    parser.add_argument("--quick", action="store_true", help="20,000 rows, nothing written")
    parser.add_argument("--out", default="benchmarks/results/import.md")
    parser.add_argument("--child", nargs=3, metavar=("TASK", "CSV", "PROJECT"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.child:
        print(json.dumps(child(*args.child)))
        return 0
    rows = 20_000 if args.quick else args.rows
    load_before = os.getloadavg()[0]
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        csv_path = folder / "actuals.csv"
        employees = generate(csv_path, rows)
        results = []
        for task in ("baseline", "read_history", "import_actuals"):
            project = folder / f"{task}.sqlite"
            if task == "import_actuals":
                make_project(project, employees)
            result = {**measure(task, csv_path, project), "label": LABELS[task]}
            print(
                f"{result['label']}: {result['rows']:,} rows in {result['seconds']:.1f} s, peak {result['peak_mb']:.0f} MB"
            )
            results.append(result)
    command = "python benchmarks/import_speed.py" + ("" if rows == 1_000_000 else f" --rows {rows}")
    text = report(results, rows, command, (load_before, os.getloadavg()[0]))
    print(text)
    if not args.quick and args.out:
        Path(args.out).write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
