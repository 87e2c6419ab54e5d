"""``paatospaja info``: where the workspace is and what it holds."""

from __future__ import annotations

import argparse
import json
from typing import Any

from desktop_app.cli.common import open_workspace


def register(subparsers: Any) -> None:
    from desktop_app.cli.common import add_workspace_argument

    parser = subparsers.add_parser("info", help="näytä työtilan sijainti ja sisältö")
    add_workspace_argument(parser)
    parser.add_argument("--json", action="store_true", help="tulosta JSON-muodossa")
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
        labels = {
            "workspace": "Työtila",
            "database": "Tietokanta",
            "municipality": "Kunta",
            "items": "Asioita",
            "decisions": "Aiempia päätöksiä",
            "templates": "Pohjat",
        }
        for key, value in facts.items():
            shown = ", ".join(value) if isinstance(value, list) else value
            print(f"{labels[key]}: {shown}")
    return 0
