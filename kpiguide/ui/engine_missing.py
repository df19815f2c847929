"""What a notebook step shows when the engine it needs is not installed yet."""

from __future__ import annotations

from kpiguide.core.i18n import t
from kpiguide.ui.messages import MessagePanel

__all__ = ["engine_missing"]


def engine_missing(module: str, lang: str) -> MessagePanel:
    """An info message naming the missing module (not an error: the rest of the step still works)."""
    panel = MessagePanel(lang)
    panel.add_class("kpiguide-engine-missing")
    panel.show("info", t("uiw.engine_missing", lang, module=module))
    return panel
