"""Saved versions of the open item: view any of them and restore it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSplitter,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.model import AgendaItem, ItemVersion, Section
from desktop_app.domain.richtext import clean_html
from ui.widgets import named


def version_preview_html(item: AgendaItem) -> str:
    """A read-only rendering of a stored version, built from clean HTML only."""
    from html import escape

    untitled = QCoreApplication.translate("HistoryPanel", "(nimetön asia)")
    parts = [f"<h2>{escape(item.title or untitled)}</h2>"]
    if item.dno:
        parts.append(f"<p>Dno {escape(item.dno)}</p>")
    for section in Section:
        text = item.section(section)
        if text:
            parts.append(f"<h3>{escape(section.value.capitalize())}</h3>{clean_html(text)}")
    return "".join(parts)


class HistoryPanel(QWidget):
    """Emits ``restore_requested(number)``; the window does the restoring."""

    version_selected = Signal(int)
    restore_requested = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        self.info = QLabel(self.tr("Jokainen tallennus säilyy versiona."))
        self.info.setWordWrap(True)
        layout.addWidget(self.info)
        splitter = QSplitter(Qt.Orientation.Vertical)
        self.list = named(QListWidget(), "versionList")
        self.list.currentItemChanged.connect(self._on_current)
        splitter.addWidget(self.list)
        self.preview = named(QTextBrowser(), "versionPreview")
        self.preview.setOpenLinks(False)
        splitter.addWidget(self.preview)
        layout.addWidget(splitter, 1)
        self.restore_button = named(QPushButton(self.tr("&Palauta tämä versio")), "restore")
        self.restore_button.setEnabled(False)
        self.restore_button.clicked.connect(self._on_restore)
        layout.addWidget(self.restore_button)

    def show_versions(self, versions: list[ItemVersion]) -> None:
        current = self.selected_number()
        self.list.blockSignals(True)
        self.list.clear()
        for version in versions:
            stamp = version.saved_at.astimezone().strftime("%d.%m.%Y %H.%M.%S")
            entry = QListWidgetItem(f"{version.number}. {stamp} – {version.title or '…'}")
            entry.setData(Qt.ItemDataRole.UserRole, version.number)
            self.list.addItem(entry)
            if version.number == current:
                self.list.setCurrentItem(entry)
        self.list.blockSignals(False)
        self.restore_button.setEnabled(self.list.currentItem() is not None)

    def show_preview(self, item: AgendaItem | None) -> None:
        self.preview.setHtml(version_preview_html(item) if item else "")

    def selected_number(self) -> int | None:
        entry = self.list.currentItem()
        return int(entry.data(Qt.ItemDataRole.UserRole)) if entry else None

    def _on_current(self, current: QListWidgetItem | None, _old: QListWidgetItem | None) -> None:
        self.restore_button.setEnabled(current is not None)
        if current is not None:
            self.version_selected.emit(int(current.data(Qt.ItemDataRole.UserRole)))

    def _on_restore(self) -> None:
        number = self.selected_number()
        if number is not None:
            self.restore_requested.emit(number)
