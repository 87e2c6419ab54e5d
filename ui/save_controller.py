"""Saving the open item: autosave, versions worth keeping, honest status, conflicts.

The autosave writes within a second; versions are kept at moments worth returning to; a
conscious choice is asked for when another writer changed the same fields.

The window's status line says "Tallennettu" only after the writer thread's commit has
returned. A failed save keeps the text in the editor, says why in the user's language and
retries; a collision that cannot be merged opens the conflict view instead of writing.
"""

from __future__ import annotations

import copy
import time
from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app.autosave import AutosaveWriter, Conflict, Saved
from desktop_app.domain.changes import take_unit
from desktop_app.domain.model import AgendaItem, VersionReason
from desktop_app.errors import PaatospajaError
from desktop_app.messages import describe
from desktop_app.versioning import VersionPolicy
from desktop_app.workspace import Workspace
from ui.conflict_dialog import ConflictChoice, ConflictDialog
from ui.item_editor import ItemEditor
from ui.labels import unit_label
from ui.widgets import single_shot

#: Milliseconds from the first unsaved edit to its save: well inside the 2 s promise even
#: while the secretary keeps typing (the timer is not restarted by further keystrokes).
AUTOSAVE_DELAY_MS = 800
#: Seconds a save before leaving an item or closing may take before "Tallennetaan…" shows.
QUICK_SAVE_S = 0.3


class _Bridge(QObject):
    """Carries the writer thread's callbacks into the GUI thread as queued signals."""

    saved = Signal(object)
    failed = Signal(int, object)
    conflict = Signal(object)


