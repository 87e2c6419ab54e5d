"""``paatospaja search QUERY`` and ``paatospaja reindex``: the search index from the shell."""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop_app.cli.importing import progress_printer
from desktop_app.messages import message
from desktop_app.search.service import SearchService
from desktop_app.workspace import Workspace


def register(subparsers: Any) -> None:
    from desktop_app.cli import add_workspace_argument

    parser = subparsers.add_parser("search", help="hae aiemmista päätöksistä")
    parser.add_argument("query", metavar="HAKU", help='hakusanat, esim. "asemakaava muutos"')
    parser.add_argument("--limit", type=int, default=20, help="tulosten enimmäismäärä")
    parser.add_argument("--json", action="store_true", help="tulosta JSON-riveinä")
    add_workspace_argument(parser)
    parser.set_defaults(handler=run_search)

    reindex = subparsers.add_parser("reindex", help="rakenna hakemisto uudelleen tietokannasta")
    add_workspace_argument(reindex)
    reindex.set_defaults(handler=run_reindex)


def run_search(args: argparse.Namespace) -> int:
    workspace = Workspace.open(args.workspace)
    try:
        with SearchService(workspace.index_dir, workspace.database_path) as service:
            service.ensure_index(progress_printer("Hakemisto"))
            results = service.search(args.query, limit=max(1, args.limit))
    finally:
        workspace.close()
    if results.warning:
        print(message(results.warning), file=sys.stderr)
    for hit in results.hits:
        if args.json:
            print(
                json.dumps(
                    {
                        "id": hit.source_id,
                        "title": hit.title,
                        "date": hit.date.isoformat() if hit.date else None,
                        "body_org": hit.body_org,
                        "score": round(hit.score, 4),
                    },
                    ensure_ascii=False,
                )
            )
        else:
            shown = hit.date.strftime("%d.%m.%Y") if hit.date else "–"
            print(f"{hit.source_id}\t{shown}\t{hit.body_org}\t{hit.title}")
    return 0


def run_reindex(args: argparse.Namespace) -> int:
    workspace = Workspace.open(args.workspace)
    try:
        with SearchService(workspace.index_dir, workspace.database_path) as service:
            report = service.rebuild(progress_printer("Hakemisto"))
    finally:
        workspace.close()
    print(f"Hakemistossa {report.indexed} päätöstä.")
    return 0
