"""Scheme files: the human-editable interchange format of a KPI design.

YAML or JSON (validated by the JSON Schema that ``kpiguide schema`` prints) and an
Excel workbook with one sheet per table (:mod:`kpiguide.scheme.workbook`); this
module reads and writes the text formats and picks the format by file suffix.
Loading collects *every* problem, each located by file, line or sheet/row, and
field, and raises one :class:`SchemeError`.  The mapping between scheme objects
and plain data lives in :mod:`kpiguide.scheme.convert`; ``scheme_to_dict`` and
``scheme_from_dict`` are re-exported here for existing callers.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import yaml

from kpiguide.core.errors import InputError, Problem, SchemeError
from kpiguide.core.i18n import Msg
from kpiguide.core.model import Scheme
from kpiguide.core.structured import gc_paused, load_json_text, load_yaml_text
from kpiguide.core.textfile import read_text
from kpiguide.core.texttable import FAST_LOADER
from kpiguide.scheme.convert import Locator, scheme_from_dict, scheme_to_dict
from kpiguide.scheme.validate import scheme_json_schema
from kpiguide.scheme.workbook import read_scheme_xlsx, write_scheme_xlsx

__all__ = [
    "dump_scheme",
    "dumps_scheme",
    "load_scheme",
    "loads_scheme",
    "scheme_from_dict",
    "scheme_json_schema",
    "scheme_to_dict",
]

# -- YAML / JSON -----------------------------------------------------------------


def _yaml_locator(text: str) -> Locator:
    """Map data paths to 1-based line numbers using the YAML node tree (built on the first call only:
    a file without problems never pays for it)."""
    lines: dict[tuple[Any, ...], int] = {}
    built: list[bool] = []

    def build() -> None:
        built.append(True)
        try:
            root = yaml.compose(text, Loader=FAST_LOADER)
        except yaml.YAMLError:
            return
        stack: list[tuple[Any, tuple[Any, ...]]] = [(root, ())] if root is not None else []
        while stack:
            node, path = stack.pop()
            lines[path] = node.start_mark.line + 1
            if isinstance(node, yaml.MappingNode):
                for key, value in node.value:
                    lines[(*path, key.value)] = key.start_mark.line + 1
                    if not isinstance(value, yaml.ScalarNode):
                        stack.append((value, (*path, key.value)))
            elif isinstance(node, yaml.SequenceNode):
                stack.extend((item, (*path, i)) for i, item in enumerate(node.value))

    def locate(path: tuple[Any, ...]) -> dict[str, Any]:
        if not built:
            build()
        for cut in range(len(path), -1, -1):
            if path[:cut] in lines:
                return {"line": lines[path[:cut]]}
        return {}

    return locate


def loads_scheme(text: str, *, source: str = "<string>", fmt: str = "yaml") -> Scheme:
    """Load a scheme from YAML or JSON text, strictly (:mod:`kpiguide.core.structured`).

    ``fmt="json"`` reads the text with the JSON parser (much faster than YAML on large files);
    YAML reads JSON too.
    """
    with gc_paused():  # one pause for parsing and building: the heap grows by millions of objects
        return _loads_scheme(text.lstrip("\ufeff"), source, fmt)


def _loads_scheme(text: str, source: str, fmt: str) -> Scheme:
    if fmt == "json":
        data = load_json_text(text, source, error=SchemeError)
    else:
        data = load_yaml_text(text, source, error=SchemeError)
    if not isinstance(data, dict):
        problem = Problem(Msg("scheme.not_a_mapping", found=type(data).__name__), file=source)
        raise SchemeError(Msg("scheme.not_valid", source=source), [problem])
    return scheme_from_dict(_stringify_keys(data), source=source, locate=_yaml_locator(text))


def _stringify_keys(value: Any) -> Any:
    # YAML allows non-string keys (1: x, null: y) and dates; JSON Schema wants strings.
    if isinstance(value, dict):
        return {str(k): _stringify_keys(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_stringify_keys(v) for v in value]
    if hasattr(value, "isoformat"):
        return value.isoformat()
    return value


TEXT_FORMATS = ("yaml", "json")


def dumps_scheme(scheme: Scheme, fmt: str = "yaml") -> str:
    """The scheme as YAML (``fmt="yaml"``) or JSON (``fmt="json"``) text.

    >>> from kpiguide.core.model import Organization
    >>> dumps_scheme(Scheme(Organization("Acme")), "xml")
    Traceback (most recent call last):
    ...
    kpiguide.core.errors.InputError: Cannot write a scheme as 'xml' (1 problem(s)):
      - field 'fmt': use one of yaml, json
    """
    if fmt not in TEXT_FORMATS:
        problem = Problem(Msg("scheme.use_one_of", options=", ".join(TEXT_FORMATS)), field="fmt")
        raise InputError(Msg("scheme.cannot_write_format", fmt=fmt), [problem])
    data = scheme_to_dict(scheme)
    if fmt == "json":
        return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
    return yaml.safe_dump(data, allow_unicode=True, sort_keys=False, width=100)


def load_scheme(path: str | Path) -> Scheme:
    """Load a scheme from ``.yaml``/``.yml``/``.json``/``.xlsx``."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        return read_scheme_xlsx(path)
    if suffix not in (".yaml", ".yml", ".json"):
        problem = Problem(Msg("scheme.unknown_file_type", suffix=suffix), file=str(path))
        raise SchemeError(Msg("scheme.cannot_load", path=str(path)), [problem])
    text, _ = read_text(path)
    return loads_scheme(text, source=str(path), fmt="json" if suffix == ".json" else "yaml")


def dump_scheme(scheme: Scheme, path: str | Path) -> Path:
    """Write ``scheme`` to ``.yaml``/``.yml``/``.json``/``.xlsx`` (chosen by suffix)."""
    path = Path(path)
    suffix = path.suffix.lower()
    if suffix == ".xlsx":
        write_scheme_xlsx(scheme, path)
    elif suffix in (".yaml", ".yml", ".json"):
        path.write_text(dumps_scheme(scheme, "json" if suffix == ".json" else "yaml"), encoding="utf-8")
    else:
        raise SchemeError(Msg("scheme.cannot_write_type", path=str(path), suffix=suffix))
    return path
