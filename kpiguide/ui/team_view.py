"""The head's team view: each employee's agreement stage (with countersigning) and check-ins per KPI.

Rows come from :func:`kpiguide.design.cycle.employee_stage` and
:func:`kpiguide.design.checkins.team_view`; countersigning is :func:`kpiguide.design.cycle.countersign`.
"""

from __future__ import annotations

from html import escape
from typing import Any

import ipywidgets as widgets

from kpiguide.core.i18n import t
from kpiguide.core.model import Period
from kpiguide.core.numbers import format_number
from kpiguide.design import checkins, cycle
from kpiguide.ui.app_shell import html_table
from kpiguide.ui.context import AppContext, run_action
from kpiguide.ui.messages import MessagePanel

__all__ = ["TeamView"]

_CONFIDENCE_COLOUR = {"on_track": "#054f31", "at_risk": "#b54708", "off_track": "#b42318"}


class TeamView(widgets.VBox):
    """Agreements and check-ins of the employees of the head's department for ``period``."""

    def __init__(self, context: AppContext, department: str, period: Period, role: str | None = None) -> None:
        self.context = context
        self.role = role  # show the employees of this role (None: the whole department)
        self.department = department
        self.period = period
        self.lang = context.lang
        self.agreements = widgets.HTML()
        self.agreements.add_class("kpiguide-team-agreements")
        self.countersign_choice = widgets.Dropdown(layout=widgets.Layout(width="40%"))
        self.countersign_button = widgets.Button(icon="pencil")
        self.countersign_button.add_class("kpiguide-countersign")
        self.countersign_button.on_click(lambda _b: self.countersign())
        self.message = MessagePanel(self.lang)
        self.checkins = widgets.HTML()
        self.checkins.add_class("kpiguide-team-checkins")
        self.sign_row = widgets.HBox([self.countersign_choice, self.countersign_button])
        super().__init__([self.checkins, self.agreements, self.sign_row, self.message])
        self.add_class("kpiguide-team-view")
        self.refresh()

    def refresh(self) -> None:
        store, lang = self.context.store, self.lang
        scheme = store.load_scheme()
        team = [e for e in scheme.employees_of(self.department) if self.role is None or e.role == self.role]
        stages = [cycle.employee_stage(store, scheme, e.id, self.period) for e in team]
        names = {e.id: e.name for e in scheme.employees}
        rows = [
            [
                escape(names[s["id"]]),
                escape(t(f"cycle.stage.{s['stage']}", lang)),
                escape(s.get("countersigned_by") or ""),
            ]
            for s in stages
        ]
        heading = f"<h4>{escape(t('uid.team.agreements', lang))}</h4>"
        headers = [t(f"uid.team.col.{c}", lang) for c in ("employee", "stage", "countersigned")]
        self.agreements.value = heading + (
            html_table(headers, rows, "kpiguide-agreements-table") if rows else escape(t("uid.team.none", lang))
        )
        to_sign = [
            (names[s["id"]], s["id"]) for s in stages if s["stage"] != "returned" and _signable(store, s, self.period)
        ]
        kept = self.countersign_choice.value
        self.countersign_choice.options = to_sign
        ids = [v for _, v in to_sign]
        self.countersign_choice.value = kept if kept in ids else (ids[0] if ids else None)
        self.sign_row.layout.display = "" if to_sign else "none"
        self.countersign_button.description = t("uid.team.countersign", lang)
        self._render_checkins()

    def _render_checkins(self) -> None:
        lang = self.lang
        rows = checkins.team_view(self.context.store, self.context.principal, self.department, self.period)
        if self.role is not None:
            scheme = self.context.store.load_scheme()
            mine = {e.id for e in scheme.employees_of(self.department) if e.role == self.role}
            rows = [r for r in rows if r["employee"] in mine]
        body = []
        for r in rows:
            confidence = r["confidence"]
            label = t(f"checkins.confidence.{confidence}", lang) if confidence else t("uid.team.not_checked", lang)
            colour = _CONFIDENCE_COLOUR.get(confidence or "", "#667085")
            body.append([
                escape(r["name"]), escape(r["kpi_name"]), _number(r["target"]), _number(r["value_to_date"]),
                f"<span style='color:{colour}' data-confidence='{escape(confidence or '')}'>{escape(label)}</span>",
                escape(r["note"] or ""),
            ])  # fmt: skip
        headers = [t(f"uid.team.col.{c}", lang) for c in ("employee", "kpi", "target", "value", "confidence", "note")]
        heading = f"<h4>{escape(t('uid.team.checkins', lang, period=str(self.period)))}</h4>"
        self.checkins.value = heading + (
            html_table(headers, body, "kpiguide-checkins-table") if body else escape(t("uid.team.none", lang))
        )

    def show_role(self, role: str | None) -> None:
        self.role = role
        self.refresh()

    def countersign(self) -> None:
        employee = self.countersign_choice.value
        if employee is None:
            return
        store, principal = self.context.store, self.context.principal
        ok, _ = run_action(
            lambda: cycle.countersign(store, principal, employee, self.period),
            self.message, self.lang, "uid.team.countersigned", employee=employee,
        )  # fmt: skip
        if ok:
            self.refresh()

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.message.set_lang(lang)
        self.refresh()


def _number(value: Any) -> str:
    return "" if value is None else escape(format_number(value))


def _signable(store: Any, stage: dict[str, Any], period: Period) -> bool:
    state = cycle.agreement_state(store, stage["id"], period) or {}
    return state.get("stage") == "agreed" and not state.get("countersigned_by")
