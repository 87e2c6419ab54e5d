"""The Open Decision API records of one meeting's publishing version.

Everything printed comes from the *redacted* packet (``publishing.export.redacted_packet``,
the very copy the web DOCX is built from); the original packet is read only for what the
redaction keeps out of sight but the records must still say: that an attachment exists and
is not public. The vocabulary follows the specification (``paatos.swagger.yaml``):

* the meeting is an ``event``, each § an ``action`` with its ``resolution``; a formality
  such as the quorum is an action without a case, as the specification allows;
* the Dno is the ``case``'s ``register_id``: a case followed across meetings keeps one
  record; an item without a Dno is a case of its own;
* the texts are ``content`` of the types the specification names: ``presentation`` (the
  description and the reasons), ``proposal``, ``decision`` and ``proceedings``;
* attachments are metadata only: the name of a public one; a non-public one says only that
  it is not public (and the secrecy ground of a secret §).

Within an action the contents and attachments are embedded, as the specification's
``action`` has them; their own lists name the action they belong to.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Any

from desktop_app.domain.model import AgendaItem, BodyKind, Section
from desktop_app.domain.richtext import html_to_text
from desktop_app.export.labels import labels
from desktop_app.meetings.model import AgendaEntry, DecisionKind, MeetingPacket
from desktop_app.opendata.hypertext import restricted_html
from desktop_app.opendata.ids import (
    compact_register_id,
    data_source,
    resource_url,
    stable_id,
)
from desktop_app.opendata.schema import is_date_time
from desktop_app.privacy.redact import is_secret

Record = dict[str, Any]

CONTENT_TYPES: dict[Section, str] = {
    Section.DESCRIPTION: "presentation",
    Section.REASONS: "presentation",
    Section.PROPOSAL: "proposal",
    Section.DECISION: "decision",
    Section.HANDLING: "proceedings",
}

RESOLUTIONS: dict[DecisionKind, str] = {
    DecisionKind.AS_PROPOSED: "PASSED",
    DecisionKind.MODIFIED: "PASSED_MODIFIED",
    DecisionKind.AFTER_VOTE: "PASSED_VOTED",
    DecisionKind.TABLED: "TABLED",
    DecisionKind.RETURNED: "RETURNED",
    DecisionKind.REJECTED: "REJECTED",
}
"""The resolution codes of the open data the cities already publish (Helsinki's Ahjo)."""

CLASSIFICATIONS: dict[BodyKind, str] = {
    BodyKind.COUNCIL: "council",
    BodyKind.BOARD: "board",
    BodyKind.COMMITTEE: "committee",
    BodyKind.SUBCOMMITTEE: "subcommittee",
    BodyKind.OFFICE_HOLDER: "office_holder",
}

DEFAULT_BASE_URL = "/v1"
"""Where the records' urls point: the specification's base path, relative to the API's host."""

_TIMESTAMPS = ("created_at", "modified_at")


@dataclass
class Stamps:
    """``created_at`` and ``modified_at`` that change only when the record does.

    An API that pulls by ``modified_at`` must not see the whole meeting change because it was
    exported again: a record equal to the one exported before (``previous``, by resource and
    origin id) keeps its times; a changed one is modified ``now``; a new one is created now.
    """

    now: str
    previous: Mapping[tuple[str, str], Record] = field(default_factory=dict)

    def apply(self, resource: str, record: Record) -> Record:
        before = self.previous.get((resource, str(record["origin_id"])))
        created = _time(before, "created_at") or self.now
        modified = _time(before, "modified_at")
        stamped = dict(record)
        stamped["created_at"] = created
        if before is not None and modified and _without_times(before) == _without_times(record):
            stamped["modified_at"] = modified
        else:
            stamped["modified_at"] = self.now
        return stamped


def _time(record: Mapping[str, Any] | None, key: str) -> str:
    """A time of an earlier export, when it is one: a hand-edited file cannot block an export."""
    value = record.get(key) if record is not None else None
    return value if isinstance(value, str) and is_date_time(value) else ""


def _without_times(record: Mapping[str, Any]) -> dict[str, Any]:
    return {key: value for key, value in record.items() if key not in _TIMESTAMPS}


def _embedded(record: Record) -> Record:
    """A content or attachment inside its action: the link back to the action is implied."""
    return {key: value for key, value in record.items() if key != "action"}


@dataclass
class _Builder:
    original: MeetingPacket
    public: MeetingPacket
    stamps: Stamps
    base_url: str
    source: str = ""
    objects: dict[str, list[Record]] = field(default_factory=dict)
    # actions are stamped last: their case is known only when every § has been seen
    _pending_actions: list[Record] = field(default_factory=list)

    def __post_init__(self) -> None:
        self.source = data_source(self.public.municipality)
        for resource in ("organization", "event", "case", "action", "content", "attachment"):
            self.objects[resource] = []

    def identity(self, resource: str, origin_id: str) -> Record:
        identifier = stable_id(resource, origin_id)
        return {
            "url": resource_url(self.base_url, resource, identifier),
            "id": identifier,
            "data_source": self.source,
            "origin_id": origin_id,
        }

    def add(self, resource: str, record: Record) -> Record:
        stamped = self.stamps.apply(resource, record)
        self.objects[resource].append(stamped)
        return stamped

    # --- the meeting and its body ---------------------------------------------------------
    def build(self) -> dict[str, list[Record]]:
        meeting = self.public.meeting
        organization = self.public.organization
        org_name = (
            organization.name_sv
            if meeting.language == "sv" and organization.name_sv
            else organization.name
        )
        org = self.identity("organization", organization.id)
        event_origin = f"{organization.id}/{meeting.year}/{meeting.number}"
        event = self.identity("event", event_origin)
        cases: dict[str, Record] = {}
        actions: list[str] = []
        originals = [item for _, item in self.original.entries]
        for ordering, ((entry, item), original) in enumerate(
            zip(self.public.entries, originals, strict=True), start=1
        ):
            action = self.action(entry, item, original, ordering, event_origin, event["url"])
            actions.append(action["url"])
            if entry.standing:
                continue
            case = self.case_of(item, event_origin, cases)
            action["case"] = case["url"]
            case["actions"].append(action["url"])
            case["attachments"] += action["attachments"]
        for case in cases.values():
            self.add("case", case)
        for action in self._pending_actions:
            self.add("action", action)
        start = meeting.start.date().isoformat() if meeting.start else None
        end = (meeting.end or meeting.start).date().isoformat() if meeting.start else None
        event_record: Record = {
            **event,
            "actions": actions,
            "name": f"{org_name} {meeting.number}/{meeting.year}",
            "organization": org["url"],
        }
        if start and end:
            event_record |= {"start_date": start, "end_date": end}
        self.add("event", event_record)
        self.add(
            "organization",
            {
                **org,
                "events": [event["url"]],
                "classification": CLASSIFICATIONS.get(organization.kind, organization.kind.value),
                "name": org_name,
            },
        )
        return self.objects

    def case_of(self, item: AgendaItem, event_origin: str, cases: dict[str, Record]) -> Record:
        register_id = compact_register_id(item.dno)
        origin = register_id or f"{event_origin}/asia/{item.id}"
        if origin not in cases:
            cases[origin] = {
                **self.identity("case", origin),
                "actions": [],
                "title": item.title,
                "attachments": [],
            }
            if register_id:
                cases[origin]["register_id"] = register_id
        return cases[origin]

    # --- one § ------------------------------------------------------------------------------
    def action(
        self,
        entry: AgendaEntry,
        item: AgendaItem,
        original: AgendaItem,
        ordering: int,
        event_origin: str,
        event_url: str,
    ) -> Record:
        suffix = f"§{entry.number}" if entry.number is not None else f"kohta{ordering}"
        origin = f"{event_origin}/{suffix}"
        action = self.identity("action", origin)
        contents = [_embedded(c) for c in self.contents(item, origin, action["url"])]
        attachments = [
            _embedded(a) for a in self.attachments(item, original, origin, action["url"])
        ]
        record: Record = {
            **action,
            "title": item.title,
            "ordering": ordering,
            "event": event_url,
            "contents": contents,
            "attachments": attachments,
        }
        if entry.number is not None:
            record["article_number"] = str(entry.number)
        if entry.record is not None:
            record["resolution"] = RESOLUTIONS[entry.record.kind]
        self._pending_actions.append(record)
        return record

    def contents(self, item: AgendaItem, action_origin: str, action_url: str) -> list[Record]:
        titles = labels(item.language or self.public.meeting.language)
        made: list[Record] = []
        for section in Section:
            markup = item.section(section)
            if not html_to_text(markup).strip():
                continue
            made.append(
                self.add(
                    "content",
                    {
                        "data_source": self.source,
                        "origin_id": f"{action_origin}/{section.value}",
                        "ordering": len(made) + 1,
                        "title": titles.get(section.value, section.value),
                        "type": CONTENT_TYPES[section],
                        "hypertext": restricted_html(markup),
                        "action": action_url,
                    },
                )
            )
        return made

    def attachments(
        self, item: AgendaItem, original: AgendaItem, action_origin: str, action_url: str
    ) -> list[Record]:
        """Every attachment of the original: named when public, only counted when not.

        The redacted item lists the public attachments only, in their order, with their
        names redacted; a secret § publishes none of its attachments.
        """
        secret = is_secret(original)
        names = iter(attachment.name for attachment in item.attachments)
        made: list[Record] = []
        for number, attachment in enumerate(original.attachments, start=1):
            public = attachment.public and not secret
            record: Record = {
                "data_source": self.source,
                "origin_id": f"{action_origin}/liite/{number}",
                "public": public,
                "action": action_url,
            }
            if public:
                record["name"] = next(names, "")
            elif secret and item.secrecy_ground.strip():
                record["confidentiality_reason"] = item.secrecy_ground
            made.append(self.add("attachment", record))
        return made


def build_records(
    original: MeetingPacket,
    public: MeetingPacket,
    stamps: Stamps,
    *,
    base_url: str = DEFAULT_BASE_URL,
) -> dict[str, list[Record]]:
    """The records of the meeting by resource type, each stamped; ``public`` is redacted."""
    return _Builder(original, public, stamps, base_url).build()
