"""One writer per workspace, and the name of whoever that is.

The holder keeps an operating-system lock (flock or msvcrt) on ``paatospaja.lock`` for as
long as it lives, so the lock goes with a crashed or killed process, and records who it is
in ``paatospaja.lock.json``. On one host the OS lock is the truth: a free OS lock means the
recorded owner is gone. Across hosts on a network share an OS lock may not be visible, so a
record naming another host is believed until the user confirms it is gone (``take_over``);
so is any record where the file system refuses OS locks. PIDs are never probed: on Windows
``os.kill`` would terminate the process.

Within one process the lock file is never opened twice: where the file system emulates
flock with POSIX record locks (NFS), closing a second descriptor would drop the first's lock.
"""

from __future__ import annotations

import contextlib
import getpass
import json
import os
import socket
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import TracebackType
from typing import Any

from desktop_app.atomic import write_bytes_atomic
from desktop_app.errors import (
    DiskFull,
    FileWriteFailed,
    TargetLocked,
    WorkspaceBusy,
    WorkspaceNotWritable,
)
from desktop_app.storage.os_lock import open_existing, open_lock_file, try_lock, unlock_and_close

LOCK_NAME = "paatospaja.lock"
INFO_NAME = "paatospaja.lock.json"
KINDS = ("window", "command")
POLL_S = 0.2
OnWait = Callable[["LockOwner"], None]

_held: set[str] = set()  # lock files this process holds, by resolved path
_guard = threading.Lock()


@dataclass(frozen=True)
class LockOwner:
    host: str
    user: str
    pid: int
    started: datetime  # when the owner took the lock, in UTC
    kind: str  # "window" or "command"

    @classmethod
    def current(cls, kind: str) -> LockOwner:
        if kind not in KINDS:
            raise ValueError(f"lock kind must be one of {KINDS}, not {kind!r}")
        try:
            user = getpass.getuser()
        except (OSError, KeyError, ImportError):  # a service account may have no login name
            user = "?"
        return cls(socket.gethostname(), user, os.getpid(), datetime.now(UTC), kind)

    def is_this_host(self) -> bool:
        return self.host.casefold() == socket.gethostname().casefold()

    def is_this_process(self) -> bool:
        return self.is_this_host() and self.pid == os.getpid()

    def params(self) -> dict[str, Any]:
        """The facts for a message or a banner; ``since`` is local wall-clock time."""
        since = self.started.astimezone().strftime("%Y-%m-%d %H:%M")
        return {"host": self.host, "user": self.user, "pid": self.pid, "since": since,
                "kind": self.kind}  # fmt: skip

    def to_json(self) -> bytes:
        record = asdict(self) | {"started": self.started.isoformat()}
        return json.dumps(record, ensure_ascii=False).encode("utf-8")

    @classmethod
    def from_json(cls, data: bytes) -> LockOwner | None:
        try:
            record = json.loads(data.decode("utf-8"))
            started = datetime.fromisoformat(str(record["started"]))
            return cls(str(record["host"]), str(record["user"]), int(record["pid"]),
                       started if started.tzinfo else started.replace(tzinfo=UTC),
                       str(record["kind"]))  # fmt: skip
        except (ValueError, KeyError, TypeError, AttributeError):
            return None


def _read_info(root: Path) -> LockOwner | None:
    try:
        return LockOwner.from_json((root / INFO_NAME).read_bytes())
    except OSError:
        return None


def _write_info(root: Path, owner: LockOwner) -> None:
    """Replace the record atomically; on Windows a reader holding it open blocks a moment."""
    for attempt in range(10):
        try:
            write_bytes_atomic(root / INFO_NAME, owner.to_json())
            return
        except TargetLocked:
            if attempt == 9:
                raise
            time.sleep(0.05)
        except (DiskFull, FileWriteFailed) as error:
            raise WorkspaceNotWritable(error.detail, path=str(root)) from error


def _busy(owner: LockOwner, waited: float) -> WorkspaceBusy:
    return WorkspaceBusy(f"workspace held by {owner}", waited=f"{waited:g}", **owner.params())


