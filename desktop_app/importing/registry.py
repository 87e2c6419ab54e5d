"""Which files of an import folder are in the workspace, so a re-import can skip or prune.

A file is known by its import root and its path relative to that root; size and mtime let a
re-import skip an unchanged file without reading it, and the SHA-1 catches a file that was
touched but not changed.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from desktop_app.storage.database import now_iso, transaction


@dataclass(frozen=True)
class KnownFile:
    root: str
    path: str
    size: int
    mtime_ns: int
    sha1: str
    source_id: str

    def location(self) -> Path:
        return Path(self.root) / self.path


class ImportedFiles:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    def get(self, root: str, path: str) -> KnownFile | None:
        row = self._db.execute(
            "SELECT root, path, size, mtime_ns, sha1, source_id FROM imported_files"
            " WHERE root = ? AND path = ?",
            (root, path),
        ).fetchone()
        return KnownFile(*row) if row else None

    def save_many(self, files: Iterable[KnownFile]) -> None:
        stamp = now_iso()
        with transaction(self._db):
            for known in files:
                self._db.execute(
                    "INSERT INTO imported_files (root, path, size, mtime_ns, sha1, source_id,"
                    " imported) VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT(root, path) DO UPDATE"
                    " SET size = excluded.size, mtime_ns = excluded.mtime_ns,"
                    " sha1 = excluded.sha1, source_id = excluded.source_id,"
                    " imported = excluded.imported",
                    (
                        known.root,
                        known.path,
                        known.size,
                        known.mtime_ns,
                        known.sha1,
                        known.source_id,
                        stamp,
                    ),
                )

    def with_content(self, sha1: str) -> list[KnownFile]:
        return self._select("sha1 = ? ORDER BY root, path", sha1)

    def under(self, root: str) -> list[KnownFile]:
        return self._select("root = ? ORDER BY path", root)

    def of_decision(self, source_id: str) -> list[KnownFile]:
        """Every place the decision was imported from (a file seen through two folders)."""
        return self._select("source_id = ? ORDER BY root, path", source_id)

    def _select(self, condition: str, value: str) -> list[KnownFile]:
        rows = self._db.execute(
            "SELECT root, path, size, mtime_ns, sha1, source_id FROM imported_files WHERE "
            + condition,
            (value,),
        ).fetchall()
        return [KnownFile(*row) for row in rows]

    def forget(self, root: str, paths: Iterable[str]) -> None:
        with transaction(self._db):
            for path in paths:
                self._db.execute(
                    "DELETE FROM imported_files WHERE root = ? AND path = ?", (root, path)
                )
