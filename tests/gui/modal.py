"""Answering the next modal dialog a test is about to open.

A modal dialog runs its own event loop, so the test arranges beforehand what to do with it:
the callback polls until a dialog of the expected type is shown, then acts on it. Another
kind of dialog is closed and reported as a test failure, never waited on for ever.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import TypeVar

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialog, QInputDialog, QMessageBox

D = TypeVar("D", bound=QDialog)
#: The "Tallennetaan…" wait a save into a locked database shows (ui/save_controller.py): it
#: closes by itself and asks nothing, so it is waited past.
PASSING_WAIT = "savingWait"


def on_next_modal(kind: type[D], act: Callable[[D], None], timeout_s: float = 60.0) -> None:
    deadline = time.monotonic() + timeout_s

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if isinstance(dialog, kind):
            act(dialog)
        elif isinstance(dialog, QDialog) and dialog.objectName() != PASSING_WAIT:
            dialog.reject()
            raise AssertionError(f"expected a {kind.__name__}, got {type(dialog).__name__}")
        elif time.monotonic() < deadline:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(0, poll)


def close_next_message_box(seen: list[str]) -> None:
    """Record the next message box's text and close it."""

    def close(box: QMessageBox) -> None:
        seen.append(box.text())
        box.accept()

    on_next_modal(QMessageBox, close)


def answer_next_input(text: str) -> None:
    def answer(dialog: QInputDialog) -> None:
        dialog.setTextValue(text)
        dialog.accept()

    on_next_modal(QInputDialog, answer)
