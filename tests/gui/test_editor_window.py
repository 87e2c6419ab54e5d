"""The drafting workbench driven as a secretary would: dialogs, typing, restart."""

from pathlib import Path

from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from desktop_app.domain.model import AppealType, ItemState, Section
from desktop_app.storage.database import connect, integrity_ok
from tests.gui.conftest import WindowFactory
from tests.gui.modal import close_next_message_box, on_next_modal
from tests.typing_support import type_text
from ui.new_item_dialog import NewItemDialog


def _create_via_dialog(qtbot: QtBot, window, template_id: str) -> None:  # type: ignore[no-untyped-def]
    def accept_dialog(dialog: NewItemDialog) -> None:
        dialog.select_template(template_id)
        dialog.accept()

    on_next_modal(NewItemDialog, accept_dialog)
    before = window.draft_list.model.rowCount()
    window.new_action.trigger()
    qtbot.waitUntil(lambda: window.draft_list.model.rowCount() == before + 1, timeout=10000)


def test_items_from_every_template_survive_a_restart(
    qtbot: QtBot, open_window: WindowFactory, workspace_dir: Path
) -> None:
    window = open_window()
    templates = window.workspace.templates.all()
    assert len(templates) >= 4
    expected: dict[int, dict[str, str]] = {}
    for number, template in enumerate(templates):
        _create_via_dialog(qtbot, window, template.id)
        editor = window.editor
        item = editor.current_item()
        assert item is not None and item.template_id == template.id
        title = f"Ympäristöluvan myöntäminen Öljynjalostamo Åkerille {number}"
        editor.title.setFocus()
        type_text(editor.title, title)
        type_text(editor.dno, f"KH {number}/11.01.00/2026")
        type_text(editor.contact.name, "Äijälä Örjan")
        type_text(editor.contact.email, "orjan.aijala@esimerkkila.fi")
        first_section = template.sections[0]
        section_editor = editor.section_editor(first_section)
        section_editor.setFocus()
        section_editor.selectAll()
        type_text(section_editor, "Hakija pyytää lupaa; päätös on välttämätön.\nToinen kappale")
        editor.state.setCurrentIndex(editor.state.findData(ItemState.READY))
        editor.appeal_type.setCurrentIndex(editor.appeal_type.findData(AppealType.NONE))
        assert item.id is not None
        expected[item.id] = {"title": title, "section": first_section.value}
    window.close()  # flushes the autosave writer

    db = connect(workspace_dir / "paatospaja.sqlite3")
    assert integrity_ok(db)
    db.close()

    reopened = open_window()
    qtbot.waitUntil(lambda: reopened.draft_list.model.rowCount() == len(templates), timeout=10000)
    for item_id, facts in expected.items():
        reopened.open_item(item_id)
        editor = reopened.editor
        assert editor.title.text() == facts["title"]
        assert editor.dno.text().endswith("/11.01.00/2026")
        assert editor.contact.name.text() == "Äijälä Örjan"
        assert editor.contact.email.text() == "orjan.aijala@esimerkkila.fi"
        text = editor.section_editor(Section(facts["section"])).toPlainText()
        assert text == "Hakija pyytää lupaa; päätös on välttämätön.\nToinen kappale"
        assert editor.state.currentData() == ItemState.READY
        assert editor.appeal_type.currentData() == AppealType.NONE


