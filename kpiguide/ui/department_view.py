"""A department at a glance: mission, objectives served, roles with duties and KPIs."""

from __future__ import annotations

from html import escape

import ipywidgets as widgets

from kpiguide.core.i18n import t
from kpiguide.core.model import Scheme
from kpiguide.core.numbers import format_number

__all__ = ["DepartmentView", "render_department"]


def render_department(scheme: Scheme, department_id: str, lang: str) -> str:
    """HTML of one department of ``scheme`` (the caller checks the viewer may read it)."""
    dept = scheme.department(department_id)
    parts = [f"<h3 class='kpiguide-department-name'>{escape(dept.name)}</h3>"]
    if dept.mission:
        parts.append(f"<p><i>{escape(dept.mission)}</i></p>")
    objectives = [scheme.objective(o) for o in dept.objectives if o in {x.id for x in scheme.objectives}]
    if objectives:
        parts.append(f"<b>{escape(t('ui.dept.objectives', lang))}</b><ul>")
        parts += [f"<li>{escape(o.id)} · {escape(o.text)}</li>" for o in objectives]
        parts.append("</ul>")
    head = "".join(
        f"<th style='text-align:left;padding:2px 8px'>{escape(t(f'ui.kpi.{c}', lang))}</th>"
        for c in ("name", "objective", "weight", "target", "unit", "direction")
    )
    for role in scheme.roles_of(department_id):
        parts.append(f"<h4 class='kpiguide-role' data-role='{escape(role.id)}'>{escape(role.name)}</h4>")
        if role.responsibilities:
            parts.append(f"<b>{escape(t('ui.dept.duties', lang))}</b><ul>")
            parts += [f"<li>{escape(d)}</li>" for d in role.responsibilities]
            parts.append("</ul>")
        kpis = scheme.kpis_of(role.id)
        if not kpis:
            parts.append(f"<p>{escape(t('ui.dept.no_kpis', lang))}</p>")
            continue
        rows = "".join(
            f"<tr data-kpi='{escape(k.id)}'><td style='padding:2px 8px'>{escape(k.name)}</td>"
            f"<td style='padding:2px 8px'>{escape(k.objective or '')}</td>"
            f"<td style='padding:2px 8px;text-align:right'>{format_number(k.weight, missing='')}</td>"
            f"<td style='padding:2px 8px;text-align:right'>{format_number(k.target, missing='')}</td>"
            f"<td style='padding:2px 8px'>{escape(k.unit)}</td>"
            f"<td style='padding:2px 8px'>{escape(t(f'ui.direction.{k.direction.value}', lang))}</td></tr>"
            for k in kpis
        )
        parts.append(f"<table class='kpiguide-kpi-table'><tr>{head}</tr>{rows}</table>")
    return "".join(parts)


class DepartmentView(widgets.HTML):
    """Shows one department of a scheme; call :meth:`show` with a newer scheme to refresh."""

    def __init__(self, scheme: Scheme, department_id: str, lang: str = "zh") -> None:
        super().__init__()
        self.add_class("kpiguide-department-view")
        self.scheme = scheme
        self.department_id = department_id
        self.lang = lang
        self._render()

    def show(self, scheme: Scheme) -> None:
        self.scheme = scheme
        self._render()

    def refresh(self, scheme: Scheme) -> None:
        self.show(scheme)

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self._render()

    def _render(self) -> None:
        self.value = render_department(self.scheme, self.department_id, self.lang)
