"""The indicator catalog: loading, validation, merging of extension catalogs, lookups and filters."""

from __future__ import annotations

import dataclasses
import difflib
from collections import Counter
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import Enum
from functools import cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

import yaml

from kpiguide.catalog.files import RawEntries, read_entries
from kpiguide.catalog.schema import validate_indicator_entries, validate_template_entries
from kpiguide.catalog.taxonomy import Taxonomy, taxonomy
from kpiguide.core.cache import default_cache, digest, file_digest, read_json, write_json
from kpiguide.core.errors import CatalogError, NotFound, Problem
from kpiguide.core.i18n import Msg
from kpiguide.core.model import Indicator, Perspective
from kpiguide.core.structured import load_yaml_text
from kpiguide.core.textfile import read_text
from kpiguide.core.texttable import FAST_LOADER, load_package_yaml

__all__ = [
    "Catalog",
    "StrategyTemplate",
    "builtin_data_dir",
    "data_version",
    "load_catalog",
    "load_merged_ids",
    "load_templates",
    "plain",
    "read_catalog_files",
]

_PERSPECTIVE_ORDER = {p.value: i for i, p in enumerate(Perspective)}


@dataclass(frozen=True)
class StrategyTemplate:
    """A strategic objective template: text in both languages, perspective, owners, indicators, links.

    ``drives`` lists the templates this objective helps achieve (cause → effect,
    from learning & growth up to financial).
    """

    id: str
    text_zh: str
    text_en: str
    perspective: Perspective
    functions: tuple[str, ...]
    keywords_zh: tuple[str, ...]
    keywords_en: tuple[str, ...]
    indicators: tuple[str, ...]
    drives: tuple[str, ...] = ()

    def __post_init__(self) -> None:
        object.__setattr__(self, "perspective", Perspective(self.perspective))
        for name in ("functions", "keywords_zh", "keywords_en", "indicators", "drives"):
            object.__setattr__(self, name, tuple(getattr(self, name)))

    def text(self, lang: str = "en") -> str:
        return self.text_zh if lang.startswith("zh") else self.text_en


def builtin_data_dir() -> Path:
    """Folder of the built-in catalog data files."""
    return Path(str(resources.files("kpiguide") / "catalog" / "data"))


def _yaml_item_lines(path: str) -> list[int]:
    """1-based line of each top-level list item of a YAML file (only computed when reporting problems)."""
    try:
        node = yaml.compose(Path(path).read_text(encoding="utf-8"), Loader=FAST_LOADER)
    except (OSError, UnicodeDecodeError, yaml.YAMLError):
        return []
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if getattr(key, "value", None) in {"indicators", "templates"}:
                node = value
    if not isinstance(node, yaml.SequenceNode):
        return []
    return [item.start_mark.line + 1 for item in node.value]


def _with_lines(problems: list[Problem], raw: RawEntries) -> list[Problem]:
    if not problems or not raw.source.endswith((".yaml", ".yml")):
        return problems
    lines = _yaml_item_lines(raw.source)
    out = []
    for p in problems:
        if p.row is not None and 0 < p.row <= len(lines):
            p = dataclasses.replace(p, line=lines[p.row - 1])
        out.append(p)
    return out


def _to_indicator(entry: Mapping[str, Any]) -> Indicator:
    return Indicator(**{k: v for k, v in entry.items() if k != "benchmarks"}, benchmarks=entry.get("benchmarks") or ())


