"""The ``paatospaja`` entry point: a command runs in the core, no command opens the window.

Qt is imported only when the window is wanted, so scripted commands start fast and work
on machines without a display.
"""

from __future__ import annotations

import argparse
import multiprocessing
import os
import sys
from collections.abc import Sequence

from desktop_app.messages import message

LANGUAGES = ("fi", "sv", "en")


def main(argv: Sequence[str] | None = None) -> int:
    # A frozen Windows build re-runs this executable for the index-building worker
    # processes (spawn); freeze_support lets such a child do its work and exit.
    multiprocessing.freeze_support()
    args = list(sys.argv[1:] if argv is None else argv)
    from desktop_app.cli import command_names
    from desktop_app.cli import main as cli_main

    command = _command_line(args, command_names())
    if command is not None:
        return cli_main(command)
    parser = argparse.ArgumentParser(prog="paatospaja")
    parser.add_argument("--workspace", metavar=message("cli.metavar.folder"))
    parser.add_argument("--lang", choices=LANGUAGES)
    # Checks the installation in a temporary workspace (never --workspace) and exits.
    parser.add_argument("--self-test", action="store_true")
    options, qt_args = parser.parse_known_args(args)
    if options.self_test:
        from ui.self_test import run_self_test

        return run_self_test(options.lang)
    from ui.app import run_app

    return run_app(options.workspace, options.lang, qt_args)


def _command_line(args: list[str], commands: set[str]) -> list[str] | None:
    """The arguments for a command, or None when the window is wanted.

    The window's options may come first ("--workspace X info"); --workspace is passed on
    at the end, and --lang sets the language of the command's messages.
    """
    options: list[tuple[str, str]] = []
    rest = list(args)
    while rest and rest[0].split("=", 1)[0] in ("--workspace", "--lang"):
        name, _, value = rest.pop(0).partition("=")
        if not value and rest:
            value = rest.pop(0)
        options.append((name, value))
    if not rest or (rest[0].startswith("-") and rest[0] not in ("-h", "--help")):
        return None  # the window, with Qt's own options if any
    # a command, or a mistyped one that the command line answers with the list of commands
    passed: list[str] = []
    for name, value in options:
        if name == "--lang":
            if value not in LANGUAGES:
                raise SystemExit(message("cli.unknown_language", None, value=repr(value)))
            os.environ["PAATOSPAJA_LANG"] = value
        else:
            passed.extend((name, value))
    # last: "meeting show 1" and "export agenda …" take --workspace on their own sub-command
    return [*rest, *passed]


if __name__ == "__main__":
    sys.exit(main())
