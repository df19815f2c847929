"""The one strict reader of YAML and JSON text that a person gives us.

Scheme files, extension catalogs, balance profiles, incentive tables: every YAML or
JSON file from a user goes through :func:`load_yaml_text` (or :func:`load_json_text`),
which refuses what a plain ``yaml.safe_load`` lets through silently or slowly:

- a key given twice in one mapping (the later one would silently win) — the error names
  both lines;
- aliases that expand to far more nodes than the file holds (a "billion laughs" bomb)
  and aliases that refer to themselves — refused in well under a second;
- nesting deeper than :data:`MAX_DEPTH` levels;
- text longer than :data:`MAX_CHARS` characters and lists longer than :data:`MAX_ITEMS`
  entries — the message says how to split the file.

Every problem found is reported at once, each located by file and line.

>>> load_yaml_text("a: 1\\nb: 2\\n", "x.yaml")
{'a': 1, 'b': 2}
>>> load_yaml_text("a: 1\\na: 2\\n", "x.yaml")
Traceback (most recent call last):
...
kpiguide.core.errors.InputError: Cannot read x.yaml (1 problem(s)):
  - x.yaml, line 2, field 'a': the key 'a' is given twice (lines 1 and 2); keep one of them
"""

from __future__ import annotations

import gc
import json
import re
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Any

import yaml

from kpiguide.core.errors import InputError, Problem
from kpiguide.core.i18n import Msg
from kpiguide.core.texttable import FAST_LOADER, load_package_yaml  # the latter re-exported

__all__ = ["MAX_CHARS", "MAX_DEPTH", "MAX_ITEMS", "gc_paused", "load_json_text", "load_package_yaml", "load_yaml_text"]

#: Longest text accepted (characters): about 200 MB of UTF-8 Chinese text.
MAX_CHARS = 64_000_000
#: Deepest nesting of mappings and lists accepted (a scheme needs about 6).
MAX_DEPTH = 64
#: Most entries accepted in one list (KPIs, employees, catalog entries ...).
MAX_ITEMS = 200_000
#: Aliases may repeat parts of a file, but the expanded document may hold at most this many
#: nodes more than the file itself.
MAX_ALIAS_EXPANSION = 100_000

_MERGE_TAG = "tag:yaml.org,2002:merge"


def _children(node: yaml.Node) -> list[yaml.Node]:
    if isinstance(node, yaml.MappingNode):
        return [n for pair in node.value for n in pair]
    if isinstance(node, yaml.SequenceNode):
        return list(node.value)
    return []


def _duplicates(node: yaml.MappingNode, source: str) -> list[Problem]:
    seen: dict[str, int] = {}
    problems = []
    for key, _value in node.value:
        if not isinstance(key, yaml.ScalarNode) or key.tag == _MERGE_TAG:
            continue
        line = key.start_mark.line + 1
        if key.value in seen:
            problems.append(
                Problem(
                    Msg("structured.duplicate_key", key=key.value, first=seen[key.value], line=line),
                    file=source,
                    line=line,
                    field=key.value,
                )
            )
        else:
            seen[key.value] = line
    return problems


