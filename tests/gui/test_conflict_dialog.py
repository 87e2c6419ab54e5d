"""The conflict view: both texts side by side, a conscious choice, nothing lost."""

from __future__ import annotations

import copy
import re

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialog
from pytestqt.qtbot import QtBot

from desktop_app.domain.changes import merge_items
from desktop_app.domain.model import AgendaItem, ItemState, Section, VersionReason
from desktop_app.workspace import Workspace
from ui.conflict_dialog import ConflictChoice, ConflictDialog


def colliding(workspace: Workspace) -> tuple[AgendaItem, AgendaItem, list[str]]:
    """Two writers start from one stored item and change the same parts differently."""
    base = workspace.items.save(
        AgendaItem(
            None,
            "kh",
            "kunnanhallitus",
            title="Avustus kyläyhdistykselle",
            state=ItemState.READY,
            sections={
                Section.DESCRIPTION: "<p>Yhdistys hakee avustusta.</p>",
                Section.PROPOSAL: "<p>Kunnanhallitus myöntää 500 euroa.</p>",
            },
        ),
        version=VersionReason.CREATED,
    )
    assert base.id is not None
    mine = copy.deepcopy(base)
    mine.title = "Avustus Ämmälän kyläyhdistykselle"
    mine.sections[Section.PROPOSAL] = "<p>Kunnanhallitus myöntää <b>800</b> euroa.</p>"
    other = workspace.items.get(base.id)
    other.title = "Avustus kyläyhdistykselle kesäjuhlaan"
    other.sections[Section.PROPOSAL] = "<p>Kunnanhallitus hylkää hakemuksen.</p>"
    workspace.items.save(other, version=VersionReason.SAVED, author="cli")
    theirs = workspace.items.get(base.id)
    merge = merge_items(base, mine, theirs)
    assert merge.conflicts == ["title", "section:paatosehdotus"]
    return mine, theirs, merge.conflicts


def open_dialog(qtbot: QtBot, workspace: Workspace, **kwargs: str) -> ConflictDialog:
    mine, theirs, conflicts = colliding(workspace)
    dialog = ConflictDialog(mine, theirs, conflicts, None, **kwargs)
    qtbot.addWidget(dialog)
    dialog.show()
    return dialog


