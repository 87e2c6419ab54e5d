"""``paatospaja samples remove``: take the bundled sample decisions out of a workspace."""

from __future__ import annotations

import argparse
from typing import Any

from desktop_app.cli.common import add_workspace_argument, open_workspace, say
from desktop_app.samples import remove_samples
from desktop_app.search.service import SearchService


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser(
        "samples",
        help=say("samples.cli.help"),
        description=say("samples.cli.description"),
    )
    actions = parser.add_subparsers(
        dest="samples_action", metavar=say("cli.metavar.action"), required=True
    )
    remove = actions.add_parser(
        "remove",
        help=say("samples.cli.remove_help"),
        description=say("samples.cli.remove_help"),
    )
    add_workspace_argument(remove)
    remove.set_defaults(handler=run_remove)


def run_remove(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    try:
        with SearchService(workspace.index_dir, workspace.database_path) as service:
            removed = remove_samples(workspace, service)
    finally:
        workspace.close()
    if removed:
        print(say("samples.removed", count=len(removed)))
    else:
        print(say("samples.none"))
    return 0
