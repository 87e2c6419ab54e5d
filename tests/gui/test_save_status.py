"""The window says "Tallennettu" only when it is true, and keeps the text when it is not."""

from __future__ import annotations

import functools
import os
from collections.abc import Iterator
from pathlib import Path

import pytest
from pytestqt.qtbot import QtBot

from desktop_app.autosave import AutosaveWriter
from desktop_app.domain.model import Section
from desktop_app.errors import DiskFull
from desktop_app.export.task import ExportKind, ExportRequest, run
from desktop_app.meetings.demo import create_demo_meeting
from desktop_app.tasks import TaskState
from desktop_app.workspace import Role, Workspace
from tests.test_database_errors import fill, small_tmpfs
from ui import save_controller
from ui.main_window import MainWindow

pytestmark = pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() != 0, reason="mounts a small tmpfs (needs root)"
)


@pytest.fixture
def disk(tmp_path: Path) -> Iterator[Path]:
    with small_tmpfs(tmp_path / "levy", "24m") as folder:
        yield folder


def test_a_full_disk_during_autosave_is_said_and_the_text_is_saved_once_there_is_room(
    qtbot: QtBot, disk: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    # the write is tried again after a short delay, not the app's 5 s: how long the delay is
    # does not change what the window says meanwhile or what is stored once there is room
    monkeypatch.setattr(
        save_controller, "AutosaveWriter", functools.partial(AutosaveWriter, retry_seconds=0.3)
    )
    workspace = Workspace.open(disk / "tyotila", role=Role.WINDOW)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    try:
        item = window.create_item(workspace.templates.get("kunnanhallitus"), "kh")
        assert window.flush()
        # the first index build is done before the disk fills: this test is about saving
        assert window.search_service.wait_ready(60)
        ballast = fill(disk)
        proposal = window.editor.section_editor(Section.PROPOSAL)
        proposal.setFocus()
        proposal.selectAll()
        text = "Kunnanhallitus päättää hyväksyä sopimuksen. " * 4000  # ~180 kB
        proposal.setPlainText(text)
        qtbot.waitUntil(lambda: "Ei tallennettu" in window.save_status.text(), timeout=15000)
        status = window.save_status.text()
        assert "Levy" in status or "levy" in status, status
        assert "database or disk is full" not in status and "Traceback" not in status
        assert "Tallennettu" not in status
        assert proposal.toPlainText().startswith("Kunnanhallitus päättää")  # still there
        ballast.unlink()
        qtbot.waitUntil(lambda: window.save_status.text().startswith("Tallennettu"), timeout=20000)
        assert item.id is not None
        stored = workspace.items.get(item.id).sections[Section.PROPOSAL]
        assert stored.count("Kunnanhallitus päättää hyväksyä sopimuksen.") == 4000
    finally:
        window.close()
        workspace.close()


def test_a_full_disk_during_export_keeps_the_earlier_file(disk: Path, tmp_path: Path) -> None:
    workspace = Workspace.open(tmp_path / "tyotila")
    try:
        meeting_id = create_demo_meeting(workspace)
    finally:
        workspace.close()
    target = disk / "esityslista.docx"
    request = ExportRequest(tmp_path / "tyotila", ExportKind.AGENDA, meeting_id, target)
    run(request, TaskState())
    before = target.read_bytes()
    fill(disk, leave=4096)
    with pytest.raises(DiskFull):
        run(request, TaskState())
    assert target.read_bytes() == before
    assert [p.name for p in disk.iterdir() if p.name != "ballast.bin"] == ["esityslista.docx"]
