from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.settings import WorkspaceSettings, load_settings
from tests.gui.conftest import WindowFactory
from tests.gui.modal import close_next_message_box
from ui.settings_dialog import SettingsDialog


def test_new_workspace_has_the_sample_registry_address(open_window: WindowFactory) -> None:
    window = open_window()
    settings = load_settings(window.workspace.db)
    assert "kirjaamo" in settings.address and settings.own_domains == "esimerkkila.fi"


def test_a_house_style_that_is_not_docx_is_refused_in_the_dialog(
    qtbot: QtBot, tmp_path: Path
) -> None:
    fake = tmp_path / "talotyyli.docx"
    fake.write_text("tämä ei ole Word-tiedosto", encoding="utf-8")
    dialog = SettingsDialog(WorkspaceSettings(municipality="Esimerkkilä"))
    qtbot.addWidget(dialog)
    dialog.house_style.setText(str(fake))
    seen: list[str] = []
    close_next_message_box(seen)
    dialog.accept()
    assert seen and dialog.result() != SettingsDialog.DialogCode.Accepted
    assert dialog.error == seen[0]
    dialog.house_style.setText("")
    dialog.address.setPlainText("Kirjaamo,\n PL 1")
    dialog.accept()
    assert dialog.result() == SettingsDialog.DialogCode.Accepted
    assert dialog.settings().address == "Kirjaamo, PL 1"
