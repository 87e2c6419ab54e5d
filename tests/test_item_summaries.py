"""The list of drafts reads the secretary's own items, not every meeting's procedural ones."""

from __future__ import annotations

from datetime import datetime

from desktop_app.domain.model import AgendaItem, Meeting
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.storage.item_summaries import ItemSummaryReader
from desktop_app.workspace import Workspace


def test_standing_items_of_meetings_stay_out_of_the_list_of_drafts(workspace: Workspace) -> None:
    own = workspace.items.save(AgendaItem(None, "kh", "kunnanhallitus", title="Oma asia"))
    meetings = MeetingRepository(workspace.db)
    meeting = meetings.create(Meeting(None, "kh", 0, 2026, start=datetime(2026, 3, 2, 17)))
    meetings.add_item(meeting.id or 0, own.id or 0)
    entries = meetings.entries(meeting.id or 0)
    assert any(entry.standing for entry in entries)  # the meeting did get its standing items

    reader = ItemSummaryReader(workspace.db)
    listed = [summary.title for summary in reader.page(None, None, 0, 100)]
    assert "Oma asia" in listed
    standing_ids = {entry.item_id for entry in entries if entry.standing}
    assert not standing_ids & {summary.id for summary in reader.page(None, None, 0, 100)}
    assert reader.count() == len(listed)
