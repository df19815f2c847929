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
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

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
    "kpi_designer": ("head", {"department": "sales"}, ".kpiguide-designer .kpiguide-row-save"),
    "leadership_dashboard": ("leadership", {}, ".kpiguide-dashboard .kpiguide-language button"),
    "my_kpis": ("employee", {"employee": "E001"}, ".kpiguide-my-kpis .kpiguide-checkin-save"),
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


def kernel_pids(server_pid: int) -> set[int]:
    import psutil

    out = set()
    for child in psutil.Process(server_pid).children(recursive=True):
        try:
            if "ipykernel" in " ".join(child.cmdline()):
                out.add(child.pid)
        except psutil.NoSuchProcess:
            continue
    return out


def rss_with_open_page(browser, url: str, selector: str, server_pid: int) -> float:
    """RSS of the kernel serving one open page (sampled before the page closes).

    The page's kernel is the one that started with this page load: kernels of earlier pages that
    are still shutting down are not counted (they would be, as the maximum over all kernels).  Sampled
    once the kernel is idle, i.e. after the work the page starts in the background (its checks).
    """
    import psutil

    before = kernel_pids(server_pid)
    context = browser.new_context()
    page = context.new_page()
    page.goto(url, wait_until="commit")
    page.locator(selector).first.wait_for(state="visible", timeout=90_000)
    new = kernel_pids(server_pid) - before
    for pid in new:
        wait_idle(pid, quiet=2.0, timeout=120.0)  # the page's background checks (suggestions, balance) finish
    rss = max((psutil.Process(pid).memory_info().rss / 2**20 for pid in new), default=float("nan"))
    page.close(run_before_unload=True)
    context.close()
    return rss


#: A phone: the issue's 390 × 844 viewport (an iPhone 12–14 in CSS pixels), touch, and Chromium's CPU
#: throttling ×4 (DevTools' "4× slowdown"), the way a mid-range phone runs the page's JavaScript.
PHONE = {"viewport": {"width": 390, "height": 844}, "device_scale_factor": 3, "is_mobile": True, "has_touch": True}
PHONE_CPU_SLOWDOWN = 4


def one_load(browser, url: str, selector: str, phone: bool = False, probe: str | None = None) -> Any:
    """Seconds from navigation to ``selector`` visible, in a fresh browser context; with ``probe`` (a
    JavaScript function), also what it returns in the page at that moment: ``(seconds, result)``."""
    context = browser.new_context(**PHONE) if phone else browser.new_context()
    page = context.new_page()
    if phone:
        context.new_cdp_session(page).send("Emulation.setCPUThrottlingRate", {"rate": PHONE_CPU_SLOWDOWN})
    start = time.perf_counter()
    page.goto(url, wait_until="commit")
    page.locator(selector).first.wait_for(state="visible", timeout=180_000)
    elapsed = time.perf_counter() - start
    result = page.evaluate(probe) if probe is not None else None
    page.close(run_before_unload=True)
    context.close()
    return (elapsed, result) if probe is not None else elapsed


def browser_loads(
    browser, url: str, selector: str, loads: int, settle: float, server_pid: int | None = None
) -> list[float]:
    """``loads`` page loads; between two, ``settle`` seconds and (with ``server_pid``) until the server and
    its kernels are idle, so that a preheated pool has refilled before the next visitor."""
    times = []
    for _ in range(loads):
        times.append(one_load(browser, url, selector))
        time.sleep(settle)
        if server_pid is not None:
            wait_idle(server_pid, quiet=2.0, timeout=120.0)
    return times


_TIMINGS_JS = """() => {
    const n = performance.getEntriesByType('navigation')[0];
    const ws = performance.getEntriesByType('resource').filter(r => r.name.startsWith('ws'));
    return {html: n.responseEnd, dom: n.domContentLoadedEventEnd, load: n.loadEventEnd,
            scripts: performance.getEntriesByType('resource').filter(r => r.initiatorType === 'script')
                .reduce((m, r) => Math.max(m, r.responseEnd), 0),
            views: document.querySelectorAll('.jupyter-widgets, .widget-box, .widget-html, .widget-button').length};
}"""


