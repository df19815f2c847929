"""Achievability of targets: calibrated predictive distributions from history.

``assess(history, target)`` answers "what is the chance we reach X?" for one series;
:class:`AchievabilityModel` does it for many series at once, pooling them so short
histories borrow strength from their peers.
"""

from kpiguide.achievability._distribution import LEVELS, OUTPUT_LEVELS
from kpiguide.achievability.assessment import Assessment, assess, method_label
from kpiguide.achievability.pooled import AchievabilityModel

__all__ = ["LEVELS", "OUTPUT_LEVELS", "AchievabilityModel", "Assessment", "assess", "method_label"]
