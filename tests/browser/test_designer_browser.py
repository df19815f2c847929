"""The redesigned KPI designer in headless Chromium at desktop size: one role's table without scrolling."""

from __future__ import annotations

import pytest
from playwright.sync_api import TimeoutError as PlaywrightTimeout
from playwright.sync_api import expect

from kpiguide.project.access import issue_token
from kpiguide.project.store import open_project

from .conftest import ARTIFACTS

pytestmark = [pytest.mark.browser, pytest.mark.slow]

WAIT = 60_000
DESKTOP = {"width": 1280, "height": 800}


def open_designer(served_project, browser, lang):
    with open_project(served_project.project) as store:
        token = issue_token(store, role="head", department="sales")
    context = browser.new_context(viewport=DESKTOP)
    errors: list[str] = []
    page = context.new_page()
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    page.goto(served_project.url("kpi_designer.ipynb", token, lang=lang), wait_until="commit")
    page.locator(".kpiguide-designer").wait_for(state="visible", timeout=WAIT)
    try:  # the checks run in the kernel's background thread after the page is built
        page.locator(".kpiguide-kpi-row .kpiguide-badge-ok, .kpiguide-kpi-row .kpiguide-badge-warning").first.wait_for(
            state="visible", timeout=WAIT
        )
    except PlaywrightTimeout:  # keep what the page showed, so a failure in CI can be read afterwards
        page.screenshot(path=str(ARTIFACTS / f"designer_no_badges_{lang}.png"))
        shown = page.locator(".kpiguide-designer").inner_text()[:2000]
        pytest.fail(f"no check badge after {WAIT / 1000:.0f} s; page errors {errors}; the page showed:\n{shown}")
    return context, page, errors


def in_viewport(page, locator):
    box = locator.bounding_box()
    assert box is not None, "not rendered"
    return box["y"] >= 0 and box["y"] + box["height"] <= page.viewport_size["height"]


def tab(page, index):
    return page.locator(".kpiguide-designer-tabs .lm-TabBar-tab").nth(index)


@pytest.mark.parametrize("lang", ["zh", "en"])
def test_a_roles_kpi_table_is_visible_without_scrolling_past_other_roles(served_project, browser, artifacts, lang):
    context, page, errors = open_designer(served_project, browser, lang)
    with open_project(served_project.project) as store:
        scheme = store.load_scheme()
        roles = scheme.roles_of("sales")
    first, second = roles[0], roles[1]
    table = page.locator(f".kpiguide-role-{first.id}")
    rows = table.locator(".kpiguide-kpi-row")
    expect(rows).to_have_count(len(scheme.kpis_of(first.id)), timeout=WAIT)
    assert in_viewport(page, page.locator(".kpiguide-next-step"))
    assert in_viewport(page, rows.last), "the whole table of the chosen role fits the first screen"
    assert in_viewport(page, table.locator(".kpiguide-weight-total"))
    assert page.locator(f".kpiguide-role-{second.id}").count() == 0, "other roles are not on the page"
    page.screenshot(path=str(artifacts / f"app_designer_kpis_{lang}.png"))

    page.locator(".kpiguide-role-chooser button", has_text=second.name).click()
    other = page.locator(f".kpiguide-role-{second.id} .kpiguide-kpi-row")
    expect(other).to_have_count(len(scheme.kpis_of(second.id)), timeout=WAIT)
    assert in_viewport(page, other.last)
    assert page.locator(f".kpiguide-role-{first.id}").count() == 0

    kpi = scheme.kpis_of(second.id)[0]
    row = page.locator(f".kpiguide-row-{kpi.id}")
    row.locator(".kpiguide-row-details").click()
    drawer = page.locator(".kpiguide-drawer")
    drawer.locator(f".kpiguide-card-{kpi.id} .kpiguide-field-data_source input").wait_for(state="visible", timeout=WAIT)
    assert in_viewport(page, drawer.locator(".kpiguide-save"))
    row.locator(".kpiguide-cell-weight input").fill(str(kpi.weight + 5))
    expect(page.locator(f".kpiguide-role-{second.id} .kpiguide-weight-total span")).to_have_attribute(
        "data-ok", "False", timeout=WAIT
    )
    assert (
        drawer.locator(".kpiguide-field-weight input").input_value()
        == row.locator(".kpiguide-cell-weight input").input_value()
    )
    page.screenshot(path=str(artifacts / f"app_designer_drawer_{lang}.png"))
    row.locator(".kpiguide-cell-weight input").fill(f"{kpi.weight:g}")
    expect(page.locator(f".kpiguide-role-{second.id} .kpiguide-weight-total span")).to_have_attribute(
        "data-ok", "True", timeout=WAIT
    )

    tab(page, 4).click()
    page.locator(".kpiguide-submit").wait_for(state="visible", timeout=WAIT)
    assert in_viewport(page, page.locator(".kpiguide-submit"))
    page.screenshot(path=str(artifacts / f"app_designer_submit_{lang}.png"))
    tab(page, 1).click()
    page.locator(".kpiguide-add-suggestion").first.wait_for(state="visible", timeout=WAIT)
    page.screenshot(path=str(artifacts / f"app_designer_suggestions_{lang}.png"))
    page.close(run_before_unload=True)
    context.close()
    assert not [e for e in errors if "setData" not in e]
