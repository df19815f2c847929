"""Finding and remembering projects for the guided notebooks.

The notebooks open the project named by ``KPIGUIDE_PROJECT``; without it they
offer a picker, and the project picked last is remembered (in
``$KPIGUIDE_HOME/last_project``, default ``~/.kpiguide``) so that the next
notebook, or the same one after a restart, continues where the work stopped.
"""

from __future__ import annotations

import os
import re
from collections.abc import Mapping
from pathlib import Path

from kpiguide.core.errors import InputError, Problem, ProjectNotFound
from kpiguide.core.i18n import t

__all__ = [
    "HOME_ENV",
    "find_projects",
    "last_project",
    "new_project_path",
    "projects_home",
    "remember_project",
    "resolve_project",
]

HOME_ENV = "KPIGUIDE_HOME"
PROJECT_ENV = "KPIGUIDE_PROJECT"


def projects_home(environ: Mapping[str, str] | None = None) -> Path:
    """The folder where new projects are created and the last project is remembered."""
    environ = os.environ if environ is None else environ
    return Path(environ.get(HOME_ENV) or Path.home() / ".kpiguide").expanduser()


def find_projects(*folders: str | Path) -> list[Path]:
    """``*.sqlite`` project files in ``folders`` (not recursive), newest first."""
    found: dict[Path, float] = {}
    for folder in folders:
        folder = Path(folder).expanduser()
        if folder.is_dir():
            for path in folder.glob("*.sqlite"):
                found[path.resolve()] = path.stat().st_mtime
            for path in folder.glob("*/*.sqlite"):
                found[path.resolve()] = path.stat().st_mtime
    return sorted(found, key=lambda p: (-found[p], str(p)))


def remember_project(target: str | Path, environ: Mapping[str, str] | None = None) -> None:
    """Remember ``target`` as the project to open next time."""
    home = projects_home(environ)
    home.mkdir(parents=True, exist_ok=True)
    value = str(Path(target).resolve()) if "://" not in str(target) else str(target)
    (home / "last_project").write_text(value + "\n", encoding="utf-8")


def last_project(environ: Mapping[str, str] | None = None) -> str | None:
    """The project remembered by :func:`remember_project` if it still exists."""
    path = projects_home(environ) / "last_project"
    if not path.is_file():
        return None
    value = path.read_text(encoding="utf-8").strip()
    if not value or ("://" not in value and not Path(value).is_file()):
        return None
    return value


def resolve_project(explicit: str | Path | None = None, environ: Mapping[str, str] | None = None) -> str | None:
    """The project to open: ``explicit``, else ``KPIGUIDE_PROJECT``, else the remembered one, else None.

    Raises :class:`~kpiguide.project.store.ProjectNotFound` when ``KPIGUIDE_PROJECT`` names
    a SQLite file that does not exist (a typo should not silently open another project).
    """
    environ = os.environ if environ is None else environ
    if explicit:
        return str(explicit)
    named = environ.get(PROJECT_ENV)
    if named:
        if "://" not in named and not Path(named).expanduser().is_file():
            raise ProjectNotFound(
                f"{PROJECT_ENV} names {named!r}, which does not exist. "
                "Fix the variable, or unset it and pick a project in 00_start_here."
            )
        return str(Path(named).expanduser()) if "://" not in named else named
    return last_project(environ)


def new_project_path(
    name: str, filename: str = "", environ: Mapping[str, str] | None = None, *, lang: str = "en"
) -> Path:
    """Where a new project called ``name`` goes: ``<projects home>/<filename or a name-based slug>.sqlite``.

    Raises :class:`~kpiguide.core.errors.InputError` when the name is empty, the file
    name has characters other than letters, digits, ``_`` and ``-``, or the file exists;
    its messages are in ``lang``.
    """
    problems = []
    if not str(name or "").strip():
        problems.append(Problem(t("project.name_needed", lang), field="name"))
    stem = str(filename or "").strip().removesuffix(".sqlite")
    home = projects_home(environ)
    if not stem:
        base = re.sub(r"[^A-Za-z0-9_-]+", "_", str(name or "").strip()).strip("_").lower()[:40] or "project"
        stem, n = base, 1
        while (home / f"{stem}.sqlite").exists():
            n += 1
            stem = f"{base}_{n}"
    elif not re.fullmatch(r"[A-Za-z0-9_-]{1,60}", stem):
        problems.append(Problem(t("project.bad_file_name", lang, stem=stem), field="file"))
    path = home / f"{stem}.sqlite"
    if path.exists():
        problems.append(Problem(t("project.file_exists", lang, path=str(path)), field="file"))
    if problems:
        raise InputError(t("project.cannot_create", lang), problems)
    return path
