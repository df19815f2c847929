"""Errors a user can cause in the design steps, the guided notebooks and the apps' server.

Each carries a message key and its parameters, so it is shown in the reader's language
(:meth:`TextError.message`); ``str(error)`` is the English text.
"""

from __future__ import annotations

from typing import Any

from kpiguide.core.errors import InputError
from kpiguide.core.i18n import t

__all__ = ["NoProject", "TextError", "TextProblems", "UnknownChoice", "UnknownStep"]


class TextError(InputError):
    """An input error whose text lives in the message tables."""

    def __init__(self, key: str, **params: Any) -> None:
        self.key = key
        self.params = params
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        return t(self.key, lang, **self.params)


class UnknownStep(TextError, ValueError):
    """A guided step name that does not exist (also a ``ValueError`` for older callers)."""

    def __init__(self, step: str, steps: tuple[str, ...]) -> None:
        super().__init__("progress.unknown_step", step=step, steps=", ".join(steps))


class NoProject(TextError):
    """A guided notebook was asked for the project before one is open."""

    def __init__(self) -> None:
        super().__init__("uiw.no_project")


class UnknownChoice(TextError, ValueError):
    """A value outside a fixed list of choices (also a ``ValueError`` for older callers)."""

    def __init__(self, what: str, value: object, choices: tuple[str, ...]) -> None:
        super().__init__("design.unknown_choice", what=what, value=value, choices=", ".join(choices))


class TextProblems(InputError, ValueError):
    """Several problems, each a message key with its parameters (also a ``ValueError`` for older callers)."""

    def __init__(self, problems: list[tuple[str, dict[str, Any]]]) -> None:
        self.items = list(problems)
        super().__init__(self.message("en"))

    def message(self, lang: str = "en") -> str:
        return "; ".join(t(key, lang, **params) for key, params in self.items)