def read_catalog_files(
    paths: Iterable[str | Path], tax: Taxonomy | None = None, *, override: bool = True
) -> tuple[list[Indicator], dict[str, str], list[Problem]]:
    """Read and validate catalog files in order; later files override earlier ones on the same id.

    Returns ``(indicators, source_by_id, problems)``.  Duplicate ids inside one file are
    problems, and so are duplicates across files when ``override`` is false.
    """
    tax = tax or taxonomy()
    merged: dict[str, Indicator] = {}
    sources: dict[str, str] = {}
    problems: list[Problem] = []
    for path in paths:
        try:
            raw = read_entries(path, tax)
        except CatalogError as exc:
            problems.extend(exc.problems)
            continue
        found = validate_indicator_entries(raw.entries, raw.source, rows=raw.rows, field_names=raw.field_names, tax=tax)
        seen: dict[str, int] = {}
        bad_rows = {p.row for p in found}
        for entry, row in zip(raw.entries, raw.rows, strict=True):
            if not isinstance(entry, Mapping):
                continue
            entry_id = entry.get("id")
            if isinstance(entry_id, str) and entry_id in seen:
                field_name = raw.field_names.get("id", "id")
                found.append(
                    Problem(
                        Msg("catalog.duplicate_id", id=entry_id, first=seen[entry_id]),
                        raw.source,
                        row=row,
                        field=field_name,
                    )
                )
                continue
            if isinstance(entry_id, str):
                seen[entry_id] = row
                if not override and entry_id in sources:
                    found.append(
                        Problem(
                            Msg("catalog.id_in_use", id=entry_id, name=Path(sources[entry_id]).name),
                            raw.source,
                            row=row,
                            field="id",
                        )
                    )
                    continue
            if row in bad_rows or not isinstance(entry_id, str):
                continue  # the schema problems of this entry are reported
            merged[entry_id] = _to_indicator(entry)
            sources[entry_id] = raw.source
        problems.extend(_with_lines(found, raw))
    return list(merged.values()), sources, problems


def _template_from(entry: Mapping[str, Any]) -> StrategyTemplate:
    return StrategyTemplate(**{k: entry.get(k, ()) for k in entry})


def load_templates(path: str | Path | None = None, tax: Taxonomy | None = None) -> tuple[StrategyTemplate, ...]:
    """Strategy templates of a file (default: the built-in ``strategy_templates.yaml``), validated.

    Checks the schema, unique ids, and that every ``drives`` link points to an existing
    template in the same or a higher perspective (cause below effect) and never back.
    """
    tax = tax or taxonomy()
    path = Path(path) if path is not None else builtin_data_dir() / "strategy_templates.yaml"
    if not path.exists():
        return ()
    raw = read_yaml_entries_templates(path)
    problems = validate_template_entries(raw.entries, raw.source, tax=tax)
    if problems:
        raise CatalogError(Msg("catalog.templates_invalid", name=path.name), _with_lines(problems, raw))
    templates = [_template_from(e) for e in raw.entries]
    by_id: dict[str, StrategyTemplate] = {}
    for i, t in enumerate(templates, start=1):
        if t.id in by_id:
            problems.append(Problem(Msg("catalog.duplicate_template", id=t.id), str(path), row=i, field="id"))
        by_id[t.id] = t
    for i, t in enumerate(templates, start=1):
        for target in t.drives:
            other = by_id.get(target)
            if other is None:
                problems.append(
                    Problem(Msg("catalog.drives_unknown", id=t.id, target=target), str(path), row=i, field="drives")
                )
            elif target == t.id:
                problems.append(Problem(Msg("catalog.drives_itself", id=t.id), str(path), row=i, field="drives"))
            elif _PERSPECTIVE_ORDER[other.perspective.value] < _PERSPECTIVE_ORDER[t.perspective.value]:
                problems.append(
                    Problem(
                        Msg(
                            "catalog.drives_backwards",
                            id=t.id,
                            perspective=t.perspective.value,
                            target=target,
                            target_perspective=other.perspective.value,
                        ),
                        str(path),
                        row=i,
                        field="drives",
                    )
                )
    if problems:
        raise CatalogError(Msg("catalog.templates_invalid", name=path.name), _with_lines(problems, raw))
    return tuple(templates)


