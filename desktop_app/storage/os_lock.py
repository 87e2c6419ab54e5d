"""A non-blocking operating-system lock on a whole file, on Windows and POSIX alike.

The lock belongs to the open file and goes away when the process dies, however it dies.
POSIX uses flock rather than fcntl record locks: flock locks of two descriptors conflict even
within one process, and closing an unrelated descriptor of the file does not drop them.
"""

from __future__ import annotations

import contextlib
import errno
import os
import sys
from pathlib import Path

if sys.platform == "win32":
    import msvcrt
else:
    import fcntl

_BINARY = getattr(os, "O_BINARY", 0)
_HELD_ON_WINDOWS = (errno.EACCES, errno.EDEADLK)  # how msvcrt reports a lock held elsewhere


def open_lock_file(path: Path) -> int:
    """Open or create ``path`` readable and writable by its owner only; OSError if it can't."""
    return os.open(path, os.O_RDWR | os.O_CREAT | _BINARY, 0o600)


def open_existing(path: Path) -> int | None:
    """Open ``path`` to test its lock, read-only if need be; None when it cannot be opened."""
    for flags in (os.O_RDWR, os.O_RDONLY):
        with contextlib.suppress(OSError):
            return os.open(path, flags | _BINARY)
    return None


def try_lock(fd: int) -> bool | None:
    """Take the lock without waiting: True taken, False held elsewhere, None unsupported."""
    try:
        if sys.platform == "win32":
            msvcrt.locking(fd, msvcrt.LK_NBLCK, 1)
        else:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        return False
    except OSError as error:
        return False if sys.platform == "win32" and error.errno in _HELD_ON_WINDOWS else None
    return True


def unlock_and_close(fd: int) -> None:
    with contextlib.suppress(OSError):
        if sys.platform == "win32":
            os.lseek(fd, 0, os.SEEK_SET)
            msvcrt.locking(fd, msvcrt.LK_UNLCK, 1)
        else:
            fcntl.flock(fd, fcntl.LOCK_UN)
    os.close(fd)
