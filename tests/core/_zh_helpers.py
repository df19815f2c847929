"""Is a text shown to a Chinese reader free of English? Values, paths and commands may stay as they are."""

from __future__ import annotations

import re

#: Names of formats and products that Chinese text writes in Latin letters too.
LATIN_NAMES = {"YAML", "JSON", "CSV", "Excel", "WPS", "KPI", "UTF", "GBK", "GB18030", "xlsx", "xls", "yaml", "yml",
               "json", "Q1", "H1"}  # fmt: skip


def english_words(text: str, *values: str) -> list[str]:
    """The Latin words of ``text`` once the given values, quoted values ('x'), commands (`x`) and options are removed."""
    for value in sorted(filter(None, values), key=len, reverse=True):
        text = text.replace(value, " ")
    text = re.sub(r"`[^`]*`|「[^」]*」|'[^']*'|\"[^\"]*\"|--[\w-]+", " ", text)
    words = re.findall(r"[A-Za-z][A-Za-z0-9_]*", text)
    return [w for w in words if w not in LATIN_NAMES]
