"""Build the data behind each report: plain dicts that the templates and the XLSX writer read.

Other engines come in through injectable callables whose defaults import them lazily
(contracts 2 and 3), so reports work before those engines are installed:

* ``indicator_lookup(kpi) -> Indicator | None`` — catalog entry of a KPI, for its levers;
  default: ``Catalog.get(kpi.indicator)`` when the KPI links a catalog id, else the indicator KPI
  linking finds for its name (``kpiguide.suggest.linking``, confidence of at least 0.3);
* ``assess(history, target, ...)`` — achievability (gap verdicts, next-period bands).
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Callable
from typing import Any

import numpy as np
import pandas as pd

from kpiguide.core.i18n import normalize_lang, t
from kpiguide.core.model import Indicator, Kpi, Scheme
from kpiguide.core.numbers import format_number, format_percent
from kpiguide.core.periods import Period
from kpiguide.data.checkins import checkins
from kpiguide.data.signals import MIN_POINTS, latest_status, xmr
from kpiguide.evaluation.gaps import default_assess, gap_analysis, history_series
from kpiguide.evaluation.result import EvaluationResult
from kpiguide.feedback.charts import bar_chart, bullet_chart, xmr_svg

__all__ = [
    "actual_sources",
    "default_indicator_lookup",
    "department_context",
    "employee_context",
    "organisation_context",
]

_LEVER_LINK = 0.3
"""Lowest KPI-linking confidence at which a KPI without a catalog id gets its indicator's levers."""


def default_indicator_lookup() -> Callable[[Kpi], Indicator | None] | None:
    """The catalog lookup of contract 2, or ``None`` when the catalog engine is not installed."""
    try:
        from kpiguide.catalog import load_catalog  # reason: optional engine (contract 2), loaded only when asked
        from kpiguide.suggest.linking import default_linker  # reason: as above; pulls in jieba and sklearn
    except ImportError:
        return None

    def lookup(kpi: Kpi) -> Indicator | None:
        if kpi.indicator:
            try:
                return load_catalog().get(kpi.indicator)
            except KeyError:
                pass
        link = default_linker().link(kpi.name)  # KPI linking; a weak link would attach the wrong levers
        return link.indicator if link.indicator is not None and link.confidence >= _LEVER_LINK else None

    return lookup


def fmt(value: Any, digits: int = 2) -> str:
    """Numbers for people (:func:`kpiguide.core.numbers.format_number` with at most ``digits`` decimals).

    Text and flags pass through as text.

    >>> fmt(1234.6), fmt(87.654, 1), fmt(None)
    ('1,235', '87.7', '–')
    """
    if isinstance(value, bool) or not (value is None or isinstance(value, int | float)):
        return str(value)
    text = format_number(value, decimals=digits)
    return "0" if text == "-0" else text


def pct(value: Any) -> str:
    """A share as a percentage with one decimal (``0.875`` → ``87.5%``)."""
    return format_percent(value, decimals=1)


def _rule_text(rules: Any, name: str, lang: str, low: float | None, high: float | None) -> str:
    rule = rules.rules.get(name) if rules is not None else None
    if rule is None:
        return name
    p = dict(rule.params)
    if rule.kind == "linear":
        return t("feedback.rule.linear", lang, floor=fmt(p.get("floor", 0)), cap=fmt(p.get("cap", 120)))
    if rule.kind == "range":
        return t("feedback.rule.range", lang, low=fmt(low), high=fmt(high))
    if rule.kind == "pass_fail":
        return t("feedback.rule.pass_fail", lang, **{"pass": fmt(p.get("pass", 100)), "fail": fmt(p.get("fail", 0))})
    if rule.kind == "piecewise":
        pts = ", ".join(f"{format_percent(a)}→{fmt(b)}" for a, b in p["points"])
        return t("feedback.rule.piecewise", lang, points=pts)
    bands = ", ".join(f"≥{format_percent(a)}→{fmt(b)}" for a, b in p["bands"])
    return t("feedback.rule.bands", lang, bands=bands)


