"""``paatospaja check MEETING`` and the publishing export of a meeting.

``check`` prints each pre-publish finding on its own line (its place, the sentence and, for
personal data, a masked excerpt) and exits with 1 when anything blocks, so that a script or
CI can stop a publication. Minutes are checked as minutes (a decision in every §, checkers,
checking and publication dates); ``--esityslista`` checks the agenda's web version instead.
The export writes the web version: personal data replaced, secret items reduced, appeal
instructions included.
"""

from __future__ import annotations

import argparse
import json
import sys
from datetime import date
from pathlib import Path
from typing import Any

from desktop_app.cli.common import add_json_argument, open_workspace, say
from desktop_app.meetings.errors import MeetingNotFound
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.messages import message
from desktop_app.publishing.findings import Finding
from desktop_app.workspace import Workspace


def resolve_meeting(workspace: Workspace, spec: str, organization: str | None = None) -> int:
    """A meeting by its id (``12``) or by number and year (``3/2026``, with ``--toimielin``)."""
    meetings = MeetingRepository(workspace.db)
    if spec.isdigit():
        return meetings.get(int(spec)).id or int(spec)
    number, _, year = spec.partition("/")
    if number.isdigit() and year.isdigit():
        found = [
            m
            for m in meetings.all(organization, int(year))
            if m.number == int(number) and m.id is not None
        ]
        if len(found) == 1 and found[0].id is not None:
            return found[0].id
    raise MeetingNotFound(meeting_id=spec)


def _add_meeting_arguments(parser: argparse.ArgumentParser) -> None:
    from desktop_app.cli.common import add_workspace_argument

    add_workspace_argument(parser)
    parser.add_argument(
        "meeting", metavar=say("cli.metavar.meeting"), help=say("cli.help.meeting_spec")
    )
    parser.add_argument("--toimielin", metavar="ID", help=say("cli.help.meeting_body"))


def add_public_export_arguments(parser: argparse.ArgumentParser) -> None:
    """The arguments of the publishing export, for ``publish`` and for ``export public``."""
    _add_meeting_arguments(parser)
    parser.add_argument(
        "--out",
        metavar=say("cli.metavar.file"),
        required=True,
        type=Path,
        help=say("cli.help.public_out"),
    )
    parser.add_argument("--after-appeal", action="store_true", help=say("cli.help.after_appeal"))
    parser.add_argument("--pdf", action="store_true", help=say("cli.help.pdf"))
    parser.add_argument("--esityslista", action="store_true", help=say("cli.help.public_agenda"))
    parser.add_argument(
        "--julkaistu",
        metavar=say("cli.metavar.date"),
        type=date.fromisoformat,
        help=say("cli.help.published_on"),
    )
    parser.add_argument("--force", action="store_true", help=say("cli.help.force"))


def register(subparsers: Any) -> None:
    check = subparsers.add_parser("check", help=say("cli.help.check"))
    _add_meeting_arguments(check)
    check.add_argument(
        "--docx", metavar=say("cli.metavar.file"), type=Path, help=say("cli.help.check_docx")
    )
    check.add_argument(
        "--after-appeal", action="store_true", help=say("cli.help.check_after_appeal")
    )
    check.add_argument("--esityslista", action="store_true", help=say("cli.help.check_agenda"))
    add_json_argument(check)
    check.set_defaults(handler=run_check)
    publish = subparsers.add_parser("publish", help=say("cli.help.publish"))
    add_public_export_arguments(publish)
    publish.set_defaults(handler=run_public_export)
    _register_export_public(subparsers)


def _register_export_public(subparsers: Any) -> None:
    """Add ``public`` to the kinds of ``paatospaja export`` when that command is registered.

    ``desktop_app.cli.export`` owns ``export item|agenda|minutes``; it must come before this
    module in COMMAND_MODULES. Without it, ``paatospaja publish`` does the same.
    """
    export = subparsers.choices.get("export")
    if export is None:
        return
    for action in export._actions:
        if isinstance(action, argparse._SubParsersAction) and "public" not in action.choices:
            public = action.add_parser("public", help=say("cli.help.export_public"))
            add_public_export_arguments(public)
            public.set_defaults(handler=run_public_export)
            return


def run_check(args: argparse.Namespace) -> int:
    from desktop_app.publishing.export import check_for_publishing

    workspace = open_workspace(args, write=False)
    try:
        meeting_id = resolve_meeting(workspace, args.meeting, args.toimielin)
        findings = check_for_publishing(
            workspace,
            meeting_id,
            args.docx,
            after_appeal=args.after_appeal,
            agenda=args.esityslista,
        )
    finally:
        workspace.close()
    blocking = sum(1 for f in findings if f.blocks)
    if args.json:
        rows = [finding_facts(f) for f in findings]
        print(json.dumps({"meeting": meeting_id, "blocking": blocking, "findings": rows},
                         ensure_ascii=False))  # fmt: skip
        return 1 if blocking else 0
    for finding in findings:
        print(finding_line(finding))
    if len(findings) == 1:
        print(message("publish.summary_one_blocking" if blocking else "publish.summary_one", None))
    else:
        print(message("publish.summary", None, count=len(findings), blocking=blocking))
    return 1 if blocking else 0


def finding_line(finding: Finding) -> str:
    """The finding's line; a masked excerpt its sentence does not show is added to it."""
    line = finding.line()
    excerpt = str(finding.params.get("excerpt", ""))
    return f"{line} [{excerpt}]" if excerpt and excerpt not in line else line


def finding_facts(finding: Finding) -> dict[str, object]:
    return {
        "code": finding.code,
        "severity": finding.severity.value,
        "blocks": finding.blocks,
        "place": finding.target,
        "text": finding.text(),
        "excerpt": str(finding.params.get("excerpt", "")),
        "overridden": finding.overridden,
    }


def run_public_export(args: argparse.Namespace) -> int:
    from desktop_app.publishing.export import export_public

    workspace = open_workspace(args)
    try:
        meeting_id = resolve_meeting(workspace, args.meeting, args.toimielin)
        result = export_public(
            workspace,
            meeting_id,
            args.out,
            after_appeal=args.after_appeal,
            pdf=args.pdf,
            force=args.force,
            published_on=args.julkaistu,
            agenda=args.esityslista,
        )
    finally:
        workspace.close()
    for finding in result.findings:
        print(finding.line(), file=sys.stderr)
    if result.docx is None:
        return 1
    print(result.docx)
    if result.pdf is not None:
        print(result.pdf)
    if result.pdf_error:
        print(message("publish.pdf_failed", None, detail=result.pdf_error), file=sys.stderr)
    return 0
