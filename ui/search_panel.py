"""Searching earlier decisions as you type, with filters, preview and reuse actions."""

from __future__ import annotations

import html

from PySide6.QtCore import (
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QPainter,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QPushButton,
    QSplitter,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.model import DecisionRecord, Section
from desktop_app.messages import message
from desktop_app.reuse import is_section_heading
from desktop_app.search.service import Hit, SearchFilters, SearchResults, SearchService
from ui.widgets import OptionalDateEdit, named
from ui.workers import Task

HIT_ROLE = Qt.ItemDataRole.UserRole + 1


class HtmlDelegate(QStyledItemDelegate):
    """Draws an item's DisplayRole as rich text: the title, the facts and the snippet."""

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(str(index.data(Qt.ItemDataRole.DisplayRole) or ""))
        document.setTextWidth(max(option.rect.width(), 200))
        return document

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        style_option = QStyleOptionViewItem(option)
        self.initStyleOption(style_option, index)
        document = self._document(style_option, index)
        style_option.text = ""
        widget = style_option.widget
        style = widget.style() if widget is not None else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, style_option, painter, widget)
        painter.save()
        painter.translate(style_option.rect.topLeft())
        context = QAbstractTextDocumentLayout.PaintContext()
        if style_option.state & QStyle.StateFlag.State_Selected:
            context.palette.setColor(
                context.palette.ColorRole.Text, style_option.palette.highlightedText().color()
            )
        document.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        document = self._document(option, index)
        return QSize(int(document.idealWidth()), int(document.size().height()) + 4)


def hit_html(hit: Hit) -> str:
    when = (
        hit.date.strftime("%d.%m.%Y")
        if hit.date
        else QCoreApplication.translate("SearchPanel", "päiväys puuttuu")
    )
    facts = " · ".join(html.escape(part) for part in (hit.body_org, when, hit.doc_type) if part)
    untitled = QCoreApplication.translate("SearchPanel", "(ei otsikkoa)")
    return (
        f"<b>{html.escape(hit.title) or untitled}</b><br>"
        f"<span style='color:#444'>{facts}</span><br>{hit.snippet_html}"
    )


def decision_html(record: DecisionRecord) -> str:
    """The whole decision for reading: section headings stand out, line breaks are kept."""
    when = record.date.strftime("%d.%m.%Y") if record.date else ""
    facts = " · ".join(
        html.escape(p)
        for p in (record.body_org, when, record.section, record.case_id, record.appeal)
        if p
    )
    parts = [f"<h2>{html.escape(record.title)}</h2><p><i>{facts}</i></p>"]
    for chunk in record.text.split("\n\n"):
        lines = [line for line in chunk.splitlines() if line.strip()]
        while lines and is_section_heading(lines[0]):
            parts.append(f"<h3>{html.escape(lines.pop(0).strip())}</h3>")
        if lines:
            parts.append("<p>" + "<br>".join(html.escape(line) for line in lines) + "</p>")
    return "".join(parts)


