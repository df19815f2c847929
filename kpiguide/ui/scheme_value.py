"""The ``value`` contract shared by components that show a whole scheme.

A component's ``value`` is the scheme it shows; setting it re-renders, and
``refresh(scheme)`` is what the apps and the workshop call after any save.
"""

from __future__ import annotations

from kpiguide.core.model import Scheme

__all__ = ["SchemeValue"]


class SchemeValue:
    """Mixin: ``value`` property over ``self._scheme``; subclasses implement ``_render``."""

    _scheme: Scheme

    def _render(self) -> None:
        raise NotImplementedError

    @property
    def value(self) -> Scheme:
        return self._scheme

    @value.setter
    def value(self, scheme: Scheme) -> None:
        self._scheme = scheme
        self._render()

    def refresh(self, scheme: Scheme) -> None:
        self.value = scheme
