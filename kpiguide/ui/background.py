"""Long work off the UI thread, with a progress bar (fitting many series, rendering all reports)."""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

import ipywidgets as widgets

__all__ = ["BackgroundTask"]

Progress = Callable[[int, int], None]


class BackgroundTask(widgets.VBox):
    """A progress bar and a status line for one piece of long work at a time.

    :meth:`start` runs ``work(progress)`` in a thread (``progress(done, total)``
    moves the bar) and then calls ``on_done(result)`` or ``on_error(exc)``.
    With ``threaded=False`` (tests, headless execution) the work runs at once.
    """

    def __init__(self, *, threaded: bool = True) -> None:
        self.threaded = threaded
        self.bar = widgets.IntProgress(value=0, min=0, max=1, layout=widgets.Layout(width="60%", visibility="hidden"))
        self.status = widgets.HTML()
        self.thread: threading.Thread | None = None
        self._lock = threading.Lock()
        self._pending: tuple[Any, ...] | None = None
        super().__init__([widgets.HBox([self.bar, self.status])])
        self.add_class("kpiguide-background-task")

    @property
    def running(self) -> bool:
        return self.thread is not None and self.thread.is_alive()

    def progress(self, done: int, total: int) -> None:
        self.bar.max = max(int(total), 1)
        self.bar.value = min(int(done), self.bar.max)
        self.status.value = f"{done} / {total}"

    def start(
        self,
        work: Callable[[Progress], Any],
        on_done: Callable[[Any], None],
        on_error: Callable[[BaseException], None],
        *,
        label: str = "",
    ) -> None:
        """Run ``work``; a start while one is running is queued (only the latest one is kept)."""
        job = (work, on_done, on_error, label)
        with self._lock:
            if self.running:
                self._pending = job
                return
        if not self.threaded:
            self._run(job)
            return
        self.thread = threading.Thread(target=self._loop, args=(job,), name="kpiguide-background", daemon=True)
        self.thread.start()

    def _loop(self, job: tuple[Any, ...] | None) -> None:
        while job is not None:
            self._run(job)
            with self._lock:
                job, self._pending = self._pending, None

    def _run(self, job: tuple[Any, ...]) -> None:
        work, on_done, on_error, label = job
        self.bar.layout.visibility = "visible"
        self.bar.bar_style = "info"
        self.bar.value = 0
        self.status.value = label
        try:
            result = work(self.progress)
        except Exception as exc:  # noqa: BLE001 - handed to the caller to show in the page
            self.bar.bar_style = "danger"
            on_error(exc)
            return
        self.bar.bar_style = "success"
        self.bar.value = self.bar.max
        self.status.value = ""
        self.bar.layout.visibility = "hidden"
        on_done(result)

    def wait(self, timeout: float | None = None) -> None:
        """Block until the running work has finished (for scripts and tests)."""
        if self.thread is not None:
            self.thread.join(timeout)