class SearchPanel(QWidget):
    """Emits ``copy_requested(text, section)`` and ``new_draft_requested(record)``."""

    copy_requested = Signal(str, str)
    new_draft_requested = Signal(object)

    def __init__(self, service: SearchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._generation = 0
        self._tasks: list[Task] = []
        self.current: DecisionRecord | None = None
        self.last_results: SearchResults | None = None

        layout = QVBoxLayout(self)
        self.query = named(QLineEdit(), "searchQuery")
        self.query.setPlaceholderText(
            self.tr(
                'Hae aiemmista päätöksistä, esim. kiinteistöveroprosentti, "tontin myynti", '
                "title:kaava body:kunnanhallitus"
            )
        )
        self.query.setClearButtonEnabled(True)
        self.query.setAccessibleName(self.tr("Hakulauseke"))
        layout.addWidget(self.query)

        filters = QHBoxLayout()
        self.body = self._combo("bodyFacet", self.tr("Kaikki toimielimet"))
        self.doc_type = self._combo("docTypeFacet", self.tr("Kaikki asiakirjatyypit"))
        self.classification = self._combo("classFacet", self.tr("Kaikki tehtäväluokat"))
        self.date_from = self._date("dateFrom", self.tr("alkaen: kaikki"))
        self.date_to = self._date("dateTo", self.tr("asti: kaikki"))
        self.sort = named(QComboBox(), "sortOrder")
        self.sort.addItem(self.tr("Osuvin ensin"), "relevance")
        self.sort.addItem(self.tr("Uusin ensin"), "date")
        self.sort.currentIndexChanged.connect(self.schedule)
        for widget in (
            self.body,
            self.doc_type,
            self.classification,
            self.date_from,
            self.date_to,
            self.sort,
        ):
            filters.addWidget(widget)
        layout.addLayout(filters)
        self.status = named(QLabel(), "searchStatus")
        self.status.setWordWrap(True)
        layout.addWidget(self.status)

        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.model = QStandardItemModel(self)
        self.results = named(QListView(), "searchResults")
        self.results.setModel(self.model)
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.results.selectionModel().currentChanged.connect(self._on_current)
        splitter.addWidget(self.results)
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.preview = named(QTextBrowser(), "decisionPreview")
        self.preview.setOpenLinks(False)
        right_layout.addWidget(self.preview, 1)
        actions = QHBoxLayout()
        self.target_section = named(QComboBox(), "targetSection")
        for section, label in (
            (Section.DESCRIPTION, self.tr("Selostus")),
            (Section.REASONS, self.tr("Perustelut")),
            (Section.PROPOSAL, self.tr("Päätösehdotus")),
            (Section.DECISION, self.tr("Päätös")),
        ):
            self.target_section.addItem(label, section.value)
        self.copy_button = named(QPushButton(self.tr("&Kopioi luonnokseen")), "copyToDraft")
        self.copy_button.setToolTip(
            self.tr(
                "Kopioi esikatselussa valittu teksti (tai koko päätös) "
                "avoimen asian valittuun osaan"
            )
        )
        self.copy_button.clicked.connect(self._on_copy)
        self.new_button = named(QPushButton(self.tr("&Uusi luonnos tämän pohjalta")), "newFromHit")
        self.new_button.clicked.connect(self._on_new)
        actions.addWidget(QLabel(self.tr("Osaan:")))
        actions.addWidget(self.target_section)
        actions.addWidget(self.copy_button)
        actions.addStretch(1)
        actions.addWidget(self.new_button)
        right_layout.addLayout(actions)
        splitter.addWidget(right)
        splitter.setSizes([520, 600])
        layout.addWidget(splitter, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(200)
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(self.schedule)
        self._set_actions_enabled(False)

    # --- building ------------------------------------------------------------------
    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = named(QComboBox(), name)
        combo.addItem(everything, "")
        combo.setMinimumContentsLength(14)
        combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon)
        combo.currentIndexChanged.connect(self.schedule)
        return combo

    def _date(self, name: str, everything: str) -> OptionalDateEdit:
        edit = named(OptionalDateEdit(everything), name)
        edit.dateChanged.connect(self.schedule)
        return edit

    def refresh_facets(self) -> None:
        """Fill the filter lists from what the workspace holds (after start or import)."""
        facets = self.service.facets()
        for combo, key in (
            (self.body, "body_org"),
            (self.doc_type, "doc_type"),
            (self.classification, "classification"),
        ):
            chosen = combo.currentData()
            combo.blockSignals(True)
            while combo.count() > 1:
                combo.removeItem(1)
            for value in facets.get(key, []):
                combo.addItem(value, value)
            index = combo.findData(chosen)
            combo.setCurrentIndex(max(index, 0))
            combo.blockSignals(False)

    # --- searching -------------------------------------------------------------------
    def filters(self) -> SearchFilters:
        def picked(combo: QComboBox) -> tuple[str, ...]:
            value = combo.currentData()
            return (value,) if value else ()

        return SearchFilters(
            picked(self.body),
            picked(self.doc_type),
            picked(self.classification),
            self.date_from.value(),
            self.date_to.value(),
        )

    def schedule(self) -> None:
        self._timer.start()

    def run_search(self) -> None:
        """Start a search in the background; an older one still running is superseded."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        text, filters, sort = self.query.text(), self.filters(), str(self.sort.currentData())
        for task in self._tasks:
            task.cancel()
        service = self.service
        task = Task(lambda state: service.search(text, filters, sort, limit=50), self)
        task.finished.connect(lambda results: self._show(generation, results))
        task.failed.connect(lambda error: self._failed(generation, error))
        self._tasks = [t for t in self._tasks if not t.done] + [task]
        self.status.setText(self.tr("Haetaan…"))
        task.start()

    def _show(self, generation: int, results: SearchResults) -> None:
        if generation != self._generation:
            return
        self.last_results = results
        self.model.clear()
        for hit in results.hits:
            entry = QStandardItem(hit_html(hit))
            entry.setData(hit, HIT_ROLE)
            entry.setEditable(False)
            self.model.appendRow(entry)
        parts = []
        if results.query.strip() or not self.filters().is_empty():
            more = "" if results.total_exact else "+"
            parts.append(self.tr("%d%s osumaa") % (results.total, more))
        if results.warning:
            parts.append(message(results.warning))
        self.status.setText(" – ".join(parts))
        if results.hits:
            self.results.setCurrentIndex(self.model.index(0, 0))
        else:
            self.preview.clear()
            self.current = None
            self._set_actions_enabled(False)

    def _failed(self, generation: int, error: object) -> None:
        if generation == self._generation:
            self.status.setText(self.tr("Haku epäonnistui: %s") % error)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        hit = current.data(HIT_ROLE) if current.isValid() else None
        record = self.service.document(hit.source_id) if isinstance(hit, Hit) else None
        self.current = record
        self.preview.setHtml(decision_html(record) if record else "")
        self._set_actions_enabled(record is not None)

    def _set_actions_enabled(self, enabled: bool) -> None:
        self.copy_button.setEnabled(enabled)
        self.new_button.setEnabled(enabled)

    def _on_copy(self) -> None:
        if self.current is None:
            return
        selected = self.preview.textCursor().selectedText().replace("\u2029", "\n")
        self.copy_requested.emit(
            selected or self.current.text, str(self.target_section.currentData())
        )

    def _on_new(self) -> None:
        if self.current is not None:
            self.new_draft_requested.emit(self.current)


class SimilarPanel(QWidget):
    """Earlier decisions most like the draft being written, refreshed while typing."""

    open_requested = Signal(str)

    def __init__(self, service: SearchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._generation = 0
        self._text = ""
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

    def update_text(self, text: str) -> None:
        """Debounced: typing continues undisturbed, the query runs in the background."""
        self._text = text
        self._timer.start()

    def _run(self) -> None:
        self._generation += 1
        generation = self._generation
        text = self._text
        service = self.service
        task = Task(lambda state: service.similar(text, limit=8), self)
        task.finished.connect(lambda hits: self._show(generation, hits))
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
