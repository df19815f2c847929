"""Data-quality findings on history and actuals.

Missing periods, duplicates, impossible values, robust outliers, level shifts and patterns
that suggest gaming or misreporting (values exactly on target period after period,
end-of-quarter spikes, implausibly smooth series, late entries).  Each finding says why it
was flagged and carries the numbers behind it in ``details``.

Outliers and level shifts use medians and the median absolute deviation (MAD), so one
bad value cannot hide itself by inflating the spread the way it does with mean ± 3σ.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from kpiguide.core.findings import Finding, Report
from kpiguide.core.i18n import t
from kpiguide.core.numbers import format_number, format_percent
from kpiguide.core.periods import Period

__all__ = ["SERIES_RULES", "SeriesView", "check_history", "check_project", "check_series"]

# Input vocabulary, not user-facing text: units and words in KPI names that mark a rate or a signed value.
_RATE_UNITS = {"%", "percent", "百分比", "百分点"}
_SIGNED_HINTS = ("growth", "增长", "change", "变化", "profit", "利润", "margin", "差", "balance", "余额", "diff")
_RATE_HINTS = ("率", "rate", "%", "ratio", "占比", "比例")
OUTLIER_Z = 5.0
SHIFT_Z = 4.0
STREAK = 6
LATE_DAYS = 30


def _mad_sigma(values: np.ndarray) -> float:
    med = np.median(values)
    return 1.4826 * float(np.median(np.abs(values - med)))


def _with_reason(
    code: str,
    severity: str,
    subject: str,
    details: Mapping[str, Any],
    reason_key: str,
    reason_params: Mapping[str, Any],
    **params: Any,
) -> Finding:
    """A finding whose ``{reason}`` is itself a message: each language gets the reason in that language."""
    return Finding.create(
        code,
        severity,
        subject,
        details,
        zh={"reason": t(reason_key, "zh", **reason_params)},
        en={"reason": t(reason_key, "en", **reason_params)},
        **params,
    )


@dataclass(frozen=True)
class SeriesView:
    """One series prepared for the data-quality rules: values ``y`` in period order, and its context."""

    subject: str
    label: str
    periods: tuple[Period, ...]
    y: np.ndarray
    target: float | None = None
    unit: str = ""
    peer_smoothness: float | None = None
    max_value: float | None = None

    @classmethod
    def of(cls, series: pd.Series, subject: str, *, label: str | None = None, **context: Any) -> SeriesView:
        """Sort ``series`` (float values indexed by period strings) by period."""
        periods = [Period.parse(p) for p in series.index]
        order = sorted(range(len(periods)), key=lambda i: periods[i])
        values = series.to_numpy(float)[order]
        return cls(subject, label or subject, tuple(periods[i] for i in order), values, **context)

    @property
    def n(self) -> int:
        return len(self.y)

    @property
    def is_rate(self) -> bool:
        unit = self.unit.strip().lower()
        return unit in _RATE_UNITS or (not unit and any(h in self.label.lower() for h in _RATE_HINTS))

    @property
    def signed(self) -> bool:
        return any(h in self.label.lower() for h in _SIGNED_HINTS)

    @property
    def small_counts(self) -> bool:
        """Small whole numbers (days, incidents) repeat and hit their target by nature."""
        return bool(np.all(self.y == np.round(self.y)) and np.median(np.abs(self.y)) < 20)

    @property
    def streak(self) -> int:
        """Periods in a row that make a run suspicious (longer for small counts)."""
        return 2 * STREAK if self.small_counts else STREAK


SeriesRule = Callable[[SeriesView], list[Finding]]


def missing_periods(s: SeriesView) -> list[Finding]:
    """Periods missing between the first and the last (series of one period kind only)."""
    if len({p.kind for p in s.periods}) != 1:
        return []
    present = {str(p) for p in s.periods}
    missing, p = [], s.periods[0]
    while p < s.periods[-1]:
        if str(p) not in present:
            missing.append(str(p))
        p = p.shift(1)
    if not missing:
        return []
    shown = ", ".join(missing[:12]) + (" …" if len(missing) > 12 else "")
    return [
        Finding.create("data.missing_period", "warning", s.subject, series=s.label, count=len(missing), periods=shown)
    ]


def impossible_values(s: SeriesView) -> list[Finding]:
    """Values above the cap (100 for a rate) or negative where the KPI cannot be negative."""
    out = []
    cap = s.max_value if s.max_value is not None else (100.0 if s.is_rate and not s.signed else None)
    may_not_be_negative = not s.signed and (s.is_rate or bool(s.unit.strip()) or np.mean(s.y >= 0) >= 0.9)
    for p, v in zip(s.periods, s.y, strict=True):
        if cap is not None and v > cap:
            reason_key, reason_params = "data.reason.above_cap", {"cap": format_number(cap)}
        elif v < 0 and may_not_be_negative:
            reason_key, reason_params = "data.reason.negative", {}
        else:
            continue
        out.append(
            _with_reason(
                "data.impossible_value",
                "error",
                s.subject,
                {"period": str(p), "value": v},
                reason_key,
                reason_params,
                series=s.label,
                period=str(p),
                value=format_number(v),
            )
        )
    return out


def outliers(s: SeriesView) -> list[Finding]:
    """Robust outliers: distance to the median of the neighbours (the value itself excluded),
    scaled by the MAD of all such distances."""
    n, y = s.n, s.y
    if n < 6:
        return []
    padded = np.concatenate([[np.nan, np.nan], y, [np.nan, np.nan]])
    neigh = np.column_stack([padded[i : i + n] for i in (0, 1, 3, 4)])
    resid = y - np.nanmedian(neigh, axis=1)
    # the larger of two robust spreads, so that a smooth seasonal swing is not an outlier
    sigma = max(_mad_sigma(resid), _mad_sigma(np.diff(y)) / np.sqrt(2))
    if sigma <= 1e-9 * max(1.0, float(np.median(np.abs(y)))):
        return []
    scores = np.abs(resid) / sigma
    return [
        Finding.create(
            "data.outlier",
            "warning",
            s.subject,
            details={"period": str(s.periods[i]), "value": y[i], "robust_z": float(scores[i])},
            series=s.label,
            period=str(s.periods[i]),
            value=format_number(y[i]),
            typical=format_number(y[i] - resid[i]),
            score=f"{scores[i]:.1f}",
        )
        for i in np.flatnonzero(scores > OUTLIER_Z)
    ]


def _best_split(y: np.ndarray, sigma: float) -> tuple[float, int | None]:
    """The split with the largest robust difference of medians: ``(score, index)``."""
    n = len(y)
    best, best_k, weight_best = 0.0, None, 0.0
    for k in range(6, n - 5):
        score = float(abs(np.median(y[k:]) - np.median(y[:k])) / sigma)
        # balance weighting (as in CUSUM tests) so unbalanced splits do not win by chance
        weighted = score * np.sqrt(k * (n - k) / n)
        if weighted > weight_best:
            weight_best, best, best_k = weighted, score, k
    return best, best_k


def level_shift(s: SeriesView) -> list[Finding]:
    """A jump in level (not a steady trend) somewhere in a series of 12 periods or more."""
    y = s.y
    if s.n < 12:
        return []
    sigma = _mad_sigma(np.diff(y)) / np.sqrt(2) or _mad_sigma(y)
    if sigma <= 1e-12:
        return []
    best, k = _best_split(y, sigma)
    if k is None or not _not_just_trend(y, k) or best <= SHIFT_Z:
        return []
    return [
        Finding.create(
            "data.level_shift",
            "warning",
            s.subject,
            details={"period": str(s.periods[k]), "score": best},
            series=s.label,
            period=str(s.periods[k]),
            before=format_number(float(np.median(y[:k]))),
            after=format_number(float(np.median(y[k:]))),
            score=f"{best:.1f}",
        )
    ]


def on_target_streak(s: SeriesView) -> list[Finding]:
    """Exactly on target period after period."""
    if s.target is None or s.n < s.streak:
        return []
    hit = np.isclose(s.y, s.target, rtol=1e-9, atol=1e-9)
    run, best_run, end = 0, 0, 0
    for i, h in enumerate(hit):
        run = run + 1 if h else 0
        if run > best_run:
            best_run, end = run, i
    if best_run < s.streak:
        return []
    return [
        Finding.create(
            "data.on_target_streak",
            "warning",
            s.subject,
            details={"count": best_run, "target": s.target},
            series=s.label,
            count=best_run,
            first=str(s.periods[end - best_run + 1]),
            last=str(s.periods[end]),
            target=format_number(s.target),
        )
    ]


def end_of_period_spike(s: SeriesView) -> list[Finding]:
    """Monthly data regularly higher in the last month of each quarter."""
    if s.periods[0].kind != "month" or s.n < 12:
        return []
    by = dict(zip((str(p) for p in s.periods), s.y, strict=True))
    found = []
    for q in sorted({p.to("quarter") for p in s.periods}):
        months = [by.get(str(m)) for m in q.month_periods()]
        first_two = [m for m in months[:2] if m is not None]
        if months[2] is None or len(first_two) < 2 or min(first_two) <= 0:
            continue
        found.append(months[2] / float(np.mean(first_two)))
    ratios = np.asarray(found)
    if len(ratios) < 4 or np.median(ratios) <= 1.3 or np.mean(ratios > 1.15) < 0.75:
        return []
    return [
        Finding.create(
            "data.end_of_period_spike",
            "warning",
            s.subject,
            details={"median_ratio": float(np.median(ratios)), "quarters": len(ratios)},
            series=s.label,
            ratio=f"{np.median(ratios):.2f}",
            hits=int(np.sum(ratios > 1.15)),
            count=len(ratios),
        )
    ]


def too_smooth(s: SeriesView) -> list[Finding]:
    """The same value repeated, or changes far smaller than those of the peers' series."""
    y, n = s.y, s.n
    if n < STREAK:
        return []
    run, best_run = 1, 1
    for i in range(1, n):
        # a run at a natural bound (0, 100 %) is not suspicious
        run = run + 1 if y[i] == y[i - 1] and y[i] not in (0.0, 100.0) else 1
        best_run = max(best_run, run)
    level = float(np.median(np.abs(y))) or 1.0
    rough = float(np.median(np.abs(np.diff(y)))) / level
    peer = s.peer_smoothness
    reason_params: dict[str, Any]
    if best_run >= s.streak and not (s.target is not None and np.isclose(y[-1], s.target)):
        reason_key, reason_params = "data.reason.repeats", {"count": best_run}
    elif not s.small_counts and peer is not None and peer > 0 and rough < 0.2 * peer:
        reason_key, reason_params = "data.reason.smoother_than_peers", {"share": format_percent(rough / peer)}
    else:
        return []
    return [
        _with_reason(
            "data.too_smooth", "warning", s.subject, {"roughness": rough}, reason_key, reason_params, series=s.label
        )
    ]


