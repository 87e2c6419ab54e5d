"""One shape for all long work: ``run(inputs, state)``.

Indexing, import, export and sync are plain functions that take a :class:`TaskState`,
report progress through it and check ``state.cancelled`` between steps. They know nothing of
threads or Qt; the UI runs them in a worker and turns the callbacks into signals, and tests
simply call them.
"""

from __future__ import annotations

import threading
from collections.abc import Callable

from desktop_app.errors import PaatospajaError


class Cancelled(PaatospajaError):
    code = "task.cancelled"


ProgressCallback = Callable[[int, int, str], None]


class TaskState:
    """Progress reporting and cancellation shared between a worker and whoever started it."""

    def __init__(self, on_progress: ProgressCallback | None = None) -> None:
        self._cancel = threading.Event()
        self._on_progress = on_progress

    @property
    def cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        """Raise :class:`Cancelled` if cancellation was asked for."""
        if self._cancel.is_set():
            raise Cancelled()

    def progress(self, done: int, total: int, message: str = "") -> None:
        if self._on_progress is not None:
            self._on_progress(done, total, message)
