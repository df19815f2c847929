"""Fairness of target difficulty across departments.

For every employee (or department) × KPI with a target, the attainment probability of the
target is computed from that subject's history with one pooled achievability model (so
new hires borrow strength from colleagues).  Departments whose median probability is far
from the organisation's get a finding, and every target gets an *equalised* value: the
target that would have the organisation's common attainment probability for that subject.
"""

from __future__ import annotations

import hashlib
import inspect
from collections.abc import MutableMapping
from dataclasses import dataclass
from typing import Any

import numpy as np
import pandas as pd

from kpiguide.core.findings import Finding, Report
from kpiguide.core.periods import Period

__all__ = ["FairnessResult", "assess_fairness"]

THRESHOLD = 0.2


@dataclass(frozen=True, eq=False)
class FairnessResult:
    """Per-target probabilities, per-department comparison, findings and equalised targets.

    ``targets`` columns: ``department``, ``role``, ``subject``, ``kpi``, ``kpi_name``,
    ``perspective``, ``direction``, ``target``, ``p_attain``, ``equalised_target``,
    ``n_history``, ``method``.  ``departments`` columns: ``department``, ``n``,
    ``p_median``, ``p_q25``, ``p_q75``, ``gap`` (median minus the organisation's).
    """

    targets: pd.DataFrame
    departments: pd.DataFrame
    p_org: float
    report: Report
    period: str | None

    def heatmap(self, by: str = "perspective") -> pd.DataFrame:
        """Median attainment probability, departments × ``by`` (``perspective`` or ``kpi``)."""
        if by not in ("perspective", "kpi"):
            raise ValueError(f"by must be 'perspective' or 'kpi', got {by!r}")
        if self.targets.empty:
            return pd.DataFrame()
        return self.targets.pivot_table(index="department", columns=by, values="p_attain", aggfunc="median")

    def to_dict(self, lang: str | None = None) -> dict[str, Any]:
        def clean(frame: pd.DataFrame) -> list[dict[str, Any]]:
            return [
                {k: (None if isinstance(v, float) and not np.isfinite(v) else v) for k, v in row.items()}
                for row in frame.to_dict("records")
            ]

        return {
            "period": self.period,
            "p_org": self.p_org,
            "departments": clean(self.departments),
            "targets": clean(self.targets),
            **self.report.to_dict(lang),
        }


