"""File connector: the newest .xlsx/.csv matching a path or glob, read by the history importer."""

from __future__ import annotations

import glob
import math
from pathlib import Path
from typing import Any

from kpiguide.connectors.config import Connector
from kpiguide.connectors.rows import SourceRow, located
from kpiguide.core.periods import Period
from kpiguide.data.history import read_history

__all__ = ["fetch_file", "newest_file"]


def newest_file(connector: Connector, base_dir: str | Path | None = None, lang: str = "en") -> Path:
    """The most recently modified file matching the connector's ``path`` (relative to ``base_dir``)."""
    pattern = Path(str(connector.path)).expanduser()
    if not pattern.is_absolute() and base_dir is not None:
        pattern = Path(base_dir) / pattern
    matches = [Path(p) for p in glob.glob(str(pattern)) if Path(p).is_file()]
    if not matches:
        raise located(connector, "path", "connectors.file.none", lang, pattern=str(pattern))
    return max(matches, key=lambda p: (p.stat().st_mtime, p.name))


def _text(value: Any) -> str:
    if value is None or (isinstance(value, float) and math.isnan(value)):
        return ""
    if isinstance(value, float) and value.is_integer():
        value = int(value)
    return str(value).strip()


def fetch_file(
    connector: Connector, period: Period | None, *, base_dir: str | Path | None = None, lang: str = "en"
) -> list[SourceRow]:
    """Rows of the connector's KPI (all periods, or only ``period``) from the newest matching file."""
    path = newest_file(connector, base_dir, lang)
    data = read_history(path, sheet=connector.sheet)
    out: list[SourceRow] = []
    for rec in data.frame.to_dict("records"):
        kpi = _text(rec["kpi"])
        if kpi and kpi != connector.kpi:
            continue
        p = Period.parse(rec["period"])
        if period is not None and str(p) != str(period):
            continue
        employee, department = _text(rec["employee"]), _text(rec["department"]) or (connector.department or "")
        kind, subject = ("employee", employee) if employee else ("department", department)
        where = f"{path.name}" + (f" / {rec['sheet']}" if rec["sheet"] else "")
        row = SourceRow(connector.id, connector.kpi, kind, subject, p, float(rec["value"]), where, int(rec["row"]))
        out.append(row)
    return out