def read_yaml_entries_templates(path: Path) -> RawEntries:
    text, _ = read_text(path)
    data = load_yaml_text(text, str(path), error=CatalogError)
    if isinstance(data, Mapping):
        data = data.get("templates", [])
    if not isinstance(data, list):
        raise CatalogError(
            Msg("catalog.cannot_read_templates", name=path.name),
            [Problem(Msg("catalog.templates_not_a_list"), str(path))],
        )
    return RawEntries(str(path), tuple(data), tuple(range(1, len(data) + 1)), {})


def load_merged_ids(path: str | Path | None = None) -> dict[str, str]:
    """Old id → the id it was merged into (``catalog/data/merged_ids.yaml``: one id per measure)."""
    path = Path(path) if path is not None else builtin_data_dir() / "merged_ids.yaml"
    if not path.exists():
        return {}
    data = load_package_yaml(path.read_text(encoding="utf-8")) or {}
    rows = data.get("merged", []) if isinstance(data, Mapping) else []
    problems = [
        Problem(Msg("catalog.merged_needs_ids"), str(path), row=k, field="merged")
        for k, row in enumerate(rows, start=1)
        if not (isinstance(row, Mapping) and isinstance(row.get("old"), str) and isinstance(row.get("new"), str))
    ]
    if problems:
        raise CatalogError(Msg("catalog.file_invalid", name=path.name), problems)
    return {str(row["old"]): str(row["new"]) for row in rows}


def _resolve_template_ids(templates: Iterable[StrategyTemplate], aliases: Mapping[str, str]) -> list[StrategyTemplate]:
    """Templates whose indicator references to merged ids point at the indicator they were merged into."""
    out = []
    for t in templates:
        refs = list(dict.fromkeys(aliases.get(ref, ref) for ref in t.indicators))
        out.append(dataclasses.replace(t, indicators=tuple(refs)) if tuple(refs) != t.indicators else t)
    return out


