"""Balance profiles: the thresholds of :func:`kpiguide.checks.balance.check_scheme` as data.

Built-in profiles live in ``kpiguide/checks/profiles/<name>.yaml`` (``cn``, ``bsc``);
users pass the path of their own file with the same layout.  A profile is validated on
load and every problem is reported at once, with the file and field.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cache
from importlib import resources
from pathlib import Path
from types import MappingProxyType
from typing import Any

from kpiguide.core.errors import InputError, Problem
from kpiguide.core.findings import Severity
from kpiguide.core.model import Perspective
from kpiguide.core.structured import load_package_yaml, load_yaml_text
from kpiguide.core.textfile import read_text

__all__ = ["BalanceProfile", "LevelRules", "available_profiles", "load_profile"]

_PERSPECTIVES = tuple(p.value for p in Perspective)
_KPI_FIELDS = ("unit", "direction", "frequency", "data_source", "target", "objective", "formula", "indicator")


@dataclass(frozen=True)
class LevelRules:
    """Shares required of a department or of the whole organisation (fractions of KPI weight)."""

    perspective_min_share: Mapping[str, float]
    leading_min_share: float
    financial_max_share: float


@dataclass(frozen=True)
class BalanceProfile:
    """Thresholds of the balance checks.  Weights are in percent (a role's weights add to 100)."""

    name: str
    description_zh: str
    description_en: str
    kpi_count_min: int
    kpi_count_max: int
    weight_min: float
    weight_max: float
    weight_step: float | None
    weights_total: float
    weights_tolerance: float
    required_fields: tuple[str, ...]
    department: LevelRules
    organization: LevelRules
    redundancy_threshold: float
    severity: Mapping[str, Severity] = field(default_factory=dict)

    def __post_init__(self) -> None:
        object.__setattr__(self, "severity", MappingProxyType(dict(self.severity)))

    def weights_add_up(self, total: float) -> bool:
        """Whether a role's KPI weights adding to ``total`` meet this profile (the one home of the rule)."""
        return abs(total - self.weights_total) <= self.weights_tolerance

    def severity_of(self, code: str, default: str) -> Severity:
        return self.severity.get(code, Severity(default))


def available_profiles() -> list[str]:
    """Names of the built-in profiles."""
    return list(_builtin_names())


@cache
def _builtin_names() -> tuple[str, ...]:
    folder = resources.files("kpiguide.checks") / "profiles"
    names = []
    for entry in folder.iterdir():
        if entry.name.endswith(".yaml"):
            data = load_package_yaml(entry.read_text(encoding="utf-8")) or {}
            if isinstance(data, dict) and data.get("kind") == "balance_profile":
                names.append(entry.name.removesuffix(".yaml"))
    return tuple(sorted(names))


def load_profile(profile: str | Path | BalanceProfile = "cn") -> BalanceProfile:
    """A built-in profile by name (``"cn"``, ``"bsc"``) or a user's profile file (YAML or JSON).

    Raises
    ------
    InputError
        The name is unknown, the file cannot be read, or it does not validate
        (all problems listed).
    """
    if isinstance(profile, BalanceProfile):
        return profile
    text_name = str(profile)
    path = Path(text_name)
    if text_name in _builtin_names():
        return _builtin_profile(text_name)
    if path.suffix.lower() in (".yaml", ".yml", ".json") and path.is_file():
        source = str(path)
        text, _ = read_text(path)
    else:
        raise InputError(
            f"Unknown balance profile {text_name!r}. Use one of {', '.join(available_profiles())} "
            "or the path of a profile file (.yaml/.json) such as kpiguide/checks/profiles/cn.yaml."
        )
    data = load_yaml_text(text, source)
    return _validate(data, source)


@cache
def _builtin_profile(name: str) -> BalanceProfile:
    """A built-in profile, read and validated once per process (profiles are frozen)."""
    source = f"profile {name!r}"
    text = (resources.files("kpiguide.checks") / "profiles" / f"{name}.yaml").read_text(encoding="utf-8")
    return _validate(load_yaml_text(text, source), source)


class _Validator:
    """Collects every problem of one profile file, with its field."""

    def __init__(self, source: str) -> None:
        self.source = source
        self.problems: list[Problem] = []

    def bad(self, where: str, message: str) -> None:
        self.problems.append(Problem(message, file=self.source, field=where))

    def number(self, node: Any, where: str, low: float = 0.0, high: float = float("inf")) -> float:
        if isinstance(node, bool) or not isinstance(node, int | float):
            self.bad(where, f"must be a number, got {node!r}")
            return low
        if not low <= node <= high:
            self.bad(where, f"must be in [{low:g}, {high:g}], got {node!r}")
        return float(node)

    def section(self, node: Any, where: str) -> dict[str, Any]:
        if not isinstance(node, dict):
            self.bad(where, f"must be a mapping, got {node!r}")
            return {}
        return node

    def min_max(self, node: Any, where: str, high: float) -> tuple[float, float]:
        """``{min, max}`` in ``[0, high]`` with min <= max."""
        rng = self.section(node, where)
        low, top = (
            self.number(rng.get("min"), f"{where}.min", 0, high),
            self.number(rng.get("max"), f"{where}.max", 0, high),
        )
        if low > top:
            self.bad(where, f"min ({low:g}) is larger than max ({top:g})")
        return low, top


def _role_rules(v: _Validator, role: dict[str, Any]) -> dict[str, Any]:
    """The ``role`` section: KPI count, weight bounds and step, weight total, required fields."""
    count_min, count_max = v.min_max(role.get("kpi_count"), "role.kpi_count", 100)
    w_min, w_max = v.min_max(role.get("weight"), "role.weight", 100)
    step = role["weight"].get("step") if isinstance(role.get("weight"), dict) else None
    rules = {
        "kpi_count_min": int(count_min),
        "kpi_count_max": int(count_max),
        "weight_min": w_min,
        "weight_max": w_max,
        "weight_step": None if step is None else v.number(step, "role.weight.step", 0.01, 100),
        "weights_total": v.number(role.get("weights_total", 100), "role.weights_total", 0.01, 1e6),
        "weights_tolerance": v.number(role.get("weights_tolerance", 0.01), "role.weights_tolerance", 0, 100),
    }
    fields = role.get("required_fields", [])
    if not isinstance(fields, list) or any(f not in _KPI_FIELDS for f in fields):
        v.bad("role.required_fields", f"must be a list of {', '.join(_KPI_FIELDS)}; got {fields!r}")
        fields = [f for f in fields if f in _KPI_FIELDS] if isinstance(fields, list) else []
    return {**rules, "required_fields": tuple(fields)}


def _level_rules(v: _Validator, node: dict[str, Any], level: str) -> LevelRules:
    """The ``department`` or ``organization`` section: minimum perspective shares, leading and financial shares."""
    shares = v.section(node.get("perspective_min_share", {}), f"{level}.perspective_min_share")
    for key in shares:
        if key not in _PERSPECTIVES:
            v.bad(f"{level}.perspective_min_share.{key}", f"unknown perspective; use {', '.join(_PERSPECTIVES)}")
    parsed = {k: v.number(value, f"{level}.perspective_min_share.{k}", 0, 1) for k, value in shares.items()}
    if sum(parsed.values()) > 1:
        v.bad(f"{level}.perspective_min_share", f"minimum shares add up to {sum(parsed.values()):g} > 1")
    return LevelRules(
        perspective_min_share=MappingProxyType({k: x for k, x in parsed.items() if k in _PERSPECTIVES}),
        leading_min_share=v.number(node.get("leading_min_share", 0), f"{level}.leading_min_share", 0, 1),
        financial_max_share=v.number(node.get("financial_max_share", 1), f"{level}.financial_max_share", 0, 1),
    )


def _severities(v: _Validator, node: dict[str, Any]) -> dict[str, Severity]:
    severity: dict[str, Severity] = {}
    for code, value in node.items():
        if not str(code).startswith("balance."):
            v.bad(f"severity.{code}", "only balance.* codes can be set")
        try:
            severity[str(code)] = Severity(value)
        except ValueError:
            v.bad(f"severity.{code}", f"must be error, warning or info; got {value!r}")
    return severity


def _validate(data: Any, source: str) -> BalanceProfile:
    v = _Validator(source)
    root = v.section(data, "(top level)")
    if root and root.get("kind") != "balance_profile":
        v.bad("kind", f"must be 'balance_profile', got {root.get('kind')!r}")
    desc = root.get("description") or {}
    desc = desc if isinstance(desc, dict) else {}
    role = _role_rules(v, v.section(root.get("role"), "role"))
    levels = {
        level: _level_rules(v, v.section(root.get(level), level), level) for level in ("department", "organization")
    }
    threshold = v.number(root.get("redundancy_threshold", 0.85), "redundancy_threshold", 0, 1)
    severity = _severities(v, v.section(root.get("severity", {}), "severity"))
    if v.problems:
        raise InputError(f"Balance profile {source} is not valid", v.problems)
    return BalanceProfile(
        name=str(root.get("name") or Path(source).stem),
        description_zh=str(desc.get("zh", "")),
        description_en=str(desc.get("en", "")),
        **role,
        department=levels["department"],
        organization=levels["organization"],
        redundancy_threshold=threshold,
        severity=severity,
    )
