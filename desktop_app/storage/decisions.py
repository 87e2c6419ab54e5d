"""Earlier decisions brought into the workspace: the source of truth the index is built from."""

from __future__ import annotations

import hashlib
import sqlite3
from collections.abc import Iterable, Iterator
from datetime import date

from desktop_app.domain.model import DecisionRecord
from desktop_app.storage.database import now_iso, transaction

INSERTED = "inserted"
UPDATED = "updated"
UNCHANGED = "unchanged"

#: The columns a DecisionRecord fills, in the order the upserts write them.
RECORD_FIELDS = (
    "source_id",
    "title",
    "date",
    "body_org",
    "doc_type",
    "classification",
    "case_id",
    "section",
    "appeal",
    "language",
    "municipality",
    "source",
    "content_hash",
    "text",
)


def content_hash(record: DecisionRecord) -> str:
    digest = hashlib.sha1(usedforsecurity=False)
    for part in (record.title, record.text, record.body_org, str(record.date or "")):
        digest.update(part.encode("utf-8", "surrogatepass"))
        digest.update(b"\x00")
    return digest.hexdigest()


def _from_row(row: sqlite3.Row) -> DecisionRecord:
    return DecisionRecord(
        id=row["id"],
        source_id=row["source_id"],
        title=row["title"],
        text=row["text"],
        date=date.fromisoformat(row["date"]) if row["date"] else None,
        body_org=row["body_org"],
        doc_type=row["doc_type"],
        classification=row["classification"],
        case_id=row["case_id"],
        section=row["section"],
        appeal=row["appeal"],
        language=row["language"],
        municipality=row["municipality"],
        source=row["source"],
        content_hash=row["content_hash"],
    )


class DecisionRepository:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    def upsert_many(self, records: Iterable[DecisionRecord]) -> tuple[int, int]:
        """Insert new records and update changed ones; return (inserted, updated)."""
        outcome = self.upsert_with_outcome(records)
        values = list(outcome.values())
        return values.count(INSERTED), values.count(UPDATED)

    def upsert_with_outcome(self, records: Iterable[DecisionRecord]) -> dict[str, str]:
        """Like :meth:`upsert_many`, telling per source id: inserted, updated or unchanged."""
        outcome: dict[str, str] = {}
        stamp = now_iso()
        with transaction(self._db):
            for record in records:
                record.content_hash = record.content_hash or content_hash(record)
                existing = self._db.execute(
                    "SELECT content_hash FROM decisions WHERE source_id = ?", (record.source_id,)
                ).fetchone()
                if existing is not None and existing[0] == record.content_hash:
                    outcome[record.source_id] = UNCHANGED
                    continue
                values = [getattr(record, name) for name in RECORD_FIELDS]
                values[2] = record.date.isoformat() if record.date else None
                self._db.execute(
                    f"INSERT INTO decisions ({', '.join(RECORD_FIELDS)}, imported) VALUES"
                    f" ({', '.join('?' * (len(RECORD_FIELDS) + 1))})"
                    " ON CONFLICT(source_id) DO UPDATE"
                    f" SET {', '.join(f'{f} = excluded.{f}' for f in RECORD_FIELDS[1:])},"
                    " imported = excluded.imported",
                    (*values, stamp),
                )
                outcome[record.source_id] = INSERTED if existing is None else UPDATED
        return outcome

    def delete_many(self, source_ids: Iterable[str]) -> int:
        """Remove decisions (e.g. files that vanished from an import folder)."""
        removed = 0
        with transaction(self._db):
            for source_id in source_ids:
                cursor = self._db.execute("DELETE FROM decisions WHERE source_id = ?", (source_id,))
                removed += cursor.rowcount
        return removed

    def get(self, source_id: str) -> DecisionRecord | None:
        row = self._db.execute(
            "SELECT * FROM decisions WHERE source_id = ?", (source_id,)
        ).fetchone()
        return _from_row(row) if row else None

    def count(self) -> int:
        return int(self._db.execute("SELECT COUNT(*) FROM decisions").fetchone()[0])

    def iterate(
        self, batch: int = 500, *, after: int = 0, up_to: int | None = None
    ) -> Iterator[DecisionRecord]:
        """Decisions in id order, optionally only those with ``after < id <= up_to``."""
        last = after
        limit = up_to if up_to is not None else -1
        while True:
            rows = self._db.execute(
                "SELECT * FROM decisions WHERE id > ? AND (? < 0 OR id <= ?) ORDER BY id LIMIT ?",
                (last, limit, limit, batch),
            ).fetchall()
            if not rows:
                return
            for row in rows:
                yield _from_row(row)
            last = rows[-1]["id"]
