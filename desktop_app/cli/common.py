"""What the commands share: the workspace, progress on stderr, argparse in the user's language."""

from __future__ import annotations

import argparse
import dataclasses
import enum
import json
import os
import sys
from datetime import date, datetime
from typing import Any

from desktop_app.messages import has_message, message
from desktop_app.paths import resolve_workspace
from desktop_app.storage.database import DATABASE_NAME
from desktop_app.storage.workspace_lock import LockOwner
from desktop_app.tasks import TaskState
from desktop_app.workspace import COMMAND_LOCK_WAIT_SECONDS, Role, Workspace

LOCK_WAIT_VARIABLE = "PAATOSPAJA_LOCK_WAIT"

# argparse's own sentences → their catalog codes, so that usage lines and errors speak the
# language of the rest of the output.
ARGPARSE_CODES = {
    "usage: ": "argparse.usage",
    "positional arguments": "argparse.positional",
    "options": "argparse.options",
    "optional arguments": "argparse.options",
    "show this help message and exit": "argparse.help",
    "%(prog)s: error: %(message)s\n": "argparse.error",
    "the following arguments are required: %s": "argparse.required",
    "unrecognized arguments: %s": "argparse.unrecognized",
    "expected one argument": "argparse.one_value",
    "argument %(argument_name)s: %(message)s": "argparse.argument",
    "invalid choice: %(value)r (choose from %(choices)s)": "argparse.invalid_choice",
    "invalid %(type)s value: %(value)r": "argparse.invalid_value",
    "ambiguous option: %(option)s could match %(matches)s": "argparse.ambiguous",
}


def say(code: str, /, **params: Any) -> str:
    """A catalog sentence in the language of the command line (``--lang``)."""
    return message(code, None, **params)


def translate_argparse() -> None:
    """Put argparse's texts into the user's language; it looks ``_`` up in its module each time.

    argparse's ``%``-placeholders pass through the catalog untouched: the catalog's
    ``{…}``-placeholders are a different syntax.
    """

    def translated(text: str) -> str:
        code = ARGPARSE_CODES.get(text)
        return text if code is None else say(code)

    argparse._ = translated  # type: ignore[attr-defined]


def add_workspace_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--workspace",
        metavar=say("cli.metavar.folder"),
        help=say("cli.help.workspace"),
    )


def add_json_argument(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--json", action="store_true", help=say("cli.help.json"))


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
        print(say("cli.workspace_created", path=folder), file=sys.stderr)
    elif adopted:
        print(say("cli.workspace_adopted", path=folder), file=sys.stderr)
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
        raise argparse.ArgumentTypeError(say("cli.not_integer", value=repr(text))) from None
    if value < 1:
        raise argparse.ArgumentTypeError(say("cli.too_small", value=value))
    return value


def progress_printer(label_code: str) -> TaskState:
    """Progress on stderr: one line redrawn on a terminal, a line every 10 % into a log."""
    label = say(label_code)
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


def label(key: str) -> str:
    """A result key as the reader's language names it (``cli.field.<key>``); else the key."""
    code = f"cli.field.{key}"
    return say(code) if has_message(code) else key


def shown(value: Any) -> str:
    """A value for a person: yes/no and stored codes in words, nothing for None."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return say("cli.yes" if value else "cli.no")
    if isinstance(value, enum.Enum):
        code = f"cli.value.{value.value}"
        return say(code) if has_message(code) else str(value.value)
    if isinstance(value, datetime | date):
        return value.isoformat()
    return str(value)


def _shallow(value: Any) -> Any:
    """A dataclass as its fields by name (values kept as they are, for ``shown``)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
    return value


def print_result(result: dict[str, Any], as_json: bool) -> None:
    """One JSON object for scripts (language-neutral keys), or labelled lines for a person."""
    if as_json:
        print(json.dumps(plain(result), ensure_ascii=False))
        return
    for key, raw in result.items():
        value = _shallow(raw)
        if isinstance(value, list):
            value = [_shallow(v) for v in value]
        if isinstance(value, list) and value and all(isinstance(v, dict) for v in value):
            print(f"{label(key)}:")  # rows of a table: one line a row, not a Python list
            for row in value:
                print("  " + "\t".join(shown(v) for v in row.values()))
        elif isinstance(value, list | tuple):
            print(f"{label(key)}: {', '.join(shown(v) for v in value)}")
        elif isinstance(value, dict):
            print(f"{label(key)}:")
            for name, inner in value.items():
                print(f"  {label(str(name))}: {shown(inner)}")
        else:
            print(f"{label(key)}: {shown(value)}")
