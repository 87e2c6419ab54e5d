"""Every write is a compare-and-swap: a stale copy never silently wins, in-process or not."""

from __future__ import annotations

import copy
import json
import subprocess
import sys
import textwrap
import time
from datetime import datetime
from pathlib import Path

import pytest

from desktop_app.autosave import AutosaveWriter, Conflict, Saved
from desktop_app.domain.changes import changed_fields, merge_items
from desktop_app.domain.model import AgendaItem, ItemState, Meeting, Section, VersionReason
from desktop_app.errors import EntryConflict, ItemConflict, MeetingConflict
from desktop_app.meetings.model import DecisionKind, EntryDecision
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.messages import describe
from desktop_app.storage import database
from desktop_app.storage.items import ItemRepository
from desktop_app.workspace import Workspace
from tests.processes import HOLD_WRITE_LOCK

REPO = Path(__file__).resolve().parent.parent


def _new_item(workspace: Workspace, title: str = "Tontin myynti Åminnen") -> AgendaItem:
    return workspace.items.save(
        AgendaItem(
            None,
            "kh",
            "kunnanhallitus",
            title=title,
            state=ItemState.READY,
            sections={
                Section.DESCRIPTION: "<p>Yhtiö on pyytänyt tonttia.</p>",
                Section.PROPOSAL: "<p>Kunnanhallitus päättää myydä tontin.</p>",
            },
        ),
        version=VersionReason.CREATED,
    )


def test_a_stale_copy_is_refused_and_nothing_is_written(workspace: Workspace) -> None:
    item = _new_item(workspace)
    assert item.revision == 1
    window_a = workspace.items.get(item.id or 0)
    window_b = workspace.items.get(item.id or 0)
    window_a.title = "A:n otsikko"
    workspace.items.save(window_a, version=None)
    assert window_a.revision == 2
    window_b.parties = "B:n asianosaiset"
    with pytest.raises(ItemConflict) as raised:
        workspace.items.save(window_b, version=None)
    assert raised.value.params == {"item_id": item.id, "expected": 1, "found": 2}
    assert window_b.revision == 1  # the refused copy is untouched
    stored = workspace.items.get(item.id or 0)
    assert (stored.title, stored.parties, stored.revision) == ("A:n otsikko", "", 2)
    assert "muutettu toisaalla" in describe(raised.value)


def test_autosave_writes_no_version_and_a_saved_version_says_what_changed(
    workspace: Workspace,
) -> None:
    item = _new_item(workspace)
    for number in range(5):
        item.title = f"Otsikko {number}"
        workspace.items.save(item, version=None)
    assert len(workspace.items.versions(item.id or 0)) == 1
    item.sections[Section.PROPOSAL] = "<p>Kunnanhallitus päättää vuokrata tontin.</p>"
    workspace.items.save(item, version=VersionReason.SAVED, author="sihteeri")
    newest = workspace.items.versions(item.id or 0)[0]
    assert newest.reason is VersionReason.SAVED
    assert newest.author == "sihteeri"
    assert newest.changes == ("title", "section:paatosehdotus")
    # keeping the stored state again adds nothing: it is the newest version already
    assert workspace.items.keep_version(item.id or 0, VersionReason.PAUSE) is None


def test_merge_takes_what_only_one_side_changed_and_reports_the_rest() -> None:
    base = AgendaItem(1, "kh", "kunnanhallitus", title="Otsikko", revision=3)
    base.sections[Section.DESCRIPTION] = "<p>Alku</p>"
    mine = copy.deepcopy(base)
    mine.sections[Section.DESCRIPTION] = "<p>Alku ja oma lisäys</p>"
    theirs = copy.deepcopy(base)
    theirs.revision = 4
    theirs.state = ItemState.DECIDED
    theirs.sections[Section.DECISION] = "<p>Hyväksyttiin.</p>"
    merged = merge_items(base, mine, theirs)
    assert merged.clean
    assert merged.item.revision == 4
    assert merged.item.state is ItemState.DECIDED
    assert merged.item.sections[Section.DECISION] == "<p>Hyväksyttiin.</p>"
    assert merged.item.sections[Section.DESCRIPTION] == "<p>Alku ja oma lisäys</p>"
    assert merged.theirs_applied == ["state", "section:paatos"]

    theirs.title = "Toinen otsikko"
    mine.title = "Oma otsikko"
    assert merge_items(base, mine, theirs).conflicts == ["title"]
    mine.title = "Toinen otsikko"  # the same change on both sides is no conflict
    assert merge_items(base, mine, theirs).clean
    assert changed_fields(base, theirs) == ["title", "state", "section:paatos"]


