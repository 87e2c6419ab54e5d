"""Renders the search tab over the bundled sample decisions to docs/search.png (offscreen).

Run: ``QT_QPA_PLATFORM=offscreen uv run python docs/screenshot_search.py``

The samples are the project's own invented decisions, so the picture holds no real
person's data.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication

from desktop_app.workspace import Workspace
from ui.main_window import MainWindow


def main(target: Path) -> None:
    app = QApplication([])
    workspace = Workspace.open(Path(tempfile.mkdtemp()) / "ws")
    window = MainWindow(workspace)
    window.resize(1440, 900)
    window.show()
    window.search_service.wait_ready(60)
    window.focus_search()
    panel = window.search_panel
    panel.query.setText("asemakaava")
    panel.run_search()
    deadline = time.monotonic() + 20
    while (panel.last_results is None or not panel.last_results.hits) and (
        time.monotonic() < deadline
    ):
        app.processEvents()
        time.sleep(0.02)
    for _ in range(40):
        app.processEvents()
        time.sleep(0.02)
    window.grab().save(str(target))
    window.close()
    workspace.close()


if __name__ == "__main__":
    main(Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("search.png"))
