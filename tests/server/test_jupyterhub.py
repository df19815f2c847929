"""The organisation set-up of docs/deploy.md, run: JupyterHub started with ``deploy/jupyterhub_config.py`` as shipped.

Two people log in through the hub's login form (the dummy authenticator), open the KPI designer and
"My KPIs" as Voila apps on a PostgreSQL project, one edits a KPI and the other sees it; JupyterLab,
terminals, the contents API and the other person's server stay closed to them.

Needs ``jupyterhub`` (the test extra), ``configurable-http-proxy`` (npm; `.ci/system-deps.sh` installs it),
Chromium, and a PostgreSQL URL in ``KPIGUIDE_TEST_PG_URL`` (`.ci/postgres.sh`; `.ci/run` starts one).
Skipped, saying which is missing, elsewhere; under CI a missing hub or proxy fails the test.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import urllib.error
import urllib.request
import uuid
from pathlib import Path
from urllib.parse import quote

import pytest

from kpiguide.design.demo import write_demo_project
from kpiguide.project.access import issue_token
from kpiguide.project.store import open_project
from tests.browser.conftest import artifacts, browser, free_port  # noqa: F401 -- the browser tests' fixtures

pytestmark = [pytest.mark.browser, pytest.mark.postgres, pytest.mark.slow]

ROOT = Path(__file__).resolve().parents[2]
CONFIG = ROOT / "deploy" / "jupyterhub_config.py"
PG_URL = os.environ.get("KPIGUIDE_TEST_PG_URL")
PASSWORD = "kpiguide-hub-test"
WAIT = 120_000  # ms: the first page of a person includes starting their server


def _missing(what: str) -> None:
    message = f"JupyterHub test SKIPPED: {what}"
    if os.environ.get("CI") and "KPIGUIDE_TEST_PG_URL" not in what:
        pytest.fail(message)
    pytest.skip(message)


@pytest.fixture(scope="module")
def pg_project():
    """The demo company in a fresh PostgreSQL schema; yields its URL, drops the schema afterwards."""
    if not PG_URL:
        _missing("KPIGUIDE_TEST_PG_URL is not set (source .ci/postgres.sh and call start_postgres)")
    import sqlalchemy as sa

    schema = f"kpiguide_hub_{uuid.uuid4().hex[:12]}"
    admin = sa.create_engine(PG_URL)
    with admin.begin() as conn:
        conn.execute(sa.text(f'CREATE SCHEMA "{schema}"'))
    url = f"{PG_URL}{'&' if '?' in PG_URL else '?'}options=-csearch_path%3D{schema}"
    write_demo_project(url, lang="zh")
    yield url
    with admin.begin() as conn:
        conn.execute(sa.text(f'DROP SCHEMA "{schema}" CASCADE'))
    admin.dispose()


class Hub:
    def __init__(self, base: str, proc: subprocess.Popen, log: Path) -> None:
        self.base, self.proc, self.log = base, proc, log
        self.spawned: set[int] = set()
        self.tokens: list[str] = []

    def app_link(self, project: str, role: str, **scope: str) -> str:
        """An invite link as people get it: through the hub's user-redirect to their own server."""
        notebook = {"head": "kpi_designer.ipynb", "employee": "my_kpis.ipynb"}[role]
        with open_project(project) as store:
            token = issue_token(store, role=role, actor="test", **scope)
        self.tokens.append(token)
        return f"{self.base}/hub/user-redirect/voila/render/{notebook}?invite={quote(token, safe='')}"

    def tail(self) -> str:
        return self.log.read_text(errors="replace")[-4000:]


def _children(pid: int) -> list[int]:
    """Processes whose parent is ``pid`` (the single-user servers the hub spawned)."""
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                stat = (entry / "stat").read_text()
            except OSError:
                continue
            if int(stat.rsplit(")", 1)[1].split()[1]) == pid:
                found.append(int(entry.name))
    return found


