"""Exports as worker tasks: ``run(request, state)`` reads on its own connection, builds, saves.

Everything is built in memory first and written in one atomic replace at the end, so a
cancelled, failed or crashed export leaves the target exactly as it was, and it only reads
the database, so the items are untouched whatever happens.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from pathlib import Path

from docx.document import Document

from desktop_app.domain.model import ItemState
from desktop_app.errors import ItemNotFound
from desktop_app.export.documents import (
    ExportOptions,
    build_agenda_document,
    build_excerpt_document,
    build_item_document,
    build_minutes_document,
)
from desktop_app.export.house_style import open_house_style
from desktop_app.export.writer import save_document
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.settings import load_settings
from desktop_app.tasks import TaskState
from desktop_app.workspace import Workspace


class ExportKind(enum.StrEnum):
    ITEM = "item"
    AGENDA = "agenda"
    MINUTES = "minutes"


@dataclass(frozen=True)
class ExportRequest:
    workspace: Path
    kind: ExportKind
    object_id: int  # an item id for ITEM, a meeting id otherwise
    target: Path
    house_style: Path | None = None
    logo: Path | None = None
    include_nonpublic_attachments: bool = True


def build(request: ExportRequest, workspace: Workspace, state: TaskState) -> Document:
    """The document the request asks for, built from ``workspace``; nothing is written."""
    settings = load_settings(workspace.db)
    house_style = request.house_style or settings.house_style_path
    options = ExportOptions(
        house_style=house_style,
        logo=request.logo or settings.logo_path,
        attachments_root=workspace.root,
        include_nonpublic_attachments=request.include_nonpublic_attachments,
        appeals=workspace.appeals,
    )
    if house_style is not None:
        open_house_style(house_style)  # refuse a bad style before any other work
    meetings = MeetingRepository(workspace.db)

    def progress(done: int, total: int, message: str) -> None:
        state.check()
        state.progress(done, total, message)

    if request.kind is ExportKind.ITEM:
        item = workspace.items.get(request.object_id)
        organization = workspace.organizations.get(item.organization_id)
        if organization is None:
            raise ItemNotFound(item_id=request.object_id)
        entry = meetings.entry_of_item(request.object_id)
        meeting = meetings.get(entry.meeting_id) if entry else None
        progress(0, 1, item.title)
        if entry is not None and item.state is ItemState.DECIDED:
            # A decided § goes out as a pöytäkirjanote: certified, with its own appeal.
            packet = meetings.packet(entry.meeting_id)
            document = build_excerpt_document(packet, entry, item, options)
            progress(1, 1, item.title)
            return document
        document = build_item_document(
            item,
            organization,
            workspace.municipality,
            options,
            number=entry.number if entry else None,
            meeting=meeting,
        )
        progress(1, 1, item.title)
        return document
    packet = meetings.packet(request.object_id)
    if request.kind is ExportKind.AGENDA:
        return build_agenda_document(packet, options, progress)
    return build_minutes_document(packet, options, progress)


def run(request: ExportRequest, state: TaskState) -> Path:
    """Export and save; returns the written path. Raises typed errors with user sentences.

    The export reads through a read-only SQLite connection of its own, closed at the end:
    it never creates, locks or touches the database file outside SQLite.
    """
    workspace = Workspace.open_reader(request.workspace)
    try:
        document = build(request, workspace, state)
    finally:
        workspace.close()
    state.check()
    save_document(document, request.target)
    return request.target