def _adjustment_rows(adjustments: Any, employee: str | None, lang: str) -> list[dict[str, Any]]:
    rows = []
    for a in adjustments:
        if employee is not None and a.employee not in (employee, "*"):
            continue
        before = (a.details.get("before") or {}).get("score")
        after = (a.details.get("after") or {}).get("score")
        detail = {k: v for k, v in a.details.items() if k not in ("before", "after")}
        rows.append(
            {
                "id": a.id,
                "employee": a.employee,
                "kind": t(f"feedback.adj.{a.kind}", lang)
                if a.kind in ("leave", "force_majeure", "override")
                else a.kind,
                "kpi": a.kpi or "",
                "detail": ", ".join(f"{k}={v}" for k, v in detail.items()),
                "reason": a.reason,
                "by": a.by,
                "at": a.at.strftime("%Y-%m-%d %H:%M"),
                "before_after": f"{fmt(before)} → {fmt(after)}" if before is not None or after is not None else "",
            }
        )
    return rows


def _header(scheme: Scheme, result: EvaluationResult, lang: str, kind: str) -> dict[str, Any]:
    return {
        "lang": lang,
        "title": t(f"feedback.title.{kind}", lang),
        "organisation": scheme.organization.name,
        "period": result.period.label(lang),
        "period_id": str(result.period),
        "status": t("feedback.revision", lang, revision=result.revision) if result.frozen else t("feedback.live", lang),
        "generated": dt.datetime.now().strftime("%Y-%m-%d %H:%M"),
        "rating_codes": list(result.rules.rating_codes) if result.rules else [],
        "L": _Labels(lang),
    }


class _Labels:
    """``L.score`` in a template → ``t("feedback.col.score")`` (falls back to ``feedback.<name>``)."""

    def __init__(self, lang: str) -> None:
        self.lang = lang

    def __getattr__(self, name: str) -> str:
        for key in (f"feedback.col.{name}", f"feedback.section.{name}", f"feedback.{name}"):
            try:
                return t(key, self.lang)
            except KeyError:
                continue
        raise AttributeError(name)


def _kpi_view(kpi: Kpi, item: dict[str, Any], lang: str) -> dict[str, Any]:
    """One row of the results table, with its bullet chart."""
    met = bool(item["met"])
    if kpi.direction.value == "range":
        target = f"{fmt(item['target_low'])}–{fmt(item['target_high'])}"
    else:
        target = fmt(item["target"])
    return {
        "id": kpi.id,
        "name": kpi.name,
        "unit": kpi.unit,
        "weight": fmt(item["weight"]),
        "target": target,
        "actual": fmt(item["actual"]),
        "achievement": pct(item["achievement"]),
        "score": fmt(item["score"], 1),
        "met": met,
        "status": t("feedback.met" if met else "feedback.missed", lang) if item["status"] == "scored" else "",
        "adjusted": bool(item["adjusted"]),
        "skipped": item["status"] != "scored",
        "chart": bullet_chart(
            item["actual"],
            item["target"],
            kpi.direction.value,
            low=item["target_low"],
            high=item["target_high"],
            met=met,
            title=f"{kpi.name}: {fmt(item['actual'])} / {fmt(item['target'])}",
        ),
    }


def _strength(kpi: Kpi, item: dict[str, Any], lang: str) -> tuple[float, str]:
    """A met KPI as a sentence, with its achievement to rank it."""
    text = t(
        "feedback.strength",
        lang,
        kpi=kpi.name,
        actual=f"{fmt(item['actual'])} {kpi.unit}",
        target=f"{fmt(item['target'])} {kpi.unit}",
        achievement=pct(item["achievement"]),
    )
    return item["achievement"] or 0, text


def actual_sources(store: Any, subject: str, kpi: str, period: Any) -> list[str]:
    """Where the period's actuals of ``subject`` on ``kpi`` came from (each actual's note, e.g.
    ``"connector erp_sales · batch …"``), in order of first appearance; empty for typed-in values."""
    months = [str(period.to("month").shift(i)) for i in range(period.months)]
    notes = (a.note for a in store.actuals(kpi=kpi, subject=subject, periods=[*months, str(period)]))
    return list(dict.fromkeys(n for n in notes if n))


