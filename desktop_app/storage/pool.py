"""A few read-only connections for readers on any thread, and never more than a few.

Thread-local connections leak on Qt's thread pool, whose threads come and go: each new
thread opened a connection that nobody closed. Here a reader borrows a connection for one
job and gives it back; idle ones beyond ``keep`` are closed, and ``close`` ends them all.
"""

from __future__ import annotations

import contextlib
import sqlite3
import threading
from collections.abc import Iterator
from pathlib import Path

from desktop_app.storage.database import connect


class ReaderPool:
    def __init__(self, database: Path, keep: int = 2) -> None:
        self._database = database
        self._keep = keep
        self._idle: list[sqlite3.Connection] = []
        self._lent = 0
        self._lock = threading.Lock()
        self._closed = False

    @contextlib.contextmanager
    def connection(self) -> Iterator[sqlite3.Connection]:
        """A read-only connection for the duration of the ``with`` block."""
        with self._lock:
            borrowed = self._idle.pop() if self._idle else None
            self._lent += 1
        try:
            if borrowed is None:
                borrowed = connect(self._database, read_only=True)
            yield borrowed
        finally:
            with self._lock:
                self._lent -= 1
                keep = not self._closed and len(self._idle) < self._keep
                if keep and borrowed is not None:
                    self._idle.append(borrowed)
                    borrowed = None
            if borrowed is not None:
                borrowed.close()

    def close(self) -> None:
        with self._lock:
            self._closed = True
            idle, self._idle = self._idle, []
        for connection in idle:
            connection.close()
