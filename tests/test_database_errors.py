"""The database's failures reach the user as typed errors in their language, never SQLite's.

Real things throughout: another process holding the write lock, a zero-byte file, a small
tmpfs filled to the last byte and a read-only mount. Mounting needs root (CI runs as root);
elsewhere those tests skip with the reason.
"""

from __future__ import annotations

import contextlib
import logging
import os
import re
import shutil
import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from desktop_app.domain.model import AgendaItem, BodyKind, Organization, Section
from desktop_app.errors import (
    DatabaseBusy,
    DatabaseCorrupt,
    DatabaseDiskFull,
    DatabaseEmpty,
    DatabaseFailure,
    DatabaseIOError,
    DatabaseJournalMode,
    DatabaseNotFound,
    DatabaseReadOnly,
)
from desktop_app.importing.importer import ImportInputs
from desktop_app.importing.importer import run as run_import
from desktop_app.messages import LANGUAGES, _catalog, describe, message
from desktop_app.paths import make_private_dir
from desktop_app.storage.database import (
    DATABASE_NAME,
    can_write,
    connect,
    database_error,
    integrity_ok,
    transaction,
)
from desktop_app.storage.decisions import DecisionRepository
from desktop_app.storage.items import ItemRepository
from desktop_app.storage.organizations import OrganizationRepository
from desktop_app.tasks import TaskState
from desktop_app.workspace import Workspace

REPO_ROOT = Path(__file__).resolve().parent.parent
IS_ROOT = hasattr(os, "geteuid") and os.geteuid() == 0
needs_root = pytest.mark.skipif(
    not IS_ROOT, reason="mounting a tmpfs (full disk, read-only file system) needs root"
)

HOLD_WRITE_LOCK = """
import sqlite3, sys
connection = sqlite3.connect(sys.argv[1], isolation_level=None)
connection.execute("BEGIN IMMEDIATE")
print("locked", flush=True)
sys.stdin.read()  # until the test closes our stdin: no timing to race
connection.execute("ROLLBACK")
connection.close()
"""

BUSY_FI = "on varattu: toinen ohjelma kirjoittaa siihen"
NEW_MESSAGE_CODES = [
    "database.failure",
    "database.busy",
    "database.read_only",
    "database.disk_full",
    "database.io_error",
    "database.not_found",
    "database.empty",
    "database.journal_mode",
    "database.waiting",
]


def _quiet() -> TaskState:
    return TaskState(lambda done, total, text: None)


def _organization(connection: sqlite3.Connection) -> None:
    OrganizationRepository(connection).save(
        Organization(id="kh", name="Kunnanhallitus", kind=BodyKind.BOARD)
    )


def _item_with_section(size: int) -> AgendaItem:
    text = "<p>" + "Ehdotus. " * (size // 9) + "</p>"
    return AgendaItem(
        id=None,
        organization_id="kh",
        template_id="kunnanhallitus",
        title="Iso asia",
        sections={Section.PROPOSAL: text},
    )


def _chain(error: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and current not in seen:
        seen.append(current)
        current = current.__cause__ or current.__context__
    return seen


def _assert_only_disk_full(error: BaseException) -> None:
    """One DatabaseDiskFull caused by SQLite's SQLITE_FULL, nothing hiding or hidden."""
    assert isinstance(error, DatabaseDiskFull), repr(error)
    assert not isinstance(error, DatabaseCorrupt)
    chain = _chain(error)
    assert all("cannot rollback" not in str(e) for e in chain), chain
    assert isinstance(error.__cause__, sqlite3.Error), chain
    assert [e for e in chain if isinstance(e, DatabaseFailure)] == [error], chain
    text = describe(error, "fi")
    assert "Levy on täynnä" in text and "vioittunut" not in text


# -- a real tmpfs ---------------------------------------------------------------------------


@contextlib.contextmanager
def small_tmpfs(folder: Path, size: str = "2m") -> Iterator[Path]:
    folder.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
        capture_output=True,
        text=True,
        timeout=60,
    )
    if done.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {done.stderr.strip()}")
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], capture_output=True, timeout=60)


def _remount(folder: Path, mode: str) -> None:
    subprocess.run(
        ["mount", "-o", f"remount,{mode}", str(folder)], check=True, capture_output=True, timeout=60
    )


