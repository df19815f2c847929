"""Where the project stands: the guided steps with their state, shown on top of every notebook."""

from __future__ import annotations

from collections.abc import Iterable
from html import escape

import ipywidgets as widgets

from kpiguide.core.i18n import t
from kpiguide.design.progress import StepStatus

__all__ = ["ProgressBanner", "render_progress"]

_STYLE = {
    "done": "background:#ecfdf3;border:1px solid #6ce9a6;color:#054f31",
    "started": "background:#fffaeb;border:1px solid #fec84b;color:#7a2e0e",
    "todo": "background:#f9fafb;border:1px solid #d0d5dd;color:#475467",
}
_MARK = {"done": "✔", "started": "◐", "todo": "○"}


def render_progress(steps: Iterable[StepStatus], lang: str, current: str | None = None, project: str = "") -> str:
    """HTML of the steps as a row of chips; ``current`` is outlined and its detail spelled out."""
    steps = tuple(steps)
    chips = []
    detail = ""
    for step in steps:
        outline = "box-shadow:0 0 0 2px #175cd3;" if step.step == current else ""
        state = t(f"progress.state.{step.state}", lang)
        chips.append(
            f'<span class="kpiguide-step kpiguide-step-{step.state}" data-step="{escape(step.step)}" '
            f'title="{escape(state)}: {escape(step.detail(lang))}" '
            f'style="{_STYLE[step.state]};{outline}border-radius:12px;padding:2px 9px;margin:2px;'
            f'display:inline-block;white-space:nowrap;font-size:12px">{_MARK[step.state]} {escape(step.title(lang))}</span>'
        )
        if step.step == current:
            detail = f"{escape(step.title(lang))} — {escape(state)}: {escape(step.detail(lang))}"
    done = sum(1 for s in steps if s.state == "done")
    head = t("uiw.progress.title", lang, done=done, total=len(steps))
    if project:
        head += f" · {project}"
    lines = [f'<div style="font-weight:600;margin-bottom:2px">{escape(head)}</div>', "".join(chips)]
    if detail:
        lines.append(f'<div class="kpiguide-step-detail" style="color:#344054;margin-top:3px">{detail}</div>')
    return '<div class="kpiguide-progress" style="margin:4px 0 8px 0">' + "".join(lines) + "</div>"


class ProgressBanner(widgets.HTML):
    """Shows ``value`` (the :class:`~kpiguide.design.progress.StepStatus` tuple of a project)."""

    def __init__(self, steps: Iterable[StepStatus] = (), *, current: str | None = None, lang: str = "zh") -> None:
        super().__init__()
        self.add_class("kpiguide-progress-banner")
        self.current = current
        self.lang = lang
        self.project = ""
        self._steps: tuple[StepStatus, ...] = tuple(steps)
        self._render()

    @property
    def steps(self) -> tuple[StepStatus, ...]:
        return self._steps

    @steps.setter
    def steps(self, steps: Iterable[StepStatus]) -> None:
        self._steps = tuple(steps)
        self._render()

    def set_lang(self, lang: str) -> None:
        self.lang = lang
        self._render()

    def _render(self) -> None:
        if not self._steps:
            self.value = ""
            return
        self.value = render_progress(self._steps, self.lang, self.current, self.project)
