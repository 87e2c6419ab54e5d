"""The ``paatospaja`` entry point: a command runs in the core, no command opens the window.

Qt is imported only when the window is wanted, so scripted commands start fast and work
on machines without a display.
"""

from __future__ import annotations

import argparse
import multiprocessing
import sys
from collections.abc import Sequence


def main(argv: Sequence[str] | None = None) -> int:
    # A frozen Windows build re-runs this executable for the index-building worker
    # processes (spawn); freeze_support lets such a child do its work and exit.
    multiprocessing.freeze_support()
    args = list(sys.argv[1:] if argv is None else argv)
    from desktop_app.cli import command_names
    from desktop_app.cli import main as cli_main

    if args and (args[0] in command_names() or args[0] in ("-h", "--help")):
        return cli_main(args)
    parser = argparse.ArgumentParser(prog="paatospaja")
    parser.add_argument("--workspace", metavar="KANSIO")
    parser.add_argument("--lang", choices=["fi", "sv", "en"])
    options, qt_args = parser.parse_known_args(args)
    from ui.app import run_app

    return run_app(options.workspace, options.lang, qt_args)


if __name__ == "__main__":
    sys.exit(main())
