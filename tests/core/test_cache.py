"""The artifact cache: atomic publication, damaged artifacts rebuilt, unwritable folders tolerated, two builders."""

from __future__ import annotations

import multiprocessing
import os
import time
from pathlib import Path

import pytest

from kpiguide.core.cache import CACHE_ENV, ArtifactCache, cache_dir, digest, read_json, write_json


def _save(value: dict, folder: Path) -> None:
    write_json(folder / "value.json", value)


def _load(folder: Path) -> dict:
    return read_json(folder / "value.json")


class Counter:
    def __init__(self, value: dict) -> None:
        self.calls = 0
        self.value = value

    def __call__(self) -> dict:
        self.calls += 1
        return dict(self.value)


def test_built_once_then_loaded(tmp_path):
    cache = ArtifactCache(tmp_path)
    build = Counter({"a": 1})
    assert cache.get("thing", "k1", build, _save, _load) == {"a": 1}
    assert cache.get("thing", "k1", build, _save, _load) == {"a": 1}
    assert build.calls == 1
    assert cache.has("thing", "k1")
    assert not [p for p in (tmp_path / "thing").iterdir() if p.name.startswith(".")]  # no temporary folder left


def test_a_new_key_is_a_new_artifact(tmp_path):
    cache = ArtifactCache(tmp_path)
    build = Counter({"a": 1})
    cache.get("thing", "k1", build, _save, _load)
    cache.get("thing", "k2", build, _save, _load)
    assert build.calls == 2
    assert sorted(p.name for p in (tmp_path / "thing").iterdir()) == ["k1", "k2"]


def test_damaged_artifact_is_rebuilt(tmp_path):
    cache = ArtifactCache(tmp_path)
    build = Counter({"a": 1, "text": "x" * 100})
    cache.get("thing", "k", build, _save, _load)
    file = tmp_path / "thing" / "k" / "value.json"
    file.write_bytes(file.read_bytes()[:10])  # truncated, e.g. a full disk
    assert cache.get("thing", "k", build, _save, _load) == build.value
    assert build.calls == 2
    assert cache.get("thing", "k", build, _save, _load) == build.value  # the rebuilt artifact is good
    assert build.calls == 2


def test_same_size_corruption_is_caught_by_the_checksum(tmp_path):
    cache = ArtifactCache(tmp_path)
    build = Counter({"a": 123456})
    cache.get("thing", "k", build, _save, _load)
    file = tmp_path / "thing" / "k" / "value.json"
    file.write_bytes(file.read_bytes().replace(b"123456", b"654321"))
    assert cache.get("thing", "k", build, _save, _load) == {"a": 123456}
    assert build.calls == 2


def test_a_loader_that_refuses_the_files_means_a_rebuild(tmp_path):
    cache = ArtifactCache(tmp_path)
    build = Counter({"a": 1})
    cache.get("thing", "k", build, _save, _load)

    def refuse(folder: Path) -> dict:
        raise ValueError("not mine")

    assert cache.get("thing", "k", build, _save, refuse) == {"a": 1}
    assert build.calls == 2


def test_unwritable_cache_folder_builds_in_memory(tmp_path):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    cache = ArtifactCache(blocker / "cache")  # cannot be created: its parent is a file
    build = Counter({"a": 1})
    assert not cache.writable()
    assert cache.get("thing", "k", build, _save, _load) == {"a": 1}
    assert cache.get("thing", "k", build, _save, _load) == {"a": 1}
    assert build.calls == 2


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root ignores folder permissions")
def test_read_only_cache_folder_builds_in_memory(tmp_path):
    tmp_path.chmod(0o500)
    try:
        cache = ArtifactCache(tmp_path / "cache")
        assert cache.get("thing", "k", Counter({"a": 1}), _save, _load) == {"a": 1}
    finally:
        tmp_path.chmod(0o700)


def test_failing_save_leaves_no_artifact(tmp_path):
    cache = ArtifactCache(tmp_path)

    def bad_save(value: dict, folder: Path) -> None:
        (folder / "half.json").write_text("{")
        raise OSError("disk full")

    assert cache.get("thing", "k", Counter({"a": 1}), bad_save, _load) == {"a": 1}
    assert not cache.has("thing", "k")
    assert not list((tmp_path / "thing").iterdir())


def test_no_cache_at_all(tmp_path):
    cache = ArtifactCache(None)
    build = Counter({"a": 1})
    assert cache.get("thing", "k", build, _save, _load) == {"a": 1}
    assert not cache.writable()


