"""Small helpers shared by the views."""

from __future__ import annotations

from typing import TypeVar

from PySide6.QtCore import QObject

T = TypeVar("T", bound=QObject)


def named(widget: T, name: str) -> T:
    """Give ``widget`` an object name: tests and accessibility tools find it by that."""
    widget.setObjectName(name)
    return widget
