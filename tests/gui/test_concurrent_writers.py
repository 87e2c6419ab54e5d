"""The window beside other writers: the command line, another process, a second window."""

from __future__ import annotations

import functools
import subprocess
import sys
import textwrap
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QMessageBox, QProgressDialog
from pytestqt.qtbot import QtBot

from desktop_app.autosave import AutosaveWriter
from desktop_app.domain.model import ItemState, Meeting, Section
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.storage import database
from desktop_app.storage.database import DATABASE_NAME
from desktop_app.storage.workspace_lock import LockOwner
from desktop_app.workspace import Role, Workspace
from tests.gui.modal import close_next_message_box, on_next_modal
from tests.processes import HOLD_WRITE_LOCK, REPO, read_item_elsewhere, run_cli
from tests.typing_support import type_text
from ui import save_controller
from ui.app import open_workspace
from ui.conflict_dialog import ConflictChoice, ConflictDialog
from ui.main_window import MainWindow


def _window_owning(qtbot: QtBot, workspace_dir: Path) -> Iterator[MainWindow]:
    """The window as the app opens it: the owner of the workspace."""
    workspace = Workspace.open(workspace_dir, role=Role.WINDOW)
    window = MainWindow(workspace)
    qtbot.addWidget(window)
    window.show()
    yield window
    if window.isVisible():
        window.close()
    workspace.close()


@pytest.fixture
def owned_window(qtbot: QtBot, workspace_dir: Path) -> Iterator[MainWindow]:
    yield from _window_owning(qtbot, workspace_dir)


@pytest.fixture
def quickly_retrying_window(
    qtbot: QtBot, workspace_dir: Path, monkeypatch: pytest.MonkeyPatch
) -> Iterator[MainWindow]:
    """The owned window, with SQLite's busy wait and the autosave's retry delay made short.

    A save into a locked database fails only after the busy timeout (5 s in the app) and is
    tried again after the retry delay (another 5 s); how long either is does not change
    what the window does meanwhile, so a test of that need not sit through them.
    """
    monkeypatch.setattr(database, "BUSY_TIMEOUT_MS", 1000)
    monkeypatch.setattr(
        save_controller, "AutosaveWriter", functools.partial(AutosaveWriter, retry_seconds=0.3)
    )
    yield from _window_owning(qtbot, workspace_dir)


def _stored(workspace_dir: Path, item_id: int) -> dict[str, object]:
    return read_item_elsewhere(workspace_dir / DATABASE_NAME, item_id)


