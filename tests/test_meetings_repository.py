"""Meetings in a real workspace: standing items, agenda order, recording, publishing."""

from __future__ import annotations

import sqlite3
from datetime import date, datetime
from pathlib import Path

import pytest

from desktop_app.domain.model import (
    AgendaItem,
    AppealType,
    Disqualification,
    ItemState,
    Meeting,
    Section,
)
from desktop_app.meetings.errors import (
    ItemAlreadyOnAgenda,
    ItemOfAnotherBody,
    MeetingNumberTaken,
    PublishOutOfOrder,
    RecordInvalid,
)
from desktop_app.meetings.model import (
    AttendanceChange,
    DecisionKind,
    EntryDecision,
    Participant,
    ParticipantRole,
    Vote,
    VoteSide,
)
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.messages import describe
from desktop_app.storage.database import connect, schema_version, upgrade
from desktop_app.workspace import Workspace


def _item(workspace: Workspace, title: str, body: str = "kh") -> int:
    item = workspace.items.save(
        AgendaItem(
            None,
            body,
            "kunnanhallitus",
            title=title,
            state=ItemState.READY,
            sections={Section.PROPOSAL: "<p>Kunnanhallitus päättää hyväksyä.</p>"},
        )
    )
    assert item.id is not None
    return item.id


def _titles(workspace: Workspace, repository: MeetingRepository, meeting_id: int) -> list[str]:
    return [
        f"{e.number} {workspace.items.get(e.item_id).title}" for e in repository.entries(meeting_id)
    ]


def test_new_meeting_gets_the_standing_items_and_items_go_before_the_closing_ones(
    workspace: Workspace,
) -> None:
    repository = MeetingRepository(workspace.db)
    meeting = repository.create(
        Meeting(None, "kh", 0, 2026, start=datetime(2026, 3, 2, 18)),
        [Participant("Aino Esimerkki", ParticipantRole.CHAIR)],
    )
    assert meeting.id is not None and meeting.number == 1
    item_id = _item(workspace, "Talousarvio")
    repository.add_item(meeting.id, item_id)
    assert _titles(workspace, repository, meeting.id) == [
        "1 Kokouksen avaus",
        "2 Kokouksen laillisuus ja päätösvaltaisuus",
        "3 Pöytäkirjantarkastajien valinta",
        "4 Työjärjestyksen hyväksyminen",
        "5 Talousarvio",
        "6 Ilmoitusasiat",
    ]
    standing = workspace.items.get(repository.entries(meeting.id)[1].item_id)
    assert standing.appeal_type is AppealType.NONE
    assert "Kunnanhallitus toteaa" in standing.section(Section.PROPOSAL)
    assert workspace.items.get(item_id).state is ItemState.ON_AGENDA
    assert repository.participants(meeting.id)[0].role is ParticipantRole.CHAIR


def test_moving_and_removing_renumber_the_agenda(workspace: Workspace) -> None:
    repository = MeetingRepository(workspace.db)
    meeting = repository.create(Meeting(None, "kh", 0, 2026), with_standing_items=False)
    assert meeting.id is not None
    ids = [_item(workspace, name) for name in ("A", "B", "C")]
    entries = [repository.add_item(meeting.id, item_id) for item_id in ids]
    assert entries[2].id is not None and entries[0].id is not None
    repository.move_entry(entries[2].id, 0)
    assert _titles(workspace, repository, meeting.id) == ["1 C", "2 A", "3 B"]
    repository.remove_entry(entries[0].id)
    assert _titles(workspace, repository, meeting.id) == ["1 C", "2 B"]
    assert workspace.items.get(ids[0]).state is ItemState.READY
    with pytest.raises(ItemAlreadyOnAgenda):
        repository.add_item(meeting.id, ids[1])
    other = workspace.items.save(AgendaItem(None, "tela", "kunnanhallitus", title="T"))
    with pytest.raises(ItemOfAnotherBody) as refused:
        repository.add_item(meeting.id, other.id or 0)
    assert "toimielimelle tela" in describe(refused.value, "fi")


def test_numbers_run_per_body_per_year_and_publishing_goes_in_order(
    workspace: Workspace,
) -> None:
    repository = MeetingRepository(workspace.db)
    first = repository.create(Meeting(None, "kh", 0, 2026), with_standing_items=False)
    second = repository.create(Meeting(None, "kh", 0, 2026), with_standing_items=False)
    other_body = repository.create(Meeting(None, "tela", 0, 2026), with_standing_items=False)
    next_year = repository.create(Meeting(None, "kh", 0, 2027), with_standing_items=False)
    assert first.id and second.id and other_body.id and next_year.id
    assert (second.number, other_body.number, next_year.number) == (2, 1, 1)
    for meeting_id, name in ((first.id, "A"), (second.id, "B"), (first.id, "A2")):
        repository.add_item(meeting_id, _item(workspace, name))
    repository.add_item(other_body.id, _item(workspace, "T", "tela"))
    repository.add_item(next_year.id, _item(workspace, "N"))
    assert _titles(workspace, repository, first.id) == ["1 A", "2 A2"]
    assert _titles(workspace, repository, second.id) == ["3 B"]
    assert _titles(workspace, repository, other_body.id) == ["1 T"]
    assert _titles(workspace, repository, next_year.id) == ["1 N"]
    with pytest.raises(PublishOutOfOrder) as refused:
        repository.publish_minutes(second.id)
    assert "1/2026" in describe(refused.value, "fi")
    repository.publish_minutes(first.id)
    repository.publish_minutes(second.id)
    with pytest.raises(MeetingNumberTaken):
        repository.create(Meeting(None, "kh", 2, 2026))


