"""Vectorised scoring of one period on plain frames: aggregate actuals, apply adjustments, score, total, rate.

:func:`score_frames` is pure (no store): :func:`kpiguide.evaluation.service.evaluate`
reads a project store and calls it, and so does the benchmark.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from kpiguide.core.errors import InputError
from kpiguide.core.findings import Finding, Report
from kpiguide.core.model import Adjustment, Period, Scheme
from kpiguide.evaluation.adjustments import apply_adjustments, date_of, exclusions_for
from kpiguide.evaluation.result import EMPLOYEE_COLUMNS, ITEM_COLUMNS, SKIP_COLUMNS, EvaluationResult
from kpiguide.evaluation.rules import AGGREGATIONS, Rules, achievement, load_rules

__all__ = ["apply_kpi_changes", "change_segments", "check_aggregation", "frames_from_scheme", "score_frames"]

PRORATED_FIELDS = ("target", "weight")  # fields of an approved mid-period change that evaluation pro-rates by days

_FREQ_KIND = {"daily": "month", "weekly": "month", "monthly": "month", "quarterly": "quarter", "yearly": "year"}
_KIND_MONTHS = {"month": 1, "quarter": 3, "half": 6, "year": 12}


def frames_from_scheme(scheme: Scheme) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Employees and KPIs of ``scheme`` as the frames :func:`score_frames` reads."""
    employees = pd.DataFrame(
        [(e.id, e.name, e.role, e.department, e.manager) for e in scheme.employees],
        columns=["employee", "name", "role", "department", "manager"],
    )
    kpis = pd.DataFrame(
        [
            (
                k.id,
                k.role,
                k.weight,
                k.target,
                k.unit,
                k.direction.value,
                k.scoring_rule,
                *(k.target_range or (np.nan, np.nan)),
                k.frequency.value,
                k.formula,
            )
            for k in scheme.kpis
        ],
        columns=["kpi", "role", "weight", "target", "unit", "direction", "rule", "low", "high", "frequency", "formula"],
    )
    kpis["target"] = kpis["target"].astype(float)
    return employees, kpis


def _skip_frame(rows: Iterable[tuple[str, str, str, str]]) -> pd.DataFrame:
    return pd.DataFrame(list(rows), columns=SKIP_COLUMNS)


def check_aggregation(aggregation: Mapping[str, str], consequence: str) -> None:
    """Raise :class:`InputError` naming every KPI whose roll-up is not one of :data:`AGGREGATIONS`."""
    bad = {k: v for k, v in aggregation.items() if v not in AGGREGATIONS}
    if bad:
        raise InputError(f"Unknown aggregation {bad!r}; use one of {', '.join(AGGREGATIONS)}. {consequence}")


def score_frames(
    employees: pd.DataFrame,
    kpis: pd.DataFrame,
    actuals: pd.DataFrame,
    period: Period,
    *,
    rules: Rules | None = None,
    aggregation: Mapping[str, str] | None = None,
    adjustments: Iterable[Adjustment] = (),
    changes: Iterable[Mapping[str, Any]] = (),
) -> EvaluationResult:
    """Score ``period`` from frames.

    Parameters
    ----------
    employees : DataFrame with ``employee, name, role, department, manager``
    kpis : DataFrame with ``kpi, role, weight, target, unit, direction, rule, low, high, frequency``
    actuals : DataFrame with ``subject, kpi, period, value`` (period as text, e.g. ``2026-07``),
        employee actuals only; rows outside ``period`` are ignored.
    rules : scoring data (default: the shipped ``scoring.yaml``)
    aggregation : per-KPI override of how sub-period actuals roll up (``sum``/``mean``/``last``)
    adjustments : adjustments to apply (leave, force majeure, override)
    changes : approved mid-period KPI changes (``id, kpi, field, old, new, effective, reason``); targets and
        weights are pro-rated by days (see :func:`apply_kpi_changes`) and the result lists the changes applied.
    """
    rules = rules or load_rules()
    aggregation = dict(aggregation or {})
    adjustments = tuple(adjustments)
    check_aggregation(aggregation, "Nothing was scored.")
    kpis, applied = apply_kpi_changes(kpis, period, changes)
    kpis = _prepare_kpis(kpis, period, rules, aggregation)
    excl = exclusions_for(adjustments, period)
    act, skip_rows, dup_pairs = _period_actuals(actuals, employees, kpis, period, excl)
    items, not_assigned = _items(employees, kpis, _aggregate(act))
    skip_rows += not_assigned
    arrays = _ItemArrays.of(items, period, excl)
    findings: list[Finding] = []
    if adjustments:
        findings += arrays.adjust(items, period, adjustments)
    reason = _skip_reasons(items, arrays, dup_pairs)
    score, ach, met = _score(items, arrays, reason, rules)
    item_frame = _item_frame(items, arrays, reason, score, ach, met)
    skip_rows += _item_skips(item_frame)
    findings += _partial_findings(item_frame, arrays, period)
    emp_frame, n_items = _employee_frame(employees, item_frame, rules)
    skip_rows += [(e, "", "no_kpis", "") for e in emp_frame.loc[n_items == 0, "employee"]]
    findings += _weight_findings(emp_frame, kpis)
    skipped = _skip_frame(skip_rows)
    findings += _skipped_findings(skipped, period)
    return EvaluationResult(
        period, item_frame, emp_frame, skipped, Report(findings), adjustments, rules, changes=tuple(applied)
    )


