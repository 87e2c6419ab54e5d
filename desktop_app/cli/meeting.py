"""``paatospaja meeting …``: create a meeting, build its agenda and keep its record.

``meeting set`` writes the details the minutes' cover needs (checkers, checking date, the
date of public view, place and times) as the window's form does: a compare-and-swap on the
meeting's revision, so a script that read an older state is refused, not written over.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime, time, timedelta
from typing import Any

from desktop_app.cli.common import open_workspace, print_result
from desktop_app.domain.model import Meeting
from desktop_app.errors import InvalidFieldValue, TimeWithoutDate
from desktop_app.meetings.clock import meeting_end, parse_clock
from desktop_app.meetings.model import DecisionKind, EntryDecision, Participant, ParticipantRole
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.workspace import Workspace


def register(subparsers: Any) -> None:
    from desktop_app.cli.common import add_workspace_argument

    parser = subparsers.add_parser("meeting", help="kokoukset ja niiden esityslistat")
    commands = parser.add_subparsers(dest="meeting_command", metavar="TOIMINTO", required=True)

    new = commands.add_parser("new", help="luo kokous (vakioasiat lisätään listalle)")
    new.add_argument("--body", required=True, help="toimielimen tunnus, esim. kh")
    new.add_argument("--date", required=True, type=date.fromisoformat, help="päivä VVVV-KK-PP")
    new.add_argument(
        "--start",
        type=time.fromisoformat,
        required=True,
        help="alkamisaika HH:MM (kokouksen päivä ja aika kuuluvat pöytäkirjaan)",
    )
    new.add_argument("--end", type=time.fromisoformat, default=None, help="päättymisaika HH:MM")
    new.add_argument("--place", default="", help="kokouspaikka")
    new.add_argument("--number", type=int, default=0, help="kokousnumero (oletus: seuraava)")
    new.add_argument("--language", default="fi", choices=("fi", "sv"))
    new.add_argument("--no-standing", action="store_true", help="älä lisää vakioasioita")
    new.set_defaults(handler=_new)

    add = commands.add_parser("add-item", help="lisää asia kokouksen esityslistalle")
    add.add_argument("meeting_id", type=int, metavar="KOKOUS")
    add.add_argument("item_id", type=int, metavar="ASIA")
    add.add_argument("--position", type=int, default=None, help="paikka listalla (0 = ensimmäinen)")
    add.set_defaults(handler=_add)

    move = commands.add_parser("move", help="siirrä esityslistan kohta")
    move.add_argument("entry_id", type=int, metavar="KOHTA")
    move.add_argument("position", type=int, metavar="PAIKKA")
    move.set_defaults(handler=_move)

    remove = commands.add_parser("remove", help="poista kohta esityslistalta")
    remove.add_argument("entry_id", type=int, metavar="KOHTA")
    remove.set_defaults(handler=_remove)

    person = commands.add_parser("add-participant", help="lisää osallistuja")
    person.add_argument("meeting_id", type=int, metavar="KOKOUS")
    person.add_argument("name", metavar="NIMI")
    person.add_argument("--role", default="jäsen", choices=[r.value for r in ParticipantRole])
    person.add_argument("--title", default="")
    person.add_argument("--absent", action="store_true", help="ei läsnä")
    person.set_defaults(handler=_participant)

    record = commands.add_parser("record", help="kirjaa päätös esityslistan kohtaan")
    record.add_argument("entry_id", type=int, metavar="KOHTA")
    record.add_argument("--kind", default="hyvaksyttiin", choices=[k.value for k in DecisionKind])
    record.add_argument("--text", default="", help="päätöksen teksti (HTML tai teksti)")
    record.add_argument("--handling", default="", help="käsittelyn kuvaus")
    record.set_defaults(handler=_record)

    publish = commands.add_parser("publish", help="julkaise pöytäkirja (lukitsee §-numerot)")
    publish.add_argument("meeting_id", type=int, metavar="KOKOUS")
    publish.set_defaults(handler=_publish)

    show = commands.add_parser("show", help="näytä kokous ja sen esityslista")
    show.add_argument("meeting_id", type=int, metavar="KOKOUS")
    show.set_defaults(handler=_show)

    details = commands.add_parser(
        "set", help="aseta tarkastajat, tarkastus- ja nähtävilläolopäivä, paikka ja ajat"
    )
    details.add_argument("meeting_id", type=int, metavar="KOKOUS")
    details.add_argument("--checkers", default=None, help='tarkastajat pilkuin: "A, B"')
    details.add_argument("--checked-on", default=None, metavar="PVM", help="tarkastettu VVVV-KK-PP")
    details.add_argument(
        "--public-view-on",
        default=None,
        metavar="PVM",
        help="nähtävänä yleisessä tietoverkossa alkaen VVVV-KK-PP",
    )
    details.add_argument("--place", default=None, help="kokouspaikka")
    details.add_argument(
        "--start", default=None, metavar="AIKA", help="alkoi HH:MM tai päivä ja aika"
    )
    details.add_argument(
        "--end", default=None, metavar="AIKA", help="päättyi HH:MM (tyhjä poistaa)"
    )
    details.add_argument(
        "--revision",
        type=int,
        default=None,
        help="kokouksen versio, jonka pohjalta muutetaan (toisen tekemä muutos torjutaan)",
    )
    details.set_defaults(handler=_set)

    for sub in (new, add, move, remove, person, record, publish, show, details):
        add_workspace_argument(sub)
        sub.add_argument("--json", action="store_true", help="tulosta JSON-muodossa")


def _with_repository(args: argparse.Namespace, action: Any) -> int:
    workspace = open_workspace(args)
    try:
        result = action(MeetingRepository(workspace.db), workspace)
    finally:
        workspace.close()
    print_result(result, args.json)
    return 0


def _new(args: argparse.Namespace) -> int:
    def action(repository: MeetingRepository, _: Workspace) -> dict[str, Any]:
        meeting = repository.create(
            Meeting(
                None,
                args.body,
                args.number,
                args.date.year,
                start=datetime.combine(args.date, args.start),
                end=_end_after(datetime.combine(args.date, args.start), args.end),
                place=args.place,
                language=args.language,
            ),
            with_standing_items=not args.no_standing,
        )
        return {"meeting": meeting.id, "number": f"{meeting.number}/{meeting.year}"}

    return _with_repository(args, action)


def _entry_facts(repository: MeetingRepository, entry_id: int) -> dict[str, Any]:
    entry = repository.entry(entry_id)
    return {"entry": entry.id, "item": entry.item_id, "section": entry.number}


def _add(args: argparse.Namespace) -> int:
    def action(repository: MeetingRepository, _: Workspace) -> dict[str, Any]:
        entry = repository.add_item(args.meeting_id, args.item_id, args.position)
        assert entry.id is not None
        return _entry_facts(repository, entry.id)

    return _with_repository(args, action)


def _move(args: argparse.Namespace) -> int:
    def action(repository: MeetingRepository, _: Workspace) -> dict[str, Any]:
        repository.move_entry(args.entry_id, args.position)
        return _entry_facts(repository, args.entry_id)

    return _with_repository(args, action)


def _remove(args: argparse.Namespace) -> int:
    def action(repository: MeetingRepository, _: Workspace) -> dict[str, Any]:
        repository.remove_entry(args.entry_id)
        return {"removed": args.entry_id}

    return _with_repository(args, action)


def _participant(args: argparse.Namespace) -> int:
    def action(repository: MeetingRepository, _: Workspace) -> dict[str, Any]:
        read = repository.get(args.meeting_id).revision
        people = repository.participants(args.meeting_id)
        people.append(
            Participant(args.name, ParticipantRole(args.role), args.title, not args.absent)
        )
        repository.set_participants(args.meeting_id, people, expected_revision=read)
        return {"meeting": args.meeting_id, "participants": len(people)}

    return _with_repository(args, action)


def _record(args: argparse.Namespace) -> int:
    def action(repository: MeetingRepository, _: Workspace) -> dict[str, Any]:
        item = repository.record_decision(
            args.entry_id,
            EntryDecision(DecisionKind(args.kind), text=args.text, handling=args.handling),
        )
        return {"entry": args.entry_id, "item": item.id, "state": item.state.value}

    return _with_repository(args, action)


def _publish(args: argparse.Namespace) -> int:
    def action(repository: MeetingRepository, _: Workspace) -> dict[str, Any]:
        meeting = repository.publish_minutes(args.meeting_id)
        return {
            "meeting": meeting.id,
            "published": meeting.published.isoformat() if meeting.published else "",
        }

    return _with_repository(args, action)


def meeting_facts(meeting: Meeting) -> dict[str, Any]:
    """The meeting's details under keys that do not depend on the user's language."""
    return {
        "meeting": meeting.id,
        "body": meeting.organization_id,
        "number": f"{meeting.number}/{meeting.year}",
        "published": bool(meeting.published),
        "start": meeting.start.isoformat(timespec="minutes") if meeting.start else None,
        "end": meeting.end.isoformat(timespec="minutes") if meeting.end else None,
        "place": meeting.place,
        "language": meeting.language,
        "checkers": list(meeting.checkers),
        "checked_on": meeting.checked_on.isoformat() if meeting.checked_on else None,
        "public_view_on": meeting.public_view_on.isoformat() if meeting.public_view_on else None,
        "revision": meeting.revision,
    }


def _optional_date(name: str, text: str) -> date | None:
    """A date, or nothing when the text is empty (an empty value clears the date)."""
    if not text.strip():
        return None
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise InvalidFieldValue(name=name, value=text, allowed="VVVV-KK-PP") from None


def _end_after(start: datetime, clock: time | None) -> datetime | None:
    """The end on the meeting's day, or the next day when the meeting went past midnight."""
    if clock is None:
        return None
    end = datetime.combine(start.date(), clock)
    return end + timedelta(days=1) if end < start else end