def demo_project() -> tuple[Path, Path, dict[str, str]]:
    """A work folder, the zh demo project in it and an invite per app (the same visitors in every mode)."""
    from kpiguide.design.demo import create_demo_project
    from kpiguide.project.access import issue_token
    from kpiguide.project.store import open_project

    work = Path(tempfile.mkdtemp(prefix="kpiguide-bench-"))
    project = create_demo_project(work / "demo", lang="zh")
    with open_project(project) as store:
        tokens = {name: issue_token(store, role=role, **scope) for name, (role, scope, _) in APPS.items()}
    return work, project, tokens


def emit(lines: list[str], out: str | None) -> None:
    """Print a Markdown section and write it to ``out`` (when given)."""
    text = "\n".join(lines) + "\n"
    print(text)
    if out:
        Path(out).write_text(text, encoding="utf-8")


@contextmanager
def bare_and_apps(work: Path, project: Path, preheat: int, log: str) -> Iterator[tuple[BareServer, Any]]:
    """The bare Voila notebook and the apps' server, each with a pool of ``preheat``, stopped afterwards."""
    bare = BareServer(work, preheat)
    server = start_server(project, work / log, *(("--preheat", "1") * preheat))
    try:
        yield bare, server
    finally:
        bare.stop()
        stop_server(server.proc)


def visit_profile(loads: int, out: str | None) -> None:
    """Where the time of a preheated visit goes: browser timings of each page next to the bare notebook's, and
    the kernel's own work after the invite (the app build), measured in the same run."""
    from playwright.sync_api import sync_playwright

    work, project, tokens = demo_project()
    rows: dict[str, list[dict[str, float]]] = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS)
            with bare_and_apps(work, project, 1, "serve-profile.log") as (bare, server):
                pages = [("bare notebook", bare.proc.pid, bare.url, "button:has-text('Go')")]
                pages += [
                    (n, server.proc.pid, server.url(f"{n}.ipynb", tokens[n]), sel) for n, (_, _, sel) in APPS.items()
                ]
                for _ in range(loads):
                    for name, pid, url, selector in pages:
                        wait_idle(pid, quiet=2.0, timeout=120.0)
                        seconds, timings = one_load(browser, url, selector, probe=_TIMINGS_JS)
                        rows.setdefault(name, []).append({**timings, "shown": seconds * 1000})
            browser.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)

    def med(name: str, key: str) -> float:
        return statistics.median(r[key] for r in rows[name]) / 1000

    lines = [
        "## Where a preheated visit spends its time (apps_load.py --profile)",
        "",
        f"Command: `python -m benchmarks.apps_load --profile --loads {loads}`  ",
        f"Date: {dt.date.today()}; git {git_head()}; a pool of 1 per page (bare Voila notebook and each app), every "
        "page loaded after its server and kernels are idle; medians of the loads, seconds from navigation. "
        "HTML = the page's HTML received (Voila streams it while the kernel runs the cells after the invite); "
        "scripts = the last script received; shown = the page's first interactive widget visible. "
        "Widget views = widget elements in the page when it became interactive.",
        "",
        "| page | HTML | DOM ready | scripts | load event | shown | shown − load event | widget views |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for name, loads_of_page in rows.items():
        lines.append(
            f"| {name} | {med(name, 'html'):.2f} | {med(name, 'dom'):.2f} | {med(name, 'scripts'):.2f} | "
            f"{med(name, 'load'):.2f} | {med(name, 'shown'):.2f} | {med(name, 'shown') - med(name, 'load'):.2f} | "
            f"{statistics.median(r['views'] for r in loads_of_page):.0f} |"
        )
    emit(lines, out)


def phone_run(loads: int, out: str | None) -> None:
    """My KPIs and the bare notebook on a phone (390 × 844, CPU ×4), cold and preheated, loads interleaved."""
    from playwright.sync_api import sync_playwright

    work, project, tokens = demo_project()
    token, selector = tokens["my_kpis"], APPS["my_kpis"][2]
    rows: dict[tuple[str, int], list[float]] = {}
    load_avg = []
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS)
            for preheat in (0, 1):
                with bare_and_apps(work, project, preheat, f"serve-phone-{preheat}.log") as (bare, server):
                    url = server.url("my_kpis.ipynb", token)
                    for _ in range(loads):  # interleaved: a change of machine load hits both pages alike
                        for name, pid, target, sel in (
                            ("bare", bare.proc.pid, bare.url, "button:has-text('Go')"),
                            ("my_kpis", server.proc.pid, url, selector),
                        ):
                            wait_idle(pid, quiet=2.0, timeout=120.0)  # the pool has refilled, old kernels gone
                            load_avg.append(os.getloadavg()[0])  # the load the page is timed under
                            rows.setdefault((name, preheat), []).append(one_load(browser, target, sel, phone=True))
            browser.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    lines = [
        "## My KPIs on a phone (390 × 844, touch, CPU throttling ×4)",
        "",
        f"Command: `python -m benchmarks.apps_load --phone --loads {loads}`  ",
        f"Date: {dt.date.today()}; machine: {platform.machine()}, {os.cpu_count()} cores, headless Debian Chromium "
        f"with a 390 × 844 viewport, device scale 3, touch, `Emulation.setCPUThrottlingRate` 4; git {git_head()}; "
        f"1-min load average at the loads {min(load_avg):.1f}–{max(load_avg):.1f}.",
        "",
        "Navigation → the check-in button visible (My KPIs) or the button visible (bare Voila notebook with "
        "ipywidgets + pandas + plotly). Bare and My KPIs loads alternate; before each load the server and its "
        "kernels are idle (a preheated pool has refilled).",
        "",
        "| kernels | bare median (s) | bare min–max | My KPIs median (s) | My KPIs min–max | My KPIs / bare | goal |",
        "|---|---|---|---|---|---|---|",
    ]
    for preheat, label in ((0, "cold (no pool)"), (1, "preheated (pool 1)")):
        bare_t, app_t = rows[("bare", preheat)], rows[("my_kpis", preheat)]
        ratio = statistics.median(app_t) / statistics.median(bare_t)
        lines.append(
            f"| {label} | {statistics.median(bare_t):.2f} | {min(bare_t):.2f}–{max(bare_t):.2f} | "
            f"{statistics.median(app_t):.2f} | {min(app_t):.2f}–{max(app_t):.2f} | {ratio:.2f}× | "
            f"≤ 1.3×: {'met' if ratio <= 1.3 else 'missed'} |"
        )
    emit(lines, out)


