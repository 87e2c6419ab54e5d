"""Sources' secrets in a real keyring, and nowhere else.

Each test runs tests/secrets_child.py as real processes with an empty home of its own: the
workspace, the per-user configuration, the cache, the log and the keyring's own files all
land under it, so grepping it (with the processes' output) covers every place a secret
could be written. The Secret Service is gnome-keyring's, on a private D-Bus session bus
started by dbus-run-session (Debian packages dbus-bin and gnome-keyring, installed by
.ci/run), so the test never touches the developer's own keyring.
"""

from __future__ import annotations

import os
import shlex
import shutil
import signal
import subprocess
import sys
import uuid
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.processes import REPO

pytestmark = pytest.mark.slow

DBUS_RUN_SESSION = shutil.which("dbus-run-session")
GNOME_KEYRING = shutil.which("gnome-keyring-daemon")
needs_secret_service = pytest.mark.skipif(
    DBUS_RUN_SESSION is None or GNOME_KEYRING is None,
    reason="needs dbus-run-session and gnome-keyring-daemon for a real Secret Service "
    "(Debian packages dbus-bin and gnome-keyring; .ci/run installs them)",
)

SECRET_SERVICE_BACKEND = "keyring.backends.SecretService.Keyring"
CHILD = f"{shlex.quote(sys.executable)} -m tests.secrets_child"
TIMEOUT = 180


@dataclass
class Run:
    home: Path
    log: Path
    env: dict[str, str]
    first: str
    second: str
    output: str = ""


def new_run(tmp_path: Path, **extra: str) -> Run:
    """A user with nothing yet: a private home, no keyring of the developer's, no display.

    Without a display, gnome-keyring cannot show an unlock prompt, so a locked collection
    fails at once instead of waiting for someone to answer.
    """
    home = tmp_path / "user"
    home.mkdir()
    log = home / "logs" / "paatospaja.log"
    log.parent.mkdir()
    removed = {
        "DBUS_SESSION_BUS_ADDRESS",
        "DISPLAY",
        "WAYLAND_DISPLAY",
        "PYTHON_KEYRING_BACKEND",
        "GNOME_KEYRING_CONTROL",
        "PAATOSPAJA_HOME",
    }
    env = {k: v for k, v in os.environ.items() if k not in removed}
    # Random, with letters that UTF-8 and UTF-16 encode differently, so every encoding
    # the grep looks for is distinct and no fixed text can match by chance.
    first, second = (f"pw-{uuid.uuid4().hex}-Äö€" for _ in range(2))
    env.update(
        HOME=str(home),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_CACHE_HOME=str(home / "cache"),
        XDG_STATE_HOME=str(home / "state"),
        XDG_RUNTIME_DIR=str(home / "runtime"),
        LOCALAPPDATA=str(home / "AppData" / "Local"),
        APPDATA=str(home / "AppData" / "Roaming"),
        PAATOSPAJA_LANG="fi",
        PAATOSPAJA_TEST_LOG=str(log),
        PAATOSPAJA_TEST_SECRET_1=first,
        PAATOSPAJA_TEST_SECRET_2=second,
        PYTHONIOENCODING="utf-8",
        **extra,
    )
    (home / "runtime").mkdir(mode=0o700)
    return Run(home, log, env, first, second)


