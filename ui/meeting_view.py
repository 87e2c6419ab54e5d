"""Meetings: the agenda with its § numbers, recording decisions, exports and publishing."""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QDateTime, QModelIndex, Qt, QTime, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.model import (
    AgendaItem,
    Disqualification,
    ItemState,
    Meeting,
    Organization,
)
from desktop_app.errors import PaatospajaError
from desktop_app.export.task import ExportKind, ExportRequest
from desktop_app.export.task import run as run_export
from desktop_app.meetings.clock import clock_text, meeting_end, parse_attendance
from desktop_app.meetings.model import (
    DISQUALIFICATION_GROUNDS,
    DecisionKind,
    EntryDecision,
    Participant,
    ParticipantRole,
    Vote,
    VoteSide,
)
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.messages import describe
from desktop_app.publishing.export import (
    PublicExportResult,
    check_for_publishing,
    export_public,
)
from desktop_app.publishing.findings import Finding
from desktop_app.publishing.pdf import find_soffice
from desktop_app.publishing.schedule import PublicationRepository
from desktop_app.reuse import text_to_html
from desktop_app.storage.item_summaries import ItemSummary, ItemSummaryReader
from desktop_app.workspace import Workspace
from ui.export_folder import export_folder, remember_export_folder
from ui.labels import state_label
from ui.widgets import OptionalDateEdit, accept_cancel_buttons, named
from ui.workers import Task, running

ENTRY_ROLE = Qt.ItemDataRole.UserRole + 2


def role_labels() -> dict[ParticipantRole, str]:
    return {
        ParticipantRole.CHAIR: QCoreApplication.translate("MeetingView", "puheenjohtaja"),
        ParticipantRole.MEMBER: QCoreApplication.translate("MeetingView", "jäsen"),
        ParticipantRole.DEPUTY: QCoreApplication.translate("MeetingView", "varajäsen"),
        ParticipantRole.SECRETARY: QCoreApplication.translate("MeetingView", "sihteeri"),
        ParticipantRole.PRESENTER: QCoreApplication.translate("MeetingView", "esittelijä"),
        ParticipantRole.OTHER: QCoreApplication.translate("MeetingView", "muu läsnäolija"),
    }


def decision_labels() -> dict[DecisionKind, str]:
    return {
        DecisionKind.AS_PROPOSED: QCoreApplication.translate(
            "MeetingView", "Hyväksyttiin ehdotuksen mukaisesti"
        ),
        DecisionKind.MODIFIED: QCoreApplication.translate("MeetingView", "Hyväksyttiin muutettuna"),
        DecisionKind.TABLED: QCoreApplication.translate("MeetingView", "Pantiin pöydälle"),
        DecisionKind.RETURNED: QCoreApplication.translate(
            "MeetingView", "Palautettiin valmisteluun"
        ),
        DecisionKind.REJECTED: QCoreApplication.translate("MeetingView", "Hylättiin"),
        DecisionKind.AFTER_VOTE: QCoreApplication.translate(
            "MeetingView", "Päätettiin äänestyksen jälkeen"
        ),
    }


def meeting_title(meeting: Meeting, organization: Organization | None) -> str:
    body = organization.short_name or organization.name if organization else meeting.organization_id
    when = meeting.start.strftime("%d.%m.%Y") if meeting.start else ""
    locked = (
        QCoreApplication.translate("MeetingView", " – pöytäkirja julkaistu")
        if meeting.published
        else ""
    )
    return f"{body} {meeting.number}/{meeting.year} {when}{locked}"


