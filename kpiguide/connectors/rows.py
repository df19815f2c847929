"""What every connector returns: located rows of (subject, period, value), and shared helpers."""

from __future__ import annotations

import datetime as dt
import os
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from kpiguide.core.errors import InputError, Problem
from kpiguide.core.i18n import t
from kpiguide.core.model import Frequency
from kpiguide.core.periods import Period, PeriodKind

__all__ = ["SourceRow", "env_value", "located", "period_kind", "period_params"]


@dataclass(frozen=True)
class SourceRow:
    """One value pulled from a source; ``where`` locates it (row number, page, line) for messages."""

    connector: str
    kpi: str
    subject_kind: str
    subject: str
    period: Period
    value: float
    where: str = ""
    row: int | None = None
    count: int | None = None

    def to_dict(self) -> dict[str, Any]:
        """The dry-run shape: ``{connector, kpi, employee|department, period, value}`` (+ ``responses``)."""
        out: dict[str, Any] = {"connector": self.connector, "kpi": self.kpi, self.subject_kind: self.subject}
        out.update(period=str(self.period), value=self.value)
        if self.count is not None:
            out["responses"] = self.count
        return out


_KIND_OF: dict[Frequency, PeriodKind] = {
    Frequency.DAILY: "month",
    Frequency.WEEKLY: "month",
    Frequency.MONTHLY: "month",
    Frequency.QUARTERLY: "quarter",
    Frequency.YEARLY: "year",
}


def period_kind(frequency: Frequency | str) -> PeriodKind:
    """The period kind values of a KPI with ``frequency`` are kept per (daily/weekly roll up to months)."""
    return _KIND_OF[Frequency(frequency)]


def period_params(period: Period) -> dict[str, str]:
    """Query parameters: ``period_start`` (first day), ``period_end`` (day after the last), ``period``."""
    return {
        "period_start": period.start.isoformat(),
        "period_end": (period.end + dt.timedelta(days=1)).isoformat(),
        "period": str(period),
    }


def env_value(name: str, connector: Any, field: str, lang: str, env: Mapping[str, str] | None = None) -> str:
    """The value of environment variable ``name``; a located :class:`InputError` when unset."""
    value = (os.environ if env is None else env).get(name)
    if not value:
        raise located(connector, field, "connectors.source.env_missing", lang, name=name)
    return value


def located(connector: Any, field: str | None, key: str, lang: str, /, **params: Any) -> InputError:
    """An :class:`InputError` about ``connector`` (located at its line in the connectors file)."""
    problem = Problem(t(key, lang, **params), file=f"connector {connector.id}", line=connector.line, field=field)
    return InputError(t("connectors.source.failed", lang, id=connector.id), [problem])
