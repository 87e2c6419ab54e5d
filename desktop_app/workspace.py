"""A workspace: one folder with the database, the index cache and the user's own templates."""

from __future__ import annotations

import contextlib
import dataclasses
import enum
import errno
import os
import sqlite3
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from desktop_app.domain.model import AppealType
from desktop_app.errors import WorkspaceBusy, WorkspaceNotWritable
from desktop_app.paths import make_private_dir, resolve_workspace
from desktop_app.resources import resource_path
from desktop_app.seed import seed_if_new
from desktop_app.storage.database import DATABASE_NAME, can_write, connect
from desktop_app.storage.decisions import DecisionRepository
from desktop_app.storage.filesystem import network_filesystem
from desktop_app.storage.items import ItemRepository
from desktop_app.storage.meta import get_meta
from desktop_app.storage.organizations import OrganizationRepository
from desktop_app.storage.workspace_lock import LockOwner, WorkspaceLock
from desktop_app.templating.appeal import AppealInstruction, load_appeal_instructions
from desktop_app.templating.catalog import TemplateCatalog

#: The note written into the workspace's own templates folder (fi and sv), kept as data.
USER_TEMPLATES_README = ("templates", "LUEMINUT.txt")


def probe_writable(folder: Path) -> None:
    """Prove by writing that ``folder`` takes new files; permission bits alone can lie."""
    try:
        folder.mkdir(parents=True, exist_ok=True)
        fd, name = tempfile.mkstemp(prefix=".write-test-", dir=folder)
        os.close(fd)
        Path(name).unlink()
    except OSError as error:
        detail = "disk full" if error.errno == errno.ENOSPC else error.strerror or str(error)
        raise WorkspaceNotWritable(detail, path=str(folder)) from error


class Role(enum.Enum):
    """Who opens the workspace, which decides how the workspace lock is used."""

    WINDOW = "window"  # owns the workspace while it runs; a second window reads only
    COMMAND = "command"  # a command-line write: holds the lock for its own duration
    LIBRARY = "library"  # tests and tools that manage concurrency themselves
    READER = "reader"  # a command that only reads: creates, migrates and writes nothing


#: How long a command-line write waits for another command or workstation to finish.
COMMAND_LOCK_WAIT_SECONDS = 30.0