#: The rules :func:`check_series` runs, in this order; each takes a :class:`SeriesView`.
SERIES_RULES: tuple[SeriesRule, ...] = (
    missing_periods,
    impossible_values,
    outliers,
    level_shift,
    on_target_streak,
    end_of_period_spike,
    too_smooth,
)


def check_series(
    series: pd.Series,
    subject: str,
    *,
    label: str | None = None,
    target: float | None = None,
    unit: str = "",
    peer_smoothness: float | None = None,
    max_value: float | None = None,
    rules: Sequence[SeriesRule] = SERIES_RULES,
) -> list[Finding]:
    """Findings for one series (float values indexed by period strings).

    ``max_value`` is the largest possible value (100 for most rates); by default a rate
    (unit ``%`` or a name with 率/rate) may not exceed 100 and nothing may be negative
    unless its name says it is a change, profit or balance.  ``rules`` are the checks
    run (default :data:`SERIES_RULES`).

    >>> s = pd.Series([90.0, 95.0, 120.0], index=["2026-01", "2026-02", "2026-04"])
    >>> [f.code for f in check_series(s, "series/x", unit="%")]
    ['data.missing_period', 'data.impossible_value']
    """
    if series.empty:
        return []
    view = SeriesView.of(
        series,
        subject,
        label=label,
        target=target,
        unit=unit,
        peer_smoothness=peer_smoothness,
        max_value=max_value,
    )
    return [finding for rule in rules for finding in rule(view)]


