"""One owner of the workspace: what the window was told is saved survives other processes.

These run real processes on one workspace. The first is the sequence that lost saved text
on POSIX: an export opened the already-open database file outside SQLite, which dropped
the window's SQLite locks, so another process checkpointed and deleted the WAL under it.
"""

from __future__ import annotations

import contextlib
import copy
import os
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import datetime
from pathlib import Path

import pytest

from desktop_app.autosave import AutosaveWriter
from desktop_app.domain.model import AgendaItem, ItemState, Meeting, Section, VersionReason
from desktop_app.errors import DatabaseReadOnly
from desktop_app.export.task import ExportKind, ExportRequest, run
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.search.service import SearchService
from desktop_app.storage.database import DATABASE_NAME
from desktop_app.storage.workspace_lock import WorkspaceLock
from desktop_app.tasks import TaskState
from desktop_app.workspace import Role, Workspace
from tests.processes import REPO, read_item_elsewhere, run_cli


def _item_on_agenda(workspace: Workspace) -> tuple[AgendaItem, int]:
    item = workspace.items.save(
        AgendaItem(
            None,
            "kh",
            "kunnanhallitus",
            title="Koulukuljetusten hankinta",
            state=ItemState.READY,
            sections={Section.DESCRIPTION: "<p>Alkuperäinen selostus.</p>"},
        ),
        version=VersionReason.CREATED,
    )
    meetings = MeetingRepository(workspace.db)
    meeting = meetings.create(
        Meeting(None, "kh", 0, 2026, start=datetime(2026, 12, 3, 17)), with_standing_items=False
    )
    assert meeting.id is not None and item.id is not None
    meetings.add_item(meeting.id, item.id)
    return workspace.items.get(item.id), meeting.id


def test_export_then_a_second_process_then_a_save_reaches_a_fresh_process(
    workspace_dir: Path, tmp_path: Path
) -> None:
    owner = Workspace.open(workspace_dir, role=Role.WINDOW)
    writer = AutosaveWriter(owner.connect)
    try:
        item, meeting_id = _item_on_agenda(owner)
        target = tmp_path / "esityslista.docx"
        run(ExportRequest(workspace_dir, ExportKind.AGENDA, meeting_id, target), TaskState())
        assert target.stat().st_size > 0
        info = run_cli("info", "--workspace", str(workspace_dir))
        assert info.returncode == 0, info.stderr
        base = copy.deepcopy(item)
        item.sections[Section.DESCRIPTION] = "<p>Teksti, jonka ikkuna sanoi tallentaneensa.</p>"
        writer.submit(item, base)
        assert writer.flush()
        # a second export and another process after the save, as in the report
        run(ExportRequest(workspace_dir, ExportKind.AGENDA, meeting_id, target), TaskState())
        assert run_cli("info", "--workspace", str(workspace_dir)).returncode == 0
        seen = read_item_elsewhere(workspace_dir / DATABASE_NAME, item.id or 0)
        assert seen["integrity"] == "ok"
        assert (seen["title"], seen["state"]) == ("Koulukuljetusten hankinta", "esityslistalla")
        assert seen["sections"]["selostus"] == "<p>Teksti, jonka ikkuna sanoi tallentaneensa.</p>"
        # the window's own connection still works and sees the same row
        assert owner.items.get(item.id or 0).sections[Section.DESCRIPTION].startswith(
            "<p>Teksti, jonka"
        )
    finally:
        writer.close()
        owner.close()
    seen = read_item_elsewhere(workspace_dir / DATABASE_NAME, item.id or 0)
    assert seen["sections"]["selostus"] == "<p>Teksti, jonka ikkuna sanoi tallentaneensa.</p>"


def _open_descriptors(path: Path) -> int:
    """How many of this process's file descriptors point at ``path`` (or its -wal/-shm)."""
    names = {str(path), f"{path}-wal", f"{path}-shm", f"{path}-journal"}
    count = 0
    for entry in Path("/proc/self/fd").iterdir():
        try:
            if os.readlink(entry) in names:
                count += 1
        except OSError:
            continue
    return count


@pytest.mark.skipif(not Path("/proc/self/fd").is_dir(), reason="counts descriptors in /proc")
def test_database_handles_stay_bounded_over_300_saves_and_300_similar_lookups(
    workspace_dir: Path,
) -> None:
    owner = Workspace.open(workspace_dir, role=Role.WINDOW)
    writer = AutosaveWriter(owner.connect)
    service = SearchService.open(owner.index_dir, owner.database_path)
    try:
        assert service.wait_ready(120)
        item, _ = _item_on_agenda(owner)
        database = owner.database_path.resolve()
        service.similar("kiinteistövero tontin myynti")
        writer.submit(item, copy.deepcopy(item))
        assert writer.flush()
        start = _open_descriptors(database)
        base = copy.deepcopy(item)
        for number in range(300):
            item.title = f"Koulukuljetusten hankinta {number}"
            writer.submit(item, base)
            assert writer.flush()
            service.similar(f"kiinteistövero tontin myynti {number} koulukuljetus")
        after = _open_descriptors(database)
        assert after <= start + 2, f"{start} handles before, {after} after"
    finally:
        service.close()
        writer.close()
        owner.close()


