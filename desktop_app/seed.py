"""First start of a workspace: the sample bodies and the sample decisions.

The sample decisions are the project's own writing (``resources/samples``); they make a new
workspace useful at once without shipping anyone's real personal data.
"""

from __future__ import annotations

import json
import re
import sqlite3
import tomllib
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.domain.model import BodyKind, DecisionRecord, Organization
from desktop_app.resources import resource_path
from desktop_app.storage.decisions import DecisionRepository
from desktop_app.storage.meta import get_meta, set_meta
from desktop_app.storage.organizations import OrganizationRepository

SEED_KEY = "seeded"


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
    source = path or resource_path("samples", "decisions.jsonl")
    with source.open(encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield record_from_json(json.loads(line))


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
