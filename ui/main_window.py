"""The main window: drafts on the left, the open item in the middle, its checks on the right."""

from __future__ import annotations

import logging
from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QFileDialog,
    QLabel,
    QMainWindow,
    QMessageBox,
    QProgressBar,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import drafting
from desktop_app.domain.dates import display_date
from desktop_app.domain.model import AgendaItem, DecisionRecord, Section
from desktop_app.draft_from_earlier import save_draft_from_decision
from desktop_app.errors import PaatospajaError
from desktop_app.importing.importer import ImportInputs, ImportReport
from desktop_app.importing.indexed import import_and_index
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.messages import describe
from desktop_app.privacy.marks import MarkKind
from desktop_app.publishing.schedule import PublicationRepository
from desktop_app.reuse import text_to_html
from desktop_app.search.service import INTERACTIVE_WRITER_MB, SearchService
from desktop_app.settings import load_settings, save_settings
from desktop_app.tasks import TaskState
from desktop_app.templating.catalog import Template
from desktop_app.user_profile import load_profile
from desktop_app.workspace import Workspace
from ui import sample_actions, welcome_dialog
from ui.completeness_panel import CompletenessPanel
from ui.draft_list import DraftList
from ui.history_panel import HistoryPanel
from ui.import_dialog import ImportProgressDialog
from ui.item_editor import ItemEditor
from ui.meeting_view import MeetingView
from ui.moments import format_moment
from ui.new_item_dialog import NewItemDialog
from ui.privacy_panel import PrivacyPanel
from ui.rich_text_edit import FormattingActions
from ui.save_controller import SaveController
from ui.search_panel import SearchPanel
from ui.settings_dialog import SettingsDialog
from ui.similar_panel import SimilarPanel
from ui.sources_dialog import SourcesDialog, open_sources_dialog
from ui.sync_runner import attach as attach_sync
from ui.widgets import ask_before, banner, named, single_shot
from ui.window_placement import open_inside_screen

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.setWindowTitle(self.tr("Päätöspaja – %s") % (workspace.municipality or workspace.root))
        self._organizations = {o.id: o for o in workspace.organizations.all()}
        # drafts made from an earlier decision this session: that decision is not "similar"
        self._based_on: dict[int, str] = {}
        self._gap_timer = single_shot(self, 250)
        self._gap_timer.timeout.connect(self._refresh_gaps)

        # The index is checked (and rebuilt if needed) on the service's own thread.
        self.search_service = SearchService.open(
            workspace.index_dir, workspace.database_path, writer_mb=INTERACTIVE_WRITER_MB
        )
        self.tabs = named(QTabWidget(), "mainTabs")
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        self.setCentralWidget(central)
        self.tabs.addTab(self._build_workbench(), self.tr("&Valmistelu"))
        for strip in self._banners:  # above the tabs: seen whatever tab is open
            central_layout.addWidget(strip)
        central_layout.addWidget(self.tabs, 1)
        self.search_panel = SearchPanel(self.search_service)
        self.search_panel.copy_requested.connect(self.copy_into_draft)
        self.search_panel.new_draft_requested.connect(self.new_draft_from_decision)
        self.tabs.addTab(self.search_panel, self.tr("&Haku"))
        self.meeting_view = MeetingView(workspace)
        self.meeting_view.open_item_requested.connect(self.open_item_from_meeting)
        self.meeting_view.about_to_change_items.connect(self.flush)
        self.meeting_view.items_changed.connect(self._items_changed_elsewhere)
        self.meeting_view.publications_changed.connect(self._show_reminders)
        self.tabs.addTab(self.meeting_view, self.tr("&Kokoukset"))
        self.formatting = FormattingActions(self)
        self._build_menus()
        self.save_status = named(QLabel(), "saveStatus")
        self.statusBar().addPermanentWidget(self.save_status)
        self.saver = SaveController(workspace, self.editor, self._show_item, self)
        self.saver.status_changed.connect(self.save_status.setText)
        self.saver.item_saved.connect(self._on_saved)
        self._show_read_only(workspace)
        self.index_status = named(QLabel(self.tr("Hakemistoa tarkistetaan…")), "indexStatus")
        self.index_progress = named(QProgressBar(), "indexProgress")
        self.index_progress.setRange(0, 0)
        self.index_progress.setMaximumWidth(160)
        self.statusBar().addWidget(self.index_status)
        self.statusBar().addWidget(self.index_progress)
        # sources synced a moment after the window shows; a failure is a quiet status line
        self.sync_runner = attach_sync(
            self, workspace, self.search_service, self.search_panel.index_changed
        )
        self._index_timer = single_shot(self, 300)
        self._index_timer.setSingleShot(False)
        self._index_timer.timeout.connect(self._poll_index)
        self._index_timer.start()
        self._show_template_problems()
        self._show_reminders()
        self.reload_list()
        open_inside_screen(self)  # never taller than a laptop screen, title bar and all

    # --- layout ---------------------------------------------------------------
    def _build_workbench(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(4, 4, 4, 4)
        self.banner = banner("problemBanner", "warning")
        self.reminders = banner("reminderBanner", "info")
        self.read_only_banner = banner("readOnlyBanner", "error")
        self._banners = [self.banner, self.reminders, self.read_only_banner]
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
        self.similar = SimilarPanel(self.search_service)
        self.similar.open_requested.connect(self.show_decision)
        self.side_tabs.addTab(self.similar, self.tr("Samankaltaiset"))
        self.privacy = PrivacyPanel(self.workspace.db, self.editor)
        self.side_tabs.addTab(self.privacy, self.tr("Tietosuoja"))
        splitter.addWidget(self.side_tabs)
        splitter.setStretchFactor(0, 2)
        splitter.setStretchFactor(1, 5)
        splitter.setStretchFactor(2, 2)
        splitter.setSizes([330, 600, 430])
        layout.addWidget(splitter, 1)
        return page

    def _build_menus(self) -> None:
        self._build_file_menu()
        self._build_edit_menu()
        self._build_format_menu()
        self._build_privacy_menu()
        self._build_help_menu()

    def _build_file_menu(self) -> None:
        """Drafts, imports and sources, the municipality's facts."""
        file_menu = self.menuBar().addMenu(self.tr("&Tiedosto"))
        self.new_action = self._action(
            self.tr("&Uusi asia pohjasta…"), QKeySequence.StandardKey.New, self.new_item_dialog
        )
        file_menu.addAction(self.new_action)
        self.save_action = self._action(
            self.tr("&Tallenna nyt"), QKeySequence.StandardKey.Save, self.save_version
        )
        file_menu.addAction(self.save_action)
        file_menu.addSeparator()
        self.import_action = self._action(
            self.tr("Tuo aiempia &päätöksiä kansiosta…"), None, self.import_folder_dialog
        )
        file_menu.addAction(self.import_action)
        self.import_file_action = self._action(
            self.tr("Tuo päätöksiä tiedo&stosta…"), None, self.import_file_dialog
        )
        file_menu.addAction(self.import_file_action)
        self.sources_action = self._action(self.tr("L&ähteet…"), None, self.sources_dialog)
        self.sources_action.setObjectName("sourcesAction")
        file_menu.addAction(self.sources_action)
        self.remove_samples_action = self._action(
            self.tr("P&oista esimerkkiaineisto…"), None, self.remove_samples_dialog
        )
        self.remove_samples_action.setEnabled(not self.workspace.read_only)
        file_menu.addAction(self.remove_samples_action)
        self.find_action = self._action(
            self.tr("&Hae aiemmista päätöksistä"), QKeySequence.StandardKey.Find, self.focus_search
        )
        file_menu.addAction(self.find_action)
        file_menu.addSeparator()
        self.settings_action = self._action(self.tr("&Kunnan tiedot…"), None, self.settings_dialog)
        self.settings_action.setObjectName("municipalitySettingsAction")
        file_menu.addAction(self.settings_action)
        file_menu.addSeparator()
        file_menu.addAction(
            self._action(self.tr("&Lopeta"), QKeySequence.StandardKey.Quit, self.close)
        )

    def _build_edit_menu(self) -> None:
        """Undo and redo reach the field that has the focus."""
        edit_menu = self.menuBar().addMenu(self.tr("&Muokkaa"))
        edit_menu.addAction(self._action(self.tr("&Kumoa"), None, lambda: self._edit("undo")))
        edit_menu.addAction(
            self._action(self.tr("&Tee uudelleen"), None, lambda: self._edit("redo"))
        )

    def _build_format_menu(self) -> None:
        """The same formatting actions in the menu and on the toolbar."""
        format_menu = self.menuBar().addMenu(self.tr("M&uotoilu"))
        toolbar = self.addToolBar(self.tr("Muotoilu"))
        toolbar.setObjectName("formattingToolbar")
        for action in self.formatting.actions:
            format_menu.addAction(action)
            toolbar.addAction(action)

    def _build_privacy_menu(self) -> None:
        """Marking personal or secret text in the open draft."""
        privacy_menu = self.menuBar().addMenu(self.tr("T&ietosuoja"))
        self.mark_personal_action = self._action(
            self.tr("Merkitse valinta &henkilötiedoksi"),
            None,
            lambda: self.privacy.mark_selection(MarkKind.PERSONAL),
        )
        self.mark_personal_action.setShortcut(QKeySequence("Ctrl+Shift+P"))
        privacy_menu.addAction(self.mark_personal_action)
        privacy_menu.addAction(
            self._action(
                self.tr("Merkitse valinta &salassa pidettäväksi…"),
                None,
                lambda: self.privacy.mark_selection(MarkKind.SECRET),
            )
        )

    def _build_help_menu(self) -> None:
        """The welcome, the demo workspace, about."""
        help_menu = self.menuBar().addMenu(self.tr("&Ohje"))
        self.welcome_action = self._action(self.tr("T&ervetuloa-ikkuna…"), None, self.welcome)
        self.welcome_action.setEnabled(not self.workspace.read_only)
        help_menu.addAction(self.welcome_action)
        self.demo_action = self._action(
            self.tr("Avaa e&simerkkityötila"), None, self.open_demo_workspace
        )
        help_menu.addAction(self.demo_action)
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

    def _show_reminders(self) -> None:
        """Kuntalaki 140 §: personal data must leave the web when the appeal period ends."""
        due = PublicationRepository(self.workspace.db).due_for_removal(date.today())
        meetings = MeetingRepository(self.workspace.db)
        lines = []
        for publication in due:
            meeting = meetings.get(publication.meeting_id)
            organization = self._organizations.get(meeting.organization_id)
            body = organization.name if organization else meeting.organization_id
            lines.append(
                self.tr(
                    "Muistutus: %s %d/%d – muutoksenhakuaika päättyi %s. Korvaa verkossa oleva "
                    "pöytäkirja versiolla, josta henkilötiedot on poistettu (Kokoukset → "
                    "Muutoksenhaun jälkeen)."
                )
                % (
                    body,
                    meeting.number,
                    meeting.year,
                    display_date(publication.appeal_ends_on),
                )
            )
        self.reminders.setText("\n".join(lines))
        self.reminders.setVisible(bool(lines))

    def welcome(self) -> None:
        welcome_dialog.open_welcome(self)

    def remove_samples_dialog(self) -> None:
        sample_actions.remove_samples_asked(self)

    def open_demo_workspace(self) -> None:
        sample_actions.open_demo_workspace(self)

    def _about(self) -> None:
        from desktop_app import __version__

        QMessageBox.about(
            self,
            self.tr("Tietoja Päätöspajasta"),
            self.tr("Päätöspaja %s\nTyötila: %s") % (__version__, self.workspace.root),
        )

    # --- list and opening -------------------------------------------------------
    def reload_list(self) -> None:
        """Start reading the list's first page on a worker, off the GUI thread.

        The open item is selected when its row arrives; until then the list keeps its rows.
        """
        current = self.editor.current_item()
        self.draft_list.load(
            self.workspace.database_path,
            {k: o.name for k, o in self._organizations.items()},
            select=current.id if current is not None else None,
        )

    def current_template(self) -> Template | None:
        item = self.editor.current_item()
        if item is None or item.template_id not in self.workspace.templates:
            return None
        return self.workspace.templates.get(item.template_id)

    def open_item(self, item_id: int) -> None:
        current = self.editor.current_item()
        if current is not None and current.id == item_id:
            return
        if not self.saver.ready_to_leave():  # a conflict decided later stays on screen
            if current is not None and current.id is not None:
                self.draft_list.select_item(current.id)
            return
        self._load(item_id)

    def _load(self, item_id: int) -> None:
        """Show the item: a text the writer still holds (a failed write) wins over the row."""
        try:
            target = self.saver.load_target(item_id)
            if target is None:
                self._show_item(self.workspace.items.get(item_id))
            else:
                self._show_item(*target)
        except PaatospajaError as error:
            self.show_error(error)

    def _show_item(self, item: AgendaItem | None, base: AgendaItem | None = None) -> None:
        self.formatting.set_target(None)
        template = None
        if item is not None and item.template_id in self.workspace.templates:
            template = self.workspace.templates.get(item.template_id)
        organization = self._organizations.get(item.organization_id) if item else None
        self.editor.load(item, template, organization)
        if item is not None and item.id is not None:
            # The derived appeal route depends on what the body decided: the agenda entry.
            entry = MeetingRepository(self.workspace.db).entry_of_item(item.id)
            if entry is not None:
                self.editor.set_appeal_context(entry.record, bool(entry.standing))
        self.saver.item_loaded(item, base)
        self._refresh_gaps()
        self._refresh_history()
        self.privacy.refresh()
        if item is not None and item.id is not None:
            self.draft_list.select_item(item.id)

    def new_item_dialog(self) -> None:
        if not self.saver.ready_to_leave():  # a conflict decided later stays on screen
            return
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
        self.saver.settle()
        item = drafting.new_item(
            template,
            organization,  # type: ignore[arg-type]
            self.workspace.municipality,
            language,
            preparer=load_profile().preparer(),  # the user's own name and title
        )
        self.workspace.items.save(item)
        self.reload_list()
        self._show_item(item)
        self.editor.title.setFocus()
        return item

    # --- saving -------------------------------------------------------------------
    def _on_edited(self) -> None:
        self.saver.edited()
        self._gap_timer.start()  # also refreshes the similar decisions
        self.privacy.schedule_refresh()

    def save_now(self) -> None:
        """Hand the current state to the writer thread (returns at once)."""
        self.saver.save_now()

    def save_version(self) -> None:
        self.saver.save_version()

    def flush(self) -> bool:
        return self.saver.flush()

    def _on_saved(self, item: AgendaItem) -> None:
        if not self.draft_list.model.update_item(item):
            self.reload_list()
        current = self.editor.current_item()
        if current is not None and current.id == item.id:
            self._refresh_history()

    def _show_read_only(self, workspace: Workspace) -> None:
        """Say at once, above every tab, why nothing can be saved here."""
        if not workspace.read_only:
            return
        holder = workspace.holder
        if holder is not None:
            since = format_moment(holder.started)
            text = self.tr(
                "Vain luku: työtilan on avannut %s koneella %s (%s). Voit hakea ja lukea, "
                "mutta muutoksia ei tallenneta. Sulje toinen ikkuna ja avaa Päätöspaja uudelleen."
            ) % (holder.user, holder.host, since)
        else:
            text = (
                self.tr(
                    "Vain luku: työtilan tietokantaan tai kansioon ei voi kirjoittaa (%s). Voit "
                    "hakea ja lukea, mutta muutoksia ei tallenneta."
                )
                % workspace.root
            )
        self.read_only_banner.setText(text)
        self.read_only_banner.show()
        self.editor.set_read_only(True)
        self.new_action.setEnabled(False)
        self.save_action.setEnabled(False)
        self.settings_action.setEnabled(False)

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
        self._feed_similar()

    def _refresh_history(self) -> None:
        item = self.editor.current_item()
        if item is None or item.id is None:
            self.history.show_versions([])
            self.history.show_preview(None)
            return
        self.history.show_versions(self.workspace.items.versions(item.id))

    def _show_version(self, number: int) -> None:
        """The selected version's changes against the version before it, word by word."""
        item = self.editor.current_item()
        if item is None or item.id is None:
            return
        after = self.workspace.items.version(item.id, number)
        before = self.workspace.items.version(item.id, number - 1) if number > 1 else None
        self.history.show_difference(before, after)

    def restore_version(self, number: int) -> None:
        item = self.editor.current_item()
        if item is None or item.id is None:
            return
        if not self.flush() and self.saver.conflict_pending:
            return
        restored = self.workspace.items.restore(item.id, number)
        self._show_item(restored)
        self.reload_list()
        self.statusBar().showMessage(self.tr("Versio %d palautettiin.") % number, 5000)

    # --- search, reuse and import ----------------------------------------------------------
    def _poll_index(self) -> None:
        if self.search_service.ready:
            self._index_timer.stop()
            self.index_progress.hide()
            self.index_status.setText(self.tr("Hakemisto valmis"))
            self.search_panel.index_changed()
            self._feed_similar()

    def focus_search(self) -> None:
        self.tabs.setCurrentWidget(self.search_panel)
        self.search_panel.query.setFocus()
        self.search_panel.query.selectAll()

    def _feed_similar(self) -> None:
        item = self.editor.current_item()
        if item is None:
            return
        editors = self.editor.section_editors()
        texts = {"title": self.editor.title.text()} | {
            s.value: editors[s].toPlainText()
            for s in (Section.PROPOSAL, Section.DESCRIPTION)
            if s in editors
        }
        text = drafting.written_text(
            texts,
            self.current_template(),
            self._organizations.get(item.organization_id),
            self.workspace.municipality,
            item.language,
        )
        based_on = self._based_on.get(item.id or 0)
        self.similar.update_text(text, exclude=(based_on,) if based_on else ())

    def show_decision(self, source_id: str) -> None:
        self.tabs.setCurrentWidget(self.search_panel)
        record = self.search_service.document(source_id)
        if record is not None:
            self.search_panel.show_record(record)

    def copy_into_draft(self, text: str, section_value: str) -> None:
        if self.editor.current_item() is None:
            self.statusBar().showMessage(self.tr("Avaa ensin asia, johon teksti kopioidaan."), 6000)
            return
        editors = self.editor.section_editors()
        section = Section(section_value)
        if section not in editors:
            section = next(iter(editors))
        target = editors[section]
        cursor = target.textCursor()
        cursor.movePosition(cursor.MoveOperation.End)
        if cursor.block().text().strip():
            cursor.insertBlock()  # a paragraph of its own, not glued to the last sentence
        cursor.insertHtml(text_to_html(text, reflow=True))
        self.tabs.setCurrentIndex(0)
        target.setFocus()
        self._on_edited()
        self.statusBar().showMessage(self.tr("Teksti kopioitiin luonnokseen."), 5000)

    def new_draft_from_decision(self, record: DecisionRecord) -> None:
        """A new draft of the same kind, with the earlier decision's parts as starting text."""
        self.saver.settle()
        made = save_draft_from_decision(self.workspace, record, load_profile().preparer())
        if made.item.id is not None:
            self._based_on[made.item.id] = record.source_id
        self._show_item(made.item)
        self.reload_list()
        self.tabs.setCurrentIndex(0)
        self.statusBar().clearMessage()
        if not made.same_body and record.body_org:
            self.statusBar().showMessage(
                self.tr("Toimielintä ”%s” ei ole työtilassa; luonnos tehtiin toimielimelle %s.")
                % (record.body_org, made.organization.name),
                10000,
            )

    def import_folder_dialog(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Tuo päätökset kansiosta"))
        if folder:
            self.start_import([Path(folder)])

    def import_file_dialog(self) -> None:
        files, _ = QFileDialog.getOpenFileNames(
            self,
            self.tr("Tuo päätöksiä"),
            "",
            self.tr("Päätökset (*.jsonl *.docx *.pdf *.html *.htm *.txt);;Kaikki tiedostot (*)"),
        )
        if files:
            self.start_import([Path(f) for f in files])

    def start_import(self, paths: list[Path]) -> ImportProgressDialog:
        """Import in the background with a progress dialog; the index follows at the end."""
        service = self.search_service
        database = self.workspace.database_path

        def work(state: TaskState) -> ImportReport:
            return import_and_index(ImportInputs(paths, database), service, state)

        dialog = ImportProgressDialog(work, self)
        dialog.finished_import.connect(lambda _report: self.search_panel.index_changed())
        dialog.start()
        return dialog

    def sources_dialog(self) -> SourcesDialog:
        return open_sources_dialog(self.sync_runner, self)

    def settings_dialog(self) -> None:
        dialog = SettingsDialog(load_settings(self.workspace.db), self)
        if dialog.exec() == SettingsDialog.DialogCode.Accepted:
            save_settings(self.workspace.db, dialog.settings())
            self.setWindowTitle(self.tr("Päätöspaja – %s") % self.workspace.municipality)

    def open_item_from_meeting(self, item_id: int) -> None:
        self.tabs.setCurrentIndex(0)
        self.open_item(item_id)

    def _items_changed_elsewhere(self) -> None:
        """A meeting changed item states or sections: show the stored state of the draft."""
        self.flush()
        current = self.editor.current_item()
        self.reload_list()
        if current is not None and current.id is not None and not self.saver.conflict_pending:
            self._load(current.id)

    def focus_field(self, field: str) -> None:
        widget = self.editor.field_widget(field)
        if widget is not None:
            self.editor.ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def _close_anyway(self) -> bool:
        """Something typed is not stored: closing loses it, so only on the user's word."""
        return ask_before(
            self,
            QMessageBox.Icon.Warning,
            self.tr("Kaikkia muutoksia ei ole tallennettu:\n\n%s\n\nJos suljet nyt, ne menetetään.")
            % "\n".join(self.saver.unsaved_reasons()),
            self.tr("Sulje silti"),
            self.tr("Älä sulje"),
        )

    def show_error(self, error: PaatospajaError) -> None:
        QMessageBox.warning(self, self.tr("Päätöspaja"), describe(error))

    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.saver.settle() and self.saver.unsaved and not self._close_anyway():
            event.ignore()
            return
        self.saver.shutdown()
        self.formatting.detach()
        for timer in self.findChildren(QTimer):  # no panel may touch the closed workspace
            timer.stop()
        self.sync_runner.shutdown()
        self.search_service.close()
        super().closeEvent(event)