def _meeting_with(workspace: Workspace, item: AgendaItem) -> tuple[MeetingRepository, int, int]:
    meetings = MeetingRepository(workspace.db)
    meeting = meetings.create(
        Meeting(None, "kh", 0, 2026, start=datetime(2026, 12, 3, 17)), with_standing_items=False
    )
    assert meeting.id is not None and item.id is not None
    entry = meetings.add_item(meeting.id, item.id)
    assert entry.id is not None
    return meetings, meeting.id, entry.id


def test_recording_a_decision_bumps_the_item_and_refuses_a_stale_entry(
    workspace: Workspace,
) -> None:
    item = _new_item(workspace)
    held = workspace.items.get(item.id or 0)  # what a window holds
    meetings, _, entry_id = _meeting_with(workspace, item)
    assert workspace.items.get(item.id or 0).revision > held.revision  # on the agenda
    entry = meetings.entry(entry_id)
    record = EntryDecision(DecisionKind.AS_PROPOSED)
    decided = meetings.record_decision(entry_id, record, expected_revision=entry.revision)
    assert decided.state is ItemState.DECIDED
    assert decided.revision > held.revision
    reasons = [v.reason for v in workspace.items.versions(item.id or 0)]
    assert reasons[:2] == [VersionReason.DECIDED, VersionReason.AGENDA]
    with pytest.raises(EntryConflict):  # a second dialog opened on the old record
        meetings.record_decision(entry_id, record, expected_revision=entry.revision)
    held.title = "Vanha kopio"
    with pytest.raises(ItemConflict):  # the window's stale copy cannot undo the decision
        workspace.items.save(held, version=None)
    assert workspace.items.get(item.id or 0).state is ItemState.DECIDED


def test_meeting_details_are_a_compare_and_swap_too(workspace: Workspace) -> None:
    meetings = MeetingRepository(workspace.db)
    meeting = meetings.create(Meeting(None, "kh", 0, 2026), with_standing_items=False)
    assert meeting.id is not None
    a, b = meetings.get(meeting.id), meetings.get(meeting.id)
    a.place = "Valtuustosali"
    meetings.update(a)
    b.place = "Kunnantalo"
    with pytest.raises(MeetingConflict):
        meetings.update(b)
    assert meetings.get(meeting.id).place == "Valtuustosali"
    with pytest.raises(MeetingConflict):
        meetings.set_participants(meeting.id, [], expected_revision=b.revision)


def _writer(workspace: Workspace) -> tuple[AutosaveWriter, list[Saved], list[Conflict]]:
    saved: list[Saved] = []
    conflicts: list[Conflict] = []
    writer = AutosaveWriter(workspace.connect, on_saved=saved.append, on_conflict=conflicts.append)
    return writer, saved, conflicts


def test_autosave_merges_another_writers_fields_and_asks_only_on_a_real_conflict(
    workspace: Workspace,
) -> None:
    item = _new_item(workspace)
    base = workspace.items.get(item.id or 0)
    writer, saved, conflicts = _writer(workspace)
    try:
        other = workspace.items.get(item.id or 0)
        other.sections[Section.DECISION] = "<p>Hyväksyttiin.</p>"
        workspace.items.save(other, version=None)

        mine = copy.deepcopy(base)
        mine.sections[Section.DESCRIPTION] = "<p>Oma lisäys.</p>"
        writer.submit(mine, base)
        assert writer.flush()
        assert not conflicts and saved[-1].theirs_applied == ["section:paatos"]
        stored = workspace.items.get(item.id or 0)
        assert stored.sections[Section.DECISION] == "<p>Hyväksyttiin.</p>"
        assert stored.sections[Section.DESCRIPTION] == "<p>Oma lisäys.</p>"

        # the same field changed on both sides: nothing is written, the user is asked
        other = workspace.items.get(item.id or 0)
        other.title = "Toisen otsikko"
        workspace.items.save(other, version=None)
        mine = copy.deepcopy(saved[-1].item)
        mine.title = "Oma otsikko"
        writer.submit(mine, saved[-1].item)
        assert writer.flush()
        assert conflicts and conflicts[-1].fields == ["title"]
        assert workspace.items.get(item.id or 0).title == "Toisen otsikko"
    finally:
        writer.close()


def test_successive_autosaves_of_one_item_do_not_conflict_with_each_other(
    workspace: Workspace,
) -> None:
    """Snapshots queued before the previous write returned carry its old revision."""
    item = _new_item(workspace)
    base = workspace.items.get(item.id or 0)
    writer, _, conflicts = _writer(workspace)
    try:
        for number in range(30):
            snapshot = copy.deepcopy(base)  # the window's copy: revision as loaded
            snapshot.title = f"Otsikko {number}"
            writer.submit(snapshot, base)
        assert writer.flush()
    finally:
        writer.close()
    assert not conflicts
    assert workspace.items.get(item.id or 0).title == "Otsikko 29"