def run(command: list[str], the_run: Run) -> subprocess.CompletedProcess[str]:
    """Run bounded; on a hang, kill the whole process group (bus and keyring daemon too)."""
    with subprocess.Popen(
        command,
        cwd=REPO,
        env=the_run.env,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        start_new_session=True,
    ) as process:
        try:
            stdout, stderr = process.communicate(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.communicate()
            raise
    the_run.output += stdout + stderr
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def in_secret_service(script: str, the_run: Run, *, unlock: bool = True) -> str:
    """``script`` under a private session bus with gnome-keyring's Secret Service.

    ``--unlock`` with a password on stdin creates (or opens) the login collection unlocked,
    as a desktop login would; without it the daemon has no unlocked collection.
    """
    start = (
        "printf %s pw | gnome-keyring-daemon --unlock --components=secrets >/dev/null"
        if unlock
        else "gnome-keyring-daemon --start --components=secrets >/dev/null"
    )
    done = run([str(DBUS_RUN_SESSION), "--", "sh", "-c", f"set -e; {start}; {script}"], the_run)
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


def encodings(secret: str) -> list[bytes]:
    """The secret as UTF-8 (SQLite, logs, JSON) and UTF-16 (Windows) would hold it."""
    return [secret.encode("utf-8"), secret.encode("utf-16-le")]


def leaks(the_run: Run, *secrets: str) -> list[str]:
    """Every file under the home, and the processes' output, that holds one of the secrets."""
    needles = [needle for secret in secrets for needle in encodings(secret)]
    found = [
        str(path.relative_to(the_run.home))
        for path in sorted(the_run.home.rglob("*"))
        if path.is_file() and any(needle in path.read_bytes() for needle in needles)
    ]
    if any(secret in the_run.output for secret in secrets):
        found.append("the processes' stdout/stderr")
    return found


def written_files(the_run: Run) -> list[str]:
    return sorted(str(p.relative_to(the_run.home)) for p in the_run.home.rglob("*") if p.is_file())


def written_with(the_run: Run, folder: str, text: bytes) -> bool:
    """Whether a file under ``folder`` holds ``text`` (the masked form the child stored)."""
    return any(
        text in path.read_bytes() for path in (the_run.home / folder).rglob("*") if path.is_file()
    )


def check_grep_can_fail(the_run: Run) -> None:
    """The grep finds a secret where one is: a file written with it, and the output."""
    planted = the_run.home / "cache" / "planted.txt"
    planted.parent.mkdir(parents=True, exist_ok=True)
    planted.write_bytes(the_run.first.encode("utf-16-le"))
    assert leaks(the_run, the_run.first) == ["cache/planted.txt"]
    planted.unlink()


@needs_secret_service
def test_a_secret_is_stored_changed_and_removed_in_the_secret_service_only(
    tmp_path: Path,
) -> None:
    the_run = new_run(tmp_path)
    output = in_secret_service(
        " && ".join(f"{CHILD} keyring {phase}" for phase in ("store", "change", "remove", "gone")),
        the_run,
    )

    for phase in ("store", "change", "remove", "gone"):
        assert f"ok keyring {phase}" in output
    assert f"backend: {SECRET_SERVICE_BACKEND} usable: True" in output
    assert "Salasana tai tunnus on liian pitkä" in output  # the over-long one was refused
    files = written_files(the_run)
    # The places grepped below really were written: the workspace database, the log, and
    # gnome-keyring's own (encrypted) collection file.
    assert "data/Paatospaja/paatospaja.sqlite3" in files, files
    assert written_with(the_run, "data/Paatospaja", b"Bearer ********")
    assert any(name.startswith("data/keyrings/") for name in files), files
    log_text = the_run.log.read_text(encoding="utf-8")
    assert f"secrets are kept in {SECRET_SERVICE_BACKEND}" in log_text
    assert "authenticates with ********" in log_text
    assert leaks(the_run, the_run.first, the_run.second) == []
    check_grep_can_fail(the_run)


@needs_secret_service
def test_a_locked_secret_service_keeps_the_secret_for_this_run_only(tmp_path: Path) -> None:
    # No unlocked collection and no display for the unlock prompt: the keyring answers
    # "dismissed", and nothing may then be written anywhere else.
    the_run = new_run(tmp_path, PAATOSPAJA_TEST_EXPECT_CODE="secrets.locked")
    output = in_secret_service(
        f"{CHILD} session store && {CHILD} session restart", the_run, unlock=False
    )

    assert "ok session store" in output and "ok session restart" in output
    assert "backend: keyring.backends.SecretService.Keyring usable: False" in output
    assert "notice: Salasanaa ei voi tallentaa. Salasanasäilö on lukittu" in output
    assert "Se kysytään uudelleen, kun sovellus käynnistyy." in output
    assert written_with(the_run, "data/Paatospaja", b"Bearer ********")
    assert leaks(the_run, the_run.first, the_run.second) == []
    check_grep_can_fail(the_run)


def test_without_a_keyring_the_secret_is_kept_for_this_run_only(tmp_path: Path) -> None:
    # keyring's own setting for "no backend": what a machine without one ends up with.
    the_run = new_run(
        tmp_path,
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        PAATOSPAJA_TEST_EXPECT_CODE="secrets.no_backend",
    )
    child = [sys.executable, "-m", "tests.secrets_child", "session"]
    stored = run([*child, "store"], the_run)
    assert stored.returncode == 0, stored.stdout + stored.stderr
    restarted = run([*child, "restart"], the_run)
    assert restarted.returncode == 0, restarted.stdout + restarted.stderr

    assert "backend: keyring.backends.fail.Keyring usable: False code: secrets.no_backend" in (
        stored.stdout
    )
    assert (
        "notice: Salasanaa ei voi tallentaa. Tietokoneessa ei ole käytettävää salasanasäilöä "
        "(keyring.backends.fail.Keyring). Se kysytään uudelleen, kun sovellus käynnistyy."
    ) in stored.stdout
    assert "notice: Lösenordet kan inte sparas." in stored.stdout
    assert leaks(the_run, the_run.first, the_run.second) == []
    check_grep_can_fail(the_run)
