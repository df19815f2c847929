from __future__ import annotations

import os
import signal
import threading

import pytest

from kpiguide.connectors.schedule import parse_interval, run_every
from kpiguide.core.errors import InputError


def test_parse_interval():
    assert parse_interval("1h") == 3600 and parse_interval("15m") == 900 and parse_interval("90") == 90
    with pytest.raises(InputError, match="1h"):
        parse_interval("hourly")


def test_bounded_runs():
    calls = []
    assert run_every(0.01, lambda: calls.append(1), max_runs=3) == 3
    assert len(calls) == 3


def test_sigterm_stops_the_loop_cleanly():
    previous = signal.getsignal(signal.SIGTERM)
    timer = threading.Timer(0.3, lambda: os.kill(os.getpid(), signal.SIGTERM))
    timer.start()
    runs = run_every(60, lambda: None)  # would wait an hour without the signal
    timer.join()
    assert runs == 1
    assert signal.getsignal(signal.SIGTERM) == previous


def test_errors_go_to_the_handler_and_the_loop_goes_on():
    errors: list[Exception] = []

    def job() -> None:
        raise InputError("source down")

    assert run_every(0.01, job, max_runs=2, on_error=errors.append) == 2
    assert len(errors) == 2
