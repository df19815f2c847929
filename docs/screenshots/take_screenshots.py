"""Retake the screenshots in docs/screenshots/ in headless Chromium (Debian's, as in the browser tests).

Usage (from the repository root, with the project's venv)::

    PYTHONPATH=. python docs/screenshots/take_screenshots.py                 # every notebook step and app
    PYTHONPATH=. python docs/screenshots/take_screenshots.py 03_zh app_kpi_designer

Notebook steps are rendered with ``voila notebooks/NN_*.ipynb`` on a fresh copy of the
demo project; the apps with ``kpiguide serve`` and invite links.  Quarter 2026Q3 is
closed first so that the dashboard shows frozen results.  Each page waits for the
marker of its last panel before the picture is taken.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent
# The browser tests' helpers (Chromium flags, free port, wait for the server, stop it).
sys.path.insert(0, str(ROOT / "tests" / "browser"))
from conftest import CHROMIUM_ARGS, free_port, stop_server, wait_for_port  # noqa: E402

MAX_HEIGHT = 2200  # px; long pages are cut here (the cards at the end look alike)
BAD_CSV = (
    "指标,员工,期间,数值\nsa_sales,E001,2026-10,十八万\nsa_sales,E099,2026-10,180000\n客单价,E001,2026年13月,300\n"
)

# name -> (notebook, language, selectors to wait for)
STEPS = {
    "00_start_here_zh": ("00_start_here", "zh", [".kpiguide-progress"]),
    "00_start_here_en": ("00_start_here", "en", [".kpiguide-progress"]),
    "01_strategy_zh": ("01_strategy", "zh", [".js-plotly-plot"]),
    "02_departments_and_jobs_zh": ("02_departments_and_jobs", "zh", [".kpiguide-role-editor"]),
    "03_indicator_suggestions_zh": ("03_indicator_suggestions", "zh", [".kpiguide-add-suggestion"]),
    "04_smart_and_balance_zh": ("04_smart_and_balance", "zh", [".kpiguide-balance-panel .kpiguide-finding"]),
    "04_smart_and_balance_en": ("04_smart_and_balance", "en", [".kpiguide-balance-panel .kpiguide-finding"]),
    "05_targets_and_achievability_zh": (
        "05_targets_and_achievability", "zh",
        [".kpiguide-achievability-panel .js-plotly-plot", ".kpiguide-fairness-panel .js-plotly-plot"],
    ),
    "06_data_and_evaluation_zh": ("06_data_and_evaluation", "zh", [".kpiguide-upload"]),
    "07_feedback_and_communication_zh": ("07_feedback_and_communication", "zh", [".kpiguide-feedback-preview"]),
    "08_workshop_deliverables_zh": ("08_workshop_deliverables", "zh", [".kpiguide-deliverables"]),
    "08_workshop_deliverables_en": ("08_workshop_deliverables", "en", [".kpiguide-deliverables"]),
}  # fmt: skip
APPS = {
    "app_kpi_designer": (
        "kpi_designer", {"role": "head", "department": "sales"},
        [".kpiguide-kpi-row .kpiguide-badge-ok"],  # the KPI tab; the other tabs are built when opened
    ),
    "app_leadership_dashboard": (
        "leadership_dashboard", {"role": "leadership"},
        [".kpiguide-review-sales", ".kpiguide-change-request", ".kpiguide-risk"],
    ),
    "app_my_kpis": ("my_kpis", {"role": "employee", "employee": "E035"}, [".kpiguide-my-kpi", ".kpiguide-confirm"]),
    "app_my_kpis_phone": (
        "my_kpis", {"role": "employee", "employee": "E035"}, [".kpiguide-agreement-kpi", ".kpiguide-checkin-save"],
    ),
    "app_dashboard_data": (
        "leadership_dashboard", {"role": "leadership"},
        [".kpiguide-sync-runs"],
    ),
}  # fmt: skip
# A folded dashboard section to open (its title) before the picture (one at a time: opening one folds the others).
OPEN = {"app_dashboard_data": ["数据同步"]}
PHONE = {"width": 390, "height": 844}


def _start(command: list[str], env: dict[str, str], cwd: Path, log: Path) -> subprocess.Popen:
    with log.open("wb") as out:
        return subprocess.Popen(command, cwd=cwd, env=env, stdout=out, stderr=subprocess.STDOUT, start_new_session=True)


def _shoot(
    browser,
    url: str,
    selectors: list[str],
    out: Path,
    *,
    upload: Path | None = None,
    max_height: int = MAX_HEIGHT,
    focus: str | None = None,
    phone: bool = False,
    open_sections: tuple[str, ...] = (),
) -> None:
    if phone:  # a phone: 390 CSS pixels wide, drawn at twice the resolution
        page = browser.new_page(viewport=PHONE, device_scale_factor=2, is_mobile=True, has_touch=True)
    else:
        page = browser.new_page(viewport={"width": 1200, "height": 900})
    width = page.viewport_size["width"]
    page.goto(url, wait_until="commit")
    for title in open_sections:
        page.get_by_text(title, exact=True).first.click(timeout=90_000)
    for selector in selectors:
        page.locator(selector).first.wait_for(state="visible", timeout=90_000)
    if upload is not None:
        with page.expect_file_chooser() as chooser:
            page.locator(".kpiguide-upload").first.click()
        chooser.value.set_files(str(upload))
        page.locator(".kpiguide-problems").first.wait_for(state="visible", timeout=60_000)
    page.wait_for_timeout(1500)  # let plotly finish its layout
    # Voila scrolls inside its own container: grow the window to the content instead.
    height = page.evaluate(
        "Math.max(...[document.body, ...document.querySelectorAll('#rendered_cells, .jp-Notebook, main')]"
        ".map(e => e.scrollHeight))"
    )
    if focus is None:
        page.set_viewport_size({"width": width, "height": min(max(int(height) + 40, 900), max_height)})
        page.wait_for_timeout(1000)
        page.screenshot(path=str(out), full_page=True)
    else:  # a window of the page starting at the ``focus`` element
        page.set_viewport_size({"width": width, "height": min(int(height) + 40, 16000)})
        page.wait_for_timeout(1500)
        box = page.locator(focus).first.bounding_box()
        top = max(box["y"] - 60, 0)
        page.screenshot(path=str(out), clip={"x": 0, "y": top, "width": width, "height": max_height})
    page.close(run_before_unload=True)
    print("wrote", out.relative_to(ROOT))


def _cycle_in_progress(store) -> None:
    """The demo in the middle of a KPI cycle: finance approved and one of its employees agreed, sales
    submitted (awaiting review), a change request pending, two check-ins at risk, due dates set."""
    from kpiguide.design import changes, checkins, cycle, reminders
    from kpiguide.project.access import issue_token, verify_token

    def who(role, **scope):
        return verify_token(store, issue_token(store, role=role, **scope)).bind(store.load_scheme())

    period = str(cycle.default_period(store))
    boss = who("leadership")
    months = [str(m) for m in cycle.Period.parse(period).month_periods()]
    reminders.set_calendar(
        store,
        boss,
        period,
        {
            "submit": months[0] + "-15",
            "review": months[0] + "-25",
            "confirm": months[1] + "-05",
            "checkin": months[-1] + "-28",
        },
    )
    cycle.submit(store, who("head", department="finance"), "finance", period, "预算与资金指标")
    cycle.review(store, boss, "finance", period, approve=True, comment="同意")
    cycle.confirm(store, who("employee", employee="E036"), "E036", period)
    kpi = store.load_scheme().kpis_of(store.load_scheme().employee("E036").role)[0]
    changes.propose_change(
        store,
        who("head", department="finance"),
        kpi.id,
        field="weight",
        value=kpi.weight + 5,
        effective=months[1] + "-01",
        reason="集团预算口径调整",
    )
    cycle.submit(store, who("head", department="sales"), "sales", period, "已按门店调整目标")
    for employee, kpi_id, confidence, note in (
        ("E001", "sa_sales", "at_risk", "门店装修，客流下降"),
        ("E002", "sa_basket", "off_track", "促销取消"),
    ):
        checkins.record_checkin(
            store,
            who("employee", employee=employee),
            employee=employee,
            kpi=kpi_id,
            period=months[-1],
            confidence=confidence,
            note=note,
        )


def main(wanted: list[str]) -> None:
    from playwright.sync_api import sync_playwright

    from kpiguide.connectors import load_connectors, sync
    from kpiguide.connectors.demo_sources import write_demo_sources
    from kpiguide.design.demo import create_demo_project
    from kpiguide.evaluation import close_period
    from kpiguide.project.access import issue_token
    from kpiguide.project.store import open_project

    work = Path(tempfile.mkdtemp(prefix="kpiguide-shots-"))
    project = create_demo_project(work / "demo", lang="zh")
    with open_project(project) as store:
        close_period(store, "2026Q3", actor="screenshots", reason="screenshots of the dashboard")
        # connected data: the demo ERP and survey registered and synced once (batches staged, not approved)
        sources = write_demo_sources(store.load_scheme(), work / "sources", "2026-10")
        sync(store, connectors=load_connectors(sources.connectors), period="2026-10", env=sources.env)
        _cycle_in_progress(store)
    bad = work / "实际数据_有误.csv"
    bad.write_text(BAD_CSV, encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT), "KPIGUIDE_HOME": str(work / "home"), **sources.env}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS)
        for name, (notebook, lang, selectors) in STEPS.items():
            if wanted and not any(w in name for w in wanted):
                continue
            port = free_port()
            proc = _start(
                [sys.executable, "-m", "voila", str(ROOT / "notebooks" / f"{notebook}.ipynb"), "--no-browser",
                 f"--port={port}", "--Voila.ip=127.0.0.1"],
                {**env, "KPIGUIDE_PROJECT": str(project), "KPIGUIDE_LANG": lang}, work, work / f"{name}.log",
            )  # fmt: skip
            try:
                wait_for_port(port, proc, timeout=90)
                upload = bad if notebook.startswith("06") else None
                _shoot(browser, f"http://127.0.0.1:{port}/", selectors, OUT / f"{name}.png", upload=upload)
            finally:
                stop_server(proc)
        apps = {n: a for n, a in APPS.items() if not wanted or any(w in n for w in wanted)}
        if apps:
            port = free_port()
            proc = _start([sys.executable, "-m", "kpiguide", "serve", str(project), "--port", str(port)], env, work,
                          work / "serve.log")  # fmt: skip
            try:
                wait_for_port(port, proc, timeout=90)
                for name, (notebook, scope, selectors) in apps.items():
                    with open_project(project) as store:
                        token = issue_token(store, **scope)
                    url = f"http://127.0.0.1:{port}/voila/render/{notebook}.ipynb?invite={token}"
                    tall = {"app_leadership_dashboard": 4400, "app_my_kpis_phone": 3000}.get(name, MAX_HEIGHT)
                    focus = {
                        "app_dashboard_data": ".kpiguide-sync-panel",
                    }
                    focus = focus.get(name)
                    _shoot(browser, url, selectors, OUT / f"{name}.png", max_height=tall, focus=focus,
                           phone=name.endswith("_phone"), open_sections=tuple(OPEN.get(name, ())))  # fmt: skip
            finally:
                stop_server(proc)
        browser.close()
    shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main(sys.argv[1:])
