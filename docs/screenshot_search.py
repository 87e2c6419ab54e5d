"""Renders the search tab over the bundled sample decisions to docs/search.png (offscreen).

Run: ``QT_QPA_PLATFORM=offscreen uv run python docs/screenshot_search.py``

The samples are the project's own invented decisions, so the picture holds no real
person's data.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtWidgets import QApplication
from screenshot_window import render

from ui.main_window import MainWindow


def arrange(app: QApplication, window: MainWindow) -> None:
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


if __name__ == "__main__":
    render(
        Path(sys.argv[1]) if len(sys.argv) > 1 else Path(__file__).with_name("search.png"), arrange
    )
