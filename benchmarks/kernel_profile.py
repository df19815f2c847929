"""What one app visit costs a kernel, step by step: seconds and RSS growth, and the heavy modules each step imports.

Each app runs in a fresh Python process (as a Voila kernel would, without the kernel machinery):
the bare page's imports (ipywidgets, pandas, plotly), ``import kpiguide.ui.apps``, the warm-up
steps of :mod:`kpiguide.server.warm` one by one (catalog, role library, tokenizer, suggester,
linker, from the artifact cache), then the app itself built for a demo invite read as a page reads it (from
``QUERY_STRING`` in the environment, as Voila starts a kernel for one page), and the page's background work
(threads named ``kpiguide*``) waited for.  Run twice: with the
artifact cache (built first) and with ``KPIGUIDE_CACHE_DIR=off`` (every kernel builds everything,
as before the cache).

Usage: ``python -m benchmarks.kernel_profile [--quick] [--out benchmarks/results/kernel_profile.md]``
(``--data`` accepted for uniformity and ignored).
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
HEAVY = (
    "sklearn",
    "scipy.stats",
    "statsmodels",
    "jsonschema",
    "jieba",
    "sqlalchemy",
    "openpyxl",
    "jinja2",
    "opencc",
    "voila",
    "scipy",
)
APPS = {
    "kpi_designer": ("head", {"department": "sales"}),
    "leadership_dashboard": ("leadership", {}),
    "my_kpis": ("employee", {"employee": "E001"}),
}

CHILD = r"""
import json, sys, time, importlib
import psutil
proc = psutil.Process()
app, project, query, steps = sys.argv[1], sys.argv[2], sys.argv[3], sys.argv[4].split(",")
heavy = HEAVY
rows = []
def rss():
    return proc.memory_info().rss / 2**20
def step(name, fn):
    before = set(sys.modules)
    t, r = time.perf_counter(), rss()
    fn()
    new = sorted({m for m in heavy if m in sys.modules and m not in before})
    rows.append([name, time.perf_counter() - t, rss() - r, rss(), new])
rows.append(["python started", 0.0, 0.0, rss(), []])
step("bare page imports (ipywidgets, pandas, plotly)", lambda: [importlib.import_module(m) for m in ("ipywidgets", "pandas", "plotly.express")])
step("import kpiguide.ui.apps", lambda: importlib.import_module("kpiguide.ui.apps"))
step("import the engines (kpiguide.suggest.cache)", lambda: importlib.import_module("kpiguide.suggest.cache"))
from kpiguide.suggest.cache import STEPS
for name in steps:
    if name:
        step("warm: " + name, STEPS[name])
from kpiguide.ui import apps
import os, threading
os.environ["QUERY_STRING"] = query  # as Voila gives a kernel started for one page; the app reads it itself
step("build the app for the invite", lambda: getattr(apps, app)(project=project))
def background():
    for thread in threading.enumerate():
        if thread.name.startswith("kpiguide"):
            thread.join(300)
step("the page's background work (checks, statuses) finished", background)
print(json.dumps(rows))
"""


def profile(app: str, project: Path, token: str, steps: tuple[str, ...], env: dict[str, str]) -> list[list]:
    code = f"HEAVY = {HEAVY!r}\n" + CHILD
    out = subprocess.run(
        [sys.executable, "-c", code, app, str(project), f"invite={token}", ",".join(steps)],
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default=None, help="unused (no external data)")
    parser.add_argument("--quick", action="store_true", help="the designer only, with the cache; writes nothing")
    parser.add_argument("--out", default=None, help="write the Markdown section here (default: print only)")
    args = parser.parse_args()

    from kpiguide.design.demo import create_demo_project
    from kpiguide.project.access import issue_token
    from kpiguide.project.store import open_project
    from kpiguide.server.warm import APP_STEPS
    from kpiguide.suggest.cache import build_cache, cache_location

    work = Path(tempfile.mkdtemp(prefix="kpiguide-profile-"))
    project = create_demo_project(work / "demo", lang="zh")
    with open_project(project) as store:
        tokens = {name: issue_token(store, role=role, **scope) for name, (role, scope) in APPS.items()}
    build_cache()
    base_env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    configs = {"with the artifact cache": base_env}
    if not args.quick:
        configs["without a cache (KPIGUIDE_CACHE_DIR=off)"] = {**base_env, "KPIGUIDE_CACHE_DIR": "off"}
    lines = [
        "## What a kernel spends on one app visit (kernel_profile.py)",
        "",
        "Command: `python -m benchmarks.kernel_profile`; a fresh Python process per app and configuration "
        "(without the Jupyter kernel machinery: compare the bare imports row with the bare notebook's kernel RSS of "
        f"apps_load.py); cache: `{cache_location()}`.",
        "",
    ]
    for label, env in configs.items():
        for app in ("kpi_designer",) if args.quick else tuple(APPS):
            rows = profile(app, project, tokens[app], APP_STEPS[app], env)
            lines += [
                f"### {app}, {label}",
                "",
                "| step | seconds | RSS growth (MiB) | RSS after (MiB) | heavy modules it imported |",
            ]
            lines += ["|---|---|---|---|---|"]
            lines += [f"| {n} | {s:.2f} | {d:+.0f} | {r:.0f} | {', '.join(m) or '—'} |" for n, s, d, r, m in rows]
            lines.append("")
    text = "\n".join(lines)
    print(text)
    if args.out and not args.quick:
        Path(args.out).write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
