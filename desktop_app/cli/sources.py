"""``paatospaja sources list|add|remove|test``: where the archive is kept current from.

A secret is asked with ``getpass`` (or read from standard input with ``--secret-stdin``)
and handed to the keyring; it never appears in the arguments, the workspace or the output.
"""

from __future__ import annotations

import argparse
import getpass
import json
import sys
from datetime import datetime
from types import MappingProxyType
from typing import Any

from desktop_app.cli.common import add_workspace_argument, open_workspace, say
from desktop_app.domain.dates import display_moment
from desktop_app.messages import message
from desktop_app.sources.config import AUTH_KINDS, KINDS, SourceConfig, validate
from desktop_app.sources.errors import SourceInvalid
from desktop_app.sources.manage import MASK, Sources, SourceView
from desktop_app.sources.secret_store import kept_for_session_only


def register(subparsers: Any) -> None:
    parser = subparsers.add_parser("sources", help=say("sources.help"))
    actions = parser.add_subparsers(
        dest="sources_action", metavar=say("cli.metavar.action"), required=True
    )

    listing = actions.add_parser("list", help=say("sources.help.list"))
    listing.add_argument("--json", action="store_true", help=say("sources.help.json"))
    add_workspace_argument(listing)
    listing.set_defaults(handler=run_list)

    add = actions.add_parser("add", help=say("sources.help.add"))
    add.add_argument("key", metavar=say("sources.metavar.key"), help=say("sources.help.key"))
    add.add_argument("kind", choices=KINDS, help=say("sources.help.kind"))
    add.add_argument(
        "location", metavar=say("sources.metavar.location"), help=say("sources.help.location")
    )
    add.add_argument("--auth", choices=AUTH_KINDS, default="none", help=say("sources.help.auth"))
    add.add_argument("--user", default="", help=say("sources.help.user"))
    add.add_argument("--secret-stdin", action="store_true", help=say("sources.help.secret_stdin"))
    add.add_argument(
        "--option",
        action="append",
        default=[],
        metavar=say("sources.metavar.option"),
        help=say("sources.help.option"),
    )
    add_workspace_argument(add)
    add.set_defaults(handler=run_add)

    remove = actions.add_parser("remove", help=say("sources.help.remove"))
    remove.add_argument("key", metavar=say("sources.metavar.key"), help=say("sources.help.key"))
    add_workspace_argument(remove)
    remove.set_defaults(handler=run_remove)

    secret = actions.add_parser("secret", help=say("sources.help.secret"))
    secret.add_argument("key", metavar=say("sources.metavar.key"), help=say("sources.help.key"))
    secret.add_argument(
        "--secret-stdin", action="store_true", help=say("sources.help.secret_stdin")
    )
    secret.add_argument("--remove", action="store_true", help=say("sources.help.secret_remove"))
    add_workspace_argument(secret)
    secret.set_defaults(handler=run_secret)

    test = actions.add_parser("test", help=say("sources.help.test"))
    test.add_argument("key", metavar=say("sources.metavar.key"), help=say("sources.help.key"))
    add_workspace_argument(test)
    test.set_defaults(handler=run_test)


def _sources(args: argparse.Namespace) -> tuple[Any, Sources]:
    workspace = open_workspace(args)
    return workspace, Sources(workspace.database_path)


def run_list(args: argparse.Namespace) -> int:
    workspace, sources = _sources(args)
    try:
        views = sources.all()
    finally:
        workspace.close()
    if args.json:
        print(json.dumps([_plain(view) for view in views], ensure_ascii=False))
        return 0
    if not views:
        print(say("sources.none"))
    for view in views:
        _print_view(view)
    return 0


def _plain(view: SourceView) -> dict[str, Any]:
    config, status = view.config, view.status
    return {
        "key": config.key,
        "kind": config.kind,
        "location": config.location,
        "auth": config.auth_kind,
        "user": config.user_name,
        "secret": MASK if view.secret_stored else "",
        "enabled": config.enabled,
        "last_success": status.last_success,
        "last_attempt": status.last_attempt,
        "last_error": status.last_error,
        "interrupted": bool(status.resume),
        "counts": {
            "new": status.counts.new,
            "changed": status.counts.changed,
            "unchanged": status.counts.unchanged,
            "pending_removals": status.counts.pending_removals,
            "failed": status.counts.failed,
        },
    }


