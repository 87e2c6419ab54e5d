"""The search tab, the similar-decisions panel and import, driven through the real window."""

import json
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import QElapsedTimer, Qt, QTimer
from pytestqt.qtbot import QtBot

from desktop_app.domain.model import Section
from desktop_app.search.analysis import ANALYZERS, DEFAULT_ANALYZER
from desktop_app.tasks import TaskState
from tests.gui.conftest import WindowFactory
from tests.typing_support import type_text
from ui.search_panel import HIT_ROLE

# Enough real decisions for an import and an index build, few enough to take seconds.
IMPORTED = 300


def _first_decisions(corpus: Path, target: Path, count: int) -> Path:
    with corpus.open(encoding="utf-8") as handle:
        target.write_text("".join(next(handle) for _ in range(count)), encoding="utf-8")
    return target


def _wait_index(qtbot: QtBot, window) -> None:  # type: ignore[no-untyped-def]
    qtbot.waitUntil(lambda: window.search_service.ready, timeout=60_000)
    qtbot.waitUntil(lambda: window.index_progress.isHidden(), timeout=5_000)


def _search(qtbot: QtBot, window, text: str) -> None:  # type: ignore[no-untyped-def]
    panel = window.search_panel
    before = panel.last_results
    panel.query.setText(text)
    qtbot.waitUntil(
        lambda: panel.last_results is not before and panel.last_results.query == text,
        timeout=10_000,
    )


def test_search_as_you_type_preview_and_reuse(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    _wait_index(qtbot, window)
    window.focus_search()
    assert window.tabs.currentWidget() is window.search_panel
    _search(qtbot, window, "kiinteistöveroprosentti")
    panel = window.search_panel
    assert panel.model.rowCount() > 0
    first = panel.last_results.hits[0]
    assert "<b>" in first.snippet_html
    assert panel.current is not None and panel.current.source_id == first.source_id
    assert first.title in panel.preview.toPlainText()

    item = window.create_item(window.workspace.templates.get("kunnanhallitus"), "kh")
    window.tabs.setCurrentWidget(panel)
    panel.target_section.setCurrentIndex(panel.target_section.findData(Section.REASONS.value))
    panel.copy_button.click()
    assert window.tabs.currentIndex() == 0
    reasons = window.editor.section_editor(Section.REASONS).toPlainText()
    assert panel.current.text.split("\n")[0].strip()[:20] in reasons
    window.flush()
    assert item.id is not None
    assert "Teksti kopioitiin" in window.statusBar().currentMessage()

    window.tabs.setCurrentWidget(panel)
    panel.new_button.click()
    new_item = window.editor.current_item()
    assert new_item is not None and new_item.id != item.id
    assert new_item.title == panel.current.title
    assert window.workspace.items.get(new_item.id or 0).title == panel.current.title


def test_malformed_queries_and_filters_never_break_the_panel(
    qtbot: QtBot, open_window: WindowFactory, caplog: pytest.LogCaptureFixture
) -> None:
    window = open_window()
    _wait_index(qtbot, window)
    panel = window.search_panel
    for text in ('"avoin lainaus', "title:", "AND OR NOT", "((", "body:", "*", "päätös)"):
        _search(qtbot, window, text)
    # a background task that fails logs its traceback (ui/workers.py): none may have
    tracebacks = [record.getMessage() for record in caplog.records if record.exc_info]
    assert tracebacks == []
    panel.refresh_facets()
    assert panel.body.count() > 1
    panel.body.setCurrentIndex(1)
    _search(qtbot, window, "päätös")
    chosen = panel.body.currentData()
    assert all(hit.body_org == chosen for hit in panel.last_results.hits)
    panel.sort.setCurrentIndex(panel.sort.findData("date"))
    _search(qtbot, window, "kunta")
    dates = [h.date for h in panel.last_results.hits if h.date]
    assert dates == sorted(dates, reverse=True)


def test_similar_decisions_follow_the_draft(qtbot: QtBot, open_window: WindowFactory) -> None:
    window = open_window()
    _wait_index(qtbot, window)
    window.create_item(window.workspace.templates.get("kunnanhallitus"), "kh")
    window.side_tabs.setCurrentWidget(window.similar)
    type_text(window.editor.title, "Kiinteistöveroprosentit vuodelle 2027")
    qtbot.waitUntil(lambda: window.similar.model.rowCount() > 0, timeout=10_000)
    texts = [window.similar.model.item(r).text() for r in range(window.similar.model.rowCount())]
    assert any("iinteistövero" in t for t in texts)


def test_import_runs_in_background_with_progress_and_a_failure_report(
    qtbot: QtBot, open_window: WindowFactory, corpus_path: Path, tmp_path: Path
) -> None:
    folder = tmp_path / "tuonti"
    folder.mkdir()
    jsonl = _first_decisions(corpus_path, tmp_path / "paatokset.jsonl", IMPORTED)
    lines = jsonl.read_text(encoding="utf-8").splitlines()
    (folder / "rikki.docx").write_bytes(b"PK\x03\x04 not really a docx")
    (folder / "roskaa.pdf").write_bytes(bytes(range(256)) * 10)
    window = open_window()
    _wait_index(qtbot, window)

    gaps: list[float] = []
    shown: set[str] = set()
    clock = QElapsedTimer()
    clock.start()
    ticker = QTimer()
    ticker.setInterval(10)

    def tick() -> None:
        gaps.append(clock.restart())
        shown.add(dialog.message.text())

    ticker.timeout.connect(tick)
    dialog = window.start_import([jsonl, folder])
    ticker.start()
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=120_000)
    ticker.stop()
    report = dialog.report
    assert len(report.imported) == IMPORTED
    reasons = {Path(f.path).name: f.message for f in report.failed}
    assert set(reasons) == {"rikki.docx", "roskaa.pdf"}
    assert dialog.failures.topLevelItemCount() == 2
    assert dialog.cancel_button.text() == "Sulje"
    # the dialog told when the import turned to the index
    assert "Päivitetään hakemistoa…" in shown
    # the event loop kept running: the longest pause between 10 ms ticks
    longest = max(gaps)
    # A bound that holds on a loaded 2-core machine; an import on the GUI thread would
    # stop the ticks for the whole import (seconds). Smoothness is the benchmarks' business.
    assert longest < 1000, f"the GUI thread was blocked for {longest} ms"

    first_id = json.loads(lines[0])["id"]
    results = window.search_service.search(json.loads(lines[0])["title"], limit=10)
    assert first_id in [h.source_id for h in results.hits]


