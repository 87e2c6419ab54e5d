"""Meetings in SQLite: the meeting, its participants and its agenda entries.

Every change to an agenda renumbers the body's year inside the same transaction, through the
pure rule in :mod:`desktop_app.meetings.numbering`, so the stored § numbers are always the
rule's answer and never half-updated.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from datetime import UTC, date, datetime

from desktop_app.appeal.authority import correction_authority
from desktop_app.appeal.courts import load_courts
from desktop_app.appeal.rules import derive_route, settle_route
from desktop_app.domain.model import (
    AgendaItem,
    BodyKind,
    ItemState,
    Meeting,
    Section,
    VersionReason,
)
from desktop_app.errors import EntryConflict, MeetingConflict
from desktop_app.meetings.codec import record_from_json, record_to_json
from desktop_app.meetings.errors import (
    EntryNotFound,
    ItemAlreadyOnAgenda,
    ItemOfAnotherBody,
    MeetingNotFound,
    MeetingNumberTaken,
    MeetingPublished,
    PublishOutOfOrder,
)
from desktop_app.meetings.model import (
    AgendaEntry,
    EntryDecision,
    MeetingPacket,
    Participant,
    ParticipantRole,
)
from desktop_app.meetings.numbering import Slot, assign_numbers, publish_blockers
from desktop_app.meetings.recording import decision_html, handling_html, validate
from desktop_app.meetings.standing import make_item, standing_items
from desktop_app.settings import load_settings
from desktop_app.storage.database import now_iso, transaction
from desktop_app.storage.items import ItemRepository
from desktop_app.storage.meta import get_meta
from desktop_app.storage.organizations import OrganizationRepository


def _dt(value: str | None) -> datetime | None:
    return datetime.fromisoformat(value) if value else None


def _d(value: str | None) -> date | None:
    return date.fromisoformat(value) if value else None


def _meeting_from_row(row: sqlite3.Row) -> Meeting:
    return Meeting(
        id=row["id"],
        organization_id=row["organization_id"],
        number=row["number"],
        year=row["year"],
        start=_dt(row["start_time"]),
        end=_dt(row["end_time"]),
        place=row["place"],
        language=row["language"],
        published=_dt(row["published"]),
        checkers=list(json.loads(row["checkers_json"])),
        checked_on=_d(row["checked_on"]),
        public_view_on=_d(row["public_view_on"]),
        revision=row["revision"],
    )


class MeetingRepository:
    def __init__(self, connection: sqlite3.Connection) -> None:
        self._db = connection

    # --- meetings --------------------------------------------------------
    def create(
        self,
        meeting: Meeting,
        participants: list[Participant] | None = None,
        *,
        with_standing_items: bool = True,
    ) -> Meeting:
        """Store a new meeting (number 0 = next free number of the body's year)."""
        if meeting.number <= 0:
            meeting.number = int(
                self._db.execute(
                    "SELECT COALESCE(MAX(number), 0) + 1 FROM meetings"
                    " WHERE organization_id = ? AND year = ?",
                    (meeting.organization_id, meeting.year),
                ).fetchone()[0]
            )
        standing: list[tuple[str, bool, AgendaItem]] = []
        if with_standing_items:
            values = self._template_values(meeting)
            for entry in standing_items():
                item = make_item(entry, meeting.organization_id, meeting.language, values)
                standing.append((entry.key, entry.at_end, item))
        try:
            with transaction(self._db):
                cursor = self._db.execute(
                    "INSERT INTO meetings (organization_id, number, year, start_time, end_time,"
                    " place, language, checkers_json, checked_on, public_view_on, created)"
                    " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (
                        meeting.organization_id,
                        meeting.number,
                        meeting.year,
                        *self._mutable_values(meeting),
                        now_iso(),
                    ),
                )
                meeting.id = int(cursor.lastrowid or 0)
                self._write_participants(meeting.id, participants or [])
        except sqlite3.IntegrityError as error:
            raise MeetingNumberTaken(
                str(error), number=meeting.number, year=meeting.year
            ) from error
        items = ItemRepository(self._db)
        for key, at_end, item in standing:
            items.save(item)
            assert item.id is not None
            self._add(
                meeting.id, item.id, None if at_end else self._standing_start_end(meeting.id), key
            )
        return meeting

    def _template_values(self, meeting: Meeting) -> dict[str, object]:
        organization = OrganizationRepository(self._db).get(meeting.organization_id)
        body = organization.name if organization else meeting.organization_id
        if organization and meeting.language == "sv" and organization.name_sv:
            body = organization.name_sv
        return {
            "body": body,
            "municipality": get_meta(self._db, "municipality"),
            "year": meeting.year,
            "meeting_date": meeting.start.strftime("%d.%m.%Y") if meeting.start else "",
        }

    @staticmethod
    def _mutable_values(meeting: Meeting) -> tuple[object, ...]:
        return (
            meeting.start.isoformat() if meeting.start else None,
            meeting.end.isoformat() if meeting.end else None,
            meeting.place,
            meeting.language,
            json.dumps(meeting.checkers, ensure_ascii=False),
            meeting.checked_on.isoformat() if meeting.checked_on else None,
            meeting.public_view_on.isoformat() if meeting.public_view_on else None,
        )

    def update(self, meeting: Meeting) -> None:
        """Save time, place, language, checkers and dates (not the number or the body).

        A compare-and-swap on ``meeting.revision``: details edited from a stale copy are
        refused with ``MeetingConflict``, never written over another writer's.
        """
        with transaction(self._db):
            cursor = self._db.execute(
                "UPDATE meetings SET start_time = ?, end_time = ?, place = ?, language = ?,"
                " checkers_json = ?, checked_on = ?, public_view_on = ?,"
                " revision = revision + 1 WHERE id = ? AND revision = ?",
                (*self._mutable_values(meeting), meeting.id, meeting.revision),
            )
            if cursor.rowcount == 0:
                self._refuse_stale_meeting(meeting.id, meeting.revision)
        meeting.revision += 1

    def _refuse_stale_meeting(self, meeting_id: int | None, expected: int) -> None:
        row = self._db.execute(
            "SELECT revision FROM meetings WHERE id = ?", (meeting_id,)
        ).fetchone()
        if row is None:
            raise MeetingNotFound(meeting_id=meeting_id)
        raise MeetingConflict(meeting_id=meeting_id, expected=expected, found=int(row[0]))

    def get(self, meeting_id: int) -> Meeting:
        row = self._db.execute("SELECT * FROM meetings WHERE id = ?", (meeting_id,)).fetchone()
        if row is None:
            raise MeetingNotFound(meeting_id=meeting_id)
        return _meeting_from_row(row)

    def all(self, organization_id: str | None = None, year: int | None = None) -> list[Meeting]:
        query, params = "SELECT * FROM meetings WHERE 1 = 1", list[object]()
        if organization_id:
            query += " AND organization_id = ?"
            params.append(organization_id)
        if year:
            query += " AND year = ?"
            params.append(year)
        query += " ORDER BY year, organization_id, number, id"
        return [_meeting_from_row(row) for row in self._db.execute(query, params)]

    def delete(self, meeting_id: int) -> None:
        """Remove an unpublished meeting; its items go back to "valmis" and stay."""
        meeting = self.get(meeting_id)
        self._refuse_if_published(meeting)
        item_ids = [entry.item_id for entry in self.entries(meeting_id)]
        with transaction(self._db):
            self._db.execute("DELETE FROM agenda_entries WHERE meeting_id = ?", (meeting_id,))
            self._db.execute("DELETE FROM meetings WHERE id = ?", (meeting_id,))
            self._db.executemany(
                "UPDATE agenda_items SET state = ?, revision = revision + 1"
                " WHERE id = ? AND state = ?",
                [(ItemState.READY.value, i, ItemState.ON_AGENDA.value) for i in item_ids],
            )
            self._renumber(meeting)

    # --- participants ----------------------------------------------------
    def set_participants(
        self,
        meeting_id: int,
        participants: list[Participant],
        *,
        expected_revision: int | None = None,
    ) -> int:
        """Replace the list of people; returns the meeting's new revision.

        With ``expected_revision`` the write is refused (``MeetingConflict``) when the
        meeting was changed since that revision was read.
        """
        with transaction(self._db):
            if expected_revision is None:
                cursor = self._db.execute(
                    "UPDATE meetings SET revision = revision + 1 WHERE id = ?", (meeting_id,)
                )
            else:
                cursor = self._db.execute(
                    "UPDATE meetings SET revision = revision + 1 WHERE id = ? AND revision = ?",
                    (meeting_id, expected_revision),
                )
            if cursor.rowcount == 0:
                self._refuse_stale_meeting(meeting_id, expected_revision or 0)
            self._write_participants(meeting_id, participants)
            return int(
                self._db.execute(
                    "SELECT revision FROM meetings WHERE id = ?", (meeting_id,)
                ).fetchone()[0]
            )

    def _write_participants(self, meeting_id: int, participants: list[Participant]) -> None:
        self._db.execute("DELETE FROM meeting_participants WHERE meeting_id = ?", (meeting_id,))
        self._db.executemany(
            "INSERT INTO meeting_participants (meeting_id, position, name, role, title, present,"
            " arrival, departure) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
            [
                (
                    meeting_id,
                    index,
                    p.name,
                    p.role.value,
                    p.title,
                    int(p.present),
                    p.arrival,
                    p.departure,
                )
                for index, p in enumerate(participants)
            ],
        )

    def participants(self, meeting_id: int) -> list[Participant]:
        rows = self._db.execute(
            "SELECT * FROM meeting_participants WHERE meeting_id = ? ORDER BY position",
            (meeting_id,),
        )
        return [
            Participant(
                row["name"],
                ParticipantRole(row["role"]),
                row["title"],
                bool(row["present"]),
                row["arrival"],
                row["departure"],
            )
            for row in rows
        ]

    # --- agenda entries --------------------------------------------------
    def entries(self, meeting_id: int) -> list[AgendaEntry]:
        rows = self._db.execute(
            "SELECT e.*, m.published FROM agenda_entries e JOIN meetings m ON m.id = e.meeting_id"
            " WHERE e.meeting_id = ? ORDER BY e.position",
            (meeting_id,),
        )
        return [self._entry_from_row(row) for row in rows]

    def entry(self, entry_id: int) -> AgendaEntry:
        row = self._db.execute(
            "SELECT e.*, m.published FROM agenda_entries e JOIN meetings m ON m.id = e.meeting_id"
            " WHERE e.id = ?",
            (entry_id,),
        ).fetchone()
        if row is None:
            raise EntryNotFound(entry_id=entry_id)
        return self._entry_from_row(row)

    @staticmethod
    def _entry_from_row(row: sqlite3.Row) -> AgendaEntry:
        return AgendaEntry(
            id=row["id"],
            meeting_id=row["meeting_id"],
            item_id=row["item_id"],
            position=row["position"],
            number=row["number"],
            standing=row["standing"],
            record=record_from_json(row["record_json"]),
            locked=row["published"] is not None,
            revision=row["revision"],
        )

    def add_item(self, meeting_id: int, item_id: int, position: int | None = None) -> AgendaEntry:
        """Put an item on the agenda at ``position`` (None: before the closing standing items)."""
        item = ItemRepository(self._db).get(item_id)
        meeting = self.get(meeting_id)
        if item.organization_id != meeting.organization_id:
            raise ItemOfAnotherBody(
                item_id=item_id, item_body=item.organization_id, body=meeting.organization_id
            )
        def on_agenda() -> None:  # in the same transaction as the entry: all or nothing
            self._db.execute(
                "UPDATE agenda_items SET state = ?, revision = revision + 1"
                " WHERE id = ? AND state IN (?, ?)",
                (ItemState.ON_AGENDA.value, item_id, ItemState.DRAFT.value, ItemState.READY.value),
            )
            ItemRepository(self._db).keep_stored_version(item_id, VersionReason.AGENDA)

        entry_id = self._add(meeting_id, item_id, position, "", then=on_agenda)
        return self.entry(entry_id)

    def _standing_start_end(self, meeting_id: int) -> int:
        """Where the next opening standing item goes: after those already there."""
        rows = self.entries(meeting_id)
        return sum(1 for entry in rows if entry.standing and not self._is_closing(entry.standing))

    @staticmethod
    def _is_closing(key: str) -> bool:
        return any(s.key == key and s.at_end for s in standing_items())

    def _add(
        self,
        meeting_id: int,
        item_id: int,
        position: int | None,
        standing: str,
        then: Callable[[], None] | None = None,
    ) -> int:
        meeting = self.get(meeting_id)
        self._refuse_if_published(meeting)
        with transaction(self._db):
            present = self._ordered_ids(meeting_id)
            if position is None:
                position = len(present)
                if not standing:
                    closing = [
                        index
                        for index, (_, key) in enumerate(self._ordered_keys(meeting_id))
                        if key and self._is_closing(key)
                    ]
                    position = closing[0] if closing else len(present)
            position = max(0, min(position, len(present)))
            try:
                cursor = self._db.execute(
                    "INSERT INTO agenda_entries (meeting_id, item_id, position, standing)"
                    " VALUES (?, ?, ?, ?)",
                    (meeting_id, item_id, position, standing),
                )
            except sqlite3.IntegrityError as error:
                raise ItemAlreadyOnAgenda(str(error), item_id=item_id) from error
            new_id = int(cursor.lastrowid or 0)
            present.insert(position, new_id)
            self._write_order(present)
            self._renumber(meeting)
            if then is not None:
                then()
        return new_id

    def move_entry(self, entry_id: int, position: int) -> None:
        entry = self.entry(entry_id)
        meeting = self.get(entry.meeting_id)
        self._refuse_if_published(meeting)
        with transaction(self._db):
            order = self._ordered_ids(entry.meeting_id)
            order.remove(entry_id)
            order.insert(max(0, min(position, len(order))), entry_id)
            self._write_order(order)
            self._renumber(meeting)

    def remove_entry(self, entry_id: int) -> None:
        """Take an entry off the agenda; its item goes back to "valmis" unless decided."""
        entry = self.entry(entry_id)
        meeting = self.get(entry.meeting_id)
        self._refuse_if_published(meeting)
        with transaction(self._db):  # the entry and the item's state change together
            self._db.execute("DELETE FROM agenda_entries WHERE id = ?", (entry_id,))
            self._write_order(self._ordered_ids(entry.meeting_id))
            self._renumber(meeting)
            self._db.execute(
                "UPDATE agenda_items SET state = ?, revision = revision + 1"
                " WHERE id = ? AND state = ?",
                (ItemState.READY.value, entry.item_id, ItemState.ON_AGENDA.value),
            )

    def _ordered_ids(self, meeting_id: int) -> list[int]:
        return [key for key, _ in self._ordered_keys(meeting_id)]

    def _ordered_keys(self, meeting_id: int) -> list[tuple[int, str]]:
        rows = self._db.execute(
            "SELECT id, standing FROM agenda_entries WHERE meeting_id = ? ORDER BY position, id",
            (meeting_id,),
        )
        return [(int(row[0]), str(row[1])) for row in rows]

    def _write_order(self, ordered: list[int]) -> None:
        self._db.executemany(
            "UPDATE agenda_entries SET position = ? WHERE id = ?",
            [(index, key) for index, key in enumerate(ordered)],
        )

    @staticmethod
    def _refuse_if_published(meeting: Meeting) -> None:
        if meeting.published is not None:
            raise MeetingPublished(number=meeting.number, year=meeting.year)

    def _body_year(self, meeting: Meeting) -> tuple[list[Meeting], list[list[Slot]]]:
        meetings = self.all(meeting.organization_id, meeting.year)
        slots: list[list[Slot]] = []
        for each in meetings:
            rows = self._db.execute(
                "SELECT id, number FROM agenda_entries WHERE meeting_id = ? ORDER BY position, id",
                (each.id,),
            )
            locked = each.published is not None
            slots.append([Slot(int(r[0]), int(r[1]) if locked else None) for r in rows])
        return meetings, slots

    def _renumber(self, meeting: Meeting) -> None:
        """Rewrite the § numbers of the body's year; call inside a transaction."""
        _, slots = self._body_year(meeting)
        numbers = assign_numbers(slots)
        self._db.executemany(
            "UPDATE agenda_entries SET number = ? WHERE id = ? AND number IS NOT ?",
            [(number, key, number) for key, number in numbers.items()],
        )

    # --- the meeting itself ----------------------------------------------
    def record_decision(
        self,
        entry_id: int,
        record: EntryDecision,
        *,
        expected_revision: int | None = None,
    ) -> AgendaItem:
        """Record what was decided; the item becomes "päätetty" with Päätös and Käsittely.

        The entry's record is a compare-and-swap on ``expected_revision`` (the revision the
        recording dialog was opened on), and the item's sections are written on the item as
        stored now: recording never writes back an older copy of the text, and it bumps the
        item's revision so that a window holding the item notices.
        """
        validate(record)
        entry = self.entry(entry_id)
        meeting = self.get(entry.meeting_id)
        self._refuse_if_published(meeting)
        items = ItemRepository(self._db)
        expected = entry.revision if expected_revision is None else expected_revision
        with transaction(self._db):  # the entry and the item change together or not at all
            cursor = self._db.execute(
                "UPDATE agenda_entries SET record_json = ?, revision = revision + 1"
                " WHERE id = ? AND revision = ?",
                (record_to_json(record), entry_id, expected),
            )
            if cursor.rowcount == 0:
                raise EntryConflict(entry_id=entry_id, expected=expected)
            item = items.get(entry.item_id)  # read inside the write lock: the newest text
            body = OrganizationRepository(self._db).get(meeting.organization_id)
            self._apply_record(
                item,
                record,
                meeting,
                body_kind=body.kind if body else None,
                standing=bool(entry.standing),
            )
            return items.write(item, version=VersionReason.DECIDED)

    @staticmethod
    def _apply_record(
        item: AgendaItem,
        record: EntryDecision,
        meeting: Meeting,
        *,
        body_kind: BodyKind | None = None,
        standing: bool = False,
    ) -> None:
        """Write the decision into the item, and the appeal route that follows from it.

        The route comes from the rule table (a tabled item gets "no appeal", KuntaL 136 §);
        a route the user chose against the rules with a written reason is kept.
        """
        settle_route(item, derive_route(body_kind, record, item, standing=standing))
        language = item.language or meeting.language
        item.sections[Section.DECISION] = decision_html(record, language)
        handling = handling_html(record, language)
        if handling:
            item.sections[Section.HANDLING] = handling
        else:
            item.sections.pop(Section.HANDLING, None)
        item.disqualifications = list(record.disqualifications)
        item.decision_date = meeting.start.date() if meeting.start else item.decision_date
        item.state = ItemState.DECIDED

    def publish_minutes(self, meeting_id: int) -> Meeting:
        """Lock the meeting's § numbers for good: the minutes are out."""
        meeting = self.get(meeting_id)
        if meeting.published is not None:
            return meeting
        with transaction(self._db):
            meetings, slots = self._body_year(meeting)
            index = next(i for i, m in enumerate(meetings) if m.id == meeting_id)
            blockers = publish_blockers(slots, [m.published is not None for m in meetings], index)
            if blockers:
                first = meetings[blockers[0]]
                raise PublishOutOfOrder(earlier=f"{first.number}/{first.year}")
            self._renumber(meeting)
            stamp = datetime.now(UTC)
            self._db.execute(
                "UPDATE meetings SET published = ?, revision = revision + 1 WHERE id = ?",
                (stamp.isoformat(), meeting_id),
            )
        meeting.published = stamp
        meeting.revision += 1
        return meeting

    def packet(self, meeting_id: int) -> MeetingPacket:
        """The meeting with its body, people and items in agenda order, for export."""
        meeting = self.get(meeting_id)
        organization = OrganizationRepository(self._db).get(meeting.organization_id)
        if organization is None:
            raise MeetingNotFound(meeting_id=meeting_id)
        items = ItemRepository(self._db)
        settings = load_settings(self._db)
        courts = load_courts()
        municipality = settings.municipality
        if meeting.language == "sv" and settings.municipality_sv:
            municipality = settings.municipality_sv
        organizations = OrganizationRepository(self._db)
        return MeetingPacket(
            meeting=meeting,
            organization=organization,
            participants=self.participants(meeting_id),
            entries=[(entry, items.get(entry.item_id)) for entry in self.entries(meeting_id)],
            municipality=get_meta(self._db, "municipality"),
            address=get_meta(self._db, "address"),
            court=courts.get(settings.administrative_court),
            market_court=courts.market_court,
            correction_authority=correction_authority(
                organization,
                organizations.parent(organization),
                municipality,
                meeting.language,
            ),
        )

    def entry_of_item(self, item_id: int) -> AgendaEntry | None:
        """The item's latest agenda entry (its § number for a single-item export)."""
        row = self._db.execute(
            "SELECT e.*, m.published FROM agenda_entries e JOIN meetings m ON m.id = e.meeting_id"
            " WHERE e.item_id = ? ORDER BY m.year DESC, m.number DESC LIMIT 1",
            (item_id,),
        ).fetchone()
        return self._entry_from_row(row) if row else None
