"""The session behind a guided notebook: project, language switch, progress banner, hosted components.

A notebook starts with ``ws = Workshop("01_strategy")`` and then shows
components with ``ws.show(strategy_editor)``.  The project is the one named by
``KPIGUIDE_PROJECT``, else the one picked last (remembered on disk), else the
user picks or creates one in the page; components shown before a project is open
appear as soon as it is.  All state lives in the project store, so re-running a
notebook or restarting the kernel continues where the work stopped.
"""

from __future__ import annotations

import logging
import os
from collections.abc import Callable, Mapping
from html import escape
from pathlib import Path
from typing import Any

import ipywidgets as widgets

from kpiguide.core.errors import KpiGuideError
from kpiguide.core.i18n import detect_language, normalize_lang, t
from kpiguide.core.model import Kpi, Scheme
from kpiguide.design.collaboration import save_design, save_kpi
from kpiguide.design.demo import create_demo_project
from kpiguide.design.errors import NoProject, UnknownStep
from kpiguide.design.progress import STEPS, mark_step, project_status
from kpiguide.design.weights import DEFAULT_PROFILE, ProfileRef
from kpiguide.project.access import Principal
from kpiguide.project.paths import find_projects, new_project_path, projects_home, remember_project, resolve_project
from kpiguide.project.store import Store, init_project, open_project
from kpiguide.ui.context import SYNC_ENV, PanelHost, run_action
from kpiguide.ui.language import LanguageSwitch
from kpiguide.ui.messages import MessagePanel
from kpiguide.ui.progress_banner import ProgressBanner
from kpiguide.ui.project_picker import ProjectPicker

__all__ = ["LANG_ENV", "SYNC_ENV", "Workshop", "WorkshopHost"]

LANG_ENV = "KPIGUIDE_LANG"
log = logging.getLogger("kpiguide.ui")

Factory = Callable[[PanelHost], widgets.Widget]

# The consultant running a guided notebook works on the whole organisation: the access layer's
# leadership scope (edits are audited under the workshop's actor name).
_WORKSHOP_ROLE = "leadership"


class WorkshopHost:
    """The :class:`~kpiguide.ui.context.PanelHost` of a guided notebook with an open project."""

    def __init__(self, workshop: Workshop, store: Store) -> None:
        self._workshop = workshop
        self._store = store
        self._principal = Principal(project=str(store.where), role=_WORKSHOP_ROLE, token_id=workshop.actor)

    @property
    def store(self) -> Store:
        return self._store

    @property
    def principal(self) -> Principal:
        return self._principal

    @property
    def lang(self) -> str:
        return self._workshop.lang

    @property
    def actor(self) -> str:
        return self._workshop.actor

    @property
    def threaded(self) -> bool:
        return self._workshop.threaded

    @property
    def profile(self) -> ProfileRef:
        return self._workshop.profile

    def scheme(self) -> Scheme:
        return self._store.load_scheme()

    def save_kpi(self, kpi: Kpi, *, expected_version: int | None, reason: str = "") -> int:
        """Save ``kpi`` through the access check, audited under the workshop's actor name."""
        return save_kpi(
            self._store, self._principal, kpi, expected_version=expected_version, reason=reason or "workshop",
            actor=self.actor,
        )  # fmt: skip

    def save(self, entity: str, obj: Any, *, expected_version: int | None, reason: str = "") -> int:
        """Save an objective, department, role or KPI through the access check, audited under the workshop's name."""
        return save_design(
            self._store, self._principal, entity, obj, expected_version=expected_version, reason=reason or "workshop",
            actor=self.actor,
        )  # fmt: skip

    def run(self, action: Callable[[], Any], panel: MessagePanel, ok_key: str = "", **params: Any) -> Any:
        return self._workshop.run(action, panel, ok_key, **params)

    def changed(self) -> None:
        self._workshop.changed()

    def show_subject(self, subject: str) -> None:
        self._workshop.show_subject(subject)

    def done_button(self) -> widgets.Widget:
        return self._workshop.done_button()


