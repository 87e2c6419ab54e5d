"""Opening a workspace database safely, and saying plainly what went wrong when it fails.

WAL mode with ``synchronous=FULL``: a committed autosave survives a killed process and a
power cut. On a network file system the workspace asks for a rollback journal instead
(WAL's shared memory needs one host). A database made by a newer program is refused before
anything is written, and an older one is backed up (SQLite's online backup) before it is
upgraded.

Every SQLite failure the user can meet (another program holding the write lock, a
read-only file, a full disk, an unreadable file) becomes one typed error of
:mod:`desktop_app.errors` through :func:`database_error`, so the command line and the window
say the same sentence in the user's language instead of SQLite's English.

The database file itself is only ever opened by SQLite: on POSIX, closing any other file
descriptor of an open SQLite file drops this process's SQLite locks. Size and permissions
are looked at with ``stat``/``chmod``, which open nothing.
"""

from __future__ import annotations

import contextlib
import logging
import os
import shutil
import sqlite3
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime
from pathlib import Path
from urllib.parse import quote

from desktop_app.errors import (
    DatabaseBusy,
    DatabaseCorrupt,
    DatabaseDiskFull,
    DatabaseEmpty,
    DatabaseIOError,
    DatabaseJournalMode,
    DatabaseNotFound,
    DatabaseReadOnly,
    DatabaseTooNew,
    PaatospajaError,
)
from desktop_app.storage.migrations import MIGRATIONS, latest_version

log = logging.getLogger(__name__)

DATABASE_NAME = "paatospaja.sqlite3"
JOURNAL_MODES = ("wal", "delete")
BUSY_TIMEOUT_MS = 5000
#: A file smaller than SQLite's smallest page cannot hold a database: it was cut short.
SMALLEST_DATABASE = 512
#: Below this much free space an I/O error while writing is taken to be a full disk: SQLite
#: reports a failed -shm or -wal extension as an I/O error, not as SQLITE_FULL.
NEARLY_FULL_BYTES = 1 << 20
#: How long a transaction waits quietly before telling the listener that it waits.
QUIET_WAIT_MS = 250

# SQLite's primary result codes (the low byte of an extended code).
_BUSY = 5
_LOCKED = 6
_READONLY = 8
_IOERR = 10
_CORRUPT = 11
_FULL = 13
_CANTOPEN = 14
_NOTADB = 26
_PRIMARY_BY_NAME = {
    "SQLITE_BUSY": _BUSY,
    "SQLITE_LOCKED": _LOCKED,
    "SQLITE_READONLY": _READONLY,
    "SQLITE_IOERR": _IOERR,
    "SQLITE_CORRUPT": _CORRUPT,
    "SQLITE_FULL": _FULL,
    "SQLITE_CANTOPEN": _CANTOPEN,
    "SQLITE_NOTADB": _NOTADB,
}

_busy_listener: Callable[[Path, float], None] | None = None


def now_iso() -> str:
    return datetime.now(UTC).isoformat(timespec="milliseconds")


# -- errors ---------------------------------------------------------------------------------


def _primary_code(error: sqlite3.Error) -> int | None:
    code = getattr(error, "sqlite_errorcode", None)
    if isinstance(code, int):
        return code & 0xFF
    name = str(getattr(error, "sqlite_errorname", "") or "")  # SQLITE_IOERR_SHMSIZE
    return _PRIMARY_BY_NAME.get("_".join(name.split("_")[:2]))


def _file_size(path: Path) -> int | None:
    try:
        return path.stat().st_size
    except OSError:
        return None


def _existing_size(path: Path) -> int | None:
    """The size of the file at ``path``, None when there is none (``stat`` opens nothing)."""
    try:
        return path.stat().st_size
    except FileNotFoundError:
        return None
    except OSError as error:
        detail = error.strerror or str(error)
        raise DatabaseIOError(detail, path=str(path)) from error


def _nearly_full(path: Path) -> bool:
    folder = path if path.is_dir() else path.parent
    try:
        return shutil.disk_usage(folder).free < NEARLY_FULL_BYTES
    except OSError:
        return False


def _not_writable(path: Path) -> bool:
    """The file or its folder refuses writes (a read-only mount refuses even root)."""
    try:
        if path.exists() and not os.access(path, os.W_OK):
            return True
        return path.parent.exists() and not os.access(path.parent, os.W_OK)
    except OSError:
        return False


