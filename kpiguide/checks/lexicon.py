"""Word lists of the SMART analyzer, loaded from ``profiles/smart_lexicon.yaml``.

The lists are data so that users and maintainers extend them without touching code.
Chinese entries match as substrings; English entries match whole words (case-insensitive),
and a trailing ``*`` matches any word ending.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from importlib import resources
from typing import Any

from kpiguide.core.errors import InputError, Problem
from kpiguide.core.structured import load_package_yaml

__all__ = ["Lexicon", "WordList", "load_lexicon"]


@dataclass(frozen=True)
class WordList:
    """A bilingual list of words compiled to one search pattern."""

    zh: tuple[str, ...]
    en: tuple[str, ...]
    pattern: re.Pattern[str]

    @classmethod
    def build(cls, zh: tuple[str, ...] = (), en: tuple[str, ...] = ()) -> WordList:
        parts = [re.escape(w) for w in sorted(zh, key=len, reverse=True)]
        for word in sorted(en, key=len, reverse=True):
            stem = re.escape(word.rstrip("*")).replace(r"\ ", r"\s+")
            tail = r"\w*" if word.endswith("*") else ""
            # symbols such as ">=" have no word boundary
            left = r"(?<![A-Za-z])" if word[:1].isalnum() else ""
            right = r"(?![A-Za-z])" if word.rstrip("*")[-1:].isalnum() else ""
            parts.append(f"{left}{stem}{tail}{right}")
        pattern = re.compile("|".join(parts) if parts else r"(?!x)x", re.IGNORECASE)
        return cls(tuple(zh), tuple(en), pattern)

    def find(self, text: str) -> list[re.Match[str]]:
        return list(self.pattern.finditer(text))

    def search(self, text: str) -> re.Match[str] | None:
        return self.pattern.search(text)


@dataclass(frozen=True)
class Lexicon:
    vague_verbs: WordList
    concrete_verbs: WordList
    generic_nouns: WordList
    metric_terms: WordList
    metric_abbreviations: re.Pattern[str]
    activity_abbreviations: frozenset[str]
    deliverable_verbs: WordList
    zero_words: WordList
    bound_min: WordList
    bound_max: WordList
    relative_markers: WordList
    lower_words: WordList
    measured_units: WordList
    measured_after_zh: tuple[str, ...]
    measured_before_zh: tuple[str, ...]
    measured_before_en: tuple[str, ...]
    measured_after_en: tuple[str, ...]
    period_in_name: WordList
    standard_prefixes: tuple[str, ...]


def _pair(data: dict[str, Any], key: str) -> WordList:
    entry = data.get(key) or {}
    if not isinstance(entry, dict):
        message = f"must map 'zh' and 'en' to lists of words, got {entry!r}"
        raise InputError(
            f"SMART lexicon entry {key!r} {message}; fix the file.",
            [Problem(message, file="kpiguide/checks/profiles/smart_lexicon.yaml", field=key)],
        )
    return WordList.build(tuple(entry.get("zh") or ()), tuple(entry.get("en") or ()))


@cache
def load_lexicon() -> Lexicon:
    """The built-in lexicon (cached per process; it is immutable)."""
    path = resources.files("kpiguide.checks") / "profiles" / "smart_lexicon.yaml"
    data = load_package_yaml(path.read_text(encoding="utf-8"))
    md = data["measured_duration"]
    abbreviations = sorted(data["metric_abbreviations"], key=len, reverse=True)
    return Lexicon(
        vague_verbs=_pair(data, "vague_verbs"),
        concrete_verbs=_pair(data, "concrete_verbs"),
        generic_nouns=_pair(data, "generic_nouns"),
        metric_terms=_pair(data, "metric_terms"),
        metric_abbreviations=re.compile(r"(?<![A-Za-z])(" + "|".join(abbreviations) + r")(?![A-Za-z])"),
        activity_abbreviations=frozenset(data.get("activity_abbreviations") or ()),
        deliverable_verbs=_pair(data, "deliverable_verbs"),
        zero_words=_pair(data, "zero_words"),
        bound_min=_pair(data["bounds"], "min"),
        bound_max=_pair(data["bounds"], "max"),
        relative_markers=_pair(data, "relative_markers"),
        lower_words=_pair(data, "lower_words"),
        measured_units=WordList.build(tuple(md["units_zh"]), tuple(md["units_en"])),
        measured_after_zh=tuple(md["after_zh"]),
        measured_before_zh=tuple(md["before_zh"]),
        measured_before_en=tuple(md["before_en"]),
        measured_after_en=tuple(md["after_en"]),
        period_in_name=_pair(data, "period_in_name"),
        standard_prefixes=tuple(data.get("standard_prefixes") or ()),
    )
