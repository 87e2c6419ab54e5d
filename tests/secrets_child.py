"""One step of a secret's life, run as its own process by tests/test_secrets_keyring.py.

``python -m tests.secrets_child MODE PHASE``: MODE is ``keyring`` (a real keyring must keep
the secret from one process to the next) or ``session`` (no usable keyring: the secret lives
in this process only). Each phase first checks what the previous process left, so the
keyring's answers come from the keyring and not from this process's memory.

The secrets arrive in PAATOSPAJA_TEST_SECRET_1 and _2 and are never printed: the test greps
this process's output, its log file (PAATOSPAJA_TEST_LOG) and every folder it wrote to.
Everything that could show a secret by accident is printed or logged on purpose.
"""

from __future__ import annotations

import io
import json
import logging
import os
import sys

from desktop_app.errors import PaatospajaError, SecretTooLong
from desktop_app.messages import LANGUAGES, describe
from desktop_app.secrets import (
    SERVICE,
    Secret,
    StoredIn,
    backend_status,
    default_store,
    delete_secret,
    get_secret,
    set_secret,
)
from desktop_app.storage.database import transaction
from desktop_app.storage.meta import get_meta, set_meta
from desktop_app.workspace import Workspace

SOURCE = "kaupunki-paatosrajapinta"
CLI_SOURCE = "naapurikunta"  # a source managed through the command line, same keyring
log = logging.getLogger("secrets_child")


class StepFailed(Exception):
    """A check failed; the text names the check, never a value."""


def expect(condition: bool, what: str) -> None:
    if not condition:
        raise StepFailed(what)


def show_everything(secret: Secret, plain: str) -> None:
    """Print and log every form a careless caller might produce, plus the error paths."""
    print("repr:", repr(secret), "str:", secret, f"format: {secret} {secret!r} {secret:>12}")
    log.info("source %s authenticates with %s (%r)", SOURCE, secret, secret)
    print("store:", repr(default_store()), "status:", backend_status())
    try:
        json.dumps({"token": secret})
    except TypeError as error:
        print("json refuses a secret:", error)
    else:
        raise StepFailed("json.dumps serialised a Secret")
    try:
        set_secret(SOURCE + "-too-long", plain * 2000)
    except SecretTooLong as error:
        log.warning("refused: %s %r %s", error, error, error.params)
        for language in LANGUAGES:
            print("too long:", describe(error, language))
    else:
        raise StepFailed("an over-long secret was accepted")


def keep_in_workspace(secret: Secret) -> None:
    """What a source's settings would keep in the (shared) workspace: the masked form."""
    workspace = Workspace.open()
    try:
        with transaction(workspace.db):
            set_meta(workspace.db, f"sources.{SOURCE}.auth", f"Bearer {secret}")
        expect(get_meta(workspace.db, f"sources.{SOURCE}.auth").endswith("*"), "masked meta")
    finally:
        workspace.close()


def cli(*arguments: str, stdin: str = "") -> None:
    """Run the real command line in this process; its output is what the test greps."""
    from desktop_app.cli import main as cli_main

    saved = sys.stdin
    sys.stdin = io.StringIO(stdin + "\n")
    try:
        status = cli_main(list(arguments))
    finally:
        sys.stdin = saved
    expect(status == 0, f"paatospaja {' '.join(arguments[:2])} succeeded")


def cli_phase(phase: str, first: str, second: str) -> None:
    if phase == "store":
        url = "https://127.0.0.1:9/paatokset.jsonl"
        cli("sources", "add", CLI_SOURCE, "jsonl_url", url, "--auth", "bearer",
            "--secret-stdin", stdin=first)  # fmt: skip
        expect(get_secret(CLI_SOURCE) == Secret(first), "the CLI stored it in the keyring")
        cli("sources", "list")
        cli("sources", "list", "--json")
    elif phase == "change":
        expect(get_secret(CLI_SOURCE) == Secret(first), "a new process reads the CLI's secret")
        cli("sources", "secret", CLI_SOURCE, "--secret-stdin", stdin=second)
        expect(get_secret(CLI_SOURCE) == Secret(second), "the CLI changed it")
        cli("sources", "list", "--json")
    elif phase == "remove":
        cli("sources", "remove", CLI_SOURCE)
        expect(get_secret(CLI_SOURCE) is None, "the CLI removed it with the source")


