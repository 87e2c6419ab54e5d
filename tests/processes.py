"""Other processes on the test's workspace: the command line, and a fresh reader."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parent.parent

_READ_ITEM = textwrap.dedent(
    """
    import json, sqlite3, sys
    db = sqlite3.connect(sys.argv[1])
    row = db.execute(
        "SELECT title, state, sections_json FROM agenda_items WHERE id = ?", (int(sys.argv[2]),)
    ).fetchone()
    ok = db.execute("PRAGMA integrity_check").fetchone()[0]
    print(json.dumps({"title": row[0], "state": row[1], "sections": json.loads(row[2]),
                      "integrity": ok}))
    """
)


#: A process that holds SQLite's write lock on the database (argv[1]) until its stdin gets
#: a line; it prints "locked" once it holds it.
HOLD_WRITE_LOCK = textwrap.dedent(
    """
    import sqlite3, sys
    db = sqlite3.connect(sys.argv[1], isolation_level=None)
    db.execute("BEGIN IMMEDIATE")
    print("locked", flush=True)
    sys.stdin.readline()
    db.execute("ROLLBACK")
    """
)


def run_cli(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    """``paatospaja ARGS`` as a real process: its stderr is where a traceback would show."""
    return subprocess.run(
        [sys.executable, "-m", "ui.launcher", *args],
        cwd=REPO,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen", **(env or {})},
    )


def read_item_elsewhere(database: Path, item_id: int) -> dict[str, Any]:
    """An item's row as a new process sees it on disk, with the file's integrity check."""
    done = subprocess.run(
        [sys.executable, "-c", _READ_ITEM, str(database), str(item_id)],
        capture_output=True,
        text=True,
        timeout=60,
        check=True,
    )
    return dict(json.loads(done.stdout))
