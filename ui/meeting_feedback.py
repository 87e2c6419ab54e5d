"""How the meeting tab tells what happened: a passing status line or a warning to read."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMainWindow, QMessageBox, QWidget

from desktop_app.errors import PaatospajaError
from desktop_app.messages import describe

STATUS_MS = 10000


def tell(widget: QWidget, text: str) -> None:
    """A note in the window's status bar: done, and where it can be seen."""
    window = widget.window()
    if isinstance(window, QMainWindow):
        window.statusBar().showMessage(text, STATUS_MS)


def warn(widget: QWidget, error: object) -> None:
    """A failure the user must read: a typed error in the user's words, anything else as is."""
    text = describe(error) if isinstance(error, PaatospajaError) else str(error)
    QMessageBox.warning(widget, QCoreApplication.translate("MeetingView", "Päätöspaja"), text)
