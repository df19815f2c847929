"""Load figures of the Voila apps next to a bare Voila notebook, measured in the same run.

1. Browser: time from navigation to the app's widgets rendered and interactive
   (a button visible in the page) in headless Chromium, median of ``--loads``,
   with and without preheated kernels, for each app and for a bare notebook
   (one widget + pandas + plotly).
2. Kernel memory (RSS) per app: the server's kernel process after one page load.
3. Server-side capacity: ``--sessions`` concurrent page requests (each starts a
   kernel and returns when the notebook has executed — Voila renders server-side)
   against one request alone; p50/p95.  No browser involved, so Chromium does not
   compete for the same cores.

Usage: ``python -m benchmarks.apps_load [--loads 5] [--sessions 10] [--out benchmarks/results/apps.md]``
(needs Chromium: ``apt-get install chromium``).  The apps do not use external data,
so ``--data`` is accepted for uniformity and ignored.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import platform
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.request
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests" / "browser"))

from conftest import CHROMIUM_ARGS, free_port, start_server, stop_server, wait_for_port  # noqa: E402

BARE = {
    "cells": [
        {
            "cell_type": "code",
            "execution_count": None,
            "id": "bare-0",
            "metadata": {},
            "outputs": [],
            "source": (
                "import ipywidgets as w\nimport pandas as pd\nimport plotly.express as px\n"
                "df = pd.DataFrame({'x': range(12), 'y': [v * v for v in range(12)]})\n"
                "px.line(df, x='x', y='y').show()\nw.Button(description='Go')"
            ),
        }
    ],
    "metadata": {"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}},
    "nbformat": 4,
    "nbformat_minor": 5,
}
APPS = {
    "kpi_designer": ("head", {"department": "sales"}, ".kpiguide-designer .kpiguide-save"),
    "leadership_dashboard": ("leadership", {}, ".kpiguide-dashboard .kpiguide-language button"),
    "my_kpis": ("employee", {"employee": "E001"}, ".kpiguide-my-kpis .kpiguide-comment-send"),
}


class BareServer:
    def __init__(self, folder: Path, preheat: int) -> None:
        import json

        (folder / "bare.ipynb").write_text(json.dumps(BARE))
        self.port = free_port()
        args = [
            sys.executable,
            "-m",
            "voila",
            str(folder / "bare.ipynb"),
            "--no-browser",
            f"--port={self.port}",
            "--Voila.ip=127.0.0.1",
            "--Voila.tornado_settings={'disable_check_xsrf': True}",
        ]
        if preheat:
            args += ["--VoilaConfiguration.preheat_kernel=True", f"--VoilaConfiguration.default_pool_size={preheat}"]
        self.log = (folder / f"bare-{preheat}.log").open("wb")
        self.proc = subprocess.Popen(
            args, cwd=folder, stdout=self.log, stderr=subprocess.STDOUT, start_new_session=True
        )
        wait_for_port(self.port, self.proc)
        self.url = f"http://127.0.0.1:{self.port}/"

    def stop(self) -> None:
        stop_server(self.proc)
        self.log.close()


def kernel_rss(server_pid: int) -> list[float]:
    import psutil

    out = []
    for child in psutil.Process(server_pid).children(recursive=True):
        try:
            if "ipykernel" in " ".join(child.cmdline()):
                out.append(child.memory_info().rss / 2**20)
        except psutil.NoSuchProcess:
            continue
    return out


def rss_with_open_page(browser, url: str, selector: str, server_pid: int) -> float:
    """RSS of the kernel serving one open page (sampled before the page closes)."""
    context = browser.new_context()
    page = context.new_page()
    page.goto(url, wait_until="commit")
    page.locator(selector).first.wait_for(state="visible", timeout=90_000)
    rss = max(kernel_rss(server_pid) or [float("nan")])
    page.close(run_before_unload=True)
    context.close()
    return rss


def browser_loads(browser, url: str, selector: str, loads: int, settle: float) -> list[float]:
    times = []
    for _ in range(loads):
        context = browser.new_context()
        page = context.new_page()
        start = time.perf_counter()
        page.goto(url, wait_until="commit")
        page.locator(selector).first.wait_for(state="visible", timeout=90_000)
        times.append(time.perf_counter() - start)
        page.close(run_before_unload=True)
        context.close()
        time.sleep(settle)
    return times


def timed_get(url: str) -> float:
    start = time.perf_counter()
    with urllib.request.urlopen(url, timeout=300) as response:
        response.read()
    return time.perf_counter() - start


def concurrent_gets(url: str, n: int) -> list[float]:
    results: list[float] = []
    lock = threading.Lock()

    def one() -> None:
        elapsed = timed_get(url)
        with lock:
            results.append(elapsed)

    threads = [threading.Thread(target=one) for _ in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loads", type=int, default=5)
    parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--preheat", type=int, default=1, help="pool size per notebook for the preheated runs")
    parser.add_argument("--settle", type=float, default=6.0, help="seconds between loads (pool refill, kernel exit)")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "apps.md"))
    parser.add_argument("--data", default=os.environ.get("KPIGUIDE_EXTERNAL_DATA"), help="unused (no external data)")
    args = parser.parse_args()

    from playwright.sync_api import sync_playwright

    from kpiguide.access import issue_token
    from kpiguide.demo import create_demo_project
    from kpiguide.store import open_project

    work = Path(tempfile.mkdtemp(prefix="kpiguide-bench-"))
    project = create_demo_project(work / "demo", lang="zh")
    with open_project(project) as store:
        tokens = {name: issue_token(store, role=role, **scope) for name, (role, scope, _) in APPS.items()}
    browser_rows: dict[str, dict[int, list[float]]] = {}
    memory: dict[str, float] = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS)
            for preheat in (0, args.preheat):
                bare = BareServer(work, preheat)
                time.sleep(15 if preheat else 0)  # let the pool fill
                try:
                    times = browser_loads(browser, bare.url, "button:has-text('Go')", args.loads, args.settle)
                    browser_rows.setdefault("bare notebook (widget + pandas + plotly)", {})[preheat] = times
                    if not preheat:
                        memory["bare notebook"] = rss_with_open_page(
                            browser, bare.url, "button:has-text('Go')", bare.proc.pid
                        )
                finally:
                    bare.stop()
                extra = ("--preheat", str(preheat)) if preheat else ()
                server = start_server(project, work / f"serve-{preheat}.log", *extra)
                time.sleep(25 if preheat else 0)
                try:
                    for name, (_, _, selector) in APPS.items():
                        url = server.url(f"{name}.ipynb", tokens[name])
                        times = browser_loads(browser, url, selector, args.loads, args.settle)
                        browser_rows.setdefault(name, {})[preheat] = times
                        if not preheat:
                            context = browser.new_context()
                            page = context.new_page()
                            page.goto(url, wait_until="commit")
                            page.locator(selector).first.wait_for(state="visible", timeout=90_000)
                            memory[name] = max(kernel_rss(server.proc.pid) or [0.0])
                            page.close(run_before_unload=True)
                            context.close()
                            time.sleep(args.settle)
                finally:
                    stop_server(server.proc)
            browser.close()
        server = start_server(project, work / "serve-capacity.log")
        try:
            url = server.url("kpi_designer.ipynb", tokens["kpi_designer"])
            single = [timed_get(url) for _ in range(3)]
            burst = concurrent_gets(url, args.sessions)
        finally:
            stop_server(server.proc)
    finally:
        shutil.rmtree(work, ignore_errors=True)

    lines = [
        "## Voila apps: load time, kernel memory, server-side capacity",
        "",
        f"Command: `python -m benchmarks.apps_load --loads {args.loads} --sessions {args.sessions} "
        f"--preheat {args.preheat}`  ",
        f"Date: {dt.date.today()}; machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, headless Debian Chromium.",
        "",
        "### Navigation → widgets rendered and interactive (headless Chromium, seconds)",
        "",
        f"| page | cold median | cold min–max | preheated (pool {args.preheat}) median | preheated min–max | "
        "cold / bare | preheated / bare |",
        "|---|---|---|---|---|---|---|",
    ]
    bare_key = "bare notebook (widget + pandas + plotly)"
    for name, row in browser_rows.items():
        cold, hot = row.get(0, []), row.get(args.preheat, [])
        cold_ratio = statistics.median(cold) / statistics.median(browser_rows[bare_key][0])
        hot_ratio = statistics.median(hot) / statistics.median(browser_rows[bare_key][args.preheat])
        lines.append(
            f"| {name} | {statistics.median(cold):.2f} | {min(cold):.2f}–{max(cold):.2f} | "
            f"{statistics.median(hot):.2f} | {min(hot):.2f}–{max(hot):.2f} | {cold_ratio:.2f}× | {hot_ratio:.2f}× |"
        )
    lines += ["", f"{args.loads} loads each, one page at a time, {args.settle:g} s pause between loads.", ""]
    lines += ["### Kernel memory (RSS after one load, MiB)", "", "| page | RSS |", "|---|---|"]
    lines += [f"| {name} | {rss:.0f} |" for name, rss in memory.items()]
    lines += [
        "",
        f"### Server-side capacity: {args.sessions} concurrent sessions of the KPI designer (no browser)",
        "",
        "Time from request to the fully executed page (Voila executes the notebook before answering).",
        "",
        "| | p50 (s) | p95 (s) | max (s) |",
        "|---|---|---|---|",
        f"| 1 session (3 in a row) | {statistics.median(single):.2f} | {pct(single, 0.95):.2f} | {max(single):.2f} |",
        f"| {args.sessions} at once | {statistics.median(burst):.2f} | {pct(burst, 0.95):.2f} | {max(burst):.2f} |",
        "",
        f"p95 with {args.sessions} sessions / single-session median: "
        f"{pct(burst, 0.95) / statistics.median(single):.2f}× (goal ≤ 3×).",
        "",
    ]
    text = "\n".join(lines)
    print(text)
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    main()
