"""What the window's sync tests share: a runner whose Qt objects die on the GUI thread.

A runner owned by Python alone would be freed by whichever thread happens to run the
garbage collector, and a Qt object freed off the GUI thread leaves its timers behind, which
crash a later test. Owned by a widget the test closes, it goes with that widget.
"""

from __future__ import annotations

import gc
from collections.abc import Iterator
from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.search.service import SearchService
from ui.sync_runner import SyncRunner


def make_runner(qtbot: QtBot, db_path: Path, service: SearchService) -> SyncRunner:
    """The runner belongs to its status line, which the test closes (and Qt then frees)."""
    runner = SyncRunner(db_path, service)
    qtbot.addWidget(runner.status)
    runner.setParent(runner.status)
    return runner


def collected() -> Iterator[None]:
    """After the test: cyclic garbage goes now, on the GUI thread, not later on a worker's."""
    yield
    gc.collect()
