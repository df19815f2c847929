"""Findings whose message parameters differ by language (a reason, a rewrite or a label in zh and in en).

:meth:`kpiguide.core.findings.Finding.create` fills both languages' templates with the same
parameters; the checks that need per-language values build their findings here, from the
same message table entry, instead of patching a finding after the fact.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from kpiguide.core.findings import Finding, Severity
from kpiguide.core.i18n import message_table, t

__all__ = ["bilingual_finding"]


def bilingual_finding(
    code: str,
    severity: Severity | str,
    subject: str,
    *,
    zh: Mapping[str, Any],
    en: Mapping[str, Any],
    details: Mapping[str, Any],
) -> Finding:
    """A finding of message table entry ``code``, its zh text filled with ``zh`` and its en text with ``en``."""
    has_suggestion = "suggestion" in (message_table().get(code) or {})
    return Finding(
        code=code,
        severity=Severity(severity),
        subject=subject,
        message_zh=t(f"{code}.message", "zh", **zh),
        message_en=t(f"{code}.message", "en", **en),
        suggestion_zh=t(f"{code}.suggestion", "zh", **zh) if has_suggestion else "",
        suggestion_en=t(f"{code}.suggestion", "en", **en) if has_suggestion else "",
        details=details,
    )
