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
import time
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
    #: A newer snapshot of the item was already waiting when this one was written.
    newer_queued: bool = False


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
    not_before: float = 0.0  # a failed write waits before it is tried again


@dataclass
class _Lineage:
    """What this writer itself wrote for one item, so its own queued snapshots follow it.

    ``continues``: revisions a queued snapshot may carry and still simply continue from the
    newest write (ours). ``merges_from``: revisions from before a merge with another
    writer's fields; such a snapshot lacks those fields and is merged again, from the
    snapshot that was merged as its base, so only the other writer's fields are taken.
    """

    continues: set[int]
    merges_from: dict[int, AgendaItem]
    latest: AgendaItem


#: Seconds between tries of a write that failed (a busy, full or read-only database).
RETRY_SECONDS = 5.0


class AutosaveWriter:
    def __init__(
        self,
        connect: Callable[[], sqlite3.Connection],
        on_saved: SavedCallback | None = None,
        on_failed: FailedCallback | None = None,
        on_conflict: ConflictCallback | None = None,
        retry_seconds: float = RETRY_SECONDS,
    ) -> None:
        self._connect = connect
        self._on_saved = on_saved
        self._on_failed = on_failed
        self._on_conflict = on_conflict
        self._retry_seconds = retry_seconds
        self._pending: dict[int, _Pending] = {}
        self._failing: set[int] = set()
        self._lineage: dict[int, _Lineage] = {}
        self._attempts = 0
        self._condition = threading.Condition()
        self._busy: int | None = None
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

    def is_settled(self, item_id: int) -> bool:
        """Whether everything submitted for ``item_id`` is written (nothing queued or failing)."""
        with self._condition:
            return item_id not in self._pending and self._busy != item_id

    def unwritten(self, item_id: int) -> tuple[AgendaItem, AgendaItem | None] | None:
        """The queued (not yet written) snapshot of ``item_id`` and its base, if any.

        A window that opens the item again shows this, not the older stored row: the
        next keystroke must continue the queued text, not overwrite it with the old.
        """
        with self._condition:
            pending = self._pending.get(item_id)
            if pending is None:
                return None
            return copy.deepcopy(pending.item), copy.deepcopy(pending.base)

    def forget(self, item_id: int) -> None:
        """Forget how this writer's own writes of ``item_id`` chain; queued text stays queued.

        Called when the window loads the item afresh from the database: the next snapshot
        carries the stored revision. A snapshot still queued or failing is never dropped.
        """
        with self._condition:
            self._lineage.pop(item_id, None)

    def flush(self, timeout: float = 30.0) -> bool:
        """Block until every snapshot submitted so far has been tried once; True if written.

        A write that fails stays queued and is tried again every few seconds; flush does not
        wait for those retries (the window must not freeze on a full disk), it says False.
        """
        target = self.begin_flush()
        self.wait_tried(target, timeout)
        return self.written()

    def begin_flush(self) -> int:
        """Ask for every queued snapshot to be tried now; the count :meth:`wait_tried` awaits.

        The window waits in short steps with :meth:`wait_tried`, painting meanwhile: one try
        into a database another program has locked lasts SQLite's whole busy timeout.
        """
        with self._condition:
            for pending in self._pending.values():
                pending.not_before = 0.0  # asked for now: a failed one is tried once more
            self._condition.notify_all()
            return self._attempts + len(self._pending) + (1 if self._busy is not None else 0)

    def wait_tried(self, target: int, timeout: float) -> bool:
        """Whether everything asked for by :meth:`begin_flush` was tried, waiting ``timeout``."""
        with self._condition:
            return self._condition.wait_for(
                lambda: (
                    (not self._pending and self._busy is None)
                    or self._attempts >= target
                    or self._stopping
                ),
                timeout=timeout,
            )

    def written(self) -> bool:
        """Whether nothing is queued or being written."""
        with self._condition:
            return not self._pending and self._busy is None

    def close(self, timeout: float = 30.0) -> bool:
        """Write what is queued and stop; False if something could not be written."""
        written = self.flush(timeout)
        with self._condition:
            self._stopping = True
            self._condition.notify_all()
        self._thread.join(timeout=30)
        return written

    def _next(self) -> tuple[int, _Pending] | None:
        """The next snapshot whose time has come; call with the condition held."""
        now = time.monotonic()
        for item_id, pending in self._pending.items():
            if pending.not_before <= now or self._stopping:
                return item_id, self._pending.pop(item_id)
        return None

    def _wait_time(self) -> float | None:
        if not self._pending:
            return None
        return max(0.0, min(p.not_before for p in self._pending.values()) - time.monotonic())

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
                    chosen = self._next()
                    while chosen is None:
                        if self._stopping:
                            return
                        self._condition.wait(self._wait_time())
                        chosen = self._next()
                    item_id, pending = chosen
                    self._busy = item_id
                try:
                    self._write(repository, item_id, pending)
                    with self._condition:
                        self._failing.discard(item_id)
                except Exception as error:  # kept and tried again; the UI says why
                    log.warning("autosave of item %s failed: %s", item_id, error)
                    self._requeue(item_id, pending)
                    if self._on_failed is not None:
                        self._on_failed(item_id, error)
                finally:
                    with self._condition:
                        self._busy = None
                        self._attempts += 1
                        self._condition.notify_all()
        finally:
            connection.close()

    def _requeue(self, item_id: int, pending: _Pending) -> None:
        """Put a failed snapshot back, unless a newer one of the same item is waiting."""
        with self._condition:
            self._failing.add(item_id)
            newer = self._pending.get(item_id)
            if newer is None:
                pending.not_before = time.monotonic() + self._retry_seconds
                self._pending[item_id] = pending
            else:
                newer.base = pending.base
                newer.version = newer.version or pending.version

    def _fail_all(self, error: Exception) -> None:
        while True:
            with self._condition:
                self._condition.wait_for(lambda: self._pending or self._stopping)
                if self._stopping:
                    return
                item_ids = list(self._pending)
                self._attempts += len(item_ids)
                self._condition.notify_all()
            for item_id in item_ids:  # nothing can be written: every edit stays queued
                if self._on_failed is not None:
                    self._on_failed(item_id, error)
            with self._condition:
                self._condition.wait(self._retry_seconds)

    def _write(self, repository: ItemRepository, item_id: int, pending: _Pending) -> None:
        item, base = copy.deepcopy(pending.item), pending.base
        lineage = self._lineage.get(item_id)
        if lineage is not None and item.revision in lineage.continues:
            # A snapshot taken before our own previous write came back: it continues it.
            item.revision, base = lineage.latest.revision, lineage.latest
        elif lineage is not None and item.revision in lineage.merges_from:
            base = lineage.merges_from[item.revision]  # merged again, from what was merged
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
        self._lineage[item_id] = self._follow(lineage, started, saved, pending.item, applied)
        with self._condition:
            newer = item_id in self._pending
        if self._on_saved is not None:
            self._on_saved(Saved(saved, applied, newer))

    @staticmethod
    def _follow(
        lineage: _Lineage | None,
        started: int,
        saved: AgendaItem,
        submitted: AgendaItem,
        applied: list[str],
    ) -> _Lineage:
        continues = set(lineage.continues) if lineage is not None else set()
        merges_from = dict(lineage.merges_from) if lineage is not None else {}
        if not applied:
            continues |= {started, saved.revision}
            return _Lineage(continues, merges_from, copy.deepcopy(saved))
        # Snapshots queued before the merge reached the window lack the other writer's fields.
        merged_base = copy.deepcopy(submitted)
        for revision in continues | {started, submitted.revision}:
            merges_from[revision] = merged_base
        return _Lineage({saved.revision}, merges_from, copy.deepcopy(saved))
