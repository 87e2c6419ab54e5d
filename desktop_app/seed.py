"""First start of a workspace: the sample bodies and the sample decisions.

The sample decisions are the project's own writing (``resources/samples``); they make a new
workspace useful at once without shipping anyone's real personal data. They are marked as
samples so that they never stand among the municipality's real decisions: the first real
import removes them (:func:`delete_samples`).
"""

from __future__ import annotations

import dataclasses
import json
import re
import sqlite3
import tomllib
from collections.abc import Iterable, Iterator
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.domain.model import BodyKind, DecisionRecord, Organization
from desktop_app.resources import resource_path
from desktop_app.storage.database import transaction
from desktop_app.storage.decisions import DecisionRepository
from desktop_app.storage.meta import get_meta, set_meta
from desktop_app.storage.organizations import OrganizationRepository

SEED_KEY = "seeded"
#: The ``source`` of a bundled sample decision.
SAMPLE_SOURCE = "esimerkki"
#: Every bundled sample's id starts so; workspaces seeded before samples carried
#: :data:`SAMPLE_SOURCE` (their ``source`` is empty) are recognised by it.
SAMPLE_ID_PREFIX = "esim-"


def sample_organizations() -> tuple[dict[str, str], list[Organization]]:
    with resource_path("samples", "organizations.toml").open("rb") as handle:
        data = tomllib.load(handle)
    names = {
        "fi": str(data["municipality"]),
        "sv": str(data.get("municipality_sv", "")),
        "address": str(data.get("address", "")),
        "own_domains": str(data.get("own_domains", "")),
    }
    organizations = [
        Organization(
            o["id"],
            o["name"],
            BodyKind(o["kind"]),
            short_name=o.get("short_name", ""),
            name_sv=o.get("name_sv", ""),
            parent_id=o.get("parent_id", ""),
        )
        for o in data["organization"]
    ]
    return names, organizations


_FINNISH_DATE = re.compile(r"\s*(\d{1,2})\.(\d{1,2})\.(\d{4})\s*")


def parse_date(value: object) -> date | None:
    """An ISO date (2024-12-31) or a Finnish one (31.12.2024); None for anything else."""
    if not isinstance(value, str) or not value.strip():
        return None
    try:
        return date.fromisoformat(value.strip()[:10])
    except ValueError:
        pass
    found = _FINNISH_DATE.fullmatch(value)
    if found is None:
        return None
    day, month, year = (int(part) for part in found.groups())
    try:
        return date(year, month, day)
    except ValueError:
        return None


def record_from_json(data: dict[str, Any]) -> DecisionRecord:
    """A decision from one JSON Lines object in the shape of the public decision corpora."""
    return DecisionRecord(
        source_id=str(data["id"]),
        title=str(data.get("title") or ""),
        text=str(data.get("text") or ""),
        date=parse_date(data.get("date")),
        body_org=str(data.get("body_org") or ""),
        doc_type=str(data.get("doc_type") or ""),
        classification=str(data.get("classification") or ""),
        case_id=str(data.get("case_id") or ""),
        section=str(data.get("section") or ""),
        appeal=str(data.get("appeal") or ""),
        language=str(data.get("lang") or data.get("language") or "fi"),
        municipality=str(data.get("municipality") or ""),
        source=str(data.get("source") or ""),
    )


def sample_decisions(path: Path | None = None) -> Iterator[DecisionRecord]:
    """The sample decisions, each marked with ``source`` :data:`SAMPLE_SOURCE`."""
    source = path or resource_path("samples", "decisions.jsonl")
    with source.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = record_from_json(json.loads(line))
                yield dataclasses.replace(record, source=record.source or SAMPLE_SOURCE)


_SAMPLES_QUERY = (
    "SELECT source_id FROM decisions WHERE source = ?"
    " OR (source = '' AND substr(source_id, 1, ?) = ?) ORDER BY id"
)


def sample_ids(connection: sqlite3.Connection) -> list[str]:
    """The sample decisions still in the workspace: marked ones, and unmarked ``esim-*``."""
    rows = connection.execute(
        _SAMPLES_QUERY, (SAMPLE_SOURCE, len(SAMPLE_ID_PREFIX), SAMPLE_ID_PREFIX)
    ).fetchall()
    return [str(row[0]) for row in rows]


def delete_samples(connection: sqlite3.Connection, keep: Iterable[str] = ()) -> list[str]:
    """Remove the sample decisions in one transaction; the removed ids (for the index).

    ``keep`` spares decisions that the same import just wrote, should a real file reuse a
    sample's id.
    """
    spared = set(keep)
    with transaction(connection):
        doomed = [source_id for source_id in sample_ids(connection) if source_id not in spared]
        connection.executemany(
            "DELETE FROM decisions WHERE source_id = ?", [(source_id,) for source_id in doomed]
        )
    return doomed


def seed_if_new(connection: sqlite3.Connection) -> bool:
    """Load the samples once per workspace; return True if this call did it."""
    if get_meta(connection, SEED_KEY):
        return False
    names, organizations = sample_organizations()
    repository = OrganizationRepository(connection)
    for organization in organizations:
        repository.save(organization)
    DecisionRepository(connection).upsert_many(sample_decisions())
    set_meta(connection, "municipality", names["fi"])
    set_meta(connection, "municipality_sv", names["sv"])
    set_meta(connection, "address", names["address"])
    set_meta(connection, "privacy.own_domains", names["own_domains"])
    set_meta(connection, SEED_KEY, "1")
    return True
