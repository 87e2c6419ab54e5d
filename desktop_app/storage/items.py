"""Agenda items and their version history."""

from __future__ import annotations

import copy
import getpass
import json
import sqlite3
from dataclasses import asdict
from datetime import UTC, datetime
from typing import Any

from desktop_app.domain.changes import changed_fields
from desktop_app.domain.model import AgendaItem, ItemState, ItemVersion, VersionReason
from desktop_app.domain.serialize import item_from_dict, item_to_dict
from desktop_app.errors import ItemConflict, ItemNotFound, VersionNotFound
from desktop_app.storage.database import transaction

_COLUMNS = (
    "organization_id, template_id, title, dno, task_class, language, state, preparer_json,"
    " contact_json, presenter, parties, decision_date, earlier_handling, sections_json,"
    " attachments_json, for_information, appeal_type, disqualifications_json, secrecy_ground,"
    " public, modified, appeal_basis, appeal_law, appeal_reason"
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
        item.appeal_basis,
        item.appeal_law,
        item.appeal_reason,
    )


def _reason(value: str | None) -> VersionReason:
    try:
        return VersionReason(value or VersionReason.SAVED.value)
    except ValueError:
        return VersionReason.SAVED


def _from_row(row: sqlite3.Row) -> AgendaItem:
    data = dict(row)
    for column in list(data):
        if column.endswith("_json"):
            data[column.removesuffix("_json")] = json.loads(data.pop(column))
    return item_from_dict(data)


def current_user() -> str:
    """The operating-system user, named in the version history."""
    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name (a service account, a bare container)
        return ""


class ItemRepository:
    """Reads and writes items; every write is a compare-and-swap on the item's revision.

    A save names the revision it was made from. If another writer (a second window, the
    command line, a meeting recording a decision) has written the item since, nothing is
    written and ``ItemConflict`` says so: a stale copy never silently wins.
    """

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    def save(
        self,
        item: AgendaItem,
        *,
        version: VersionReason | None = VersionReason.SAVED,
        author: str | None = None,
    ) -> AgendaItem:
        """Insert or update ``item``; keep the saved state as a version when ``version`` is set.

        The autosave passes ``version=None``: the row is current within seconds, and the
        history only gets the moments worth returning to.
        """
        written = copy.copy(item)  # ``item`` changes only once the commit has returned
        with transaction(self._db):
            self.write(written, version=version, author=author)
        item.id, item.revision = written.id, written.revision
        item.modified, item.created = written.modified, written.created
        return item

    def write(
        self,
        item: AgendaItem,
        *,
        version: VersionReason | None = VersionReason.SAVED,
        author: str | None = None,
    ) -> AgendaItem:
        """``save`` inside a transaction the caller holds (with other rows of one change)."""
        stamp = datetime.now(UTC)
        modified = stamp.isoformat(timespec="milliseconds")
        if item.id is None:
            cursor = self._db.execute(
                f"INSERT INTO agenda_items ({_COLUMNS}, created, revision) VALUES "
                f"({', '.join('?' * (len(_COLUMNS.split(',')) + 2))})",
                (*_values(item, modified), modified, 1),
            )
            new_id = int(cursor.lastrowid or 0)
            revision = 1
        else:
            new_id = item.id
            assignments = ", ".join(f"{c.strip()} = ?" for c in _COLUMNS.split(","))
            cursor = self._db.execute(
                f"UPDATE agenda_items SET {assignments}, revision = revision + 1"
                " WHERE id = ? AND revision = ?",
                (*_values(item, modified), item.id, item.revision),
            )
            if cursor.rowcount == 0:
                self._refuse_stale(item)
            revision = item.revision + 1
        if version is not None:
            saved = copy.copy(item)
            saved.id, saved.revision = new_id, revision
            saved.modified, saved.created = stamp, item.created or stamp
            self._keep_version(saved, version, current_user() if author is None else author)
        item.id = new_id
        item.revision = revision
        item.modified = stamp
        item.created = item.created or stamp
        return item

    def _refuse_stale(self, item: AgendaItem) -> None:
        assert item.id is not None
        row = self._db.execute(
            "SELECT revision FROM agenda_items WHERE id = ?", (item.id,)
        ).fetchone()
        if row is None:
            raise ItemNotFound(item_id=item.id)
        raise ItemConflict(item_id=item.id, expected=item.revision, found=int(row[0]))

    def _keep_version(self, item: AgendaItem, reason: VersionReason, author: str) -> None:
        """A version row, with what changed since the previous version; inside a transaction."""
        assert item.id is not None and item.modified is not None
        previous = self._db.execute(
            "SELECT number, snapshot_json FROM item_versions WHERE item_id = ?"
            " ORDER BY number DESC LIMIT 1",
            (item.id,),
        ).fetchone()
        before = item_from_dict(json.loads(previous[1])) if previous else None
        snapshot = item_to_dict(item) | {
            "modified": item.modified.isoformat(),
            "created": (item.created or item.modified).isoformat(),
        }
        self._db.execute(
            "INSERT INTO item_versions (item_id, number, saved_at, snapshot_json, reason,"
            " author, revision, changes_json) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            (
                item.id,
                (previous[0] if previous else 0) + 1,
                item.modified.isoformat(timespec="milliseconds"),
                json.dumps(snapshot, ensure_ascii=False),
                reason.value,
                author,
                item.revision,
                json.dumps(changed_fields(before, item)),
            ),
        )

    def keep_version(
        self, item_id: int, reason: VersionReason, author: str | None = None
    ) -> ItemVersion | None:
        """Keep the stored state as a version, unless it is the newest version already."""
        with transaction(self._db):
            kept = self.keep_stored_version(item_id, reason, author)
        return self.versions(item_id)[0] if kept else None

    def keep_stored_version(
        self, item_id: int, reason: VersionReason, author: str | None = None
    ) -> bool:
        """``keep_version`` inside a transaction the caller holds; True if one was kept."""
        item = self.get(item_id)
        newest = self._db.execute(
            "SELECT revision FROM item_versions WHERE item_id = ? ORDER BY number DESC LIMIT 1",
            (item_id,),
        ).fetchone()
        if newest is not None and newest[0] == item.revision:
            return False
        self._keep_version(item, reason, current_user() if author is None else author)
        return True

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
            "SELECT number, saved_at, json_extract(snapshot_json, '$.title') AS title, reason,"
            " author, changes_json FROM item_versions WHERE item_id = ? ORDER BY number DESC",
            (item_id,),
        )
        return [
            ItemVersion(
                item_id,
                row["number"],
                datetime.fromisoformat(row["saved_at"]),
                row["title"] or "",
                _reason(row["reason"]),
                row["author"] or "",
                tuple(json.loads(row["changes_json"] or "[]")),
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

    def restore(self, item_id: int, number: int, *, revision: int | None = None) -> AgendaItem:
        """Make an old version current again; the restore itself becomes a new version.

        ``revision`` is the revision the user saw when choosing to restore; without it the
        stored one is used (a restore is a deliberate act on the item as it is now).
        """
        old = self.version(item_id, number)
        old.id = item_id
        old.revision = self.get(item_id).revision if revision is None else revision
        return self.save(old, version=VersionReason.RESTORED)
