"""Small helpers shared by the views."""

from __future__ import annotations

from datetime import date
from typing import TypeVar

from PySide6.QtCore import QCoreApplication, QDate, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QKeyEvent, QWheelEvent
from PySide6.QtWidgets import (
    QAbstractSpinBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QWidget,
)

T = TypeVar("T", bound=QObject)


def named(widget: T, name: str) -> T:
    """Give ``widget`` an object name: tests and accessibility tools find it by that."""
    widget.setObjectName(name)
    return widget


def single_shot(parent: QObject, interval: int) -> QTimer:
    """A one-shot timer owned by ``parent``: stopped and freed with it."""
    timer = QTimer(parent)
    timer.setSingleShot(True)
    timer.setInterval(interval)
    return timer


#: Banner colours (background, text, border): all pass WCAG AA contrast for their text.
BANNER_STYLES = {
    "warning": ("#fff4ce", "#3b2f00", "#c8a600"),
    "info": ("#e8f1fb", "#0b2a4a", "#4a7fb5"),
    "error": ("#fde7e9", "#4a0c12", "#b3323f"),
}


def banner(name: str, kind: str) -> QLabel:
    """A hidden, word-wrapping message strip above the tabs."""
    background, text, border = BANNER_STYLES[kind]
    label = named(QLabel(), name)
    label.setWordWrap(True)
    label.setStyleSheet(
        f"background:{background}; color:{text}; padding:6px; border:1px solid {border};"
    )
    label.hide()
    return label