class Workshop(widgets.VBox):
    """Header of a guided notebook and host of its components.

    Parameters
    ----------
    step : str or None
        The guided step (see :data:`kpiguide.design.progress.STEPS`); ``None`` for the start page.
    project : str or Path, optional
        Project to open; by default ``KPIGUIDE_PROJECT`` or the project used last.
    lang : {"zh", "en"}, optional
        Starting language; by default ``KPIGUIDE_LANG`` or the organisation name's language.
    actor : str
        Name written to the audit log for edits made here.
    """

    def __init__(
        self,
        step: str | None = None,
        *,
        project: str | Path | None = None,
        lang: str | None = None,
        actor: str = "workshop",
        environ: Mapping[str, str] | None = None,
    ) -> None:
        if step is not None and step not in STEPS:
            raise UnknownStep(step, STEPS)
        self.environ = os.environ if environ is None else environ
        self.step = step
        self.actor = actor
        self.threaded = not self.environ.get(SYNC_ENV)
        self.profile: ProfileRef = DEFAULT_PROFILE
        self.store: Store | None = None
        self.lang = normalize_lang(lang or self.environ.get(LANG_ENV) or "zh")
        self._components: list[Any] = []
        self._slots: list[tuple[widgets.Box, Factory]] = []
        self.switch = LanguageSwitch(self.lang, on_change=self.set_lang)
        self.title = widgets.HTML()
        self.banner = ProgressBanner(current=step, lang=self.lang)
        self.messages = MessagePanel(self.lang)
        self.picker = ProjectPicker(
            lang=self.lang, on_open=self.open_project, on_create_demo=self.create_demo, on_create=self.create_empty
        )
        self.picker_box = widgets.Accordion(children=[self.picker])
        header = widgets.HBox(
            [self.title, self.switch], layout=widgets.Layout(justify_content="space-between", align_items="center")
        )
        super().__init__([header, self.messages, self.banner, self.picker_box])
        self.add_class("kpiguide-workshop")
        try:
            target = resolve_project(project, self.environ)
        except KpiGuideError as exc:
            target = None
            self.messages.show_error(exc)
        if target is not None:
            self.open_project(target, remember=False, lang=lang)
        self._render()

    # -- project ---------------------------------------------------------------------------------
    def open_project(self, target: str | Path, *, remember: bool = True, lang: str | None = None) -> None:
        """Open ``target`` (a .sqlite path or database URL), then build the components waiting for it."""
        try:
            store = open_project(target)
        except KpiGuideError as exc:
            self.picker.message.show_error(exc)
            self.messages.show_error(exc)
            return
        if self.store is not None:
            self.store.close()
        self.store = store
        if remember:
            remember_project(target, self.environ)
        if lang is not None:
            self.set_lang(lang)
        elif not self.environ.get(LANG_ENV):
            name = store.organization().name
            if name:
                self.lang = detect_language(name, default=self.lang)
                self.switch.value = self.lang
        self.messages.clear()
        self.picker.message.show("ok", t("uiw.picker.opened", self.lang, name=self.project_name()))
        for box, factory in self._slots:
            self._build(box, factory)
        self.changed()

    def create_demo(self, lang: str) -> None:
        """Create (or re-create) the demo project in the projects folder and open it."""
        try:
            path = create_demo_project(projects_home(self.environ) / f"demo_{lang}", lang=lang)
        except KpiGuideError as exc:
            self.picker.message.show_error(exc)
            return
        self.open_project(path, lang=lang)

    def create_empty(self, name: str, industry: str, filename: str, lang: str) -> None:
        """Create an empty project for organisation ``name`` and open it."""
        try:
            path = new_project_path(name, filename, self.environ)
            path.parent.mkdir(parents=True, exist_ok=True)
            init_project(path, name=name.strip(), industry=industry.strip(), actor=self.actor).close()
        except KpiGuideError as exc:
            self.picker.message.show_error(exc)
            return
        self.open_project(path, lang=lang)

    def project_name(self) -> str:
        if self.store is None:
            return ""
        return self.store.organization().name or str(self.store.where)

    def scheme(self) -> Scheme:
        """The scheme as stored now (raises when no project is open)."""
        return self.host().scheme()

    def host(self) -> WorkshopHost:
        """What the components are built with (raises when no project is open)."""
        if self.store is None:
            raise NoProject()
        return WorkshopHost(self, self.store)

    # -- hosting components ---------------------------------------------------------------------
    def show(self, factory: Factory) -> widgets.Box:
        """A box showing ``factory(host)``, built now or as soon as a project is open."""
        box = widgets.VBox()
        box.add_class("kpiguide-slot")
        self._slots.append((box, factory))
        if self.store is None:
            box.children = [widgets.HTML(self._waiting_html())]
        else:
            self._build(box, factory)
        return box

    def _waiting_html(self) -> str:
        return (
            '<div class="kpiguide-waiting" style="color:#475467;padding:6px 0">'
            f"{escape(t('uiw.waiting', self.lang))}</div>"
        )

    def _build(self, box: widgets.Box, factory: Factory) -> None:
        try:
            component = factory(self.host())
        except Exception as exc:
            if not isinstance(exc, KpiGuideError):
                log.exception("Component failed to build")
            panel = MessagePanel(self.lang)
            panel.show_error(exc)
            box.children = [panel]
            return
        self._components.append(component)
        box.children = [component]

    def run(self, action: Callable[[], Any], panel: MessagePanel, ok_key: str = "", **params: Any) -> Any:
        """Run ``action``; show a kpiguide error in ``panel`` (returns None) or ``ok_key`` on success."""
        ok, result = run_action(action, panel, self.lang, ok_key, **params)
        if ok:
            self.changed()
        return result

    def changed(self) -> None:
        """Something was saved: refresh the banner and every component from the store."""
        if self.store is None:
            return
        self.banner.project = self.project_name()
        self.banner.steps = project_status(self.store)
        scheme = self.store.load_scheme()
        for component in self._components:
            refresh = getattr(component, "refresh", None)
            if refresh is not None:
                refresh(scheme)
        self._render()

    def show_subject(self, subject: str) -> None:
        """Show ``subject`` (a finding's subject path) in every component that can."""
        for component in self._components:
            show = getattr(component, "show_subject", None)
            if show is not None:
                show(subject)

    def done_button(self) -> widgets.Widget:
        """A button that records this step as done (audited) — for steps whose result is a decision."""
        button = widgets.Button(icon="check", button_style="success")
        button.add_class("kpiguide-mark-done")
        panel = MessagePanel(self.lang)

        def mark(_b: Any) -> None:
            store, step = self.store, self.step
            if store is None or step is None:
                panel.show("warning", t("uiw.no_project", self.lang))
                return
            self.run(lambda: mark_step(store, step, actor=self.actor), panel, "uiw.done.ok")

        button.on_click(mark)
        box = widgets.VBox([button, panel])
        box.add_class("kpiguide-done-box")
        self._done_buttons = [*getattr(self, "_done_buttons", []), button]
        self._render()
        return box

    # -- language --------------------------------------------------------------------------------
    def set_lang(self, lang: str) -> None:
        lang = normalize_lang(lang)
        self.lang = lang
        if self.switch.value != lang:
            self.switch.value = lang  # calls back into set_lang
            return
        for component in (self.banner, self.messages, self.picker, *self._components):
            setter = getattr(component, "set_lang", None)
            if setter is not None:
                setter(lang)
        for box, _factory in self._slots:
            first = box.children[0] if box.children else None
            if isinstance(first, widgets.HTML) and "kpiguide-waiting" in first.value:
                box.children = [widgets.HTML(self._waiting_html())]
        self._render()

    def _render(self) -> None:
        lang = self.lang
        step = t(f"progress.step.{self.step}", lang) if self.step else t("uiw.start.title", lang)
        self.title.value = f"<h2 style='margin:4px 0'>{escape(step)}</h2>"
        self.picker.value = [str(p) for p in find_projects(projects_home(self.environ), Path.cwd())]
        opened = self.store is not None
        self.picker_box.set_title(0, t("uiw.picker.change" if opened else "uiw.picker.title", lang))
        self.picker_box.selected_index = None if opened and self.step is not None else 0
        if not opened and self.messages.kind is None:
            self.messages.show("info", t("uiw.no_project", lang), t("uiw.no_project_hint", lang))
        for button in getattr(self, "_done_buttons", []):
            button.description = t("uiw.done.button", lang)
