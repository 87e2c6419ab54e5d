"""The attachments of an agenda item: name, file and whether it may go on the web.

A DOCX attachment with a file is appended to the agenda packet and the minutes; others are
listed by name. An attachment that is not public stays out of the publishing version, so the
secretary sets that here, item by item, where the attachments are chosen.
"""

from __future__ import annotations

from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QEvent, QMimeData, QObject, Qt, Signal
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.model import Attachment
from ui.widgets import named

NAME, FILE, PUBLIC = range(3)
_PATH_ROLE = Qt.ItemDataRole.UserRole


class AttachmentList(QWidget):
    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loading = False
        self.table = named(QTableWidget(0, 3), "attachment_table")
        self.table.setHorizontalHeaderLabels(
            [self.tr("Liitteen nimi"), self.tr("Tiedosto"), self.tr("Julkinen")]
        )
        self.table.setAccessibleName(self.tr("Liitteet"))
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.verticalHeader().setVisible(False)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(FILE, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(PUBLIC, QHeaderView.ResizeMode.ResizeToContents)
        self.table.setMinimumHeight(90)
        self.table.itemChanged.connect(self._item_changed)

        self.add_files = named(QPushButton(self.tr("Lisää tiedostoja…")), "attachment_add_files")
        self.add_files.clicked.connect(self.choose_files)
        self.add_row = named(QPushButton(self.tr("Lisää nimi")), "attachment_add_name")
        self.add_row.setToolTip(self.tr("Liite, jonka tiedosto ei ole tällä koneella"))
        self.add_row.clicked.connect(self.add_named)
        self.remove = named(QPushButton(self.tr("Poista")), "attachment_remove")
        self.remove.clicked.connect(self.remove_selected)
        # Delete on the table (not while a name is being edited) removes the selected row.
        self.table.installEventFilter(self)
        self.up = named(QPushButton(self.tr("Ylös")), "attachment_up")
        self.up.clicked.connect(lambda: self.move_selected(-1))
        self.down = named(QPushButton(self.tr("Alas")), "attachment_down")
        self.down.clicked.connect(lambda: self.move_selected(1))

        buttons = QHBoxLayout()
        for button in (self.add_files, self.add_row, self.remove, self.up, self.down):
            buttons.addWidget(button)
        buttons.addStretch(1)
        # Files dragged from Explorer onto the list are added like chosen ones; the table
        # would take the drop itself, so it hands drops to this widget.
        self.setAcceptDrops(True)
        self.table.setAcceptDrops(False)
        self.setFocusProxy(self.table)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)

    # --- the list -----------------------------------------------------------------------------
    def set_attachments(self, attachments: list[Attachment]) -> None:
        self._loading = True
        try:
            self.table.setRowCount(0)
            for attachment in attachments:
                self._append(attachment)
        finally:
            self._loading = False

    def attachments(self) -> list[Attachment]:
        """The attachments in order; a row with neither a name nor a file is left out."""
        found = []
        for attachment in self._rows():
            name = attachment.name.strip()
            if name or attachment.path:
                found.append(replace(attachment, name=name or Path(attachment.path).stem))
        return found

    # --- actions ------------------------------------------------------------------------------
    def choose_files(self) -> None:
        paths, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Valitse liitteet"),
            "",
            self.tr("Asiakirjat (*.docx *.pdf *.odt *.xlsx *.txt);;Kaikki tiedostot (*)"),
        )
        self.add_paths([Path(p) for p in paths])

    def add_paths(self, paths: list[Path]) -> None:
        for path in paths:
            self._append(Attachment(path.stem, str(path)))
        if paths:
            self.table.selectRow(self.table.rowCount() - 1)
            self.changed.emit()

    def add_named(self) -> None:
        self._append(Attachment(""))
        row = self.table.rowCount() - 1
        self.table.selectRow(row)
        name_item = self.table.item(row, NAME)
        if name_item is not None:
            self.table.editItem(name_item)
        self.changed.emit()

    def remove_selected(self) -> None:
        row = self.table.currentRow()
        if row >= 0:
            self.table.removeRow(row)
            self.changed.emit()

    def move_selected(self, step: int) -> None:
        row = self.table.currentRow()
        target = row + step
        if row < 0 or not 0 <= target < self.table.rowCount():
            return
        items = self._rows()
        items[row], items[target] = items[target], items[row]
        self.set_attachments(items)
        self.table.selectRow(target)
        self.changed.emit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if (
            watched is self.table
            and event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() == Qt.Key.Key_Delete
            and self.table.state() != QAbstractItemView.State.EditingState
        ):
            self.remove_selected()
            return True
        return super().eventFilter(watched, event)

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        if _dropped_files(event.mimeData()):
            event.acceptProposedAction()
        else:
            event.ignore()

    def dropEvent(self, event: QDropEvent) -> None:
        paths = _dropped_files(event.mimeData())
        if paths:
            self.add_paths(paths)
            event.acceptProposedAction()
        else:
            event.ignore()

    # --- internals ----------------------------------------------------------------------------
    def _rows(self) -> list[Attachment]:
        """Every row as it stands, an unnamed one too (moving must not drop a row being typed)."""
        rows = []
        for row in range(self.table.rowCount()):
            name_item, file_item, public_item = (self.table.item(row, c) for c in range(3))
            rows.append(
                Attachment(
                    name_item.text() if name_item else "",
                    str(file_item.data(_PATH_ROLE) or "") if file_item else "",
                    public_item is None or public_item.checkState() == Qt.CheckState.Checked,
                )
            )
        return rows

    def _append(self, attachment: Attachment) -> None:
        was_loading = self._loading
        self._loading = True
        try:
            row = self.table.rowCount()
            self.table.insertRow(row)
            self.table.setItem(row, NAME, QTableWidgetItem(attachment.name))
            file_item = QTableWidgetItem()
            file_item.setFlags(file_item.flags() & ~Qt.ItemFlag.ItemIsEditable)
            file_item.setData(_PATH_ROLE, attachment.path)
            self._describe_file(file_item, attachment.path)
            self.table.setItem(row, FILE, file_item)
            public_item = QTableWidgetItem()
            checkable = public_item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            public_item.setFlags(checkable & ~Qt.ItemFlag.ItemIsEditable)
            public_item.setCheckState(
                Qt.CheckState.Checked if attachment.public else Qt.CheckState.Unchecked
            )
            public_item.setToolTip(
                self.tr("Ei julkinen: jätetään pois verkkoon julkaistavasta versiosta")
            )
            self.table.setItem(row, PUBLIC, public_item)
        finally:
            self._loading = was_loading

    def _describe_file(self, item: QTableWidgetItem, raw: str) -> None:
        if not raw:
            item.setText("—")
            item.setToolTip(self.tr("Ei tiedostoa: liite mainitaan vain nimeltä"))
            return
        path = Path(raw)
        item.setText(path.name)
        if _missing_local_file(raw):
            item.setToolTip(self.tr("Tiedostoa ei löydy: {path}").replace("{path}", raw))
            item.setForeground(Qt.GlobalColor.darkRed)
        else:
            item.setToolTip(raw)

    def _item_changed(self, _item: QTableWidgetItem) -> None:
        if not self._loading:
            self.changed.emit()


def _dropped_files(mime: QMimeData) -> list[Path]:
    """The files (not folders) among dropped URLs; Qt gives UNC share paths as local files."""
    if not mime.hasUrls():
        return []
    paths = [Path(url.toLocalFile()) for url in mime.urls() if url.isLocalFile()]
    return [path for path in paths if _is_file(path)]


def _is_network_path(raw: str) -> bool:
    return raw.startswith(("\\\\", "//"))


def _missing_local_file(raw: str) -> bool:
    """True only when a local absolute path surely names no file.

    Loading an item must never wait for a server that is offline, nor fail on a path the
    user may not read: a network path or a path that cannot be checked counts as present.
    """
    path = Path(raw)
    if _is_network_path(raw) or not path.is_absolute():
        return False
    try:
        return not path.exists()
    except OSError:
        return False


def _is_file(path: Path) -> bool:
    try:
        return path.is_file()
    except OSError:
        return False
