"""The first start: the welcome, the user's defaults, the samples and the empty list's hint."""

from __future__ import annotations

import json
import os
import signal
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QComboBox, QLineEdit, QPushButton, QWidget
from pytestqt.qtbot import QtBot

from desktop_app.first_start import welcome_needed
from desktop_app.meetings.model import ParticipantRole
from desktop_app.samples import demo_workspace_dir
from desktop_app.seed import sample_decisions, sample_ids
from desktop_app.settings import load_settings
from desktop_app.storage.workspace_lock import WorkspaceLock
from desktop_app.user_profile import UserProfile, load_profile, save_profile
from tests.gui.conftest import WindowFactory
from tests.gui.modal import on_next_modal
from ui.import_dialog import ImportProgressDialog
from ui.main_window import MainWindow
from ui.meeting_new_dialog import NewMeetingDialog
from ui.welcome_dialog import WelcomeDialog, welcome_on_start

REAL = [
    {"id": "kv-2025-3", "title": "Tilintarkastajan valinta", "text": "Valtuusto valitsi."},
    {"id": "kv-2025-4", "title": "Uimahallin peruskorjaus", "text": "Valtuusto hyväksyi."},
]


def welcomes() -> list[WelcomeDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, WelcomeDialog)]


def shown_welcome(qtbot: QtBot, window: MainWindow) -> WelcomeDialog:
    dialog = welcome_on_start(window)
    assert dialog is not None
    qtbot.waitUntil(dialog.isVisible)
    return dialog


