from pathlib import Path

from pytestqt.qtbot import QtBot

from desktop_app.domain.model import Meeting
from desktop_app.meetings.repository import MeetingRepository
from desktop_app.settings import WorkspaceSettings, load_settings
from tests.gui.conftest import WindowFactory
from tests.gui.modal import close_next_message_box, on_next_modal
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


def test_the_court_is_chosen_from_every_administrative_court_and_named_in_the_minutes(
    qtbot: QtBot, open_window: WindowFactory, workspace_dir: Path
) -> None:
    window = open_window()
    chosen: list[str] = []

    def choose(dialog: SettingsDialog) -> None:
        names = [dialog.court.itemText(i) for i in range(dialog.court.count())]
        chosen.extend(names)
        dialog.court.setCurrentIndex(dialog.court.findText("Itä-Suomen hallinto-oikeus"))
        dialog.accept()

    on_next_modal(SettingsDialog, choose)
    window.settings_action.trigger()
    assert {
        "Helsingin hallinto-oikeus",
        "Hämeenlinnan hallinto-oikeus",
        "Itä-Suomen hallinto-oikeus",
        "Pohjois-Suomen hallinto-oikeus",
        "Turun hallinto-oikeus",
        "Vaasan hallinto-oikeus",
        "Ahvenanmaan hallintotuomioistuin",
    } <= set(chosen)
    assert "Markkinaoikeus" not in chosen  # procurement goes there by law, not by choice
    assert load_settings(window.workspace.db).administrative_court == "ita-suomi"
    meeting = MeetingRepository(window.workspace.db).create(
        Meeting(None, "kv", 0, 2026), with_standing_items=False
    )
    assert meeting.id is not None
    court = MeetingRepository(window.workspace.db).packet(meeting.id).court
    assert court is not None and court.display_name("fi") == "Itä-Suomen hallinto-oikeus"
    assert "Kuopio" in court.address("fi")


def test_a_stored_court_is_shown_selected_and_kept_when_saved(qtbot: QtBot) -> None:
    settings = WorkspaceSettings(municipality="Esimerkkilä", administrative_court="vaasa")
    dialog = SettingsDialog(settings)
    qtbot.addWidget(dialog)
    assert dialog.court.currentText() == "Vaasan hallinto-oikeus"
    assert dialog.settings().administrative_court == "vaasa"
    dialog.court.setCurrentIndex(0)
    assert dialog.settings().administrative_court == ""
