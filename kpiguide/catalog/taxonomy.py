"""Allowed ids of the catalog (functions, industries, perspectives) with bilingual names.

The ids live in ``kpiguide/catalog/data/taxonomy.yaml`` so that adding an industry
is a data change; the schema's allowed values are read from there.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from kpiguide.core.errors import InputError, Problem
from kpiguide.core.i18n import Msg
from kpiguide.core.structured import load_package_yaml

__all__ = ["Taxonomy", "taxonomy"]


@dataclass(frozen=True)
class Taxonomy:
    """Functions, industries and perspectives: ids → ``{zh, en, aliases_zh, aliases_en}``."""

    functions: Mapping[str, Mapping[str, Any]]
    industries: Mapping[str, Mapping[str, Any]]
    perspectives: Mapping[str, Mapping[str, Any]]

    def name(self, kind: str, item_id: str, lang: str = "en") -> str:
        """Display name of a function / industry / perspective id in ``lang`` (the id if unknown)."""
        table = self._table(kind)
        entry = table.get(item_id)
        if entry is None:
            return item_id
        return str(entry["zh"] if lang.startswith("zh") else entry["en"])

    def words(self, kind: str, item_id: str, lang: str | None = None) -> tuple[str, ...]:
        """The names and aliases of a function / industry / perspective id: in ``lang`` only, or in both languages
        (the Chinese and English names first, then the aliases); empty for an unknown id."""
        entry = self._table(kind).get(item_id)
        if entry is None:
            return ()
        langs = ("zh", "en") if lang is None else ("zh" if lang.startswith("zh") else "en",)
        names = [entry.get(code) for code in langs] + [a for code in langs for a in entry.get(f"aliases_{code}", ())]
        return tuple(str(w) for w in names if w)

    def _table(self, kind: str) -> Mapping[str, Mapping[str, Any]]:
        tables = {"function": self.functions, "industry": self.industries, "perspective": self.perspectives}
        if kind not in tables:
            raise InputError(f"Unknown kind {kind!r}; use one of {sorted(tables)}.")
        return tables[kind]

    def check(self, kind: str, value: str | None) -> str | None:
        """Return ``value`` if it is an allowed id of ``kind`` (or ``None``); else raise a clear error.

        Display names in either language are accepted too (``"销售"`` → ``"sales"``).
        """
        if value is None or value == "":
            return None
        table = self._table(kind)
        if value in table:
            return value
        resolved = self.resolve(kind, value)
        if resolved is not None:
            return resolved
        valid = ", ".join(f"{k} ({v['zh']}/{v['en']})" for k, v in table.items())
        word = Msg(f"catalog.kind.{kind}")
        raise InputError(
            Msg("catalog.unknown_item", kind=word, value=value),
            [Problem(Msg("catalog.unknown_item_hint", value=value, kind=word, valid=valid), field=kind)],
        )

    def resolve(self, kind: str, value: str) -> str | None:
        """The id whose id, Chinese or English name equals ``value`` (case-insensitive), else ``None``."""
        needle = str(value).strip().lower()
        for key, entry in self._table(kind).items():
            if needle in {key, str(entry["zh"]).lower(), str(entry["en"]).lower()}:
                return key
        return None


@cache
def taxonomy() -> Taxonomy:
    """The built-in taxonomy, read once per process."""
    path = resources.files("kpiguide") / "catalog" / "data" / "taxonomy.yaml"
    data = load_package_yaml(path.read_text(encoding="utf-8"))
    return Taxonomy(
        functions=dict(data["functions"]),
        industries=dict(data["industries"]),
        perspectives=dict(data["perspectives"]),
    )
