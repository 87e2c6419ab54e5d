from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.workspace import Workspace
from ui.main_window import MainWindow

WindowFactory = Callable[[], MainWindow]


@pytest.fixture
def open_window(qtbot: QtBot, workspace_dir: Path) -> Iterator[WindowFactory]:
    """Open the real main window on the test workspace; closed (and flushed) afterwards."""
    opened: list[tuple[MainWindow, Workspace]] = []

    def factory() -> MainWindow:
        workspace = Workspace.open(workspace_dir)
        window = MainWindow(workspace)
        qtbot.addWidget(window)
        window.show()
        opened.append((window, workspace))
        return window

    yield factory
    for window, workspace in opened:
        if window.isVisible():
            window.close()
        workspace.close()


@pytest.fixture(autouse=True)
def _empty_clipboard_afterwards() -> Iterator[None]:
    """Qt's offscreen platform crashes at exit when the clipboard still holds rich data."""
    yield
    from PySide6.QtGui import QGuiApplication

    if QGuiApplication.instance() is not None:
        QGuiApplication.clipboard().clear()