def _wait_until_up(url: str, proc: subprocess.Popen, log: Path, timeout: float = 90) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise AssertionError(
                f"jupyterhub exited with {proc.returncode}:\n{log.read_text(errors='replace')[-4000:]}"
            )
        try:
            with urllib.request.urlopen(url, timeout=5) as response:
                if response.status == 200:
                    return
        except (OSError, urllib.error.URLError):
            pass
        time.sleep(0.5)
    raise AssertionError(f"the hub did not answer {url} within {timeout} s:\n{log.read_text(errors='replace')[-4000:]}")


@pytest.fixture(scope="module")
def hub(pg_project, tmp_path_factory):
    """JupyterHub with the shipped configuration on free loopback ports, in its own folder."""
    try:
        import jupyterhub  # noqa: F401 -- only to skip with a message when absent
    except ImportError:
        _missing("jupyterhub is not installed (pip install jupyterhub; the test extra has it)")
    if shutil.which("configurable-http-proxy") is None:
        _missing("configurable-http-proxy is not installed (npm install -g configurable-http-proxy; make system-deps)")
    folder = tmp_path_factory.mktemp("hub")
    port, hub_port, api_port = free_port(), free_port(), free_port()
    env = {
        **os.environ,
        "PYTHONPATH": str(ROOT),
        "KPIGUIDE_PROJECT": pg_project,
        "KPIGUIDE_HUB_URL": f"http://127.0.0.1:{port}",
        "KPIGUIDE_HUB_HOMES": str(folder / "home" / "{username}"),
        "KPIGUIDE_HUB_PASSWORD": PASSWORD,
    }
    env.pop("CONFIGPROXY_AUTH_TOKEN", None)
    log = folder / "jupyterhub.log"
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [
                sys.executable,
                "-m",
                "jupyterhub",
                "-f",
                str(CONFIG),
                f"--JupyterHub.hub_bind_url=http://127.0.0.1:{hub_port}",
                f"--ConfigurableHTTPProxy.api_url=http://127.0.0.1:{api_port}",
            ],
            cwd=folder,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    hub = Hub(f"http://127.0.0.1:{port}", proc, log)
    try:
        _wait_until_up(f"{hub.base}/hub/login", proc, log)
        yield hub
    finally:
        hub.spawned.update(_children(proc.pid))
        proc.send_signal(signal.SIGTERM)  # the hub stops the single-user servers and its proxy (cleanup_servers)
        try:
            proc.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        for pid in hub.spawned:  # a single-user server or proxy the hub failed to stop
            try:
                command = Path(f"/proc/{pid}/cmdline").read_bytes()
            except OSError:
                continue
            if b"kpiguide" in command or b"configurable-http-proxy" in command:
                os.kill(pid, signal.SIGKILL)


def _login(browser, hub: Hub, name: str):  # noqa: F811 -- `browser` is the fixture's value
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(f"{hub.base}/hub/login")
    page.locator("input[name=username]").fill(name)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("#login_submit, [type=submit]").first.click()
    # the hub starts the person's server and sends them to it; its root shows only "not here"
    page.wait_for_url(f"**/user/{name}/", timeout=WAIT)
    page.get_by_text("Open the invite link you were given").wait_for(timeout=WAIT)
    page.close()
    return context


def _open(context, url: str, marker: str):
    page = context.new_page()
    page.goto(url, wait_until="commit", timeout=WAIT)
    page.locator(f"{marker}, .kpiguide-error-page").first.wait_for(state="visible", timeout=WAIT)
    assert page.locator(".kpiguide-error-page").count() == 0, page.content()[:2000]
    return page


@pytest.fixture(scope="module")
def people(hub, browser):  # noqa: F811 -- the imported fixture
    contexts = {name: _login(browser, hub, name) for name in ("alice", "bob")}
    yield contexts
    for context in contexts.values():
        context.close()