def test_autosave_happens_without_any_save_command(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    item = window.create_item(window.workspace.templates.get("kunnanhallitus"), "kh")
    type_text(window.editor.title, "Tontin myynti Åminnen")
    assert item.id is not None

    def saved() -> None:
        assert window.workspace.items.get(item.id).title == "Tontin myynti Åminnen"

    qtbot.waitUntil(saved, timeout=2000)
    # the writer thread's "saved" reaches the GUI thread as a queued signal
    qtbot.waitUntil(lambda: window.save_status.text().startswith("Tallennettu"), timeout=2000)


def test_completeness_panel_follows_the_draft(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    window.create_item(window.workspace.templates.get("kunnanhallitus"), "kh")
    texts = window.completeness.gap_texts()
    assert any("Otsikko puuttuu" in t for t in texts)
    assert any("Perustelut puuttuvat" in t and "HL 45 §" in t for t in texts)
    type_text(window.editor.title, "Hallintosäännön muutos")
    reasons = window.editor.section_editor(Section.REASONS)
    reasons.setFocus()
    reasons.selectAll()
    type_text(reasons, "Kuntalain 90 §:n mukaan valtuusto hyväksyy hallintosäännön.")
    qtbot.waitUntil(
        lambda: not any("Otsikko puuttuu" in t for t in window.completeness.gap_texts())
    )
    texts = window.completeness.gap_texts()
    assert not any("Perustelut" in t for t in texts)
    assert any("Asianosaiset puuttuvat" in t for t in texts)
    # clicking a gap puts the cursor in the field that fills it
    row = next(i for i, t in enumerate(texts) if "Asianosaiset" in t)
    window.completeness.list.itemClicked.emit(window.completeness.list.item(row))
    assert QApplication.focusWidget() is window.editor.parties


def test_versions_can_be_viewed_and_restored(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    item = window.create_item(window.workspace.templates.get("lautakunta"), "tela")
    type_text(window.editor.title, "Ensimmäinen otsikko")
    window.save_action.trigger()  # Ctrl+S keeps a version; the autosave alone does not
    assert window.flush()
    window.editor.title.selectAll()
    type_text(window.editor.title, "Toinen otsikko")
    window.save_action.trigger()
    assert window.flush()
    qtbot.waitUntil(lambda: window.history.list.count() >= 3)
    oldest_with_title = next(
        v.number
        for v in reversed(window.workspace.items.versions(item.id or 0))
        if v.title == "Ensimmäinen otsikko"
    )
    for row in range(window.history.list.count()):
        entry = window.history.list.item(row)
        if entry.text().startswith(f"{oldest_with_title}."):
            window.history.list.setCurrentItem(entry)
    assert "Ensimmäinen otsikko" in window.history.preview.toPlainText()
    window.history.restore_button.click()
    assert window.editor.title.text() == "Ensimmäinen otsikko"
    assert window.workspace.items.get(item.id or 0).title == "Ensimmäinen otsikko"


def test_formatting_shortcuts_produce_clean_structure(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    _, editor = _new_draft_description(open_window)
    editor.setFocus()
    editor.clear()
    type_text(editor, "Tausta")
    editor.set_heading(2)
    type_text(editor, "\nensimmäinen kohta")
    editor.set_heading(0)
    editor.make_list(ordered=False)
    type_text(editor, "\ntoinen kohta")
    html = editor.clean_html()
    assert html.startswith("<h2>Tausta</h2>")
    assert "<ul><li>ensimmäinen kohta</li><li>toinen kohta</li></ul>" in html
    editor.undo()
    assert "toinen kohta" not in editor.clean_html()


def test_template_problems_are_shown_in_the_window(
    qtbot: QtBot, open_window: WindowFactory, workspace_dir: Path
) -> None:
    (workspace_dir / "templates").mkdir(parents=True)
    (workspace_dir / "templates" / "rikki.toml").write_text("id = = 3", encoding="utf-8")
    window = open_window()
    assert window.banner.isVisibleTo(window)
    assert "rikki.toml" in window.banner.text()
    assert len(window.workspace.templates.all()) >= 4


def test_unwritable_workspace_shows_a_finnish_dialog(qtbot: QtBot, tmp_path: Path) -> None:
    from ui.app import open_workspace

    blocker = tmp_path / "tiedosto"
    blocker.write_text("not a folder", encoding="utf-8")
    seen: list[str] = []
    close_next_message_box(seen)
    assert open_workspace(str(blocker / "tyotila")) is None
    assert seen and "ei voi kirjoittaa" in seen[0]
    assert blocker.read_text(encoding="utf-8") == "not a folder"


def test_attachments_are_added_marked_non_public_and_ordered(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path
) -> None:
    from PySide6.QtCore import Qt

    from desktop_app.domain.model import Attachment
    from ui.attachment_list import FILE, NAME, PUBLIC

    window = open_window()
    item = window.create_item(window.workspace.templates.get("kunnanhallitus"), "kh")
    item.attachments = [Attachment("Liite 1 kartta.pdf", "liitteet/kartta.pdf", public=False)]
    window.workspace.items.save(item)
    window._show_item(window.workspace.items.get(item.id or 0))
    contract = tmp_path / "Maankäyttösopimus.docx"
    contract.write_bytes(b"x")
    attachments = window.editor.attachments
    attachments.add_paths([contract, tmp_path / "Poistettu selvitys.pdf"])
    table = attachments.table
    assert table.item(1, FILE).text() == "Maankäyttösopimus.docx"
    assert "ei löydy" in table.item(2, FILE).toolTip()
    table.item(1, NAME).setText("Liite 2 sopimus")
    table.item(2, PUBLIC).setCheckState(Qt.CheckState.Unchecked)
    table.selectRow(2)
    attachments.move_selected(-1)
    assert table.currentRow() == 1
    table.selectRow(0)
    attachments.add_named()
    table.item(3, NAME).setText("Liite 4 paperilla")
    assert window.flush()
    stored = window.workspace.items.get(item.id or 0).attachments
    assert stored == [
        Attachment("Liite 1 kartta.pdf", "liitteet/kartta.pdf", public=False),
        Attachment("Poistettu selvitys", str(tmp_path / "Poistettu selvitys.pdf"), public=False),
        Attachment("Liite 2 sopimus", str(contract)),
        Attachment("Liite 4 paperilla"),
    ]
    table.setFocus()
    table.selectRow(1)
    qtbot.keyClick(table, Qt.Key.Key_Delete)
    assert window.flush()
    assert [a.name for a in window.workspace.items.get(item.id or 0).attachments] == [
        "Liite 1 kartta.pdf",
        "Liite 2 sopimus",
        "Liite 4 paperilla",
    ]


def test_files_dropped_on_the_attachment_list_are_added(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path
) -> None:
    from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
    from PySide6.QtGui import QDropEvent

    window = open_window()
    window.create_item(window.workspace.templates.get("kunnanhallitus"), "kh")
    report = tmp_path / "Selvitys.pdf"
    report.write_bytes(b"%PDF-1.4")
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(report)), QUrl.fromLocalFile(str(tmp_path))])
    attachments = window.editor.attachments
    event = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        mime,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    attachments.dropEvent(event)
    assert event.isAccepted()
    assert [(a.name, a.path) for a in attachments.attachments()] == [("Selvitys", str(report))]
    folder_only = QMimeData()
    folder_only.setUrls([QUrl.fromLocalFile(str(tmp_path))])
    ignored = QDropEvent(
        QPointF(5, 5),
        Qt.DropAction.CopyAction,
        folder_only,
        Qt.MouseButton.LeftButton,
        Qt.KeyboardModifier.NoModifier,
    )
    attachments.dropEvent(ignored)
    assert len(attachments.attachments()) == 1


def test_an_attachment_path_that_cannot_be_checked_does_not_break_loading(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path
) -> None:
    """A name too long for the file system raises from exists() on Linux, as an unreadable
    share does on Windows; a \\\\server\\share path is never checked (the server may be off)."""
    from desktop_app.domain.model import Attachment
    from ui.attachment_list import FILE

    window = open_window()
    template = window.workspace.templates.get("kunnanhallitus")
    first = window.create_item(template, "kh")
    first.for_information = "Ensimmäisen tiedoksi"
    window.workspace.items.save(first)
    second = window.create_item(template, "kh")
    unreadable = str(tmp_path / ("x" * 300) / "liite.pdf")
    share = "\\\\palvelin\\liitteet\\kartta.pdf"
    second.attachments = [Attachment("Pitkä", unreadable), Attachment("Jaettu", share)]
    second.for_information = "Toisen tiedoksi"
    window.workspace.items.save(second)
    window._show_item(window.workspace.items.get(first.id or 0))
    window._show_item(window.workspace.items.get(second.id or 0))
    editor = window.editor
    assert editor.for_information.text() == "Toisen tiedoksi"
    assert editor.attachments.attachments() == second.attachments
    assert "ei löydy" not in editor.attachments.table.item(1, FILE).toolTip()
    window.focus_field("attachments")
    assert editor.attachments.focusProxy() is editor.attachments.table


def test_the_window_fits_a_small_laptop_screen(qtbot: QtBot, open_window: WindowFactory) -> None:
    """1366 px at 125 % scaling leaves about 1090 px; the window must fit with its frame."""
    window = open_window()
    qtbot.waitExposed(window)
    assert window.minimumSizeHint().width() <= 1000
    assert window.minimumSizeHint().height() <= 768


def test_the_appeal_route_follows_the_basis_and_another_route_needs_a_reason(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QInputDialog

    from desktop_app.domain.model import AppealBasis
    from tests.gui.modal import answer_next_input

    window = open_window()
    item = window.create_item(window.workspace.templates.get("kunnanhallitus"), "kh")
    assert item.id is not None
    editor = window.editor
    assert editor.appeal_type.currentData() == AppealType.CORRECTION
    assert "Sääntöjen mukaan: Oikaisuvaatimus" in editor.appeal_derived.text()
    assert "134 §" in editor.appeal_derived.text()
    assert not editor.appeal_law.isVisibleTo(editor)

    # another route, refused without a reason: the derived route stays
    on_next_modal(QInputDialog, lambda dialog: dialog.reject())
    editor.appeal_type.setFocus()
    qtbot.keyClick(editor.appeal_type, Qt.Key.Key_Down)
    assert editor.appeal_type.currentData() == AppealType.CORRECTION
    assert editor.appeal_reason.text() == ""

    # "no appeal" asks for its ground, which is shown and stored
    ground = "Päätös koskee vain täytäntöönpanoa (KuntaL 136 §)"
    answer_next_input(ground)
    qtbot.keyClick(editor.appeal_type, Qt.Key.Key_End)
    assert editor.appeal_type.currentData() == AppealType.NONE
    assert editor.appeal_reason.text() == ground
    assert ground in editor.appeal_derived.text()

    def stored_with_ground() -> None:
        stored = window.workspace.items.get(item.id or 0)
        assert (stored.appeal_type, stored.appeal_reason) == (AppealType.NONE, ground)

    qtbot.waitUntil(stored_with_ground, timeout=5000)

    # back to the rules' route: the reason no longer applies
    qtbot.keyClick(editor.appeal_type, Qt.Key.Key_Home)
    assert editor.appeal_reason.text() == ""

    # a special-law decision: hallintovalitus, with the law chosen from the list
    editor.appeal_basis.setCurrentIndex(editor.appeal_basis.findData(AppealBasis.SPECIAL_LAW))
    assert editor.appeal_type.currentData() == AppealType.ADMINISTRATIVE_APPEAL
    assert editor.appeal_law.isVisibleTo(editor)
    editor.appeal_law.setCurrentIndex(editor.appeal_law.findData("ymparistonsuojelulaki"))

    def stored_special() -> None:
        stored = window.workspace.items.get(item.id or 0)
        route = (stored.appeal_type, stored.appeal_basis, stored.appeal_law, stored.appeal_reason)
        expected = (AppealType.ADMINISTRATIVE_APPEAL, "special_law", "ymparistonsuojelulaki", "")
        assert route == expected

    qtbot.waitUntil(stored_special, timeout=5000)
    editor.appeal_basis.setCurrentIndex(editor.appeal_basis.findData(AppealBasis.PROCUREMENT))
    assert editor.appeal_type.currentData() == AppealType.PROCUREMENT
    assert not editor.appeal_law.isVisibleTo(editor)


def test_an_override_with_a_reason_is_kept_when_the_basis_changes(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    from desktop_app.domain.model import AppealBasis

    window = open_window()
    item = window.create_item(window.workspace.templates.get("kunnanhallitus"), "kh")
    item.appeal_type = AppealType.MUNICIPAL_APPEAL
    item.appeal_reason = "Päätös oikaisuvaatimukseen, käsitelty erikseen"
    window.workspace.items.save(item)
    window._show_item(window.workspace.items.get(item.id or 0))
    editor = window.editor
    assert editor.appeal_reason.text() == item.appeal_reason
    assert "Poikkeava muutoksenhaku, perustelu" in editor.appeal_derived.text()
    editor.appeal_basis.setCurrentIndex(editor.appeal_basis.findData(AppealBasis.PREPARATORY))
    assert editor.appeal_type.currentData() == AppealType.MUNICIPAL_APPEAL


def test_an_item_tabled_at_a_meeting_opens_with_the_ban_as_its_derived_route(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    from datetime import datetime

    from desktop_app.domain.model import AgendaItem, AppealType, Meeting
    from desktop_app.meetings.model import DecisionKind, EntryDecision
    from desktop_app.meetings.repository import MeetingRepository

    window = open_window()
    workspace = window.workspace
    item = workspace.items.save(AgendaItem(None, "kh", "kunnanhallitus", title="Pöydälle"))
    meetings = MeetingRepository(workspace.db)
    meeting = meetings.create(
        Meeting(None, "kh", 0, 2026, start=datetime(2026, 3, 2, 17)), with_standing_items=False
    )
    entry = meetings.add_item(meeting.id or 0, item.id or 0)
    meetings.record_decision(entry.id or 0, EntryDecision(DecisionKind.TABLED))
    window.reload_list()
    window.open_item(item.id or 0)
    derived = window.editor.derived_route()
    assert derived is not None and derived.appeal_type is AppealType.NONE
    assert window.editor.read_item().appeal_type is AppealType.NONE  # type: ignore[union-attr]


def test_the_contact_details_gap_focuses_the_phone_field(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    window.create_item(window.workspace.templates.get("kunnanhallitus"), "kh")
    window.editor.contact.name.setText("Olli Sihteeri")
    window._refresh_gaps()
    panel = window.completeness
    rows = [panel.list.item(r) for r in range(panel.list.count())]
    details = next(row for row in rows if "yhteystieto" in row.text().lower())
    panel.list.setCurrentItem(details)
    panel.list.itemActivated.emit(details)
    qtbot.waitUntil(lambda: window.editor.contact.phone.hasFocus(), timeout=5_000)


def test_formatting_waits_while_the_draft_is_out_of_sight(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    """On the search tab Ctrl+B would otherwise bold text in the hidden draft."""
    window, editor = _new_draft_description(open_window)
    window.activateWindow()
    editor.setFocus()
    editor.selectAll()
    qtbot.waitUntil(lambda: all(action.isEnabled() for action in window.formatting.actions))
    before = editor.clean_html()
    window.tabs.setCurrentWidget(window.search_panel)
    window.search_panel.query.setFocus()
    qtbot.waitUntil(lambda: not any(action.isEnabled() for action in window.formatting.actions))
    bold = next(a for a in window.formatting.actions if a.shortcut().toString() == "Ctrl+B")
    bold.trigger()
    assert editor.clean_html() == before
    window.tabs.setCurrentIndex(0)
    editor.setFocus()
    qtbot.waitUntil(lambda: bold.isEnabled())


def _new_draft_description(open_window: WindowFactory):  # type: ignore[no-untyped-def]
    """A window with a new board draft, and the editor of its description section."""
    window = open_window()
    window.create_item(window.workspace.templates.get("kunnanhallitus"), "kh")
    return window, window.editor.section_editor(Section.DESCRIPTION)
