"""Loading what the checks and the publishing export need for one meeting of a workspace."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from desktop_app.meetings.model import MeetingPacket
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.privacy.detect import DetectorSettings
from desktop_app.privacy.marks import MarkRepository, detector_settings
from desktop_app.publishing.checks import ItemContext, check_packet
from desktop_app.publishing.findings import Finding
from desktop_app.publishing.minutes_checks import Purpose
from desktop_app.publishing.schedule import PublicationRepository
from desktop_app.workspace import Workspace


@dataclass
class MeetingReview:
    packet: MeetingPacket
    contexts: dict[int, ItemContext]
    known_names: frozenset[str]
    settings: DetectorSettings
    overrides: dict[tuple[str, str], str]


def load_review(workspace: Workspace, meeting_id: int) -> MeetingReview:
    packet = MeetingRepository(workspace.db).packet(meeting_id)
    marks = MarkRepository(workspace.db)
    contexts: dict[int, ItemContext] = {}
    for entry, item in packet.entries:
        if item.id is None:
            continue
        template = (
            workspace.templates.get(item.template_id)
            if (item.template_id in workspace.templates and not entry.standing)
            else None
        )
        contexts[item.id] = ItemContext(
            marks=marks.marks(item.id),
            dismissed=set(marks.dismissed(item.id)),
            template=template,
            standing=bool(entry.standing),
            record=entry.record,
        )
    names = marks.known_names(item.id for _, item in packet.entries if item.id is not None)
    return MeetingReview(
        packet=packet,
        contexts=contexts,
        known_names=frozenset(names),
        settings=detector_settings(workspace.db),
        overrides=PublicationRepository(workspace.db).overrides(meeting_id),
    )


def review_findings(
    workspace: Workspace,
    review: MeetingReview,
    docx: Path | None = None,
    *,
    purpose: Purpose = Purpose.MINUTES,
) -> list[Finding]:
    """The findings of a loaded review, with the stored overrides applied."""
    return check_packet(
        review.packet,
        review.contexts,
        appeals=workspace.appeals,
        settings=review.settings,
        known_names=review.known_names,
        overrides=review.overrides,
        docx=docx,
        purpose=purpose,
    )


def check_meeting(
    workspace: Workspace,
    meeting_id: int,
    docx: Path | None = None,
    *,
    purpose: Purpose = Purpose.MINUTES,
) -> list[Finding]:
    """Every pre-publish finding of the meeting, with the stored overrides applied."""
    return review_findings(workspace, load_review(workspace, meeting_id), docx, purpose=purpose)
