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

_V5 = """
CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    organization_id TEXT NOT NULL REFERENCES organizations(id),
    number INTEGER NOT NULL,
    year INTEGER NOT NULL,
    start_time TEXT,
    end_time TEXT,
    place TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL DEFAULT 'fi',
    published TEXT,
    checkers_json TEXT NOT NULL DEFAULT '[]',
    checked_on TEXT,
    public_view_on TEXT,
    created TEXT NOT NULL,
    UNIQUE (organization_id, year, number)
);
CREATE TABLE meeting_participants (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    name TEXT NOT NULL,
    role TEXT NOT NULL,
    title TEXT NOT NULL DEFAULT '',
    present INTEGER NOT NULL DEFAULT 1,
    arrival TEXT NOT NULL DEFAULT '',
    departure TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (meeting_id, position)
);
CREATE TABLE agenda_entries (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    item_id INTEGER NOT NULL REFERENCES agenda_items(id),
    position INTEGER NOT NULL,
    number INTEGER,
    standing TEXT NOT NULL DEFAULT '',
    record_json TEXT,
    UNIQUE (meeting_id, item_id)
);
CREATE INDEX agenda_entries_meeting ON agenda_entries(meeting_id, position)
"""

_V6 = """
CREATE TABLE privacy_marks (
    id INTEGER PRIMARY KEY,
    item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
    section TEXT NOT NULL,
    start INTEGER NOT NULL,
    end INTEGER NOT NULL,
    text TEXT NOT NULL,
    kind TEXT NOT NULL,
    secrecy_ground TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL DEFAULT 'manual',
    created TEXT NOT NULL
);
CREATE INDEX privacy_marks_item ON privacy_marks(item_id, section);
CREATE TABLE privacy_dismissals (
    item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    PRIMARY KEY (item_id, fingerprint)
);
CREATE TABLE meeting_publications (
    meeting_id INTEGER PRIMARY KEY REFERENCES meetings(id) ON DELETE CASCADE,
    published_on TEXT NOT NULL,
    appeal_days INTEGER NOT NULL,
    appeal_ends_on TEXT NOT NULL,
    personal_data_removed_on TEXT
);
CREATE TABLE publish_overrides (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id) ON DELETE CASCADE,
    code TEXT NOT NULL,
    target TEXT NOT NULL DEFAULT '',
    reason TEXT NOT NULL,
    created TEXT NOT NULL,
    PRIMARY KEY (meeting_id, code, target)
)
"""

_V4 = """
CREATE TABLE imported_files (
    root TEXT NOT NULL,
    path TEXT NOT NULL,
    size INTEGER NOT NULL,
    mtime_ns INTEGER NOT NULL,
    sha1 TEXT NOT NULL,
    source_id TEXT NOT NULL,
    imported TEXT NOT NULL,
    PRIMARY KEY (root, path)
);
CREATE INDEX imported_files_source ON imported_files(source_id)
"""

_V7 = """
CREATE INDEX imported_files_sha1 ON imported_files(sha1)
"""

_V8 = """
ALTER TABLE agenda_items ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE meetings ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE agenda_entries ADD COLUMN revision INTEGER NOT NULL DEFAULT 1;
ALTER TABLE item_versions ADD COLUMN reason TEXT NOT NULL DEFAULT 'saved';
ALTER TABLE item_versions ADD COLUMN author TEXT NOT NULL DEFAULT '';
ALTER TABLE item_versions ADD COLUMN revision INTEGER;
ALTER TABLE item_versions ADD COLUMN changes_json TEXT NOT NULL DEFAULT '[]';
CREATE INDEX agenda_items_modified ON agenda_items(modified DESC, id DESC);
CREATE INDEX agenda_items_body_modified ON agenda_items(organization_id, modified DESC, id DESC);
CREATE INDEX agenda_items_state_modified ON agenda_items(state, modified DESC, id DESC)
"""


_V9 = """
ALTER TABLE agenda_items ADD COLUMN appeal_basis TEXT NOT NULL DEFAULT '';
ALTER TABLE agenda_items ADD COLUMN appeal_law TEXT NOT NULL DEFAULT '';
ALTER TABLE agenda_items ADD COLUMN appeal_reason TEXT NOT NULL DEFAULT '';
ALTER TABLE organizations ADD COLUMN parent_id TEXT NOT NULL DEFAULT ''
"""

_V10 = """
CREATE TABLE privacy_occurrence_dismissals (
    item_id INTEGER NOT NULL REFERENCES agenda_items(id) ON DELETE CASCADE,
    fingerprint TEXT NOT NULL,
    field TEXT NOT NULL,
    start INTEGER NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    created TEXT NOT NULL,
    PRIMARY KEY (item_id, fingerprint, field, start)
)
"""

_V11 = """
ALTER TABLE privacy_occurrence_dismissals ADD COLUMN text TEXT NOT NULL DEFAULT '';
ALTER TABLE privacy_occurrence_dismissals ADD COLUMN before_text TEXT NOT NULL DEFAULT '';
ALTER TABLE privacy_occurrence_dismissals ADD COLUMN after_text TEXT NOT NULL DEFAULT ''
"""

