"""The monthly check-in of one KPI in "My KPIs": month, confidence, a note, and the history below.

Recording is :func:`kpiguide.design.checkins.record_checkin` (value to date from the actuals, access
check, audit); the history is :func:`kpiguide.design.checkins.checkins`.
"""

from __future__ import annotations

import datetime as dt
from html import escape
from typing import Any

import ipywidgets as widgets

from kpiguide.core.errors import KpiGuideError
from kpiguide.core.i18n import t
from kpiguide.core.model import Period
from kpiguide.core.numbers import format_number
from kpiguide.design.checkins import CONFIDENCE, checkins, record_checkin
from kpiguide.project.access import Principal
from kpiguide.project.store import Store
from kpiguide.ui.messages import MessagePanel

__all__ = ["CheckinForm", "default_month", "history_html"]


def default_month(period: Period, today: dt.date | None = None) -> str:
    """This month when it lies in ``period``, else the period's nearest month."""
    months = period.month_periods()
    today = today or dt.date.today()
    inside = [m for m in months if m.start <= today]
    return str(inside[-1] if inside else months[0])


def history_html(rows: list[dict[str, Any]], lang: str) -> str:
    title = f"<b>{escape(t('uicyc.checkin.history', lang))}</b>"
    if not rows:
        return (
            f"{title}<p class='kpiguide-checkins-none' style='margin:2px 0'>{escape(t('uicyc.checkin.none', lang))}</p>"
        )
    items = []
    for r in reversed(rows):  # newest first
        value = "—" if r.get("value_to_date") is None else format_number(r["value_to_date"])
        line = t("uicyc.checkin.line", lang, period=r["period"], value=value,
                 confidence=t(f"checkins.confidence.{r['confidence']}", lang))  # fmt: skip
        note = f"<br><i>{escape(r['note'])}</i>" if r.get("note") else ""
        items.append(
            f"<li class='kpiguide-checkin' data-confidence='{escape(r['confidence'])}'>{escape(line)}{note}</li>"
        )
    return f"{title}<ul class='kpiguide-checkins' style='margin:2px 0;padding-left:1.2em'>{''.join(items)}</ul>"


class CheckinForm(widgets.VBox):
    """Check in on one KPI (the employee's own, or as their head): month, confidence, note, history."""

    def __init__(self, store: Store, principal: Principal, employee: str, kpi: str, period: Period | str,
                 *, lang: str = "zh") -> None:  # fmt: skip
        self.store, self.principal, self.employee, self.kpi = store, principal, employee, kpi
        self.period = Period.parse(period)
        self.lang = lang
        self.heading = widgets.HTML()
        months = [str(m) for m in self.period.month_periods()]
        self.month = widgets.Dropdown(options=months, value=default_month(self.period))
        self.month.add_class("kpiguide-checkin-month")
        self.confidence = widgets.Dropdown(options=list(CONFIDENCE), value="on_track")
        self.confidence.add_class("kpiguide-checkin-confidence")
        self.note = widgets.Textarea(layout=widgets.Layout(width="100%", height="3.5em"))
        self.note.add_class("kpiguide-checkin-note")
        self.button = widgets.Button(icon="check", button_style="info")
        self.button.add_class("kpiguide-checkin-save")
        self.button.on_click(lambda _b: self.save())
        self.message = MessagePanel(lang)
        self.history = widgets.HTML()
        self.history.add_class("kpiguide-checkin-history")
        super().__init__([self.heading, self.month, self.confidence, self.note, self.button, self.message,
                          self.history])  # fmt: skip
        self.add_class("kpiguide-checkin-form")
        self.add_class(f"kpiguide-checkin-{kpi}")
        self.set_lang(lang)

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.message.set_lang(lang)
        self.heading.value = f"<h4 style='margin:6px 0 2px'>{escape(t('uicyc.checkin.title', lang))}</h4>"
        self.month.description = t("uicyc.checkin.month", lang)
        value = self.confidence.value or "on_track"
        self.confidence.options = [(t(f"checkins.confidence.{c}", lang), c) for c in CONFIDENCE]
        self.confidence.value = value
        self.confidence.description = t("uicyc.checkin.confidence", lang)
        self.note.placeholder = t("uicyc.checkin.note", lang)
        self.button.description = t("uicyc.checkin.save", lang)
        self.draw_history()

    def draw_history(self) -> None:
        self.history.value = history_html(checkins(self.store, employee=self.employee, kpi=self.kpi), self.lang)

    def save(self) -> bool:
        self.message.clear()
        try:
            saved = record_checkin(self.store, self.principal, employee=self.employee, kpi=self.kpi,
                                   period=self.month.value, confidence=self.confidence.value,
                                   note=self.note.value)  # fmt: skip
        except KpiGuideError as exc:
            self.message.show_error(exc)
            return False
        self.note.value = ""
        self.draw_history()
        confidence = t(f"checkins.confidence.{saved['confidence']}", self.lang)
        self.message.show("ok", t("uicyc.checkin.saved", self.lang, confidence=confidence))
        return True