@dataclass(frozen=True)
class Catalog:
    """An indicator catalog: indicators, strategy templates and the taxonomy of allowed ids.

    Build one with :func:`load_catalog`.  Lookups: ``catalog.get(id)`` (KeyError if
    absent), ``id in catalog``, ``len(catalog)``, iteration over indicators.  ``aliases`` maps
    ids of indicators merged into another one (one id per measure) to the id they became: old
    ids keep resolving, so schemes and projects written before a merge keep working.
    """

    indicators: tuple[Indicator, ...]
    templates: tuple[StrategyTemplate, ...] = ()
    taxonomy: Taxonomy = field(default_factory=taxonomy)
    sources: Mapping[str, str] = field(default_factory=dict)
    aliases: Mapping[str, str] = field(default_factory=dict)
    _index: Mapping[str, int] = field(init=False, repr=False, compare=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "indicators", tuple(self.indicators))
        object.__setattr__(self, "templates", tuple(self.templates))
        object.__setattr__(self, "sources", MappingProxyType(dict(self.sources)))
        index = {ind.id: i for i, ind in enumerate(self.indicators)}
        object.__setattr__(self, "aliases", MappingProxyType({k: v for k, v in self.aliases.items() if k not in index}))
        object.__setattr__(self, "_index", MappingProxyType(index))

    def __len__(self) -> int:
        return len(self.indicators)

    def __iter__(self) -> Iterator[Indicator]:
        return iter(self.indicators)

    def __contains__(self, indicator_id: object) -> bool:
        return isinstance(indicator_id, str) and self.canonical_id(indicator_id) in self._index

    def canonical_id(self, indicator_id: str) -> str:
        """The id ``indicator_id`` resolves to: itself, or the id of the indicator it was merged into."""
        seen = {indicator_id}
        while indicator_id not in self._index and indicator_id in self.aliases:
            indicator_id = self.aliases[indicator_id]
            if indicator_id in seen:
                break
            seen.add(indicator_id)
        return indicator_id

    def get(self, indicator_id: str) -> Indicator:
        """The indicator with ``indicator_id`` (or merged from it); raises ``NotFound`` naming a close id if absent."""
        try:
            return self.indicators[self._index[self.canonical_id(indicator_id)]]
        except KeyError:
            close = difflib.get_close_matches(str(indicator_id), list(self._index), n=3)
            message = (
                Msg("catalog.no_indicator_close", id=indicator_id, close=", ".join(close))
                if close
                else Msg("catalog.no_indicator", id=indicator_id)
            )
            raise NotFound(message) from None

    def index_of(self, indicator_id: str) -> int:
        return self._index[self.canonical_id(indicator_id)]

    def template(self, template_id: str) -> StrategyTemplate:
        for t in self.templates:
            if t.id == template_id:
                return t
        raise NotFound(Msg("catalog.no_template", id=template_id))

    def functions(self) -> dict[str, int]:
        """Function id → number of indicators (every allowed function listed, in taxonomy order)."""
        counts = Counter(i.function for i in self.indicators)
        return {f: counts.get(f, 0) for f in self.taxonomy.functions}

    def industries(self, *, specific: bool = True) -> dict[str, int]:
        """Industry id → number of indicators specific to it (or, with ``specific=False``, usable in it)."""
        counts: Counter[str] = Counter()
        general = sum(1 for i in self.indicators if "general" in i.industries)
        for ind in self.indicators:
            counts.update(set(ind.industries))
        out = {}
        for key in self.taxonomy.industries:
            out[key] = counts.get(key, 0) + (0 if specific or key == "general" else general)
        return out

    def check_filter(self, kind: str, value: str | None) -> str | None:
        """Validate a filter id (``function``, ``industry``, ``perspective``); a clear error lists the valid ones."""
        return self.taxonomy.check(kind, value)

    def filter(
        self,
        *,
        function: str | Sequence[str] | None = None,
        industry: str | None = None,
        perspective: str | None = None,
        specific: bool = False,
    ) -> Catalog:
        """A catalog restricted to a function (or several), an industry and/or a perspective.

        ``industry`` keeps the indicators of that industry plus the general ones, unless
        ``specific`` is true.
        """
        functions = [function] if isinstance(function, str) else list(function or [])
        wanted = [self.check_filter("function", f) for f in functions]
        industry = self.check_filter("industry", industry)
        perspective = self.check_filter("perspective", perspective)
        kept = []
        for ind in self.indicators:
            if wanted and ind.function not in wanted:
                continue
            if perspective and ind.perspective.value != perspective:
                continue
            if industry and industry != "general":
                allowed = {industry} if specific else {industry, "general"}
                if not allowed & set(ind.industries):
                    continue
            elif industry == "general" and "general" not in ind.industries:
                continue
            kept.append(ind)
        sources = {i.id: self.sources.get(i.id, "") for i in kept}
        return Catalog(tuple(kept), self.templates, self.taxonomy, sources, self.aliases)

    def missing_template_indicators(self) -> list[tuple[str, str]]:
        """``(template_id, indicator_id)`` for every template reference to an indicator not in the catalog."""
        return [(t.id, ref) for t in self.templates for ref in t.indicators if ref not in self]

    def to_records(self, lang: str = "en") -> list[dict[str, Any]]:
        """One flat dict per indicator, for tables and DataFrames."""
        return [
            {
                "id": i.id,
                "name": i.name(lang),
                "name_zh": i.name_zh,
                "name_en": i.name_en,
                "function": i.function,
                "industries": ", ".join(i.industries),
                "perspective": i.perspective.value,
                "direction": i.direction.value,
                "unit": i.unit,
                "frequency": i.frequency.value,
                "leading": i.leading,
            }
            for i in self.indicators
        ]


def _builtin_files() -> list[Path]:
    folder = builtin_data_dir()
    return sorted(folder.glob("fn_*.yaml")) + sorted(folder.glob("ind_*.yaml"))


