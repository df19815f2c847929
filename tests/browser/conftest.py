"""Fixtures for real-browser tests: `kpiguide serve` on a free loopback port + Debian's Chromium.

The server is started as ``python -m kpiguide serve PROJECT --port PORT`` in its own
process group and stopped with SIGTERM to its pid (it then shuts its kernels down).
Chromium is never downloaded: it is Debian's (``apt-get install chromium``).
"""

from __future__ import annotations

import os
import shutil
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "test-artifacts"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]


def chromium_or_skip() -> str:
    path = shutil.which("chromium")
    if path:
        return path
    message = "Chromium is not installed: run `apt-get install -y chromium` (make test installs it)."
    if os.environ.get("CI"):
        pytest.fail(message)
    pytest.skip(message)


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_port(port: int, proc: subprocess.Popen, timeout: float = 60) -> None:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"kpiguide serve exited with {proc.returncode}")
        try:
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            time.sleep(0.5)
    raise RuntimeError(f"kpiguide serve did not listen on port {port} within {timeout} s")


class Server:
    def __init__(self, project: Path, port: int, proc: subprocess.Popen, log: Path) -> None:
        self.project = project
        self.port = port
        self.proc = proc
        self.log = log
        self.base = f"http://127.0.0.1:{port}"

    def url(self, notebook: str, token: str | None = None, **params: str) -> str:
        from urllib.parse import urlencode

        query = {**({"invite": token} if token is not None else {}), **params}
        return f"{self.base}/voila/render/{notebook}" + (f"?{urlencode(query)}" if query else "")


def start_server(project: Path, log: Path, *extra: str) -> Server:
    port = free_port()
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    with log.open("wb") as out:
        proc = subprocess.Popen(
            [sys.executable, "-m", "kpiguide", "serve", str(project), "--port", str(port), *extra],
            cwd=log.parent,
            env=env,
            stdout=out,
            stderr=subprocess.STDOUT,
            start_new_session=True,
        )
    try:
        wait_for_port(port, proc)
    except RuntimeError:
        stop_server(proc)
        raise RuntimeError(log.read_text(errors="replace")[-3000:]) from None
    return Server(project, port, proc, log)


def stop_server(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=30)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()


@pytest.fixture(scope="module")
def served_project(demo_project_template, tmp_path_factory):
    folder = tmp_path_factory.mktemp("served")
    project = folder / "demo.sqlite"
    project.write_bytes(demo_project_template.read_bytes())
    server = start_server(project, folder / "serve.log")
    yield server
    stop_server(server.proc)


@pytest.fixture(scope="module")
def browser():
    executable = chromium_or_skip()
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=executable, args=CHROMIUM_ARGS)
        yield browser
        browser.close()


@pytest.fixture
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
