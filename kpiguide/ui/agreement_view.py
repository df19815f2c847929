"""An employee's performance agreement in "My KPIs": read it, confirm it or propose a change, download it.

What each KPI shows (definition, formula, data source, weight, target with floor and stretch, scoring
rule, how it derives from the strategy) and the adjustment rules are the printable agreement's own
data, :func:`kpiguide.deliverables.agreement.agreement_data`; the stage is
:func:`kpiguide.design.cycle.employee_stage`; confirming is :func:`kpiguide.design.cycle.confirm` and
proposing a change :func:`kpiguide.design.cycle.propose_instead`.  Definitions come from the
indicator catalog, which loads in the background on a page (the rest shows at once).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Mapping
from html import escape
from typing import Any

import ipywidgets as widgets

from kpiguide.core.errors import KpiGuideError
from kpiguide.core.i18n import t
from kpiguide.core.model import Period
from kpiguide.core.numbers import format_number
from kpiguide.deliverables.agreement import agreement_data, render_agreement_html
from kpiguide.design import changes, cycle
from kpiguide.project.access import Principal
from kpiguide.project.store import Store
from kpiguide.ui.background import BackgroundTask
from kpiguide.ui.download import DownloadLink
from kpiguide.ui.messages import MessagePanel

__all__ = ["AgreementView", "employee_period", "kpi_fields_html"]

CONFIRMABLE = ("approved",)
LOCKED = ("agreed", "in_progress", "closed")


def employee_period(store: Store, employee_department: str, today: dt.date | None = None) -> Period:
    """The period an employee's agreement is about: their department's latest review, else the open one."""
    state = cycle.review_state(store, employee_department)
    if state is not None and state.get("period"):
        return Period.parse(state["period"])
    return cycle.default_period(store, today)


def kpi_fields_html(row: Mapping[str, Any], lang: str, *, locked: bool = False) -> str:
    """One KPI of the agreement, one line per field (label beside the value on a desktop, above it on a phone)."""
    tr = "cycle.agreement"
    target = f"{row['target']} {row['unit']}".strip() if row["target"] else "—"
    floor_stretch = f"{row['floor'] or '—'} / {row['stretch'] or '—'}"
    fields = [
        (t("uicyc.agreement.definition", lang), row["definition"] or "—"),
        (t("ui.mykpis.formula", lang), row["formula"] or "—"),
        (t("ui.kpi.data_source", lang), row["data_source"] or "—"),
        (t("uicyc.agreement.weight", lang), format_number(row["weight"])),
        (t("uicyc.agreement.target", lang), target),
        (t("uicyc.agreement.floor_stretch", lang), floor_stretch),
        (t("uicyc.agreement.direction", lang), f"{row['direction']} · {row['frequency']}"),
        (t("ui.kpi.scoring_rule", lang), row["scoring"]),
        (t(f"{tr}.derivation", lang), row["derivation"]),
    ]
    badge = f" <span class='kpiguide-stage kpiguide-stage-agreed'>{escape(t('uicyc.agreement.locked', lang))}</span>"
    body = "".join(
        f"<div class='kpiguide-field'><span class='kpiguide-field-label'>{escape(k)}</span>"
        f"<span class='kpiguide-field-value'>{escape(str(v))}</span></div>"
        for k, v in fields
    )
    return (
        f"<h3 style='margin:4px 0'>{escape(row['name'])}{badge if locked else ''}</h3>"
        f"<div class='kpiguide-fields kpiguide-agreement-kpi' data-kpi='{escape(row['id'])}'>{body}</div>"
    )


class AgreementView:
    """The agreement's parts for the page: ``banner`` (stage, what to do), per-KPI HTML, ``footer``
    (adjustment rules, approved changes, confirm / propose, downloads)."""

    def __init__(self, store: Store, principal: Principal, employee: str, period: Period | str, *, lang: str,
                 threaded: bool = False, on_change: Callable[[], None] = lambda: None) -> None:  # fmt: skip
        self.store, self.principal, self.employee = store, principal, employee
        self.period = Period.parse(period)
        self.lang = lang
        self._on_change = on_change
        self._catalog: Any = None
        self.data: dict[str, Any] = {}
        self.stage = "draft"
        self.banner = widgets.HTML()
        self.banner.add_class("kpiguide-agreement-banner")
        self.kpis: dict[str, widgets.HTML] = {}
        scheme = store.load_scheme()
        for kpi in scheme.kpis_of(scheme.employee(employee).role):
            self.kpis[kpi.id] = widgets.HTML()
            self.kpis[kpi.id].add_class(f"kpiguide-agreement-{kpi.id}")
        self.rules = widgets.HTML()
        self.rules.add_class("kpiguide-agreement-rules")
        self.actions_title = widgets.HTML()
        self.comment = widgets.Text(layout=widgets.Layout(width="100%"))
        self.comment.add_class("kpiguide-confirm-comment")
        self.confirm_button = widgets.Button(button_style="success", icon="check")
        self.confirm_button.add_class("kpiguide-confirm")
        self.reason = widgets.Textarea(layout=widgets.Layout(width="100%", height="5em"))
        self.reason.add_class("kpiguide-propose-reason")
        self.propose_button = widgets.Button(icon="pencil")
        self.propose_button.add_class("kpiguide-propose")
        self.confirm_button.on_click(lambda _b: self.confirm())
        self.propose_button.on_click(lambda _b: self.propose())
        self.actions = widgets.VBox([self.comment, self.confirm_button, self.reason, self.propose_button])
        self.actions.add_class("kpiguide-agreement-actions")
        self.message = MessagePanel(lang)
        self.html_button = widgets.Button(icon="print")
        self.html_button.add_class("kpiguide-agreement-html")
        self.html_button.on_click(lambda _b: self.prepare_download())
        self.download = DownloadLink()
        self.task = BackgroundTask(threaded=threaded)
        # the catalog's loading is not shown: the definitions simply appear when it is there
        self.footer = widgets.VBox([self.rules, self.actions_title, self.actions, self.message, self.html_button,
                                    self.download])  # fmt: skip
        self.footer.add_class("kpiguide-card")
        self.footer.add_class("kpiguide-agreement-footer")
        self.render()
        self.task.start(lambda _p: _load_catalog(), self._catalog_loaded, lambda _exc: None)

    def _catalog_loaded(self, catalog: Any) -> None:
        self._catalog = catalog
        self.render()

    def kpi_widget(self, kpi_id: str) -> widgets.HTML:
        """The agreement's card of one KPI (filled by :meth:`render`)."""
        return self.kpis[kpi_id]

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.message.set_lang(lang)
        self.render()

    def render(self) -> None:
        """Redraw from the store: stage, every KPI, rules, what can be done now."""
        store, lang = self.store, self.lang
        scheme = store.load_scheme()
        state = cycle.agreement_state(store, self.employee, self.period)
        approved = [c for c in changes.changes(store, status="approved") if c.get("period") == str(self.period)]
        self.data = agreement_data(scheme, self.employee, self.period, lang=lang, state=state, changes=approved,
                                   catalog=self._catalog)  # fmt: skip
        self.stage = cycle.employee_stage(store, scheme, self.employee, self.period)["stage"]
        locked = self.stage in LOCKED
        rows = {row["id"]: row for row in self.data["kpis"]}
        for kpi_id, box in self.kpis.items():
            box.value = kpi_fields_html(rows[kpi_id], lang, locked=locked) if kpi_id in rows else ""
        heading = t("uicyc.agreement.heading", lang, title=self.data["title"], period=self.data["period"])
        stage = t("uicyc.agreement.stage", lang, stage="")
        self.banner.value = (
            f"<p style='margin:4px 0'><b>{escape(heading)}</b> ({escape(self.data['period_span'])})</p>"
            f"<div class='kpiguide-todo' data-stage='{escape(self.stage)}'>{escape(stage)}"
            f"<span class='kpiguide-stage kpiguide-stage-{escape(self.stage)}'>"
            f"{escape(t(f'cycle.stage.{self.stage}', lang))}</span><br>"
            f"{escape(t(f'uicyc.agreement.todo.{self.stage}', lang))}</div>"
        )
        self._render_footer(lang)

    def _render_footer(self, lang: str) -> None:
        tr = "cycle.agreement"
        blocks = [f"<h3>{escape(t(f'{tr}.rules', lang))}</h3><ul>"
                  + "".join(f"<li>{escape(r)}</li>" for r in self.data["rules"]) + "</ul>"]  # fmt: skip
        if self.data["changes"]:
            blocks.append(f"<h4>{escape(t(f'{tr}.changes', lang))}</h4><ul>"
                          + "".join(f"<li>{escape(c)}</li>" for c in self.data["changes"]) + "</ul>")  # fmt: skip
        signed = [self.data["confirmed"], self.data["countersigned"]]
        blocks.append("<p class='kpiguide-agreement-confirmed'>" + "<br>".join(escape(s) for s in signed if s) + "</p>")
        self.rules.value = "".join(blocks)
        self.actions_title.value = f"<h3>{escape(t('uicyc.agreement.actions', lang))}</h3>"
        can_act = self.stage in CONFIRMABLE
        self.actions.layout.display = None if can_act else "none"
        self.actions_title.layout.display = None if can_act else "none"
        self.comment.placeholder = t("uicyc.agreement.comment", lang)
        self.confirm_button.description = t("uicyc.agreement.confirm", lang)
        self.reason.placeholder = t("uicyc.agreement.reason", lang)
        self.propose_button.description = t("uicyc.agreement.propose", lang)
        self.html_button.description = t("uicyc.agreement.print", lang)

    def confirm(self) -> bool:
        return self._act(lambda: cycle.confirm(self.store, self.principal, self.employee, self.period,
                                               self.comment.value), "uicyc.agreement.confirmed_ok")  # fmt: skip

    def propose(self) -> bool:
        return self._act(lambda: cycle.propose_instead(self.store, self.principal, self.employee, self.period,
                                                       self.reason.value), "uicyc.agreement.proposed_ok")  # fmt: skip

    def _act(self, action: Callable[[], Any], ok_key: str) -> bool:
        self.message.clear()
        try:
            action()
        except KpiGuideError as exc:
            self.message.show_error(exc)
            return False
        self.comment.value = self.reason.value = ""
        self.render()
        self.message.show("ok", t(ok_key, self.lang))
        self._on_change()
        return True

    def prepare_download(self) -> None:
        """The printable agreement (HTML with print CSS) as a download link."""
        html = render_agreement_html(self.data)
        name = f"agreement_{self.employee}_{self.period}_{self.lang}.html"
        self.download.set_file(name, html.encode("utf-8"), label=t("uicyc.agreement.print", self.lang))


def _load_catalog() -> Any:
    from kpiguide.catalog import load_catalog  # the catalog is large: loaded off the page's first paint

    return load_catalog()
