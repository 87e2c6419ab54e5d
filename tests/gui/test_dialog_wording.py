"""One word for one action in every dialog, and no literal mnemonic ampersands."""

from __future__ import annotations

from PySide6.QtWidgets import QDialogButtonBox, QLabel
from pytestqt.qtbot import QtBot

from desktop_app.domain.model import BodyKind, Organization
from desktop_app.settings import WorkspaceSettings
from desktop_app.templating.catalog import TemplateCatalog
from ui.new_item_dialog import NewItemDialog
from ui.settings_dialog import SettingsDialog


def _cancel_text(dialog: object) -> str:
    boxes = dialog.findChildren(QDialogButtonBox)  # type: ignore[attr-defined]
    return boxes[0].button(QDialogButtonBox.StandardButton.Cancel).text()


def test_cancel_is_peruuta_in_every_dialog(qtbot: QtBot) -> None:
    templates = TemplateCatalog.load().all()
    new_item = NewItemDialog(templates, [Organization("kh", "Kunnanhallitus", BodyKind.BOARD)])
    settings = SettingsDialog(WorkspaceSettings())
    for dialog in (new_item, settings):
        qtbot.addWidget(dialog)
        assert _cancel_text(dialog) == "Peruuta"


def test_the_template_label_is_a_mnemonic_for_the_template_list(qtbot: QtBot) -> None:
    dialog = NewItemDialog(TemplateCatalog.load().all(), [])
    qtbot.addWidget(dialog)
    label = next(w for w in dialog.findChildren(QLabel) if w.text() == "&Pohja")
    assert label.buddy() is dialog.templates
