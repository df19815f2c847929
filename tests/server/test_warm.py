"""Warming a kernel: a pool kernel loads the engines from the cache, a one-visit kernel only what the page needs."""

from __future__ import annotations

import os
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


def test_serve_builds_the_cache_first(monkeypatch, tmp_path):
    from kpiguide.server.serve import build_cache_first

    monkeypatch.setenv("KPIGUIDE_CACHE_DIR", str(tmp_path / "cache"))
    assert build_cache_first(wait=600) is True
    assert {p.name for p in (tmp_path / "cache").iterdir()} >= {"catalog", "roles", "tokenizer", "index"}


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
