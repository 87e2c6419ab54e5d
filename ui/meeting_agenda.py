"""The agenda of one meeting: its entries in order, reordered by dragging or Ctrl+Up/Down."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QAbstractItemView, QListWidget, QWidget

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2


class AgendaList(QListWidget):
    """Emits ``move_requested(entry_id, position)``; the view stores the order and redraws.

    A drop and a key press ask the same way, so both go through the meeting's rules
    (a published agenda refuses, the standing items keep their places) in one place.
    """

    move_requested = Signal(int, int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.model().rowsMoved.connect(self._on_rows_moved)
        self.setAccessibleName(QCoreApplication.translate("MeetingView", "Esityslista"))
        self.setAccessibleDescription(
            QCoreApplication.translate(
                "MeetingView", "Järjestä vetämällä tai Ctrl+Nuoli ylös / Ctrl+Nuoli alas"
            )
        )

    def entry_id(self, row: int) -> int | None:
        entry = self.item(row)
        return int(entry.data(ENTRY_ROLE)) if entry is not None else None

    def select_entry(self, entry_id: int) -> None:
        for row in range(self.count()):
            if self.entry_id(row) == entry_id:
                self.setCurrentRow(row)
                return

    def keyPressEvent(self, event: QKeyEvent) -> None:
        step = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1}.get(Qt.Key(event.key()))
        if step is not None and event.modifiers() == Qt.KeyboardModifier.ControlModifier:
            self.move_current(step)
            event.accept()
            return
        super().keyPressEvent(event)

    def move_current(self, step: int) -> None:
        """Ask to move the selected entry ``step`` places; nothing past either end."""
        row = self.currentRow()
        target = row + step
        entry_id = self.entry_id(row)
        if entry_id is None or not 0 <= target < self.count():
            return
        self.move_requested.emit(entry_id, target)

    def _on_rows_moved(
        self, _parent: QModelIndex, start: int, _end: int, _destination: QModelIndex, row: int
    ) -> None:
        position = row if row < start else row - 1
        entry_id = self.entry_id(position)
        if entry_id is None:
            return
        # the list already shows the new order; it is stored (and renumbered) after the drop
        QTimer.singleShot(0, lambda: self.move_requested.emit(entry_id, position))