_V12 = """
ALTER TABLE decisions ADD COLUMN source_key TEXT NOT NULL DEFAULT '';
ALTER TABLE decisions ADD COLUMN link TEXT NOT NULL DEFAULT '';
CREATE INDEX decisions_source_key ON decisions(source_key)
"""

_V13 = """
CREATE TABLE sources (
    key TEXT PRIMARY KEY,
    kind TEXT NOT NULL,
    location TEXT NOT NULL,
    options_json TEXT NOT NULL DEFAULT '{}',
    auth_kind TEXT NOT NULL DEFAULT 'none',
    user_name TEXT NOT NULL DEFAULT '',
    enabled INTEGER NOT NULL DEFAULT 1,
    created TEXT NOT NULL,
    modified TEXT NOT NULL
);
CREATE TABLE source_state (
    source_key TEXT PRIMARY KEY REFERENCES sources(key) ON DELETE CASCADE,
    cursor TEXT NOT NULL DEFAULT '',
    resume TEXT NOT NULL DEFAULT '',
    last_success TEXT,
    last_attempt TEXT,
    new_count INTEGER NOT NULL DEFAULT 0,
    changed_count INTEGER NOT NULL DEFAULT 0,
    unchanged_count INTEGER NOT NULL DEFAULT 0,
    pending_count INTEGER NOT NULL DEFAULT 0,
    failed_count INTEGER NOT NULL DEFAULT 0,
    last_error TEXT NOT NULL DEFAULT ''
);
CREATE TABLE source_items (
    source_key TEXT NOT NULL REFERENCES sources(key) ON DELETE CASCADE,
    remote_id TEXT NOT NULL,
    source_id TEXT NOT NULL,
    version TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (source_key, remote_id)
);
CREATE INDEX source_items_decision ON source_items(source_id);
CREATE TABLE source_removals (
    source_key TEXT NOT NULL REFERENCES sources(key) ON DELETE CASCADE,
    remote_id TEXT NOT NULL,
    source_id TEXT NOT NULL,
    proposed TEXT NOT NULL,
    PRIMARY KEY (source_key, remote_id)
);
CREATE TABLE source_validators (
    source_key TEXT NOT NULL REFERENCES sources(key) ON DELETE CASCADE,
    url TEXT NOT NULL,
    etag TEXT NOT NULL DEFAULT '',
    last_modified TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (source_key, url)
)
"""


# The words the overrides held before schema 14, as they were then: the catalog's wording
# of these places may change, what old databases hold does not.
_PLACE_WORDS_BEFORE_14 = {
    "start": "Kokouksen tiedot: Alkamisaika",
    "checkers": "Kokouksen tiedot: Pöytäkirjantarkastajat",
    "checked_on": "Kokouksen tiedot: Tarkastettu",
    "public_view_on": "Kokouksen tiedot: Yleisesti nähtävänä alkaen",
    "court": "Kunnan tiedot: Hallinto-oikeus",
}


def _override_places_as_codes(connection: sqlite3.Connection) -> None:
    """Overrides kept the Finnish words of a place; findings now name it by a code.

    Without this step an override given before the change would no longer match its
    finding, and the minutes would be blocked again for a reason already answered.
    """
    for place, words in _PLACE_WORDS_BEFORE_14.items():
        connection.execute(
            "UPDATE OR IGNORE publish_overrides SET target = ? WHERE target = ?",
            (f"publish.place.{place}", words),
        )
    prefix = "asia "  # an item without a § number: "asia 12"
    for meeting_id, code, target in connection.execute(
        "SELECT meeting_id, code, target FROM publish_overrides WHERE target LIKE ?",
        (prefix + "%",),
    ).fetchall():
        number = target[len(prefix) :]
        if number.isdigit():
            connection.execute(
                "UPDATE OR IGNORE publish_overrides SET target = ? "
                "WHERE meeting_id = ? AND code = ? AND target = ?",
                (f"#{number}", meeting_id, code, target),
            )


MIGRATIONS: list[Migration] = [  # kept sorted by version; gaps are allowed
    Migration(1, "organizations and agenda items", _script(_V1)),
    Migration(2, "item versions; parties, decision date, earlier handling", _script(_V2)),
    Migration(3, "imported earlier decisions", _script(_V3)),
    Migration(4, "files imported from folders, for re-import and prune", _script(_V4)),
    Migration(5, "meetings, participants and agenda entries (§ numbering)", _script(_V5)),
    Migration(6, "personal-data marks, dismissals, publication dates, overrides", _script(_V6)),
    Migration(7, "imported files found by their content", _script(_V7)),
    Migration(8, "revisions for compare-and-swap; versions with reason, author", _script(_V8)),
    Migration(9, "appeal basis, special law and override reason; body above", _script(_V9)),
    Migration(10, "dismissals of one occurrence of a personal-data finding", _script(_V10)),
    Migration(11, "the neighbouring text of a dismissed occurrence", _script(_V11)),
    Migration(12, "where a synced decision came from: source key and link", _script(_V12)),
    Migration(13, "sources, their sync state, items, pending removals, validators", _script(_V13)),
    Migration(14, "overrides name their place by a code", _override_places_as_codes),
]


def latest_version() -> int:
    return MIGRATIONS[-1].version