def test_an_import_cancelled_at_once_closes_cleanly(
    qtbot: QtBot, open_window: WindowFactory, corpus_path: Path, tmp_path: Path
) -> None:
    """That what did come in becomes searchable is the core's test (test_import_indexed)."""
    jsonl = _first_decisions(corpus_path, tmp_path / "paatokset.jsonl", IMPORTED)
    window = open_window()
    _wait_index(qtbot, window)
    dialog = window.start_import([jsonl])
    qtbot.mouseClick(dialog.cancel_button, Qt.MouseButton.LeftButton)
    assert not dialog.cancel_button.isEnabled()  # no second cancel while it stops
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=60_000)
    assert dialog.report.cancelled
    # fewer lines than one import batch: the import finished, the index step stopped
    assert len(dialog.report.imported) == IMPORTED
    assert dialog.message.text() == "Tuonti keskeytettiin."
    assert dialog.cancel_button.isEnabled() and dialog.cancel_button.text() == "Sulje"


def test_keyboard_more_results_and_filters(
    qtbot: QtBot, open_window: WindowFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtCore import Qt
    from PySide6.QtTest import QTest

    import ui.search_panel
    from ui.search_panel import FIRST_MARK

    page = 10  # the sample workspace holds fewer decisions than a real page
    monkeypatch.setattr(ui.search_panel, "PAGE_SIZE", page)
    window = open_window()
    _wait_index(qtbot, window)
    window.show()
    qtbot.waitExposed(window)
    window.focus_search()
    panel = window.search_panel
    qtbot.waitUntil(panel.query.hasFocus)
    _search(qtbot, window, "päätös")
    results = panel.last_results
    assert results.total > len(results.hits) == page
    assert f"näytetään {page} osuvinta" in panel.status.text()
    assert panel.more_button.isVisible()
    # the preview marks the searched words and has an anchor at the first one
    assert FIRST_MARK in panel.preview.toHtml()
    # Down moves from the query into the results, Enter on to the preview
    QTest.keyClick(panel.query, Qt.Key.Key_Down)
    qtbot.waitUntil(panel.results.hasFocus)
    QTest.keyClick(panel.results, Qt.Key.Key_Down)
    assert panel.results.currentIndex().row() == 1
    QTest.keyClick(panel.results, Qt.Key.Key_Return)
    qtbot.waitUntil(panel.preview.hasFocus)
    # "Näytä lisää" adds a page and keeps the reader's place
    before = panel.last_results
    panel.more_button.click()
    qtbot.waitUntil(lambda: panel.last_results is not before, timeout=10_000)
    assert len(panel.last_results.hits) == min(2 * page, panel.last_results.total)
    assert panel.results.currentIndex().row() == 1
    # an empty date field lets Tab through; a filter can be cleared with one button
    assert not panel.clear_filters.isEnabled()
    panel.date_from.setFocus()
    qtbot.waitUntil(panel.date_from.hasFocus)
    QTest.keyClick(panel.date_from, Qt.Key.Key_Tab)
    qtbot.waitUntil(lambda: not panel.date_from.hasFocus())
    panel.body.setCurrentIndex(1)
    assert panel.clear_filters.isEnabled()
    panel.clear_filters.click()
    assert panel.body.currentIndex() == 0 and not panel.clear_filters.isEnabled()


def test_typed_dates_and_the_empty_date(qtbot: QtBot) -> None:
    from datetime import date

    from PySide6.QtCore import QPoint, QPointF, Qt
    from PySide6.QtGui import QWheelEvent
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QApplication, QHBoxLayout, QLineEdit, QWidget

    from ui.widgets import OptionalDateEdit

    form = QWidget()
    row = QHBoxLayout(form)
    before, field, after = QLineEdit(), OptionalDateEdit("alkaen: kaikki"), QLineEdit()
    for widget in (before, field, after):
        row.addWidget(widget)
    qtbot.addWidget(form)
    form.show()
    qtbot.waitExposed(form)
    for typed, expected in (
        ("1.1.2024", (2024, 1, 1)),
        ("15.3.2023", (2023, 3, 15)),
        ("29.2.2024", (2024, 2, 29)),  # a leap day typed in a year that has none
        ("31.12.2022", (2022, 12, 31)),
    ):
        field.set_value(None)
        field.setFocus()
        qtbot.waitUntil(field.hasFocus)
        for char in typed:
            QTest.keyClick(field, char)
        value = field.value()
        assert value is not None and (value.year, value.month, value.day) == expected
    QTest.keyClick(field, Qt.Key.Key_Tab)
    qtbot.waitUntil(after.hasFocus)
    field.setFocus()
    qtbot.waitUntil(field.hasFocus)
    field.lineEdit().selectAll()
    QTest.keyClick(field, Qt.Key.Key_Delete)
    assert field.value() is None
    QTest.keyClick(field, Qt.Key.Key_Up)  # steps from today, not from 1900
    stepped = field.value()
    assert stepped is not None and stepped.year >= 2025
    field.set_value(None)
    QTest.keyClick(field, Qt.Key.Key_Down)  # Down too: Qt would refuse below the lowest date
    assert field.value() is not None
    field.set_value(None)
    # the calendar of an empty field opens at this month
    QTest.mouseClick(
        field, Qt.MouseButton.LeftButton, pos=QPoint(field.width() - 6, field.height() // 2)
    )
    calendar = field.calendarWidget()
    qtbot.waitUntil(calendar.isVisible)
    today = date.today()
    assert (calendar.yearShown(), calendar.monthShown()) == (today.year, today.month)
    calendar.window().hide()
    field.set_value(None)
    QTest.keyClick(field, Qt.Key.Key_Backtab)
    qtbot.waitUntil(before.hasFocus)
    # scrolling the page over an empty date field leaves it empty
    centre = QPointF(field.width() / 2, field.height() / 2)
    wheel = QWheelEvent(
        centre,
        field.mapToGlobal(centre),
        QPoint(0, 0),
        QPoint(0, 120),
        Qt.MouseButton.NoButton,
        Qt.KeyboardModifier.NoModifier,
        Qt.ScrollPhase.NoScrollPhase,
        False,
    )
    QApplication.sendEvent(field, wheel)
    assert field.value() is None


def test_a_search_typed_while_the_index_builds_runs_when_it_is_ready(
    qtbot: QtBot, open_window: WindowFactory, workspace_dir: Path, corpus_path: Path
) -> None:
    from desktop_app.search.store import IndexStore
    from desktop_app.seed import record_from_json
    from desktop_app.storage.decisions import DecisionRepository
    from desktop_app.workspace import Workspace

    # a workspace with real decisions and no index yet
    workspace = Workspace.open(workspace_dir)
    with corpus_path.open(encoding="utf-8") as handle:
        records = [record_from_json(json.loads(next(handle))) for _ in range(IMPORTED)]
    connection = workspace.connect()
    DecisionRepository(connection).upsert_many(records)
    connection.close()
    workspace.close()
    shutil.rmtree(workspace.index_dir, ignore_errors=True)

    # Another program holds the index folder, so the build cannot finish before the
    # search is typed, however fast the machine.
    store = IndexStore(workspace.index_dir, ANALYZERS[DEFAULT_ANALYZER])
    with store.writing(TaskState()):
        window = open_window()
        panel = window.search_panel
        panel.query.setText("kiinteistöveroprosentti")
        panel.run_search()
        qtbot.waitUntil(lambda: panel.last_results is not None, timeout=10_000)
        assert not window.search_service.ready and not panel.last_results.hits
        assert "rakennetaan" in panel.status.text()
    _wait_index(qtbot, window)
    qtbot.waitUntil(lambda: bool(panel.last_results.hits), timeout=10_000)


def test_similar_decisions_wait_for_the_secretarys_own_words(
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    _wait_index(qtbot, window)
    window.create_item(window.workspace.templates.get("kunnanhallitus"), "kh")
    window.side_tabs.setCurrentWidget(window.similar)
    window._feed_similar()
    qtbot.wait(1_200)  # longer than the panel's delay: it would have searched by now
    assert window.similar.model.rowCount() == 0

    # a draft made from a decision does not list that decision as similar to itself
    record = window.search_service.search("kiinteistöveroprosentti", limit=1).hits[0]
    decision = window.search_service.document(record.source_id)
    window.new_draft_from_decision(decision)
    type_text(window.editor.title, " ja muutos")
    qtbot.waitUntil(lambda: window.similar.model.rowCount() > 0, timeout=10_000)
    listed = [
        window.similar.model.item(r).data(HIT_ROLE).source_id
        for r in range(window.similar.model.rowCount())
    ]
    assert decision.source_id not in listed


def test_did_you_mean_is_offered_and_searches_when_clicked(qtbot: QtBot, tmp_path: Path) -> None:
    from desktop_app.search.service import SearchService
    from tests.search_decisions import FINNISH, write_archive
    from ui.search_panel import SNIPPETS_AT_ONCE, SearchPanel

    decisions = FINNISH + [
        {"id": f"tontti-{i}", "title": f"Tontin myynti {i}", "text": "Kunta myy tontin."}
        for i in range(SNIPPETS_AT_ONCE + 5)
    ]
    write_archive(tmp_path / "db.sqlite3", decisions)
    service = SearchService.open(
        tmp_path / "index", tmp_path / "db.sqlite3", check_in_background=False
    )
    try:
        panel = SearchPanel(service)
        qtbot.addWidget(panel)
        panel.show()
        panel.query.setText("kiinteistövreo")  # non-ASCII: set, not typed
        qtbot.waitUntil(
            lambda: panel.last_results is not None and panel.suggestion.isVisible(),
            timeout=10_000,
        )
        assert "Tarkoititko" in panel.suggestion.text()
        assert "kiinteistövero" in panel.suggestion.text()
        assert panel.model.rowCount() == 3  # the corrected word's decisions meanwhile
        panel.suggestion.linkActivated.emit("suggestion")
        qtbot.waitUntil(
            lambda: panel.last_results is not None and panel.last_results.query == "kiinteistövero",
            timeout=10_000,
        )
        assert panel.query.text() == "kiinteistövero"
        assert panel.suggestion.isHidden()

        panel.query.setText("tontti")
        qtbot.waitUntil(
            lambda: panel.last_results is not None and panel.last_results.query == "tontti",
            timeout=10_000,
        )
        count = panel.model.rowCount()
        assert count == SNIPPETS_AT_ONCE + 5
        last = panel.model.item(count - 1)
        results = panel.last_results
        assert results is not None
        assert not results.hits[-1].snippet_html  # not made before the paint
        qtbot.waitUntil(lambda: "<b>" in last.data(HIT_ROLE).snippet_html, timeout=10_000)
        assert "<b>" in last.text()
    finally:
        service.close()
