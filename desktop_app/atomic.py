"""Writing files so that a crash, a full disk or a locked target never leaves half a file.

The content goes to a temporary file in the target's folder, is flushed to disk, and then
replaces the target in one atomic replace. On Windows the replace fails while Word holds the
target open; that becomes :class:`TargetLocked`, and the old file stays as it was.
"""

from __future__ import annotations

import contextlib
import errno
import os
import tempfile
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import BinaryIO

from desktop_app.errors import DiskFull, FileWriteFailed, TargetLocked

_LOCK_ERRNOS = {errno.EACCES, errno.EPERM, errno.EBUSY, errno.ETXTBSY}
_WINDOWS_SHARING_VIOLATION = 32
_WINDOWS_LOCK_VIOLATION = 33


def _is_lock_error(error: OSError) -> bool:
    winerror = getattr(error, "winerror", None)
    if winerror in (_WINDOWS_SHARING_VIOLATION, _WINDOWS_LOCK_VIOLATION):
        return True
    return isinstance(error, PermissionError) or error.errno in _LOCK_ERRNOS


def _translate(error: OSError, target: Path, *, replacing: bool) -> Exception:
    if error.errno == errno.ENOSPC:
        return DiskFull(str(error), path=str(target))
    if replacing and _is_lock_error(error):
        return TargetLocked(str(error), path=str(target))
    return FileWriteFailed(error.strerror or str(error), path=str(target))


@contextlib.contextmanager
def atomic_writer(target: Path) -> Iterator[BinaryIO]:
    """Yield a binary file; on normal exit it atomically becomes ``target``."""
    target = Path(target)
    folder = target.parent
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, temp_name = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=folder)
    except OSError as error:
        raise _translate(error, target, replacing=False) from error
    temp = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
    except OSError as error:
        temp.unlink(missing_ok=True)
        raise _translate(error, target, replacing=False) from error
    except BaseException:
        temp.unlink(missing_ok=True)
        raise
    replace_file(temp, target)


def replace_file(source: Path, target: Path) -> None:
    """Move ``source`` over ``target`` in one step, removing ``source`` if that fails."""
    try:
        Path(source).replace(target)
    except OSError as error:
        source.unlink(missing_ok=True)
        raise _translate(error, target, replacing=True) from error


def write_bytes_atomic(target: Path, data: bytes) -> None:
    with atomic_writer(target) as handle:
        handle.write(data)


def write_with(target: Path, produce: Callable[[BinaryIO], None]) -> None:
    """Let ``produce`` write the whole content, then swap it in atomically."""
    with atomic_writer(target) as handle:
        produce(handle)