def test_recording_a_vote_and_a_disqualification_decides_the_item(workspace: Workspace) -> None:
    repository = MeetingRepository(workspace.db)
    meeting = repository.create(
        Meeting(None, "kh", 0, 2026, start=datetime(2026, 3, 2, 18)), with_standing_items=False
    )
    assert meeting.id is not None
    entry = repository.add_item(meeting.id, _item(workspace, "Tontin myynti"))
    assert entry.id is not None
    record = EntryDecision(
        DecisionKind.AFTER_VOTE,
        text="<p>Kunnanhallitus päätti äänin 5–2 hyväksyä ehdotuksen.</p>",
        handling="<p>Matti Testinen ehdotti asian hylkäämistä.</p>",
        votes=[
            Vote(
                "Esittelijän ehdotus (JAA) vai Testisen ehdotus (EI)",
                [VoteSide("JAA", 5), VoteSide("EI", 2, ["Matti Testinen", "Pekka Malli"])],
                "Esittelijän ehdotus voitti.",
            )
        ],
        disqualifications=[Disqualification("Liisa Kokeilu", "HL 28 § 1 mom 1 k")],
        attendance=[AttendanceChange("Liisa Kokeilu", False, "18.40")],
    )
    item = repository.record_decision(entry.id, record)
    assert item.state is ItemState.DECIDED
    assert item.decision_date == date(2026, 3, 2)
    assert "äänin 5–2" in item.section(Section.DECISION)
    handling = item.section(Section.HANDLING)
    for expected in ("Testinen ehdotti", "HL 28 § 1 mom 1 k", "poistui", "Pekka Malli", "<th>"):
        assert expected in handling
    assert workspace.items.get(item.id or 0).disqualifications[0].person == "Liisa Kokeilu"
    stored = repository.entry(entry.id).record
    assert stored is not None and stored.votes[0].sides[1].names == [
        "Matti Testinen",
        "Pekka Malli",
    ]


def test_records_that_cannot_be_stated_are_refused_with_a_reason(workspace: Workspace) -> None:
    repository = MeetingRepository(workspace.db)
    meeting = repository.create(Meeting(None, "kh", 0, 2026), with_standing_items=False)
    assert meeting.id is not None
    item_id = _item(workspace, "A")
    entry = repository.add_item(meeting.id, item_id)
    assert entry.id is not None
    bad = [
        EntryDecision(DecisionKind.AFTER_VOTE, text="<p>x</p>"),
        EntryDecision(DecisionKind.MODIFIED),
        EntryDecision(
            DecisionKind.AFTER_VOTE, text="x", votes=[Vote("q", [VoteSide("JAA", 3, ["A"])])]
        ),
        EntryDecision(DecisionKind.AS_PROPOSED, disqualifications=[Disqualification("A", "")]),
    ]
    for record in bad:
        with pytest.raises(RecordInvalid) as refused:
            repository.record_decision(entry.id, record)
        assert describe(refused.value, "fi").startswith("Päätöstä ei voi kirjata:")
    assert workspace.items.get(item_id).state is ItemState.ON_AGENDA
    item = repository.record_decision(entry.id, EntryDecision(DecisionKind.TABLED))
    assert item.section(Section.DECISION) == "<p>Asia pantiin pöydälle.</p>"


def test_upgrading_a_version_3_database_keeps_its_data(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite3"
    connection = connect(path, migrate=False)
    upgrade(connection, to_version=3)
    connection.execute(
        "INSERT INTO organizations (id, name, kind) VALUES ('kh', 'Kunnanhallitus', 'hallitus')"
    )
    connection.execute(
        "INSERT INTO agenda_items (organization_id, template_id, title, appeal_type, created,"
        " modified) VALUES ('kh', 'kunnanhallitus', 'Vanha asia', 'oikaisuvaatimus',"
        " '2026-01-05T10:00:00', '2026-01-05T10:00:00')"
    )
    connection.close()
    upgraded = connect(path)
    try:
        assert schema_version(upgraded) >= 5
        assert upgraded.execute("SELECT title FROM agenda_items").fetchone()[0] == "Vanha asia"
        repository = MeetingRepository(upgraded)
        meeting = repository.create(Meeting(None, "kh", 0, 2026), with_standing_items=False)
        assert meeting.id is not None
        assert repository.add_item(meeting.id, 1).number == 1
        with pytest.raises(sqlite3.IntegrityError):
            upgraded.execute("DELETE FROM agenda_items WHERE id = 1")
    finally:
        upgraded.close()


def test_deleting_a_meeting_frees_its_items_and_renumbers_the_later_one(
    workspace: Workspace,
) -> None:
    repository = MeetingRepository(workspace.db)
    first = repository.create(Meeting(None, "kh", 0, 2026), with_standing_items=False)
    second = repository.create(Meeting(None, "kh", 0, 2026), with_standing_items=False)
    assert first.id and second.id
    item_id = _item(workspace, "A")
    repository.add_item(first.id, item_id)
    repository.add_item(second.id, _item(workspace, "B"))
    assert _titles(workspace, repository, second.id) == ["2 B"]
    repository.delete(first.id)
    assert _titles(workspace, repository, second.id) == ["1 B"]
    assert workspace.items.get(item_id).state is ItemState.READY
