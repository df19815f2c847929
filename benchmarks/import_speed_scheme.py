"""Scheme import speed: `kpiguide import` of a 50,000-KPI scheme file (YAML and XLSX) into a new project.

Goal (issue 16, item 5): ≤ 20 s on a 2-core machine. Measured next to a baseline in the same run: what a
straightforward script would do with the same file — ``yaml.safe_load`` (the C loader when available) and
one SQLAlchemy Core ``insert`` of the same KPI, role, department and employee rows into a fresh SQLite
file, without validation, reference checks or an audit log. Each import runs in a fresh process (the
command people run), so the peak memory (max RSS) is that of the import alone.

Run from the repository root::

    python benchmarks/import_speed_scheme.py [--kpis 50000] [--out benchmarks/results/import_scheme.md]
    python benchmarks/import_speed_scheme.py --quick      # 2,000 KPIs, nothing written

The scheme is synthetic (generated from a seed, bilingual names); ``--data`` is accepted for uniformity
but unused.
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import platform
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kpiguide.core.model import (  # noqa: E402
    Department,
    Employee,
    Kpi,
    Organization,
    Role,
    Scheme,
    StrategicObjective,
)

PERSPECTIVES = ["financial", "customer", "internal_process", "learning_growth"]
UNITS = ["元", "%", "件", "天", "分"]


def synthetic_scheme(n_kpis: int, seed: int = 16) -> Scheme:
    """A valid scheme with ``n_kpis`` KPIs: 8 KPIs per role, 10 roles per department, 1 employee per role."""
    rng = random.Random(seed)
    objectives = tuple(
        StrategicObjective(f"O{i:02d}", f"战略目标 {i} / strategic objective {i}", PERSPECTIVES[i % 4])
        for i in range(20)
    )
    n_roles = max(1, n_kpis // 8)
    n_departments = max(1, n_roles // 10)
    departments = tuple(
        Department(f"d{d:04d}", f"部门{d} Dept {d}", tuple(f"O{(d + j) % 20:02d}" for j in range(3)))
        for d in range(n_departments)
    )
    roles, kpis, employees = [], [], []
    for r in range(n_roles):
        dept = departments[r % n_departments]
        role = Role(f"r{r:05d}", f"岗位{r} Role {r}", dept.id, (f"负责第{r}项工作", "duty two"))
        roles.append(role)
        for k in range(8):
            if len(kpis) >= n_kpis:
                break
            kpis.append(
                Kpi(
                    id=f"k{len(kpis):06d}",
                    name=f"指标{len(kpis)} KPI {len(kpis)}",
                    role=role.id,
                    objective=dept.objectives[k % 3],
                    weight=12.5,
                    target=round(rng.uniform(10, 10_000), 2),
                    unit=UNITS[k % 5],
                    direction="higher" if k % 4 else "lower",
                    perspective=PERSPECTIVES[k % 4],
                    leading=bool(k % 2),
                    frequency="monthly",
                    data_source="ERP",
                )
            )
        employees.append(Employee(f"E{r:05d}", f"员工{r}", role.id, dept.id))
    return Scheme(Organization("基准公司 Benchmark Co", "retail"), objectives, departments, tuple(roles), tuple(kpis),
                  tuple(employees))  # fmt: skip


# -- the baseline: parse the file and bulk-insert its rows, nothing else -------------------------------


def _flatten(data: dict) -> dict[str, list[dict]]:
    """The rows of a parsed scheme file (nested departments → roles → kpis), as a plain script would."""
    tables: dict[str, list[dict]] = {"objectives": list(data.get("objectives") or []), "departments": [],
                                     "roles": [], "kpis": [], "employees": list(data.get("employees") or [])}  # fmt: skip
    for dept in data.get("departments") or []:
        tables["departments"].append({k: v for k, v in dept.items() if k != "roles"})
        for role in dept.get("roles") or []:
            tables["roles"].append({**{k: v for k, v in role.items() if k != "kpis"}, "department": dept["id"]})
            tables["kpis"] += [{**kpi, "role": role["id"]} for kpi in role.get("kpis") or []]
    return tables


def _baseline_rows(path: Path) -> dict[str, list[dict]]:
    if path.suffix == ".xlsx":
        from openpyxl import load_workbook

        book = load_workbook(path, read_only=True, data_only=True)
        tables = {}
        for sheet in book.worksheets:
            rows = sheet.iter_rows(values_only=True)
            header = [str(h) for h in next(rows)]
            tables[sheet.title] = [dict(zip(header, r, strict=False)) for r in rows]
        return tables
    text = path.read_text(encoding="utf-8")
    if path.suffix == ".json":
        return _flatten(json.loads(text))
    import yaml

    return _flatten(yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader)))


def baseline(path: Path, db: Path) -> int:
    """Parse ``path`` and insert its rows into SQLite with one SQLAlchemy Core insert per table (one transaction)."""
    import sqlalchemy as sa

    tables = _baseline_rows(path)
    engine = sa.create_engine(f"sqlite:///{db}")
    meta = sa.MetaData()
    count = 0
    with engine.begin() as conn:
        for name, rows in tables.items():
            if not rows:
                continue
            columns = sorted({k for r in rows for k in r})
            table = sa.Table(name, meta, *(sa.Column(c, sa.Text) for c in columns))
            table.create(conn)
            conn.execute(table.insert(), [{c: _text(r.get(c)) for c in columns} for r in rows])
            count += len(rows)
    return count


def _text(value: object) -> object:
    return json.dumps(value, ensure_ascii=False) if isinstance(value, list | dict) else value


# -- measuring -------------------------------------------------------------------------------------------


def _timed(cmd: list[str]) -> tuple[float, float, str]:
    """Run ``cmd``; return (seconds, peak memory (max RSS) MB of that process alone, stdout)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    with tempfile.TemporaryFile("w+") as out, tempfile.TemporaryFile("w+") as err:
        start = time.perf_counter()
        proc = subprocess.Popen(cmd, cwd=ROOT, env=env, stdout=out, stderr=err, text=True)
        _, status, usage = os.wait4(proc.pid, 0)
        seconds = time.perf_counter() - start
        proc.returncode = os.waitstatus_to_exitcode(status)
        out.seek(0)
        err.seek(0)
        if proc.returncode != 0:
            raise SystemExit(f"{' '.join(cmd)} failed ({proc.returncode}):\n{err.read()[-2000:]}")
        return seconds, usage.ru_maxrss / 1024, out.read()


