"""What the commands share: the workspace, progress on stderr, Finnish argparse texts."""

from __future__ import annotations

import argparse
import dataclasses
import enum
import json
import os
import sys
from datetime import date, datetime
from typing import Any

from desktop_app.messages import message
from desktop_app.paths import resolve_workspace
from desktop_app.storage.database import DATABASE_NAME
from desktop_app.storage.workspace_lock import LockOwner
from desktop_app.tasks import TaskState
from desktop_app.workspace import COMMAND_LOCK_WAIT_SECONDS, Role, Workspace

LOCK_WAIT_VARIABLE = "PAATOSPAJA_LOCK_WAIT"

# argparse's own sentences, so that usage lines and errors speak the language of the rest.
ARGPARSE_TEXTS = {
    "usage: ": "käyttö: ",
    "positional arguments": "argumentit",
    "options": "valitsimet",
    "optional arguments": "valitsimet",
    "show this help message and exit": "näytä tämä ohje ja lopeta",
    "%(prog)s: error: %(message)s\n": "%(prog)s: virhe: %(message)s\n",
    "the following arguments are required: %s": "nämä puuttuvat: %s",
    "unrecognized arguments: %s": "tuntemattomia argumentteja: %s",
    "expected one argument": "tähän kuuluu yksi arvo",
    "argument %(argument_name)s: %(message)s": "%(argument_name)s: %(message)s",
    "invalid choice: %(value)r (choose from %(choices)s)": (
        "tuntematon valinta: %(value)r (vaihtoehdot: %(choices)s)"
    ),
    "invalid %(type)s value: %(value)r": "virheellinen arvo: %(value)r",
    "ambiguous option: %(option)s could match %(matches)s": (
        "epäselvä valitsin: %(option)s voi olla %(matches)s"
    ),
}


def finnish_argparse() -> None:
    """Make argparse's texts Finnish; it looks ``_`` up in its module each time."""
    argparse._ = lambda text: ARGPARSE_TEXTS.get(text, text)  # type: ignore[attr-defined]


def add_workspace_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--workspace",
        metavar="KANSIO",
        help="työtilan kansio (oletus: PAATOSPAJA_HOME tai käyttäjän datakansio)",
    )


def open_workspace(args: argparse.Namespace, *, write: bool = True) -> Workspace:
    """The workspace the command works on.

    A command that writes takes the workspace lock for its duration, waiting a bounded time
    for another command or workstation that holds it (a window on this computer is written
    beside: every write is a compare-and-swap). A new workspace is announced: a mistyped
    --workspace would otherwise quietly start an empty workspace.
    """
    folder = resolve_workspace(args.workspace)
    created = not folder.exists()
    adopted = not created and not (folder / DATABASE_NAME).exists()
    lock_wait = _lock_wait()

    def waiting(owner: LockOwner) -> None:
        text = message("workspace.waiting", None, seconds=round(lock_wait), **owner.params())
        print(text, file=sys.stderr)

    workspace = Workspace.open(
        folder,
        role=Role.COMMAND if write else Role.READER,
        lock_wait=lock_wait,
        on_wait=waiting,
    )
    if created:
        print(f"Uusi työtila luotiin: {folder}", file=sys.stderr)
    elif adopted:
        print(f"Kansiosta tehtiin uusi työtila: {folder}", file=sys.stderr)
    return workspace


def _lock_wait() -> float:
    """Seconds a writing command waits for the workspace (``PAATOSPAJA_LOCK_WAIT``)."""
    try:
        return max(0.0, float(os.environ.get(LOCK_WAIT_VARIABLE, "")))
    except ValueError:
        return COMMAND_LOCK_WAIT_SECONDS


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least one."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} ei ole kokonaisluku") from None
    if value < 1:
        raise argparse.ArgumentTypeError(f"{value} on liian pieni; pienin sallittu on 1")
    return value


def progress_printer(label: str) -> TaskState:
    """Progress on stderr: one line redrawn on a terminal, a line every 10 % into a log."""
    last = [-1]
    terminal = sys.stderr.isatty()

    def show(done: int, total: int, message: str) -> None:
        if not total and not done:  # no amount to tell (waiting for another process)
            print(f"{label}: {message}", file=sys.stderr)
            return
        percent = int(100 * done / total) if total else 100
        step = percent if terminal else percent // 10 * 10
        if step == last[0]:
            return
        last[0] = step
        if terminal:
            print(f"\r{label} {percent:3d} % {message[:50]:<50}", end="", file=sys.stderr)
            if done >= total:
                print(file=sys.stderr)
        else:
            print(f"{label} {step:3d} % {message[:50]}", file=sys.stderr)

    return TaskState(show)


def plain(value: Any) -> Any:
    """A value as JSON holds it: enums by their stored value, dates in ISO form."""
    if isinstance(value, enum.Enum):
        return value.value
    if isinstance(value, datetime | date):
        return value.isoformat()
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, dict):
        return {str(plain(k)): plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [plain(v) for v in value]
    return value


def print_result(result: dict[str, Any], as_json: bool) -> None:
    """One JSON object for scripts, or ``key: value`` lines for a person reading."""
    if as_json:
        print(json.dumps(plain(result), ensure_ascii=False))
        return
    for key, value in plain(result).items():
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            print(f"{key}:")  # rows of a table: one line a row, not a Python list
            for row in value:
                print("  " + "\t".join("" if v is None else str(v) for v in row.values()))
        elif isinstance(value, list):
            print(f"{key}: {', '.join(str(v) for v in value)}")
        elif isinstance(value, dict):
            print(f"{key}:")
            for name, inner in value.items():
                print(f"  {name}: {'' if inner is None else inner}")
        else:
            print(f"{key}: {'' if value is None else value}")
