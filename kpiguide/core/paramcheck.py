"""Declarative validation of estimator parameters, in the style of scikit-learn.

An estimator lists ``_parameter_constraints = {"top_k": [Interval(int, 1, None)], ...}``
and calls :func:`validate_params`; a bad value raises ``InputError`` (also a ``ValueError``
subclass via :class:`InvalidParameterError`) with one message template::

    The 'top_k' parameter of IndicatorSuggester must be an int in [1, inf). Got 0 instead.
"""

from __future__ import annotations

import inspect
import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from numbers import Integral, Real
from typing import Any

from kpiguide.core.errors import InputError

__all__ = ["Estimator", "Interval", "InvalidParameterError", "Options", "TypeOf", "validate_params"]


class Estimator:
    """The scikit-learn estimator conventions (``get_params`` / ``set_params``, works with ``sklearn.clone``)
    without importing scikit-learn, which costs every process that only suggests or links ~60 MiB."""

    @classmethod
    def _get_param_names(cls) -> list[str]:
        skipped = (inspect.Parameter.VAR_POSITIONAL, inspect.Parameter.VAR_KEYWORD)
        params = inspect.signature(cls.__init__).parameters.values()
        return sorted(p.name for p in params if p.name != "self" and p.kind not in skipped)

    def get_params(self, deep: bool = True) -> dict[str, Any]:
        """The constructor parameters and their current values."""
        return {name: getattr(self, name) for name in self._get_param_names()}

    def set_params(self, **params: Any) -> Estimator:
        """Set constructor parameters; an unknown name raises ``ValueError`` listing the valid ones."""
        valid = self._get_param_names()
        for name, value in params.items():
            if name not in valid:
                raise ValueError(
                    f"Invalid parameter {name!r} for estimator {type(self).__name__}. Valid parameters are: {valid!r}."
                )
            setattr(self, name, value)
        return self

    def __repr__(self) -> str:
        defaults = {
            p.name: p.default
            for p in inspect.signature(type(self).__init__).parameters.values()
            if p.default is not inspect.Parameter.empty
        }
        changed = [f"{k}={v!r}" for k, v in self.get_params().items() if k not in defaults or defaults[k] != v]
        return f"{type(self).__name__}({', '.join(changed)})"


class InvalidParameterError(InputError, ValueError):
    """A parameter value outside its declared constraints."""


@dataclass(frozen=True)
class Interval:
    """Numbers of ``kind`` (``int`` or ``float``) between ``low`` and ``high`` (``None`` = unbounded)."""

    kind: type
    low: float | None
    high: float | None
    closed: str = "both"  # "both", "left", "right", "neither"

    def accepts(self, value: Any) -> bool:
        if isinstance(value, bool):
            return False
        if self.kind is int and not isinstance(value, Integral):
            return False
        if self.kind is float and not isinstance(value, Real):
            return False
        if isinstance(value, float) and math.isnan(value):
            return False
        left_ok = self.low is None or (value >= self.low if self.closed in {"both", "left"} else value > self.low)
        right_ok = self.high is None or (value <= self.high if self.closed in {"both", "right"} else value < self.high)
        return left_ok and right_ok

    def __str__(self) -> str:
        left = "[" if self.closed in {"both", "left"} and self.low is not None else "("
        right = "]" if self.closed in {"both", "right"} and self.high is not None else ")"
        low = "-inf" if self.low is None else f"{self.low:g}"
        high = "inf" if self.high is None else f"{self.high:g}"
        kind = "an int" if self.kind is int else "a float"
        return f"{kind} in {left}{low}, {high}{right}"


@dataclass(frozen=True)
class Options:
    """One of a fixed set of values."""

    values: tuple[Any, ...]

    def accepts(self, value: Any) -> bool:
        return value in self.values

    def __str__(self) -> str:
        return "a str among {" + ", ".join(repr(v) for v in self.values) + "}"


@dataclass(frozen=True)
class TypeOf:
    """An instance of one of ``types`` (``None`` allowed if listed as ``type(None)``)."""

    types: tuple[type, ...]
    description: str

    def accepts(self, value: Any) -> bool:
        return isinstance(value, self.types)

    def __str__(self) -> str:
        return self.description


Constraint = Interval | Options | TypeOf | None


def validate_params(owner: str, params: Mapping[str, Any], constraints: Mapping[str, Sequence[Constraint]]) -> None:
    """Raise :class:`InvalidParameterError` for the first parameter that meets none of its constraints."""
    for name, value in params.items():
        options = constraints.get(name)
        if not options:
            continue
        if value is None and None in options:
            continue
        if any(c is not None and c.accepts(value) for c in options):
            continue
        wanted = [str(c) for c in options if c is not None]
        if None in options:
            wanted.append("None")
        text = wanted[0] if len(wanted) == 1 else "one of " + ", ".join(wanted[:-1]) + " or " + wanted[-1]
        raise InvalidParameterError(f"The {name!r} parameter of {owner} must be {text}. Got {value!r} instead.")
