"""Department and role editor with job analysis: paste a job description, get duty statements, edit, save."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from html import escape
from typing import Any

import ipywidgets as widgets

from kpiguide.core.i18n import t
from kpiguide.core.model import Department, Role, Scheme
from kpiguide.design.forms import department_from_form, role_from_form
from kpiguide.design.jobs import split_duties
from kpiguide.ui.context import PanelHost
from kpiguide.ui.department_view import DepartmentView
from kpiguide.ui.messages import MessagePanel
from kpiguide.ui.scheme_value import SchemeValue

__all__ = ["RoleEditor", "role_editor"]

NEW = "__new__"
SaveAction = Callable[[dict[str, Any], Any, "int | None"], None]


class RoleEditor(SchemeValue, widgets.VBox):
    """Edit departments (name, mission, objectives served) and their roles (name, duty statements).

    ``value`` is the scheme shown.  ``versions(entity)`` returns stored versions;
    ``on_save_department`` / ``on_save_role`` get ``(values, base or None, version)``;
    ``split(text)`` turns a pasted job description into duties (default
    :func:`kpiguide.design.jobs.split_duties`).
    """

    def __init__(
        self,
        scheme: Scheme,
        *,
        versions: Callable[[str], Mapping[str, int]] | None = None,
        lang: str = "zh",
        on_save_department: SaveAction | None = None,
        on_save_role: SaveAction | None = None,
        split: Callable[[str], list[str]] = split_duties,
    ) -> None:
        self.lang = lang
        self._scheme = scheme
        self._versions = versions or (lambda _entity: {})
        self._on_save_department = on_save_department
        self._on_save_role = on_save_role
        self._split = split
        style = {"description_width": "9em"}
        wide = widgets.Layout(width="90%")
        # department form
        self.department = widgets.Dropdown(style=style, layout=wide)
        self.department_id = widgets.Text(style=style)
        self.department_name = widgets.Text(style=style, layout=wide)
        self.mission = widgets.Text(style=style, layout=wide)
        self.objectives = widgets.SelectMultiple(style=style, layout=widgets.Layout(width="90%", height="8em"))
        self.save_department_button = widgets.Button(icon="save", button_style="primary")
        self.save_department_button.add_class("kpiguide-save-department")
        self.department_message = MessagePanel(lang)
        # role form
        self.role = widgets.Dropdown(style=style, layout=wide)
        self.role_id = widgets.Text(style=style)
        self.role_name = widgets.Text(style=style, layout=wide)
        self.job_description = widgets.Textarea(style=style, layout=widgets.Layout(width="90%", height="7em"))
        self.split_button = widgets.Button(icon="cut")
        self.split_button.add_class("kpiguide-split-duties")
        self.duties = widgets.Textarea(style=style, layout=widgets.Layout(width="90%", height="9em"))
        self.save_role_button = widgets.Button(icon="save", button_style="primary")
        self.save_role_button.add_class("kpiguide-save-role")
        self.role_message = MessagePanel(lang)
        self.headings = {k: widgets.HTML() for k in ("department", "role", "preview")}
        self.view = (
            DepartmentView(scheme, scheme.departments[0].id if scheme.departments else "", lang)
            if scheme.departments
            else widgets.HTML()
        )
        self.preview = widgets.VBox([self.view])
        self.department.observe(lambda _c: self._load_department(), names="value")
        self.role.observe(lambda _c: self._load_role(), names="value")
        self.split_button.on_click(lambda _b: self._split_text())
        self.save_department_button.on_click(lambda _b: self._save_department())
        self.save_role_button.on_click(lambda _b: self._save_role())
        box = widgets.Layout(border="1px solid #d0d5dd", padding="6px 10px", margin="6px 0")
        dept_form = widgets.VBox(
            [self.headings["department"], self.department, self.department_id, self.department_name, self.mission,
             self.objectives, self.save_department_button, self.department_message], layout=box,
        )  # fmt: skip
        role_form = widgets.VBox(
            [self.headings["role"], self.role, self.role_id, self.role_name, self.job_description, self.split_button,
             self.duties, self.save_role_button, self.role_message], layout=box,
        )  # fmt: skip
        super().__init__([dept_form, role_form, self.headings["preview"], self.preview])
        self.add_class("kpiguide-role-editor")
        self.set_lang(lang)

    # -- value -----------------------------------------------------------------------------------

    @property
    def department_form(self) -> dict[str, Any]:
        return {"id": self.department_id.value, "name": self.department_name.value, "mission": self.mission.value,
                "objectives": list(self.objectives.value)}  # fmt: skip

    @property
    def role_form(self) -> dict[str, Any]:
        return {"id": self.role_id.value, "name": self.role_name.value, "department": self.department.value,
                "duties": self.duties.value, "job_description": self.job_description.value}  # fmt: skip

    # -- language and rendering -------------------------------------------------------------------
    def set_lang(self, lang: str) -> None:
        self.lang = lang
        for panel in (self.department_message, self.role_message):
            panel.set_lang(lang)
        if isinstance(self.view, DepartmentView):
            self.view.set_lang(lang)
        for key, widget in self.headings.items():
            widget.value = f"<b>{escape(t(f'uiw.roles.{key}', lang))}</b>"
        labels = {
            self.department: "department", self.department_id: "id", self.department_name: "department_name",
            self.mission: "mission", self.objectives: "objectives", self.role: "role", self.role_id: "id",
            self.role_name: "role_name", self.job_description: "job_description", self.duties: "duties",
        }  # fmt: skip
        for widget, key in labels.items():
            widget.description = t(f"uiw.roles.{key}", lang)
        self.department_id.placeholder = t("uiw.roles.id_hint", lang)
        self.role_id.placeholder = t("uiw.roles.id_hint", lang)
        self.job_description.placeholder = t("uiw.roles.job_hint", lang)
        self.duties.placeholder = t("uiw.roles.duties_hint", lang)
        self.split_button.description = t("uiw.roles.split", lang)
        self.save_department_button.description = t("uiw.roles.save_department", lang)
        self.save_role_button.description = t("uiw.roles.save_role", lang)
        self._render()

    def _render(self) -> None:
        scheme, lang = self._scheme, self.lang
        current = self.department.value
        self.objectives.options = [(f"{o.id} {o.text}", o.id) for o in scheme.objectives]
        self.department.options = [(t("uiw.roles.new_department", lang), NEW),
                                   *((f"{d.name} ({d.id})", d.id) for d in scheme.departments)]  # fmt: skip
        ids = [d.id for d in scheme.departments]
        self.department.value = current if current in ids else (ids[0] if ids else NEW)
        self._load_department()

    def _load_department(self) -> None:
        chosen = self.department.value
        scheme = self._scheme
        new = chosen in (NEW, None)
        self.department_id.layout.display = "" if new else "none"
        dept = None if new else scheme.department(chosen)
        self.department_name.value = "" if dept is None else dept.name
        self.mission.value = "" if dept is None else dept.mission
        known = {o.id for o in scheme.objectives}
        self.objectives.value = () if dept is None else tuple(o for o in dept.objectives if o in known)
        current_role = self.role.value
        roles = () if dept is None else scheme.roles_of(dept.id)
        self.role.options = [(t("uiw.roles.new_role", self.lang), NEW), *((f"{r.name} ({r.id})", r.id) for r in roles)]
        role_ids = [r.id for r in roles]
        self.role.value = current_role if current_role in role_ids else (role_ids[0] if role_ids else NEW)
        self._load_role()
        self.role.disabled = dept is None
        self.save_role_button.disabled = dept is None
        if dept is not None:
            if isinstance(self.view, DepartmentView):
                self.view.department_id = dept.id
                self.view.show(scheme)
            else:
                self.view = DepartmentView(scheme, dept.id, self.lang)
                self.preview.children = [self.view]

    def _load_role(self) -> None:
        chosen = self.role.value
        new = chosen in (NEW, None)
        self.role_id.layout.display = "" if new else "none"
        role = None if new else self._scheme.role(chosen)
        self.role_name.value = "" if role is None else role.name
        self.duties.value = "" if role is None else "\n".join(role.responsibilities)
        self.job_description.value = ""

    # -- actions ---------------------------------------------------------------------------------
    def _split_text(self) -> None:
        self.role_message.clear()
        duties = self._split(self.job_description.value)
        if not duties:
            self.role_message.show("warning", t("uiw.roles.no_duties", self.lang))
            return
        self.duties.value = "\n".join(duties)
        self.role_message.show("info", t("uiw.roles.split_done", self.lang, n=len(duties)))

    def _save_department(self) -> None:
        self.department_message.clear()
        chosen = self.department.value
        base: Department | None = None if chosen in (NEW, None) else self._scheme.department(chosen)
        version = None if base is None else self._versions("department").get(base.id)
        if self._on_save_department is not None:
            self._on_save_department(self.department_form, base, version)

    def _save_role(self) -> None:
        self.role_message.clear()
        chosen = self.role.value
        base: Role | None = None if chosen in (NEW, None) else self._scheme.role(chosen)
        version = None if base is None else self._versions("role").get(base.id)
        if self._on_save_role is not None:
            self._on_save_role(self.role_form, base, version)


def role_editor(host: PanelHost) -> RoleEditor:
    """The department and role editor wired to the host's project."""

    def save_department(values: dict[str, Any], base: Department | None, version: int | None) -> None:
        def action() -> str:
            department = department_from_form(values, scheme=host.store.load_scheme(), base=base)
            host.save("department", department, expected_version=version)
            return department.id

        saved = host.run(action, editor.department_message, "uiw.saved")
        if saved is not None:
            editor.department.value = saved

    def save_role(values: dict[str, Any], base: Role | None, version: int | None) -> None:
        def action() -> str:
            role = role_from_form(values, scheme=host.store.load_scheme(), base=base)
            host.save("role", role, expected_version=version)
            return role.id

        saved = host.run(action, editor.role_message, "uiw.saved")
        if saved is not None:
            editor.role.value = saved

    editor = RoleEditor(
        host.scheme(),
        versions=host.store.versions,
        lang=host.lang,
        on_save_department=save_department,
        on_save_role=save_role,
    )
    return editor
