"""Achievability panel: history and forecast fan with the target line and bands, probability of attainment,
and "use base / stretch" buttons that set the KPI's target (saved, audited, optimistic concurrency).

Assessing a KPI imports the achievability engine (scikit-learn) and fits on its
history, so it runs in a :class:`~kpiguide.ui.background.BackgroundTask`; the
engine is imported only when the first KPI is assessed.
"""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

import ipywidgets as widgets

from kpiguide.core.i18n import t
from kpiguide.core.model import Kpi, Scheme
from kpiguide.core.numbers import format_number, format_percent
from kpiguide.design.forms import with_target
from kpiguide.ui.background import BackgroundTask
from kpiguide.ui.context import PanelHost
from kpiguide.ui.figure import FigureBox
from kpiguide.ui.messages import MessagePanel

__all__ = ["AchievabilityPanel", "achievability_panel", "assessor", "dashboard_panel", "designer_panel", "round_target"]

SetTarget = Callable[[Kpi, float, "int | None"], None]


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
        from kpiguide.plots.achievability import fan_chart  # plotly: loaded with the first chart

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
        target = "—" if kpi.target is None else format_number(kpi.target)
        if kpi.target_range is not None:
            target = f"{format_number(kpi.target_range[0])} – {format_number(kpi.target_range[1])}"
        wide = f"<br><i>{escape(t('uip.ach.wide', lang))}</i>" if getattr(assessment, "wide", False) else ""
        self.summary.value = (
            f"<p><b>{escape(t('uip.ach.current', lang, target=target, unit=kpi.unit))}</b> — "
            f"<span class='kpiguide-p-attain'>{escape(t('uiw.ach.p', lang, p=format_percent(p, missing='—')))}</span><br>"
            f"{escape(t('uiw.ach.bands', lang, **{k: format_number(bands[k]) for k in ('floor', 'base', 'stretch')}))}<br>"
            f"<span style='color:#475467'>{escape(assessment.explanation)}</span>{wide}</p>"
        )
        self._enable(kpi.direction.value in ("higher", "lower") and self._on_set is not None)

    def _use(self, band: str) -> None:
        self.message.clear()
        if self.assessment is None or self.shown_kpi is None or self._on_set is None:
            return
        self._on_set(self.shown_kpi, round_target(float(self.assessment.bands[band])), self.shown_version)


def assessor(store: Any, *, subject: str | None = None) -> Callable[[Kpi, str], tuple[Any, Any]]:
    """``assess_kpi(kpi, lang) -> (history, assessment)`` on the project's actuals (mean across subjects by default).

    Imports the achievability engine on the first call, not before.
    """

    def assess_kpi(kpi: Kpi, lang: str) -> tuple[Any, Any]:
        from kpiguide.achievability.kpi_targets import assess_kpi as assess  # scikit-learn: loaded on first use

        return assess(store, kpi, lang, subject=subject)

    return assess_kpi


def achievability_panel(host: PanelHost, *, read_only: bool = False) -> AchievabilityPanel:
    """The achievability panel: the KPIs of the principal's department (all for the organisation's scope).

    Unless ``read_only``, the band buttons save the KPI's target through the host (access check, audit).
    """
    department = host.principal.department
    scheme = host.scheme()

    def set_target(kpi: Kpi, value: float, version: int | None) -> None:
        def action() -> int:
            stored = host.store.get("kpi", kpi.id)
            expected = stored.version if version is None else version
            return host.save_kpi(with_target(stored.value, value), expected_version=expected,
                                 reason="target from achievability band")  # fmt: skip

        host.run(action, panel.message, "uiw.ach.saved", value=format_number(value))

    editable = not read_only and host.principal.can_edit(department or "")
    panel = AchievabilityPanel(
        scheme, assess_kpi=assessor(host.store), lang=host.lang, on_set_target=set_target if editable else None,
        version_of=lambda kpi_id: host.store.get("kpi", kpi_id).version,
        kpis=tuple(k.id for k in scheme.kpis_of_department(department)) if department else None,
        threaded=host.threaded,
    )  # fmt: skip
    return panel


designer_panel = achievability_panel


def dashboard_panel(host: PanelHost) -> AchievabilityPanel:
    """Read-only variant for the leadership dashboard."""
    return achievability_panel(host, read_only=True)
