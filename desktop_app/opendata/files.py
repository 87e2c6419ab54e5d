"""The six list files in a folder: read back for their times, written all or none.

Each file is written through ``atomic.atomic_writer`` (a temporary file beside it, flushed,
then one atomic replace), and the six writers are all opened and filled before the first
replace: a failure while any file is prepared (a full disk, a refusal) replaces none of them,
and a kill leaves every file whole, either as it was or as new.
"""

from __future__ import annotations

import contextlib
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from desktop_app.atomic import atomic_writer
from desktop_app.opendata.schema import RESOURCES


def file_name(resource: str) -> str:
    return f"{resource}.json"


def list_document(objects: list[dict[str, Any]]) -> dict[str, Any]:
    """A list response of the API: every record on one page."""
    return {
        "meta": {"total_count": len(objects), "offset": 0, "limit": len(objects)},
        "objects": objects,
    }


def encode(document: Mapping[str, Any]) -> bytes:
    return (json.dumps(document, ensure_ascii=False, indent=2) + "\n").encode("utf-8")


def previous_records(folder: Path) -> dict[tuple[str, str], dict[str, Any]]:
    """The records an earlier export left in ``folder``, by resource and origin id.

    A file that is missing or not ours (not JSON, another shape) is as if absent: its
    records are then simply new.
    """
    found: dict[tuple[str, str], dict[str, Any]] = {}
    for resource in RESOURCES:
        try:
            document = json.loads((folder / file_name(resource)).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            continue
        objects = document.get("objects") if isinstance(document, dict) else None
        for record in objects if isinstance(objects, list) else []:
            if isinstance(record, dict) and isinstance(record.get("origin_id"), str):
                found[(resource, record["origin_id"])] = record
    return found


def write_documents(folder: Path, documents: Mapping[str, Mapping[str, Any]]) -> list[Path]:
    """Write every document; the replaces come only after all are written and flushed."""
    targets = [folder / file_name(resource) for resource in documents]
    with contextlib.ExitStack() as stack:
        for target, document in zip(targets, documents.values(), strict=True):
            handle = stack.enter_context(atomic_writer(target))
            handle.write(encode(document))
    return targets
