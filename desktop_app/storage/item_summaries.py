"""The few columns a list of drafts shows, read a page at a time.

A list of tens of thousands of drafts must not parse each draft's JSON sections just to
show a title: these queries read only plain columns, newest first, and one page at a time.
A worker thread reads through its own read-only connection (:func:`open_reader`), which
can never create or change a database.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from desktop_app.domain.model import AgendaItem, ItemState
from desktop_app.storage.database import connect

_BASE_COLUMNS = "id, title, organization_id, state, template_id, modified"


@dataclass(frozen=True)
class ItemSummary:
    """What a list row needs of a draft; ``revision`` is None where the schema has none."""

    id: int
    title: str
    organization_id: str
    state: ItemState
    template_id: str
    modified: datetime | None
    revision: int | None = None

    @classmethod
    def of(cls, item: AgendaItem, revision: int | None = None) -> ItemSummary:
        """The summary of an item just saved, so a list can show it without reading it back."""
        if item.id is None:
            raise ValueError("an unsaved item has no summary")
        return cls(
            id=item.id,
            title=item.title,
            organization_id=item.organization_id,
            state=item.state,
            template_id=item.template_id,
            modified=item.modified,
            revision=getattr(item, "revision", revision),
        )

    def sort_key(self) -> tuple[str, int]:
        """The list's order (newest first when sorted in reverse), as the query orders it."""
        return (_stored_time(self.modified), self.id)


def _stored_time(value: datetime | None) -> str:
    """The text the database holds for ``value``: ISO time in UTC, to the millisecond."""
    if value is None:
        return ""
    if value.tzinfo is not None:
        value = value.astimezone(UTC)
    return value.isoformat(timespec="milliseconds")


def open_reader(path: Path) -> sqlite3.Connection:
    """A read-only connection to the workspace database at ``path``.

    ``mode=ro`` makes SQLite refuse to create a missing file or write to an existing one,
    so a reader thread can never leave an empty database behind or race the writer; the
    errors are the database layer's typed ones.
    """
    return connect(path, read_only=True)


class ItemSummaryReader:
    """Pages of :class:`ItemSummary`, newest first, filtered by body and state.

    Standing items of meetings are left out (see :data:`_NOT_STANDING`).

    A page is read in index order (``agenda_items`` indexed on ``(modified, id)``,
    ``(organization_id, modified, id)`` and ``(state, modified, id)``), so its cost does
    not grow with the number of drafts; without them the same queries sort every row.
    """

    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection
        self._columns = _BASE_COLUMNS + (", revision" if _has_revision(connection) else "")
        self._meetings = _has_meetings(connection)

    def page(
        self,
        organization_id: str | None = None,
        state: ItemState | None = None,
        offset: int = 0,
        limit: int = 100,
    ) -> list[ItemSummary]:
        where, params = _where(organization_id, state, self._meetings)
        rows = self._db.execute(
            f"SELECT {self._columns} FROM agenda_items{where}"
            " ORDER BY modified DESC, id DESC LIMIT ? OFFSET ?",
            (*params, max(0, limit), max(0, offset)),
        )
        return [_summary(tuple(row)) for row in rows]

    def count(self, organization_id: str | None = None, state: ItemState | None = None) -> int:
        where, params = _where(organization_id, state, self._meetings)
        row = self._db.execute(f"SELECT COUNT(*) FROM agenda_items{where}", params).fetchone()
        return int(row[0])

    def unscheduled(self, organization_id: str, states: Iterable[ItemState]) -> list[ItemSummary]:
        """Items of one body in ``states`` that are on no meeting's agenda yet."""
        wanted = [state.value for state in states]
        if not wanted:
            return []
        marks = ", ".join("?" * len(wanted))
        rows = self._db.execute(
            f"SELECT {self._columns} FROM agenda_items"
            f" WHERE organization_id = ? AND state IN ({marks})"
            " AND id NOT IN (SELECT item_id FROM agenda_entries)"
            " ORDER BY modified DESC, id DESC",
            (organization_id, *wanted),
        )
        return [_summary(tuple(row)) for row in rows]


def _has_meetings(connection: sqlite3.Connection) -> bool:
    """Whether this schema has agenda entries (older workspaces predate meetings)."""
    row = connection.execute(
        "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = 'agenda_entries'"
    ).fetchone()
    return row is not None


def _has_revision(connection: sqlite3.Connection) -> bool:
    """Whether this schema keeps a revision number per item (newer schemas do)."""
    columns = connection.execute("PRAGMA table_info(agenda_items)").fetchall()
    return any(column[1] == "revision" for column in columns)


# Opening, quorum, checkers …: made anew for every meeting and reached from its agenda; in
# the list of drafts they would bury the secretary's own work under procedural items.
_NOT_STANDING = "id NOT IN (SELECT item_id FROM agenda_entries WHERE standing != '')"


def _where(
    organization_id: str | None, state: ItemState | None, meetings: bool = True
) -> tuple[str, list[Any]]:
    clauses: list[str] = [_NOT_STANDING] if meetings else []
    params: list[Any] = []
    if organization_id:
        clauses.append("organization_id = ?")
        params.append(organization_id)
    if state:
        clauses.append("state = ?")
        params.append(ItemState(state).value)
    return (" WHERE " + " AND ".join(clauses) if clauses else ""), params


def _summary(row: tuple[Any, ...]) -> ItemSummary:
    modified = datetime.fromisoformat(row[5]) if row[5] else None
    revision = int(row[6]) if len(row) > 6 and row[6] is not None else None
    return ItemSummary(
        id=int(row[0]),
        title=row[1] or "",
        organization_id=row[2],
        state=ItemState(row[3]),
        template_id=row[4],
        modified=modified,
        revision=revision,
    )
