"""JSON Schema of catalog entries and of strategy templates, and validation that collects every problem.

The allowed function, industry and perspective ids come from the taxonomy data file.
Validation returns :class:`kpiguide.core.errors.Problem` objects (file, entry, field);
the loader raises them together as one :class:`kpiguide.core.errors.CatalogError`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from typing import Any

from kpiguide.catalog.taxonomy import Taxonomy, taxonomy
from kpiguide.core.errors import Problem
from kpiguide.core.i18n import Msg, has_cjk

__all__ = [
    "INDICATOR_FIELDS",
    "LIST_FIELDS",
    "REQUIRED_FIELDS",
    "indicator_schema",
    "role_schema",
    "template_schema",
    "validate_indicator_entries",
    "validate_role_entries",
    "validate_template_entries",
]

REQUIRED_FIELDS: tuple[str, ...] = (
    "id",
    "name_zh",
    "name_en",
    "definition_zh",
    "definition_en",
    "formula_zh",
    "formula_en",
    "unit",
    "direction",
    "frequency",
    "perspective",
    "leading",
    "function",
    "industries",
    "keywords_zh",
    "keywords_en",
    "data_source_zh",
    "data_source_en",
    "levers_zh",
    "levers_en",
    "gaming_risks_zh",
    "gaming_risks_en",
)
INDICATOR_FIELDS: tuple[str, ...] = (*REQUIRED_FIELDS, "benchmarks")
LIST_FIELDS: frozenset[str] = frozenset(
    {"industries", "keywords_zh", "keywords_en", "levers_zh", "levers_en", "gaming_risks_zh", "gaming_risks_en"}
)
_CHINESE_FIELDS = ("name_zh", "definition_zh")
_CHINESE_LIST_FIELDS = ("levers_zh", "gaming_risks_zh")
ID_PATTERN = r"^[a-z][a-z0-9_]*\.[a-z0-9][a-z0-9_]*$"

_TEXT = {"type": "string", "minLength": 1, "pattern": r"\S"}
_TEXT_LIST = {"type": "array", "minItems": 1, "items": _TEXT}


def indicator_schema(tax: Taxonomy | None = None) -> dict[str, Any]:
    """The JSON Schema (draft 2020-12) of one catalog entry."""
    tax = tax or taxonomy()
    props: dict[str, Any] = {name: _TEXT for name in REQUIRED_FIELDS}
    props.update({name: _TEXT_LIST for name in LIST_FIELDS})
    props["id"] = {"type": "string", "pattern": ID_PATTERN}
    props["direction"] = {"enum": ["higher", "lower", "range"]}
    props["frequency"] = {"enum": ["daily", "weekly", "monthly", "quarterly", "yearly"]}
    props["perspective"] = {"enum": list(tax.perspectives)}
    props["leading"] = {"type": "boolean"}
    props["function"] = {"enum": list(tax.functions)}
    props["industries"] = {"type": "array", "minItems": 1, "uniqueItems": True, "items": {"enum": list(tax.industries)}}
    props["benchmarks"] = {
        "type": "array",
        "items": {
            "type": "object",
            "required": ["value", "year", "publisher", "title", "url"],
            "properties": {
                "industry": {"type": "string"},
                "region": {"type": "string"},
                "statistic": {"type": "string"},
                "value": {"type": ["number", "string"]},
                "unit": {"type": "string"},
                "year": {"type": ["integer", "string"]},
                "publisher": _TEXT,
                "title": _TEXT,
                "url": {"type": "string", "pattern": r"^https?://\S+$"},
                "note": {"type": "string"},
            },
        },
    }
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "kpiguide catalog indicator",
        "type": "object",
        "required": list(REQUIRED_FIELDS),
        "properties": props,
        "additionalProperties": False,
    }


def template_schema(tax: Taxonomy | None = None) -> dict[str, Any]:
    """The JSON Schema of one strategic objective template."""
    tax = tax or taxonomy()
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "kpiguide strategy template",
        "type": "object",
        "required": [
            "id",
            "text_zh",
            "text_en",
            "perspective",
            "functions",
            "keywords_zh",
            "keywords_en",
            "indicators",
        ],
        "properties": {
            "id": {"type": "string", "pattern": r"^[a-z][a-z0-9_]*$"},
            "text_zh": _TEXT,
            "text_en": _TEXT,
            "perspective": {"enum": list(tax.perspectives)},
            "functions": {"type": "array", "minItems": 1, "items": {"enum": list(tax.functions)}},
            "keywords_zh": _TEXT_LIST,
            "keywords_en": _TEXT_LIST,
            "indicators": {"type": "array", "minItems": 1, "items": {"type": "string", "pattern": ID_PATTERN}},
            "drives": {"type": "array", "items": {"type": "string"}},
        },
        "additionalProperties": False,
    }


def role_schema(tax: Taxonomy | None = None) -> dict[str, Any]:
    """The JSON Schema of one role archetype (``catalog/data/roles/*.yaml``)."""
    tax = tax or taxonomy()
    kpi = {
        "type": "object",
        "required": ["id", "kind"],
        "properties": {"id": {"type": "string", "pattern": ID_PATTERN}, "kind": {"enum": ["outcome", "driver"]}},
        "additionalProperties": False,
    }
    names = {"type": "array", "items": _TEXT}
    return {
        "$schema": "https://json-schema.org/draft/2020-12/schema",
        "title": "kpiguide role archetype",
        "type": "object",
        "required": ["id", "function", "industries", "title_zh", "title_en", "duties_zh", "duties_en", "core_kpis"],
        "properties": {
            "id": {"type": "string", "pattern": r"^[a-z][a-z0-9_]*$"},
            "function": {"enum": list(tax.functions)},
            "industries": {
                "type": "array",
                "minItems": 1,
                "uniqueItems": True,
                "items": {"enum": list(tax.industries)},
            },
            "title_zh": _TEXT,
            "title_en": _TEXT,
            "aliases_zh": names,
            "aliases_en": names,
            "aliases_pinyin": names,
            "duties_zh": _TEXT_LIST,
            "duties_en": _TEXT_LIST,
            "core_kpis": {"type": "array", "minItems": 2, "items": kpi},
            "csco": {"type": "array", "items": {"type": "string", "pattern": r"^\d-\d{2}-\d{2}-\d{2}$"}},
            "onet_soc": {"type": "array", "items": {"type": "string", "pattern": r"^\d{2}-\d{4}\.\d{2}$"}},
        },
        "additionalProperties": False,
    }


def _describe(error: Any) -> tuple[str | None, str]:
    """(field, message) for one jsonschema error, in words a consultant understands."""
    path = [str(p) for p in error.absolute_path]
    field = ".".join(path) or None
    kind = error.validator
    if kind == "required":
        missing = re.findall(r"'([^']+)' is a required property", error.message)
        name = missing[0] if missing else error.message
        return ".".join([*path, name]), Msg("catalog.missing_field", name=name)
    if kind == "additionalProperties":
        extra = sorted(set(error.instance) - set(error.schema.get("properties", {})))
        allowed = ", ".join(error.schema.get("properties", {}))
        where = ".".join([*path, extra[0]]) if extra else field
        return where, Msg("catalog.unknown_fields", extra=extra, allowed=allowed)
    if kind == "enum":
        options = ", ".join(str(o) for o in error.validator_value)
        return field, Msg("catalog.not_allowed", value=error.instance, options=options)
    if kind == "type":
        return field, Msg("catalog.wrong_type", value=error.instance, expected=error.validator_value)
    if kind in {"minLength", "pattern"} and path and path[-1] == "id":
        return field, Msg("catalog.bad_id", value=error.instance)
    if kind in {"minLength", "pattern"}:
        return field, Msg("catalog.empty_text", value=error.instance)
    if kind == "minItems":
        return field, Msg("catalog.min_items")
    if kind == "uniqueItems":
        return field, Msg("catalog.item_twice", value=error.instance)
    return field, error.message


def _validate(
    entries: Sequence[Any],
    schema: Mapping[str, Any],
    source: str,
    rows: Sequence[int] | None,
    field_names: Mapping[str, str] | None,
    extra: Callable[[Mapping[str, Any]], Iterable[tuple[str, str]]],
) -> list[Problem]:
    from jsonschema import Draft202012Validator  # heavy: imports rfc3987_syntax (~24 MiB); cached catalogs skip it

    validator = Draft202012Validator(schema)
    problems: list[Problem] = []
    for index, entry in enumerate(entries):
        row = rows[index] if rows is not None else index + 1
        entry_id = entry.get("id") if isinstance(entry, Mapping) else None
        if not isinstance(entry, Mapping):
            problems.append(Problem(Msg("catalog.entry_not_mapping", kind=type(entry).__name__), source, row=row))
            continue
        found = [_describe(e) for e in sorted(validator.iter_errors(dict(entry)), key=lambda e: list(e.path))]
        found += list(extra(entry))
        for field, text in found:
            shown = (field_names or {}).get(field or "", field) if field else None
            text = Msg("catalog.entry_problem", entry=entry_id, text=text) if entry_id else text
            problems.append(Problem(text, source, row=row, field=shown))
    return problems


def _indicator_extra(entry: Mapping[str, Any]) -> Iterable[tuple[str, str]]:
    for name in _CHINESE_FIELDS:
        value = entry.get(name)
        if isinstance(value, str) and value.strip() and not has_cjk(value):
            yield name, Msg("catalog.no_chinese", value=value)
    for name in _CHINESE_LIST_FIELDS:
        value = entry.get(name)
        if isinstance(value, list) and value and not any(has_cjk(str(v)) for v in value):
            yield name, Msg("catalog.no_chinese", value=value)


def validate_indicator_entries(
    entries: Sequence[Any],
    source: str,
    *,
    rows: Sequence[int] | None = None,
    field_names: Mapping[str, str] | None = None,
    tax: Taxonomy | None = None,
) -> list[Problem]:
    """Every problem of the indicator entries of one file (schema and Chinese text present).

    ``rows`` gives the row (spreadsheet row or 1-based entry number) of each entry;
    ``field_names`` maps field ids to the header the user wrote, for messages.
    """
    return _validate(entries, indicator_schema(tax), source, rows, field_names, _indicator_extra)


def validate_template_entries(entries: Sequence[Any], source: str, *, tax: Taxonomy | None = None) -> list[Problem]:
    """Every schema problem of the strategy templates of one file."""
    return _validate(entries, template_schema(tax), source, None, None, lambda _e: ())


def _role_extra(entry: Mapping[str, Any]) -> Iterable[tuple[str, str]]:
    title = entry.get("title_zh")
    if isinstance(title, str) and title.strip() and not has_cjk(title):
        yield "title_zh", Msg("catalog.no_chinese_title", value=title)
    kinds = {k.get("kind") for k in entry.get("core_kpis") or () if isinstance(k, Mapping)}
    if kinds and kinds != {"outcome", "driver"}:
        yield "core_kpis", Msg("catalog.outcome_and_driver")
    ids = [k.get("id") for k in entry.get("core_kpis") or () if isinstance(k, Mapping)]
    if len(ids) != len(set(ids)):
        yield "core_kpis", Msg("catalog.indicator_twice")


def validate_role_entries(entries: Sequence[Any], source: str, *, tax: Taxonomy | None = None) -> list[Problem]:
    """Every schema problem of the role archetypes of one file (indicator ids are checked by the loader)."""
    return _validate(entries, role_schema(tax), source, None, None, _role_extra)
