"""Versioned schema steps.

``PRAGMA user_version`` holds the schema version. Each step moves the schema up by one and
runs in one transaction with the version bump, so a crash mid-upgrade leaves the previous
version intact. Steps are never edited once released: a change is a new step.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable
from dataclasses import dataclass


@dataclass(frozen=True)
class Migration:
    version: int
    description: str
    apply: Callable[[sqlite3.Connection], None]


def _script(sql: str) -> Callable[[sqlite3.Connection], None]:
    def apply(connection: sqlite3.Connection) -> None:
        for statement in sql.split(";\n"):
            if statement.strip():
                connection.execute(statement)

    return apply


_V1 = """
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE organizations (
    id TEXT PRIMARY KEY,
    name TEXT NOT NULL,
    kind TEXT NOT NULL,
    short_name TEXT NOT NULL DEFAULT '',
    name_sv TEXT NOT NULL DEFAULT ''
);
CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES organizations(id),
    template_id TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    dno TEXT NOT NULL DEFAULT '',
    task_class TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'fi',
    state TEXT NOT NULL DEFAULT 'luonnos',
    preparer_json TEXT NOT NULL DEFAULT '{}',
    contact_json TEXT NOT NULL DEFAULT '{}',
    presenter TEXT NOT NULL DEFAULT '',
    sections_json TEXT NOT NULL DEFAULT '{}',
    attachments_json TEXT NOT NULL DEFAULT '[]',
    for_information TEXT NOT NULL DEFAULT '',
    appeal_type TEXT NOT NULL,
    disqualifications_json TEXT NOT NULL DEFAULT '[]',
    secrecy_ground TEXT NOT NULL DEFAULT '',
    public INTEGER NOT NULL DEFAULT 1,
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);
CREATE INDEX agenda_items_org_state ON agenda_items(organization_id, state)
"""

_V2 = """
ALTER TABLE agenda_items ADD COLUMN parties TEXT NOT NULL DEFAULT '';
ALTER TABLE agenda_items ADD COLUMN decision_date TEXT;
ALTER TABLE agenda_items ADD COLUMN earlier_handling TEXT NOT NULL DEFAULT '';
CREATE TABLE item_versions (
    item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
    number INTEGER NOT NULL,
    saved_at TEXT NOT NULL,
    snapshot_json TEXT NOT NULL,
    PRIMARY KEY (item_id, number)
)
"""

_V3 = """
CREATE TABLE decisions (
    id INTEGER PRIMARY KEY,
    source_id TEXT NOT NULL UNIQUE,
    title TEXT NOT NULL,
    date TEXT,
    body_org TEXT NOT NULL DEFAULT '',
    doc_type TEXT NOT NULL DEFAULT '',
    classification TEXT NOT NULL DEFAULT '',
    case_id TEXT NOT NULL DEFAULT '',
    section TEXT NOT NULL DEFAULT '',
    appeal TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'fi',
    municipality TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT '',
    content_hash TEXT NOT NULL DEFAULT '',
    text TEXT NOT NULL,
    imported TEXT NOT NULL
);
CREATE INDEX decisions_date ON decisions(date);
CREATE INDEX decisions_body ON decisions(body_org)
"""

MIGRATIONS: list[Migration] = [  # kept sorted by version; gaps are allowed
    Migration(1, "organizations and agenda items", _script(_V1)),
    Migration(2, "item versions; parties, decision date, earlier handling", _script(_V2)),
    Migration(3, "imported earlier decisions", _script(_V3)),
]


def latest_version() -> int:
    return MIGRATIONS[-1].version
