"""``paatospaja export item|agenda|minutes ID --out FILE``: Word documents for scripting."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path
from typing import Any

from desktop_app.export.task import ExportKind, ExportRequest, run
from desktop_app.paths import resolve_workspace
from desktop_app.tasks import TaskState

_HELP = {
    ExportKind.ITEM: ("vie yksi asia Word-tiedostoksi", "ID", "asian numero"),
    ExportKind.AGENDA: ("vie kokouksen esityslista liitteineen", "KOKOUS", "kokouksen numero (id)"),
    ExportKind.MINUTES: ("vie kokouksen pöytäkirja", "KOKOUS", "kokouksen numero (id)"),
}


def register(subparsers: Any) -> None:
    from desktop_app.cli.common import add_workspace_argument

    parser = subparsers.add_parser(
        "export", help="vie asia, esityslista tai pöytäkirja DOCX-muotoon"
    )
    kinds = parser.add_subparsers(dest="export_kind", metavar="MITÄ", required=True)
    for kind, (help_text, metavar, id_help) in _HELP.items():
        sub = kinds.add_parser(kind.value, help=help_text)
        add_workspace_argument(sub)
        sub.add_argument("object_id", type=int, metavar=metavar, help=id_help)
        sub.add_argument("--out", required=True, metavar="TIEDOSTO", help="kohdetiedosto (.docx)")
        sub.add_argument(
            "--house-style", metavar="TIEDOSTO", help="kunnan tyylipohja (.docx/.dotx)"
        )
        sub.add_argument("--logo", metavar="KUVA", help="logo ylätunnisteeseen (PNG/JPEG)")
        sub.add_argument("--public", action="store_true", help="jätä ei-julkiset liitteet pois")
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
