"""`kpiguide cache path` and `kpiguide cache build`."""

from __future__ import annotations

from click.testing import CliRunner

from kpiguide.cli import main
from kpiguide.core.cache import CACHE_ENV


def test_cache_path_follows_the_environment(tmp_path):
    result = CliRunner().invoke(main, ["cache", "path"], env={CACHE_ENV: str(tmp_path / "c")})
    assert result.exit_code == 0 and result.output.strip() == str(tmp_path / "c")
    result = CliRunner().invoke(main, ["cache", "path"], env={CACHE_ENV: "off"})
    assert result.output.strip() == "off"


def test_cache_build_runs_every_step(built_cache):
    folder, output = built_cache  # `kpiguide cache build` into an empty folder (tests/conftest.py)
    steps = [line.split("\t")[0] for line in output.splitlines() if "\t" in line]
    assert steps == ["catalog", "roles", "tokenizer", "suggester", "embeddings", "linker"]
    assert str(folder) in output