def measure(path: Path, work: Path) -> dict[str, object]:
    """`kpiguide import` of ``path`` into a new project, and the baseline, each in a fresh process."""
    project = work / f"p_{path.suffix[1:]}.sqlite"
    subprocess.check_call([sys.executable, "-m", "kpiguide", "init", str(project)], cwd=ROOT,
                          stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)  # fmt: skip
    ours, ours_mb, out = _timed(
        [sys.executable, "-m", "kpiguide", "import", str(project), str(path), "--format", "json"]
    )
    created = json.loads(out)["created"]
    db = work / f"b_{path.suffix[1:]}.sqlite"
    base, base_mb, _ = _timed([sys.executable, __file__, "--baseline", str(path), str(db)])
    return {"format": path.suffix[1:].upper(), "mb": path.stat().st_size / 1e6, "created": created,
            "ours": ours, "ours_mb": ours_mb, "base": base, "base_mb": base_mb}  # fmt: skip


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--kpis", type=int, default=50_000)
    parser.add_argument("--formats", nargs="*", default=["yaml", "json", "xlsx"], choices=["yaml", "json", "xlsx"])
    parser.add_argument("--data", default=None, help="unused (synthetic data); accepted for uniformity")
    parser.add_argument("--quick", action="store_true", help="2,000 KPIs, nothing written")
    parser.add_argument("--out", type=Path, default=None, help="write the Markdown section here")
    parser.add_argument("--baseline", nargs=2, metavar=("FILE", "DB"), help=argparse.SUPPRESS)
    parser.add_argument("--generate", nargs=2, metavar=("KPIS", "DIR"), help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.baseline:
        print(baseline(Path(args.baseline[0]), Path(args.baseline[1])))
        return 0
    if args.generate:
        from kpiguide.scheme.files import dump_scheme

        scheme = synthetic_scheme(int(args.generate[0]))
        for fmt in args.formats:
            dump_scheme(scheme, Path(args.generate[1]) / f"scheme.{fmt}")
        print(len(scheme.roles), len(scheme.employees))
        return 0
    n = 2_000 if args.quick else args.kpis
    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        # the files are written by a child process: a child forked from a parent that held the scheme would
        # start with the parent's memory, and its max RSS would measure the parent
        generate = [sys.executable, __file__, "--generate", str(n), tmp, "--formats", *args.formats]
        n_roles, n_employees = map(int, subprocess.check_output(generate, cwd=ROOT, text=True).split())
        for fmt in args.formats:
            rows.append(measure(work / f"scheme.{fmt}", work))
    lines = [
        f"## Scheme import ({n:,} KPIs, {n_roles:,} roles, {n_employees:,} employees)",
        "",
        f"`python benchmarks/import_speed_scheme.py --kpis {n}`{' --quick' if args.quick else ''} — "
        f"{dt.date.today()}, {platform.machine()}, {os.cpu_count()} CPUs, load average "
        f"{os.getloadavg()[0]:.1f} at the end, Python {platform.python_version()}. Each import in a fresh process "
        "into a new project; peak memory is the max RSS of that process. Baseline: the same file parsed by `yaml.load(CSafeLoader)` / `json.loads` / openpyxl "
        "read-only, and its rows inserted with one SQLAlchemy Core insert per table — no validation, no reference "
        "checks, no audit log.",
        "",
        "| file | size MB | rows created | `kpiguide import` s | baseline s | ratio | peak MB (ours / baseline) |",
        "|---|---:|---:|---:|---:|---:|---:|",
    ]
    for r in rows:
        lines.append(
            f"| {r['format']} | {r['mb']:.1f} | {r['created']:,} | {r['ours']:.1f} | {r['base']:.1f} | "
            f"{r['ours'] / r['base']:.2f} | {r['ours_mb']:.0f} / {r['base_mb']:.0f} |"
        )
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out and not args.quick:
        args.out.parent.mkdir(parents=True, exist_ok=True)
        args.out.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
