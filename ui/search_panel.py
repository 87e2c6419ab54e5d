"""Searching earlier decisions as you type, with filters, preview and reuse actions."""

from __future__ import annotations

import dataclasses
import html
from collections import OrderedDict
from collections.abc import Callable

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    QSize,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeyEvent,
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
from desktop_app.search.service import (
    INDEX_BUILDING,
    Hit,
    SearchFilters,
    SearchResults,
    SearchService,
)
from desktop_app.tasks import TaskState
from ui.search_origin import origin_label, show_origin
from ui.widgets import OptionalDateEdit, named
from ui.workers import Task, running

HIT_ROLE = Qt.ItemDataRole.UserRole + 1
PAGE_SIZE = 50
SNIPPETS_AT_ONCE = 12  # more than a screenful; the rest follow in the background
LAID_OUT_KEPT = 4 * PAGE_SIZE  # rows whose laid-out text the list keeps
# The search starts when typing pauses this long: longer than the 80–150 ms between a
# typist's keys, short enough that the results are painted within 300 ms of the last key
# (bench/search_paint_bench.py).
TYPING_PAUSE_MS = 160


class HtmlDelegate(QStyledItemDelegate):
    """Draws an item's DisplayRole as rich text: the title, the facts and the snippet.

    The view asks each new row's size two or three times and then paints it; laying out the
    same rich text again each time was half the time a new list took to show.
    """

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._laid_out: OrderedDict[tuple[str, int, str], QTextDocument] = OrderedDict()

    def _document(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QTextDocument:
        text = str(index.data(Qt.ItemDataRole.DisplayRole) or "")
        width = max(option.rect.width(), 200)
        key = (text, width, option.font.key())
        document = self._laid_out.get(key)
        if document is not None:
            self._laid_out.move_to_end(key)
            return document
        document = QTextDocument()
        document.setDefaultFont(option.font)
        document.setHtml(text)
        document.setTextWidth(width)
        self._laid_out[key] = document
        if len(self._laid_out) > LAID_OUT_KEPT:
            self._laid_out.popitem(last=False)
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
    source = (
        QCoreApplication.translate("SearchPanel", "lähde: %s") % hit.source_key
        if hit.source_key
        else ""
    )
    parts = (hit.body_org, when, hit.doc_type, source)
    facts = " · ".join(html.escape(part) for part in parts if part)
    untitled = QCoreApplication.translate("SearchPanel", "(ei otsikkoa)")
    return (
        f"<b>{html.escape(hit.title) or untitled}</b><br>"
        f"<span style='color:#444'>{facts}</span><br>{hit.snippet_html}"
    )


MARK_OPEN = "<span style='background-color:#ffe66b; font-weight:bold'>"
MARK_CLOSE = "</span>"
FIRST_MARK = "osuma"


def decision_html(record: DecisionRecord, mark: Callable[[str], str] = html.escape) -> str:
    """The whole decision for reading: section headings stand out, line breaks are kept.

    ``mark`` escapes a line of text and marks the searched words in it; the first marked
    word gets the anchor :data:`FIRST_MARK`, so the preview can open where the match is.
    """
    when = record.date.strftime("%d.%m.%Y") if record.date else ""
    facts = " · ".join(
        html.escape(p)
        for p in (record.body_org, when, record.section, record.case_id, record.appeal)
        if p
    )
    parts = [f"<h2>{mark(record.title)}</h2><p><i>{facts}</i></p>"]
    for chunk in record.text.split("\n\n"):
        lines = [line for line in chunk.splitlines() if line.strip()]
        while lines and is_section_heading(lines[0]):
            parts.append(f"<h3>{html.escape(lines.pop(0).strip())}</h3>")
        if lines:
            parts.append("<p>" + "<br>".join(mark(line) for line in lines) + "</p>")
    page = "".join(parts)
    return page.replace(MARK_OPEN, f"<a name='{FIRST_MARK}'></a>{MARK_OPEN}", 1)


def help_html() -> str:
    """What the empty preview says: how to search, in the user's language."""
    tips = [
        QCoreApplication.translate(
            "SearchPanel", "Perusmuoto riittää: <i>päätös</i> löytää myös <i>päätöksen</i>."
        ),
        QCoreApplication.translate(
            "SearchPanel", "Yhdyssanan osa löytyy: <i>kaava</i> löytää <i>asemakaavan</i>."
        ),
        QCoreApplication.translate(
            "SearchPanel", 'Lainausmerkit hakevat fraasia: <i>"tontin myynti"</i>.'
        ),
        QCoreApplication.translate(
            "SearchPanel", "AND, OR ja NOT yhdistävät: <i>kaava NOT asemakaava</i>."
        ),
        QCoreApplication.translate(
            "SearchPanel", "<i>title:kaava</i> hakee otsikoista, <i>body:</i> toimielimestä."
        ),
        QCoreApplication.translate(
            "SearchPanel",
            "<i>body:kunnanhallitus</i>, <i>type:viranhaltija</i> ja <i>pvm:2024</i>"
            " rajaavat tuloksia.",
        ),
        QCoreApplication.translate(
            "SearchPanel",
            "Ilman ä:tä ja ö:tä tai kirjoitusvirheen kanssakin löytyy:"
            " <i>paivakoti</i> löytää <i>päiväkodin</i>.",
        ),
        QCoreApplication.translate(
            "SearchPanel", "Nuoli alas siirtää tuloksiin, Enter esikatseluun."
        ),
    ]
    heading = QCoreApplication.translate("SearchPanel", "Haku aiemmista päätöksistä")
    return f"<h3>{heading}</h3><ul>" + "".join(f"<li>{tip}</li>" for tip in tips) + "</ul>"


class SearchPanel(QWidget):
    """Emits ``copy_requested(text, section)`` and ``new_draft_requested(record)``."""

    copy_requested = Signal(str, str)
    new_draft_requested = Signal(object)

    def __init__(self, service: SearchService, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self._generation = 0
        self._tasks: list[Task] = []
        self._limit = PAGE_SIZE
        self.current: DecisionRecord | None = None
        self.last_results: SearchResults | None = None

        layout = QVBoxLayout(self)
        layout.addWidget(self._build_query())
        layout.addLayout(self._build_filters())
        layout.addLayout(self._build_status_row())
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self._build_results())
        splitter.addWidget(self._build_preview())
        splitter.setSizes([520, 600])
        layout.addWidget(splitter, 1)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setTimerType(Qt.TimerType.PreciseTimer)  # a coarse one may add 5 %
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.run_search)
        self.query.textChanged.connect(self.schedule)
        self._set_actions_enabled(False)
        self._update_clear_filters()

    # --- building ------------------------------------------------------------------
    def _build_query(self) -> QLineEdit:
        self.query = named(QLineEdit(), "searchQuery")
        self.query.setPlaceholderText(
            self.tr(
                'Hae aiemmista päätöksistä, esim. kiinteistöveroprosentti, "tontin myynti", '
                "title:kaava body:kunnanhallitus"
            )
        )
        self.query.setClearButtonEnabled(True)
        self.query.setAccessibleName(self.tr("Hakulauseke"))
        self.query.returnPressed.connect(self.run_search)
        self.query.installEventFilter(self)
        return self.query

    def _build_filters(self) -> QHBoxLayout:
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
        self.clear_filters = named(QPushButton(self.tr("Tyhjennä &rajaukset")), "clearFilters")
        self.clear_filters.clicked.connect(self.reset_filters)
        for widget in (
            self.body,
            self.doc_type,
            self.classification,
            self.date_from,
            self.date_to,
            self.sort,
            self.clear_filters,
        ):
            filters.addWidget(widget)
        return filters

    def _build_status_row(self) -> QHBoxLayout:
        """How many hits, a corrected spelling to try, and the button for more."""
        status_row = QHBoxLayout()
        self.status = named(QLabel(), "searchStatus")
        self.status.setWordWrap(True)
        status_row.addWidget(self.status, 1)
        self.suggestion = named(QLabel(), "searchSuggestion")
        self.suggestion.setTextFormat(Qt.TextFormat.RichText)
        self.suggestion.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard
        )
        self.suggestion.linkActivated.connect(self.accept_suggestion)
        self.suggestion.hide()
        status_row.addWidget(self.suggestion)
        self.more_button = named(QPushButton(self.tr("Näytä lisää")), "moreResults")
        self.more_button.clicked.connect(self.show_more)
        self.more_button.hide()
        status_row.addWidget(self.more_button)
        return status_row

    def _build_results(self) -> QListView:
        self.model = QStandardItemModel(self)
        self.results = named(QListView(), "searchResults")
        self.results.setModel(self.model)
        self.results.setItemDelegate(HtmlDelegate(self.results))
        self.results.setWordWrap(True)
        self.results.setUniformItemSizes(False)
        self.results.setVerticalScrollMode(QListView.ScrollMode.ScrollPerPixel)
        self.results.selectionModel().currentChanged.connect(self._on_current)
        self.results.installEventFilter(self)
        self.results.setAccessibleName(self.tr("Hakutulokset"))
        return self.results

    def _build_preview(self) -> QWidget:
        """Where the chosen decision came from, the decision itself and what to do with it."""
        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        self.origin = origin_label()
        right_layout.addWidget(self.origin)
        self.preview = named(QTextBrowser(), "decisionPreview")
        self.preview.setOpenLinks(False)
        self.preview.setAccessibleName(self.tr("Päätöksen esikatselu"))
        self.preview.setHtml(help_html())
        right_layout.addWidget(self.preview, 1)
        right_layout.addLayout(self._build_actions())
        return right

    def _build_actions(self) -> QHBoxLayout:
        actions = QHBoxLayout()
        self.target_section = named(QComboBox(), "targetSection")
        for section, label in (
            (Section.DESCRIPTION, self.tr("Selostus")),
            (Section.REASONS, self.tr("Perustelut")),
            (Section.PROPOSAL, self.tr("Päätösehdotus")),
            (Section.DECISION, self.tr("Päätös")),
        ):
            self.target_section.addItem(label, section.value)
        self.copy_button = named(QPushButton(self.tr("Ko&pioi luonnokseen")), "copyToDraft")
        self.copy_button.setToolTip(
            self.tr(
                "Kopioi esikatselussa valittu teksti (tai koko päätös) "
                "avoimen asian valittuun osaan"
            )
        )
        self.copy_button.clicked.connect(self._on_copy)
        self.new_button = named(QPushButton(self.tr("Uusi &luonnos tämän pohjalta")), "newFromHit")
        self.new_button.clicked.connect(self._on_new)
        actions.addWidget(QLabel(self.tr("Osaan:")))
        actions.addWidget(self.target_section)
        actions.addWidget(self.copy_button)
        actions.addStretch(1)
        actions.addWidget(self.new_button)
        return actions

    def _combo(self, name: str, everything: str) -> QComboBox:
        combo = named(QComboBox(), name)
        combo.addItem(everything, "")
        combo.setMinimumContentsLength(10)
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
                combo.setItemData(combo.count() - 1, value, Qt.ItemDataRole.ToolTipRole)
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
        """A new query or filter: search again shortly, from the first page."""
        self._limit = PAGE_SIZE
        self._update_clear_filters()
        self._timer.start()

    def show_more(self) -> None:
        self._limit += PAGE_SIZE
        self.run_search()

    def reset_filters(self) -> None:
        for combo in (self.body, self.doc_type, self.classification):
            combo.setCurrentIndex(0)
        self.date_from.set_value(None)
        self.date_to.set_value(None)
        self.query.setFocus()

    def _update_clear_filters(self) -> None:
        self.clear_filters.setEnabled(not self.filters().is_empty())

    def index_changed(self) -> None:
        """The index was built or updated: new filter values, and the search shown again."""
        self.refresh_facets()
        if self.query.text().strip() or not self.filters().is_empty():
            self.run_search()

    def show_record(self, record: DecisionRecord) -> None:
        """Preview a decision opened from elsewhere (the similar decisions) for reuse."""
        self.results.selectionModel().clearCurrentIndex()
        self.results.clearSelection()
        self.current = record
        show_origin(self.origin, "", "")
        self.preview.setHtml(decision_html(record))
        self._set_actions_enabled(True)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        """Arrow keys and Enter move between the query, the results and the preview."""
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            if watched is self.query and event.key() == Qt.Key.Key_Down and self.model.rowCount():
                self.results.setFocus()
                if not self.results.currentIndex().isValid():
                    self.results.setCurrentIndex(self.model.index(0, 0))
                return True
            if watched is self.results and event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self.preview.setFocus()
                return True
            if (
                watched is self.results
                and event.key() == Qt.Key.Key_Up
                and self.results.currentIndex().row() <= 0
            ):
                self.query.setFocus()  # back up to the query from the first result
                return True
        return super().eventFilter(watched, event)

    def run_search(self) -> None:
        """Start a search in the background; an older one still running is superseded."""
        self._timer.stop()
        self._generation += 1
        generation = self._generation
        text, filters, sort = self.query.text(), self.filters(), str(self.sort.currentData())
        for task in self._tasks:
            task.cancel()
        service = self.service
        limit = self._limit
        task = Task(
            lambda state: service.search(
                text, filters, sort, limit=limit, snippet_count=SNIPPETS_AT_ONCE
            ),
            self,
        )
        task.finished.connect(lambda results: self._show(generation, results))
        task.failed.connect(lambda error: self._failed(generation, error))
        self._tasks = [*running(self._tasks), task]
        self.status.setText(self.tr("Haetaan…"))
        task.start()

    def _show(self, generation: int, results: SearchResults) -> None:
        if generation != self._generation:
            return
        previous = self.results.currentIndex().row()
        self.last_results = results
        # Without a current row first, clearing would move it down row by row as the rows
        # go, and each move previewed another old hit: ~200 ms before the new list showed.
        self.results.selectionModel().clearCurrentIndex()
        self.model.clear()
        for hit in results.hits:
            entry = QStandardItem(hit_html(hit))
            entry.setData(hit, HIT_ROLE)
            entry.setEditable(False)
            self.model.appendRow(entry)
        self.status.setText(" – ".join(self._status_parts(results)))
        self._show_suggestion(results.suggestion)
        self.more_button.setVisible(len(results.hits) < results.total)
        self._fill_snippets(generation, results)
        if results.hits:
            # "Näytä lisää" keeps the reader where they were; a new search starts at the top.
            keep = previous if self._limit > PAGE_SIZE and 0 <= previous < len(results.hits) else 0
            self.results.setCurrentIndex(self.model.index(keep, 0))
        else:
            self.current = None
            self.preview.setHtml(help_html() if not results.query.strip() else "")
            show_origin(self.origin, "", "")
            self._set_actions_enabled(False)

    def _status_parts(self, results: SearchResults) -> list[str]:
        parts = []
        filtered = not self.filters().is_empty()
        if (results.query.strip() or filtered) and results.warning != INDEX_BUILDING:
            more = "" if results.total_exact else "+"
            parts.append(self.tr("%d%s osumaa") % (results.total, more))
            if len(results.hits) < results.total:
                parts.append(self.tr("näytetään %d osuvinta") % len(results.hits))
            if not results.hits and not results.warning:
                parts.append(
                    self.tr("rajaukset ovat käytössä")
                    if filtered
                    else self.tr("tarkista kirjoitusasu tai kokeile lyhyempää hakua")
                )
        start, end = self.date_from.value(), self.date_to.value()
        if start and end and start > end:
            parts.append(self.tr("alkupäivä on loppupäivän jälkeen"))
        if results.warning:
            parts.append(message(results.warning))
        return parts

    def _show_suggestion(self, suggestion: str) -> None:
        if not suggestion or suggestion.strip() == self.query.text().strip():
            self.suggestion.hide()
            self.suggestion.clear()
            return
        self.suggestion.setText(
            self.tr("Tarkoititko: %s") % f'<a href="suggestion">{html.escape(suggestion)}</a>'
        )
        self.suggestion.setProperty("suggested", suggestion)
        self.suggestion.show()

    def accept_suggestion(self, _link: str = "") -> None:
        """Search for the suggested spelling, as if the secretary had typed it."""
        suggested = str(self.suggestion.property("suggested") or "")
        if suggested:
            self.query.setText(suggested)
            self.run_search()

    def _fill_snippets(self, generation: int, results: SearchResults) -> None:
        """Snippets for the hits past the first screenful, made after the list is painted.

        Making all fifty at once delayed the first paint of a long query by a second.
        """
        missing = [hit for hit in results.hits[SNIPPETS_AT_ONCE:] if not hit.snippet_html]
        if not missing:
            return
        service, terms = self.service, results.terms

        def make(state: TaskState) -> dict[str, str]:
            made = {}
            for hit in missing:
                state.check()  # a newer search cancels this one
                made[hit.source_id] = service.snippet(hit.source_id, terms)
            return made

        task = Task(make, self)
        task.finished.connect(lambda snippets: self._set_snippets(generation, snippets))
        self._tasks = [*running(self._tasks), task]
        task.start()

    def _set_snippets(self, generation: int, snippets: dict[str, str]) -> None:
        if generation != self._generation:
            return
        for row in range(self.model.rowCount()):
            entry = self.model.item(row)
            hit = entry.data(HIT_ROLE)
            if isinstance(hit, Hit) and hit.source_id in snippets and not hit.snippet_html:
                hit = dataclasses.replace(hit, snippet_html=snippets[hit.source_id])
                entry.setData(hit, HIT_ROLE)
                entry.setText(hit_html(hit))

    def _failed(self, generation: int, error: object) -> None:
        if generation == self._generation:
            self.status.setText(self.tr("Haku epäonnistui: %s") % error)

    def _on_current(self, current: QModelIndex, _previous: QModelIndex) -> None:
        hit = current.data(HIT_ROLE) if current.isValid() else None
        if not isinstance(hit, Hit):
            return
        record = self.service.document(hit.source_id)
        self.current = record
        show_origin(self.origin, hit.source_key if record else "", hit.link if record else "")
        if record is None:
            self.preview.clear()
        else:
            terms = self.last_results.terms if self.last_results else frozenset()
            service = self.service
            self.preview.setHtml(
                decision_html(
                    record, lambda line: service.mark_html(line, terms, MARK_OPEN, MARK_CLOSE)
                )
            )
            self.preview.scrollToAnchor(FIRST_MARK)
        self._set_actions_enabled(record is not None)

    def _set_actions_enabled(self, enabled: bool) -> None:
        self.copy_button.setEnabled(enabled)
        self.new_button.setEnabled(enabled)

    def _on_copy(self) -> None:
        if self.current is None:
            return
        # Qt marks paragraph and line breaks of a selection with U+2029 and U+2028.
        selected = (
            self.preview.textCursor().selectedText().replace("\u2029", "\n").replace("\u2028", "\n")
        )
        self.copy_requested.emit(
            selected or self.current.text, str(self.target_section.currentData())
        )

    def _on_new(self) -> None:
        if self.current is not None:
            self.new_draft_requested.emit(self.current)
