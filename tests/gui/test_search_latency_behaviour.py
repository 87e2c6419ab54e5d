"""What keeps search as you type quick and right: one preview per new list, no stale lists.

The timings themselves are measured by bench/search_paint_bench.py, never asserted here.
"""

from __future__ import annotations

import threading
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QThreadPool
from pytestqt.qtbot import QtBot

from desktop_app.domain.model import DecisionRecord
from desktop_app.search.service import SearchFilters, SearchResults, SearchService
from tests.search_decisions import FINNISH, write_archive
from tests.typing_support import type_text
from ui.search_panel import HIT_ROLE, SearchPanel

PLOTS = 20  # more than a screenful of hits for "tontti"


class GatedService(SearchService):
    """The real service; searches for ``gated`` wait until the test opens the gate, and the
    decisions opened for the preview are listed."""

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.gated = ""
        self.gate = threading.Event()
        self.gated_done = threading.Event()
        self.opened: list[str] = []

    def search(
        self, query: str, filters: SearchFilters | None = None, *args: Any, **kwargs: Any
    ) -> SearchResults:
        if self.gated and query == self.gated:
            self.gate.wait(30)
            try:
                return super().search(query, filters, *args, **kwargs)
            finally:
                self.gated_done.set()
        return super().search(query, filters, *args, **kwargs)

    def document(self, source_id: str) -> DecisionRecord | None:
        self.opened.append(source_id)
        return super().document(source_id)


@pytest.fixture
def service(tmp_path: Path) -> Iterator[GatedService]:
    decisions = FINNISH + [
        {"id": f"tontti-{i}", "title": f"Tontin myynti {i}", "text": "Kunta myy tontin."}
        for i in range(PLOTS)
    ]
    write_archive(tmp_path / "db.sqlite3", decisions)
    opened = GatedService.open(
        tmp_path / "index", tmp_path / "db.sqlite3", check_in_background=False
    )
    assert isinstance(opened, GatedService)
    yield opened
    opened.gate.set()
    QThreadPool.globalInstance().waitForDone(10_000)
    opened.close()


@pytest.fixture
def panel(qtbot: QtBot, service: GatedService) -> SearchPanel:
    shown = SearchPanel(service)
    qtbot.addWidget(shown)
    shown.resize(1000, 700)
    shown.show()
    qtbot.waitExposed(shown)
    return shown


def _wait_for(qtbot: QtBot, panel: SearchPanel, query: str) -> SearchResults:
    qtbot.waitUntil(
        lambda: panel.last_results is not None and panel.last_results.query == query,
        timeout=10_000,
    )
    assert panel.last_results is not None
    return panel.last_results


def _listed(panel: SearchPanel) -> list[str]:
    return [panel.model.item(r).data(HIT_ROLE).source_id for r in range(panel.model.rowCount())]


def test_a_new_list_previews_only_its_own_first_hit(
    qtbot: QtBot, panel: SearchPanel, service: GatedService
) -> None:
    panel.query.setText("tontti")
    _wait_for(qtbot, panel, "tontti")
    assert panel.model.rowCount() == PLOTS
    panel.results.setCurrentIndex(panel.model.index(2, 0))  # the reader went down the list
    service.opened.clear()

    panel.query.setText("kiinteistövero")  # non-ASCII: set, not typed
    results = _wait_for(qtbot, panel, "kiinteistövero")
    assert results.hits
    # Not one old hit was opened while the old list was taken down.
    assert service.opened == [results.hits[0].source_id]
    assert panel.current is not None and panel.current.source_id == results.hits[0].source_id
    assert results.hits[0].title in panel.preview.toPlainText()


def test_a_late_answer_to_an_older_query_never_replaces_the_newer_list(
    qtbot: QtBot, panel: SearchPanel, service: GatedService
) -> None:
    service.gated = "tontti"
    panel.query.setText("tontti")
    panel.run_search()  # the slow search is on its way
    panel.query.setText("kiinteistövero")
    panel.run_search()
    newer = _wait_for(qtbot, panel, "kiinteistövero")
    listed = _listed(panel)

    service.gate.set()  # the older search answers only now
    qtbot.waitUntil(service.gated_done.is_set, timeout=10_000)
    QThreadPool.globalInstance().waitForDone(10_000)
    qtbot.wait(50)  # its queued answer reaches the window
    assert panel.last_results is newer
    assert _listed(panel) == listed and not any(s.startswith("tontti-") for s in listed)
    assert panel.query.text() == "kiinteistövero"


def test_the_last_key_brings_its_results_without_another_key(
    qtbot: QtBot, panel: SearchPanel
) -> None:
    panel.query.setFocus()
    type_text(panel.query, "tontin myynti")  # faster than the debounce: one search at the end
    results = _wait_for(qtbot, panel, "tontin myynti")
    assert panel.model.rowCount() == len(results.hits) > 0
    assert all(s.startswith("tontti-") for s in _listed(panel)[:PLOTS])
    assert panel.current is not None and panel.current.source_id == results.hits[0].source_id


def test_a_row_is_laid_out_again_when_its_snippet_arrives(qtbot: QtBot) -> None:
    from PySide6.QtGui import QStandardItem, QStandardItemModel
    from PySide6.QtWidgets import QListView, QStyleOptionViewItem

    from ui.search_panel import HtmlDelegate

    view = QListView()
    qtbot.addWidget(view)
    model = QStandardItemModel(view)
    model.appendRow(QStandardItem("<b>Tontin myynti</b><br>Kunnanhallitus"))
    view.setModel(model)
    delegate = HtmlDelegate(view)
    option = QStyleOptionViewItem()
    option.rect.setWidth(300)
    index = model.index(0, 0)
    before = delegate.sizeHint(option, index)
    assert delegate.sizeHint(option, index) == before  # asked again: the same layout
    model.item(0).setText(model.item(0).text() + "<br>" + "Kunta myy <b>tontin</b>. " * 20)
    narrow = delegate.sizeHint(option, index).height()
    assert narrow > before.height()
    option.rect.setWidth(900)  # a wider list: fewer lines
    assert delegate.sizeHint(option, index).height() < narrow
