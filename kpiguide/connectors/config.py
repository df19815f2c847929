"""The connectors file: a YAML list of connectors, validated with every problem at once.

Each problem names the file, the line (from the YAML node marks) and the field, e.g.
``connectors.yaml, line 7, field 'connectors[1].mode'``.  The accepted shape::

    connectors:
      - id: erp_sales
        type: sql                 # sql | http | file | survey
        url_env: ERP_DB_URL       # SQLAlchemy URL read from this environment variable
        kpi: sa_sales
        query: SELECT emp_id AS employee, SUM(amount) AS value FROM sales WHERE ...
        mode: replace             # replace | append
        auto_approve: false
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kpiguide.core.errors import InputError, Problem
from kpiguide.core.i18n import t
from kpiguide.core.structured import load_yaml_text
from kpiguide.core.textfile import read_text

__all__ = ["TYPES", "Connector", "ConnectorsFile", "load_connectors", "parse_connectors"]

TYPES = ("sql", "http", "file", "survey")
MODES = ("replace", "append")
MEASURES = ("nps", "csat", "mean")
AGGREGATES = ("none", "sum", "mean", "count", "last")
_ID = re.compile(r"^[A-Za-z0-9_.-]{1,64}$")
_COMMON = {"id", "type", "kpi", "mode", "auto_approve", "department", "description"}
_KEYS: dict[str, set[str]] = {
    "sql": {"url_env", "query", "aggregate", "timeout"},
    "http": {"url", "url_env", "token_env", "items", "fields", "next", "timeout"},
    "file": {"path", "sheet"},
    "survey": {"path", "measure", "score_column", "scale", "employee_column", "department_column", "period_column"},
}
_REQUIRED: dict[str, tuple[str, ...]] = {
    "sql": ("url_env", "query"),
    "http": ("fields",),
    "file": ("path",),
    "survey": ("path", "measure", "score_column"),
}
_FIELD_ROLES = ("employee", "department", "period", "value")


@dataclass(frozen=True)
class Connector:
    """One validated connector (fields not used by its type keep their defaults)."""

    id: str
    type: str
    kpi: str
    mode: str = "replace"
    auto_approve: bool = False
    department: str | None = None
    url_env: str | None = None
    query: str | None = None
    aggregate: str = "none"
    timeout: float = 30.0
    url: str | None = None
    token_env: str | None = None
    items: str | None = None
    fields: Mapping[str, str] = field(default_factory=dict)
    next: str | None = None
    path: str | None = None
    sheet: str | None = None
    measure: str | None = None
    score_column: str | None = None
    scale: int | None = None
    employee_column: str | None = None
    department_column: str | None = None
    period_column: str | None = None
    line: int | None = None

    @property
    def source(self) -> str:
        """Where the data comes from, for the audit log (no secrets: env var names only)."""
        if self.type == "sql":
            return f"sql:${self.url_env}"
        if self.type == "http":
            return f"http:{self.url or '$' + str(self.url_env)}"
        return f"{self.type}:{self.path}"


@dataclass(frozen=True)
class ConnectorsFile:
    """All connectors of a file, with its text (stored in the project) and hash."""

    connectors: tuple[Connector, ...]
    text: str
    source: str

    @property
    def sha256(self) -> str:
        return hashlib.sha256(self.text.encode("utf-8")).hexdigest()

    def get(self, connector_id: str, lang: str = "en") -> Connector:
        for c in self.connectors:
            if c.id == connector_id:
                return c
        known = ", ".join(c.id for c in self.connectors) or "-"
        raise InputError(t("connectors.config.unknown_connector", lang, id=connector_id, known=known))


def _lines(node: yaml.Node | None, path: tuple[Any, ...] = ()) -> dict[tuple[Any, ...], int]:
    """1-based line of every key path in a composed YAML tree."""
    out: dict[tuple[Any, ...], int] = {}
    if node is None:
        return out
    out[path] = node.start_mark.line + 1
    if isinstance(node, yaml.MappingNode):
        for key_node, value_node in node.value:
            key = key_node.value if isinstance(key_node, yaml.ScalarNode) else str(key_node.value)
            out.update(_lines(value_node, (*path, key)))
            out[(*path, key)] = key_node.start_mark.line + 1
    elif isinstance(node, yaml.SequenceNode):
        for i, item in enumerate(node.value):
            out.update(_lines(item, (*path, i)))
    return out


class _Checker:
    """Collects located problems while reading one connectors file."""

    def __init__(self, source: str, lines: dict[tuple[Any, ...], int], lang: str) -> None:
        self.source = source
        self.lines = lines
        self.lang = lang
        self.problems: list[Problem] = []

    def add(self, path: tuple[Any, ...], msg: str, /, **params: Any) -> None:
        probe = path
        while probe and probe not in self.lines:
            probe = probe[:-1]
        dotted = "".join(f"[{p}]" if isinstance(p, int) else (f".{p}" if i else str(p)) for i, p in enumerate(path))
        self.problems.append(
            Problem(
                t(f"connectors.config.{msg}", self.lang, **params),
                file=self.source,
                line=self.lines.get(probe),
                field=dotted or None,
            )
        )

    def text(self, entry: Mapping[str, Any], path: tuple[Any, ...], key: str, required: bool = False) -> str | None:
        value = entry.get(key)
        if value is None:
            if required:
                self.add((*path, key), "missing", field=key)
            return None
        if isinstance(value, bool) or not isinstance(value, str | int | float) or not str(value).strip():
            self.add((*path, key), "not_text", field=key)
            return None
        return str(value).strip()

    def choice(self, entry: Mapping[str, Any], path: tuple[Any, ...], key: str, options: tuple[str, ...]) -> str | None:
        value = self.text(entry, path, key)
        if value is not None and value not in options:
            self.add((*path, key), "not_one_of", field=key, value=value, options=" | ".join(options))
            return None
        return value


def _check_type_fields(chk: _Checker, entry: Mapping[str, Any], path: tuple[Any, ...], kind: str) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in sorted(_KEYS[kind] - {"fields", "timeout", "scale", "measure", "aggregate"}):
        value = chk.text(entry, path, key, required=key in _REQUIRED[kind])
        if value is not None:
            out[key] = value
    if kind == "survey":
        out["measure"] = chk.choice(entry, path, "measure", MEASURES)
        if out["measure"] is None and "measure" not in entry:
            chk.add((*path, "measure"), "missing", field="measure")
        if not ({"employee_column", "department_column", "department"} & set(entry)):
            chk.add(path, "survey_subject")
    if kind == "sql":
        out["aggregate"] = chk.choice(entry, path, "aggregate", AGGREGATES) or "none"
        query = out.get("query", "")
        if query and not re.match(r"^\s*(\(\s*)*(select|with)\b", query, re.IGNORECASE):
            chk.add((*path, "query"), "not_select")
    if kind == "http":
        if "url" not in entry and "url_env" not in entry:
            chk.add((*path, "url"), "missing", field="url")
        out["fields"] = _check_fields(chk, entry, path)
    for key in ("timeout", "scale"):
        if key in entry and key in _KEYS[kind]:
            value = entry[key]
            if isinstance(value, bool) or not isinstance(value, int | float) or value <= 0:
                chk.add((*path, key), "not_positive", field=key)
            else:
                out[key] = int(value) if key == "scale" else float(value)
    return out


def _check_fields(chk: _Checker, entry: Mapping[str, Any], path: tuple[Any, ...]) -> dict[str, str]:
    value = entry.get("fields")
    if value is None:
        return {}
    if not isinstance(value, Mapping):
        chk.add((*path, "fields"), "fields_mapping")
        return {}
    out: dict[str, str] = {}
    for role, dotted in value.items():
        if role not in _FIELD_ROLES:
            chk.add((*path, "fields", role), "unknown_field_role", role=role, roles=", ".join(_FIELD_ROLES))
        elif not isinstance(dotted, str) or not dotted.strip():
            chk.add((*path, "fields", role), "not_text", field=f"fields.{role}")
        else:
            out[str(role)] = dotted.strip()
    if "value" not in out:
        chk.add((*path, "fields"), "fields_value")
    if "employee" not in out and "department" not in out and "department" not in entry:
        chk.add((*path, "fields"), "fields_subject")
    return out


def _check_connector(chk: _Checker, entry: Any, path: tuple[Any, ...], seen: set[str]) -> Connector | None:
    if not isinstance(entry, Mapping):
        chk.add(path, "not_mapping")
        return None
    before = len(chk.problems)
    ident = chk.text(entry, path, "id", required=True)
    if ident is not None and not _ID.match(ident):
        chk.add((*path, "id"), "bad_id", value=ident)
    elif ident is not None and ident in seen:
        chk.add((*path, "id"), "duplicate_id", value=ident)
    seen.add(ident or "")
    kind = chk.choice(entry, path, "type", TYPES)
    if kind is None and "type" not in entry:
        chk.add((*path, "type"), "missing", field="type")
    kpi = chk.text(entry, path, "kpi", required=True)
    mode = chk.choice(entry, path, "mode", MODES) or "replace"
    auto = entry.get("auto_approve", False)
    if not isinstance(auto, bool):
        chk.add((*path, "auto_approve"), "not_bool", field="auto_approve")
    department = chk.text(entry, path, "department")
    extra: dict[str, Any] = {}
    if kind is not None:
        for key in entry:
            if key not in _COMMON | _KEYS[kind]:
                chk.add((*path, key), "unknown_key", key=key, type=kind, keys=", ".join(sorted(_COMMON | _KEYS[kind])))
        extra = _check_type_fields(chk, entry, path, kind)
    if len(chk.problems) > before or ident is None or kind is None or kpi is None:
        return None
    extra = {k: v for k, v in extra.items() if v is not None}
    return Connector(ident, kind, kpi, mode, bool(auto), department, line=chk.lines.get(path), **extra)


def parse_connectors(text: str, source: str = "<connectors>", *, lang: str = "en") -> ConnectorsFile:
    """Validate a connectors file's text; raise :class:`InputError` listing every problem."""
    try:
        # the strict reader first: duplicate keys, alias bombs, depth and size are refused before anything walks
        # the tree (a ten-line alias bomb kept the plain loader busy for minutes)
        data = load_yaml_text(text, source)
    except InputError as exc:
        raise InputError(t("connectors.config.invalid", lang, source=source), list(exc.problems)) from None
    node = yaml.compose(text, Loader=yaml.SafeLoader)
    chk = _Checker(source, _lines(node), lang)
    items = data.get("connectors") if isinstance(data, Mapping) else None
    if not isinstance(data, Mapping) or not isinstance(items, list) or not items:
        chk.add(("connectors",), "no_list")
        raise InputError(t("connectors.config.invalid", lang, source=source), chk.problems)
    for key in data:
        if key != "connectors":
            chk.add((key,), "unknown_top", key=key)
    seen: set[str] = set()
    out = [_check_connector(chk, entry, ("connectors", i), seen) for i, entry in enumerate(items)]
    if chk.problems:
        raise InputError(t("connectors.config.invalid", lang, source=source), chk.problems)
    return ConnectorsFile(tuple(c for c in out if c is not None), text, source)


def load_connectors(path: str | Path, *, lang: str = "en") -> ConnectorsFile:
    """Read and validate a connectors file (any text encoding, GBK included)."""
    text, _encoding = read_text(path)
    return parse_connectors(text, str(path), lang=lang)
