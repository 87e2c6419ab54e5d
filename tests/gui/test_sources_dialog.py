"""Tiedosto → Lähteet: adding a source, syncing it, deciding on removals, keeping secrets.

Real widgets, a JSON Lines file on a local web server, the workspace's SQLite file and the
real search index; the keyring test uses keyring's own ``fail`` backend, which keeps
nothing, so the dialog must say the secret lasts for this session only.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QWidget,
)
from pytestqt.qtbot import QtBot

import desktop_app.secrets
from desktop_app.search.service import SearchFilters, SearchService
from desktop_app.secrets import SecretStore
from desktop_app.workspace import Workspace
from tests.gui.conftest import WindowFactory
from tests.gui.jsonl_source import JsonLinesServer, decision
from tests.gui.modal import on_next_modal
from tests.gui.sync_helpers import collected, make_runner
from ui import sync_runner
from ui.source_form import SourceForm, key_from_name
from ui.sources_dialog import SourcesDialog

WAIT_MS = 15000


@pytest.fixture
def service(workspace: Workspace) -> Iterator[SearchService]:
    opened = SearchService.open(
        workspace.index_dir, workspace.database_path, check_in_background=False
    )
    yield opened
    opened.close()


_collected = pytest.fixture(autouse=True)(collected)


@pytest.fixture
def dialog(qtbot: QtBot, workspace: Workspace, service: SearchService) -> SourcesDialog:
    shown = SourcesDialog(make_runner(qtbot, workspace.database_path, service))
    qtbot.addWidget(shown)
    shown.show()
    return shown


def fill_form(
    name: str, kind: str, location: str, auth: str = "none", user: str = "", secret: str = ""
) -> None:
    """Fill the next source form the way a user would, then save it."""

    def fill(form: SourceForm) -> None:
        form.name.setText(name)  # non-ASCII text is set directly, never typed
        form.kind.setCurrentIndex(form.kind.findData(kind))
        form.location.setText(location)
        form.auth.setCurrentIndex(form.auth.findData(auth))
        form.user.setText(user)
        form.secret.setText(secret)
        form.buttons.button(form.buttons.StandardButton.Save).click()

    on_next_modal(SourceForm, fill)


def click(qtbot: QtBot, button: QPushButton) -> None:
    assert button.isEnabled(), button.text()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)


def item(tree: QTreeWidget, row: int) -> QTreeWidgetItem:
    found = tree.topLevelItem(row)
    assert found is not None, f"no row {row}"
    return found


def loaded(dialog: SourcesDialog, count: int) -> bool:
    return len(dialog.views) == count and dialog.list.topLevelItemCount() == count


def test_add_json_lines_source_sync_and_find_it_in_search(
    qtbot: QtBot, open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(sync_runner, "STARTUP_DELAY_MS", 600_000)  # only the user's sync
    window = open_window()
    with JsonLinesServer([decision(n) for n in range(3)]) as server:
        window.sources_action.trigger()
        dialog = window.findChild(SourcesDialog)
        assert isinstance(dialog, SourcesDialog) and dialog.isVisible()
        assert QApplication.activeModalWidget() is None  # drafting may go on meanwhile

        fill_form("Kuusiniemen päätökset", "jsonl_url", server.url)
        click(qtbot, dialog.add_button)
        qtbot.waitUntil(lambda: loaded(dialog, 1), timeout=WAIT_MS)
        row = dialog.list.topLevelItem(0)
        assert row is not None
        assert (row.text(0), row.text(1), row.text(2)) == (
            "kuusiniemen-paatokset",
            "JSON Lines -osoite",
            server.url,
        )
        assert row.text(3) == "ei vielä"

        with qtbot.waitSignal(window.sync_runner.finished, timeout=WAIT_MS):
            click(qtbot, dialog.sync_button)
        status_line = window.sync_runner.status.line.text()
        assert status_line == "Lähteet päivitetty: uusia 3, muuttuneita 0"
        qtbot.waitUntil(lambda: item(dialog.list, 0).text(4) != "", timeout=WAIT_MS)
        row = item(dialog.list, 0)
        assert row.text(4) == "uusia 3, muuttuneita 0"
        assert row.text(3).count(".") >= 2  # "3.12.2026 klo 16.10"
        assert dialog.result_line.text() == status_line

        panel = window.search_panel
        window.focus_search()
        panel.query.setText("laiturin")
        panel.run_search()
        qtbot.waitUntil(lambda: panel.model.rowCount() > 0, timeout=WAIT_MS)
        first = panel.model.item(0)
        assert "lähde: kuusiniemen-paatokset" in first.text()
        panel.results.setCurrentIndex(panel.model.index(0, 0))
        origin = panel.origin
        assert origin.isVisible()
        assert "Lähde: kuusiniemen-paatokset" in origin.text()
        assert "Avaa lähteessä" in origin.text()
        assert origin.property("link") == "https://paatokset.kuusiniemi.example/asia/0"
        dialog.close()


def decisions_of(db_path: Path, key: str) -> set[str]:
    connection = sqlite3.connect(db_path)
    try:
        rows = connection.execute("SELECT source_id FROM decisions WHERE source_key = ?", (key,))
        return {str(row[0]) for row in rows}
    finally:
        connection.close()


def test_removals_are_listed_kept_or_removed_only_when_confirmed(
    qtbot: QtBot, dialog: SourcesDialog, workspace: Workspace, service: SearchService
) -> None:
    runner = dialog.runner
    with JsonLinesServer([decision(n) for n in range(4)]) as server:
        fill_form("kuusiniemi", "jsonl_url", server.url)
        click(qtbot, dialog.add_button)
        qtbot.waitUntil(lambda: loaded(dialog, 1), timeout=WAIT_MS)
        refusals: list[str] = []

        def same_name_again(form: SourceForm) -> None:
            form.name.setText("kuusiniemi")
            form.kind.setCurrentIndex(form.kind.findData("jsonl_url"))
            form.location.setText(server.url)
            form.buttons.button(form.buttons.StandardButton.Save).click()
            refusals.append(form.error.text() if form.isVisible() else "closed")
            form.reject()

        on_next_modal(SourceForm, same_name_again)
        click(qtbot, dialog.add_button)
        assert refusals and "on jo olemassa" in refusals[0]  # the form stayed open to say so
        click(qtbot, dialog.test_button)
        qtbot.waitUntil(lambda: "vastasi" in dialog.result_line.text(), timeout=WAIT_MS)
        assert dialog.result_line.text().startswith("Lähde kuusiniemi vastasi")
        with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
            click(qtbot, dialog.sync_all_button)
        server.decisions = [decision(0), decision(1)]  # 2 and 3 are gone from the source
        with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
            click(qtbot, dialog.sync_button)
    qtbot.waitUntil(lambda: dialog.removal_list.topLevelItemCount() == 2, timeout=WAIT_MS)
    assert dialog.removal_group.isVisible()
    assert not dialog.confirm_button.isEnabled()  # nothing chosen yet
    held = decisions_of(workspace.database_path, "kuusiniemi")
    assert held == {f"kuusiniemi:kuusiniemi-{n}" for n in range(4)}  # nothing removed unasked

    titles = [item(dialog.removal_list, n).text(1) for n in range(2)]
    assert titles == ["Kuusiniemen tekonurmen hankinta 2", "Kuusiniemen katuvalojen hankinta 3"]
    keep_row = item(dialog.removal_list, 0)
    keep_row.setSelected(True)
    click(qtbot, dialog.keep_button)
    qtbot.waitUntil(lambda: dialog.removal_list.topLevelItemCount() == 1, timeout=WAIT_MS)

    item(dialog.removal_list, 0).setSelected(True)
    answers: list[str] = []

    def confirm(box: QMessageBox) -> None:
        answers.append(box.text())
        go = next(b for b in box.buttons() if b.text() == "Poista arkistosta")
        go.click()

    on_next_modal(QMessageBox, confirm)
    with qtbot.waitSignal(runner.archive_changed, timeout=WAIT_MS):
        click(qtbot, dialog.confirm_button)
    assert "Poistetaanko valitut päätökset (1) arkistosta?" in answers[0]
    qtbot.waitUntil(lambda: dialog.removal_group.isHidden(), timeout=WAIT_MS)
    remaining = decisions_of(workspace.database_path, "kuusiniemi")
    gone = "kuusiniemi:kuusiniemi-3"
    assert remaining == {f"kuusiniemi:kuusiniemi-{n}" for n in range(3)}  # 2 was kept
    hits = service.search("katuvalojen", SearchFilters(), "relevance", limit=20).hits
    assert gone not in {hit.source_id for hit in hits}
    assert dialog.result_line.text() == "Arkistosta poistettuja päätöksiä: 1."


def test_without_a_keyring_the_secret_is_kept_for_this_session_only(
    qtbot: QtBot,
    workspace: Workspace,
    service: SearchService,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(desktop_app.secrets, "_default", SecretStore(backend=FailKeyring()))
    runner = make_runner(qtbot, workspace.database_path, service)
    dialog = SourcesDialog(runner)
    qtbot.addWidget(dialog)
    dialog.show()
    expected = desktop_app.secrets.backend_status().session_notice()
    assert expected and "kysytään uudelleen" in expected
    qtbot.waitUntil(lambda: dialog.notice.isVisible(), timeout=WAIT_MS)
    assert dialog.notice.text() == expected

    password = "Laituri-salasana-8431"
    with JsonLinesServer([decision(0)], user="sihteeri", password=password) as server:
        fill_form(
            "Suojattu lähde",
            "jsonl_url",
            server.url,
            auth="basic",
            user="sihteeri",
            secret=password,
        )
        click(qtbot, dialog.add_button)
        qtbot.waitUntil(lambda: loaded(dialog, 1), timeout=WAIT_MS)
        assert "vain tämän istunnon ajan" in dialog.result_line.text()
        assert dialog.views[0].secret_stored

        with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
            click(qtbot, dialog.sync_button)  # the session's secret logs in
        assert runner.status.line.text() == "Lähteet päivitetty: uusia 1, muuttuneita 0"

    seen: list[str] = []  # never the form itself: it is freed when it closes

    def look(form: SourceForm) -> None:
        seen.append(form.windowTitle())
        assert form.secret.text() == ""  # never the secret itself
        assert form.secret.placeholderText() == "tallennettu tämän istunnon ajaksi"
        assert form.notice.isVisibleTo(form) and form.notice.text() == expected
        assert form.forget.isEnabled()
        form.reject()

    on_next_modal(SourceForm, look)
    dialog.list.setFocus()
    qtbot.keyClick(dialog.list, Qt.Key.Key_Return)  # Enter on a source opens it, nothing else
    assert seen == ["Muokkaa lähdettä"]
    assert dialog.isVisible()

    def forget(form: SourceForm) -> None:
        form.forget.click()
        assert form.secret_state.text() == "Poistetaan, kun tallennat."
        form.buttons.button(form.buttons.StandardButton.Save).click()

    on_next_modal(SourceForm, forget)
    click(qtbot, dialog.edit_button)
    qtbot.waitUntil(
        lambda: loaded(dialog, 1) and not dialog.views[0].secret_stored, timeout=WAIT_MS
    )
    assert desktop_app.secrets.get_secret("suojattu-lahde") is None
    database = workspace.database_path.read_bytes()
    wal = workspace.database_path.with_name(workspace.database_path.name + "-wal")
    for stored in (database, wal.read_bytes() if wal.exists() else b""):
        assert password.encode() not in stored


def test_dialog_fits_a_laptop_screen_with_named_fields(qtbot: QtBot, dialog: SourcesDialog) -> None:
    assert dialog.width() <= 1366 and dialog.height() <= 740
    assert dialog.list.accessibleName() and dialog.removal_list.accessibleName()
    form = SourceForm()
    qtbot.addWidget(form)
    form.show()
    assert form.height() <= 740
    fields: list[QWidget] = [form.name, form.kind, form.location, form.auth, form.user, form.secret]
    assert all(field.accessibleName() for field in fields)
    assert isinstance(form.secret, QLineEdit)
    assert form.secret.echoMode() == QLineEdit.EchoMode.Password
    # a folder needs no login: the login fields are off, the folder picker on
    form.kind.setCurrentIndex(form.kind.findData("folder"))
    assert form.browse.isEnabled() and not form.auth.isEnabled() and not form.secret.isEnabled()
    form.location.setText(r"\\palvelin\paatokset")
    form.name.setText("Kunnan verkkolevy")
    assert form.config().location == r"\\palvelin\paatokset"  # a UNC path is accepted
    assert form.config().key == "kunnan-verkkolevy"
    assert key_from_name("Åbo Päätökset 2025") == "abo-paatokset-2025"
    # keyboard order (Tab) follows the form from top to bottom, over what can be used
    form.kind.setCurrentIndex(form.kind.findData("jsonl_url"))
    form.auth.setCurrentIndex(form.auth.findData("basic"))
    assert tab_order(form, 6) == [
        form.name,
        form.kind,
        form.location,
        form.auth,
        form.user,
        form.secret,
    ]
    form.user.setText("sihteeri")
    form.location.setText("ftp://palvelin/paatokset.jsonl")
    form.accept()  # refused in the form, which stays open and says why
    assert form.error.isVisibleTo(form) and "ftp://palvelin" in form.error.text()
    assert form.result() != form.DialogCode.Accepted


def tab_order(form: SourceForm, count: int) -> list[QWidget | None]:
    """Where Tab goes from the first field, one press at a time (disabled fields skipped)."""
    form.activateWindow()
    form.name.setFocus()
    order: list[QWidget | None] = [form.focusWidget()]
    while len(order) < count:
        form.focusNextChild()
        order.append(form.focusWidget())
    return order