Segment = tuple[Any, dt.date, dt.date, str | None]


def change_segments(current: Any, changes: Sequence[Mapping[str, Any]], start: dt.date, end: dt.date) -> list[Segment]:
    """The values of one KPI field over the days ``start``..``end`` as ``(value, first, last, change id)``.

    ``changes`` are the approved changes of that field (any order): before the first one the
    field had its ``old`` value, from each ``effective`` date on its ``new`` one; ``current``
    is the value when there is no change at all.

    >>> c = [{"id": "c1", "old": 100, "new": 130, "effective": "2026-02-01"}]
    >>> [(v, str(a), str(b)) for v, a, b, _ in change_segments(130, c, dt.date(2026, 1, 1), dt.date(2026, 3, 31))]
    [(100, '2026-01-01', '2026-01-31'), (130, '2026-02-01', '2026-03-31')]
    """
    ordered = sorted(changes, key=lambda c: (date_of(c["effective"]), str(c.get("decided_at", ""))))
    if not ordered:
        return [(current, start, end, None)]
    value, change_id, first = ordered[0]["old"], None, start
    segments: list[Segment] = []
    for change in ordered:
        effective = date_of(change["effective"])
        if effective > end:
            break
        if effective > first:
            segments.append((value, first, effective - dt.timedelta(days=1), change_id))
            first = effective
        value, change_id = change["new"], str(change["id"])
    segments.append((value, first, end, change_id))
    return segments


def apply_kpi_changes(
    kpis: pd.DataFrame, period: Period, changes: Iterable[Mapping[str, Any]]
) -> tuple[pd.DataFrame, list[dict[str, Any]]]:
    """KPIs with each changed target and weight pro-rated by days over ``period``; the changes that apply.

    A change effective on day *d* of the period counts its old value for the days before *d*
    and its new value from *d* on (the same day pro-rating as leave).  A change effective
    outside the period sets the value for the whole period and is not listed.
    """
    by_field: dict[tuple[str, str], list[Mapping[str, Any]]] = {}
    for change in changes:
        by_field.setdefault((str(change["kpi"]), str(change["field"])), []).append(change)
    if not by_field:
        return kpis, []
    kpis = kpis.copy()
    row_of = {k: i for i, k in zip(kpis.index, kpis["kpi"], strict=True)}
    applied: list[dict[str, Any]] = []
    for (kpi, field), group in sorted(by_field.items()):
        if kpi not in row_of:
            continue
        inside = [c for c in group if period.start < date_of(c["effective"]) <= period.end]
        segments = change_segments(None, group, period.start, period.end)
        if field in PRORATED_FIELDS and all(v is not None for v, *_ in segments):
            days = [(b - a).days + 1 for _, a, b, _ in segments]
            blended = sum(float(v) * d for (v, *_), d in zip(segments, days, strict=True)) / period.days
            kpis.loc[row_of[kpi], field] = blended
        for change in inside:
            applied.append({**{k: change.get(k) for k in ("id", "kpi", "field", "old", "new", "reason")},
                            "effective": str(date_of(change["effective"])),
                            "days_before": (date_of(change["effective"]) - period.start).days,
                            "days_after": (period.end - date_of(change["effective"])).days + 1})  # fmt: skip
    return kpis, applied


