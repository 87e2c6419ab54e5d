"""The meeting tab: agenda with § numbers, drag-and-drop order, decisions, exports."""

from datetime import datetime
from pathlib import Path

import docx
import pytest
from PySide6.QtCore import QModelIndex, Qt
from pytestqt.qtbot import QtBot

from desktop_app.domain.model import ItemState, Meeting, Section
from desktop_app.export.task import ExportKind
from desktop_app.meetings.model import DecisionKind, Participant, ParticipantRole
from tests.gui.conftest import WindowFactory
from tests.gui.modal import close_next_message_box, on_next_modal
from ui.meeting_agenda import ENTRY_ROLE
from ui.meeting_decision_dialog import DecisionDialog


def _agenda_titles(view) -> list[str]:  # type: ignore[no-untyped-def]
    return [view.agenda.item(r).text() for r in range(view.agenda.count())]


def _status(window) -> str:  # type: ignore[no-untyped-def]
    return str(window.statusBar().currentMessage())


def _ready_item(window, title: str):  # type: ignore[no-untyped-def]
    item = window.create_item(window.workspace.templates.get("kunnanhallitus"), "kh")
    item.title = title
    item.state = ItemState.READY
    item.sections[Section.PROPOSAL] = f"<p>Kunnanhallitus päättää hyväksyä: {title}.</p>"
    window.workspace.items.save(item)
    return item


def test_agenda_numbering_reorder_decision_and_exports(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path
) -> None:
    window = open_window()
    first = _ready_item(window, "Tontin myynti Åkerille")
    second = _ready_item(window, "Katuvalojen saneeraus")
    view = window.meeting_view
    window.tabs.setCurrentWidget(view)
    meeting = view.create_meeting(
        Meeting(None, "kh", 0, 2026, start=datetime(2026, 5, 18, 17, 0), place="Kunnantalo")
    )
    assert meeting.number == 1
    standing = view.agenda.count()
    assert standing >= 3 and _agenda_titles(view)[0].startswith("§ 1")
    assert {c.id for c in view.candidates()} == {first.id, second.id}
    view.add_item(first.id)
    view.add_item(second.id)
    titles = _agenda_titles(view)
    assert len(titles) == standing + 2
    numbers = [t.split()[1] for t in titles]
    assert numbers == [str(n) for n in range(1, len(titles) + 1)]
    assert window.workspace.items.get(first.id).state is ItemState.ON_AGENDA

    # drag the second item above the first: the model move is what a drop does
    row_second = next(i for i, t in enumerate(_agenda_titles(view)) if "Katuvalojen" in t)
    row_first = next(i for i, t in enumerate(_agenda_titles(view)) if "Tontin" in t)
    view.agenda.model().moveRow(QModelIndex(), row_second, QModelIndex(), row_first)
    qtbot.waitUntil(
        lambda: _agenda_titles(view)[row_first].startswith(f"§ {row_first + 1}  Katuvalojen")
    )
    reordered = _agenda_titles(view)
    assert reordered[row_first].startswith(f"§ {row_first + 1}")
    assert "Tontin" in reordered[row_first + 1]

    view.people.setRowCount(0)
    view._add_person_row(Participant("Pia Puheenjohtaja", ParticipantRole.CHAIR))
    view._add_person_row(Participant("Jaakko Jäsen"))
    view._add_person_row(Participant("Sanna Sihteeri", ParticipantRole.SECRETARY))
    view.save_participants()
    assert len(view.meetings.participants(meeting.id or 0)) == 3

    view.agenda.setCurrentRow(row_first + 1)

    def fill_dialog(dialog: DecisionDialog) -> None:
        dialog.kind.setCurrentIndex(dialog.kind.findData(DecisionKind.MODIFIED))
        dialog.text.setPlainText("Kunnanhallitus päätti myydä tontin 5 000 eurolla.")
        dialog.disq_person.setCurrentText("Jaakko Jäsen")
        dialog._add_disqualification()
        dialog.accept()

    on_next_modal(DecisionDialog, fill_dialog)
    view.record_selected()
    decided = window.workspace.items.get(first.id)
    assert decided.state is ItemState.DECIDED
    assert "5 000 eurolla" in decided.section(Section.DECISION)
    assert decided.disqualifications[0].person == "Jaakko Jäsen"
    assert "HL 28 §" in decided.disqualifications[0].ground

    target = tmp_path / "esityslista.docx"
    view.export(ExportKind.AGENDA, meeting.id or 0, target)
    # the result reaches the view on the GUI thread, after the worker has finished
    qtbot.waitUntil(lambda: f"Tallennettu: {target}" in _status(window), timeout=60_000)
    text = "\n".join(p.text for p in docx.Document(str(target)).paragraphs)
    assert "Katuvalojen saneeraus" in text and "Tontin myynti Åkerille" in text

    minutes = tmp_path / "poytakirja.docx"
    view.export(ExportKind.MINUTES, meeting.id or 0, minutes)
    qtbot.waitUntil(lambda: f"Tallennettu: {minutes}" in _status(window), timeout=60_000)
    assert "5 000 eurolla" in "\n".join(p.text for p in docx.Document(str(minutes)).paragraphs)


