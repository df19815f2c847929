"""An on-disk cache of derived artifacts (the catalog, text indexes, the tokenizer dictionary).

Work every process would otherwise repeat — reading and validating the catalog, segmenting it,
building the suggestion indexes — is done once per *version* of its inputs and kept in a folder
of plain files (numpy arrays, JSON, text), never a pickle of live objects.  An artifact is a
folder ``<cache>/<kind>/<key>/``: ``key`` is a digest of everything the artifact depends on
(input files, parameters, code version), so a changed catalog simply gets a new folder.

Safe to share between processes:

- an artifact is written into a temporary folder next to its final place and published by one
  atomic ``rename``; a folder that exists is complete.  Two processes building at once both
  build; the first rename wins, the other one's copy is dropped.
- every artifact carries ``MANIFEST.json`` (size and CRC-32 of each file), checked on load: a
  truncated or damaged artifact is discarded and rebuilt.
- a cache folder that cannot be written (read-only install, full disk) is not an error: the
  artifact is built in memory and used, as without a cache.

The folder is ``$KPIGUIDE_CACHE_DIR`` (``off`` turns the cache off), else the user cache folder
(``~/.cache/kpiguide`` on Linux) — never the package folder, which may be read-only.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import logging
import os
import shutil
import tempfile
import time
import zlib
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import Any, TypeVar

__all__ = [
    "CACHE_ENV",
    "ArtifactCache",
    "cache_dir",
    "default_cache",
    "digest",
    "file_digest",
    "read_json",
    "write_json",
]

CACHE_ENV = "KPIGUIDE_CACHE_DIR"
MANIFEST = "MANIFEST.json"
log = logging.getLogger("kpiguide.cache")
T = TypeVar("T")


def cache_dir() -> Path | None:
    """The cache folder: ``$KPIGUIDE_CACHE_DIR``, else the user cache folder; ``None`` when turned off."""
    configured = os.environ.get(CACHE_ENV)
    if configured is not None:
        return None if configured.strip().lower() in ("", "off", "0", "none") else Path(configured).expanduser()
    try:
        from platformdirs import user_cache_dir  # optional: present with Jupyter; a plain default otherwise
    except ImportError:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
        return Path(base) / "kpiguide"
    return Path(user_cache_dir("kpiguide", appauthor=False))


def digest(*parts: str | bytes) -> str:
    """A short stable hex digest of ``parts`` (each part length-prefixed, so ``("ab", "c") != ("a", "bc")``)."""
    h = hashlib.sha256()
    for part in parts:
        data = part.encode("utf-8") if isinstance(part, str) else part
        h.update(len(data).to_bytes(8, "little"))
        h.update(data)
    return h.hexdigest()[:32]


def file_digest(paths: Iterable[Path]) -> str:
    """Digest of the names and contents of ``paths`` (in the order given)."""
    parts: list[str | bytes] = []
    for path in paths:
        parts += [path.name, path.read_bytes()]
    return digest(*parts)


def write_json(path: Path, value: Any) -> None:
    path.write_text(json.dumps(value, ensure_ascii=False, separators=(",", ":")), encoding="utf-8")


def read_json(path: Path) -> Any:
    return json.loads(path.read_text(encoding="utf-8"))


def _crc(path: Path) -> int:
    crc = 0
    with path.open("rb") as handle:
        while chunk := handle.read(1 << 20):
            crc = zlib.crc32(chunk, crc)
    return crc


def _write_manifest(folder: Path) -> None:
    files = sorted(p for p in folder.iterdir() if p.is_file() and p.name != MANIFEST)
    write_json(folder / MANIFEST, {p.name: [p.stat().st_size, _crc(p)] for p in files})


def _check_manifest(folder: Path) -> None:
    manifest = read_json(folder / MANIFEST)
    for name, (size, crc) in manifest.items():
        path = folder / name
        if path.stat().st_size != size or _crc(path) != crc:
            raise ValueError(f"{path} is damaged (size or checksum differs from the manifest)")


class ArtifactCache:
    """Artifacts in ``root`` (``None``: no disk cache, everything is built in memory)."""

    def __init__(self, root: Path | None) -> None:
        self.root = root

    def path(self, kind: str, key: str) -> Path | None:
        return None if self.root is None else self.root / kind / key

    def writable(self) -> bool:
        """True when artifacts can be stored (the folder exists or can be made, and is writable)."""
        if self.root is None:
            return False
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError:
            return False
        return os.access(self.root, os.W_OK | os.X_OK)

    def has(self, kind: str, key: str) -> bool:
        path = self.path(kind, key)
        return path is not None and (path / MANIFEST).is_file()

    def get(
        self, kind: str, key: str, build: Callable[[], T], save: Callable[[T, Path], None], load: Callable[[Path], T]
    ) -> T:
        """The artifact ``kind/key``: loaded from the cache, else built (and stored when the cache is writable).

        ``save(value, folder)`` writes the files of a built value into an empty folder;
        ``load(folder)`` reads them back and raises on anything it cannot use.
        """
        path = self.path(kind, key)
        if path is not None and path.is_dir():
            try:
                _check_manifest(path)
                value = load(path)
                _touch(path)
                return value
            except Exception as exc:  # noqa: BLE001 - any unreadable artifact is rebuilt, never fatal
                log.warning("Cache artifact %s is unusable (%s); rebuilding it", path, exc)
                self._discard(path)
        value = build()
        if path is not None:
            self._publish(path, value, save)
        return value

    def _publish(self, path: Path, value: T, save: Callable[[T, Path], None]) -> None:
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = Path(tempfile.mkdtemp(prefix=f".tmp-{path.name[:8]}-", dir=path.parent))
        except OSError as exc:
            log.info("Cache folder %s is not writable (%s); working without a cache", path.parent, exc)
            return
        try:
            save(value, tmp)
            _write_manifest(tmp)
            os.rename(tmp, path)  # atomic; fails if another process published first (its copy is as good)
        except OSError as exc:
            if not path.is_dir():
                log.info("Could not store cache artifact %s (%s)", path, exc)
        finally:
            shutil.rmtree(tmp, ignore_errors=True)

    def prune(self, older_than_days: float | None = None, now: float | None = None) -> tuple[int, int]:
        """Remove artifacts not used for ``older_than_days`` days (all of them when ``None``) and the leftovers
        of interrupted builds; returns ``(artifacts removed, bytes freed)``.

        Safe while kernels run: an artifact is renamed away before it is deleted (no reader sees half a
        folder), memory-mapped arrays stay readable after their file is removed, and the next process that
        needs a removed artifact rebuilds it.
        """
        if self.root is None or not self.root.is_dir():
            return 0, 0
        now = time.time() if now is None else now
        cutoff = None if older_than_days is None else now - older_than_days * 86400
        removed = freed = 0
        for kind in sorted(p for p in self.root.iterdir() if p.is_dir()):
            for folder in sorted(p for p in kind.iterdir() if p.is_dir()):
                leftover = folder.name.startswith((".tmp-", ".trash-"))
                used = _last_used(folder)
                if leftover and now - used < 3600:
                    continue  # another process may be building it right now
                if leftover or cutoff is None or used < cutoff:
                    size = sum(f.stat().st_size for f in folder.rglob("*") if f.is_file())
                    if self._discard(folder):
                        removed, freed = removed + (not leftover), freed + size
        return removed, freed

    def _discard(self, path: Path) -> bool:
        """Remove a damaged artifact (renamed away first, so no reader sees it half-deleted)."""
        trash = path.with_name(f".trash-{path.name}-{os.getpid()}")
        try:
            os.rename(path, trash)
        except OSError:
            return False
        shutil.rmtree(trash, ignore_errors=True)
        return True


def _touch(path: Path) -> None:
    """Mark an artifact as used now (for :meth:`ArtifactCache.prune`); a read-only cache is not an error."""
    with contextlib.suppress(OSError):
        os.utime(path / MANIFEST)


def _last_used(folder: Path) -> float:
    manifest = folder / MANIFEST
    try:
        return (manifest if manifest.is_file() else folder).stat().st_mtime
    except OSError:
        return 0.0


_DEFAULT: dict[str | None, ArtifactCache] = {}


def default_cache() -> ArtifactCache:
    """The process's cache (follows ``$KPIGUIDE_CACHE_DIR`` when it changes, e.g. in tests)."""
    key = os.environ.get(CACHE_ENV)
    if key not in _DEFAULT:
        _DEFAULT[key] = ArtifactCache(cache_dir())
    return _DEFAULT[key]
