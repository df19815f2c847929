"""What a department head should do next, and the per-row facts of the designer's KPI table.

The designer shows one short line at the top that follows the cycle stage of the head's
department for the period (:func:`next_step`), a live weight total per role while the head
types (:func:`typed_weights`, by the balance profile's rule) and a check badge per KPI row
(:func:`kpi_badge`, from the SMART check).  The UI only renders what these return.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import Any

from kpiguide.checks.kpi_review import Analyzer, analyze_kpi
from kpiguide.checks.profiles import load_profile
from kpiguide.core.findings import Severity
from kpiguide.core.i18n import t
from kpiguide.core.model import Kpi, Period, Scheme
from kpiguide.core.numbers import format_number, parse_number
from kpiguide.design import cycle
from kpiguide.design.weights import DEFAULT_PROFILE, ProfileRef, RoleWeights, role_weights
from kpiguide.project.store import Store

__all__ = ["Badge", "NextStep", "badge_of", "kpi_badge", "next_step", "typed_weights"]


@dataclass(frozen=True)
class NextStep:
    """The cycle ``stage`` of the department and the message (``key`` + ``params``) saying what to do next.

    ``tone`` is ``"action"`` (the head has something to do), ``"wait"`` (someone else has)
    or ``"done"``; ``role`` names the role the step is about, if any.
    """

    stage: str
    key: str
    params: Mapping[str, Any] = field(default_factory=dict)
    tone: str = "action"
    role: str | None = None

    def text(self, lang: str) -> str:
        return t(self.key, lang, **self.params)


def _draft_step(scheme: Scheme, department: str, profile: ProfileRef, stage: str) -> NextStep:
    """Before submission: a role without KPIs, then a role whose weights do not add up, else submit."""
    for role in scheme.roles_of(department):
        if not scheme.kpis_of(role.id):
            return NextStep(stage, "uid.next.add_kpis", {"role": role.name}, role=role.id)
    for weights in role_weights(scheme, department, profile):
        if not weights.ok:
            params = {"role": weights.name, "total": format_number(weights.total),
                      "expected": format_number(weights.expected)}  # fmt: skip
            return NextStep(stage, "uid.next.weights", params, role=weights.role)
    return NextStep(stage, "uid.next.submit")


def next_step(
    store: Store,
    department: str,
    period: Period | str,
    *,
    profile: ProfileRef = DEFAULT_PROFILE,
    today: dt.date | None = None,
) -> NextStep:
    """The next step of ``department``'s head in ``period``, from the cycle stage and the weight rule.

    draft: add KPIs to an empty role, fix a role's weights, else submit; submitted: wait for the
    review; returned: fix the KPIs with comments and resubmit; approved: wait for the employees
    to confirm (k of n); agreed or in progress: changes go through a change request; closed.
    """
    period = Period.parse(period)
    scheme = store.load_scheme()
    state = cycle.department_stage(store, scheme, department, period, today)
    stage = state["stage"]
    if stage == "draft":
        return _draft_step(scheme, department, profile, stage)
    if stage == "returned":
        n = len(state["kpi_comments"])
        if n:
            return NextStep(stage, "uid.next.returned", {"n": n})
        return NextStep(stage, "uid.next.returned_overall", {"comment": state["comment"] or "-"})
    if stage == "submitted":
        return NextStep(stage, "uid.next.waiting_review", {"period": str(period)}, tone="wait")
    if stage == "approved":
        params = {"k": state["agreed"], "n": state["employees"]}
        return NextStep(stage, "uid.next.waiting_confirm", params, tone="wait")
    if stage in ("agreed", "in_progress"):
        return NextStep(stage, "uid.next.change_request", tone="done")
    return NextStep(stage, "uid.next.closed", {"period": str(period)}, tone="done")


def typed_weights(
    role: str, name: str, texts: Iterable[Any], profile: ProfileRef = DEFAULT_PROFILE
) -> tuple[RoleWeights, int]:
    """The weight total of a role as typed (text such as ``"30"`` or ``"30%"``) and how many are unreadable.

    The verdict is the profile's rule (:meth:`~kpiguide.checks.profiles.BalanceProfile.weights_add_up`);
    a weight that cannot be read makes the total not ok.

    >>> w, bad = typed_weights("r", "Role", ["30", "40", "30"])
    >>> (w.total, w.ok, bad)
    (100.0, True, 0)
    >>> typed_weights("r", "Role", ["30", "lots"])[0].ok
    False
    """
    rules = load_profile(profile)
    total, bad = 0.0, 0
    for text in texts:
        if text is None or (isinstance(text, str) and not text.strip()):
            bad += 1
            continue
        try:
            total += parse_number(text if isinstance(text, int | float) else str(text))
        except (ValueError, TypeError):
            bad += 1
    return RoleWeights(role, name, total, rules.weights_total, not bad and rules.weights_add_up(total)), bad


@dataclass(frozen=True)
class Badge:
    """A KPI row's check verdict: ``level`` is ``ok``, ``info``, ``warning`` or ``error``; ``codes`` the findings."""

    level: str
    codes: tuple[str, ...] = ()
    messages: tuple[str, ...] = ()


def kpi_badge(scheme: Scheme, kpi: Kpi, lang: str, *, analyze: Analyzer | None = None, history: Any = None) -> Badge:
    """The worst SMART finding of ``kpi`` (its goal sentence, judged against its objective) as a row badge.

    Informational findings (e.g. no objective to judge relevance against) do not lower the badge.
    """
    return badge_of(analyze_kpi(scheme, kpi, lang, analyze=analyze, history=history), lang)


def badge_of(result: Any, lang: str) -> Badge:
    """The row badge of a SMART result already at hand (what :func:`kpi_badge` returns for it)."""
    serious = [f for f in result.findings if Severity(f.severity) is not Severity.INFO]
    if not serious:
        return Badge("ok")
    worst = min(serious, key=lambda f: Severity(f.severity).rank)
    return Badge(
        Severity(worst.severity).value,
        tuple(f.code for f in serious),
        tuple(f.message(lang) for f in serious),
    )