def _prepare_kpis(kpis: pd.DataFrame, period: Period, rules: Rules, aggregation: Mapping[str, str]) -> pd.DataFrame:
    """KPIs with the sub-period kind that counts, the sub-periods expected and the roll-up."""
    kpis = kpis.copy()
    kpis["sub_kind"] = kpis["frequency"].map(_FREQ_KIND).fillna("month")
    sub_months = kpis["sub_kind"].map(_KIND_MONTHS).to_numpy()
    kpis["months_expected"] = np.where(sub_months <= period.months, period.months // sub_months, 0)
    formulas = kpis["formula"].fillna("") if "formula" in kpis else pd.Series("", index=kpis.index)
    kpis["aggregation"] = [
        aggregation.get(k) or rules.aggregation_for(u, f)
        for k, u, f in zip(kpis["kpi"], kpis["unit"], formulas, strict=True)
    ]
    return kpis


def _sub_periods(period: Period) -> dict[str, str]:
    """Every month, quarter and year inside ``period`` → its kind."""
    sub_periods = {str(p): "month" for p in period.month_periods()}
    for kind in ("quarter", "year"):
        if _KIND_MONTHS[kind] <= period.months:
            for m in period.month_periods():
                sub_periods.setdefault(str(m.to(kind)), kind)
    return sub_periods


_Exclusions = list[tuple[str, str | None, frozenset[str]]]
_SkipRows = list[tuple[str, str, str, str]]


def _period_actuals(
    actuals: pd.DataFrame, employees: pd.DataFrame, kpis: pd.DataFrame, period: Period, excl: _Exclusions
) -> tuple[pd.DataFrame, _SkipRows, set[tuple[str, str]]]:
    """Actuals in the period matched to employees and KPIs; skipped unknowns; duplicated pairs."""
    sub_periods = _sub_periods(period)
    act = actuals.loc[actuals["period"].isin(sub_periods), ["subject", "kpi", "period", "value"]]
    act = act.assign(kind=act["period"].map(sub_periods))
    skip_rows: _SkipRows = []
    unknown_emp = ~act["subject"].isin(pd.Index(employees["employee"]))
    unknown_kpi = ~act["kpi"].isin(pd.Index(kpis["kpi"])) & ~unknown_emp
    for mask, reason in ((unknown_emp, "unknown_employee"), (unknown_kpi, "unknown_kpi")):
        if mask.any():
            bad = act.loc[mask].groupby(["subject", "kpi"], sort=True)["period"].agg(lambda s: ", ".join(sorted(s)))
            skip_rows += [(s, k, reason, p) for (s, k), p in bad.items()]
    act = act.loc[~unknown_emp & ~unknown_kpi]
    sub_kind = pd.Series(kpis["sub_kind"].to_numpy(), index=kpis["kpi"])
    act = act.loc[act["kind"].to_numpy() == sub_kind.reindex(act["kpi"]).to_numpy()]
    if excl:
        act = act.loc[~_excluded_actuals(act, excl)]
    dup = act.duplicated(["subject", "kpi", "period"], keep=False)
    dup_pairs: set[tuple[str, str]] = set()
    if dup.any():
        dup_pairs = set(act.loc[dup].groupby(["subject", "kpi"], sort=True).size().index)
        act = act.loc[~dup]
    return act, skip_rows, dup_pairs


def _excluded_actuals(act: pd.DataFrame, excl: _Exclusions) -> np.ndarray:
    drop = np.zeros(len(act), dtype=bool)
    for emp, kpi, months in excl:
        m = act["period"].isin(months).to_numpy().copy()
        if emp != "*":
            m &= (act["subject"] == emp).to_numpy()
        if kpi:
            m &= (act["kpi"] == kpi).to_numpy()
        drop |= m
    return drop


def _aggregate(act: pd.DataFrame) -> pd.DataFrame:
    """One pass computing sum, mean, count and last per employee and KPI."""
    # an empty frame has an object-typed value column; the scores need floats either way
    act = act.sort_values("period", kind="stable").astype({"value": float})
    grouped = act.groupby(["subject", "kpi"], sort=False, observed=True)["value"]
    agg = pd.DataFrame(
        {"a_sum": grouped.sum(), "a_mean": grouped.mean(), "a_last": grouped.last(), "months_found": grouped.size()}
    )
    agg.index = agg.index.set_names(["employee", "kpi"])
    return agg.reset_index()


def _items(employees: pd.DataFrame, kpis: pd.DataFrame, agg: pd.DataFrame) -> tuple[pd.DataFrame, _SkipRows]:
    """Every employee × KPI of their role, with the aggregates; actuals of KPIs not in the role."""
    items = employees[["employee", "role", "department", "manager"]].merge(
        kpis.drop(columns=["frequency", "unit", "formula"], errors="ignore"), on="role", how="inner", sort=False
    )
    items = items.merge(agg, on=["employee", "kpi"], how="left", sort=False)
    not_assigned = agg.merge(items[["employee", "kpi"]], on=["employee", "kpi"], how="left", indicator=True)
    not_assigned = not_assigned.loc[not_assigned["_merge"] == "left_only"]
    rows = [(e, k, "not_assigned", "") for e, k in zip(not_assigned["employee"], not_assigned["kpi"], strict=True)]
    return items, rows


@dataclass
class _ItemArrays:
    """Per-item numbers being scored (one entry per employee × KPI)."""

    found: np.ndarray
    expected: np.ndarray
    agg_kind: np.ndarray
    base_target: np.ndarray
    target: np.ndarray
    low: np.ndarray
    high: np.ndarray
    actual: np.ndarray
    weight: np.ndarray
    adjusted: np.ndarray

    @classmethod
    def of(cls, items: pd.DataFrame, period: Period, excl: _Exclusions) -> _ItemArrays:
        found = items["months_found"].fillna(0).to_numpy()
        expected = items["months_expected"].to_numpy().astype(float)
        if excl:
            expected = expected - _excluded_counts(items, excl, period)
        agg_kind = items["aggregation"].to_numpy()
        is_sum = agg_kind == "sum"
        actual = np.select(
            [is_sum, agg_kind == "mean", agg_kind == "last"],
            [items["a_sum"].to_numpy(), items["a_mean"].to_numpy(), items["a_last"].to_numpy()],
            np.nan,
        )
        base_target = items["target"].to_numpy(dtype=float)
        # Flow measures: the monthly target times the months with data (pro-rated when data is partial).
        mult = np.where(is_sum, np.where(found > 0, found, expected), 1.0)
        return cls(
            found=found,
            expected=expected,
            agg_kind=agg_kind,
            base_target=base_target,
            target=base_target * mult,
            low=items["low"].to_numpy(dtype=float) * mult,
            high=items["high"].to_numpy(dtype=float) * mult,
            actual=actual,
            weight=items["weight"].to_numpy(dtype=float),
            adjusted=np.zeros(len(items), dtype=bool),
        )

    def adjust(self, items: pd.DataFrame, period: Period, adjustments: Iterable[Adjustment]) -> list[Finding]:
        """Apply leave, force-majeure scaling and overrides in place; findings about unmatched adjustments."""
        self.target, self.low, self.high, self.actual, self.weight, self.adjusted, findings = apply_adjustments(
            items,
            period,
            adjustments,
            target=self.target,
            low=self.low,
            high=self.high,
            actual=self.actual,
            weight=self.weight,
        )
        return findings


def _skip_reasons(items: pd.DataFrame, arrays: _ItemArrays, dup_pairs: set[tuple[str, str]]) -> np.ndarray:
    """Why each item cannot be scored before scoring rules are looked at (``""``: it can)."""
    reason = np.full(len(items), "", dtype=object)
    months_expected = items["months_expected"].to_numpy()
    reason[np.isnan(arrays.actual)] = "no_actual"
    reason[months_expected == 0] = "frequency_longer"
    reason[(arrays.expected <= 0) & (months_expected > 0)] = "excluded"
    if dup_pairs:
        dup_mask = pd.MultiIndex.from_arrays([items["employee"], items["kpi"]]).isin(list(dup_pairs))
        reason[dup_mask] = "duplicate_actual"
    no_target = np.isnan(arrays.base_target) & (items["direction"].to_numpy() != "range")
    reason[(reason == "") & no_target] = "no_target"
    return reason


def _score(
    items: pd.DataFrame, arrays: _ItemArrays, reason: np.ndarray, rules: Rules
) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Achievement and score of each item by its scoring rule; ``reason`` is completed in place."""
    rule_names = items["rule"].to_numpy()
    direction = items["direction"].to_numpy()
    falloff = np.full(len(items), 0.1)
    zero_tol = np.full(len(items), np.nan)
    score = np.full(len(items), np.nan)
    a = arrays
    ach, met, undefined = achievement(a.actual, a.target, direction, a.low, a.high, falloff, zero_tol)
    for name in pd.unique(rule_names):
        mask = rule_names == name
        if name not in rules.rules:
            reason[mask & (reason == "")] = "unknown_rule"
            continue
        rule = rules.rules[name]
        if "falloff" in rule.params or "zero_tolerance" in rule.params:
            falloff[mask] = float(rule.params.get("falloff", 0.1))
            zero_tol[mask] = float(rule.params.get("zero_tolerance", np.nan))
            ach[mask], met[mask], undefined[mask] = achievement(
                a.actual[mask],
                a.target[mask],
                direction[mask],
                a.low[mask],
                a.high[mask],
                falloff[mask],
                zero_tol[mask],
            )
        if rule.kind == "pass_fail":
            ach[mask] = np.where(np.isnan(ach[mask]), met[mask].astype(float), ach[mask])
            undefined[mask] = ""
        ok = mask & (reason == "") & (undefined == "")
        score[ok] = rule.score(ach[ok], met[ok])
    open_ = (reason == "") & (undefined != "")
    reason[open_] = undefined[open_]
    scored = reason == ""
    score[~scored] = np.nan
    ach[~scored] = np.where(np.isnan(a.actual[~scored]), np.nan, ach[~scored])
    return score, ach, met & scored


def _item_frame(
    items: pd.DataFrame, a: _ItemArrays, reason: np.ndarray, score: np.ndarray, ach: np.ndarray, met: np.ndarray
) -> pd.DataFrame:
    scored = reason == ""
    return pd.DataFrame(
        {
            "employee": items["employee"].to_numpy(),
            "department": items["department"].to_numpy(),
            "role": items["role"].to_numpy(),
            "manager": items["manager"].to_numpy(),
            "kpi": items["kpi"].to_numpy(),
            "weight": a.weight,
            "target": a.target,
            "target_low": a.low,
            "target_high": a.high,
            "base_target": a.base_target,
            "actual": a.actual,
            "achievement": ach,
            "score": score,
            "met": met,
            "rule": items["rule"].to_numpy(),
            "direction": items["direction"].to_numpy(),
            "aggregation": a.agg_kind,
            "months_found": a.found.astype(int),
            "months_expected": np.maximum(a.expected, 0).astype(int),
            "adjusted": a.adjusted,
            "status": np.where(scored, "scored", "skipped"),
            "reason": reason,
        },
        columns=ITEM_COLUMNS,
    )


def _item_skips(items: pd.DataFrame) -> _SkipRows:
    skipped = items.loc[items["status"] != "scored"]
    return [
        (e, k, r, _skip_detail(r, found_n, exp_n))
        for e, k, r, found_n, exp_n in zip(
            skipped["employee"],
            skipped["kpi"],
            skipped["reason"],
            skipped["months_found"],
            skipped["months_expected"],
            strict=True,
        )
    ]


def _partial_findings(items: pd.DataFrame, a: _ItemArrays, period: Period) -> list[Finding]:
    partial = (items["status"] == "scored").to_numpy() & (a.found < a.expected)
    return [
        Finding.create(
            "evaluation.partial_data",
            "warning",
            f"employees/{e}/kpis/{k}",
            employee=e,
            kpi=k,
            found=int(f_n),
            expected=int(x_n),
            period=str(period),
        )
        for e, k, f_n, x_n in zip(
            items["employee"].to_numpy()[partial],
            items["kpi"].to_numpy()[partial],
            a.found[partial],
            a.expected[partial],
            strict=True,
        )
    ]


def _employee_frame(employees: pd.DataFrame, items: pd.DataFrame, rules: Rules) -> tuple[pd.DataFrame, np.ndarray]:
    """Weighted total, rating and counts per employee; the number of KPIs of each employee."""
    scored = (items["status"] == "scored").to_numpy()
    weight = items["weight"].to_numpy()
    ws = np.where(scored, weight * np.nan_to_num(items["score"].to_numpy(dtype=float)), 0.0)
    w_scored = np.where(scored, weight, 0.0)
    totals = pd.DataFrame(
        {
            "employee": items["employee"].to_numpy(),
            "ws": ws,
            "w": w_scored,
            "n": scored,
            "adj": items["adjusted"].to_numpy(),
        }
    )
    g = totals.groupby("employee", sort=False).agg(
        ws=("ws", "sum"), w=("w", "sum"), n=("n", "sum"), size=("n", "size"), adj=("adj", "any")
    )
    emp = employees.merge(g, left_on="employee", right_index=True, how="left")
    w_total = emp["w"].fillna(0.0).to_numpy()
    with np.errstate(invalid="ignore", divide="ignore"):
        total = np.where(w_total > 0, emp["ws"].to_numpy() / w_total, np.nan)
    n_scored = emp["n"].fillna(0).to_numpy().astype(int)
    n_items = emp["size"].fillna(0).to_numpy().astype(int)
    frame = pd.DataFrame(
        {
            "employee": emp["employee"].to_numpy(),
            "name": emp["name"].to_numpy(),
            "department": emp["department"].to_numpy(),
            "role": emp["role"].to_numpy(),
            "manager": emp["manager"].to_numpy(),
            "score": total,
            "rating": rules.rate(total),
            "weight_scored": w_total,
            "n_scored": n_scored,
            "n_skipped": n_items - n_scored,
            "adjusted": emp["adj"].fillna(False).to_numpy().astype(bool),
        },
        columns=EMPLOYEE_COLUMNS,
    )
    return frame, n_items


def _weight_findings(emp_frame: pd.DataFrame, kpis: pd.DataFrame) -> list[Finding]:
    """Employees whose scored weights were renormalised; roles whose weights do not add up to 100."""
    findings = []
    w_total = emp_frame["weight_scored"].to_numpy()
    renorm = (emp_frame["n_scored"].to_numpy() > 0) & (np.abs(w_total - 100.0) > 1e-6)
    for e, w in zip(emp_frame["employee"].to_numpy()[renorm], w_total[renorm], strict=True):
        findings.append(
            Finding.create("evaluation.weights_renormalised", "info", f"employees/{e}", employee=e, weight=round(w, 2))
        )
    for role, w in kpis.groupby("role")["weight"].sum().items():
        if abs(w - 100.0) > 1e-6:
            findings.append(Finding.create("evaluation.weights_sum", "warning", f"roles/{role}", role=role, weight=w))
    return findings


def _skipped_findings(skipped: pd.DataFrame, period: Period) -> list[Finding]:
    return [
        Finding.create("evaluation.skipped", "warning", f"periods/{period}", reason=reason_code, count=int(n))
        for reason_code, n in skipped["reason"].value_counts().sort_index().items()
    ]


def _skip_detail(reason: str, found: int, expected: int) -> str:
    if reason in ("no_actual", "excluded", "frequency_longer"):
        return f"{found}/{expected}"
    return ""


def _excluded_counts(items: pd.DataFrame, excl: list[tuple[str, str | None, frozenset[str]]], period: Period) -> Any:
    out = np.zeros(len(items))
    month_kind = (items["months_expected"].to_numpy() == period.months) & (period.months >= 1)
    for emp, kpi, months in excl:
        m = month_kind.copy()
        if emp != "*":
            m &= (items["employee"] == emp).to_numpy()
        if kpi:
            m &= (items["kpi"] == kpi).to_numpy()
        out[m] += len(months)
    return out
