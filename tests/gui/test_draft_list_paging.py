"""The draft list reads a page at a time, off the GUI thread, through short-lived readers."""

from __future__ import annotations

import os
import sqlite3
import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from desktop_app import drafting
from desktop_app.domain.model import AgendaItem, ItemState, Section
from desktop_app.errors import DatabaseNotFound
from desktop_app.storage.database import DATABASE_NAME, transaction
from desktop_app.storage.item_summaries import ItemSummary, ItemSummaryReader, open_reader
from desktop_app.storage.items import _COLUMNS, _values
from desktop_app.workspace import Workspace
from tests.gui.conftest import WindowFactory
from tests.typing_support import type_text
from ui.draft_list import PAGE_SIZE
from ui.main_window import MainWindow

DRAFTS = 600
WAIT_MS = 10_000
STATES = list(ItemState)


def _insert_drafts(workspace_dir: Path, count: int) -> None:
    """``count`` drafts from the bundled templates, written in one transaction.

    Item n (1-based) is modified n minutes after the start, so the newest has id ``count``;
    bodies and states go round in turn.
    """
    workspace = Workspace.open(workspace_dir)
    try:
        organizations = workspace.organizations.all()
        template = workspace.templates.get("lautakunta")
        start = datetime(2025, 1, 1, tzinfo=UTC)
        rows: list[tuple[Any, ...]] = []
        for number in range(1, count + 1):
            organization = organizations[number % len(organizations)]
            item = drafting.new_item(template, organization, workspace.municipality)
            item.id = number
            item.title = f"Asia numero {number}"
            item.state = STATES[number % len(STATES)]
            item.sections[Section.PROPOSAL] = f"<p>Ehdotus {number}.</p>"
            stamp = (start + timedelta(minutes=number)).isoformat(timespec="milliseconds")
            rows.append((number, *_values(item, stamp), stamp))
        marks = ", ".join("?" * len(rows[0]))
        with transaction(workspace.db):
            workspace.db.executemany(
                f"INSERT INTO agenda_items (id, {_COLUMNS}, created) VALUES ({marks})", rows
            )
    finally:
        workspace.close()


@pytest.fixture
def big_window(open_window: WindowFactory, workspace_dir: Path, qtbot: QtBot) -> MainWindow:
    _insert_drafts(workspace_dir, DRAFTS)
    window = open_window()
    qtbot.waitUntil(lambda: window.draft_list.model.rowCount() > 0, timeout=WAIT_MS)
    return window


def _ids(window: MainWindow) -> list[int]:
    model = window.draft_list.model
    return [model.item_at(row).id for row in range(model.rowCount())]


def _db_count(window: MainWindow, where: str = "1 = 1", params: tuple[Any, ...] = ()) -> int:
    query = f"SELECT COUNT(*) FROM agenda_items WHERE {where}"
    return int(window.workspace.db.execute(query, params).fetchone()[0])


def test_the_window_shows_one_page_and_fetches_more_on_demand(big_window: MainWindow) -> None:
    model = big_window.draft_list.model
    assert model.rowCount() == PAGE_SIZE
    assert model.total() == DRAFTS
    assert _ids(big_window) == list(range(DRAFTS, DRAFTS - PAGE_SIZE, -1))  # newest first
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 2 * PAGE_SIZE
    while model.canFetchMore():
        model.fetchMore()
    ids = _ids(big_window)
    assert ids == list(range(DRAFTS, 0, -1))
    assert model.total() == DRAFTS


def test_scrolling_to_the_end_reads_the_next_page(big_window: MainWindow, qtbot: QtBot) -> None:
    view = big_window.draft_list.view
    view.scrollToBottom()
    qtbot.waitUntil(lambda: big_window.draft_list.model.rowCount() > PAGE_SIZE, timeout=WAIT_MS)
    assert len(set(_ids(big_window))) == big_window.draft_list.model.rowCount()