def test_two_people_open_the_apps_and_see_each_others_edit(hub, people, pg_project, artifacts):  # noqa: F811
    designer = hub.app_link(pg_project, "head", department="sales")
    alice = _open(people["alice"], designer, ".kpiguide-designer")
    assert "/user/alice/voila/render/kpi_designer.ipynb" in alice.url
    row = alice.locator(".kpiguide-row-sa_sales")  # the designer's KPI table (same selectors as tests/browser)
    row.locator(".kpiguide-cell-target input").fill("200000")
    row.locator(".kpiguide-row-save").click()
    row.locator(".kpiguide-message-ok").wait_for(timeout=WAIT)
    alice.screenshot(path=str(artifacts / "hub-kpi_designer.png"), full_page=False)
    alice.close(run_before_unload=True)

    bob = _open(people["bob"], designer, ".kpiguide-designer")
    assert "/user/bob/voila/render/kpi_designer.ipynb" in bob.url
    assert bob.locator(".kpiguide-row-sa_sales .kpiguide-cell-target input").input_value() == "200000"
    bob.close(run_before_unload=True)
    mine = _open(people["bob"], hub.app_link(pg_project, "employee", employee="E001"), ".kpiguide-my-kpis")
    assert "/user/bob/voila/render/my_kpis.ipynb" in mine.url
    assert "200,000" in mine.locator(".kpiguide-my-kpis").inner_text()  # alice's new target, in the employee's app
    mine.screenshot(path=str(artifacts / "hub-my_kpis.png"), full_page=False)
    mine.close(run_before_unload=True)
    with open_project(pg_project) as store:
        entry = store.audit_log(entity="kpi", entity_id="sa_sales")[-1]
    assert entry.actor.startswith("head:sales#") and entry.new["target"] == 200000.0
    # neither the hub, its proxy nor the apps' servers (all logging to this file) wrote an invite token
    log = hub.log.read_text(errors="replace")
    assert "GET /hub/user-redirect/voila/render/my_kpis.ipynb" in log
    assert not [token for token in hub.tokens if token.split(".")[1] in log]


@pytest.mark.parametrize(
    ("method", "path"),
    [
        ("GET", "lab"),
        ("GET", "lab/tree/kpi_designer.ipynb"),
        ("GET", "tree"),
        ("GET", "terminals/1"),
        ("GET", "api/terminals"),
        ("POST", "api/terminals"),
        ("GET", "api/contents"),
        ("GET", "api/contents/kpi_designer.ipynb"),
        ("GET", "api/kernels"),
        ("POST", "api/kernels"),
        ("GET", "api/sessions"),
        ("GET", "files/kpi_designer.ipynb"),
        ("GET", "voila/tree"),
        ("GET", "voila/files/kpi_designer.ipynb"),
        ("GET", "voila/api/contents/"),
    ],
)
def test_jupyterlab_terminals_and_contents_are_closed(hub, people, method, path):
    # alice's session is valid for her server (the apps test opens it); these paths are simply not there
    response = people["alice"].request.fetch(f"{hub.base}/user/alice/{path}", method=method, max_redirects=0)
    body = response.text()
    assert response.status in (403, 404, 405), (response.status, body[:300])
    assert "JupyterLab" not in body and '"type": "notebook"' not in body and "kpiguide.ui" not in body


def test_a_person_cannot_open_another_persons_server(hub, people, pg_project):
    link = hub.app_link(pg_project, "head", department="sales").replace("/hub/user-redirect/", "/user/bob/")
    response = people["alice"].request.get(link)  # redirects followed: bob's server asks the hub, which refuses
    assert response.status == 403, (response.status, response.url)
    assert "kpiguide-designer" not in response.text()


def test_without_a_hub_login_the_apps_send_you_to_the_login_page(hub, browser, pg_project):  # noqa: F811
    context = browser.new_context()
    try:
        response = context.request.get(hub.app_link(pg_project, "employee", employee="E001"))
        assert "/hub/login" in response.url and "kpiguide-my-kpis" not in response.text()
    finally:
        context.close()
