"""Vectorised scoring of one period: aggregate actuals, apply adjustments, score, total, rate.

:func:`score_frames` is the engine on plain frames (used by :func:`evaluate` and the
benchmark); :func:`evaluate` reads a project store and returns the frozen snapshot
when the period is closed.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import numpy as np
import pandas as pd

from kpiguide.core.findings import Finding, Report
from kpiguide.core.model import Adjustment, Period, Scheme
from kpiguide.evaluation.adjustments import apply_adjustments, exclusions_for
from kpiguide.evaluation.result import EMPLOYEE_COLUMNS, ITEM_COLUMNS, SKIP_COLUMNS, EvaluationResult
from kpiguide.evaluation.rules import AGGREGATIONS, Rules, achievement, load_rules

__all__ = ["evaluate", "frames_from_scheme", "score_frames", "set_aggregation"]

AGGREGATION_KIND = "evaluation.aggregation"

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


def score_frames(
    employees: pd.DataFrame,
    kpis: pd.DataFrame,
    actuals: pd.DataFrame,
    period: Period,
    *,
    rules: Rules | None = None,
    aggregation: Mapping[str, str] | None = None,
    adjustments: Iterable[Adjustment] = (),
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
    """
    rules = rules or load_rules()
    aggregation = dict(aggregation or {})
    adjustments = tuple(adjustments)
    findings: list[Finding] = []
    bad_agg = {k: v for k, v in aggregation.items() if v not in AGGREGATIONS}
    if bad_agg:
        raise ValueError(f"Unknown aggregation {bad_agg!r}; use one of {', '.join(AGGREGATIONS)}.")

    # -- which sub-periods count for each KPI ------------------------------------------------
    kpis = kpis.copy()
    kpis["sub_kind"] = kpis["frequency"].map(_FREQ_KIND).fillna("month")
    sub_months = kpis["sub_kind"].map(_KIND_MONTHS).to_numpy()
    kpis["months_expected"] = np.where(sub_months <= period.months, period.months // sub_months, 0)
    formulas = kpis["formula"].fillna("") if "formula" in kpis else pd.Series("", index=kpis.index)
    kpis["aggregation"] = [
        aggregation.get(k) or rules.aggregation_for(u, f)
        for k, u, f in zip(kpis["kpi"], kpis["unit"], formulas, strict=True)
    ]
    sub_periods = {str(p): "month" for p in period.month_periods()}
    for kind in ("quarter", "year"):
        if _KIND_MONTHS[kind] <= period.months:
            for m in period.month_periods():
                sub_periods.setdefault(str(m.to(kind)), kind)

    # -- actuals in the period, matched to employees and KPIs -------------------------------
    act = actuals.loc[actuals["period"].isin(sub_periods), ["subject", "kpi", "period", "value"]]
    act = act.assign(kind=act["period"].map(sub_periods))
    skip_rows: list[tuple[str, str, str, str]] = []
    known_emp = pd.Index(employees["employee"])
    known_kpi = pd.Index(kpis["kpi"])
    unknown_emp = ~act["subject"].isin(known_emp)
    unknown_kpi = ~act["kpi"].isin(known_kpi) & ~unknown_emp
    for mask, reason in ((unknown_emp, "unknown_employee"), (unknown_kpi, "unknown_kpi")):
        if mask.any():
            bad = act.loc[mask].groupby(["subject", "kpi"], sort=True)["period"].agg(lambda s: ", ".join(sorted(s)))
            skip_rows += [(s, k, reason, p) for (s, k), p in bad.items()]
    act = act.loc[~unknown_emp & ~unknown_kpi]
    sub_kind = pd.Series(kpis["sub_kind"].to_numpy(), index=kpis["kpi"])
    act = act.loc[act["kind"].to_numpy() == sub_kind.reindex(act["kpi"]).to_numpy()]

    excl = exclusions_for(adjustments, period)
    if excl:
        drop = np.zeros(len(act), dtype=bool)
        for emp, kpi, months in excl:
            m = act["period"].isin(months).to_numpy().copy()
            if emp != "*":
                m &= (act["subject"] == emp).to_numpy()
            if kpi:
                m &= (act["kpi"] == kpi).to_numpy()
            drop |= m
        act = act.loc[~drop]

    dup = act.duplicated(["subject", "kpi", "period"], keep=False)
    dup_pairs: set[tuple[str, str]] = set()
    if dup.any():
        bad = act.loc[dup].groupby(["subject", "kpi"], sort=True)["period"].agg(lambda s: ", ".join(sorted(set(s))))
        dup_pairs = set(bad.index)
        act = act.loc[~dup]

    # -- aggregate: one pass computing sum, mean, count and last ---------------------------------
    act = act.sort_values("period", kind="stable")
    grouped = act.groupby(["subject", "kpi"], sort=False, observed=True)["value"]
    agg = pd.DataFrame(
        {"a_sum": grouped.sum(), "a_mean": grouped.mean(), "a_last": grouped.last(), "months_found": grouped.size()}
    )
    agg.index = agg.index.set_names(["employee", "kpi"])
    agg = agg.reset_index()

    # -- items: every employee × KPI of their role ------------------------------------------------------
    items = employees[["employee", "role", "department", "manager"]].merge(
        kpis.drop(columns=["frequency", "unit", "formula"], errors="ignore"), on="role", how="inner", sort=False
    )
    items = items.merge(agg, on=["employee", "kpi"], how="left", sort=False)
    not_assigned = agg.merge(items[["employee", "kpi"]], on=["employee", "kpi"], how="left", indicator=True)
    not_assigned = not_assigned.loc[not_assigned["_merge"] == "left_only"]
    skip_rows += [
        (e, k, "not_assigned", "") for e, k in zip(not_assigned["employee"], not_assigned["kpi"], strict=True)
    ]

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
    target = base_target * mult
    low = items["low"].to_numpy(dtype=float) * mult
    high = items["high"].to_numpy(dtype=float) * mult
    weight = items["weight"].to_numpy(dtype=float)

    reason = np.full(len(items), "", dtype=object)
    reason[np.isnan(actual)] = "no_actual"
    reason[items["months_expected"].to_numpy() == 0] = "frequency_longer"
    reason[(expected <= 0) & (items["months_expected"].to_numpy() > 0)] = "excluded"
    if dup_pairs:
        dup_mask = pd.MultiIndex.from_arrays([items["employee"], items["kpi"]]).isin(list(dup_pairs))
        reason[dup_mask] = "duplicate_actual"
    no_target = np.isnan(base_target) & (items["direction"].to_numpy() != "range")
    reason[(reason == "") & no_target] = "no_target"

    adjusted = np.zeros(len(items), dtype=bool)
    if adjustments:
        target, low, high, actual, weight, adjusted, adj_findings = apply_adjustments(
            items, period, adjustments, target=target, low=low, high=high, actual=actual, weight=weight
        )
        findings += adj_findings

    rule_names = items["rule"].to_numpy()
    falloff = np.full(len(items), 0.1)
    zero_tol = np.full(len(items), np.nan)
    score = np.full(len(items), np.nan)
    ach, met, undefined = achievement(actual, target, items["direction"].to_numpy(), low, high, falloff, zero_tol)
    known_rules = set(rules.rules)
    for name in pd.unique(rule_names):
        mask = rule_names == name
        if name not in known_rules:
            reason[mask & (reason == "")] = "unknown_rule"
            continue
        rule = rules.rules[name]
        if "falloff" in rule.params or "zero_tolerance" in rule.params:
            falloff[mask] = float(rule.params.get("falloff", 0.1))
            zero_tol[mask] = float(rule.params.get("zero_tolerance", np.nan))
            a2, m2, u2 = achievement(
                actual[mask],
                target[mask],
                items["direction"].to_numpy()[mask],
                low[mask],
                high[mask],
                falloff[mask],
                zero_tol[mask],
            )
            ach[mask], met[mask], undefined[mask] = a2, m2, u2
        if rule.kind == "pass_fail":
            ach[mask] = np.where(np.isnan(ach[mask]), met[mask].astype(float), ach[mask])
            undefined[mask] = ""
        ok = mask & (reason == "") & (undefined == "")
        score[ok] = rule.score(ach[ok], met[ok])
    reason[(reason == "") & (undefined != "")] = undefined[(reason == "") & (undefined != "")]
    scored = reason == ""
    score[~scored] = np.nan
    ach[~scored] = np.where(np.isnan(actual[~scored]), np.nan, ach[~scored])

    items = pd.DataFrame(
        {
            "employee": items["employee"].to_numpy(),
            "department": items["department"].to_numpy(),
            "role": items["role"].to_numpy(),
            "manager": items["manager"].to_numpy(),
            "kpi": items["kpi"].to_numpy(),
            "weight": weight,
            "target": target,
            "target_low": low,
            "target_high": high,
            "base_target": base_target,
            "actual": actual,
            "achievement": ach,
            "score": score,
            "met": met & scored,
            "rule": rule_names,
            "direction": items["direction"].to_numpy(),
            "aggregation": agg_kind,
            "months_found": found.astype(int),
            "months_expected": np.maximum(expected, 0).astype(int),
            "adjusted": adjusted,
            "status": np.where(scored, "scored", "skipped"),
            "reason": reason,
        },
        columns=ITEM_COLUMNS,
    )
    skipped_items = items.loc[~scored]
    skip_rows += [
        (e, k, r, _skip_detail(r, found_n, exp_n))
        for e, k, r, found_n, exp_n in zip(
            skipped_items["employee"],
            skipped_items["kpi"],
            skipped_items["reason"],
            skipped_items["months_found"],
            skipped_items["months_expected"],
            strict=True,
        )
    ]
    partial = scored & (found < expected)
    for e, k, f_n, x_n in zip(
        items["employee"].to_numpy()[partial],
        items["kpi"].to_numpy()[partial],
        found[partial],
        expected[partial],
        strict=True,
    ):
        findings.append(
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
        )

    # -- totals per employee ---------------------------------------------------------------------------------
    ws = np.where(scored, weight * np.nan_to_num(score), 0.0)
    w_scored = np.where(scored, weight, 0.0)
    emp_key = items["employee"].to_numpy()
    totals = pd.DataFrame({"employee": emp_key, "ws": ws, "w": w_scored, "n": scored, "adj": adjusted})
    g = totals.groupby("employee", sort=False).agg(
        ws=("ws", "sum"), w=("w", "sum"), n=("n", "sum"), size=("n", "size"), adj=("adj", "any")
    )
    emp = employees.merge(g, left_on="employee", right_index=True, how="left")
    w_total = emp["w"].fillna(0.0).to_numpy()
    with np.errstate(invalid="ignore", divide="ignore"):
        total = np.where(w_total > 0, emp["ws"].to_numpy() / w_total, np.nan)
    n_scored = emp["n"].fillna(0).to_numpy().astype(int)
    n_items = emp["size"].fillna(0).to_numpy().astype(int)
    emp_frame = pd.DataFrame(
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
    no_kpis = emp_frame.loc[n_items == 0, "employee"]
    skip_rows += [(e, "", "no_kpis", "") for e in no_kpis]
    renorm = (n_scored > 0) & (np.abs(w_total - 100.0) > 1e-6)
    for e, w in zip(emp_frame["employee"].to_numpy()[renorm], w_total[renorm], strict=True):
        findings.append(
            Finding.create("evaluation.weights_renormalised", "info", f"employees/{e}", employee=e, weight=round(w, 2))
        )
    role_w = kpis.groupby("role")["weight"].sum()
    for role, w in role_w.items():
        if abs(w - 100.0) > 1e-6:
            findings.append(Finding.create("evaluation.weights_sum", "warning", f"roles/{role}", role=role, weight=w))
    skipped = _skip_frame(skip_rows)
    if len(skipped):
        for reason_code, n in skipped["reason"].value_counts().sort_index().items():
            findings.append(
                Finding.create("evaluation.skipped", "warning", f"periods/{period}", reason=reason_code, count=int(n))
            )
    return EvaluationResult(period, items, emp_frame, skipped, Report(findings), adjustments, rules)


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


def evaluate(
    store: Any,
    period: Period | str,
    *,
    rules: Rules | None = None,
    aggregation: Mapping[str, str] | None = None,
    live: bool = False,
) -> EvaluationResult:
    """Evaluate ``period`` for every employee of the project in ``store``.

    Parameters
    ----------
    store : kpiguide.project.store.Store
    period : Period or any text :meth:`Period.parse` reads (``2026Q3``, ``2026年第三季度``)
    rules : scoring data; default the shipped rules (``kpiguide/evaluation_rules/scoring.yaml``)
    aggregation : per-KPI override of the roll-up of monthly actuals (``sum``/``mean``/``last``)
    live : when the period is closed, recompute instead of returning the frozen snapshot

    Returns
    -------
    EvaluationResult
    """
    from kpiguide.evaluation.closing import latest_snapshot

    period = Period.parse(period)
    rules = rules or load_rules()
    if not live:
        frozen = latest_snapshot(store, period, rules)
        if frozen is not None:
            return frozen
    saved = store.get_record(AGGREGATION_KIND, "kpis")
    aggregation = {**(dict(saved.data) if saved else {}), **dict(aggregation or {})}
    scheme = store.load_scheme()
    employees, kpis = frames_from_scheme(scheme)
    wanted = [str(m) for m in period.month_periods()]
    wanted += sorted({str(m.to(k)) for m in period.month_periods() for k in ("quarter", "year")})
    rows = store.actuals(periods=wanted, subject_kind="employee")
    actuals = pd.DataFrame(
        [(a.subject, a.kpi, str(a.period), a.value) for a in rows], columns=["subject", "kpi", "period", "value"]
    )
    adjustments = [a for a in store.adjustments() if _overlaps(a.period, period)]
    result = score_frames(
        employees, kpis, actuals, period, rules=rules, aggregation=aggregation, adjustments=adjustments
    )
    return result


def set_aggregation(store: Any, aggregation: Mapping[str, str], *, actor: str = "unknown", reason: str = "") -> None:
    """Declare for the project how KPIs roll up over a period (``{kpi_id: "sum"|"mean"|"last"}``).

    Overrides the formula/unit defaults of the rules file; an argument to :func:`evaluate` wins over both.
    """
    bad = {k: v for k, v in aggregation.items() if v not in AGGREGATIONS}
    if bad:
        from kpiguide.core.errors import InputError

        raise InputError(f"Unknown aggregation {bad!r}; use one of {', '.join(AGGREGATIONS)}. Nothing was saved.")
    rec = store.get_record(AGGREGATION_KIND, "kpis")
    data = {**(dict(rec.data) if rec else {}), **dict(aggregation)}
    store.put_record(
        AGGREGATION_KIND, "kpis", data, expected_version=rec.version if rec else None, actor=actor, reason=reason
    )


def _overlaps(a: Period, b: Period) -> bool:
    return a.start <= b.end and b.start <= a.end