def plain(obj: Any) -> Any:
    """A dataclass (indicator, template, role) as JSON-ready data: enums by value, tuples as lists."""
    if dataclasses.is_dataclass(obj) and not isinstance(obj, type):
        return {f.name: plain(getattr(obj, f.name)) for f in dataclasses.fields(obj) if not f.name.startswith("_")}
    if isinstance(obj, Mapping):
        return {str(k): plain(v) for k, v in obj.items()}
    if isinstance(obj, (list, tuple)):
        return [plain(v) for v in obj]
    return obj.value if isinstance(obj, Enum) else obj


def data_version(*folders: Path) -> str:
    """Digest of the catalog's code and of every data file in ``folders`` (default: the built-in data)."""
    code = [Path(__file__), Path(__file__).with_name("files.py"), Path(__file__).with_name("schema.py")]
    files = [f for folder in (folders or (builtin_data_dir(),)) for f in sorted(folder.rglob("*.yaml"))]
    return digest(file_digest(code), file_digest(files))


def _save_catalog(catalog: Catalog, folder: Path) -> None:
    write_json(
        folder / "catalog.json",
        {
            "indicators": [plain(i) for i in catalog.indicators],
            "templates": [plain(t) for t in catalog.templates],
            "sources": dict(catalog.sources),
            "aliases": dict(catalog.aliases),
        },
    )


def _load_catalog(folder: Path) -> Catalog:
    data = read_json(folder / "catalog.json")
    indicators = tuple(Indicator(**entry) for entry in data["indicators"])
    templates = tuple(_template_from(entry) for entry in data["templates"])
    return Catalog(indicators, templates, taxonomy(), data["sources"], data["aliases"])


@cache
def _builtin_catalog() -> Catalog:
    """The built-in catalog: validated once per data version, then read from the artifact cache."""
    return default_cache().get("catalog", data_version(), _read_builtin_catalog, _save_catalog, _load_catalog)


def _read_builtin_catalog() -> Catalog:
    tax = taxonomy()
    indicators, sources, problems = read_catalog_files(_builtin_files(), tax, override=False)
    if problems:
        raise CatalogError(Msg("catalog.builtin_invalid"), problems)
    aliases = load_merged_ids()
    templates = _resolve_template_ids(load_templates(tax=tax), aliases)
    return Catalog(tuple(indicators), tuple(templates), tax, sources, aliases)


def load_catalog(*extra_paths: str | Path, builtin: bool = True) -> Catalog:
    """Load the built-in catalog and merge extension catalogs into it.

    Parameters
    ----------
    *extra_paths
        Extension catalog files (``.yaml``, ``.csv``, ``.xlsx``) or folders holding
        such files, in the same schema as the built-in entries.  An entry whose id
        exists already replaces it; later files win.
    builtin
        Start from the built-in catalog (default); ``False`` loads only ``extra_paths``.

    Raises
    ------
    CatalogError
        With every problem found in all files (file, row/entry, field), before anything is merged.
    """
    base = _builtin_catalog() if builtin else Catalog((), (), taxonomy(), {}, {})
    if not extra_paths:
        return base
    files: list[Path] = []
    for p in map(Path, extra_paths):
        if p.is_dir():
            files += sorted(f for f in p.iterdir() if f.suffix.lower() in {".yaml", ".yml", ".csv", ".xlsx"})
        else:
            files.append(p)

    def merge() -> Catalog:
        extra, sources, problems = read_catalog_files(files, base.taxonomy)
        if problems:
            raise CatalogError(Msg("catalog.extension_invalid"), problems)
        merged = {i.id: i for i in base.indicators}
        merged_sources = dict(base.sources)
        for ind in extra:
            merged[ind.id] = ind
            merged_sources[ind.id] = sources[ind.id]
        return Catalog(tuple(merged.values()), base.templates, base.taxonomy, merged_sources, base.aliases)

    try:
        key = digest(data_version() if builtin else "no-builtin", file_digest(files), *map(str, files))
    except OSError:
        return merge()  # a file that cannot be read: reading it again reports it with its name
    return default_cache().get("catalog", key, merge, _save_catalog, _load_catalog)
