"""Asking for a new meeting: the body, when and where, its secretary, and standing items.

The secretary (pöytäkirjanpitäjä) starts as the user's own name and title from the user
profile: most often the one who creates the meeting also keeps its minutes.
"""

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
from desktop_app.meetings.model import Participant
from desktop_app.user_profile import UserProfile, load_profile
from ui.widgets import accept_cancel_buttons, named


class NewMeetingDialog(QDialog):
    def __init__(
        self,
        organizations: list[Organization],
        parent: QWidget | None = None,
        profile: UserProfile | None = None,
    ) -> None:
        super().__init__(parent)
        profile = profile if profile is not None else load_profile()
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
        self.start.setDisplayFormat(self.tr("d.M.yyyy 'klo' H.mm"))
        self.start.setDateTime(QDateTime(QDate.currentDate().addDays(7), QTime(17, 0)))
        self.start.setAccessibleName(self.tr("Alkaa"))
        form.addRow(self.tr("&Alkaa"), self.start)
        self.place = named(QLineEdit(), "meetingPlace")
        self.place.setPlaceholderText(self.tr("esim. kunnantalo, valtuustosali"))
        self.place.setAccessibleName(self.tr("Paikka"))
        form.addRow(self.tr("&Paikka"), self.place)
        self.secretary = named(QLineEdit(profile.name), "meetingSecretary")
        self.secretary.setAccessibleName(self.tr("Pöytäkirjanpitäjä"))
        form.addRow(self.tr("P&öytäkirjanpitäjä"), self.secretary)
        self.secretary_title = named(QLineEdit(profile.title), "meetingSecretaryTitle")
        self.secretary_title.setAccessibleName(self.tr("Pöytäkirjanpitäjän nimike"))
        self.secretary_title.setPlaceholderText(self.tr("esim. hallintosihteeri"))
        form.addRow(self.tr("Pöytäkirjanpitäjän &nimike"), self.secretary_title)
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

    def participants(self) -> list[Participant]:
        """The secretary as the meeting's first participant; none when left empty."""
        profile = UserProfile(self.secretary.text().strip(), self.secretary_title.text().strip())
        return profile.secretary()