def database_error(error: sqlite3.Error, path: Path | str) -> PaatospajaError:
    """The typed error for an SQLite failure on the database at ``path``.

    A full disk is never called corrupt: SQLite reports a failed extension of the -wal or
    -shm file as an I/O error, so an I/O error on a disk without room counts as full.
    """
    where = Path(path)
    shown = str(path)
    detail = str(error)
    code = _primary_code(error)
    if code in (_BUSY, _LOCKED):
        return DatabaseBusy(detail, path=shown, waited=round(BUSY_TIMEOUT_MS / 1000))
    if code == _READONLY:
        return DatabaseReadOnly(detail, path=shown)
    if code == _FULL:
        return DatabaseDiskFull(detail, path=shown)
    if code in (_CORRUPT, _NOTADB):
        size = _file_size(where)
        if size is not None and size < SMALLEST_DATABASE:
            return DatabaseEmpty(detail, path=shown, size=size)
        return DatabaseCorrupt(detail, path=shown)
    if code == _CANTOPEN and not where.parent.is_dir():
        return DatabaseIOError(detail, path=shown)  # the folder is not there (any more)
    if code in (_IOERR, _CANTOPEN) and _nearly_full(where):
        return DatabaseDiskFull(detail, path=shown)
    if code == _CANTOPEN and _not_writable(where):
        # a WAL database cannot even be read where its -shm file cannot be made
        return DatabaseReadOnly(detail, path=shown)
    if code == _CANTOPEN and not where.exists():
        return DatabaseNotFound(detail, path=shown)
    return DatabaseIOError(detail, path=shown)


def _path_of(connection: sqlite3.Connection) -> str:
    """The file behind ``connection`` (``PRAGMA database_list`` reads no page)."""
    try:
        for row in connection.execute("PRAGMA database_list"):
            if row[1] == "main":
                return str(row[2])
    except sqlite3.Error:
        pass
    return ""


def _passes_through(error: BaseException) -> bool:
    """Errors the caller itself gives a meaning to, or that point at a bug in the program.

    A constraint violation is how a repository learns that a number is taken, so it stays
    an ``IntegrityError``; misuse of the API (``ProgrammingError``) must stay loud.
    """
    return isinstance(error, (sqlite3.IntegrityError, sqlite3.ProgrammingError))


def set_busy_listener(listener: Callable[[Path, float], None] | None) -> None:
    """Be told (path, seconds it may still wait) when a write waits for another program.

    The command line prints a line, so that a command waiting on the write lock of another
    program does not look hung.
    """
    global _busy_listener
    _busy_listener = listener


# -- opening --------------------------------------------------------------------------------


def _uri(path: Path, mode: str) -> str:
    """An SQLite URI for ``path``; percent-encoded, so ``Päätökset #2`` is a valid name.

    A UNC path (``//server/share/…``) keeps an empty authority, which SQLite accepts.
    """
    text = path.absolute().as_posix()
    if not text.startswith("/"):
        text = "/" + text  # C:/… on Windows
    return f"file://{quote(text, safe='/:')}?mode={mode}"


def _open(path: Path, mode: str) -> sqlite3.Connection:
    return sqlite3.connect(
        _uri(path, mode),
        uri=True,
        isolation_level=None,
        check_same_thread=False,
        timeout=BUSY_TIMEOUT_MS / 1000,
    )


def _configure(connection: sqlite3.Connection, path: Path, journal_mode: str | None) -> None:
    connection.execute("PRAGMA foreign_keys = ON")
    connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
    if journal_mode is None:  # keep what the workspace's owner chose for this file
        connection.execute("PRAGMA synchronous = FULL")
        return
    try:
        mode = str(connection.execute(f"PRAGMA journal_mode = {journal_mode}").fetchone()[0])
    except sqlite3.OperationalError as error:
        if _primary_code(error) not in (_BUSY, _LOCKED):
            raise
        # WAL is left only when no other connection has the database open
        mode = str(connection.execute("PRAGMA journal_mode").fetchone()[0])
    if mode.lower() != journal_mode and can_write(connection):
        # A read-only file keeps the mode it has; nothing will be written to it anyway.
        raise DatabaseJournalMode(
            f"journal mode {mode}", path=str(path), wanted=journal_mode, got=mode.lower()
        )
    connection.execute("PRAGMA synchronous = FULL")


def schema_version(connection: sqlite3.Connection) -> int:
    return int(connection.execute("PRAGMA user_version").fetchone()[0])


