"""Time to execute each guided notebook headless on a fresh copy of the demo project (goal: ≤ 20 s each).

Baseline, same run: a one-cell notebook that only imports ipywidgets and pandas, so the figure
separates kernel start-up from what the step itself costs.

    python benchmarks/notebooks_time.py [--repeat 3] [--out benchmarks/results/notebooks.md]
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import statistics
import tempfile
import time
from pathlib import Path

import nbformat
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
GOAL = 20.0


def _execute(book: nbformat.NotebookNode, env: dict[str, str]) -> float:
    saved = {k: os.environ.get(k) for k in env}
    os.environ.update(env)
    try:
        start = time.perf_counter()
        NotebookClient(
            book, timeout=300, kernel_name="python3", resources={"metadata": {"path": str(NOTEBOOKS)}}
        ).execute()
        return time.perf_counter() - start
    finally:
        for key, value in saved.items():
            if value is None:
                os.environ.pop(key, None)
            else:
                os.environ[key] = value


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--out", type=Path, default=None)
    parser.add_argument("--quick", action="store_true", help="smoke run: the baseline and the first notebook, once")
    parser.add_argument("--data", default=None, help="unused (the notebooks run on the demo project)")
    args = parser.parse_args()
    if args.quick:
        args.repeat, args.out = 1, None

    from kpiguide.design.demo import create_demo_project

    rows = []
    with tempfile.TemporaryDirectory() as tmp:
        template = create_demo_project(Path(tmp) / "template")
        baseline = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell("import ipywidgets, pandas")])
        names = ["baseline (import ipywidgets, pandas)", *sorted(p.name for p in NOTEBOOKS.glob("*.ipynb"))]
        if args.quick:
            names = names[:2]
        for name in names:
            times = []
            for i in range(args.repeat):
                project = Path(tmp) / f"run{i}-{len(rows)}.sqlite"
                project.write_bytes(template.read_bytes())
                env = {"KPIGUIDE_PROJECT": str(project), "KPIGUIDE_HOME": str(Path(tmp) / "home"),
                       "KPIGUIDE_UI_SYNC": "1", "PYTHONPATH": str(ROOT)}  # fmt: skip
                book = baseline if name.startswith("baseline") else nbformat.read(NOTEBOOKS / name, as_version=4)
                times.append(_execute(nbformat.from_dict(book), env))
            rows.append((name, statistics.median(times), max(times)))
    lines = [
        "## Guided notebooks: execution time on the demo project (issue 7)",
        "",
        f"Command: `python benchmarks/notebooks_time.py --repeat {args.repeat}` · {dt.date.today()} · "
        f"{platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()} · headless nbclient, "
        "fresh demo copy per run.",
        "",
        "| notebook | median (s) | max (s) | goal ≤ 20 s |",
        "|---|---|---|---|",
    ]
    for name, median, worst in rows:
        verdict = "—" if name.startswith("baseline") else ("met" if worst <= GOAL else "NOT met")
        lines.append(f"| {name} | {median:.1f} | {worst:.1f} | {verdict} |")
    text = "\n".join(lines) + "\n"
    print(text)
    if args.out:
        args.out.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
