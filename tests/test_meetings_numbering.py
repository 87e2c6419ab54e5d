"""§ numbering: no gap, no duplicate, and a published § never changes — under any sequence."""

from __future__ import annotations

import tempfile
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.domain.model import AgendaItem, ItemState, Meeting
from desktop_app.meetings.errors import MeetingPublished, PublishOutOfOrder
from desktop_app.meetings.numbering import Slot, assign_numbers, publish_blockers
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.workspace import Workspace

# An operation: (kind, meeting index, a, b); indexes are taken modulo what exists.
operations = st.lists(
    st.tuples(
        st.sampled_from(["add", "add", "add", "move", "remove", "publish", "new_meeting"]),
        st.integers(0, 5),
        st.integers(0, 30),
        st.integers(0, 30),
    ),
    max_size=40,
)


@dataclass
class Book:
    """A body's year as the pure rule sees it, with what was published remembered."""

    meetings: list[list[Slot]] = field(default_factory=lambda: [[]])
    published: list[bool] = field(default_factory=lambda: [False])
    next_key: int = 1
    locked_seen: dict[int, int] = field(default_factory=dict)

    def numbers(self) -> dict[int, int]:
        return assign_numbers(self.meetings)

    def apply(self, kind: str, m: int, a: int, b: int) -> None:
        index = m % len(self.meetings)
        slots = self.meetings[index]
        if kind == "new_meeting":
            self.meetings.append([])
            self.published.append(False)
        elif self.published[index]:
            return  # the repository refuses every change to published minutes
        elif kind == "add":
            slots.insert(a % (len(slots) + 1), Slot(self.next_key))
            self.next_key += 1
        elif kind == "move" and slots:
            slot = slots.pop(a % len(slots))
            slots.insert(b % (len(slots) + 1), slot)
        elif kind == "remove" and slots:
            slots.pop(a % len(slots))
        elif kind == "publish":
            if publish_blockers(self.meetings, self.published, index):
                return
            numbers = self.numbers()
            self.meetings[index] = [Slot(s.key, numbers[s.key]) for s in slots]
            self.published[index] = True
            for s in slots:
                self.locked_seen[s.key] = numbers[s.key]


def check_invariants(numbers: dict[int, int], locked_seen: dict[int, int]) -> None:
    values = sorted(numbers.values())
    assert values == list(range(1, len(values) + 1)), "a gap or a duplicate"
    for key, number in locked_seen.items():
        assert numbers[key] == number, "a published § was renumbered"


@given(operations)
def test_rule_keeps_numbers_gapless_unique_and_published_fixed(ops: list) -> None:
    book = Book()
    for op in ops:
        book.apply(*op)
        check_invariants(book.numbers(), book.locked_seen)


def test_publishing_out_of_order_is_refused_by_the_rule() -> None:
    meetings = [[Slot(1)], [Slot(2)]]
    assert publish_blockers(meetings, [False, False], 1) == [0]
    assert publish_blockers(meetings, [True, False], 1) == []
    assert publish_blockers([[], [Slot(2)]], [False, False], 1) == []


def test_numbers_continue_after_the_published_ones() -> None:
    meetings = [[Slot(1, 1), Slot(2, 2)], [Slot(7), Slot(5)]]
    assert assign_numbers(meetings) == {1: 1, 2: 2, 7: 3, 5: 4}


@settings(
    max_examples=15,
    deadline=None,
    suppress_health_check=[HealthCheck.too_slow],
)
@given(operations)
def test_database_agenda_follows_the_rule(ops: list) -> None:
    """The same sequences against SQLite: stored § numbers keep the same promises."""
    with tempfile.TemporaryDirectory() as folder:
        workspace = Workspace.open(Path(folder) / "ws", seed=False)
        try:
            workspace.organizations.save(_body())
            repository = MeetingRepository(workspace.db)
            meetings = [_meeting(repository, 1)]
            locked_seen: dict[int, int] = {}
            for kind, m, a, b in ops:
                meeting_id = meetings[m % len(meetings)]
                entries = repository.entries(meeting_id)
                try:
                    if kind == "new_meeting":
                        meetings.append(_meeting(repository, len(meetings) + 1))
                    elif kind == "add":
                        item = workspace.items.save(
                            AgendaItem(
                                None, "kh", "kunnanhallitus", title="x", state=ItemState.READY
                            )
                        )
                        assert item.id is not None
                        repository.add_item(meeting_id, item.id, a % (len(entries) + 1))
                    elif kind == "move" and entries:
                        entry_id = entries[a % len(entries)].id
                        assert entry_id is not None
                        repository.move_entry(entry_id, b)
                    elif kind == "remove" and entries:
                        entry_id = entries[a % len(entries)].id
                        assert entry_id is not None
                        repository.remove_entry(entry_id)
                    elif kind == "publish":
                        repository.publish_minutes(meeting_id)
                        for entry in repository.entries(meeting_id):
                            assert entry.id is not None and entry.number is not None
                            locked_seen[entry.id] = entry.number
                except (MeetingPublished, PublishOutOfOrder):
                    pass
                numbers = {
                    e.id: e.number
                    for mid in meetings
                    for e in repository.entries(mid)
                    if e.id is not None and e.number is not None
                }
                total = sum(len(repository.entries(mid)) for mid in meetings)
                assert len(numbers) == total, "an entry without a § number"
                check_invariants(numbers, locked_seen)
        finally:
            workspace.close()


def _body():  # type: ignore[no-untyped-def]
    from desktop_app.domain.model import BodyKind, Organization

    return Organization("kh", "Kunnanhallitus", BodyKind.BOARD, "KH")


def _meeting(repository: MeetingRepository, number: int) -> int:
    meeting = repository.create(Meeting(None, "kh", number, 2026), with_standing_items=False)
    assert meeting.id is not None
    return meeting.id


def test_changing_published_minutes_is_refused(workspace_dir: Path) -> None:
    workspace = Workspace.open(workspace_dir)
    try:
        repository = MeetingRepository(workspace.db)
        meeting = repository.create(Meeting(None, "kh", 0, 2026))
        assert meeting.id is not None
        entries = repository.entries(meeting.id)
        repository.publish_minutes(meeting.id)
        first = entries[0].id
        assert first is not None
        with pytest.raises(MeetingPublished):
            repository.move_entry(first, 3)
        with pytest.raises(MeetingPublished):
            repository.remove_entry(first)
        assert [e.number for e in repository.entries(meeting.id)] == [1, 2, 3, 4, 5]
    finally:
        workspace.close()
