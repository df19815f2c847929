"""Warming a kernel: a pool kernel loads the engines from the cache, a one-visit kernel only what the page needs."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

CODE = """
import sys
from kpiguide.server.warm import warm
warm(sys.argv[1], preheated=sys.argv[2] == "1")
print(",".join(m for m in ("kpiguide.suggest.engine", "kpiguide.suggest.linking", "jieba") if m in sys.modules))
"""


def _modules_after_warm(app: str, preheated: bool) -> list[str]:
    out = subprocess.run(
        [sys.executable, "-c", CODE, app, "1" if preheated else "0"],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
        env={**os.environ, "PYTHONPATH": str(ROOT)},
    )
    return [m for m in out.stdout.strip().split(",") if m]


def test_pool_kernel_of_the_designer_carries_the_engines():
    assert _modules_after_warm("kpi_designer", True) == ["kpiguide.suggest.engine", "kpiguide.suggest.linking", "jieba"]


def test_one_visit_kernels_stay_light():
    assert _modules_after_warm("kpi_designer", False) == []
    assert _modules_after_warm("my_kpis", True) == []


def test_warming_never_raises(monkeypatch):
    from kpiguide.server import warm as module

    def broken() -> None:
        raise OSError("disk gone")

    monkeypatch.setattr(module, "load_catalog", broken)
    module.warm("kpi_designer", preheated=False)


def test_serve_builds_what_the_cache_lacks_first(built_cache, monkeypatch, tmp_path):
    from kpiguide.server.serve import build_cache_first

    # a full cache (built once per session) without its tokenizer dictionary and indexes: the child process serve
    # starts builds them (a build from an empty folder is tests/cli/test_cli_cache.py's)
    cache = tmp_path / "cache"
    shutil.copytree(built_cache[0], cache)
    for part in ("tokenizer", "index"):
        shutil.rmtree(cache / part)
    monkeypatch.setenv("KPIGUIDE_CACHE_DIR", str(cache))
    assert build_cache_first(wait=600) is True
    assert {p.name for p in cache.iterdir()} >= {"catalog", "roles", "tokenizer", "index"}
    assert any((cache / "index").iterdir()) and any((cache / "tokenizer").iterdir())


def test_every_kernel_has_read_the_message_tables_before_the_invite():
    code = (
        "import sys\nfrom kpiguide.core.i18n import message_table\nfrom kpiguide.server.warm import warm\n"
        "warm(sys.argv[1], preheated=False)\nprint(message_table.cache_info().currsize)"
    )
    for app in ("my_kpis", "kpi_designer"):
        out = subprocess.run(
            [sys.executable, "-c", code, app],
            capture_output=True,
            text=True,
            check=True,
            cwd=ROOT,
            env={**os.environ, "PYTHONPATH": str(ROOT)},
        )
        assert out.stdout.strip() == "1"
