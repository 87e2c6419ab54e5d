"""Entities of municipal decision-making.

The names follow OParl 1.1 (Organization, Person, Meeting, AgendaItem) and add what Finnish
law asks of a decision document: Dno and task class, appeal type, disqualifications with
their ground (Hallintolaki 28 §), secrecy ground (JulkL 621/1999) and the public flag.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from datetime import date, datetime


class BodyKind(enum.StrEnum):
    COUNCIL = "valtuusto"
    BOARD = "hallitus"
    COMMITTEE = "lautakunta"
    SUBCOMMITTEE = "jaosto"
    OFFICE_HOLDER = "viranhaltija"


class ItemState(enum.StrEnum):
    """The life of an agenda item, in the order it normally moves."""

    DRAFT = "luonnos"
    READY = "valmis"
    ON_AGENDA = "esityslistalla"
    DECIDED = "paatetty"

    @property
    def order(self) -> int:
        return list(ItemState).index(self)


class AppealType(enum.StrEnum):
    CORRECTION = "oikaisuvaatimus"
    MUNICIPAL_APPEAL = "kunnallisvalitus"
    ADMINISTRATIVE_APPEAL = "hallintovalitus"
    # Hankintaoikaisu (Hankintalaki 1397/2016 132 §) and valitus markkinaoikeuteen (146 §):
    # one instruction, because a procurement decision always carries both.
    PROCUREMENT = "hankinta"
    NONE = "ei_muutoksenhakua"


class AppealBasis(enum.StrEnum):
    """What kind of decision an item is, as far as the appeal rules need to know.

    Stored as its value on the item (``AgendaItem.appeal_basis``); the rule table in
    ``resources/appeal/rules.toml`` matches on these values.
    """

    ORDINARY = ""
    PROCUREMENT = "procurement"
    SPECIAL_LAW = "special_law"
    CORRECTION_REQUEST = "correction_request"  # a decision on an oikaisuvaatimus
    PREPARATORY = "preparatory"  # only prepares or executes (KuntaL 136 §)
    INFORMATIONAL = "informational"


class Section(enum.StrEnum):
    """The rich-text parts of an item, in the order they stand in the document."""

    DESCRIPTION = "selostus"
    REASONS = "perustelut"
    PROPOSAL = "paatosehdotus"
    DECISION = "paatos"
    HANDLING = "kasittely"


@dataclass
class Organization:
    """A decision-making body (toimielin) or an office-holder (viranhaltija)."""

    id: str
    name: str
    kind: BodyKind
    short_name: str = ""
    name_sv: str = ""
    # The body above an office-holder: it decides on a request for correction (KuntaL 134 §).
    parent_id: str = ""


@dataclass
class Person:
    name: str
    title: str = ""
    phone: str = ""
    email: str = ""

    def is_empty(self) -> bool:
        return not (self.name or self.title or self.phone or self.email)


@dataclass
class Disqualification:
    """A member who was disqualified, and why (Hallintolaki 28 § ground)."""

    person: str
    ground: str


@dataclass
class Attachment:
    name: str
    path: str = ""
    public: bool = True


@dataclass
class Meeting:
    id: int | None
    organization_id: str
    number: int
    year: int
    start: datetime | None = None
    end: datetime | None = None
    place: str = ""
    language: str = "fi"
    # When the minutes were published: from then on the meeting's § numbers are locked.
    published: datetime | None = None
    checkers: list[str] = field(default_factory=list)
    checked_on: date | None = None
    public_view_on: date | None = None
    # Bumped by every write; a write names the revision it started from (compare-and-swap).
    revision: int = 0


@dataclass
class AgendaItem:
    """An agenda item (asia): what the preparer drafts and the body decides."""

    id: int | None
    organization_id: str
    template_id: str
    title: str = ""
    dno: str = ""
    task_class: str = ""
    language: str = "fi"
    state: ItemState = ItemState.DRAFT
    preparer: Person = field(default_factory=lambda: Person(""))
    contact: Person = field(default_factory=lambda: Person(""))
    presenter: str = ""
    parties: str = ""
    decision_date: date | None = None
    earlier_handling: str = ""
    sections: dict[Section, str] = field(default_factory=dict)
    attachments: list[Attachment] = field(default_factory=list)
    for_information: str = ""
    appeal_type: AppealType = AppealType.CORRECTION
    # What the decision is, for the appeal rules: an ``AppealBasis`` value.
    appeal_basis: str = ""
    # The special law that allows hallintovalitus: an id from ``resources/appeal/laws.toml``.
    appeal_law: str = ""
    # Why the route differs from the rules' answer, or the ground of "no appeal".
    appeal_reason: str = ""
    disqualifications: list[Disqualification] = field(default_factory=list)
    secrecy_ground: str = ""
    public: bool = True
    created: datetime | None = None
    modified: datetime | None = None
    # Bumped by every write; a save names the revision it started from (compare-and-swap).
    revision: int = 0

    def section(self, key: Section) -> str:
        return self.sections.get(key, "")


@dataclass
class DecisionRecord:
    """An earlier decision brought in from outside; the ``source_id`` is kept as it was."""

    source_id: str
    title: str
    text: str
    date: date | None = None
    body_org: str = ""
    doc_type: str = ""
    classification: str = ""
    case_id: str = ""
    section: str = ""
    appeal: str = ""
    language: str = "fi"
    municipality: str = ""
    source: str = ""
    content_hash: str = ""
    id: int | None = None


class VersionReason(enum.StrEnum):
    """Why a version was kept: the history lists moments worth returning to, not keystrokes."""

    CREATED = "created"
    SAVED = "saved"  # the user saved (Ctrl+S) or closed the item
    PAUSE = "pause"  # typing paused after a while of changes
    STATE = "state"
    AGENDA = "agenda"
    DECIDED = "decided"
    RESTORED = "restored"
    MERGED = "merged"  # another writer's changes were combined with the user's


@dataclass(frozen=True)
class ItemVersion:
    item_id: int
    number: int
    saved_at: datetime
    title: str
    reason: VersionReason = VersionReason.SAVED
    author: str = ""
    changes: tuple[str, ...] = ()
