"""Achievability panel: history and forecast fan with the target line and bands, probability of attainment,
and "use base / stretch" buttons that set the KPI's target (saved, audited)."""

from __future__ import annotations

from collections.abc import Callable
from html import escape
from typing import Any

import ipywidgets as widgets

from kpiguide.i18n import t
from kpiguide.model import Kpi, Scheme
from kpiguide.ui.figure import FigureBox
from kpiguide.ui.messages import MessagePanel

__all__ = ["AchievabilityPanel", "achievability_panel", "dashboard_panel", "designer_panel", "fan_chart"]


def fan_chart(history: Any, assessment: Any, target: float | None, *, title: str = "", lang: str = "zh") -> Any:
    """History line, the forecast's 5–95 % and 25–75 % bands at the next period, the target line."""
    import plotly.graph_objects as go

    x = [str(i) for i in history.index]
    fig = go.Figure(go.Scatter(x=x, y=list(history.values), mode="lines+markers", name=t("uiw.ach.history", lang)))
    q = assessment.quantiles
    nxt = t("uiw.ach.next", lang)
    for low, high, opacity in ((0.05, 0.95, 0.18), (0.25, 0.75, 0.35)):
        fig.add_trace(go.Bar(x=[nxt], y=[q[high] - q[low]], base=[q[low]], marker_color="#175cd3", opacity=opacity,
                             name=f"{int(low * 100)}–{int(high * 100)}%", width=0.6))  # fmt: skip
    fig.add_trace(go.Scatter(x=[nxt], y=[q[0.5]], mode="markers", marker={"size": 10, "color": "#175cd3"},
                             name=t("uiw.ach.median", lang)))  # fmt: skip
    if target is not None:
        fig.add_hline(y=target, line_dash="dash", line_color="#b42318", annotation_text=t("uiw.ach.target", lang))
    fig.update_layout(title=title, height=380, margin={"t": 50, "l": 10, "r": 10, "b": 10}, barmode="overlay",
                      legend_orientation="h")  # fmt: skip
    return fig


class AchievabilityPanel(widgets.VBox):
    """Choose a KPI; ``assess_kpi(kpi) -> (history, assessment)`` is injected; ``on_set_target(kpi, value)`` saves."""

    def __init__(
        self,
        scheme: Scheme,
        *,
        assess_kpi: Callable[[Kpi], tuple[Any, Any]],
        lang: str = "zh",
        on_set_target: Callable[[Kpi, float], None] | None = None,
        kpis: tuple[str, ...] | None = None,
    ) -> None:
        self.lang = lang
        self._scheme = scheme
        self._assess = assess_kpi
        self._on_set = on_set_target
        self._only = kpis
        self.assessment: Any = None
        self.kpi = widgets.Dropdown(layout=widgets.Layout(width="70%"))
        self.figure = FigureBox()
        self.summary = widgets.HTML()
        self.summary.add_class("kpiguide-attainment")
        self.base_button = widgets.Button(icon="bullseye")
        self.stretch_button = widgets.Button(icon="rocket")
        self.base_button.add_class("kpiguide-use-base")
        self.stretch_button.add_class("kpiguide-use-stretch")
        self.base_button.on_click(lambda _b: self._use("base"))
        self.stretch_button.on_click(lambda _b: self._use("stretch"))
        self.message = MessagePanel(lang)
        self.heading = widgets.HTML()
        self.kpi.observe(lambda _c: self._render(), names="value")
        super().__init__([self.heading, self.kpi, self.figure, self.summary,
                          widgets.HBox([self.base_button, self.stretch_button]), self.message])  # fmt: skip
        self.add_class("kpiguide-achievability-panel")
        self.set_lang(lang)

    @property
    def widget(self) -> widgets.Widget:
        return self

    def refresh(self, scheme: Scheme) -> None:
        self._scheme = scheme
        self._render()

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self.message.set_lang(lang)
        self.heading.value = f"<h3>{escape(t('uiw.ach.title', lang))}</h3>"
        self.kpi.description = t("uiw.ach.kpi", lang)
        self.base_button.description = t("uiw.ach.use_base", lang)
        self.stretch_button.description = t("uiw.ach.use_stretch", lang)
        kpis = [k for k in self._scheme.kpis if self._only is None or k.id in self._only]
        current = self.kpi.value
        self.kpi.options = [(f"{k.name} ({k.id})", k.id) for k in kpis]
        ids = [k.id for k in kpis]
        self.kpi.value = current if current in ids else (ids[0] if ids else None)
        self._render()

    def _render(self) -> None:
        lang = self.lang
        if self.kpi.value is None:
            self.summary.value = f"<p>{escape(t('uiw.balance.no_kpis', lang))}</p>"
            return
        kpi = self._scheme.kpi(self.kpi.value)
        try:
            history, assessment = self._assess(kpi)
        except Exception as exc:  # noqa: BLE001 - shown in the page
            self.assessment = None
            self.message.show_error(exc)
            return
        self.assessment = assessment
        if assessment is None:
            self.figure.figure = None
            self.summary.value = f"<p>{escape(t('uiw.ach.no_history', lang))}</p>"
            self.base_button.disabled = self.stretch_button.disabled = True
            return
        self.base_button.disabled = self.stretch_button.disabled = False
        self.figure.figure = fan_chart(history, assessment, kpi.target, title=kpi.name, lang=lang)
        p = assessment.p_attain
        bands = assessment.bands
        self.summary.value = (
            f"<p>{escape(t('uiw.ach.p', lang, p='—' if p is None else f'{p:.0%}'))}<br>"
            f"{escape(t('uiw.ach.bands', lang, **{k: f'{bands[k]:g}' for k in ('floor', 'base', 'stretch')}))}<br>"
            f"<span style='color:#475467'>{escape(assessment.explanation)}</span></p>"
        )

    def _use(self, band: str) -> None:
        self.message.clear()
        if self.assessment is None or self.kpi.value is None or self._on_set is None:
            return
        self._on_set(self._scheme.kpi(self.kpi.value), float(self.assessment.bands[band]))


