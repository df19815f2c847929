"""Reviewing one KPI of a scheme: its goal sentence and its SMART verdict against its objective.

The apps and the guided notebooks show the verdict; the composition (which objective,
which subject path, which direction, the statement the SMART check reads) lives here.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any, Protocol

from kpiguide.checks.smart import analyze as smart_analyze
from kpiguide.core.i18n import t
from kpiguide.core.model import Direction, Kpi, Scheme
from kpiguide.core.numbers import format_number

__all__ = ["analyze_kpi", "kpi_statement"]


class Analyzer(Protocol):
    """The SMART check :func:`analyze_kpi` calls (:func:`kpiguide.checks.smart.analyze` is one): the statement, the
    KPI's objective and the texts of the scheme's other objectives (``siblings``; ``None`` when the KPI has no
    objective), its history, the language, the subject path and the direction."""

    def __call__(
        self,
        text: str,
        /,
        *,
        objective: str | None,
        siblings: Sequence[str] | None,
        history: Any,
        lang: str,
        subject: str,
        direction: str | None,
    ) -> Any: ...


def kpi_statement(kpi: Kpi, lang: str = "zh", *, name: str | None = None) -> str:
    """The KPI as one goal sentence (name, target, unit, period) — what the SMART check reads.

    >>> from kpiguide.core.model import Kpi
    >>> k = Kpi("k", "个人销售额", "r", None, 30, 180000, "元", "higher", "financial", False, "monthly")
    >>> kpi_statement(k, "zh")
    '每月个人销售额不低于180,000元'
    >>> kpi_statement(k, "en")
    '个人销售额 of at least 180,000 元 each month'
    """
    lang = "zh" if lang.startswith("zh") else "en"
    params = {
        "name": (kpi.name if name is None else name).strip(),
        "period": t(f"frequency.every.{kpi.frequency.value}", lang),
        "unit": kpi.unit.strip(),
    }
    if kpi.direction == Direction.RANGE and kpi.target_range is not None:
        low, high = kpi.target_range
        text = t("statement.range", lang, low=format_number(low), high=format_number(high), **params)
    elif kpi.target is None:
        text = t("statement.no_target", lang, **params)
    else:
        key = "statement.at_most" if kpi.direction == Direction.LOWER else "statement.at_least"
        text = t(key, lang, target=format_number(kpi.target), **params)
    # An empty unit leaves a double space in the English templates.
    return text.replace("  ", " ")


def _objective_text(scheme: Scheme, kpi: Kpi) -> str | None:
    if not kpi.objective:
        return None
    try:
        return scheme.objective(kpi.objective).text
    except KeyError:
        return None


def _sibling_texts(scheme: Scheme, kpi: Kpi) -> tuple[str, ...]:
    """The texts of the scheme's objectives other than the KPI's own (what singles its objective out)."""
    return tuple(o.text for o in scheme.objectives if o.id != kpi.objective and o.text.strip())


def analyze_kpi(
    scheme: Scheme,
    kpi: Kpi,
    lang: str,
    *,
    name: str | None = None,
    analyze: Analyzer | None = None,
    history: Any = None,
) -> Any:
    """SMART result of ``kpi`` (or of ``name`` typed for it), judged against its objective.

    ``analyze`` is the SMART check (by default :func:`kpiguide.checks.smart.analyze`);
    ``history`` the KPI's result series, if any.  The scheme's other objectives go to the check as ``siblings``
    (``None`` when the KPI has no objective).
    """
    if analyze is None:
        analyze = smart_analyze
    role_known = kpi.role in {r.id for r in scheme.roles}
    subject = scheme.kpi_path(kpi) if role_known else f"kpis/{kpi.id}"
    direction = kpi.direction.value if kpi.direction.value in ("higher", "lower") else None
    objective = _objective_text(scheme, kpi)
    return analyze(
        kpi_statement(kpi, lang, name=name),
        objective=objective,
        siblings=_sibling_texts(scheme, kpi) if objective else None,
        history=history,
        lang=lang,
        subject=subject,
        direction=direction,
    )
