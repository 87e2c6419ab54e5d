"""Tiedosto → Kunnan tiedot: the municipality's facts are set in the window and stored."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QMenu
from pytestqt.qtbot import QtBot

from desktop_app.settings import load_settings
from desktop_app.workspace import Workspace
from tests.gui.conftest import WindowFactory
from tests.gui.modal import on_next_modal
from ui.settings_dialog import SettingsDialog


def _file_menu_texts(window: object) -> list[str]:
    menu_bar = window.menuBar()  # type: ignore[attr-defined]
    file_menu = menu_bar.actions()[0].menu()
    assert isinstance(file_menu, QMenu)
    return [action.text() for action in file_menu.actions()]


def test_the_file_menu_opens_the_municipality_settings_and_they_are_stored(
    qtbot: QtBot, open_window: WindowFactory, workspace_dir: Path
) -> None:
    window = open_window()
    assert "&Kunnan tiedot…" in _file_menu_texts(window)

    def fill(dialog: SettingsDialog) -> None:
        dialog.municipality.setText("Pienkylä")
        dialog.address.setPlainText("Pienkylän kunnan kirjaamo, PL 1, 99999 Pienkylä")
        dialog.accept()

    on_next_modal(SettingsDialog, fill)
    window.settings_action.trigger()

    assert "Pienkylä" in window.windowTitle()
    reader = Workspace.open_reader(workspace_dir)  # what another process now reads
    try:
        stored = load_settings(reader.db)
    finally:
        reader.close()
    assert stored.municipality == "Pienkylä"
    assert stored.address.startswith("Pienkylän kunnan kirjaamo")


def test_cancelling_the_municipality_settings_keeps_what_was_stored(
    qtbot: QtBot, open_window: WindowFactory, workspace_dir: Path
) -> None:
    window = open_window()
    before = load_settings(window.workspace.db)

    def cancel(dialog: SettingsDialog) -> None:
        dialog.municipality.setText("Ei tallenneta")
        dialog.reject()

    on_next_modal(SettingsDialog, cancel)
    window.settings_action.trigger()
    assert load_settings(window.workspace.db) == before