def connect(
    path: Path,
    *,
    migrate: bool = True,
    create: bool = True,
    journal_mode: str | None = None,
    read_only: bool = False,
    immutable: bool = False,
) -> sqlite3.Connection:
    """Open and upgrade the database at ``path``.

    ``create``: make a new database file where there is none; otherwise a missing file is
    :class:`DatabaseNotFound` and nothing is created. A zero-byte file is
    :class:`DatabaseEmpty` and is not touched: SQLite would take it for a new database and
    delete a -wal file beside it. ``journal_mode`` is "wal", or "delete" for a workspace on
    a network file system; None keeps the mode the file has (a new file gets WAL): only the
    workspace's owner chooses it, the other connections of the process follow.
    ``read_only`` opens with ``mode=ro``: no migration, no journal change, and SQLite itself
    refuses every write. ``immutable`` (with ``read_only``) reads a file in a folder where
    SQLite cannot make its shared-memory file, trusting that nobody changes it meanwhile.
    """
    path = Path(path)
    if journal_mode not in (None, *JOURNAL_MODES):
        raise ValueError(f"journal_mode must be one of {JOURNAL_MODES}, not {journal_mode!r}")
    if read_only:
        return _connect_read_only(path, immutable=immutable)
    size = _existing_size(path)
    if size is None and not create:
        raise DatabaseNotFound("no such file", path=str(path))
    if size == 0:
        raise DatabaseEmpty("zero-byte file", path=str(path), size=0)
    created = size is None
    try:
        connection = _open(path, "rwc" if created else "rw")
    except sqlite3.Error as error:
        raise database_error(error, path) from error
    try:
        found = schema_version(connection)
        if found > latest_version():
            raise DatabaseTooNew(path=str(path), found=found, known=latest_version())
        _configure(connection, path, "wal" if created and journal_mode is None else journal_mode)
        if created:
            _make_private(path)
        if migrate and found < latest_version():
            if found > 0:
                _backup(connection, path, path.with_name(f"{path.name}.bak-v{found}"))
            upgrade(connection)
    except sqlite3.Error as error:
        connection.close()
        if created:
            _remove_if_empty(path)
        raise database_error(error, path) from error
    except BaseException:
        connection.close()
        if created:
            _remove_if_empty(path)
        raise
    connection.row_factory = sqlite3.Row
    return connection


def _remove_if_empty(path: Path) -> None:
    """Take back a new database file that never got its first page (the disk was full).

    Left behind, the zero-byte file would be reported as an empty database next time.
    """
    with contextlib.suppress(OSError):
        if path.stat().st_size == 0:
            path.unlink()


def _connect_read_only(path: Path, *, immutable: bool = False) -> sqlite3.Connection:
    size = _existing_size(path)
    if size is None:
        raise DatabaseNotFound("no such file", path=str(path))
    if size == 0:
        raise DatabaseEmpty("zero-byte file", path=str(path), size=0)
    try:
        connection = _open(path, "ro&immutable=1" if immutable else "ro")
        try:
            connection.execute("PRAGMA foreign_keys = ON")
            connection.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS:d}")
            found = schema_version(connection)
        except sqlite3.Error:
            connection.close()
            raise
    except sqlite3.Error as error:
        mapped = database_error(error, path)
        if immutable or not isinstance(mapped, DatabaseReadOnly):
            raise mapped from error
        # A WAL file in a folder that refuses SQLite's shared-memory file (a read-only
        # share): nobody can write it from here either, so read it as it stands.
        return _connect_read_only(path, immutable=True)
    if found > latest_version():
        connection.close()
        raise DatabaseTooNew(path=str(path), found=found, known=latest_version())
    connection.row_factory = sqlite3.Row
    return connection


def _make_private(path: Path) -> None:
    """Owner-only permissions for a new database (it holds personal data); POSIX only."""
    if os.name == "nt":
        return
    try:
        path.chmod(0o600)
    except OSError as error:
        log.warning("could not make %s private: %s", path, error)


def can_write(connection: sqlite3.Connection) -> bool:
    """Whether SQLite will take a write, proven by writing and rolling the write back.

    A read-only file opens without complaint and fails only at the first write; asking here
    lets the workspace open it read-only with a message instead. ``BEGIN IMMEDIATE`` alone
    succeeds on a read-only file, so the probe rewrites ``user_version`` with its own value
    and rolls back. A lock held by another program (busy) means the file is writable, so
    the probe does not wait for it.
    """
    if connection.in_transaction:
        return True
    timeout = int(connection.execute("PRAGMA busy_timeout").fetchone()[0])
    connection.execute("PRAGMA busy_timeout = 0")
    try:
        connection.execute("BEGIN IMMEDIATE")
        version = schema_version(connection)
        connection.execute(f"PRAGMA user_version = {version:d}")
    except sqlite3.Error as error:
        code = _primary_code(error)
        if code in (_BUSY, _LOCKED):
            return True
        if code == _READONLY:
            return False
        raise
    finally:
        if connection.in_transaction:
            connection.execute("ROLLBACK")
        connection.execute(f"PRAGMA busy_timeout = {timeout:d}")
    return True


