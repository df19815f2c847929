"""The role library: archetypes of the jobs a company really has, with the indicators practitioners give them.

Each :class:`RoleArchetype` names a job in both languages (title and aliases; common titles also in pinyin,
as people type them without a Chinese input method), its typical duties, its
function and industries, its core indicators (catalog ids, ordered, each an *outcome* the role answers for or
a *driver* the role controls) and the codes of the same job in the Chinese occupational classification
(CSCO 2022, 职业分类大典) and in O*NET-SOC where one exists.  The data live in ``catalog/data/roles/*.yaml``;
:func:`load_roles` validates them (schema, unique ids, every indicator id in the catalog) and reports every
problem at once.

>>> from kpiguide.catalog.roles import load_roles
>>> roles = load_roles()                                   # doctest: +SKIP
>>> roles.get("cs_agent").title("en")                      # doctest: +SKIP
'Customer service agent'
"""

from __future__ import annotations

from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, replace
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from kpiguide.catalog.core import Catalog, builtin_data_dir, data_version, load_catalog, plain
from kpiguide.catalog.schema import validate_role_entries
from kpiguide.catalog.taxonomy import Taxonomy
from kpiguide.core.cache import default_cache, digest, file_digest, read_json, write_json
from kpiguide.core.errors import CatalogError, NotFound, Problem
from kpiguide.core.texttable import load_package_yaml

__all__ = [
    "CoreKpi",
    "RoleArchetype",
    "RoleLibrary",
    "load_roles",
    "official_titles_path",
    "roles_data_dir",
    "with_official_titles",
]


@dataclass(frozen=True)
class CoreKpi:
    """One core indicator of a role: a catalog id and whether it is an ``outcome`` or a ``driver``."""

    id: str
    kind: str


@dataclass(frozen=True)
class RoleArchetype:
    """A job as practitioners know it (see the module docstring)."""

    id: str
    function: str
    industries: tuple[str, ...]
    title_zh: str
    title_en: str
    aliases_zh: tuple[str, ...]
    aliases_en: tuple[str, ...]
    duties_zh: tuple[str, ...]
    duties_en: tuple[str, ...]
    core_kpis: tuple[CoreKpi, ...]
    csco: tuple[str, ...] = ()
    onet_soc: tuple[str, ...] = ()
    aliases_pinyin: tuple[str, ...] = ()

    def title(self, lang: str = "en") -> str:
        return self.title_zh if lang.startswith("zh") else self.title_en

    def names(self, lang: str) -> tuple[str, ...]:
        """The title and the aliases in one language."""
        if lang.startswith("zh"):
            return (self.title_zh, *self.aliases_zh)
        return (self.title_en, *self.aliases_en)

    def duties(self, lang: str = "en") -> tuple[str, ...]:
        return self.duties_zh if lang.startswith("zh") else self.duties_en

    @property
    def indicator_ids(self) -> tuple[str, ...]:
        return tuple(k.id for k in self.core_kpis)

    @property
    def specific(self) -> bool:
        """True for a job of particular industries (a store manager, a nurse), False for any company's job."""
        return "general" not in self.industries


@dataclass(frozen=True)
class RoleLibrary:
    """The role archetypes, by id, in file order."""

    roles: tuple[RoleArchetype, ...]

    def __len__(self) -> int:
        return len(self.roles)

    def __iter__(self) -> Iterator[RoleArchetype]:
        return iter(self.roles)

    def __contains__(self, role_id: object) -> bool:
        return any(r.id == role_id for r in self.roles)

    def get(self, role_id: str) -> RoleArchetype:
        for role in self.roles:
            if role.id == role_id:
                return role
        raise NotFound(f"No role archetype {role_id!r}", [Problem(f"unknown role id {role_id!r}", field="role")])


def roles_data_dir() -> Path:
    """Folder of the built-in role archetypes."""
    return builtin_data_dir() / "roles"


def official_titles_path() -> Path:
    """File of the official occupation titles of the coded roles (written by benchmarks/build_role_titles.py)."""
    return builtin_data_dir() / "role_titles.yaml"


def with_official_titles(roles: Iterable[RoleArchetype]) -> list[RoleArchetype]:
    """``roles`` with the official titles of their occupation codes (O*NET 29.3, CSCO 2022) added as aliases.

    The titles are names people use for the job ("Payroll and Timekeeping Clerks", 薪资核算员) that no role's own
    aliases happen to cover; a role keeps its own aliases first.
    """
    path = official_titles_path()
    data = load_package_yaml(path.read_text(encoding="utf-8")) if path.exists() else {}
    extra: Mapping[str, Any] = (data or {}).get("aliases") or {}
    out = []
    for role in roles:
        titles = extra.get(role.id) or {}
        zh = tuple(t for t in titles.get("zh") or () if t not in role.names("zh"))
        en = tuple(t for t in titles.get("en") or () if t not in role.names("en"))
        out.append(
            replace(role, aliases_zh=role.aliases_zh + zh, aliases_en=role.aliases_en + en) if zh or en else role
        )
    return out