def timed_get(url: str, timeout: float = 300) -> float:
    start = time.perf_counter()
    with urllib.request.urlopen(url, timeout=timeout) as response:
        response.read()
    return time.perf_counter() - start


def concurrent_gets(url: str, n: int, timeout: float = 300) -> tuple[list[float], list[str]]:
    """Seconds of each of ``n`` simultaneous requests that completed, and the failures."""
    results: list[float] = []
    failures: list[str] = []
    lock = threading.Lock()

    def one() -> None:
        start = time.perf_counter()
        try:
            elapsed = timed_get(url, timeout)
        except Exception as exc:  # noqa: BLE001 - a benchmark reports failures, it does not stop at them
            with lock:
                failures.append(f"{type(exc).__name__} after {time.perf_counter() - start:.0f} s")
            return
        with lock:
            results.append(elapsed)

    threads = [threading.Thread(target=one) for _ in range(n)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    return results, failures


def wait_idle(pid: int, *, below: float = 0.15, quiet: float = 3.0, timeout: float = 300.0) -> float:
    """Wait until the server and its kernels use less than ``below`` cores for ``quiet`` seconds.

    A preheated pool is only ready when its kernels have executed the app up to the
    visitor's query string; Voila logs "filled" earlier (when the kernels have started).
    Returns the seconds waited.
    """
    import psutil

    def cpu() -> float:
        total = 0.0
        try:
            procs = [psutil.Process(pid), *psutil.Process(pid).children(recursive=True)]
        except psutil.NoSuchProcess:
            return 0.0
        for proc in procs:
            try:
                times = proc.cpu_times()
                total += times.user + times.system
            except psutil.NoSuchProcess:
                continue
        return total

    start = time.perf_counter()
    calm_since = None
    last = cpu()
    while time.perf_counter() - start < timeout:
        time.sleep(0.5)
        now = cpu()
        busy = (now - last) / 0.5
        last = now
        if busy < below:
            calm_since = calm_since or time.perf_counter()
            if time.perf_counter() - calm_since >= quiet:
                break
        else:
            calm_since = None
    return time.perf_counter() - start


def capacity_run(
    project: Path, log: Path, token: str, sessions: int, pool: int, timeout: float = 300, singles: int = 3
) -> dict[str, object]:
    """Single sessions (``singles``, one after another, each with a ready server) then ``sessions`` at once."""
    extra = ("--preheat", f"kpi_designer={pool}") if pool else ()
    server = start_server(project, log, *extra)
    try:
        url = server.url("kpi_designer.ipynb", token)
        time.sleep(10 if pool else 2)  # the pool's kernels start a few seconds after the port opens
        warmup = wait_idle(server.proc.pid)
        single = []
        for _ in range(singles):
            single.append(timed_get(url))
            wait_idle(server.proc.pid)  # the pool refills before the next one
        burst, failures = concurrent_gets(url, sessions, timeout)
    finally:
        stop_server(server.proc)
    return {"pool": pool, "warmup": warmup, "single": single, "burst": burst, "failures": failures}


def git_head() -> str:
    try:
        return subprocess.run(
            ["git", "-C", str(ROOT), "rev-parse", "--short", "HEAD"], capture_output=True, text=True, check=True
        ).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def pct(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def memory_only() -> None:
    """Kernel RSS of each page (its own kernel, page open), then the median of three per page."""
    from playwright.sync_api import sync_playwright

    work, project, tokens = demo_project()
    memory: dict[str, list[float]] = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS)
            bare = BareServer(work, 0)
            try:
                for _ in range(3):
                    rss = rss_with_open_page(browser, bare.url, "button:has-text('Go')", bare.proc.pid)
                    memory.setdefault("bare notebook", []).append(rss)
            finally:
                bare.stop()
            server = start_server(project, work / "serve-memory.log")
            try:
                for name, (_, _, selector) in APPS.items():
                    for _ in range(3):
                        url = server.url(f"{name}.ipynb", tokens[name])
                        memory.setdefault(name, []).append(rss_with_open_page(browser, url, selector, server.proc.pid))
            finally:
                stop_server(server.proc)
            browser.close()
    finally:
        shutil.rmtree(work, ignore_errors=True)
    print(f"Kernel RSS (MiB, page open, its own kernel; median of 3) — git {git_head()}")
    for name, values in memory.items():
        print(f"| {name} | {statistics.median(values):.0f} | {', '.join(f'{v:.0f}' for v in values)} |")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--loads", type=int, default=5)
    parser.add_argument("--sessions", type=int, default=10)
    parser.add_argument("--preheat", type=int, default=1, help="pool size per notebook for the preheated runs")
    parser.add_argument(
        "--overflow-pool",
        type=int,
        default=5,
        help="a designer pool smaller than --sessions (more visitors than kernels)",
    )
    parser.add_argument("--skip-browser", action="store_true", help="capacity only (no Chromium)")
    parser.add_argument("--settle", type=float, default=6.0, help="seconds between loads (pool refill, kernel exit)")
    parser.add_argument("--out", default=str(ROOT / "benchmarks" / "results" / "apps.md"))
    parser.add_argument("--data", default=os.environ.get("KPIGUIDE_EXTERNAL_DATA"), help="unused (no external data)")
    parser.add_argument(
        "--quick", action="store_true", help="smoke run: no browser, one cold page request; writes nothing"
    )
    parser.add_argument(
        "--memory-only",
        action="store_true",
        help="kernel RSS only: each page opened once on a server without a pool, next to the bare notebook; "
        "prints, writes nothing",
    )
    parser.add_argument(
        "--phone",
        action="store_true",
        help="My KPIs next to the bare notebook at 390 × 844 with CPU throttling ×4; writes "
        "benchmarks/results/apps_phone.md (--loads loads each, cold and preheated)",
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="where a preheated visit spends its time (browser timings per page next to the bare notebook); "
        "writes benchmarks/results/apps_profile.md",
    )
    args = parser.parse_args()
    if args.profile:
        visit_profile(args.loads, None if args.quick else str(ROOT / "benchmarks" / "results" / "apps_profile.md"))
        return
    if args.phone:
        phone_run(args.loads, None if args.quick else str(ROOT / "benchmarks" / "results" / "apps_phone.md"))
        return
    if args.memory_only:
        memory_only()
        return
    if args.quick:
        args.skip_browser, args.sessions, args.overflow_pool = True, 1, 0

    from playwright.sync_api import sync_playwright

    work, project, tokens = demo_project()
    browser_rows: dict[str, dict[int, list[float]]] = {}
    memory: dict[str, float] = {}
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS)
            for preheat in () if args.skip_browser else (0, args.preheat):
                bare = BareServer(work, preheat)
                time.sleep(15 if preheat else 0)  # let the pool fill
                try:
                    times = browser_loads(
                        browser, bare.url, "button:has-text('Go')", args.loads, args.settle, bare.proc.pid
                    )
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
                        times = browser_loads(browser, url, selector, args.loads, args.settle, server.proc.pid)
                        browser_rows.setdefault(name, {})[preheat] = times
                        if not preheat:
                            memory[name] = rss_with_open_page(browser, url, selector, server.proc.pid)
                            time.sleep(args.settle)
                finally:
                    stop_server(server.proc)
            browser.close()
        pools = [0] if args.quick else sorted({0, args.sessions, args.overflow_pool})
        singles = 1 if args.quick else 3
        capacity = [
            capacity_run(
                project, work / f"capacity-{pool}.log", tokens["kpi_designer"], args.sessions, pool, 180, singles
            )
            for pool in pools
        ]
    finally:
        shutil.rmtree(work, ignore_errors=True)

    cmd = (
        f"python -m benchmarks.apps_load --loads {args.loads} --sessions {args.sessions} --preheat {args.preheat} "
        f"--overflow-pool {args.overflow_pool}" + (" --skip-browser" if args.skip_browser else "")
    )
    lines = [
        "## Voila apps: load time, kernel memory, server-side capacity",
        "",
        f"Command: `{cmd}`  ",
        f"Date: {dt.date.today()}; machine: {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, headless Debian Chromium; git {git_head()}.",
        "",
    ]
    if browser_rows:
        lines += [
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
        lines += ["### Kernel memory (RSS of the page's kernel while the page is open, MiB)", "", "| page | RSS |"]
        lines += ["|---|---|", *(f"| {name} | {rss:.0f} |" for name, rss in memory.items()), ""]
    lines += [
        f"### Server-side capacity: {args.sessions} concurrent sessions of the KPI designer (no browser)",
        "",
        "Time from request to the fully executed page (Voila executes the notebook before answering). "
        "Single = 3 requests one after another, each on an idle server (pool refilled); then "
        f"{args.sessions} requests at once. `kpiguide serve --preheat kpi_designer=N`; refill delay 5 s; "
        "requests that had not completed after 180 s count as failed.",
        "",
        "| designer pool | single p50 (s) | burst p50 (s) | burst p95 (s) | burst max (s) | completed | "
        "p95 / single p50 |",
        "|---|---|---|---|---|---|---|",
    ]
    for run in capacity:
        single, burst, failures = run["single"], run["burst"], run["failures"]
        if burst and not failures:
            p95, ratio = f"{pct(burst, 0.95):.2f}", f"{pct(burst, 0.95) / statistics.median(single):.2f}×"
        else:
            p95, ratio = "(failed requests)", "—"
        lines.append(
            f"| {run['pool'] or 'none (cold kernels)'} | {statistics.median(single):.2f} | "
            f"{statistics.median(burst) if burst else float('nan'):.2f} | {p95} | "
            f"{max(burst) if burst else float('nan'):.2f} | {len(burst)}/{args.sessions}"
            f"{' — ' + '; '.join(failures) if failures else ''} | {ratio} |"
        )
    lines += ["", "Goal: p95 with 10 sessions ≤ 3× a single session.", ""]
    text = "\n".join(lines)
    print(text)
    if args.quick:
        return
    Path(args.out).parent.mkdir(parents=True, exist_ok=True)
    Path(args.out).write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    signal.signal(signal.SIGTERM, signal.default_int_handler)
    main()