def _not_just_trend(y: np.ndarray, k: int) -> bool:
    """A jump, not a steady trend: the step at ``k`` beats a straight line fitted to the whole series."""
    x = np.arange(len(y))
    line = np.polyval(np.polyfit(x, y, 1), x)
    step = np.where(x >= k, np.median(y[k:]), np.median(y[:k]))
    return float(np.sum(np.abs(y - step))) < 0.7 * float(np.sum(np.abs(y - line)))


def _cap(kpi: Any) -> float:
    """The largest possible value of a KPI: 100 for a rate, unless its targets go beyond."""
    if kpi is None or kpi.unit.strip().lower() not in _RATE_UNITS:
        return float("inf")
    highest = max([kpi.target or 0.0, *(kpi.target_range or ())])
    return float("inf") if highest > 100 or kpi.direction == "range" else 100.0


def roughness(series: pd.Series) -> float:
    y = series.to_numpy(float)
    if len(y) < 3:
        return float("nan")
    level = float(np.median(np.abs(y))) or 1.0
    return float(np.median(np.abs(np.diff(y)))) / level


def check_history(
    data: Any, *, targets: Mapping[str, float] | None = None, units: Mapping[str, str] | None = None
) -> Report:
    """Findings for imported history (:class:`kpiguide.data.history.HistoryData` or a mapping name → series)."""
    series = data.series if hasattr(data, "series") else dict(data)
    targets = dict(targets or (data.targets() if hasattr(data, "targets") else {}))
    units = dict(units or {})
    findings: list[Finding] = []
    if hasattr(data, "frame"):
        frame = data.frame
        for (name, period), group in frame.groupby(["series", "period"], sort=False):
            if len(group) > 1:
                findings.append(
                    Finding.create(
                        "data.duplicate",
                        "error",
                        f"series/{name}",
                        series=name,
                        period=period,
                        count=len(group),
                        rows=", ".join(str(r) for r in group["row"]),
                    )
                )
    rough = {k: roughness(s) for k, s in series.items()}
    peers = np.nanmedian(list(rough.values())) if len(series) >= 3 else None
    for name, s in series.items():
        findings += check_series(
            s, f"series/{name}", label=name, target=targets.get(name), unit=units.get(name, ""), peer_smoothness=peers
        )
    return Report(findings)


