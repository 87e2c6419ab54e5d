"""``paatospaja privacy list|confirm|dismiss``: working through the personal-data findings.

The same review as the privacy panel of the window and the ``check`` command: a confirmed
finding becomes a mark (left out of the web version), a dismissed one is remembered with the
reason. Findings are shown masked; each has a short ``id`` (a hash of its fingerprint) so
that a script can dismiss it without the personal data itself appearing on a command line.
"""

from __future__ import annotations

import argparse
import hashlib
from typing import Any

from desktop_app.cli.common import label, open_workspace, print_result, say
from desktop_app.cli.publishing import resolve_meeting
from desktop_app.errors import PrivacyFindingNotFound, PrivacyStartWithoutField
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.privacy.marks import MarkRepository, detector_settings
from desktop_app.privacy.redact import is_secret
from desktop_app.publishing.leak import mask
from desktop_app.publishing.privacy_checks import ReviewEntry, review_item
from desktop_app.publishing.review import load_review
from desktop_app.workspace import Workspace


def register(subparsers: Any) -> None:
    from desktop_app.cli.common import add_json_argument, add_workspace_argument

    parser = subparsers.add_parser("privacy", help=say("cli.help.privacy"))
    commands = parser.add_subparsers(
        dest="privacy_command", metavar=say("cli.metavar.action"), required=True
    )
    item, field = say("cli.metavar.item"), say("cli.metavar.field_name")

    listing = commands.add_parser("list", help=say("cli.help.privacy_list"))
    listing.add_argument(
        "meeting", metavar=say("cli.metavar.meeting"), help=say("cli.help.meeting_spec")
    )
    listing.add_argument("--toimielin", metavar="ID", help=say("cli.help.meeting_body"))
    listing.set_defaults(handler=_list)

    confirm = commands.add_parser("confirm", help=say("cli.help.privacy_confirm"))
    confirm.add_argument("item_id", type=int, metavar=item)
    confirm.add_argument(
        "--field", required=True, metavar=field, help=say("cli.help.finding_field")
    )
    confirm.add_argument(
        "--start", required=True, type=int, metavar="N", help=say("cli.help.finding_start")
    )
    confirm.set_defaults(handler=_confirm)

    dismiss = commands.add_parser("dismiss", help=say("cli.help.privacy_dismiss"))
    dismiss.add_argument("item_id", type=int, metavar=item)
    dismiss.add_argument(
        "--fingerprint",
        required=True,
        metavar=say("cli.metavar.finding"),
        help=say("cli.help.fingerprint"),
    )
    dismiss.add_argument("--field", default=None, metavar=field, help=say("cli.help.only_here"))
    dismiss.add_argument(
        "--start", default=None, type=int, metavar="N", help=say("cli.help.only_here")
    )
    dismiss.add_argument("--reason", default="", help=say("cli.help.dismiss_reason"))
    dismiss.set_defaults(handler=_dismiss)

    for sub in (listing, confirm, dismiss):
        add_workspace_argument(sub)
        add_json_argument(sub)


def short_id(fingerprint: str) -> str:
    """A handle for a finding that does not spell out the personal data it found."""
    return hashlib.sha256(fingerprint.encode("utf-8")).hexdigest()[:12]


def _row(entry: ReviewEntry) -> dict[str, Any]:
    hit = entry.detection
    return {
        "id": short_id(hit.fingerprint),
        "field": entry.field,
        "start": hit.start,
        "end": hit.end,
        "kind": hit.kind.value,
        "certainty": hit.certainty.value,
        "excerpt": mask(hit.text),
        "status": entry.status,
    }