def test_only_the_application_start_welcomes(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    QApplication.processEvents()
    assert welcomes() == []  # a MainWindow alone (as every other test makes) asks nothing
    assert welcome_needed(window.workspace.db)
    dialog = shown_welcome(qtbot, window)
    assert dialog.isModal() and dialog.focusWidget() is dialog.municipality
    dialog.reject()


def test_done_stores_everything_and_is_not_shown_again(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    dialog = shown_welcome(qtbot, window)
    dialog.municipality.setText("Pikkula")
    dialog.municipality_sv.setText("Småby")
    dialog.court.setCurrentIndex(dialog.court.findData("helsinki"))
    dialog.user_name.setText("Olli Sihteeri")
    dialog.user_title.setText("hallintojohtaja")
    qtbot.mouseClick(dialog.done_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    settings = load_settings(window.workspace.db)
    assert (settings.municipality, settings.municipality_sv) == ("Pikkula", "Småby")
    assert settings.administrative_court == "helsinki"
    assert load_profile() == UserProfile("Olli Sihteeri", "hallintojohtaja")
    assert window.windowTitle() == "Päätöspaja – Pikkula"
    assert welcome_on_start(window) is None


def test_skip_stores_nothing_and_is_not_shown_again(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    before = load_settings(window.workspace.db)
    dialog = shown_welcome(qtbot, window)
    dialog.municipality.setText("Ei tallennu")
    dialog.user_name.setText("Ei tallennu")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible())
    assert load_settings(window.workspace.db) == before
    assert load_profile() == UserProfile()
    assert welcome_on_start(window) is None
    # skipping blocks nothing: a draft can be started at once
    template = window.workspace.templates.get("kunnanhallitus")
    assert window.create_item(template, "kh").id is not None


def test_an_unusable_house_style_keeps_the_dialog_open(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path
) -> None:
    bad = tmp_path / "tyyli.docx"
    bad.write_bytes(b"not a docx")
    window = open_window()
    dialog = shown_welcome(qtbot, window)
    dialog.house_style.setText(str(bad))
    seen: list[str] = []

    def close(box: QWidget) -> None:
        seen.append(box.text())  # type: ignore[attr-defined]
        box.close()

    from PySide6.QtWidgets import QMessageBox

    on_next_modal(QMessageBox, close)
    dialog.accept()
    assert seen and dialog.error and dialog.isVisible()
    assert welcome_needed(window.workspace.db)
    dialog.reject()


def test_fits_a_laptop_screen_with_names_and_keyboard_order(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    dialog = shown_welcome(qtbot, window)
    hint = dialog.sizeHint()
    assert hint.width() <= 1366 and hint.height() <= 700, hint
    fields = dialog.findChildren(QLineEdit) + dialog.findChildren(QComboBox)
    assert fields and all(f.accessibleName() for f in fields)
    buttons = [b for b in dialog.findChildren(QPushButton) if b.isVisible()]
    assert all(b.text() or b.accessibleName() for b in buttons)
    order: list[QWidget] = []
    widget: QWidget = dialog.municipality
    for _ in range(20):
        order.append(widget)
        widget = widget.nextInFocusChain()
        while not (widget.focusPolicy() & Qt.FocusPolicy.TabFocus) or not widget.isVisible():
            widget = widget.nextInFocusChain()
        if widget is dialog.municipality:
            break
    expected = [
        dialog.municipality,
        dialog.municipality_sv,
        dialog.logo,
        dialog.browse_buttons[0],
        dialog.house_style,
        dialog.browse_buttons[1],
        dialog.court,
        dialog.user_name,
        dialog.user_title,
        dialog.import_path,
        dialog.import_folder,
        dialog.import_file,
        dialog.done_button,
        dialog.skip_button,
    ]
    assert order[: len(expected)] == expected
    dialog.reject()


def test_the_help_menu_reopens_the_welcome(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    shown_welcome(qtbot, window).reject()
    window.welcome_action.trigger()
    qtbot.waitUntil(lambda: any(w.isVisible() and w.parent() is window for w in welcomes()))
    (dialog,) = [w for w in welcomes() if w.isVisible() and w.parent() is window]
    dialog.reject()


def test_the_import_chosen_in_the_welcome_replaces_the_samples(
    qtbot: QtBot, open_window: WindowFactory, tmp_path: Path
) -> None:
    source = tmp_path / "paatokset.jsonl"
    source.write_text("".join(json.dumps(d, ensure_ascii=False) + "\n" for d in REAL), "utf-8")
    window = open_window()
    qtbot.waitUntil(lambda: window.search_service.ready, timeout=60_000)
    title = next(sample_decisions()).title
    assert any(h.source_id.startswith("esim-") for h in window.search_service.search(title).hits)
    dialog = shown_welcome(qtbot, window)
    dialog.import_path.setText(str(source))
    dialog.accept()
    qtbot.waitUntil(lambda: window.findChild(ImportProgressDialog) is not None)
    progress = window.findChild(ImportProgressDialog)
    assert progress is not None
    qtbot.waitUntil(lambda: progress.report is not None, timeout=120_000)
    assert "Esimerkkipäätökset poistettiin: 41" in progress.summary.text()
    assert sample_ids(window.workspace.db) == []
    for record in sample_decisions():
        hits = window.search_service.search(record.title, limit=50).hits
        assert not [h for h in hits if h.source_id.startswith("esim-")], record.title
    assert [h.source_id for h in window.search_service.search("uimahalli").hits] == ["kv-2025-4"]
    progress.accept()


def test_remove_samples_from_the_menu_asks_first(qtbot: QtBot, open_window: WindowFactory) -> None:
    from PySide6.QtWidgets import QMessageBox

    window = open_window()
    qtbot.waitUntil(lambda: window.search_service.ready, timeout=60_000)

    def answer(button_text: str) -> None:
        def press(box: QMessageBox) -> None:
            (chosen,) = [b for b in box.buttons() if b.text() == button_text]
            chosen.click()

        on_next_modal(QMessageBox, press)

    answer("Älä poista")
    window.remove_samples_action.trigger()
    assert len(sample_ids(window.workspace.db)) == 41
    answer("Poista esimerkit")
    window.remove_samples_action.trigger()
    qtbot.waitUntil(
        lambda: "Esimerkkipäätökset poistettiin: 41" in window.statusBar().currentMessage(),
        timeout=60_000,
    )
    assert sample_ids(window.workspace.db) == []
    title = next(sample_decisions()).title
    assert not window.search_service.search(title).hits
    window.remove_samples_action.trigger()  # nothing left: said so, nothing asked
    assert "ei ole esimerkkipäätöksiä" in window.statusBar().currentMessage()


def test_a_new_draft_and_a_new_meeting_start_with_the_user(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    save_profile(UserProfile("Olli Sihteeri", "hallintojohtaja"))
    window = open_window()
    template = window.workspace.templates.get("kunnanhallitus")
    item = window.create_item(template, "kh")
    stored = window.workspace.items.get(item.id or 0)
    assert (stored.preparer.name, stored.preparer.title) == ("Olli Sihteeri", "hallintojohtaja")
    assert window.editor.preparer.person().name == "Olli Sihteeri"

    def accept(dialog: NewMeetingDialog) -> None:
        assert dialog.secretary.text() == "Olli Sihteeri"
        dialog.accept()

    view = window.meeting_view
    on_next_modal(NewMeetingDialog, accept)
    view.new_meeting_dialog()
    meeting_id = view.current_meeting_id()
    assert meeting_id is not None
    people = view.meetings.participants(meeting_id)
    assert [(p.name, p.role, p.title) for p in people] == [
        ("Olli Sihteeri", ParticipantRole.SECRETARY, "hallintojohtaja")
    ]


def test_a_cleared_secretary_adds_nobody(qtbot: QtBot) -> None:
    from desktop_app.domain.model import BodyKind, Organization

    dialog = NewMeetingDialog(
        [Organization("kh", "Kunnanhallitus", BodyKind.BOARD)],
        profile=UserProfile("Olli Sihteeri", "hallintojohtaja"),
    )
    qtbot.addWidget(dialog)
    assert [p.name for p in dialog.participants()] == ["Olli Sihteeri"]
    dialog.secretary.clear()
    assert dialog.participants() == []


def test_an_empty_draft_list_says_how_to_begin(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    hint = window.draft_list.empty_hint
    qtbot.waitUntil(hint.isVisible)
    assert hint.text().startswith("Ei vielä luonnoksia — aloita Uusi asia pohjasta (Ctrl+N)")
    window.create_item(window.workspace.templates.get("kunnanhallitus"), "kh")
    qtbot.waitUntil(lambda: not hint.isVisible())


@pytest.mark.slow
def test_the_demo_workspace_opens_in_a_window_of_its_own(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    folder = demo_workspace_dir()
    window.demo_action.trigger()
    qtbot.waitUntil(lambda: WorkspaceLock.owner(folder) is not None, timeout=120_000)
    owner = WorkspaceLock.owner(folder)
    assert owner is not None and owner.kind == "window" and owner.pid != os.getpid()
    try:
        assert "Esimerkkityötila avautuu" in window.statusBar().currentMessage()
        assert owner.pid > 0
    finally:
        os.kill(owner.pid, signal.SIGTERM)  # the window process this test started
        deadline = time.monotonic() + 30
        while WorkspaceLock.owner(folder) is not None and time.monotonic() < deadline:
            time.sleep(0.2)


def test_the_application_start_welcomes_once(qtbot: QtBot, tmp_path: Path) -> None:
    """``run_app`` itself: the welcome over the window on the first start, not the second."""
    from PySide6.QtCore import QLocale, QTimer, QTranslator

    from ui.app import run_app

    app = QApplication.instance()
    assert isinstance(app, QApplication)
    locale = QLocale()
    folder = tmp_path / "tyotila"
    seen: list[bool] = []

    def look_and_quit() -> None:
        windows = [w for w in app.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()]
        if not windows:  # the window is not up yet
            QTimer.singleShot(50, look_and_quit)
            return
        seen.append(any(w.isVisible() for w in welcomes() if w.parent() is windows[0]))
        for welcome in welcomes():
            welcome.reject()
        windows[0].close()

    try:
        for _start in range(2):
            QTimer.singleShot(0, look_and_quit)
            assert run_app(str(folder), None, []) == 0
    finally:
        for translator in app.findChildren(QTranslator):
            app.removeTranslator(translator)
            translator.deleteLater()
        QLocale.setDefault(locale)
    assert seen == [True, False]
