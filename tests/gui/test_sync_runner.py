"""The window's sync: in a worker, with progress and cancel, and a quiet line at the end.

Real things throughout: a JSON Lines file on a local web server, the workspace's SQLite
file, the real search index, the real main window for the start-up sync.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as FailKeyring
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLineEdit
from pytestqt.qtbot import QtBot

import desktop_app.secrets
from desktop_app.search.service import SearchFilters, SearchService
from desktop_app.secrets import SecretStore
from desktop_app.sources.config import SourceConfig
from desktop_app.sources.manage import Sources
from desktop_app.workspace import Workspace
from tests.gui.conftest import WindowFactory
from tests.gui.jsonl_source import JsonLinesServer, closed_port_url, decision
from tests.gui.sync_helpers import collected, make_runner
from ui import sync_runner
from ui.sync_runner import SyncRunner

WAIT_MS = 15000


@pytest.fixture
def service(workspace: Workspace) -> Iterator[SearchService]:
    opened = SearchService.open(
        workspace.index_dir, workspace.database_path, check_in_background=False
    )
    yield opened
    opened.close()


@pytest.fixture
def runner(qtbot: QtBot, workspace: Workspace, service: SearchService) -> SyncRunner:
    return make_runner(qtbot, workspace.database_path, service)


_collected = pytest.fixture(autouse=True)(collected)


def add_source(db_path: Path, url: str, key: str = "kuusiniemi") -> None:
    Sources(db_path).add(SourceConfig(key=key, kind="jsonl_url", location=url))


def source_ids(db_path: Path, key: str) -> set[str]:
    connection = sqlite3.connect(db_path)
    try:
        rows = connection.execute("SELECT source_id FROM decisions WHERE source_key = ?", (key,))
        return {str(row[0]) for row in rows}
    finally:
        connection.close()


def found(service: SearchService, word: str) -> dict[str, tuple[str, str]]:
    hits = service.search(word, SearchFilters(), "relevance", limit=50).hits
    return {hit.source_id: (hit.source_key, hit.link) for hit in hits}


def test_sync_in_worker_updates_archive_index_and_status_line(
    qtbot: QtBot, workspace: Workspace, service: SearchService, runner: SyncRunner
) -> None:
    with JsonLinesServer([decision(n) for n in range(3)]) as server:
        add_source(workspace.database_path, server.url)
        with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
            assert runner.start()
        assert runner.status.line.text() == "Lähteet päivitetty: uusia 3, muuttuneita 0"
        assert runner.status.progress.isHidden() and runner.status.cancel.isHidden()
        hits = found(service, "laiturin")
        assert hits["kuusiniemi:kuusiniemi-0"] == (
            "kuusiniemi",
            "https://paatokset.kuusiniemi.example/asia/0",
        )

        changed = decision(1) | {"text": "Kunnanhallitus palautti kirjaston asian valmisteluun."}
        server.decisions = [decision(0), changed]  # one changed, one gone from the source
        with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
            assert runner.start()
        line = runner.status.line.text()
        assert line.startswith("Lähteet päivitetty: uusia 0, muuttuneita 1")
        assert "Lähteestä poistuneita päätöksiä: 1" in line
        # proposed, not applied: the decision gone from the source is still in the archive
        assert "kuusiniemi:kuusiniemi-2" in source_ids(workspace.database_path, "kuusiniemi")
        assert "kuusiniemi:kuusiniemi-1" in found(service, "valmisteluun")


def test_cancel_stops_a_waiting_sync_without_blocking_typing(
    qtbot: QtBot, workspace: Workspace, service: SearchService, runner: SyncRunner
) -> None:
    with JsonLinesServer([decision(n) for n in range(3)]) as server:
        server.busy = True  # 503 with Retry-After: 30 s, so the sync waits
        add_source(workspace.database_path, server.url)
        assert runner.start()
        qtbot.waitUntil(lambda: server.requests >= 1, timeout=WAIT_MS)
        assert not runner.start()  # one sync at a time
        assert runner.running and not runner.status.cancel.isHidden()

        # the GUI thread is free: typing and searching go on while the sync waits
        typing = QLineEdit()
        qtbot.addWidget(typing)
        qtbot.keyClicks(typing, "kaava")
        assert typing.text() == "kaava"
        service.search("kaava", SearchFilters(), "relevance", limit=5)
        assert runner.running

        with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
            qtbot.mouseClick(runner.status.cancel, Qt.MouseButton.LeftButton)
        assert not runner.running
        assert "keskeytettiin" in runner.status.line.text()
        assert source_ids(workspace.database_path, "kuusiniemi") == set()

        server.busy = False  # the next sync recovers
        with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
            assert runner.start()
        assert runner.status.line.text() == "Lähteet päivitetty: uusia 3, muuttuneita 0"


def test_unreachable_source_at_start_is_a_quiet_line_not_a_dialog(
    qtbot: QtBot,
    workspace_dir: Path,
    open_window: WindowFactory,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    prepared = Workspace.open(workspace_dir)
    add_source(prepared.database_path, closed_port_url(), key="naapurikunta")
    decisions_before = prepared.db.execute("SELECT COUNT(*) FROM decisions").fetchone()[0]
    prepared.close()
    monkeypatch.setattr(sync_runner, "STARTUP_DELAY_MS", 100)

    window = open_window()
    runner = window.sync_runner
    line = runner.status.line
    qtbot.waitUntil(lambda: "ei tavoitettu" in line.text(), timeout=WAIT_MS)
    assert line.text() == "Lähdettä naapurikunta ei tavoitettu — arkisto ennallaan"
    assert "naapurikunta" in line.toolTip()  # the full sentence is one hover away
    assert QApplication.activeModalWidget() is None
    assert not runner.running
    count = window.workspace.db.execute("SELECT COUNT(*) FROM decisions").fetchone()[0]
    assert count == decisions_before


def test_without_a_keyring_the_start_asks_again_quietly(
    qtbot: QtBot,
    workspace: Workspace,
    runner: SyncRunner,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """The secret typed in an earlier run is gone: the line says so, no request is sent."""
    monkeypatch.setattr(desktop_app.secrets, "_default", SecretStore(backend=FailKeyring()))
    with JsonLinesServer([decision(0)], user="sihteeri", password="ei-tallessa") as server:
        Sources(workspace.database_path).add(
            SourceConfig(
                key="suojattu",
                kind="jsonl_url",
                location=server.url,
                auth_kind="basic",
                user_name="sihteeri",
            )
        )
        with qtbot.waitSignal(runner.finished, timeout=WAIT_MS):
            assert runner.start_startup()
        assert server.requests == 0
    line = runner.status.line
    assert line.text() == "Lähteen suojattu salasana puuttuu (Tiedosto → Lähteet)"
    notice = desktop_app.secrets.backend_status().session_notice()
    assert notice and notice in line.toolTip()
    assert QApplication.activeModalWidget() is None