_HOLD_AS_WINDOW = textwrap.dedent(
    """
    import sys
    from desktop_app.workspace import Role, Workspace
    workspace = Workspace.open(sys.argv[1], role=Role.WINDOW)
    print("read-only" if workspace.read_only else "owner", flush=True)
    sys.stdin.readline()
    workspace.close()
    """
)


@contextlib.contextmanager
def _holder(workspace_dir: Path, role: str = "WINDOW") -> Iterator[subprocess.Popen[str]]:
    """Another process that opens the workspace and holds it until told to close."""
    script = _HOLD_AS_WINDOW.replace("Role.WINDOW", f"Role.{role}")
    with subprocess.Popen(
        [sys.executable, "-c", script, str(workspace_dir)],
        cwd=REPO,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    ) as process:
        assert process.stdout is not None and process.stdin is not None
        assert process.stdout.readline().strip() == "owner"
        try:
            yield process
        finally:
            if process.poll() is None:
                process.stdin.write("\n")
                process.stdin.flush()
            process.wait(timeout=30)


def test_a_second_window_reads_only_and_names_the_owner(workspace_dir: Path) -> None:
    Workspace.open(workspace_dir).close()
    with _holder(workspace_dir) as first:
        second = Workspace.open(workspace_dir, role=Role.WINDOW)
        try:
            assert second.read_only and second.read_only_reason == "owner"
            assert second.holder is not None and second.holder.pid == first.pid
            assert second.organizations.all()  # reading works
            with pytest.raises(DatabaseReadOnly):  # a typed error, never SQLite's English
                second.items.save(AgendaItem(None, "kh", "kunnanhallitus", title="Ei tallennu"))
        finally:
            second.close()
    # the owner is gone: the next window owns the workspace again
    third = Workspace.open(workspace_dir, role=Role.WINDOW)
    try:
        assert not third.read_only
    finally:
        third.close()


def test_a_killed_owner_leaves_no_lock_behind(workspace_dir: Path) -> None:
    Workspace.open(workspace_dir).close()
    with _holder(workspace_dir) as first:
        first.kill()
        first.wait(timeout=30)
    assert WorkspaceLock.owner(workspace_dir) is None
    again = Workspace.open(workspace_dir, role=Role.WINDOW)
    try:
        assert not again.read_only
    finally:
        again.close()


def test_a_command_waits_for_another_command_and_then_says_who_holds_it(
    workspace_dir: Path,
) -> None:
    Workspace.open(workspace_dir).close()
    with _holder(workspace_dir, "COMMAND") as holder:
        done = run_cli(
            "meeting", "new", "--body", "kh", "--date", "2026-12-03", "--start", "18:00",
            "--workspace", str(workspace_dir), env={"PAATOSPAJA_LOCK_WAIT": "1"},
        )  # fmt: skip
    assert done.returncode != 0
    assert "Traceback" not in done.stderr
    assert "Työtila on käytössä" in done.stderr
    assert str(holder.pid) in done.stderr


def test_a_workspace_on_a_network_file_system_uses_a_rollback_journal(
    workspace_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What the mount table says is tested on recorded tables; here what follows from it."""
    import desktop_app.workspace as workspace_module

    monkeypatch.setattr(workspace_module, "network_filesystem", lambda _path: "nfs4")
    workspace = Workspace.open(workspace_dir, role=Role.WINDOW)
    try:
        assert workspace.network == "nfs4"
        assert workspace.db.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        worker = workspace.connect()
        try:
            assert worker.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        finally:
            worker.close()
        assert not (workspace_dir / f"{DATABASE_NAME}-wal").exists()
    finally:
        workspace.close()


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="mounts a tmpfs (needs root)"
)
def test_a_workspace_in_a_read_only_folder_opens_read_only_for_the_window(
    tmp_path: Path,
) -> None:
    """A share mounted read-only: reading works, nothing pretends to save."""
    folder = tmp_path / "jaettu"
    folder.mkdir()
    mounted = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=16m", "tmpfs", str(folder)],
        capture_output=True,
        check=False,
    )
    if mounted.returncode != 0:
        pytest.skip(f"cannot mount a tmpfs here: {mounted.stderr.decode()}")
    try:
        workspace = Workspace.open(folder)
        item, _ = _item_on_agenda(workspace)
        workspace.close()
        remounted = subprocess.run(
            ["mount", "-o", "remount,ro", str(folder)], capture_output=True, check=False
        )
        assert remounted.returncode == 0, remounted.stderr
        window = Workspace.open(folder, role=Role.WINDOW)
        try:
            assert window.read_only and window.read_only_reason == "file"
            assert window.items.get(item.id or 0).title == "Koulukuljetusten hankinta"
            with window.reading() as reader:
                assert reader.items.get(item.id or 0).state is ItemState.ON_AGENDA
        finally:
            window.close()
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)
