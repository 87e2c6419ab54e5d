"""Earlier decisions like the draft being written, beside the form while it is typed."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, QTimer, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QLabel, QListView, QVBoxLayout, QWidget

from desktop_app.search.service import Hit, SearchService
from ui.search_panel import HIT_ROLE, HtmlDelegate, hit_html
from ui.widgets import named
from ui.workers import Task, running


class SimilarPanel(QWidget):
    """Earlier decisions most like the draft being written, refreshed while typing."""

    open_requested = Signal(str)

    def __init__(self, service: SearchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._generation = 0
        self._text = ""
        self._exclude: tuple[str, ...] = ()
        self._tasks: list[Task] = []
        layout = QVBoxLayout(self)
        self.info = QLabel(
            self.tr(
                "Kirjoita otsikko ja päätösehdotus: tähän tulevat samankaltaiset aiemmat päätökset."
            )
        )
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        self.model = QStandardItemModel(self)
        self.list = named(QListView(), "similarList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(HtmlDelegate(self.list))
        self.list.setWordWrap(True)
        self.list.activated.connect(self._on_activated)
        layout.addWidget(self.list, 1)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(700)
        self._timer.timeout.connect(self._run)

    def update_text(self, text: str, exclude: tuple[str, ...] = ()) -> None:
        """Debounced: typing continues undisturbed, the query runs in the background."""
        self._text = text
        self._exclude = exclude
        self._timer.start()

    def _run(self) -> None:
        self._generation += 1
        generation = self._generation
        text, exclude = self._text, self._exclude
        service = self.service
        task = Task(lambda state: service.similar(text, limit=8, exclude=exclude), self)
        task.finished.connect(lambda hits: self._show(generation, hits))
        self._tasks = [*running(self._tasks), task]
        task.start()

    def _show(self, generation: int, hits: list[Hit]) -> None:
        if generation != self._generation:
            return
        self.model.clear()
        for hit in hits:
            entry = QStandardItem(hit_html(hit))
            entry.setData(hit, HIT_ROLE)
            entry.setEditable(False)
            self.model.appendRow(entry)

    def _on_activated(self, index: QModelIndex) -> None:
        hit = index.data(HIT_ROLE)
        if isinstance(hit, Hit):
            self.open_requested.emit(hit.source_id)
