"""The one result shape of every check: :class:`Finding`, collected in a :class:`Report`.

SMART, balance, data-quality, achievability, fairness, evaluation and system-health
checks all return findings; widgets, reports and the CLI render only this type.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from types import MappingProxyType
from typing import Any

from kpiguide.core.i18n import message_table, normalize_lang

__all__ = ["Finding", "Report", "Severity"]


class Severity(StrEnum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"error": 0, "warning": 1, "info": 2}[self.value]


def _freeze(details: Mapping[str, Any] | None) -> Mapping[str, Any]:
    return MappingProxyType(dict(details or {}))


@dataclass(frozen=True)
class Finding:
    """One observation of a check.

    Parameters
    ----------
    code : str
        Stable machine code, ``area.name`` (``smart.not_measurable``, ``balance.weights_sum``).
    severity : Severity
        ``error`` must be fixed, ``warning`` should be looked at, ``info`` is advice.
    subject : str
        Path of what the finding is about, e.g. ``departments/sales/roles/rep/kpis/k1``.
    message_zh, message_en : str
        What was found, in both languages.
    suggestion_zh, suggestion_en : str
        A concrete next step, in both languages.
    details : mapping
        Machine-readable values behind the message (numbers, ids).
    """

    code: str
    severity: Severity
    subject: str
    message_zh: str
    message_en: str
    suggestion_zh: str = ""
    suggestion_en: str = ""
    details: Mapping[str, Any] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "severity", Severity(self.severity))
        object.__setattr__(self, "details", _freeze(self.details))

    @classmethod
    def create(
        cls,
        code: str,
        severity: Severity | str,
        subject: str,
        /,
        details: Mapping[str, Any] | None = None,
        *,
        zh: Mapping[str, Any] | None = None,
        en: Mapping[str, Any] | None = None,
        **params: Any,
    ) -> Finding:
        """Build a finding whose texts come from the message table entry ``code``.

        ``params`` fill both languages' templates; ``zh`` and ``en`` add or override parameters
        for one language (a reason, a label or a rewrite written in that language), so a finding
        is built once and never patched afterwards.  ``params`` are also kept in ``details``
        unless ``details`` is given.

        >>> f = Finding.create("smart.too_long", "warning", "k1", zh={"length": 61}, en={"length": 97}, limit=60)
        >>> "61" in f.message_zh and "97" in f.message_en
        True
        """
        entry = message_table().get(code)
        if entry is None or "message" not in entry:
            raise KeyError(f"No message table entry for finding code {code!r}")
        msg = entry["message"]
        sug = entry.get("suggestion", {"zh": "", "en": ""})
        by_lang = {"zh": {**params, **(zh or {})}, "en": {**params, **(en or {})}}
        return cls(
            code=code,
            severity=Severity(severity),
            subject=subject,
            message_zh=msg["zh"].format(**by_lang["zh"]),
            message_en=msg["en"].format(**by_lang["en"]),
            suggestion_zh=sug["zh"].format(**by_lang["zh"]),
            suggestion_en=sug["en"].format(**by_lang["en"]),
            details=details if details is not None else params,
        )

    def message(self, lang: str = "en") -> str:
        return self.message_zh if normalize_lang(lang) == "zh" else self.message_en

    def suggestion(self, lang: str = "en") -> str:
        return self.suggestion_zh if normalize_lang(lang) == "zh" else self.suggestion_en

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        """JSON-ready dict; with ``lang`` adds ``message``/``suggestion`` in that language."""
        out: dict[str, Any] = {
            "code": self.code,
            "severity": self.severity.value,
            "subject": self.subject,
            "message_zh": self.message_zh,
            "message_en": self.message_en,
            "suggestion_zh": self.suggestion_zh,
            "suggestion_en": self.suggestion_en,
            "details": _jsonable(dict(self.details)),
        }
        if lang is not None:
            out["message"] = self.message(lang)
            out["suggestion"] = self.suggestion(lang)
        return out


def _jsonable(value: Any) -> Any:
    if isinstance(value, Mapping):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_jsonable(v) for v in value]
    if isinstance(value, str | int | float | bool) or value is None:
        return value
    if hasattr(value, "item"):  # numpy scalars
        return value.item()
    return str(value)


@dataclass(frozen=True)
class Report:
    """An ordered, immutable collection of findings with summaries."""

    findings: tuple[Finding, ...] = ()

    def __init__(self, findings: Iterable[Finding] = ()) -> None:
        ordered = sorted(findings, key=lambda f: (f.severity.rank, f.subject, f.code))
        object.__setattr__(self, "findings", tuple(ordered))

    def __iter__(self) -> Iterator[Finding]:
        return iter(self.findings)

    def __len__(self) -> int:
        return len(self.findings)

    def __add__(self, other: Report | Iterable[Finding]) -> Report:
        return Report([*self.findings, *other])

    @property
    def errors(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.ERROR)

    @property
    def warnings(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.severity is Severity.WARNING)

    @property
    def has_errors(self) -> bool:
        return any(f.severity is Severity.ERROR for f in self.findings)

    def codes(self) -> list[str]:
        return [f.code for f in self.findings]

    def about(self, subject_prefix: str) -> Report:
        return Report(f for f in self.findings if f.subject.startswith(subject_prefix))

    def summary(self) -> dict[str, Any]:
        by_sev = Counter(f.severity.value for f in self.findings)
        return {
            "total": len(self.findings),
            "error": by_sev.get("error", 0),
            "warning": by_sev.get("warning", 0),
            "info": by_sev.get("info", 0),
            "by_code": dict(sorted(Counter(f.code for f in self.findings).items())),
        }

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        return {
            "findings": [f.to_dict(lang) for f in self.findings],
            "summary": self.summary(),
        }