def test_explains_what_happened(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = open_dialog(qtbot, workspace, theirs_author="Olli Ööpinen")
    text = dialog.explanation.text()
    assert text.startswith("Asiaa muutettiin toisaalla")
    assert "Olli Ööpinen tallensi sen" in text
    assert re.search(r"\d{1,2}\.\d{1,2}\.\d{4} klo \d{1,2}\.\d{2}", text)
    assert "Otsikko, Päätösehdotus" in text
    assert "Mitään ei ole vielä tallennettu" in text
    assert dialog.windowTitle() == "Asiaa muutettiin toisaalla"
    anonymous = open_dialog(qtbot, workspace)
    assert "Toinen muutos tallennettiin" in anonymous.explanation.text()
    assert "tallensi sen" not in anonymous.explanation.text()


def test_both_texts_side_by_side_with_the_differences(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = open_dialog(qtbot, workspace)
    assert set(dialog.browsers) == {"title", "section:paatosehdotus"}
    mine, theirs = dialog.browsers["section:paatosehdotus"]
    assert mine.toPlainText() == "Kunnanhallitus +myöntää 800 euroa."
    assert theirs.toPlainText() == "Kunnanhallitus +hylkää hakemuksen."
    assert mine.accessibleName() == "Oma tekstisi: Päätösehdotus"
    assert theirs.accessibleName() == "Toisaalla tallennettu: Päätösehdotus"
    assert mine.isReadOnly() and theirs.isReadOnly()
    cursor = theirs.document().find("hylkää")
    assert cursor.charFormat().fontUnderline()
    cursor = theirs.document().find("Kunnanhallitus")
    assert not cursor.charFormat().fontUnderline()
    title_mine, title_theirs = dialog.browsers["title"]
    assert "Ämmälän" in title_mine.toPlainText()
    assert "kesäjuhlaan" in title_theirs.toPlainText()
    assert "Ämmälän" not in title_theirs.toPlainText()


@pytest.mark.parametrize(
    ("button", "choice", "result"),
    [
        ("keep_mine_button", ConflictChoice.MINE, QDialog.DialogCode.Accepted),
        ("take_theirs_button", ConflictChoice.THEIRS, QDialog.DialogCode.Accepted),
        ("later_button", ConflictChoice.LATER, QDialog.DialogCode.Rejected),
    ],
)
def test_each_choice(
    qtbot: QtBot,
    workspace: Workspace,
    button: str,
    choice: ConflictChoice,
    result: QDialog.DialogCode,
) -> None:
    dialog = open_dialog(qtbot, workspace)
    assert dialog.choice() is ConflictChoice.LATER  # nothing chosen yet
    with qtbot.waitSignal(dialog.finished):
        qtbot.mouseClick(getattr(dialog, button), Qt.MouseButton.LeftButton)
    assert dialog.choice() is choice
    assert dialog.result() == result.value
    assert not dialog.isVisible()


def test_escape_and_enter_decide_later(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = open_dialog(qtbot, workspace)
    with qtbot.waitSignal(dialog.rejected):
        qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert dialog.choice() is ConflictChoice.LATER

    again = open_dialog(qtbot, workspace)
    assert again.later_button.isDefault()
    assert not again.keep_mine_button.isDefault()
    assert not again.take_theirs_button.isDefault()
    with qtbot.waitSignal(again.finished):
        qtbot.keyClick(again, Qt.Key.Key_Return)
    assert again.choice() is ConflictChoice.LATER


def test_a_choice_after_copying_is_still_a_choice(qtbot: QtBot, workspace: Workspace) -> None:
    dialog = open_dialog(qtbot, workspace)
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert dialog.isVisible()  # copying does not close the dialog
    with qtbot.waitSignal(dialog.accepted):
        qtbot.mouseClick(dialog.take_theirs_button, Qt.MouseButton.LeftButton)
    assert dialog.choice() is ConflictChoice.THEIRS


def test_copy_my_text_to_the_clipboard(qtbot: QtBot, workspace: Workspace) -> None:
    clipboard = QGuiApplication.clipboard()
    clipboard.setText("jotain muuta")
    dialog = open_dialog(qtbot, workspace)
    assert dialog.copied.text() == ""
    qtbot.mouseClick(dialog.copy_button, Qt.MouseButton.LeftButton)
    assert clipboard.text() == (
        "Otsikko\nAvustus Ämmälän kyläyhdistykselle\n\n"
        "Päätösehdotus\nKunnanhallitus myöntää 800 euroa."
    )
    data = clipboard.mimeData()
    assert data is not None and data.hasHtml()
    assert "<b>800</b>" in data.html()  # the formatting of a section survives
    assert "leikepöydällä" in dialog.copied.text()
    assert dialog.copy_button.accessibleName() == "Kopioi oma tekstini leikepöydälle"


def test_fits_a_small_laptop_screen(qtbot: QtBot, workspace: Workspace) -> None:
    mine, theirs, _ = colliding(workspace)
    long_text = "".join(f"<p>Perustelu {n}, joka jatkuu ja jatkuu.</p>" for n in range(120))
    every_unit = ["title", "dno", "presenter", "parties", "preparer"]
    for section in Section:
        mine.sections[section] = long_text
        theirs.sections[section] = long_text.replace("jatkuu", "päättyy")
        every_unit.append(f"section:{section.value}")
    dialog = ConflictDialog(mine, theirs, every_unit)
    qtbot.addWidget(dialog)
    hint = dialog.sizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700
    assert dialog.minimumSizeHint().height() <= 700
    assert dialog.width() <= 1366 and dialog.height() <= 700
    dialog.show()
    assert dialog.width() <= 1366 and dialog.height() <= 700
