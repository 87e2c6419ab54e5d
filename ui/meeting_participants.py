"""The participants of one meeting as an editable table: name, role, present, arrived, left."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QComboBox, QHeaderView, QTableWidget, QTableWidgetItem, QWidget

from desktop_app.meetings.model import Participant, ParticipantRole
from ui.meeting_labels import role_labels

NAME, ROLE, PRESENT, ARRIVED, LEFT = range(5)


class ParticipantsTable(QTableWidget):
    """The rows a secretary edits before saving them at once.

    The role is a combo box per row; its column is as wide as its longest role
    ("puheenjohtaja", "varajäsen", "muu läsnäolija") so that no role is clipped.
    """

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 5, parent)
        self.setHorizontalHeaderLabels(
            [
                QCoreApplication.translate("MeetingView", "Nimi"),
                QCoreApplication.translate("MeetingView", "Rooli"),
                QCoreApplication.translate("MeetingView", "Läsnä"),
                QCoreApplication.translate("MeetingView", "Saapui"),
                QCoreApplication.translate("MeetingView", "Poistui"),
            ]
        )
        header = self.horizontalHeader()
        header.setSectionResizeMode(NAME, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(ROLE, QHeaderView.ResizeMode.ResizeToContents)
        for column in (PRESENT, ARRIVED, LEFT):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.verticalHeader().hide()
        self.setAccessibleName(QCoreApplication.translate("MeetingView", "Osallistujat"))

    def set_participants(self, participants: list[Participant]) -> None:
        self.setRowCount(0)
        for participant in participants:
            self.add_participant(participant)

    def add_participant(self, participant: Participant) -> int:
        """Append a row; its row number, so that a new empty row can be edited at once."""
        row = self.rowCount()
        self.insertRow(row)
        self.setItem(row, NAME, QTableWidgetItem(participant.name))
        role = QComboBox()
        for value, label in role_labels().items():
            role.addItem(label, value)
        role.setCurrentIndex(role.findData(participant.role))
        role.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
        role.setAccessibleName(QCoreApplication.translate("MeetingView", "Rooli"))
        self.setCellWidget(row, ROLE, role)
        present = QTableWidgetItem()
        present.setCheckState(
            Qt.CheckState.Checked if participant.present else Qt.CheckState.Unchecked
        )
        self.setItem(row, PRESENT, present)
        self.setItem(row, ARRIVED, QTableWidgetItem(participant.arrival))
        self.setItem(row, LEFT, QTableWidgetItem(participant.departure))
        self.resizeColumnToContents(ROLE)
        return row

    def participants(self) -> list[Participant]:
        """The rows with a name, as typed; a row left without a name is no participant."""
        people = []
        for row in range(self.rowCount()):
            name_item = self.item(row, NAME)
            name = name_item.text().strip() if name_item else ""
            if not name:
                continue
            role_widget = self.cellWidget(row, ROLE)
            role = (
                ParticipantRole(role_widget.currentData())
                if isinstance(role_widget, QComboBox)
                else ParticipantRole.MEMBER
            )
            present_item = self.item(row, PRESENT)
            arrival = self.item(row, ARRIVED)
            departure = self.item(row, LEFT)
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