def test_a_decision_recorded_on_the_command_line_survives_the_windows_autosave(
    qtbot: QtBot, owned_window: MainWindow, workspace_dir: Path
) -> None:
    window = owned_window
    item = window.create_item(window.workspace.templates.get("kunnanhallitus"), "kh")
    assert item.id is not None
    meetings = MeetingRepository(window.workspace.db)
    meeting = meetings.create(
        Meeting(None, "kh", 0, 2026, start=datetime(2026, 12, 3, 17)), with_standing_items=False
    )
    assert meeting.id is not None
    entry = meetings.add_item(meeting.id, item.id)
    window._items_changed_elsewhere()  # as the meeting tab does after changing the agenda
    description = window.editor.section_editor(Section.DESCRIPTION)
    description.setFocus()
    description.selectAll()
    type_text(description, "Kunta järjestää koulukuljetukset.")
    assert window.flush()

    done = run_cli(
        "meeting", "record", str(entry.id), "--text", "Hyväksyttiin yksimielisesti.",
        "--workspace", str(workspace_dir),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr

    type_text(description, " Reitit tarkistetaan vuosittain.")
    qtbot.waitUntil(
        lambda: "toisaalla tehdyt muutokset" in window.save_status.text(), timeout=10000
    )
    assert window.editor.state.currentData() == ItemState.DECIDED
    assert (
        "Hyväksyttiin yksimielisesti."
        in window.editor.section_editor(Section.DECISION).toPlainText()
    )
    type_text(description, " Loppu.")
    assert window.flush()
    window.close()
    stored = _stored(workspace_dir, item.id)
    assert stored["state"] == "paatetty"
    sections = stored["sections"]
    assert isinstance(sections, dict)
    assert "Hyväksyttiin yksimielisesti." in sections["paatos"]
    assert "Reitit tarkistetaan vuosittain. Loppu." in sections["selostus"]


_CHANGE_TITLE = textwrap.dedent(
    """
    import sys
    from desktop_app.workspace import Workspace
    workspace = Workspace.open(sys.argv[1], seed=False)
    item = workspace.items.get(int(sys.argv[2]))
    item.title = sys.argv[3]
    workspace.items.save(item, version=None)
    workspace.close()
    """
)


@pytest.mark.parametrize("choice", [ConflictChoice.MINE, ConflictChoice.THEIRS])
def test_the_same_field_changed_elsewhere_asks_and_loses_nothing(
    qtbot: QtBot, owned_window: MainWindow, workspace_dir: Path, choice: ConflictChoice
) -> None:
    window = owned_window
    item = window.create_item(window.workspace.templates.get("kunnanhallitus"), "kh")
    assert item.id is not None
    subprocess.run(
        [sys.executable, "-c", _CHANGE_TITLE, str(workspace_dir), str(item.id), "Toisen otsikko"],
        cwd=REPO,
        check=True,
        timeout=60,
    )
    shown: list[ConflictDialog] = []

    def decide(dialog: ConflictDialog) -> None:
        shown.append(dialog)
        button = (
            dialog.keep_mine_button if choice is ConflictChoice.MINE else dialog.take_theirs_button
        )
        button.click()

    on_next_modal(ConflictDialog, decide)
    type_text(window.editor.title, "Oma otsikko")
    qtbot.waitUntil(lambda: bool(shown), timeout=10000)
    assert window.flush()
    expected = "Oma otsikko" if choice is ConflictChoice.MINE else "Toisen otsikko"
    qtbot.waitUntil(lambda: _stored(workspace_dir, item.id or 0)["title"] == expected)
    assert window.editor.title.text() == expected
    titles = [v.title for v in window.workspace.items.versions(item.id)]
    if choice is ConflictChoice.MINE:  # the other writer's title stays in the history
        assert "Toisen otsikko" in titles


def test_a_second_window_opens_read_only_with_a_banner(
    qtbot: QtBot, owned_window: MainWindow, workspace_dir: Path
) -> None:
    owned_window.create_item(owned_window.workspace.templates.get("kunnanhallitus"), "kh")
    assert owned_window.flush()
    script = textwrap.dedent(
        """
        import os, sys
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        from PySide6.QtWidgets import QApplication
        from desktop_app.workspace import Role, Workspace
        from ui.main_window import MainWindow
        app = QApplication([])
        workspace = Workspace.open(sys.argv[1], role=Role.WINDOW)
        window = MainWindow(workspace)
        window.show()
        app.processEvents()
        banner = window.read_only_banner
        item = window.workspace.items.all()[0]
        window.open_item(item.id)
        app.processEvents()
        locked = window.editor.title.isReadOnly() and not window.editor.state.isEnabled()
        print(workspace.read_only, banner.isVisible(), window.new_action.isEnabled(), locked,
              window.settings_action.isEnabled())
        print(banner.text())
        window.close()
        workspace.close()
        """
    )
    done = subprocess.run(
        [sys.executable, "-c", script, str(workspace_dir)],
        cwd=REPO,
        capture_output=True,
        text=True,
        encoding="utf-8",
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    flags, banner = done.stdout.splitlines()[:2]
    assert flags == "True True False True False"  # nothing, settings neither, is saved
    assert "Vain luku" in banner
    assert "avannut" in banner


def _recorded_by_another_computer(workspace_dir: Path) -> None:
    """What a workstation that crashed on a network share leaves behind."""
    owner = LockOwner("toinen-tyoasema", "maija", 4242, datetime.now(UTC), "window")
    (workspace_dir / "paatospaja.lock.json").write_bytes(owner.to_json())


@pytest.mark.parametrize("take", [True, False])
def test_a_lock_of_another_computer_is_taken_only_when_the_user_confirms(
    qtbot: QtBot, workspace_dir: Path, take: bool
) -> None:
    Workspace.open(workspace_dir).close()
    _recorded_by_another_computer(workspace_dir)
    asked: list[str] = []

    def answer(box: QMessageBox) -> None:
        asked.append(box.text())
        wanted = "Ota käyttöön" if take else "vain luku"
        button = next(b for b in box.buttons() if wanted in b.text())
        button.click()

    on_next_modal(QMessageBox, answer)
    workspace = open_workspace(str(workspace_dir))
    assert workspace is not None
    try:
        assert asked and "toinen-tyoasema" in asked[0] and "maija" in asked[0]
        assert workspace.read_only is not take
        if not take:
            assert workspace.holder is not None and workspace.holder.host == "toinen-tyoasema"
    finally:
        workspace.close()


def test_meeting_details_edited_from_a_stale_form_are_refused_and_reloaded(
    qtbot: QtBot, owned_window: MainWindow, workspace_dir: Path
) -> None:
    window = owned_window
    view = window.meeting_view
    meeting = view.create_meeting(Meeting(None, "kh", 0, 2026, start=datetime(2026, 12, 3, 17)))
    assert meeting.id is not None
    done = run_cli(
        "meeting", "add-participant", str(meeting.id), "Maija Meikäläinen",
        "--workspace", str(workspace_dir),
    )  # fmt: skip
    assert done.returncode == 0, done.stderr
    other = Workspace.open(workspace_dir, seed=False)
    try:  # another writer changes the place after the form was shown
        stored = MeetingRepository(other.db).get(meeting.id)
        stored.place = "Valtuustosali"
        MeetingRepository(other.db).update(stored)
    finally:
        other.close()
    seen: list[str] = []
    close_next_message_box(seen)
    view.place.setText("Kunnantalon kokoushuone")
    view.save_details_button.click()
    qtbot.waitUntil(lambda: bool(seen), timeout=10000)
    assert "muutettu toisaalla" in seen[0]
    assert view.place.text() == "Valtuustosali"  # the form now shows what is stored
    view.place.setText("Kunnantalon kokoushuone")  # and a save from it goes through
    view.save_details_button.click()
    assert MeetingRepository(window.workspace.db).get(meeting.id).place == (
        "Kunnantalon kokoushuone"
    )


def test_leaving_an_item_with_a_colliding_edit_asks_before_it_switches(
    qtbot: QtBot, owned_window: MainWindow, workspace_dir: Path
) -> None:
    window = owned_window
    first = window.create_item(window.workspace.templates.get("kunnanhallitus"), "kh")
    second = window.create_item(window.workspace.templates.get("kunnanhallitus"), "kh")
    assert first.id is not None and second.id is not None
    window.open_item(first.id)
    subprocess.run(
        [sys.executable, "-c", _CHANGE_TITLE, str(workspace_dir), str(first.id), "Toisen otsikko"],
        cwd=REPO,
        check=True,
        timeout=60,
    )
    asked: list[ConflictDialog] = []

    def keep_mine(dialog: ConflictDialog) -> None:
        asked.append(dialog)
        dialog.keep_mine_button.click()

    on_next_modal(ConflictDialog, keep_mine)
    type_text(window.editor.title, "Oma otsikko")
    window.open_item(second.id)  # before the autosave timer: the switch itself writes
    assert asked, "the collision was dropped when the user moved on"
    assert window.flush()
    assert _stored(workspace_dir, first.id)["title"] == "Oma otsikko"
    current = window.editor.current_item()
    assert current is not None and current.id == second.id


def test_closing_while_the_last_save_fails_asks_and_keeps_the_window(
    qtbot: QtBot, quickly_retrying_window: MainWindow, workspace_dir: Path
) -> None:
    window = quickly_retrying_window
    item = window.create_item(window.workspace.templates.get("kunnanhallitus"), "kh")
    assert item.id is not None and window.flush()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_WRITE_LOCK, str(workspace_dir / DATABASE_NAME)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"
        type_text(window.editor.title, "Ei vielä levyllä")
        seen: list[str] = []

        def stay(box: QMessageBox) -> None:
            seen.append(box.text())
            next(b for b in box.buttons() if b.text() == "Älä sulje").click()

        on_next_modal(QMessageBox, stay)
        waited: list[str] = []  # what a timer saw while the close waited for the database

        def look() -> None:
            shown = window.findChild(QProgressDialog, "savingWait")
            if shown is not None and shown.isVisible():
                waited.append(shown.labelText())

        poll = QTimer()
        poll.timeout.connect(look)
        poll.start(50)
        window.close()
        poll.stop()
        # the window went on painting (a timer ran) and said what it waited for
        assert waited and waited[0] == "Tallennetaan…"
        assert seen and "Kaikkia muutoksia ei ole tallennettu" in seen[0]
        assert window.isVisible()
        assert window.editor.title.text() == "Ei vielä levyllä"
    finally:
        assert holder.stdin is not None
        holder.stdin.write("\n")
        holder.stdin.close()
        holder.wait(timeout=30)
        assert holder.stdout is not None
        holder.stdout.close()
    qtbot.waitUntil(lambda: _stored(workspace_dir, item.id or 0)["title"] == "Ei vielä levyllä",
                    timeout=30000)  # fmt: skip
    window.close()
    assert not window.isVisible()