def test_an_autosave_moves_the_row_to_the_top_and_keeps_it_selected(
    big_window: MainWindow, qtbot: QtBot
) -> None:
    model = big_window.draft_list.model
    chosen = model.item_at(50).id
    big_window.open_item(chosen)
    assert big_window.draft_list.view.currentIndex().row() == 50
    editor = big_window.editor
    editor.title.setFocus()
    editor.title.selectAll()
    type_text(editor.title, "Uusi otsikko 50")
    big_window.save_now()
    qtbot.waitUntil(lambda: model.item_at(0).id == chosen, timeout=WAIT_MS)
    assert model.item_at(0).title == "Uusi otsikko 50"
    assert big_window.draft_list.view.currentIndex().row() == 0
    assert model.rowCount() == PAGE_SIZE and model.total() == DRAFTS
    while model.canFetchMore():  # the move did not make a later page repeat or skip a row
        model.fetchMore()
    assert sorted(_ids(big_window)) == list(range(1, DRAFTS + 1))


def test_an_autosave_of_an_unloaded_item_brings_it_to_the_top(
    big_window: MainWindow, qtbot: QtBot
) -> None:
    model = big_window.draft_list.model
    assert model.row_of(1) < 0  # the oldest item is far below the first page
    big_window.open_item(1)
    editor = big_window.editor
    editor.title.setFocus()
    type_text(editor.title, " muutettu")
    big_window.save_now()
    qtbot.waitUntil(lambda: model.rowCount() > 0 and model.item_at(0).id == 1, timeout=WAIT_MS)
    assert model.item_at(0).title == "Asia numero 1 muutettu"
    qtbot.waitUntil(lambda: big_window.draft_list.view.currentIndex().row() == 0, timeout=WAIT_MS)


def test_filters_by_body_and_state_read_their_own_pages(
    big_window: MainWindow, qtbot: QtBot
) -> None:
    drafts = big_window.draft_list
    model = drafts.model
    drafts.body_filter.setCurrentIndex(drafts.body_filter.findData("kh"))
    expected = _db_count(big_window, "organization_id = ?", ("kh",))
    qtbot.waitUntil(lambda: model.total() == expected and not drafts.loading(), timeout=WAIT_MS)
    assert 0 < expected < DRAFTS
    assert model.rowCount() == min(PAGE_SIZE, expected)
    assert {model.item_at(r).organization_id for r in range(model.rowCount())} == {"kh"}

    drafts.state_filter.setCurrentIndex(drafts.state_filter.findData(ItemState.READY))
    both = _db_count(big_window, "organization_id = ? AND state = ?", ("kh", "valmis"))
    qtbot.waitUntil(lambda: model.total() == both and not drafts.loading(), timeout=WAIT_MS)
    assert 0 < both < expected
    while model.canFetchMore():
        model.fetchMore()
    rows = [model.item_at(r) for r in range(model.rowCount())]
    assert len(rows) == both
    assert all(r.organization_id == "kh" and r.state is ItemState.READY for r in rows)

    # an item that leaves the filter leaves the list at its autosave
    big_window.open_item(rows[0].id)
    big_window.editor.state.setCurrentIndex(big_window.editor.state.findData(ItemState.DRAFT))
    big_window.save_now()
    qtbot.waitUntil(lambda: model.row_of(rows[0].id) < 0, timeout=WAIT_MS)
    assert model.total() == both - 1


def _database_fds(database: Path) -> int:
    """Open descriptors of this process on the database or its -wal/-shm files."""
    count = 0
    for entry in Path("/proc/self/fd").iterdir():
        try:
            target = os.readlink(entry)
        except OSError:
            continue  # closed between listing and reading
        if target.startswith(str(database)):
            count += 1
    return count


