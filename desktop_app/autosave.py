"""Saving drafts off the GUI thread without ever losing the latest keystrokes.

One writer thread with its own SQLite connection takes snapshots of items. If several
snapshots of the same item wait, only the newest is written (each write is a full state,
so nothing is lost by skipping the older ones). ``flush`` waits until everything handed
over so far is on disk: the window calls it before closing.

Every write is a compare-and-swap on the item's revision. When another writer (a second
window, the command line recording a decision) wrote the item meanwhile, the writer merges
field by field from the common base: what only the other side changed is taken, what only
the user changed is kept. Only when both changed the same field is the user asked
(``on_conflict``); nothing is written over the other writer's text until then.
"""

from __future__ import annotations

import copy
import logging
import sqlite3
import threading
from collections.abc import Callable
from dataclasses import dataclass, field

from desktop_app.domain.changes import merge_items
from desktop_app.domain.model import AgendaItem, VersionReason
from desktop_app.errors import ItemConflict, PaatospajaError
from desktop_app.storage.items import ItemRepository

log = logging.getLogger(__name__)


@dataclass
class Saved:
    """What was written: the item as stored, and the fields taken from another writer."""

    item: AgendaItem
    theirs_applied: list[str] = field(default_factory=list)


@dataclass
class Conflict:
    """Both the user and another writer changed ``fields``; nothing was written."""

    mine: AgendaItem
    theirs: AgendaItem
    fields: list[str]


SavedCallback = Callable[[Saved], None]
FailedCallback = Callable[[int, PaatospajaError | Exception], None]
ConflictCallback = Callable[[Conflict], None]


@dataclass
class _Pending:
    item: AgendaItem
    base: AgendaItem | None
    version: VersionReason | None


@dataclass
class _Lineage:
    """The revisions this writer itself produced for one item, and the last state written."""

    revisions: set[int]
    latest: AgendaItem


class AutosaveWriter:
    def __init__(
        self,
        connect: Callable[[], sqlite3.Connection],
        on_saved: SavedCallback | None = None,
        on_failed: FailedCallback | None = None,
        on_conflict: ConflictCallback | None = None,
    ) -> None:
        self._connect = connect
        self._on_saved = on_saved
        self._on_failed = on_failed
        self._on_conflict = on_conflict
        self._pending: dict[int, _Pending] = {}
        self._lineage: dict[int, _Lineage] = {}
        self._condition = threading.Condition()
        self._busy = False
        self._stopping = False
        self._thread = threading.Thread(target=self._run, name="autosave", daemon=True)
        self._thread.start()

    def submit(
        self,
        item: AgendaItem,
        base: AgendaItem | None = None,
        version: VersionReason | None = None,
    ) -> None:
        """Queue a snapshot of ``item`` (which must already have an id).

        ``base`` is the state the user's edits started from (as loaded or last saved); it
        lets a collision with another writer be merged. ``version`` keeps the write as a
        version in the history; a waiting request for one is not lost by a newer snapshot.
        """
        if item.id is None:
            raise ValueError("save a new item once before autosaving it")
        snapshot = copy.deepcopy(item)
        with self._condition:
            waiting = self._pending.get(item.id)
            if waiting is not None:
                base = waiting.base
                version = version or waiting.version
            self._pending[item.id] = _Pending(snapshot, copy.deepcopy(base), version)
            self._condition.notify_all()

    def forget(self, item_id: int) -> None:
        """Drop what is known of ``item_id``: the window reloaded it from the database."""
        with self._condition:
            self._pending.pop(item_id, None)
            self._lineage.pop(item_id, None)

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
        try:
            connection = self._connect()
        except Exception as error:  # reported on the first save; the UI keeps the edits
            log.exception("autosave could not open the database")
            self._fail_all(error)
            return
        repository = ItemRepository(connection)
        try:
            while True:
                with self._condition:
                    self._condition.wait_for(lambda: self._pending or self._stopping)
                    if not self._pending and self._stopping:
                        return
                    item_id, pending = self._pending.popitem()
                    self._busy = True
                try:
                    self._write(repository, item_id, pending)
                except Exception as error:  # reported to the UI, which keeps the edits
                    log.warning("autosave of item %s failed: %s", item_id, error)
                    if self._on_failed is not None:
                        self._on_failed(item_id, error)
                finally:
                    with self._condition:
                        self._busy = False
                        self._condition.notify_all()
        finally:
            connection.close()

    def _fail_all(self, error: Exception) -> None:
        while True:
            with self._condition:
                self._condition.wait_for(lambda: self._pending or self._stopping)
                if not self._pending and self._stopping:
                    return
                item_id, _ = self._pending.popitem()
                self._condition.notify_all()
            if self._on_failed is not None:
                self._on_failed(item_id, error)

    def _write(self, repository: ItemRepository, item_id: int, pending: _Pending) -> None:
        item, base = pending.item, pending.base
        lineage = self._lineage.get(item_id)
        if lineage is not None and item.revision in lineage.revisions:
            # A snapshot taken before our own previous write came back: it continues it.
            item.revision, base = lineage.latest.revision, lineage.latest
        started = item.revision
        try:
            saved = repository.save(item, version=pending.version)
            applied: list[str] = []
        except ItemConflict:
            theirs = repository.get(item_id)
            merge = merge_items(base, item, theirs) if base is not None else None
            if merge is None or not merge.clean:
                self._lineage.pop(item_id, None)
                if self._on_conflict is not None:
                    fields = merge.conflicts if merge is not None else []
                    self._on_conflict(Conflict(item, theirs, fields))
                return
            saved = repository.save(merge.item, version=VersionReason.MERGED)
            applied = merge.theirs_applied
        # After a merge, snapshots from before it lack the other writer's fields: they must
        # merge again rather than continue from the merged state.
        known = lineage.revisions if lineage is not None and not applied else set()
        revisions = known | {saved.revision} | (set() if applied else {started})
        self._lineage[item_id] = _Lineage(revisions, copy.deepcopy(saved))
        if self._on_saved is not None:
            self._on_saved(Saved(saved, applied))
