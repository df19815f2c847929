"""Kinds of the store's generic ``records`` table and how the store treats each.

Engines keep their own state in records (period closings, invites, comments ...).
Engines may also guard writes of scheme rows (:func:`register_write_guard`): the
review cycle refuses edits of agreed KPIs whoever writes them (apps, notebooks,
CLI or a script calling the store).
A kind needs no registration unless it wants special treatment; the access
module registers its ``secret`` kind as *redacted*, so that the signing key is
never copied into the audit log.  The store asks this registry and names no
engine's concepts itself.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass
from importlib import import_module
from typing import Any

from kpiguide.core.errors import InputError, Problem

__all__ = ["RecordKind", "audited_data", "record_kind", "register_record_kind", "register_write_guard", "write_guards"]


@dataclass(frozen=True)
class RecordKind:
    """How the store treats records of one kind.

    ``redacted``: the audit log notes that such a record changed, never its data.
    """

    kind: str
    redacted: bool = False
    description: str = ""


# Filled at import time by the modules that own the kinds; registration is idempotent.
_REGISTRY: dict[str, RecordKind] = {}

REDACTED: Mapping[str, Any] = {"redacted": True}


def register_record_kind(kind: str, *, redacted: bool = False, description: str = "") -> RecordKind:
    """Declare how the store treats records of ``kind``; return the registered kind.

    Registering the same kind again with the same options is harmless; with other
    options it is refused, because two modules would then disagree about the data.

    >>> register_record_kind("example_note", description="doctest").redacted
    False
    """
    entry = RecordKind(kind, redacted, description)
    known = _REGISTRY.get(kind)
    if known is not None and known.redacted != entry.redacted:
        raise InputError(
            f"Record kind {kind!r} is already registered with redacted={known.redacted}",
            [Problem("register each kind once, from the module that owns it", field="kind")],
        )
    _REGISTRY.setdefault(kind, entry)
    return _REGISTRY[kind]


def record_kind(kind: str) -> RecordKind:
    """The registered treatment of ``kind`` (plain, audited in full, when not registered)."""
    return _REGISTRY.get(kind) or RecordKind(kind)


def audited_data(kind: str, data: Any) -> Any:
    """What the audit log keeps of a record's ``data``: the data itself, or a redaction marker."""
    return dict(REDACTED) if record_kind(kind).redacted else data


# -- write guards ------------------------------------------------------------------------------

WriteGuard = Callable[[Any, str, Mapping[str, Any]], None]
"""``guard(store, entity, changes)``: ``changes`` maps each row id about to be written to its new
object (``None``: deleted). It raises a :class:`~kpiguide.core.errors.KpiGuideError` to refuse; it reads
through ``store``, which is the writing transaction when there is one."""

_GUARDS: dict[str, list[str]] = {}
_RESOLVED: dict[str, WriteGuard] = {}


def register_write_guard(entity: str, guard: str) -> None:
    """Make the store ask ``guard`` ("package.module:function") before it writes rows of ``entity``.

    Guards are named, not passed, so a layer below the engines can call an engine's rule without
    importing it: the module is imported at the first guarded write.  Registering twice is harmless.

    >>> register_write_guard("example_entity", "kpiguide.core.i18n:has_cjk")
    >>> register_write_guard("example_entity", "kpiguide.core.i18n:has_cjk")
    >>> len(_GUARDS["example_entity"])
    1
    """
    names = _GUARDS.setdefault(entity, [])
    if guard not in names:
        names.append(guard)


def write_guards(entity: str) -> list[WriteGuard]:
    """The guards of ``entity``, imported on first use."""
    out = []
    for name in _GUARDS.get(entity, ()):
        if name not in _RESOLVED:
            module, _, function = name.partition(":")
            _RESOLVED[name] = getattr(import_module(module), function)
        out.append(_RESOLVED[name])
    return out
