"""``paatospaja import PATH``: bring earlier decisions in and update the search index."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any

from desktop_app.cli.common import open_workspace, progress_printer, say
from desktop_app.importing.importer import ImportInputs, ImportReport
from desktop_app.importing.indexed import import_and_index
from desktop_app.search.service import SearchService


def register(subparsers: Any) -> None:
    from desktop_app.cli.common import add_workspace_argument

    parser = subparsers.add_parser(
        "import",
        help=say("cli.help.import"),
        description=say("cli.help.import_description"),
    )
    parser.add_argument(
        "paths", nargs="+", metavar=say("cli.metavar.path"), help=say("cli.help.import_path")
    )
    parser.add_argument("--prune", action="store_true", help=say("cli.help.prune"))
    add_workspace_argument(parser)
    parser.set_defaults(handler=run)


def print_report(report: ImportReport) -> None:
    print(say("cli.import.new", count=len(report.imported)))
    print(say("cli.import.updated", count=len(report.updated)))
    print(say("cli.import.unchanged", count=len(report.unchanged)))
    if report.removed:
        print(say("cli.import.removed", count=len(report.removed)))
    if report.missing:
        print(say("cli.import.missing", count=len(report.missing)))
    print(say("cli.import.failed", count=len(report.failed)))
    for failure in report.failed:
        print(f"  {failure.message}")
    if report.cancelled:
        print(say("cli.import.cancelled"))
    if report.samples_removed:
        print(say("samples.removed", count=len(report.samples_removed)))


def run(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    try:
        inputs = ImportInputs(
            paths=[Path(p) for p in args.paths],
            db_path=workspace.database_path,
            prune=args.prune,
        )
        with SearchService(workspace.index_dir, workspace.database_path) as service:
            report = import_and_index(
                inputs,
                service,
                progress_printer("cli.progress.import"),
                progress_printer("cli.progress.index"),
            )
    finally:
        workspace.close()
    print_report(report)
    return 1 if report.failed or report.cancelled else 0
