"""The dashboard's summary of a period: every department's stage, KPIs at risk, the reminders list.

Stages come from :func:`kpiguide.design.cycle.cycle_status`, KPIs at risk from
:func:`kpiguide.design.checkins.at_risk` and open tasks from
:func:`kpiguide.design.reminders.reminders` — this module only draws them.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Mapping
from html import escape
from typing import Any

import ipywidgets as widgets

from kpiguide.core.i18n import t
from kpiguide.core.model import Period
from kpiguide.core.numbers import format_number
from kpiguide.design import cycle
from kpiguide.design.checkins import at_risk
from kpiguide.design.reminders import Reminder, reminders
from kpiguide.project.store import Store

__all__ = [
    "CycleSummary",
    "period_choices",
    "reminders_html",
    "risk_html",
    "stage_badge",
    "status_html",
    "when_of",
    "who_of",
]


def who_of(actor: str | None) -> str:
    """An audit actor without its invite id (``head:sales#4f…`` → ``head:sales``)."""
    return str(actor or "").split("#", 1)[0]


def when_of(at: str | None) -> str:
    """An ISO timestamp to the minute, as people read it (``2026-12-04 10:39``)."""
    return str(at or "")[:16].replace("T", " ")


def stage_badge(stage: str, lang: str) -> str:
    return (
        f"<span class='kpiguide-stage kpiguide-stage-{escape(stage)}'>{escape(t(f'cycle.stage.{stage}', lang))}</span>"
    )


def period_choices(store: Store, today: dt.date | None = None) -> list[str]:
    """Periods to show: every period with a review, and the default one (newest first)."""
    periods = {str(cycle.default_period(store, today))}
    periods |= {str(r.data["period"]) for r in store.list_records(cycle.REVIEW_KIND) if r.data.get("period")}
    return sorted(periods, key=Period.parse, reverse=True)


def _table(headers: Iterable[str], rows: Iterable[Iterable[str]], css: str) -> str:
    head = "".join(f"<th style='text-align:left;padding:4px 8px'>{escape(h)}</th>" for h in headers)
    body = "".join("<tr>" + "".join(f"<td style='padding:4px 8px'>{c}</td>" for c in row) + "</tr>" for row in rows)
    return f"<div class='kpiguide-scroll'><table class='{css}'><tr>{head}</tr>{body}</table></div>"


def status_html(status: Mapping[str, Any], names: Mapping[str, str], lang: str) -> str:
    """Counts in one sentence, then one row per department: stage, employees confirmed, last step, comment."""
    departments = status["departments"]
    stages = [d["stage"] for d in departments]
    agreed = sum(e["stage"] in ("agreed", "in_progress", "closed") for e in status["employees"])
    counts = t("uicyc.summary.counts", lang, departments=len(departments),
               approved=sum(s in ("approved", "agreed", "in_progress", "closed") for s in stages),
               submitted=stages.count("submitted"), returned=stages.count("returned"), agreed=agreed,
               employees=len(status["employees"]))  # fmt: skip
    rows = []
    for d in departments:
        changed = f" <i>{escape(t('uicyc.status.changed', lang))}</i>" if d["changed_since"] else ""
        last = " · ".join(escape(v) for v in (who_of(d["by"]), when_of(d["at"])) if v)
        rows.append(
            [
                escape(names.get(d["id"], d["id"])),
                f"<span data-department='{escape(d['id'])}' data-stage='{escape(d['stage'])}' "
                f"class='kpiguide-cycle-stage'>{stage_badge(d['stage'], lang)}</span>{changed}",
                f"{d['agreed']} / {d['employees']}",
                last or "—",
                escape(d["comment"] or ""),
            ]
        )
    headers = [t(f"uicyc.status.{k}", lang) for k in ("department", "stage", "agreed", "last", "comment")]
    return (
        f"<h3>{escape(t('uicyc.status.title', lang))}</h3><p class='kpiguide-cycle-counts'>{escape(counts)}</p>"
        + _table(headers, rows, "kpiguide-cycle-status")
    )


def risk_html(rows: list[dict[str, Any]], names: Mapping[str, str], lang: str) -> str:
    """KPIs whose latest check-in says at risk or off track, worst first."""
    title = f"<h3>{escape(t('uicyc.risk.title', lang, n=len(rows)))}</h3>"
    if not rows:
        return title + f"<p class='kpiguide-risk-none'>{escape(t('uicyc.risk.none', lang))}</p>"
    items = []
    for r in rows:
        colour = "#b42318" if r["confidence"] == "off_track" else "#b54708"
        line = t("uicyc.risk.line", lang, name=r["name"], department=names.get(r["department"], r["department"]),
                 kpi=r["kpi_name"], confidence=t(f"checkins.confidence.{r['confidence']}", lang))  # fmt: skip
        value = t("uicyc.risk.value", lang, value=_num(r.get("value_to_date")), target=_num(r.get("target")))
        note = f"<br><i>{escape(r['note'])}</i>" if r.get("note") else ""
        items.append(
            f"<li class='kpiguide-risk' data-employee='{escape(r['employee'])}' data-kpi='{escape(r['kpi'])}'>"
            f"<span style='color:{colour};font-weight:600'>{escape(line)}</span> · {escape(value)} · "
            f"{escape(r['period'])}{note}</li>"
        )
    return title + "<ul class='kpiguide-risk-list'>" + "".join(items) + "</ul>"


def _num(value: Any) -> str:
    return "—" if value is None else format_number(value)


def _who(reminder: Reminder, lang: str) -> str:
    if reminder.role == "leadership":
        return t("uicyc.reminders.leadership", lang)
    if reminder.role == "head":
        return t("uicyc.reminders.head", lang, department=reminder.department_name)
    return f"{reminder.name} ({reminder.department_name})"


def _due(due: str | None, overdue: bool, lang: str) -> str:
    if due is None:
        return escape(t("uicyc.reminders.no_due", lang))
    if overdue:
        return f"<span class='kpiguide-overdue'>{escape(due)} · {escape(t('uicyc.reminders.overdue', lang))}</span>"
    return escape(due)


def reminders_html(items: list[Reminder], lang: str) -> str:
    """The open tasks of the period: one line per stage (people, due date, overdue), everyone's list folded."""
    title = f"<h3>{escape(t('uicyc.reminders.title', lang, n=len(items)))}</h3>"
    if not items:
        return title + f"<p class='kpiguide-reminders-none'>{escape(t('uicyc.reminders.none', lang))}</p>"
    stages: dict[str, list[Reminder]] = {}
    for r in items:
        stages.setdefault(r.stage, []).append(r)
    summary = [
        [f"<span class='kpiguide-reminder-stage' data-stage='{escape(stage)}'>"
         f"{escape(t(f'uicyc.reminders.stage.{stage}', lang))}</span>", str(len(group)),
         _due(group[0].due, group[0].overdue, lang), str(sum(r.overdue for r in group))]
        for stage, group in stages.items()
    ]  # fmt: skip
    headers = [t(f"uicyc.reminders.{k}", lang) for k in ("stage", "people", "due", "late")]
    rows = []
    for r in items:
        task = t(f"reminders.task.{r.stage}", lang, period=r.period, count=r.count, name=r.name or r.person,
                 department=r.department_name or r.department or "")  # fmt: skip
        if r.due is None:
            due = escape(t("uicyc.reminders.no_due", lang))
        elif r.overdue:
            due = (
                f"<span class='kpiguide-overdue'>{escape(r.due)} · {escape(t('uicyc.reminders.overdue', lang))}</span>"
            )
        else:
            due = escape(r.due)
        rows.append([f"<span data-person='{escape(r.person)}' data-stage='{escape(r.stage)}' class='kpiguide-reminder'>"
                     f"{escape(_who(r, lang))}</span>", escape(task), due])  # fmt: skip
    everyone = [t(f"uicyc.reminders.{k}", lang) for k in ("who", "task", "due")]
    return (
        title
        + _table(headers, summary, "kpiguide-reminders-summary")
        + f"<details><summary>{escape(t('uicyc.reminders.all', lang, n=len(items)))}</summary>"
        + _table(everyone, rows, "kpiguide-reminders")
        + "</details>"
    )


class CycleSummary:
    """Stage of every department, KPIs at risk and reminders for the chosen period (redrawn by :meth:`refresh`).

    The three parts are separate widgets (``status``, ``risk``, ``reminders``) so that the page can put
    the review cards between them.
    """

    def __init__(self, store: Store, *, lang: str = "zh", period: str) -> None:
        self.store = store
        self.lang = lang
        self.period = period
        self.status = widgets.HTML()
        self.status.add_class("kpiguide-cycle-status-box")
        self.risk = widgets.HTML()
        self.risk.add_class("kpiguide-at-risk")
        self.reminders = widgets.HTML()
        self.reminders.add_class("kpiguide-reminders-box")
        self.refresh()

    def set_period(self, period: str) -> None:
        self.period = period
        self.refresh()

    def set_lang(self, lang: str) -> None:
        """Redraw in ``lang`` from the figures already read (the language changes no figure)."""
        self.lang = lang
        self._render()

    def refresh(self) -> None:
        """Read the cycle's figures from the project again and redraw."""
        scheme = self.store.load_scheme()
        self._names = {d.id: d.name for d in scheme.departments}
        self._status = cycle.cycle_status(self.store, self.period)
        self._risk = at_risk(self.store, self.period)
        self._reminders = reminders(self.store, self.period)
        self._render()

    def _render(self) -> None:
        self.status.value = status_html(self._status, self._names, self.lang)
        self.risk.value = risk_html(self._risk, self._names, self.lang)
        self.reminders.value = reminders_html(self._reminders, self.lang)
