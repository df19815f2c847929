"""Readable names for the subject paths of findings (``departments/sales/roles/x/kpis/y``)."""

from __future__ import annotations

from kpiguide.core.model import Scheme

__all__ = ["department_of", "role_of", "subject_label"]


def _parts(subject: str) -> dict[str, str]:
    bits = subject.strip("/").split("/")
    return {bits[i]: bits[i + 1] for i in range(0, len(bits) - 1, 2)}


def department_of(subject: str) -> str | None:
    return _parts(subject).get("departments")


def role_of(subject: str) -> str | None:
    return _parts(subject).get("roles")


def subject_label(scheme: Scheme, subject: str, organization: str = "") -> str:
    """``销售部 › 门店销售顾问 › 个人销售额`` for a subject path (ids kept when unknown)."""
    parts = _parts(subject)
    names = []
    lookups = (("departments", scheme.department), ("roles", scheme.role), ("kpis", scheme.kpi),
               ("objectives", scheme.objective), ("employees", scheme.employee))  # fmt: skip
    for key, lookup in lookups:
        if key in parts:
            try:
                item = lookup(parts[key])
            except KeyError:
                names.append(parts[key])
                continue
            names.append(str(getattr(item, "name", None) or getattr(item, "text", parts[key])))
    if not names:
        return organization or scheme.organization.name or subject
    return " › ".join(names)
