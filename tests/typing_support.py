"""Typing real key events into widgets, Finnish letters included.

``qtbot.keyClicks`` aborts on ä/ö, so each character goes through ``QTest.sendKeyEvent`` with
its text: the widget receives the same QKeyEvent a keyboard would produce.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QWidget


def type_text(widget: QWidget, text: str) -> None:
    for char in text:
        if char == "\n":
            key, sent = Qt.Key.Key_Return, "\r"
        elif char.isascii() and char.isalnum():
            key, sent = Qt.Key(ord(char.upper())), char
        elif char == " ":
            key, sent = Qt.Key.Key_Space, " "
        else:
            key, sent = Qt.Key.Key_unknown, char
        QTest.sendKeyEvent(QTest.KeyAction.Click, widget, key, sent, Qt.KeyboardModifier.NoModifier)