def _reload_many(window: MainWindow, qtbot: QtBot, times: int) -> None:
    for _ in range(times):
        window.reload_list()
    qtbot.waitUntil(lambda: not window.draft_list.loading(), timeout=WAIT_MS)
    assert QThreadPool.globalInstance().waitForDone(WAIT_MS)
    window.draft_list.model.fetchMore()  # a later page reads through a reader of its own
    assert window.draft_list.model.rowCount() == 2 * PAGE_SIZE


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc/self/fd")
def test_every_reader_connection_is_closed_after_its_load(
    big_window: MainWindow, qtbot: QtBot
) -> None:
    database = big_window.workspace.database_path.resolve()
    # the search index's check opens its own connections: let it settle first
    assert big_window.search_service.wait_ready(WAIT_MS / 1000)
    # SQLite on Unix parks the descriptor of a closed connection while other connections
    # of the process hold locks on the file, and reuses it at the next open: at most one
    # per reader open at the same time. A first round of reloads has the same overlap.
    _reload_many(big_window, qtbot, 50)
    before = _database_fds(database)
    assert before > 0  # the window's own connections: the count sees real descriptors
    _reload_many(big_window, qtbot, 50)
    assert _database_fds(database) == before


def test_a_reader_is_read_only_and_never_creates_a_database(tmp_path: Path) -> None:
    missing = tmp_path / "ei ole" / "Päätökset #1.sqlite3"
    missing.parent.mkdir()
    with pytest.raises(DatabaseNotFound):  # the typed error of the database layer
        open_reader(missing)
    assert not missing.exists()

    workspace = Workspace.open(tmp_path / "työtila #2")
    workspace.close()
    reader = open_reader(tmp_path / "työtila #2" / DATABASE_NAME)
    try:
        with pytest.raises(sqlite3.OperationalError):
            reader.execute("DELETE FROM organizations")
        assert reader.execute("SELECT COUNT(*) FROM organizations").fetchone()[0] > 0
    finally:
        reader.close()


def test_summaries_read_the_revision_only_where_the_schema_has_it(tmp_path: Path) -> None:
    connection = sqlite3.connect(tmp_path / "old.sqlite3")
    connection.execute(
        "CREATE TABLE agenda_items (id INTEGER PRIMARY KEY, organization_id TEXT, title TEXT,"
        " template_id TEXT, state TEXT, modified TEXT, sections_json TEXT)"
    )
    connection.executemany(
        "INSERT INTO agenda_items VALUES (?, 'kh', ?, 'kunnanhallitus', ?, ?, 'not json')",
        [
            (1, "Vanha", "luonnos", "2025-01-01T10:00:00.000+00:00"),
            (2, "Uusi", "valmis", "2025-02-01T10:00:00.000+00:00"),
            (3, "Saman aikainen", "luonnos", "2025-02-01T10:00:00.000+00:00"),
        ],
    )
    reader = ItemSummaryReader(connection)
    page = reader.page(None, None, 0, 2)
    assert [(s.id, s.revision) for s in page] == [(3, None), (2, None)]
    assert page[0].modified == datetime(2025, 2, 1, 10, tzinfo=UTC)
    assert [s.id for s in reader.page(None, None, 2, 10)] == [1]
    assert reader.count("kh", ItemState.DRAFT) == 2
    assert [s.id for s in reader.page("kh", ItemState.READY, 0, 10)] == [2]
    assert reader.count("kv", None) == 0

    connection.execute("ALTER TABLE agenda_items ADD COLUMN revision INTEGER NOT NULL DEFAULT 1")
    connection.execute("UPDATE agenda_items SET revision = 7 WHERE id = 2")
    newer = ItemSummaryReader(connection)
    assert [(s.id, s.revision) for s in newer.page(None, None, 0, 3)] == [(3, 1), (2, 7), (1, 1)]
    connection.close()


def test_a_summary_of_an_unsaved_item_is_refused() -> None:
    with pytest.raises(ValueError):
        ItemSummary.of(AgendaItem(None, "kh", "kunnanhallitus"))
