"""Whether each role's KPI weights add up, by the rule of the project's balance profile.

The apps, the guided notebooks and the balance check give the same verdict because
they all ask :meth:`~kpiguide.checks.profiles.BalanceProfile.weights_add_up`.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from kpiguide.checks.profiles import BalanceProfile, load_profile
from kpiguide.core.model import Scheme

__all__ = ["DEFAULT_PROFILE", "ProfileRef", "RoleWeights", "role_weights"]

DEFAULT_PROFILE = "cn"
"""The balance profile used when a project names none."""

ProfileRef = str | Path | BalanceProfile


@dataclass(frozen=True)
class RoleWeights:
    """A role's KPI weight total, the total the profile expects and whether it meets the rule."""

    role: str
    name: str
    total: float
    expected: float
    ok: bool


def role_weights(
    scheme: Scheme, department: str | None = None, profile: ProfileRef = DEFAULT_PROFILE
) -> list[RoleWeights]:
    """The weight totals of the roles of ``department`` (every role when ``None``)."""
    rules = load_profile(profile)
    roles = scheme.roles_of(department) if department else scheme.roles
    out = []
    for role in roles:
        total = sum(k.weight for k in scheme.kpis_of(role.id))
        out.append(RoleWeights(role.id, role.name, total, rules.weights_total, rules.weights_add_up(total)))
    return out