def test_cache_folder_from_the_environment(monkeypatch, tmp_path):
    monkeypatch.setenv(CACHE_ENV, str(tmp_path / "c"))
    assert cache_dir() == tmp_path / "c"
    monkeypatch.setenv(CACHE_ENV, "off")
    assert cache_dir() is None
    monkeypatch.delenv(CACHE_ENV)
    assert cache_dir() is not None and "kpiguide" in str(cache_dir())


def test_digest_separates_parts():
    assert digest("ab", "c") != digest("a", "bc")
    assert digest("x") == digest(b"x")


def _slow_build_in_process(root: str, start: float, out: multiprocessing.Queue) -> None:
    def build() -> dict:
        time.sleep(0.5)  # both processes are building at the same time
        return {"pid": os.getpid(), "payload": list(range(1000))}

    while time.time() < start:
        time.sleep(0.01)
    value = ArtifactCache(Path(root)).get("thing", "k", build, _save, _load)
    out.put(value["payload"] == list(range(1000)))


def test_two_processes_building_at_once(tmp_path):
    context = multiprocessing.get_context("spawn")
    out = context.Queue()
    start = time.time() + 2.0
    procs = [context.Process(target=_slow_build_in_process, args=(str(tmp_path), start, out)) for _ in range(2)]
    for proc in procs:
        proc.start()
    for proc in procs:
        proc.join(60)
        assert proc.exitcode == 0
    assert [out.get(timeout=5), out.get(timeout=5)] == [True, True]
    assert [p.name for p in (tmp_path / "thing").iterdir()] == ["k"]  # one artifact, no temporary leftovers
    loaded = ArtifactCache(tmp_path).get("thing", "k", Counter({}), _save, _load)
    assert loaded["payload"] == list(range(1000))


def test_prune_removes_unused_artifacts_and_stale_leftovers_only(tmp_path):
    cache = ArtifactCache(tmp_path)
    for key in ("old", "fresh"):
        cache.get("thing", key, Counter({"k": key}), _save, _load)
    now = time.time()
    os.utime(tmp_path / "thing" / "old" / "MANIFEST.json", (now - 40 * 86400, now - 40 * 86400))
    (tmp_path / "thing" / ".tmp-abandoned").mkdir()
    os.utime(tmp_path / "thing" / ".tmp-abandoned", (now - 7200, now - 7200))
    (tmp_path / "thing" / ".tmp-building").mkdir()  # another process is writing it now: kept
    removed, freed = cache.prune(30, now=now)
    assert (removed, freed > 0) == (1, True)
    assert sorted(p.name for p in (tmp_path / "thing").iterdir()) == [".tmp-building", "fresh"]
    build = Counter({"k": "old"})
    assert cache.get("thing", "old", build, _save, _load) == {"k": "old"} and build.calls == 1  # rebuilt on demand


def test_loading_marks_an_artifact_used_so_prune_keeps_it(tmp_path):
    cache = ArtifactCache(tmp_path)
    cache.get("thing", "k", Counter({"a": 1}), _save, _load)
    manifest = tmp_path / "thing" / "k" / "MANIFEST.json"
    os.utime(manifest, (1, 1))
    cache.get("thing", "k", Counter({"a": 1}), _save, _load)
    assert manifest.stat().st_mtime > 1
    assert cache.prune(1) == (0, 0)
    size = manifest.stat().st_size + (tmp_path / "thing" / "k" / "value.json").stat().st_size
    assert cache.prune() == (1, size)
    assert not (tmp_path / "thing" / "k").exists()


def test_cache_clear_command(tmp_path, monkeypatch):
    from click.testing import CliRunner

    from kpiguide.cli import main

    monkeypatch.setenv(CACHE_ENV, str(tmp_path))
    ArtifactCache(tmp_path).get("thing", "k", Counter({"a": 1}), _save, _load)
    result = CliRunner().invoke(main, ["cache", "clear", "--older-than", "1"])
    assert result.exit_code == 0 and "Removed 0 cached artifact(s)" in result.output
    result = CliRunner().invoke(main, ["cache", "clear"])
    assert result.exit_code == 0 and "Removed 1 cached artifact(s)" in result.output
    assert not (tmp_path / "thing" / "k").exists()
    assert CliRunner().invoke(main, ["cache", "clear", "--older-than", "-1"]).exit_code == 2