def _transparency_view(
    scheme: Scheme, result: EvaluationResult, kpi: Kpi, item: dict[str, Any], lang: str, sources: list[str]
) -> dict[str, Any]:
    """How a KPI is linked to strategy, measured and scored (and where this period's values came from)."""
    role = scheme.role(kpi.role)
    objective = scheme.objective(kpi.objective).text if kpi.objective else "–"
    source = kpi.data_source or "–"
    if sources:
        source += " · " + t("feedback.actual_source", lang, sources="; ".join(sources))
    return {
        "path": [objective, scheme.department(role.department).name, role.name, kpi.name],
        "formula": kpi.formula or "–",
        "source": source,
        "sources": sources,
        "weight": fmt(item["weight"]),
        "direction": t(f"feedback.direction.{kpi.direction.value}", lang),
        "rule": _rule_text(result.rules, kpi.scoring_rule, lang, item["target_low"], item["target_high"]),
        "aggregation": t(f"feedback.agg.{item['aggregation']}", lang),
        "name": kpi.name,
    }


def _next_target(
    assess: Callable[..., Any],
    actuals: pd.DataFrame,
    result: EvaluationResult,
    employee: str,
    kpi: Kpi,
    item: dict[str, Any],
) -> dict[str, Any] | None:
    """Floor, base and stretch targets for the next period (``None`` with fewer than 6 periods of history)."""
    history = history_series(actuals, employee, kpi.id, result.period.shift(1))
    if len(history) < 6:
        return None
    a = assess(
        history,
        kpi.target,
        direction="higher" if kpi.direction.value == "range" else kpi.direction.value,
        horizon=1,
        aggregate="mean",
    )
    bands = a.bands
    mult = item["months_expected"] if item["aggregation"] == "sum" else 1
    base_target = item["base_target"]
    return {
        "kpi": kpi.name,
        "unit": kpi.unit,
        "current": fmt(base_target * mult if pd.notna(base_target) else None),
        "floor": fmt(bands["floor"] * mult),
        "base": fmt(bands["base"] * mult),
        "stretch": fmt(bands["stretch"] * mult),
    }


def _process_text(g: Any, lang: str) -> str:
    """The XmR reading of a gap (signal or routine variation, with the natural process limits)."""
    process = getattr(g, "process", None)
    if process is None or g.process_limits is None:
        return ""
    low, high = g.process_limits
    status = t(f"signals.status.{process}", lang)
    return t("feedback.process", lang, status=status, low=fmt(low), high=fmt(high))


def _gap_view(scheme: Scheme, g: Any, lang: str) -> dict[str, Any]:
    kpi = scheme.kpi(g.kpi)
    interval = t("feedback.interval", lang, low=fmt(g.interval[0]), high=fmt(g.interval[1])) if g.interval else ""
    interval += _process_text(g, lang)
    return {
        "kpi": kpi.name,
        "target": fmt(g.target),
        "actual": fmt(g.actual),
        "shortfall": f"{fmt(g.shortfall)} {kpi.unit} ({g.shortfall_pct:.1f}%)",
        "verdict": t(f"feedback.verdict.{g.verdict}", lang) + interval,
        "signal": g.verdict == "signal" or getattr(g, "process", None) == "signal",
        "notes": [n["text"] for n in g.notes] or [t("feedback.no_notes", lang)],
    }


def _process_charts(
    actuals: pd.DataFrame, result: EvaluationResult, employee: str, kpis: list[Kpi], lang: str
) -> list[dict[str, Any]]:
    """Per KPI with at least three months up to the period's end: its XmR reading and a small inline chart."""
    out = []
    for kpi in kpis:
        series = history_series(actuals, employee, kpi.id, result.period.shift(1))
        if len(series) < MIN_POINTS:
            continue
        chart = xmr(series, series=kpi.name)
        status = t(f"signals.status.{latest_status(chart)}", lang)
        text = t("feedback.process_line", lang, status=status, centre=fmt(chart.centre), lower=fmt(chart.lower),
                 upper=fmt(chart.upper), n=len(chart.signals))  # fmt: skip
        title = t("plots.xmr.title", lang, series=kpi.name)
        out.append(
            {"kpi": kpi.name, "status": text, "signal": status == "signal", "chart": xmr_svg(chart, title=title)}
        )
    return out


