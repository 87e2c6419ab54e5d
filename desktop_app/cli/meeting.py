"""``paatospaja meeting …``: create a meeting, build its agenda and keep its record.

``meeting set`` writes the details the minutes' cover needs (checkers, checking date, the
date of public view, place and times) as the window's form does: a compare-and-swap on the
meeting's revision, so a script that read an older state is refused, not written over.
"""

from __future__ import annotations

import argparse
from datetime import date, datetime, time, timedelta
from typing import Any

from desktop_app.cli.common import open_workspace, print_result, say
from desktop_app.domain.model import Meeting
from desktop_app.errors import InvalidFieldValue, TimeWithoutDate
from desktop_app.meetings.clock import meeting_end, parse_clock
from desktop_app.meetings.model import DecisionKind, EntryDecision, Participant, ParticipantRole
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.workspace import Workspace


def register(subparsers: Any) -> None:
    from desktop_app.cli.common import add_json_argument, add_workspace_argument

    meeting, entry, position = say("cli.metavar.meeting"), say("cli.metavar.entry"), "N"
    clock = say("cli.metavar.time")
    parser = subparsers.add_parser("meeting", help=say("cli.help.meeting"))
    commands = parser.add_subparsers(
        dest="meeting_command", metavar=say("cli.metavar.action"), required=True
    )

    new = commands.add_parser("new", help=say("cli.help.meeting_new"))
    new.add_argument("--body", required=True, metavar="ID", help=say("cli.help.body"))
    new.add_argument(
        "--date",
        required=True,
        type=date.fromisoformat,
        metavar=say("cli.metavar.date"),
        help=say("cli.help.meeting_date"),
    )
    new.add_argument(
        "--start", type=time.fromisoformat, required=True, metavar=clock, help=say("cli.help.start")
    )
    new.add_argument(
        "--end", type=time.fromisoformat, default=None, metavar=clock, help=say("cli.help.end")
    )
    new.add_argument("--place", default="", help=say("cli.help.place"))
    new.add_argument("--number", type=int, default=0, help=say("cli.help.number"))
    new.add_argument(
        "--language", default="fi", choices=("fi", "sv"), help=say("cli.help.document_language")
    )
    new.add_argument("--no-standing", action="store_true", help=say("cli.help.no_standing"))
    new.set_defaults(handler=_new)

    add = commands.add_parser("add-item", help=say("cli.help.add_item"))
    add.add_argument("meeting_id", type=int, metavar=meeting)
    add.add_argument("item_id", type=int, metavar=say("cli.metavar.item"))
    add.add_argument(
        "--position", type=int, default=None, metavar=position, help=say("cli.help.position")
    )
    add.set_defaults(handler=_add)

    move = commands.add_parser("move", help=say("cli.help.move"))
    move.add_argument("entry_id", type=int, metavar=entry)
    move.add_argument("position", type=int, metavar=position, help=say("cli.help.position"))
    move.set_defaults(handler=_move)

    remove = commands.add_parser("remove", help=say("cli.help.remove"))
    remove.add_argument("entry_id", type=int, metavar=entry)
    remove.set_defaults(handler=_remove)

    person = commands.add_parser("add-participant", help=say("cli.help.add_participant"))
    person.add_argument("meeting_id", type=int, metavar=meeting)
    person.add_argument("name", metavar=say("cli.metavar.name"))
    person.add_argument(
        "--role",
        default=ParticipantRole.MEMBER.value,
        choices=[r.value for r in ParticipantRole],
        help=say("cli.help.role"),
    )
    person.add_argument("--title", default="", help=say("cli.help.person_title"))
    person.add_argument("--absent", action="store_true", help=say("cli.help.absent"))
    person.set_defaults(handler=_participant)

    record = commands.add_parser("record", help=say("cli.help.record"))
    record.add_argument("entry_id", type=int, metavar=entry)
    record.add_argument(
        "--kind",
        default=DecisionKind.AS_PROPOSED.value,
        choices=[k.value for k in DecisionKind],
        help=say("cli.help.decision_kind"),
    )
    record.add_argument("--text", default="", help=say("cli.help.decision_text"))
    record.add_argument("--handling", default="", help=say("cli.help.handling"))
    record.set_defaults(handler=_record)

    publish = commands.add_parser("publish", help=say("cli.help.publish_minutes"))
    publish.add_argument("meeting_id", type=int, metavar=meeting)
    publish.set_defaults(handler=_publish)

    show = commands.add_parser("show", help=say("cli.help.meeting_show"))
    show.add_argument("meeting_id", type=int, metavar=meeting)
    show.set_defaults(handler=_show)

    day = say("cli.metavar.date")
    details = commands.add_parser("set", help=say("cli.help.meeting_set"))
    details.add_argument("meeting_id", type=int, metavar=meeting)
    details.add_argument("--checkers", default=None, help=say("cli.help.checkers"))
    details.add_argument("--checked-on", default=None, metavar=day, help=say("cli.help.checked_on"))
    details.add_argument(
        "--public-view-on", default=None, metavar=day, help=say("cli.help.public_view_on")
    )
    details.add_argument("--place", default=None, help=say("cli.help.place"))
    details.add_argument("--start", default=None, metavar=clock, help=say("cli.help.set_start"))
    details.add_argument("--end", default=None, metavar=clock, help=say("cli.help.set_end"))
    details.add_argument(
        "--revision", type=int, default=None, metavar="N", help=say("cli.help.meeting_revision")
    )
    details.set_defaults(handler=_set)

    for sub in (new, add, move, remove, person, record, publish, show, details):
        add_workspace_argument(sub)
        add_json_argument(sub)


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
        raise InvalidFieldValue(name=name, value=text, allowed=say("cli.metavar.date")) from None


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