def keyring_phase(phase: str, first: str, second: str) -> None:
    status = backend_status()
    print("backend:", status.backend, "usable:", status.usable, "code:", status.code)
    expect(status.usable, f"the keyring is usable ({status.code})")
    if phase == "store":
        expect(get_secret(SOURCE) is None, "nothing stored before the first store")
        expect(set_secret(SOURCE, first) is StoredIn.KEYRING, "stored in the keyring")
        expect(get_secret(SOURCE) == Secret(first), "read back in the same process")
        show_everything(Secret(first), first)
        keep_in_workspace(Secret(first))
    elif phase == "change":
        expect(get_secret(SOURCE) == Secret(first), "a new process reads the stored secret")
        expect(set_secret(SOURCE, Secret(second)) is StoredIn.KEYRING, "changed in the keyring")
        expect(get_secret(SOURCE) == Secret(second), "the changed secret is read back")
    elif phase == "remove":
        expect(get_secret(SOURCE) == Secret(second), "a new process reads the changed secret")
        delete_secret(SOURCE)
        expect(get_secret(SOURCE) is None, "removed")
        delete_secret(SOURCE)  # removing what is not there is no error
    elif phase == "gone":
        expect(get_secret(SOURCE) is None, "a new process finds the secret removed")
        expect(get_secret(CLI_SOURCE) is None, "and the CLI's secret removed")
    else:
        raise StepFailed(f"unknown phase {phase}")
    cli_phase(phase, first, second)


def session_phase(phase: str, first: str, second: str) -> None:
    status = backend_status()
    print("backend:", status.backend, "usable:", status.usable, "code:", status.code)
    expect(not status.usable, "the keyring is refused")
    expect(status.code == os.environ["PAATOSPAJA_TEST_EXPECT_CODE"], f"code {status.code}")
    for language in LANGUAGES:
        print("notice:", status.session_notice(language))
    if phase == "store":
        expect(get_secret(SOURCE) is None, "nothing before the secret is typed in")
        expect(set_secret(SOURCE, first) is StoredIn.SESSION, "kept for this run only")
        expect(get_secret(SOURCE) == Secret(first), "the run keeps it")
        expect(set_secret(SOURCE, second) is StoredIn.SESSION, "changed for this run")
        expect(get_secret(SOURCE) == Secret(second), "the run keeps the change")
        show_everything(Secret(second), second)
        keep_in_workspace(Secret(second))
    elif phase == "restart":
        expect(get_secret(SOURCE) is None, "a new run asks again")
        expect(set_secret(SOURCE, first) is StoredIn.SESSION, "kept for this run only")
        delete_secret(SOURCE)
        expect(get_secret(SOURCE) is None, "removed")
    else:
        raise StepFailed(f"unknown phase {phase}")


def main(argv: list[str]) -> int:
    mode, phase = argv
    logging.basicConfig(
        level=logging.DEBUG,
        format="%(asctime)s %(levelname)s %(name)s: %(message)s",
        handlers=[
            logging.FileHandler(os.environ["PAATOSPAJA_TEST_LOG"], encoding="utf-8"),
            logging.StreamHandler(sys.stderr),
        ],
    )
    first = os.environ["PAATOSPAJA_TEST_SECRET_1"]
    second = os.environ["PAATOSPAJA_TEST_SECRET_2"]
    try:
        (keyring_phase if mode == "keyring" else session_phase)(phase, first, second)
    except (StepFailed, PaatospajaError) as error:
        print(f"FAILED {mode} {phase}: {type(error).__name__}: {error}", file=sys.stderr)
        return 1
    print(f"ok {mode} {phase} ({SERVICE})")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