def test_locked_target_and_published_minutes_give_clear_messages(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    window = open_window()
    view = window.meeting_view
    meeting = view.create_meeting(Meeting(None, "kh", 0, 2026, start=datetime(2026, 2, 2, 17, 0)))
    target = tmp_path / "auki-wordissa.docx"
    target.write_bytes(b"old content")
    real_replace = Path.replace

    def locked(self: Path, destination: str | Path) -> Path:
        if Path(destination) == target:
            raise PermissionError(13, "The process cannot access the file", str(destination))
        return real_replace(self, destination)

    monkeypatch.setattr(Path, "replace", locked)
    seen: list[str] = []
    close_next_message_box(seen)
    task = view.export(ExportKind.AGENDA, meeting.id or 0, target)
    qtbot.waitUntil(lambda: bool(seen), timeout=60_000)
    # the worker marks itself done just after sending the failure: on a busy machine the
    # message can be read and closed first
    qtbot.waitUntil(lambda: task.done, timeout=10_000)
    assert "auki toisessa ohjelmassa" in seen[0]
    assert target.read_bytes() == b"old content"
    assert not [p for p in tmp_path.iterdir() if p.name.endswith(".tmp")]

    monkeypatch.setattr(Path, "replace", real_replace)
    view.meetings.publish_minutes(meeting.id or 0)
    view.reload(select=meeting.id)
    entry_id = int(view.agenda.item(0).data(ENTRY_ROLE))
    seen.clear()
    close_next_message_box(seen)
    view.move_entry(entry_id, 2)
    assert seen and "julkaistu" in seen[0]


def test_publishing_version_and_the_appeal_period_reminder(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path
) -> None:
    from datetime import date

    from desktop_app.meetings.demo import create_demo_meeting
    from desktop_app.publishing.schedule import PublicationRepository

    window = open_window()
    meeting_id = create_demo_meeting(window.workspace, items=2)
    _complete_the_record(window.workspace, meeting_id)
    view = window.meeting_view
    window.tabs.setCurrentWidget(view)
    view.reload(select=meeting_id)
    findings = view.run_check()
    assert view.findings.isVisible()
    target = tmp_path / "julkinen.docx"
    view.export_public(meeting_id, target)
    qtbot.waitUntil(lambda: "Julkaisuversio" in _status(window), timeout=120_000)
    blocking = [f for f in findings if f.blocks]
    if blocking:  # the demo data must publish cleanly; show why if it does not
        pytest.fail("; ".join(f.text() for f in blocking))
    assert target.exists() and str(target) in _status(window)
    assert "Julkaisuversio tallennettu" in view.findings.item(0).text()

    assert not window.reminders.isVisibleTo(window)
    PublicationRepository(window.workspace.db).record(meeting_id, date(2020, 1, 6), 14)
    window._show_reminders()
    assert window.reminders.isVisibleTo(window)
    assert "muutoksenhakuaika päättyi" in window.reminders.text()


def test_blocking_finding_is_overridden_only_with_a_reason_and_details_are_saved(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    from datetime import date

    from desktop_app.meetings.demo import create_demo_meeting, demo_item

    window = open_window()
    meeting_id = create_demo_meeting(window.workspace, items=1)
    view = window.meeting_view
    window.tabs.setCurrentWidget(view)
    view.reload(select=meeting_id)
    item = demo_item(5)
    item.parties = ""  # Hallintolaki 44 §: a blocking gap
    view.add_item(window.workspace.items.save(item).id or 0)
    findings = view.run_check()
    blocking = [i for i, f in enumerate(findings) if f.blocks]
    assert blocking and view.override_button.isVisibleTo(view)
    view.findings.setCurrentRow(blocking[0])
    seen: list[str] = []
    close_next_message_box(seen)
    assert not view.override_selected_finding(reason="   ")  # an empty reason is refused
    assert len(seen) == 1 and "perustel" in seen[0].lower()
    assert view.override_selected_finding(reason="Asianosaiset on lueteltu liitteessä")
    again = view.run_check()
    assert any(f.overridden == "Asianosaiset on lueteltu liitteessä" for f in again)
    assert len([f for f in again if f.blocks]) == len(blocking) - 1

    view.checkers.setText("Pekka Malli, Liisa Kokeilu")
    view.checked_on.setDate(view.checked_on.date().fromString("2026-03-04", "yyyy-MM-dd"))
    view.save_details()
    stored = view.meetings.get(meeting_id)
    assert stored.checkers == ["Pekka Malli", "Liisa Kokeilu"]
    assert stored.checked_on == date(2026, 3, 4)


def _complete_the_record(workspace, meeting_id: int) -> None:  # type: ignore[no-untyped-def]
    """What minutes need before the web: a decision in every §, checked and dated."""
    from datetime import date

    from desktop_app.meetings.model import EntryDecision
    from desktop_app.meetings.repository import MeetingRepository

    meetings = MeetingRepository(workspace.db)
    for entry in meetings.entries(meeting_id):
        meetings.record_decision(entry.id or 0, EntryDecision(DecisionKind.AS_PROPOSED))
    meeting = meetings.get(meeting_id)
    meeting.checked_on, meeting.public_view_on = date(2026, 3, 4), date(2026, 3, 5)
    meetings.update(meeting)


def _finding_rows(view) -> list[str]:  # type: ignore[no-untyped-def]
    return [view.findings.item(r).text() for r in range(view.findings.count())]


def test_the_check_list_blocks_incomplete_minutes_naming_each_place(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    from desktop_app.meetings.demo import create_demo_meeting

    window = open_window()
    meeting_id = create_demo_meeting(window.workspace, items=1)
    view = window.meeting_view
    window.tabs.setCurrentWidget(view)
    view.reload(select=meeting_id)
    view.checkers.setText("")
    view.save_details()
    findings = view.run_check()
    rows = _finding_rows(view)
    numbers = [e.number for e in view.meetings.entries(meeting_id)]
    assert not any("Ei huomautettavaa" in row for row in rows)
    for number in numbers:  # every §, the standing ones too
        assert f"✖ § {number}: Ei kirjattua päätöstä" in "\n".join(rows)
    assert any(r.startswith("✖ Kokouksen tiedot › Pöytäkirjantarkastajat: ") for r in rows)
    assert any(r.startswith("✖ Kokouksen tiedot › Tarkastettu: ") for r in rows)
    assert any(r.startswith("✖ Kokouksen tiedot › Yleisesti nähtävänä alkaen: ") for r in rows)
    blocking_rows = [r.startswith("✖") for r in rows]
    assert blocking_rows == sorted(blocking_rows, reverse=True)  # blocking ones come first
    assert len(rows) == len(findings) and view.override_button.isVisibleTo(view)

    _complete_the_record(window.workspace, meeting_id)
    view.reload(select=meeting_id)
    view.checkers.setText("Pekka Malli, Matti Testinen")
    view.save_details()
    assert [f for f in view.run_check() if f.blocks] == []
    assert not any(row.startswith("✖") for row in _finding_rows(view))
    assert not view.override_button.isVisibleTo(view)


def test_the_end_time_is_empty_until_recorded_and_accepts_the_usual_forms(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    view = window.meeting_view
    window.tabs.setCurrentWidget(view)
    meeting = view.create_meeting(Meeting(None, "kh", 0, 2026, start=datetime(2026, 5, 18, 17)))
    assert view.end.text() == ""  # not the start time: "klo 17.00–17.00" came from that
    view.place.setText("Kunnantalo")
    view.save_details()
    stored = view.meetings.get(meeting.id or 0)
    assert stored.end is None and stored.place == "Kunnantalo"

    view.end.setText("klo 19.45")
    view.save_details()
    assert view.meetings.get(meeting.id or 0).end == datetime(2026, 5, 18, 19, 45)
    assert view.end.text() == "19.45"

    seen: list[str] = []
    close_next_message_box(seen)
    view.end.setText("myöhään")
    view.save_details()
    assert seen and "myöhään" in seen[0] and "18.05" in seen[0]
    assert view.end.text() == "myöhään"  # kept for correcting, nothing written
    assert view.meetings.get(meeting.id or 0).end == datetime(2026, 5, 18, 19, 45)

    view.end.setText("")
    view.save_details()
    assert view.meetings.get(meeting.id or 0).end is None


def test_attendance_lines_store_the_clock_word_once(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    item = _ready_item(window, "Avustus kyläyhdistykselle")
    dialog = DecisionDialog(item, ["Liisa Kokeilu", "Pekka Malli"], window)
    hint = dialog.attendance.placeholderText()
    assert "klo" not in hint and "18.20" in hint  # nothing to copy into "klo klo"
    dialog.attendance.setPlainText(
        "+ Liisa Kokeilu 18.05\n- Pekka Malli klo 19.10, § 6 aikana\n+ Sanna Näyte\nmuistiinpano"
    )
    changes = dialog.record().attendance
    assert [(c.person, c.arrived, c.time) for c in changes] == [
        ("Liisa Kokeilu", True, "klo 18.05"),
        ("Pekka Malli", False, "klo 19.10, § 6 aikana"),
        ("Sanna Näyte", True, ""),
    ]
    dialog.close()


def test_unsaved_edits_never_overwrite_a_recorded_decision(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    from tests.typing_support import type_text

    window = open_window()
    item = _ready_item(window, "Avustus kyläyhdistykselle")
    view = window.meeting_view
    meeting = view.create_meeting(Meeting(None, "kh", 0, 2026, start=datetime(2026, 6, 1, 17)))
    view.add_item(item.id or 0)
    entry = next(e for e in view.meetings.entries(meeting.id or 0) if e.item_id == item.id)
    window.open_item(item.id or 0)
    window.editor.title.end(False)
    type_text(window.editor.title, " 2026")  # not yet saved when the decision is recorded
    from desktop_app.meetings.model import EntryDecision

    view.record(entry.id or 0, EntryDecision(DecisionKind.AS_PROPOSED))
    qtbot.wait(AUTOSAVE_WAIT_MS)
    window.flush()
    stored = window.workspace.items.get(item.id or 0)
    assert stored.state is ItemState.DECIDED
    assert stored.title == "Avustus kyläyhdistykselle 2026"
    assert stored.section(Section.DECISION)


AUTOSAVE_WAIT_MS = 1500


def test_after_a_refused_export_the_selected_row_overrides_that_very_finding(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    from desktop_app.meetings.demo import create_demo_meeting
    from desktop_app.publishing.export import PublicExportResult

    window = open_window()
    meeting_id = create_demo_meeting(window.workspace, items=1)
    view = window.meeting_view
    window.tabs.setCurrentWidget(view)
    view.reload(select=meeting_id)
    findings = view.run_check()
    blocking = [i for i, f in enumerate(findings) if f.blocks]
    assert len(blocking) >= 2
    refused = PublicExportResult(None, findings=findings)
    view.documents_page._show_public_result(refused)
    assert view.findings.item(0).data(Qt.ItemDataRole.UserRole) is None  # the status line
    chosen = findings[blocking[1]]
    row = next(
        r
        for r in range(view.findings.count())
        if view.findings.item(r).data(Qt.ItemDataRole.UserRole) == blocking[1]
    )
    assert view.findings.item(row).text().endswith(chosen.text()) or chosen.target in (
        view.findings.item(row).text()
    )
    view.findings.setCurrentRow(row)
    assert view.override_selected_finding(reason="Tarkistettu erikseen")
    overridden = [f for f in view.run_check() if f.overridden]
    assert [f.key for f in overridden] == [chosen.key]

    view.documents_page._show_public_result(PublicExportResult(None, findings=view.run_check()))
    view.findings.setCurrentRow(0)  # the status line overrides nothing
    assert not view.override_selected_finding(reason="Ei mitään")


def _stored_order(view, meeting_id: int) -> list[int]:  # type: ignore[no-untyped-def]
    return [entry.id or 0 for entry in view.meetings.entries(meeting_id)]


def test_without_a_meeting_nothing_is_shown_as_if_it_were_one_and_nothing_can_be_pressed(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    from PySide6.QtWidgets import QPushButton

    window = open_window()
    view = window.meeting_view
    window.tabs.setCurrentWidget(view)
    assert view.list.count() == 0 and "Luo uusi kokous" in view.heading.text()
    assert [view.place.text(), view.end.text(), view.checkers.text()] == ["", "", ""]
    assert view.checked_on.value() is None and view.public_view_on.value() is None
    for name in ("saveDetails", "saveParticipants", "addPerson", "addEntry", "checkPublish"):
        assert not view.findChild(QPushButton, name).isEnabled(), name
    assert view.new_button.isEnabled()

    meeting = view.create_meeting(Meeting(None, "kh", 0, 2026, start=datetime(2026, 5, 4, 17)))
    assert view.list.currentItem().text() == "KH 1/2026 4.5.2026"  # no "04.05.2026"
    assert view.findChild(QPushButton, "saveDetails").isEnabled()
    view.agenda.setCurrentRow(-1)
    for name in ("removeEntry", "recordDecision", "moveEntryUp", "exportItem"):
        assert not view.findChild(QPushButton, name).isEnabled(), name
    view.agenda.setCurrentRow(0)
    assert view.findChild(QPushButton, "removeEntry").isEnabled()
    assert meeting.id == view.current_meeting_id()

    # saving the details shows the meeting again and keeps the selected §
    view.agenda.setCurrentRow(1)
    selected = view.agenda.currentItem().text()
    view.save_details()
    assert view.agenda.currentRow() == 1 and view.agenda.currentItem().text() == selected
    for name in ("removeEntry", "recordDecision", "exportItem"):
        assert view.findChild(QPushButton, name).isEnabled(), name


def test_ctrl_up_and_down_move_the_selected_entry_under_the_meetings_rules(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    first = _ready_item(window, "Tontin myynti Åkerille")
    second = _ready_item(window, "Katuvalojen saneeraus")
    view = window.meeting_view
    window.tabs.setCurrentWidget(view)
    meeting = view.create_meeting(Meeting(None, "kh", 0, 2026, start=datetime(2026, 5, 18, 17)))
    meeting_id = meeting.id or 0
    view.add_item(first.id or 0)
    view.add_item(second.id or 0)
    view.pages.setCurrentWidget(view.agenda_page)
    order = _stored_order(view, meeting_id)
    row = next(i for i, t in enumerate(_agenda_titles(view)) if "Katuvalojen" in t)
    moved = order[row]
    view.agenda.setCurrentRow(row)
    view.agenda.setFocus()
    qtbot.keyClick(view.agenda, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    expected = [*order[: row - 1], moved, order[row - 1], *order[row + 1 :]]
    assert _stored_order(view, meeting_id) == expected
    assert view.agenda.currentRow() == row - 1  # the moved entry stays selected
    assert _agenda_titles(view)[row - 1].startswith(f"§ {row}  Katuvalojen")
    qtbot.keyClick(view.agenda, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert _stored_order(view, meeting_id) == order

    # a standing item moves too and stays a standing item
    standing = view.meetings.entries(meeting_id)[2]
    assert standing.standing
    view.agenda.setCurrentRow(2)
    qtbot.keyClick(view.agenda, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert _stored_order(view, meeting_id)[3] == standing.id
    assert view.meetings.entry(standing.id or 0).standing == standing.standing

    view.agenda.setCurrentRow(0)  # nothing above the first entry
    before = _stored_order(view, meeting_id)
    qtbot.keyClick(view.agenda, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier)
    assert _stored_order(view, meeting_id) == before

    view.meetings.publish_minutes(meeting_id)  # published: the numbers are locked
    view.reload(select=meeting_id)
    view.agenda.setCurrentRow(1)
    seen: list[str] = []
    close_next_message_box(seen)
    qtbot.keyClick(view.agenda, Qt.Key.Key_Down, Qt.KeyboardModifier.ControlModifier)
    assert seen and "julkaistu" in seen[0]
    assert _stored_order(view, meeting_id) == before


def test_removing_an_entry_and_saving_participants_say_what_was_done(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    item = _ready_item(window, "Katuvalojen saneeraus")
    view = window.meeting_view
    window.tabs.setCurrentWidget(view)
    meeting = view.create_meeting(Meeting(None, "kh", 0, 2026, start=datetime(2026, 5, 18, 17)))
    view.add_item(item.id or 0)
    row = next(i for i, t in enumerate(_agenda_titles(view)) if "Katuvalojen" in t)
    view.agenda.setCurrentRow(row)
    view.remove_selected()
    assert "Poistettu esityslistalta: Katuvalojen saneeraus" in _status(window)
    assert not any("Katuvalojen" in t for t in _agenda_titles(view))
    assert view.agenda.currentItem() is not None  # the next entry is selected
    assert window.workspace.items.get(item.id or 0).state is ItemState.READY

    view.pages.setCurrentWidget(view.people_page)
    view.people.setRowCount(0)
    view._add_person_row(Participant("Pia Puheenjohtaja", ParticipantRole.CHAIR))
    view._add_person_row(Participant("Ville Varajäsen", ParticipantRole.DEPUTY))
    view._add_person_row(Participant(""))  # a row left empty is no participant
    view.save_people.click()
    assert "Osallistujat tallennettu: 2" in _status(window)
    assert view.people.rowCount() == 2  # the table shows what was stored
    stored = view.meetings.participants(meeting.id or 0)
    assert [p.role for p in stored] == [ParticipantRole.CHAIR, ParticipantRole.DEPUTY]


def test_the_role_column_shows_the_longest_role_and_controls_have_accessible_names(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    from PySide6.QtWidgets import QAbstractButton, QComboBox, QLineEdit, QListWidget

    window = open_window()
    view = window.meeting_view
    window.tabs.setCurrentWidget(view)
    view.create_meeting(Meeting(None, "kh", 0, 2026, start=datetime(2026, 5, 18, 17)))
    view.pages.setCurrentWidget(view.people_page)
    view._add_person_row(Participant("Pia Puheenjohtaja", ParticipantRole.CHAIR))
    view._add_person_row(Participant("Ville Varajäsen", ParticipantRole.DEPUTY))
    qtbot.wait(10)
    role = view.people.cellWidget(0, 1)
    assert isinstance(role, QComboBox) and role.currentText() == "puheenjohtaja"
    assert view.people.columnWidth(1) >= role.sizeHint().width()
    assert role.width() >= role.sizeHint().width()  # "puheenjohtaja" is not clipped

    controls = [  # the view's own controls: Qt's inner parts are named "qt_…"
        w
        for kind in (QAbstractButton, QLineEdit, QListWidget, QComboBox)
        for w in view.findChildren(kind)
        if w.objectName() and not w.objectName().startswith("qt_")
    ]
    assert len(controls) > 20
    assert [w.objectName() for w in controls if not w.accessibleName()] == []
    assert role.accessibleName() == "Rooli"
