"""The search tab, the similar-decisions panel and import, driven through the real window."""

import json
import time
from pathlib import Path

from PySide6.QtCore import QElapsedTimer, QTimer
from pytestqt.qtbot import QtBot

from desktop_app.domain.model import Section
from tests.gui.conftest import WindowFactory
from tests.typing_support import type_text


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
    qtbot: QtBot, open_window: WindowFactory
) -> None:
    window = open_window()
    _wait_index(qtbot, window)
    panel = window.search_panel
    for text in ('"avoin lainaus', "title:", "AND OR NOT", "((", "body:", "*", "päätös)"):
        _search(qtbot, window, text)
        assert "Traceback" not in panel.status.text()
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
    lines = corpus_path.read_text(encoding="utf-8").splitlines()[:1500]
    jsonl = tmp_path / "paatokset.jsonl"
    jsonl.write_text("\n".join(lines) + "\n", encoding="utf-8")
    (folder / "rikki.docx").write_bytes(b"PK\x03\x04 not really a docx")
    (folder / "roskaa.pdf").write_bytes(bytes(range(256)) * 10)
    window = open_window()
    _wait_index(qtbot, window)

    gaps: list[float] = []
    clock = QElapsedTimer()
    clock.start()
    ticker = QTimer()
    ticker.setInterval(10)

    def tick() -> None:
        gaps.append(clock.restart())

    ticker.timeout.connect(tick)
    ticker.start()
    started = time.monotonic()
    dialog = window.start_import([jsonl, folder])
    qtbot.waitUntil(lambda: dialog.report is not None, timeout=240_000)
    ticker.stop()
    report = dialog.report
    assert len(report.imported) >= 1400
    reasons = {Path(f.path).name: f.message for f in report.failed}
    assert set(reasons) == {"rikki.docx", "roskaa.pdf"}
    assert dialog.failures.topLevelItemCount() == 2
    assert dialog.cancel_button.text() == "Sulje"
    # the event loop kept running: the longest pause between 10 ms ticks
    longest = max(gaps)
    print(f"import took {time.monotonic() - started:.1f} s, longest GUI pause {longest} ms")
    assert longest < 100, f"the GUI thread was blocked for {longest} ms"

    first_id = json.loads(lines[0])["id"]
    results = window.search_service.search(json.loads(lines[0])["title"], limit=10)
    assert first_id in [h.source_id for h in results.hits]