def _role_from(entry: Mapping[str, Any]) -> RoleArchetype:
    def tup(name: str) -> tuple[str, ...]:
        return tuple(str(v) for v in entry.get(name) or ())

    return RoleArchetype(
        id=entry["id"],
        function=entry["function"],
        industries=tup("industries"),
        title_zh=entry["title_zh"],
        title_en=entry["title_en"],
        aliases_zh=tup("aliases_zh"),
        aliases_en=tup("aliases_en"),
        duties_zh=tup("duties_zh"),
        duties_en=tup("duties_en"),
        core_kpis=tuple(CoreKpi(k["id"], k["kind"]) for k in entry["core_kpis"]),
        csco=tup("csco"),
        onet_soc=tup("onet_soc"),
        aliases_pinyin=tup("aliases_pinyin"),
    )


def _read(path: Path) -> tuple[list[Any], list[Problem]]:
    try:
        data = load_package_yaml(path.read_text(encoding="utf-8"))
    except (OSError, yaml.YAMLError) as exc:
        return [], [Problem(f"cannot read the file: {exc}", str(path))]
    entries = data.get("roles") if isinstance(data, Mapping) else data
    if not isinstance(entries, list):
        return [], [Problem("the file must hold a list of roles under 'roles:'", str(path))]
    return entries, []


def _check_ids(role: RoleArchetype, source: str, row: int, catalog: Catalog) -> list[Problem]:
    return [
        Problem(f"role {role.id!r}: indicator {k.id!r} is not in the catalog", source, row=row, field="core_kpis")
        for k in role.core_kpis
        if k.id not in catalog
    ]


def read_roles(paths: Iterable[Path], catalog: Catalog, tax: Taxonomy | None = None) -> list[RoleArchetype]:
    """Validated role archetypes of ``paths``; raises :class:`CatalogError` with every problem of every file."""
    tax = tax or catalog.taxonomy
    roles: list[RoleArchetype] = []
    problems: list[Problem] = []
    seen: dict[str, str] = {}
    for path in paths:
        entries, found = _read(path)
        problems += found
        found = validate_role_entries(entries, str(path), tax=tax)
        problems += found
        bad_rows = {p.row for p in found}
        for row, entry in enumerate(entries, start=1):
            if row in bad_rows or not isinstance(entry, Mapping):
                continue
            role = _role_from(entry)
            problems += _check_ids(role, str(path), row, catalog)
            if role.id in seen:
                problems.append(
                    Problem(f"duplicate role id {role.id!r} (also in {seen[role.id]})", str(path), row=row, field="id")
                )
            seen[role.id] = Path(path).name
            roles.append(role)
    if problems:
        raise CatalogError("The role library does not validate", problems)
    return roles


def _save_roles(library: RoleLibrary, folder: Path) -> None:
    write_json(folder / "roles.json", [plain(r) for r in library.roles])


def _load_roles(folder: Path) -> RoleLibrary:
    return RoleLibrary(tuple(_role_from(entry) for entry in read_json(folder / "roles.json")))


@cache
def _builtin_roles() -> RoleLibrary:
    """The built-in role library: validated once per data version, then read from the artifact cache."""

    def build() -> RoleLibrary:
        roles = read_roles(sorted(roles_data_dir().glob("*.yaml")), load_catalog())
        return RoleLibrary(tuple(with_official_titles(roles)))

    key = digest(data_version(), file_digest([Path(__file__)]))  # this module shapes the roles too
    return default_cache().get("roles", key, build, _save_roles, _load_roles)


def load_roles(
    *extra_paths: str | Path, catalog: Catalog | None = None, builtin: bool = True, official_titles: bool = True
) -> RoleLibrary:
    """The built-in role library, plus role files (or folders of them) in the same schema.

    Every indicator id must exist in ``catalog`` (default: the built-in catalog); a role of an extra
    file replaces a built-in role with the same id.  ``official_titles``: the roles also answer to the
    official titles of their occupation codes (:func:`with_official_titles`).
    """
    cached = builtin and catalog is None and official_titles
    if cached and not extra_paths:
        return _builtin_roles()
    catalog = catalog or load_catalog()
    if cached:
        builtins = list(_builtin_roles())  # validated and titled once per data version
    else:
        builtins = read_roles(sorted(roles_data_dir().glob("*.yaml")) if builtin else [], catalog)
        builtins = with_official_titles(builtins) if official_titles else builtins
    base = {r.id: r for r in builtins}
    extra: list[Path] = []
    for p in map(Path, extra_paths):
        extra += sorted(p.glob("*.yaml")) if p.is_dir() else [p]
    extras = read_roles(extra, catalog)
    for role in with_official_titles(extras) if official_titles else extras:
        base[role.id] = role
    return RoleLibrary(tuple(base.values()))