@dataclass
class Workspace:
    """One open workspace: the owner of the database connection of this process.

    Everything else (exports, workers, the search service) gets connections from it through
    :meth:`connect`, :meth:`session` or :meth:`open_reader`, all SQLite-only: on POSIX,
    closing any other file descriptor of an open SQLite file would drop this process's
    SQLite locks and let another process delete the WAL under it.
    """

    root: Path
    db: sqlite3.Connection
    templates: TemplateCatalog
    appeals: dict[AppealType, AppealInstruction]
    read_only: bool = False
    #: Why it is read-only: "owner" (another window has it), "file" (the database file or
    #: folder refuses writes), or "" when writable.
    read_only_reason: str = ""
    #: Who holds the workspace lock when this one opened read-only because of it.
    holder: LockOwner | None = None
    #: The network file system the workspace lives on ("nfs4", "unc", …), None when local.
    network: str | None = None
    lock: WorkspaceLock | None = field(default=None, repr=False)

    @property
    def database_path(self) -> Path:
        return self.root / DATABASE_NAME

    @property
    def journal_mode(self) -> str:
        return _journal(self.network)

    @property
    def index_dir(self) -> Path:
        return self.root / "index"

    @property
    def user_templates_dir(self) -> Path:
        return self.root / "templates"

    @property
    def items(self) -> ItemRepository:
        return ItemRepository(self.db)

    @property
    def organizations(self) -> OrganizationRepository:
        return OrganizationRepository(self.db)

    @property
    def decisions(self) -> DecisionRepository:
        return DecisionRepository(self.db)

    @property
    def municipality(self) -> str:
        return get_meta(self.db, "municipality")

    @classmethod
    def open(
        cls,
        root: str | os.PathLike[str] | None = None,
        *,
        seed: bool = True,
        role: Role = Role.LIBRARY,
        lock_wait: float = COMMAND_LOCK_WAIT_SECONDS,
        on_wait: Callable[[LockOwner], None] | None = None,
        take_over: bool = False,
    ) -> Workspace:
        """Open (creating and seeding a new one) the workspace at ``root``.

        A window that finds the workspace held by another live window opens it read-only
        and says who holds it (``holder``); a command waits up to ``lock_wait`` seconds.
        ``take_over`` takes a lock recorded by another computer, once the user has confirmed
        that it no longer uses the workspace.
        """
        folder = resolve_workspace(root)
        database = folder / DATABASE_NAME
        network = network_filesystem(folder)
        if role is Role.READER and database.exists():
            return cls._open_read_only(folder, "reader", None, network)
        if role is Role.WINDOW and database.exists() and not _folder_writable(folder):
            return cls._open_read_only(folder, "file", None, network)
        created = not folder.exists()
        probe_writable(folder)
        if created:
            make_private_dir(folder)  # the decisions and drafts hold personal data
        lock: WorkspaceLock | None
        holder: LockOwner | None
        if take_over:
            lock, holder = WorkspaceLock.take_over(folder, role.value), None
        else:
            lock, holder = _take_lock(folder, role, lock_wait, on_wait)
        if role is Role.WINDOW and lock is None:
            # Held by another window: never writable here, even while the other one is
            # still creating the database.
            _wait_for(database, NEW_DATABASE_WAIT_SECONDS)
            if not database.exists():
                owner = holder or WorkspaceLock.owner(folder)
                params = owner.params() if owner is not None else {}
                waited = f"{NEW_DATABASE_WAIT_SECONDS:g}"
                raise WorkspaceBusy("held while being created", waited=waited, **params)
            return cls._open_read_only(folder, "owner", holder, network)
        with contextlib.ExitStack() as undo:  # on any failure: close and release again
            if lock is not None:
                undo.callback(lock.release)
            connection = connect(
                database, create=not database.exists(), journal_mode=_journal(network)
            )
            undo.callback(connection.close)
            if not can_write(connection):
                return cls._open_read_only(folder, "file", None, network)
            if seed:
                seed_if_new(connection)
            workspace = cls(
                root=folder,
                db=connection,
                templates=TemplateCatalog.load(_prepare_folders(folder)),
                appeals=load_appeal_instructions(folder / "appeal"),
                network=network,
                lock=lock,
            )
            undo.pop_all()  # the workspace owns the connection and the lock now
        return workspace

    @classmethod
    def _open_read_only(
        cls, folder: Path, reason: str, holder: LockOwner | None, network: str | None
    ) -> Workspace:
        reader = cls.open_reader(folder)
        reader.read_only_reason = reason
        reader.holder = holder
        reader.network = network
        return reader

    @classmethod
    def open_reader(cls, root: str | os.PathLike[str]) -> Workspace:
        """A read-only view for a reading job: it creates, locks and writes nothing.

        In a folder where SQLite cannot make its shared-memory file (a read-only share) the
        database layer reads the file as it stands.
        """
        folder = Path(root)
        connection = connect(folder / DATABASE_NAME, read_only=True)
        try:
            templates = TemplateCatalog.load(folder / "templates")
            appeals = load_appeal_instructions(folder / "appeal")
        except BaseException:
            connection.close()
            raise
        return cls(
            root=folder,
            db=connection,
            templates=templates,
            appeals=appeals,
            read_only=True,
            read_only_reason="reader",
        )

    def connect(self) -> sqlite3.Connection:
        """A separate connection for a worker thread (SQLite connections are not shared)."""
        if self.read_only:
            return connect(self.database_path, read_only=True)
        return connect(
            self.database_path, migrate=False, create=False, journal_mode=self.journal_mode
        )

    @contextlib.contextmanager
    def session(self) -> Iterator[Workspace]:
        """This workspace with a connection of its own, closed when the job ends."""
        connection = self.connect()
        try:
            yield dataclasses.replace(self, db=connection, lock=None)
        finally:
            connection.close()

    @contextlib.contextmanager
    def reading(self) -> Iterator[Workspace]:
        """A read-only view with a connection of its own, closed when the job ends."""
        reader = Workspace.open_reader(self.root)
        try:
            yield reader
        finally:
            reader.close()

    def close(self) -> None:
        self.db.close()
        if self.lock is not None:
            self.lock.release()
            self.lock = None


#: How long a second window waits for the first one to create a new workspace's database.
NEW_DATABASE_WAIT_SECONDS = 5.0


def _wait_for(path: Path, seconds: float) -> None:
    deadline = time.monotonic() + seconds
    while not path.exists() and time.monotonic() < deadline:
        time.sleep(0.1)


def _folder_writable(folder: Path) -> bool:
    try:
        probe_writable(folder)
    except WorkspaceNotWritable:
        return False
    return True


def _journal(network: str | None) -> str:
    """WAL needs shared memory on one host; on a network drive, a rollback journal."""
    return "delete" if network else "wal"


def _take_lock(
    folder: Path,
    role: Role,
    lock_wait: float,
    on_wait: Callable[[LockOwner], None] | None,
) -> tuple[WorkspaceLock | None, LockOwner | None]:
    """The workspace lock for ``role``, or who holds it.

    A command on the same host as the window that owns the workspace writes beside it:
    SQLite serialises the two and every write is a compare-and-swap, so nothing is lost.
    Another command, or an owner on another workstation, is waited for.
    """
    if role in (Role.LIBRARY, Role.READER):
        return None, None
    lock, holder = WorkspaceLock.try_acquire(folder, role.value)
    if lock is not None or role is Role.WINDOW:
        return lock, holder
    if holder is not None and holder.kind == Role.WINDOW.value and holder.is_this_host():
        return None, holder
    return WorkspaceLock.wait(folder, role.value, lock_wait, on_wait), None


def _prepare_folders(folder: Path) -> Path:
    user_templates = folder / "templates"
    if not user_templates.exists():
        user_templates.mkdir()
        note = resource_path(*USER_TEMPLATES_README).read_text(encoding="utf-8")
        (user_templates / "LUEMINUT.txt").write_text(note, encoding="utf-8")
    index = folder / "index"
    if index.exists() and not index.is_dir():
        # The index is a cache; something else under its name is kept, not lost.
        index.rename(folder / f"index.not-a-folder-{time.strftime('%Y%m%d-%H%M%S')}")
    make_private_dir(index)
    return user_templates
