"""Balance and structure checks of a whole KPI scheme, per role, department and organisation.

``check_scheme(scheme, profile="cn")`` returns a :class:`kpiguide.core.findings.Report`:

per role
    ``balance.kpi_count`` (number of KPIs outside the profile's range),
    ``balance.weights_sum`` (weights do not add up to 100 %), ``balance.zero_weight``,
    ``balance.weight_bounds``, ``balance.weight_step``, ``balance.missing_field``
    (unit, direction, frequency, data source...), ``balance.redundant_kpis``
    (near-duplicates within the role);
per department and for the organisation
    ``balance.perspective_coverage`` (a BSC perspective below its minimum share),
    ``balance.leading_share``, ``balance.financial_share``,
    ``balance.kpi_outside_department_objectives``, ``balance.no_roles``;
strategy
    ``balance.objective_unmeasured`` (a strategic objective no KPI measures),
    ``balance.kpi_untraced`` (a KPI linked to no objective, or to an unknown one).

Shares are shares of KPI weight: each role counts equally (its weights add to 100),
so a department's shares are the mean of its roles' shares.  Thresholds come from a
:class:`~kpiguide.checks.profiles.BalanceProfile`.  Redundancy uses an injectable
near-duplicate finder ``similar(kpis, threshold) -> [(kpi_a, kpi_b, score), ...]``
(default: ``kpiguide.suggest.engine.default_suggester().similar_indicators``).
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from kpiguide.checks.profiles import BalanceProfile, LevelRules, available_profiles, load_profile
from kpiguide.core.findings import Finding, Report
from kpiguide.core.i18n import t
from kpiguide.core.model import Kpi, Perspective, Scheme
from kpiguide.core.numbers import format_number, format_percent

__all__ = ["BalanceProfile", "available_profiles", "balance_table", "check_scheme", "load_profile"]

_DEFAULT = "default"
ORGANIZATION = "organization"
_PERSPECTIVES = tuple(p.value for p in Perspective)
Similar = Callable[[Sequence[Kpi], float], Iterable[tuple[Kpi, Kpi, float]]]


def _role_path(scheme: Scheme, role_id: str) -> str:
    try:
        role = scheme.role(role_id)
    except KeyError:
        return f"roles/{role_id}"
    return f"departments/{role.department}/roles/{role.id}"


def _kpi_path(scheme: Scheme, kpi: Kpi) -> str:
    try:
        return scheme.kpi_path(kpi)
    except KeyError:
        return f"roles/{kpi.role}/kpis/{kpi.id}"


def _default_similar() -> Similar:
    from kpiguide.suggest.engine import default_suggester  # optional engine, heavy (scikit-learn); may be absent

    suggester = default_suggester()
    return lambda kpis, threshold: suggester.similar_indicators(list(kpis), threshold=threshold)


class _Checker:
    def __init__(self, scheme: Scheme, profile: BalanceProfile) -> None:
        self.scheme = scheme
        self.profile = profile
        self.findings: list[Finding] = []

    def add(self, code: str, default_severity: str, subject: str, **params: Any) -> None:
        severity = self.profile.severity_of(code, default_severity)
        self.findings.append(Finding.create(code, severity, subject, **params))

    # -- roles --------------------------------------------------------------------------------
    def roles(self) -> None:
        p = self.profile
        for role in self.scheme.roles:
            kpis = self.scheme.kpis_of(role.id)
            subject = _role_path(self.scheme, role.id)
            n = len(kpis)
            if not p.kpi_count_min <= n <= p.kpi_count_max:
                self.add("balance.kpi_count", "error" if n == 0 else "warning", subject, role=role.name, count=n,
                         min=p.kpi_count_min, max=p.kpi_count_max, profile=p.name)  # fmt: skip
            if not kpis:
                continue
            total = sum(k.weight for k in kpis)
            if not p.weights_add_up(total):
                self.add("balance.weights_sum", "error", subject, role=role.name, total=format_number(round(total, 4)),
                         expected=format_number(p.weights_total))  # fmt: skip
            for kpi in kpis:
                self.kpi(kpi)

    def kpi(self, kpi: Kpi) -> None:
        p = self.profile
        subject = _kpi_path(self.scheme, kpi)
        if kpi.weight <= 0:
            self.add("balance.zero_weight", "error", subject, kpi=kpi.name, weight=format_number(kpi.weight))
        elif not p.weight_min <= kpi.weight <= p.weight_max:
            self.add("balance.weight_bounds", "warning", subject, kpi=kpi.name, weight=format_number(kpi.weight),
                     min=format_number(p.weight_min), max=format_number(p.weight_max), profile=p.name)  # fmt: skip
        if p.weight_step and kpi.weight > 0:
            ratio = kpi.weight / p.weight_step
            if abs(ratio - round(ratio)) > 1e-6:
                self.add("balance.weight_step", "info", subject, kpi=kpi.name, weight=format_number(kpi.weight),
                         step=format_number(p.weight_step), profile=p.name)  # fmt: skip
        for name in p.required_fields:
            value = getattr(kpi, name, None)
            if name == "target" and kpi.target_range is not None:
                value = kpi.target_range
            if value is None or (isinstance(value, str) and not value.strip()):
                self.add("balance.missing_field", "warning", subject, kpi=kpi.name, field=name)

    # -- redundancy -----------------------------------------------------------------------------
    def redundancy(self, similar: Any) -> None:
        if similar is None:
            return
        try:
            finder = _default_similar() if similar == _DEFAULT else similar
        except ImportError:
            self.add("balance.redundancy_unchecked", "info", ORGANIZATION, engine="kpiguide.suggest.engine")
            return
        for role in self.scheme.roles:
            kpis = self.scheme.kpis_of(role.id)
            if len(kpis) < 2:
                continue
            for a, b, score in finder(kpis, self.profile.redundancy_threshold):
                if float(score) >= self.profile.redundancy_threshold:
                    self.add("balance.redundant_kpis", "warning", _kpi_path(self.scheme, b), role=role.name,
                             kpi_a=a.name, kpi_b=b.name, score=f"{float(score):.2f}")  # fmt: skip

    # -- departments and organisation ----------------------------------------------------------
    def levels(self) -> None:
        if not self.scheme.roles:
            self.add("balance.no_roles", "error", ORGANIZATION, name=self.scheme.organization.name)
        for dept in self.scheme.departments:
            subject = f"departments/{dept.id}"
            if not self.scheme.roles_of(dept.id):
                self.add("balance.no_roles", "warning", subject, name=dept.name)
                continue
            self.shares(shares_of(self.scheme, self.scheme.roles_of(dept.id)), self.profile.department, subject,
                        dept.name)  # fmt: skip
            if dept.objectives:
                for kpi in self.scheme.kpis_of_department(dept.id):
                    if kpi.objective and kpi.objective not in dept.objectives:
                        self.add("balance.kpi_outside_department_objectives", "warning", _kpi_path(self.scheme, kpi),
                                 kpi=kpi.name, objective=kpi.objective, department=dept.name,
                                 objectives=", ".join(dept.objectives))  # fmt: skip
        if self.scheme.roles:
            name = self.scheme.organization.name or ORGANIZATION
            self.shares(shares_of(self.scheme, self.scheme.roles), self.profile.organization, ORGANIZATION, name)

    def shares(self, shares: dict[str, float], rules: LevelRules, subject: str, name: str) -> None:
        if shares["weight"] <= 0:
            return
        for perspective, minimum in rules.perspective_min_share.items():
            share = shares[perspective]
            if minimum > 0 and share + 1e-9 < minimum:
                self.perspective_coverage(subject, name, perspective, share, minimum)
        if shares["leading"] + 1e-9 < rules.leading_min_share:
            self.add("balance.leading_share", "warning", subject, unit=name, share=format_percent(shares["leading"]),
                     min=format_percent(rules.leading_min_share), profile=self.profile.name)  # fmt: skip
        if shares["financial"] > rules.financial_max_share + 1e-9:
            self.add("balance.financial_share", "warning", subject, unit=name, share=format_percent(shares["financial"]),
                     max=format_percent(rules.financial_max_share), profile=self.profile.name)  # fmt: skip

    def perspective_coverage(self, subject: str, name: str, perspective: str, share: float, minimum: float) -> None:
        """``balance.perspective_coverage``, naming the perspective in each language."""
        code = "balance.perspective_coverage"
        labels = {lang: t(f"checks.perspective.{perspective}", lang) for lang in ("zh", "en")}
        params = {
            "unit": name,
            "share": format_percent(share),
            "min": format_percent(minimum),
            "profile": self.profile.name,
        }
        self.findings.append(
            Finding.create(
                code,
                self.profile.severity_of(code, "warning"),
                subject,
                zh={**params, "perspective": labels["zh"]},
                en={**params, "perspective": labels["en"]},
                details={
                    **params,
                    "perspective": perspective,
                    "perspective_zh": labels["zh"],
                    "perspective_en": labels["en"],
                },
            )
        )

    # -- strategy -------------------------------------------------------------------------------
    def strategy(self) -> None:
        known = {o.id for o in self.scheme.objectives}
        measured = {k.objective for k in self.scheme.kpis if k.objective}
        for objective in self.scheme.objectives:
            if objective.id not in measured:
                self.add("balance.objective_unmeasured", "warning", f"objectives/{objective.id}",
                         objective=objective.text, id=objective.id)  # fmt: skip
        for kpi in self.scheme.kpis:
            if not kpi.objective:
                self.add("balance.kpi_untraced", "warning", _kpi_path(self.scheme, kpi), kpi=kpi.name, objective="-")
            elif kpi.objective not in known:
                self.add("balance.kpi_untraced", "error", _kpi_path(self.scheme, kpi), kpi=kpi.name,
                         objective=kpi.objective)  # fmt: skip


def shares_of(scheme: Scheme, roles: Iterable[Any]) -> dict[str, float]:
    """Perspective, leading and lagging shares of KPI weight over ``roles`` (each role counts equally)."""
    totals = dict.fromkeys((*_PERSPECTIVES, "leading", "lagging"), 0.0)
    n_roles = 0
    n_kpis = 0
    for role in roles:
        kpis = [k for k in scheme.kpis_of(role.id) if k.weight > 0]
        weight = sum(k.weight for k in kpis)
        if weight <= 0:
            continue
        n_roles += 1
        n_kpis += len(kpis)
        for kpi in kpis:
            share = kpi.weight / weight
            totals[kpi.perspective.value] += share
            totals["leading" if kpi.leading else "lagging"] += share
    out = {k: (v / n_roles if n_roles else 0.0) for k, v in totals.items()}
    out["weight"] = float(n_roles)
    out["kpis"] = float(n_kpis)
    return out


def check_scheme(
    scheme: Scheme,
    profile: str | Path | BalanceProfile = "cn",
    *,
    similar: Any = _DEFAULT,
) -> Report:
    """All balance and structure findings of ``scheme`` under ``profile``.

    Parameters
    ----------
    scheme : Scheme
        The scheme to check; it is never modified.
    profile : str, path or BalanceProfile
        A built-in profile name (``"cn"``, ``"bsc"``), a profile file, or a profile.
    similar : callable or None
        Near-duplicate finder ``(kpis, threshold) -> [(kpi_a, kpi_b, score)]`` used for
        ``balance.redundant_kpis``; by default the similarity engine of
        ``kpiguide.suggest.engine`` (when it is not installed, an info finding
        ``balance.redundancy_unchecked`` says so); ``None`` skips the check.
    """
    if not isinstance(scheme, Scheme):
        raise TypeError(f"check_scheme() needs a Scheme, got {type(scheme).__name__}.")
    checker = _Checker(scheme, load_profile(profile))
    checker.levels()
    checker.roles()
    checker.strategy()
    checker.redundancy(similar)
    return Report(checker.findings)


def balance_table(scheme: Scheme) -> Any:
    """Perspective and leading/lagging shares per department and for the organisation.

    Returns a :class:`pandas.DataFrame` with one row per department (in scheme order)
    and a last row ``organization``; columns ``department, name, roles, kpis``, the
    four perspective shares, ``leading`` and ``lagging`` (fractions of KPI weight).
    """
    import pandas as pd  # heavy: only this table needs pandas

    rows = []
    units = [(d.id, d.name, scheme.roles_of(d.id)) for d in scheme.departments]
    units.append((ORGANIZATION, scheme.organization.name, scheme.roles))
    for unit_id, name, roles in units:
        shares = shares_of(scheme, roles)
        rows.append({"department": unit_id, "name": name, "roles": len(tuple(roles)), "kpis": int(shares["kpis"]),
                     **{p: shares[p] for p in _PERSPECTIVES}, "leading": shares["leading"],
                     "lagging": shares["lagging"]})  # fmt: skip
    return pd.DataFrame(rows, columns=["department", "name", "roles", "kpis", *_PERSPECTIVES, "leading", "lagging"])