def assess_fairness(
    store: Any,
    *,
    period: str | Period | None = None,
    threshold: float = THRESHOLD,
    min_targets: int = 3,
    model: Any = None,
    cache: MutableMapping[str, Any] | None = None,
) -> FairnessResult:
    """Compare the difficulty of every target of a project across departments.

    Parameters
    ----------
    store : Store
        The project.
    period : str or Period, optional
        The target period: only history before it is used.  Default: the period after the
        last actual.
    threshold : float
        A department is flagged when its median attainment probability differs from the
        organisation's by at least this much.
    model : AchievabilityModel, optional
        An unfitted model.  The default (horizon 1, aggregate mean, 40 boosting rounds on at
        most 8,000 origins) is fitted once per call on all subjects' series, which takes a
        few seconds on the demo project.
    cache : mutable mapping, optional
        Where fitted models are kept between calls (e.g. a dict held by an app or notebook),
        keyed by a hash of the histories and the model's parameters: asking again about the
        same data does not refit.
    """
    from kpiguide.achievability import AchievabilityModel
    from kpiguide.achievability._dist import LEVELS, cdf, ppf
    from kpiguide.achievability.pooled import INTERACTIVE

    scheme = store.load_scheme()
    frame = store.actuals_frame()
    cut = Period.parse(period) if period is not None else None
    if cut is not None and not frame.empty:
        keep = [Period.parse(p) < cut for p in frame["period"]]
        frame = frame[keep]
    kpis = {k.id: k for k in scheme.kpis}
    series: dict[str, pd.Series] = {}
    meta: dict[str, tuple[str, str, Any]] = {}
    for (kind, subject, kpi_id), g in frame.groupby(["subject_kind", "subject", "kpi"], sort=True):
        kpi = kpis.get(kpi_id)
        if kpi is None or len(g) < 2:
            continue
        if kpi.target is None and kpi.target_range is None:
            continue
        if kind == "employee":
            try:
                dept = scheme.employee(subject).department
            except KeyError:
                continue
        else:
            dept = subject
        key = f"{subject}|{kpi_id}"
        series[key] = pd.Series(g["value"].to_numpy(float), index=g["period"].tolist())
        meta[key] = (dept, subject, kpi)
    rows = []
    if series:
        if model is None:
            model = AchievabilityModel(horizon=1, aggregate="mean", **INTERACTIVE)
        key = _data_key(series, model) if cache is not None else None
        fitted = cache.get(key) if cache is not None else None
        if fitted is None:
            fitted = model.fit(series)
            if cache is not None:
                cache[key] = fitted
        for key, (dept, subject, kpi) in meta.items():
            if key not in fitted.series_:
                continue
            direction = kpi.direction.value
            target = kpi.target if kpi.target is not None else float(np.mean(kpi.target_range))
            a = fitted.assess(key, target, direction=direction) if direction != "range" else None
            fc = fitted.forecast(key)
            q = dict(zip(LEVELS, fc.quantiles, strict=True))
            if direction == "range":
                low, high = kpi.target_range or (target, target)
                p = max(0.0, cdf(q, high) - cdf(q, low))
                method = fc.method
            else:
                p, method = a.p_attain, a.method
            rows.append(
                {
                    "department": dept,
                    "role": kpi.role,
                    "subject": subject,
                    "kpi": kpi.id,
                    "kpi_name": kpi.name,
                    "perspective": kpi.perspective.value,
                    "direction": direction,
                    "target": target,
                    "p_attain": float(p),
                    "n_history": fc.prepared.n,
                    "method": method,
                    "quantiles_": q,
                }
            )
    targets = pd.DataFrame(rows)
    if targets.empty:
        empty = pd.DataFrame(columns=["department", "n", "p_median", "p_q25", "p_q75", "gap"])
        return FairnessResult(targets, empty, float("nan"), Report(), str(cut) if cut else None)
    p_org = float(targets["p_attain"].median())
    equalised = []
    for row in targets.itertuples():
        if row.direction == "range":
            equalised.append(None)
        else:
            level = p_org if row.direction == "lower" else 1.0 - p_org
            equalised.append(float(ppf(row.quantiles_, level)))
    targets["equalised_target"] = equalised
    targets = targets.drop(columns="quantiles_")
    depts = (
        targets.groupby("department")["p_attain"]
        .agg(n="size", p_median="median", p_q25=lambda s: s.quantile(0.25), p_q75=lambda s: s.quantile(0.75))
        .reset_index()
    )
    depts["gap"] = depts["p_median"] - p_org
    findings = []
    for d in depts.itertuples():
        if d.n < min_targets or abs(d.gap) < threshold:
            continue
        code = "fairness.harder_than_org" if d.gap < 0 else "fairness.easier_than_org"
        findings.append(
            Finding.create(
                code,
                "warning",
                f"departments/{d.department}",
                details={"p_department": d.p_median, "p_org": p_org, "n": int(d.n), "gap": d.gap},
                department=d.department,
                p_department=f"{d.p_median:.0%}",
                p_org=f"{p_org:.0%}",
                n=int(d.n),
                p_common=f"{p_org:.0%}",
            )
        )
    return FairnessResult(targets, depts, p_org, Report(findings), str(cut) if cut else None)


def _data_key(series: dict[str, pd.Series], model: Any) -> str:
    """A hash of the histories and the model's parameters (the cache key of a fitted model)."""
    params = {name: getattr(model, name, None) for name in inspect.signature(type(model)).parameters}
    digest = hashlib.sha256(f"{type(model).__qualname__}{sorted(params.items())!r}".encode())
    for key in sorted(series):
        values = series[key]
        digest.update(key.encode())
        digest.update("|".join(map(str, values.index)).encode())
        digest.update(values.to_numpy(float).tobytes())
    return digest.hexdigest()
