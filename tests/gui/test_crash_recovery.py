"""Kill the app while the secretary types; nothing older than 2 s may be lost."""

import os
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.domain.model import Section
from desktop_app.domain.richtext import html_to_text
from desktop_app.storage.database import connect, integrity_ok
from desktop_app.storage.items import ItemRepository
from tests.gui.conftest import WindowFactory
from tests.kill_typing_app import TEXT

REPO = Path(__file__).resolve().parents[2]
#: How long the app types before the kill: the last 2 s may be lost, and the over 2 s typed
#: before them (through several 0.8 s autosaves) must all be on disk.
TYPING_SECONDS = 4.3


@pytest.mark.slow
def test_sigkill_while_typing_loses_nothing_older_than_two_seconds(
    qtbot: QtBot, open_window: WindowFactory, workspace_dir: Path
) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "tests.kill_typing_app", str(workspace_dir)],
        cwd=REPO,
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert process.stdout is not None
    typed: list[tuple[float, int]] = []
    item_id = None
    deadline = time.time() + 90
    while time.time() < deadline:
        line = process.stdout.readline()
        if not line:
            break
        if line.startswith("item "):
            item_id = int(line.split()[1])
        elif line.startswith("typed "):
            _, stamp, count = line.split()
            typed.append((float(stamp), int(count)))
            if typed[-1][0] - typed[0][0] >= TYPING_SECONDS:
                break
    killed_at = time.time()
    process.send_signal(signal.SIGKILL)
    process.wait(timeout=30)
    process.stdout.close()
    assert process.returncode == -signal.SIGKILL
    assert item_id is not None and len(typed) > 50, "the app did not start typing"

    must_have = max((count for stamp, count in typed if stamp <= killed_at - 2.0), default=0)
    assert must_have > 20

    db = connect(workspace_dir / "paatospaja.sqlite3")
    assert integrity_ok(db)
    saved = html_to_text(ItemRepository(db).get(item_id).section(Section.PROPOSAL))
    db.close()
    assert saved.startswith(TEXT[:must_have].rstrip()), (must_have, saved[:80])

    window = open_window()
    window.open_item(item_id)
    shown = window.editor.section_editor(Section.PROPOSAL).toPlainText()
    assert shown.startswith(TEXT[:must_have].rstrip())
