"""A section editor that only offers what publishes well, and the actions that format it."""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import (
    QAction,
    QFont,
    QKeySequence,
    QTextBlockFormat,
    QTextCharFormat,
    QTextCursor,
    QTextListFormat,
    QTextTableFormat,
)
from PySide6.QtWidgets import QApplication, QTextEdit, QWidget

from desktop_app.domain.richtext import clean_html

_HEADING_SIZES = {1: 16.0, 2: 14.0, 3: 12.0}


class RichTextEdit(QTextEdit):
    """Rich text limited to headings, emphasis, lists and tables; pasted styling is dropped."""

    changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAcceptRichText(True)
        self.setTabChangesFocus(True)
        self.setMinimumHeight(110)
        self.textChanged.connect(self._on_text_changed)
        self._loading = False

    def set_clean_html(self, markup: str) -> None:
        self._loading = True
        try:
            # Tables get visible cell borders on screen; the stored HTML stays plain.
            self.setHtml(
                markup.replace("<table>", '<table border="1" cellspacing="0" cellpadding="3">')
            )
            self.document().clearUndoRedoStacks()
        finally:
            self._loading = False

    def clean_html(self) -> str:
        return clean_html(self.toHtml()) if not self.document().isEmpty() else ""

    def insertFromMimeData(self, source: object) -> None:
        """Paste through the same filter as saving, so Word's styling never sneaks in."""
        from PySide6.QtCore import QMimeData

        if isinstance(source, QMimeData) and source.hasHtml():
            self.textCursor().insertHtml(clean_html(source.html()))
            return
        super().insertFromMimeData(source)  # type: ignore[arg-type]

    def _on_text_changed(self) -> None:
        if not self._loading:
            self.changed.emit()

    # --- formatting ----------------------------------------------------------
    def set_heading(self, level: int) -> None:
        cursor = self.textCursor()
        cursor.beginEditBlock()
        block = QTextBlockFormat()
        block.setHeadingLevel(level)
        cursor.mergeBlockFormat(block)
        char = QTextCharFormat()
        char.setFontWeight(QFont.Weight.Bold if level else QFont.Weight.Normal)
        char.setFontPointSize(_HEADING_SIZES.get(level, self.font().pointSizeF()))
        cursor.select(QTextCursor.SelectionType.BlockUnderCursor)
        cursor.mergeCharFormat(char)
        cursor.mergeBlockCharFormat(char)
        cursor.endEditBlock()

    def toggle_char(self, what: str) -> None:
        cursor = self.textCursor()
        current = cursor.charFormat()
        char = QTextCharFormat()
        if what == "bold":
            bold = current.fontWeight() >= QFont.Weight.DemiBold
            char.setFontWeight(QFont.Weight.Normal if bold else QFont.Weight.Bold)
        elif what == "italic":
            char.setFontItalic(not current.fontItalic())
        else:
            char.setFontUnderline(not current.fontUnderline())
        if not cursor.hasSelection():
            cursor.select(QTextCursor.SelectionType.WordUnderCursor)
        cursor.mergeCharFormat(char)
        self.mergeCurrentCharFormat(char)

    def make_list(self, ordered: bool) -> None:
        cursor = self.textCursor()
        style = QTextListFormat.Style.ListDecimal if ordered else QTextListFormat.Style.ListDisc
        current = cursor.currentList()
        if current is not None and current.format().style() == style:
            block = QTextBlockFormat()
            block.setIndent(0)
            current.remove(cursor.block())
            cursor.setBlockFormat(block)
            return
        cursor.createList(style)

    def insert_table(self, rows: int = 3, columns: int = 3) -> None:
        table_format = QTextTableFormat()
        table_format.setHeaderRowCount(1)
        table_format.setBorder(1)
        table_format.setCellPadding(3)
        table_format.setCellSpacing(0)
        self.textCursor().insertTable(rows, columns, table_format)


class FormattingActions(QObject):
    """The Muotoilu menu and toolbar; they act on whichever section editor has focus."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._target: RichTextEdit | None = None
        self.actions: list[QAction] = []

        def add(text: str, shortcut: str, handler: object) -> QAction:
            action = QAction(text, parent)
            if shortcut:
                action.setShortcut(QKeySequence(shortcut))
                action.setToolTip(f"{text} ({QKeySequence(shortcut).toString()})")
            action.setShortcutContext(Qt.ShortcutContext.WindowShortcut)
            action.triggered.connect(lambda: self._apply(handler))
            self.actions.append(action)
            return action

        add(self.tr("Leipäteksti"), "Ctrl+0", lambda e: e.set_heading(0))
        add(self.tr("Otsikko 1"), "Ctrl+1", lambda e: e.set_heading(1))
        add(self.tr("Otsikko 2"), "Ctrl+2", lambda e: e.set_heading(2))
        add(self.tr("Otsikko 3"), "Ctrl+3", lambda e: e.set_heading(3))
        add(self.tr("Lihavointi"), "Ctrl+B", lambda e: e.toggle_char("bold"))
        add(self.tr("Kursiivi"), "Ctrl+I", lambda e: e.toggle_char("italic"))
        add(self.tr("Alleviivaus"), "Ctrl+U", lambda e: e.toggle_char("underline"))
        add(self.tr("Luettelo"), "Ctrl+Shift+L", lambda e: e.make_list(False))
        add(self.tr("Numeroitu luettelo"), "Ctrl+Shift+N", lambda e: e.make_list(True))
        add(self.tr("Lisää taulukko"), "Ctrl+Shift+T", lambda e: e.insert_table())
        self.set_target(None)
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.connect(self._on_focus_changed)

    def detach(self) -> None:
        """Stop following focus; called when the window closes, before widgets go away."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.focusChanged.disconnect(self._on_focus_changed)
        self._target = None

    def set_target(self, editor: RichTextEdit | None) -> None:
        self._target = editor
        for action in self.actions:
            action.setEnabled(editor is not None)

    def _on_focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        while new is not None and not isinstance(new, RichTextEdit):
            new = new.parentWidget()
        if isinstance(new, RichTextEdit):
            self.set_target(new)
        elif self._target is not None and not self._target.isVisible():
            # the draft's tab was left: Ctrl+B on the search tab must not change hidden text
            self.set_target(None)

    def _apply(self, handler: object) -> None:
        if self._target is not None and self._target.isVisible() and callable(handler):
            handler(self._target)
            self._target.setFocus()
