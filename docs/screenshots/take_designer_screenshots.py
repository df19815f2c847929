"""Retake the KPI designer's screenshots (docs/screenshots/app_designer_*.png) through the cycle's stages.

Usage (from the repository root, with the project's venv)::

    PYTHONPATH=. python docs/screenshots/take_designer_screenshots.py

On a fresh demo project served by ``kpiguide serve``, at 1280 × 800 in headless Chromium:
the KPI table of a role (zh, en), a KPI's side panel, the review comments after leadership
returned the department, the change request of an agreed KPI, and the team view with a check-in.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
OUT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT / "tests" / "browser"))
from conftest import CHROMIUM_ARGS, start_server, stop_server  # noqa: E402

WAIT = 120_000
VIEW = {"width": 1280, "height": 800}
Q = "2026Q4"


def _open(browser, server, lang):
    from kpiguide.project.access import issue_token
    from kpiguide.project.store import open_project

    with open_project(server.project) as store:
        token = issue_token(store, role="head", department="sales")
    page = browser.new_page(viewport=VIEW)
    page.goto(server.url("kpi_designer.ipynb", token, lang=lang), wait_until="commit")
    page.locator(".kpiguide-kpi-row .kpiguide-badge-ok").first.wait_for(state="visible", timeout=WAIT)
    page.wait_for_timeout(800)
    return page


def _shot(page, name, *, height=None):
    if height:
        page.set_viewport_size({"width": VIEW["width"], "height": height})
        page.wait_for_timeout(600)
    page.locator(".kpiguide-app-title").scroll_into_view_if_needed()  # from the top of the app
    page.wait_for_timeout(300)
    page.screenshot(path=str(OUT / f"app_designer_{name}.png"))
    print("wrote", f"docs/screenshots/app_designer_{name}.png")


def _as(store, role, **scope):
    from kpiguide.project.access import issue_token, verify_token

    return verify_token(store, issue_token(store, role=role, **scope)).bind(store.load_scheme())


def main() -> None:
    from playwright.sync_api import sync_playwright

    from kpiguide.design import checkins, cycle
    from kpiguide.design.demo import create_demo_project
    from kpiguide.project.store import open_project

    work = Path(tempfile.mkdtemp(prefix="kpiguide-designer-shots-"))
    project = create_demo_project(work / "demo", lang="zh")
    server = start_server(project, work / "serve.log")
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=shutil.which("chromium"), args=CHROMIUM_ARGS)
            for lang in ("zh", "en"):
                page = _open(browser, server, lang)
                _shot(page, f"kpis_{lang}")
                page.close()
            page = _open(browser, server, "zh")
            page.locator(".kpiguide-row-sa_attach .kpiguide-row-details").click()
            page.locator(".kpiguide-drawer .kpiguide-save").wait_for(state="visible", timeout=WAIT)
            _shot(page, "details_zh", height=900)
            page.close()
            with open_project(project) as store:
                cycle.submit(store, _as(store, "head", department="sales"), "sales", Q, "第一版")
                cycle.review(store, _as(store, "leadership"), "sales", Q, approve=False,
                             comment="请调整门店销售顾问的目标",
                             kpi_comments={"sa_sales": "目标低于去年实际，建议提高到 20 万",
                                           "sa_attach": "请写明连带率的计算口径"})  # fmt: skip
            page = _open(browser, server, "zh")
            page.locator(".kpiguide-row-comment").first.wait_for(state="visible", timeout=WAIT)
            _shot(page, "returned_zh")
            page.close()
            with open_project(project) as store:
                cycle.submit(store, _as(store, "head", department="sales"), "sales", Q, "已按意见修改")
                cycle.review(store, _as(store, "leadership"), "sales", Q, approve=True)
                for emp in store.load_scheme().employees_of("sales"):
                    cycle.confirm(store, _as(store, "employee", employee=emp.id), emp.id, Q)
                checkins.record_checkin(store, _as(store, "employee", employee="E001"), employee="E001",
                                        kpi="sa_sales", period="2026-11", confidence="at_risk",
                                        note="Foot traffic down after the mall renovation")  # fmt: skip
            page = _open(browser, server, "en")
            page.locator(".kpiguide-row-sa_sales .kpiguide-row-details").click()
            form = page.locator(".kpiguide-change-form")
            form.wait_for(state="visible", timeout=WAIT)
            form.locator(".kpiguide-change-value input").fill("190000")
            form.locator(".kpiguide-change-effective input").fill("2026-11-15")
            form.locator(".kpiguide-change-reason textarea").fill("The mall closes for renovation until mid-December")
            form.locator(".kpiguide-change-submit").click()
            try:
                form.locator(".kpiguide-message-ok").wait_for(state="visible", timeout=WAIT // 4)
            except Exception:
                page.screenshot(path=str(work.parent / "designer-change-failed.png"))
                raise
            _shot(page, "change_request_en", height=1150)
            page.locator(".kpiguide-designer-tabs .lm-TabBar-tab").nth(5).click()
            page.locator(".kpiguide-team-checkins table").wait_for(state="visible", timeout=WAIT)
            page.wait_for_timeout(600)
            _shot(page, "team_en", height=900)
            page.close()
            browser.close()
    finally:
        stop_server(server.proc)
        shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