def item_review(workspace: Workspace, item_id: int) -> list[ReviewEntry]:
    """The item's findings as its meeting's review sees them (names marked in other §s too)."""
    item = workspace.items.get(item_id)
    marks = MarkRepository(workspace.db)
    entry = MeetingRepository(workspace.db).entry_of_item(item_id)
    if entry is not None:
        ids = [e.item_id for e in MeetingRepository(workspace.db).entries(entry.meeting_id)]
    else:
        ids = [item_id]
    return review_item(
        item,
        marks.marks(item_id),
        marks.dismissed(item_id),
        detector_settings(workspace.db),
        marks.known_names(ids),
    )


def _list(args: argparse.Namespace) -> int:
    workspace = open_workspace(args, write=False)
    try:
        meeting_id = resolve_meeting(workspace, args.meeting, args.toimielin)
        review = load_review(workspace, meeting_id)
        rows: list[dict[str, Any]] = []
        for entry, item in review.packet.entries:
            context = review.contexts.get(item.id or -1)
            if context is None:
                continue
            found = review_item(
                item, context.marks, context.dismissed, review.settings, review.known_names
            )
            for finding in found:
                rows.append(
                    {"section": entry.number, "item": item.id, "secret": is_secret(item)}
                    | _row(finding)
                )
    finally:
        workspace.close()
    if args.json:
        print_result({"meeting": meeting_id, "findings": rows}, True)
        return 0
    for row in rows:
        which = say("cli.privacy.item", item=row["item"])
        place = f"§ {row['section']}" if row["section"] is not None else which
        kind = say(f"privacy.kind.{row['kind']}")
        status = say(f"cli.privacy.status.{row['status']}")
        print(
            f"{place}\t{which}\t{label(row['field'])}\t{row['start']}\t{kind}"
            f"\t{row['excerpt']}\t{status}\t{row['id']}"
        )
    open_count = sum(1 for r in rows if r["status"] == "open" and not r["secret"])
    print(say("cli.privacy.summary", count=len(rows), open=open_count))
    return 0


def _find(
    entries: list[ReviewEntry],
    item_id: int,
    field: str | None,
    start: int | None,
    handle: str | None = None,
) -> ReviewEntry:
    for entry in entries:
        if field is not None and entry.field != field:
            continue
        if start is not None and entry.detection.start != start:
            continue
        fingerprint = entry.detection.fingerprint
        if handle is not None and handle not in (fingerprint, short_id(fingerprint)):
            continue
        return entry
    raise PrivacyFindingNotFound(
        item_id=item_id, field=field or "–", start="–" if start is None else start
    )


def _confirm(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    try:
        entry = _find(item_review(workspace, args.item_id), args.item_id, args.field, args.start)
        mark_id = None
        if entry.status != "confirmed":
            mark = MarkRepository(workspace.db).confirm(args.item_id, entry.field, entry.detection)
            mark_id = mark.id
    finally:
        workspace.close()
    result = {"item": args.item_id, "mark": mark_id} | _row(entry)
    result["status"] = "confirmed"
    print_result(result, args.json)
    return 0


def _dismiss(args: argparse.Namespace) -> int:
    """Dismiss only as widely as asked: the item, one field (``--field``) or one occurrence.

    A field alone dismisses every occurrence in that field and nowhere else: the same digits
    in another field may be someone's phone number.
    """
    if args.start is not None and args.field is None:
        raise PrivacyStartWithoutField()
    workspace = open_workspace(args)
    try:
        entry = _find(
            item_review(workspace, args.item_id),
            args.item_id,
            args.field,
            args.start,
            args.fingerprint,
        )
        place: dict[str, Any] = {}
        if args.field is not None:
            place["field"] = entry.field
            if args.start is not None:
                place["start"] = entry.detection.start
        MarkRepository(workspace.db).dismiss(
            args.item_id, entry.detection.fingerprint, args.reason, **place
        )
    finally:
        workspace.close()
    result = {
        "item": args.item_id,
        "reason": args.reason,
        "only_here": "start" in place,
        "only_in_field": place.get("field"),
    }
    result |= _row(entry)
    result["status"] = "dismissed"
    print_result(result, args.json)
    return 0
