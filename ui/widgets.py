"""Small helpers shared by the views."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from PySide6.QtCore import QDate, QObject
from PySide6.QtWidgets import QDateEdit, QDialog, QDialogButtonBox, QWidget

T = TypeVar("T", bound=QObject)


def named(widget: T, name: str) -> T:
    """Give ``widget`` an object name: tests and accessibility tools find it by that."""
    widget.setObjectName(name)
    return widget


def accept_cancel_buttons(
    dialog: QDialog,
    accept: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok,
) -> QDialogButtonBox:
    """The dialog's accept and cancel buttons, wired to ``accept()`` and ``reject()``."""
    buttons = QDialogButtonBox(accept | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class OptionalDateEdit(QDateEdit):
    """A date field that may be empty: its lowest date stands for "no date" and shows a text.

    QDateEdit has no empty state; the special-value text on the minimum date is Qt's own way
    to offer one, and this keeps the conversion to ``date | None`` in one place.
    """

    EMPTY = QDate(1900, 1, 1)

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("d.M.yyyy")
        self.setMinimumDate(self.EMPTY)
        self.setSpecialValueText(empty_text)
        self.setDate(self.EMPTY)

    def value(self) -> date | None:
        chosen = self.date()
        if chosen == self.EMPTY or not chosen.isValid():
            return None
        return date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else self.EMPTY)