def _end(text: str, start: datetime | None) -> datetime | None:
    """A full date and time as given; a bare time as the window reads it (``meeting_end``)."""
    try:
        return datetime.fromisoformat(text.strip())
    except ValueError:
        return meeting_end(start, text) if text.strip() else None


def _moment(text: str, day: date | None) -> datetime | None:
    """``18:05``, ``klo 18.05`` or a full ``2026-03-02T18:05``; an empty text clears it."""
    text = text.strip()
    if not text:
        return None
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        pass
    clock = parse_clock(text)
    if clock is None:
        return None
    if day is None:
        raise TimeWithoutDate(name=text)
    return datetime.combine(day, clock)


def _set(args: argparse.Namespace) -> int:
    def action(repository: MeetingRepository, _: Workspace) -> dict[str, Any]:
        meeting = repository.get(args.meeting_id)
        if args.revision is not None:
            meeting.revision = args.revision
        if args.checkers is not None:
            meeting.checkers = [n.strip() for n in args.checkers.split(",") if n.strip()]
        if args.checked_on is not None:
            meeting.checked_on = _optional_date("--checked-on", args.checked_on)
        if args.public_view_on is not None:
            meeting.public_view_on = _optional_date("--public-view-on", args.public_view_on)
        if args.place is not None:
            meeting.place = args.place.strip()
        if args.start is not None:
            day = meeting.start.date() if meeting.start else None
            meeting.start = _moment(args.start, day)
        if args.end is not None:
            meeting.end = _end(args.end, meeting.start)
        repository.update(meeting)
        return meeting_facts(meeting)

    return _with_repository(args, action)


def _show(args: argparse.Namespace) -> int:
    def action(repository: MeetingRepository, workspace: Workspace) -> dict[str, Any]:
        meeting = repository.get(args.meeting_id)
        return {
            **meeting_facts(meeting),
            "entries": [
                {
                    "entry": entry.id,
                    "section": entry.number,
                    "item": entry.item_id,
                    "title": workspace.items.get(entry.item_id).title,
                }
                for entry in repository.entries(args.meeting_id)
            ],
        }

    return _with_repository(args, action)
