"""The main window: drafts on the left, the open item in the middle, its checks on the right."""

from __future__ import annotations

import logging
from datetime import datetime

from PySide6.QtCore import QObject, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QMainWindow,
    QMessageBox,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import drafting
from desktop_app.autosave import AutosaveWriter
from desktop_app.domain.model import AgendaItem
from desktop_app.errors import PaatospajaError
from desktop_app.messages import describe
from desktop_app.templating.catalog import Template
from desktop_app.workspace import Workspace
from ui.completeness_panel import CompletenessPanel
from ui.draft_list import DraftList
from ui.history_panel import HistoryPanel
from ui.item_editor import ItemEditor
from ui.new_item_dialog import NewItemDialog
from ui.rich_text_edit import FormattingActions
from ui.widgets import named

log = logging.getLogger(__name__)

#: Milliseconds from the first unsaved edit to its save: well inside the 2 s promise even
#: while the secretary keeps typing (the timer is not restarted by further keystrokes).
AUTOSAVE_DELAY_MS = 800


def _single_shot(parent: QObject, interval: int) -> QTimer:
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval)
    return timer


class _AutosaveBridge(QObject):
    """Carries the writer thread's callbacks into the GUI thread as queued signals."""

    saved = Signal(object)
    failed = Signal(int, object)


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Päätöspaja – %s") % (workspace.municipality or workspace.root))
        self.resize(1360, 860)
        self._bridge = _AutosaveBridge()
        self._bridge.saved.connect(self._on_saved)
        self._bridge.failed.connect(self._on_save_failed)
        self.writer = AutosaveWriter(
            workspace.database_path,
            on_saved=self._bridge.saved.emit,
            on_failed=self._bridge.failed.emit,
        )
        self._organizations = {o.id: o for o in workspace.organizations.all()}
        self._save_timer = _single_shot(self, AUTOSAVE_DELAY_MS)
        self._save_timer.timeout.connect(self.save_now)
        self._gap_timer = _single_shot(self, 250)
        self._gap_timer.timeout.connect(self._refresh_gaps)
        self._unsaved = False

        self.tabs = named(QTabWidget(), "mainTabs")
        self.setCentralWidget(self.tabs)
        self.tabs.addTab(self._build_workbench(), self.tr("&Valmistelu"))
        self.formatting = FormattingActions(self)
        self._build_menus()
        self.save_status = named(QLabel(), "saveStatus")
        self.statusBar().addPermanentWidget(self.save_status)
        self._show_template_problems()
        self.reload_list()

    # --- layout ---------------------------------------------------------------
    def _build_workbench(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        self.banner = named(QLabel(), "problemBanner")
        self.banner.setWordWrap(True)
        self.banner.setStyleSheet(
            "background:#fff4ce; color:#3b2f00; padding:6px; border:1px solid #c8a600;"
        )
        self.banner.hide()
        layout.addWidget(self.banner)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        self.draft_list = DraftList()
        self.draft_list.set_bodies(list(self._organizations.values()))
        self.draft_list.new_requested.connect(self.new_item_dialog)
        self.draft_list.item_selected.connect(self.open_item)
        self.draft_list.body_filter.currentIndexChanged.connect(self.reload_list)
        self.draft_list.state_filter.currentIndexChanged.connect(self.reload_list)
        splitter.addWidget(self.draft_list)
        self.editor = ItemEditor()
        self.editor.changed.connect(self._on_edited)
        splitter.addWidget(self.editor)
        self.side_tabs = named(QTabWidget(), "sideTabs")
        self.completeness = CompletenessPanel()
        self.completeness.field_requested.connect(self.focus_field)
        self.side_tabs.addTab(self.completeness, self.tr("Puutteet"))
        self.history = HistoryPanel()
        self.history.version_selected.connect(self._show_version)
        self.history.restore_requested.connect(self.restore_version)
        self.side_tabs.addTab(self.history, self.tr("Versiot"))
        splitter.addWidget(self.side_tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([420, 640, 300])
        layout.addWidget(splitter, 1)
        return page

    def _build_menus(self) -> None:
        file_menu = self.menuBar().addMenu(self.tr("&Tiedosto"))
        self.new_action = self._action(
            self.tr("&Uusi asia pohjasta…"), QKeySequence.StandardKey.New, self.new_item_dialog
        )
        file_menu.addAction(self.new_action)
        self.save_action = self._action(
            self.tr("&Tallenna nyt"), QKeySequence.StandardKey.Save, self.save_now
        )
        file_menu.addAction(self.save_action)
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Lopeta"), QKeySequence.StandardKey.Quit, self.close)
        )
        edit_menu = self.menuBar().addMenu(self.tr("&Muokkaa"))
        edit_menu.addAction(self._action(self.tr("&Kumoa"), None, lambda: self._edit("undo")))
        edit_menu.addAction(
            self._action(self.tr("&Tee uudelleen"), None, lambda: self._edit("redo"))
        )
        format_menu = self.menuBar().addMenu(self.tr("M&uotoilu"))
        toolbar = self.addToolBar(self.tr("Muotoilu"))
        toolbar.setObjectName("formattingToolbar")
        for action in self.formatting.actions:
            format_menu.addAction(action)
            toolbar.addAction(action)
        help_menu = self.menuBar().addMenu(self.tr("&Ohje"))
        help_menu.addAction(self._action(self.tr("&Tietoja Päätöspajasta"), None, self._about))

    def _action(
        self, text: str, shortcut: QKeySequence.StandardKey | None, handler: object
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
        action.triggered.connect(handler)
        return action

    def _edit(self, what: str) -> None:
        widget = QApplication.focusWidget()
        method = getattr(widget, what, None)
        if callable(method):
            method()

    def _show_template_problems(self) -> None:
        problems = self.workspace.templates.problems
        if problems:
            self.banner.setText("\n".join(describe(p.error) for p in problems))
            self.banner.show()

    def _about(self) -> None:
        from desktop_app import __version__

        QMessageBox.about(
            self,
            self.tr("Tietoja Päätöspajasta"),
            self.tr("Päätöspaja %s\nTyötila: %s") % (__version__, self.workspace.root),
        )

    # --- list and opening -------------------------------------------------------
    def reload_list(self) -> None:
        organization_id, state = self.draft_list.filters()
        items = self.workspace.items.all(organization_id, state)
        self.draft_list.model.set_items(items, {k: o.name for k, o in self._organizations.items()})
        current = self.editor.current_item()
        if current is not None and current.id is not None:
            self.draft_list.select_item(current.id)

    def current_template(self) -> Template | None:
        item = self.editor.current_item()
        if item is None or item.template_id not in self.workspace.templates:
            return None
        return self.workspace.templates.get(item.template_id)

    def open_item(self, item_id: int) -> None:
        current = self.editor.current_item()
        if current is not None and current.id == item_id:
            return
        self.save_now()
        try:
            item = self.workspace.items.get(item_id)
        except PaatospajaError as error:
            self.show_error(error)
            return
        self._show_item(item)

    def _show_item(self, item: AgendaItem | None) -> None:
        self.formatting.set_target(None)
        template = None
        if item is not None and item.template_id in self.workspace.templates:
            template = self.workspace.templates.get(item.template_id)
        organization = self._organizations.get(item.organization_id) if item else None
        self.editor.load(item, template, organization)
        self._refresh_gaps()
        self._refresh_history()
        if item is not None and item.id is not None:
            self.draft_list.select_item(item.id)

    def new_item_dialog(self) -> None:
        dialog = NewItemDialog(
            self.workspace.templates.all(), list(self._organizations.values()), self
        )
        if dialog.exec() != NewItemDialog.DialogCode.Accepted:
            return
        chosen = dialog.chosen()
        if chosen is not None:
            self.create_item(*chosen)

    def create_item(
        self, template: Template, organization_id: str | object, language: str = "fi"
    ) -> AgendaItem:
        organization = (
            organization_id
            if not isinstance(organization_id, str)
            else self._organizations[organization_id]
        )
        self.save_now()
        item = drafting.new_item(
            template,
            organization,  # type: ignore[arg-type]
            self.workspace.municipality,
            language,
        )
        self.workspace.items.save(item)
        self.reload_list()
        self._show_item(item)
        self.editor.title.setFocus()
        return item

    # --- saving -------------------------------------------------------------------
    def _on_edited(self) -> None:
        self._unsaved = True
        self.save_status.setText(self.tr("Muutoksia ei ole vielä tallennettu…"))
        if not self._save_timer.isActive():
            self._save_timer.start()
        self._gap_timer.start()

    def save_now(self) -> None:
        """Hand the current state to the writer thread (returns at once)."""
        self._save_timer.stop()
        if not self._unsaved:
            return
        item = self.editor.read_item()
        if item is None or item.id is None:
            return
        self._unsaved = False
        self.save_status.setText(self.tr("Tallennetaan…"))
        self.writer.submit(item)

    def flush(self) -> bool:
        self.save_now()
        return self.writer.flush()

    def _on_saved(self, item: AgendaItem) -> None:
        stamp = datetime.now().strftime("%H.%M.%S")
        if not self._unsaved:
            self.save_status.setText(self.tr("Tallennettu klo %s") % stamp)
        if not self.draft_list.model.update_item(item):
            self.reload_list()
        current = self.editor.current_item()
        if current is not None and current.id == item.id:
            current.modified = item.modified
            self._refresh_history()

    def _on_save_failed(self, item_id: int, error: object) -> None:
        self._unsaved = True
        text = describe(error) if isinstance(error, PaatospajaError) else str(error)
        self.save_status.setText(self.tr("Tallennus epäonnistui – yritetään uudelleen"))
        self.statusBar().showMessage(
            self.tr("Asian %s tallennus epäonnistui: %s. Muutokset ovat tallessa ikkunassa.")
            % (item_id, text),
            10000,
        )
        self._save_timer.start(5000)

    # --- side panels ------------------------------------------------------------------
    def _refresh_gaps(self) -> None:
        item = self.editor.read_item() if self.editor.current_item() else None
        if item is None:
            self.completeness.show_gaps(None)
            return
        gaps = drafting.gaps(
            item,
            self.current_template(),
            self._organizations.get(item.organization_id),
            self.workspace.municipality,
        )
        self.completeness.show_gaps(gaps)

    def _refresh_history(self) -> None:
        item = self.editor.current_item()
        if item is None or item.id is None:
            self.history.show_versions([])
            self.history.show_preview(None)
            return
        self.history.show_versions(self.workspace.items.versions(item.id))

    def _show_version(self, number: int) -> None:
        item = self.editor.current_item()
        if item is not None and item.id is not None:
            self.history.show_preview(self.workspace.items.version(item.id, number))

    def restore_version(self, number: int) -> None:
        item = self.editor.current_item()
        if item is None or item.id is None:
            return
        self.flush()
        restored = self.workspace.items.restore(item.id, number)
        self._show_item(restored)
        self.reload_list()
        self.statusBar().showMessage(self.tr("Versio %d palautettiin.") % number, 5000)

    def focus_field(self, field: str) -> None:
        widget = self.editor.field_widget(field)
        if widget is not None:
            self.editor.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_error(self, error: PaatospajaError) -> None:
        QMessageBox.warning(self, self.tr("Päätöspaja"), describe(error))

    def closeEvent(self, event: QCloseEvent) -> None:
        self.save_now()
        self.writer.close()
        self.formatting.detach()
        super().closeEvent(event)