def _print_view(view: SourceView) -> None:
    config, status = view.config, view.status
    print(f"{config.key}\t{config.kind}\t{config.location}")
    if config.needs_secret:
        secret = MASK if view.secret_stored else say("sources.list.secret_missing")
        user = config.user_name or "–"
        print("  " + say("sources.list.auth", auth=config.auth_kind, user=user, secret=secret))
    else:
        print("  " + say("sources.list.no_auth"))
    if not config.enabled:
        print("  " + say("sources.list.disabled"))
    if status.last_success:
        counts = say(
            "sync.counts",
            new=status.counts.new,
            changed=status.counts.changed,
            unchanged=status.counts.unchanged,
            pending=status.counts.pending_removals,
            failed=status.counts.failed,
        )
        when = display_moment(datetime.fromisoformat(status.last_success).astimezone())
        print("  " + say("sources.list.last_sync", when=when, counts=counts))
    else:
        print("  " + say("sources.list.never"))
    if status.last_error:
        print("  " + say("sources.list.error", message=_error_sentence(status.last_error, config)))
    if status.resume:
        print("  " + say("sources.list.resume"))


def _error_sentence(code: str, config: SourceConfig) -> str:
    """The stored failure as a sentence; the details of that moment are not kept."""
    return message(
        code,
        None,
        source=config.key,
        url=config.location,
        path=config.location,
        detail="–",
        status="?",
        seconds="?",
        attempts="?",
        reason="–",
        limit_mb="?",
    )


def _options(pairs: list[str]) -> dict[str, str]:
    options: dict[str, str] = {}
    for pair in pairs:
        name, equals, value = pair.partition("=")
        if not equals or not name.strip():
            raise SourceInvalid("option", source="", value=pair)
        options[name.strip()] = value.strip()
    return options


def run_add(args: argparse.Namespace) -> int:
    try:
        options = _options(args.option)
    except SourceInvalid as error:
        print(say("sources.bad_option", value=error.params.get("value", "")), file=sys.stderr)
        return 2
    config = SourceConfig(
        key=args.key,
        kind=args.kind,
        location=args.location,
        options=MappingProxyType(options),
        auth_kind=args.auth,
        user_name=args.user,
    )
    validate(config)  # before asking for a secret that could not be used
    secret: str | None = None
    if config.needs_secret:
        secret = _read_secret(config.key, args.secret_stdin)
        if not secret:
            print(say("sources.secret_empty"), file=sys.stderr)
            return 2
    workspace, sources = _sources(args)
    try:
        answer = sources.add(config, secret)
    finally:
        workspace.close()
    print(say("sources.added", source=config.key))
    if kept_for_session_only(answer):
        notice = getattr(sources.secrets, "session_notice", None)
        if callable(notice):
            print(notice(), file=sys.stderr)
    return 0


def _read_secret(key: str, from_stdin: bool) -> str:
    if from_stdin:
        return sys.stdin.readline().rstrip("\r\n")
    return getpass.getpass(say("sources.secret_prompt", source=key))


def run_remove(args: argparse.Namespace) -> int:
    workspace, sources = _sources(args)
    try:
        sources.remove(args.key)
    finally:
        workspace.close()
    print(say("sources.removed", source=args.key))
    return 0


def run_secret(args: argparse.Namespace) -> int:
    """A changed password or a revoked token: replace or remove the keyring entry only."""
    workspace, sources = _sources(args)
    try:
        config = sources.get(args.key)
        if not config.needs_secret:
            print(say("sources.secret_not_needed", source=config.key), file=sys.stderr)
            return 2
        if args.remove:
            sources.update(config, "")
            print(say("sources.secret_removed", source=config.key))
            return 0
        secret = _read_secret(config.key, args.secret_stdin)
        if not secret:
            print(say("sources.secret_unchanged", source=config.key), file=sys.stderr)
            return 2
        answer = sources.update(config, secret)
    finally:
        workspace.close()
    print(say("sources.secret_changed", source=config.key))
    if kept_for_session_only(answer):
        notice = getattr(sources.secrets, "session_notice", None)
        if callable(notice):
            print(notice(), file=sys.stderr)
    return 0


def run_test(args: argparse.Namespace) -> int:
    workspace, sources = _sources(args)
    try:
        result = sources.test(args.key)
    finally:
        workspace.close()
    print(result.message, file=sys.stdout if result.ok else sys.stderr)
    return 0 if result.ok else 1
