"""The seasonal period shared by series preparation and smoothing (its own module so neither imports the other)."""

from __future__ import annotations

__all__ = ["SEASON"]

#: Periods per seasonal cycle: the history is monthly, so a year.
SEASON = 12
