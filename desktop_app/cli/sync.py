"""``paatospaja sync [SOURCE]``: bring the archive up to date from its sources.

Removals are only proposed by a sync; ``--confirm-removals`` applies those of the sources
whose sync in this same run succeeded, so what is removed has just been seen missing.
"""

from __future__ import annotations

import argparse
import json
import sys
from typing import Any

from desktop_app.cli.common import add_workspace_argument, open_workspace, progress_printer, say
from desktop_app.sources.indexing import index_changes
from desktop_app.sources.manage import Sources
from desktop_app.sources.sync import SourceReport
from desktop_app.sources.sync import run as run_sync


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("sync", help=say("sync.help"), description=say("sync.help"))
    parser.add_argument(
        "source", nargs="?", metavar=say("sources.metavar.key"), help=say("sync.help.source")
    )
    parser.add_argument("--json", action="store_true", help=say("sync.help.json"))
    parser.add_argument("--confirm-removals", action="store_true", help=say("sync.help.confirm"))
    parser.add_argument("--full", action="store_true", help=say("sync.help.full"))
    add_workspace_argument(parser)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    workspace = open_workspace(args)
    removed: dict[str, list[str]] = {}
    try:
        sources = Sources(workspace.database_path)
        keys = [args.source] if args.source else []
        if keys:
            sources.get(args.source)  # an unknown source is an error, not "nothing to do"
        inputs = sources.sync_inputs(keys, full=args.full)
        report = run_sync(inputs, progress_printer("sync.progress"))
        if args.confirm_removals:
            for entry in report.sources:
                if entry.ok and entry.pending_removals:
                    removed[entry.source_key] = sources.confirm_removals(entry.source_key)
        changed = [*report.changed_ids, *(sid for ids in removed.values() for sid in ids)]
        if changed:
            index_changes(
                changed,
                index_dir=workspace.index_dir,
                db_path=workspace.database_path,
                state=progress_printer("cli.progress.index"),
            )
    finally:
        workspace.close()
    if args.json:
        print(
            json.dumps(
                {
                    "sources": [
                        _plain(entry, removed.get(entry.source_key, [])) for entry in report.sources
                    ],
                    "cancelled": report.cancelled,
                },
                ensure_ascii=False,
            )
        )
    else:
        _print(report.sources, removed, report.cancelled)
    failed = report.cancelled or any(not e.ok or e.failed for e in report.sources)
    return 1 if failed else 0


def _plain(entry: SourceReport, removed: list[str]) -> dict[str, Any]:
    return {
        "source": entry.source_key,
        "new": len(entry.new),
        "changed": len(entry.changed),
        "unchanged": entry.unchanged,
        "failed": [
            {"item": failure.remote_id, "code": failure.code, "message": failure.message}
            for failure in entry.failed
        ],
        "pending_removals": [sid for sid in entry.pending_removals if sid not in removed],
        "removed": removed,
        "error_code": entry.error_code,
        "error": entry.error,
        "cancelled": entry.cancelled,
        "requests": entry.requests,
    }


def _print(entries: list[SourceReport], removed: dict[str, list[str]], cancelled: bool) -> None:
    if not entries:
        print(say("sync.no_sources"))
    for entry in entries:
        if entry.error_code:
            print(say("sync.source_failed", source=entry.source_key, message=entry.error))
            continue
        gone = removed.get(entry.source_key, [])
        pending = len([sid for sid in entry.pending_removals if sid not in gone])
        counts = say(
            "sync.counts",
            new=len(entry.new),
            changed=len(entry.changed),
            unchanged=entry.unchanged,
            pending=pending,
            failed=len(entry.failed),
        )
        print(say("sync.source_done", source=entry.source_key, counts=counts))
        for failure in entry.failed:
            print(f"  {failure.message}")
        if gone:
            print(say("sync.removed", source=entry.source_key, count=len(gone)))
        if pending:
            print(say("sync.pending_hint", source=entry.source_key, count=pending))
    if cancelled:
        print(say("sync.cancelled"), file=sys.stderr)
