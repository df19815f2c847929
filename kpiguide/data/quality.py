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
from collections.abc import Mapping
from typing import Any

import numpy as np
import pandas as pd

from kpiguide.core.findings import Finding, Report
from kpiguide.core.periods import Period

__all__ = ["check_history", "check_project", "check_series"]

_RATE_UNITS = {"%", "percent", "百分比", "百分点"}
_SIGNED_HINTS = ("growth", "增长", "change", "变化", "profit", "利润", "margin", "差", "balance", "余额", "diff")
_RATE_HINTS = ("率", "rate", "%", "ratio", "占比", "比例")
OUTLIER_Z = 5.0
SHIFT_Z = 4.0
STREAK = 6
LATE_DAYS = 30


def _fmt(x: float) -> str:
    return f"{x:,.0f}" if abs(x) >= 1000 else f"{x:.4g}"


def _mad_sigma(values: np.ndarray) -> float:
    med = np.median(values)
    return 1.4826 * float(np.median(np.abs(values - med)))


def check_series(
    series: pd.Series,
    subject: str,
    *,
    label: str | None = None,
    target: float | None = None,
    unit: str = "",
    peer_smoothness: float | None = None,
    max_value: float | None = None,
) -> list[Finding]:
    """Findings for one series (float values indexed by period strings).

    ``max_value`` is the largest possible value (100 for most rates); by default a rate
    (unit ``%`` or a name with 率/rate) may not exceed 100 and nothing may be negative
    unless its name says it is a change, profit or balance.
    """
    label = label or subject
    out: list[Finding] = []
    if series.empty:
        return out
    periods = [Period.parse(p) for p in series.index]
    order = np.argsort(periods, kind="stable")
    periods = [periods[i] for i in order]
    y = series.to_numpy(float)[order]
    # missing periods between the first and the last
    if len({p.kind for p in periods}) == 1:
        present = {str(p) for p in periods}
        missing, p = [], periods[0]
        while p < periods[-1]:
            if str(p) not in present:
                missing.append(str(p))
            p = p.shift(1)
        if missing:
            out.append(
                Finding.create(
                    "data.missing_period",
                    "warning",
                    subject,
                    series=label,
                    count=len(missing),
                    periods=", ".join(missing[:12]) + (" …" if len(missing) > 12 else ""),
                )
            )
    # impossible values
    unit_l = unit.strip().lower()
    is_rate = unit_l in _RATE_UNITS or (not unit_l and any(h in label.lower() for h in _RATE_HINTS))
    signed = any(h in label.lower() for h in _SIGNED_HINTS)
    for p, v in zip(periods, y, strict=True):
        reason = None
        cap = max_value if max_value is not None else (100.0 if is_rate and not signed else None)
        if cap is not None and v > cap:
            reason = (f"不能超过 {_fmt(cap)}", f"it cannot exceed {_fmt(cap)}")
        elif v < 0 and not signed and (is_rate or unit_l or np.mean(y >= 0) >= 0.9):
            reason = ("该指标不能为负", "this KPI cannot be negative")
        if reason:
            out.append(
                Finding.create(
                    "data.impossible_value",
                    "error",
                    subject,
                    details={"period": str(p), "value": v},
                    series=label,
                    period=str(p),
                    value=_fmt(v),
                    reason=reason[1],
                )
            )
            f = out[-1]
            out[-1] = Finding(
                f.code,
                f.severity,
                f.subject,
                f.message_zh.replace(reason[1], reason[0]),
                f.message_en,
                f.suggestion_zh,
                f.suggestion_en,
                f.details,
            )
    n = len(y)
    # robust outliers: distance to the median of the neighbours (the value itself excluded),
    # scaled by the MAD of all such distances
    if n >= 6:
        padded = np.concatenate([[np.nan, np.nan], y, [np.nan, np.nan]])
        neigh = np.column_stack([padded[i : i + n] for i in (0, 1, 3, 4)])
        smooth = np.nanmedian(neigh, axis=1)
        resid = y - smooth
        # the larger of two robust spreads, so that a smooth seasonal swing is not an outlier
        sigma = max(_mad_sigma(resid), _mad_sigma(np.diff(y)) / np.sqrt(2))
        if sigma > 1e-9 * max(1.0, float(np.median(np.abs(y)))):
            scores = np.abs(resid) / sigma
            for i in np.flatnonzero(scores > OUTLIER_Z):
                out.append(
                    Finding.create(
                        "data.outlier",
                        "warning",
                        subject,
                        details={"period": str(periods[i]), "value": y[i], "robust_z": float(scores[i])},
                        series=label,
                        period=str(periods[i]),
                        value=_fmt(y[i]),
                        typical=_fmt(y[i] - resid[i]),
                        score=f"{scores[i]:.1f}",
                    )
                )
    # level shift: the split with the largest robust difference of medians
    if n >= 12:
        best, best_k = 0.0, None
        sigma = _mad_sigma(np.diff(y)) / np.sqrt(2) or _mad_sigma(y)
        if sigma > 1e-12:
            weight_best = 0.0
            for k in range(6, n - 5):
                score = abs(np.median(y[k:]) - np.median(y[:k])) / sigma
                # balance weighting (as in CUSUM tests) so unbalanced splits do not win by chance
                weighted = score * np.sqrt(k * (n - k) / n)
                if weighted > weight_best:
                    weight_best, best, best_k = weighted, score, k
            trend_ok = _not_just_trend(y, best_k) if best_k is not None else False
            if best_k is not None and best > SHIFT_Z and trend_ok:
                out.append(
                    Finding.create(
                        "data.level_shift",
                        "warning",
                        subject,
                        details={"period": str(periods[best_k]), "score": best},
                        series=label,
                        period=str(periods[best_k]),
                        before=_fmt(np.median(y[:best_k])),
                        after=_fmt(np.median(y[best_k:])),
                        score=f"{best:.1f}",
                    )
                )
    # small whole numbers (days, incidents) repeat and hit their target by nature: ask for longer runs
    small_counts = bool(np.all(y == np.round(y)) and np.median(np.abs(y)) < 20)
    streak = 2 * STREAK if small_counts else STREAK
    # on target period after period
    if target is not None and n >= streak:
        hit = np.isclose(y, target, rtol=1e-9, atol=1e-9)
        run, best_run, end = 0, 0, 0
        for i, h in enumerate(hit):
            run = run + 1 if h else 0
            if run > best_run:
                best_run, end = run, i
        if best_run >= streak:
            out.append(
                Finding.create(
                    "data.on_target_streak",
                    "warning",
                    subject,
                    details={"count": best_run, "target": target},
                    series=label,
                    count=best_run,
                    first=str(periods[end - best_run + 1]),
                    last=str(periods[end]),
                    target=_fmt(target),
                )
            )
    # end-of-quarter spikes in monthly data
    if periods[0].kind == "month" and n >= 12:
        by = dict(zip((str(p) for p in periods), y, strict=True))
        ratios = []
        for q in sorted({p.to("quarter") for p in periods}):
            months = [by.get(str(m)) for m in q.month_periods()]
            if None in months or min(months[:2]) <= 0:
                continue
            ratios.append(months[2] / np.mean(months[:2]))
        ratios = np.asarray(ratios)
        if len(ratios) >= 4 and np.median(ratios) > 1.3 and np.mean(ratios > 1.15) >= 0.75:
            out.append(
                Finding.create(
                    "data.end_of_period_spike",
                    "warning",
                    subject,
                    details={"median_ratio": float(np.median(ratios)), "quarters": len(ratios)},
                    series=label,
                    ratio=f"{np.median(ratios):.2f}",
                    hits=int(np.sum(ratios > 1.15)),
                    count=len(ratios),
                )
            )
    # implausibly smooth
    if n >= STREAK:
        run, best_run = 1, 1
        for i in range(1, n):
            # a run at a natural bound (0, 100 %) is not suspicious
            run = run + 1 if y[i] == y[i - 1] and y[i] not in (0.0, 100.0) else 1
            best_run = max(best_run, run)
        level = float(np.median(np.abs(y))) or 1.0
        rough = float(np.median(np.abs(np.diff(y)))) / level
        reason = None
        if best_run >= streak and not (target is not None and np.isclose(y[-1], target)):
            reason = (f"同一数值连续出现 {best_run} 期", f"the same value repeats for {best_run} periods in a row")
        elif not small_counts and peer_smoothness is not None and peer_smoothness > 0 and rough < 0.2 * peer_smoothness:
            reason = (
                f"期间变化仅为同类序列的 {rough / peer_smoothness:.0%}",
                f"its period-to-period changes are only {rough / peer_smoothness:.0%} of its peers'",
            )
        if reason:
            f = Finding.create(
                "data.too_smooth", "warning", subject, details={"roughness": rough}, series=label, reason=reason[1]
            )
            out.append(
                Finding(
                    f.code,
                    f.severity,
                    f.subject,
                    f.message_zh.replace(reason[1], reason[0]),
                    f.message_en,
                    f.suggestion_zh,
                    f.suggestion_en,
                    f.details,
                )
            )
    return out


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
