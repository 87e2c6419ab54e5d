"""The workspace lock between real processes: who holds it, waiting, crashes, other hosts."""

from __future__ import annotations

import getpass
import json
import os
import socket
import stat
import subprocess
import sys
import threading
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest

from desktop_app.errors import WorkspaceBusy, WorkspaceNotWritable
from desktop_app.messages import describe
from desktop_app.storage.workspace_lock import (
    INFO_NAME,
    LOCK_NAME,
    LockOwner,
    WorkspaceLock,
)

# Says "ready", waits for a line, tries the lock, says "held" or "busy", waits for a line,
# and releases (returncode 0) unless killed first.
CHILD = """
import sys
from pathlib import Path
from desktop_app.storage.workspace_lock import WorkspaceLock
print("ready", flush=True)
sys.stdin.readline()
lock, owner = WorkspaceLock.try_acquire(Path(sys.argv[1]), "command")
print("held" if lock else f"busy {owner.pid}", flush=True)
sys.stdin.readline()
if lock:
    lock.release()
"""


class Child:
    def __init__(self, root: Path) -> None:
        self.process = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(root)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            text=True,
        )
        assert self.read() == "ready"

    def read(self) -> str:
        assert self.process.stdout is not None
        return self.process.stdout.readline().strip()

    def tell(self) -> None:
        assert self.process.stdin is not None
        self.process.stdin.write("go\n")
        self.process.stdin.flush()

    def acquire(self) -> str:
        self.tell()
        return self.read()

    def finish(self) -> int:
        self.tell()
        return self.process.wait(timeout=30)


@pytest.fixture
def children() -> Iterator[list[Child]]:
    started: list[Child] = []
    yield started
    for child in started:
        if child.process.poll() is None:
            child.process.kill()
        child.process.wait(timeout=30)
        for pipe in (child.process.stdin, child.process.stdout):
            if pipe is not None:
                pipe.close()


def holding_child(root: Path, children: list[Child]) -> Child:
    child = Child(root)
    children.append(child)
    assert child.acquire() == "held"
    return child


def test_a_second_process_sees_who_holds_the_workspace(
    tmp_path: Path, children: list[Child]
) -> None:
    child = holding_child(tmp_path, children)

    lock, owner = WorkspaceLock.try_acquire(tmp_path, "window")

    assert lock is None
    assert owner is not None
    assert (owner.pid, owner.host, owner.user, owner.kind) == (
        child.process.pid,
        socket.gethostname(),
        getpass.getuser(),
        "command",
    )
    assert WorkspaceLock.owner(tmp_path) == owner


def test_waiting_for_a_held_workspace_ends_in_a_busy_error(
    tmp_path: Path, children: list[Child]
) -> None:
    child = holding_child(tmp_path, children)
    heard: list[LockOwner] = []

    with pytest.raises(WorkspaceBusy) as raised:
        WorkspaceLock.wait(tmp_path, "window", timeout=1, on_wait=heard.append)

    assert [owner.pid for owner in heard] == [child.process.pid]
    error = raised.value
    assert error.code == "workspace.busy"
    assert error.params["pid"] == child.process.pid
    assert error.params["host"] == socket.gethostname()
    sentence = describe(error, "fi")
    assert f"prosessi {child.process.pid}" in sentence
    assert "Odotettiin 1 s" in sentence
    assert "{" not in describe(error, "sv") + describe(error, "en")


def test_the_lock_is_free_after_the_holder_exits(tmp_path: Path, children: list[Child]) -> None:
    child = holding_child(tmp_path, children)
    assert child.finish() == 0

    assert not (tmp_path / INFO_NAME).exists()
    assert WorkspaceLock.owner(tmp_path) is None
    lock, owner = WorkspaceLock.try_acquire(tmp_path, "window")
    assert lock is not None
    assert owner is None
    lock.release()


def test_waiting_gets_the_lock_when_the_holder_exits(
    tmp_path: Path, children: list[Child]
) -> None:
    child = holding_child(tmp_path, children)
    closer = threading.Timer(0.5, child.finish)
    closer.start()
    try:
        with WorkspaceLock.wait(tmp_path, "window", timeout=60) as lock:
            assert WorkspaceLock.owner(tmp_path) == lock.holder
    finally:
        closer.join()


def test_a_killed_holder_leaves_a_stale_lock_that_is_taken_silently(
    tmp_path: Path, children: list[Child]
) -> None:
    child = holding_child(tmp_path, children)
    child.process.kill()
    child.process.wait(timeout=30)

    left = LockOwner.from_json((tmp_path / INFO_NAME).read_bytes())
    assert left is not None
    assert left.pid == child.process.pid
    assert WorkspaceLock.owner(tmp_path) is None
    lock, owner = WorkspaceLock.try_acquire(tmp_path, "window")
    assert lock is not None, owner
    recorded = LockOwner.from_json((tmp_path / INFO_NAME).read_bytes())
    assert recorded == lock.holder
    assert recorded.pid == os.getpid()
    lock.release()


def write_foreign_record(root: Path) -> LockOwner:
    other = LockOwner("toinen-tyoasema", "maija", 4242, datetime(2024, 5, 2, 9, 30, tzinfo=UTC),
                      "window")  # fmt: skip
    (root / INFO_NAME).write_bytes(other.to_json())
    return other


