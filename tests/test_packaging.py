"""The wheel works outside the checkout: build it, install it in a fresh venv, run the demo and serve the apps.

The wheel must hold every data file git tracks under kpiguide/; the served designer is opened in headless
Chromium (the browser tests' fixture) and its screenshot kept in the test's tmp folder.

The venv reuses the dependencies already installed for the tests (``--system-site-packages`` plus a
``.pth`` naming the running environment's site-packages, because the test environment is itself a
venv), so no network is needed; kpiguide itself comes only from the wheel (``pip install --no-deps``),
and every command runs with ``cwd`` outside the checkout so the source tree cannot be imported by accident.
"""

from __future__ import annotations

import json
import os
import shutil
import signal
import socket
import subprocess
import sys
import sysconfig
import time
import urllib.error
import urllib.request
import zipfile
from pathlib import Path

import pytest

from tests.browser.conftest import browser  # noqa: F401 -- the browser tests' Chromium fixture

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parents[1]
APPS = ("kpi_designer.ipynb", "leadership_dashboard.ipynb", "my_kpis.ipynb")


def _clean_env(**extra: str) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV", "PYTHONHOME")}
    return {**env, **extra}


def _in_venv(venv: Path, code: str, cwd: Path) -> str:
    """What ``code`` prints when run by the test venv's Python outside the checkout."""
    return subprocess.run(
        [str(venv / "python"), "-c", code], check=True, capture_output=True, text=True, cwd=cwd, env=_clean_env()
    ).stdout.strip()


@pytest.fixture(scope="module")
def wheel(tmp_path_factory) -> Path:
    """The wheel, built from a copy of the sources (the build leaves nothing in the checkout).

    ``KPIGUIDE_TEST_WHEEL=path`` tests a wheel built elsewhere instead.  The build is offline
    (``--no-build-isolation``), so it needs setuptools>=77 and wheel in this environment (the test extra
    installs them); with older tools the test is skipped, saying so.
    """
    if os.environ.get("KPIGUIDE_TEST_WHEEL"):
        return Path(os.environ["KPIGUIDE_TEST_WHEEL"])
    src = tmp_path_factory.mktemp("src")
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc", "*.egg-info")
    shutil.copytree(ROOT / "kpiguide", src / "kpiguide", ignore=ignore)
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, src / name)
    out = tmp_path_factory.mktemp("dist")
    build = subprocess.run(
        [sys.executable, "-m", "pip", "wheel", "--no-deps", "--no-build-isolation", "-q", "-w", str(out), str(src)],
        check=False,
        cwd=out,
        env=_clean_env(),
        capture_output=True,
        text=True,
    )
    if build.returncode != 0:
        import setuptools  # only to explain a skip

        if int(setuptools.__version__.split(".")[0]) < 77:
            pytest.skip(
                f"offline wheel build needs setuptools>=77 and wheel (found setuptools {setuptools.__version__}); "
                "install the test extra, or set KPIGUIDE_TEST_WHEEL to a built wheel"
            )
        raise AssertionError(f"pip wheel failed:\n{build.stdout}\n{build.stderr}")
    (found,) = out.glob("kpiguide-*.whl")
    return found


@pytest.fixture(scope="module")
def venv(wheel, tmp_path_factory) -> Path:
    """A fresh venv outside the checkout with the wheel installed; returns its bin/ folder."""
    target = tmp_path_factory.mktemp("venv") / "env"
    subprocess.run([sys.executable, "-m", "venv", "--system-site-packages", "--without-pip", str(target)], check=True)
    python = target / "bin" / "python"
    site = subprocess.run(
        [str(python), "-c", "import sysconfig; print(sysconfig.get_paths()['purelib'])"],
        check=True,
        capture_output=True,
        text=True,
    ).stdout.strip()
    deps = {sysconfig.get_paths()["purelib"], sysconfig.get_paths()["platlib"]}
    # plain paths (not site dirs): the test environment's editable kpiguide (a .pth finder) stays inactive
    Path(site, "_test_dependencies.pth").write_text("\n".join(sorted(deps)) + "\n", encoding="utf-8")
    subprocess.run(
        [sys.executable, "-m", "pip", "--python", str(python), "install", "-q", "--no-deps", str(wheel)],
        check=True,
        cwd=target,
        env=_clean_env(),
        capture_output=True,
    )
    return target / "bin"


