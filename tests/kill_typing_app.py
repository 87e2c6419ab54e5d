"""Run the real window and type into it until killed; prints what was typed and when.

Used by the crash test: ``python -m tests.kill_typing_app WORKSPACE``. Each line on stdout
is ``typed <unix time> <characters so far>``, flushed, so the parent knows exactly what had
been typed at any moment before it sends SIGKILL.
"""

from __future__ import annotations

import os
import sys
import time

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from desktop_app.domain.model import Section
from desktop_app.workspace import Workspace
from tests.typing_support import type_text
from ui.main_window import MainWindow

TEXT = "Kunnanhallitus päättää hyväksyä äänestyksen jälkeen öljysäiliön poiston. " * 40


def main() -> None:
    app = QApplication([])
    workspace = Workspace.open(sys.argv[1])
    window = MainWindow(workspace)
    window.show()
    item = window.create_item(workspace.templates.get("kunnanhallitus"), "kh")
    editor = window.editor.section_editor(Section.PROPOSAL)
    editor.setFocus()
    editor.clear()
    print(f"item {item.id}", flush=True)
    position = 0

    def type_next() -> None:
        nonlocal position
        type_text(editor, TEXT[position])
        position += 1
        print(f"typed {time.time():.4f} {position}", flush=True)

    timer = QTimer()
    timer.timeout.connect(type_next)
    timer.start(15)
    app.exec()


if __name__ == "__main__":
    main()
