"""What a meeting holds besides the items themselves: people, agenda entries, decisions."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field

from desktop_app.appeal.courts import Court
from desktop_app.domain.model import AgendaItem, Disqualification, Meeting, Organization
from desktop_app.meetings.wording import disqualification_grounds


class ParticipantRole(enum.StrEnum):
    CHAIR = "puheenjohtaja"
    MEMBER = "jäsen"
    DEPUTY = "varajäsen"
    SECRETARY = "sihteeri"
    PRESENTER = "esittelijä"
    OTHER = "muu"

    @property
    def is_member(self) -> bool:
        """Members vote and count for the quorum; the others are "muut läsnäolijat"."""
        return self in (ParticipantRole.CHAIR, ParticipantRole.MEMBER, ParticipantRole.DEPUTY)


@dataclass
class Participant:
    name: str
    role: ParticipantRole = ParticipantRole.MEMBER
    title: str = ""
    present: bool = True
    arrival: str = ""  # e.g. "klo 18.20, § 5 aikana"
    departure: str = ""


class DecisionKind(enum.StrEnum):
    AS_PROPOSED = "hyvaksyttiin"
    MODIFIED = "muutettuna"
    TABLED = "poydalle"
    RETURNED = "palautettiin"
    REJECTED = "hylattiin"
    AFTER_VOTE = "aanestys"


@dataclass
class VoteSide:
    label: str  # e.g. "JAA (esittelijän ehdotus)"
    count: int = 0
    names: list[str] = field(default_factory=list)


@dataclass
class Vote:
    question: str
    sides: list[VoteSide] = field(default_factory=list)
    result: str = ""


@dataclass
class AttendanceChange:
    person: str
    arrived: bool  # False = left the meeting
    time: str = ""


@dataclass
class EntryDecision:
    """What the body did with one entry; recorded after (or during) the meeting."""

    kind: DecisionKind
    text: str = ""  # HTML; empty with AS_PROPOSED means "as the proposal says"
    handling: str = ""  # HTML: counter-proposals and other notes
    votes: list[Vote] = field(default_factory=list)
    disqualifications: list[Disqualification] = field(default_factory=list)
    attendance: list[AttendanceChange] = field(default_factory=list)


@dataclass
class AgendaEntry:
    id: int | None
    meeting_id: int
    item_id: int
    position: int
    number: int | None = None
    standing: str = ""  # key of the standing item it was made from, if any
    record: EntryDecision | None = None
    locked: bool = False  # the meeting's minutes are published
    revision: int = 0  # bumped when its decision record is written (compare-and-swap)


@dataclass
class MeetingPacket:
    """Everything an export needs, loaded at once; the publishing version passes redacted items."""

    meeting: Meeting
    organization: Organization
    participants: list[Participant]
    entries: list[tuple[AgendaEntry, AgendaItem]]
    municipality: str = ""
    address: str = ""  # where appeals are sent: the registry's contact details
    # The municipality's administrative court (settings) and the Market Court: named with
    # their addresses in the appeal instructions instead of "Hallinto-oikeus".
    court: Court | None = None
    market_court: Court | None = None
    # Who decides on a request for correction: the body by name, for an office-holder the
    # body above (Kuntalaki 134 §), in the meeting's language.
    correction_authority: str = ""


# Hallintolaki 28 § 1 momentti: the grounds, as Finnish minutes cite them (the wording and the
# Swedish one live in resources/house_style/meeting_wording.toml, see meetings.wording).
DISQUALIFICATION_GROUNDS: dict[str, str] = disqualification_grounds("fi")