class NewMeetingDialog(QDialog):
    def __init__(self, organizations: list[Organization], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Uusi kokous"))
        form = QFormLayout(self)
        self.body = named(QComboBox(), "meetingBody")
        for organization in organizations:
            if organization.kind.value != "viranhaltija":
                self.body.addItem(organization.name, organization.id)
        form.addRow(self.tr("&Toimielin"), self.body)
        self.start = named(QDateTimeEdit(), "meetingStart")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("d.M.yyyy 'klo' H.mm")
        self.start.setDateTime(QDateTime(QDate.currentDate().addDays(7), QTime(17, 0)))
        form.addRow(self.tr("&Alkaa"), self.start)
        self.place = named(QLineEdit(), "meetingPlace")
        self.place.setPlaceholderText(self.tr("esim. kunnantalo, valtuustosali"))
        form.addRow(self.tr("&Paikka"), self.place)
        self.standing = QCheckBox(self.tr("Lisää vakioasiat (avaus, laillisuus, tarkastajat, …)"))
        self.standing.setChecked(True)
        form.addRow("", self.standing)
        buttons = accept_cancel_buttons(self)
        form.addRow(buttons)

    def meeting(self) -> Meeting:
        start = self.start.dateTime().toPython()
        assert isinstance(start, datetime)
        return Meeting(
            None,
            str(self.body.currentData()),
            0,
            start.year,
            start=start,
            place=self.place.text().strip(),
        )


class DecisionDialog(QDialog):
    """What the body did with one item: decision, handling, votes, disqualifications."""

    def __init__(self, item: AgendaItem, members: list[str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Päätöksen kirjaaminen: %s") % item.title)
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        self.kind = named(QComboBox(), "decisionKind")
        for kind, label in decision_labels().items():
            self.kind.addItem(label, kind)
        form.addRow(self.tr("&Päätös"), self.kind)
        self.text = named(QPlainTextEdit(), "decisionText")
        self.text.setPlaceholderText(
            self.tr("Päätöksen sanamuoto, jos se poikkeaa ehdotuksesta (muutettu, pöydälle, …)")
        )
        self.text.setFixedHeight(80)
        form.addRow(self.tr("Päätösteksti"), self.text)
        self.handling = named(QPlainTextEdit(), "handlingText")
        self.handling.setPlaceholderText(self.tr("Vastaehdotukset, kannatukset ja muut vaiheet"))
        self.handling.setFixedHeight(80)
        form.addRow(self.tr("&Käsittely"), self.handling)
        layout.addLayout(form)

        vote_box = QGroupBox(self.tr("Äänestys (jos äänestettiin)"))
        vote_form = QFormLayout(vote_box)
        self.vote_question = named(QLineEdit(), "voteQuestion")
        self.vote_question.setPlaceholderText(
            self.tr("esim. JAA: esittelijän ehdotus, EI: jäsenen vastaehdotus")
        )
        vote_form.addRow(self.tr("Äänestysesitys"), self.vote_question)
        self.vote_yes = named(QLineEdit(), "voteYes")
        self.vote_no = named(QLineEdit(), "voteNo")
        self.vote_blank = named(QLineEdit(), "voteBlank")
        for field in (self.vote_yes, self.vote_no, self.vote_blank):
            field.setPlaceholderText(self.tr("nimet pilkuin eroteltuina"))
        vote_form.addRow(self.tr("JAA"), self.vote_yes)
        vote_form.addRow(self.tr("EI"), self.vote_no)
        vote_form.addRow(self.tr("TYHJÄÄ"), self.vote_blank)
        self.vote_result = named(QLineEdit(), "voteResult")
        vote_form.addRow(self.tr("Tulos"), self.vote_result)
        layout.addWidget(vote_box)

        disq_box = QGroupBox(self.tr("Esteellisyys (Hallintolaki 28 §)"))
        disq_layout = QVBoxLayout(disq_box)
        row = QHBoxLayout()
        self.disq_person = named(QComboBox(), "disqPerson")
        self.disq_person.setEditable(True)
        self.disq_person.addItems(members)
        self.disq_ground = named(QComboBox(), "disqGround")
        for key, label in DISQUALIFICATION_GROUNDS.items():
            self.disq_ground.addItem(label, key)
        add = named(QPushButton(self.tr("Lisää")), "addDisqualification")
        add.clicked.connect(self._add_disqualification)
        row.addWidget(self.disq_person, 2)
        row.addWidget(self.disq_ground, 3)
        row.addWidget(add)
        disq_layout.addLayout(row)
        self.disqualified = named(QListWidget(), "disqualifiedList")
        self.disqualified.setFixedHeight(70)
        disq_layout.addWidget(self.disqualified)
        layout.addWidget(disq_box)

        self.attendance = named(QPlainTextEdit(), "attendance")
        self.attendance.setPlaceholderText(
            self.tr("Saapumiset ja poistumiset, rivi kerrallaan: + Nimi 18.20 / - Nimi 19.05")
        )
        self.attendance.setFixedHeight(56)
        layout.addWidget(self.attendance)
        buttons = accept_cancel_buttons(self)
        layout.addWidget(buttons)

    def _add_disqualification(self) -> None:
        person = self.disq_person.currentText().strip()
        if person:
            entry = QListWidgetItem(f"{person}: {self.disq_ground.currentText()}")
            entry.setData(
                Qt.ItemDataRole.UserRole, Disqualification(person, self.disq_ground.currentText())
            )
            self.disqualified.addItem(entry)

    def record(self) -> EntryDecision:
        def names(field: QLineEdit) -> list[str]:
            return [n.strip() for n in field.text().split(",") if n.strip()]

        votes = []
        if self.vote_question.text().strip():
            sides = [
                VoteSide(label, len(names(field)), names(field))
                for label, field in (
                    ("JAA", self.vote_yes),
                    ("EI", self.vote_no),
                    ("TYHJÄÄ", self.vote_blank),
                )
            ]
            votes.append(
                Vote(self.vote_question.text().strip(), sides, self.vote_result.text().strip())
            )
        attendance = parse_attendance(self.attendance.toPlainText())
        return EntryDecision(
            kind=DecisionKind(self.kind.currentData()),
            text=text_to_html(self.text.toPlainText()),
            handling=text_to_html(self.handling.toPlainText()),
            votes=votes,
            disqualifications=[
                self.disqualified.item(r).data(Qt.ItemDataRole.UserRole)
                for r in range(self.disqualified.count())
            ],
            attendance=attendance,
        )


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
        self._tasks: list[Task] = []
        self.last_export: Path | None = None
        self.last_error: str = ""
        outer = QHBoxLayout(self)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        outer.addWidget(splitter)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        self.new_button = named(QPushButton(self.tr("Uusi kokous…")), "newMeeting")
        self.new_button.clicked.connect(self.new_meeting_dialog)
        left_layout.addWidget(self.new_button)
        self.list = named(QListWidget(), "meetingList")
        self.list.currentItemChanged.connect(lambda *_: self.show_meeting())
        left_layout.addWidget(self.list, 1)
        splitter.addWidget(left)

        right = QWidget()
        layout = QVBoxLayout(right)
        layout.setContentsMargins(0, 0, 0, 0)
        self.heading = named(QLabel(), "meetingHeading")
        self.heading.setStyleSheet("font-size: 14pt; font-weight: 600;")
        self.heading.setWordWrap(True)
        layout.addWidget(self.heading)

        details = QGroupBox(self.tr("Kokouksen tiedot"))
        details_form = QFormLayout(details)
        details_form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        self.place = named(QLineEdit(), "detailPlace")
        details_form.addRow(self.tr("Paikka"), self.place)
        # A plain time, empty until the secretary records it: the minutes print the recorded
        # end or nothing, never a guess such as the start time ("klo 17.00–17.00").
        self.end = named(QLineEdit(), "detailEnd")
        self.end.setPlaceholderText(self.tr("esim. 20.15 (tyhjä, jos ei vielä merkitty)"))
        details_form.addRow(self.tr("Päättyi klo"), self.end)
        self.checkers = named(QLineEdit(), "detailCheckers")
        self.checkers.setPlaceholderText(self.tr("nimet pilkuin eroteltuina"))
        details_form.addRow(self.tr("Pöytäkirjantarkastajat"), self.checkers)
        self.checked_on = named(OptionalDateEdit(self.tr("ei vielä")), "detailCheckedOn")
        self.public_view_on = named(OptionalDateEdit(self.tr("ei vielä")), "detailPublicView")
        details_form.addRow(self.tr("Tarkastettu"), self.checked_on)
        details_form.addRow(self.tr("Yleisesti nähtävänä alkaen"), self.public_view_on)
        self.save_details_button = named(QPushButton(self.tr("Tallenna tiedot")), "saveDetails")
        self.save_details_button.clicked.connect(self.save_details)
        details_form.addRow("", self.save_details_button)
        layout.addWidget(details)

        people_box = QGroupBox(self.tr("Osallistujat"))
        people_layout = QVBoxLayout(people_box)
        self.people = named(QTableWidget(0, 5), "participants")
        self.people.setHorizontalHeaderLabels(
            [
                self.tr("Nimi"),
                self.tr("Rooli"),
                self.tr("Läsnä"),
                self.tr("Saapui"),
                self.tr("Poistui"),
            ]
        )
        header = self.people.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        self.people.verticalHeader().hide()
        people_layout.addWidget(self.people)
        people_buttons = QHBoxLayout()
        add_person = named(QPushButton(self.tr("Lisää henkilö")), "addPerson")
        add_person.clicked.connect(lambda: self._add_person_row(Participant("")))
        self.save_people = named(QPushButton(self.tr("Tallenna osallistujat")), "saveParticipants")
        self.save_people.clicked.connect(self.save_participants)
        people_buttons.addWidget(add_person)
        people_buttons.addWidget(self.save_people)
        people_buttons.addStretch(1)
        people_layout.addLayout(people_buttons)
        layout.addWidget(people_box, 2)

        agenda_box = QGroupBox(self.tr("Esityslista (järjestä vetämällä)"))
        agenda_layout = QVBoxLayout(agenda_box)
        self.agenda = named(QListWidget(), "agendaList")
        self.agenda.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.agenda.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.agenda.model().rowsMoved.connect(self._on_rows_moved)
        self.agenda.itemDoubleClicked.connect(lambda _e: self.open_selected())
        agenda_layout.addWidget(self.agenda)
        row = QHBoxLayout()
        for text, name, handler in (
            (self.tr("Lisää asia…"), "addEntry", self.add_item_dialog),
            (self.tr("Poista listalta"), "removeEntry", self.remove_selected),
            (self.tr("Avaa asia"), "openEntry", self.open_selected),
            (self.tr("Kirjaa päätös…"), "recordDecision", self.record_selected),
        ):
            button = named(QPushButton(text), name)
            button.clicked.connect(handler)
            row.addWidget(button)
        agenda_layout.addLayout(row)
        layout.addWidget(agenda_box, 3)

        exports = QGroupBox(self.tr("Asiakirjat"))
        # Two rows (the documents, then publishing), so the tab fits a small laptop screen.
        export_grid = QGridLayout(exports)
        for position, (text, name, handler) in enumerate(
            [
                (
                    self.tr("Esityslista (DOCX)…"),
                    "exportAgenda",
                    lambda: self.export_dialog(ExportKind.AGENDA),
                ),
                (
                    self.tr("Pöytäkirja (DOCX)…"),
                    "exportMinutes",
                    lambda: self.export_dialog(ExportKind.MINUTES),
                ),
                (
                    self.tr("Valittu asia (DOCX)…"),
                    "exportItem",
                    lambda: self.export_dialog(ExportKind.ITEM),
                ),
                (self.tr("Tarkista julkaisukelpoisuus"), "checkPublish", self.show_check),
                (self.tr("Julkaisuversio…"), "exportPublic", self.export_public_dialog),
                (
                    self.tr("Muutoksenhaun jälkeen…"),
                    "exportAfterAppeal",
                    lambda: self.export_public_dialog(after_appeal=True),
                ),
                (self.tr("Julkaise pöytäkirja"), "publishMinutes", self.publish_minutes),
            ]
        ):
            button = named(QPushButton(text), name)
            button.clicked.connect(handler)
            row_number, column = (0, position) if position < 3 else (1, position - 3)
            export_grid.addWidget(button, row_number, column)
        layout.addWidget(exports)
        self.findings = named(QListWidget(), "publishFindings")
        self.findings.setWordWrap(True)
        self.findings.hide()
        self._shown_findings: list[Finding] = []
        self._shown_revision: int | None = None  # the meeting's, as its form shows it
        layout.addWidget(self.findings, 1)
        self.override_button = named(
            QPushButton(self.tr("Ohita valittu estävä kohta perustellen…")), "overrideFinding"
        )
        self.override_button.clicked.connect(lambda: self.override_selected_finding())
        self.override_button.hide()
        layout.addWidget(self.override_button)
        splitter.addWidget(right)
        splitter.setSizes([260, 900])
        self.reload()

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
        self.people.setRowCount(0)
        self.agenda.clear()
        self.findings.clear()
        self.findings.hide()
        self._shown_findings = []
        self.override_button.hide()
        self._shown_revision = meeting.revision if meeting is not None else None
        if meeting is None or meeting.id is None:
            self.heading.setText(self.tr("Ei kokouksia. Luo uusi kokous."))
            return
        organization = self._organizations.get(meeting.organization_id)
        place = f", {meeting.place}" if meeting.place else ""
        self.heading.setText(meeting_title(meeting, organization) + place)
        self.place.setText(meeting.place)
        self.end.setText(clock_text(meeting.end.time()) if meeting.end else "")
        self.checkers.setText(", ".join(meeting.checkers))
        self.checked_on.set_value(meeting.checked_on)
        self.public_view_on.set_value(meeting.public_view_on)
        for participant in self.meetings.participants(meeting.id):
            self._add_person_row(participant)
        items = self.workspace.items
        for entry in self.meetings.entries(meeting.id):
            item = items.get(entry.item_id)
            number = f"§ {entry.number}" if entry.number else "§ –"
            decided = " ✔" if entry.record else ""
            row = QListWidgetItem(f"{number}  {item.title}  [{state_label(item.state)}]{decided}")
            row.setData(ENTRY_ROLE, entry.id)
            row.setData(Qt.ItemDataRole.UserRole, entry.item_id)
            self.agenda.addItem(row)
        locked = meeting.published is not None
        self.agenda.setDragEnabled(not locked)

    def _add_person_row(self, participant: Participant) -> None:
        row = self.people.rowCount()
        self.people.insertRow(row)
        self.people.setItem(row, 0, QTableWidgetItem(participant.name))
        role = QComboBox()
        for value, label in role_labels().items():
            role.addItem(label, value)
        role.setCurrentIndex(role.findData(participant.role))
        self.people.setCellWidget(row, 1, role)
        present = QTableWidgetItem()
        present.setCheckState(
            Qt.CheckState.Checked if participant.present else Qt.CheckState.Unchecked
        )
        self.people.setItem(row, 2, present)
        self.people.setItem(row, 3, QTableWidgetItem(participant.arrival))
        self.people.setItem(row, 4, QTableWidgetItem(participant.departure))

    def participants_from_table(self) -> list[Participant]:
        people = []
        for row in range(self.people.rowCount()):
            name_item = self.people.item(row, 0)
            name = name_item.text().strip() if name_item else ""
            if not name:
                continue
            role_widget = self.people.cellWidget(row, 1)
            role = (
                ParticipantRole(role_widget.currentData())
                if isinstance(role_widget, QComboBox)
                else ParticipantRole.MEMBER
            )
            present_item = self.people.item(row, 2)
            arrival = self.people.item(row, 3)
            departure = self.people.item(row, 4)
            people.append(
                Participant(
                    name,
                    role,
                    present=bool(
                        present_item and present_item.checkState() == Qt.CheckState.Checked
                    ),
                    arrival=arrival.text() if arrival else "",
                    departure=departure.text() if departure else "",
                )
            )
        return people

    # --- actions ------------------------------------------------------------------------
    def _guard(self, action: object) -> bool:
        """Run a core action; a typed error becomes a message, never a traceback."""
        self.about_to_change_items.emit()
        try:
            if callable(action):
                action()
        except PaatospajaError as error:
            self.last_error = describe(error)
            QMessageBox.warning(self, self.tr("Päätöspaja"), self.last_error)
            return False
        return True

    def new_meeting_dialog(self) -> None:
        dialog = NewMeetingDialog(list(self._organizations.values()), self)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            self.create_meeting(dialog.meeting(), dialog.standing.isChecked())

    def create_meeting(self, meeting: Meeting, standing: bool = True) -> Meeting:
        self.about_to_change_items.emit()
        created = self.meetings.create(meeting, with_standing_items=standing)
        self.reload(select=created.id)
        self.items_changed.emit()
        return created

    def save_details(self) -> None:
        meeting = self.current_meeting()
        if meeting is None:
            return
        meeting.place = self.place.text().strip()
        meeting.checkers = [n.strip() for n in self.checkers.text().split(",") if n.strip()]
        meeting.checked_on = self.checked_on.value()
        meeting.public_view_on = self.public_view_on.value()
        # the details as shown: another writer's change since then is a conflict, not lost
        meeting.revision = self._shown_revision or meeting.revision
        end: list[datetime | None] = []
        if not self._guard(lambda: end.append(meeting_end(meeting.start, self.end.text()))):
            return  # a mistyped time: what was typed stays in the form to be corrected
        meeting.end = end[0]
        self._guard(lambda: self.meetings.update(meeting))
        self.reload(select=meeting.id)  # either way the form shows what is stored now

    def override_selected_finding(self, reason: str | None = None) -> bool:
        """Publish despite a blocking finding: only consciously, with a reason that is kept."""
        meeting_id = self.current_meeting_id()
        current = self.findings.currentItem()
        # Rows carry their finding's index: status lines above or below them carry none.
        row = current.data(Qt.ItemDataRole.UserRole) if current is not None else None
        if meeting_id is None or not isinstance(row, int):
            return False
        finding = self._shown_findings[row]
        if not finding.blocks:
            return False
        if reason is None:
            reason, ok = QInputDialog.getText(
                self,
                self.tr("Ohita perustellen"),
                self.tr("Miksi asiakirjan saa julkaista tästä huolimatta?"),
            )
            if not ok:
                return False
        code, target = finding.key
        if self._guard(
            lambda: PublicationRepository(self.workspace.db).override(
                meeting_id, code, target, reason or ""
            )
        ):
            self.run_check()
            return True
        return False

    def save_participants(self) -> None:
        meeting_id = self.current_meeting_id()
        if meeting_id is not None:
            people = self.participants_from_table()
            shown = self._shown_revision

            def write() -> None:
                self._shown_revision = self.meetings.set_participants(
                    meeting_id, people, expected_revision=shown
                )

            if not self._guard(write):
                self.show_meeting()

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
        if selected and self._guard(lambda: self.meetings.remove_entry(selected[0])):
            self.show_meeting()
            self.items_changed.emit()

    def open_selected(self) -> None:
        selected = self._selected_entry()
        if selected:
            self.open_item_requested.emit(selected[1])

    def move_entry(self, entry_id: int, position: int) -> None:
        self._guard(lambda: self.meetings.move_entry(entry_id, position))
        self.show_meeting()

    def _on_rows_moved(
        self, _parent: QModelIndex, start: int, _end: int, _destination: QModelIndex, row: int
    ) -> None:
        moved = self.agenda.item(row if row < start else row - 1)
        if moved is None:
            self.show_meeting()
            return
        position = row if row < start else row - 1
        entry_id = int(moved.data(ENTRY_ROLE))
        # the view already shows the new order; store it and renumber after the drop ends
        from PySide6.QtCore import QTimer

        QTimer.singleShot(0, lambda: self.move_entry(entry_id, position))

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

    # --- exports ------------------------------------------------------------------------
    def _suggested_name(self, kind: ExportKind, meeting: Meeting) -> str:
        organization = self._organizations.get(meeting.organization_id)
        short = (organization.short_name if organization else meeting.organization_id) or "kokous"
        label = {
            ExportKind.AGENDA: "esityslista",
            ExportKind.MINUTES: "poytakirja",
            ExportKind.ITEM: "asia",
        }[kind]
        return f"{short}-{meeting.number}-{meeting.year}-{label}.docx"

    def export_dialog(self, kind: ExportKind) -> None:
        from PySide6.QtWidgets import QFileDialog

        meeting = self.current_meeting()
        if meeting is None or meeting.id is None:
            return
        object_id = meeting.id
        if kind is ExportKind.ITEM:
            selected = self._selected_entry()
            if selected is None:
                return
            object_id = selected[1]
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Tallenna asiakirja"),
            str(export_folder() / self._suggested_name(kind, meeting)),
            self.tr("Word-asiakirja (*.docx)"),
        )
        if target:
            remember_export_folder(Path(target))
            self.export(kind, object_id, Path(target))

    def export(self, kind: ExportKind, object_id: int, target: Path) -> Task:
        """Export in the background with a progress dialog; the draft is only read."""
        request = ExportRequest(self.workspace.root, kind, object_id, target)
        return self._run_with_progress(
            self.tr("Viedään asiakirjaa…"), lambda state: run_export(request, state)
        )

    def _run_with_progress(self, title: str, work: object) -> Task:
        progress = QProgressDialog(title, self.tr("Keskeytä"), 0, 0, self)
        progress.setWindowTitle(self.tr("Päätöspaja"))
        progress.setMinimumDuration(300)
        task = Task(work, self)  # type: ignore[arg-type]
        progress.canceled.connect(task.cancel)

        def on_progress(done: int, total: int, message: str) -> None:
            progress.setMaximum(max(total, 0))
            progress.setValue(done)
            if message:
                progress.setLabelText(message[:120])

        def finished(result: object) -> None:
            progress.reset()
            if isinstance(result, Path):
                self.last_export = result
                self.window().statusBar().showMessage(  # type: ignore[attr-defined]
                    self.tr("Tallennettu: %s") % result, 10000
                )

        def failed(error: object) -> None:
            progress.reset()
            self.last_error = describe(error) if isinstance(error, PaatospajaError) else str(error)
            QMessageBox.warning(self, self.tr("Päätöspaja"), self.last_error)

        task.progress.connect(on_progress)
        task.finished.connect(finished)
        task.failed.connect(failed)
        task.cancelled.connect(progress.reset)
        self._tasks = [*running(self._tasks), task]
        task.start()
        return task

    def show_check(self) -> None:
        self.run_check()

    def run_check(self) -> list[Finding]:
        """The findings in the order the list shows them: row n is finding n."""
        meeting_id = self.current_meeting_id()
        if meeting_id is None:
            return []
        findings = check_for_publishing(self.workspace, meeting_id)
        self._show_findings(findings)
        if not findings:
            self.findings.addItem(self.tr("✔ Ei huomautettavaa: julkaisuversion voi viedä."))
        return list(self._shown_findings)

    def _show_findings(self, findings: list[Finding]) -> None:
        """Blocking findings first, each with its place ("§ 5", "Kokouksen tiedot: …")."""
        self.findings.clear()
        self._shown_findings = sorted(findings, key=lambda f: not f.blocks)  # stable
        for index, finding in enumerate(self._shown_findings):
            if finding.overridden:
                marker, note = "↷", self.tr(" (ohitettu: %s)") % finding.overridden
            else:
                marker, note = ("✖" if finding.blocks else "!"), ""
            text = finding.text()
            excerpt = str(finding.params.get("excerpt", ""))
            if excerpt and excerpt not in text:
                text += f" [{excerpt}]"
            place = f"{finding.target}: " if finding.target else ""
            row = QListWidgetItem(f"{marker} {place}{text}{note}")
            row.setToolTip(finding.target)
            row.setData(Qt.ItemDataRole.UserRole, index)
            self.findings.addItem(row)
        self.findings.show()
        self.override_button.setVisible(any(f.blocks for f in findings))

    def export_public_dialog(self, after_appeal: bool = False) -> None:
        from PySide6.QtWidgets import QFileDialog

        meeting = self.current_meeting()
        if meeting is None or meeting.id is None:
            return
        suffix = "-julkinen-muutoksenhaun-jalkeen.docx" if after_appeal else "-julkinen.docx"
        target, _ = QFileDialog.getSaveFileName(
            self,
            self.tr("Tallenna julkaisuversio"),
            str(
                export_folder()
                / self._suggested_name(ExportKind.MINUTES, meeting).replace(".docx", suffix)
            ),
            self.tr("Word-asiakirja (*.docx)"),
        )
        if target:
            remember_export_folder(Path(target))
            self.export_public(meeting.id, Path(target), after_appeal=after_appeal)

    def export_public(self, meeting_id: int, target: Path, after_appeal: bool = False) -> Task:
        """Check, redact and write in the background; a PDF too when LibreOffice is there."""
        owner = self.workspace

        def work(state: object) -> PublicExportResult:
            with owner.session() as workspace:  # its own connection, closed at the end
                return export_public(
                    workspace,
                    meeting_id,
                    target,
                    after_appeal=after_appeal,
                    pdf=find_soffice() is not None,
                    published_on=date.today(),
                )

        task = self._run_with_progress(self.tr("Tehdään julkaisuversiota…"), work)
        task.finished.connect(self._show_public_result)
        return task

    def _show_public_result(self, result: object) -> None:
        if not isinstance(result, PublicExportResult):
            return
        self._show_findings(result.findings)
        if result.docx is None:
            self.last_error = self.tr("Julkaisuversiota ei tehty: korjaa estävät kohdat.")
            self.findings.insertItem(0, self.last_error)
        else:
            self.last_export = result.docx
            written = str(result.docx) + (f" ja {result.pdf.name}" if result.pdf else "")
            self.findings.insertItem(0, self.tr("Julkaisuversio tallennettu: %s") % written)
            if result.pdf_error:
                self.findings.addItem(self.tr("PDF:ää ei tehty: %s") % result.pdf_error)
        self.publications_changed.emit()