class _Levers:
    """Levers of a KPI from the catalog lookup; after one failure the lookup is not asked again."""

    def __init__(self, lookup: Callable[[Kpi], Indicator | None] | None) -> None:
        self.lookup = lookup

    def __call__(self, kpi: Kpi, lang: str) -> tuple[str, ...]:
        if self.lookup is None:
            return ()
        try:
            indicator = self.lookup(kpi)
        except Exception:  # noqa: BLE001 - a catalog problem must not stop a report
            self.lookup = None
            return ()
        return indicator.levers(lang) if indicator is not None else ()


def _skip_texts(skipped: pd.DataFrame, lang: str) -> list[str]:
    return [
        t(f"evaluation.skip.{r['reason']}", lang, employee=r["employee"], kpi=r["kpi"], detail=r["detail"])
        for r in skipped.to_dict("records")
    ]


def employee_context(
    store: Any,
    result: EvaluationResult,
    employee: str,
    *,
    lang: str = "en",
    scheme: Scheme | None = None,
    actuals: pd.DataFrame | None = None,
    indicator_lookup: Callable[[Kpi], Indicator | None] | str | None = "default",
    assess: Callable[..., Any] | str | None = "default",
    incentive_row: dict[str, Any] | None = None,
) -> dict[str, Any]:
    """Everything an individual report shows (see the module docstring for the injectables)."""
    lang = normalize_lang(lang)
    scheme = scheme or store.load_scheme()
    levers = _Levers(default_indicator_lookup() if isinstance(indicator_lookup, str) else indicator_lookup)
    assess = default_assess() if isinstance(assess, str) else assess
    actuals = actuals if actuals is not None else store.actuals_frame()
    row = result.employee(employee)
    emp = scheme.employee(employee)
    ctx = _header(scheme, result, lang, "employee")
    manager = next((e.name for e in scheme.employees if e.id == emp.manager), emp.manager or "")
    ctx.update(
        {
            "employee": {"id": emp.id, "name": emp.name, "manager": manager},
            "department": scheme.department(emp.department).name,
            "role": scheme.role(emp.role).name,
            "score": fmt(row["score"], 1),
            "rating": row["rating"] or "–",
            "adjusted": row["adjusted"],
        }
    )
    gaps = {g.kpi: g for g in gap_analysis(store, result, employee=employee, assess=assess, actuals=actuals)}
    strengths, actions, next_targets = [], [], []
    for item in row["kpis"]:
        kpi = scheme.kpi(item["kpi"])
        if item["met"]:
            strengths.append(_strength(kpi, item, lang))
        if kpi.id in gaps:
            fallback = t("feedback.levers_missing", lang)
            actions.append({"kpi": kpi.name, "levers": list(levers(kpi, lang)), "fallback": fallback})
        if assess is not None and item["status"] == "scored":
            target = _next_target(assess, actuals, result, employee, kpi, item)
            next_targets += [target] if target is not None else []
    ctx.update(
        {
            "kpis": [_kpi_view(scheme.kpi(item["kpi"]), item, lang) for item in row["kpis"]],
            "strengths": [s for _, s in sorted(strengths, key=lambda x: -x[0])],
            "gaps": [_gap_view(scheme, g, lang) for g in gaps.values()],
            "actions": actions,
            "next_targets": next_targets,
            "transparency": [
                _transparency_view(
                    scheme,
                    result,
                    scheme.kpi(item["kpi"]),
                    item,
                    lang,
                    actual_sources(store, employee, item["kpi"], result.period),
                )
                for item in row["kpis"]
            ],
            "process_charts": _process_charts(
                actuals, result, employee, [scheme.kpi(i["kpi"]) for i in row["kpis"]], lang
            ),
            "adjustments": _adjustment_rows(row["adjustments"], employee, lang),
            "skipped": _skip_texts(result.skipped[result.skipped["employee"] == employee], lang),
            "incentive": _incentive_view(incentive_row, lang),
            "plan_rows": 3,
        }
    )
    ctx.update(_checkin_history(store, scheme, employee, result.period, lang))  # issue 13: check-in history
    ctx.update(_kpi_changes(scheme, result, [item["kpi"] for item in row["kpis"]], lang))
    return ctx


# -- check-in history (issue 13) -----------------------------------------------------------------------


