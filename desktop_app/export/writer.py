"""Saving a built document: whole or not at all, and a way out when Word holds the target."""

from __future__ import annotations

from pathlib import Path

from docx.document import Document

from desktop_app.atomic import write_with
from desktop_app.errors import TargetLocked
from desktop_app.export.errors import ExportTargetLocked


def free_name(target: Path) -> Path:
    """The first "name (2).docx", "name (3).docx", … that does not exist yet."""
    for number in range(2, 1000):
        candidate = target.with_name(f"{target.stem} ({number}){target.suffix}")
        if not candidate.exists():
            return candidate
    return target.with_name(f"{target.stem} (uusi){target.suffix}")


def save_document(document: Document, target: Path) -> None:
    """Write ``document`` atomically; a locked target names a free name to use instead."""
    target = Path(target)
    try:
        write_with(target, document.save)
    except TargetLocked as error:
        suggestion = free_name(target)
        raise ExportTargetLocked(
            error.detail, path=str(target), suggestion=str(suggestion.name)
        ) from error
