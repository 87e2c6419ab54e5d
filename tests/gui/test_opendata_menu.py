"""The meeting tab's "Avoin data (JSON)…": a folder asked once, the export in a worker."""

from __future__ import annotations

import json
from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QPushButton
from pytestqt.qtbot import QtBot

from desktop_app.opendata.schema import RESOURCES
from tests.gui.conftest import WindowFactory
from tests.gui.modal import close_next_message_box
from tests.privacy_samples import PRIVATE_PHONE, VALID_CODE, publishing_meeting
from tests.test_opendata_export import make_publishable
from ui.export_folder import export_folder


@pytest.fixture(autouse=True)
def _private_settings(tmp_path: Path) -> Iterator[None]:
    """Per-user settings in the test's own folder, never the developer's."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))
    yield


def _choose_folder(monkeypatch: pytest.MonkeyPatch, folder: Path, asked: list[str]) -> None:
    """The folder dialog answers ``folder`` and records where it opened."""

    def answer(_parent: object, _title: str, start: str = "", *_: object) -> str:
        asked.append(start)
        return str(folder)

    monkeypatch.setattr(QFileDialog, "getExistingDirectory", staticmethod(answer))


def _button(window) -> QPushButton:  # type: ignore[no-untyped-def]
    button = window.meeting_view.findChild(QPushButton, "exportOpenData")
    assert button is not None and button.text() == "Avoin data (JSON)…"
    return button


def test_the_button_asks_a_folder_remembers_it_and_writes_the_records(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    meeting = make_publishable(window.workspace)
    view = window.meeting_view
    window.tabs.setCurrentWidget(view)
    view.reload(select=meeting.meeting_id)
    folder = tmp_path / "verkkosivut" / "avoin-data"
    folder.mkdir(parents=True)
    asked: list[str] = []
    _choose_folder(monkeypatch, folder, asked)
    qtbot.mouseClick(_button(window), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(
        lambda: f"Tallennettu: {folder}" in window.statusBar().currentMessage(), timeout=60_000
    )
    assert sorted(p.name for p in folder.iterdir()) == sorted(f"{r}.json" for r in RESOURCES)
    event = json.loads((folder / "event.json").read_text(encoding="utf-8"))
    assert event["objects"][0]["name"].endswith("1/2026")
    assert VALID_CODE not in (folder / "content.json").read_text(encoding="utf-8")
    assert export_folder() == folder  # the next dialog opens here

    window.statusBar().clearMessage()
    qtbot.mouseClick(_button(window), Qt.MouseButton.LeftButton)
    assert asked[-1] == str(folder)
    qtbot.waitUntil(  # exported again over the same files: the ids are kept
        lambda: f"Tallennettu: {folder}" in window.statusBar().currentMessage(), timeout=60_000
    )
    assert json.loads((folder / "event.json").read_text(encoding="utf-8")) == event


def test_a_meeting_the_check_blocks_is_refused_in_the_users_language_with_its_places(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("PAATOSPAJA_LANG", "sv")
    window = open_window()
    meeting = publishing_meeting(window.workspace)  # findings unconfirmed, minutes unchecked
    view = window.meeting_view
    window.tabs.setCurrentWidget(view)
    view.reload(select=meeting.meeting_id)
    folder = tmp_path / "avoin-data"
    _choose_folder(monkeypatch, folder, [])
    seen: list[str] = []
    close_next_message_box(seen)
    qtbot.mouseClick(_button(window), Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: bool(seen), timeout=60_000)
    assert seen[0].startswith("Sammanträdet exporterades inte som öppna data")
    assert VALID_CODE not in seen[0] and PRIVATE_PHONE not in seen[0]
    qtbot.waitUntil(lambda: view.findings.count() > 0, timeout=10_000)
    rows = [view.findings.item(r).text() for r in range(view.findings.count())]
    assert any(row.startswith("✖ § ") for row in rows)
    assert not folder.exists()