def _assessor(store: Any, lang_of: Callable[[], str]) -> Callable[[Kpi], tuple[Any, Any]]:
    from kpiguide.achievability import assess
    from kpiguide.history import series_from_store

    def assess_kpi(kpi: Kpi) -> tuple[Any, Any]:
        history = series_from_store(store, kpi.id)
        if len(history) < 3:
            return history, None
        direction = kpi.direction.value if kpi.direction.value in ("higher", "lower") else "higher"
        return history, assess(history, kpi.target, direction=direction, lang=lang_of())

    return assess_kpi


def achievability_panel(ws: Any) -> widgets.Widget:
    """The achievability panel for the workshop's project; the band buttons save the KPI's target."""
    from dataclasses import replace

    from kpiguide.design import save_entity

    try:
        assess_kpi = _assessor(ws.store, lambda: ws.lang)
    except ImportError as exc:
        from kpiguide.ui.engine_missing import engine_missing

        return engine_missing(exc.name or "kpiguide.achievability", ws.lang)

    def set_target(kpi: Kpi, value: float) -> None:
        def action() -> None:
            stored = ws.store.get("kpi", kpi.id)
            save_entity(ws.store, "kpi", replace(stored.value, target=value), expected_version=stored.version,
                        actor=ws.actor, reason="target from achievability band")  # fmt: skip

        ws.run(action, panel.message, "uiw.ach.saved", value=f"{value:g}")

    panel = AchievabilityPanel(ws.scheme(), assess_kpi=assess_kpi, lang=ws.lang, on_set_target=set_target)
    return panel


def _app_panel(context: Any, department: str | None) -> widgets.Widget:
    try:
        assess_kpi = _assessor(context.store, lambda: context.lang)
    except ImportError as exc:
        from kpiguide.ui.engine_missing import engine_missing

        panel = engine_missing(exc.name or "kpiguide.achievability", context.lang)
        panel.refresh = lambda _scheme: None  # type: ignore[attr-defined]
        panel.widget = panel  # type: ignore[attr-defined]
        return panel
    scheme = context.store.load_scheme()
    kpis = tuple(k.id for k in scheme.kpis_of_department(department)) if department else None
    return AchievabilityPanel(scheme, assess_kpi=assess_kpi, lang=context.lang, kpis=kpis)


def designer_panel(context: Any) -> widgets.Widget:
    """Panel for the KPI designer app (read-only: targets are set on the KPI cards)."""
    return _app_panel(context, context.principal.department)


def dashboard_panel(context: Any) -> widgets.Widget:
    """Panel for the leadership dashboard."""
    return _app_panel(context, None)