def test_wheel_ships_the_app_notebooks_and_data_files(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    for app in APPS:
        assert f"kpiguide/server/apps/{app}" in names
    for needed in ("kpiguide/py.typed", "kpiguide/schemas/scheme.schema.json", "kpiguide/messages/core.yaml"):
        assert needed in names
    assert any(n.startswith("kpiguide/catalog/data/") for n in names)
    assert not any(n.startswith(("tests/", "benchmarks/", "notebooks/")) for n in names)


def test_wheel_ships_every_data_file_of_the_package(wheel):
    """Every file under kpiguide/ that git tracks and that is not Python source is in the wheel.

    Templates, message tables, catalog data, design and data YAML, schemas, app notebooks: a data file
    added later without a matching ``[tool.setuptools.package-data]`` pattern fails here.
    """
    if shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("not a git checkout: the tracked files cannot be listed")
    tracked = subprocess.run(
        ["git", "ls-files", "-z", "--", "kpiguide"], check=True, cwd=ROOT, capture_output=True
    ).stdout.decode("utf-8")
    data = {name for name in tracked.split("\0") if name and not name.endswith(".py")}
    assert len(data) > 50 and "kpiguide/messages/core.yaml" in data  # the listing itself worked
    names = set(zipfile.ZipFile(wheel).namelist())
    assert sorted(data - names) == []


def test_installed_package_is_the_wheel_not_the_checkout(venv, tmp_path):
    out = _in_venv(venv, "import kpiguide; print(kpiguide.__file__)", tmp_path)
    assert str(venv.parent) in out and str(ROOT) not in out


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _first_link(proc: subprocess.Popen, timeout: float, log: Path) -> str:
    """The leadership invite printed by ``serve --print-invites`` (stdout: ``role<TAB>url``)."""
    deadline = time.monotonic() + timeout
    assert proc.stdout is not None
    while time.monotonic() < deadline:
        line = proc.stdout.readline()
        if not line:
            if proc.poll() is not None:
                raise AssertionError(f"kpiguide serve exited with {proc.returncode}:\n{log.read_text()[-3000:]}")
            continue
        if "\thttp" in line:
            return line.split("\t", 1)[1].strip()
    raise AssertionError("no invite link printed")


def _get(url: str, timeout: float, proc: subprocess.Popen, log: Path) -> tuple[int, str]:
    """GET ``url`` once the server listens (Voila executes the app before it answers)."""
    deadline = time.monotonic() + timeout
    while True:
        try:
            with urllib.request.urlopen(url, timeout=timeout) as response:
                return response.status, response.read().decode("utf-8", "replace")
        except (ConnectionError, urllib.error.URLError) as exc:
            if proc.poll() is not None or time.monotonic() > deadline:
                raise AssertionError(f"{url}: {exc}\n{log.read_text()[-3000:]}") from None
            time.sleep(1)


class Served:
    def __init__(self, port: int, links: dict[str, str], server: subprocess.Popen, log: Path) -> None:
        self.port, self.links, self.server, self.log = port, links, server, log


@pytest.fixture(scope="module")
def served_from_wheel(venv, tmp_path_factory):
    """``kpiguide demo`` then ``kpiguide serve --print-invites`` from the installed wheel, outside the checkout."""
    tmp_path = tmp_path_factory.mktemp("served")
    # Voila's templates are data files of the dependency environment (share/jupyter), not of the new venv
    env = _clean_env(KPIGUIDE_HOME=str(tmp_path / "home"), JUPYTER_PATH=str(Path(sys.prefix, "share", "jupyter")))
    demo = subprocess.run(
        [str(venv / "kpiguide"), "demo", str(tmp_path / "d")],
        check=True,
        capture_output=True,
        text=True,
        cwd=tmp_path,
        env=env,
    )
    project = Path(demo.stdout.strip())
    assert project.name == "demo.sqlite" and project.is_file()
    port = _free_port()
    log = tmp_path / "serve.log"
    with log.open("w") as err:
        server = subprocess.Popen(
            [str(venv / "kpiguide"), "serve", str(project), "--port", str(port), "--print-invites"],
            cwd=tmp_path,
            env=env,
            stdout=subprocess.PIPE,
            stderr=err,
            text=True,
            start_new_session=True,
        )
    try:
        link = _first_link(server, 120, log)
        links = {"leadership": link, "head": _first_link(server, 30, log)}  # then one head link per department
        yield Served(port, links, server, log)
    finally:
        server.send_signal(signal.SIGTERM)
        try:
            server.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
        if server.stdout is not None:
            server.stdout.close()
    assert server.returncode is not None


def test_demo_and_serve_from_the_installed_wheel(served_from_wheel):
    link, port = served_from_wheel.links["leadership"], served_from_wheel.port
    assert f":{port}/voila/render/leadership_dashboard.ipynb?invite=" in link
    status, html = _get(link, 180, served_from_wheel.server, served_from_wheel.log)
    assert status == 200
    assert "Leadership dashboard" in html and "application/vnd.jupyter.widget-view+json" in html
    assert "Traceback" not in html


def test_the_wheel_served_designer_renders_in_chromium(served_from_wheel, venv, browser, tmp_path):  # noqa: F811
    link = served_from_wheel.links["head"]
    assert f":{served_from_wheel.port}/voila/render/kpi_designer.ipynb?invite=" in link
    # the page's title is the first heading of the notebook the wheel installed
    notebook = _in_venv(venv, "from kpiguide.server.serve import find_apps_dir; print(find_apps_dir())", tmp_path)
    assert str(venv.parent) in notebook
    cells = json.loads(Path(notebook, "kpi_designer.ipynb").read_text(encoding="utf-8"))["cells"]
    title = "".join(cells[0]["source"]).splitlines()[0].lstrip("# ").strip()
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    errors: list[str] = []
    page = context.new_page()
    page.on("pageerror", lambda exc: errors.append(str(exc)))
    try:
        page.goto(link, wait_until="commit", timeout=60_000)
        page.locator(".kpiguide-designer, .kpiguide-error-page").first.wait_for(state="visible", timeout=180_000)
        assert page.locator(".kpiguide-error-page").count() == 0
        assert page.locator("h1").filter(has_text=title).first.is_visible()
        assert page.locator(".kpiguide-designer .widget-text input, .kpiguide-designer input").count() > 0
        page.screenshot(path=str(tmp_path / "wheel-kpi_designer.png"))
        page.close(run_before_unload=True)
    finally:
        context.close()
    assert (tmp_path / "wheel-kpi_designer.png").stat().st_size > 10_000
    assert not [e for e in errors if "setData" not in e]
