"""Meetings: the agenda with its § numbers, recording decisions, exports and publishing.

The tab is a list of meetings beside one meeting's pages (details, participants, agenda,
documents and the publishing check), so that each part gets the height it needs on a
1366×768 laptop and nothing that appears later (a long list of findings) grows the window.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.dates import display_time
from desktop_app.domain.model import ItemState, Meeting
from desktop_app.errors import PaatospajaError
from desktop_app.export.task import ExportKind
from desktop_app.meetings.clock import meeting_end
from desktop_app.meetings.decision_form import names_from_text
from desktop_app.meetings.model import EntryDecision, Participant
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.publishing.findings import Finding
from desktop_app.storage.item_summaries import ItemSummary, ItemSummaryReader
from desktop_app.workspace import Workspace
from ui.labels import state_label
from ui.meeting_agenda import ENTRY_ROLE, AgendaList
from ui.meeting_decision_dialog import DecisionDialog
from ui.meeting_documents import MeetingDocuments
from ui.meeting_feedback import tell, warn
from ui.meeting_labels import meeting_title
from ui.meeting_new_dialog import NewMeetingDialog
from ui.meeting_participants import ParticipantsTable
from ui.widgets import OptionalDateEdit, named
from ui.workers import Task

W = TypeVar("W", bound=QWidget)

#: Where the keyboard is, seen at a glance: a keyboard user moves between many similar
#: buttons and lists on this tab. The blue passes WCAG AA contrast on the window colour.
FOCUS_STYLE = """
QPushButton:focus, QLineEdit:focus, QComboBox:focus, QDateEdit:focus,
QListWidget:focus, QTableWidget:focus, QTabBar::tab:focus {
    border: 2px solid #1a5fb4;
    border-radius: 3px;
}
"""


def _labelled(widget: W, name: str, accessible: str) -> W:
    """Name a control for tests and give screen readers the words its label shows."""
    named(widget, name)
    widget.setAccessibleName(accessible)
    return widget


class MeetingView(QWidget):
    """Emits ``open_item_requested(item_id)`` when the secretary wants to edit an item."""

    open_item_requested = Signal(int)
    #: Emitted before the view changes items, so that unsaved edits are written first and
    #: cannot later overwrite what the meeting recorded.
    about_to_change_items = Signal()
    items_changed = Signal()
    publications_changed = Signal()

    def __init__(self, workspace: Workspace, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.workspace = workspace
        self.meetings = MeetingRepository(workspace.db)
        self._organizations = {o.id: o for o in workspace.organizations.all()}
        self._shown_revision: int | None = None  # the meeting's, as its form shows it
        self._shown_meeting_id: int | None = None
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setChildrenCollapsible(False)
        splitter.addWidget(self._build_meeting_list())
        splitter.addWidget(self._build_meeting_pages())
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([260, 900])
        QHBoxLayout(self).addWidget(splitter)
        self.setStyleSheet(FOCUS_STYLE)
        self.reload()

    # --- layout -------------------------------------------------------------------------
    def _build_meeting_list(self) -> QWidget:
        left = QWidget()
        layout = QVBoxLayout(left)
        layout.setContentsMargins(0, 0, 0, 0)
        self.new_button = _labelled(
            QPushButton(self.tr("Uusi kokous…")), "newMeeting", self.tr("Uusi kokous")
        )
        self.new_button.clicked.connect(self.new_meeting_dialog)
        layout.addWidget(self.new_button)
        self.list = _labelled(QListWidget(), "meetingList", self.tr("Kokoukset"))
        self.list.currentItemChanged.connect(lambda *_: self.show_meeting())
        layout.addWidget(self.list, 1)
        return left

    def _build_meeting_pages(self) -> QWidget:
        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = named(QLabel(), "meetingHeading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        self.heading.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        layout.addWidget(self.heading)
        self.pages = named(QTabWidget(), "meetingPages")
        self.details_page = self._build_details_page()
        self.people_page = self._build_people_page()
        self.agenda_page = self._build_agenda_page()
        self.documents_page = self._build_documents_page()
        self.pages.addTab(self.details_page, self.tr("Tiedot"))
        self.pages.addTab(self.people_page, self.tr("Osallistujat"))
        self.pages.addTab(self.agenda_page, self.tr("Esityslista"))
        self.pages.addTab(self.documents_page, self.tr("Asiakirjat ja tarkistus"))
        layout.addWidget(self.pages, 1)
        return right

    def _build_details_page(self) -> QScrollArea:
        """A scrolling form: at any height its fields keep their own size."""
        form_widget = QWidget()
        form = QFormLayout(form_widget)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.place = _labelled(QLineEdit(), "detailPlace", self.tr("Paikka"))
        form.addRow(self.tr("Paikka"), self.place)
        # A plain time, empty until the secretary records it: the minutes print the recorded
        # end or nothing, never a guess such as the start time ("klo 17.00–17.00").
        self.end = _labelled(QLineEdit(), "detailEnd", self.tr("Päättyi klo"))
        self.end.setPlaceholderText(self.tr("esim. 20.15 (tyhjä, jos ei vielä merkitty)"))
        form.addRow(self.tr("Päättyi klo"), self.end)
        self.checkers = _labelled(QLineEdit(), "detailCheckers", self.tr("Pöytäkirjantarkastajat"))
        self.checkers.setPlaceholderText(self.tr("nimet pilkuin eroteltuina"))
        form.addRow(self.tr("Pöytäkirjantarkastajat"), self.checkers)
        self.checked_on = _labelled(
            OptionalDateEdit(self.tr("ei vielä")), "detailCheckedOn", self.tr("Tarkastettu")
        )
        self.public_view_on = _labelled(
            OptionalDateEdit(self.tr("ei vielä")),
            "detailPublicView",
            self.tr("Yleisesti nähtävänä alkaen"),
        )
        form.addRow(self.tr("Tarkastettu"), self.checked_on)
        form.addRow(self.tr("Yleisesti nähtävänä alkaen"), self.public_view_on)
        self.save_details_button = _labelled(
            QPushButton(self.tr("Tallenna tiedot")), "saveDetails", self.tr("Tallenna tiedot")
        )
        self.save_details_button.clicked.connect(self.save_details)
        form.addRow("", self.save_details_button)
        form_widget.setMaximumWidth(820)  # lines a reader's eye can follow on a wide screen
        content = QWidget()
        columns = QHBoxLayout(content)
        columns.addWidget(form_widget, 1)
        columns.addStretch(0)
        scroll = named(QScrollArea(), "meetingDetails")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QScrollArea.Shape.NoFrame)
        scroll.setWidget(content)
        return scroll

    def _build_people_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.people = named(ParticipantsTable(), "participants")
        layout.addWidget(self.people, 1)
        buttons = QHBoxLayout()
        self.add_person_button = _labelled(
            QPushButton(self.tr("Lisää henkilö")), "addPerson", self.tr("Lisää henkilö")
        )
        self.add_person_button.clicked.connect(self._add_empty_person)
        self.save_people = _labelled(
            QPushButton(self.tr("Tallenna osallistujat")),
            "saveParticipants",
            self.tr("Tallenna osallistujat"),
        )
        self.save_people.clicked.connect(self.save_participants)
        buttons.addWidget(self.add_person_button)
        buttons.addWidget(self.save_people)
        buttons.addStretch(1)
        layout.addLayout(buttons)
        return page

    def _build_agenda_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        hint = QLabel(self.tr("Järjestä vetämällä tai näppäimillä Ctrl+↑ ja Ctrl+↓."))
        hint.setWordWrap(True)
        layout.addWidget(hint)
        self.agenda = named(AgendaList(), "agendaList")
        self.agenda.move_requested.connect(self.move_entry)
        self.agenda.itemDoubleClicked.connect(lambda _e: self.open_selected())
        self.agenda.currentRowChanged.connect(lambda _row: self._enable_entry_actions())
        layout.addWidget(self.agenda, 1)
        row = QHBoxLayout()
        self._entry_buttons: list[QPushButton] = []  # they act on the selected entry
        for text, name, handler, keys in (
            (self.tr("Lisää asia…"), "addEntry", self.add_item_dialog, None),
            (self.tr("Poista listalta"), "removeEntry", self.remove_selected, ""),
            (self.tr("Avaa asia"), "openEntry", self.open_selected, ""),
            (self.tr("Kirjaa päätös…"), "recordDecision", self.record_selected, ""),
            (self.tr("Siirrä ylös"), "moveEntryUp", lambda: self.agenda.move_current(-1), "Ctrl+↑"),
            (
                self.tr("Siirrä alas"),
                "moveEntryDown",
                lambda: self.agenda.move_current(1),
                "Ctrl+↓",
            ),
        ):
            button = _labelled(QPushButton(text), name, text.rstrip("…"))
            button.clicked.connect(handler)
            row.addWidget(button)
            if keys is not None:
                button.setToolTip(keys)
                self._entry_buttons.append(button)
        layout.addLayout(row)
        return page

    def _build_documents_page(self) -> MeetingDocuments:
        documents = MeetingDocuments(self.workspace, self._organizations, self._guard)
        documents.findings_shown.connect(lambda: self.pages.setCurrentWidget(documents))
        documents.publish_requested.connect(self.publish_minutes)
        documents.publications_changed.connect(self.publications_changed)
        self.findings = documents.findings
        self.override_button = documents.override_button
        return documents

    # --- listing ---------------------------------------------------------------------
    def reload(self, select: int | None = None) -> None:
        current = select if select is not None else self.current_meeting_id()
        self.list.blockSignals(True)
        self.list.clear()
        for meeting in sorted(
            self.meetings.all(), key=lambda m: m.start or datetime.min, reverse=True
        ):
            entry = QListWidgetItem(
                meeting_title(meeting, self._organizations.get(meeting.organization_id))
            )
            entry.setData(Qt.ItemDataRole.UserRole, meeting.id)
            self.list.addItem(entry)
            if meeting.id == current:
                self.list.setCurrentItem(entry)
        self.list.blockSignals(False)
        if self.list.currentItem() is None and self.list.count():
            self.list.setCurrentRow(0)
        self.show_meeting()

    def current_meeting_id(self) -> int | None:
        entry = self.list.currentItem()
        return int(entry.data(Qt.ItemDataRole.UserRole)) if entry else None

    def current_meeting(self) -> Meeting | None:
        meeting_id = self.current_meeting_id()
        return self.meetings.get(meeting_id) if meeting_id is not None else None

    def show_meeting(self) -> None:
        meeting = self.current_meeting()
        # the same meeting shown again (after saving its details, say) keeps its selected §
        selected = self._selected_entry()
        kept_entry = (
            selected[0]
            if selected and meeting is not None and meeting.id == self._shown_meeting_id
            else None
        )
        self._shown_meeting_id = meeting.id if meeting is not None else None
        self.people.setRowCount(0)
        self.agenda.clear()
        self.documents_page.show_meeting(meeting)
        self._shown_revision = meeting.revision if meeting is not None else None
        shown = meeting is not None and meeting.id is not None
        for page in (self.details_page, self.people_page, self.agenda_page, self.documents_page):
            page.setEnabled(shown)  # the page tabs stay usable: only the controls wait
        if meeting is None or meeting.id is None:
            self._show_no_meeting()
            return
        organization = self._organizations.get(meeting.organization_id)
        place = f", {meeting.place}" if meeting.place else ""
        self.heading.setText(meeting_title(meeting, organization) + place)
        self.place.setText(meeting.place)
        self.end.setText(display_time(meeting.end) if meeting.end else "")
        self.checkers.setText(", ".join(meeting.checkers))
        self.checked_on.set_value(meeting.checked_on)
        self.public_view_on.set_value(meeting.public_view_on)
        self.people.set_participants(self.meetings.participants(meeting.id))
        items = self.workspace.items
        for entry in self.meetings.entries(meeting.id):
            item = items.get(entry.item_id)
            number = f"§ {entry.number}" if entry.number else "§ –"
            decided = " ✔" if entry.record else ""
            row = QListWidgetItem(f"{number}  {item.title}  [{state_label(item.state)}]{decided}")
            row.setData(ENTRY_ROLE, entry.id)
            row.setData(Qt.ItemDataRole.UserRole, entry.item_id)
            self.agenda.addItem(row)
            if entry.id == kept_entry:
                self.agenda.setCurrentItem(row)
        self.agenda.setDragEnabled(meeting.published is None)
        self._enable_entry_actions()

    def _show_no_meeting(self) -> None:
        """Empty fields, not a default date or time that could be taken for the meeting's."""
        self.heading.setText(
            self.tr("Valitse kokous luettelosta.")
            if self.list.count()
            else self.tr("Ei kokouksia. Luo uusi kokous.")
        )
        for field in (self.place, self.end, self.checkers):
            field.clear()
        self.checked_on.set_value(None)
        self.public_view_on.set_value(None)
        self._enable_entry_actions()

    def _enable_entry_actions(self) -> None:
        """The buttons that act on one agenda entry wait until one is selected."""
        selected = self._selected_entry()
        for button in self._entry_buttons:
            button.setEnabled(selected is not None)
        self.documents_page.select_item(selected[1] if selected else None)

    def _add_person_row(self, participant: Participant) -> None:
        self.people.add_participant(participant)

    def _add_empty_person(self) -> None:
        row = self.people.add_participant(Participant(""))
        self.people.setCurrentCell(row, 0)
        name = self.people.item(row, 0)
        if name is not None:
            self.people.editItem(name)

    def participants_from_table(self) -> list[Participant]:
        return self.people.participants()

    # --- actions ------------------------------------------------------------------------
    def _guard(self, action: Callable[[], object]) -> bool:
        """Run a core action; a typed error becomes a message, never a traceback."""
        self.about_to_change_items.emit()
        try:
            action()
        except PaatospajaError as error:
            warn(self, error)
            return False
        return True

    def new_meeting_dialog(self) -> None:
        dialog = NewMeetingDialog(list(self._organizations.values()), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.create_meeting(
                dialog.meeting(), dialog.standing.isChecked(), dialog.participants()
            )

    def create_meeting(
        self,
        meeting: Meeting,
        standing: bool = True,
        participants: list[Participant] | None = None,
    ) -> Meeting:
        self.about_to_change_items.emit()
        created = self.meetings.create(meeting, participants, with_standing_items=standing)
        self.reload(select=created.id)
        self.items_changed.emit()
        return created

    def save_details(self) -> None:
        meeting = self.current_meeting()
        if meeting is None:
            return
        meeting.place = self.place.text().strip()
        meeting.checkers = names_from_text(self.checkers.text())
        meeting.checked_on = self.checked_on.value()
        meeting.public_view_on = self.public_view_on.value()
        # the details as shown: another writer's change since then is a conflict, not lost
        meeting.revision = self._shown_revision or meeting.revision
        end: list[datetime | None] = []
        if not self._guard(lambda: end.append(meeting_end(meeting.start, self.end.text()))):
            return  # a mistyped time: what was typed stays in the form to be corrected
        meeting.end = end[0]
        if self._guard(lambda: self.meetings.update(meeting)):
            tell(self, self.tr("Kokouksen tiedot tallennettu."))
        self.reload(select=meeting.id)  # either way the form shows what is stored now

    def save_participants(self) -> None:
        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            return
        people = self.participants_from_table()
        shown = self._shown_revision

        def write() -> None:
            self._shown_revision = self.meetings.set_participants(
                meeting_id, people, expected_revision=shown
            )

        if not self._guard(write):
            self.show_meeting()
            return
        # the table shows what is stored: rows left without a name are gone
        self.people.set_participants(self.meetings.participants(meeting_id))
        tell(self, self.tr("Osallistujat tallennettu: %d henkilöä.") % len(people))

    def candidates(self) -> list[ItemSummary]:
        """Drafts of this body that are not on any agenda yet (titles only: one query)."""
        meeting = self.current_meeting()
        if meeting is None:
            return []
        return ItemSummaryReader(self.workspace.db).unscheduled(
            meeting.organization_id, (ItemState.DRAFT, ItemState.READY)
        )

    def add_item_dialog(self) -> None:
        candidates = self.candidates()
        if not candidates:
            QMessageBox.information(
                self,
                self.tr("Päätöspaja"),
                self.tr(
                    "Tämän toimielimen valmiita tai keskeneräisiä asioita ei ole "
                    "esityslistojen ulkopuolella."
                ),
            )
            return
        untitled = self.tr("(nimetön)")
        titles = [f"{item.title or untitled} [{state_label(item.state)}]" for item in candidates]
        chosen, ok = QInputDialog.getItem(
            self, self.tr("Lisää asia esityslistalle"), self.tr("Asia:"), titles, 0, False
        )
        if ok and chosen in titles:
            item = candidates[titles.index(chosen)]
            self.add_item(item.id or 0)

    def add_item(self, item_id: int) -> None:
        meeting_id = self.current_meeting_id()
        if meeting_id is not None and self._guard(
            lambda: self.meetings.add_item(meeting_id, item_id)
        ):
            self.show_meeting()
            self.items_changed.emit()

    def _selected_entry(self) -> tuple[int, int] | None:
        row = self.agenda.currentItem()
        if row is None:
            return None
        return int(row.data(ENTRY_ROLE)), int(row.data(Qt.ItemDataRole.UserRole))

    def remove_selected(self) -> None:
        selected = self._selected_entry()
        if selected is None:
            return
        row = self.agenda.currentRow()
        title = self.workspace.items.get(selected[1]).title
        if self._guard(lambda: self.meetings.remove_entry(selected[0])):
            self.show_meeting()
            self.agenda.setCurrentRow(min(row, self.agenda.count() - 1))
            self.items_changed.emit()
            tell(self, self.tr("Poistettu esityslistalta: %s") % title)

    def open_selected(self) -> None:
        selected = self._selected_entry()
        if selected:
            self.open_item_requested.emit(selected[1])

    def move_entry(self, entry_id: int, position: int) -> None:
        """Store a new place for the entry (a drop or Ctrl+Up/Down) and keep it selected."""
        self._guard(lambda: self.meetings.move_entry(entry_id, position))
        self.show_meeting()
        self.agenda.select_entry(entry_id)

    def record_selected(self) -> None:
        selected = self._selected_entry()
        meeting = self.current_meeting()
        if selected is None or meeting is None or meeting.id is None:
            return
        item = self.workspace.items.get(selected[1])
        revision = self.meetings.entry(selected[0]).revision
        members = [p.name for p in self.meetings.participants(meeting.id) if p.role.is_member]
        dialog = DecisionDialog(item, members, self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.record(selected[0], dialog.record(), revision)

    def record(self, entry_id: int, record: EntryDecision, revision: int | None = None) -> None:
        """Record the decision; ``revision`` is the entry's when the dialog was opened."""
        if self._guard(
            lambda: self.meetings.record_decision(entry_id, record, expected_revision=revision)
        ):
            self.show_meeting()
            self.agenda.select_entry(entry_id)
            self.items_changed.emit()

    def publish_minutes(self) -> None:
        meeting = self.current_meeting()
        if meeting is None or meeting.id is None:
            return
        answer = QMessageBox.question(
            self,
            self.tr("Julkaise pöytäkirja"),
            self.tr("Pöytäkirjan julkaisu lukitsee sen §-numerot pysyvästi. Jatketaanko?"),
        )
        if answer == QMessageBox.StandardButton.Yes:
            meeting_id = meeting.id
            self._guard(lambda: self.meetings.publish_minutes(meeting_id))
            self.reload(select=meeting_id)

    # --- documents (their page does the work) ------------------------------------------
    def export(self, kind: ExportKind, object_id: int, target: Path) -> Task:
        return self.documents_page.export(kind, object_id, target)

    def run_check(self) -> list[Finding]:
        return self.documents_page.run_check()

    def override_selected_finding(self, reason: str | None = None) -> bool:
        return self.documents_page.override_selected_finding(reason)

    def export_public(self, meeting_id: int, target: Path, after_appeal: bool = False) -> Task:
        return self.documents_page.export_public(meeting_id, target, after_appeal)