def ask_before(
    parent: QWidget | None, icon: QMessageBox.Icon, text: str, go: str, stay: str
) -> bool:
    """Whether the user chose ``go`` over ``stay``; ``stay`` is the default (Enter, Esc).

    For a question whose careless "yes" loses data: the safe answer is what a key gives.
    """
    box = QMessageBox(icon, "Päätöspaja", text, parent=parent)
    go_button = box.addButton(go, QMessageBox.ButtonRole.AcceptRole)
    stay_button = box.addButton(stay, QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(stay_button)
    box.setEscapeButton(stay_button)
    box.exec()
    chosen = box.clickedButton() is go_button
    box.deleteLater()
    return chosen


def accept_cancel_buttons(
    dialog: QDialog,
    accept: QDialogButtonBox.StandardButton = QDialogButtonBox.StandardButton.Ok,
) -> QDialogButtonBox:
    """The dialog's accept and cancel buttons, wired to ``accept()`` and ``reject()``.

    Cancel is named by the app, not by Qt's own catalog, which says "Peru" where the rest of
    the app says "Peruuta": one word for one action.
    """
    buttons = QDialogButtonBox(accept | QDialogButtonBox.StandardButton.Cancel)
    cancel = buttons.button(QDialogButtonBox.StandardButton.Cancel)
    cancel.setText(QCoreApplication.translate("widgets", "Peruuta"))
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class OptionalDateEdit(QDateEdit):
    """A date field that may be empty: its lowest date stands for "no date" and shows a text.

    QDateEdit has no empty state; the special-value text on the minimum date is Qt's own way
    to offer one, and this keeps the conversion to ``date | None`` in one place. The empty
    field must still behave like a field: Tab leaves it (QDateTimeEdit would keep Tab for
    moving between its day, month and year), typing a digit starts a date from today, an
    arrow key steps from today rather than from 1900, the calendar opens at this month,
    Delete empties it again, and a mouse wheel scrolling the page past it leaves it alone.
    """

    EMPTY = QDate(1900, 1, 1)

    def __init__(self, empty_text: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setCalendarPopup(True)
        self.setDisplayFormat("d.M.yyyy")
        self.setMinimumDate(self.EMPTY)
        self.setSpecialValueText(empty_text)
        self.setDate(self.EMPTY)
        self._advanced = False
        self._typed_day = 0
        self.calendarWidget().installEventFilter(self)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)  # a wheel turn does not focus it
        self.setToolTip(
            QCoreApplication.translate(
                "OptionalDateEdit",
                "Kirjoita päivämäärä (p.k.vvvv) tai valitse kalenterista; Delete tyhjentää",
            )
        )

    def value(self) -> date | None:
        chosen = self.date()
        if chosen == self.EMPTY or not chosen.isValid():
            return None
        return date(chosen.year(), chosen.month(), chosen.day())

    def set_value(self, value: date | None) -> None:
        self.setDate(QDate(value.year, value.month, value.day) if value else self.EMPTY)

    def event(self, event: QEvent) -> bool:
        if (
            event.type() == QEvent.Type.KeyPress
            and isinstance(event, QKeyEvent)
            and event.key() in (Qt.Key.Key_Tab, Qt.Key.Key_Backtab)
            and not event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier  # not Ctrl+Tab
        ):
            # Tab goes to the next field as everywhere else; "." and the arrow keys move
            # between the day, the month and the year.
            self._leave(forward=event.key() == Qt.Key.Key_Tab)
            return True
        return super().event(event)

    def _leave(self, forward: bool) -> None:
        """Focus the next (or previous) field in the tab order outside this one."""
        step = QWidget.nextInFocusChain if forward else QWidget.previousInFocusChain
        widget = step(self)
        while widget is not None and widget is not self:
            if (
                not self.isAncestorOf(widget)
                and widget.isVisible()
                and widget.isEnabled()
                and widget.focusPolicy() & Qt.FocusPolicy.TabFocus
                and widget.focusProxy() is None
            ):
                widget.setFocus(
                    Qt.FocusReason.TabFocusReason if forward else Qt.FocusReason.BacktabFocusReason
                )
                return
            widget = step(widget)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.text() == "." and self._advanced:
            self._advanced = False  # "15." : Qt moved on after "15" already
            return
        if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace) and (
            self.value() is None or self.lineEdit().selectedText() == self.lineEdit().text()
        ):
            self.set_value(None)
            return
        if self.value() is None and event.text().isdigit():
            # Start from today with the day selected: the digits then fill the day, and a
            # full stop moves on to the month and the year.
            self.setDate(QDate.currentDate())
            self.setCurrentSection(QDateEdit.Section.DaySection)
            self.lineEdit().setSelection(0, len(str(QDate.currentDate().day())))
        section = self.currentSection()
        super().keyPressEvent(event)
        self._advanced = event.text().isdigit() and self.currentSection() != section
        if event.text().isdigit() and section == QDateEdit.Section.DaySection:
            self._typed_day = self.date().day()
        elif section == QDateEdit.Section.YearSection and self._typed_day > self.date().day():
            # 29.2.2024 typed from a day in 2026: Qt cut the day to 28 on reaching February
            # before the year was there; now that it is, the typed day may fit again.
            chosen = self.date()
            fitting = QDate(chosen.year(), chosen.month(), self._typed_day)
            if fitting.isValid():
                self.setDate(fitting)
                self.setCurrentSection(QDateEdit.Section.YearSection)

    def wheelEvent(self, event: QWheelEvent) -> None:
        # Scrolling the page over a date field must not change (or fill in) the date.
        if not self.hasFocus():
            event.ignore()
            return
        super().wheelEvent(event)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        empty_calendar = watched is self.calendarWidget() and self.value() is None
        if empty_calendar and event.type() == QEvent.Type.Show:
            today = QDate.currentDate()  # open at this month, not at January 1900
            self.calendarWidget().setCurrentPage(today.year(), today.month())
        return super().eventFilter(watched, event)

    def stepEnabled(self) -> QAbstractSpinBox.StepEnabledFlag:
        if self.value() is None:  # both arrows start from today
            return QAbstractSpinBox.StepEnabledFlag.StepUpEnabled | (
                QAbstractSpinBox.StepEnabledFlag.StepDownEnabled
            )
        return super().stepEnabled()

    def stepBy(self, steps: int) -> None:
        if self.value() is None:
            self.setDate(QDate.currentDate())
            return
        super().stepBy(steps)
