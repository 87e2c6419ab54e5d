"""``paatospaja export opendata MEETING --out DIR``: the meeting as open decision data.

Writes ``organization.json``, ``event.json``, ``case.json``, ``action.json``,
``content.json`` and ``attachment.json`` (Open Decision API list responses) and prints
their paths. A meeting the publishing check blocks is refused with each blocking finding on
its own line and exit status 1, as ``paatospaja publish`` does; a leak or an invalid record
is refused with its sentence (status 2), and nothing is written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop_app.messages import message


def register(subparsers: Any) -> None:
    """Add ``opendata`` to the kinds of ``paatospaja export`` (``desktop_app.cli.export``)."""
    export = subparsers.choices.get("export")
    if export is None:
        return
    for action in export._actions:
        if isinstance(action, argparse._SubParsersAction) and "opendata" not in action.choices:
            parser = action.add_parser("opendata", help=message("opendata.help.command"))
            add_arguments(parser)
            parser.set_defaults(handler=run_command)
            return


def add_arguments(parser: argparse.ArgumentParser) -> None:
    from desktop_app.cli.common import add_workspace_argument
    from desktop_app.opendata.records import DEFAULT_BASE_URL

    add_workspace_argument(parser)
    parser.add_argument(
        "meeting",
        metavar=message("opendata.metavar.meeting"),
        help=message("opendata.help.meeting"),
    )
    parser.add_argument(
        "--toimielin",
        metavar=message("opendata.metavar.body"),
        help=message("opendata.help.body"),
    )
    parser.add_argument(
        "--out",
        required=True,
        type=Path,
        metavar=message("opendata.metavar.folder"),
        help=message("opendata.help.out"),
    )
    parser.add_argument(
        "--after-appeal", action="store_true", help=message("opendata.help.after_appeal")
    )
    parser.add_argument(
        "--base-url",
        default=DEFAULT_BASE_URL,
        metavar=message("opendata.metavar.url"),
        help=message("opendata.help.base_url"),
    )


def run_command(args: argparse.Namespace) -> int:
    from desktop_app.cli.common import open_workspace
    from desktop_app.cli.publishing import finding_line, resolve_meeting
    from desktop_app.opendata.errors import OpenDataNotPublishable
    from desktop_app.opendata.export import export_opendata

    workspace = open_workspace(args, write=False)
    try:
        meeting_id = resolve_meeting(workspace, args.meeting, args.toimielin)
        result = export_opendata(
            workspace,
            meeting_id,
            args.out,
            after_appeal=args.after_appeal,
            base_url=args.base_url,
        )
    except OpenDataNotPublishable as refused:
        for finding in refused.findings:
            if finding.blocks:
                print(finding_line(finding), file=sys.stderr)
        print(message(refused.code, None, **refused.params), file=sys.stderr)
        return 1
    finally:
        workspace.close()
    for finding in result.findings:
        print(finding.line(), file=sys.stderr)
    for path in result.files:
        print(path)
    total = sum(result.counts.values())
    print(message("opendata.written", None, folder=result.folder, count=total), file=sys.stderr)
    return 0
