"""``paatospaja export item|agenda|minutes ID --out FILE``: Word documents for scripting."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop_app.export.task import ExportKind, ExportRequest, run
from desktop_app.paths import resolve_workspace
from desktop_app.tasks import TaskState

#: Catalog codes of each kind's help, its argument's name and the argument's help.
_HELP = {
    ExportKind.ITEM: ("cli.help.export_item", "cli.metavar.id", "cli.help.item_id"),
    ExportKind.AGENDA: ("cli.help.export_agenda", "cli.metavar.meeting", "cli.help.meeting_id"),
    ExportKind.MINUTES: ("cli.help.export_minutes", "cli.metavar.meeting", "cli.help.meeting_id"),
}


def register(subparsers: Any) -> None:
    from desktop_app.cli.common import add_workspace_argument, say

    parser = subparsers.add_parser("export", help=say("cli.help.export"))
    kinds = parser.add_subparsers(
        dest="export_kind", metavar=say("cli.metavar.what"), required=True
    )
    file_name = say("cli.metavar.file")
    for kind, (help_code, metavar_code, id_code) in _HELP.items():
        sub = kinds.add_parser(kind.value, help=say(help_code))
        add_workspace_argument(sub)
        sub.add_argument("object_id", type=int, metavar=say(metavar_code), help=say(id_code))
        sub.add_argument("--out", required=True, metavar=file_name, help=say("cli.help.out"))
        sub.add_argument("--house-style", metavar=file_name, help=say("cli.help.house_style"))
        sub.add_argument("--logo", metavar=say("cli.metavar.image"), help=say("cli.help.logo"))
        sub.add_argument("--public", action="store_true", help=say("cli.help.public"))
        sub.set_defaults(handler=run_command, export_kind_value=kind)


def run_command(args: argparse.Namespace) -> int:
    request = ExportRequest(
        workspace=resolve_workspace(args.workspace),
        kind=args.export_kind_value,
        object_id=args.object_id,
        target=Path(args.out),
        house_style=Path(args.house_style) if args.house_style else None,
        logo=Path(args.logo) if args.logo else None,
        include_nonpublic_attachments=not args.public,
    )
    written = run(request, TaskState())
    print(written, file=sys.stdout)
    return 0
