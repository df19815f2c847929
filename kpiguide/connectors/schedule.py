"""A foreground loop for scheduled syncs (``kpiguide sync PROJECT --every 1h`` under systemd).

It runs the job, waits the interval and repeats, until SIGTERM or SIGINT (Ctrl+C) arrives:
the signal ends the wait at once and the loop returns after the job that is running.  A cron
line does the same without a resident process::

    0 * * * *  kpiguide sync /srv/kpi/project.sqlite --format json >> /var/log/kpiguide-sync.log 2>&1
"""

from __future__ import annotations

import re
import signal
import threading
from collections.abc import Callable
from typing import Any

from kpiguide.core.errors import InputError
from kpiguide.core.i18n import t

__all__ = ["parse_interval", "run_every"]

_UNITS = {"s": 1, "m": 60, "h": 3600, "d": 86400}


def parse_interval(text: str, lang: str = "en") -> float:
    """Seconds in ``"90s"``, ``"15m"``, ``"1h"``, ``"1d"`` (or a plain number of seconds)."""
    match = re.fullmatch(r"\s*(\d+(?:\.\d+)?)\s*([smhd]?)\s*", str(text).lower())
    if not match or float(match.group(1)) <= 0:
        raise InputError(t("connectors.schedule.bad_interval", lang, value=text))
    return float(match.group(1)) * _UNITS[match.group(2) or "s"]


def run_every(
    interval: float,
    job: Callable[[], Any],
    *,
    max_runs: int | None = None,
    on_error: Callable[[Exception], Any] | None = None,
    stop: threading.Event | None = None,
) -> int:
    """Run ``job`` now and then every ``interval`` seconds until SIGTERM/SIGINT or ``max_runs``.

    An exception of the job goes to ``on_error`` (the loop goes on) or, without it, ends the
    loop.  Returns the number of runs.  Signal handlers are restored on return.
    """
    stop = stop or threading.Event()
    previous: dict[int, Any] = {}
    in_main = threading.current_thread() is threading.main_thread()
    if in_main:
        for signum in (signal.SIGTERM, signal.SIGINT):
            previous[signum] = signal.signal(signum, lambda *_: stop.set())
    runs = 0
    try:
        while not stop.is_set():
            try:
                job()
            except Exception as exc:
                if on_error is None:
                    raise
                on_error(exc)
            runs += 1
            if max_runs is not None and runs >= max_runs:
                break
            stop.wait(interval)
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)
    return runs
