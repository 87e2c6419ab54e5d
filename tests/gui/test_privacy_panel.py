"""Marking personal data in the editor and handling the detector's findings."""

from PySide6.QtGui import QTextCursor
from pytestqt.qtbot import QtBot

from desktop_app.domain.model import Section
from desktop_app.privacy.detect import Kind, fingerprint
from desktop_app.privacy.marks import MarkKind, MarkRepository, occurrence_key
from tests.gui.conftest import WindowFactory
from tests.gui.modal import answer_next_input, on_next_modal
from ui.privacy_panel import DismissDialog


def answer_dismissal(reason: str, *, everywhere: bool) -> None:
    def act(dialog: DismissDialog) -> None:
        assert not dialog.everywhere.isChecked()  # one occurrence unless chosen otherwise
        dialog.reason.setText(reason)
        dialog.everywhere.setChecked(everywhere)
        dialog.accept()

    on_next_modal(DismissDialog, act)


def _finding_rows(window: object, needle: str) -> list[int]:
    findings = window.privacy.findings  # type: ignore[attr-defined]
    return [r for r in range(findings.count()) if needle in findings.item(r).text()]


def test_marking_a_selection_and_confirming_a_finding(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    item = window.create_item(window.workspace.templates.get("kunnanhallitus"), "kh")
    editor = window.editor.section_editor(Section.DESCRIPTION)
    editor.set_clean_html(
        "<p>Hakija Matti Meikäläinen asuu osoitteessa Koivukuja 3.</p>"
        "<p>Henkilötunnus 131052-308T ja tilinumero FI49 5000 9420 0287 30.</p>"
    )
    window._on_edited()
    assert window.flush()

    cursor = editor.textCursor()
    start = editor.toPlainText().index("Matti Meikäläinen")
    cursor.setPosition(start)
    cursor.setPosition(start + len("Matti Meikäläinen"), QTextCursor.MoveMode.KeepAnchor)
    editor.setTextCursor(cursor)
    mark = window.privacy.mark_selection(MarkKind.PERSONAL)
    assert mark is not None and mark.text == "Matti Meikäläinen"
    assert window.privacy.marks.count() == 1
    assert any(s.format.background().color().name() == "#ffe08a" for s in editor.extraSelections())

    findings = [
        window.privacy.findings.item(r).text() for r in range(window.privacy.findings.count())
    ]
    assert any("henkilötunnus" in f and "131052-308T" in f for f in findings)
    assert any("tilinumero" in f for f in findings)
    row = next(r for r, f in enumerate(findings) if "131052-308T" in f)
    window.privacy.findings.setCurrentRow(row)
    window.privacy.confirm_button.click()
    repository = MarkRepository(window.workspace.db)
    assert {m.text for m in repository.marks(item.id or 0)} == {"Matti Meikäläinen", "131052-308T"}
    row = next(
        r
        for r in range(window.privacy.findings.count())
        if "tilinumero" in window.privacy.findings.item(r).text()
    )
    window.privacy.findings.setCurrentRow(row)
    answer_dismissal("kunnan oma tili", everywhere=True)
    window.privacy.dismiss_button.click()
    assert not any(
        "tilinumero" in window.privacy.findings.item(r).text()
        for r in range(window.privacy.findings.count())
    )
    assert list(repository.dismissed(item.id or 0).values()) == ["kunnan oma tili"]


def test_secret_mark_asks_for_its_ground(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    item = window.create_item(window.workspace.templates.get("lautakunta"), "sila")
    window.editor.title.setText("Oppilaan erityisen tuen päätös")
    window.editor.title.setSelection(0, len("Oppilaan"))
    window.editor.title.setFocus()
    answer_next_input("JulkL 24 § 1 mom 30 k")
    mark = window.privacy.mark_selection(MarkKind.SECRET)
    assert mark is not None
    assert (mark.section, mark.text, mark.secrecy_ground) == (
        "title",
        "Oppilaan",
        "JulkL 24 § 1 mom 30 k",
    )
    assert "salassa pidettävä" in window.privacy.marks.item(0).text()
    assert item.id is not None


def test_dismissing_covers_the_selected_occurrence_unless_all_are_chosen(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    item = window.create_item(window.workspace.templates.get("kunnanhallitus"), "kh")
    window.editor.section_editor(Section.DESCRIPTION).set_clean_html(
        "<p>Alueella on voimassa asemakaava 07053-336.</p>"
    )
    window.editor.section_editor(Section.REASONS).set_clean_html(
        "<p>Lisätietoja numerosta 07053-336 iltaisin.</p>"
    )
    window._on_edited()
    assert window.flush()
    window.privacy.refresh()
    rows = _finding_rows(window, "07053-336")
    assert len(rows) == 2
    selostus = next(r for r in rows if "selostus" in window.privacy.findings.item(r).text())
    window.privacy.findings.setCurrentRow(selostus)
    answer_dismissal("kaavatunnus", everywhere=False)
    window.privacy.dismiss_button.click()
    remaining = _finding_rows(window, "07053-336")
    assert len(remaining) == 1
    assert "perustelut" in window.privacy.findings.item(remaining[0]).text()
    key = fingerprint(Kind.PHONE, "07053-336")
    dismissed = MarkRepository(window.workspace.db).dismissed(item.id or 0)
    at = len("Alueella on voimassa asemakaava ")
    assert dismissed == {occurrence_key(key, "selostus", at): "kaavatunnus"}
    window.privacy.findings.setCurrentRow(remaining[0])
    answer_dismissal("", everywhere=True)
    window.privacy.dismiss_button.click()
    assert _finding_rows(window, "07053-336") == []
    assert key in MarkRepository(window.workspace.db).dismissed(item.id or 0)
