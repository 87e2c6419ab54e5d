"""Sources, their sync state and their decisions in the workspace's SQLite database.

Only the sync engine and this module write a source's decisions. Every write is one short
transaction, so a window searching meanwhile waits milliseconds at most, and a killed sync
leaves whole batches or nothing.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from types import MappingProxyType

from desktop_app.sources.config import SourceConfig, validate
from desktop_app.sources.contract import RemoteDecision, Validators
from desktop_app.sources.errors import SourceExists, SourceNotFound
from desktop_app.storage.database import now_iso, transaction
from desktop_app.storage.decisions import (
    INSERTED,
    RECORD_FIELDS,
    UNCHANGED,
    UPDATED,
    content_hash,
)

_COLUMNS = (*RECORD_FIELDS, "source_key", "link")  # a synced decision says where from


@dataclass(frozen=True)
class SyncCounts:
    new: int = 0
    changed: int = 0
    unchanged: int = 0
    pending_removals: int = 0
    failed: int = 0


@dataclass(frozen=True)
class SyncStatus:
    """What the sources dialog and ``sources list`` show for one source."""

    source_key: str
    last_success: str | None = None  # ISO time (UTC) of the last sync that completed
    last_attempt: str | None = None
    counts: SyncCounts = SyncCounts()
    last_error: str = ""  # the message code of the last failure; "" after a success
    cursor: str = ""
    resume: str = ""  # non-empty while an interrupted sync can go on from there


@dataclass(frozen=True)
class PendingRemoval:
    source_key: str
    remote_id: str
    source_id: str
    title: str  # "" when the decision is no longer in the archive
    proposed: str


class SourceRepository:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    # -- configuration ------------------------------------------------------------------

    def all(self) -> list[SourceConfig]:
        rows = self._db.execute("SELECT * FROM sources ORDER BY key").fetchall()
        return [_config(row) for row in rows]

    def find(self, key: str) -> SourceConfig | None:
        row = self._db.execute("SELECT * FROM sources WHERE key = ?", (key,)).fetchone()
        return _config(row) if row else None

    def get(self, key: str) -> SourceConfig:
        found = self.find(key)
        if found is None:
            raise SourceNotFound(key, source=key)
        return found

    def add(self, config: SourceConfig) -> None:
        validate(config)
        stamp = now_iso()
        try:
            with transaction(self._db):
                self._db.execute(
                    "INSERT INTO sources (key, kind, location, options_json, auth_kind,"
                    " user_name, enabled, created, modified) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (*_values(config), stamp, stamp),
                )
                self._db.execute("INSERT INTO source_state (source_key) VALUES (?)", (config.key,))
        except sqlite3.IntegrityError:
            raise SourceExists(config.key, source=config.key) from None

    def update(self, config: SourceConfig) -> None:
        """Change where a source is or how to log in; a new location starts from scratch.

        The cursor, checkpoint and HTTP validators belong to the old location, so they are
        forgotten; the decisions and what the archive knows of them stay.
        """
        validate(config)
        before = self.get(config.key)
        with transaction(self._db):
            self._db.execute(
                "UPDATE sources SET kind = ?, location = ?, options_json = ?, auth_kind = ?,"
                " user_name = ?, enabled = ?, modified = ? WHERE key = ?",
                (*_values(config)[1:], now_iso(), config.key),
            )
            if (before.kind, before.location) != (config.kind, config.location):
                self._db.execute(
                    "UPDATE source_state SET cursor = '', resume = '' WHERE source_key = ?",
                    (config.key,),
                )
                self._db.execute(
                    "DELETE FROM source_validators WHERE source_key = ?", (config.key,)
                )

    def remove(self, key: str) -> None:
        """Forget the source; its decisions stay in the archive (and keep their source key)."""
        self.get(key)
        with transaction(self._db):
            for table in ("source_validators", "source_removals", "source_items", "source_state"):
                self._db.execute(f"DELETE FROM {table} WHERE source_key = ?", (key,))
            self._db.execute("DELETE FROM sources WHERE key = ?", (key,))

    # -- sync state ---------------------------------------------------------------------

    def status(self, key: str) -> SyncStatus:
        row = self._db.execute("SELECT * FROM source_state WHERE source_key = ?", (key,)).fetchone()
        if row is None:
            return SyncStatus(key)
        return SyncStatus(
            source_key=key,
            last_success=row["last_success"],
            last_attempt=row["last_attempt"],
            counts=SyncCounts(
                row["new_count"],
                row["changed_count"],
                row["unchanged_count"],
                row["pending_count"],
                row["failed_count"],
            ),
            last_error=row["last_error"],
            cursor=row["cursor"],
            resume=row["resume"],
        )

    def save_resume(self, key: str, resume: str) -> None:
        with transaction(self._db):
            self._db.execute(
                "UPDATE source_state SET resume = ? WHERE source_key = ?", (resume, key)
            )

    def record_success(
        self,
        key: str,
        cursor: str,
        counts: SyncCounts,
        validators: Mapping[str, Validators],
    ) -> None:
        """A completed sync: the new cursor, counts and validators, all at once."""
        stamp = now_iso()
        with transaction(self._db):
            self._db.execute(
                "UPDATE source_state SET cursor = ?, resume = '', last_success = ?,"
                " last_attempt = ?, new_count = ?, changed_count = ?, unchanged_count = ?,"
                " pending_count = ?, failed_count = ?, last_error = '' WHERE source_key = ?",
                (
                    cursor,
                    stamp,
                    stamp,
                    counts.new,
                    counts.changed,
                    counts.unchanged,
                    counts.pending_removals,
                    counts.failed,
                    key,
                ),
            )
            for url, found in validators.items():
                self._db.execute(
                    "INSERT INTO source_validators (source_key, url, etag, last_modified)"
                    " VALUES (?, ?, ?, ?) ON CONFLICT(source_key, url) DO UPDATE"
                    " SET etag = excluded.etag, last_modified = excluded.last_modified",
                    (key, url, found.etag, found.last_modified),
                )

    def record_failure(self, key: str, code: str) -> None:
        with transaction(self._db):
            self._db.execute(
                "UPDATE source_state SET last_error = ?, last_attempt = ? WHERE source_key = ?",
                (code, now_iso(), key),
            )

    def validators(self, key: str) -> dict[str, Validators]:
        rows = self._db.execute(
            "SELECT url, etag, last_modified FROM source_validators WHERE source_key = ?", (key,)
        ).fetchall()
        return {str(row[0]): Validators(str(row[1]), str(row[2])) for row in rows}

    # -- the source's decisions ---------------------------------------------------------

    def known(self, key: str) -> dict[str, str]:
        """Remote id -> version of what the source had at its last sync, as archived.

        Decisions proposed for removal are not in it: the source no longer had them, so a
        304 that lists "all that is known" does not take the proposals back.
        """
        rows = self._db.execute(
            "SELECT i.remote_id, i.version FROM source_items i"
            " JOIN decisions d ON d.source_id = i.source_id WHERE i.source_key = ?"
            " AND NOT EXISTS (SELECT 1 FROM source_removals r"
            " WHERE r.source_key = i.source_key AND r.remote_id = i.remote_id)",
            (key,),
        ).fetchall()
        return {str(row[0]): str(row[1]) for row in rows}

    def write(self, key: str, items: Iterable[RemoteDecision]) -> dict[str, str]:
        """Write one batch in one transaction; source id -> inserted, updated or unchanged.

        A decision whose content hash, source and link are as stored is not rewritten, so
        the search index does not see it as changed either.
        """
        outcome: dict[str, str] = {}
        stamp = now_iso()
        with transaction(self._db):
            for item in items:
                record = item.record
                record.content_hash = record.content_hash or content_hash(record)
                existing = self._db.execute(
                    "SELECT content_hash, source_key, link FROM decisions WHERE source_id = ?",
                    (record.source_id,),
                ).fetchone()
                if existing is not None and tuple(existing) == (
                    record.content_hash,
                    key,
                    item.link,
                ):
                    outcome[record.source_id] = UNCHANGED
                else:
                    values = [getattr(record, name) for name in _COLUMNS[:-2]]
                    values[2] = record.date.isoformat() if record.date else None
                    self._db.execute(
                        f"INSERT INTO decisions ({', '.join(_COLUMNS)}, imported) VALUES"
                        f" ({', '.join('?' * (len(_COLUMNS) + 1))}) ON CONFLICT(source_id)"
                        f" DO UPDATE SET {', '.join(f'{c} = excluded.{c}' for c in _COLUMNS[1:])},"
                        " imported = excluded.imported",
                        (*values, key, item.link, stamp),
                    )
                    outcome[record.source_id] = INSERTED if existing is None else UPDATED
                self._db.execute(
                    "INSERT INTO source_items (source_key, remote_id, source_id, version)"
                    " VALUES (?, ?, ?, ?) ON CONFLICT(source_key, remote_id) DO UPDATE"
                    " SET source_id = excluded.source_id, version = excluded.version",
                    (key, item.remote_id, record.source_id, item.version),
                )
                self._db.execute(
                    "DELETE FROM source_removals WHERE source_key = ? AND remote_id = ?",
                    (key, item.remote_id),
                )
        return outcome

    # -- removals, proposed and confirmed -----------------------------------------------

    def propose_removals(self, key: str, seen: frozenset[str]) -> list[PendingRemoval]:
        """After a complete listing: what the archive holds that the source no longer has.

        Replaces the earlier proposals of the source (one that came back is no longer
        proposed). Nothing is removed here.
        """
        stamp = now_iso()
        with transaction(self._db):
            known = self._db.execute(
                "SELECT i.remote_id, i.source_id FROM source_items i"
                " JOIN decisions d ON d.source_id = i.source_id WHERE i.source_key = ?",
                (key,),
            ).fetchall()
            self._db.execute("DELETE FROM source_removals WHERE source_key = ?", (key,))
            for remote_id, source_id in known:
                if remote_id not in seen:
                    self._db.execute(
                        "INSERT INTO source_removals (source_key, remote_id, source_id, proposed)"
                        " VALUES (?, ?, ?, ?)",
                        (key, remote_id, source_id, stamp),
                    )
        return self.pending(key)

    def pending(self, key: str | None = None) -> list[PendingRemoval]:
        rows = self._db.execute(
            "SELECT r.source_key, r.remote_id, r.source_id, COALESCE(d.title, ''), r.proposed"
            " FROM source_removals r LEFT JOIN decisions d ON d.source_id = r.source_id"
            " WHERE (? IS NULL OR r.source_key = ?) ORDER BY r.source_key, r.remote_id",
            (key, key),
        ).fetchall()
        return [PendingRemoval(*(str(value) for value in row)) for row in rows]

    def confirm_removals(self, key: str, remote_ids: Iterable[str] | None = None) -> list[str]:
        """Remove the proposed decisions (all of the source's, or those named); source ids."""
        wanted = None if remote_ids is None else set(remote_ids)
        removed: list[str] = []
        with transaction(self._db):
            rows = self._db.execute(
                "SELECT remote_id, source_id FROM source_removals WHERE source_key = ?", (key,)
            ).fetchall()
            for remote_id, source_id in rows:
                if wanted is not None and remote_id not in wanted:
                    continue
                self._db.execute("DELETE FROM decisions WHERE source_id = ?", (source_id,))
                for table in ("source_items", "source_removals"):
                    self._db.execute(
                        f"DELETE FROM {table} WHERE source_key = ? AND remote_id = ?",
                        (key, remote_id),
                    )
                removed.append(str(source_id))
            self._db.execute(
                "UPDATE source_state SET pending_count = (SELECT COUNT(*) FROM source_removals"
                " WHERE source_key = ?) WHERE source_key = ?",
                (key, key),
            )
        return removed

    def keep_removed(self, key: str, remote_ids: Iterable[str] | None = None) -> int:
        """Keep decisions the source has dropped: they stay, no longer tied to the source."""
        wanted = None if remote_ids is None else set(remote_ids)
        kept = 0
        with transaction(self._db):
            rows = self._db.execute(
                "SELECT remote_id FROM source_removals WHERE source_key = ?", (key,)
            ).fetchall()
            for (remote_id,) in rows:
                if wanted is not None and remote_id not in wanted:
                    continue
                for table in ("source_items", "source_removals"):
                    self._db.execute(
                        f"DELETE FROM {table} WHERE source_key = ? AND remote_id = ?",
                        (key, remote_id),
                    )
                kept += 1
            self._db.execute(
                "UPDATE source_state SET pending_count = (SELECT COUNT(*) FROM source_removals"
                " WHERE source_key = ?) WHERE source_key = ?",
                (key, key),
            )
        return kept


def origins(connection: sqlite3.Connection, source_ids: list[str]) -> dict[str, tuple[str, str]]:
    """Source id -> (source key, link) of decisions that came from a source."""
    found: dict[str, tuple[str, str]] = {}
    for start in range(0, len(source_ids), 500):
        chunk = source_ids[start : start + 500]
        rows = connection.execute(
            f"SELECT source_id, source_key, link FROM decisions"
            f" WHERE source_id IN ({', '.join('?' * len(chunk))})",
            chunk,
        ).fetchall()
        found.update({str(row[0]): (str(row[1]), str(row[2])) for row in rows})
    return found


def _values(config: SourceConfig) -> tuple[str, str, str, str, str, str, int]:
    return (
        config.key,
        config.kind,
        config.location.strip(),
        json.dumps(dict(config.options), ensure_ascii=False, sort_keys=True),
        config.auth_kind,
        config.user_name,
        1 if config.enabled else 0,
    )


def _config(row: sqlite3.Row) -> SourceConfig:
    options = json.loads(row["options_json"] or "{}")
    return SourceConfig(
        key=row["key"],
        kind=row["kind"],
        location=row["location"],
        options=MappingProxyType({str(k): str(v) for k, v in options.items()}),
        auth_kind=row["auth_kind"],
        user_name=row["user_name"],
        enabled=bool(row["enabled"]),
    )
