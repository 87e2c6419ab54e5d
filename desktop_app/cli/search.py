"""``paatospaja search QUERY`` and ``paatospaja reindex``: the search index from the shell."""

from __future__ import annotations

import argparse
import json
import logging
import sys
import time
from typing import Any

from whoosh.index import LockError

from desktop_app.cli.common import open_workspace, positive_int, progress_printer, say
from desktop_app.domain.dates import display_date
from desktop_app.messages import message
from desktop_app.search.service import SearchResults, SearchService
from desktop_app.workspace import Workspace

log = logging.getLogger(__name__)
RETRIES = 4
RETRY_PAUSE_S = 0.5


def register(subparsers: Any) -> None:
    from desktop_app.cli.common import add_workspace_argument

    parser = subparsers.add_parser("search", help=say("cli.help.search"))
    parser.add_argument("query", metavar=say("cli.metavar.query"), help=say("cli.help.query"))
    parser.add_argument(
        "--limit",
        type=positive_int,
        default=20,
        metavar="N",
        help=say("cli.help.limit"),
    )
    parser.add_argument("--json", action="store_true", help=say("cli.help.json_lines"))
    add_workspace_argument(parser)
    parser.set_defaults(handler=run_search)

    reindex = subparsers.add_parser("reindex", help=say("cli.help.reindex"))
    add_workspace_argument(reindex)
    reindex.set_defaults(handler=run_reindex)


def run_search(args: argparse.Namespace) -> int:
    workspace = open_workspace(args, write=False)
    try:
        results = _search_with_retry(workspace, args.query, args.limit)
    finally:
        workspace.close()
    if results is None:
        print(say("cli.search.index_busy"), file=sys.stderr)
        return 1
    if results.warning:
        print(message(results.warning), file=sys.stderr)
    if results.suggestion and not args.json:
        print(say("cli.search.suggestion", suggestion=results.suggestion), file=sys.stderr)
    if not results.hits:
        print(say("cli.search.no_hits"), file=sys.stderr)
        if args.json and results.suggestion:
            print(json.dumps({"suggestion": results.suggestion}, ensure_ascii=False))
    for hit in results.hits:
        if args.json:
            # every line carries the suggestion ("" for none), so a reader of any line sees it
            print(
                json.dumps(
                    {
                        "id": hit.source_id,
                        "title": hit.title,
                        "date": hit.date.isoformat() if hit.date else None,
                        "body_org": hit.body_org,
                        "score": round(hit.score, 4),
                        "source": hit.source_key,  # "" for a decision imported by hand
                        "link": hit.link,
                        "suggestion": results.suggestion,
                    },
                    ensure_ascii=False,
                )
            )
        else:
            shown = display_date(hit.date) if hit.date else "–"
            origin = f"\t{hit.source_key}" if hit.source_key else ""
            print(f"{hit.source_id}\t{shown}\t{hit.body_org}\t{hit.title}{origin}")
    return 0


def _search_with_retry(workspace: Workspace, query: str, limit: int) -> SearchResults | None:
    """Search, trying again while another process (an import) switches the index over.

    That process may delete the generation this one just opened; a second look finds the
    new one. None when the index stays unreadable.
    """
    for attempt in range(RETRIES):
        try:
            with SearchService(workspace.index_dir, workspace.database_path) as service:
                service.ensure_index(progress_printer("cli.progress.index"))
                return service.search(query, limit=limit)
        except (OSError, EOFError, ValueError, KeyError, LockError) as error:  # mid-change
            log.info("search attempt %d failed: %s", attempt + 1, error)
            time.sleep(RETRY_PAUSE_S * (attempt + 1))
    return None


def run_reindex(args: argparse.Namespace) -> int:
    workspace = open_workspace(args, write=False)
    try:
        with SearchService(workspace.index_dir, workspace.database_path) as service:
            report = service.rebuild(progress_printer("cli.progress.index"))
    finally:
        workspace.close()
    print(say("cli.search.indexed", count=report.indexed))
    return 0