_OTHER_PROCESS = textwrap.dedent(
    """
    import json, sys
    from desktop_app.errors import ItemConflict
    from desktop_app.workspace import Workspace
    workspace = Workspace.open(sys.argv[1], seed=False)
    item = workspace.items.get(int(sys.argv[2]))
    item.revision = int(sys.argv[3])  # the revision this process read earlier
    item.title = sys.argv[4]
    try:
        workspace.items.save(item, version=None)
        print(json.dumps({"saved": item.revision}))
    except ItemConflict as error:
        print(json.dumps({"conflict": error.params}))
    workspace.close()
    """
)


def test_two_processes_saving_one_item_the_stale_one_gets_the_conflict(
    workspace: Workspace, workspace_dir: Path
) -> None:
    item = _new_item(workspace)
    read_revision = item.revision

    def other(title: str) -> dict[str, object]:
        done = subprocess.run(
            [
                sys.executable,
                "-c",
                _OTHER_PROCESS,
                str(workspace_dir),
                str(item.id),
                str(read_revision),
                title,
            ],
            cwd=REPO,
            capture_output=True,
            text=True,
            timeout=60,
            check=True,
        )
        return dict(json.loads(done.stdout))

    assert other("Prosessi A") == {"saved": read_revision + 1}
    answer = other("Prosessi B")  # B read the same revision as A, before A saved
    assert answer == {
        "conflict": {"item_id": item.id, "expected": read_revision, "found": read_revision + 1}
    }
    fresh = ItemRepository(workspace.connect()).get(item.id or 0)
    assert fresh.title == "Prosessi A"


def test_an_empty_section_is_no_change() -> None:
    """The editor writes every section of its template, the empty ones as ''."""
    before = AgendaItem(1, "kh", "kunnanhallitus", title="Otsikko")
    after = copy.deepcopy(before)
    after.sections[Section.DECISION] = ""
    assert changed_fields(before, after) == []
    after.sections[Section.DECISION] = "<p>Hyväksyttiin.</p>"
    assert changed_fields(before, after) == ["section:paatos"]


def test_a_snapshot_queued_before_a_merge_came_back_merges_again_without_a_conflict(
    workspace: Workspace,
) -> None:
    """The user's own later text is never shown to them as another writer's."""
    item = _new_item(workspace)
    base = workspace.items.get(item.id or 0)
    writer, saved, conflicts = _writer(workspace)
    try:
        first = copy.deepcopy(base)
        first.sections[Section.DESCRIPTION] = "<p>Kunta</p>"
        writer.submit(first, base)
        assert writer.flush()
        known = copy.deepcopy(saved[-1].item)  # what the window learns
        other = workspace.items.get(item.id or 0)
        other.dno = "KH/1/2026"
        workspace.items.save(other, version=None)
        second = copy.deepcopy(known)
        second.sections[Section.DESCRIPTION] = "<p>Kunta järjestää</p>"
        writer.submit(second, known)
        assert writer.flush() and saved[-1].theirs_applied == ["dno"]
        # typed before the merged result reached the window: the old revision and base
        third = copy.deepcopy(known)
        third.sections[Section.DESCRIPTION] = "<p>Kunta järjestää kuljetukset</p>"
        writer.submit(third, known)
        assert writer.flush()
    finally:
        writer.close()
    assert conflicts == []
    stored = workspace.items.get(item.id or 0)
    assert stored.sections[Section.DESCRIPTION] == "<p>Kunta järjestää kuljetukset</p>"
    assert stored.dno == "KH/1/2026"


def test_a_failed_write_is_kept_and_written_when_the_database_takes_it_again(
    workspace: Workspace, workspace_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """The writer, not the editor, holds the text until it is stored."""
    # SQLite's busy wait made short (5 s in the app): how long a write waits before it fails
    # does not change that the failed write is kept and written once the lock is gone
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 300)
    item = _new_item(workspace)
    base = workspace.items.get(item.id or 0)
    failures: list[object] = []
    saved: list[Saved] = []
    writer = AutosaveWriter(
        workspace.connect,
        on_saved=saved.append,
        on_failed=lambda _id, error: failures.append(error),
        retry_seconds=0.2,
    )
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_WRITE_LOCK, str(workspace_dir / "paatospaja.sqlite3")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        mine = copy.deepcopy(base)
        mine.title = "Kirjoitettu, kun tietokanta oli varattu"
        writer.submit(mine, base)
        assert not writer.flush(timeout=20)  # tried once: busy; kept for the retry
        assert failures and not writer.is_settled(item.id or 0)
        assert writer.unwritten(item.id or 0) is not None
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=30)
        assert holder.stdout is not None
        holder.stdout.close()
    deadline = time.monotonic() + 30
    while not writer.is_settled(item.id or 0) and time.monotonic() < deadline:
        time.sleep(0.1)
    writer.close()
    assert workspace.items.get(item.id or 0).title == "Kirjoitettu, kun tietokanta oli varattu"
