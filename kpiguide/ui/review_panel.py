"""Leadership's (or HR's) decisions in the dashboard: review submitted departments, decide change requests.

Every decision is one engine call — :func:`kpiguide.design.cycle.review` (approve, or return with a
comment per KPI) and :func:`kpiguide.design.changes.decide_change` — made with the version the
reviewer looked at (``expected_version``), so when two reviewers decide at once one wins and the
other sees the conflict message; nothing is written for them.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

import ipywidgets as widgets

from kpiguide.core.errors import ConflictError, KpiGuideError
from kpiguide.core.i18n import t
from kpiguide.core.numbers import format_number
from kpiguide.design import changes, cycle
from kpiguide.project.access import Principal
from kpiguide.project.store import Store
from kpiguide.ui.cycle_summary import when_of, who_of
from kpiguide.ui.messages import MessagePanel

__all__ = ["ChangeDecision", "ChangeRequestsPanel", "DepartmentReview", "ReviewPanel"]

_WIDE = widgets.Layout(width="100%")


class DepartmentReview(widgets.VBox):
    """One submitted department: its KPIs, a comment box per KPI, an overall comment, approve / return."""

    def __init__(self, store: Store, principal: Principal, department: str, period: str, *, lang: str,
                 on_decided: Callable[[str, bool], None],
                 on_conflict: Callable[[str, ConflictError], None] | None = None) -> None:  # fmt: skip
        self.store, self.principal, self.department, self.period = store, principal, department, period
        self.lang = lang
        self._on_decided = on_decided
        self._on_conflict = on_conflict
        state = cycle.review_state(store, department, period) or {}
        self.version: int | None = state.get("version")  # what this reviewer looked at
        self._state = state
        scheme = store.load_scheme()
        self.kpis = scheme.kpis_of_department(department)
        self.heading = widgets.HTML()
        self.kpi_lines: dict[str, widgets.HTML] = {}
        self.kpi_comments: dict[str, widgets.Text] = {}
        rows: list[widgets.Widget] = []
        for kpi in self.kpis:  # the KPI beside its comment box on a desktop, above it on a phone
            line = widgets.HTML(layout=widgets.Layout(flex="1 1 20em"))
            box = widgets.Text(layout=widgets.Layout(flex="1 1 16em", width="auto"))
            box.add_class(f"kpiguide-kpi-comment-{kpi.id}")
            box.add_class("kpiguide-kpi-comment")
            self.kpi_lines[kpi.id], self.kpi_comments[kpi.id] = line, box
            row = widgets.HBox([line, box], layout=widgets.Layout(flex_flow="row wrap", align_items="center"))
            row.add_class("kpiguide-review-row")
            rows.append(row)
        self.comment = widgets.Textarea(layout=widgets.Layout(width="100%", height="4em"))
        self.comment.add_class("kpiguide-review-comment")
        self.approve_button = widgets.Button(button_style="success", icon="check")
        self.approve_button.add_class("kpiguide-approve")
        self.return_button = widgets.Button(button_style="warning", icon="undo")
        self.return_button.add_class("kpiguide-return")
        self.approve_button.on_click(lambda _b: self.decide(approve=True))
        self.return_button.on_click(lambda _b: self.decide(approve=False))
        self.message = MessagePanel(lang)
        buttons = widgets.HBox([self.approve_button, self.return_button])
        super().__init__([self.heading, *rows, self.comment, buttons, self.message])
        self.add_class("kpiguide-card")
        self.add_class("kpiguide-department-review")
        self.add_class(f"kpiguide-review-{department}")
        self.set_lang(lang)

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.message.set_lang(lang)
        scheme = self.store.load_scheme()
        dept = scheme.department(self.department)
        state = self._state
        note = state.get("note") or ""
        sub = t("uicyc.review.submitted", lang, by=who_of(state.get("by")), at=when_of(state.get("at")))
        self.heading.value = (
            f"<h4 style='margin:4px 0'>{escape(dept.name)} · {escape(self.period)}</h4>"
            f"<p style='color:#475467;margin:0'>{escape(sub)}</p>"
            + (f"<p style='margin:2px 0'>{escape(t('uicyc.review.note', lang, note=note))}</p>" if note else "")
        )
        for kpi in self.kpis:
            target = "—" if kpi.target is None else f"{format_number(kpi.target)} {kpi.unit}".strip()
            detail = t("uicyc.review.kpi_line", lang, role=scheme.role(kpi.role).name,
                       weight=format_number(kpi.weight), target=target)  # fmt: skip
            self.kpi_lines[
                kpi.id
            ].value = f"<b>{escape(kpi.name)}</b> <span style='color:#475467'>{escape(detail)}</span>"
            self.kpi_comments[kpi.id].placeholder = t("uicyc.review.kpi_comment", lang)
        self.comment.placeholder = t("uicyc.review.comment", lang)
        self.approve_button.description = t("uicyc.review.approve", lang)
        self.return_button.description = t("uicyc.review.return", lang)

    def decide(self, *, approve: bool) -> bool:
        """Approve or return through the cycle engine; True when it was recorded."""
        self.message.clear()
        comments = {k: box.value for k, box in self.kpi_comments.items() if box.value.strip()}
        try:
            cycle.review(self.store, self.principal, self.department, self.period, approve=approve,
                         comment=self.comment.value, kpi_comments=comments,
                         expected_version=self.version)  # fmt: skip
        except ConflictError as exc:
            if self._on_conflict is None:
                self.message.show_error(exc)
            else:
                self._on_conflict(self.department, exc)
            return False
        except KpiGuideError as exc:
            self.message.show_error(exc)
            return False
        self.approve_button.disabled = self.return_button.disabled = True
        self._on_decided(self.department, approve)
        return True


class ReviewPanel(widgets.VBox):
    """Every department submitted for the period, each with its review card; decisions refresh the page."""

    def __init__(self, store: Store, principal: Principal, *, period: str, lang: str,
                 on_change: Callable[[], None] = lambda: None) -> None:  # fmt: skip
        self.store, self.principal, self.period, self.lang = store, principal, period, lang
        self._on_change = on_change
        self.heading = widgets.HTML()
        self.message = MessagePanel(lang)
        self.message.add_class("kpiguide-review-message")
        self.cards: dict[str, DepartmentReview] = {}
        self.list = widgets.VBox()
        super().__init__([self.heading, self.message, self.list])
        self.add_class("kpiguide-review-panel")
        self.refresh()

    def set_period(self, period: str) -> None:
        self.period = period
        self.message.clear()
        self.refresh()

    def refresh(self) -> None:
        """Cards for the departments submitted now; a card is kept while its submission is the current one
        (what the reviewer typed stays), and rebuilt when the department was decided or resubmitted since."""
        status = cycle.cycle_status(self.store, self.period)
        submitted = [d["id"] for d in status["departments"] if d["stage"] == "submitted"]
        cards = {}
        for department in submitted:
            card = self.cards.get(department)
            current = (cycle.review_state(self.store, department, self.period) or {}).get("version")
            if card is None or card.version != current:
                card = DepartmentReview(self.store, self.principal, department, self.period, lang=self.lang,
                                        on_decided=self._decided, on_conflict=self._conflict)  # fmt: skip
            cards[department] = card
        self.cards = cards
        self.list.children = list(self.cards.values())
        self._heading()

    def _heading(self) -> None:
        html = f"<h3>{escape(t('uicyc.review.title', self.lang, n=len(self.cards)))}</h3>"
        if not self.cards:
            html += f"<p class='kpiguide-review-none'>{escape(t('uicyc.review.none', self.lang))}</p>"
        self.heading.value = html

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.message.set_lang(lang)
        for card in self.cards.values():
            card.set_lang(lang)
        self._heading()

    def _conflict(self, department: str, _exc: ConflictError) -> None:
        """Someone decided in between: say so, nothing was saved; show the current state."""
        name = self.store.load_scheme().department(department).name
        self.message.show(
            "warning", t("ui.title.warning", self.lang), t("uicyc.review.conflict", self.lang, department=name)
        )
        self.refresh()
        self._on_change()

    def _decided(self, department: str, approve: bool) -> None:
        name = self.store.load_scheme().department(department).name
        key = "uicyc.review.approved" if approve else "uicyc.review.returned"
        self.message.show("ok", t(key, self.lang, department=name))
        self.cards.pop(department, None)
        self.refresh()
        self._on_change()


class ChangeDecision(widgets.VBox):
    """One pending change request: what changes, from when and why; approve or reject."""

    def __init__(self, store: Store, principal: Principal, change: dict[str, Any], *, lang: str,
                 on_decided: Callable[[str, bool], None]) -> None:  # fmt: skip
        self.store, self.principal, self.change, self.lang = store, principal, change, lang
        self._on_decided = on_decided
        self.text = widgets.HTML()
        self.reason = widgets.Text(layout=_WIDE)
        self.reason.add_class("kpiguide-change-reason")
        self.approve_button = widgets.Button(button_style="success", icon="check")
        self.approve_button.add_class("kpiguide-change-approve")
        self.reject_button = widgets.Button(icon="times")
        self.reject_button.add_class("kpiguide-change-reject")
        self.approve_button.on_click(lambda _b: self.decide(approve=True))
        self.reject_button.on_click(lambda _b: self.decide(approve=False))
        self.message = MessagePanel(lang)
        super().__init__(
            [self.text, self.reason, widgets.HBox([self.approve_button, self.reject_button]), self.message]
        )
        self.add_class("kpiguide-card")
        self.add_class("kpiguide-change-request")
        self.add_class(f"kpiguide-change-{change['id']}")
        self.set_lang(lang)

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.message.set_lang(lang)
        c = self.change
        try:
            name = self.store.load_scheme().kpi(c["kpi"]).name
        except KeyError:
            name = c["kpi"]
        line = t("uicyc.changes.line", lang, kpi=name, field=t(f"uicyc.changes.field.{c['field']}", lang),
                 old=_value(c["old"]), new=_value(c["new"]), effective=c["effective"])  # fmt: skip
        why = t(
            "uicyc.changes.reason", lang, reason=c["reason"], by=who_of(c["proposed_by"]), at=when_of(c["proposed_at"])
        )
        self.text.value = f"<b>{escape(line)}</b><br><span style='color:#475467'>{escape(why)}</span>"
        self.reason.placeholder = t("uicyc.changes.decision", lang)
        self.approve_button.description = t("uicyc.changes.approve", lang)
        self.reject_button.description = t("uicyc.changes.reject", lang)

    def decide(self, *, approve: bool) -> bool:
        self.message.clear()
        try:
            changes.decide_change(self.store, self.principal, self.change["id"], approve=approve,
                                  reason=self.reason.value, expected_version=self.change["version"])  # fmt: skip
        except KpiGuideError as exc:
            self.message.show_error(exc)
            return False
        self.approve_button.disabled = self.reject_button.disabled = True
        self._on_decided(self.change["id"], approve)
        return True


def _value(value: Any) -> str:
    if isinstance(value, int | float) and not isinstance(value, bool):
        return format_number(value)
    if isinstance(value, dict):
        return "; ".join(f"{k}={v}" for k, v in value.items())
    return str(value)


class ChangeRequestsPanel(widgets.VBox):
    """Pending change requests of agreed KPIs (all periods), each decided on its own."""

    def __init__(self, store: Store, principal: Principal, *, lang: str,
                 on_change: Callable[[], None] = lambda: None) -> None:  # fmt: skip
        self.store, self.principal, self.lang = store, principal, lang
        self._on_change = on_change
        self.heading = widgets.HTML()
        self.message = MessagePanel(lang)
        self.message.add_class("kpiguide-changes-message")
        self.items: dict[str, ChangeDecision] = {}
        self.list = widgets.VBox()
        super().__init__([self.heading, self.message, self.list])
        self.add_class("kpiguide-change-requests")
        self.refresh()

    def refresh(self) -> None:
        pending = changes.changes(self.store, status="pending")
        self.items = {c["id"]: self.items.get(c["id"]) or ChangeDecision(self.store, self.principal, c,
                                                                           lang=self.lang, on_decided=self._decided)
                      for c in pending}  # fmt: skip
        self.list.children = list(self.items.values())
        self._heading()

    def _heading(self) -> None:
        html = f"<h3>{escape(t('uicyc.changes.title', self.lang, n=len(self.items)))}</h3>"
        if not self.items:
            html += f"<p class='kpiguide-changes-none'>{escape(t('uicyc.changes.none', self.lang))}</p>"
        self.heading.value = html

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.message.set_lang(lang)
        for item in self.items.values():
            item.set_lang(lang)
        self._heading()

    def _decided(self, change_id: str, approve: bool) -> None:
        key = "uicyc.changes.approved" if approve else "uicyc.changes.rejected"
        self.message.show("ok", t(key, self.lang, change=change_id))
        self.items.pop(change_id, None)
        self.refresh()
        self._on_change()
