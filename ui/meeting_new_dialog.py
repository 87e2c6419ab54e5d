"""Asking for a new meeting: the body, when and where, and whether to add standing items."""

from __future__ import annotations

from datetime import datetime

from PySide6.QtCore import QDate, QDateTime, QTime
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateTimeEdit,
    QDialog,
    QFormLayout,
    QLineEdit,
    QWidget,
)

from desktop_app.domain.model import Meeting, Organization
from ui.widgets import accept_cancel_buttons, named


class NewMeetingDialog(QDialog):
    def __init__(self, organizations: list[Organization], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Uusi kokous"))
        form = QFormLayout(self)
        self.body = named(QComboBox(), "meetingBody")
        for organization in organizations:
            if organization.kind.value != "viranhaltija":  # an official decides alone
                self.body.addItem(organization.name, organization.id)
        self.body.setAccessibleName(self.tr("Toimielin"))
        form.addRow(self.tr("&Toimielin"), self.body)
        self.start = named(QDateTimeEdit(), "meetingStart")
        self.start.setCalendarPopup(True)
        self.start.setDisplayFormat("d.M.yyyy 'klo' H.mm")
        self.start.setDateTime(QDateTime(QDate.currentDate().addDays(7), QTime(17, 0)))
        self.start.setAccessibleName(self.tr("Alkaa"))
        form.addRow(self.tr("&Alkaa"), self.start)
        self.place = named(QLineEdit(), "meetingPlace")
        self.place.setPlaceholderText(self.tr("esim. kunnantalo, valtuustosali"))
        self.place.setAccessibleName(self.tr("Paikka"))
        form.addRow(self.tr("&Paikka"), self.place)
        self.standing = QCheckBox(self.tr("Lisää vakioasiat (avaus, laillisuus, tarkastajat, …)"))
        self.standing.setChecked(True)
        form.addRow("", self.standing)
        form.addRow(accept_cancel_buttons(self))

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
