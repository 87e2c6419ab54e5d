"""The save dialogs open in the folder the user last saved an export to."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from PySide6.QtCore import QSettings

from ui.export_folder import export_folder, remember_export_folder


@pytest.fixture(autouse=True)
def _private_settings(tmp_path: Path) -> Iterator[None]:
    """Per-user settings in the test's own folder, never the developer's."""
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "cfg"))
    yield


def test_the_last_folder_saved_to_is_where_the_next_dialog_opens(tmp_path: Path) -> None:
    shared = tmp_path / "kokoukset" / "2026"
    shared.mkdir(parents=True)
    remember_export_folder(shared / "esityslista-kh-1-2026.docx")
    assert export_folder() == shared
    assert (tmp_path / "cfg").is_dir()  # stored in the per-user settings file


def test_a_folder_that_is_gone_falls_back_to_an_existing_one(tmp_path: Path) -> None:
    gone = tmp_path / "irrotettu-levy"
    gone.mkdir()
    remember_export_folder(gone / "poytakirja.docx")
    gone.rmdir()
    assert export_folder() != gone and export_folder().is_dir()
