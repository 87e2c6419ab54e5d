"""The command line: ``paatospaja <command> …`` for scripting, checks and CI.

Each command lives in its own module with ``register(subparsers)``; the module adds a parser
whose ``handler`` takes the parsed arguments and returns the exit status. Errors the user
can act on are printed as one sentence in the user's language, never as a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import os
import sqlite3
import sys
from collections.abc import Sequence
from pathlib import Path

from desktop_app.cli.common import say, translate_argparse
from desktop_app.errors import PaatospajaError
from desktop_app.messages import LANGUAGES, describe, language_from_arguments, message
from desktop_app.paths import resolve_workspace
from desktop_app.storage.database import DATABASE_NAME, database_error, set_busy_listener

COMMAND_MODULES = [
    "desktop_app.cli.info",
    "desktop_app.cli.importing",
    "desktop_app.cli.search",
    "desktop_app.cli.export",
    "desktop_app.cli.meeting",
    "desktop_app.cli.publishing",  # after export: adds the "export public" kind
    "desktop_app.cli.opendata",  # after export: adds the "export opendata" kind
    "desktop_app.cli.item",
    "desktop_app.cli.privacy",
    "desktop_app.cli.samples",
    "desktop_app.cli.sources",
    "desktop_app.cli.sync",
]


def build_parser() -> argparse.ArgumentParser:
    translate_argparse()
    parser = argparse.ArgumentParser(prog="paatospaja", description=say("cli.help.program"))
    parser.add_argument("--lang", choices=LANGUAGES, help=say("cli.help.lang"))
    subparsers = parser.add_subparsers(dest="command", metavar=say("cli.metavar.command"))
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(subparsers)
    return parser


def command_names() -> set[str]:
    parser = build_parser()
    for action in parser._actions:
        if isinstance(action, argparse._SubParsersAction):
            return set(action.choices)
    return set()


def main(argv: Sequence[str] | None = None) -> int:
    arguments = list(sys.argv[1:] if argv is None else argv)
    language = language_from_arguments(arguments)
    if language is not None:
        # Every line the command prints follows --lang, wherever on the line it was given.
        os.environ["PAATOSPAJA_LANG"] = language
        arguments = _without_lang(arguments)
    parser = build_parser()
    args = parser.parse_args(arguments)
    if not getattr(args, "handler", None):
        parser.print_help()
        return 2
    set_busy_listener(_tell_waiting)
    try:
        return int(args.handler(args))
    except PaatospajaError as error:
        print(describe(error), file=sys.stderr)
        return 2
    except sqlite3.Error as error:
        # SQLite's own English is no message for the user, and a traceback even less so.
        print(describe(database_error(error, _database_of(args))), file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        print("\n" + say("cli.interrupted"), file=sys.stderr)
        return 130
    except BrokenPipeError:
        # "paatospaja search … | head": the reader has gone; say nothing more.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return 1
    finally:
        set_busy_listener(None)


def _without_lang(arguments: list[str]) -> list[str]:
    """The arguments without ``--lang X``: it is read before parsing, wherever it stands."""
    kept: list[str] = []
    skip = False
    for index, argument in enumerate(arguments):
        if skip:
            skip = False
            continue
        if argument == "--":
            return kept + arguments[index:]
        if argument == "--lang":
            skip = True
            continue
        if argument.startswith("--lang="):
            continue
        kept.append(argument)
    return kept


def _tell_waiting(_database: Path, seconds: float) -> None:
    """A command waiting on another program's write lock says so instead of looking hung."""
    print(message("database.waiting", None, seconds=max(1, round(seconds))), file=sys.stderr)


def _database_of(args: argparse.Namespace) -> Path:
    """The database the command worked on: the workspace's, as ``--workspace`` resolves."""
    return resolve_workspace(getattr(args, "workspace", None)) / DATABASE_NAME


if __name__ == "__main__":
    sys.exit(main())
