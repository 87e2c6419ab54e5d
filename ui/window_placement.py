"""Where the main window opens: inside the screen's free area, title bar and all.

A laptop at 1366×768 with a task bar has about 1366×728 free; a window sized to the whole
screen puts its status bar under the task bar. Before the first show the window manager's
frame is not known yet, so a usual frame (a title bar and thin borders) is allowed for.
"""

from __future__ import annotations

from PySide6.QtCore import QMargins, QRect, QSize
from PySide6.QtWidgets import QWidget

PREFERRED_SIZE = QSize(1360, 860)
#: A title bar and borders as Windows and the common Linux desktops draw them (logical px).
USUAL_FRAME = QMargins(8, 32, 8, 8)


def opening_geometry(
    available: QRect,
    minimum: QSize,
    preferred: QSize = PREFERRED_SIZE,
    frame: QMargins = USUAL_FRAME,
) -> QRect:
    """The window's own rectangle (without its frame), centred in ``available``.

    Never smaller than ``minimum``: a window that cannot fit is at least not squeezed
    below what its widgets need.
    """
    room = available.marginsRemoved(frame)
    width = max(minimum.width(), min(preferred.width(), room.width()))
    height = max(minimum.height(), min(preferred.height(), room.height()))
    left = room.x() + max(0, (room.width() - width) // 2)
    top = room.y() + max(0, (room.height() - height) // 2)
    return QRect(left, top, width, height)


def open_inside_screen(window: QWidget, preferred: QSize = PREFERRED_SIZE) -> None:
    """Size and place ``window`` before it is shown, on the screen it will open on."""
    window.setGeometry(
        opening_geometry(window.screen().availableGeometry(), window.minimumSizeHint(), preferred)
    )
