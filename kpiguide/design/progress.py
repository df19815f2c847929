"""Where a project stands: which of the guided steps are done.

Steps 01–03, 05 and 06 are read off the project's content; steps whose result is a
conversation or a document (04 checks reviewed, 07 feedback given, 08 deliverables
exported) are marked done explicitly with :func:`mark_step`, which is audited.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from kpiguide.core.i18n import t
from kpiguide.design.errors import UnknownStep
from kpiguide.project.store import Store

__all__ = ["STEPS", "StepStatus", "mark_step", "project_status"]

STEPS = (
    "01_strategy",
    "02_departments_and_jobs",
    "03_indicator_suggestions",
    "04_smart_and_balance",
    "05_targets_and_achievability",
    "06_data_and_evaluation",
    "07_feedback_and_communication",
    "08_workshop_deliverables",
)
State = Literal["done", "started", "todo"]


@dataclass(frozen=True)
class StepStatus:
    step: str
    state: State
    detail_zh: str
    detail_en: str

    def title(self, lang: str = "en") -> str:
        return t(f"progress.step.{self.step}", lang)

    def detail(self, lang: str = "en") -> str:
        return self.detail_zh if lang.startswith("zh") else self.detail_en


def _status(step: str, state: State, key: str, **params: object) -> StepStatus:
    return StepStatus(step, state, t(key, "zh", **params), t(key, "en", **params))


def mark_step(store: Store, step: str, *, actor: str, note: str = "") -> None:
    """Record that ``step`` was completed (for steps not visible in the data)."""
    if step not in STEPS:
        raise UnknownStep(step, STEPS)
    store.log(actor=actor, action="step_done", entity="progress", entity_id=step, reason=note)


def project_status(store: Store) -> tuple[StepStatus, ...]:
    """The state of every guided step, in order."""
    scheme = store.load_scheme()
    summary = store.summary()
    marked = {e.entity_id for e in store.audit_log(entity="progress")}
    out = []

    n_obj, n_persp = len(scheme.objectives), len({o.perspective for o in scheme.objectives})
    state: State = "done" if n_obj and n_persp >= 3 else ("started" if n_obj else "todo")
    out.append(_status("01_strategy", state, "progress.detail.strategy", objectives=n_obj, perspectives=n_persp))

    roles_with_duties = sum(1 for r in scheme.roles if r.responsibilities)
    state = (
        "todo"
        if not scheme.departments
        else ("done" if scheme.roles and roles_with_duties == len(scheme.roles) else "started")
    )
    out.append(_status("02_departments_and_jobs", state, "progress.detail.departments",
                       departments=len(scheme.departments), roles=len(scheme.roles), with_duties=roles_with_duties))  # fmt: skip

    roles_with_kpis = sum(1 for r in scheme.roles if scheme.kpis_of(r.id))
    state = "todo" if not scheme.kpis else ("done" if roles_with_kpis == len(scheme.roles) else "started")
    out.append(_status("03_indicator_suggestions", state, "progress.detail.indicators",
                       kpis=len(scheme.kpis), roles_with_kpis=roles_with_kpis, roles=len(scheme.roles)))  # fmt: skip

    state = "done" if "04_smart_and_balance" in marked else ("started" if scheme.kpis else "todo")
    out.append(
        _status(
            "04_smart_and_balance", state, "progress.detail.marked" if state == "done" else "progress.detail.not_marked"
        )
    )

    with_target = sum(1 for k in scheme.kpis if k.target is not None or k.target_range is not None)
    state = "todo" if not scheme.kpis else ("done" if with_target == len(scheme.kpis) else "started")
    out.append(_status("05_targets_and_achievability", state, "progress.detail.targets",
                       with_target=with_target, kpis=len(scheme.kpis)))  # fmt: skip

    state = "done" if summary["actuals"] else "todo"
    out.append(_status("06_data_and_evaluation", state, "progress.detail.actuals", actuals=summary["actuals"],
                       first=summary["first_period"] or "-", last=summary["last_period"] or "-"))  # fmt: skip

    for step in STEPS[6:]:
        state = "done" if step in marked else "todo"
        out.append(_status(step, state, "progress.detail.marked" if state == "done" else "progress.detail.not_marked"))
    return tuple(out)
