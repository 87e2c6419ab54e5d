"""The list of drafts with filters by body and state."""

from __future__ import annotations

import contextlib
import logging
import sqlite3
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import display_moment
from desktop_app.domain.model import AgendaItem, ItemState, Organization
from desktop_app.errors import PaatospajaError
from desktop_app.storage.item_summaries import ItemSummary, ItemSummaryReader, open_reader
from desktop_app.tasks import TaskState
from ui.labels import state_label
from ui.widgets import named
from ui.workers import Task, running

log = logging.getLogger(__name__)

_Index = QModelIndex | QPersistentModelIndex

#: Rows read at a time: a few screens' worth, so scrolling rarely waits for the next page.
PAGE_SIZE = 100

Filters = tuple[str | None, ItemState | None]
#: Reads ``limit`` summaries from ``offset`` of the list's query (newest first).
PageSource = Callable[[int, int], list[ItemSummary]]


def read_page(database: Path, filters: Filters, offset: int, limit: int) -> list[ItemSummary]:
    """One page through a connection of its own, closed before returning.

    The list never shares the window's connection: a worker thread reads the first page,
    and every reader is read-only, so nothing here can hold a write lock.
    """
    with contextlib.closing(open_reader(database)) as connection:
        return ItemSummaryReader(connection).page(*filters, offset=offset, limit=limit)


def read_first_page(database: Path, filters: Filters, limit: int) -> tuple[int, list[ItemSummary]]:
    """The count and the first page, read together so they agree."""
    with contextlib.closing(open_reader(database)) as connection:
        connection.execute("BEGIN")  # one snapshot for both reads
        reader = ItemSummaryReader(connection)
        total = reader.count(*filters)
        rows = reader.page(*filters, offset=0, limit=limit)
        connection.execute("COMMIT")
    return total, rows


class DraftListModel(QAbstractTableModel):
    """Summaries of the drafts, read a page at a time as the view scrolls (Qt's lazy API).

    ``offset`` counts the rows of the query already taken in, ``total`` the rows the query
    has; an autosave that moves an item to the top keeps both in step, so the next page
    starts where the loaded rows end.
    """

    HEADERS = (
        QT_TRANSLATE_NOOP("DraftListModel", "Otsikko"),
        QT_TRANSLATE_NOOP("DraftListModel", "Toimielin"),
        QT_TRANSLATE_NOOP("DraftListModel", "Tila"),
        QT_TRANSLATE_NOOP("DraftListModel", "Muokattu"),
    )

    def __init__(self, page_size: int = PAGE_SIZE) -> None:
        super().__init__()
        self.page_size = page_size
        self._items: list[ItemSummary] = []
        self._bodies: dict[str, str] = {}
        self._filters: Filters = (None, None)
        self._source: PageSource | None = None
        self._offset = 0
        self._total = 0
        self._generation = 0

    # -- filling -------------------------------------------------------------------------
    def set_items(self, items: Sequence[AgendaItem | ItemSummary], bodies: dict[str, str]) -> None:
        """Show exactly these items (all of them: there is nothing more to fetch)."""
        self._generation += 1
        self.beginResetModel()
        self._items = [_summary(item) for item in items if item.id is not None]
        self._bodies = bodies
        self._filters = (None, None)
        self._source = None
        self._offset = self._total = len(self._items)
        self.endResetModel()

    def begin_load(self) -> int:
        """A token for a load about to start; an older load's page is then ignored."""
        self._generation += 1
        return self._generation

    def set_first_page(
        self,
        token: int,
        rows: list[ItemSummary],
        total: int,
        bodies: dict[str, str],
        filters: Filters,
        source: PageSource,
    ) -> bool:
        """Show the first page of a load; False when a newer load has started meanwhile."""
        if token != self._generation:
            return False
        self.beginResetModel()
        self._items = list(rows)
        self._bodies = bodies
        self._filters = filters
        self._source = source
        self._offset = len(rows)
        self._total = max(total, len(rows)) if len(rows) >= self.page_size else len(rows)
        self.endResetModel()
        return True

    def total(self) -> int:
        """How many items the list has in all, loaded or not."""
        return self._total

    def canFetchMore(self, parent: _Index = QModelIndex()) -> bool:  # noqa: B008
        return not parent.isValid() and self._source is not None and self._offset < self._total

    def fetchMore(self, parent: _Index = QModelIndex()) -> None:  # noqa: B008
        if not self.canFetchMore(parent) or self._source is None:
            return
        page = self._source(self._offset, self.page_size)
        self._offset += len(page)
        if len(page) < self.page_size:
            self._total = self._offset  # the query has no more rows than that
        known = {row.id for row in self._items}
        fresh = [row for row in page if row.id not in known]
        if fresh:
            first = len(self._items)
            self.beginInsertRows(QModelIndex(), first, first + len(fresh) - 1)
            self._items.extend(fresh)
            self.endInsertRows()

    # -- reading -------------------------------------------------------------------------
    def item_at(self, row: int) -> ItemSummary:
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

    # -- keeping up with saves -----------------------------------------------------------
    def update_item(self, item: AgendaItem | ItemSummary) -> bool:
        """Show a just-saved item where the list's order puts it.

        Returns False only when the list cannot tell where the item belongs without
        reading it again (an item not among the loaded rows while more rows are unread):
        the caller then reloads.
        """
        if item.id is None:
            return False
        summary = _summary(item)
        row = self.row_of(summary.id)
        fits = self._fits(summary)
        if row < 0:
            if not fits:
                return True  # filtered out before and after: nothing to show
            if self._offset < self._total:
                return False  # it may be among the unread rows
            self._insert(summary)
            self._offset += 1
            self._total += 1
            return True
        if not fits:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._items[row]
            self.endRemoveRows()
            self._offset -= 1
            self._total -= 1
            return True
        del self._items[row]
        target = self._position(summary)
        if target == row:
            self._items.insert(row, summary)
            last = len(self.HEADERS) - 1
            self.dataChanged.emit(self.index(row, 0), self.index(row, last))
            return True
        self._items.insert(row, summary)  # moved with beginMoveRows: the selection follows
        destination = target if target < row else target + 1
        self.beginMoveRows(QModelIndex(), row, row, QModelIndex(), destination)
        del self._items[row]
        self._items.insert(target, summary)
        self.endMoveRows()
        return True

    def _fits(self, summary: ItemSummary) -> bool:
        organization_id, state = self._filters
        return (not organization_id or summary.organization_id == organization_id) and (
            not state or summary.state == state
        )

    def _position(self, summary: ItemSummary) -> int:
        """Where ``summary`` stands among the loaded rows, newest first."""
        key = summary.sort_key()
        return next(
            (i for i, row in enumerate(self._items) if row.sort_key() < key), len(self._items)
        )

    def _insert(self, summary: ItemSummary) -> None:
        target = self._position(summary)
        self.beginInsertRows(QModelIndex(), target, target)
        self._items.insert(target, summary)
        self.endInsertRows()