def _checkin_history(store: Any, scheme: Scheme, employee: str, period: Period, lang: str) -> dict[str, Any]:
    """The employee's check-ins up to the end of ``period`` (latest 12), with their labels."""
    rows = [c for c in checkins(store, employee=employee) if Period.parse(c["period"]).end <= period.end][-12:]
    kpis = {k.id: k.name for k in scheme.kpis}
    history = [
        {"period": c["period"], "kpi": kpis.get(c["kpi"], c["kpi"]), "value": fmt(c.get("value_to_date")),
         "target": fmt(c.get("target")), "confidence": t(f"checkins.confidence.{c['confidence']}", lang),
         "level": c["confidence"], "note": c.get("note", "")}
        for c in rows
    ]  # fmt: skip
    labels = {
        k: t(f"checkins.col.{k}", lang) for k in ("period", "kpi", "value_to_date", "target", "confidence", "note")
    }
    return {"checkins": history, "checkin_labels": {**labels, "title": t("checkins.history_title", lang)}}


def _incentive_view(row: dict[str, Any] | None, lang: str) -> dict[str, Any] | None:
    if row is None:
        return None
    flags = [t(f"feedback.eligible.{k}", lang) for k in ("promotion", "development") if row.get(k)]
    return {"coefficient": fmt(row.get("coefficient")), "bonus": fmt(row.get("bonus")), "eligibility": flags}


def _distribution_chart(result: EvaluationResult, employees: pd.DataFrame) -> Any:
    dept = result.distribution(employees)
    org = result.distribution()
    rows = [
        (
            d["ratings"],
            [(d["actual_share"] or 0.0, "group"), (o["actual_share"] or 0.0, "org"), (d["guide_share"], "guide")],
        )
        for d, o in zip(dept, org, strict=True)
    ]
    return bar_chart(rows), [{**d, "org_share": o["actual_share"]} for d, o in zip(dept, org, strict=True)]


def _people_rows(
    scheme: Scheme,
    emp: pd.DataFrame,
    items: pd.DataFrame,
    signals: set[tuple[str, str]],
    inc: dict[str, Any],
    lang: str,
) -> list[dict[str, Any]]:
    """One row per employee of a department: score, rating, missed KPIs, gap signals, incentive."""
    people = []
    for r in emp.to_dict("records"):
        e_items = items[items["employee"] == r["employee"]]
        people.append(
            {
                "id": r["employee"],
                "name": r["name"],
                "role": scheme.role(r["role"]).name,
                "score": fmt(r["score"], 1),
                "rating": r["rating"] or "–",
                "adjusted": bool(r["adjusted"]),
                "missed": int(((e_items["status"] == "scored") & ~e_items["met"]).sum()),
                "signals": sum(1 for k in e_items["kpi"] if (r["employee"], k) in signals),
                "incentive": _incentive_view(inc.get(r["employee"]), lang),
            }
        )
    return people


def _kpi_summary_rows(scheme: Scheme, items: pd.DataFrame) -> list[dict[str, Any]]:
    """One row per KPI scored in a department: mean achievement, share met, mean score."""
    rows = []
    scored = items[items["status"] == "scored"]
    for kpi_id, part in scored.groupby("kpi", sort=False):
        kpi = scheme.kpi(str(kpi_id))
        rows.append(
            {
                "name": kpi.name,
                "role": scheme.role(kpi.role).name,
                "employees": len(part),
                "achievement": pct(part["achievement"].mean()),
                "met_share": format_percent(part["met"].mean()),
                "score": fmt(part["score"].mean(), 1),
            }
        )
    return rows


def _department_findings(
    scheme: Scheme, department: str, emp: pd.DataFrame, findings: Any, lang: str
) -> list[dict[str, Any]]:
    """Findings about the department, its managers and its KPIs."""
    subject_prefixes = (f"departments/{department}", *(f"managers/{e}" for e in emp["employee"]))
    dept_kpi_paths = tuple(scheme.kpi_path(k) for k in scheme.kpis_of_department(department))
    return [
        {"severity": f.severity.value, "message": f.message(lang), "suggestion": f.suggestion(lang)}
        for f in findings
        if f.subject.startswith(subject_prefixes) or f.subject in dept_kpi_paths
    ]


