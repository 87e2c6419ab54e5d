"""Opening a workspace database safely.

WAL mode with ``synchronous=FULL``: a committed autosave survives a killed process and a
power cut. A database made by a newer program is refused before anything is written, and
an older one is backed up (SQLite's online backup) before it is upgraded.
"""

from __future__ import annotations

import contextlib
import sqlite3
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

from desktop_app.errors import DatabaseCorrupt, DatabaseTooNew
from desktop_app.storage.migrations import MIGRATIONS, latest_version

DATABASE_NAME = "paatospaja.sqlite3"


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


def _configure(connection: sqlite3.Connection) -> None:
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute("PRAGMA busy_timeout = 5000")
    mode = connection.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise DatabaseCorrupt(f"journal mode {mode}", path="")
    connection.execute("PRAGMA synchronous = FULL")


def schema_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def connect(path: Path, *, migrate: bool = True) -> sqlite3.Connection:
    """Open (creating if needed) and upgrade the database at ``path``."""
    path = Path(path)
    try:
        connection = sqlite3.connect(path, isolation_level=None, check_same_thread=False)
        found = schema_version(connection)
    except sqlite3.DatabaseError as error:
        raise DatabaseCorrupt(str(error), path=str(path)) from error
    if found > latest_version():
        connection.close()
        raise DatabaseTooNew(path=str(path), found=found, known=latest_version())
    try:
        _configure(connection)
        if migrate and found < latest_version():
            if found > 0:
                _backup(connection, path.with_name(f"{path.name}.bak-v{found}"))
            upgrade(connection)
    except sqlite3.DatabaseError as error:
        connection.close()
        raise DatabaseCorrupt(str(error), path=str(path)) from error
    connection.row_factory = sqlite3.Row
    return connection


def _backup(connection: sqlite3.Connection, target: Path) -> None:
    if target.exists():
        return
    copy = sqlite3.connect(target)
    try:
        connection.backup(copy)
    finally:
        copy.close()


def upgrade(connection: sqlite3.Connection, to_version: int | None = None) -> None:
    target = latest_version() if to_version is None else to_version
    for migration in MIGRATIONS:
        if schema_version(connection) >= migration.version or migration.version > target:
            continue
        with transaction(connection):
            migration.apply(connection)
            connection.execute(f"PRAGMA user_version = {migration.version:d}")


def integrity_ok(connection: sqlite3.Connection) -> bool:
    return connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


@contextlib.contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One ``BEGIN IMMEDIATE`` … ``COMMIT``; rolled back on any exception."""
    connection.execute("BEGIN IMMEDIATE")
    try:
        yield connection
    except BaseException:
        connection.execute("ROLLBACK")
        raise
    connection.execute("COMMIT")
