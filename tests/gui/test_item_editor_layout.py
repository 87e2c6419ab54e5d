"""The item form stays where it is while the secretary types: a long title moves nothing."""

from PySide6.QtCore import QPoint
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QWidget
from pytestqt.qtbot import QtBot

from tests.gui.conftest import WindowFactory
from tests.typing_support import type_text
from ui.title_heading import fit_lines

LONG_TITLE = (
    "Lausunto Pohjois-Savon elinkeino-, liikenne- ja ymparistokeskukselle "
    "Kallaveden rantaosayleiskaavan muutoksesta seka siihen liittyvista "
    "maankayttosopimuksista, vesihuollon jarjestamisesta ja katujen rakentamisesta "
    "vuosina 2027-2031"
)


def _positions(widgets: list[QWidget], page: QWidget) -> list[QPoint]:
    return [widget.mapTo(page, QPoint(0, 0)) for widget in widgets]


def test_typing_a_long_title_does_not_move_the_form_below(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    template = window.workspace.templates.all()[0]
    organization = next(iter(window._organizations))
    window.create_item(template, organization)
    editor = window.editor
    page = editor.widget()
    assert page is not None
    first_section = editor.section_editor(template.sections[0])
    below = [editor.title, editor.state, editor.dno, editor.preparer.name, first_section]
    editor.title.setFocus()
    type_text(editor.title, "Tontin myynti")
    qtbot.waitUntil(lambda: editor.heading.full_text() == "Tontin myynti", timeout=5_000)
    before = _positions(below, page)
    heading_height = editor.heading.height()

    type_text(editor.title, " " + LONG_TITLE)
    typed = f"Tontin myynti {LONG_TITLE}"
    qtbot.waitUntil(lambda: editor.heading.full_text() == typed, timeout=5_000)
    qtbot.wait(50)  # any relayout the new heading text causes has happened

    assert editor.title.text() == typed
    assert editor.heading.height() == heading_height
    assert _positions(below, page) == before
    shown = editor.heading.text()
    assert shown.endswith("…") and len(shown.splitlines()) == 2
    assert editor.heading.toolTip() == typed


def test_a_title_is_cut_only_when_two_lines_do_not_hold_it() -> None:
    font = QFont()
    font.setPointSize(15)
    assert fit_lines("Tontin myynti", font, 600, 2) == "Tontin myynti"
    two = fit_lines("Tontin myynti " * 6, font, 300, 2)
    assert len(two.splitlines()) == 2 and two.endswith("…")
    assert fit_lines("Tontin   myynti\nKalliolta", font, 2000, 2) == "Tontin myynti Kalliolta"