class SaveController(QObject):
    """Owns the autosave writer of one window; the window shows what it reports.

    Text handed to the writer stays with the writer until it is written: a failed write is
    retried there (also after the user moved to another item), a conflict comes back here
    with the user's snapshot. Before the window leaves an item, reloads it or closes,
    :meth:`settle` writes what is queued and takes the writer's answers at once, so a
    conflict is decided while the user's text is still on screen.
    """

    status_changed = Signal(str)
    #: The item as stored after a write (for the list and the history).
    item_saved = Signal(object)

    def __init__(
        self,
        workspace: Workspace,
        editor: ItemEditor,
        show_item: Callable[[AgendaItem], None],
        parent: QWidget,
    ) -> None:
        super().__init__(parent)
        self._workspace = workspace
        self._editor = editor
        self._show_item = show_item
        self._window = parent
        self._bridge = _Bridge(self)
        self._bridge.saved.connect(self._on_saved)
        self._bridge.failed.connect(self._on_failed)
        self._bridge.conflict.connect(self._on_conflict)
        self.writer = AutosaveWriter(
            workspace.connect,
            on_saved=self._bridge.saved.emit,
            on_failed=self._bridge.failed.emit,
            on_conflict=self._bridge.conflict.emit,
        )
        self._base: AgendaItem | None = None
        self._unsaved = False
        self._failures: dict[int, str] = {}  # item id -> why its last write failed
        self._conflict: Conflict | None = None
        self._resolving = False
        self._policy = VersionPolicy()
        self._save_timer = single_shot(self, AUTOSAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self._version_timer = single_shot(self, 1000)
        self._version_timer.timeout.connect(self._check_pause_version)

    # --- what the window tells ----------------------------------------------------------
    def load_target(self, item_id: int) -> tuple[AgendaItem, AgendaItem] | None:
        """What the editor should show for ``item_id`` and the base of its edits.

        A snapshot the writer still holds (a write that failed and waits for its retry)
        is newer than the stored row: it is shown, so nothing typed is undone.
        """
        queued = self.writer.unwritten(item_id)
        if queued is None:
            return None
        item, base = queued
        return item, base or self._workspace.items.get(item_id)

    def item_loaded(self, item: AgendaItem | None, base: AgendaItem | None = None) -> None:
        """The editor now shows ``item``; ``base`` (default: the item) is what is stored."""
        self._base = copy.deepcopy(base or item) if item is not None else None
        self._unsaved = base is not None and item is not None
        self._conflict = None
        self._policy.reset()
        if item is not None and item.id is not None and base is None:
            self.writer.forget(item.id)

    def edited(self) -> None:
        if self._workspace.read_only:
            return
        self._unsaved = True
        self._policy.edited(time.monotonic())
        if self._conflict is not None:
            self.status_changed.emit(self._conflict_status())
            return
        if not self._current_failing():
            self.status_changed.emit(self.tr("Muutoksia ei ole vielä tallennettu…"))
        if not self._save_timer.isActive():
            self._save_timer.start()
        self._schedule_version_check()

    def save_now(self, version: VersionReason | None = None) -> None:
        """Hand the current state to the writer thread (returns at once)."""
        self._save_timer.stop()
        if self._workspace.read_only:
            return
        if self._conflict is not None:
            if version is not None:  # the user asked to save: decide the conflict now
                self._resolve(self._conflict)
            return
        item = self._editor.current_item()
        if item is None or item.id is None:
            return
        if not self._unsaved:
            if version is not None and self.writer.flush() and self._settled(item.id):
                self._keep_version(item.id, version)
            return
        item = self._editor.read_item()
        assert item is not None
        if version is None and self._base is not None and self._base.state != item.state:
            version = VersionReason.STATE
        if version is not None:
            self._policy.version_kept(time.monotonic())
        self._unsaved = False
        if not self._current_failing():
            self.status_changed.emit(self.tr("Tallennetaan…"))
        self.writer.submit(item, self._base, version)

    def save_version(self) -> None:
        """Tallenna nyt: written at once and kept as a version."""
        self.save_now(VersionReason.SAVED)

    def leave_item(self) -> None:
        """The user moves to another item or closes: keep a version if edits were made."""
        edited = self._policy.has_unkept_edits
        self.save_now(VersionReason.SAVED if edited else None)

    def settle(self) -> bool:
        """Before the user leaves the item (another item, a reload, closing): see flush.

        Also keeps a version when the item was edited since the last one.
        """
        self.leave_item()
        return self._take_answers()

    def ready_to_leave(self) -> bool:
        """Settle; False only while a conflict the user chose to decide later waits.

        A failed write does not hold the user on the item: the writer keeps its text.
        """
        self.settle()
        return self._conflict is None

    def flush(self) -> bool:
        """Write what is queued and take the writer's answers now.

        True when the open item's text is stored and no conflict waits. A conflict opens
        its dialog here, while the user's text is still in the editor.
        """
        self.save_now()
        return self._take_answers()

    def _take_answers(self) -> bool:
        self._wait_for_writer()
        QCoreApplication.sendPostedEvents(self)  # the queued saved/failed/conflict calls
        item = self._editor.current_item()
        if self._conflict is not None:
            self._resolve(self._conflict)
        if item is None or item.id is None:
            return True
        return self._conflict is None and not self._unsaved and self._settled(item.id)

    def unsaved_reasons(self) -> list[str]:
        """Why something typed is not stored yet, one line an item (for the close question)."""
        reasons = [reason for _, reason in sorted(self._failures.items())]
        if self._conflict is not None:
            reasons.append(self._conflict_status())
        return reasons

    def shutdown(self) -> None:
        self._version_timer.stop()
        self._save_timer.stop()
        self.writer.close(timeout=10)

    @property
    def conflict_pending(self) -> bool:
        """A conflict the user chose to decide later: their text exists only on screen."""
        return self._conflict is not None

    @property
    def unsaved(self) -> bool:
        return self._unsaved or self._conflict is not None or bool(self._failures)

    def _wait_for_writer(self) -> None:
        """Wait until the writer has tried what is queued, without freezing the window.

        Usually that takes milliseconds. Into a database another program holds locked one try
        lasts SQLite's busy timeout (seconds): meanwhile "Tallennetaan…" is shown and the
        window keeps painting; what the user types or clicks waits until the answer is in.
        """
        target = self.writer.begin_flush()
        if self.writer.wait_tried(target, QUICK_SAVE_S):
            return
        dialog = QProgressDialog(self.tr("Tallennetaan…"), "", 0, 0, self._window)
        dialog.setObjectName("savingWait")
        dialog.setWindowTitle(self.tr("Päätöspaja"))
        dialog.setCancelButton(None)  # the try ends by itself within the busy timeout
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(0)
        dialog.show()
        try:
            while not self.writer.wait_tried(target, 0.05):
                QCoreApplication.processEvents(
                    QEventLoop.ProcessEventsFlag.ExcludeUserInputEvents, 50
                )
        finally:
            dialog.close()
            dialog.deleteLater()

    def _settled(self, item_id: int) -> bool:
        return item_id not in self._failures and self.writer.is_settled(item_id)

    def _current_failing(self) -> bool:
        item = self._editor.current_item()
        return item is not None and item.id in self._failures

    # --- what the writer reports --------------------------------------------------------
    def _on_saved(self, saved: Saved) -> None:
        item_id = saved.item.id
        assert item_id is not None
        self._failures.pop(item_id, None)
        current = self._editor.current_item()
        is_current = current is not None and current.id == item_id
        if not is_current:
            self.item_saved.emit(saved.item)
            return
        assert current is not None
        current.revision = saved.item.revision
        current.modified = saved.item.modified
        self._base = copy.deepcopy(saved.item)
        if saved.theirs_applied:
            self._apply_theirs(saved)
        stamp = datetime.now().strftime("%H.%M.%S")
        if saved.theirs_applied:
            labels = ", ".join(unit_label(u) for u in saved.theirs_applied)
            text = self.tr("Tallennettu klo %s – mukana toisaalla tehdyt muutokset: %s")
            self.status_changed.emit(text % (stamp, labels))
        elif not self._unsaved and not saved.newer_queued:
            self.status_changed.emit(self.tr("Tallennettu klo %s") % stamp)
        self.item_saved.emit(saved.item)

    def _apply_theirs(self, saved: Saved) -> None:
        """Show the other writer's fields in the editor, keeping what the user typed since."""
        if self._editor.apply_units(saved.item, saved.theirs_applied):
            self._base = copy.deepcopy(saved.item)
            return
        shown = self._editor.read_item()
        if shown is None:
            return
        merged = copy.deepcopy(shown)
        for unit in saved.theirs_applied:
            take_unit(merged, saved.item, unit)
        merged.revision = saved.item.revision
        self._show_item(merged)
        self.item_loaded(merged, saved.item)
        if self._unsaved and not self._save_timer.isActive():
            self._save_timer.start()

    def _on_failed(self, item_id: int, error: object) -> None:
        reason = describe(error) if isinstance(error, PaatospajaError) else str(error)
        self._failures[item_id] = reason
        current = self._editor.current_item()
        if current is not None and current.id == item_id:
            text = self.tr("Ei tallennettu: %s Teksti on tallessa ikkunassa; yritetään uudelleen.")
        else:
            text = self.tr("Asian %s muutoksia ei ole tallennettu: %s Yritetään uudelleen.")
            text = text % (item_id, "%s")
        self.status_changed.emit(text % reason)

    def _on_conflict(self, conflict: Conflict) -> None:
        current = self._editor.current_item()
        if current is None or current.id != conflict.mine.id:
            # The user had moved on: bring their text back before asking.
            self._show_item(conflict.mine)
            self.item_loaded(conflict.mine, conflict.theirs)
        self._conflict = conflict
        self._unsaved = False
        self._save_timer.stop()
        self.status_changed.emit(self._conflict_status())
        self._resolve(conflict)

    def _conflict_status(self) -> str:
        return self.tr(
            "Ei tallennettu: asiaa muutettiin toisaalla. Valitse, kumpi versio jää "
            "(Tallenna nyt, Ctrl+S)."
        )

    def _resolve(self, conflict: Conflict) -> None:
        if self._resolving:  # a timer fired while the dialog is open
            return
        self._resolving = True
        self._version_timer.stop()
        try:
            self._decide(conflict)
        finally:
            self._resolving = False

    def _decide(self, conflict: Conflict) -> None:
        shown = self._editor.current_item()
        same = shown is not None and shown.id == conflict.mine.id
        mine = (self._editor.read_item() if same else None) or conflict.mine
        dialog = ConflictDialog(mine, conflict.theirs, conflict.fields, self._window)
        dialog.exec()
        choice = dialog.choice()
        dialog.deleteLater()
        if choice is ConflictChoice.LATER:
            self._unsaved = True
            return
        self._conflict = None
        assert mine.id is not None
        if choice is ConflictChoice.THEIRS:
            stored = self._workspace.items.get(mine.id)
            self._show_item(stored)
            self.status_changed.emit(self.tr("Toisaalla tallennettu versio otettiin käyttöön."))
            return
        # Mine wins, consciously: the other writer's state stays in the history first.
        self._keep_version(mine.id, VersionReason.SAVED, quiet=True)
        # Against the revision the user saw: a write made while the dialog was open is
        # another conflict (merged or asked), never silently overwritten.
        mine.revision = conflict.theirs.revision
        self._base = copy.deepcopy(conflict.theirs)
        self._unsaved = True
        self.save_now(VersionReason.SAVED)

    # --- versions -------------------------------------------------------------------------
    def _schedule_version_check(self) -> None:
        wait = self._policy.next_check_in(time.monotonic())
        if wait is not None:
            self._version_timer.start(max(200, int(wait * 1000)))

    def _check_pause_version(self) -> None:
        if self._resolving or self._conflict is not None:
            return
        if self._policy.pause_version_due(time.monotonic()):
            self.save_now(VersionReason.PAUSE)
            if not self._unsaved:  # nothing new since the last save: keep the stored state
                item = self._editor.current_item()
                if item is not None and item.id is not None and self._settled(item.id):
                    self._keep_version(item.id, VersionReason.PAUSE)
            self._policy.version_kept(time.monotonic())
        self._schedule_version_check()

    def _keep_version(self, item_id: int, reason: VersionReason, quiet: bool = False) -> None:
        try:
            kept = self._workspace.items.keep_version(item_id, reason)
        except PaatospajaError as error:
            self._on_failed(item_id, error)
            return
        self._policy.version_kept(time.monotonic())
        if kept is not None and not quiet:
            stored = self._workspace.items.get(item_id)
            self.item_saved.emit(stored)
