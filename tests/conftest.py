from __future__ import annotations

import copy
import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import settings

from kpiguide.catalog import load_catalog
from kpiguide.design.demo import build_demo_scheme, create_demo_project
from kpiguide.suggest.linking import IndicatorLinker

# Fuzz tests are bounded by their number of examples; a per-example deadline only measures how busy the
# machine is (a shared 2-core runner fails 200 ms deadlines at random), so it is off for the whole suite.
settings.register_profile("kpiguide", deadline=None)
settings.load_profile("kpiguide")

EXTERNAL = Path(__file__).resolve().parents[1].parent / "shared" / "data" / "external"


@pytest.fixture(scope="session")
def demo_scheme_zh():
    return build_demo_scheme("zh")


@pytest.fixture(scope="session")
def demo_scheme_en():
    return build_demo_scheme("en")


@pytest.fixture(scope="session")
def demo_project_template(tmp_path_factory) -> Path:
    """A demo project built once per session; copy it before writing to it."""
    return create_demo_project(tmp_path_factory.mktemp("demo"), lang="zh")


@pytest.fixture
def demo_project(demo_project_template, tmp_path) -> Path:
    """A private, writable copy of the demo project."""
    target = tmp_path / "demo.sqlite"
    target.write_bytes(demo_project_template.read_bytes())
    return target


@pytest.fixture(scope="session")
def built_cache(tmp_path_factory) -> tuple[Path, str]:
    """`kpiguide cache build` run once per session, in a process of its own, into an empty folder: (the folder, the
    command's output). A fresh process builds every artifact (one that already holds the engines may skip writing
    some). A full build takes half a minute (the embeddings most of it); copy the folder before changing it."""
    folder = tmp_path_factory.mktemp("cache") / "c"
    result = subprocess.run(
        [sys.executable, "-m", "kpiguide", "cache", "build"],
        check=False,
        capture_output=True,
        text=True,
        env={**os.environ, "KPIGUIDE_CACHE_DIR": str(folder)},
        cwd=Path(__file__).resolve().parents[1],
    )
    assert result.returncode == 0, result.stdout + result.stderr
    return folder, result.stdout + result.stderr  # the steps on stdout, the cache folder on stderr


@pytest.fixture(scope="session")
def external_data() -> Path:
    path = Path(os.environ.get("KPIGUIDE_EXTERNAL_DATA", EXTERNAL))
    if not path.is_dir():
        pytest.skip(f"external data not found at {path}")
    return path


@pytest.fixture(scope="session")
def fitted_linker() -> Callable[..., IndicatorLinker]:
    """``IndicatorLinker(**params)`` fitted on the built-in catalog once per session and parameters (a fit takes
    ~2 s). Each call returns a shallow copy: a test may set the copy's weights, decision or practitioners' names
    (:meth:`IndicatorLinker.use_practitioner_names` replaces its attributes) without changing the others."""
    fits: dict[tuple[tuple[str, Any], ...], IndicatorLinker] = {}

    def fitted(**params: Any) -> IndicatorLinker:
        key = tuple(sorted(params.items()))
        if key not in fits:
            fits[key] = IndicatorLinker(**params).fit(load_catalog())
        return copy.copy(fits[key])

    return fitted