def test_a_record_of_another_host_is_not_taken_without_confirmation(tmp_path: Path) -> None:
    other = write_foreign_record(tmp_path)

    assert WorkspaceLock.try_acquire(tmp_path, "window") == (None, other)
    assert WorkspaceLock.owner(tmp_path) == other
    with pytest.raises(WorkspaceBusy) as raised:
        WorkspaceLock.wait(tmp_path, "window", timeout=0.3)
    assert raised.value.params["host"] == "toinen-tyoasema"

    lock = WorkspaceLock.take_over(tmp_path, "window")
    assert WorkspaceLock.owner(tmp_path) == lock.holder
    assert LockOwner.from_json((tmp_path / INFO_NAME).read_bytes()) == lock.holder
    lock.release()
    assert WorkspaceLock.owner(tmp_path) is None


def test_take_over_does_not_steal_from_a_live_process_of_this_host(
    tmp_path: Path, children: list[Child]
) -> None:
    child = holding_child(tmp_path, children)

    with pytest.raises(WorkspaceBusy) as raised:
        WorkspaceLock.take_over(tmp_path, "window")

    assert raised.value.params["pid"] == child.process.pid


def test_of_processes_racing_for_the_lock_exactly_one_wins(
    tmp_path: Path, children: list[Child]
) -> None:
    racers = [Child(tmp_path) for _ in range(4)]
    children.extend(racers)
    for racer in racers:
        racer.tell()
    results = [racer.read() for racer in racers]

    assert sorted(r.split()[0] for r in results) == ["busy", "busy", "busy", "held"], results
    winner = racers[results.index("held")].process.pid
    assert all(r == f"busy {winner}" for r in results if r != "held")


def test_of_threads_racing_in_one_process_exactly_one_wins(tmp_path: Path) -> None:
    start = threading.Barrier(4)
    won: list[WorkspaceLock] = []
    lost: list[LockOwner | None] = []

    def race() -> None:
        start.wait()
        lock, owner = WorkspaceLock.try_acquire(tmp_path, "window")
        (won.append(lock) if lock else lost.append(owner))

    threads = [threading.Thread(target=race) for _ in range(4)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()

    assert len(won) == 1
    assert lost == [won[0].holder] * 3
    won[0].release()


def test_release_is_idempotent_and_removes_the_record(tmp_path: Path) -> None:
    lock = WorkspaceLock.take_over(tmp_path, "window")
    with lock:
        assert (tmp_path / INFO_NAME).exists()
        if os.name != "nt":
            for name in (LOCK_NAME, INFO_NAME):
                assert stat.S_IMODE((tmp_path / name).stat().st_mode) == 0o600
    lock.release()
    lock.release()

    assert not (tmp_path / INFO_NAME).exists()
    again, _ = WorkspaceLock.try_acquire(tmp_path, "command")
    assert again is not None
    again.release()


def test_a_damaged_record_with_a_free_lock_is_stale(tmp_path: Path) -> None:
    (tmp_path / INFO_NAME).write_text("{ei json", encoding="utf-8")
    assert WorkspaceLock.owner(tmp_path) is None
    lock, _ = WorkspaceLock.try_acquire(tmp_path, "window")
    assert lock is not None
    lock.release()


def test_a_folder_where_files_cannot_be_created_is_not_writable(tmp_path: Path) -> None:
    blocker = tmp_path / "tiedosto"
    blocker.write_text("x", encoding="utf-8")

    with pytest.raises(WorkspaceNotWritable) as raised:
        WorkspaceLock.try_acquire(blocker / "ws", "window")

    assert raised.value.params["path"] == str(blocker / "ws")


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions and mounts")
def test_a_read_only_folder_is_not_writable(tmp_path: Path) -> None:
    folder = tmp_path / "ro"
    folder.mkdir()
    if os.geteuid() != 0:
        folder.chmod(0o500)
        try:
            with pytest.raises(WorkspaceNotWritable):
                WorkspaceLock.try_acquire(folder, "window")
        finally:
            folder.chmod(0o700)
        return
    mounted = subprocess.run(["mount", "-t", "tmpfs", "-o", "ro", "tmpfs", str(folder)],
                             capture_output=True, text=True, check=False)  # fmt: skip
    if mounted.returncode != 0:
        pytest.skip(f"root cannot mount a read-only tmpfs here: {mounted.stderr.strip()}")
    try:
        with pytest.raises(WorkspaceNotWritable) as raised:
            WorkspaceLock.try_acquire(folder, "window")
        assert raised.value.params["path"] == str(folder)
        assert WorkspaceLock.owner(folder) is None
    finally:
        subprocess.run(["umount", str(folder)], check=True)


def test_an_unknown_kind_is_refused(tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        WorkspaceLock.try_acquire(tmp_path, "ikkuna")
    assert not (tmp_path / LOCK_NAME).exists()
    assert json.dumps(LockOwner.current("window").params())  # plain values only


def test_a_record_of_this_host_without_the_os_lock_is_stale_even_if_its_pid_lives(
    tmp_path: Path,
) -> None:
    """A reused PID must not keep the workspace closed: the OS lock is what counts here."""
    living = LockOwner(socket.gethostname(), "maija", os.getppid(), datetime.now(UTC), "window")
    (tmp_path / INFO_NAME).write_bytes(living.to_json())

    assert WorkspaceLock.owner(tmp_path) is None
    lock, owner = WorkspaceLock.try_acquire(tmp_path, "command")
    assert lock is not None, owner
    assert lock.holder.pid == os.getpid()
    lock.release()