def check_project(store: Any, *, now: dt.datetime | None = None, late_days: int = LATE_DAYS) -> Report:
    """Findings for every employee × KPI series of a project (with late entries and short histories)."""
    scheme = store.load_scheme()
    frame = store.actuals_frame()
    findings: list[Finding] = []
    if frame.empty:
        return Report()
    kpis = {k.id: k for k in scheme.kpis}
    for kpi_id, group in frame.groupby("kpi", sort=True):
        kpi = kpis.get(kpi_id)
        series = {
            subject: pd.Series(g["value"].to_numpy(float), index=g["period"].tolist())
            for subject, g in group.groupby("subject", sort=True)
        }
        rough = {k: roughness(s) for k, s in series.items()}
        valid = [r for r in rough.values() if np.isfinite(r)]
        peer = float(np.median(valid)) if len(valid) >= 3 else None
        lengths = [len(s) for s in series.values()]
        typical = int(np.median(lengths))
        for subject, s in series.items():
            kind = group.loc[group["subject"] == subject, "subject_kind"].iloc[0]
            path = f"{kind}s/{subject}/kpis/{kpi_id}"
            label = f"{subject} · {kpi.name if kpi else kpi_id}"
            others = np.delete(np.array([rough[k] for k in series]), list(series).index(subject))
            others = others[np.isfinite(others)]
            findings += check_series(
                s,
                path,
                label=label,
                target=kpi.target if kpi else None,
                unit=kpi.unit if kpi else "",
                max_value=_cap(kpi),
                peer_smoothness=float(np.median(others)) if len(others) >= 3 else peer,
            )
            if len(series) >= 2 and len(s) < 0.5 * typical:
                first = min(Period.parse(p) for p in s.index)
                findings.append(
                    Finding.create(
                        "data.short_history",
                        "info",
                        path,
                        series=label,
                        count=len(s),
                        typical=typical,
                        first=str(first),
                    )
                )
    for row in frame.itertuples():
        if not row.recorded_at:
            continue
        recorded = dt.datetime.fromisoformat(row.recorded_at)
        end = Period.parse(row.period).end
        days = (recorded.date() - end).days
        if days > late_days:
            kpi = kpis.get(row.kpi)
            findings.append(
                Finding.create(
                    "data.late_edit",
                    "warning",
                    f"{row.subject_kind}s/{row.subject}/kpis/{row.kpi}",
                    details={"period": row.period, "days": days, "recorded_at": row.recorded_at},
                    series=f"{row.subject} · {kpi.name if kpi else row.kpi}",
                    period=row.period,
                    recorded=recorded.date().isoformat(),
                    days=days,
                )
            )
    return Report(findings)