class _Measure:
    """One pass over the node graph (each distinct node once): depth, expanded size, list lengths."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.size: dict[int, int] = {}
        self.depth: dict[int, int] = {}
        self.distinct = 0

    def fatal(self, node: yaml.Node, message: str) -> InputError:
        line = node.start_mark.line + 1
        return InputError(
            Msg("structured.cannot_read", source=self.source), [Problem(message, file=self.source, line=line)]
        )

    def run(self, root: yaml.Node) -> None:
        on_path: set[int] = set()
        stack: list[tuple[yaml.Node, bool]] = [(root, False)]
        while stack:
            node, done = stack.pop()
            key = id(node)
            if done:
                self.finish(node)
                on_path.discard(key)
                continue
            if key in self.size:
                continue
            if key in on_path:
                raise self.fatal(node, Msg("structured.recursive_alias"))
            on_path.add(key)
            stack.append((node, True))
            stack.extend((child, False) for child in _children(node) if id(child) not in self.size)

    def finish(self, node: yaml.Node) -> None:
        children = _children(node)
        self.distinct += 1
        self.size[id(node)] = 1 + sum(self.size[id(c)] for c in children)
        self.depth[id(node)] = 1 + max((self.depth[id(c)] for c in children), default=0)
        if self.size[id(node)] > self.distinct + MAX_ALIAS_EXPANSION:
            raise self.fatal(
                node,
                Msg("structured.alias_expansion", limit=self.distinct + MAX_ALIAS_EXPANSION),
            )
        if self.depth[id(node)] > MAX_DEPTH:
            raise self.fatal(node, Msg("structured.too_deep_yaml", limit=MAX_DEPTH))
        if isinstance(node, yaml.SequenceNode) and len(node.value) > MAX_ITEMS:
            raise self.fatal(node, Msg("structured.too_many_entries", count=len(node.value), limit=MAX_ITEMS))


def _syntax_error(exc: yaml.YAMLError, source: str, error: type[InputError]) -> InputError:
    mark = getattr(exc, "problem_mark", None)
    line = mark.line + 1 if mark is not None else None
    problem = getattr(exc, "problem", None) or str(exc)
    return error(
        Msg("structured.cannot_parse", source=source),
        [Problem(Msg("structured.yaml_syntax", problem=problem), file=source, line=line)],
    )


def _check_size(text: str, source: str, error: type[InputError]) -> None:
    if len(text) > MAX_CHARS:
        raise error(
            Msg("structured.cannot_read", source=source),
            [Problem(Msg("structured.too_long", count=len(text), limit=MAX_CHARS), file=source)],
        )


#: An anchor (``&name``): a file without one has no aliases, so its node graph is a tree and need not be
#: measured before it is built (the fast path); text such as "R&D" only sends a file down the careful path.
_ANCHOR = re.compile(r"(?:^|[\s\[{,])&[^\s,\[\]{}]")


class _StrictLoader(FAST_LOADER):  # type: ignore[misc,valid-type]
    """The safe loader, noting keys given twice in a mapping as it builds it."""

    def __init__(self, text: str, source: str) -> None:
        super().__init__(text)
        self.source = source
        self.duplicates: list[Problem] = []

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> Any:
        self.duplicates.extend(_duplicates(node, self.source))
        return super().construct_mapping(node, deep=deep)


def _build(loader: _StrictLoader, text: str, source: str, error: type[InputError]) -> Any:
    root = loader.get_single_node()
    if root is None:
        return None
    careful = _ANCHOR.search(text) is not None
    if careful:  # aliases: measure the graph before building it (alias bombs, recursion, depth)
        _measure_or_raise(root, source, error)
    data = loader.construct_document(root)
    if loader.duplicates:
        raise error(Msg("structured.cannot_read", source=source), sorted(loader.duplicates, key=lambda p: p.line or 0))
    if not careful and _shape_problem(data):
        _measure_or_raise(root, source, error)  # names the line of the first list too long or too deep
    return data


def _measure_or_raise(root: yaml.Node, source: str, error: type[InputError]) -> None:
    try:
        _Measure(source).run(root)
    except InputError as exc:
        raise error(exc.summary, exc.problems) from None


@contextmanager
def gc_paused() -> Iterator[None]:
    """Pause Python's cycle collector while a large file becomes millions of small objects: the parsers
    make no reference cycles (recursive aliases are refused before building), and the collector's repeated
    passes over the growing heap take about two thirds of the time of a 50,000-KPI YAML file."""
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def load_yaml_text(text: str, source: str = "<string>", *, error: type[InputError] = InputError) -> Any:
    """Parse YAML (or JSON, a subset of it) strictly; raise ``error`` with every located problem.

    Returns ``None`` for an empty document, like ``yaml.safe_load``.
    """
    _check_size(text, source, error)
    text = text.lstrip("\ufeff")
    loader = _StrictLoader(text, source)
    try:
        with gc_paused():
            return _build(loader, text, source, error)
    except InputError:
        raise
    except yaml.YAMLError as exc:
        raise _syntax_error(exc, source, error) from None
    except (ValueError, RecursionError, OverflowError) as exc:
        raise error(Msg("structured.cannot_parse", source=source), [Problem(_reason(exc), file=source)]) from None
    finally:
        loader.dispose()


def _pairs(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    keys = [k for k, _ in pairs]
    if len(set(keys)) != len(keys):
        raise _DuplicateKey
    return dict(pairs)


class _DuplicateKey(Exception):
    pass


def _refuse_constant(name: str) -> Any:
    raise ValueError(Msg("structured.json_constant", name=name))


def load_json_text(text: str, source: str = "<string>", *, error: type[InputError] = InputError) -> Any:
    """Parse JSON strictly (duplicate keys refused, with both lines); raise ``error`` when it cannot be read."""
    _check_size(text, source, error)
    body = text.lstrip("\ufeff")
    try:
        with gc_paused():
            data = json.loads(body, object_pairs_hook=_pairs, parse_constant=_refuse_constant)
    except _DuplicateKey:
        load_yaml_text(body, source, error=error)  # JSON is YAML: the strict YAML reader names both lines
        twice = Problem(Msg("structured.duplicate_key_json"), file=source)
        raise error(Msg("structured.cannot_read", source=source), [twice]) from None
    except json.JSONDecodeError as exc:
        raise error(
            Msg("structured.cannot_parse_json", source=source),
            [Problem(Msg("structured.json_syntax", problem=exc.msg), file=source, line=exc.lineno)],
        ) from None
    except RecursionError:
        message = Msg("structured.too_deep_json", limit=MAX_DEPTH)
        raise error(Msg("structured.cannot_read", source=source), [Problem(message, file=source)]) from None
    except ValueError as exc:
        raise error(Msg("structured.cannot_parse_json", source=source), [Problem(_reason(exc), file=source)]) from None
    problem = _shape_problem(data)
    if problem:
        raise error(Msg("structured.cannot_read", source=source), [Problem(problem, file=source)])
    return data


def _reason(exc: Exception) -> str:
    """The message of ``exc``: its Msg when it carries one (so it stays translatable), else its text."""
    first = exc.args[0] if len(exc.args) == 1 else None
    return first if isinstance(first, Msg) else str(exc)


def _shape_problem(data: Any) -> str | None:
    """What is wrong with the shape of parsed data (too deep, too long), iteratively: deep data must not blow the stack."""
    stack: list[tuple[Any, int]] = [(data, 1)]
    while stack:
        value, depth = stack.pop()
        if depth > MAX_DEPTH:
            return Msg("structured.too_deep_json", limit=MAX_DEPTH)
        if isinstance(value, dict):
            stack.extend((v, depth + 1) for v in value.values())
        elif isinstance(value, list):
            if len(value) > MAX_ITEMS:
                return Msg("structured.too_many_entries", count=len(value), limit=MAX_ITEMS)
            stack.extend((v, depth + 1) for v in value)
    return None
