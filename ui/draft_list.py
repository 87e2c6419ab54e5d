"""The list of drafts with filters by body and state."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.model import AgendaItem, ItemState, Organization
from ui.labels import state_label
from ui.widgets import named

_Index = QModelIndex | QPersistentModelIndex


class DraftListModel(QAbstractTableModel):
    HEADERS = (
        QT_TRANSLATE_NOOP("DraftListModel", "Otsikko"),
        QT_TRANSLATE_NOOP("DraftListModel", "Toimielin"),
        QT_TRANSLATE_NOOP("DraftListModel", "Tila"),
        QT_TRANSLATE_NOOP("DraftListModel", "Muokattu"),
    )

    def __init__(self) -> None:
        super().__init__()
        self._items: list[AgendaItem] = []
        self._bodies: dict[str, str] = {}

    def set_items(self, items: list[AgendaItem], bodies: dict[str, str]) -> None:
        self.beginResetModel()
        self._items = items
        self._bodies = bodies
        self.endResetModel()

    def item_at(self, row: int) -> AgendaItem:
        return self._items[row]

    def row_of(self, item_id: int) -> int:
        return next((i for i, item in enumerate(self._items) if item.id == item_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> object:
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(str(self.HEADERS[section]))
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or role not in (
            Qt.ItemDataRole.DisplayRole,
            Qt.ItemDataRole.ToolTipRole,
        ):
            return None
        item = self._items[index.row()]
        column = index.column()
        if column == 0:
            title = item.title or self.tr("(nimetön asia)")
            body = self._bodies.get(item.organization_id, item.organization_id)
            return f"{title}\n{body} · {state_label(item.state)} · {_local_time(item.modified)}"
        if column == 1:
            return self._bodies.get(item.organization_id, item.organization_id)
        if column == 2:
            return state_label(item.state)
        return _local_time(item.modified)

    def update_item(self, item: AgendaItem) -> bool:
        row = self.row_of(item.id or -1)
        if row < 0:
            return False
        self._items[row] = item
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.HEADERS) - 1))
        return True


def _local_time(value: datetime | None) -> str:
    if value is None:
        return ""
    return value.astimezone().strftime("%d.%m.%Y %H.%M")


class DraftList(QWidget):
    """Emits ``item_selected`` with the id of the chosen item."""

    item_selected = Signal(int)
    new_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.new_button = named(QPushButton(self.tr("Uusi asia pohjasta…")), "newItem")
        self.new_button.clicked.connect(self.new_requested)
        layout.addWidget(self.new_button)
        filters = QHBoxLayout()
        self.body_filter = named(QComboBox(), "bodyFilter")
        self.body_filter.setAccessibleName(self.tr("Suodata toimielimen mukaan"))
        self.state_filter = named(QComboBox(), "stateFilter")
        self.state_filter.setAccessibleName(self.tr("Suodata tilan mukaan"))
        self.state_filter.addItem(self.tr("Kaikki tilat"), None)
        for state in ItemState:
            self.state_filter.addItem(state_label(state), state)
        filters.addWidget(self.body_filter, 3)
        filters.addWidget(self.state_filter, 2)
        layout.addLayout(filters)
        self.model = DraftListModel()
        self.view = named(QTableView(), "draftTable")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(True)
        self.view.setAlternatingRowColors(True)
        header = self.view.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.hide()
        for column in (1, 2, 3):  # shown inside the first column's second line
            self.view.setColumnHidden(column, True)
        self.view.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.view.selectionModel().currentRowChanged.connect(self._on_current)
        layout.addWidget(self.view, 1)

    def set_bodies(self, organizations: list[Organization]) -> None:
        self.body_filter.blockSignals(True)
        self.body_filter.clear()
        self.body_filter.addItem(self.tr("Kaikki toimielimet"), None)
        for organization in organizations:
            self.body_filter.addItem(organization.name, organization.id)
        self.body_filter.blockSignals(False)

    def filters(self) -> tuple[str | None, ItemState | None]:
        state = self.state_filter.currentData()
        return self.body_filter.currentData(), ItemState(state) if state else None

    def select_item(self, item_id: int) -> None:
        row = self.model.row_of(item_id)
        if row >= 0:
            self.view.selectionModel().setCurrentIndex(
                self.model.index(row, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect
                | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            item = self.model.item_at(current.row())
            if item.id is not None:
                self.item_selected.emit(item.id)
