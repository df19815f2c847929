"""Achievability panel: history and forecast fan with the target line and bands, probability of attainment,
and "use base / stretch" buttons that set the KPI's target (saved, audited, optimistic concurrency).

Assessing a KPI imports the achievability engine (scikit-learn) and fits on its
history, so it runs in a :class:`~kpiguide.ui.background.BackgroundTask`; the
engine is imported only when the first KPI is assessed.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from html import escape
from typing import Any

import ipywidgets as widgets

from kpiguide.core.i18n import t
from kpiguide.core.model import Kpi, Scheme
from kpiguide.ui.background import BackgroundTask
from kpiguide.ui.figure import FigureBox
from kpiguide.ui.messages import MessagePanel

__all__ = ["AchievabilityPanel", "achievability_panel", "assessor", "dashboard_panel", "designer_panel", "round_target"]

SYNC_ENV = "KPIGUIDE_UI_SYNC"
MIN_HISTORY = 3
SetTarget = Callable[[Kpi, float, "int | None"], None]


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if abs(value) >= 1000 else f"{value:.4g}"


def round_target(value: float) -> float:
    """A band value rounded to 3 significant digits, as a target is written (202,179.13 → 202,000)."""
    return float(f"{value:.3g}")


class AchievabilityPanel(widgets.VBox):
    """Choose a KPI; see how achievable its target is; adopt the base or stretch band as the target.

    Parameters
    ----------
    scheme : Scheme
        The scheme as stored.
    assess_kpi : callable
        ``assess_kpi(kpi, lang) -> (history, assessment or None)`` (see :func:`assessor`); runs in the background.
    on_set_target : callable, optional
        ``on_set_target(kpi, value, expected_version)``; without it the band buttons are hidden.
    version_of : callable, optional
        ``version_of(kpi_id) -> int`` — the stored version read when the KPI is shown, so a
        target set from an outdated view is refused as a conflict.
    kpis : tuple of str, optional
        Only these KPIs (a department's).
    threaded : bool
        Run the assessment off the UI thread (``False`` in tests and headless runs).
    """

    def __init__(
        self,
        scheme: Scheme,
        *,
        assess_kpi: Callable[[Kpi, str], tuple[Any, Any]],
        lang: str = "zh",
        on_set_target: SetTarget | None = None,
        version_of: Callable[[str], int | None] | None = None,
        kpis: tuple[str, ...] | None = None,
        threaded: bool = True,
    ) -> None:
        self.lang = lang
        self._scheme = scheme
        self._assess = assess_kpi
        self._on_set = on_set_target
        self._version_of = version_of
        self._only = kpis
        self._quiet = False
        self.on_change: Callable[[], None] | None = None
        self.assessment: Any = None
        self.history: Any = None
        self.shown_kpi: Kpi | None = None
        self.shown_version: int | None = None
        self.heading = widgets.HTML()
        self.kpi = widgets.Dropdown(layout=widgets.Layout(width="70%"))
        self.kpi.add_class("kpiguide-ach-kpi")
        self.task = BackgroundTask(threaded=threaded)
        self.figure = FigureBox()
        self.summary = widgets.HTML()
        self.summary.add_class("kpiguide-attainment")
        self.base_button = widgets.Button(icon="bullseye", layout=widgets.Layout(width="auto"))
        self.stretch_button = widgets.Button(icon="rocket", layout=widgets.Layout(width="auto"))
        self.base_button.add_class("kpiguide-use-base")
        self.stretch_button.add_class("kpiguide-use-stretch")
        self.base_button.on_click(lambda _b: self._use("base"))
        self.stretch_button.on_click(lambda _b: self._use("stretch"))
        self.buttons = widgets.HBox([self.base_button, self.stretch_button])
        if on_set_target is None:
            self.buttons.layout.display = "none"
        self.message = MessagePanel(lang)
        self.kpi.observe(lambda _c: self._changed(), names="value")
        super().__init__([self.heading, self.kpi, self.task, self.figure, self.summary, self.buttons, self.message])
        self.add_class("kpiguide-achievability-panel")
        self.set_lang(lang)

    @property
    def widget(self) -> widgets.Widget:
        return self

    def refresh(self, scheme: Scheme) -> None:
        self._scheme = scheme
        self._set_options()
        self._render()

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.message.set_lang(lang)
        self.heading.value = f"<h3>{escape(t('uiw.ach.title', lang))}</h3>"
        self.kpi.description = t("uiw.ach.kpi", lang)
        self.base_button.description = t("uiw.ach.use_base", lang)
        self.stretch_button.description = t("uiw.ach.use_stretch", lang)
        self._set_options()
        self._render()

    def _set_options(self) -> None:
        kpis = [k for k in self._scheme.kpis if self._only is None or k.id in self._only]
        current = self.kpi.value
        ids = [k.id for k in kpis]
        self._quiet = True
        try:
            self.kpi.options = [(f"{k.name} ({k.id})", k.id) for k in kpis]
            self.kpi.value = current if current in ids else (ids[0] if ids else None)
        finally:
            self._quiet = False

    def _changed(self) -> None:
        if not self._quiet:
            self.message.clear()
            self._render()

    def _render(self) -> None:
        """Assess the chosen KPI (in the background) and show the result."""
        if self.kpi.value is None:
            self.figure.figure = None
            self.summary.value = f"<p>{escape(t('uiw.balance.no_kpis', self.lang))}</p>"
            self._enable(False)
            return
        kpi = self._scheme.kpi(self.kpi.value)
        lang = self.lang
        version = self._version_of(kpi.id) if self._version_of is not None else None
        self._enable(False)
        self.task.start(
            lambda _progress: self._assess(kpi, lang),
            lambda result: self._show(kpi, version, *result),
            self._failed,
            label=t("uip.ach.working", self.lang, kpi=kpi.name),
        )

    def _failed(self, exc: BaseException) -> None:
        self.assessment = None
        self.message.show_error(exc)

    def _enable(self, on: bool) -> None:
        self.base_button.disabled = self.stretch_button.disabled = not on

    def _show(self, kpi: Kpi, version: int | None, history: Any, assessment: Any) -> None:
        from kpiguide.plots.achievability import fan_chart

        lang = self.lang
        self.shown_kpi, self.shown_version = kpi, version
        self.history, self.assessment = history, assessment
        if assessment is None:
            self.figure.figure = None
            self.summary.value = f"<p>{escape(t('uiw.ach.no_history', lang))}</p>"
            return
        fig = fan_chart(assessment, lang)
        fig.update_layout(height=400, legend={"orientation": "h", "y": -0.15}, margin={"t": 50, "b": 40})
        self.figure.figure = fig
        p = assessment.p_attain
        bands = assessment.bands
        target = "—" if kpi.target is None else _fmt(kpi.target)
        if kpi.target_range is not None:
            target = f"{_fmt(kpi.target_range[0])} – {_fmt(kpi.target_range[1])}"
        wide = f"<br><i>{escape(t('uip.ach.wide', lang))}</i>" if getattr(assessment, "wide", False) else ""
        self.summary.value = (
            f"<p><b>{escape(t('uip.ach.current', lang, target=target, unit=kpi.unit))}</b> — "
            f"<span class='kpiguide-p-attain'>{escape(t('uiw.ach.p', lang, p='—' if p is None else f'{p:.0%}'))}</span><br>"
            f"{escape(t('uiw.ach.bands', lang, **{k: _fmt(bands[k]) for k in ('floor', 'base', 'stretch')}))}<br>"
            f"<span style='color:#475467'>{escape(assessment.explanation)}</span>{wide}</p>"
        )
        self._enable(kpi.direction.value in ("higher", "lower") and self._on_set is not None)

    def _use(self, band: str) -> None:
        self.message.clear()
        if self.assessment is None or self.shown_kpi is None or self._on_set is None:
            return
        self._on_set(self.shown_kpi, round_target(float(self.assessment.bands[band])), self.shown_version)

    def target_saved(self, value: float) -> None:
        """Tell the panel its target was saved (shows the message and re-assesses against the new target)."""
        self.message.show("ok", t("uiw.ach.saved", self.lang, value=_fmt(value)))


def assessor(store: Any, *, subject: str | None = None) -> Callable[[Kpi, str], tuple[Any, Any]]:
    """``assess_kpi(kpi, lang) -> (history, assessment)`` on the project's actuals (mean across subjects by default).

    Imports the achievability engine on the first call, not before.
    """

    def assess_kpi(kpi: Kpi, lang: str) -> tuple[Any, Any]:
        from kpiguide.achievability import assess
        from kpiguide.data.history import series_from_store

        history = series_from_store(store, kpi.id, subject)
        if len(history) < MIN_HISTORY:
            return history, None
        direction = kpi.direction.value
        target = kpi.target
        if direction == "range" and kpi.target_range is None:
            direction = "higher"
        assessment = assess(
            history, target, direction=direction, lang=lang, target_range=kpi.target_range, name=kpi.name
        )
        return history, assessment

    return assess_kpi


def _threaded() -> bool:
    return not os.environ.get(SYNC_ENV)


def achievability_panel(ws: Any) -> AchievabilityPanel:
    """The achievability panel for the workshop's project; the band buttons save the KPI's target."""
    from kpiguide.design.forms import save_entity, with_target

    def set_target(kpi: Kpi, value: float, version: int | None) -> None:
        def action() -> None:
            stored = ws.store.get("kpi", kpi.id)
            expected = stored.version if version is None else version
            save_entity(ws.store, "kpi", with_target(stored.value, value), expected_version=expected,
                        actor=ws.actor, reason="target from achievability band")  # fmt: skip

        ws.run(action, panel.message, "uiw.ach.saved", value=_fmt(value))

    panel = AchievabilityPanel(
        ws.scheme(), assess_kpi=assessor(ws.store), lang=ws.lang, on_set_target=set_target,
        version_of=lambda kpi_id: ws.store.get("kpi", kpi_id).version, threaded=ws.threaded,
    )  # fmt: skip
    return panel


def designer_panel(context: Any) -> AchievabilityPanel:
    """Panel for the KPI designer app: the department's KPIs; the band buttons save with the head's rights."""
    from kpiguide.core.errors import KpiGuideError
    from kpiguide.design.collaboration import save_kpi
    from kpiguide.design.forms import with_target

    store, principal = context.store, context.principal
    department = principal.department or ""

    def set_target(kpi: Kpi, value: float, version: int | None) -> None:
        try:
            stored = store.get("kpi", kpi.id)
            save_kpi(store, principal, with_target(stored.value, value),
                     expected_version=stored.version if version is None else version,
                     reason="target from achievability band")  # fmt: skip
        except (KpiGuideError, KeyError) as exc:
            panel.message.show_error(exc)
            return
        if panel.on_change is not None:
            panel.on_change()
        else:
            panel.refresh(store.load_scheme())
        panel.target_saved(value)

    scheme = store.load_scheme()
    panel = AchievabilityPanel(
        scheme, assess_kpi=assessor(store), lang=context.lang,
        on_set_target=set_target if principal.can_edit(department) else None,
        version_of=lambda kpi_id: store.get("kpi", kpi_id).version,
        kpis=tuple(k.id for k in scheme.kpis_of_department(department)), threaded=_threaded(),
    )  # fmt: skip
    return panel


def dashboard_panel(context: Any) -> AchievabilityPanel:
    """Panel for the leadership dashboard (read-only)."""
    store = context.store
    return AchievabilityPanel(store.load_scheme(), assess_kpi=assessor(store), lang=context.lang, threaded=_threaded())
