"""Every field that can reach a document is redacted or kept on purpose, with the reason."""

from __future__ import annotations

import dataclasses

import pytest

from desktop_app.domain.model import (
    AgendaItem,
    Attachment,
    Disqualification,
    Meeting,
    Organization,
    Person,
)
from desktop_app.meetings.model import (
    AgendaEntry,
    AttendanceChange,
    DecisionKind,
    EntryDecision,
    MeetingPacket,
    Participant,
    Vote,
    VoteSide,
)
from desktop_app.privacy.redact import (
    KEPT_FIELDS,
    PERSONAL_MARK,
    REDACTED_FIELDS,
    RedactionPolicy,
    redact_meeting,
    redact_person,
)
from desktop_app.publishing.meeting_redaction import redact_participant, redact_record

PRINTED_CLASSES = [
    AgendaItem, Attachment, Person, Disqualification, Meeting, Organization, MeetingPacket,
    Participant, AgendaEntry, EntryDecision, Vote, VoteSide, AttendanceChange,
]  # fmt: skip


def _all_fields() -> list[str]:
    return [f"{c.__name__}.{f.name}" for c in PRINTED_CLASSES for f in dataclasses.fields(c)]


@pytest.mark.parametrize("name", _all_fields())
def test_each_field_is_either_redacted_or_kept_with_a_reason(name: str) -> None:
    redacted, kept = name in REDACTED_FIELDS, name in KEPT_FIELDS
    assert redacted != kept, f"{name}: add it to REDACTED_FIELDS or KEPT_FIELDS in redact.py"
    reason = REDACTED_FIELDS.get(name) or KEPT_FIELDS.get(name, "")
    assert len(reason.split()) >= 2


def test_the_tables_name_no_field_that_does_not_exist() -> None:
    assert set(REDACTED_FIELDS) | set(KEPT_FIELDS) <= set(_all_fields())


def test_the_fields_the_issue_names_are_redacted() -> None:
    for name in ("AgendaItem.title", "AgendaItem.dno", "AgendaItem.task_class",
                 "AgendaItem.earlier_handling", "AgendaItem.for_information",
                 "Attachment.name", "Meeting.place", "Participant.arrival",
                 "Participant.departure", "EntryDecision.text",
                 "EntryDecision.handling"):  # fmt: skip
        assert name in REDACTED_FIELDS


def test_meeting_participants_and_records_are_redacted_but_names_of_members_stay() -> None:
    policy = RedactionPolicy(known_names=frozenset({"Matti Meikäläinen"}))
    removed = PERSONAL_MARK["fi"]
    place = "Meikäläisen kotona, Kotikatu 5, puh. 040 765 4321"
    meeting = Meeting(1, "kh", 1, 2026, place=place)
    assert redact_meeting(meeting, policy).place == f"{removed} kotona, {removed}, puh. {removed}"
    assert meeting.place.startswith("Meikäläisen")  # the original is untouched
    member = Participant("Liisa Kokeilu", arrival="klo 18.20 (hetu 131052-308T)")
    redacted = redact_participant(member, policy)
    assert (redacted.name, redacted.arrival) == ("Liisa Kokeilu", f"klo 18.20 (hetu {removed})")
    record = EntryDecision(
        kind=DecisionKind.AFTER_VOTE,
        text="<p>Tili FI21 1234 5600 0007 85 hyväksyttiin.</p>",
        votes=[Vote("Matin ehdotus", [VoteSide("JAA", 4, ["Liisa Kokeilu"])], "Matille 4 ääntä")],
        attendance=[AttendanceChange("Liisa Kokeilu", True, "klo 18.20")],
    )
    out = redact_record(record, policy)
    assert "FI21" not in out.text and removed in out.text
    assert out.votes[0].question == f"{removed} ehdotus"
    assert out.votes[0].result == f"{removed} 4 ääntä"
    assert out.votes[0].sides[0].names == ["Liisa Kokeilu"]
    assert out.attendance[0].person == "Liisa Kokeilu"


def test_an_officials_field_keeps_the_name_and_loses_a_code() -> None:
    person = redact_person(
        Person("Olli Sihteeri 131052-308T", "hallintojohtaja", "040 123 4567", "o@x.fi"),
        RedactionPolicy(),
    )
    assert person == Person(
        f"Olli Sihteeri {PERSONAL_MARK['fi']}", "hallintojohtaja", "040 123 4567", "o@x.fi"
    )