def _owner_while_busy(root: Path) -> LockOwner:
    """The recorded owner; a holder that has just taken the lock may not have written it yet."""
    for _ in range(10):
        owner = _read_info(root)
        if owner is not None:
            return owner
        time.sleep(0.05)
    return LockOwner("?", "?", 0, datetime.now(UTC), "window")


class WorkspaceLock:
    """A held workspace lock; ``release`` it, or use it as a context manager."""

    def __init__(self, root: Path, fd: int, holder: LockOwner, key: str) -> None:
        self.root = root
        self.holder = holder
        self._fd: int | None = fd
        self._key = key

    @classmethod
    def try_acquire(cls, root: Path, kind: str) -> tuple[WorkspaceLock | None, LockOwner | None]:
        """Return the held lock, or None and who has it; stale locks of this host are taken."""
        return cls._acquire(Path(root), kind, force=False)

    @classmethod
    def take_over(cls, root: Path, kind: str) -> WorkspaceLock:
        """Take a lock recorded for a host that the user has confirmed to be gone."""
        lock, owner = cls._acquire(Path(root), kind, force=True)
        if lock is None:
            raise _busy(owner or _owner_while_busy(Path(root)), 0)
        return lock

    @classmethod
    def wait(
        cls, root: Path, kind: str, timeout: float, on_wait: OnWait | None = None
    ) -> WorkspaceLock:
        """Poll until the lock is free; ``on_wait`` hears once whom it waits for."""
        deadline = time.monotonic() + timeout
        told = False
        while True:
            lock, owner = cls.try_acquire(root, kind)
            if lock is not None:
                return lock
            owner = owner or _owner_while_busy(Path(root))
            if not told and on_wait is not None:
                on_wait(owner)
                told = True
            left = deadline - time.monotonic()
            if left <= 0:
                raise _busy(owner, timeout)
            time.sleep(min(POLL_S, left))

    @staticmethod
    def owner(root: Path) -> LockOwner | None:
        """Who holds the workspace now; None when it is free or its record is stale."""
        root = Path(root)
        recorded = _read_info(root)
        if recorded is None:
            return None
        with _guard:
            if str((root / LOCK_NAME).resolve()) in _held:
                return recorded
            fd = open_existing(root / LOCK_NAME)
            state = try_lock(fd) if fd is not None else True
            if fd is not None:
                unlock_and_close(fd)
        if state is False or (state is None and not recorded.is_this_process()):
            return recorded
        return None if recorded.is_this_host() else recorded

    @classmethod
    def _acquire(
        cls, root: Path, kind: str, *, force: bool
    ) -> tuple[WorkspaceLock | None, LockOwner | None]:
        me = LockOwner.current(kind)
        key = str((root / LOCK_NAME).resolve())
        with _guard:
            if key in _held:
                return None, _read_info(root) or me
            try:
                fd = open_lock_file(root / LOCK_NAME)
            except OSError as error:
                raise WorkspaceNotWritable(error.strerror or str(error), path=str(root)) from error
            state = try_lock(fd)
            if state is not False:
                recorded = _read_info(root)
                foreign = recorded is not None and not recorded.is_this_process()
                trusted = state is True and (recorded is None or recorded.is_this_host())
                if foreign and not trusted and not force:
                    unlock_and_close(fd)
                    return None, recorded
                try:
                    _write_info(root, me)
                except BaseException:
                    unlock_and_close(fd)
                    raise
                _held.add(key)
                return cls(root, fd, me, key), None
            os.close(fd)
        return None, _owner_while_busy(root)

    def release(self) -> None:
        with _guard:
            if self._fd is None:
                return
            if _read_info(self.root) == self.holder:
                with contextlib.suppress(OSError):  # Windows: a reader has it open
                    (self.root / INFO_NAME).unlink()
            unlock_and_close(self._fd)
            self._fd = None
            _held.discard(self._key)

    def __enter__(self) -> WorkspaceLock:
        return self

    def __exit__(self, *exc: type[BaseException] | BaseException | TracebackType | None) -> None:
        self.release()