def fill(folder: Path, leave: int = 0) -> Path:
    """A ballast file that takes the free space of ``folder`` but ``leave`` bytes."""
    ballast = folder / "ballast.bin"
    room = shutil.disk_usage(folder).free - leave
    with ballast.open("ab") as handle:
        try:
            while room > 0:
                chunk = min(room, 1 << 16)
                handle.write(b"\0" * chunk)
                handle.flush()
                room -= chunk
        except OSError:  # full before the count said so: that is what was wanted
            pass
    return ballast


# -- (a) another process holds the write lock -----------------------------------------------


@pytest.fixture
def seeded_workspace(workspace_dir: Path) -> Path:
    Workspace.open(workspace_dir).close()
    return workspace_dir


@contextlib.contextmanager
def write_lock_held(database: Path) -> Iterator[None]:
    with subprocess.Popen(
        [sys.executable, "-c", HOLD_WRITE_LOCK, str(database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as holder:
        assert holder.stdin is not None and holder.stdout is not None
        try:
            assert holder.stdout.readline().strip() == "locked"
            yield
        finally:
            holder.stdin.close()
            holder.wait(timeout=60)


@pytest.mark.parametrize("command", ["meeting", "import"])
def test_a_command_waits_then_says_the_database_is_busy(
    seeded_workspace: Path, tmp_path: Path, command: str
) -> None:
    folder = tmp_path / "tuotavat"
    folder.mkdir()
    (folder / "paatos.txt").write_text("Kunnanhallitus päätti hyväksyä.", encoding="utf-8")
    arguments = {
        "meeting": ["meeting", "new", "--body", "kh", "--date", "2026-03-02", "--start", "18:00"],
        "import": ["import", str(folder)],
    }[command]
    with write_lock_held(seeded_workspace / DATABASE_NAME):
        done = subprocess.run(
            [sys.executable, "-m", "ui.launcher", *arguments, "--workspace", str(seeded_workspace)],
            capture_output=True,
            text=True,
            encoding="utf-8",
            timeout=180,
            cwd=REPO_ROOT,
            env={**os.environ, "PAATOSPAJA_LANG": "fi"},
        )
    assert done.returncode == 2, done.stderr
    assert "Traceback" not in done.stderr, done.stderr
    assert "database is locked" not in done.stderr, done.stderr
    assert "varattu toisen ohjelman kirjoitukselle; odotetaan" in done.stderr, done.stderr
    assert BUSY_FI in done.stderr and str(seeded_workspace) in done.stderr, done.stderr
    # nothing of the refused write is there, and the lock holder's work was not disturbed
    connection = connect(seeded_workspace / DATABASE_NAME)
    try:
        assert connection.execute("SELECT COUNT(*) FROM meetings").fetchone()[0] == 0
        assert integrity_ok(connection)
    finally:
        connection.close()


def test_busy_maps_from_sqlite_in_process(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    connect(path, create=True).close()
    with write_lock_held(path):
        connection = connect(path)
        try:
            connection.execute("PRAGMA busy_timeout = 100")
            assert can_write(connection)  # busy is not read-only
            with pytest.raises(DatabaseBusy) as caught, transaction(connection):
                connection.execute("INSERT INTO meta (key, value) VALUES ('a', 'b')")
        finally:
            connection.close()
    assert isinstance(caught.value.__cause__, sqlite3.OperationalError)
    assert BUSY_FI in describe(caught.value, "fi")


# -- (b) a zero-byte file, a missing file, a truncated one ----------------------------------


def test_a_zero_byte_database_is_refused_and_kept(workspace_dir: Path) -> None:
    workspace_dir.mkdir()
    path = workspace_dir / DATABASE_NAME
    path.touch()
    with pytest.raises(DatabaseEmpty) as caught:
        connect(path)
    assert path.stat().st_size == 0
    with pytest.raises(DatabaseEmpty):
        connect(path, create=True)
    with pytest.raises(DatabaseEmpty):
        connect(path, read_only=True)
    assert path.stat().st_size == 0
    assert not Path(f"{path}-wal").exists()
    text = describe(caught.value, "fi")
    assert "tyhjä tai katkennut" in text and str(path) in text and "0 tavua" in text


def test_a_zero_byte_database_does_not_become_a_new_workspace(workspace_dir: Path) -> None:
    workspace_dir.mkdir()
    path = workspace_dir / DATABASE_NAME
    path.touch()
    with pytest.raises(DatabaseEmpty):
        Workspace.open(workspace_dir)
    assert path.stat().st_size == 0


def test_a_truncated_database_is_empty_not_new(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    path.write_bytes(b"SQLite format 3\x00" + b"\x10\x00" + b"\x00" * 80)
    with pytest.raises((DatabaseEmpty, DatabaseCorrupt)) as caught:
        connect(path)
    assert isinstance(caught.value, DatabaseEmpty)
    assert caught.value.params["size"] == 98
    assert path.stat().st_size == 98


def test_a_missing_database_is_not_created_when_it_must_exist(tmp_path: Path) -> None:
    """The workspace's worker connections say ``create=False``: a moved file is an error."""
    path = tmp_path / "a.sqlite3"
    with pytest.raises(DatabaseNotFound) as caught:
        connect(path, create=False)
    assert not path.exists()
    with pytest.raises(DatabaseNotFound):
        connect(path, read_only=True)
    assert not path.exists()
    assert isinstance(caught.value, DatabaseIOError)
    assert "ei löydy" in describe(caught.value, "fi")
    connection = connect(path, create=True)
    connection.close()
    assert path.stat().st_size > 0
    if os.name != "nt":
        assert path.stat().st_mode & 0o777 == 0o600


def test_a_missing_folder_is_an_io_error(tmp_path: Path) -> None:
    with pytest.raises(DatabaseIOError) as caught:
        connect(tmp_path / "ei-ole" / "a.sqlite3", create=True)
    assert not isinstance(caught.value, DatabaseNotFound)
    assert "{" not in describe(caught.value, "fi")


# -- journal modes and read-only connections ------------------------------------------------


def test_journal_mode_delete_takes_and_read_only_refuses_writes(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    connection = connect(path, create=True, journal_mode="delete")
    try:
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert connection.execute("PRAGMA locking_mode").fetchone()[0] == "normal"
        assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2
    finally:
        connection.close()
    reader = connect(path, read_only=True)
    try:
        assert not can_write(reader)
        with pytest.raises(DatabaseReadOnly), transaction(reader):
            reader.execute("INSERT INTO meta (key, value) VALUES ('a', 'b')")
        assert not reader.in_transaction
    finally:
        reader.close()
    with pytest.raises(ValueError):
        connect(path, journal_mode="memory")


def test_a_journal_mode_that_does_not_take_is_said(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    first = connect(path, create=True)  # WAL, kept open: WAL cannot be left while it is
    try:
        with pytest.raises(DatabaseJournalMode) as caught:
            connect(path, journal_mode="delete")
    finally:
        first.close()
    assert caught.value.params["wanted"] == "delete"
    assert caught.value.params["got"] == "wal"
    assert "{" not in describe(caught.value, "fi")


# -- (c) a full disk ------------------------------------------------------------------------


@needs_root
def test_disk_full_on_save_is_typed_and_the_database_survives(tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "levy") as disk:
        path = disk / DATABASE_NAME
        connection = connect(path, create=True)
        try:
            _organization(connection)
            items = ItemRepository(connection)
            kept = items.save(_item_with_section(1000))
            ballast = fill(disk)
            with pytest.raises(DatabaseFailure) as caught:
                items.save(_item_with_section(1 << 20))
            _assert_only_disk_full(caught.value)
            assert not connection.in_transaction
            # a small write fails at COMMIT (the pages fit in memory): typed too
            with pytest.raises(DatabaseFailure) as at_commit, transaction(connection):
                connection.execute("INSERT INTO meta (key, value) VALUES ('x', 'y')")
            _assert_only_disk_full(at_commit.value)
        finally:
            connection.close()
        ballast.unlink()
        reopened = connect(path)
        try:
            assert integrity_ok(reopened)
            assert [i.id for i in ItemRepository(reopened).all()] == [kept.id]
        finally:
            reopened.close()


@needs_root
def test_disk_full_during_import_is_one_error_and_keeps_committed_batches(
    tmp_path: Path,
) -> None:
    source = tmp_path / "tuotavat"
    source.mkdir()
    for number in range(400):
        (source / f"paatos-{number:03d}.txt").write_text(
            f"Päätös {number}\n\n" + f"Kunnanhallitus päätti asiasta {number}. " * 250,
            encoding="utf-8",
        )
    with small_tmpfs(tmp_path / "levy", "4m") as disk:
        workspace = Workspace.open(disk / "tyotila", seed=False)
        workspace.close()
        path = workspace.database_path
        ballast = fill(disk, leave=1536 * 1024)
        with pytest.raises(DatabaseFailure) as caught:
            run_import(ImportInputs([source], path), _quiet())
        _assert_only_disk_full(caught.value)
        ballast.unlink()
        connection = connect(path)
        try:
            assert integrity_ok(connection)
            count = DecisionRepository(connection).count()
        finally:
            connection.close()
        assert 0 < count < 400, count  # the batches before the full disk stayed


@needs_root
def test_disk_full_at_open_is_disk_full_not_corrupt(tmp_path: Path) -> None:
    with small_tmpfs(tmp_path / "levy") as disk:
        fill(disk)
        path = disk / DATABASE_NAME
        with pytest.raises(DatabaseFailure) as caught:
            connect(path, create=True)
        assert isinstance(caught.value, DatabaseDiskFull), repr(caught.value)
        assert not path.exists()  # no zero-byte file left to be taken for an empty database


# -- (d) a read-only file system ------------------------------------------------------------


@needs_root
@pytest.mark.parametrize("journal_mode", ["delete", "wal"])
def test_read_only_database_is_found_out_before_the_first_write(
    tmp_path: Path, journal_mode: str
) -> None:
    with small_tmpfs(tmp_path / "levy") as disk:
        path = disk / DATABASE_NAME
        first = connect(path, create=True, journal_mode=journal_mode)
        _organization(first)
        first.close()
        _remount(disk, "ro")
        try:
            if journal_mode == "wal":
                # WAL cannot even be read where its -shm file cannot be made: said so
                with pytest.raises(DatabaseReadOnly) as refused:
                    connect(path)
                assert "vain luku" in describe(refused.value, "fi")
                return
            connection = connect(path, journal_mode=journal_mode)
            try:
                assert not can_write(connection)
                assert OrganizationRepository(connection).get("kh").name == "Kunnanhallitus"
                with pytest.raises(DatabaseReadOnly) as caught:
                    ItemRepository(connection).save(_item_with_section(100))
                assert not connection.in_transaction
            finally:
                connection.close()
        finally:
            _remount(disk, "rw")
    text = describe(caught.value, "fi")
    assert "vain luku" in text and str(path) in text


# -- (e) SQLite ended the transaction itself ------------------------------------------------


def test_transaction_that_sqlite_rolled_back_gives_the_real_error(tmp_path: Path) -> None:
    """``max_page_count`` makes SQLite report a full database and end the transaction."""
    path = tmp_path / "a.sqlite3"
    connection = connect(path, create=True)
    try:
        _organization(connection)
        pages = connection.execute("PRAGMA page_count").fetchone()[0]
        connection.execute(f"PRAGMA max_page_count = {pages + 2}")
        with pytest.raises(DatabaseFailure) as caught:
            ItemRepository(connection).save(_item_with_section(200_000))
        _assert_only_disk_full(caught.value)
        assert not connection.in_transaction
        connection.execute("PRAGMA max_page_count = 1073741823")
        assert ItemRepository(connection).all() == []
        assert integrity_ok(connection)
    finally:
        connection.close()


def test_failed_commit_is_rolled_back_and_constraint_errors_stay_for_the_caller(
    tmp_path: Path,
) -> None:
    path = tmp_path / "a.sqlite3"
    connection = connect(path, create=True)
    try:
        connection.execute("PRAGMA defer_foreign_keys = ON")
        with pytest.raises(sqlite3.IntegrityError), transaction(connection):
            connection.execute("PRAGMA defer_foreign_keys = ON")
            connection.execute(
                "INSERT INTO agenda_items (organization_id, template_id, title, appeal_type,"
                " created, modified, sections_json) VALUES ('ei-ole', 't', 'x',"
                " 'oikaisuvaatimus', '2025-01-01', '2025-01-01', '{}')"
            )
        assert not connection.in_transaction  # the refused COMMIT was rolled back
        assert connection.execute("SELECT COUNT(*) FROM agenda_items").fetchone()[0] == 0
    finally:
        connection.close()


def test_database_error_maps_every_primary_code(tmp_path: Path) -> None:
    path = tmp_path / "a.sqlite3"
    path.write_bytes(b"x" * 4096)

    def error(name: str, code: int) -> sqlite3.Error:
        made = sqlite3.OperationalError(name.lower())
        made.sqlite_errorcode = code  # type: ignore[attr-defined]
        made.sqlite_errorname = name  # type: ignore[attr-defined]
        return made

    expected = {
        ("SQLITE_BUSY", 5): DatabaseBusy,
        ("SQLITE_LOCKED", 6): DatabaseBusy,
        ("SQLITE_READONLY", 8): DatabaseReadOnly,
        ("SQLITE_READONLY_DBMOVED", 8 | (4 << 8)): DatabaseReadOnly,
        ("SQLITE_FULL", 13): DatabaseDiskFull,
        ("SQLITE_IOERR_WRITE", 10 | (3 << 8)): DatabaseIOError,
        ("SQLITE_CORRUPT", 11): DatabaseCorrupt,
        ("SQLITE_NOTADB", 26): DatabaseCorrupt,
        ("SQLITE_ERROR", 1): DatabaseIOError,
    }
    for (name, code), kind in expected.items():
        typed = database_error(error(name, code), path)
        assert type(typed) is kind, (name, typed)
        assert typed.params["path"] == str(path)
        assert "{" not in describe(typed, "fi"), describe(typed, "fi")
    small = tmp_path / "b.sqlite3"
    small.write_bytes(b"x" * 100)
    assert isinstance(database_error(error("SQLITE_NOTADB", 26), small), DatabaseEmpty)


# -- (f) a folder that refuses chmod --------------------------------------------------------


def test_private_dir_survives_a_refused_chmod(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    """A folder owned by another user refuses chmod; root cannot make one, so it is faked."""

    def refuse(self: Path, mode: int, *, follow_symlinks: bool = True) -> None:
        raise PermissionError(1, "Operation not permitted", str(self))

    folder = tmp_path / "index"
    monkeypatch.setattr(Path, "chmod", refuse)
    with caplog.at_level(logging.WARNING, logger="desktop_app.paths"):
        assert make_private_dir(folder) == folder
    assert folder.is_dir()
    assert any("could not make" in r.getMessage() for r in caplog.records), caplog.records
    blocker = tmp_path / "tiedosto"
    blocker.write_text("ei kansio", encoding="utf-8")
    with pytest.raises(OSError):
        make_private_dir(blocker / "index")  # a folder that cannot be made is still an error


def test_search_store_works_in_a_folder_that_refuses_chmod(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from desktop_app.search.service import SearchService

    workspace = Workspace.open(tmp_path / "tyotila")
    try:
        monkeypatch.setattr(Path, "chmod", _refuse_chmod)
        with SearchService(workspace.index_dir, workspace.database_path) as service:
            service.ensure_index(_quiet())
            assert service.search("päätös").total > 0
    finally:
        workspace.close()


def _refuse_chmod(self: Path, mode: int, *, follow_symlinks: bool = True) -> None:
    raise PermissionError(1, "Operation not permitted", str(self))


# -- (g) the sentences ----------------------------------------------------------------------


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_database_message_exists_and_renders(language: str) -> None:
    params = {
        "path": "/x/paatospaja.sqlite3",
        "waited": 5,
        "size": 0,
        "detail": "levy",
        "wanted": "wal",
        "got": "delete",
        "seconds": 5,
    }
    for code in NEW_MESSAGE_CODES:
        assert code in _catalog(language), (language, code)
        text = message(code, language, **params)
        assert not re.search(r"[{}]", text), (language, code, text)
    for kind in (
        DatabaseBusy,
        DatabaseReadOnly,
        DatabaseDiskFull,
        DatabaseIOError,
        DatabaseNotFound,
        DatabaseEmpty,
        DatabaseJournalMode,
    ):
        assert kind.code in _catalog(language)
    assert "vioittu" not in message("database.disk_full", "fi", **params)
