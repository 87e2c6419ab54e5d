"""The set-up both README pictures share: the real window on a new workspace, offscreen.

A new workspace holds only the bundled sample decisions, which are invented, so no real
person's data ends up in a picture.
"""

from __future__ import annotations

import os
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from desktop_app.workspace import Workspace
from ui.main_window import MainWindow


def render(target: Path, arrange: Callable[[QApplication, MainWindow], None]) -> None:
    """Open the window, let ``arrange`` set the scene, wait for it to settle, save a PNG."""
    app = QApplication([])
    workspace = Workspace.open(Path(tempfile.mkdtemp()) / "ws")
    window = MainWindow(workspace)
    window.resize(1440, 900)
    window.show()
    window.search_service.wait_ready(60)
    arrange(app, window)
    for _ in range(40):
        app.processEvents()
        time.sleep(0.02)
    window.grab().save(str(target))
    window.close()
    workspace.close()
