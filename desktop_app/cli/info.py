"""``paatospaja info``: where the workspace is and what it holds."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop_app.cli.common import add_json_argument, open_workspace, say


def register(subparsers: Any) -> None:
    from desktop_app.cli.common import add_workspace_argument

    parser = subparsers.add_parser("info", help=say("cli.help.info"))
    add_workspace_argument(parser)
    add_json_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    workspace = open_workspace(args, write=False)
    try:
        facts: dict[str, Any] = {
            "workspace": str(workspace.root),
            "database": str(workspace.database_path),
            "municipality": workspace.municipality,
            "items": len(workspace.items.all()),
            "decisions": workspace.decisions.count(),
            "templates": [t.id for t in workspace.templates.all()],
        }
    finally:
        workspace.close()
    if args.json:
        print(json.dumps(facts, ensure_ascii=False))
    else:
        for key, value in facts.items():
            shown = ", ".join(value) if isinstance(value, list) else value
            print(f"{say(f'cli.info.{key}')}: {shown}")
    return 0