@dataclass(frozen=True)
class _FirstPage:
    """What a load's worker hands back; ``total`` is -1 when the read failed."""

    token: int
    total: int
    rows: list[ItemSummary]


def _summary(item: AgendaItem | ItemSummary) -> ItemSummary:
    return item if isinstance(item, ItemSummary) else ItemSummary.of(item)


def _local_time(value: datetime | None) -> str:
    if value is None:
        return ""
    return display_moment(value.astimezone())


class DraftList(QWidget):
    """The drafts with their filters.

    Emits ``item_selected`` with the id of the chosen item, ``loaded`` when a load's first
    page is shown.
    """

    item_selected = Signal(int)
    new_requested = Signal()
    loaded = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._loads: list[Task] = []
        self._wanted: int | None = None
        self._request: tuple[int, Path, dict[str, str], Filters] | None = None
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
        self.empty_hint = named(QLabel(), "emptyDraftsHint")
        self.empty_hint.setWordWrap(True)
        self.empty_hint.setAlignment(Qt.AlignmentFlag.AlignTop)
        self.empty_hint.hide()
        layout.insertWidget(layout.indexOf(self.view), self.empty_hint)  # read before the table
        for signal in (self.model.modelReset, self.model.rowsInserted, self.model.rowsRemoved):
            signal.connect(self._show_hint)

    def _show_hint(self) -> None:
        """An empty list says what to do next instead of showing a blank table."""
        if self.model.rowCount() > 0:
            self.empty_hint.hide()
            return
        if self.filters() != (None, None):
            self.empty_hint.setText(self.tr("Ei luonnoksia näillä rajauksilla."))
        else:
            new = QKeySequence(QKeySequence.StandardKey.New).toString(
                QKeySequence.SequenceFormat.NativeText
            )
            find = QKeySequence(QKeySequence.StandardKey.Find).toString(
                QKeySequence.SequenceFormat.NativeText
            )
            self.empty_hint.setText(
                self.tr(
                    "Ei vielä luonnoksia — aloita Uusi asia pohjasta (%1) tai hae aiemmista "
                    "päätöksistä (%2) ja tee niistä luonnos."
                )
                .replace("%1", new)
                .replace("%2", find)
            )
        self.empty_hint.show()

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

    def load(self, database: Path, bodies: dict[str, str], select: int | None = None) -> Task:
        """Read the count and the first page on a worker; later pages come on scrolling.

        The rows shown stay until the new page arrives, so the list never blinks empty.

        ``select`` is selected when the page arrives, unless another item has been
        selected meanwhile (then that one is).
        """
        if select is not None:
            self._wanted = select
        filters = self.filters()
        token = self.model.begin_load()
        limit = self.model.page_size
        self._request = (token, database, bodies, filters)

        def work(_state: TaskState) -> _FirstPage:
            try:
                return _FirstPage(token, *read_first_page(database, filters, limit))
            except (sqlite3.Error, PaatospajaError) as error:
                # the rows shown stay; the next reload tries again
                log.warning("could not read the list of drafts: %s", error)
                return _FirstPage(token, -1, [])

        task = Task(work)
        # A bound method: the queued result is dropped if this widget is gone by then.
        task.finished.connect(self._show_first_page)
        self._loads = [*running(self._loads), task]
        return task.start()

    def _show_first_page(self, result: _FirstPage) -> None:
        token, total, rows = result.token, result.total, result.rows
        if self._request is None or self._request[0] != token:
            return  # a newer load has started: its page is the one to show
        _token, database, bodies, filters = self._request
        self._request = None
        if total < 0:
            return

        def source(offset: int, count: int) -> list[ItemSummary]:
            return read_page(database, filters, offset, count)

        if self.model.set_first_page(token, rows, total, bodies, filters, source):
            if self._wanted is not None:
                self._select_row(self._wanted)
            self.loaded.emit()

    def loading(self) -> bool:
        """True while the latest load has not shown its page yet."""
        return self._request is not None

    def select_item(self, item_id: int) -> None:
        self._wanted = item_id
        self._select_row(item_id)

    def _select_row(self, item_id: int) -> None:
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
            self._wanted = item.id
            self.item_selected.emit(item.id)
