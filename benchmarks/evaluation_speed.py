"""Evaluation speed: score 100,000 employees × 8 KPIs for one quarter, and render 1,000 HTML reports.

Goal (issue 6): scoring in ≤ 5 s on a 2-core machine, with the ratio to a plain pandas
baseline of the same computation measured in the same run.  The baseline is what a
straightforward analyst would write: merge, ``groupby().agg`` per employee × KPI, a
row-wise ``apply`` for achievement and score, ``groupby().apply`` for the totals.

Run from the repository root::

    python benchmarks/evaluation_speed.py [--employees 100000] [--reports 1000] [--out benchmarks/results/evaluation.md]

Data are synthetic (generated from a seed); no external data is needed, so ``--data`` is accepted
for uniformity but unused.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import sys
import tempfile
import time
from pathlib import Path

import numpy as np
import pandas as pd

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from kpiguide.core.model import Period  # noqa: E402
from kpiguide.evaluation import load_rules, score_frames  # noqa: E402

UNITS = ["CNY", "%", "%", "people", "days", "%", "points", "tickets"]
DIRECTIONS = ["higher", "higher", "higher", "higher", "lower", "higher", "higher", "range"]


def synthetic(n_employees: int, seed: int = 7) -> tuple[pd.DataFrame, pd.DataFrame, pd.DataFrame]:
    rng = np.random.default_rng(seed)
    n_roles = 50
    roles = [f"role{r:02d}" for r in range(n_roles)]
    kpi_rows = []
    for role in roles:
        weights = rng.dirichlet(np.ones(8)) * 100
        weights = np.round(weights, 1)
        weights[-1] = round(100 - weights[:-1].sum(), 1)
        for j in range(8):
            target = float(rng.uniform(10, 1000))
            low, high = (target * 0.95, target * 1.05) if DIRECTIONS[j] == "range" else (np.nan, np.nan)
            rule = "range" if DIRECTIONS[j] == "range" else "linear"
            kpi_rows.append(
                (f"{role}_k{j}", role, weights[j], target, UNITS[j], DIRECTIONS[j], rule, low, high, "monthly", "")
            )
    kpis = pd.DataFrame(
        kpi_rows,
        columns=["kpi", "role", "weight", "target", "unit", "direction", "rule", "low", "high", "frequency", "formula"],
    )
    emp_ids = np.char.add("E", np.arange(n_employees).astype(str))
    emp_roles = np.array(roles)[rng.integers(0, n_roles, n_employees)]
    employees = pd.DataFrame(
        {
            "employee": emp_ids,
            "name": emp_ids,
            "role": emp_roles,
            "department": np.char.add("d", (rng.integers(0, 20, n_employees)).astype(str)),
            "manager": None,
        }
    )
    pairs = employees[["employee", "role"]].merge(kpis[["kpi", "role", "target"]], on="role")
    months = ["2026-07", "2026-08", "2026-09"]
    n = len(pairs)
    actuals = pd.DataFrame(
        {
            "subject": np.repeat(pairs["employee"].to_numpy(), 3),
            "kpi": np.repeat(pairs["kpi"].to_numpy(), 3),
            "period": np.tile(months, n),
            "value": np.repeat(pairs["target"].to_numpy(), 3) * rng.normal(1.0, 0.15, 3 * n),
        }
    )
    return employees, kpis, actuals


def baseline(employees: pd.DataFrame, kpis: pd.DataFrame, actuals: pd.DataFrame, rules) -> pd.Series:
    """The same scoring, written the obvious pandas way (no skips bookkeeping, no adjustments)."""
    kp = kpis.copy()
    kp["agg"] = [rules.aggregation_for(u, f) for u, f in zip(kp["unit"], kp["formula"], strict=True)]
    df = actuals.merge(employees[["employee", "role"]], left_on="subject", right_on="employee").merge(
        kp, on=["kpi", "role"]
    )
    rows = df.groupby(["employee", "kpi"]).agg(
        total=("value", "sum"), mean=("value", "mean"), months=("value", "count"), first=("agg", "first")
    )
    rows = rows.reset_index().merge(kp, on="kpi")

    def score(r: pd.Series) -> float:
        sumlike = r["first"] == "sum"
        actual = r["total"] if sumlike else r["mean"]
        target = r["target"] * (r["months"] if sumlike else 1)
        if r["direction"] == "range":
            low, high = r["low"] * (r["months"] if sumlike else 1), r["high"] * (r["months"] if sumlike else 1)
            if low <= actual <= high:
                return 100.0
            dist = low - actual if actual < low else actual - high
            return max(0.0, min(100.0, (1 - dist / (0.1 * target)) * 100))
        ach = actual / target if r["direction"] == "higher" else 2 - actual / target
        return max(0.0, min(120.0, ach * 100))

    rows["score"] = rows.apply(score, axis=1)
    return rows.groupby("employee").apply(
        lambda g: (g["score"] * g["weight"]).sum() / g["weight"].sum(), include_groups=False
    )


def bench_scoring(n_employees: int, skip_baseline: bool) -> dict:
    employees, kpis, actuals = synthetic(n_employees)
    rules = load_rules()
    period = Period.parse("2026Q3")
    times = []
    for _ in range(3):
        t0 = time.perf_counter()
        result = score_frames(employees, kpis, actuals, period, rules=rules)
        times.append(time.perf_counter() - t0)
    out = {"rows": len(actuals), "items": len(result.items), "ours": min(times), "ours_all": times}
    if not skip_baseline:
        t0 = time.perf_counter()
        base = baseline(employees, kpis, actuals, rules)
        out["baseline"] = time.perf_counter() - t0
        ours = result.employees.set_index("employee")["score"]
        out["max_diff"] = float((ours.loc[base.index] - base).abs().max())
    return out


def bench_reports(n_reports: int) -> dict:
    from kpiguide.design.demo import create_demo_project
    from kpiguide.evaluation import evaluate
    from kpiguide.feedback import employee_context, render
    from kpiguide.project.store import open_project

    with tempfile.TemporaryDirectory() as tmp:
        path = create_demo_project(tmp, lang="zh")
        with open_project(path) as store:
            result = evaluate(store, "2026Q3")
            scheme = store.load_scheme()
            actuals = store.actuals_frame()
            ids = list(result.employees["employee"])
            out_dir = Path(tmp) / "reports"
            out_dir.mkdir()
            sizes = []
            t0 = time.perf_counter()
            for i in range(n_reports):
                emp = ids[i % len(ids)]
                ctx = employee_context(
                    store, result, emp, lang="zh", scheme=scheme, actuals=actuals, indicator_lookup=None, assess=None
                )
                html = render(ctx, "employee", "html")
                target = out_dir / f"{i}.html"
                target.write_text(html, encoding="utf-8")
                sizes.append(target.stat().st_size)
            elapsed = time.perf_counter() - t0
    return {
        "n": n_reports,
        "seconds": elapsed,
        "per_report_ms": 1000 * elapsed / n_reports,
        "mean_kb": np.mean(sizes) / 1024,
        "max_kb": max(sizes) / 1024,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--employees", type=int, default=100_000)
    parser.add_argument("--reports", type=int, default=1000)
    parser.add_argument("--skip-baseline", action="store_true")
    parser.add_argument(
        "--data", default=os.environ.get("KPIGUIDE_EXTERNAL_DATA", str(ROOT.parent / "shared/data/external"))
    )
    parser.add_argument("--out", default=None, help="Also write the Markdown section to this file.")
    parser.add_argument("--quick", action="store_true", help="smoke run: 500 employees, 3 reports; writes nothing")
    args = parser.parse_args()
    if args.quick:
        args.employees, args.reports, args.out = 500, 3, None
    s = bench_scoring(args.employees, args.skip_baseline)
    r = bench_reports(args.reports)
    lines = [
        "## Evaluation (issue 6)",
        "",
        f"Command: `python benchmarks/evaluation_speed.py --employees {args.employees} --reports {args.reports}`  ",
        f"Date: {dt.date.today().isoformat()} · Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, pandas {pd.__version__}",
        "",
        f"**Scoring** {args.employees:,} employees × 8 KPIs, quarter from {s['rows']:,} monthly actuals ({s['items']:,} items; synthetic, seed 7):",
        "",
        "| | seconds | goal |",
        "|---|---:|---|",
        f"| `score_frames` (best of 3: {', '.join(f'{x:.2f}' for x in s['ours_all'])}) | {s['ours']:.2f} | ≤ 5 s |",
    ]
    if "baseline" in s:
        lines += [
            f"| plain pandas baseline (merge + groupby.agg + row-wise apply + groupby.apply), 1 run | {s['baseline']:.2f} | |",
            "",
            f"Speed-up over the baseline: **{s['baseline'] / s['ours']:.1f}×**; largest difference in total scores between the two: {s['max_diff']:.2e}.",
        ]
    lines += [
        "",
        f"**Rendering** {r['n']:,} individual HTML reports (demo project, Chinese, 37 employees cycled; catalog and achievability engines not injected):",
        "",
        f"- total {r['seconds']:.1f} s, **{r['per_report_ms']:.0f} ms per report** (context + Jinja2 render + write)",
        f"- size per report: mean {r['mean_kb']:.1f} KiB, max {r['max_kb']:.1f} KiB (self-contained: inline CSS and SVG)",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    if args.out:
        Path(args.out).write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
