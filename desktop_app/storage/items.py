"""Agenda items and their version history."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from desktop_app.domain.model import AgendaItem, ItemState, ItemVersion
from desktop_app.domain.serialize import item_from_dict, item_to_dict
from desktop_app.errors import ItemNotFound, VersionNotFound
from desktop_app.storage.database import transaction

_COLUMNS = (
    "organization_id, template_id, title, dno, task_class, language, state, preparer_json,"
    " contact_json, presenter, parties, decision_date, earlier_handling, sections_json,"
    " attachments_json, for_information, appeal_type, disqualifications_json, secrecy_ground,"
    " public, modified"
)


def _values(item: AgendaItem, modified: str) -> tuple[Any, ...]:
    return (
        item.organization_id,
        item.template_id,
        item.title,
        item.dno,
        item.task_class,
        item.language,
        item.state.value,
        json.dumps(asdict(item.preparer), ensure_ascii=False),
        json.dumps(asdict(item.contact), ensure_ascii=False),
        item.presenter,
        item.parties,
        item.decision_date.isoformat() if item.decision_date else None,
        item.earlier_handling,
        json.dumps({k.value: v for k, v in item.sections.items()}, ensure_ascii=False),
        json.dumps([asdict(a) for a in item.attachments], ensure_ascii=False),
        item.for_information,
        item.appeal_type.value,
        json.dumps([asdict(d) for d in item.disqualifications], ensure_ascii=False),
        item.secrecy_ground,
        int(item.public),
        modified,
    )


def _from_row(row: sqlite3.Row) -> AgendaItem:
    data = dict(row)
    for column in list(data):
        if column.endswith("_json"):
            data[column.removesuffix("_json")] = json.loads(data.pop(column))
    return item_from_dict(data)


class ItemRepository:
    """Reads and writes items; every save is one transaction that also records a version."""

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    def save(self, item: AgendaItem) -> AgendaItem:
        """Insert or update ``item`` and keep the saved state as a new version."""
        stamp = datetime.now(UTC)
        modified = stamp.isoformat(timespec="milliseconds")
        with transaction(self._db):
            if item.id is None:
                cursor = self._db.execute(
                    f"INSERT INTO agenda_items ({_COLUMNS}, created) VALUES "
                    f"({', '.join('?' * 22)})",
                    (*_values(item, modified), modified),
                )
                new_id = int(cursor.lastrowid or 0)
            else:
                new_id = item.id
                assignments = ", ".join(f"{c.strip()} = ?" for c in _COLUMNS.split(","))
                cursor = self._db.execute(
                    f"UPDATE agenda_items SET {assignments} WHERE id = ?",
                    (*_values(item, modified), item.id),
                )
                if cursor.rowcount == 0:
                    raise ItemNotFound(item_id=item.id)
            number = self._db.execute(
                "SELECT COALESCE(MAX(number), 0) + 1 FROM item_versions WHERE item_id = ?",
                (new_id,),
            ).fetchone()[0]
            snapshot = item_to_dict(item) | {
                "id": new_id,
                "modified": stamp.isoformat(),
                "created": (item.created or stamp).isoformat(),
            }
            self._db.execute(
                "INSERT INTO item_versions (item_id, number, saved_at, snapshot_json)"
                " VALUES (?, ?, ?, ?)",
                (new_id, number, modified, json.dumps(snapshot, ensure_ascii=False)),
            )
        item.id = new_id
        item.modified = stamp
        item.created = item.created or stamp
        return item

    def get(self, item_id: int) -> AgendaItem:
        row = self._db.execute("SELECT * FROM agenda_items WHERE id = ?", (item_id,)).fetchone()
        if row is None:
            raise ItemNotFound(item_id=item_id)
        return _from_row(row)

    def all(
        self, organization_id: str | None = None, state: ItemState | None = None
    ) -> list[AgendaItem]:
        query = "SELECT * FROM agenda_items WHERE 1 = 1"
        params: list[Any] = []
        if organization_id:
            query += " AND organization_id = ?"
            params.append(organization_id)
        if state:
            query += " AND state = ?"
            params.append(state.value)
        query += " ORDER BY modified DESC, id DESC"
        return [_from_row(row) for row in self._db.execute(query, params)]

    def delete(self, item_id: int) -> None:
        with transaction(self._db):
            self._db.execute("DELETE FROM item_versions WHERE item_id = ?", (item_id,))
            self._db.execute("DELETE FROM agenda_items WHERE id = ?", (item_id,))

    def versions(self, item_id: int) -> list[ItemVersion]:
        rows = self._db.execute(
            "SELECT number, saved_at, json_extract(snapshot_json, '$.title') AS title"
            " FROM item_versions WHERE item_id = ? ORDER BY number DESC",
            (item_id,),
        )
        return [
            ItemVersion(
                item_id, row["number"], datetime.fromisoformat(row["saved_at"]), row["title"] or ""
            )
            for row in rows
        ]

    def version(self, item_id: int, number: int) -> AgendaItem:
        row = self._db.execute(
            "SELECT snapshot_json FROM item_versions WHERE item_id = ? AND number = ?",
            (item_id, number),
        ).fetchone()
        if row is None:
            raise VersionNotFound(item_id=item_id, version=number)
        return item_from_dict(json.loads(row["snapshot_json"]))

    def restore(self, item_id: int, number: int) -> AgendaItem:
        """Make an old version current again; the restore itself becomes a new version."""
        old = self.version(item_id, number)
        old.id = item_id
        return self.save(old)