def department_context(
    store: Any,
    result: EvaluationResult,
    department: str,
    *,
    lang: str = "en",
    scheme: Scheme | None = None,
    actuals: pd.DataFrame | None = None,
    assess: Callable[..., Any] | str | None = "default",
    findings: Any = (),
    incentives: Any = None,
) -> dict[str, Any]:
    """A department head's summary: people, KPIs, distribution vs organisation and guide, findings."""
    lang = normalize_lang(lang)
    scheme = scheme or store.load_scheme()
    dept = scheme.department(department)
    emp = result.employees[result.employees["department"] == department]
    items = result.items[result.items["department"] == department]
    ctx = _header(scheme, result, lang, "department")
    mean = emp["score"].mean()
    gaps = gap_analysis(store, result, employee=list(emp["employee"]), assess=assess, actuals=actuals)
    signals = {(g.employee, g.kpi) for g in gaps if g.verdict == "signal"}
    inc = {r["employee"]: r for r in incentives.to_records()} if incentives is not None else {}
    chart, shares = _distribution_chart(result, emp)
    rating = result.rules.rate(np.array([mean]))[0] if result.rules is not None and not math.isnan(mean) else "–"
    members = set(emp["employee"])
    ctx.update(
        {
            "department": dept.name,
            "department_id": dept.id,
            "headcount": len(emp),
            "score": fmt(mean, 1),
            "rating": rating or "–",
            "people": _people_rows(scheme, emp, items, signals, inc, lang),
            "kpi_rows": _kpi_summary_rows(scheme, items),
            "distribution": shares,
            "chart": chart,
            "findings": _department_findings(scheme, department, emp, findings, lang),
            "adjustments": _adjustment_rows(
                [a for a in result.adjustments if a.employee in members or a.employee == "*"], None, lang
            ),
            "skipped": _skip_texts(result.skipped[result.skipped["employee"].isin(emp["employee"])], lang),
            "has_incentives": incentives is not None,
        }
    )
    return ctx


def organisation_context(
    store: Any, result: EvaluationResult, *, lang: str = "en", scheme: Scheme | None = None, findings: Any = ()
) -> dict[str, Any]:
    """A one-page overview: departments, distribution against the guide, top findings."""
    lang = normalize_lang(lang)
    scheme = scheme or store.load_scheme()
    ctx = _header(scheme, result, lang, "organisation")
    depts = result.departments()
    names = {d.id: d.name for d in scheme.departments}
    chart, shares = _distribution_chart(result, result.employees)
    ctx.update(
        {
            "departments": [
                {
                    "name": names.get(r["department"], r["department"]),
                    "employees": int(r["employees"]),
                    "score": fmt(r["score"], 1),
                    "rating": r.get("rating") or "–",
                    "min": fmt(r["min"], 1),
                    "max": fmt(r["max"], 1),
                }
                for r in depts.to_dict("records")
            ],
            "headcount": len(result.employees),
            "score": fmt(result.employees["score"].mean(), 1),
            "distribution": shares,
            "chart": chart,
            "findings": [
                {"severity": f.severity.value, "message": f.message(lang), "suggestion": f.suggestion(lang)}
                for f in findings
                if f.severity.value != "info"
            ][:20],
            "skipped_count": len(result.skipped),
        }
    )
    return ctx


def _kpi_changes(scheme: Scheme, result: EvaluationResult, kpis: list[str], lang: str) -> dict[str, Any]:
    """The approved mid-period changes of the employee's KPIs, each with its reason (issue 13)."""
    names = {k.id: k.name for k in scheme.kpis}
    lines = [
        t("cycle.agreement.change_line", lang, kpi=names.get(c["kpi"], c["kpi"]), field=c["field"],
          old=fmt(c["old"]) if isinstance(c["old"], int | float) else c["old"],
          new=fmt(c["new"]) if isinstance(c["new"], int | float) else c["new"],
          effective=c.get("effective", ""), reason=c.get("reason", ""))
        for c in result.changes if c["kpi"] in kpis
    ]  # fmt: skip
    return {"kpi_changes": lines, "kpi_changes_title": t("cycle.agreement.changes", lang)}
