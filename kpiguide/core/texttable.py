"""The message tables (``kpiguide/messages/*.yaml``) as data, below everything that renders them.

:mod:`kpiguide.core.i18n` is the public face (``t``, ``Msg``, ``localize``); this module only loads
the tables and fills a template, so that :mod:`kpiguide.core.errors` (which ``i18n`` imports) can
write a problem's location in Chinese too.
"""

from __future__ import annotations

from functools import cache
from importlib import resources
from typing import Any

import yaml

__all__ = ["FAST_LOADER", "has_text", "load_package_yaml", "message_table", "render"]

#: libyaml's safe loader when present (5–10× faster), else PyYAML's pure-Python one.
FAST_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)


def load_package_yaml(text: str) -> Any:
    """Parse YAML that ships with kpiguide (message tables, profiles, taxonomy): trusted, so no limits, and read
    with libyaml's C loader when present (5–10× faster than the pure-Python one: an app page reads ~20 tables).

    Files from users go through :func:`kpiguide.core.structured.load_yaml_text` (duplicate keys, aliases,
    depth and size checked).

    >>> load_package_yaml("a: [1, 2]")
    {'a': [1, 2]}
    """
    return yaml.load(text, Loader=FAST_LOADER)


@cache
def message_table() -> dict[str, dict[str, Any]]:
    """All message tables merged; raises on a key defined in two files."""
    merged: dict[str, dict[str, Any]] = {}
    origin: dict[str, str] = {}
    folder = resources.files("kpiguide") / "messages"
    for entry in sorted(folder.iterdir(), key=lambda e: e.name):
        if not entry.name.endswith((".yaml", ".yml")):
            continue
        data = load_package_yaml(entry.read_text(encoding="utf-8")) or {}
        for key, value in data.items():
            if key in merged:
                raise RuntimeError(f"Message key {key!r} is defined in both {origin[key]} and {entry.name}.")
            merged[key] = value
            origin[key] = entry.name
    return merged


def has_text(key: str) -> bool:
    return key in message_table()


def render(key: str, lang: str, /, **params: Any) -> str:
    """The text for ``key`` in ``lang`` (exactly ``"zh"`` or ``"en"``), formatted with ``params``.

    For a finding code, ``key`` may end in ``.message`` or ``.suggestion``.
    A missing key or language is a programming error and raises ``KeyError``.
    """
    table = message_table()
    entry = table.get(key)
    if entry is None:
        base, _, part = key.rpartition(".")
        if base in table and part in table[base]:
            entry = table[base][part]
        else:
            raise KeyError(f"No text for {key!r} in kpiguide/messages/*.yaml")
    if not isinstance(entry, dict) or lang not in entry:
        raise KeyError(f"Text {key!r} has no {lang!r} version")
    template: str = entry[lang]
    return template.format(**params) if params else template
