"""Saving drafts off the GUI thread without ever losing the latest keystrokes.

One writer thread with its own SQLite connection takes snapshots of items. If several
snapshots of the same item wait, only the newest is written (each write is a full state,
so nothing is lost by skipping the older ones). ``flush`` waits until everything handed
over so far is on disk: the window calls it before closing.
"""

from __future__ import annotations

import copy
import logging
import threading
from collections.abc import Callable
from pathlib import Path

from desktop_app.domain.model import AgendaItem
from desktop_app.errors import PaatospajaError
from desktop_app.storage.database import connect
from desktop_app.storage.items import ItemRepository

log = logging.getLogger(__name__)

SavedCallback = Callable[[AgendaItem], None]
FailedCallback = Callable[[int, PaatospajaError | Exception], None]


class AutosaveWriter:
    def __init__(
        self,
        database_path: Path,
        on_saved: SavedCallback | None = None,
        on_failed: FailedCallback | None = None,
    ) -> None:
        self._path = database_path
        self._on_saved = on_saved
        self._on_failed = on_failed
        self._pending: dict[int, AgendaItem] = {}
        self._condition = threading.Condition()
        self._busy = False
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="autosave", daemon=True)
        self._thread.start()

    def submit(self, item: AgendaItem) -> None:
        """Queue a snapshot of ``item`` (which must already have an id)."""
        if item.id is None:
            raise ValueError("save a new item once before autosaving it")
        snapshot = copy.deepcopy(item)
        with self._condition:
            self._pending[item.id] = snapshot
            self._condition.notify_all()

    def flush(self, timeout: float = 30.0) -> bool:
        """Block until every submitted snapshot is written; False on timeout."""
        with self._condition:
            return self._condition.wait_for(
                lambda: not self._pending and not self._busy, timeout=timeout
            )

    def close(self) -> None:
        self.flush()
        with self._condition:
            self._stopping = True
            self._condition.notify_all()
        self._thread.join(timeout=30)

    def _run(self) -> None:
        connection = connect(self._path)
        repository = ItemRepository(connection)
        try:
            while True:
                with self._condition:
                    self._condition.wait_for(lambda: self._pending or self._stopping)
                    if not self._pending and self._stopping:
                        return
                    item_id, item = self._pending.popitem()
                    self._busy = True
                try:
                    saved = repository.save(item)
                except Exception as error:  # reported to the UI, which keeps the edits
                    log.exception("autosave of item %s failed", item_id)
                    if self._on_failed is not None:
                        self._on_failed(item_id, error)
                else:
                    if self._on_saved is not None:
                        self._on_saved(saved)
                finally:
                    with self._condition:
                        self._busy = False
                        self._condition.notify_all()
        finally:
            connection.close()