def _backup(connection: sqlite3.Connection, path: Path, target: Path) -> None:
    """A copy of the database as it was before an upgrade.

    Written under a temporary name and renamed when complete, so a backup cut short by a
    full disk is never taken for a finished one.
    """
    if target.exists():
        return
    partial = target.with_name(f"{target.name}.partial")
    try:
        copy = sqlite3.connect(partial)
        try:
            connection.backup(copy)
        finally:
            copy.close()
        _make_private(partial)
        partial.replace(target)
    except sqlite3.Error as error:
        with contextlib.suppress(OSError):
            partial.unlink()
        raise database_error(error, target) from error
    except OSError as error:
        with contextlib.suppress(OSError):
            partial.unlink()
        failure = sqlite3.OperationalError(str(error))
        raise database_error(failure, target) from error


def upgrade(connection: sqlite3.Connection, to_version: int | None = None) -> None:
    target = latest_version() if to_version is None else to_version
    for migration in MIGRATIONS:
        if schema_version(connection) >= migration.version or migration.version > target:
            continue
        with transaction(connection):
            migration.apply(connection)
            connection.execute(f"PRAGMA user_version = {migration.version:d}")


def integrity_ok(connection: sqlite3.Connection) -> bool:
    return connection.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


# -- transactions ---------------------------------------------------------------------------


def _begin(connection: sqlite3.Connection) -> None:
    """``BEGIN IMMEDIATE``; a listener hears about it when the write lock is not free at once."""
    listener = _busy_listener
    if listener is None:
        connection.execute("BEGIN IMMEDIATE")
        return
    timeout = int(connection.execute("PRAGMA busy_timeout").fetchone()[0])
    connection.execute(f"PRAGMA busy_timeout = {min(timeout, QUIET_WAIT_MS):d}")
    try:
        connection.execute("BEGIN IMMEDIATE")
        return
    except sqlite3.OperationalError as error:
        if _primary_code(error) not in (_BUSY, _LOCKED) or timeout <= QUIET_WAIT_MS:
            raise
    finally:
        connection.execute(f"PRAGMA busy_timeout = {timeout:d}")
    remaining = (timeout - QUIET_WAIT_MS) / 1000
    listener(Path(_path_of(connection)), remaining)
    connection.execute(f"PRAGMA busy_timeout = {timeout - QUIET_WAIT_MS:d}")
    try:
        connection.execute("BEGIN IMMEDIATE")
    finally:
        connection.execute(f"PRAGMA busy_timeout = {timeout:d}")


def _rollback(connection: sqlite3.Connection) -> None:
    """Roll back what is open; SQLite has already ended it after a full disk or I/O error."""
    if not connection.in_transaction:
        return
    try:
        connection.execute("ROLLBACK")
    except sqlite3.Error as error:  # the error that brought us here is the one to report
        log.warning("rollback failed: %s", error)


def _typed(error: sqlite3.Error, connection: sqlite3.Connection, started: float) -> PaatospajaError:
    typed = database_error(error, _path_of(connection))
    if isinstance(typed, DatabaseBusy):
        typed.params["waited"] = max(1, round(time.monotonic() - started))
    return typed


@contextlib.contextmanager
def transaction(connection: sqlite3.Connection) -> Iterator[sqlite3.Connection]:
    """One ``BEGIN IMMEDIATE`` … ``COMMIT``; rolled back on any exception.

    SQLite failures come out as the typed errors of :func:`database_error`, with SQLite's
    own error as ``__cause__``; constraint violations stay ``IntegrityError`` for the
    repository to explain.
    """
    started = time.monotonic()
    try:
        _begin(connection)
    except sqlite3.Error as error:
        if _passes_through(error):
            raise
        raise _typed(error, connection, started) from error
    try:
        yield connection
    except BaseException as failure:
        _rollback(connection)
        if isinstance(failure, sqlite3.Error) and not _passes_through(failure):
            raise _typed(failure, connection, started) from failure
        raise
    try:
        connection.execute("COMMIT")
    except sqlite3.Error as error:
        _rollback(connection)
        if _passes_through(error):  # a deferred foreign key refused at commit
            raise
        raise _typed(error, connection, started) from error
