"""The one adapter between the core's ``run(inputs, state)`` functions and the GUI thread.

A :class:`Task` runs a plain core function on the global QThreadPool. Progress, the result
and errors come back as queued signals, so slots always run on the GUI thread; ``cancel``
sets the core's TaskState flag, which the function checks between steps.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject, QRunnable, QThreadPool, Signal

from desktop_app.tasks import Cancelled, TaskState

log = logging.getLogger(__name__)

PROGRESS_INTERVAL_S = 0.05


class Task(QObject):
    progress = Signal(int, int, str)
    finished = Signal(object)
    failed = Signal(object)
    cancelled = Signal()

    def __init__(self, function: Callable[[TaskState], Any], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.state = TaskState(on_progress=self._report_progress)
        self._last_progress = 0.0
        self._last_total = -1
        self._function = function
        self.done = False

    def start(self, pool: QThreadPool | None = None) -> Task:
        (pool or QThreadPool.globalInstance()).start(_Runner(self))
        return self

    def cancel(self) -> None:
        self.state.cancel()

    def _report_progress(self, done: int, total: int, message: str) -> None:
        """Forward at most ~20 updates a second, but every new phase of the work.

        A flood of queued signals would keep the GUI thread busy repainting a progress bar
        instead of answering the user. A new phase (another total, or a step without one,
        like the import turning to the index) is never dropped: the dialog would otherwise
        say "imported" through the whole index build.
        """
        now = time.monotonic()
        if (
            now - self._last_progress >= PROGRESS_INTERVAL_S
            or (total and done >= total)
            or total != self._last_total
            or not total
        ):
            self._last_progress = now
            self._last_total = total
            _send(self.progress, done, total, message)

    def _run(self) -> None:
        try:
            result = self._function(self.state)
        except Cancelled:
            _send(self.cancelled)
        except Exception as error:  # handed to the GUI, which tells the user
            log.exception("background task failed")
            _send(self.failed, error)
        else:
            _send(self.finished, result)
        # Only now: whoever frees a done task must find its result already on its way.
        self.done = True


def _send(signal: Any, *args: Any) -> None:
    """Emit from the worker thread, unless the view that started the task is gone.

    A window closed while its search or export still runs deletes the task's Qt side;
    the work is done and nobody is left to tell, which is no error worth a traceback.
    """
    try:
        signal.emit(*args)
    except RuntimeError:
        log.debug("a background task finished after its view was closed")


def running(tasks: list[Task]) -> list[Task]:
    """The tasks still running; the finished ones are freed.

    A finished task has sent its result (``done`` is set after it), so nothing waits for
    it; without this a view would keep every task it ever started until it closes.
    """
    for task in tasks:
        if task.done:
            task.deleteLater()
    return [task for task in tasks if not task.done]


class _Runner(QRunnable):
    def __init__(self, task: Task) -> None:
        super().__init__()
        self._task = task

    def run(self) -> None:
        self._task._run()
