"""What the sync tests share: small decisions as JSON Lines, a fast fetcher, the archive."""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable
from pathlib import Path
from typing import Any

from desktop_app.sources.config import SourceConfig
from desktop_app.sources.http import HttpSettings
from desktop_app.sources.manage import Sources
from desktop_app.sources.secret_store import MemorySecrets
from desktop_app.sources.sync import SyncInputs, SyncReport, run
from desktop_app.tasks import TaskState

#: Patient enough for a loaded test machine, quick to give up on a scripted fault.
FAST = HttpSettings(timeout=5.0, min_interval=0.0, retries=2, backoff=0.01, max_retry_wait=2.0)


def decision(number: int, **changes: Any) -> dict[str, Any]:
    data: dict[str, Any] = {
        "id": f"d{number}",
        "title": f"Päätös {number}: katuvalaistuksen uusiminen alueella {number}",
        "text": f"Kunnanhallitus päätti hyväksyä hankkeen {number}. Perusteluina energiansäästö.",
        "date": "2024-03-05",
        "body_org": "Kunnanhallitus",
        "doc_type": "pöytäkirja",
        "url": f"https://paatokset.example.fi/d{number}",
    }
    data.update(changes)
    return data


def jsonl(records: Iterable[dict[str, Any]]) -> str:
    return "".join(json.dumps(record, ensure_ascii=False) + "\n" for record in records)


def sync(
    db_path: Path,
    *keys: str,
    secrets: MemorySecrets | None = None,
    http: HttpSettings = FAST,
    full: bool = False,
) -> SyncReport:
    inputs = SyncInputs(
        db_path, tuple(keys), secrets=secrets or MemorySecrets(), http=http, full=full
    )
    return run(inputs, TaskState())


def add_source(
    db_path: Path,
    key: str,
    kind: str,
    location: str,
    secrets: MemorySecrets | None = None,
    secret: str | None = None,
    **settings: Any,
) -> Sources:
    sources = Sources(db_path, secrets or MemorySecrets())
    sources.add(SourceConfig(key=key, kind=kind, location=location, **settings), secret)
    return sources


def archive(db_path: Path) -> dict[str, str]:
    """Every decision of the archive: source id -> content hash."""
    connection = sqlite3.connect(db_path)
    try:
        rows = connection.execute("SELECT source_id, content_hash FROM decisions").fetchall()
    finally:
        connection.close()
    return {str(row[0]): str(row[1]) for row in rows}


def from_source(db_path: Path, key: str) -> dict[str, tuple[str, str]]:
    """The source's decisions: source id -> (title, link)."""
    connection = sqlite3.connect(db_path)
    try:
        rows = connection.execute(
            "SELECT source_id, title, link FROM decisions WHERE source_key = ?", (key,)
        ).fetchall()
    finally:
        connection.close()
    return {str(row[0]): (str(row[1]), str(row[2])) for row in rows}
