"""A board meeting with every kind of decision, a council and an office-holder meeting.

Built through the real repositories on a real workspace, for the appeal tests: each item
says what it is (its basis) and what the body did with it, and ``EXPECTED`` what the rule
table must answer.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime

from desktop_app.domain.model import (
    AgendaItem,
    AppealBasis,
    AppealType,
    ItemState,
    Meeting,
    Section,
)
from desktop_app.meetings.model import (
    DecisionKind,
    EntryDecision,
    Participant,
    ParticipantRole,
    Vote,
    VoteSide,
)
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.settings import load_settings, save_settings
from desktop_app.workspace import Workspace

VOTE = Vote(
    "Hyväksytäänkö esittelijän ehdotus?",
    [VoteSide("JAA", 6), VoteSide("EI", 3)],
    "Esittelijän ehdotus hyväksyttiin äänin 6–3.",
)

# title: (basis, law, decision, route the rules must give)
BOARD_ITEMS: dict[str, tuple[str, str, EntryDecision, AppealType]] = {
    "Hyväksytty asia": ("", "", EntryDecision(DecisionKind.AS_PROPOSED), AppealType.CORRECTION),
    "Muutettu asia": (
        "",
        "",
        EntryDecision(DecisionKind.MODIFIED, "<p>Hyväksyttiin muutettuna.</p>"),
        AppealType.CORRECTION,
    ),
    "Pöydälle pantu asia": ("", "", EntryDecision(DecisionKind.TABLED), AppealType.NONE),
    "Palautettu asia": ("", "", EntryDecision(DecisionKind.RETURNED), AppealType.NONE),
    "Hylätty asia": ("", "", EntryDecision(DecisionKind.REJECTED), AppealType.CORRECTION),
    "Äänestetty asia": (
        "",
        "",
        EntryDecision(DecisionKind.AFTER_VOTE, "<p>Hyväksyttiin äänin 6–3.</p>", votes=[VOTE]),
        AppealType.CORRECTION,
    ),
    "Katuvalojen urakan hankinta": (
        AppealBasis.PROCUREMENT.value,
        "",
        EntryDecision(DecisionKind.AS_PROPOSED),
        AppealType.PROCUREMENT,
    ),
    "Ranta-asemakaavan poikkeamislupa": (
        AppealBasis.SPECIAL_LAW.value,
        "alueidenkayttolaki",
        EntryDecision(DecisionKind.AS_PROPOSED),
        AppealType.ADMINISTRATIVE_APPEAL,
    ),
    "Oikaisuvaatimus kunnanhallituksen päätöksestä": (
        AppealBasis.CORRECTION_REQUEST.value,
        "",
        EntryDecision(DecisionKind.AS_PROPOSED),
        AppealType.MUNICIPAL_APPEAL,
    ),
    "Ilmoitusasiat": (
        AppealBasis.INFORMATIONAL.value,
        "",
        EntryDecision(DecisionKind.AS_PROPOSED),
        AppealType.NONE,
    ),
}


@dataclass
class AppealMeetings:
    board: int
    council: int
    office_holder: int
    items: dict[str, int] = field(default_factory=dict)  # title -> item id
    standing: list[int] = field(default_factory=list)  # item ids of the board's standing items


def _item(workspace: Workspace, body: str, title: str, basis: str = "", law: str = "") -> int:
    item = workspace.items.save(
        AgendaItem(
            None,
            body,
            "kunnanhallitus",
            title=title,
            state=ItemState.READY,
            appeal_type=AppealType.CORRECTION,  # what the template gave before the decision
            appeal_basis=basis,
            appeal_law=law,
            sections={Section.PROPOSAL: "<p>Päätetään hyväksyä.</p>"},
        )
    )
    assert item.id is not None
    return item.id


def build(workspace: Workspace) -> AppealMeetings:
    settings = load_settings(workspace.db)
    settings.administrative_court = "vaasa"
    save_settings(workspace.db, settings)
    office_holder = workspace.organizations.get("kunnanjohtaja")
    assert office_holder is not None
    office_holder.parent_id = "kh"
    workspace.organizations.save(office_holder)
    repository = MeetingRepository(workspace.db)
    people = [
        Participant("Aino Puheenjohtaja", ParticipantRole.CHAIR),
        Participant("Sami Sihteeri", ParticipantRole.SECRETARY),
        Participant("Jaana Jäsen", ParticipantRole.MEMBER, departure="klo 19.10, § 8 aikana"),
    ]
    start = datetime(2026, 3, 2, 18)
    board = repository.create(Meeting(None, "kh", 0, 2026, start=start), people)
    council = repository.create(
        Meeting(None, "kv", 0, 2026, start=start), people, with_standing_items=False
    )
    own = repository.create(
        Meeting(None, "kunnanjohtaja", 0, 2026, start=start), [], with_standing_items=False
    )
    assert board.id is not None and council.id is not None and own.id is not None
    built = AppealMeetings(board.id, council.id, own.id)
    records: dict[int, EntryDecision] = {}
    for title, (basis, law, record, _) in BOARD_ITEMS.items():
        built.items[title] = _item(workspace, "kh", title, basis, law)
        repository.add_item(board.id, built.items[title])
        records[built.items[title]] = record
    built.items["Valtuuston päätös"] = _item(workspace, "kv", "Valtuuston päätös")
    repository.add_item(council.id, built.items["Valtuuston päätös"])
    built.items["Viranhaltijan päätös"] = _item(workspace, "kunnanjohtaja", "Viranhaltijan päätös")
    repository.add_item(own.id, built.items["Viranhaltijan päätös"])
    for meeting_id in (board.id, council.id, own.id):
        for entry in repository.entries(meeting_id):
            assert entry.id is not None
            if entry.standing:
                built.standing.append(entry.item_id)
            record = records.get(entry.item_id, EntryDecision(DecisionKind.AS_PROPOSED))
            repository.record_decision(entry.id, record)
    return built
